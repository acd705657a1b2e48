//! The organisation in the JSON API (`/api/v1`). Same rules and storage as the pages.

use crate::web::Path;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use serde::Deserialize;

use crate::app::AppState;
use crate::audit::{self, Actor, Entry};
use crate::auth::access::perm;
use crate::auth::Principal;
use crate::error::{ApiError, Error};
use crate::i18n;
use crate::org::domain::{
    parse_date, required_text, AdministrationKind, Checker, Code, ContactForm, NewAdministration,
    UnitForm,
};
use crate::org::import::{self, ImportReport};
use crate::org::store::{self, Administration, ContactCard, Department, Unit};
use crate::web::JsonBody;

type ApiResult<T> = Result<T, ApiError>;

/// `GET /api/v1/administrations`
#[utoipa::path(get, path = "/api/v1/administrations", tag = "organisation",
    responses((status = 200, description = "Administrations in the caller's scope", body = [Administration])))]
pub async fn list_administrations(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> ApiResult<Json<Vec<Administration>>> {
    Ok(Json(
        store::list_administrations(&state.db, &p.scope(perm::ORG_VIEW)).await?,
    ))
}

/// `POST /api/v1/administrations`
#[utoipa::path(post, path = "/api/v1/administrations", tag = "organisation", request_body = NewAdministration,
    responses((status = 201, body = Administration), (status = 409, body = crate::error::ApiErrorBody), (status = 422, body = crate::error::ApiErrorBody)))]
pub async fn create_administration(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(new): JsonBody<NewAdministration>,
) -> ApiResult<(StatusCode, Json<Administration>)> {
    let input = new.check()?;
    let mut tx = state.db.pool().begin().await?;
    let id = store::create_administration(&mut tx, &input).await?;
    audit::record(
        &mut tx,
        &Actor::of(&p),
        Entry::new("create", "administration", id)
            .admin(Some(id))
            .summary(format!("{} {}", input.code.as_str(), input.name)),
    )
    .await?;
    tx.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(store::get_administration(&state.db, id).await?),
    ))
}

/// `GET /api/v1/administrations/{admin}`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}", tag = "organisation", params(("admin" = i64, Path)),
    responses((status = 200, body = Administration), (status = 404, body = crate::error::ApiErrorBody)))]
pub async fn get_administration(
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> ApiResult<Json<Administration>> {
    Ok(Json(store::get_administration(&state.db, id).await?))
}

/// Changes to an administration; absent fields stay.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct AdministrationPatch {
    pub name: Option<String>,
    pub kind: Option<String>,
}

/// `PATCH /api/v1/administrations/{admin}`
#[utoipa::path(patch, path = "/api/v1/administrations/{admin}", tag = "organisation", params(("admin" = i64, Path)), request_body = AdministrationPatch,
    responses((status = 200, body = Administration), (status = 422, body = crate::error::ApiErrorBody)))]
pub async fn update_administration(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<i64>,
    JsonBody(patch): JsonBody<AdministrationPatch>,
) -> ApiResult<Json<Administration>> {
    let cat = i18n::sv();
    let current = store::get_administration(&state.db, id).await?;
    let mut c = Checker::default();
    let name = match &patch.name {
        Some(n) => c.check(cat.t("field.name"), required_text(n, 200)),
        None => Some(current.name.clone()),
    };
    let kind = match &patch.kind {
        Some(k) => c.check(
            cat.t("field.kind"),
            AdministrationKind::parse(k).ok_or(cat.t("validation.kind")),
        ),
        None => Some(current.kind),
    };
    let (Some(name), Some(kind)) = (name, kind) else {
        return Err(c.finish().err().unwrap_or(Error::NotFound).into());
    };
    let mut tx = state.db.pool().begin().await?;
    store::update_administration(&mut tx, id, &name, kind).await?;
    audit::record(
        &mut tx,
        &Actor::of(&p),
        Entry::new("update", "administration", id)
            .admin(Some(id))
            .summary(name),
    )
    .await?;
    tx.commit().await?;
    Ok(Json(store::get_administration(&state.db, id).await?))
}

/// `GET /api/v1/administrations/{admin}/departments`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/departments", tag = "organisation", params(("admin" = i64, Path)),
    responses((status = 200, body = [Department])))]
pub async fn list_departments(
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> ApiResult<Json<Vec<Department>>> {
    Ok(Json(store::list_departments(&state.db, id).await?))
}

/// A new department.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct NewDepartment {
    pub code: String,
    pub name: String,
}

/// `POST /api/v1/administrations/{admin}/departments`
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/departments", tag = "organisation", params(("admin" = i64, Path)), request_body = NewDepartment,
    responses((status = 201, body = Department), (status = 409, body = crate::error::ApiErrorBody), (status = 422, body = crate::error::ApiErrorBody)))]
