//! What forms and the API send for plans, activities and reports, and the checks that turn
//! it into stored values, naming every bad field in Swedish. Pure: no I/O.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::{Area, Carry, FollowUp, Period, Status};
use crate::lifecycle::ReportValues;
use crate::store::{ActivityValues, PlanValues};
use varn_house::i18n;
use varn_house::kernel::check::{optional_text, required_text, Checker};
use varn_house::kernel::error::{Error, Problem, Result};
use varn_house::kernel::ids::UnitId;
use varn_org::domain::parse_date;

/// A plan's head and section texts (Markdown), as sent.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PlanInput {
    pub title: String,
    /// Registry number (Dnr).
    #[serde(default)]
    pub dnr: String,
    /// The city goal the plan is followed up under.
    #[serde(default)]
    pub city_goal: String,
    /// `YYYY-MM-DD`
    pub period_start: String,
    /// `YYYY-MM-DD`
    pub period_end: String,
    /// `YYYY-MM-DD`; the period's end when absent.
    #[serde(default)]
    pub next_revision: Option<String>,
    /// Section key → Markdown text.
    #[serde(default)]
    pub sections: BTreeMap<String, String>,
}

impl PlanInput {
    pub fn check(&self) -> Result<PlanValues> {
        let cat = i18n::sv();
        let mut c = Checker::default();
        let title = c.check(cat.t("plans.field.title"), required_text(&self.title, 200));
        let dnr = c.check(cat.t("plans.field.dnr"), optional_text(&self.dnr, 60));
        let goal = c.check(
            cat.t("plans.field.city_goal"),
            optional_text(&self.city_goal, 500),
        );
        let period = c.check(
            cat.t("plans.field.period"),
            Period::parse(&self.period_start, &self.period_end),
        );
        let next = match self.next_revision.as_deref().map(str::trim) {
            Some(d) if !d.is_empty() => c.check(cat.t("plans.field.next_revision"), parse_date(d)),
            _ => period.map(|p| p.end.format("%Y-%m-%d").to_string()),
        };
        for (key, body) in &self.sections {
            let ok_key = !key.is_empty()
                && key.len() <= 40
                && key.chars().all(|ch| ch.is_ascii_lowercase() || ch == '_');
            if !ok_key {
                c.fail(
                    cat.t("plans.field.section"),
                    cat.t("plans.validation.section_key"),
                );
            }
            if body.chars().count() > 50_000 {
                c.fail(key, cat.t("validation.too_long"));
            }
        }
        match (title, dnr, goal, period, next) {
            (Some(title), Some(dnr), Some(city_goal), Some(period), Some(next_revision))
                if c.problems.is_empty() =>
            {
                Ok(PlanValues {
                    title,
                    dnr,
                    city_goal,
                    period,
                    next_revision,
                    sections: self
                        .sections
                        .iter()
                        .map(|(k, v)| (k.clone(), v.trim_end().to_string()))
                        .collect(),
                })
            }
            _ => Err(Error::Invalid(c.problems)),
        }
    }
}

/// An activity as sent.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ActivityInput {
    /// preventive, preventing, grants_premises, competence, collaboration or other
    pub area: String,
    pub text: String,
    /// The responsible role as written.
    #[serde(default)]
    pub responsible: String,
    #[serde(default)]
    pub unit_id: Option<UnitId>,
    #[serde(default)]
    pub person: String,
    #[serde(default)]
    pub other_actors: String,
    /// The schedule as written ("2024-01-01 2024-12-31", "Löpande", "4 ggr/år" …).
    #[serde(default)]
    pub schedule: String,
    #[serde(default)]
    pub follow_up: FollowUp,
    /// For revisions: kept, changed or ended (new when absent).
    #[serde(default)]
    pub carry: Option<String>,
}

impl ActivityInput {
    /// Checks the activity; `row` names the row for imports.
    pub fn check(&self, row: Option<usize>) -> Result<ActivityValues> {
        let mut c = Checker {
            row,
            problems: vec![],
        };
        let values = self.check_into(&mut c);
        match values {
            Some(v) if c.problems.is_empty() => Ok(v),
            _ => Err(Error::Invalid(c.problems)),
        }
    }

    pub fn check_into(&self, c: &mut Checker) -> Option<ActivityValues> {
        let cat = i18n::sv();
        let area = c.check(
            cat.t("plans.field.area"),
            Area::parse(&self.area).ok_or(cat.t("plans.validation.area")),
        );
        let text = c.check(cat.t("plans.field.text"), required_text(&self.text, 4000));
        let responsible = c.check(
            cat.t("plans.field.responsible"),
            optional_text(&self.responsible, 300),
        );
        let person = c.check(
            cat.t("plans.field.person"),
            optional_text(&self.person, 200),
        );
        let others = c.check(
            cat.t("plans.field.other_actors"),
            optional_text(&self.other_actors, 1000),
        );
        let schedule = c.check(
            cat.t("plans.field.schedule"),
            optional_text(&self.schedule, 200),
        );
        let points = c.check(
            cat.t("plans.field.follow_up"),
            self.follow_up.parsed_points(),
        );
        let indicator = c.check(
            cat.t("plans.field.indicator"),
            optional_text(&self.follow_up.indicator, 500),
        );
        let unit = c.check(
            cat.t("plans.field.indicator_unit"),
            optional_text(&self.follow_up.unit, 60),
        );
        let fu_text = c.check(
            cat.t("plans.field.follow_up"),
            optional_text(&self.follow_up.text, 500),
        );
        let measure = c.check(
            cat.t("plans.field.measure"),
            optional_text(&self.follow_up.measure, 200),
        );
        let carry = match self.carry.as_deref().map(str::trim) {
            None | Some("") => Some(Carry::New),
            Some(v) => c.check(
                cat.t("plans.field.carry"),
                Carry::parse(v).ok_or(cat.t("plans.validation.carry")),
            ),
        };
        Some(ActivityValues {
            area: area?,
            text: text?,
            responsible: responsible?,
            unit_id: self.unit_id,
            person: person?,
            other_actors: others?,
            // Kept exactly as written (only the outer spaces go).
            schedule: schedule?,
            follow_up: FollowUp {
                points: points?.iter().map(|p| p.code()).collect(),
                indicator: indicator?,
                unit: unit?,
                text: fu_text?,
                measure: measure?,
            },
            carry: carry?,
        })
    }
}

