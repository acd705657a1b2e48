//! The routine in the JSON API (`/api/v1/routine`): the current version, an evaluation of
//! answers, and the central coordinator's versions. Same rules and storage as the pages.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};

use crate::domain::{read_answers, ContentInput, RoutineVersionId};
use crate::service;
use crate::store::{self, Version, VersionInfo};
use crate::{evaluate, own_contacts, Evaluation};
use varn_house::audit::Actor;
use varn_house::auth::Principal;
use varn_house::web::error::ApiError;
use varn_house::web::AppState;
use varn_house::web::JsonBody;
use varn_org::ContactCard;

type ApiResult<T> = Result<T, ApiError>;

/// `GET /api/v1/routine`
#[utoipa::path(get, path = "/api/v1/routine", tag = "routine",
    responses((status = 200, description = "The published version the guide uses", body = Version)))]
pub async fn current(State(state): State<AppState>) -> ApiResult<Json<Version>> {
    Ok(Json(store::current(&state.db).await?))
}

/// The answers of one run of the guide.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct EvaluationRequest {
    /// By question code: yes, no or unknown. Every question of the current version.
    pub answers: BTreeMap<String, String>,
}

/// A checklist with the caller's own coordinators.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct EvaluationResponse {
    #[serde(flatten)]
    pub evaluation: Evaluation,
    /// The coordinators of the caller's own administrations.
    pub contacts: Vec<ContactCard>,
}

/// `POST /api/v1/routine/evaluate`
#[utoipa::path(post, path = "/api/v1/routine/evaluate", tag = "routine", request_body = EvaluationRequest,
    responses((status = 200, body = EvaluationResponse), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn evaluate_answers(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(req): JsonBody<EvaluationRequest>,
) -> ApiResult<Json<EvaluationResponse>> {
    let version = store::current(&state.db).await?;
    let answers = read_answers(
        &version.content,
        req.answers.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    )?;
    Ok(Json(EvaluationResponse {
        evaluation: evaluate(&version, &answers),
        contacts: own_contacts(&state.db, &p).await?,
    }))
}

/// `GET /api/v1/routine/versions`
#[utoipa::path(get, path = "/api/v1/routine/versions", tag = "routine",
    responses((status = 200, description = "Every version, newest first", body = [VersionInfo])))]
pub async fn list_versions(State(state): State<AppState>) -> ApiResult<Json<Vec<VersionInfo>>> {
    Ok(Json(store::list(&state.db).await?))
}

/// `POST /api/v1/routine/versions`: a draft copied from the current version.
#[utoipa::path(post, path = "/api/v1/routine/versions", tag = "routine",
    responses((status = 201, body = Version), (status = 409, description = "A draft exists already", body = varn_house::web::error::ApiErrorBody)))]
pub async fn create_draft(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> ApiResult<(StatusCode, Json<Version>)> {
    store::ensure_seeded(&state.db).await?;
    let id = service::create_draft(&state.db, &Actor::of(&p)).await?;
    Ok((StatusCode::CREATED, Json(store::get(&state.db, id).await?)))
}

/// `GET /api/v1/routine/versions/{version}`
#[utoipa::path(get, path = "/api/v1/routine/versions/{version}", tag = "routine", params(("version" = i64, Path)),
    responses((status = 200, body = Version), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn get_version(
    State(state): State<AppState>,
    Path(id): Path<RoutineVersionId>,
) -> ApiResult<Json<Version>> {
    Ok(Json(store::get(&state.db, id).await?))
}

/// `PATCH /api/v1/routine/versions/{version}`: replaces a draft's note, questions and steps.
#[utoipa::path(patch, path = "/api/v1/routine/versions/{version}", tag = "routine", params(("version" = i64, Path)), request_body = ContentInput,
    responses((status = 200, body = Version), (status = 409, description = "The version is published", body = varn_house::web::error::ApiErrorBody),
        (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn update_draft(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<RoutineVersionId>,
    JsonBody(input): JsonBody<ContentInput>,
) -> ApiResult<Json<Version>> {
    let (note, content) = input.check()?;
    service::update_draft(&state.db, &Actor::of(&p), id, &note, &content).await?;
    Ok(Json(store::get(&state.db, id).await?))
}

/// `POST /api/v1/routine/versions/{version}/publish`
#[utoipa::path(post, path = "/api/v1/routine/versions/{version}/publish", tag = "routine", params(("version" = i64, Path)),
    responses((status = 200, body = Version), (status = 409, description = "The version is not a draft", body = varn_house::web::error::ApiErrorBody)))]
pub async fn publish(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<RoutineVersionId>,
) -> ApiResult<Json<Version>> {
    service::publish(&state.db, &Actor::of(&p), id).await?;
    Ok(Json(store::get(&state.db, id).await?))
}
