//! The plan as pages and documents show it: rows of activity tables per area, sections with
//! their rendered text, the lifecycle history and the follow-up points with deadlines.
//! Pure: built from a stored [`Plan`], no I/O.

use chrono::NaiveDate;

use crate::domain::{ActivityId, Area, Carry, Point};
use crate::store::{Activity, Plan};
use varn_house::i18n;
use varn_house::kernel::ids::UnitId;
use varn_house::web::markdown::render_markdown;

/// One row of an activity table.
#[derive(Debug, Clone)]
pub struct ActivityRow {
    pub id: ActivityId,
    pub area: Area,
    pub text: String,
    /// The responsible as written, with the person when given.
    pub responsible: String,
    pub other_actors: String,
    pub schedule: String,
    /// The schedule's meaning, when it could be read.
    pub meaning: Option<String>,
    /// True when the schedule text could not be read.
    pub warning: bool,
    pub follow_up: String,
    pub points: Vec<String>,
    pub carry: Carry,
    pub carried: bool,
    /// The status in the previous period, for carried activities ("Pågår: två möten").
    pub previous: String,
}

impl ActivityRow {
    pub fn of(a: &Activity) -> ActivityRow {
        let responsible = if a.person.is_empty() {
            a.responsible.clone()
        } else if a.responsible.is_empty() {
            a.person.clone()
        } else {
            format!("{} ({})", a.responsible, a.person)
        };
        let previous = match (a.previous_status, a.previous_comment.is_empty()) {
            (Some(s), true) => s.label().to_string(),
            (Some(s), false) => format!("{}: {}", s.label(), a.previous_comment),
            (None, _) if a.carried_from.is_some() => i18n::sv().t("plans.not_reported").to_string(),
            (None, _) => String::new(),
        };
        ActivityRow {
            id: a.id,
            area: a.area,
            text: a.text.clone(),
            responsible,
            other_actors: a.other_actors.clone(),
            schedule: a.schedule.text.clone(),
            meaning: a.schedule.parsed.as_ref().map(|s| s.describe()),
            warning: a.schedule.needs_warning(),
            follow_up: a.follow_up.display(),
            points: a.follow_up.points.clone(),
            carry: a.carry,
            carried: a.carried_from.is_some(),
            previous,
        }
    }

    pub fn carry_label(&self) -> &'static str {
        self.carry.label()
    }

    pub fn meaning_text(&self) -> String {
        match &self.meaning {
            Some(m) => i18n::sv().f("plans.schedule_read_as", &[("meaning", m)]),
            None => String::new(),
        }
    }
}

/// The activities of one area.
#[derive(Debug, Clone)]
pub struct AreaBlock {
    pub area: Area,
    pub title: &'static str,
    pub rows: Vec<ActivityRow>,
}

/// The activity tables of a plan, one per area, in the template's order. Ended carried-over
/// activities are left out (they show in the status of last period's activities).
pub fn areas(plan: &Plan) -> Vec<AreaBlock> {
    Area::ALL
        .iter()
        .map(|area| AreaBlock {
            area: *area,
            title: area.label(),
            rows: plan
                .in_area(*area)
                .into_iter()
                .map(ActivityRow::of)
                .collect(),
        })
        .collect()
}

/// Carried-over activities with last period's status, including ended ones.
pub fn carried(plan: &Plan) -> Vec<ActivityRow> {
    plan.activities
        .iter()
        .filter(|a| a.carried_from.is_some())
        .map(ActivityRow::of)
        .collect()
}

/// A section with its text rendered.
#[derive(Debug, Clone)]
pub struct SectionView {
    pub key: String,
    pub title: String,
    pub guidance: String,
    pub body: String,
    /// Safe HTML from the Markdown (raw HTML shown as text).
    pub html: String,
}

pub fn sections(plan: &Plan) -> Vec<SectionView> {
    plan.sections
        .iter()
        .map(|s| SectionView {
            key: s.key.clone(),
            title: s.title.clone(),
            guidance: s.guidance.clone(),
            body: s.body.clone(),
            html: render_markdown(&s.body),
        })
        .collect()
}

