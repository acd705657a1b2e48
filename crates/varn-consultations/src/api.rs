//! The JSON API of consultations and the 24-hour routine: everything the pages do.

use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use serde::Serialize;

use crate::domain::{ConsultationId, ConsultationRequestId};
use crate::export::{self, Figures, Format};
use crate::perm;
use crate::report::{self, ConsultationCity, ConsultationYearRow};
use crate::service::{self, ConsultationContactInput, ConsultationInput, ConsultationRequestInput};
use crate::store::{ConsultationRecord, ConsultationRequest, ConsultationWarningRecord};
use varn_house::auth::Principal;
use varn_house::web::error::ApiError;
use varn_house::web::{AppState, JsonBody, Path, Query};

type ApiResult<T> = Result<T, ApiError>;

/// A consultation created.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ConsultationCreated {
    pub id: ConsultationId,
    /// Empty (a consultation has no reference of its own).
    pub reference: String,
}

/// A 24-hour request created.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ConsultationRequestCreated {
    pub id: ConsultationRequestId,
    /// The request's own reference.
    pub reference: String,
}

/// A request with its warnings.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ConsultationRequestDetail {
    pub request: ConsultationRequest,
    pub warnings: Vec<ConsultationWarningRecord>,
}

/// The year asked for (`?year=`), this year when left out.
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct ConsultationYearQuery {
    pub year: Option<i32>,
}

fn year_of(q: &ConsultationYearQuery) -> i32 {
    q.year
        .filter(|y| (2000..=2100).contains(y))
        .unwrap_or_else(|| chrono::Datelike::year(&chrono::Utc::now().naive_utc()))
}

/// `GET /api/v1/consultations`: the consultations the caller is on a side of.
#[utoipa::path(get, path = "/api/v1/consultations", tag = "consultations", responses((status = 200, body = Vec<ConsultationRecord>)))]
pub async fn consultations(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> ApiResult<Json<Vec<ConsultationRecord>>> {
    Ok(Json(service::list(&state, &p).await?))
}

/// `POST /api/v1/consultations`
#[utoipa::path(post, path = "/api/v1/consultations", tag = "consultations", request_body = ConsultationInput,
    responses((status = 201, body = ConsultationCreated), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(input): JsonBody<ConsultationInput>,
) -> ApiResult<(StatusCode, Json<ConsultationCreated>)> {
    let id = service::create(&state, &p, &input).await?;
    Ok((
        StatusCode::CREATED,
        Json(ConsultationCreated {
            id,
            reference: String::new(),
        }),
    ))
}

/// `GET /api/v1/consultations/{consultation}`
#[utoipa::path(get, path = "/api/v1/consultations/{consultation}", tag = "consultations", params(("consultation" = i64, Path)),
    responses((status = 200, body = ConsultationRecord), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn consultation(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ConsultationId>,
) -> ApiResult<Json<ConsultationRecord>> {
    Ok(Json(service::read(&state, &p, id).await?))
}

/// `GET /api/v1/consultations/city?year=`: consultations per administration, kind and
/// referral, suppressed.
#[utoipa::path(get, path = "/api/v1/consultations/city", tag = "consultations", params(ConsultationYearQuery),
    responses((status = 200, body = ConsultationCity)))]
pub async fn city(
    State(state): State<AppState>,
    Query(q): Query<ConsultationYearQuery>,
) -> ApiResult<Json<ConsultationCity>> {
    Ok(Json(report::city(&state.db, year_of(&q)).await?))
}

