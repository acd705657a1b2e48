//! The situational picture of one administration and year: the page to read and write
//! its narrative next to the computed statistics, mark it final or reopen it; the charts
//! as SVG or PNG; the compiled Word and PDF documents; and the same through the JSON API.
//! Figures are exact for the administration's own coordinators and suppressed for everyone
//! else, on the page and in every download alike.

use std::collections::BTreeMap;
use varn_house::kernel::ids::AdministrationId;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};

use crate::document;
use crate::figures::{self, Figure, Provenance};
use crate::narrative::{self, Event, Narrative, Status};
use varn_house::audit::Actor;
use varn_house::auth::{Principal, Role};
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::kernel::suppress::THRESHOLD;
use varn_house::web::download;
use varn_house::web::error::{ApiError, PageError};
use varn_house::web::markdown::render_markdown;
use varn_house::web::AppState;
use varn_house::web::{
    notice, render_status, see_other, FormFields, JsonBody, NoticeQuery, Path, Query, Shell,
};
use varn_org::{self as org, Administration};

/// Whether `p` sees exact numbers of `admin` (its own coordinators), and the threshold.
pub fn threshold(p: &Principal, admin: AdministrationId) -> (bool, i64) {
    let exact = p.covers(&[Role::Coordinator], admin);
    (exact, if exact { 0 } else { THRESHOLD })
}

/// A figure ready for a page: its chart, its table and its downloads.
#[derive(Debug, Clone)]
pub struct FigureView {
    pub id: String,
    pub title: String,
    pub svg: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub href: String,
    pub caption: String,
    /// Says how many of the values are hidden by suppression (empty when none are), so a
    /// nearly empty chart is not read as "nothing happened".
    pub hidden_note: String,
    /// Says that years without data are no zeros (empty when every year has data).
    pub no_data_note: String,
}

/// Figures for a page; `base` is the path their downloads hang under; `exact` says whether
/// the reader sees exact figures (else hidden values are counted under each chart).
pub fn views(figures: &[Figure], base: &str, exact: bool) -> Vec<FigureView> {
    figures
        .iter()
        .map(|f| {
            let (header, rows) = f.table();
            let (hidden, total) = f.hidden();
            let hidden_note = if exact || hidden == 0 {
                String::new()
            } else {
                i18n::sv().f(
                    "picture.hidden_values",
                    &[
                        ("hidden", &hidden.to_string()),
                        ("total", &total.to_string()),
                    ],
                )
            };
            FigureView {
                hidden_note,
                no_data_note: if f.no_data.iter().flatten().any(|m| *m) {
                    i18n::sv().t("situation.no_data_note").to_string()
                } else {
                    String::new()
                },
                id: f.id.clone(),
                title: f.title.clone(),
                svg: f.drawing().svg(),
                header,
                rows,
                href: format!("{base}/diagram/{}", f.id),
                caption: i18n::sv().f("picture.table_caption", &[("title", &f.title)]),
            }
        })
        .collect()
}

/// The figures of an administration up to `year` as `p` may see them.
pub async fn figures_for(
    state: &AppState,
    p: &Principal,
    administration: &Administration,
    year: Option<i64>,
) -> Result<(bool, Vec<Figure>), Error> {
    let admin = administration.id;
    let (exact, threshold) = threshold(p, admin);
    let others = varn_house::web::capability::picture_grids(
        state.capabilities,
        &state.db,
        administration.id,
        &administration.name,
    )
    .await?;
    let figures = figures::figures(
        &state.db,
        admin,
        &administration.name,
        year,
        threshold,
        others,
    )
    .await?;
    Ok((exact, figures))
}

/// A section for the page: its text as HTML.
#[derive(Debug, Clone)]
pub struct SectionView {
    pub key: String,
    pub title: String,
    pub body: String,
    pub html: String,
}

