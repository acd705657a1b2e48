//! The situational picture's pages and API: an administration's statistics (exact for its
//! own coordinators, suppressed for everyone else), hate-crime figures typed in or read
//! from a file, charts as SVG, and the city-wide view, always suppressed.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::{Extension, Json};
use serde::Serialize;
use varn_house::kernel::ids::AdministrationId;

use crate::narrative;
use crate::picture_pages::{chart_file, figures_for, views, FigureView};
use crate::stats::{self, HateCrimeInput, YearCount};
use varn_house::audit::Actor;
use varn_house::auth::{Principal, Role};
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::kernel::suppress::{suppress, Cell, Suppressed, THRESHOLD};
use varn_house::web::error::{ApiError, PageError};
use varn_house::web::uploaded_file;
use varn_house::web::AppState;
use varn_house::web::{
    after_post, notice, render_status, FormFields, JsonBody, NoticeQuery, Path, Query, Shell,
    Upload,
};
use varn_org::{self as org, Administration};

/// The statistics of one administration, as the caller may see them.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Picture {
    pub administration: String,
    /// False when the figures are suppressed (the caller is outside the administration).
    pub exact: bool,
    pub hate_crimes: Vec<YearCount>,
    pub hate_crime_cells: Vec<Cell>,
    pub environments: Vec<String>,
    pub years: Vec<i64>,
    pub forms: Suppressed,
}

async fn picture(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
) -> Result<(Administration, Picture), Error> {
    let administration = org::get_administration(&state.db, admin).await?;
    let exact = p.covers(&[Role::Coordinator], admin);
    let threshold = if exact { 0 } else { THRESHOLD };
    let hate_crimes = stats::hate_crime_series(&state.db, admin).await?;
    let hate_crime_cells = suppress(&[hate_crimes.iter().map(|y| y.count).collect()], threshold)
        .cells
        .into_iter()
        .next()
        .unwrap_or_default();
    let (environments, years, counts) = stats::forms_by_environment(&state.db, &[admin]).await?;
    let forms = suppress(&counts, threshold);
    let name = administration.name.clone();
    Ok((
        administration,
        Picture {
            administration: name,
            exact,
            hate_crimes,
            hate_crime_cells,
            environments,
            years,
            forms,
        },
    ))
}

#[derive(Template)]
#[template(path = "situation/index.html")]
struct IndexPage {
    i: &'static Catalog,
    shell: Shell,
    administrations: Vec<Administration>,
}

/// `GET /lagesbild`
pub async fn index(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let administrations = org::list_administrations(&state.db, &p.scope(crate::perm::VIEW)).await?;
    Ok(render_status(
        StatusCode::OK,
        &IndexPage {
            i: cat,
            shell: Shell::new(Some(&p), cat.t("situation.title"), "/lagesbild"),
            administrations,
        },
    ))
}

