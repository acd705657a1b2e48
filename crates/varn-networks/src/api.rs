//! The JSON API of networks, meetings, the newsletter and the knowledge pages: everything the
//! pages do.

use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::domain::{
    KnowledgePageId, NetworkId, NetworkMeetingId, NetworkMemberId, NewsletterIssueId,
};
use crate::knowledge::{
    self, KnowledgeHit, KnowledgePage, KnowledgePageInput, KnowledgeSymbol, KnowledgeSymbolInput,
};
use crate::newsletter::{self, NewsletterInput, NewsletterIssue, NewsletterSend};
use crate::service::{
    self, AttendanceInput, Meeting, MeetingInput, Member, MemberInput, NetworkInput,
};
use crate::store::{self, NetworkRow};
use varn_house::auth::Principal;
use varn_house::i18n;
use varn_house::kernel::error::Error;
use varn_house::web::error::ApiError;
use varn_house::web::{AppState, JsonBody, Path, Query};
use varn_org::ContactCard;

type ApiResult<T> = Result<T, ApiError>;

/// Something created.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct NetworksCreated {
    pub id: i64,
}

/// A network with its members and meetings.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct NetworkDetail {
    pub network: NetworkRow,
    pub members: Vec<Member>,
    /// The newest first; for a forum with VBE as a standing item, `vbe_item` false shows
    /// its absence.
    pub meetings: Vec<Meeting>,
}

