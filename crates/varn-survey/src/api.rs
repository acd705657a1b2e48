//! The survey in the JSON API (`/api/v1`). Same rules and storage as the pages.

use crate::domain::SurveyRoundId;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};
use varn_house::kernel::ids::AdministrationId;

use crate::answer;
use crate::domain::{Raw, SurveyQuestion, SurveyQuestionId};
use crate::perm;
use crate::results::{self, SurveyResults};
use crate::service;
use crate::service::Outcome;
use crate::store::{
    self, SurveyIssuedLink, SurveyQuestionInput, SurveyRates, SurveyRound, SurveyRoundInput,
    SurveyTemplate,
};
use varn_house::audit::Actor;
use varn_house::auth::Principal;
use varn_house::kernel::error::Error;
use varn_house::web::error::ApiError;
use varn_house::web::{AppState, ClientAddr, JsonBody, Path, Query};

type ApiResult<T> = Result<T, ApiError>;

/// A round with its response rates.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SurveyRoundDetail {
    pub round: SurveyRound,
    pub rates: SurveyRates,
    pub questions: Vec<SurveyQuestion>,
}

/// A round just opened: how many links went by e-mail, and the links left to pass on.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SurveyOpened {
    pub round: SurveyRound,
    pub mailed: usize,
    pub links: Vec<SurveyIssuedLink>,
}

/// How many reminders went.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SurveyReminded {
    pub sent: usize,
}

/// What a recipient sees through their link: the round's questions and saved answers.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SurveyAnswerForm {
    pub title: String,
    pub administration: String,
    pub closes_on: String,
    pub questions: Vec<SurveyQuestion>,
    /// Saved answers by question id (as texts; option numbers from 0).
    pub draft: std::collections::BTreeMap<SurveyQuestionId, Vec<String>>,
}

/// Answers by question id: a value as text ("3"), option numbers from 0, or free text.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct SurveyAnswerInput {
    pub answers: std::collections::BTreeMap<SurveyQuestionId, Vec<String>>,
}

async fn detail(state: &AppState, id: SurveyRoundId) -> ApiResult<SurveyRoundDetail> {
    let mut conn = state.db.pool().acquire().await?;
    Ok(SurveyRoundDetail {
        round: store::get_round(&mut conn, id).await?,
        rates: store::rates(&mut conn, id).await?,
        questions: store::questions(&mut conn, id).await?,
    })
}

/// `GET /api/v1/survey/template`
#[utoipa::path(get, path = "/api/v1/survey/template", tag = "survey",
    responses((status = 200, description = "The city's template, newest version", body = SurveyTemplate)))]
pub async fn template(State(state): State<AppState>) -> ApiResult<Json<SurveyTemplate>> {
    let mut conn = state.db.pool().acquire().await?;
    Ok(Json(store::current_template(&mut conn).await?))
}

/// `POST /api/v1/survey/template`: publishes a new version (rounds keep theirs).
#[utoipa::path(post, path = "/api/v1/survey/template", tag = "survey", request_body = crate::store::SurveyTemplateInput,
    responses((status = 201, body = SurveyTemplate), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn publish_template(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(input): JsonBody<crate::store::SurveyTemplateInput>,
) -> ApiResult<(StatusCode, Json<SurveyTemplate>)> {
    let t = service::publish_template(&state.db, &Actor::of(&p), &input).await?;
    Ok((StatusCode::CREATED, Json(t)))
}

/// `GET /api/v1/survey/rounds`
#[utoipa::path(get, path = "/api/v1/survey/rounds", tag = "survey",
    responses((status = 200, description = "Rounds in the caller's scope", body = [SurveyRound])))]
