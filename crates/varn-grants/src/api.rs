//! The JSON API of grants: the register, applications, decisions, instalments, controls,
//! stops and withdrawals, the year's figures of an administration and the city's.

use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};

use crate::domain::{GrantApplicationId, GrantAssociationId, GrantPaymentId, Step};
use crate::import::GrantsImported;
use crate::report::{self, GrantsCity, GrantsYear};
use crate::service::{
    self, GrantsApplicationInput, GrantsApplicationView, GrantsAssociationInput,
    GrantsAssociationView, GrantsControlInput, GrantsDecisionInput, GrantsPaymentInput,
    GrantsReasonInput, GrantsStopped, GrantsWithdrawalInput,
};
use crate::store::{self, GrantsApplication, GrantsAssociation, GrantsPayment};
use varn_house::audit::Actor;
use varn_house::auth::Principal;
use varn_house::i18n;
use varn_house::kernel::error::Error;
use varn_house::kernel::ids::AdministrationId;
use varn_house::web::error::ApiError;
use varn_house::web::{AppState, JsonBody, Path, Query};

type ApiResult<T> = Result<T, ApiError>;

/// A record created.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct GrantsCreated {
    pub id: i64,
}

fn created(id: i64) -> (StatusCode, Json<GrantsCreated>) {
    (StatusCode::CREATED, Json(GrantsCreated { id }))
}

/// Which year.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct GrantsYearQuery {
    /// The year; this year when left out.
    pub year: Option<i32>,
}

/// The year asked for (1900–2999), or this year.
pub fn year_or_now(year: Option<i32>) -> Result<i32, Error> {
    match year {
        None => Ok(crate::domain::year_of(&varn_house::db::today()).unwrap_or(2026)),
        Some(y) if (1900..=2999).contains(&y) => Ok(y),
        Some(_) => {
            let cat = i18n::sv();
            Err(Error::invalid(
                cat.t("grants.field.year"),
                cat.t("grants.bad_year"),
            ))
        }
    }
}

/// `GET /api/v1/administrations/{admin}/grants/associations`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/grants/associations", tag = "grants", params(("admin" = i64, Path)), responses((status = 200, body = Vec<GrantsAssociation>)))]
pub async fn associations(
    State(state): State<AppState>,
    Path(admin): Path<AdministrationId>,
) -> ApiResult<Json<Vec<GrantsAssociation>>> {
    Ok(Json(store::associations(&state.db, admin).await?))
}

/// `POST /api/v1/administrations/{admin}/grants/associations`: registers an association (or
/// links the one already registered with the number).
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/grants/associations", tag = "grants", params(("admin" = i64, Path)), request_body = GrantsAssociationInput,
    responses((status = 201, body = GrantsCreated), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn register(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    JsonBody(input): JsonBody<GrantsAssociationInput>,
) -> ApiResult<(StatusCode, Json<GrantsCreated>)> {
    let id = service::register(&state.db, &state.pii.get(), &Actor::of(&p), admin, &input).await?;
    Ok(created(id.get()))
}

/// `POST /api/v1/administrations/{admin}/grants/associations/import`: the body is the
/// association list itself (CSV or XLSX), registered all or nothing.
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/grants/associations/import", tag = "grants", params(("admin" = i64, Path)),
    request_body(content = Vec<u8>, description = "CSV (UTF-8, `,` or `;`) or XLSX file with the columns Organisationsnummer, Namn, Typ and optionally Kontaktroll", content_type = "application/octet-stream"),
    responses((status = 200, body = GrantsImported), (status = 422, description = "Every problem with its row and field; nothing was imported", body = varn_house::web::error::ApiErrorBody)))]
pub async fn import(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    body: axum::body::Bytes,
) -> ApiResult<Json<GrantsImported>> {
    Ok(Json(
        crate::import::import(&state, &Actor::of(&p), admin, body.to_vec()).await?,
    ))
}

/// `GET /api/v1/administrations/{admin}/grants/applications`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/grants/applications", tag = "grants", params(("admin" = i64, Path)), responses((status = 200, body = Vec<GrantsApplication>)))]
pub async fn applications(
    State(state): State<AppState>,
    Path(admin): Path<AdministrationId>,
) -> ApiResult<Json<Vec<GrantsApplication>>> {
    Ok(Json(store::applications(&state.db, admin, None).await?))
}

