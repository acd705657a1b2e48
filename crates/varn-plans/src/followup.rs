//! The follow-up pages: the activities of one follow-up point with their latest reports and
//! deadlines, reminders, the report form for managers (or the coordinator for them), and
//! the follow-up table as CSV and XLSX.

use askama::Template;
use axum::extract::State;
use varn_house::kernel::ids::UnitId;

use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use serde::Deserialize;
use varn_house::web::{Path, Query};

use crate::domain::{ActivityId, PlanId, PlanStatus, Point, Status};
use crate::input::ReportInput;
use crate::pages::load;
use crate::service;
use crate::store::{self, Plan};
use crate::view::{self, FollowUpRow};
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::web::download;
use varn_house::web::error::PageError;
use varn_house::web::AppState;
use varn_house::web::Choice;
use varn_house::web::{notice, render_status, see_other, FormFields, Shell};

#[derive(Template)]
#[template(path = "plans/followup.html")]
struct FollowUpPage {
    i: &'static Catalog,
    shell: Shell,
    plan: Plan,
    period: String,
    points: Vec<Choice>,
    rows: Vec<FollowUpRow>,
    reminders: Vec<FollowUpRow>,
    statuses: Vec<Choice>,
    /// True when reminders also go out by e-mail.
    mail_on: bool,
    problems: Vec<String>,
    caption: String,
    /// "4 av 6 aktiviteter är rapporterade vid T1."
    summary: String,
    /// Whether any row is reported per unit (the page then states the rules).
    per_unit: bool,
}

/// Which follow-up point to show.
#[derive(Debug, Deserialize, Default)]
pub struct PointQuery {
    pub punkt: Option<String>,
    pub klart: Option<String>,
}

async fn follow_up_page(
    state: &AppState,
    p: &Principal,
    id: PlanId,
    point: Option<String>,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let plan = load(state, id).await?;
    let all = view::points(&plan);
    let chosen = point
        .as_deref()
        .and_then(Point::parse)
        .filter(|p| all.contains(p))
        .or_else(|| all.first().cloned());
    let today = chrono::Utc::now().date_naive();
    let mut rows = match &chosen {
        Some(c) => view::follow_up_rows(&plan, Some(c), today),
        None => vec![],
    };
    crate::measured::fill(state, &plan, &mut rows, today).await?;
    let in_force = matches!(plan.status, PlanStatus::Decided | PlanStatus::Approved);
    // A manager of a unit reports for that unit on an activity of each unit manager.
    let mine = {
        let mut conn = state.db.pool().acquire().await.map_err(Error::from)?;
        store::managed_units(&mut conn, p, plan.administration_id).await?
    };
    let rows: Vec<FollowUpRow> = rows
        .into_iter()
        .map(|mut r| {
            r.can_report = in_force
                && p.may_report_for(
                    plan.administration_id,
                    r.unit_id.map(UnitId::get).map(UnitId::new),
                );
            if in_force && !r.can_report && r.per_unit {
                r.report_unit = mine.first().cloned();
                r.can_report = r.report_unit.is_some();
            }
            r
        })
        .collect();
    let per_unit = rows.iter().any(|r| r.per_unit);
    let reminders = if in_force {
        view::follow_up_rows(&plan, None, today)
            .into_iter()
            .filter(|r| r.reminder.is_some())
            .collect()
    } else {
        vec![]
    };
    let code = chosen.as_ref().map(Point::code).unwrap_or_default();
    let page = FollowUpPage {
        i: cat,
        shell: Shell::new(
            Some(p),
            cat.f("plans.followup_title", &[("plan", &plan.title)]),
            "/planer",
        )
        .with_notice(notice(done)),
        period: plan.period(),
        points: all
            .iter()
            .map(|x| Choice {
                value: x.code(),
                label: x.code(),
                selected: Some(x) == chosen.as_ref(),
            })
            .collect(),
        caption: cat.f("plans.followup_caption", &[("point", &code)]),
        summary: crate::doc::summary(&rows, &code),
        per_unit,
        rows,
        reminders,
        statuses: Status::ALL
            .iter()
            .map(|s| Choice {
                value: s.as_str().into(),
                label: s.label().into(),
                selected: false,
            })
            .collect(),
        mail_on: !state.config.smtp_url.expose().trim().is_empty(),
        problems,
        plan,
    };
    Ok(render_status(status, &page))
}