pub async fn list(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> ApiResult<Json<Vec<SurveyRound>>> {
    Ok(Json(
        store::list_rounds(&state.db, &p.scope(perm::VIEW)).await?,
    ))
}

/// `POST /api/v1/administrations/{admin}/survey-rounds`: opens a round and mails the links.
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/survey-rounds", tag = "survey", params(("admin" = i64, Path)), request_body = SurveyRoundInput,
    responses((status = 201, body = SurveyOpened), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn open(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    JsonBody(input): JsonBody<SurveyRoundInput>,
) -> ApiResult<(StatusCode, Json<SurveyOpened>)> {
    use crate::pages::{open_and_send, Opened};
    // The API opens a round for each call; only a page's form carries a key.
    let Opened::Now(round, mailed, links) =
        open_and_send(&state, &Actor::of(&p), admin, &input, None).await?
    else {
        return Err(Error::NotFound.into());
    };
    Ok((
        StatusCode::CREATED,
        Json(SurveyOpened {
            round: *round,
            mailed,
            links,
        }),
    ))
}

/// `POST /api/v1/administrations/{admin}/survey-recipients/import`: the recipients of an
/// XLSX or CSV sheet (columns Enhet and E-post), checked, to open a round with.
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/survey-recipients/import", tag = "survey", params(("admin" = i64, Path)),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "XLSX or CSV"),
    responses((status = 200, body = crate::recipients::SurveyRecipientList), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn import_recipients(
    State(state): State<AppState>,
    Path(admin): Path<AdministrationId>,
    body: axum::body::Bytes,
) -> ApiResult<Json<crate::recipients::SurveyRecipientList>> {
    Ok(Json(
        crate::recipients::from_upload(&state, admin, body.to_vec()).await?,
    ))
}

/// `GET /api/v1/survey/rounds/{round}`: the round with its live response rates
/// (suppressed outside its administration).
#[utoipa::path(get, path = "/api/v1/survey/rounds/{round}", tag = "survey", params(("round" = i64, Path)),
    responses((status = 200, body = SurveyRoundDetail), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<SurveyRoundId>,
) -> ApiResult<Json<SurveyRoundDetail>> {
    let mut d = detail(&state, id).await?;
    if !p.covers(perm::EXACT, d.round.administration_id) {
        results::suppress_rates(&mut d.rates);
    }
    Ok(Json(d))
}

/// `POST /api/v1/survey/rounds/{round}/close`: closing a closed round changes nothing.
#[utoipa::path(post, path = "/api/v1/survey/rounds/{round}/close", tag = "survey", params(("round" = i64, Path)),
    responses((status = 200, body = SurveyRoundDetail)))]
pub async fn close(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<SurveyRoundId>,
) -> ApiResult<Json<SurveyRoundDetail>> {
    service::close_round(&state.db, &Actor::of(&p), id).await?;
    Ok(Json(detail(&state, id).await?))
}

/// `POST /api/v1/survey/rounds/{round}/remind`: reminds, now, those who have not answered.
#[utoipa::path(post, path = "/api/v1/survey/rounds/{round}/remind", tag = "survey", params(("round" = i64, Path)),
    responses((status = 200, body = SurveyReminded), (status = 409, description = "No mail server configured", body = varn_house::web::error::ApiErrorBody)))]
pub async fn remind(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<SurveyRoundId>,
) -> ApiResult<Json<SurveyReminded>> {
    let Some(mailer) = varn_house::mail::Mailer::from_config(&state.config).map_err(Error::from)?
    else {
        return Err(Error::Conflict(varn_house::i18n::sv().t("survey.no_mailer").into()).into());
    };
    let sent = crate::mail::remind(
        &state.db,
        &mailer,
        &state.config.public_url,
        &Actor::of(&p),
        id,
        &varn_house::db::today(),
    )
    .await?;
    Ok(Json(SurveyReminded { sent }))
}

/// `POST /api/v1/survey/rounds/{round}/questions`: a local question for this round.
#[utoipa::path(post, path = "/api/v1/survey/rounds/{round}/questions", tag = "survey", params(("round" = i64, Path)), request_body = SurveyQuestionInput,
    responses((status = 201, body = SurveyRoundDetail), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn add_question(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<SurveyRoundId>,
    JsonBody(input): JsonBody<SurveyQuestionInput>,
) -> ApiResult<(StatusCode, Json<SurveyRoundDetail>)> {
    service::add_question(&state.db, &Actor::of(&p), id, &input).await?;
    Ok((StatusCode::CREATED, Json(detail(&state, id).await?)))
}

/// `GET /api/v1/survey/rounds/{round}/results`: results per question, compared with the
/// previous round; free text only for the coordinators (and the read logged).
#[utoipa::path(get, path = "/api/v1/survey/rounds/{round}/results", tag = "survey", params(("round" = i64, Path)),
    responses((status = 200, body = SurveyResults)))]
