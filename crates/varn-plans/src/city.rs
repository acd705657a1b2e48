//! The plans on the city's desk (issue 17): for each administration the plan that holds in
//! the year, whether its board decided it and the executive board approved it, and whether
//! its follow-up reports are in; the plans waiting for the executive board's approval.

use chrono::NaiveDate;
use futures_util::{StreamExt, TryStreamExt};
use varn_house::kernel::ids::AdministrationId;

use crate::domain::{PlanStatus, Point, Status};
use crate::store::{self, PlanSummary};
use crate::view;
use varn_house::db::Db;
use varn_house::i18n;
use varn_house::kernel::scope::Scope;
use varn_house::web::capability::{
    CityCell, CityColumn, CityDetail, CityFuture, CityLight, CityPart, WorkItem,
};

/// The day the desk looks at in `year`: today in the current year, else the year's last day
/// (or its first, for a year still ahead).
pub fn day_of(year: i32, today: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    match year.cmp(&today.year()) {
        std::cmp::Ordering::Equal => today,
        std::cmp::Ordering::Less => NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(today),
        std::cmp::Ordering::Greater => NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(today),
    }
}

/// How an administration's plans stand on `day`: the plan that holds (decided or approved,
/// the latest to start), else a draft for the day, else the last that ran out.
#[derive(Debug)]
pub enum Standing<'a> {
    InForce(&'a PlanSummary),
    DraftOnly(&'a PlanSummary),
    Expired(&'a PlanSummary),
    None,
}

/// The standing of one administration's plans (`plans` of that administration only).
pub fn standing<'a>(plans: &[&'a PlanSummary], day: &str) -> Standing<'a> {
    let covers = |p: &&&PlanSummary| p.period_start.as_str() <= day && day <= p.period_end.as_str();
    let in_force = plans
        .iter()
        .filter(covers)
        .filter(|p| {
            matches!(
                p.status,
                PlanStatus::Decided | PlanStatus::Approved | PlanStatus::Superseded
            )
        })
        .max_by(|a, b| {
            (a.status != PlanStatus::Superseded, &a.period_start)
                .cmp(&(b.status != PlanStatus::Superseded, &b.period_start))
        });
    if let Some(p) = in_force {
        return Standing::InForce(p);
    }
    if let Some(p) = plans.iter().find(covers) {
        return Standing::DraftOnly(p);
    }
    plans
        .iter()
        .filter(|p| p.period_end.as_str() < day && p.status != PlanStatus::Draft)
        .max_by(|a, b| a.period_end.cmp(&b.period_end))
        .map_or(Standing::None, |p| Standing::Expired(p))
}