/// `GET /api/v1/networks`: the networks the caller may read.
#[utoipa::path(get, path = "/api/v1/networks", tag = "networks", responses((status = 200, body = Vec<NetworkRow>)))]
pub async fn networks(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> ApiResult<Json<Vec<NetworkRow>>> {
    Ok(Json(service::list(&state, &p).await?))
}

/// `POST /api/v1/networks`
#[utoipa::path(post, path = "/api/v1/networks", tag = "networks", request_body = NetworkInput,
    responses((status = 201, body = NetworksCreated), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn create_network(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(input): JsonBody<NetworkInput>,
) -> ApiResult<(StatusCode, Json<NetworksCreated>)> {
    let id = service::create_network(&state, &p, &input).await?;
    Ok((StatusCode::CREATED, Json(NetworksCreated { id: id.get() })))
}

/// `GET /api/v1/networks/{network}`
#[utoipa::path(get, path = "/api/v1/networks/{network}", tag = "networks", params(("network" = i64, Path)),
    responses((status = 200, body = NetworkDetail), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn network(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<NetworkId>,
) -> ApiResult<Json<NetworkDetail>> {
    let network = service::readable(&state, &p, id).await?;
    service::audit_read(
        &state,
        &p,
        crate::Record::Network,
        id,
        network.administration_id,
    )
    .await?;
    Ok(Json(NetworkDetail {
        members: service::members(&state, id).await?,
        meetings: service::named(&state, store::meetings(&state.db, id).await?).await?,
        network,
    }))
}

/// `POST /api/v1/networks/{network}/members`: an account or an organisation.
#[utoipa::path(post, path = "/api/v1/networks/{network}/members", tag = "networks", params(("network" = i64, Path)), request_body = MemberInput,
    responses((status = 201, body = NetworksCreated), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn add_member(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<NetworkId>,
    JsonBody(input): JsonBody<MemberInput>,
) -> ApiResult<(StatusCode, Json<NetworksCreated>)> {
    let network = store::network(&state.db, id).await?;
    let id = service::add_member(&state, &p, &network, &input).await?;
    Ok((StatusCode::CREATED, Json(NetworksCreated { id: id.get() })))
}

/// `DELETE /api/v1/networks/{network}/members/{member}`
#[utoipa::path(delete, path = "/api/v1/networks/{network}/members/{member}", tag = "networks", params(("network" = i64, Path), ("member" = i64, Path)),
    responses((status = 204), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn remove_member(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((id, member)): Path<(NetworkId, NetworkMemberId)>,
) -> ApiResult<StatusCode> {
    let network = store::network(&state.db, id).await?;
    service::remove_member(&state, &p, &network, member).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/meetings`: a meeting of a network.
#[utoipa::path(post, path = "/api/v1/meetings", tag = "networks", request_body = MeetingInput,
    responses((status = 201, body = NetworksCreated), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn create_meeting(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(input): JsonBody<MeetingInput>,
) -> ApiResult<(StatusCode, Json<NetworksCreated>)> {
    let id = service::create_meeting(&state, &p, &input).await?;
    Ok((StatusCode::CREATED, Json(NetworksCreated { id: id.get() })))
}

/// `GET /api/v1/meetings/{meeting}`
#[utoipa::path(get, path = "/api/v1/meetings/{meeting}", tag = "networks", params(("meeting" = i64, Path)),
    responses((status = 200, body = Meeting), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn meeting(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<NetworkMeetingId>,
) -> ApiResult<Json<Meeting>> {
    Ok(Json(service::readable_meeting(&state, &p, id).await?.1))
}

/// `PUT /api/v1/meetings/{meeting}`: date, agenda and the minutes of the VBE item.
#[utoipa::path(put, path = "/api/v1/meetings/{meeting}", tag = "networks", params(("meeting" = i64, Path)), request_body = MeetingInput,
    responses((status = 200, body = Meeting), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn update_meeting(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<NetworkMeetingId>,
    JsonBody(input): JsonBody<MeetingInput>,
) -> ApiResult<Json<Meeting>> {
    service::update_meeting(&state, &p, id, &input).await?;
    Ok(Json(service::readable_meeting(&state, &p, id).await?.1))
}

/// `PUT /api/v1/meetings/{meeting}/attendance`: who attended (non-members marked guests).
#[utoipa::path(put, path = "/api/v1/meetings/{meeting}/attendance", tag = "networks", params(("meeting" = i64, Path)), request_body = AttendanceInput,
    responses((status = 200, body = Meeting), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn attendance(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<NetworkMeetingId>,
    JsonBody(input): JsonBody<AttendanceInput>,
) -> ApiResult<Json<Meeting>> {
    service::set_attendance(&state, &p, id, &input).await?;
    Ok(Json(service::readable_meeting(&state, &p, id).await?.1))
}

/// `GET /api/v1/newsletter`: the archive, and the caller's drafts.
#[utoipa::path(get, path = "/api/v1/newsletter", tag = "networks", responses((status = 200, body = Vec<NewsletterIssue>)))]
pub async fn newsletters(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> ApiResult<Json<Vec<NewsletterIssue>>> {
    Ok(Json(newsletter::list(&state, &p).await?))
}

/// `POST /api/v1/newsletter`: a draft.
#[utoipa::path(post, path = "/api/v1/newsletter", tag = "networks", request_body = NewsletterInput,
    responses((status = 201, body = NetworksCreated), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn create_newsletter(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(input): JsonBody<NewsletterInput>,
) -> ApiResult<(StatusCode, Json<NetworksCreated>)> {
    let id = newsletter::create(&state, &p, &input).await?;
    Ok((StatusCode::CREATED, Json(NetworksCreated { id: id.get() })))
}

/// A preview.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct NewsletterPreview {
    pub html: String,
}

/// `POST /api/v1/newsletter/preview`: the issue as it will look, not kept.
#[utoipa::path(post, path = "/api/v1/newsletter/preview", tag = "networks", request_body = NewsletterInput,
    responses((status = 200, body = NewsletterPreview), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn preview_newsletter(
    State(state): State<AppState>,
    JsonBody(input): JsonBody<NewsletterInput>,
) -> ApiResult<Json<NewsletterPreview>> {
    Ok(Json(NewsletterPreview {
        html: newsletter::preview(&state, &input)?,
    }))
}

/// `GET /api/v1/newsletter/{issue}`
#[utoipa::path(get, path = "/api/v1/newsletter/{issue}", tag = "networks", params(("issue" = i64, Path)),
    responses((status = 200, body = NewsletterIssue), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn newsletter(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<NewsletterIssueId>,
) -> ApiResult<Json<NewsletterIssue>> {
    Ok(Json(newsletter::readable(&state, &p, id).await?))
}

/// `PUT /api/v1/newsletter/{issue}`: changes a draft.
#[utoipa::path(put, path = "/api/v1/newsletter/{issue}", tag = "networks", params(("issue" = i64, Path)), request_body = NewsletterInput,
    responses((status = 200, body = NewsletterIssue), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn update_newsletter(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<NewsletterIssueId>,
    JsonBody(input): JsonBody<NewsletterInput>,
) -> ApiResult<Json<NewsletterIssue>> {
    newsletter::update(&state, &p, id, &input).await?;
    Ok(Json(newsletter::get(&state.db, id).await?))
}

/// What a send did.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct NewsletterSent {
    pub sent: usize,
}

/// `POST /api/v1/newsletter/{issue}/send`: to a list, refused whole when one address is bad.
#[utoipa::path(post, path = "/api/v1/newsletter/{issue}/send", tag = "networks", params(("issue" = i64, Path)), request_body = NewsletterSend,
    responses((status = 200, body = NewsletterSent), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn send_newsletter(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<NewsletterIssueId>,
    JsonBody(list): JsonBody<NewsletterSend>,
) -> ApiResult<Json<NewsletterSent>> {
    Ok(Json(NewsletterSent {
        sent: newsletter::send(&state, &p, id, &list).await?,
    }))
}

/// `GET /api/v1/knowledge/pages`: every page at its newest version.
#[utoipa::path(get, path = "/api/v1/knowledge/pages", tag = "networks", responses((status = 200, body = Vec<KnowledgePage>)))]
pub async fn pages(State(state): State<AppState>) -> ApiResult<Json<Vec<KnowledgePage>>> {
    Ok(Json(knowledge::pages(&state.db).await?))
}

/// `POST /api/v1/knowledge/pages`
#[utoipa::path(post, path = "/api/v1/knowledge/pages", tag = "networks", request_body = KnowledgePageInput,
    responses((status = 201, body = NetworksCreated), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn create_page(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(input): JsonBody<KnowledgePageInput>,
) -> ApiResult<(StatusCode, Json<NetworksCreated>)> {
    let id = knowledge::create_page(&state, &p, &input).await?;
    Ok((StatusCode::CREATED, Json(NetworksCreated { id: id.get() })))
}

/// `GET /api/v1/knowledge/pages/{knowledge}`: every version, the newest first.
#[utoipa::path(get, path = "/api/v1/knowledge/pages/{knowledge}", tag = "networks", params(("knowledge" = i64, Path)),
    responses((status = 200, body = Vec<KnowledgePage>), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn page(
    State(state): State<AppState>,
    Path(id): Path<KnowledgePageId>,
) -> ApiResult<Json<Vec<KnowledgePage>>> {
    Ok(Json(knowledge::versions(&state.db, id).await?))
}

/// `PUT /api/v1/knowledge/pages/{knowledge}`: a new version.
#[utoipa::path(put, path = "/api/v1/knowledge/pages/{knowledge}", tag = "networks", params(("knowledge" = i64, Path)), request_body = KnowledgePageInput,
    responses((status = 200, body = Vec<KnowledgePage>), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn new_version(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<KnowledgePageId>,
    JsonBody(input): JsonBody<KnowledgePageInput>,
) -> ApiResult<Json<Vec<KnowledgePage>>> {
    knowledge::new_version(&state, &p, id, &input).await?;
    Ok(Json(knowledge::versions(&state.db, id).await?))
}

/// `GET /api/v1/knowledge/symbols`
#[utoipa::path(get, path = "/api/v1/knowledge/symbols", tag = "networks", responses((status = 200, body = Vec<KnowledgeSymbol>)))]
pub async fn symbols(State(state): State<AppState>) -> ApiResult<Json<Vec<KnowledgeSymbol>>> {
    Ok(Json(knowledge::symbols(&state.db).await?))
}

/// `POST /api/v1/knowledge/symbols`: a symbol (the image base64 in `image`).
#[utoipa::path(post, path = "/api/v1/knowledge/symbols", tag = "networks", request_body = KnowledgeSymbolInput,
    responses((status = 201, body = NetworksCreated), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn save_symbol(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(input): JsonBody<KnowledgeSymbolInput>,
) -> ApiResult<(StatusCode, Json<NetworksCreated>)> {
    let image = match input
        .image
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => None,
        Some(b64) => Some(
            base64::engine::general_purpose::STANDARD
                .decode(b64)
                .map_err(|_| {
                    Error::invalid(
                        service::field("image"),
                        i18n::sv().t("networks.not_an_image"),
                    )
                })?,
        ),
    };
    let id = knowledge::save_symbol(&state, &p, &input, image).await?;
    Ok((StatusCode::CREATED, Json(NetworksCreated { id: id.get() })))
}

/// `?q=` of the search.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct KnowledgeSearchQuery {
    /// Swedish words; every one must be found.
    pub q: Option<String>,
}

/// `GET /api/v1/knowledge/search?q=`: the pages, glossary and contacts holding every word.
#[utoipa::path(get, path = "/api/v1/knowledge/search", tag = "networks", params(KnowledgeSearchQuery), responses((status = 200, body = Vec<KnowledgeHit>)))]
pub async fn search(
    State(state): State<AppState>,
    Query(q): Query<KnowledgeSearchQuery>,
) -> ApiResult<Json<Vec<KnowledgeHit>>> {
    let query: String = q.q.unwrap_or_default().chars().take(200).collect();
    Ok(Json(knowledge::search(&state.db, &query).await?))
}

/// `GET /api/v1/knowledge/contacts`: every coordinator's contact card, from the organisation.
#[utoipa::path(get, path = "/api/v1/knowledge/contacts", tag = "networks", responses((status = 200, body = Vec<ContactCard>)))]
pub async fn contacts(State(state): State<AppState>) -> ApiResult<Json<Vec<ContactCard>>> {
    Ok(Json(varn_org::list_contacts(&state.db, None).await?))
}
