//! The SQL of alarm chains. Rows are read by column name; free text arrives only as
//! `Guarded`; every change is audited in its own write transaction, and every change to an
//! event writes its line of the timeline in that same transaction. A step's notification is
//! recorded with a conditional insert on its unique key (event, step) and its e-mail
//! claimed with a conditional update, so that two server processes never both escalate or
//! both send.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use varn_house::kernel::ids::AdministrationId;

use crate::domain::{
    AlarmChainId, AlarmChainVersionId, AlarmEntryId, AlarmEventId, AlarmNotificationId, AlarmsStep,
    EntryKind, StepRole,
};
use crate::Record;
use varn_house::audit::{self, Action, Actor, Entry};
use varn_house::db::{self, Db};
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::scope::Scope;
use varn_house::kernel::text::Guarded;

fn bad(what: &str) -> Error {
    Error::Internal(anyhow::anyhow!("unknown stored {what}"))
}

/// A chain with its current version.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct AlarmsChain {
    pub id: AlarmChainId,
    /// `None`: a city-wide chain, kept by the central coordinator.
    pub administration_id: Option<AdministrationId>,
    pub name: String,
    /// The current version's number (from 1).
    pub version: i64,
    pub version_id: AlarmChainVersionId,
    pub created_at: String,
}

fn chain_of(r: &AnyRow) -> Result<AlarmsChain> {
    Ok(AlarmsChain {
        id: r.try_get("id")?,
        administration_id: r.try_get("administration_id")?,
        name: r.try_get("name")?,
        version: r.try_get("version")?,
        version_id: r.try_get("version_id")?,
        created_at: r.try_get("created_at")?,
    })
}

const CHAIN_SELECT: &str =
    "SELECT c.id, c.administration_id, c.name, c.created_at, v.version, v.id AS version_id \
     FROM alarm_chains c JOIN alarm_chain_versions v ON v.chain_id = c.id \
     AND v.version = (SELECT MAX(version) FROM alarm_chain_versions WHERE chain_id = c.id)";

/// The city-wide chains and those of the administrations in `scope`, city-wide first.
pub async fn chains(db: &Db, scope: &Scope) -> Result<Vec<AlarmsChain>> {
    let filter = match scope.clause("c.administration_id") {
        None => " WHERE c.administration_id IS NULL".to_string(),
        Some(c) if c.is_empty() => String::new(),
        Some(c) => format!(" WHERE c.administration_id IS NULL OR (1 = 1{c})"),
    };
    let rows = sqlx::query(&format!(
        "{CHAIN_SELECT}{filter} ORDER BY c.administration_id IS NOT NULL, c.name, c.id"
    ))
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(chain_of).collect()
}

