//! The pages of training: the start (administrations and the city's courses), an
//! administration's figures per unit at a chosen date (exact inside, suppressed outside, a
//! manager's own units only), its CSV, the coordinator's page for courses, the column
//! mapping, imports, manual markings and events, and the city's figures.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use serde::Deserialize;
use varn_house::kernel::ids::{AdministrationId, UnitId};

use crate::domain::{CourseKind, TrainingCourseId};
use crate::import::TrainingMapping;
use crate::service::{
    self, TrainingCity, TrainingCourseInput, TrainingEventInput, TrainingFigures,
    TrainingMarkInput, TrainingRow,
};
use crate::store::{self, TrainingCourse, TrainingEvent, TrainingImport, TrainingMark};
use varn_house::audit::Actor;
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::web::error::PageError;
use varn_house::web::{
    after_post, download, notice, render_status, see_other, uploaded_named, AppState, Choice,
    FormFields, Path, Query, Shell, Upload,
};
use varn_org::{self as org, Administration};

/// `?kurs=&datum=` of the figures' pages.
#[derive(Debug, Default, Deserialize)]
pub struct FiguresQuery {
    pub kurs: Option<String>,
    pub datum: Option<String>,
}

/// The date asked for, or today; a date that cannot be read is a problem named in Swedish.
fn date_of(q: &FiguresQuery, problems: &mut Vec<String>) -> String {
    let today = varn_house::db::today();
    match q.datum.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => today,
        Some(d) => match chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d") {
            Ok(d) => d.format("%Y-%m-%d").to_string(),
            Err(_) => {
                let cat = i18n::sv();
                problems.push(
                    varn_house::kernel::error::Problem::field(
                        cat.t("training.field.date"),
                        cat.t("validation.date"),
                    )
                    .sentence(),
                );
                today
            }
        },
    }
}

/// The course asked for among `courses` (those with figures per person), or the default.
fn course_of<'a>(courses: &'a [TrainingCourse], q: &FiguresQuery) -> Option<&'a TrainingCourse> {
    let asked = q
        .kurs
        .as_deref()
        .and_then(|k| k.trim().parse::<TrainingCourseId>().ok());
    asked
        .and_then(|id| courses.iter().find(|c| c.id == id && !c.kind.is_event()))
        .or_else(|| service::default_course(courses))
}

fn last_year_end() -> String {
    let today = varn_house::db::today();
    let year: i32 = today.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2026);
    crate::domain::year_end(year - 1)
}