#[derive(Template)]
#[template(path = "situation/picture.html")]
struct PicturePage {
    i: &'static Catalog,
    shell: Shell,
    admin: Administration,
    base: String,
    status: &'static str,
    is_final: bool,
    exists: bool,
    exact: bool,
    editable: bool,
    can_edit: bool,
    sections: Vec<SectionView>,
    figures: Vec<FigureView>,
    sources: Vec<Provenance>,
    events: Vec<Event>,
    plan: Option<(varn_house::kernel::ids::PlanId, String)>,
    problems: Vec<String>,
}

fn base(admin: AdministrationId, year: i64) -> String {
    format!("/lagesbild/forvaltningar/{admin}/ar/{year}")
}

async fn picture_page(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    year: i64,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let year = narrative::check_year(year)?;
    let administration = org::get_administration(&state.db, admin).await?;
    let n = narrative::load(&state.db, admin, year).await?;
    narrative::record_read(&state.db, &Actor::of(p), &n, "page").await?;
    let (exact, figures) = figures_for(state, p, &administration, Some(year)).await?;
    let can_edit = p.covers(crate::perm::EDIT, admin);
    let base = base(admin, year);
    let page = PicturePage {
        i: cat,
        shell: Shell::new(
            Some(p),
            cat.f(
                "picture.page_title",
                &[
                    ("year", &year.to_string()),
                    ("administration", &administration.name),
                ],
            ),
            "/lagesbild",
        )
        .with_notice(notice(done)),
        status: n.status.label(),
        is_final: n.status == Status::Final,
        exists: n.id.is_some(),
        exact,
        editable: can_edit && n.status == Status::Draft,
        can_edit,
        sections: n
            .sections
            .iter()
            .map(|s| SectionView {
                key: s.key.clone(),
                title: s.title.clone(),
                body: s.body.clone(),
                html: render_markdown(&s.body),
            })
            .collect(),
        sources: figures::sources(&figures),
        figures: views(&figures, &base, exact),
        events: n.events.clone(),
        plan: varn_house::web::capability::plan_of_year(state.capabilities, &state.db, admin, year)
            .await?,
        base,
        admin: administration,
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /lagesbild/forvaltningar/{admin}/ar/{year}`
pub async fn show(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, year)): Path<(AdministrationId, i64)>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    picture_page(
        &state,
        &p,
        admin,
        year,
        StatusCode::OK,
        q.klart.as_deref(),
        vec![],
    )
    .await
}

async fn after(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    year: i64,
    result: Result<(), Error>,
) -> Result<Response, PageError> {
    match result {
        Ok(()) => Ok(see_other(&format!("{}?klart=sparat", base(admin, year)))),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            let status = varn_house::web::error::page_status(&e);
            picture_page(state, p, admin, year, status, None, e.sentences()).await
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /lagesbild/forvaltningar/{admin}/ar/{year}`: the sections' text (fields `section_<key>`).
pub async fn save(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, year)): Path<(AdministrationId, i64)>,
    form: FormFields,
) -> Result<Response, PageError> {
    let year = narrative::check_year(year)?;
    let bodies: Vec<(String, String)> = form
        .0
        .iter()
        .filter_map(|(k, v)| {
            k.strip_prefix("section_")
                .map(|k| (k.to_string(), v.clone()))
        })
        .collect();
    let result = narrative::save(
        &state.db,
        &state.pii.get(),
        &Actor::of(&p),
        admin,
        year,
        &bodies,
    )
    .await;
    after(&state, &p, admin, year, result).await
}

/// `POST /lagesbild/forvaltningar/{admin}/ar/{year}/faststall`
pub async fn finalize(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, year)): Path<(AdministrationId, i64)>,
) -> Result<Response, PageError> {
    let year = narrative::check_year(year)?;
    let result = narrative::finalize(&state.db, &Actor::of(&p), admin, year).await;
    after(&state, &p, admin, year, result).await
}

/// `POST /lagesbild/forvaltningar/{admin}/ar/{year}/ateroppna`
pub async fn reopen(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, year)): Path<(AdministrationId, i64)>,
) -> Result<Response, PageError> {
    let year = narrative::check_year(year)?;
    let result = narrative::reopen(&state.db, &Actor::of(&p), admin, year).await;
    after(&state, &p, admin, year, result).await
}

