//! The JSON API of the elevated risk picture: everything the pages do.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::{Extension, Json};
use serde::Serialize;

use crate::domain::{RiskpictureEpisodeId, RiskpictureMeasureId};
use crate::service::{
    self, RiskpictureDeclareInput, RiskpictureDetail, RiskpictureLiftInput, RiskpictureMeasureInput,
};
use crate::store::RiskpictureEpisode;
use varn_house::auth::Principal;
use varn_house::web::error::ApiError;
use varn_house::web::{AppState, JsonBody, Path};

type ApiResult<T> = Result<T, ApiError>;

/// A declared episode.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RiskpictureCreated {
    pub id: RiskpictureEpisodeId,
}

/// A reported measure.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RiskpictureMeasureCreated {
    pub id: RiskpictureMeasureId,
}

/// `GET /api/v1/risk-pictures`: the episodes the caller may read, those in force first.
#[utoipa::path(get, path = "/api/v1/risk-pictures", tag = "riskpicture", responses((status = 200, body = Vec<RiskpictureEpisode>)))]
pub async fn list(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> ApiResult<Json<Vec<RiskpictureEpisode>>> {
    Ok(Json(service::list(&state, &p).await?))
}

/// `POST /api/v1/risk-pictures`: declares an elevated risk picture (the central
/// coordinator); the coordinators concerned are e-mailed.
#[utoipa::path(post, path = "/api/v1/risk-pictures", tag = "riskpicture", request_body = RiskpictureDeclareInput,
    responses((status = 201, body = RiskpictureCreated), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn declare(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(input): JsonBody<RiskpictureDeclareInput>,
) -> ApiResult<(StatusCode, Json<RiskpictureCreated>)> {
    let id = service::declare(&state, &p, &input).await?;
    Ok((StatusCode::CREATED, Json(RiskpictureCreated { id })))
}

/// `GET /api/v1/risk-pictures/{episode}`: the episode with every administration's
/// standing, the measures and the e-mail notices (the read is audited).
#[utoipa::path(get, path = "/api/v1/risk-pictures/{episode}", tag = "riskpicture", params(("episode" = i64, Path)),
    responses((status = 200, body = RiskpictureDetail), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn episode(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<RiskpictureEpisodeId>,
) -> ApiResult<Json<RiskpictureDetail>> {
    Ok(Json(service::read(&state, &p, id).await?))
}

/// `POST /api/v1/risk-pictures/{episode}/measures`: a measure of an administration
/// concerned, while the state is in force.
#[utoipa::path(post, path = "/api/v1/risk-pictures/{episode}/measures", tag = "riskpicture", params(("episode" = i64, Path)),
    request_body = RiskpictureMeasureInput,
    responses((status = 201, body = RiskpictureMeasureCreated), (status = 404, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn measure(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<RiskpictureEpisodeId>,
    JsonBody(input): JsonBody<RiskpictureMeasureInput>,
) -> ApiResult<(StatusCode, Json<RiskpictureMeasureCreated>)> {
    let id = service::add_measure(&state, &p, id, &input).await?;
    Ok((StatusCode::CREATED, Json(RiskpictureMeasureCreated { id })))
}

/// `POST /api/v1/risk-pictures/{episode}/lift`: lifts the state (the central coordinator),
/// once.
#[utoipa::path(post, path = "/api/v1/risk-pictures/{episode}/lift", tag = "riskpicture", params(("episode" = i64, Path)),
    request_body = RiskpictureLiftInput,
    responses((status = 204), (status = 404, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn lift(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<RiskpictureEpisodeId>,
    JsonBody(input): JsonBody<RiskpictureLiftInput>,
) -> ApiResult<StatusCode> {
    service::lift(&state, &p, id, &input).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn file(
    state: &AppState,
    p: &Principal,
    id: RiskpictureEpisodeId,
    ext: &'static str,
) -> ApiResult<Response> {
    let (bytes, kind, name) = service::document(state, p, id, ext).await?;
    Ok(varn_house::web::download(bytes, kind, &name))
}

/// `GET /api/v1/risk-pictures/{episode}/document.docx`: the whole episode as Word.
#[utoipa::path(get, path = "/api/v1/risk-pictures/{episode}/document.docx", tag = "riskpicture", params(("episode" = i64, Path)),
    responses((status = 200, description = "The Word document", content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn docx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<RiskpictureEpisodeId>,
) -> ApiResult<Response> {
    file(&state, &p, id, "docx").await
}

/// `GET /api/v1/risk-pictures/{episode}/document.pdf`: the whole episode as PDF.
#[utoipa::path(get, path = "/api/v1/risk-pictures/{episode}/document.pdf", tag = "riskpicture", params(("episode" = i64, Path)),
    responses((status = 200, description = "The PDF document", content_type = "application/pdf"), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn pdf(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<RiskpictureEpisodeId>,
) -> ApiResult<Response> {
    file(&state, &p, id, "pdf").await
}

/// `PUT /api/v1/risk-pictures/{episode}/measures/{measure}`: changes a measure (the
/// reporting administration's coordinators, while the state is in force; audited).
#[utoipa::path(put, path = "/api/v1/risk-pictures/{episode}/measures/{measure}", tag = "riskpicture", params(("episode" = i64, Path), ("measure" = i64, Path)),
    request_body = RiskpictureMeasureInput,
    responses((status = 204), (status = 404, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn edit_measure(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((episode, id)): Path<(RiskpictureEpisodeId, RiskpictureMeasureId)>,
    JsonBody(input): JsonBody<RiskpictureMeasureInput>,
) -> ApiResult<StatusCode> {
    crate::measures::edit(&state, &p, episode, id, &input).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /api/v1/risk-pictures/{episode}/measures/{measure}`: removes a measure (the
/// reporting administration's coordinators, while the state is in force; audited).
#[utoipa::path(delete, path = "/api/v1/risk-pictures/{episode}/measures/{measure}", tag = "riskpicture", params(("episode" = i64, Path), ("measure" = i64, Path)),
    responses((status = 204), (status = 404, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn remove_measure(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((episode, id)): Path<(RiskpictureEpisodeId, RiskpictureMeasureId)>,
) -> ApiResult<StatusCode> {
    crate::measures::remove(&state, &p, episode, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/risk-pictures/{episode}/measures.csv`: every measure of the episode
/// (audited as an export).
#[utoipa::path(get, path = "/api/v1/risk-pictures/{episode}/measures.csv", tag = "riskpicture", params(("episode" = i64, Path)),
    responses((status = 200, description = "The CSV file", content_type = "text/csv"), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn measures_csv(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(episode): Path<RiskpictureEpisodeId>,
) -> ApiResult<Response> {
    let (bytes, name) = crate::measures::file(&state, &p, episode).await?;
    Ok(varn_house::web::download(
        bytes,
        "text/csv; charset=utf-8",
        &name,
    ))
}
