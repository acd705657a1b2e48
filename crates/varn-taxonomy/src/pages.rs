//! The taxonomy page (everyone who works with forms reads it; the central coordinator
//! edits it) and the taxonomy in the JSON API.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};
use varn_house::web::{Path, Query};

use crate::domain::{Term, TermId, Vocabulary};
use crate::store;
use varn_house::audit::Actor;
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::web::error::{ApiError, PageError};
use varn_house::web::AppState;
use varn_house::web::{notice, render_status, see_other, FormFields, JsonBody, NoticeQuery, Shell};

/// One vocabulary as the page shows it.
pub struct Group {
    pub vocabulary: Vocabulary,
    pub active: Vec<Term>,
    pub retired: Vec<(Term, Option<String>)>,
}

#[derive(Template)]
#[template(path = "taxonomy/index.html")]
struct TaxonomyPage {
    i: &'static Catalog,
    shell: Shell,
    groups: Vec<Group>,
    version: i64,
    can_edit: bool,
    problems: Vec<String>,
}

async fn page(
    state: &AppState,
    p: &Principal,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let all = store::all(&state.db).await?;
    let groups = Vocabulary::ALL
        .into_iter()
        .map(|v| Group {
            vocabulary: v,
            active: all
                .iter()
                .filter(|t| t.vocabulary == v && t.active())
                .cloned()
                .collect(),
            retired: all
                .iter()
                .filter(|t| t.vocabulary == v && !t.active())
                .map(|t| {
                    (
                        t.clone(),
                        t.replaced_by
                            .and_then(|r| all.iter().find(|x| x.id == r))
                            .map(|x| x.label.clone()),
                    )
                })
                .collect(),
        })
        .collect();
    let view = TaxonomyPage {
        i: cat,
        shell: Shell::new(Some(p), cat.t("taxonomy.title"), "/taxonomi").with_notice(notice(done)),
        groups,
        version: store::current_version(&state.db).await?,
        can_edit: p.has_any(crate::perm::EDIT),
        problems,
    };
    Ok(render_status(status, &view))
}

/// `GET /taxonomi`
pub async fn index(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    page(&state, &p, StatusCode::OK, q.klart.as_deref(), vec![]).await
}

async fn after(
    state: &AppState,
    p: &Principal,
    result: Result<(), Error>,
) -> Result<Response, PageError> {
    match result {
        Ok(()) => Ok(see_other("/taxonomi?klart=sparat")),
        Err(Error::Invalid(problems)) => {
            page(
                state,
                p,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                problems.iter().map(|x| x.sentence()).collect(),
            )
            .await
        }
        Err(Error::Conflict(m)) => page(state, p, StatusCode::CONFLICT, None, vec![m]).await,
        Err(e) => Err(e.into()),
    }
}

/// `POST /taxonomi`: a new term.
pub async fn add(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    form: FormFields,
) -> Result<Response, PageError> {
    let result = match Vocabulary::parse(form.get("vocabulary")) {
        Some(v) => store::add(
            &state.db,
            &Actor::of(&p),
            v,
            form.get("code"),
            form.get("label"),
        )
        .await
        .map(|_| ()),
        None => Err(Error::invalid(
            i18n::sv().t("taxonomy.field_vocabulary"),
            i18n::sv().t("taxonomy.bad_vocabulary"),
        )),
    };
    after(&state, &p, result).await
}

/// `POST /taxonomi/{term}/byt-namn`
pub async fn rename(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<TermId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let result = store::rename(
        &state.db,
        &Actor::of(&p),
        id,
        form.get("code"),
        form.get("label"),
    )
    .await
    .map(|_| ());
    after(&state, &p, result).await
}

/// `POST /taxonomi/{term}/avveckla`
pub async fn retire(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<TermId>,
) -> Result<Response, PageError> {
    let result = store::retire(&state.db, &Actor::of(&p), id).await;
    after(&state, &p, result).await
}

/// The whole taxonomy with its version.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct TaxonomyDoc {
    pub version: i64,
    pub terms: Vec<Term>,
}

/// `GET /api/v1/taxonomy`
#[utoipa::path(get, path = "/api/v1/taxonomy", tag = "taxonomy", responses((status = 200, body = TaxonomyDoc)))]
pub async fn api_get(State(state): State<AppState>) -> Result<Json<TaxonomyDoc>, ApiError> {
    Ok(Json(TaxonomyDoc {
        version: store::current_version(&state.db).await?,
        terms: store::all(&state.db).await?,
    }))
}

/// A new term, or a term's new name.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct TermInput {
    /// environment, phenomenon, event_type or place_type (ignored when renaming)
    #[serde(default)]
    pub vocabulary: String,
    pub code: String,
    pub label: String,
}

/// `POST /api/v1/taxonomy/terms`
#[utoipa::path(post, path = "/api/v1/taxonomy/terms", tag = "taxonomy", request_body = TermInput,
    responses((status = 201, body = TaxonomyDoc), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn api_add(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(input): JsonBody<TermInput>,
) -> Result<(StatusCode, Json<TaxonomyDoc>), ApiError> {
    let v = Vocabulary::parse(&input.vocabulary).ok_or_else(|| {
        Error::invalid(
            i18n::sv().t("taxonomy.field_vocabulary"),
            i18n::sv().t("taxonomy.bad_vocabulary"),
        )
    })?;
    store::add(&state.db, &Actor::of(&p), v, &input.code, &input.label).await?;
    Ok((StatusCode::CREATED, api_get(State(state)).await?))
}

/// `POST /api/v1/taxonomy/terms/{term}/rename`
#[utoipa::path(post, path = "/api/v1/taxonomy/terms/{term}/rename", tag = "taxonomy", params(("term" = i64, Path)), request_body = TermInput,
    responses((status = 200, body = TaxonomyDoc), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn api_rename(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<TermId>,
    JsonBody(input): JsonBody<TermInput>,
) -> Result<Json<TaxonomyDoc>, ApiError> {
    store::rename(&state.db, &Actor::of(&p), id, &input.code, &input.label).await?;
    api_get(State(state)).await
}

/// `POST /api/v1/taxonomy/terms/{term}/retire`
#[utoipa::path(post, path = "/api/v1/taxonomy/terms/{term}/retire", tag = "taxonomy", params(("term" = i64, Path)),
    responses((status = 200, body = TaxonomyDoc), (status = 409, body = varn_house::web::error::ApiErrorBody)))]
pub async fn api_retire(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<TermId>,
) -> Result<Json<TaxonomyDoc>, ApiError> {
    store::retire(&state.db, &Actor::of(&p), id).await?;
    api_get(State(state)).await
}