fn course_choices(
    courses: &[TrainingCourse],
    selected: Option<TrainingCourseId>,
    events: bool,
) -> Vec<Choice> {
    courses
        .iter()
        .filter(|c| c.kind.is_event() == events)
        .map(|c| Choice {
            value: c.id.to_string(),
            label: c.name.clone(),
            selected: Some(c.id) == selected,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "training/index.html")]
struct IndexPage {
    i: &'static Catalog,
    shell: Shell,
    administrations: Vec<Administration>,
    courses: Vec<TrainingCourse>,
    city: bool,
    can_add: bool,
    kinds: Vec<Choice>,
    functions: Vec<Choice>,
    problems: Vec<String>,
}

fn kinds() -> Vec<Choice> {
    CourseKind::ALL
        .iter()
        .map(|k| Choice {
            value: k.code().into(),
            label: k.label().into(),
            selected: false,
        })
        .collect()
}

fn functions() -> Vec<Choice> {
    varn_org::domain::UnitFunction::ALL
        .iter()
        .map(|f| Choice {
            value: f.as_str().into(),
            label: f.label().into(),
            selected: false,
        })
        .collect()
}

async fn index_page(
    state: &AppState,
    p: &Principal,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let administrations = org::list_administrations(&state.db, &p.scope(crate::perm::VIEW)).await?;
    let page = IndexPage {
        i: cat,
        shell: Shell::new(Some(p), cat.t("training.title"), "/utbildning")
            .with_notice(notice(done)),
        administrations,
        courses: store::courses(&state.db, None).await?,
        city: p.has_any(crate::perm::CITY_VIEW),
        can_add: p.has_any(crate::perm::CITY),
        kinds: kinds(),
        functions: functions(),
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /utbildning`
pub async fn index(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<varn_house::web::NoticeQuery>,
) -> Result<Response, PageError> {
    index_page(&state, &p, StatusCode::OK, q.klart.as_deref(), vec![]).await
}

fn course_input(form: &FormFields) -> TrainingCourseInput {
    TrainingCourseInput {
        code: form.get("code").into(),
        name: form.get("name").into(),
        kind: form.get("kind").into(),
        functions: form.all("functions"),
    }
}

/// `POST /utbildning/kurser`: a city-wide course.
pub async fn create_city_course(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    form: FormFields,
) -> Result<Response, PageError> {
    let result =
        service::create_course(&state.db, &Actor::of(&p), None, &course_input(&form)).await;
    after_post(result, "/utbildning?klart=skapat", |status, problems| {
        index_page(&state, &p, status, None, problems)
    })
    .await
}

/// A table of figures as the page shows it.
struct FigureTable {
    id: &'static str,
    caption: String,
    first_col: &'static str,
    rows: Vec<TrainingRow>,
}

fn tables_of(f: &TrainingFigures) -> Vec<FigureTable> {
    let cat = i18n::sv();
    let at = [
        ("course", f.course.name.as_str()),
        ("date", f.date.as_str()),
    ];
    let mut tables = vec![
        FigureTable {
            id: "total",
            caption: cat.t("training.total_caption").into(),
            first_col: cat.t("training.col.administration"),
            rows: vec![f.total.clone()],
        },
        FigureTable {
            id: "units",
            caption: cat.f("training.units_caption", &at),
            first_col: cat.t("training.col.unit"),
            rows: f.units.clone(),
        },
    ];
    if !f.partial {
        tables.push(FigureTable {
            id: "departments",
            caption: cat.f("training.departments_caption", &at),
            first_col: cat.t("training.col.department"),
            rows: f.departments.clone(),
        });
    }
    tables
}

/// The share completed at each year's end, as bars.
fn trend_chart(f: &TrainingFigures) -> String {
    let cat = i18n::sv();
    let data: Vec<(String, Option<i64>)> = f
        .trend
        .iter()
        .map(|y| (y.year.to_string(), y.rate))
        .collect();
    varn_docs::chart::bars(
        "utbildning-trend",
        &cat.f(
            "training.chart_title",
            &[("course", f.course.name.as_str())],
        ),
        &cat.f("training.chart_desc", &[("course", f.course.name.as_str())]),
        &data,
    )
    .svg()
}

#[derive(Template)]
#[template(path = "training/administration.html")]
struct AdministrationPage {
    i: &'static Catalog,
    shell: Shell,
    admin: Administration,
    figures: Option<TrainingFigures>,
    tables: Vec<FigureTable>,
    /// The trend as a bar chart (SVG drawn by the documents' crate; the trend's table below
    /// it holds the same numbers).
    chart: String,
    courses: Vec<Choice>,
    date: String,
    last_year_end: String,
    today: String,
    can_edit: bool,
    /// (course, units that held it this year, units)
    coverage: Vec<(String, usize, usize)>,
    year: i32,
    query: String,
    problems: Vec<String>,
}

/// Event courses and how many of the living units held each this year.
async fn coverage(
    state: &AppState,
    admin: AdministrationId,
    courses: &[TrainingCourse],
    own: Option<&Vec<UnitId>>,
    year: i32,
) -> Result<Vec<(String, usize, usize)>, Error> {
    let events = store::events(&state.db, admin, year).await?;
    let units: Vec<UnitId> = org::list_units(&state.db, admin)
        .await?
        .into_iter()
        .filter(|u| u.current && own.is_none_or(|o| o.contains(&u.id)))
        .map(|u| u.id)
        .collect();
    Ok(courses
        .iter()
        .filter(|c| c.kind.is_event())
        .map(|c| {
            let held = units
                .iter()
                .filter(|u| {
                    events
                        .iter()
                        .any(|e| e.course_id == c.id && e.unit_id == **u)
                })
                .count();
            (c.name.clone(), held, units.len())
        })
        .collect())
}

/// `GET /utbildning/forvaltningar/{admin}?kurs=&datum=`
pub async fn administration(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    Query(q): Query<FiguresQuery>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let mut problems = Vec::new();
    let date = date_of(&q, &mut problems);
    let administration = org::get_administration(&state.db, admin).await?;
    let courses = store::courses(&state.db, Some(admin)).await?;
    let course = course_of(&courses, &q);
    let figures = match course {
        Some(c) => Some(service::figures(&state.db, &p, admin, c, &date).await?),
        None => None,
    };
    let year: i32 = date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2026);
    let own = service::own_units(&p, admin);
    let page = AdministrationPage {
        i: cat,
        shell: Shell::new(
            Some(&p),
            cat.f(
                "training.admin_title",
                &[("administration", &administration.name)],
            ),
            "/utbildning",
        ),
        coverage: coverage(&state, admin, &courses, own.as_ref(), year).await?,
        courses: course_choices(&courses, course.map(|c| c.id), false),
        query: format!("kurs={}&datum={date}", course.map_or(0, |c| c.id.get())),
        admin: administration,
        tables: figures.as_ref().map(tables_of).unwrap_or_default(),
        chart: figures.as_ref().map(trend_chart).unwrap_or_default(),
        figures,
        date,
        last_year_end: last_year_end(),
        today: varn_house::db::today(),
        can_edit: p.covers(crate::perm::EDIT, admin),
        year,
        problems,
    };
    let status = if page.problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(status, &page))
}

/// The figures for a download, audited as an export.
async fn download_figures(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    q: &FiguresQuery,
    xlsx: bool,
) -> Result<Response, PageError> {
    let mut problems = Vec::new();
    let date = date_of(q, &mut problems);
    if !problems.is_empty() {
        let cat = i18n::sv();
        return Err(Error::invalid(cat.t("training.field.date"), cat.t("validation.date")).into());
    }
    let courses = store::courses(&state.db, Some(admin)).await?;
    let course = course_of(&courses, q).ok_or(Error::NotFound)?;
    let figures = service::figures(&state.db, p, admin, course, &date).await?;
    let (bytes, kind, ext) = if xlsx {
        (
            service::figures_xlsx(&figures)?,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
        )
    } else {
        (
            service::figures_csv(&figures)?,
            "text/csv; charset=utf-8",
            "csv",
        )
    };
    varn_house::audit::record_now(
        &state.db,
        &Actor::of(p),
        varn_house::audit::Entry::new(
            varn_house::audit::Action::Export,
            crate::Record::Course,
            course.id,
        )
        .admin(Some(admin))
        .summary(format!("{} {date} {ext}", course.code)),
    )
    .await
    .map_err(Error::Internal)?;
    Ok(download(
        bytes,
        kind,
        &format!("utbildning-{}-{date}.{ext}", course.code.to_lowercase()),
    ))
}

/// `GET /utbildning/forvaltningar/{admin}/siffror.csv?kurs=&datum=`
pub async fn figures_csv(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    Query(q): Query<FiguresQuery>,
) -> Result<Response, PageError> {
    download_figures(&state, &p, admin, &q, false).await
}

/// `GET /utbildning/forvaltningar/{admin}/siffror.xlsx?kurs=&datum=`
pub async fn figures_xlsx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    Query(q): Query<FiguresQuery>,
) -> Result<Response, PageError> {
    download_figures(&state, &p, admin, &q, true).await
}

#[derive(Template)]
#[template(path = "training/manage.html")]
struct ManagePage {
    i: &'static Catalog,
    shell: Shell,
    admin: Administration,
    courses: Vec<TrainingCourse>,
    person_courses: Vec<Choice>,
    event_courses: Vec<Choice>,
    units: Vec<Choice>,
    mapping: TrainingMapping,
    imports: Vec<TrainingImport>,
    marks: Vec<TrainingMark>,
    events: Vec<TrainingEvent>,
    kinds: Vec<Choice>,
    functions: Vec<Choice>,
    today: String,
    warnings: Vec<String>,
    problems: Vec<String>,
}

/// `?klart=&nya=&lasta=&pnr=` after an import.
#[derive(Debug, Default, Deserialize)]
pub struct ManageQuery {
    pub klart: Option<String>,
    pub nya: Option<usize>,
    pub lasta: Option<usize>,
    pub pnr: Option<usize>,
}

async fn manage_page(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    status: StatusCode,
    q: ManageQuery,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let db = &state.db;
    let administration = org::get_administration(db, admin).await?;
    let courses = store::courses(db, Some(admin)).await?;
    let units = org::list_units(db, admin)
        .await?
        .into_iter()
        .filter(|u| u.current)
        .map(|u| Choice {
            value: u.id.to_string(),
            label: format!("{} ({})", u.name, u.code),
            selected: false,
        })
        .collect();
    let mut shell = Shell::new(
        Some(p),
        cat.f(
            "training.manage_title",
            &[("administration", &administration.name)],
        ),
        "/utbildning",
    );
    shell = match (q.klart.as_deref(), q.lasta, q.nya) {
        (Some("importerat"), Some(read), Some(new)) => shell.with_notice(Some(cat.f(
            "training.imported",
            &[("read", &read.to_string()), ("new", &new.to_string())],
        ))),
        (code, _, _) => shell.with_notice(notice(code)),
    };
    let warnings = match q.pnr {
        Some(n) if n > 0 => vec![cat.f("training.identity_warning", &[("n", &n.to_string())])],
        _ => vec![],
    };
    let year: i32 = varn_house::db::today()
        .get(..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or(2026);
    // Pages name people (issue 20 point 7); the API keeps their addresses.
    let mut imports = store::imports(db, admin).await?;
    let mut marks = store::marks(db, admin).await?;
    let names = varn_people::names(
        db,
        imports
            .iter()
            .map(|m| m.imported_by.as_str())
            .chain(marks.iter().map(|m| m.marked_by.as_str())),
    )
    .await?;
    for m in &mut imports {
        m.imported_by = names.of(&m.imported_by);
    }
    for m in &mut marks {
        m.marked_by = names.of(&m.marked_by);
    }
    let page = ManagePage {
        i: cat,
        shell,
        admin: administration,
        person_courses: course_choices(&courses, None, false),
        event_courses: course_choices(&courses, None, true),
        courses,
        units,
        mapping: service::mapping(db, admin).await?,
        imports,
        marks,
        events: store::events(db, admin, year).await?,
        kinds: kinds(),
        functions: functions(),
        today: varn_house::db::today(),
        warnings,
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /utbildning/forvaltningar/{admin}/hantera`
pub async fn manage(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    Query(q): Query<ManageQuery>,
) -> Result<Response, PageError> {
    manage_page(&state, &p, admin, StatusCode::OK, q, vec![]).await
}

async fn after<T>(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    result: Result<T, Error>,
    to: &str,
) -> Result<Response, PageError> {
    after_post(result, to, |status, problems| {
        manage_page(state, p, admin, status, ManageQuery::default(), problems)
    })
    .await
}

fn manage_url(admin: AdministrationId, code: &str) -> String {
    format!("/utbildning/forvaltningar/{admin}/hantera?klart={code}")
}

/// `POST /utbildning/forvaltningar/{admin}/kurser`: the administration's own course.
pub async fn create_course(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let result =
        service::create_course(&state.db, &Actor::of(&p), Some(admin), &course_input(&form)).await;
    after(&state, &p, admin, result, &manage_url(admin, "skapat")).await
}

/// `POST /utbildning/forvaltningar/{admin}/kolumner`: the column mapping, or a known shape.
pub async fn save_mapping(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let mapping = match TrainingMapping::preset(form.get("preset")) {
        Some(m) => m,
        None => TrainingMapping {
            person_key: form.get("person_key").trim().into(),
            course: form.get("course").trim().into(),
            unit: form.get("unit").trim().into(),
            status: form.get("status").trim().into(),
            date: form.get("date").trim().into(),
            completed_values: form.get("completed_values").trim().into(),
            in_progress_values: form.get("in_progress_values").trim().into(),
            not_started_values: form.get("not_started_values").trim().into(),
        },
    };
    let result = service::save_mapping(&state.db, &Actor::of(&p), admin, &mapping).await;
    after(&state, &p, admin, result, &manage_url(admin, "sparat")).await
}

/// `POST /utbildning/forvaltningar/{admin}/import` (multipart, CSRF token in the query).
pub async fn import(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    upload: Upload,
) -> Result<Response, PageError> {
    let result = async {
        let (name, bytes) = uploaded_named(upload).await?;
        service::import(&state, &Actor::of(&p), admin, &name, bytes).await
    }
    .await;
    match result {
        Ok(done) => Ok(see_other(&format!(
            "/utbildning/forvaltningar/{admin}/hantera?klart=importerat&lasta={}&nya={}&pnr={}",
            done.read, done.new, done.identity_like
        ))),
        Err(e) => after(&state, &p, admin, Err::<(), _>(e), "").await,
    }
}

/// `POST /utbildning/forvaltningar/{admin}/markera`: a completion marked by hand.
pub async fn mark(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = TrainingMarkInput {
        person_key: form.get("person_key").into(),
        course_id: form.get("course_id").trim().parse().ok(),
        unit_id: form.get("unit_id").trim().parse().ok(),
        date: form.get("date").into(),
        reason: form.get("reason").into(),
    };
    let result = service::mark(&state, &Actor::of(&p), admin, &input).await;
    after(&state, &p, admin, result, &manage_url(admin, "sparat")).await
}

/// `POST /utbildning/forvaltningar/{admin}/tillfallen`: an event held.
pub async fn create_event(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = TrainingEventInput {
        course_id: form.get("course_id").trim().parse().ok(),
        unit_id: form.get("unit_id").trim().parse().ok(),
        date: form.get("date").into(),
        attendees: form.get("attendees").trim().parse().ok(),
    };
    let result = service::create_event(&state.db, &Actor::of(&p), admin, &input).await;
    after(&state, &p, admin, result, &manage_url(admin, "skapat")).await
}

#[derive(Template)]
#[template(path = "training/city.html")]
struct CityPage {
    i: &'static Catalog,
    shell: Shell,
    city: Option<TrainingCity>,
    tables: Vec<FigureTable>,
    courses: Vec<Choice>,
    date: String,
    last_year_end: String,
    problems: Vec<String>,
}

/// `GET /utbildning/stad?kurs=&datum=`: the city's figures, suppressed.
pub async fn city(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<FiguresQuery>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let mut problems = Vec::new();
    let date = date_of(&q, &mut problems);
    let courses = store::courses(&state.db, None).await?;
    let course = course_of(&courses, &q);
    let city = match course {
        Some(c) => Some(service::city(&state.db, &p, c, &date).await?),
        None => None,
    };
    let page = CityPage {
        i: cat,
        shell: Shell::new(Some(&p), cat.t("training.city_title"), "/utbildning"),
        courses: course_choices(&courses, course.map(|c| c.id), false),
        tables: city
            .as_ref()
            .map(|c| {
                vec![
                    FigureTable {
                        id: "city",
                        caption: cat.f(
                            "training.figures_at",
                            &[
                                ("course", c.course.name.as_str()),
                                ("date", c.date.as_str()),
                            ],
                        ),
                        first_col: cat.t("training.col.administration"),
                        rows: c.administrations.clone(),
                    },
                    FigureTable {
                        id: "city-total",
                        caption: cat.t("training.city_total").into(),
                        first_col: cat.t("training.col.name"),
                        rows: vec![c.total.clone()],
                    },
                ]
            })
            .unwrap_or_default(),
        city,
        date,
        last_year_end: last_year_end(),
        problems,
    };
    let status = if page.problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render_status(status, &page))
}
