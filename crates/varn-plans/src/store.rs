//! Storage of plans: the template, plans, sections and activities, and their reads.
//! Writes take the caller's transaction and write their audit entry in it; the lifecycle
//! steps and follow-up reports are in [`super::lifecycle`]. One SQL for both backends.

use std::collections::BTreeMap;
use varn_house::kernel::ids::{AdministrationId, UnitId};

use serde::{Deserialize, Serialize};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::domain::{
    ActivityId, Area, Carry, FollowUp, FollowUpId, Period, PlanId, PlanStatus, PlanTemplateId,
    Status,
};
use crate::schedule::ScheduleText;
use varn_house::audit::{self, Actor, Entry};
use varn_house::auth::Scope;
use varn_house::db::{self, Db};
use varn_house::i18n;
use varn_house::kernel::error::{Error, Result};

/// A section of the common structure, with the guidance for writers.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct TemplateSection {
    pub key: String,
    pub title: String,
    pub guidance: String,
}

/// One version of the common structure.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Template {
    pub id: PlanTemplateId,
    pub version: i64,
    pub created_at: String,
    pub sections: Vec<TemplateSection>,
    /// The activity areas, in order (codes).
    pub areas: Vec<Area>,
}

/// A plan in a list.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PlanSummary {
    pub id: PlanId,
    pub administration_id: AdministrationId,
    pub administration: String,
    pub title: String,
    pub dnr: String,
    pub period_start: String,
    pub period_end: String,
    pub status: PlanStatus,
    pub next_revision: String,
    pub activities: i64,
}

impl PlanSummary {
    pub fn period(&self) -> String {
        period_display(&self.period_start, &self.period_end)
    }
    pub fn status_label(&self) -> &'static str {
        self.status.label()
    }
}

pub fn period_display(start: &str, end: &str) -> String {
    Period::parse(start, end)
        .map(|p| p.display())
        .unwrap_or_else(|_| format!("{start} – {end}"))
}

/// A section of a plan: the template's title and guidance with the plan's text.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = PlanSection)]
pub struct Section {
    pub key: String,
    pub title: String,
    pub guidance: String,
    /// Markdown.
    pub body: String,
}

/// A step of the lifecycle: who, when, and the decision's date and reference.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PlanEvent {
    /// created, decided, approved, superseded, revised
    pub step: String,
    pub at: String,
    pub actor: String,
    /// The actor's name when an account has their address (pages show it; the API keeps
    /// the address).
    #[serde(skip)]
    pub actor_name: String,
    pub on_date: Option<String>,
    pub reference: String,
}

/// A follow-up report.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Report {
    pub id: FollowUpId,
    pub point: String,
    pub status: Status,
    pub comment: String,
    pub indicator_value: String,
    pub reported_at: String,
    pub reported_by: String,
    /// The reporter's name (the address when no account has it).
    pub reported_by_name: String,
    /// The unit this report answers for, on an activity of each unit manager; `None`
    /// for a report on the whole activity.
    pub unit_id: Option<UnitId>,
    /// The unit's name, empty without a unit.
    pub unit: String,
}

/// An activity of a plan.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Activity {
    pub id: ActivityId,
    pub plan_id: PlanId,
    pub position: i64,
    pub area: Area,
    pub text: String,
    /// The responsible as written ("Enhetschef KC barn och unga").
    pub responsible: String,
    pub unit_id: Option<UnitId>,
    pub person: String,
    pub other_actors: String,
    pub schedule: ScheduleText,
    pub follow_up: FollowUp,
    pub carry: Carry,
    pub carried_from: Option<ActivityId>,
    /// The latest status in the previous period, for carried-over activities.
    pub previous_status: Option<Status>,
    pub previous_comment: String,
    /// Every report, oldest first.
    pub reports: Vec<Report>,
}

