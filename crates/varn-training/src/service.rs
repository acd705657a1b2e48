//! The services of training: checking what people give (courses, the column mapping, a
//! manual marking, an event) with Swedish problems naming the field, the import of a
//! completion file from the bytes to the stored rows, and the figures per unit, department
//! and administration at a date, as the asker may see them.

use std::collections::HashMap;
use varn_house::kernel::ids::{AdministrationId, DepartmentId, UnitId};

use serde::Serialize;

use crate::domain::{
    self, CourseKind, TrainingCompletionId, TrainingCourseId, TrainingEventId, UnitCount,
};
use crate::import::{self as completions, Lookup, TrainingMapping};
use crate::store::{self, NewCourse, NewEvent, NewMark, TrainingCourse};
use crate::{counts, tally_store};
use varn_house::audit::Actor;
use varn_house::auth::{Principal, Role};
use varn_house::db::Db;
use varn_house::i18n;
use varn_house::import::runner::Imported;
use varn_house::kernel::check::{required_text, Checker};
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::suppress::{suppress, Cell, THRESHOLD};
use varn_house::kernel::text::Guarded;
use varn_org::domain::UnitFunction;

fn field(key: &str) -> String {
    i18n::sv().t(&format!("training.field.{key}")).to_string()
}

/// A course as a form or the API gives it.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
pub struct TrainingCourseInput {
    pub code: String,
    pub name: String,
    /// web_basic, web_advanced, workshop, lecture or apt
    pub kind: String,
    /// Unit functions whose staff must take it; empty: all staff.
    #[serde(default)]
    pub functions: Vec<String>,
}

impl TrainingCourseInput {
    fn check(&self, admin: Option<AdministrationId>) -> Result<NewCourse> {
        let cat = i18n::sv();
        let mut c = Checker::default();
        let code = c.check(
            &field("code"),
            required_text(&self.code, 30).and_then(|v| {
                if v.chars()
                    .all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_')
                {
                    Ok(v.to_uppercase())
                } else {
                    Err(cat.t("validation.code"))
                }
            }),
        );
        let name = c.check(&field("name"), required_text(&self.name, 200));
        let kind = c.check(
            &field("kind"),
            CourseKind::parse(&self.kind).ok_or(cat.t("training.unknown_kind")),
        );
        let functions = c.check(
            &field("functions"),
            UnitFunction::parse_list(&self.functions.join(","))
                .map_err(|bad| cat.f("validation.function", &[("value", &bad)])),
        );
        c.finish()?;
        match (code, name, kind, functions) {
            (Some(code), Some(name), Some(kind), Some(functions)) => Ok(NewCourse {
                administration_id: admin,
                code,
                name,
                kind,
                audience: if functions.is_empty() {
                    "all"
                } else {
                    "functions"
                },
                functions,
            }),
            _ => Err(Error::Invalid(vec![])),
        }
    }
}

/// Creates a course: city-wide when `admin` is `None`.
pub async fn create_course(
    db: &Db,
    actor: &Actor,
    admin: Option<AdministrationId>,
    input: &TrainingCourseInput,
) -> Result<TrainingCourseId> {
    let course = input.check(admin)?;
    store::create_course(db, actor, &course).await
}

/// The administration's mapping, or Moodle's shape until one is saved.
pub async fn mapping(db: &Db, admin: AdministrationId) -> Result<TrainingMapping> {
    Ok(store::mapping(db, admin)
        .await?
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_else(TrainingMapping::moodle))
}

pub async fn save_mapping(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
    m: &TrainingMapping,
) -> Result<()> {
    m.check()?;
    let json = serde_json::to_string(m).map_err(|e| Error::Internal(e.into()))?;
    store::save_mapping(db, actor, admin, &json).await
}

