//! The SQL of consultations and the 24-hour routine. Rows are read by column name; free
//! text arrives only as `Guarded`; every change is audited in its own write transaction. The
//! clock's warnings are recorded with a conditional insert on their unique key and their
//! e-mail claimed with a conditional update, so that two server processes never both warn.

use sqlx::any::AnyRow;
use sqlx::Row;
use varn_house::kernel::ids::AdministrationId;

use crate::domain::{
    AgeBand, Channel, ConsultationId, ConsultationRequestId, ConsultationWarningId, Gender, Kind,
    Referral, Warning,
};
use crate::Record;
use varn_house::audit::{self, Action, Actor, Entry};
use varn_house::db::{self, Db};
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::scope::Scope;
use varn_house::kernel::text::Guarded;

/// A consultation as stored.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct ConsultationRecord {
    pub id: ConsultationId,
    /// The administration that asked.
    pub administration_id: AdministrationId,
    /// The administration whose coordinator advised (social services, or the asking one).
    pub advisor_administration_id: AdministrationId,
    pub held_on: String,
    pub age_band: Option<AgeBand>,
    pub gender: Option<Gender>,
    /// A code of the taxonomy's environments, or empty.
    pub environment: String,
    pub kind: Kind,
    pub advice: String,
    pub referrals: Vec<Referral>,
    pub consent: bool,
    pub outcome: String,
    pub follow_up_on: Option<String>,
    pub created_at: String,
}

fn bad(what: &str) -> Error {
    Error::Internal(anyhow::anyhow!("unknown stored {what}"))
}

fn referrals_of(stored: &str) -> Result<Vec<Referral>> {
    stored
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| Referral::parse(s).ok_or_else(|| bad("referral")))
        .collect()
}

fn consultation_of(r: &AnyRow) -> Result<ConsultationRecord> {
    let kind: String = r.try_get("kind")?;
    let referrals: String = r.try_get("referrals")?;
    let age: String = r.try_get("age_band")?;
    let gender: String = r.try_get("gender")?;
    Ok(ConsultationRecord {
        id: r.try_get("id")?,
        administration_id: r.try_get("administration_id")?,
        advisor_administration_id: r.try_get("advisor_administration_id")?,
        held_on: r.try_get("held_on")?,
        age_band: AgeBand::parse(&age),
        gender: Gender::parse(&gender),
        environment: r.try_get("environment")?,
        kind: Kind::parse(&kind).ok_or_else(|| bad("kind"))?,
        advice: r.try_get("advice")?,
        referrals: referrals_of(&referrals)?,
        consent: r.try_get::<i64, _>("consent")? != 0,
        outcome: r.try_get("outcome")?,
        follow_up_on: r.try_get("follow_up_on")?,
        created_at: r.try_get("created_at")?,
    })
}

const CONSULTATION_SELECT: &str = "SELECT id, administration_id, advisor_administration_id, held_on, age_band, gender, environment, kind, advice, referrals, consent, outcome, follow_up_on, created_at FROM consultations";

/// The consultations either side of which is in `scope`, newest first.
pub async fn consultations(db: &Db, scope: &Scope) -> Result<Vec<ConsultationRecord>> {
    let (Some(a), Some(b)) = (
        scope.clause("administration_id"),
        scope.clause("advisor_administration_id"),
    ) else {
        return Ok(vec![]);
    };
    let sql = if a.is_empty() {
        format!("{CONSULTATION_SELECT} ORDER BY held_on DESC, id DESC")
    } else {
        format!(
            "{CONSULTATION_SELECT} WHERE (1 = 1{a}) OR (1 = 1{b}) ORDER BY held_on DESC, id DESC"
        )
    };
    let rows = sqlx::query(&sql).fetch_all(db.pool()).await?;
    rows.iter().map(consultation_of).collect()
}