pub async fn results(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<SurveyRoundId>,
) -> ApiResult<Json<SurveyResults>> {
    Ok(Json(results::for_reader(&state.db, &p, id, true).await?.0))
}

/// Query of the results documents: free-text answers only when chosen.
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct SurveyDocumentQuery {
    /// Any value includes the free-text answers (the administration's coordinators only;
    /// the read is logged).
    pub fritext: Option<String>,
}

/// `GET /api/v1/survey/rounds/{round}/results.docx`: the results as a Word file.
#[utoipa::path(get, path = "/api/v1/survey/rounds/{round}/results.docx", tag = "survey", params(("round" = i64, Path), SurveyDocumentQuery),
    responses((status = 200, description = "The results as .docx", content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")))]
pub async fn results_docx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<SurveyRoundId>,
    Query(q): Query<SurveyDocumentQuery>,
) -> ApiResult<Response> {
    Ok(crate::pages::results_file(&state, &p, id, q.fritext.is_some(), false).await?)
}

/// `GET /api/v1/survey/rounds/{round}/results.pdf`: the results as a PDF file.
#[utoipa::path(get, path = "/api/v1/survey/rounds/{round}/results.pdf", tag = "survey", params(("round" = i64, Path), SurveyDocumentQuery),
    responses((status = 200, description = "The results as PDF", content_type = "application/pdf")))]
pub async fn results_pdf(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<SurveyRoundId>,
    Query(q): Query<SurveyDocumentQuery>,
) -> ApiResult<Response> {
    Ok(crate::pages::results_file(&state, &p, id, q.fritext.is_some(), true).await?)
}

/// `GET /api/v1/survey/answer/{token}`: the questions and saved answers of a link.
#[utoipa::path(get, path = "/api/v1/survey/answer/{token}", tag = "survey", params(("token" = String, Path)), security(()),
    responses((status = 200, body = SurveyAnswerForm), (status = 410, description = "Expired, used or unknown link", body = varn_house::web::error::ApiErrorBody)))]
pub async fn answer_form(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    Path(token): Path<String>,
) -> Response {
    match answer::live(&state, &token, &client).await {
        Ok(live) => Json(SurveyAnswerForm {
            title: live.round.title,
            administration: live.round.administration,
            closes_on: live.round.closes_on,
            draft: crate::domain::draft_from_json(&live.recipient.draft),
            questions: live.questions,
        })
        .into_response(),
        Err(e) => gone(e),
    }
}

fn gone(e: Error) -> Response {
    match e {
        Error::Conflict(m) => {
            varn_house::web::error::api_error(StatusCode::GONE, "gone", m, vec![], None)
        }
        other => ApiError(other).into_response(),
    }
}

async fn take(state: &AppState, token: &str, client: &str, raw: &Raw, complete: bool) -> Response {
    let live = match answer::live(state, token, client).await {
        Ok(l) => l,
        Err(e) => return gone(e),
    };
    match service::answer(&state.db, &state.pii.get(), &live, raw, complete).await {
        Ok(Outcome::Saved) => StatusCode::NO_CONTENT.into_response(),
        Ok(Outcome::Sent) => StatusCode::CREATED.into_response(),
        Err((_, flags)) if !flags.is_empty() => varn_house::web::error::identifying(flags),
        Err((e, _)) => gone(e),
    }
}

/// `PUT /api/v1/survey/answer/{token}`: keeps half-done answers (free text through the guard).
#[utoipa::path(put, path = "/api/v1/survey/answer/{token}", tag = "survey", params(("token" = String, Path)), request_body = SurveyAnswerInput, security(()),
    responses((status = 204, description = "Saved"), (status = 410, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn save_draft(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    Path(token): Path<String>,
    JsonBody(input): JsonBody<SurveyAnswerInput>,
) -> Response {
    take(&state, &token, &client, &input.answers, false).await
}

/// `POST /api/v1/survey/answer/{token}`: sends the answer, once.
#[utoipa::path(post, path = "/api/v1/survey/answer/{token}", tag = "survey", params(("token" = String, Path)), request_body = SurveyAnswerInput, security(()),
    responses((status = 201, description = "Sent"), (status = 410, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn submit(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    Path(token): Path<String>,
    JsonBody(input): JsonBody<SurveyAnswerInput>,
) -> Response {
    take(&state, &token, &client, &input.answers, true).await
}