/// Courses and units a file of `admin` may name, with the key, as of today.
async fn lookup(db: &Db, admin: AdministrationId) -> Result<Lookup> {
    let mut courses = HashMap::new();
    for c in store::courses(db, Some(admin)).await? {
        courses.insert(Lookup::key(&c.code), c.id);
        courses.insert(Lookup::key(&c.name), c.id);
    }
    let mut units = HashMap::new();
    for u in varn_org::list_units(db, admin).await? {
        units.insert(Lookup::key(&u.code), u.id);
        // A name of an ended unit does not shadow the living unit of the same name.
        if u.current || !units.contains_key(&Lookup::key(&u.name)) {
            units.insert(Lookup::key(&u.name), u.id);
        }
    }
    Ok(Lookup {
        courses,
        units,
        secret: store::secret(db).await?,
        today: varn_house::db::today(),
    })
}

/// What an import did, and what it warns of.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TrainingImported {
    pub read: usize,
    pub new: usize,
    /// Rows whose person key looked like a personal identity number (hashed like any other).
    pub identity_like: usize,
    /// In Swedish, when there is something to warn of.
    pub warnings: Vec<String>,
}

/// Reads, checks and stores a completion file of `admin`, all or nothing.
pub async fn import(
    state: &varn_house::web::AppState,
    actor: &Actor,
    admin: AdministrationId,
    name: &str,
    bytes: Vec<u8>,
) -> Result<TrainingImported> {
    let mapping = mapping(&state.db, admin).await?;
    let lookup = lookup(&state.db, admin).await?;
    let checked = state
        .work
        .try_run(move || completions::read(&bytes, &mapping, &lookup))
        .await?;
    let file_name = varn_house::kernel::text::file_name(&state.pii.get(), name);
    let Imported { read, new } =
        completions::store(&state.db, actor, admin, &file_name, &checked.rows).await?;
    let warnings = if checked.identity_like > 0 {
        vec![i18n::sv().f(
            "training.identity_warning",
            &[("n", &checked.identity_like.to_string())],
        )]
    } else {
        vec![]
    };
    Ok(TrainingImported {
        read,
        new,
        identity_like: checked.identity_like,
        warnings,
    })
}

/// A completion to mark by hand, as a form or the API gives it.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
pub struct TrainingMarkInput {
    /// The person's key on the platform (employee number or e-mail); only its hash is kept.
    pub person_key: String,
    pub course_id: Option<TrainingCourseId>,
    pub unit_id: Option<UnitId>,
    /// YYYY-MM-DD, not after today.
    pub date: String,
    /// Why the platform's record is not enough (required).
    pub reason: String,
}

fn check_date(c: &mut Checker, text: &str) -> Option<String> {
    let cat = i18n::sv();
    c.check(
        &field("date"),
        chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .map(|d| d.format("%Y-%m-%d").to_string())
            .map_err(|_| cat.t("validation.date").to_string())
            .and_then(|d| {
                if d > varn_house::db::today() {
                    Err(cat.t("training.future_date").to_string())
                } else {
                    Ok(d)
                }
            }),
    )
}

/// The course and unit of a form, both of `admin`.
async fn course_and_unit(
    db: &Db,
    c: &mut Checker,
    admin: AdministrationId,
    course: Option<TrainingCourseId>,
    unit: Option<UnitId>,
) -> Result<(Option<TrainingCourse>, Option<UnitId>)> {
    let cat = i18n::sv();
    let courses = store::courses(db, Some(admin)).await?;
    let course = course.and_then(|id| courses.into_iter().find(|x| x.id == id));
    if course.is_none() {
        c.fail(&field("course"), cat.t("training.unknown_course"));
    }
    let units = varn_org::list_units(db, admin).await?;
    let unit = unit.filter(|id| units.iter().any(|u| u.id == *id));
    if unit.is_none() {
        c.fail(&field("unit"), cat.t("training.unknown_unit"));
    }
    Ok((course, unit))
}

