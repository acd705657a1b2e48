//! Writes of plans, sections and activities. Each takes the caller's transaction and
//! records its audit entry there; only drafts change (the lifecycle is in
//! [`super::lifecycle`]).

use std::collections::BTreeMap;
use varn_house::kernel::ids::{AdministrationId, UnitId};

use sqlx::AnyConnection;

use crate::domain::{ActivityId, Period, PlanId, Status};
use crate::store::{
    activity_plan, current_template, require_draft, short, ActivityValues, PlanValues,
};
use varn_house::audit::{self, Actor, Entry};
use varn_house::db;
use varn_house::i18n;
use varn_house::kernel::error::{Error, Result};

/// Fails with a conflict naming the other plan when the period overlaps another plan of
/// the same administration (`except` the plan itself, when it exists).
async fn check_overlap(
    tx: &mut AnyConnection,
    admin: AdministrationId,
    period: &Period,
    except: Option<PlanId>,
) -> Result<()> {
    let other: Option<String> = sqlx::query_scalar(
        "SELECT title FROM plans WHERE administration_id = $1 AND period_start <= $2 AND period_end >= $3 AND id <> $4 LIMIT 1",
    )
    .bind(admin)
    .bind(period.end.format("%Y-%m-%d").to_string())
    .bind(period.start.format("%Y-%m-%d").to_string())
    .bind(except.map_or(0, PlanId::get))
    .fetch_optional(&mut *tx)
    .await?;
    match other {
        Some(title) => Err(Error::Conflict(
            i18n::sv().f("plans.conflict.overlap", &[("plan", &title)]),
        )),
        None => Ok(()),
    }
}