#[derive(Template)]
#[template(path = "situation/administration.html")]
struct AdministrationPage {
    i: &'static Catalog,
    shell: Shell,
    admin: Administration,
    pic: Picture,
    figures: Vec<FigureView>,
    /// Years with a written picture, and the years offered to start one: (year, status).
    pictures: Vec<(i64, String, &'static str)>,
    can_edit: bool,
    problems: Vec<String>,
}

async fn administration_page(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let (administration, pic) = picture(state, p, admin).await?;
    let (_, figures) = figures_for(state, p, &administration, None).await?;
    let figures = views(
        &figures,
        &format!("/lagesbild/forvaltningar/{admin}"),
        pic.exact,
    );
    let pictures = picture_years(state, admin).await?;
    let page = AdministrationPage {
        figures,
        pictures,
        i: cat,
        shell: Shell::new(
            Some(p),
            cat.f(
                "situation.admin_title",
                &[("administration", &administration.name)],
            ),
            "/lagesbild",
        )
        .with_notice(notice(done)),
        can_edit: p.covers(crate::perm::EDIT, admin),
        admin: administration,
        pic,
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /lagesbild/forvaltningar/{admin}`
pub async fn administration(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    administration_page(
        &state,
        &p,
        admin,
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
    result: Result<usize, Error>,
) -> Result<Response, PageError> {
    let to = format!("/lagesbild/forvaltningar/{admin}?klart=sparat");
    after_post(result, &to, |status, problems| {
        administration_page(state, p, admin, status, None, problems)
    })
    .await
}

/// `POST /lagesbild/forvaltningar/{admin}/hatbrott`: one figure typed in.
pub async fn add_hate_crime(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = HateCrimeInput {
        year: form.get("year").trim().parse().unwrap_or(0),
        area: form.get("area").into(),
        category: form.get("category").into(),
        count: form.get("count").trim().parse().unwrap_or(-1),
    };
    let result = stats::store_hate_crimes(
        &state.db,
        &state.pii.get(),
        &Actor::of(&p),
        admin,
        &[(None, input)],
        "",
    )
    .await;
    after(&state, &p, admin, result).await
}

/// `POST /lagesbild/forvaltningar/{admin}/hatbrott/import` (multipart, CSRF token in the query).
pub async fn import_hate_crimes(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    upload: Upload,
) -> Result<Response, PageError> {
    let result = match uploaded_file(upload).await {
        Ok(bytes) => match state
            .work
            .try_run(move || stats::read_hate_crime_file(&bytes))
            .await
        {
            Ok(rows) => {
                stats::store_hate_crimes(
                    &state.db,
                    &state.pii.get(),
                    &Actor::of(&p),
                    admin,
                    &rows,
                    i18n::sv().t("situation.source_file"),
                )
                .await
            }
            Err(e) => Err(e),
        },
        Err(e) => Err(e),
    };
    after(&state, &p, admin, result).await
}

/// `GET /lagesbild/forvaltningar/{admin}/hatbrott.svg`: the chart to download.
pub async fn hate_crime_svg(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
) -> Result<Response, PageError> {
    Ok(chart_file(&state, &p, admin, None, "hatbrott.svg").await?)
}

/// The pictures written for an administration, and this year and last year to start
/// one, newest first: (year, status label or "not started").
async fn picture_years(
    state: &AppState,
    admin: AdministrationId,
) -> Result<Vec<(i64, String, &'static str)>, Error> {
    let mut years: Vec<(i64, &'static str)> = narrative::years(&state.db, admin)
        .await?
        .into_iter()
        .map(|(y, s)| (y, s.label()))
        .collect();
    let this_year: i64 = chrono::Utc::now()
        .format("%Y")
        .to_string()
        .parse()
        .unwrap_or(2026);
    for y in [this_year, this_year - 1] {
        if !years.iter().any(|(have, _)| *have == y) {
            years.push((y, i18n::sv().t("picture.not_started")));
        }
    }
    years.sort_by_key(|y| std::cmp::Reverse(y.0));
    Ok(years
        .into_iter()
        .map(|(y, s)| (y, crate::document::title(y), s))
        .collect())
}

/// The city-wide view: assessed forms per administration and year, always suppressed.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CityView {
    pub administrations: Vec<String>,
    pub years: Vec<i64>,
    pub forms: Suppressed,
    /// Assessed forms and IA reports assessed as VBE across the city, by environment.
    pub environments: Vec<String>,
    pub environment_years: Vec<i64>,
    pub by_environment: Suppressed,
}

async fn city(state: &AppState) -> Result<CityView, Error> {
    let (administrations, years, counts) = stats::city_forms(&state.db).await?;
    let all: Vec<AdministrationId> =
        org::list_administrations(&state.db, &varn_house::auth::Scope::All)
            .await?
            .iter()
            .map(|a| a.id)
            .collect();
    let (labels, form_years, form_counts) = stats::forms_by_environment(&state.db, &all).await?;
    let mut cells: Vec<(String, i64, i64)> = Vec::new();
    for (label, row) in labels.iter().zip(&form_counts) {
        for (year, n) in form_years.iter().zip(row) {
            cells.push((label.clone(), *year, *n));
        }
    }
    // Every administration's IA rows in one query over the kept counts.
    cells.extend(crate::sources::city_ia_by_environment(&state.db).await?);
    let grid = crate::sources::Grid::of(cells);
    Ok(CityView {
        administrations,
        years,
        forms: suppress(&counts, THRESHOLD),
        by_environment: suppress(&grid.counts, THRESHOLD),
        environments: grid.labels,
        environment_years: grid.years,
    })
}

#[derive(Template)]
#[template(path = "situation/city.html")]
struct CityPage {
    i: &'static Catalog,
    shell: Shell,
    view: CityView,
}

/// `GET /lagesbild/stad`
pub async fn city_page(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let view = city(&state).await?;
    Ok(render_status(
        StatusCode::OK,
        &CityPage {
            i: cat,
            shell: Shell::new(Some(&p), cat.t("situation.city_title"), "/lagesbild"),
            view,
        },
    ))
}

/// `GET /api/v1/administrations/{admin}/situation`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/situation", tag = "situation", params(("admin" = i64, Path)), responses((status = 200, body = Picture)))]
pub async fn api_picture(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
) -> Result<Json<Picture>, ApiError> {
    Ok(Json(picture(&state, &p, admin).await?.1))
}

/// `POST /api/v1/administrations/{admin}/hate-crimes`: figures to store (same year, area and kind replace).
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/hate-crimes", tag = "situation", params(("admin" = i64, Path)), request_body = Vec<HateCrimeInput>,
    responses((status = 200, body = Picture), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn api_hate_crimes(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    JsonBody(rows): JsonBody<Vec<HateCrimeInput>>,
) -> Result<Json<Picture>, ApiError> {
    let rows: Vec<(Option<usize>, HateCrimeInput)> = rows
        .into_iter()
        .enumerate()
        .map(|(i, r)| (Some(i + 1), r))
        .collect();
    stats::store_hate_crimes(
        &state.db,
        &state.pii.get(),
        &Actor::of(&p),
        admin,
        &rows,
        "api",
    )
    .await?;
    Ok(Json(picture(&state, &p, admin).await?.1))
}

/// `GET /api/v1/situation/city`
#[utoipa::path(get, path = "/api/v1/situation/city", tag = "situation", responses((status = 200, body = CityView)))]
pub async fn api_city(State(state): State<AppState>) -> Result<Json<CityView>, ApiError> {
    Ok(Json(city(&state).await?))
}
