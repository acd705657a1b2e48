//! A plan as JSON (schema in `docs/plan-json.md`): export and import that round-trip
//! exactly. Import checks the whole file first, naming the activity (as its row, counted
//! from 1) and the field of every problem, and then writes everything in the caller's
//! transaction: nothing is half-imported.

use std::collections::BTreeMap;
use varn_house::kernel::ids::{AdministrationId, UnitId};

use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;

use crate::domain::{Carry, FollowUp, PlanId, PlanStatus, PlanTemplateId, Point, Status};
use crate::input::{ActivityInput, PlanInput};
use crate::store::{get_plan, ActivityValues, Plan, PlanValues};
use crate::write::{add_event, create_plan, insert_activity};
use varn_house::audit::{self, Actor, Entry};
use varn_house::i18n;
use varn_house::kernel::check::Checker;
use varn_house::kernel::error::{Error, Problem, Result};
use varn_org::domain::parse_date;

/// The format marker of the current schema.
pub const FORMAT: &str = "varn-plan/1";

/// A plan as exchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanJson {
    /// Always `varn-plan/1`.
    pub format: String,
    /// The administration's code ("SOD").
    pub administration: String,
    pub title: String,
    pub dnr: String,
    pub city_goal: String,
    pub period_start: String,
    pub period_end: String,
    pub next_revision: String,
    pub status: PlanStatus,
    pub decided_on: Option<String>,
    pub decision_ref: Option<String>,
    pub approved_on: Option<String>,
    /// The executive board's decision reference.
    #[serde(default)]
    pub approval_ref: Option<String>,
    /// The version of the common structure the plan was written on.
    pub template_version: i64,
    /// Section key → Markdown.
    pub sections: BTreeMap<String, String>,
    pub activities: Vec<ActivityJson>,
}

/// An activity as exchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActivityJson {
    pub area: String,
    pub text: String,
    pub responsible: String,
    /// The responsible unit's code, when one is set.
    pub unit: Option<String>,
    pub person: String,
    pub other_actors: String,
    /// The schedule exactly as written.
    pub schedule: String,
    pub follow_up: FollowUp,
    pub carry: Carry,
    pub previous_status: Option<Status>,
    pub previous_comment: String,
    pub reports: Vec<ReportJson>,
}

/// A follow-up report as exchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportJson {
    pub point: String,
    pub status: Status,
    pub comment: String,
    pub indicator_value: String,
    pub reported_at: String,
    pub reported_by: String,
    /// The code of the unit a report answers for, on an activity of each unit manager.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// Reads a plan for export.
pub async fn export(conn: &mut AnyConnection, id: PlanId) -> Result<PlanJson> {
    let plan = get_plan(conn, id).await?;
    let mut units = BTreeMap::new();
    // Collected first: no borrowing iterator lives across the awaits below.
    let wanted: Vec<UnitId> = plan
        .activities
        .iter()
        .filter_map(|a| a.unit_id)
        .chain(
            plan.activities
                .iter()
                .flat_map(|a| a.reports.iter().filter_map(|r| r.unit_id)),
        )
        .collect();
    for unit in wanted {
        let code: String = sqlx::query_scalar("SELECT code FROM units WHERE id = $1")
            .bind(unit)
            .fetch_one(&mut *conn)
            .await?;
        units.insert(unit, code);
    }
    Ok(to_json(&plan, &units))
}

