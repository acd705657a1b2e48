//! The form and the inbox in the JSON API.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};
use varn_house::web::{Path, Query};

use crate::domain::{normalise_receipt, ReportForm};
use crate::domain::{PartnerLinkId, ReportId};
use crate::inbox;
use crate::pages::{submit, Submitted};
use crate::partner::{self, NewPartnerLink, PartnerLink};
use crate::service;
use crate::store::{self, InboxFilter, InboxItem, ReceiptStatus, ReportDetail};
use varn_house::audit::Actor;
use varn_house::auth::Principal;
use varn_house::kernel::error::Error;
use varn_house::kernel::ids::AdministrationId;
use varn_house::kernel::text as guard;
use varn_house::kernel::text::Flag;
use varn_house::web::error::ApiError;
use varn_house::web::AppState;
use varn_house::web::{ClientAddr, JsonBody};

type ApiResult<T> = Result<T, ApiError>;

/// The answer to a stored submission.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SubmitAnswer {
    /// The code the sender keeps to follow the form.
    pub receipt: String,
}

fn answer(result: Submitted) -> Response {
    match result {
        Submitted::Stored { receipt } => {
            (StatusCode::CREATED, Json(SubmitAnswer { receipt })).into_response()
        }
        Submitted::Flagged(findings) => varn_house::web::error::identifying(findings),
    }
}

/// `POST /api/v1/reports`: send the form (signed in). Sending the same `submission_key` again returns the same receipt.
#[utoipa::path(post, path = "/api/v1/reports", tag = "reports", request_body = ReportForm,
    responses((status = 201, body = SubmitAnswer), (status = 422, description = "Bad fields (problems) or identifying text (findings); nothing stored", body = varn_house::web::error::ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(form): JsonBody<ReportForm>,
) -> ApiResult<Response> {
    Ok(answer(
        submit(&state, &Actor::of(&p), &form, "employee", None).await?,
    ))
}

/// `POST /api/v1/partner/{token}/reports`: send the form through a partner link.
#[utoipa::path(post, path = "/api/v1/partner/{token}/reports", tag = "reports", params(("token" = String, Path)), request_body = ReportForm, security(()),
    responses((status = 201, body = SubmitAnswer), (status = 409, description = "The link has expired or is unknown", body = varn_house::web::error::ApiErrorBody), (status = 422, description = "Bad fields (problems) or identifying text (findings); nothing stored", body = varn_house::web::error::ApiErrorBody)))]
pub async fn partner_create(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    Path(token): Path<String>,
    JsonBody(form): JsonBody<ReportForm>,
) -> ApiResult<Response> {
    Ok(answer(
        partner::send_api(&state, &token, &client, form).await?,
    ))
}

/// A receipt code, as the sender typed it.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct ReceiptQuery {
    pub receipt: String,
}

/// `POST /api/v1/reports/status`: the status behind a receipt code; a wrong code and an unknown one get the same 404.
#[utoipa::path(post, path = "/api/v1/reports/status", tag = "reports", request_body = ReceiptQuery, security(()),
    responses((status = 200, body = ReceiptStatus), (status = 404, body = varn_house::web::error::ApiErrorBody), (status = 409, description = "Too many wrong codes", body = varn_house::web::error::ApiErrorBody)))]
pub async fn status(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    JsonBody(q): JsonBody<ReceiptQuery>,
) -> ApiResult<Json<ReceiptStatus>> {
    if !state.limiter.client_allowed("receipt", &client).await {
        return Err(
            Error::Conflict(varn_house::i18n::sv().t("report.status_too_many").into()).into(),
        );
    }
    match store::status_by_receipt(&state.db, &normalise_receipt(&q.receipt)).await? {
        Some(s) => Ok(Json(s)),
        None => {
            state.limiter.client_failed("receipt", &client).await;
            Err(Error::NotFound.into())
        }
    }
}

/// A text to check.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct TextToCheck {
    pub text: String,
}

/// `POST /api/v1/pii/check`: what the PII guard finds in a text (nothing is stored or logged).
#[utoipa::path(post, path = "/api/v1/pii/check", tag = "reports", request_body = TextToCheck, responses((status = 200, body = [Flag])))]
pub async fn pii_check(
    State(state): State<AppState>,
    JsonBody(t): JsonBody<TextToCheck>,
) -> ApiResult<Json<Vec<Flag>>> {
    let cat = varn_house::i18n::sv();
    if t.text.chars().count() > MAX_CHECKED {
        return Err(Error::invalid(
            "text",
            cat.f("report.too_long", &[("max", &MAX_CHECKED.to_string())]),
        )
        .into());
    }
    let guard = state.pii.get();
    let flags = state
        .work
        .run(move || guard::check(&guard, &[(cat.t("report.field_text"), &t.text)]))
        .await?;
    Ok(Json(flags))
}

/// Longest text the check takes: the longest free text of any record.
pub const MAX_CHECKED: usize = varn_house::kernel::text::MAX_FREE_TEXT;

/// `GET /api/v1/reports`: the inbox, within the caller's scope.
#[utoipa::path(get, path = "/api/v1/reports", tag = "reports", params(InboxFilter), responses((status = 200, body = [InboxItem],
    headers(("x-total-count" = i64, description = "Forms that match in all"), ("link" = String, description = "The next and previous pages")))))]