/// Marks a completion by hand: a reason is required and passes the PII guard.
pub async fn mark(
    state: &varn_house::web::AppState,
    actor: &Actor,
    admin: AdministrationId,
    input: &TrainingMarkInput,
) -> Result<TrainingCompletionId> {
    let cat = i18n::sv();
    let db = &state.db;
    let mut c = Checker::default();
    let key = c.check(&field("person_key"), required_text(&input.person_key, 200));
    let (course, unit) = course_and_unit(db, &mut c, admin, input.course_id, input.unit_id).await?;
    if course.as_ref().is_some_and(|x| x.kind.is_event()) {
        c.fail(&field("course"), cat.t("training.not_person_course"));
    }
    let on = check_date(&mut c, &input.date);
    let reason = c
        .check(&field("reason"), required_text(&input.reason, 500))
        .and_then(
            |r| match Guarded::check(&state.pii.get(), &field("reason"), &r) {
                Ok(g) => Some(g),
                Err(_) => {
                    c.fail(&field("reason"), cat.t("training.reason_identifying"));
                    None
                }
            },
        );
    c.finish()?;
    let (Some(key), Some(course), Some(unit_id), Some(on), Some(reason)) =
        (key, course, unit, on, reason)
    else {
        return Err(Error::Invalid(vec![]));
    };
    let secret = store::secret(db).await?;
    let mark = NewMark {
        person_hash: domain::person_hash(&secret, &key),
        course_id: course.id,
        unit_id,
        on,
        reason,
    };
    store::mark(db, actor, admin, &mark).await
}

/// An event held, as a form or the API gives it.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
pub struct TrainingEventInput {
    pub course_id: Option<TrainingCourseId>,
    pub unit_id: Option<UnitId>,
    /// YYYY-MM-DD, not after today.
    pub date: String,
    pub attendees: Option<i64>,
}

pub async fn create_event(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
    input: &TrainingEventInput,
) -> Result<TrainingEventId> {
    let cat = i18n::sv();
    let mut c = Checker::default();
    let (course, unit) = course_and_unit(db, &mut c, admin, input.course_id, input.unit_id).await?;
    if course.as_ref().is_some_and(|x| !x.kind.is_event()) {
        c.fail(&field("course"), cat.t("training.not_event_course"));
    }
    let on = check_date(&mut c, &input.date);
    let attendees = c.check(
        &field("attendees"),
        match input.attendees {
            Some(n) if (0..=10_000).contains(&n) => Ok(n),
            _ => Err(cat.t("training.bad_attendees")),
        },
    );
    c.finish()?;
    let (Some(course), Some(unit_id), Some(held_on), Some(attendees)) =
        (course, unit, on, attendees)
    else {
        return Err(Error::Invalid(vec![]));
    };
    store::create_event(
        db,
        actor,
        admin,
        &NewEvent {
            course_id: course.id,
            unit_id,
            held_on,
            attendees,
        },
    )
    .await
}

// ---------------------------------------------------------------------------------------
// Figures

/// A count as the asker may see it: exact inside the administration, suppressed outside.
pub type Count = Cell;

/// One row of figures (a unit, a department or the administration).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TrainingRow {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub department: String,
    pub headcount: i64,
    pub completed: Count,
    pub in_progress: Count,
    pub not_started: Count,
    /// Of the completed, marked by hand.
    pub manual: Count,
    /// Completed against headcount, whole per cent; `None` when hidden or no headcount.
    pub rate: Option<i64>,
}

impl TrainingRow {
    pub fn rate_text(&self) -> String {
        self.rate
            .map(|r| format!("{r} %"))
            .unwrap_or_else(|| "–".into())
    }
}

/// The figures at one year's end (the trend).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TrainingYear {
    pub year: i32,
    /// The date the figures are for (the year's last day, or today for this year).
    pub date: String,
    pub headcount: i64,
    pub completed: Count,
    pub rate: Option<i64>,
}

