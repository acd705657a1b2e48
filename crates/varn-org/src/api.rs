//! The organisation in the JSON API (`/api/v1`). Same rules and storage as the pages.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use serde::Deserialize;
use varn_house::kernel::ids::{AdministrationId, DepartmentId, UnitId};
use varn_house::web::Path;

use crate::domain::{ContactForm, NewAdministration, UnitForm};
use crate::import::{self, ImportReport};
use crate::service;
use crate::store::{self, Administration, ContactCard, Department, Unit};
use varn_house::audit::Actor;
use varn_house::auth::Principal;
use varn_house::kernel::error::Error;
use varn_house::web::error::ApiError;
use varn_house::web::AppState;
use varn_house::web::JsonBody;

type ApiResult<T> = Result<T, ApiError>;

/// `GET /api/v1/administrations`
#[utoipa::path(get, path = "/api/v1/administrations", tag = "organisation",
    responses((status = 200, description = "Administrations in the caller's scope", body = [Administration])))]
pub async fn list_administrations(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> ApiResult<Json<Vec<Administration>>> {
    Ok(Json(
        store::list_administrations(&state.db, &p.scope(crate::perm::VIEW)).await?,
    ))
}

/// `POST /api/v1/administrations`
#[utoipa::path(post, path = "/api/v1/administrations", tag = "organisation", request_body = NewAdministration,
    responses((status = 201, body = Administration), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn create_administration(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(new): JsonBody<NewAdministration>,
) -> ApiResult<(StatusCode, Json<Administration>)> {
    let id = crate::changed(
        &state,
        service::create_administration(&state.db, &Actor::of(&p), &new).await,
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(store::get_administration(&state.db, id).await?),
    ))
}

/// `GET /api/v1/administrations/{admin}`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}", tag = "organisation", params(("admin" = i64, Path)),
    responses((status = 200, body = Administration), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn get_administration(
    State(state): State<AppState>,
    Path(id): Path<AdministrationId>,
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
    responses((status = 200, body = Administration), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn update_administration(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AdministrationId>,
    JsonBody(patch): JsonBody<AdministrationPatch>,
) -> ApiResult<Json<Administration>> {
    crate::changed(
        &state,
        service::update_administration(
            &state.db,
            &Actor::of(&p),
            id,
            patch.name.as_deref(),
            patch.kind.as_deref(),
        )
        .await,
    )
    .await?;
    Ok(Json(store::get_administration(&state.db, id).await?))
}

/// `GET /api/v1/administrations/{admin}/departments`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/departments", tag = "organisation", params(("admin" = i64, Path)),
    responses((status = 200, body = [Department])))]
pub async fn list_departments(
    State(state): State<AppState>,
    Path(id): Path<AdministrationId>,
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
    responses((status = 201, body = Department), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn create_department(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AdministrationId>,
    JsonBody(new): JsonBody<NewDepartment>,
) -> ApiResult<(StatusCode, Json<Department>)> {
    let (dept, code, name) = crate::changed(
        &state,
        service::create_department(&state.db, &Actor::of(&p), id, &new.code, &new.name).await,
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(Department {
            id: dept,
            administration_id: id,
            code,
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
    responses((status = 204), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn update_department(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(dept): Path<DepartmentId>,
    JsonBody(patch): JsonBody<DepartmentPatch>,
) -> ApiResult<StatusCode> {
    crate::changed(
        &state,
        service::rename_department(&state.db, &Actor::of(&p), dept, &patch.name).await,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/administrations/{admin}/units`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/units", tag = "organisation", params(("admin" = i64, Path)),
    responses((status = 200, body = [Unit])))]
pub async fn list_units(
    State(state): State<AppState>,
    Path(id): Path<AdministrationId>,
) -> ApiResult<Json<Vec<Unit>>> {
    Ok(Json(store::list_units(&state.db, id).await?))
}

/// `POST /api/v1/administrations/{admin}/units`
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/units", tag = "organisation", params(("admin" = i64, Path)), request_body = UnitForm,
    responses((status = 201, body = Unit), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn create_unit(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AdministrationId>,
    JsonBody(form): JsonBody<UnitForm>,
) -> ApiResult<(StatusCode, Json<Unit>)> {
    let unit = crate::changed(
        &state,
        service::create_unit(&state.db, &Actor::of(&p), id, &form).await,
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(store::get_unit(&state.db, unit).await?),
    ))
}

/// `GET /api/v1/units/{unit}`
#[utoipa::path(get, path = "/api/v1/units/{unit}", tag = "organisation", params(("unit" = i64, Path)),
    responses((status = 200, body = Unit), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn get_unit(
    State(state): State<AppState>,
    Path(id): Path<UnitId>,
) -> ApiResult<Json<Unit>> {
    Ok(Json(store::get_unit(&state.db, id).await?))
}

/// `PATCH /api/v1/units/{unit}`: replaces the unit's values (send them all).
#[utoipa::path(patch, path = "/api/v1/units/{unit}", tag = "organisation", params(("unit" = i64, Path)), request_body = UnitForm,
    responses((status = 200, body = Unit), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn update_unit(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<UnitId>,
    JsonBody(form): JsonBody<UnitForm>,
) -> ApiResult<Json<Unit>> {
    crate::changed(
        &state,
        service::update_unit(&state.db, &Actor::of(&p), id, &form).await,
    )
    .await?;
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
    responses((status = 200, body = Unit), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn end_unit(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<UnitId>,
    JsonBody(end): JsonBody<EndUnit>,
) -> ApiResult<Json<Unit>> {
    crate::changed(
        &state,
        service::end_unit(
            &state.db,
            &Actor::of(&p),
            id,
            &end.valid_to,
            end.successor_id.map(UnitId::new),
        )
        .await,
    )
    .await?;
    Ok(Json(store::get_unit(&state.db, id).await?))
}

/// `GET /api/v1/administrations/{admin}/contacts`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/contacts", tag = "organisation", params(("admin" = i64, Path)),
    responses((status = 200, body = [ContactCard])))]
pub async fn list_contacts(
    State(state): State<AppState>,
    Path(id): Path<AdministrationId>,
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
    responses((status = 201, body = ContactCard), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn create_contact(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AdministrationId>,
    JsonBody(form): JsonBody<ContactForm>,
) -> ApiResult<(StatusCode, Json<ContactCard>)> {
    let contact =
        service::create_contact(&state.db, &state.pii.get(), &Actor::of(&p), id, &form).await?;
    let created = store::list_contacts(&state.db, Some(id))
        .await?
        .into_iter()
        .find(|c| c.id == contact)
        .ok_or(Error::NotFound)?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// `DELETE /api/v1/contacts/{contact}`
#[utoipa::path(delete, path = "/api/v1/contacts/{contact}", tag = "organisation", params(("contact" = i64, Path)),
    responses((status = 204), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn delete_contact(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<i64>,
) -> ApiResult<StatusCode> {
    service::delete_contact(&state.db, &Actor::of(&p), id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/organisation/import`: the body is the CSV or XLSX file itself.
#[utoipa::path(post, path = "/api/v1/organisation/import", tag = "organisation",
    request_body(content = Vec<u8>, description = "CSV (UTF-8, `,` or `;`) or XLSX file", content_type = "application/octet-stream"),
    responses((status = 200, body = ImportReport), (status = 422, description = "Every problem with its row and column; nothing was imported", body = varn_house::web::error::ApiErrorBody)))]
pub async fn import(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    body: Bytes,
) -> ApiResult<Json<ImportReport>> {
    Ok(Json(
        crate::changed(
            &state,
            import::import(&state.db, &state.work, &Actor::of(&p), body.to_vec()).await,
        )
        .await?,
    ))
}