pub async fn list(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    uri: axum::http::Uri,
    Query(f): Query<InboxFilter>,
) -> ApiResult<varn_house::web::paging::Paged<InboxItem>> {
    let page = varn_house::kernel::paging::Page::new(f.page, f.per_page, store::INBOX_PAGE);
    let (items, total) = store::inbox(&state.db, &p.scope(crate::perm::INBOX), &f, page).await?;
    Ok(varn_house::web::paging::Paged {
        items,
        page,
        total,
        uri,
    })
}

/// `GET /api/v1/reports/{report}`: one form with its free text (the read is audited).
#[utoipa::path(get, path = "/api/v1/reports/{report}", tag = "reports", params(("report" = i64, Path)), responses((status = 200, body = ReportDetail)))]
pub async fn get(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ReportId>,
) -> ApiResult<Json<ReportDetail>> {
    Ok(Json(inbox::read_audited(&state, &p, id).await?))
}

/// The coordinator's assessment; absent fields stay.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct Assessment {
    /// new, under_assessment, assessed_vbe, assessed_not_vbe or forwarded
    pub status: Option<String>,
    /// Where a forwarded form went (an authority or service, never a person).
    pub forwarded_to: Option<String>,
    /// Term ids (environments, phenomena, event types) replacing the classification.
    pub terms: Option<Vec<varn_taxonomy::TermId>>,
}

/// `PATCH /api/v1/reports/{report}`
#[utoipa::path(patch, path = "/api/v1/reports/{report}", tag = "reports", params(("report" = i64, Path)), request_body = Assessment,
    responses((status = 200, body = ReportDetail), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn assess(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ReportId>,
    JsonBody(a): JsonBody<Assessment>,
) -> ApiResult<Json<ReportDetail>> {
    service::assess(
        &state,
        &p,
        id,
        a.status.as_deref(),
        a.forwarded_to.as_deref(),
        a.terms,
    )
    .await?;
    Ok(Json(store::get(&state.db, id).await?))
}

/// A link to an IA case or another form.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct NewLink {
    /// ia or report
    pub kind: String,
    pub reference: String,
}

/// `POST /api/v1/reports/{report}/links`
#[utoipa::path(post, path = "/api/v1/reports/{report}/links", tag = "reports", params(("report" = i64, Path)), request_body = NewLink,
    responses((status = 201, body = ReportDetail), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn link(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ReportId>,
    JsonBody(l): JsonBody<NewLink>,
) -> ApiResult<(StatusCode, Json<ReportDetail>)> {
    service::link(&state, &p, id, &l.kind, &l.reference).await?;
    Ok((StatusCode::CREATED, Json(store::get(&state.db, id).await?)))
}

/// A note.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct NewNote {
    pub note: String,
}

/// `POST /api/v1/reports/{report}/notes`: the note passes the PII guard or is refused with the findings.
#[utoipa::path(post, path = "/api/v1/reports/{report}/notes", tag = "reports", params(("report" = i64, Path)), request_body = NewNote,
    responses((status = 201, body = ReportDetail), (status = 422, description = "Bad fields (problems) or identifying text (findings); nothing stored", body = varn_house::web::error::ApiErrorBody)))]
pub async fn note(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ReportId>,
    JsonBody(n): JsonBody<NewNote>,
) -> ApiResult<Response> {
    match service::note(&state, &p, id, &n.note).await? {
        Ok(_) => Ok((StatusCode::CREATED, Json(store::get(&state.db, id).await?)).into_response()),
        Err(findings) => Ok(varn_house::web::error::identifying(findings)),
    }
}

/// `GET /api/v1/administrations/{admin}/partner-links`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/partner-links", tag = "reports", params(("admin" = i64, Path)), responses((status = 200, body = [PartnerLink])))]
pub async fn links(
    State(state): State<AppState>,
    Path(admin): Path<AdministrationId>,
) -> ApiResult<Json<Vec<PartnerLink>>> {
    Ok(Json(store::partner_links(&state.db, admin).await?))
}

/// A created link with its token, shown this once.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CreatedLink {
    pub link: PartnerLink,
    /// The path to give the partner: `/blankett/lank/{token}`.
    pub path: String,
    pub token: String,
}

/// `POST /api/v1/administrations/{admin}/partner-links`
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/partner-links", tag = "reports", params(("admin" = i64, Path)), request_body = NewPartnerLink,
    responses((status = 201, body = CreatedLink), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn create_link(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    JsonBody(new): JsonBody<NewPartnerLink>,
) -> ApiResult<(StatusCode, Json<CreatedLink>)> {
    let (link, token) =
        service::create_partner_link(&state.db, &state.pii.get(), &Actor::of(&p), admin, &new)
            .await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedLink {
            link,
            path: format!("/blankett/lank/{token}"),
            token,
        }),
    ))
}

/// `POST /api/v1/partner-links/{link}/revoke`
#[utoipa::path(post, path = "/api/v1/partner-links/{link}/revoke", tag = "reports", params(("link" = i64, Path)), responses((status = 204)))]
pub async fn revoke_link(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PartnerLinkId>,
) -> ApiResult<StatusCode> {
    service::revoke_partner_link(&state.db, &Actor::of(&p), id).await?;
    Ok(StatusCode::NO_CONTENT)
}