/// The plans' part of the city's desk for `year`.
pub fn city<'a>(db: &'a Db, year: i32, today: &'a str) -> CityFuture<'a> {
    Box::pin(async move {
        let cat = i18n::sv();
        let today = NaiveDate::parse_from_str(today, "%Y-%m-%d")
            .unwrap_or_else(|_| chrono::Utc::now().date_naive());
        let day = day_of(year, today);
        let day_text = day.format("%Y-%m-%d").to_string();
        let all = store::list_plans(db, &Scope::All).await?;
        // Every administration that should have a plan, so that one without stands out.
        let admins: Vec<AdministrationId> = varn_org::list_administrations(db, &Scope::All)
            .await?
            .into_iter()
            .filter(|a| {
                matches!(
                    a.kind,
                    varn_org::domain::AdministrationKind::District
                        | varn_org::domain::AdministrationKind::Specialist
                ) || all.iter().any(|p| p.administration_id == a.id)
            })
            .map(|a| a.id)
            .collect();
        // Each administration's plan is read on a connection of its own, a few at a time, so
        // both cores work (the desk's slowest part with ten years of 200-activity plans).
        let lines: Vec<Line> = futures_util::stream::iter(admins.into_iter().map(|admin| {
            let mine: Vec<&PlanSummary> = all
                .iter()
                .filter(|p| p.administration_id == admin)
                .collect();
            line(db, admin, mine, day, &day_text)
        }))
        .buffered(4)
        .try_collect()
        .await?;
        let mut plan_cells = Vec::new();
        let mut follow_cells = Vec::new();
        let mut year_end_cells = Vec::new();
        let mut details = Vec::new();
        for l in lines {
            plan_cells.push(l.plan);
            follow_cells.extend(l.follow);
            year_end_cells.extend(l.year_end);
            details.extend(l.detail);
        }
        let waiting = all
            .iter()
            .filter(|p| p.status == PlanStatus::Decided)
            .map(|p| WorkItem {
                text: cat.f(
                    "plans.city.waiting",
                    &[
                        ("administration", &p.administration),
                        ("title", &p.title),
                        ("period", &p.period()),
                    ],
                ),
                href: format!("/planer/{}", p.id),
            })
            .collect();
        // A year in which no plan's period lies has no follow-up to write.
        let (first, last) = (format!("{year}-01-01"), format!("{year}-12-31"));
        let empty_year = if all
            .iter()
            .any(|p| p.period_start <= last && first <= p.period_end)
        {
            vec![]
        } else {
            vec![cat.f("plans.city.no_plans", &[("year", &year.to_string())])]
        };
        Ok(CityPart {
            empty_year,
            columns: vec![
                CityColumn {
                    key: "plan".into(),
                    heading: cat.t("plans.city.plan_heading").into(),
                    rule: cat.t("plans.city.plan_rule").into(),
                    cells: plan_cells,
                },
                CityColumn {
                    key: "followup".into(),
                    heading: cat.t("plans.city.followup_heading").into(),
                    rule: cat.t("plans.city.followup_rule").into(),
                    cells: follow_cells,
                },
                CityColumn {
                    key: "year_end".into(),
                    heading: cat.t("plans.city.year_end_heading").into(),
                    rule: cat.t("plans.city.year_end_rule").into(),
                    cells: year_end_cells,
                },
            ],
            counts: vec![],
            details,
            waiting,
        })
    })
}

/// One administration's cells and table on the desk.
struct Line {
    plan: CityCell,
    follow: Option<CityCell>,
    year_end: Option<CityCell>,
    detail: Option<CityDetail>,
}