/// `GET /api/v1/administrations/{admin}/grants/report?year=`: the year's figures, exact.
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/grants/report", tag = "grants", params(("admin" = i64, Path), GrantsYearQuery),
    responses((status = 200, body = GrantsYear), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn year(
    State(state): State<AppState>,
    Path(admin): Path<AdministrationId>,
    Query(q): Query<GrantsYearQuery>,
) -> ApiResult<Json<GrantsYear>> {
    let y = year_or_now(q.year)?;
    Ok(Json(report::year(&state.db, admin, y).await?))
}

/// Which year, and which file.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct GrantsFileQuery {
    /// The year; this year when left out.
    pub year: Option<i32>,
    /// csv, xlsx, docx or pdf (docx and pdf: the summary for the board).
    pub format: String,
}

/// `GET /api/v1/administrations/{admin}/grants/report/file?year=&format=`: the year's
/// figures as CSV or XLSX, or the summary for the board as Word or PDF (audited).
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/grants/report/file", tag = "grants", params(("admin" = i64, Path), GrantsFileQuery),
    responses((status = 200, description = "The file", content_type = "application/octet-stream"), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn year_file(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    Query(q): Query<GrantsFileQuery>,
) -> Result<axum::response::Response, ApiError> {
    let y = year_or_now(q.year)?;
    let ext = match q.format.trim() {
        "csv" => "csv",
        "xlsx" => "xlsx",
        "docx" => "docx",
        "pdf" => "pdf",
        _ => {
            let cat = i18n::sv();
            return Err(
                Error::invalid(cat.t("grants.field.format"), cat.t("grants.bad_format")).into(),
            );
        }
    };
    let (bytes, kind, name) = crate::pages::year_bytes(&state, &p, admin, y, ext).await?;
    Ok(varn_house::web::download(bytes, kind, &name))
}

/// `GET /api/v1/administrations/{admin}/grants/associations/{association}`: with its
/// applications, controls (the read of their findings is audited), stops, and which other
/// administrations have a control or a stop on record.
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/grants/associations/{association}", tag = "grants", params(("admin" = i64, Path), ("association" = i64, Path)),
    responses((status = 200, body = GrantsAssociationView), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn association(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, association)): Path<(AdministrationId, GrantAssociationId)>,
) -> ApiResult<Json<GrantsAssociationView>> {
    Ok(Json(
        service::association_view(&state.db, &Actor::of(&p), admin, association).await?,
    ))
}

/// `POST …/associations/{association}/applications`
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/grants/associations/{association}/applications", tag = "grants", params(("admin" = i64, Path), ("association" = i64, Path)), request_body = GrantsApplicationInput,
    responses((status = 201, body = GrantsCreated), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn apply(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, association)): Path<(AdministrationId, GrantAssociationId)>,
    JsonBody(input): JsonBody<GrantsApplicationInput>,
) -> ApiResult<(StatusCode, Json<GrantsCreated>)> {
    let id = service::apply(
        &state.db,
        &state.pii.get(),
        &Actor::of(&p),
        admin,
        association,
        &input,
    )
    .await?;
    Ok(created(id.get()))
}

/// `POST …/associations/{association}/controls`
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/grants/associations/{association}/controls", tag = "grants", params(("admin" = i64, Path), ("association" = i64, Path)), request_body = GrantsControlInput,
    responses((status = 201, body = GrantsCreated), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn control(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, association)): Path<(AdministrationId, GrantAssociationId)>,
    JsonBody(input): JsonBody<GrantsControlInput>,
) -> ApiResult<(StatusCode, Json<GrantsCreated>)> {
    let id = service::control(
        &state.db,
        &state.pii.get(),
        &Actor::of(&p),
        admin,
        association,
        &input,
    )
    .await?;
    Ok(created(id.get()))
}

/// `POST …/associations/{association}/stop`: stops every further payment, with a reason.
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/grants/associations/{association}/stop", tag = "grants", params(("admin" = i64, Path), ("association" = i64, Path)), request_body = GrantsReasonInput,
    responses((status = 200, body = GrantsStopped), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn stop(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, association)): Path<(AdministrationId, GrantAssociationId)>,
    JsonBody(input): JsonBody<GrantsReasonInput>,
) -> ApiResult<Json<GrantsStopped>> {
    Ok(Json(
        service::stop(
            &state.db,
            &state.pii.get(),
            &Actor::of(&p),
            admin,
            association,
            &input,
        )
        .await?,
    ))
}

