//! Pages and API of the situational picture's sources: the sources page of an
//! administration (its statistics, exact for its coordinators and suppressed for everyone
//! else, and the forms to bring in each source), the IA column mapping and import, the
//! triage of IA rows, graffiti, concern reports and the police mapping.

use std::sync::Arc;
use varn_house::kernel::ids::AdministrationId;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::{Extension, Json};
use serde::Serialize;

use crate::domain::IaIncidentId;
use crate::sources::{
    self, ConcernInput, GraffitiInput, Grid, IaAssessment, IaIncident, IaMapping, IaRow,
    ImportInfo, PoliceInput, PoliceMapping,
};
use varn_house::audit::Actor;
use varn_house::auth::{Principal, Role};
use varn_house::i18n::{self, Catalog};
use varn_house::import::runner::{Imported, Progress};
use varn_house::kernel::error::Error;
use varn_house::kernel::suppress::{suppress, Cell, Suppressed, THRESHOLD};
use varn_house::kernel::text as guard;
use varn_house::web::error::{ApiError, PageError};
use varn_house::web::AppState;
use varn_house::web::{
    after_post, notice, render_status, see_other, FormFields, JsonBody, NoticeQuery, Path, Shell,
    Upload,
};
use varn_house::web::{uploaded_named, Choice};
use varn_org::{self as org, Administration};
use varn_taxonomy::Vocabulary;

/// A grid of counts as the caller may see it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Table {
    /// Short name, e.g. `ia-miljo`.
    pub id: String,
    pub caption: String,
    pub labels: Vec<String>,
    pub years: Vec<i64>,
    pub counts: Suppressed,
    /// entered[label][year]: false where no data was entered (its count is then no 0).
    pub entered: Vec<Vec<bool>>,
    /// Each cell as the page shows it: the number, "–" when hidden, "ingen uppgift".
    #[serde(skip)]
    pub shown: Vec<Vec<String>>,
}

impl Table {
    fn of(id: &str, caption: &str, grid: Grid, threshold: i64) -> Table {
        let counts = suppress(&grid.counts, threshold);
        let shown = counts
            .cells
            .iter()
            .enumerate()
            .map(|(l, row)| {
                row.iter()
                    .enumerate()
                    .map(|(y, c)| {
                        if grid.is_entered(l, y) {
                            c.display()
                        } else {
                            i18n::sv().t("situation.no_data").to_string()
                        }
                    })
                    .collect()
            })
            .collect();
        Table {
            id: id.into(),
            caption: caption.into(),
            counts,
            shown,
            labels: grid.labels,
            years: grid.years,
            entered: grid.entered,
        }
    }

    fn is_entered(&self, label: usize, year: usize) -> bool {
        self.entered
            .get(label)
            .and_then(|row| row.get(year))
            .copied()
            .unwrap_or(false)
    }
}

/// One source this year against the year before; `None` where a count is hidden or where
/// no data was entered (the `_entered` fields tell which), and a change only between two
/// years that both have data.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SourceChange {
    pub source: String,
    pub previous: Option<i64>,
    pub previous_entered: bool,
    pub current: Option<i64>,
    pub current_entered: bool,
    pub change: Option<i64>,
}

/// The statistics of an administration's sources.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SourcesView {
    pub administration: String,
    /// False when the figures are suppressed (the caller is outside the administration).
    pub exact: bool,
    /// The latest year with figures, compared with the year before.
    pub year: Option<i64>,
    pub trend: Table,
    pub comparison: Vec<SourceChange>,
    pub tables: Vec<Table>,
    /// IA rows assessed as VBE per month of `year`.
    pub ia_months: Vec<Cell>,
    pub police: Vec<PoliceMapping>,
    pub imports: Vec<ImportInfo>,
}