/// An administration's figures for one course at one date.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TrainingFigures {
    pub administration_id: AdministrationId,
    pub administration: String,
    pub course: TrainingCourse,
    pub date: String,
    /// False when counts are suppressed (the asker is outside the administration).
    pub exact: bool,
    /// True when only some units are shown (a manager sees their own units).
    pub partial: bool,
    pub units: Vec<TrainingRow>,
    pub departments: Vec<TrainingRow>,
    pub total: TrainingRow,
    pub trend: Vec<TrainingYear>,
}

/// The units a manager may see in `admin`: `None` for all of them.
pub fn own_units(p: &Principal, admin: AdministrationId) -> Option<Vec<UnitId>> {
    if p.covers(
        &[Role::Coordinator, Role::CentralCoordinator, Role::Reader],
        admin,
    ) {
        return None;
    }
    let mut units = Vec::new();
    for g in &p.grants {
        if g.role == Role::Manager && g.administration_id.is_none_or(|a| a == admin) {
            match g.unit_id {
                None => return None,
                Some(u) => units.push(u),
            }
        }
    }
    Some(units)
}

fn shown(n: i64) -> Cell {
    Cell::Shown(n)
}

fn row_of(id: i64, code: &str, name: &str, department: &str, c: &UnitCount) -> TrainingRow {
    TrainingRow {
        id,
        code: code.into(),
        name: name.into(),
        department: department.into(),
        headcount: c.headcount,
        completed: shown(c.completed),
        in_progress: shown(c.in_progress),
        not_started: shown(c.not_started),
        manual: shown(c.manual),
        rate: c.rate(),
    }
}

/// Hides small counts of rows seen from outside (completed, in progress, not started).
fn suppress_rows(rows: &mut [TrainingRow], counts: &[UnitCount]) {
    let table: Vec<Vec<i64>> = counts
        .iter()
        .map(|c| vec![c.completed, c.in_progress, c.not_started])
        .collect();
    let s = suppress(&table, THRESHOLD);
    for (row, cells) in rows.iter_mut().zip(s.cells) {
        row.completed = cells[0];
        row.in_progress = cells[1];
        row.not_started = cells[2];
        row.manual = Cell::Hidden;
        if matches!(row.completed, Cell::Hidden) {
            row.rate = None;
        }
    }
}

/// The default course of the figures: the basic web training, else the first course.
pub fn default_course(courses: &[TrainingCourse]) -> Option<&TrainingCourse> {
    courses
        .iter()
        .find(|c| c.kind == CourseKind::WebBasic)
        .or_else(|| courses.iter().find(|c| !c.kind.is_event()))
}

/// The figures of `admin` for `course` at `date`, as `p` may see them.
pub async fn figures(
    db: &Db,
    p: &Principal,
    admin: AdministrationId,
    course: &TrainingCourse,
    date: &str,
) -> Result<TrainingFigures> {
    let administration = varn_org::get_administration(db, admin).await?;
    let exact = p.covers(&[Role::Coordinator, Role::Manager], admin);
    let own = own_units(p, admin);
    // Every unit takes part in following people through merges; only those whose staff
    // must take the course (and the asker may see) are shown and counted.
    let (all_units, spans) = counts::spans(db, admin).await?;
    let shown_unit = |id: Option<UnitId>| {
        all_units
            .iter()
            .find(|u| Some(u.id) == id)
            .is_some_and(|u| course.applies_to(&u.functions))
            && own
                .as_ref()
                .is_none_or(|o| id.is_some_and(|id| o.contains(&id)))
    };
    let trend_dates = trend_dates(db, admin, course).await?;
    let dates: Vec<String> = std::iter::once(date.to_string())
        .chain(trend_dates.iter().map(|(_, d)| d.clone()))
        .collect();
    let mut at_dates = counts::at_dates(db, admin, course.id, &spans, &dates)
        .await?
        .into_iter()
        .map(|counts| {
            counts
                .into_iter()
                .filter(|c| shown_unit(c.unit_id))
                .collect::<Vec<UnitCount>>()
        });
    let counts = at_dates.next().unwrap_or_default();
    let (units, departments, total) = unit_rows(&all_units, &counts, exact);
    let mut total_row = row_of(
        admin.get(),
        &administration.code,
        &administration.name,
        "",
        &total,
    );
    if !exact {
        suppress_rows(
            std::slice::from_mut(&mut total_row),
            std::slice::from_ref(&total),
        );
    }
    let trend = trend(trend_dates, at_dates, exact);
    Ok(TrainingFigures {
        administration_id: admin,
        administration: administration.name,
        course: course.clone(),
        date: date.to_string(),
        exact,
        partial: own.is_some(),
        units,
        departments,
        total: total_row,
        trend,
    })
}