pub async fn create_department(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<i64>,
    JsonBody(new): JsonBody<NewDepartment>,
) -> ApiResult<(StatusCode, Json<Department>)> {
    let cat = i18n::sv();
    let mut c = Checker::default();
    let code = c.check(cat.t("field.department_code"), Code::parse(&new.code));
    let name = c.check(
        cat.t("field.department_name"),
        required_text(&new.name, 200),
    );
    let (Some(code), Some(name)) = (code, name) else {
        return Err(c.finish().err().unwrap_or(Error::NotFound).into());
    };
    let mut tx = state.db.pool().begin().await?;
    let dept = store::create_department(&mut tx, id, code.as_str(), &name).await?;
    audit::record(
        &mut tx,
        &Actor::of(&p),
        Entry::new("create", "department", dept)
            .admin(Some(id))
            .summary(format!("{} {name}", code.as_str())),
    )
    .await?;
    tx.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(Department {
            id: dept,
            administration_id: id,
            code: code.as_str().into(),
            name,
        }),
    ))
}

/// A department's new name.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct DepartmentPatch {
    pub name: String,
}

/// `PATCH /api/v1/departments/{department}`
#[utoipa::path(patch, path = "/api/v1/departments/{department}", tag = "organisation", params(("department" = i64, Path)), request_body = DepartmentPatch,
    responses((status = 204), (status = 422, body = crate::error::ApiErrorBody)))]