/// The sources' statistics as `p` may see them.
pub async fn view(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
) -> Result<(Administration, SourcesView), Error> {
    let cat = i18n::sv();
    let db = &state.db;
    let administration = org::get_administration(db, admin).await?;
    let exact = p.covers(&[Role::Coordinator], admin);
    let threshold = if exact { 0 } else { THRESHOLD };
    let trend = Table::of(
        "kallor",
        cat.t("sources.trend_caption"),
        sources::sources_by_year(db, admin).await?,
        threshold,
    );
    let year = trend.years.last().copied();
    let comparison = match year {
        Some(y) => {
            // (the count as shown, whether the year has data at all)
            let at = |l: usize, y: i64| match trend.years.iter().position(|g| *g == y) {
                Some(i) if trend.is_entered(l, i) => match trend.counts.cells[l][i] {
                    Cell::Shown(n) => (Some(n), true),
                    Cell::Hidden => (None, true),
                },
                _ => (None, false),
            };
            trend
                .labels
                .iter()
                .enumerate()
                .map(|(l, label)| {
                    let ((previous, previous_entered), (current, current_entered)) =
                        (at(l, y - 1), at(l, y));
                    SourceChange {
                        source: label.clone(),
                        previous,
                        previous_entered,
                        current,
                        current_entered,
                        change: previous.zip(current).map(|(a, b)| b - a),
                    }
                })
                .collect()
        }
        None => vec![],
    };
    let tables = vec![
        Table::of(
            "ia-miljo",
            cat.t("sources.ia_environment_caption"),
            sources::ia_by_environment(db, admin).await?,
            threshold,
        ),
        Table::of(
            "ia-handelsetyp",
            cat.t("sources.ia_event_caption"),
            sources::ia_by(db, admin, "event_type").await?,
            threshold,
        ),
        Table::of(
            "ia-platstyp",
            cat.t("sources.ia_place_caption"),
            sources::ia_by(db, admin, "place_type").await?,
            threshold,
        ),
        Table::of(
            "ia-omrade",
            cat.t("sources.ia_area_caption"),
            sources::ia_by(db, admin, "area").await?,
            threshold,
        ),
        Table::of(
            "klotter",
            cat.t("sources.graffiti_category_caption"),
            sources::graffiti_by_category(db, admin).await?,
            threshold,
        ),
        Table::of(
            "klotter-omrade",
            cat.t("sources.graffiti_area_caption"),
            sources::graffiti_by_area(db, admin).await?,
            threshold,
        ),
        Table::of(
            "orosanmalningar",
            cat.t("sources.concern_caption"),
            sources::concern_by_band(db, admin).await?,
            threshold,
        ),
    ];
    let months = match year {
        Some(y) => sources::ia_by_month(db, admin, y).await?,
        None => vec![0; 12],
    };
    let ia_months = suppress(&[months], threshold)
        .cells
        .into_iter()
        .next()
        .unwrap_or_default();
    let police = sources::police_mappings(db, &Actor::of(p), admin).await?;
    Ok((
        administration.clone(),
        SourcesView {
            administration: administration.name,
            exact,
            year,
            trend,
            comparison,
            tables,
            ia_months,
            police,
            imports: sources::imports(&state.db, admin).await?,
        },
    ))
}

#[derive(Template)]
#[template(path = "situation/sources.html")]
struct SourcesPage {
    i: &'static Catalog,
    shell: Shell,
    admin: Administration,
    v: SourcesView,
    can_edit: bool,
    mapping: IaMapping,
    triage: (i64, i64, i64, i64),
    categories: Vec<Choice>,
    bands: Vec<&'static str>,
    months: Vec<String>,
    problems: Vec<String>,
}