/// The trend's dates: each year's end from the first year known (at most ten years back),
/// this year up to today.
async fn trend_dates(
    db: &Db,
    admin: AdministrationId,
    course: &TrainingCourse,
) -> Result<Vec<(i32, String)>> {
    let today = varn_house::db::today();
    let this_year: i32 = today.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2026);
    let first = [
        store::first_year(db, admin, course.id).await?,
        tally_store::first_year(db, admin, course.id).await?,
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(this_year)
    .max(this_year - 9);
    Ok((first..=this_year)
        .map(|year| {
            let d = if year == this_year {
                today.clone()
            } else {
                domain::year_end(year)
            };
            (year, d)
        })
        .collect())
}

/// The rows of the units counted and of their departments, suppressed unless `exact`, and
/// the administration's total count.
fn unit_rows(
    all_units: &[varn_org::Unit],
    counts: &[UnitCount],
    exact: bool,
) -> (Vec<TrainingRow>, Vec<TrainingRow>, UnitCount) {
    let mut units = Vec::new();
    let mut by_department: Vec<(DepartmentId, String, String, UnitCount)> = Vec::new();
    let mut total = UnitCount::default();
    for c in counts {
        let Some(u) = all_units.iter().find(|u| Some(u.id) == c.unit_id) else {
            continue;
        };
        units.push(row_of(u.id.get(), &u.code, &u.name, &u.department_name, c));
        total.add(c);
        match by_department.iter_mut().find(|d| d.0 == u.department_id) {
            Some(d) => d.3.add(c),
            None => by_department.push((
                u.department_id,
                u.department_code.clone(),
                u.department_name.clone(),
                c.clone(),
            )),
        }
    }
    let mut departments: Vec<TrainingRow> = by_department
        .iter()
        .map(|(id, code, name, c)| row_of(id.get(), code, name, name, c))
        .collect();
    if !exact {
        suppress_rows(&mut units, counts);
        let dep_counts: Vec<UnitCount> = by_department.iter().map(|d| d.3.clone()).collect();
        suppress_rows(&mut departments, &dep_counts);
    }
    (units, departments, total)
}

/// The trend: each date's sum over the units counted, the completed hidden unless `exact`
/// when few.
fn trend(
    trend_dates: Vec<(i32, String)>,
    at_dates: impl Iterator<Item = Vec<UnitCount>>,
    exact: bool,
) -> Vec<TrainingYear> {
    let mut trend = Vec::new();
    let mut trend_counts = Vec::new();
    for ((year, d), counts) in trend_dates.into_iter().zip(at_dates) {
        let mut sum = UnitCount::default();
        for c in &counts {
            sum.add(c);
        }
        trend.push(TrainingYear {
            year,
            date: d,
            headcount: sum.headcount,
            completed: shown(sum.completed),
            rate: sum.rate(),
        });
        trend_counts.push(sum);
    }
    if !exact {
        for (t, c) in trend.iter_mut().zip(&trend_counts) {
            if (1..=THRESHOLD).contains(&c.completed) {
                t.completed = Cell::Hidden;
                t.rate = None;
            }
        }
    }
    trend
}

/// The city's figures: one row per administration in `scope`, suppressed.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TrainingCity {
    pub course: TrainingCourse,
    pub date: String,
    pub administrations: Vec<TrainingRow>,
    pub total: TrainingRow,
}