impl Activity {
    /// The latest report on the whole activity for a point (not one unit's answer).
    pub fn latest(&self, point: &str) -> Option<&Report> {
        self.reports
            .iter()
            .rev()
            .find(|r| r.point == point && r.unit_id.is_none())
    }
    /// The latest report on the whole activity of any point.
    pub fn latest_any(&self) -> Option<&Report> {
        self.reports.iter().rev().find(|r| r.unit_id.is_none())
    }
    /// True when each unit's manager reports for their own unit (no one unit runs it and
    /// the responsible is "Respektive enhetschef").
    pub fn per_unit(&self) -> bool {
        self.unit_id.is_none() && crate::domain::each_unit_manager(&self.responsible)
    }
    /// Each unit's latest answer at a point, in the order the units first answered.
    pub fn unit_answers(&self, point: &str) -> Vec<&Report> {
        let mut out: Vec<&Report> = Vec::new();
        for r in self.reports.iter().filter(|r| r.point == point) {
            let Some(unit) = r.unit_id else { continue };
            match out.iter_mut().find(|o| o.unit_id == Some(unit)) {
                Some(o) => *o = r,
                None => out.push(r),
            }
        }
        out
    }
}

/// A whole plan.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Plan {
    pub id: PlanId,
    pub administration_id: AdministrationId,
    pub administration: String,
    pub administration_code: String,
    pub template_version: i64,
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
    pub approval_ref: Option<String>,
    pub previous_id: Option<PlanId>,
    pub next_id: Option<PlanId>,
    pub sections: Vec<Section>,
    pub activities: Vec<Activity>,
    pub events: Vec<PlanEvent>,
}

impl Plan {
    pub fn period(&self) -> String {
        period_display(&self.period_start, &self.period_end)
    }
    pub fn period_value(&self) -> Result<Period> {
        Period::parse(&self.period_start, &self.period_end)
            .map_err(|m| Error::Internal(anyhow::anyhow!("stored period: {m}")))
    }
    /// The activities of this period's work in an area (ended carried-over ones left out).
    pub fn in_area(&self, area: Area) -> Vec<&Activity> {
        self.activities
            .iter()
            .filter(|a| a.area == area && a.carry != Carry::Ended)
            .collect()
    }
}

/// Checked values of a plan's head and sections.
#[derive(Debug, Clone)]
pub struct PlanValues {
    pub title: String,
    pub dnr: String,
    pub city_goal: String,
    pub period: Period,
    pub next_revision: String,
    pub sections: BTreeMap<String, String>,
}

/// Checked values of an activity.
#[derive(Debug, Clone)]
pub struct ActivityValues {
    pub area: Area,
    pub text: String,
    pub responsible: String,
    pub unit_id: Option<UnitId>,
    pub person: String,
    pub other_actors: String,
    pub schedule: String,
    pub follow_up: FollowUp,
    pub carry: Carry,
}

impl ActivityValues {
    /// A stored activity's values, with `carry` as what becomes of it.
    pub fn of(a: &Activity, carry: Carry) -> ActivityValues {
        ActivityValues {
            area: a.area,
            text: a.text.clone(),
            responsible: a.responsible.clone(),
            unit_id: a.unit_id,
            person: a.person.clone(),
            other_actors: a.other_actors.clone(),
            schedule: a.schedule.text.clone(),
            follow_up: a.follow_up.clone(),
            carry,
        }
    }
}

/// The newest version of the common structure.
pub async fn current_template(conn: &mut AnyConnection) -> Result<Template> {
    let id: PlanTemplateId =
        sqlx::query_scalar("SELECT id FROM plan_templates ORDER BY version DESC LIMIT 1")
            .fetch_one(&mut *conn)
            .await?;
    template(conn, id).await
}

pub async fn template(conn: &mut AnyConnection, id: PlanTemplateId) -> Result<Template> {
    let row = sqlx::query("SELECT id, version, created_at FROM plan_templates WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    let sections = sqlx::query(
        "SELECT key, title, guidance FROM plan_template_sections WHERE template_id = $1 ORDER BY position",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| {
        Ok(TemplateSection {
            key: r.try_get("key")?,
            title: r.try_get("title")?,
            guidance: r.try_get("guidance")?,
        })
    })
    .collect::<Result<Vec<_>>>()?;
    Ok(Template {
        id: row.try_get("id")?,
        version: row.try_get("version")?,
        created_at: row.try_get("created_at")?,
        sections,
        areas: Area::ALL.to_vec(),
    })
}

