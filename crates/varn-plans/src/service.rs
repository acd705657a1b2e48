//! The plans' write services: each opens its own transaction, makes the change through the
//! store and write functions (which record the audit entries) and commits. Handlers, pages
//! and the JSON API alike, call these and never open a transaction themselves.

use crate::domain::{ActivityId, Carry, PlanId};
use crate::input::ReportInput;
use crate::json::PlanJson;
use crate::store::{self, ActivityValues, PlanValues, TemplateSection};
use crate::{lifecycle, write};
use varn_house::audit::Actor;
use varn_house::auth::Principal;
use varn_house::db::Db;
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::ids::AdministrationId;

/// Publishes a new version of the common structure; returns its version number.
pub async fn publish_template(db: &Db, actor: &Actor, sections: &[TemplateSection]) -> Result<i64> {
    let mut tx = db.begin_write().await?;
    let version = store::publish_template(&mut tx, actor, sections).await?;
    tx.commit().await?;
    Ok(version)
}

/// A new draft plan of `admin`; returns its id.
pub async fn create_plan(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
    values: &PlanValues,
) -> Result<PlanId> {
    let mut tx = db.begin_write().await?;
    let id = write::create_plan(&mut tx, actor, admin, values, None).await?;
    tx.commit().await?;
    Ok(id)
}

/// Changes a draft's head and the sections given.
pub async fn update_plan(db: &Db, actor: &Actor, plan: PlanId, values: &PlanValues) -> Result<()> {
    let mut tx = db.begin_write().await?;
    write::update_plan(&mut tx, actor, plan, values).await?;
    tx.commit().await?;
    Ok(())
}

/// Adds an activity to a draft; returns its id.
pub async fn add_activity(
    db: &Db,
    actor: &Actor,
    plan: PlanId,
    values: &ActivityValues,
) -> Result<ActivityId> {
    let mut tx = db.begin_write().await?;
    let id = write::add_activity(&mut tx, actor, plan, values).await?;
    tx.commit().await?;
    Ok(id)
}

/// Replaces an activity's fields; returns its plan's id.
pub async fn update_activity(
    db: &Db,
    actor: &Actor,
    activity: ActivityId,
    values: &ActivityValues,
) -> Result<PlanId> {
    let mut tx = db.begin_write().await?;
    write::update_activity(&mut tx, actor, activity, values).await?;
    let plan = store::activity_plan(&mut tx, activity).await?;
    tx.commit().await?;
    Ok(plan)
}

/// Keeps, changes or ends an activity carried over from the previous plan, its other
/// fields as they are; returns its plan's id.
pub async fn carry_activity(
    db: &Db,
    actor: &Actor,
    activity: ActivityId,
    carry: Carry,
) -> Result<PlanId> {
    let mut tx = db.begin_write().await?;
    let plan_id = store::activity_plan(&mut tx, activity).await?;
    let plan = store::get_plan(&mut tx, plan_id).await?;
    let a = plan
        .activities
        .iter()
        .find(|a| a.id == activity)
        .ok_or(Error::NotFound)?;
    let values = ActivityValues::of(a, carry);
    write::update_activity(&mut tx, actor, activity, &values).await?;
    tx.commit().await?;
    Ok(plan_id)
}

/// Replaces an activity's fields as the activity form does: an activity not carried over
/// stays new, and one kept from the previous plan counts as changed when a field differs.
/// Returns its plan's id.
pub async fn edit_activity(
    db: &Db,
    actor: &Actor,
    id: ActivityId,
    mut values: ActivityValues,
) -> Result<PlanId> {
    let mut tx = db.begin_write().await?;
    let plan = store::activity_plan(&mut tx, id).await?;
    let before = store::activities(&mut tx, plan)
        .await?
        .into_iter()
        .find(|a| a.id == id)
        .ok_or(Error::NotFound)?;
    if before.carried_from.is_none() {
        values.carry = Carry::New;
    } else if values.carry == Carry::Kept {
        let differs = before.area != values.area
            || before.text != values.text
            || before.responsible != values.responsible
            || before.person != values.person
            || before.other_actors != values.other_actors
            || before.schedule.text != values.schedule
            || before.follow_up != values.follow_up;
        if differs {
            values.carry = Carry::Changed;
        }
    }
    write::update_activity(&mut tx, actor, id, &values).await?;
    tx.commit().await?;
    Ok(plan)
}