/// `POST …/associations/{association}/lift-stop`: lifts the stop, with its own reason.
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/grants/associations/{association}/lift-stop", tag = "grants", params(("admin" = i64, Path), ("association" = i64, Path)), request_body = GrantsReasonInput,
    responses((status = 200, body = GrantsStopped), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn lift(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, association)): Path<(AdministrationId, GrantAssociationId)>,
    JsonBody(input): JsonBody<GrantsReasonInput>,
) -> ApiResult<Json<GrantsStopped>> {
    Ok(Json(
        service::lift(
            &state.db,
            &state.pii.get(),
            &Actor::of(&p),
            admin,
            association,
            &input,
        )
        .await?,
    ))
}

/// `GET /api/v1/grants/applications/{application}`
#[utoipa::path(get, path = "/api/v1/grants/applications/{application}", tag = "grants", params(("application" = i64, Path)),
    responses((status = 200, body = GrantsApplicationView), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn application(
    State(state): State<AppState>,
    Path(id): Path<GrantApplicationId>,
) -> ApiResult<Json<GrantsApplicationView>> {
    Ok(Json(service::application_view(&state.db, id).await?))
}

/// `POST /api/v1/grants/applications/{application}/decision`
#[utoipa::path(post, path = "/api/v1/grants/applications/{application}/decision", tag = "grants", params(("application" = i64, Path)), request_body = GrantsDecisionInput,
    responses((status = 200, body = GrantsApplicationView), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn decide(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<GrantApplicationId>,
    JsonBody(input): JsonBody<GrantsDecisionInput>,
) -> ApiResult<Json<GrantsApplicationView>> {
    service::decide(&state.db, &state.pii.get(), &Actor::of(&p), id, &input).await?;
    Ok(Json(service::application_view(&state.db, id).await?))
}

/// `POST /api/v1/grants/applications/{application}/payments`: a planned instalment.
#[utoipa::path(post, path = "/api/v1/grants/applications/{application}/payments", tag = "grants", params(("application" = i64, Path)), request_body = GrantsPaymentInput,
    responses((status = 201, body = GrantsCreated), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn add_payment(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<GrantApplicationId>,
    JsonBody(input): JsonBody<GrantsPaymentInput>,
) -> ApiResult<(StatusCode, Json<GrantsCreated>)> {
    Ok(created(
        service::add_payment(&state.db, &Actor::of(&p), id, &input)
            .await?
            .get(),
    ))
}

/// `POST /api/v1/grants/applications/{application}/withdrawals`: withdrawal and claim.
#[utoipa::path(post, path = "/api/v1/grants/applications/{application}/withdrawals", tag = "grants", params(("application" = i64, Path)), request_body = GrantsWithdrawalInput,
    responses((status = 201, body = GrantsCreated), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn withdraw(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<GrantApplicationId>,
    JsonBody(input): JsonBody<GrantsWithdrawalInput>,
) -> ApiResult<(StatusCode, Json<GrantsCreated>)> {
    Ok(created(
        service::withdraw(&state.db, &state.pii.get(), &Actor::of(&p), id, &input)
            .await?
            .get(),
    ))
}

/// `POST /api/v1/grants/payments/{payment}/approve`: planned → approved; refused while stopped.
#[utoipa::path(post, path = "/api/v1/grants/payments/{payment}/approve", tag = "grants", params(("payment" = i64, Path)),
    responses((status = 200, body = GrantsPayment), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn approve(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<GrantPaymentId>,
) -> ApiResult<Json<GrantsPayment>> {
    Ok(Json(
        service::step_payment(&state.db, &Actor::of(&p), id, Step::Approve).await?,
    ))
}

/// `POST /api/v1/grants/payments/{payment}/pay`: approved → paid; refused while stopped.
#[utoipa::path(post, path = "/api/v1/grants/payments/{payment}/pay", tag = "grants", params(("payment" = i64, Path)),
    responses((status = 200, body = GrantsPayment), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn pay(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<GrantPaymentId>,
) -> ApiResult<Json<GrantsPayment>> {
    Ok(Json(
        service::step_payment(&state.db, &Actor::of(&p), id, Step::Pay).await?,
    ))
}

/// `GET /api/v1/grants/city?year=`: counts per administration, suppressed.
#[utoipa::path(get, path = "/api/v1/grants/city", tag = "grants", params(GrantsYearQuery),
    responses((status = 200, body = GrantsCity), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn city(
    State(state): State<AppState>,
    Query(q): Query<GrantsYearQuery>,
) -> ApiResult<Json<GrantsCity>> {
    let y = year_or_now(q.year)?;
    Ok(Json(report::city(&state.db, y).await?))
}