pub async fn chain(db: &Db, id: AlarmChainId) -> Result<AlarmsChain> {
    let row = sqlx::query(&format!("{CHAIN_SELECT} WHERE c.id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?
        .ok_or(Error::NotFound)?;
    chain_of(&row)
}

/// One version of a chain.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct AlarmsChainVersion {
    pub id: AlarmChainVersionId,
    pub version: i64,
    pub created_by: String,
    pub created_at: String,
}

pub async fn versions(db: &Db, chain: AlarmChainId) -> Result<Vec<AlarmsChainVersion>> {
    let rows = sqlx::query(
        "SELECT id, version, created_by, created_at FROM alarm_chain_versions WHERE chain_id = $1 ORDER BY version DESC",
    )
    .bind(chain)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(AlarmsChainVersion {
                id: r.try_get("id")?,
                version: r.try_get("version")?,
                created_by: r.try_get("created_by")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
}

/// The steps of a version, in order.
pub async fn steps(db: &Db, version: AlarmChainVersionId) -> Result<Vec<AlarmsStep>> {
    let rows = sqlx::query(
        "SELECT position, role, email, phone, contact, wait_minutes FROM alarm_steps WHERE version_id = $1 ORDER BY position",
    )
    .bind(version)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let role: String = r.try_get("role")?;
            Ok(AlarmsStep {
                position: r.try_get("position")?,
                role: StepRole::parse(&role).ok_or_else(|| bad("role"))?,
                email: r.try_get("email")?,
                phone: r.try_get("phone")?,
                contact: r.try_get("contact")?,
                wait_minutes: r.try_get("wait_minutes")?,
            })
        })
        .collect()
}

/// A checked step whose contact text has passed the guard.
#[derive(Debug, Clone)]
pub struct NewStep {
    pub step: AlarmsStep,
    pub contact: Guarded,
}

async fn insert_version(
    conn: &mut AnyConnection,
    actor: &Actor,
    chain: AlarmChainId,
    version: i64,
    steps: &[NewStep],
) -> Result<AlarmChainVersionId> {
    let id: AlarmChainVersionId = sqlx::query_scalar(
        "INSERT INTO alarm_chain_versions (chain_id, version, created_by, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(chain)
    .bind(version)
    .bind(&actor.label)
    .bind(db::now())
    .fetch_one(&mut *conn)
    .await?;
    for s in steps {
        sqlx::query(
            "INSERT INTO alarm_steps (version_id, position, role, email, phone, contact, wait_minutes) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
        .bind(s.step.position)
        .bind(s.step.role.code())
        .bind(&s.step.email)
        .bind(&s.step.phone)
        .bind(s.contact.as_str())
        .bind(s.step.wait_minutes)
        .execute(&mut *conn)
        .await?;
    }
    Ok(id)
}

/// Creates a chain with its first version.
pub async fn create_chain(
    db: &Db,
    actor: &Actor,
    administration: Option<AdministrationId>,
    name: &str,
    steps: &[NewStep],
) -> Result<AlarmChainId> {
    let mut tx = db.begin_write().await?;
    let id: AlarmChainId = sqlx::query_scalar(
        "INSERT INTO alarm_chains (administration_id, name, created_by, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(administration)
    .bind(name)
    .bind(&actor.label)
    .bind(db::now())
    .fetch_one(&mut *tx)
    .await?;
    insert_version(&mut tx, actor, id, 1, steps).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Create, Record::Chain, id)
            .admin(
                administration
                    .map(AdministrationId::get)
                    .map(AdministrationId::new),
            )
            .summary(name.to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// A new version of a chain (its name may change too); the events already started keep
/// theirs. Returns the new version's number.
pub async fn revise_chain(
    db: &Db,
    actor: &Actor,
    chain: &AlarmsChain,
    name: &str,
    steps: &[NewStep],
) -> Result<i64> {
    let mut tx = db.begin_write().await?;
    db::serialise(&mut tx, &format!("alarm_chain_versions:{}", chain.id.get())).await?;
    let latest: i64 = sqlx::query_scalar(
        "SELECT COALESCE(MAX(version), 0) FROM alarm_chain_versions WHERE chain_id = $1",
    )
    .bind(chain.id)
    .fetch_one(&mut *tx)
    .await?;
    let version = latest + 1;
    insert_version(&mut tx, actor, chain.id, version, steps).await?;
    sqlx::query("UPDATE alarm_chains SET name = $1 WHERE id = $2")
        .bind(name)
        .bind(chain.id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Revise, Record::Chain, chain.id)
            .admin(
                chain
                    .administration_id
                    .map(AdministrationId::get)
                    .map(AdministrationId::new),
            )
            .summary(format!("{name} v{version}")),
    )
    .await?;
    tx.commit().await?;
    Ok(version)
}

/// An activation of a chain.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct AlarmsEvent {
    pub id: AlarmEventId,
    /// The administration concerned.
    pub administration_id: AdministrationId,
    pub chain_id: AlarmChainId,
    pub chain_name: String,
    /// The version the event started with, and keeps.
    pub version_id: AlarmChainVersionId,
    pub version: i64,
    pub description: String,
    /// UTC.
    pub started_at: String,
    pub started_by: String,
    /// The first acknowledgement (UTC); the chain stops moving on.
    pub acknowledged_at: Option<String>,
    /// When the last step's wait ran out without an acknowledgement.
    pub exhausted_at: Option<String>,
    pub closed_at: Option<String>,
    pub closed_by: Option<String>,
    pub summary: String,
}

fn event_of(r: &AnyRow) -> Result<AlarmsEvent> {
    Ok(AlarmsEvent {
        id: r.try_get("id")?,
        administration_id: r.try_get("administration_id")?,
        chain_id: r.try_get("chain_id")?,
        chain_name: r.try_get("chain_name")?,
        version_id: r.try_get("version_id")?,
        version: r.try_get("version")?,
        description: r.try_get("description")?,
        started_at: r.try_get("started_at")?,
        started_by: r.try_get("started_by")?,
        acknowledged_at: r.try_get("acknowledged_at")?,
        exhausted_at: r.try_get("exhausted_at")?,
        closed_at: r.try_get("closed_at")?,
        closed_by: r.try_get("closed_by")?,
        summary: r.try_get("summary")?,
    })
}

const EVENT_SELECT: &str = "SELECT e.id, e.administration_id, e.chain_id, c.name AS chain_name, e.version_id, v.version, \
     e.description, e.started_at, e.started_by, e.acknowledged_at, e.exhausted_at, e.closed_at, e.closed_by, e.summary \
     FROM alarm_events e JOIN alarm_chains c ON c.id = e.chain_id JOIN alarm_chain_versions v ON v.id = e.version_id";

/// The events of the administrations in `scope` (all, or only those still open), open
/// ones first, newest first.
pub async fn events(db: &Db, scope: &Scope, open_only: bool) -> Result<Vec<AlarmsEvent>> {
    let Some(filter) = scope.clause("e.administration_id") else {
        return Ok(vec![]);
    };
    let open = if open_only {
        " AND e.closed_at IS NULL"
    } else {
        ""
    };
    let rows = sqlx::query(&format!(
        "{EVENT_SELECT} WHERE 1 = 1{filter}{open} ORDER BY e.closed_at IS NOT NULL, e.started_at DESC, e.id DESC"
    ))
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(event_of).collect()
}

pub async fn event(db: &Db, id: AlarmEventId) -> Result<AlarmsEvent> {
    let row = sqlx::query(&format!("{EVENT_SELECT} WHERE e.id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?
        .ok_or(Error::NotFound)?;
    event_of(&row)
}

async fn line(
    conn: &mut AnyConnection,
    event: AlarmEventId,
    at: &str,
    kind: EntryKind,
    position: Option<i64>,
    actor: &str,
    body: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO alarm_timeline (event_id, at, kind, position, actor, body) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(event)
    .bind(at)
    .bind(kind.code())
    .bind(position)
    .bind(actor)
    .bind(body)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A checked activation.
#[derive(Debug, Clone)]
pub struct NewEvent {
    pub administration_id: AdministrationId,
    pub chain_id: AlarmChainId,
    pub version_id: AlarmChainVersionId,
    pub description: Guarded,
    pub started_at: String,
}

/// Starts an event: its first line on the timeline, audited. The clock notifies step 1.
pub async fn activate(db: &Db, actor: &Actor, n: &NewEvent) -> Result<AlarmEventId> {
    let mut tx = db.begin_write().await?;
    let id: AlarmEventId = sqlx::query_scalar(
        "INSERT INTO alarm_events (administration_id, chain_id, version_id, description, started_at, started_by) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(n.administration_id)
    .bind(n.chain_id)
    .bind(n.version_id)
    .bind(n.description.as_str())
    .bind(&n.started_at)
    .bind(&actor.label)
    .fetch_one(&mut *tx)
    .await?;
    line(
        &mut tx,
        id,
        &n.started_at,
        EntryKind::Activated,
        None,
        &actor.label,
        "",
    )
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Create, Record::Event, id).admin(Some(n.administration_id)),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The system as the audit log and the timeline name the clock.
pub fn clock_actor() -> Actor {
    Actor::system("larmkedjan")
}

/// Records that step `position` of an open, unacknowledged event is notified, once: true
/// when this call recorded it (with its line on the timeline, audited), false when it was
/// there already or the event was acknowledged or closed meanwhile.
pub async fn record_step(
    db: &Db,
    event: &AlarmsEvent,
    position: i64,
    due_at: &str,
    now: &str,
) -> Result<bool> {
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(
        "INSERT INTO alarm_notifications (event_id, position, due_at, created_at) \
         SELECT id, $2, $3, $4 FROM alarm_events WHERE id = $1 AND closed_at IS NULL AND acknowledged_at IS NULL \
         ON CONFLICT (event_id, position) DO NOTHING",
    )
    .bind(event.id)
    .bind(position)
    .bind(due_at)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done == 0 {
        return Ok(false);
    }
    let actor = clock_actor();
    line(
        &mut tx,
        event.id,
        due_at,
        EntryKind::Step,
        Some(position),
        &actor.label,
        "",
    )
    .await?;
    audit::record(
        &mut tx,
        &actor,
        Entry::new(Action::Remind, Record::Event, event.id)
            .admin(Some(event.administration_id))
            .summary(format!("steg {position}")),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Records once that the last step's wait ran out without an acknowledgement.
pub async fn mark_exhausted(db: &Db, event: &AlarmsEvent, at: &str) -> Result<bool> {
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(
        "UPDATE alarm_events SET exhausted_at = $1 WHERE id = $2 AND exhausted_at IS NULL AND acknowledged_at IS NULL AND closed_at IS NULL",
    )
    .bind(at)
    .bind(event.id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done == 0 {
        return Ok(false);
    }
    let actor = clock_actor();
    line(
        &mut tx,
        event.id,
        at,
        EntryKind::Exhausted,
        None,
        &actor.label,
        "",
    )
    .await?;
    audit::record(
        &mut tx,
        &actor,
        Entry::new(Action::Update, Record::Event, event.id).admin(Some(event.administration_id)),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// A step's notification as recorded, with its e-mail's delivery.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct AlarmsNotification {
    pub id: AlarmNotificationId,
    pub event_id: AlarmEventId,
    pub position: i64,
    pub due_at: String,
    pub created_at: String,
    pub attempts: i64,
    /// `None`: not delivered (yet).
    pub delivered_at: Option<String>,
    pub recipients: String,
}

fn notification_of(r: &AnyRow) -> Result<AlarmsNotification> {
    Ok(AlarmsNotification {
        id: r.try_get("id")?,
        event_id: r.try_get("event_id")?,
        position: r.try_get("position")?,
        due_at: r.try_get("due_at")?,
        created_at: r.try_get("created_at")?,
        attempts: r.try_get("attempts")?,
        delivered_at: r.try_get("delivered_at")?,
        recipients: r.try_get("recipients")?,
    })
}

const NOTIFICATION_SELECT: &str = "SELECT n.id, n.event_id, n.position, n.due_at, n.created_at, n.attempts, n.delivered_at, n.recipients FROM alarm_notifications n";

pub async fn notifications(db: &Db, event: AlarmEventId) -> Result<Vec<AlarmsNotification>> {
    let rows = sqlx::query(&format!(
        "{NOTIFICATION_SELECT} WHERE n.event_id = $1 ORDER BY n.position"
    ))
    .bind(event)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(notification_of).collect()
}

/// The notifications whose e-mail has not gone out, of events still open and not
/// acknowledged.
pub async fn undelivered(db: &Db) -> Result<Vec<AlarmsNotification>> {
    let rows = sqlx::query(&format!(
        "{NOTIFICATION_SELECT} JOIN alarm_events e ON e.id = n.event_id \
         WHERE n.delivered_at IS NULL AND e.closed_at IS NULL AND e.acknowledged_at IS NULL ORDER BY n.due_at, n.id"
    ))
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(notification_of).collect()
}

/// The notification whose personal link has this token's hash.
pub async fn by_token(db: &Db, token_hash: &str) -> Result<Option<AlarmsNotification>> {
    let row = sqlx::query(&format!("{NOTIFICATION_SELECT} WHERE n.token_hash = $1"))
        .bind(token_hash)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(notification_of).transpose()
}

/// Claims a notification's e-mail for this process until `until`, with a fresh link
/// (the hash of its token): true when this call claimed it.
pub async fn claim(
    db: &Db,
    notification: AlarmNotificationId,
    now: &str,
    until: &str,
    token_hash: &str,
) -> Result<bool> {
    Ok(OUTBOX
        .claim(
            db,
            notification.get(),
            now,
            until,
            Some(("token_hash", token_hash)),
        )
        .await?)
}

/// The notifications' e-mail (claims, attempts, deliveries).
const OUTBOX: varn_house::db::outbox::Outbox = varn_house::db::outbox::Outbox {
    table: "alarm_notifications",
};

/// The e-mail of a notification went out.
pub async fn delivered(
    db: &Db,
    n: &AlarmsNotification,
    admin: AdministrationId,
    to: &str,
    now: &str,
) -> Result<()> {
    let mut tx = db.begin_write().await?;
    OUTBOX.delivered(&mut tx, n.id.get(), to, now).await?;
    let actor = clock_actor();
    line(
        &mut tx,
        n.event_id,
        now,
        EntryKind::Delivered,
        Some(n.position),
        &actor.label,
        to,
    )
    .await?;
    audit::record(
        &mut tx,
        &actor,
        Entry::new(Action::Remind, Record::Event, n.event_id)
            .admin(Some(admin))
            .summary(to.to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The e-mail of a notification could not go out: the claim is given up so that a later
/// run tries again; the first failure gets its line on the timeline.
pub async fn release(db: &Db, n: &AlarmsNotification, first: bool, now: &str) -> Result<()> {
    let mut tx = db.begin_write().await?;
    OUTBOX.release(&mut tx, n.id.get()).await?;
    if first {
        line(
            &mut tx,
            n.event_id,
            now,
            EntryKind::NotDelivered,
            Some(n.position),
            &clock_actor().label,
            "",
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A line of an event's timeline.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct AlarmsEntry {
    pub id: AlarmEntryId,
    /// UTC.
    pub at: String,
    pub kind: EntryKind,
    /// The step it concerns, if any.
    pub position: Option<i64>,
    /// Who: an e-mail address, a step's role through its link, or the chain's clock.
    pub actor: String,
    /// A note, a summary or the recipients, if any.
    pub body: String,
}

pub async fn timeline(db: &Db, event: AlarmEventId) -> Result<Vec<AlarmsEntry>> {
    let rows = sqlx::query(
        "SELECT id, at, kind, position, actor, body FROM alarm_timeline WHERE event_id = $1 ORDER BY at, id",
    )
    .bind(event)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let kind: String = r.try_get("kind")?;
            Ok(AlarmsEntry {
                id: r.try_get("id")?,
                at: r.try_get("at")?,
                kind: EntryKind::parse(&kind).ok_or_else(|| bad("timeline kind"))?,
                position: r.try_get("position")?,
                actor: r.try_get("actor")?,
                body: r.try_get("body")?,
            })
        })
        .collect()
}

/// Records an acknowledgement (the first one stops the chain) with its note, if any:
/// false when the event is closed.
pub async fn acknowledge(
    db: &Db,
    actor: &Actor,
    who: &str,
    event: &AlarmsEvent,
    position: Option<i64>,
    note: &Guarded,
    now: &str,
) -> Result<bool> {
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(
        "UPDATE alarm_events SET acknowledged_at = COALESCE(acknowledged_at, $1) WHERE id = $2 AND closed_at IS NULL",
    )
    .bind(now)
    .bind(event.id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done == 0 {
        return Ok(false);
    }
    line(
        &mut tx,
        event.id,
        now,
        EntryKind::Acknowledged,
        position,
        who,
        note.as_str(),
    )
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Update, Record::Event, event.id)
            .admin(Some(event.administration_id))
            .summary(match position {
                Some(p) => format!("kvitterat, steg {p}"),
                None => "kvitterat".to_string(),
            }),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Adds a note to the timeline of an open event: false when it is closed.
pub async fn note(
    db: &Db,
    actor: &Actor,
    event: &AlarmsEvent,
    text: &Guarded,
    now: &str,
) -> Result<bool> {
    let mut tx = db.begin_write().await?;
    let open: Option<AlarmEventId> =
        sqlx::query_scalar("SELECT id FROM alarm_events WHERE id = $1 AND closed_at IS NULL")
            .bind(event.id)
            .fetch_optional(&mut *tx)
            .await?;
    if open.is_none() {
        return Ok(false);
    }
    line(
        &mut tx,
        event.id,
        now,
        EntryKind::Note,
        None,
        &actor.label,
        text.as_str(),
    )
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Update, Record::Event, event.id)
            .admin(Some(event.administration_id))
            .summary("anteckning"),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Closes an open event with its summary: false when it was closed already.
pub async fn close(
    db: &Db,
    actor: &Actor,
    event: &AlarmsEvent,
    summary: &Guarded,
    now: &str,
) -> Result<bool> {
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(
        "UPDATE alarm_events SET closed_at = $1, closed_by = $2, summary = $3 WHERE id = $4 AND closed_at IS NULL",
    )
    .bind(now)
    .bind(&actor.label)
    .bind(summary.as_str())
    .bind(event.id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done == 0 {
        return Ok(false);
    }
    line(
        &mut tx,
        event.id,
        now,
        EntryKind::Closed,
        None,
        &actor.label,
        summary.as_str(),
    )
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::End, Record::Event, event.id).admin(Some(event.administration_id)),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}