/// Compiles the document off the async threads: (bytes, content type, file name).
pub async fn compile(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    year: i64,
    format: &str,
) -> Result<(Vec<u8>, &'static str, String), Error> {
    let year = narrative::check_year(year)?;
    let administration = org::get_administration(&state.db, admin).await?;
    let n = narrative::load(&state.db, admin, year).await?;
    narrative::record_read(&state.db, &Actor::of(p), &n, format).await?;
    let (exact, figures) = figures_for(state, p, &administration, Some(year)).await?;
    let name = format!("lagesbild-{}-{year}", administration.code);
    let title = document::title(year);
    let format = format.to_string();
    state
        .work
        .try_run(move || -> Result<(Vec<u8>, &'static str, String), Error> {
            let blocks = document::blocks(&administration.name, &n, &figures, exact);
            let labels = document::labels();
            Ok(match format.as_str() {
                "docx" => (
                    varn_docs::docx::render(&title, &administration.name, &blocks, &labels)?,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    format!("{name}.docx"),
                ),
                "pdf" => (
                    varn_docs::pdf::render(&title, &administration.name, &blocks, &labels),
                    "application/pdf",
                    format!("{name}.pdf"),
                ),
                _ => return Err(Error::NotFound),
            })
        })
        .await
}

/// The administration's picture as the appendix of a plan whose period starts in `year`:
/// that year's picture, else the year before's, as `p` may read it (suppressed outside the
/// administration), the read audited like a download in `format`. Refused to whoever may
/// not read the administration's picture; a 422 naming the appendix when neither year has
/// a picture.
pub async fn plan_appendix(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    year: i64,
    format: &str,
) -> Result<Vec<varn_docs::Block>, Error> {
    if !p.covers(crate::perm::VIEW, admin) {
        return Err(Error::Forbidden);
    }
    let administration = org::get_administration(&state.db, admin).await?;
    let mut n = narrative::load(&state.db, admin, year).await?;
    if n.id.is_none() {
        n = narrative::load(&state.db, admin, year - 1).await?;
    }
    if n.id.is_none() {
        let cat = i18n::sv();
        return Err(Error::invalid(
            cat.t("picture.appendix_field"),
            cat.f("picture.appendix_missing", &[("year", &year.to_string())]),
        ));
    }
    narrative::record_read(&state.db, &Actor::of(p), &n, format).await?;
    let (exact, figures) = figures_for(state, p, &administration, Some(n.year)).await?;
    Ok(document::appendix(&n, &figures, exact))
}

/// `GET /lagesbild/forvaltningar/{admin}/ar/{year}/lagesbild.docx`
pub async fn docx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, year)): Path<(AdministrationId, i64)>,
) -> Result<Response, PageError> {
    let (bytes, content_type, name) = compile(&state, &p, admin, year, "docx").await?;
    Ok(download(bytes, content_type, &name))
}

/// `GET /lagesbild/forvaltningar/{admin}/ar/{year}/lagesbild.pdf`
pub async fn pdf(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, year)): Path<(AdministrationId, i64)>,
) -> Result<Response, PageError> {
    let (bytes, content_type, name) = compile(&state, &p, admin, year, "pdf").await?;
    Ok(download(bytes, content_type, &name))
}