/// `GET /planer/{plan}/uppfoljning`
pub async fn follow_up(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
    Query(q): Query<PointQuery>,
) -> Result<Response, PageError> {
    follow_up_page(
        &state,
        &p,
        id,
        q.punkt,
        StatusCode::OK,
        q.klart.as_deref(),
        vec![],
    )
    .await
}

/// `POST /planer/aktiviteter/{activity}/uppfoljning`: a report at a point.
pub async fn report(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(activity): Path<ActivityId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = ReportInput {
        point: form.get("point").into(),
        status: form.get("status").into(),
        comment: form.get("comment").into(),
        indicator_value: form.get("indicator_value").into(),
        unit: form.get("unit").parse().ok(),
    };
    let result = service::report(&state.db, &p, &state.pii.get(), activity, &input).await;
    let point: String = url::form_urlencoded::byte_serialize(input.point.as_bytes()).collect();
    match result {
        Ok(plan) => Ok(see_other(&format!(
            "/planer/{plan}/uppfoljning?punkt={point}&klart=sparat"
        ))),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            let plan = {
                let mut conn = state.db.pool().acquire().await.map_err(Error::from)?;
                store::activity_plan(&mut conn, activity).await?
            };
            follow_up_page(
                &state,
                &p,
                plan,
                Some(input.point),
                varn_house::web::error::page_status(&e),
                None,
                e.sentences(),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// `GET /planer/{plan}/uppfoljning.csv`
pub async fn follow_up_csv(
    State(state): State<AppState>,
    Path(id): Path<PlanId>,
) -> Result<Response, PageError> {
    let plan = load(&state, id).await?;
    let bytes = crate::export::csv(&plan)?;
    Ok(download(
        bytes,
        "text/csv; charset=utf-8",
        &format!("uppfoljning-{id}.csv"),
    ))
}

/// `GET /planer/{plan}/uppfoljning.xlsx`
pub async fn follow_up_xlsx(
    State(state): State<AppState>,
    Path(id): Path<PlanId>,
) -> Result<Response, PageError> {
    let plan = load(&state, id).await?;
    let bytes = crate::export::xlsx(&plan)?;
    Ok(download(
        bytes,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &format!("uppfoljning-{id}.xlsx"),
    ))
}

/// One plan's line in the overview of a follow-up point.
#[derive(Debug, Clone)]
pub struct OverviewRow {
    pub plan_id: PlanId,
    pub administration: String,
    pub title: String,
    pub period: String,
    pub status: &'static str,
    pub activities: usize,
    pub reported: usize,
    /// "Genomförd 3, Pågår 2 …"
    pub statuses: String,
}

#[derive(Template)]
#[template(path = "plans/overview.html")]
struct OverviewPage {
    i: &'static Catalog,
    shell: Shell,
    points: Vec<Choice>,
    rows: Vec<OverviewRow>,
    caption: String,
}

/// `GET /planer/uppfoljning`: every plan in force in the caller's scope at one follow-up
/// point: how many activities have reported and with what status.
pub async fn overview(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<PointQuery>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let point = q
        .punkt
        .as_deref()
        .and_then(Point::parse)
        .unwrap_or(Point::T1);
    let today = chrono::Utc::now().date_naive();
    let mut rows = Vec::new();
    for summary in store::list_plans(&state.db, &p.scope(crate::perm::VIEW)).await? {
        if !matches!(summary.status, PlanStatus::Decided | PlanStatus::Approved) {
            continue;
        }
        let plan = load(&state, summary.id).await?;
        let lines = view::follow_up_rows(&plan, Some(&point), today);
        let mut counts: Vec<(String, usize)> = Vec::new();
        for l in lines.iter().filter(|l| !l.status_code.is_empty()) {
            match counts.iter_mut().find(|(s, _)| *s == l.status) {
                Some((_, n)) => *n += 1,
                None => counts.push((l.status.clone(), 1)),
            }
        }
        rows.push(OverviewRow {
            plan_id: plan.id,
            administration: plan.administration.clone(),
            title: plan.title.clone(),
            period: plan.period(),
            status: plan.status.label(),
            activities: lines.len(),
            reported: lines.iter().filter(|l| !l.status_code.is_empty()).count(),
            statuses: counts
                .iter()
                .map(|(s, n)| format!("{s} {n}"))
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    let code = point.code();
    let page = OverviewPage {
        i: cat,
        shell: Shell::new(Some(&p), cat.t("plans.overview_title"), "/planer"),
        points: ["T1", "T2", "VB"]
            .iter()
            .map(|c| Choice {
                value: c.to_string(),
                label: c.to_string(),
                selected: *c == code,
            })
            .collect(),
        caption: cat.f("plans.overview_caption", &[("point", &code)]),
        rows,
    };
    Ok(render_status(StatusCode::OK, &page))
}

async fn report_document(
    state: &AppState,
    id: PlanId,
    point: Option<String>,
    format: &'static str,
) -> Result<Response, PageError> {
    let plan = load(state, id).await?;
    let point = point
        .as_deref()
        .and_then(Point::parse)
        .ok_or(Error::NotFound)?;
    let name = format!(
        "uppfoljning-{}-{}-{}",
        plan.administration_code,
        plan.period_start.get(..4).unwrap_or(""),
        point.code()
    );
    let bytes = state
        .work
        .try_run(move || -> Result<Vec<u8>, Error> {
            let blocks = crate::doc::follow_up_blocks(&plan, &point);
            let title = format!("{} {}", plan.title, point.code());
            let labels = crate::doc::labels();
            Ok(if format == "docx" {
                varn_docs::docx::render(&title, &plan.administration, &blocks, &labels)?
            } else {
                varn_docs::pdf::render(&title, &plan.administration, &blocks, &labels)
            })
        })
        .await?;
    Ok(if format == "docx" {
        download(
            bytes,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            &format!("{name}.docx"),
        )
    } else {
        download(bytes, "application/pdf", &format!("{name}.pdf"))
    })
}

/// `GET /planer/{plan}/uppfoljning.docx?punkt=T1`: the follow-up report at a point.
pub async fn report_docx(
    State(state): State<AppState>,
    Path(id): Path<PlanId>,
    Query(q): Query<PointQuery>,
) -> Result<Response, PageError> {
    report_document(&state, id, q.punkt, "docx").await
}

/// `GET /planer/{plan}/uppfoljning.pdf?punkt=T1`
pub async fn report_pdf(
    State(state): State<AppState>,
    Path(id): Path<PlanId>,
    Query(q): Query<PointQuery>,
) -> Result<Response, PageError> {
    report_document(&state, id, q.punkt, "pdf").await
}

/// What waits for a manager or coordinator in the plans: each follow-up report they may
/// give that is due within 30 days or late (by at most 30 days), in plans in force within
/// their scope, with the follow-up page one click away.
pub async fn work(
    state: &AppState,
    p: &Principal,
) -> Result<Vec<varn_house::web::capability::WorkItem>, Error> {
    if !p.has_any(crate::perm::REPORT) {
        return Ok(vec![]);
    }
    let today = chrono::Utc::now().date_naive();
    let mut conn = state.db.pool().acquire().await?;
    let ids = store::in_force(&mut conn, &p.scope(crate::perm::REPORT)).await?;
    let mut out = Vec::new();
    for id in ids {
        let plan = store::get_plan(&mut conn, id).await?;
        for row in view::follow_up_rows(&plan, None, today) {
            let Some(reminder) = &row.reminder else {
                continue;
            };
            let recent = chrono::NaiveDate::parse_from_str(&row.deadline, "%Y-%m-%d")
                .is_ok_and(|d| (today - d).num_days() <= 30);
            let may = p.may_report_for(
                plan.administration_id,
                row.unit_id.map(UnitId::get).map(UnitId::new),
            ) || (row.per_unit
                && !store::managed_units(&mut conn, p, plan.administration_id)
                    .await?
                    .is_empty());
            if recent && may {
                out.push(varn_house::web::capability::WorkItem {
                    text: i18n::sv().f(
                        "plans.work_due",
                        &[
                            ("point", &row.point),
                            ("activity", row.activity.text.trim_end_matches('.')),
                            ("when", reminder),
                        ],
                    ),
                    href: format!("/planer/{id}/uppfoljning?punkt={}", row.point),
                });
            }
        }
    }
    Ok(out)
}