async fn write_sections(
    tx: &mut AnyConnection,
    plan: PlanId,
    sections: &BTreeMap<String, String>,
) -> Result<()> {
    for (key, body) in sections {
        sqlx::query("DELETE FROM plan_sections WHERE plan_id = $1 AND key = $2")
            .bind(plan)
            .bind(key)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO plan_sections (plan_id, key, body) VALUES ($1, $2, $3)")
            .bind(plan)
            .bind(key)
            .bind(body)
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

pub async fn add_event(
    tx: &mut AnyConnection,
    plan: PlanId,
    step: &str,
    actor: &Actor,
    on_date: Option<&str>,
    reference: &str,
) -> Result<()> {
    sqlx::query("INSERT INTO plan_events (plan_id, step, at, actor, on_date, reference) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(plan)
        .bind(step)
        .bind(db::now())
        .bind(&actor.label)
        .bind(on_date.map(str::to_string))
        .bind(reference)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// Creates a draft plan on the current template; `previous` links a revision.
pub async fn create_plan(
    tx: &mut AnyConnection,
    actor: &Actor,
    admin: AdministrationId,
    v: &PlanValues,
    previous: Option<PlanId>,
) -> Result<PlanId> {
    check_overlap(tx, admin, &v.period, None).await?;
    let template = current_template(tx).await?;
    let now = db::now();
    let id: PlanId = sqlx::query_scalar(
        "INSERT INTO plans (administration_id, template_id, title, dnr, city_goal, period_start, period_end, next_revision, status, previous_id, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'draft', $9, $10, $10) RETURNING id",
    )
    .bind(admin)
    .bind(template.id)
    .bind(&v.title)
    .bind(&v.dnr)
    .bind(&v.city_goal)
    .bind(v.period.start.format("%Y-%m-%d").to_string())
    .bind(v.period.end.format("%Y-%m-%d").to_string())
    .bind(&v.next_revision)
    .bind(previous)
    .bind(&now)
    .fetch_one(&mut *tx)
    .await?;
    write_sections(tx, id, &v.sections).await?;
    add_event(tx, id, "created", actor, None, "").await?;
    audit::record(
        tx,
        actor,
        Entry::new(varn_house::audit::Action::Create, crate::Record::Plan, id)
            .admin(Some(admin))
            .summary(format!("{} {}", v.title, v.period.display())),
    )
    .await?;
    Ok(id)
}

/// Changes a draft's head and the sections given (others stay).
pub async fn update_plan(
    tx: &mut AnyConnection,
    actor: &Actor,
    id: PlanId,
    v: &PlanValues,
) -> Result<()> {
    let admin = require_draft(tx, id).await?;
    check_overlap(tx, admin, &v.period, Some(id)).await?;
    sqlx::query(
        "UPDATE plans SET title = $1, dnr = $2, city_goal = $3, period_start = $4, period_end = $5, next_revision = $6, updated_at = $7 WHERE id = $8",
    )
    .bind(&v.title)
    .bind(&v.dnr)
    .bind(&v.city_goal)
    .bind(v.period.start.format("%Y-%m-%d").to_string())
    .bind(v.period.end.format("%Y-%m-%d").to_string())
    .bind(&v.next_revision)
    .bind(db::now())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    write_sections(tx, id, &v.sections).await?;
    audit::record(
        tx,
        actor,
        Entry::new(varn_house::audit::Action::Update, crate::Record::Plan, id)
            .admin(Some(admin))
            .summary(v.title.clone()),
    )
    .await?;
    Ok(())
}

/// Fails unless the responsible unit (when given) belongs to the plan's administration.
async fn check_unit(
    tx: &mut AnyConnection,
    admin: AdministrationId,
    unit: Option<UnitId>,
) -> Result<()> {
    let Some(unit) = unit else {
        return Ok(());
    };
    let found: Option<UnitId> = sqlx::query_scalar(
        "SELECT u.id FROM units u JOIN departments d ON d.id = u.department_id WHERE u.id = $1 AND d.administration_id = $2",
    )
    .bind(unit)
    .bind(admin)
    .fetch_optional(&mut *tx)
    .await?;
    match found {
        Some(_) => Ok(()),
        None => {
            let cat = i18n::sv();
            Err(Error::invalid(
                cat.t("plans.field.unit"),
                cat.t("plans.validation.unknown_unit"),
            ))
        }
    }
}

/// Adds an activity to a draft, last in its plan.
pub async fn add_activity(
    tx: &mut AnyConnection,
    actor: &Actor,
    plan: PlanId,
    v: &ActivityValues,
) -> Result<ActivityId> {
    let admin = require_draft(tx, plan).await?;
    check_unit(tx, admin, v.unit_id).await?;
    let id = insert_activity(tx, plan, v, None, None, "").await?;
    audit::record(
        tx,
        actor,
        Entry::new(
            varn_house::audit::Action::Create,
            crate::Record::Activity,
            id,
        )
        .admin(Some(admin))
        .summary(short(&v.text)),
    )
    .await?;
    Ok(id)
}

/// Inserts an activity without checks (drafts, revisions and imports).
pub async fn insert_activity(
    tx: &mut AnyConnection,
    plan: PlanId,
    v: &ActivityValues,
    carried_from: Option<ActivityId>,
    previous_status: Option<Status>,
    previous_comment: &str,
) -> Result<ActivityId> {
    db::serialise(tx, &format!("plan_activities:{}", plan.get())).await?;
    let position: i64 = sqlx::query_scalar(
        "SELECT COALESCE(MAX(position), 0) + 1 FROM plan_activities WHERE plan_id = $1",
    )
    .bind(plan)
    .fetch_one(&mut *tx)
    .await?;
    let now = db::now();
    let id: ActivityId = sqlx::query_scalar(
        "INSERT INTO plan_activities (plan_id, position, area, text, responsible, unit_id, person, other_actors, schedule, points, indicator, indicator_unit, carry, carried_from, previous_status, previous_comment, created_at, updated_at, follow_up_text, measure) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17, $18, $19) RETURNING id",
    )
    .bind(plan)
    .bind(position)
    .bind(v.area.as_str())
    .bind(&v.text)
    .bind(&v.responsible)
    .bind(v.unit_id)
    .bind(&v.person)
    .bind(&v.other_actors)
    .bind(&v.schedule)
    .bind(v.follow_up.points.join(","))
    .bind(&v.follow_up.indicator)
    .bind(&v.follow_up.unit)
    .bind(v.carry.as_str())
    .bind(carried_from)
    .bind(previous_status.map(|s| s.as_str().to_string()))
    .bind(previous_comment)
    .bind(&now)
    .bind(&v.follow_up.text)
    .bind(&v.follow_up.measure)
    .fetch_one(&mut *tx)
    .await?;
    Ok(id)
}

/// Changes an activity of a draft.
pub async fn update_activity(
    tx: &mut AnyConnection,
    actor: &Actor,
    id: ActivityId,
    v: &ActivityValues,
) -> Result<()> {
    let plan = activity_plan(tx, id).await?;
    let admin = require_draft(tx, plan).await?;
    check_unit(tx, admin, v.unit_id).await?;
    sqlx::query(
        "UPDATE plan_activities SET area = $1, text = $2, responsible = $3, unit_id = $4, person = $5, other_actors = $6, \
         schedule = $7, points = $8, indicator = $9, indicator_unit = $10, carry = $11, updated_at = $12, follow_up_text = $14, measure = $15 WHERE id = $13",
    )
    .bind(v.area.as_str())
    .bind(&v.text)
    .bind(&v.responsible)
    .bind(v.unit_id)
    .bind(&v.person)
    .bind(&v.other_actors)
    .bind(&v.schedule)
    .bind(v.follow_up.points.join(","))
    .bind(&v.follow_up.indicator)
    .bind(&v.follow_up.unit)
    .bind(v.carry.as_str())
    .bind(db::now())
    .bind(id)
    .bind(&v.follow_up.text)
    .bind(&v.follow_up.measure)
    .execute(&mut *tx)
    .await?;
    audit::record(
        tx,
        actor,
        Entry::new(
            varn_house::audit::Action::Update,
            crate::Record::Activity,
            id,
        )
        .admin(Some(admin))
        .summary(short(&v.text)),
    )
    .await?;
    Ok(())
}

/// Removes an activity of a draft.
pub async fn delete_activity(
    tx: &mut AnyConnection,
    actor: &Actor,
    id: ActivityId,
) -> Result<PlanId> {
    let plan = activity_plan(tx, id).await?;
    let admin = require_draft(tx, plan).await?;
    sqlx::query("DELETE FROM plan_followups WHERE activity_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE plan_activities SET carried_from = NULL WHERE carried_from = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM plan_activities WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        tx,
        actor,
        Entry::new(
            varn_house::audit::Action::Delete,
            crate::Record::Activity,
            id,
        )
        .admin(Some(admin)),
    )
    .await?;
    Ok(plan)
}