/// One chart as SVG or PNG, or its numbers as CSV (UTF-8 with BOM, so that Excel reads
/// å, ä and ö), by file name (`hatbrott.svg`, `blanketter.png`, `blanketter.csv`, ...).
pub async fn chart_file(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    year: Option<i64>,
    file: &str,
) -> Result<Response, Error> {
    let (id, ext) = file.rsplit_once('.').ok_or(Error::NotFound)?;
    if let Some(y) = year {
        narrative::check_year(y)?;
    }
    let administration = org::get_administration(&state.db, admin).await?;
    let (_, figures) = figures_for(state, p, &administration, year).await?;
    let figure = figures
        .into_iter()
        .find(|f| f.id == id)
        .ok_or(Error::NotFound)?;
    let drawing = figure.drawing();
    let name = match year {
        Some(y) => format!("{id}-{}-{y}.{ext}", administration.code),
        None => format!("{id}-{}.{ext}", administration.code),
    };
    match ext {
        "svg" => Ok(download(
            drawing.svg().into_bytes(),
            "image/svg+xml; charset=utf-8",
            &name,
        )),
        "csv" => {
            let (header, rows) = figure.table();
            let mut w = varn_house::export::Csv::new();
            w.row(&header)?;
            for row in &rows {
                w.row(row)?;
            }
            let bytes = w.finish()?;
            Ok(download(bytes, "text/csv; charset=utf-8", &name))
        }
        "png" => {
            let bytes = state.work.run(move || drawing.png()).await??;
            Ok(download(bytes, "image/png", &name))
        }
        _ => Err(Error::NotFound),
    }
}

/// `GET /lagesbild/forvaltningar/{admin}/ar/{year}/diagram/{file}`
pub async fn year_chart(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, year, file)): Path<(AdministrationId, i64, String)>,
) -> Result<Response, PageError> {
    Ok(chart_file(&state, &p, admin, Some(year), &file).await?)
}

/// `GET /lagesbild/forvaltningar/{admin}/diagram/{file}`: a chart over all years.
pub async fn chart(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, file)): Path<(AdministrationId, String)>,
) -> Result<Response, PageError> {
    Ok(chart_file(&state, &p, admin, None, &file).await?)
}

/// The picture of an administration and year as the API gives it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PictureDocument {
    pub administration: String,
    pub narrative: Narrative,
    /// False when the figures are suppressed (the caller is outside the administration).
    pub exact: bool,
    pub figures: Vec<Figure>,
    /// The plan this picture is the basis for, if there is one.
    pub plan_id: Option<varn_house::kernel::ids::PlanId>,
}

/// The sections to save: section key to its text (Markdown). Other sections keep theirs.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct NarrativeInput {
    pub sections: BTreeMap<String, String>,
}

async fn api_document(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    year: i64,
) -> Result<PictureDocument, Error> {
    let year = narrative::check_year(year)?;
    let administration = org::get_administration(&state.db, admin).await?;
    let n = narrative::load(&state.db, admin, year).await?;
    narrative::record_read(&state.db, &Actor::of(p), &n, "api").await?;
    let (exact, figures) = figures_for(state, p, &administration, Some(year)).await?;
    Ok(PictureDocument {
        administration: administration.name,
        narrative: n,
        exact,
        figures,
        plan_id: varn_house::web::capability::plan_of_year(
            state.capabilities,
            &state.db,
            admin,
            year,
        )
        .await?
        .map(|(id, _)| id),
    })
}

/// `GET /api/v1/administrations/{admin}/situation/pictures/{year}`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/situation/pictures/{year}", tag = "situation",
    params(("admin" = i64, Path), ("year" = i64, Path)), responses((status = 200, body = PictureDocument)))]
pub async fn api_get(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, year)): Path<(AdministrationId, i64)>,
) -> Result<Json<PictureDocument>, ApiError> {
    Ok(Json(api_document(&state, &p, admin, year).await?))
}

/// `PATCH /api/v1/administrations/{admin}/situation/pictures/{year}`: writes sections of a
/// draft (creating it); 409 when the picture is final.
#[utoipa::path(patch, path = "/api/v1/administrations/{admin}/situation/pictures/{year}", tag = "situation",
    params(("admin" = i64, Path), ("year" = i64, Path)), request_body = NarrativeInput,
    responses((status = 200, body = PictureDocument), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn api_save(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, year)): Path<(AdministrationId, i64)>,
    JsonBody(input): JsonBody<NarrativeInput>,
) -> Result<Json<PictureDocument>, ApiError> {
    let year = narrative::check_year(year)?;
    let bodies: Vec<(String, String)> = input.sections.into_iter().collect();
    narrative::save(
        &state.db,
        &state.pii.get(),
        &Actor::of(&p),
        admin,
        year,
        &bodies,
    )
    .await?;
    Ok(Json(api_document(&state, &p, admin, year).await?))
}