/// A step of the lifecycle as shown.
#[derive(Debug, Clone)]
pub struct EventRow {
    pub step: String,
    pub at: String,
    pub actor: String,
    pub on_date: String,
    pub reference: String,
}

pub fn events(plan: &Plan) -> Vec<EventRow> {
    let cat = i18n::sv();
    plan.events
        .iter()
        .map(|e| EventRow {
            step: cat.t(&format!("plans.step.{}", e.step)).to_string(),
            at: varn_house::kernel::time::swedish(&e.at),
            actor: e.actor_name.clone(),
            on_date: e.on_date.clone().unwrap_or_default(),
            reference: e.reference.clone(),
        })
        .collect()
}

/// The follow-up points used by any activity of the plan, in order.
pub fn points(plan: &Plan) -> Vec<Point> {
    let mut out: Vec<Point> = plan
        .activities
        .iter()
        .flat_map(|a| a.follow_up.points.iter().filter_map(|p| Point::parse(p)))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// One activity at one follow-up point, with its latest report.
#[derive(Debug, Clone)]
pub struct FollowUpRow {
    pub activity: ActivityRow,
    pub point: String,
    pub deadline: String,
    pub status: String,
    pub status_code: String,
    pub comment: String,
    pub value: String,
    pub indicator: String,
    pub reported: String,
    /// A reminder when the report is due within 30 days or late.
    pub reminder: Option<String>,
    /// The unit running the activity, for the follow-up access check.
    pub unit_id: Option<UnitId>,
    /// Whether the viewer may report on this row (set by the page).
    pub can_report: bool,
    /// The figure Värn counts for the indicator (`<capability>/<key>`), empty when none.
    pub measure: String,
    /// Its value for the point's period (set by `measured::fill`).
    pub measured: Option<varn_house::web::capability::MeasureValue>,
    /// True when each unit's manager reports for their own unit ("Respektive enhetschef").
    pub per_unit: bool,
    /// Each unit's latest answer at the point, on an activity reported per unit.
    pub unit_answers: Vec<UnitAnswer>,
    /// The unit the viewer reports for on such an activity (set by the page).
    pub report_unit: Option<(UnitId, String)>,
}

/// One unit's latest answer on an activity reported per unit.
#[derive(Debug, Clone)]
pub struct UnitAnswer {
    pub unit_id: UnitId,
    pub unit: String,
    pub status_code: String,
    pub status: String,
    pub comment: String,
    pub value: String,
    pub reported: String,
}

impl FollowUpRow {
    /// The viewer's own unit's answer, when they report for a unit.
    fn own(&self) -> Option<&UnitAnswer> {
        let (unit, _) = self.report_unit.as_ref()?;
        self.unit_answers.iter().find(|a| a.unit_id == *unit)
    }
    /// The status the report form shows chosen: the viewer's unit's answer when they
    /// report for a unit, else the activity's.
    pub fn form_status(&self) -> String {
        match (&self.report_unit, self.own()) {
            (Some(_), Some(a)) => a.status_code.clone(),
            (Some(_), None) => String::new(),
            _ => self.status_code.clone(),
        }
    }
    /// The comment the report form offers (the unit's own when reporting for a unit).
    pub fn form_comment(&self) -> String {
        match (&self.report_unit, self.own()) {
            (Some(_), Some(a)) => a.comment.clone(),
            (Some(_), None) => String::new(),
            _ => self.comment.clone(),
        }
    }

    /// The value to offer in the report form: the one reported, else the counted one.
    pub fn offered_value(&self) -> String {
        match (&self.measured, self.value.is_empty()) {
            (Some(m), true) => m.value.map(|v| v.to_string()).unwrap_or_default(),
            _ => self.value.clone(),
        }
    }
}

/// Every (activity, point) of the plan, optionally for one point only, as of `today`.
pub fn follow_up_rows(plan: &Plan, only: Option<&Point>, today: NaiveDate) -> Vec<FollowUpRow> {
    let cat = i18n::sv();
    let period = plan.period_value().ok();
    let mut out = Vec::new();
    for a in plan.activities.iter().filter(|a| a.carry != Carry::Ended) {
        for p in a.follow_up.points.iter().filter_map(|p| Point::parse(p)) {
            if only.is_some_and(|o| *o != p) {
                continue;
            }
            let code = p.code();
            let deadline = period.map(|per| p.deadline(per.start, per.end));
            let latest = a.latest(&code);
            let per_unit = a.per_unit();
            let answers = if per_unit {
                a.unit_answers(&code)
            } else {
                vec![]
            };
            // Without a report on the whole activity, the units' answers give its status.
            let combined = match latest {
                None if per_unit => {
                    crate::domain::combined(&answers.iter().map(|r| r.status).collect::<Vec<_>>())
                }
                _ => None,
            };
            let reminder = match (latest.or(answers.first().copied()), deadline) {
                (None, Some(d)) if d < today => Some(cat.f(
                    "plans.overdue",
                    &[("date", &d.format("%Y-%m-%d").to_string())],
                )),
                (None, Some(d)) if (d - today).num_days() <= 30 => Some(cat.f(
                    "plans.due_soon",
                    &[("date", &d.format("%Y-%m-%d").to_string())],
                )),
                _ => None,
            };
            out.push(FollowUpRow {
                activity: ActivityRow::of(a),
                point: code,
                deadline: deadline
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
                status: match (latest, combined) {
                    (Some(r), _) => r.status.label().to_string(),
                    (None, Some(c)) => cat.f(
                        if answers.len() == 1 {
                            "plans.per_unit_status_one"
                        } else {
                            "plans.per_unit_status"
                        },
                        &[("status", c.label()), ("count", &answers.len().to_string())],
                    ),
                    (None, None) => cat.t("plans.not_reported").to_string(),
                },
                status_code: latest
                    .map(|r| r.status)
                    .or(combined)
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default(),
                comment: latest.map(|r| r.comment.clone()).unwrap_or_default(),
                value: latest
                    .map(|r| r.indicator_value.clone())
                    .unwrap_or_default(),
                indicator: a.follow_up.indicator.clone(),
                reported: latest
                    .map(|r| {
                        format!(
                            "{}, {}",
                            r.reported_by_name,
                            varn_house::kernel::time::swedish(&r.reported_at)
                        )
                    })
                    .unwrap_or_default(),
                reminder,
                unit_id: a.unit_id,
                can_report: false,
                measure: a.follow_up.measure.clone(),
                measured: None,
                per_unit,
                unit_answers: answers
                    .iter()
                    // Each answer names its unit (`Activity::unit_answers`).
                    .filter_map(|r| {
                        Some(UnitAnswer {
                            unit_id: r.unit_id?,
                            unit: r.unit.clone(),
                            status_code: r.status.as_str().to_string(),
                            status: r.status.label().to_string(),
                            comment: r.comment.clone(),
                            value: r.indicator_value.clone(),
                            reported: format!(
                                "{}, {}",
                                r.reported_by_name,
                                varn_house::kernel::time::swedish(&r.reported_at)
                            ),
                        })
                    })
                    .collect(),
                report_unit: None,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::sample::big_plan;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn reminders_come_before_the_deadline_and_stay_when_late() {
        let plan = big_plan(2);
        let early = follow_up_rows(&plan, Some(&Point::T1), d(2024, 3, 1));
        assert!(early.iter().all(|r| r.reminder.is_none()));
        let soon = follow_up_rows(&plan, Some(&Point::T1), d(2024, 4, 15));
        assert_eq!(soon.len(), 2);
        assert!(soon.iter().all(|r| r
            .reminder
            .as_deref()
            .is_some_and(|m| m.contains("senast 2024-04-30"))));
        let late = follow_up_rows(&plan, Some(&Point::T1), d(2024, 5, 10));
        assert!(late.iter().all(|r| r
            .reminder
            .as_deref()
            .is_some_and(|m| m.contains("skulle ha"))));
        assert_eq!(follow_up_rows(&plan, None, d(2024, 1, 1)).len(), 6);
    }
}