fn to_json(plan: &Plan, units: &BTreeMap<UnitId, String>) -> PlanJson {
    PlanJson {
        format: FORMAT.into(),
        administration: plan.administration_code.clone(),
        title: plan.title.clone(),
        dnr: plan.dnr.clone(),
        city_goal: plan.city_goal.clone(),
        period_start: plan.period_start.clone(),
        period_end: plan.period_end.clone(),
        next_revision: plan.next_revision.clone(),
        status: plan.status,
        decided_on: plan.decided_on.clone(),
        decision_ref: plan.decision_ref.clone(),
        approved_on: plan.approved_on.clone(),
        approval_ref: plan.approval_ref.clone(),
        template_version: plan.template_version,
        sections: plan
            .sections
            .iter()
            .filter(|s| !s.body.is_empty())
            .map(|s| (s.key.clone(), s.body.clone()))
            .collect(),
        activities: plan
            .activities
            .iter()
            .map(|a| ActivityJson {
                area: a.area.as_str().into(),
                text: a.text.clone(),
                responsible: a.responsible.clone(),
                unit: a.unit_id.and_then(|u| units.get(&u).cloned()),
                person: a.person.clone(),
                other_actors: a.other_actors.clone(),
                schedule: a.schedule.text.clone(),
                follow_up: a.follow_up.clone(),
                carry: a.carry,
                previous_status: a.previous_status,
                previous_comment: a.previous_comment.clone(),
                reports: a
                    .reports
                    .iter()
                    .map(|r| ReportJson {
                        point: r.point.clone(),
                        status: r.status,
                        comment: r.comment.clone(),
                        indicator_value: r.indicator_value.clone(),
                        reported_at: r.reported_at.clone(),
                        reported_by: r.reported_by.clone(),
                        unit: r.unit_id.and_then(|u| units.get(&u).cloned()),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// The administration a file names, for the access check before import.
pub async fn administration_of(
    conn: &mut AnyConnection,
    json: &PlanJson,
) -> Result<AdministrationId> {
    let cat = i18n::sv();
    let id: Option<AdministrationId> =
        sqlx::query_scalar("SELECT id FROM administrations WHERE code = $1")
            .bind(json.administration.trim().to_uppercase())
            .fetch_optional(&mut *conn)
            .await?;
    id.ok_or_else(|| {
        Error::invalid(
            cat.t("plans.field.administration"),
            cat.f(
                "plans.validation.unknown_admin",
                &[("code", &json.administration)],
            ),
        )
    })
}

/// A file that passed every check, ready to be written.
struct Checked {
    admin: AdministrationId,
    template: PlanTemplateId,
    values: PlanValues,
    decided_on: Option<String>,
    approved_on: Option<String>,
    /// Each activity's values with the unit each of its reports answers for.
    activities: Vec<(ActivityValues, Vec<Option<UnitId>>)>,
}

/// Imports a plan; returns its id. Checks everything before writing anything.
pub async fn import(tx: &mut AnyConnection, actor: &Actor, json: &PlanJson) -> Result<PlanId> {
    let checked = check(tx, json).await?;
    write(tx, actor, json, checked).await
}

/// Checks the whole file: its format, administration, structure version, head, decision
/// dates and every activity, gathering every problem before failing.
async fn check(tx: &mut AnyConnection, json: &PlanJson) -> Result<Checked> {
    let cat = i18n::sv();
    let mut c = Checker::default();
    if json.format != FORMAT {
        c.fail(
            "format",
            cat.f("plans.validation.format", &[("format", FORMAT)]),
        );
    }
    let admin = administration_of(tx, json).await?;
    let template = template_of(tx, &mut c, json).await?;
    let values = checked_head(&mut c, json)?;
    let (decided_on, approved_on) = checked_dates(&mut c, json);
    let mut activities = Vec::new();
    for (i, a) in json.activities.iter().enumerate() {
        activities.push(checked_activity(tx, &mut c, admin, i + 1, a).await?);
    }
    if !c.problems.is_empty() {
        return Err(Error::Invalid(c.problems));
    }
    let (Some(values), Some(template)) = (values, template) else {
        return Err(Error::Invalid(vec![Problem::field(
            "format",
            cat.t("error.invalid"),
        )]));
    };
    Ok(Checked {
        admin,
        template,
        values,
        decided_on,
        approved_on,
        activities: activities.into_iter().flatten().collect(),
    })
}

/// The version of the common structure the file names; a problem when there is none.
async fn template_of(
    tx: &mut AnyConnection,
    c: &mut Checker,
    json: &PlanJson,
) -> Result<Option<PlanTemplateId>> {
    let template: Option<PlanTemplateId> =
        sqlx::query_scalar("SELECT id FROM plan_templates WHERE version = $1")
            .bind(json.template_version)
            .fetch_optional(&mut *tx)
            .await?;
    if template.is_none() {
        c.fail(
            "template_version",
            i18n::sv().t("plans.validation.template"),
        );
    }
    Ok(template)
}

/// The plan's head and sections as the plan form checks them; their problems join `c`.
fn checked_head(c: &mut Checker, json: &PlanJson) -> Result<Option<PlanValues>> {
    let head = PlanInput {
        title: json.title.clone(),
        dnr: json.dnr.clone(),
        city_goal: json.city_goal.clone(),
        period_start: json.period_start.clone(),
        period_end: json.period_end.clone(),
        next_revision: Some(json.next_revision.clone()),
        sections: json.sections.clone(),
    };
    match head.check() {
        Ok(v) => Ok(Some(v)),
        Err(Error::Invalid(problems)) => {
            c.problems.extend(problems);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// The board's and the executive board's dates, each required once the status has
/// passed its step.
fn checked_dates(c: &mut Checker, json: &PlanJson) -> (Option<String>, Option<String>) {
    let cat = i18n::sv();
    let dated = |c: &mut Checker, field: &str, value: &Option<String>, needed: bool| match value {
        Some(d) => c.check(field, parse_date(d)),
        None if needed => {
            c.fail(field, cat.t("validation.required"));
            None
        }
        None => None,
    };
    let after_draft = json.status != PlanStatus::Draft;
    let after_decided = matches!(json.status, PlanStatus::Approved | PlanStatus::Superseded);
    let decided_on = dated(
        c,
        cat.t("plans.field.decided_on"),
        &json.decided_on,
        after_draft,
    );
    let approved_on = dated(
        c,
        cat.t("plans.field.approved_on"),
        &json.approved_on,
        after_decided,
    );
    (decided_on, approved_on)
}

/// The unit of the administration with this code, if any.
async fn unit_by_code(
    tx: &mut AnyConnection,
    admin: AdministrationId,
    code: &str,
) -> Result<Option<UnitId>> {
    Ok(sqlx::query_scalar(
        "SELECT u.id FROM units u JOIN departments d ON d.id = u.department_id WHERE u.code = $1 AND d.administration_id = $2",
    )
    .bind(code)
    .bind(admin)
    .fetch_optional(&mut *tx)
    .await?)
}

/// Activity `row` (counted from 1) of the file as the activity form checks it, its unit
/// and its reports' units found in the administration and its reports' points among its
/// own; its problems join `c`, naming the row.
async fn checked_activity(
    tx: &mut AnyConnection,
    c: &mut Checker,
    admin: AdministrationId,
    row: usize,
    a: &ActivityJson,
) -> Result<Option<(ActivityValues, Vec<Option<UnitId>>)>> {
    let cat = i18n::sv();
    let mut row = Checker::for_row(row);
    let input = ActivityInput {
        area: a.area.clone(),
        text: a.text.clone(),
        responsible: a.responsible.clone(),
        unit_id: None,
        person: a.person.clone(),
        other_actors: a.other_actors.clone(),
        schedule: a.schedule.clone(),
        follow_up: a.follow_up.clone(),
        carry: Some(a.carry.as_str().to_string()),
    };
    let mut checked = input.check_into(&mut row);
    if let (Some(code), Some(v)) = (&a.unit, checked.as_mut()) {
        match unit_by_code(tx, admin, code).await? {
            Some(u) => v.unit_id = Some(u),
            None => row.fail(
                cat.t("plans.field.unit"),
                cat.t("plans.validation.unknown_unit"),
            ),
        }
    }
    let mut report_units = Vec::new();
    for r in &a.reports {
        let unit = match &r.unit {
            Some(code) => {
                let unit = unit_by_code(tx, admin, code).await?;
                if unit.is_none() {
                    row.fail(
                        cat.t("plans.field.unit"),
                        cat.t("plans.validation.unknown_unit"),
                    );
                }
                unit
            }
            None => None,
        };
        report_units.push(unit);
        let ok = Point::parse(&r.point).is_some_and(|p| a.follow_up.points.contains(&p.code()));
        if !ok {
            row.fail(
                cat.t("plans.field.point"),
                cat.f("plans.validation.point_missing", &[("point", &r.point)]),
            );
        }
    }
    c.problems.extend(row.problems);
    Ok(checked.map(|v| (v, report_units)))
}

/// Writes a checked file: the plan on its structure version with its status and
/// decisions, each activity with its reports, the plan's event and the audit entry.
async fn write(
    tx: &mut AnyConnection,
    actor: &Actor,
    json: &PlanJson,
    checked: Checked,
) -> Result<PlanId> {
    let admin = checked.admin;
    let id = create_plan(tx, actor, admin, &checked.values, None).await?;
    sqlx::query("UPDATE plans SET template_id = $1, status = $2, decided_on = $3, decision_ref = $4, approved_on = $5, approval_ref = $7 WHERE id = $6")
        .bind(checked.template)
        .bind(json.status.as_str())
        .bind(checked.decided_on)
        .bind(json.decision_ref.clone())
        .bind(checked.approved_on)
        .bind(id)
        .bind(json.approval_ref.clone())
        .execute(&mut *tx)
        .await?;
    for (a, (v, report_units)) in json.activities.iter().zip(checked.activities) {
        let aid = insert_activity(tx, id, &v, None, a.previous_status, &a.previous_comment).await?;
        for (r, unit) in a.reports.iter().zip(report_units) {
            sqlx::query(
                "INSERT INTO plan_followups (activity_id, point, status, comment, indicator_value, reported_at, reported_by, unit_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(aid)
            .bind(Point::parse(&r.point).map(|p| p.code()).unwrap_or_default())
            .bind(r.status.as_str())
            .bind(&r.comment)
            .bind(&r.indicator_value)
            .bind(&r.reported_at)
            .bind(&r.reported_by)
            .bind(unit)
            .execute(&mut *tx)
            .await?;
        }
    }
    add_event(tx, id, "imported", actor, None, "").await?;
    audit::record(
        tx,
        actor,
        Entry::new(varn_house::audit::Action::Import, crate::Record::Plan, id)
            .admin(Some(admin))
            .summary(format!(
                "{} ({} aktiviteter)",
                json.title,
                json.activities.len()
            )),
    )
    .await?;
    Ok(id)
}