/// `POST /api/v1/administrations/{admin}/situation/pictures/{year}/finalize`
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/situation/pictures/{year}/finalize", tag = "situation",
    params(("admin" = i64, Path), ("year" = i64, Path)),
    responses((status = 200, body = PictureDocument), (status = 409, body = varn_house::web::error::ApiErrorBody)))]
pub async fn api_finalize(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, year)): Path<(AdministrationId, i64)>,
) -> Result<Json<PictureDocument>, ApiError> {
    let year = narrative::check_year(year)?;
    narrative::finalize(&state.db, &Actor::of(&p), admin, year).await?;
    Ok(Json(api_document(&state, &p, admin, year).await?))
}

/// `POST /api/v1/administrations/{admin}/situation/pictures/{year}/reopen`
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/situation/pictures/{year}/reopen", tag = "situation",
    params(("admin" = i64, Path), ("year" = i64, Path)),
    responses((status = 200, body = PictureDocument), (status = 409, body = varn_house::web::error::ApiErrorBody)))]
pub async fn api_reopen(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, year)): Path<(AdministrationId, i64)>,
) -> Result<Json<PictureDocument>, ApiError> {
    let year = narrative::check_year(year)?;
    narrative::reopen(&state.db, &Actor::of(&p), admin, year).await?;
    Ok(Json(api_document(&state, &p, admin, year).await?))
}

/// `GET /api/v1/administrations/{admin}/situation/pictures/{year}/document.docx`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/situation/pictures/{year}/document.docx", tag = "situation",
    params(("admin" = i64, Path), ("year" = i64, Path)),
    responses((status = 200, content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", body = Vec<u8>)))]
pub async fn api_docx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, year)): Path<(AdministrationId, i64)>,
) -> Result<Response, ApiError> {
    let (bytes, content_type, name) = compile(&state, &p, admin, year, "docx").await?;
    Ok(download(bytes, content_type, &name))
}

/// `GET /api/v1/administrations/{admin}/situation/pictures/{year}/document.pdf`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/situation/pictures/{year}/document.pdf", tag = "situation",
    params(("admin" = i64, Path), ("year" = i64, Path)),
    responses((status = 200, content_type = "application/pdf", body = Vec<u8>)))]
pub async fn api_pdf(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, year)): Path<(AdministrationId, i64)>,
) -> Result<Response, ApiError> {
    let (bytes, content_type, name) = compile(&state, &p, admin, year, "pdf").await?;
    Ok(download(bytes, content_type, &name))
}

/// The picture a plan links to: the one of the year its period starts in.
#[derive(Debug, Clone)]
pub struct PictureLink {
    pub href: String,
    pub title: String,
    /// Utkast, Fastställd, or "not started".
    pub status: &'static str,
    /// A few lines of the analysis (or the local picture); empty when nothing is written.
    pub summary: String,
}

/// The link to the picture for a plan of `admin` starting in `period_start`, for people
/// who may read the picture (reading its summary is audited like reading the picture).
pub async fn plan_link(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    period_start: &str,
) -> Result<Option<PictureLink>, Error> {
    if !p.covers(crate::perm::VIEW, admin) {
        return Ok(None);
    }
    let Some(year) = period_start.get(..4).and_then(|y| y.parse::<i64>().ok()) else {
        return Ok(None);
    };
    let n = narrative::load(&state.db, admin, year).await?;
    narrative::record_read(&state.db, &Actor::of(p), &n, "plan").await?;
    Ok(Some(PictureLink {
        href: base(admin, year),
        title: document::title(year),
        status: if n.id.is_some() {
            n.status.label()
        } else {
            i18n::sv().t("picture.not_started")
        },
        summary: narrative::summary(&n, 400),
    }))
}
