//! The plan's lifecycle (draft → decided → approved → superseded), revision into the next
//! period, and follow-up reports. Every step is recorded as a plan event (who, when) and
//! audited in the caller's transaction.

use sqlx::AnyConnection;
use varn_house::kernel::ids::UnitId;

use crate::domain::{ActivityId, Carry, FollowUpId, PlanId, PlanStatus, Point, Status};
use crate::store::{activity_plan, get_plan, plan_state, short, ActivityValues, PlanValues};
use crate::write::{add_event, create_plan, insert_activity};
use varn_house::audit::{self, Actor, Entry};
use varn_house::db;
use varn_house::i18n;
use varn_house::kernel::error::{Error, Problem, Result};

fn conflict(key: &str) -> Error {
    Error::Conflict(i18n::sv().t(key).to_string())
}

/// Records the board's decision on a draft.
pub async fn decide(
    tx: &mut AnyConnection,
    actor: &Actor,
    plan: PlanId,
    on_date: &str,
    reference: &str,
) -> Result<()> {
    let (admin, status) = plan_state(tx, plan).await?;
    if status != PlanStatus::Draft {
        return Err(conflict("plans.conflict.not_draft"));
    }
    sqlx::query("UPDATE plans SET status = 'decided', decided_on = $1, decision_ref = $2, updated_at = $3 WHERE id = $4")
        .bind(on_date)
        .bind(reference)
        .bind(db::now())
        .bind(plan)
        .execute(&mut *tx)
        .await?;
    add_event(tx, plan, "decided", actor, Some(on_date), reference).await?;
    audit::record(
        tx,
        actor,
        Entry::new(varn_house::audit::Action::Decide, crate::Record::Plan, plan)
            .admin(Some(admin))
            .summary(format!("{on_date} {reference}")),
    )
    .await?;
    Ok(())
}

/// The executive board sends a decided plan back with its comments: the plan is a draft
/// again, so that the administration can change it and its board decide it anew.
pub async fn send_back(
    tx: &mut AnyConnection,
    actor: &Actor,
    plan: PlanId,
    comment: &str,
) -> Result<()> {
    let (admin, status) = plan_state(tx, plan).await?;
    if status != PlanStatus::Decided {
        return Err(conflict("plans.conflict.not_decided_return"));
    }
    sqlx::query(
        "UPDATE plans SET status = 'draft', decided_on = NULL, decision_ref = NULL, updated_at = $1 WHERE id = $2",
    )
    .bind(db::now())
    .bind(plan)
    .execute(&mut *tx)
    .await?;
    add_event(tx, plan, "returned", actor, None, comment).await?;
    audit::record(
        tx,
        actor,
        Entry::new(varn_house::audit::Action::Update, crate::Record::Plan, plan)
            .admin(Some(admin))
            .summary(short(comment)),
    )
    .await?;
    Ok(())
}

/// Records the executive board's approval of a decided plan, with its date (not before the
/// board's decision) and reference; the plan it revised is then superseded.
pub async fn approve(
    tx: &mut AnyConnection,
    actor: &Actor,
    plan: PlanId,
    on_date: &str,
    reference: &str,
) -> Result<()> {
    let (admin, status) = plan_state(tx, plan).await?;
    if status != PlanStatus::Decided {
        return Err(conflict(if status == PlanStatus::Approved {
            "plans.conflict.already_approved"
        } else {
            "plans.conflict.not_decided"
        }));
    }
    let decided: Option<String> = sqlx::query_scalar("SELECT decided_on FROM plans WHERE id = $1")
        .bind(plan)
        .fetch_one(&mut *tx)
        .await?;
    if let Some(decided) = decided.filter(|d| d.as_str() > on_date) {
        let cat = i18n::sv();
        return Err(Error::invalid(
            cat.t("plans.field.approved_on"),
            cat.f(
                "plans.validation.approved_before_decided",
                &[("date", &decided)],
            ),
        ));
    }
    sqlx::query(
        "UPDATE plans SET status = 'approved', approved_on = $1, approval_ref = $2, updated_at = $3 WHERE id = $4",
    )
    .bind(on_date)
    .bind(reference)
    .bind(db::now())
    .bind(plan)
    .execute(&mut *tx)
    .await?;
    add_event(tx, plan, "approved", actor, Some(on_date), reference).await?;
    audit::record(
        tx,
        actor,
        Entry::new(
            varn_house::audit::Action::Approve,
            crate::Record::Plan,
            plan,
        )
        .admin(Some(admin))
        .summary(format!("{on_date} {reference}")),
    )
    .await?;
    let previous: Option<PlanId> =
        sqlx::query_scalar("SELECT previous_id FROM plans WHERE id = $1")
            .bind(plan)
            .fetch_one(&mut *tx)
            .await?;
    if let Some(prev) = previous {
        let (_, prev_status) = plan_state(tx, prev).await?;
        if prev_status != PlanStatus::Superseded {
            sqlx::query("UPDATE plans SET status = 'superseded', updated_at = $1 WHERE id = $2")
                .bind(db::now())
                .bind(prev)
                .execute(&mut *tx)
                .await?;
            add_event(tx, prev, "superseded", actor, Some(on_date), "").await?;
            audit::record(
                tx,
                actor,
                Entry::new(
                    varn_house::audit::Action::Supersede,
                    crate::Record::Plan,
                    prev,
                )
                .admin(Some(admin)),
            )
            .await?;
        }
    }
    Ok(())
}