pub async fn update_department(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(dept): Path<i64>,
    JsonBody(patch): JsonBody<DepartmentPatch>,
) -> ApiResult<StatusCode> {
    let cat = i18n::sv();
    let admin = store::department_administration(&state.db, dept).await?;
    let name = required_text(&patch.name, 200)
        .map_err(|m| Error::invalid(cat.t("field.department_name"), m))?;
    let mut tx = state.db.pool().begin().await?;
    store::rename_department(&mut tx, dept, &name).await?;
    audit::record(
        &mut tx,
        &Actor::of(&p),
        Entry::new("update", "department", dept)
            .admin(Some(admin))
            .summary(name),
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/administrations/{admin}/units`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/units", tag = "organisation", params(("admin" = i64, Path)),
    responses((status = 200, body = [Unit])))]
pub async fn list_units(
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> ApiResult<Json<Vec<Unit>>> {
    Ok(Json(store::list_units(&state.db, id).await?))
}

/// `POST /api/v1/administrations/{admin}/units`
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/units", tag = "organisation", params(("admin" = i64, Path)), request_body = UnitForm,
    responses((status = 201, body = Unit), (status = 409, body = crate::error::ApiErrorBody), (status = 422, body = crate::error::ApiErrorBody)))]
pub async fn create_unit(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<i64>,
    JsonBody(form): JsonBody<UnitForm>,
) -> ApiResult<(StatusCode, Json<Unit>)> {
    let input = form.check(None)?;
    let mut tx = state.db.pool().begin().await?;
    store::check_department(&mut tx, input.department_id, id).await?;
    let unit = store::create_unit(&mut tx, &input).await?;
    audit::record(
        &mut tx,
        &Actor::of(&p),
        Entry::new("create", "unit", unit)
            .admin(Some(id))
            .summary(format!("{} {}", input.code.as_str(), input.name)),
    )
    .await?;
    tx.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(store::get_unit(&state.db, unit).await?),
    ))
}

/// `GET /api/v1/units/{unit}`
#[utoipa::path(get, path = "/api/v1/units/{unit}", tag = "organisation", params(("unit" = i64, Path)),
    responses((status = 200, body = Unit), (status = 404, body = crate::error::ApiErrorBody)))]
pub async fn get_unit(State(state): State<AppState>, Path(id): Path<i64>) -> ApiResult<Json<Unit>> {
    Ok(Json(store::get_unit(&state.db, id).await?))
}

/// `PATCH /api/v1/units/{unit}`: replaces the unit's values (send them all).
#[utoipa::path(patch, path = "/api/v1/units/{unit}", tag = "organisation", params(("unit" = i64, Path)), request_body = UnitForm,
    responses((status = 200, body = Unit), (status = 409, body = crate::error::ApiErrorBody), (status = 422, body = crate::error::ApiErrorBody)))]
pub async fn update_unit(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<i64>,
    JsonBody(form): JsonBody<UnitForm>,
) -> ApiResult<Json<Unit>> {
    let before = store::get_unit(&state.db, id).await?;
    if !before.current {
        return Err(Error::Conflict(i18n::sv().t("conflict.unit_ended").into()).into());
    }
    let input = form.check(None)?;
    let mut tx = state.db.pool().begin().await?;
    store::check_department(&mut tx, input.department_id, before.administration_id).await?;
    store::update_unit(&mut tx, id, &input).await?;
    audit::record(
        &mut tx,
        &Actor::of(&p),
        Entry::new("update", "unit", id)
            .admin(Some(before.administration_id))
            .summary(format!("{} {}", input.code.as_str(), input.name)),
    )
    .await?;
    tx.commit().await?;
    Ok(Json(store::get_unit(&state.db, id).await?))
}

/// Ending a unit: the last day, and the unit that takes over, if any.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct EndUnit {
    pub valid_to: String,
    #[serde(default)]
    pub successor_id: Option<i64>,
}

/// `POST /api/v1/units/{unit}/end`
#[utoipa::path(post, path = "/api/v1/units/{unit}/end", tag = "organisation", params(("unit" = i64, Path)), request_body = EndUnit,
    responses((status = 200, body = Unit), (status = 409, body = crate::error::ApiErrorBody), (status = 422, body = crate::error::ApiErrorBody)))]
pub async fn end_unit(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<i64>,
    JsonBody(end): JsonBody<EndUnit>,
) -> ApiResult<Json<Unit>> {
    let cat = i18n::sv();
    let valid_to =
        parse_date(&end.valid_to).map_err(|m| Error::invalid(cat.t("field.valid_to"), m))?;
    let unit = store::get_unit(&state.db, id).await?;
    let mut tx = state.db.pool().begin().await?;
    store::end_unit(&mut tx, id, &valid_to, end.successor_id).await?;
    audit::record(
        &mut tx,
        &Actor::of(&p),
        Entry::new("end", "unit", id)
            .admin(Some(unit.administration_id))
            .summary(format!("{} {valid_to}", unit.code)),
    )
    .await?;
    tx.commit().await?;
    Ok(Json(store::get_unit(&state.db, id).await?))
}

/// `GET /api/v1/administrations/{admin}/contacts`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/contacts", tag = "organisation", params(("admin" = i64, Path)),
    responses((status = 200, body = [ContactCard])))]
pub async fn list_contacts(
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> ApiResult<Json<Vec<ContactCard>>> {
    Ok(Json(store::list_contacts(&state.db, Some(id)).await?))
}

/// `GET /api/v1/contacts`: every coordinator contact card (what employees see).
#[utoipa::path(get, path = "/api/v1/contacts", tag = "organisation", responses((status = 200, body = [ContactCard])))]
pub async fn all_contacts(State(state): State<AppState>) -> ApiResult<Json<Vec<ContactCard>>> {
    Ok(Json(store::list_contacts(&state.db, None).await?))
}

/// `POST /api/v1/administrations/{admin}/contacts`
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/contacts", tag = "organisation", params(("admin" = i64, Path)), request_body = ContactForm,
    responses((status = 201, body = ContactCard), (status = 422, body = crate::error::ApiErrorBody)))]
pub async fn create_contact(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<i64>,
    JsonBody(form): JsonBody<ContactForm>,
) -> ApiResult<(StatusCode, Json<ContactCard>)> {
    let card = form.check()?;
    let mut tx = state.db.pool().begin().await?;
    let contact = store::create_contact(&mut tx, id, &card).await?;
    audit::record(
        &mut tx,
        &Actor::of(&p),
        Entry::new("create", "contact_card", contact)
            .admin(Some(id))
            .summary(card.name.clone()),
    )
    .await?;
    tx.commit().await?;
    let created = store::list_contacts(&state.db, Some(id))
        .await?
        .into_iter()
        .find(|c| c.id == contact)
        .ok_or(Error::NotFound)?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// `DELETE /api/v1/contacts/{contact}`
#[utoipa::path(delete, path = "/api/v1/contacts/{contact}", tag = "organisation", params(("contact" = i64, Path)),
    responses((status = 204), (status = 404, body = crate::error::ApiErrorBody)))]
pub async fn delete_contact(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<i64>,
) -> ApiResult<StatusCode> {
    let mut tx = state.db.pool().begin().await?;
    let admin = store::delete_contact(&mut tx, id).await?;
    audit::record(
        &mut tx,
        &Actor::of(&p),
        Entry::new("delete", "contact_card", id).admin(Some(admin)),
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/organisation/import`: the body is the CSV or XLSX file itself.
#[utoipa::path(post, path = "/api/v1/organisation/import", tag = "organisation",
    request_body(content = Vec<u8>, description = "CSV (UTF-8, `,` or `;`) or XLSX file", content_type = "application/octet-stream"),
    responses((status = 200, body = ImportReport), (status = 422, description = "Every problem with its row and column; nothing was imported", body = crate::error::ApiErrorBody)))]
pub async fn import(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    body: Bytes,
) -> ApiResult<Json<ImportReport>> {
    Ok(Json(
        import::import(&state.db, &Actor::of(&p), &body).await?,
    ))
}