/// Publishes a new version of the common structure; plans written earlier keep theirs.
pub async fn publish_template(
    tx: &mut AnyConnection,
    actor: &Actor,
    sections: &[TemplateSection],
) -> Result<i64> {
    db::serialise(tx, "plan_templates").await?;
    let version: i64 = sqlx::query_scalar("SELECT MAX(version) FROM plan_templates")
        .fetch_one(&mut *tx)
        .await?;
    let id: PlanTemplateId = sqlx::query_scalar(
        "INSERT INTO plan_templates (version, created_at, created_by) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(version + 1)
    .bind(db::now())
    .bind(&actor.label)
    .fetch_one(&mut *tx)
    .await?;
    for (i, s) in sections.iter().enumerate() {
        sqlx::query("INSERT INTO plan_template_sections (template_id, position, key, title, guidance) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(i as i64 + 1)
            .bind(&s.key)
            .bind(&s.title)
            .bind(&s.guidance)
            .execute(&mut *tx)
            .await?;
    }
    audit::record(
        tx,
        actor,
        Entry::new(
            varn_house::audit::Action::Create,
            crate::Record::Template,
            id,
        )
        .summary(format!("version {}", version + 1)),
    )
    .await?;
    Ok(version + 1)
}

/// Plans in scope, newest period first.
pub async fn list_plans(db: &Db, scope: &Scope) -> Result<Vec<PlanSummary>> {
    let Some(clause) = scope.clause("p.administration_id") else {
        return Ok(vec![]);
    };
    let sql = format!(
        "SELECT p.id, p.administration_id, a.name AS administration, p.title, p.dnr, p.period_start, p.period_end, p.status, p.next_revision, \
         (SELECT COUNT(*) FROM plan_activities x WHERE x.plan_id = p.id) AS activities \
         FROM plans p JOIN administrations a ON a.id = p.administration_id WHERE 1 = 1{clause} \
         ORDER BY p.period_start DESC, a.name"
    );
    let rows = sqlx::query(&sql).fetch_all(db.pool()).await?;
    rows.iter()
        .map(|r| {
            let status: String = r.try_get("status")?;
            Ok(PlanSummary {
                id: r.try_get("id")?,
                administration_id: r.try_get("administration_id")?,
                administration: r.try_get("administration")?,
                title: r.try_get("title")?,
                dnr: r.try_get("dnr")?,
                period_start: r.try_get("period_start")?,
                period_end: r.try_get("period_end")?,
                status: parse_status(&status)?,
                next_revision: r.try_get("next_revision")?,
                activities: r.try_get("activities")?,
            })
        })
        .collect()
}

/// The plans in force (decided or approved) within `scope`, by id.
pub async fn in_force(conn: &mut AnyConnection, scope: &Scope) -> Result<Vec<PlanId>> {
    let Some(clause) = scope.clause("administration_id") else {
        return Ok(vec![]);
    };
    // The clause holds integer ids only (kernel::scope).
    Ok(sqlx::query_scalar(&format!(
        "SELECT id FROM plans WHERE status IN ($1, $2){clause} ORDER BY id"
    ))
    .bind(PlanStatus::Decided.as_str())
    .bind(PlanStatus::Approved.as_str())
    .fetch_all(&mut *conn)
    .await?)
}

/// The plan the local situational picture of `year` is the basis for, with its title: the
/// administration's plan whose period starts that year, or else the latest one whose
/// period covers it.
pub async fn plan_of_year(
    db: &Db,
    admin: AdministrationId,
    year: i64,
) -> Result<Option<(PlanId, String)>> {
    let y = year.to_string();
    let row = sqlx::query(
        "SELECT id, title FROM plans WHERE administration_id = $1 AND SUBSTR(period_start, 1, 4) <= $2 AND SUBSTR(period_end, 1, 4) >= $2 \
         ORDER BY CASE WHEN SUBSTR(period_start, 1, 4) = $2 THEN 0 ELSE 1 END, period_start DESC, id DESC",
    )
    .bind(admin)
    .bind(&y)
    .fetch_optional(db.pool())
    .await?;
    Ok(match row {
        Some(r) => Some((r.try_get("id")?, r.try_get("title")?)),
        None => None,
    })
}

fn parse_status(s: &str) -> Result<PlanStatus> {
    PlanStatus::parse(s).ok_or_else(|| Error::Internal(anyhow::anyhow!("bad plan status {s}")))
}

fn bad(what: &str, v: &str) -> Error {
    Error::Internal(anyhow::anyhow!("bad stored {what}: {v}"))
}

/// The administration a plan belongs to and its status.
pub async fn plan_state(
    conn: &mut AnyConnection,
    id: PlanId,
) -> Result<(AdministrationId, PlanStatus)> {
    let row = sqlx::query("SELECT administration_id, status FROM plans WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    let status: String = row.try_get("status")?;
    Ok((row.try_get("administration_id")?, parse_status(&status)?))
}

/// Fails unless the plan is a draft: only a draft can be edited.
pub async fn require_draft(conn: &mut AnyConnection, id: PlanId) -> Result<AdministrationId> {
    let (admin, status) = plan_state(conn, id).await?;
    if status != PlanStatus::Draft {
        return Err(Error::Conflict(
            i18n::sv().t("plans.conflict.not_draft").into(),
        ));
    }
    Ok(admin)
}

/// The plan an activity belongs to.
pub async fn activity_plan(conn: &mut AnyConnection, activity: ActivityId) -> Result<PlanId> {
    Ok(
        sqlx::query_scalar("SELECT plan_id FROM plan_activities WHERE id = $1")
            .bind(activity)
            .fetch_one(&mut *conn)
            .await?,
    )
}

/// The administration and the unit of an activity, for the follow-up access check.
pub async fn activity_owner(
    conn: &mut AnyConnection,
    activity: ActivityId,
) -> Result<(AdministrationId, Option<UnitId>)> {
    let row = sqlx::query(
        "SELECT p.administration_id, a.unit_id FROM plan_activities a JOIN plans p ON p.id = a.plan_id \
         WHERE a.id = $1",
    )
    .bind(activity)
    .fetch_one(&mut *conn)
    .await?;
    Ok((row.try_get("administration_id")?, row.try_get("unit_id")?))
}

/// The units a principal manages within an administration (their manager grants that
/// name a unit), checked against the organisation: each unit must lie in it.
pub async fn managed_units(
    conn: &mut AnyConnection,
    p: &varn_house::auth::Principal,
    administration_id: AdministrationId,
) -> Result<Vec<(UnitId, String)>> {
    let mut out = Vec::new();
    for g in &p.grants {
        let (varn_house::auth::Role::Manager, Some(unit)) = (g.role, g.unit_id) else {
            continue;
        };
        if g.administration_id.is_some_and(|a| a != administration_id)
            || out.iter().any(|(u, _)| *u == unit)
        {
            continue;
        }
        let name: Option<String> = sqlx::query_scalar(
            "SELECT n.name FROM units n JOIN departments d ON d.id = n.department_id \
             WHERE n.id = $1 AND d.administration_id = $2",
        )
        .bind(unit)
        .bind(administration_id)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(name) = name {
            out.push((unit, name));
        }
    }
    Ok(out)
}

/// Whom a follow-up report answers for: the whole activity (`None`) for the administration's
/// coordinators and for the manager of the unit that runs it; one unit (`Some`) for the
/// manager of that unit on an activity of each unit manager (`unit` chooses among several
/// units they manage). Anyone else is refused (a manager of another unit).
pub async fn check_may_report(
    conn: &mut AnyConnection,
    p: &varn_house::auth::Principal,
    activity: ActivityId,
    unit: Option<UnitId>,
) -> Result<Option<UnitId>> {
    let (admin, runs) = activity_owner(conn, activity).await?;
    if p.may_report_for(admin, runs.map(UnitId::get).map(UnitId::new)) {
        return Ok(None);
    }
    let responsible: String =
        sqlx::query_scalar("SELECT responsible FROM plan_activities WHERE id = $1")
            .bind(activity)
            .fetch_one(&mut *conn)
            .await?;
    if runs.is_some() || !crate::domain::each_unit_manager(&responsible) {
        return Err(Error::Forbidden);
    }
    let mine = managed_units(conn, p, admin).await?;
    let chosen = match unit {
        Some(u) => mine.iter().find(|(m, _)| *m == u),
        None => mine.first(),
    };
    chosen.map(|(u, _)| Some(*u)).ok_or(Error::Forbidden)
}

/// Reads a whole plan.
pub async fn get_plan(conn: &mut AnyConnection, id: PlanId) -> Result<Plan> {
    let row = sqlx::query(
        "SELECT p.id, p.administration_id, a.name AS administration, a.code AS administration_code, \
         t.version AS template_version, p.title, p.dnr, p.city_goal, \
         p.period_start, p.period_end, p.next_revision, p.status, p.decided_on, p.decision_ref, \
         p.approved_on, p.previous_id, (SELECT MIN(n.id) FROM plans n WHERE n.previous_id = p.id) AS next_id, \
         p.template_id, p.approval_ref \
         FROM plans p JOIN administrations a ON a.id = p.administration_id \
         JOIN plan_templates t ON t.id = p.template_id WHERE p.id = $1",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    let status: String = row.try_get("status")?;
    let template_id: PlanTemplateId = row.try_get("template_id")?;
    let template = template(conn, template_id).await?;
    let bodies: BTreeMap<String, String> =
        sqlx::query("SELECT key, body FROM plan_sections WHERE plan_id = $1")
            .bind(id)
            .fetch_all(&mut *conn)
            .await?
            .iter()
            .map(|r| Ok((r.try_get("key")?, r.try_get("body")?)))
            .collect::<Result<_>>()?;
    let sections = template
        .sections
        .iter()
        .map(|s| Section {
            key: s.key.clone(),
            title: s.title.clone(),
            guidance: s.guidance.clone(),
            body: bodies.get(&s.key).cloned().unwrap_or_default(),
        })
        .collect();
    let events = sqlx::query(
        "SELECT e.step, e.at, e.actor, e.on_date, e.reference, COALESCE(who.name, e.actor) AS actor_name \
         FROM plan_events e LEFT JOIN users who ON who.email = e.actor WHERE e.plan_id = $1 ORDER BY e.id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| {
        Ok(PlanEvent {
            step: r.try_get("step")?,
            at: r.try_get("at")?,
            actor: r.try_get("actor")?,
            on_date: r.try_get("on_date")?,
            reference: r.try_get("reference")?,
            actor_name: r.try_get("actor_name")?,
        })
    })
    .collect::<Result<Vec<_>>>()?;
    Ok(Plan {
        id: row.try_get("id")?,
        administration_id: row.try_get("administration_id")?,
        administration: row.try_get("administration")?,
        administration_code: row.try_get("administration_code")?,
        template_version: row.try_get("template_version")?,
        title: row.try_get("title")?,
        dnr: row.try_get("dnr")?,
        city_goal: row.try_get("city_goal")?,
        period_start: row.try_get("period_start")?,
        period_end: row.try_get("period_end")?,
        next_revision: row.try_get("next_revision")?,
        status: parse_status(&status)?,
        decided_on: row.try_get("decided_on")?,
        decision_ref: row.try_get("decision_ref")?,
        approved_on: row.try_get("approved_on")?,
        approval_ref: row.try_get("approval_ref")?,
        previous_id: row.try_get("previous_id")?,
        next_id: row.try_get("next_id")?,
        sections,
        activities: activities(conn, id).await?,
        events,
    })
}

const ACTIVITY_COLUMNS: &str = "id, plan_id, position, area, text, responsible, unit_id, person, other_actors, \
    schedule, points, indicator, indicator_unit, carry, carried_from, previous_status, previous_comment, follow_up_text, measure";

fn activity_from_row(r: &AnyRow) -> Result<Activity> {
    let area: String = r.try_get("area")?;
    let schedule: String = r.try_get("schedule")?;
    let points: String = r.try_get("points")?;
    let carry: String = r.try_get("carry")?;
    let previous: Option<String> = r.try_get("previous_status")?;
    Ok(Activity {
        id: r.try_get("id")?,
        plan_id: r.try_get("plan_id")?,
        position: r.try_get("position")?,
        area: Area::parse(&area).ok_or_else(|| bad("area", &area))?,
        text: r.try_get("text")?,
        responsible: r.try_get("responsible")?,
        unit_id: r.try_get("unit_id")?,
        person: r.try_get("person")?,
        other_actors: r.try_get("other_actors")?,
        schedule: ScheduleText::new(&schedule),
        follow_up: FollowUp {
            points: points
                .split(',')
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect(),
            indicator: r.try_get("indicator")?,
            unit: r.try_get("indicator_unit")?,
            text: r.try_get("follow_up_text")?,
            measure: r.try_get("measure")?,
        },
        carry: Carry::parse(&carry).ok_or_else(|| bad("carry", &carry))?,
        carried_from: r.try_get("carried_from")?,
        previous_status: previous.as_deref().and_then(Status::parse),
        previous_comment: r.try_get("previous_comment")?,
        reports: vec![],
    })
}

/// The activities of a plan in order, each with its reports.
pub async fn activities(conn: &mut AnyConnection, plan: PlanId) -> Result<Vec<Activity>> {
    let sql = format!(
        "SELECT {ACTIVITY_COLUMNS} FROM plan_activities WHERE plan_id = $1 ORDER BY position, id"
    );
    let mut list = sqlx::query(&sql)
        .bind(plan)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(activity_from_row)
        .collect::<Result<Vec<_>>>()?;
    let reports = sqlx::query(
        "SELECT f.activity_id, f.id, f.point, f.status, f.comment, f.indicator_value, f.reported_at, f.reported_by, \
         COALESCE(who.name, f.reported_by) AS reported_by_name, f.unit_id AS unit_id, u.name AS unit \
         FROM plan_followups f JOIN plan_activities a ON a.id = f.activity_id \
         LEFT JOIN users who ON who.email = f.reported_by LEFT JOIN units u ON u.id = f.unit_id \
         WHERE a.plan_id = $1 ORDER BY f.id",
    )
    .bind(plan)
    .fetch_all(&mut *conn)
    .await?;
    for r in &reports {
        let activity: ActivityId = r.try_get("activity_id")?;
        let status: String = r.try_get("status")?;
        let report = Report {
            id: r.try_get("id")?,
            point: r.try_get("point")?,
            status: Status::parse(&status).ok_or_else(|| bad("status", &status))?,
            comment: r.try_get("comment")?,
            indicator_value: r.try_get("indicator_value")?,
            reported_at: r.try_get("reported_at")?,
            reported_by: r.try_get("reported_by")?,
            reported_by_name: r.try_get("reported_by_name")?,
            unit_id: r.try_get("unit_id")?,
            unit: r.try_get::<Option<String>, _>("unit")?.unwrap_or_default(),
        };
        if let Some(a) = list.iter_mut().find(|a| a.id == activity) {
            a.reports.push(report);
        }
    }
    Ok(list)
}

/// The first words of a free text, for audit summaries.
pub fn short(text: &str) -> String {
    let mut out: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        out.push('…');
    }
    out
}