/// "New plan from this one": a draft for the next period with the same sections and every
/// activity carried over with its latest status. Returns the new plan's id.
pub async fn revise(tx: &mut AnyConnection, actor: &Actor, plan: PlanId) -> Result<PlanId> {
    let old = get_plan(tx, plan).await?;
    if old.next_id.is_some() {
        return Err(conflict("plans.conflict.already_revised"));
    }
    if old.status == PlanStatus::Draft {
        return Err(conflict("plans.conflict.revise_draft"));
    }
    let period = old.period_value()?.next();
    let values = PlanValues {
        title: old.title.clone(),
        dnr: String::new(),
        city_goal: old.city_goal.clone(),
        period,
        next_revision: period.end.format("%Y-%m-%d").to_string(),
        sections: old
            .sections
            .iter()
            .map(|s| (s.key.clone(), s.body.clone()))
            .collect(),
    };
    let id = create_plan(tx, actor, old.administration_id, &values, Some(plan)).await?;
    for a in old.activities.iter().filter(|a| a.carry != Carry::Ended) {
        let latest = a.latest_any();
        let v = ActivityValues::of(a, Carry::Kept);
        insert_activity(
            tx,
            id,
            &v,
            Some(a.id),
            latest.map(|r| r.status),
            latest.map(|r| r.comment.as_str()).unwrap_or(""),
        )
        .await?;
    }
    add_event(tx, plan, "revised", actor, None, &id.to_string()).await?;
    audit::record(
        tx,
        actor,
        Entry::new(varn_house::audit::Action::Revise, crate::Record::Plan, plan)
            .admin(Some(old.administration_id))
            .summary(format!("{} {}", old.title, period.display())),
    )
    .await?;
    Ok(id)
}

/// A follow-up report as given.
#[derive(Debug, Clone)]
pub struct ReportValues {
    pub point: String,
    pub status: Status,
    pub comment: String,
    pub indicator_value: String,
}

/// Reports the status of an activity at one of its follow-up points, for the whole activity
/// or (`unit`) for one unit of an activity of each unit manager.
pub async fn report(
    tx: &mut AnyConnection,
    actor: &Actor,
    activity: ActivityId,
    unit: Option<UnitId>,
    v: &ReportValues,
) -> Result<FollowUpId> {
    let cat = i18n::sv();
    let plan = activity_plan(tx, activity).await?;
    let (admin, status) = plan_state(tx, plan).await?;
    if !matches!(status, PlanStatus::Decided | PlanStatus::Approved) {
        return Err(conflict("plans.conflict.not_in_force"));
    }
    let points: String = sqlx::query_scalar("SELECT points FROM plan_activities WHERE id = $1")
        .bind(activity)
        .fetch_one(&mut *tx)
        .await?;
    let point = Point::parse(&v.point).map(|p| p.code());
    let has = point
        .as_deref()
        .is_some_and(|p| points.split(',').any(|x| x == p));
    let (Some(point), true) = (point, has) else {
        return Err(Error::Invalid(vec![Problem::field(
            cat.t("plans.field.point"),
            cat.f(
                "plans.validation.point_missing",
                &[("point", v.point.trim())],
            ),
        )]));
    };
    let id: FollowUpId = sqlx::query_scalar(
        "INSERT INTO plan_followups (activity_id, point, status, comment, indicator_value, reported_at, reported_by, unit_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(activity)
    .bind(&point)
    .bind(v.status.as_str())
    .bind(&v.comment)
    .bind(&v.indicator_value)
    .bind(db::now())
    .bind(&actor.label)
    .bind(unit)
    .fetch_one(&mut *tx)
    .await?;
    audit::record(
        tx,
        actor,
        Entry::new(
            varn_house::audit::Action::Report,
            crate::Record::FollowUp,
            id,
        )
        .admin(Some(admin))
        .summary(format!(
            "{point} {} {}",
            v.status.label(),
            short(&v.comment)
        )),
    )
    .await?;
    Ok(id)
}
