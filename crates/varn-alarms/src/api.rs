//! The JSON API of alarm chains: everything the pages do, the personal link's
//! acknowledgement included.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::{Extension, Json};
use serde::Serialize;

use crate::domain::{AlarmChainId, AlarmEventId};
use crate::service::{
    self, AlarmsActivateInput, AlarmsChainDetail, AlarmsChainInput, AlarmsEventDetail,
    AlarmsLinkView, AlarmsTextInput,
};
use crate::store::{AlarmsChain, AlarmsEvent};
use varn_house::audit::Action;
use varn_house::auth::Principal;
use varn_house::web::error::ApiError;
use varn_house::web::{AppState, ClientAddr, JsonBody, Path};

type ApiResult<T> = Result<T, ApiError>;

fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// A chain created.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AlarmsChainCreated {
    pub id: AlarmChainId,
}

/// An event started.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AlarmsEventCreated {
    pub id: AlarmEventId,
}

/// A chain's new version.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AlarmsVersionCreated {
    pub version: i64,
}

/// `GET /api/v1/alarm-chains`: the city-wide chains and those of the caller's
/// administrations.
#[utoipa::path(get, path = "/api/v1/alarm-chains", tag = "alarms", responses((status = 200, body = Vec<AlarmsChain>)))]
pub async fn chains(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> ApiResult<Json<Vec<AlarmsChain>>> {
    Ok(Json(service::chains(&state, &p).await?))
}

/// `POST /api/v1/alarm-chains`: a chain with its first version (no `administration_id`: a
/// city-wide chain, the central coordinator's).
#[utoipa::path(post, path = "/api/v1/alarm-chains", tag = "alarms", request_body = AlarmsChainInput,
    responses((status = 201, body = AlarmsChainCreated), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn create_chain(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(input): JsonBody<AlarmsChainInput>,
) -> ApiResult<(StatusCode, Json<AlarmsChainCreated>)> {
    let id = service::create_chain(&state, &p, &input).await?;
    Ok((StatusCode::CREATED, Json(AlarmsChainCreated { id })))
}

/// `GET /api/v1/alarm-chains/{chain}`: the current steps and the versions.
#[utoipa::path(get, path = "/api/v1/alarm-chains/{chain}", tag = "alarms", params(("chain" = i64, Path)),
    responses((status = 200, body = AlarmsChainDetail), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn chain(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AlarmChainId>,
) -> ApiResult<Json<AlarmsChainDetail>> {
    Ok(Json(service::chain(&state, &p, id).await?))
}

/// `POST /api/v1/alarm-chains/{chain}/versions`: the chain's next version; events already
/// started keep theirs.
#[utoipa::path(post, path = "/api/v1/alarm-chains/{chain}/versions", tag = "alarms", params(("chain" = i64, Path)),
    request_body = AlarmsChainInput,
    responses((status = 201, body = AlarmsVersionCreated), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn revise_chain(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AlarmChainId>,
    JsonBody(input): JsonBody<AlarmsChainInput>,
) -> ApiResult<(StatusCode, Json<AlarmsVersionCreated>)> {
    let version = service::revise_chain(&state, &p, id, &input).await?;
    Ok((StatusCode::CREATED, Json(AlarmsVersionCreated { version })))
}

/// `GET /api/v1/alarm-events`: the events of the caller's administrations, open first.
#[utoipa::path(get, path = "/api/v1/alarm-events", tag = "alarms", responses((status = 200, body = Vec<AlarmsEvent>)))]
pub async fn events(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> ApiResult<Json<Vec<AlarmsEvent>>> {
    Ok(Json(service::events(&state, &p).await?))
}

/// `POST /api/v1/alarm-events`: activates a chain; step 1 is notified at once.
#[utoipa::path(post, path = "/api/v1/alarm-events", tag = "alarms", request_body = AlarmsActivateInput,
    responses((status = 201, body = AlarmsEventCreated), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn activate(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(input): JsonBody<AlarmsActivateInput>,
) -> ApiResult<(StatusCode, Json<AlarmsEventCreated>)> {
    let id = service::activate(&state, &p, &input, now()).await?;
    Ok((StatusCode::CREATED, Json(AlarmsEventCreated { id })))
}

/// `GET /api/v1/alarm-events/{event}`: the event, its steps and their e-mail, the timeline.
#[utoipa::path(get, path = "/api/v1/alarm-events/{event}", tag = "alarms", params(("event" = i64, Path)),
    responses((status = 200, body = AlarmsEventDetail), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn event(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AlarmEventId>,
) -> ApiResult<Json<AlarmsEventDetail>> {
    Ok(Json(service::event(&state, &p, id, Action::Read).await?))
}

/// `POST /api/v1/alarm-events/{event}/acknowledge`: acknowledges (the chain stops moving
/// on), with an optional note.
#[utoipa::path(post, path = "/api/v1/alarm-events/{event}/acknowledge", tag = "alarms", params(("event" = i64, Path)),
    request_body = AlarmsTextInput,
    responses((status = 204), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn acknowledge(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AlarmEventId>,
    JsonBody(input): JsonBody<AlarmsTextInput>,
) -> ApiResult<StatusCode> {
    service::acknowledge(&state, &p, id, &input, now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/alarm-events/{event}/notes`: a note on the timeline.
#[utoipa::path(post, path = "/api/v1/alarm-events/{event}/notes", tag = "alarms", params(("event" = i64, Path)),
    request_body = AlarmsTextInput,
    responses((status = 204), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn note(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AlarmEventId>,
    JsonBody(input): JsonBody<AlarmsTextInput>,
) -> ApiResult<StatusCode> {
    service::note(&state, &p, id, &input, now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/alarm-events/{event}/close`: closes the event with its summary.
#[utoipa::path(post, path = "/api/v1/alarm-events/{event}/close", tag = "alarms", params(("event" = i64, Path)),
    request_body = AlarmsTextInput,
    responses((status = 204), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn close(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AlarmEventId>,
    JsonBody(input): JsonBody<AlarmsTextInput>,
) -> ApiResult<StatusCode> {
    service::close(&state, &p, id, &input, now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/alarm-events/{event}/timeline.docx`: the timeline as Word.
#[utoipa::path(get, path = "/api/v1/alarm-events/{event}/timeline.docx", tag = "alarms", params(("event" = i64, Path)),
    responses((status = 200, content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")))]
pub async fn timeline_docx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AlarmEventId>,
) -> ApiResult<Response> {
    Ok(crate::pages::file(&state, &p, id, "docx").await?)
}

/// `GET /api/v1/alarm-events/{event}/timeline.pdf`: the timeline as PDF.
#[utoipa::path(get, path = "/api/v1/alarm-events/{event}/timeline.pdf", tag = "alarms", params(("event" = i64, Path)),
    responses((status = 200, content_type = "application/pdf")))]
pub async fn timeline_pdf(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AlarmEventId>,
) -> ApiResult<Response> {
    Ok(crate::pages::file(&state, &p, id, "pdf").await?)
}

/// `GET /api/v1/alarm-links/{token}`: what a personal link opens (no account needed).
#[utoipa::path(get, path = "/api/v1/alarm-links/{token}", tag = "alarms", params(("token" = String, Path)),
    responses((status = 200, body = AlarmsLinkView), (status = 404, body = varn_house::web::error::ApiErrorBody),
        (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn link(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    Path(token): Path<String>,
) -> ApiResult<Json<AlarmsLinkView>> {
    Ok(Json(service::read_link(&state, &token, &client).await?))
}

/// `POST /api/v1/alarm-links/{token}/acknowledge`: acknowledges through a personal link.
#[utoipa::path(post, path = "/api/v1/alarm-links/{token}/acknowledge", tag = "alarms", params(("token" = String, Path)),
    request_body = AlarmsTextInput,
    responses((status = 200, body = AlarmsLinkView), (status = 404, body = varn_house::web::error::ApiErrorBody),
        (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn link_acknowledge(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    Path(token): Path<String>,
    JsonBody(input): JsonBody<AlarmsTextInput>,
) -> ApiResult<Json<AlarmsLinkView>> {
    Ok(Json(
        service::acknowledge_by_link(&state, &token, &client, &input, now()).await?,
    ))
}