/// A follow-up report as sent.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ReportInput {
    /// "T1", "T2", "VB" or one of the activity's dates.
    pub point: String,
    /// not_started, ongoing, done, partly_done, cancelled or moved
    pub status: String,
    #[serde(default)]
    pub comment: String,
    #[serde(default)]
    pub indicator_value: String,
    /// On an activity of each unit manager: the unit reported for, among the units the
    /// caller manages (their first when absent). Ignored for anyone who reports on the
    /// whole activity.
    #[serde(default)]
    pub unit: Option<UnitId>,
}

impl ReportInput {
    pub fn check(&self) -> Result<ReportValues> {
        let cat = i18n::sv();
        let mut c = Checker::default();
        let point = c.check(cat.t("plans.field.point"), required_text(&self.point, 20));
        let status = c.check(
            cat.t("plans.field.status"),
            Status::parse(&self.status).ok_or(cat.t("plans.validation.status")),
        );
        let comment = c.check(
            cat.t("plans.field.comment"),
            optional_text(&self.comment, 4000),
        );
        let value = c.check(
            cat.t("plans.field.indicator_value"),
            optional_text(&self.indicator_value, 200),
        );
        match (point, status, comment, value) {
            (Some(point), Some(status), Some(comment), Some(indicator_value)) => Ok(ReportValues {
                point,
                status,
                comment,
                indicator_value,
            }),
            _ => Err(Error::Invalid(c.problems)),
        }
    }
}

/// The board's decision as sent.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct DecisionInput {
    /// `YYYY-MM-DD`
    pub decided_on: String,
    /// The decision's reference (paragraph, Dnr).
    #[serde(default)]
    pub reference: String,
}

impl DecisionInput {
    pub fn check(&self) -> Result<(String, String)> {
        let cat = i18n::sv();
        let mut c = Checker::default();
        let date = c.check(
            cat.t("plans.field.decided_on"),
            parse_date(&self.decided_on),
        );
        let reference = c.check(
            cat.t("plans.field.decision_ref"),
            required_text(&self.reference, 200),
        );
        match (date, reference) {
            (Some(d), Some(r)) => Ok((d, r)),
            _ => Err(Error::Invalid(c.problems)),
        }
    }
}

/// The executive board's approval as sent.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct ApprovalInput {
    /// `YYYY-MM-DD`
    pub approved_on: String,
    /// The executive board's decision reference (paragraph or Dnr).
    #[serde(default)]
    pub reference: String,
}

impl ApprovalInput {
    /// The date and the reference, both required.
    pub fn check(&self) -> Result<(String, String)> {
        let cat = i18n::sv();
        let mut problems = Vec::new();
        let date = parse_date(&self.approved_on)
            .map_err(|m| problems.push(Problem::field(cat.t("plans.field.approved_on"), m)))
            .ok();
        let reference = required_text(&self.reference, 200)
            .map_err(|m| problems.push(Problem::field(cat.t("plans.field.approval_ref"), m)))
            .ok();
        match (date, reference) {
            (Some(d), Some(r)) if problems.is_empty() => Ok((d, r)),
            _ => Err(Error::Invalid(problems)),
        }
    }
}

/// The executive board sends a decided plan back, with its comments.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ReturnInput {
    /// What the administration should change.
    pub comment: String,
}

impl ReturnInput {
    pub fn check(&self) -> Result<String> {
        let cat = i18n::sv();
        required_text(&self.comment, 4000)
            .map_err(|m| Error::invalid(cat.t("plans.field.return_comment"), m))
    }
}

/// Runs a follow-up comment through the PII guard: a comment that looks identifying is
/// refused, naming the field and what was found, never echoing the text.
pub fn guard_comment(guard: &varn_pii::Guard, comment: &str) -> Result<()> {
    let cat = i18n::sv();
    let field = cat.t("plans.field.comment");
    let flags = varn_house::kernel::text::check(guard, &[(field, comment)]);
    if flags.is_empty() {
        return Ok(());
    }
    Err(Error::Invalid(
        flags
            .iter()
            .map(|f| {
                varn_house::kernel::error::Problem::field(
                    field,
                    cat.f("plans.validation.pii", &[("what", &f.explanation)]),
                )
            })
            .collect(),
    ))
}