/// Removes an activity of a draft; returns its plan's id.
pub async fn delete_activity(db: &Db, actor: &Actor, activity: ActivityId) -> Result<PlanId> {
    let mut tx = db.begin_write().await?;
    let plan = write::delete_activity(&mut tx, actor, activity).await?;
    tx.commit().await?;
    Ok(plan)
}

/// The board's decision on a draft.
pub async fn decide(
    db: &Db,
    actor: &Actor,
    plan: PlanId,
    date: &str,
    reference: &str,
) -> Result<()> {
    let mut tx = db.begin_write().await?;
    lifecycle::decide(&mut tx, actor, plan, date, reference).await?;
    tx.commit().await?;
    Ok(())
}

/// The executive board's approval of a decided plan.
pub async fn approve(
    db: &Db,
    actor: &Actor,
    plan: PlanId,
    date: &str,
    reference: &str,
) -> Result<()> {
    let mut tx = db.begin_write().await?;
    lifecycle::approve(&mut tx, actor, plan, date, reference).await?;
    tx.commit().await?;
    Ok(())
}

/// The executive board sends a decided plan back with its comments.
pub async fn send_back(db: &Db, actor: &Actor, plan: PlanId, comment: &str) -> Result<()> {
    let mut tx = db.begin_write().await?;
    lifecycle::send_back(&mut tx, actor, plan, comment).await?;
    tx.commit().await?;
    Ok(())
}

/// A draft for the next period from `plan`; returns the new plan's id.
pub async fn revise(db: &Db, actor: &Actor, plan: PlanId) -> Result<PlanId> {
    let mut tx = db.begin_write().await?;
    let new = lifecycle::revise(&mut tx, actor, plan).await?;
    tx.commit().await?;
    Ok(new)
}

/// A status report on `activity` as `p` may make it: whether `p` may report (and for which
/// unit) is checked first, then the input, then the comment against `guard`. Returns the
/// activity's plan's id.
pub async fn report(
    db: &Db,
    p: &Principal,
    guard: &varn_pii::Guard,
    activity: ActivityId,
    input: &ReportInput,
) -> Result<PlanId> {
    let mut tx = db.begin_write().await?;
    let unit = store::check_may_report(&mut tx, p, activity, input.unit).await?;
    let values = input.check()?;
    crate::input::guard_comment(guard, &values.comment)?;
    lifecycle::report(&mut tx, &Actor::of(p), activity, unit, &values).await?;
    let plan = store::activity_plan(&mut tx, activity).await?;
    tx.commit().await?;
    Ok(plan)
}

/// A plan in the exchange format, all or nothing, when `p` may edit plans of its
/// administration; returns the new plan's id.
pub async fn import_json(db: &Db, p: &Principal, json: &PlanJson) -> Result<PlanId> {
    let mut tx = db.begin_write().await?;
    let admin = crate::json::administration_of(&mut tx, json).await?;
    if !p.covers(crate::perm::EDIT, admin) {
        return Err(Error::Forbidden);
    }
    let id = crate::json::import(&mut tx, &Actor::of(p), json).await?;
    tx.commit().await?;
    Ok(id)
}

/// Adds the activities read from a sheet to a draft; returns how many.
pub async fn import_activities(
    db: &Db,
    actor: &Actor,
    plan: PlanId,
    rows: &[ActivityValues],
) -> Result<usize> {
    let mut tx = db.begin_write().await?;
    let n = crate::import::import(&mut tx, actor, plan, rows).await?;
    tx.commit().await?;
    Ok(n)
}