pub async fn city(
    db: &Db,
    p: &Principal,
    course: &TrainingCourse,
    date: &str,
) -> Result<TrainingCity> {
    let scope = p.scope(&[Role::CentralCoordinator, Role::Reader, Role::Coordinator]);
    let mut rows = Vec::new();
    let mut counts = Vec::new();
    let mut total = UnitCount::default();
    for a in varn_org::list_administrations(db, &scope).await? {
        let (units, spans) = counts::spans(db, a.id).await?;
        let at = counts::at_dates(db, a.id, course.id, &spans, &[date.to_string()]).await?;
        let mut sum = UnitCount::default();
        for c in at.iter().flatten() {
            if units
                .iter()
                .any(|u| c.unit_id == Some(u.id) && course.applies_to(&u.functions))
            {
                sum.add(c);
            }
        }
        total.add(&sum);
        rows.push(row_of(a.id.get(), &a.code, &a.name, "", &sum));
        counts.push(sum);
    }
    suppress_rows(&mut rows, &counts);
    let mut total_row = row_of(0, "", i18n::sv().t("training.city_total"), "", &total);
    suppress_rows(std::slice::from_mut(&mut total_row), &[total]);
    Ok(TrainingCity {
        course: course.clone(),
        date: date.to_string(),
        administrations: rows,
        total: total_row,
    })
}

/// The figures as rows of text: a header, then one row per unit, department and the
/// administration.
fn figures_rows(f: &TrainingFigures) -> Vec<Vec<String>> {
    let cat = i18n::sv();
    let head = [
        "training.csv.level",
        "training.csv.department",
        "training.csv.code",
        "training.csv.name",
        "training.col.headcount",
        "training.col.completed",
        "training.col.in_progress",
        "training.col.not_started",
        "training.col.rate",
        "training.col.manual",
    ];
    let mut rows = vec![head.iter().map(|k| cat.t(k).to_string()).collect()];
    let level = |k: &str| cat.t(k).to_string();
    let all = f
        .units
        .iter()
        .map(|r| (level("training.csv.unit"), r))
        .chain(
            f.departments
                .iter()
                .map(|r| (level("training.csv.dept"), r)),
        )
        .chain(std::iter::once((level("training.csv.admin"), &f.total)));
    for (lvl, r) in all {
        rows.push(vec![
            lvl,
            r.department.clone(),
            r.code.clone(),
            r.name.clone(),
            r.headcount.to_string(),
            r.completed.display(),
            r.in_progress.display(),
            r.not_started.display(),
            r.rate.map(|x| x.to_string()).unwrap_or_default(),
            r.manual.display(),
        ]);
    }
    rows
}

/// The figures as CSV (`export::Csv`: formula cells neutralised).
pub fn figures_csv(f: &TrainingFigures) -> Result<Vec<u8>> {
    let mut csv = varn_house::export::Csv::new();
    for row in figures_rows(f) {
        csv.row(row)?;
    }
    csv.finish().map_err(Error::Internal)
}

/// The figures as XLSX: counts as numbers, everything else as text (never a formula).
pub fn figures_xlsx(f: &TrainingFigures) -> Result<Vec<u8>> {
    let write = || -> std::result::Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let bold = rust_xlsxwriter::Format::new().set_bold();
        let ws = wb.add_worksheet();
        ws.set_name(i18n::sv().t("training.title"))?;
        for (r, row) in figures_rows(f).iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match v.parse::<i64>() {
                    Ok(n) if r > 0 && c >= 4 => ws.write_number(r, c, n as f64)?,
                    _ if r == 0 => ws.write_string_with_format(r, c, v, &bold)?,
                    _ => ws.write_string(r, c, v)?,
                };
            }
        }
        ws.autofit();
        wb.save_to_buffer()
    };
    write().map_err(|e| Error::Internal(e.into()))
}