/// `GET /api/v1/first-contact-requests`: the requests of the caller's administrations.
#[utoipa::path(get, path = "/api/v1/first-contact-requests", tag = "consultations", responses((status = 200, body = Vec<ConsultationRequest>)))]
pub async fn requests(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> ApiResult<Json<Vec<ConsultationRequest>>> {
    Ok(Json(service::requests(&state, &p).await?))
}

/// `POST /api/v1/first-contact-requests`: starts the 24-hour clock.
#[utoipa::path(post, path = "/api/v1/first-contact-requests", tag = "consultations", request_body = ConsultationRequestInput,
    responses((status = 201, body = ConsultationRequestCreated), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn create_request(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(input): JsonBody<ConsultationRequestInput>,
) -> ApiResult<(StatusCode, Json<ConsultationRequestCreated>)> {
    let (id, reference) =
        service::create_request(&state, &p, &input, chrono::Utc::now().naive_utc()).await?;
    Ok((
        StatusCode::CREATED,
        Json(ConsultationRequestCreated { id, reference }),
    ))
}

/// `GET /api/v1/first-contact-requests/report?year=`: the year per administration (the
/// caller's own; all for the central coordinator and city-wide readers).
#[utoipa::path(get, path = "/api/v1/first-contact-requests/report", tag = "consultations", params(ConsultationYearQuery),
    responses((status = 200, body = Vec<ConsultationYearRow>)))]
pub async fn report(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<ConsultationYearQuery>,
) -> ApiResult<Json<Vec<ConsultationYearRow>>> {
    Ok(Json(
        report::year_report(
            &state.db,
            &p.scope(perm::REPORT),
            year_of(&q),
            chrono::Utc::now().naive_utc(),
        )
        .await?,
    ))
}

/// `GET /api/v1/first-contact-requests/{request}`
#[utoipa::path(get, path = "/api/v1/first-contact-requests/{request}", tag = "consultations", params(("request" = i64, Path)),
    responses((status = 200, body = ConsultationRequestDetail), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn request(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ConsultationRequestId>,
) -> ApiResult<Json<ConsultationRequestDetail>> {
    let (request, warnings) = service::request(&state, &p, id).await?;
    Ok(Json(ConsultationRequestDetail { request, warnings }))
}

/// `POST /api/v1/first-contact-requests/{request}/contact`: the first contact stops the
/// clock.
#[utoipa::path(post, path = "/api/v1/first-contact-requests/{request}/contact", tag = "consultations", params(("request" = i64, Path)),
    request_body = ConsultationContactInput,
    responses((status = 204), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn contact(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ConsultationRequestId>,
    JsonBody(input): JsonBody<ConsultationContactInput>,
) -> ApiResult<StatusCode> {
    service::record_contact(&state, &p, id, &input, chrono::Utc::now().naive_utc()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The year and format of a file (`?year=&format=`).
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct ConsultationFileQuery {
    /// The year; this year when left out.
    pub year: Option<i32>,
    /// csv or xlsx; the 24-hour report also docx or pdf.
    pub format: String,
}

async fn file(
    state: &AppState,
    p: &Principal,
    figures: Figures,
    q: &ConsultationFileQuery,
) -> ApiResult<axum::response::Response> {
    let Some(format) = Format::parse(&q.format, figures) else {
        let cat = varn_house::i18n::sv();
        return Err(varn_house::kernel::error::Error::invalid(
            cat.t("consultations.field.format"),
            cat.t("consultations.bad_format"),
        )
        .into());
    };
    let year = year_of(&ConsultationYearQuery { year: q.year });
    let (bytes, kind, name) = export::file(state, p, figures, year, format).await?;
    Ok(varn_house::web::download(bytes, kind, &name))
}

/// `GET /api/v1/consultations/city/file?year=&format=`: the city's consultation figures as
/// CSV or XLSX, suppressed as on the page (audited).
#[utoipa::path(get, path = "/api/v1/consultations/city/file", tag = "consultations", params(ConsultationFileQuery),
    responses((status = 200, description = "The file", content_type = "application/octet-stream"), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn city_file(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<ConsultationFileQuery>,
) -> ApiResult<axum::response::Response> {
    file(&state, &p, Figures::City, &q).await
}

/// `GET /api/v1/first-contact-requests/report/file?year=&format=`: the 24-hour report as
/// CSV, XLSX, Word or PDF (audited).
#[utoipa::path(get, path = "/api/v1/first-contact-requests/report/file", tag = "consultations", params(ConsultationFileQuery),
    responses((status = 200, description = "The file", content_type = "application/octet-stream"), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn report_file(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<ConsultationFileQuery>,
) -> ApiResult<axum::response::Response> {
    file(&state, &p, Figures::Report, &q).await
}