pub async fn consultation(db: &Db, id: ConsultationId) -> Result<ConsultationRecord> {
    let row = sqlx::query(&format!("{CONSULTATION_SELECT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?
        .ok_or(Error::NotFound)?;
    consultation_of(&row)
}

/// A checked consultation to store.
#[derive(Debug, Clone)]
pub struct NewConsultation {
    pub administration_id: AdministrationId,
    pub advisor_administration_id: AdministrationId,
    pub held_on: String,
    pub age_band: Option<AgeBand>,
    pub gender: Option<Gender>,
    pub environment: String,
    pub kind: Kind,
    pub advice: Guarded,
    pub referrals: Vec<Referral>,
    pub consent: bool,
    pub outcome: Guarded,
    pub follow_up_on: Option<String>,
}

pub async fn create_consultation(
    db: &Db,
    actor: &Actor,
    c: &NewConsultation,
) -> Result<ConsultationId> {
    let mut tx = db.begin_write().await?;
    let referrals: Vec<&str> = c.referrals.iter().map(|r| r.code()).collect();
    let id: ConsultationId = sqlx::query_scalar(
        "INSERT INTO consultations (administration_id, advisor_administration_id, held_on, age_band, gender, environment, kind, advice, referrals, consent, outcome, follow_up_on, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
    )
    .bind(c.administration_id)
    .bind(c.advisor_administration_id)
    .bind(&c.held_on)
    .bind(c.age_band.map(|a| a.code()).unwrap_or(""))
    .bind(c.gender.map(|g| g.code()).unwrap_or(""))
    .bind(&c.environment)
    .bind(c.kind.code())
    .bind(c.advice.as_str())
    .bind(referrals.join(","))
    .bind(i64::from(c.consent))
    .bind(c.outcome.as_str())
    .bind(c.follow_up_on.clone())
    .bind(&actor.label)
    .bind(db::now())
    .fetch_one(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Create, Record::Consultation, id)
            .admin(Some(c.administration_id))
            .summary(c.kind.label()),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Consultations per asking administration in a period: `(administration, kind, referrals)`
/// of each, for counting.
pub async fn consultation_facts(
    db: &Db,
    from: &str,
    to: &str,
) -> Result<Vec<(AdministrationId, Kind, Vec<Referral>)>> {
    let rows = sqlx::query(&format!(
        "{CONSULTATION_SELECT} WHERE held_on BETWEEN $1 AND $2 ORDER BY id"
    ))
    .bind(from)
    .bind(to)
    .fetch_all(db.pool())
    .await?;
    let mut out = rows
        .iter()
        .map(|r| consultation_of(r).map(|c| (c.administration_id, c.kind, c.referrals)))
        .collect::<Result<Vec<_>>>()?;
    // And those the purge has counted (`consultations::retention`).
    let purged = sqlx::query(
        "SELECT administration_id, kind, referrals, n FROM consultation_counts \
         WHERE held_on BETWEEN $1 AND $2 ORDER BY held_on, administration_id, kind, referrals",
    )
    .bind(from)
    .bind(to)
    .fetch_all(db.pool())
    .await?;
    for r in &purged {
        let kind: String = r.try_get("kind")?;
        let kind = Kind::parse(&kind).ok_or_else(|| bad("kind"))?;
        let referrals = referrals_of(&r.try_get::<String, _>("referrals")?)?;
        let n: i64 = r.try_get("n")?;
        for _ in 0..n {
            out.push((r.try_get("administration_id")?, kind, referrals.clone()));
        }
    }
    Ok(out)
}

/// A 24-hour request as stored.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct ConsultationRequest {
    pub id: ConsultationRequestId,
    pub administration_id: AdministrationId,
    /// Its own reference ("24H-2026-00012"), never a person's.
    pub reference: String,
    /// UTC.
    pub received_at: String,
    /// UTC, 24 hours after `received_at`.
    pub deadline_at: String,
    pub channel: Channel,
    pub note: String,
    /// UTC; `None` while the clock runs.
    pub contact_at: Option<String>,
}

pub fn request_of(r: &AnyRow) -> Result<ConsultationRequest> {
    let channel: String = r.try_get("channel")?;
    Ok(ConsultationRequest {
        id: r.try_get("id")?,
        administration_id: r.try_get("administration_id")?,
        reference: r.try_get("reference")?,
        received_at: r.try_get("received_at")?,
        deadline_at: r.try_get("deadline_at")?,
        channel: Channel::parse(&channel).ok_or_else(|| bad("channel"))?,
        note: r.try_get("note")?,
        contact_at: r.try_get("contact_at")?,
    })
}

pub const REQUEST_SELECT: &str = "SELECT id, administration_id, reference, received_at, deadline_at, channel, note, contact_at FROM first_contact_requests";

/// The requests of the administrations in `scope` (all, or only those still open), the
/// oldest deadline first.
pub async fn requests(db: &Db, scope: &Scope, open_only: bool) -> Result<Vec<ConsultationRequest>> {
    let Some(filter) = scope.clause("administration_id") else {
        return Ok(vec![]);
    };
    let open = if open_only {
        " AND contact_at IS NULL"
    } else {
        ""
    };
    let rows = sqlx::query(&format!(
        "{REQUEST_SELECT} WHERE 1 = 1{filter}{open} ORDER BY contact_at IS NOT NULL, deadline_at DESC, id DESC"
    ))
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(request_of).collect()
}

pub async fn request(db: &Db, id: ConsultationRequestId) -> Result<ConsultationRequest> {
    let row = sqlx::query(&format!("{REQUEST_SELECT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?
        .ok_or(Error::NotFound)?;
    request_of(&row)
}

/// The requests received in a period (UTC bounds, inclusive start, exclusive end).
pub async fn requests_received(db: &Db, from: &str, to: &str) -> Result<Vec<ConsultationRequest>> {
    let rows = sqlx::query(&format!(
        "{REQUEST_SELECT} WHERE received_at >= $1 AND received_at < $2 ORDER BY id"
    ))
    .bind(from)
    .bind(to)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(request_of).collect()
}

/// A checked request to store.
#[derive(Debug, Clone)]
pub struct NewRequest {
    pub administration_id: AdministrationId,
    pub received_at: String,
    pub deadline_at: String,
    pub year: i32,
    pub channel: Channel,
    pub note: Guarded,
}

pub async fn create_request(
    db: &Db,
    actor: &Actor,
    n: &NewRequest,
) -> Result<(ConsultationRequestId, String)> {
    let mut tx = db.begin_write().await?;
    // A year whose report the purge has frozen (`consultations::retention`) is read from the
    // frozen figures alone: a request received then could never be counted.
    let frozen: Option<i64> =
        sqlx::query_scalar("SELECT year FROM first_contact_frozen_years WHERE year = $1")
            .bind(i64::from(n.year))
            .fetch_optional(&mut *tx)
            .await?;
    if frozen.is_some() {
        let cat = varn_house::i18n::sv();
        return Err(Error::invalid(
            crate::service::field("received_at"),
            cat.f(
                "consultations.year_purged",
                &[("year", &n.year.to_string())],
            ),
        ));
    }
    let placeholder = format!("tmp-{}", uuid::Uuid::new_v4().simple());
    let id: ConsultationRequestId = sqlx::query_scalar(
        "INSERT INTO first_contact_requests (administration_id, reference, received_at, deadline_at, channel, note, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(n.administration_id)
    .bind(&placeholder)
    .bind(&n.received_at)
    .bind(&n.deadline_at)
    .bind(n.channel.code())
    .bind(n.note.as_str())
    .bind(&actor.label)
    .bind(db::now())
    .fetch_one(&mut *tx)
    .await?;
    let reference = format!("24H-{}-{:05}", n.year, id.get());
    sqlx::query("UPDATE first_contact_requests SET reference = $1 WHERE id = $2")
        .bind(&reference)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Create, Record::Request, id)
            .admin(Some(n.administration_id))
            .summary(reference.clone()),
    )
    .await?;
    tx.commit().await?;
    Ok((id, reference))
}

/// Records the first contact and stops the clock; false when it had already been
/// recorded (by someone else at the same moment).
pub async fn record_contact(
    db: &Db,
    actor: &Actor,
    request: &ConsultationRequest,
    contact_at: &str,
) -> Result<bool> {
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(
        "UPDATE first_contact_requests SET contact_at = $1, contact_by = $2 WHERE id = $3 AND contact_at IS NULL",
    )
    .bind(contact_at)
    .bind(&actor.label)
    .bind(request.id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done == 0 {
        return Ok(false);
    }
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Update, Record::Request, request.id)
            .admin(Some(request.administration_id))
            .summary(request.reference.clone()),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// A warning of the clock as recorded, with its e-mail's delivery.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct ConsultationWarningRecord {
    pub id: ConsultationWarningId,
    pub request_id: ConsultationRequestId,
    /// `h<hours>` or `deadline`.
    #[schema(value_type = String)]
    pub kind: Warning,
    pub due_at: String,
    pub created_at: String,
    pub attempts: i64,
    /// `None`: not delivered (yet).
    pub delivered_at: Option<String>,
    pub recipients: String,
}

fn warning_of(r: &AnyRow) -> Result<ConsultationWarningRecord> {
    let kind: String = r.try_get("kind")?;
    Ok(ConsultationWarningRecord {
        id: r.try_get("id")?,
        request_id: r.try_get("request_id")?,
        kind: Warning::parse(&kind).ok_or_else(|| bad("warning"))?,
        due_at: r.try_get("due_at")?,
        created_at: r.try_get("created_at")?,
        attempts: r.try_get("attempts")?,
        delivered_at: r.try_get("delivered_at")?,
        recipients: r.try_get("recipients")?,
    })
}

const WARNING_SELECT: &str = "SELECT id, request_id, kind, due_at, created_at, attempts, delivered_at, recipients FROM first_contact_warnings";

pub async fn warnings(
    db: &Db,
    request: ConsultationRequestId,
) -> Result<Vec<ConsultationWarningRecord>> {
    let rows = sqlx::query(&format!(
        "{WARNING_SELECT} WHERE request_id = $1 ORDER BY due_at, id"
    ))
    .bind(request)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(warning_of).collect()
}

/// The warnings whose e-mail has not been delivered.
pub async fn undelivered(db: &Db) -> Result<Vec<ConsultationWarningRecord>> {
    let rows = sqlx::query(&format!(
        "{WARNING_SELECT} WHERE delivered_at IS NULL ORDER BY due_at, id"
    ))
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(warning_of).collect()
}

/// Records warning `kind` of an open request once: true when this call recorded it (and
/// audited it in the same transaction), false when it was there already or the clock has
/// stopped.
pub async fn record_warning(
    db: &Db,
    request: &ConsultationRequest,
    kind: Warning,
    due_at: &str,
    now: &str,
) -> Result<bool> {
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(
        "INSERT INTO first_contact_warnings (request_id, kind, due_at, created_at) \
         SELECT id, $2, $3, $4 FROM first_contact_requests WHERE id = $1 AND contact_at IS NULL \
         ON CONFLICT (request_id, kind) DO NOTHING",
    )
    .bind(request.id)
    .bind(kind.code())
    .bind(due_at)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done == 0 {
        return Ok(false);
    }
    audit::record(
        &mut tx,
        &Actor::system("24-timmarsklockan"),
        Entry::new(Action::Remind, Record::Request, request.id)
            .admin(Some(request.administration_id))
            .summary(format!("{}: {}", request.reference, kind.label())),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Claims a warning's e-mail for this process until `until`: true when this call claimed
/// it (nobody had, or a claim had expired, and it is not delivered).
pub async fn claim(
    db: &Db,
    warning: ConsultationWarningId,
    now: &str,
    until: &str,
) -> Result<bool> {
    Ok(OUTBOX.claim(db, warning.get(), now, until, None).await?)
}

/// The warnings' e-mail (claims, attempts, deliveries).
const OUTBOX: varn_house::db::outbox::Outbox = varn_house::db::outbox::Outbox {
    table: "first_contact_warnings",
};

/// The e-mail of a warning went out.
pub async fn delivered(
    db: &Db,
    warning: &ConsultationWarningRecord,
    admin: AdministrationId,
    to: &str,
    now: &str,
) -> Result<()> {
    let mut tx = db.begin_write().await?;
    OUTBOX.delivered(&mut tx, warning.id.get(), to, now).await?;
    audit::record(
        &mut tx,
        &Actor::system("24-timmarsklockan"),
        Entry::new(Action::Remind, Record::Request, warning.request_id)
            .admin(Some(admin))
            .summary(to.to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The e-mail of a warning could not go out: the claim is given up so a later run tries
/// again.
pub async fn release(db: &Db, warning: ConsultationWarningId) -> Result<()> {
    let mut tx = db.begin_write().await?;
    OUTBOX.release(&mut tx, warning.get()).await?;
    tx.commit().await?;
    Ok(())
}

/// The e-mail addresses of an administration's active coordinators.
pub async fn coordinators(db: &Db, admin: AdministrationId) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT DISTINCT u.email FROM role_grants g JOIN users u ON u.id = g.user_id \
         WHERE g.role = 'coordinator' AND g.administration_id = $1 AND u.active = 1 ORDER BY u.email",
    )
    .bind(admin)
    .fetch_all(db.pool())
    .await?)
}

/// The sides of each consultation held in a period: `(asking, advising)`.
pub async fn consultation_facts_sides(
    db: &Db,
    from: &str,
    to: &str,
) -> Result<Vec<(AdministrationId, AdministrationId)>> {
    let rows = sqlx::query(
        "SELECT administration_id, advisor_administration_id, CAST(1 AS BIGINT) AS n FROM consultations WHERE held_on BETWEEN $1 AND $2 \
         UNION ALL SELECT administration_id, advisor_administration_id, n FROM consultation_counts WHERE held_on BETWEEN $1 AND $2",
    )
    .bind(from)
    .bind(to)
    .fetch_all(db.pool())
    .await?;
    let mut out = Vec::new();
    for r in &rows {
        let n: i64 = r.try_get("n")?;
        for _ in 0..n {
            out.push((
                r.try_get("administration_id")?,
                r.try_get("advisor_administration_id")?,
            ));
        }
    }
    Ok(out)
}