async fn line(
    db: &Db,
    admin: AdministrationId,
    mine: Vec<&PlanSummary>,
    day: NaiveDate,
    day_text: &str,
) -> varn_house::kernel::error::Result<Line> {
    let cat = i18n::sv();
    let cell = |text: String, href: Option<String>, light: CityLight| CityCell {
        administration_id: admin,
        text,
        href,
        light: Some(light),
    };
    let only = |plan: CityCell| Line {
        plan,
        follow: None,
        year_end: None,
        detail: None,
    };
    Ok(match standing(&mine, day_text) {
        Standing::InForce(summary) => {
            let mut conn = db.pool().acquire().await?;
            let plan = store::get_plan(&mut conn, summary.id).await?;
            drop(conn);
            let href = Some(format!("/planer/{}", plan.id));
            let (key, light, date) = match (&plan.status, &plan.approved_on) {
                (PlanStatus::Decided, _) => (
                    "plans.city.decided",
                    CityLight::Yellow,
                    plan.decided_on.clone().unwrap_or_default(),
                ),
                (_, Some(on)) => ("plans.city.approved", CityLight::Green, on.clone()),
                (_, None) => (
                    "plans.city.decided",
                    CityLight::Yellow,
                    plan.decided_on.clone().unwrap_or_default(),
                ),
            };
            let plan_cell = cell(
                cat.f(key, &[("date", &date), ("period", &plan.period())]),
                href,
                light,
            );
            let vb = view::follow_up_rows(&plan, Some(&Point::Vb), day);
            let reports: Vec<(&str, &str)> = vb
                .iter()
                .map(|r| (r.status_code.as_str(), r.deadline.as_str()))
                .collect();
            let detail = (!vb.is_empty()).then(|| year_end_detail(admin, &plan, &vb));
            let year_end_cell = year_end(&reports, day_text).map(|(text, light)| CityCell {
                administration_id: admin,
                text,
                href: Some(format!("/planer/{}/uppfoljning?punkt=VB", plan.id)),
                light,
            });
            let rows = view::follow_up_rows(&plan, None, day);
            let due = |late: bool| {
                rows.iter()
                    .filter(|r| r.status_code.is_empty() && r.reminder.is_some())
                    .filter(|r| (r.deadline.as_str() < day_text) == late)
                    .map(|r| r.deadline.clone())
                    .collect::<Vec<_>>()
            };
            let (late, soon) = (due(true), due(false));
            let href = Some(format!("/planer/{}/uppfoljning", plan.id));
            let follow = if let Some(first) = late.iter().min() {
                cell(
                    cat.f(
                        "plans.city.late",
                        &[("n", &late.len().to_string()), ("date", first)],
                    ),
                    href,
                    CityLight::Red,
                )
            } else if let Some(first) = soon.iter().min() {
                cell(
                    cat.f(
                        "plans.city.due",
                        &[("n", &soon.len().to_string()), ("date", first)],
                    ),
                    href,
                    CityLight::Yellow,
                )
            } else {
                cell(cat.t("plans.city.reported").into(), href, CityLight::Green)
            };
            Line {
                plan: plan_cell,
                follow: Some(follow),
                year_end: year_end_cell,
                detail,
            }
        }
        Standing::DraftOnly(p) => only(cell(
            cat.f("plans.city.draft", &[("period", &p.period())]),
            Some(format!("/planer/{}", p.id)),
            CityLight::Red,
        )),
        Standing::Expired(p) => only(cell(
            cat.f("plans.city.expired", &[("date", &p.period_end)]),
            Some(format!("/planer/{}", p.id)),
            CityLight::Red,
        )),
        Standing::None => only(cell(cat.t("plans.city.none").into(), None, CityLight::Red)),
    })
}

/// The plan's activities at the year-end report (VB), each with its status, comment and
/// indicator, for the year's follow-up under the administration.
pub fn year_end_detail(
    admin: AdministrationId,
    plan: &store::Plan,
    vb: &[view::FollowUpRow],
) -> CityDetail {
    let cat = i18n::sv();
    let header = [
        "plans.city.detail_activity",
        "plans.city.detail_status",
        "plans.city.detail_comment",
        "plans.city.detail_indicator",
        "plans.city.detail_value",
    ]
    .iter()
    .map(|k| cat.t(k).to_string())
    .collect();
    let rows = vb
        .iter()
        .map(|r| {
            vec![
                r.activity.text.clone(),
                r.status.clone(),
                r.comment.clone(),
                r.indicator.clone(),
                r.value.clone(),
            ]
        })
        .collect();
    CityDetail {
        administration_id: admin,
        title: cat.f(
            "plans.city.detail_title",
            &[("title", &plan.title), ("period", &plan.period())],
        ),
        header,
        rows,
        href: Some(format!("/planer/{}/uppfoljning?punkt=VB", plan.id)),
    }
}