async fn sources_page(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let (administration, v) = view(state, p, admin).await?;
    let can_edit = p.covers(crate::perm::EDIT, admin);
    let page = SourcesPage {
        i: cat,
        shell: Shell::new(
            Some(p),
            cat.f("sources.title", &[("administration", &administration.name)]),
            "/lagesbild",
        )
        .with_notice(notice(done)),
        admin: administration,
        v,
        can_edit,
        mapping: sources::ia_mapping(&state.db, admin).await?,
        triage: if can_edit {
            sources::ia_triage_counts(&state.db, admin).await?
        } else {
            (0, 0, 0, 0)
        },
        categories: sources::GRAFFITI
            .iter()
            .map(|c| Choice {
                value: c.to_string(),
                label: cat.t(&format!("sources.graffiti.{c}")).to_string(),
                selected: false,
            })
            .collect(),
        bands: sources::AGE_BANDS.to_vec(),
        months: (1..=12)
            .map(|m| {
                chrono::NaiveDate::from_ymd_opt(2000, m, 1)
                    .map(|d| d.format("%m").to_string())
                    .unwrap_or_default()
            })
            .collect(),
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /lagesbild/forvaltningar/{admin}/kallor`
pub async fn page(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    varn_house::web::Query(q): varn_house::web::Query<NoticeQuery>,
) -> Result<Response, PageError> {
    sources_page(
        &state,
        &p,
        admin,
        StatusCode::OK,
        q.klart.as_deref(),
        vec![],
    )
    .await
}

/// After a change: back to the page with a notice, or the page again with the problems.
async fn after<T>(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    result: Result<T, Error>,
    code: &str,
) -> Result<Response, PageError> {
    let to = format!("/lagesbild/forvaltningar/{admin}/kallor?klart={code}");
    after_post(result, &to, |status, problems| {
        sources_page(state, p, admin, status, None, problems)
    })
    .await
}

fn mapping_of(form: &FormFields) -> IaMapping {
    IaMapping {
        row_key: form.get("row_key").trim().into(),
        occurred_on: form.get("occurred_on").trim().into(),
        event_type: form.get("event_type").trim().into(),
        place_type: form.get("place_type").trim().into(),
        area: form.get("area").trim().into(),
        vbe_flag: form.get("vbe_flag").trim().into(),
    }
}

/// `POST /lagesbild/forvaltningar/{admin}/kallor/ia-kolumner`
pub async fn save_mapping(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let result =
        sources::save_ia_mapping(&state.db, &Actor::of(&p), admin, &mapping_of(&form)).await;
    after(&state, &p, admin, result, "sparat").await
}

/// `POST /lagesbild/forvaltningar/{admin}/kallor/ia` (multipart, CSRF token in the query).
/// The file is read at once (a file with errors is refused here, whole); the rows are then
/// written in the background and the coordinator follows them on the progress page.
pub async fn import_ia(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    upload: Upload,
) -> Result<Response, PageError> {
    let read = async {
        let (name, bytes) = uploaded_named(upload).await?;
        let mapping = sources::ia_mapping(&state.db, admin).await?;
        let guard = state.pii.get();
        let rows = state
            .work
            .try_run(move || sources::read_ia(&bytes, &mapping, &guard))
            .await?;
        Ok::<_, Error>((guard::file_name(&state.pii.get(), &name), rows))
    }
    .await;
    let (name, rows) = match read {
        Ok(read) => read,
        Err(e) => return after(&state, &p, admin, Err::<(), _>(e), "").await,
    };
    let progress = Arc::new(Progress::new(rows.len()));
    let job = match state
        .imports
        .start(&state.db, admin, p.user_id, progress.clone())
        .await
    {
        Ok(job) => job,
        Err(e) => return after(&state, &p, admin, Err::<(), _>(e), "").await,
    };
    let actor = Actor::of(&p);
    tokio::spawn(async move {
        let result = sources::store_ia(
            &state.db,
            &actor,
            admin,
            &name,
            &rows,
            Some(progress.as_ref()),
        )
        .await;
        if let Err(e) = &result {
            if !matches!(e, Error::Invalid(_) | Error::Conflict(_)) {
                tracing::error!(error = %e, admin = admin.get(), "an IA import failed");
            }
        }
        progress.finish(&result);
    });
    Ok(see_other(&format!(
        "/lagesbild/forvaltningar/{admin}/kallor/import/{job}"
    )))
}

#[derive(Template)]
#[template(path = "situation/import_progress.html")]
struct ProgressPage {
    i: &'static Catalog,
    shell: Shell,
    admin: Administration,
    url: String,
    total: usize,
    done: usize,
    outcome: Option<std::result::Result<Imported, Vec<String>>>,
}

/// `GET /lagesbild/forvaltningar/{admin}/kallor/import/{job}`: how far the import has come
/// (the page asks again every second until it is done). Only its own starter sees it.
pub async fn import_progress(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, job)): Path<(AdministrationId, String)>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let Some(progress) = state.imports.get(&state.db, &job, admin, p.user_id).await? else {
        return Err(Error::NotFound.into());
    };
    let administration = org::get_administration(&state.db, admin).await?;
    let page = ProgressPage {
        i: cat,
        shell: Shell::new(
            Some(&p),
            cat.f(
                "sources.progress_title",
                &[("administration", &administration.name)],
            ),
            "/lagesbild",
        ),
        admin: administration,
        url: format!("/lagesbild/forvaltningar/{admin}/kallor/import/{job}"),
        total: progress.total,
        done: progress.done,
        outcome: progress.outcome,
    };
    Ok(render_status(StatusCode::OK, &page))
}

#[derive(Template)]
#[template(path = "situation/triage.html")]
struct TriagePage {
    i: &'static Catalog,
    shell: Shell,
    admin: Administration,
    rows: Vec<IaIncident>,
    total: i64,
    environments: Vec<Choice>,
    problems: Vec<String>,
}

async fn triage_page(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let administration = org::get_administration(&state.db, admin).await?;
    let (rows, total) = sources::ia_to_triage(&state.db, admin, 50).await?;
    let environments = varn_taxonomy::active(&state.db, Vocabulary::Environment)
        .await?
        .into_iter()
        .map(|t| Choice {
            value: t.id.to_string(),
            label: t.label,
            selected: false,
        })
        .collect();
    let page = TriagePage {
        i: cat,
        shell: Shell::new(
            Some(p),
            cat.f(
                "sources.triage_title",
                &[("administration", &administration.name)],
            ),
            "/lagesbild",
        )
        .with_notice(notice(done)),
        admin: administration,
        rows,
        total,
        environments,
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /lagesbild/forvaltningar/{admin}/kallor/ia/bedomning`
pub async fn triage(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    varn_house::web::Query(q): varn_house::web::Query<NoticeQuery>,
) -> Result<Response, PageError> {
    triage_page(
        &state,
        &p,
        admin,
        StatusCode::OK,
        q.klart.as_deref(),
        vec![],
    )
    .await
}

/// `POST /lagesbild/forvaltningar/{admin}/kallor/ia/bedomning`: one row's assessment.
pub async fn assess(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let result = async {
        let Ok(Some(incident)) = form.id("incident").map(|i| i.map(IaIncidentId::new)) else {
            return Err(Error::invalid(
                cat.t("sources.col_key"),
                cat.t("validation.required"),
            ));
        };
        let vbe = match form.get("assessment") {
            "vbe" => true,
            "not_vbe" => false,
            _ => {
                let Some(key) = sources::ia_row_key(&state.db, admin, incident).await? else {
                    return Err(Error::NotFound);
                };
                return Err(Error::invalid(
                    sources::field_of_row(cat.t("sources.col_assessment"), &key),
                    cat.t("validation.required"),
                ));
            }
        };
        let a = IaAssessment {
            vbe,
            environment_id: form.id("environment_id").ok().flatten(),
        };
        sources::assess_ia(&state.db, &Actor::of(&p), admin, incident, &a).await
    }
    .await;
    let to = format!("/lagesbild/forvaltningar/{admin}/kallor/ia/bedomning?klart=sparat");
    after_post(result, &to, |status, problems| {
        triage_page(&state, &p, admin, status, None, problems)
    })
    .await
}

fn number(form: &FormFields, key: &str) -> i64 {
    form.get(key).trim().replace(' ', "").parse().unwrap_or(-1)
}

/// A count that may be left empty (then 0); anything but a whole number reads as -1,
/// which the checks refuse.
fn count_or_zero(form: &FormFields, key: &str) -> i64 {
    if form.get(key).trim().is_empty() {
        0
    } else {
        number(form, key)
    }
}

/// `POST /lagesbild/forvaltningar/{admin}/kallor/klotter`: one report typed in.
pub async fn add_graffiti(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let g = GraffitiInput {
        key: None,
        reported_on: form.get("reported_on").into(),
        category: form.get("category").into(),
        area: form.get("area").into(),
        reporter: form.get("reporter").into(),
    };
    let result = match sources::check_graffiti(&state.pii.get(), vec![(None, g)], true) {
        Ok(rows) => sources::store_graffiti(&state.db, &Actor::of(&p), admin, None, &rows).await,
        Err(e) => Err(e),
    };
    after(&state, &p, admin, result, "sparat").await
}

/// `POST /lagesbild/forvaltningar/{admin}/kallor/klotter/import` (multipart)
pub async fn import_graffiti(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    upload: Upload,
) -> Result<Response, PageError> {
    let result = async {
        let (name, bytes) = uploaded_named(upload).await?;
        let guard = state.pii.get();
        let rows = state
            .work
            .try_run(move || {
                sources::check_graffiti(&guard, sources::read_graffiti(&bytes)?, false)
            })
            .await?;
        let name = guard::file_name(&state.pii.get(), &name);
        sources::store_graffiti(&state.db, &Actor::of(&p), admin, Some(&name), &rows).await
    }
    .await;
    after(&state, &p, admin, result, "importerat").await
}

/// `POST /lagesbild/forvaltningar/{admin}/kallor/orosanmalningar`: a year's counts by band.
pub async fn save_concern(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let year = number(&form, "year");
    let rows: Vec<(Option<usize>, ConcernInput)> = sources::AGE_BANDS
        .iter()
        .filter(|b| !form.get(&format!("band-{b}")).trim().is_empty())
        .map(|b| {
            (
                None,
                ConcernInput {
                    year,
                    age_band: b.to_string(),
                    count: number(&form, &format!("band-{b}")),
                },
            )
        })
        .collect();
    let result = sources::store_concern(&state.db, &Actor::of(&p), admin, &rows, "").await;
    after(&state, &p, admin, result, "sparat").await
}

/// `POST /lagesbild/forvaltningar/{admin}/kallor/orosanmalningar/import` (multipart)
pub async fn import_concern(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    upload: Upload,
) -> Result<Response, PageError> {
    let result = async {
        let (name, bytes) = uploaded_named(upload).await?;
        let rows = state
            .work
            .try_run(move || sources::read_concern(&bytes))
            .await?;
        let name = guard::file_name(&state.pii.get(), &name);
        sources::store_concern(&state.db, &Actor::of(&p), admin, &rows, name.as_str()).await
    }
    .await;
    after(&state, &p, admin, result, "importerat").await
}

/// `POST /lagesbild/forvaltningar/{admin}/kallor/polisen`
pub async fn save_police(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = PoliceInput {
        year: number(&form, "year"),
        narrative: form.get("narrative").into(),
        with_permit: count_or_zero(&form, "with_permit"),
        without_permit: count_or_zero(&form, "without_permit"),
    };
    let result =
        sources::store_police(&state.db, &state.pii.get(), &Actor::of(&p), admin, &input).await;
    after(&state, &p, admin, result, "sparat").await
}

// ---------------------------------------------------------------------------------------
// API

/// `GET /api/v1/administrations/{admin}/situation/sources`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/situation/sources", tag = "situation", params(("admin" = i64, Path)), responses((status = 200, body = SourcesView)))]
pub async fn api_view(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
) -> Result<Json<SourcesView>, ApiError> {
    Ok(Json(view(&state, &p, admin).await?.1))
}

/// `PUT /api/v1/administrations/{admin}/situation/ia-mapping`
#[utoipa::path(put, path = "/api/v1/administrations/{admin}/situation/ia-mapping", tag = "situation", params(("admin" = i64, Path)), request_body = IaMapping,
    responses((status = 200, body = IaMapping), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn api_mapping(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    JsonBody(m): JsonBody<IaMapping>,
) -> Result<Json<IaMapping>, ApiError> {
    sources::save_ia_mapping(&state.db, &Actor::of(&p), admin, &m).await?;
    Ok(Json(sources::ia_mapping(&state.db, admin).await?))
}

fn numbered<T>(rows: Vec<T>) -> Vec<(Option<usize>, T)> {
    rows.into_iter()
        .enumerate()
        .map(|(i, r)| (Some(i + 1), r))
        .collect()
}

/// `POST /api/v1/administrations/{admin}/situation/ia`: IA rows (rows already there are skipped).
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/situation/ia", tag = "situation", params(("admin" = i64, Path)), request_body = Vec<IaRow>,
    responses((status = 200, body = Imported), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn api_ia(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    JsonBody(rows): JsonBody<Vec<IaRow>>,
) -> Result<Json<Imported>, ApiError> {
    let guard = state.pii.get();
    let rows = state
        .work
        .try_run(move || sources::check_ia(&guard, numbered(rows)))
        .await?;
    Ok(Json(
        sources::store_ia(
            &state.db,
            &Actor::of(&p),
            admin,
            &guard::file_name(&state.pii.get(), "api"),
            &rows,
            None,
        )
        .await?,
    ))
}

/// The IA rows still to assess.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Triage {
    pub total: i64,
    pub rows: Vec<IaIncident>,
}

/// `GET /api/v1/administrations/{admin}/situation/ia/triage`: the first 200 rows to assess.
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/situation/ia/triage", tag = "situation", params(("admin" = i64, Path)), responses((status = 200, body = Triage)))]
pub async fn api_triage(
    State(state): State<AppState>,
    Path(admin): Path<AdministrationId>,
) -> Result<Json<Triage>, ApiError> {
    let (rows, total) = sources::ia_to_triage(&state.db, admin, 200).await?;
    Ok(Json(Triage { total, rows }))
}

/// An assessment of one IA row.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
pub struct AssessmentInput {
    pub incident: IaIncidentId,
    pub vbe: bool,
    #[serde(default)]
    pub environment_id: Option<i64>,
}

/// `POST /api/v1/administrations/{admin}/situation/ia/assessments`
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/situation/ia/assessments", tag = "situation", params(("admin" = i64, Path)), request_body = AssessmentInput,
    responses((status = 204), (status = 404, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn api_assess(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    JsonBody(a): JsonBody<AssessmentInput>,
) -> Result<StatusCode, ApiError> {
    let assessment = IaAssessment {
        vbe: a.vbe,
        environment_id: a.environment_id,
    };
    sources::assess_ia(&state.db, &Actor::of(&p), admin, a.incident, &assessment).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/administrations/{admin}/situation/graffiti`
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/situation/graffiti", tag = "situation", params(("admin" = i64, Path)), request_body = Vec<GraffitiInput>,
    responses((status = 200, body = Imported), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn api_graffiti(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    JsonBody(rows): JsonBody<Vec<GraffitiInput>>,
) -> Result<Json<Imported>, ApiError> {
    let guard = state.pii.get();
    let rows = state
        .work
        .try_run(move || sources::check_graffiti(&guard, numbered(rows), false))
        .await?;
    Ok(Json(
        sources::store_graffiti(
            &state.db,
            &Actor::of(&p),
            admin,
            Some(&guard::file_name(&state.pii.get(), "api")),
            &rows,
        )
        .await?,
    ))
}

/// `POST /api/v1/administrations/{admin}/situation/concern-reports` (same year and band replace)
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/situation/concern-reports", tag = "situation", params(("admin" = i64, Path)), request_body = Vec<ConcernInput>,
    responses((status = 204), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn api_concern(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    JsonBody(rows): JsonBody<Vec<ConcernInput>>,
) -> Result<StatusCode, ApiError> {
    sources::store_concern(&state.db, &Actor::of(&p), admin, &numbered(rows), "api").await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `PUT /api/v1/administrations/{admin}/situation/police-mapping` (one year's; replaces it)
#[utoipa::path(put, path = "/api/v1/administrations/{admin}/situation/police-mapping", tag = "situation", params(("admin" = i64, Path)), request_body = PoliceInput,
    responses((status = 204), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn api_police(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    JsonBody(input): JsonBody<PoliceInput>,
) -> Result<StatusCode, ApiError> {
    sources::store_police(&state.db, &state.pii.get(), &Actor::of(&p), admin, &input).await?;
    Ok(StatusCode::NO_CONTENT)
}