/// How a plan's activities stood at the year-end report (VB): each status with its count,
/// and those not reported, with a light once the report was due. `None` when no activity
/// is followed up at VB. `rows` are each VB report's status code (empty: not reported) and
/// deadline.
pub fn year_end(rows: &[(&str, &str)], day: &str) -> Option<(String, Option<CityLight>)> {
    if rows.is_empty() {
        return None;
    }
    let cat = i18n::sv();
    let count = |code: &str| rows.iter().filter(|(c, _)| *c == code).count();
    let missing = count("");
    let mut parts: Vec<String> = Status::ALL
        .iter()
        .map(|s| (s.label(), count(s.as_str())))
        .filter(|(_, n)| *n > 0)
        .map(|(label, n)| format!("{label} {n}"))
        .collect();
    if missing > 0 {
        parts.push(cat.f(
            "plans.city.year_end_missing",
            &[("n", &missing.to_string())],
        ));
    }
    let due = rows.iter().any(|(_, d)| !d.is_empty() && *d < day);
    let behind = count(Status::NotStarted.as_str())
        + count(Status::Cancelled.as_str())
        + count(Status::Moved.as_str());
    let light = match (missing, due) {
        (0, _) if behind == 0 => Some(CityLight::Green),
        (0, _) => Some(CityLight::Yellow),
        (_, true) => Some(CityLight::Red),
        (_, false) => None,
    };
    Some((parts.join(" · "), light))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(id: i64, start: &str, end: &str, status: PlanStatus) -> PlanSummary {
        PlanSummary {
            id: crate::domain::PlanId::new(id),
            administration_id: AdministrationId::new(1),
            administration: "A".into(),
            title: "P".into(),
            dnr: String::new(),
            period_start: start.into(),
            period_end: end.into(),
            status,
            next_revision: String::new(),
            activities: 0,
        }
    }

    fn which(s: Standing) -> (&'static str, i64) {
        match s {
            Standing::InForce(p) => ("in force", p.id.get()),
            Standing::DraftOnly(p) => ("draft", p.id.get()),
            Standing::Expired(p) => ("expired", p.id.get()),
            Standing::None => ("none", 0),
        }
    }

    #[test]
    fn the_plan_that_holds_is_decided_and_covers_the_day() {
        let old = plan(1, "2022-01-01", "2025-12-31", PlanStatus::Superseded);
        let new = plan(2, "2026-01-01", "2026-12-31", PlanStatus::Approved);
        let draft = plan(3, "2027-01-01", "2027-12-31", PlanStatus::Draft);
        let all = [&old, &new, &draft];
        assert_eq!(which(standing(&all, "2026-06-01")), ("in force", 2));
        assert_eq!(which(standing(&all, "2024-06-01")), ("in force", 1));
        assert_eq!(which(standing(&all, "2027-06-01")), ("draft", 3));
        assert_eq!(which(standing(&[&old], "2026-06-01")), ("expired", 1));
        assert_eq!(which(standing(&[], "2026-06-01")), ("none", 0));
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).expect("date");
        assert_eq!(day_of(2025, d(2026, 11, 30)), d(2025, 12, 31));
        assert_eq!(day_of(2026, d(2026, 11, 30)), d(2026, 11, 30));
    }

    fn row<'a>(code: &'a str, deadline: &'a str) -> (&'a str, &'a str) {
        (code, deadline)
    }

    #[test]
    fn the_year_end_counts_each_status_and_lights_what_is_missing() {
        assert_eq!(year_end(&[], "2026-01-01"), None);
        let all_done = [row("done", "2026-01-31"), row("done", "2026-01-31")];
        assert_eq!(
            year_end(&all_done, "2026-03-01"),
            Some(("Genomförd 2".into(), Some(CityLight::Green)))
        );
        let mixed = [
            row("done", "2026-01-31"),
            row("cancelled", "2026-01-31"),
            row("", "2026-01-31"),
        ];
        let (text, light) = year_end(&mixed, "2026-03-01").expect("rows");
        assert_eq!(text, "Genomförd 1 · Avbruten 1 · 1 ej rapporterade");
        assert_eq!(light, Some(CityLight::Red));
        // Before the report is due a missing one is no fault yet.
        assert_eq!(year_end(&mixed, "2026-01-15").expect("rows").1, None);
        let behind = [row("done", "2026-01-31"), row("not_started", "2026-01-31")];
        assert_eq!(
            year_end(&behind, "2026-03-01").expect("rows").1,
            Some(CityLight::Yellow)
        );
    }
}
