//! The SQL of the elevated risk picture. Rows are read by column name; free text arrives
//! only as `Guarded`; every change is audited in its own write transaction. The lifting and
//! a measure are conditional on the episode still being in force, so a measure can never
//! slip in after the lifting; each e-mail notice is recorded once on its unique key and
//! claimed with a conditional update, so that two server processes never both send it.

use sqlx::any::AnyRow;
use sqlx::Row;
use varn_house::kernel::ids::AdministrationId;

use crate::domain::{
    MeasureKind, NoticeKind, RiskpictureEpisodeId, RiskpictureMeasureId, RiskpictureNoticeId,
};
use crate::Record;
use varn_house::audit::{self, Action, Actor, Entry};
use varn_house::db::{self, Db};
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::scope::Scope;
use varn_house::kernel::text::Guarded;

/// An episode of elevated risk as stored, with the administrations it concerns.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct RiskpictureEpisode {
    pub id: RiskpictureEpisodeId,
    /// Declared for the whole city (then every administration at the declaration).
    pub citywide: bool,
    /// `YYYY-MM-DD`
    pub declared_on: String,
    pub reason: String,
    /// `YYYY-MM-DD`; `None` while the state is in force.
    pub lifted_on: Option<String>,
    pub lift_reason: String,
    /// The administrations concerned.
    pub administration_ids: Vec<AdministrationId>,
    pub created_at: String,
}

impl RiskpictureEpisode {
    pub fn in_force(&self) -> bool {
        self.lifted_on.is_none()
    }

    pub fn concerns(&self, admin: AdministrationId) -> bool {
        self.administration_ids.contains(&admin)
    }
}

fn bad(what: &str) -> Error {
    Error::Internal(anyhow::anyhow!("unknown stored {what}"))
}

fn episode_of(
    r: &AnyRow,
    links: &[(RiskpictureEpisodeId, AdministrationId)],
) -> Result<RiskpictureEpisode> {
    let id: RiskpictureEpisodeId = r.try_get("id")?;
    Ok(RiskpictureEpisode {
        id,
        citywide: r.try_get::<i64, _>("citywide")? != 0,
        declared_on: r.try_get("declared_on")?,
        reason: r.try_get("reason")?,
        lifted_on: r.try_get("lifted_on")?,
        lift_reason: r.try_get("lift_reason")?,
        administration_ids: links
            .iter()
            .filter(|(e, _)| *e == id)
            .map(|(_, a)| *a)
            .collect(),
        created_at: r.try_get("created_at")?,
    })
}

const EPISODE_SELECT: &str = "SELECT e.id, e.citywide, e.declared_on, e.reason, e.lifted_on, e.lift_reason, e.created_at FROM risk_episodes e";

async fn links(
    db: &Db,
    episode: Option<RiskpictureEpisodeId>,
) -> Result<Vec<(RiskpictureEpisodeId, AdministrationId)>> {
    let rows = match episode {
        Some(id) => {
            sqlx::query(
                "SELECT episode_id, administration_id FROM risk_episode_administrations WHERE episode_id = $1 ORDER BY administration_id",
            )
            .bind(id)
            .fetch_all(db.pool())
            .await?
        }
        None => {
            sqlx::query(
                "SELECT episode_id, administration_id FROM risk_episode_administrations ORDER BY episode_id, administration_id",
            )
            .fetch_all(db.pool())
            .await?
        }
    };
    rows.iter()
        .map(|r| Ok((r.try_get("episode_id")?, r.try_get("administration_id")?)))
        .collect()
}

/// The episodes concerning an administration in `scope`: those in force first, then the
/// newest.
pub async fn episodes(db: &Db, scope: &Scope) -> Result<Vec<RiskpictureEpisode>> {
    let Some(filter) = scope.clause("a.administration_id") else {
        return Ok(vec![]);
    };
    let rows = sqlx::query(&format!(
        "{EPISODE_SELECT} WHERE EXISTS (SELECT 1 FROM risk_episode_administrations a WHERE a.episode_id = e.id{filter}) \
         ORDER BY CASE WHEN e.lifted_on IS NULL THEN 0 ELSE 1 END, e.declared_on DESC, e.id DESC"
    ))
    .fetch_all(db.pool())
    .await?;
    let links = links(db, None).await?;
    rows.iter().map(|r| episode_of(r, &links)).collect()
}

pub async fn episode(db: &Db, id: RiskpictureEpisodeId) -> Result<RiskpictureEpisode> {
    let row = sqlx::query(&format!("{EPISODE_SELECT} WHERE e.id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?
        .ok_or(Error::NotFound)?;
    let links = links(db, Some(id)).await?;
    episode_of(&row, &links)
}

/// A checked declaration to store.
#[derive(Debug, Clone)]
pub struct NewEpisode {
    pub citywide: bool,
    pub declared_on: String,
    pub reason: Guarded,
    pub administrations: Vec<AdministrationId>,
}

/// Stores a declaration with the administrations it concerns and a notice to each of
/// them, audited in the same transaction.
pub async fn declare(db: &Db, actor: &Actor, n: &NewEpisode) -> Result<RiskpictureEpisodeId> {
    let mut tx = db.begin_write().await?;
    let now = db::now();
    let id: RiskpictureEpisodeId = sqlx::query_scalar(
        "INSERT INTO risk_episodes (citywide, declared_on, reason, declared_by, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(i64::from(n.citywide))
    .bind(&n.declared_on)
    .bind(n.reason.as_str())
    .bind(&actor.label)
    .bind(&now)
    .fetch_one(&mut *tx)
    .await?;
    for admin in &n.administrations {
        sqlx::query(
            "INSERT INTO risk_episode_administrations (episode_id, administration_id) VALUES ($1, $2)",
        )
        .bind(id)
        .bind(admin)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO risk_notices (episode_id, administration_id, kind, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (episode_id, administration_id, kind) DO NOTHING",
        )
        .bind(id)
        .bind(admin)
        .bind(NoticeKind::Declared.code())
        .bind(&now)
        .execute(&mut *tx)
        .await?;
    }
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Create, Record::Episode, id).summary(format!(
            "{} ({})",
            n.declared_on,
            n.administrations.len()
        )),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Lifts an episode in force, with a notice to each administration it concerns; false
/// when it had been lifted already (by someone else at the same moment).
pub async fn lift(
    db: &Db,
    actor: &Actor,
    episode: &RiskpictureEpisode,
    lifted_on: &str,
    reason: &Guarded,
) -> Result<bool> {
    let mut tx = db.begin_write().await?;
    let now = db::now();
    let done = sqlx::query(
        "UPDATE risk_episodes SET lifted_on = $1, lift_reason = $2, lifted_by = $3, lifted_at = $4 \
         WHERE id = $5 AND lifted_on IS NULL",
    )
    .bind(lifted_on)
    .bind(reason.as_str())
    .bind(&actor.label)
    .bind(&now)
    .bind(episode.id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done == 0 {
        return Ok(false);
    }
    for admin in &episode.administration_ids {
        sqlx::query(
            "INSERT INTO risk_notices (episode_id, administration_id, kind, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (episode_id, administration_id, kind) DO NOTHING",
        )
        .bind(episode.id)
        .bind(admin)
        .bind(NoticeKind::Lifted.code())
        .bind(&now)
        .execute(&mut *tx)
        .await?;
    }
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::End, Record::Episode, episode.id).summary(lifted_on.to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// A measure as stored.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct RiskpictureMeasure {
    pub id: RiskpictureMeasureId,
    pub episode_id: RiskpictureEpisodeId,
    pub administration_id: AdministrationId,
    pub kind: MeasureKind,
    /// `YYYY-MM-DD`
    pub taken_on: String,
    /// Who: a role or a unit, never a person.
    pub responsible: String,
    pub description: String,
    pub created_at: String,
}

fn measure_of(r: &AnyRow) -> Result<RiskpictureMeasure> {
    let kind: String = r.try_get("kind")?;
    Ok(RiskpictureMeasure {
        id: r.try_get("id")?,
        episode_id: r.try_get("episode_id")?,
        administration_id: r.try_get("administration_id")?,
        kind: MeasureKind::parse(&kind).ok_or_else(|| bad("measure kind"))?,
        taken_on: r.try_get("taken_on")?,
        responsible: r.try_get("responsible")?,
        description: r.try_get("description")?,
        created_at: r.try_get("created_at")?,
    })
}

const MEASURE_SELECT: &str = "SELECT id, episode_id, administration_id, kind, taken_on, responsible, description, created_at FROM risk_measures";

/// The measures of an episode, by date.
pub async fn measures(db: &Db, episode: RiskpictureEpisodeId) -> Result<Vec<RiskpictureMeasure>> {
    let rows = sqlx::query(&format!(
        "{MEASURE_SELECT} WHERE episode_id = $1 ORDER BY taken_on, id"
    ))
    .bind(episode)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(measure_of).collect()
}

/// `(episode, administration)` of every measure, for counting.
pub async fn measure_counts(db: &Db) -> Result<Vec<(RiskpictureEpisodeId, AdministrationId)>> {
    let rows = sqlx::query("SELECT episode_id, administration_id FROM risk_measures")
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("episode_id")?, r.try_get("administration_id")?)))
        .collect()
}

/// A checked measure to store.
#[derive(Debug, Clone)]
pub struct NewMeasure {
    pub episode_id: RiskpictureEpisodeId,
    pub administration_id: AdministrationId,
    pub kind: MeasureKind,
    pub taken_on: String,
    pub responsible: Guarded,
    pub description: Guarded,
}

/// Stores a measure while its episode is in force; `None` when the episode has been lifted
/// in the meantime.
pub async fn add_measure(
    db: &Db,
    actor: &Actor,
    m: &NewMeasure,
) -> Result<Option<RiskpictureMeasureId>> {
    let mut tx = db.begin_write().await?;
    let id: Option<RiskpictureMeasureId> = sqlx::query_scalar(
        "INSERT INTO risk_measures (episode_id, administration_id, kind, taken_on, responsible, description, created_by, created_at) \
         SELECT id, $2, $3, $4, $5, $6, $7, $8 FROM risk_episodes WHERE id = $1 AND lifted_on IS NULL RETURNING id",
    )
    .bind(m.episode_id)
    .bind(m.administration_id)
    .bind(m.kind.code())
    .bind(&m.taken_on)
    .bind(m.responsible.as_str())
    .bind(m.description.as_str())
    .bind(&actor.label)
    .bind(db::now())
    .fetch_optional(&mut *tx)
    .await?;
    let Some(id) = id else {
        return Ok(None);
    };
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Create, Record::Measure, id)
            .admin(Some(m.administration_id))
            .summary(format!("{} {}", m.taken_on, m.kind.label())),
    )
    .await?;
    tx.commit().await?;
    Ok(Some(id))
}

/// One measure of an episode, or not found.
pub async fn measure(
    db: &Db,
    episode: RiskpictureEpisodeId,
    id: RiskpictureMeasureId,
) -> Result<RiskpictureMeasure> {
    let row = sqlx::query(&format!(
        "{MEASURE_SELECT} WHERE id = $1 AND episode_id = $2"
    ))
    .bind(id)
    .bind(episode)
    .fetch_optional(db.pool())
    .await?
    .ok_or(Error::NotFound)?;
    measure_of(&row)
}

/// A measure's new fields.
#[derive(Debug)]
pub struct MeasureChange {
    pub kind: MeasureKind,
    pub taken_on: String,
    pub responsible: Guarded,
    pub description: Guarded,
}

/// Changes a measure while its episode is in force, audited in the same transaction; false
/// when the episode has been lifted in the meantime.
pub async fn update_measure(
    db: &Db,
    actor: &Actor,
    m: &RiskpictureMeasure,
    change: &MeasureChange,
) -> Result<bool> {
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(
        "UPDATE risk_measures SET kind = $1, taken_on = $2, responsible = $3, description = $4          WHERE id = $5 AND episode_id = $6          AND EXISTS (SELECT 1 FROM risk_episodes e WHERE e.id = $6 AND e.lifted_on IS NULL)",
    )
    .bind(change.kind.code())
    .bind(&change.taken_on)
    .bind(change.responsible.as_str())
    .bind(change.description.as_str())
    .bind(m.id)
    .bind(m.episode_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done == 0 {
        return Ok(false);
    }
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Update, Record::Measure, m.id)
            .admin(Some(m.administration_id))
            .summary(format!("{} {}", change.taken_on, change.kind.label())),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Removes a measure while its episode is in force, audited in the same transaction; false
/// when the episode has been lifted in the meantime.
pub async fn remove_measure(db: &Db, actor: &Actor, m: &RiskpictureMeasure) -> Result<bool> {
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(
        "DELETE FROM risk_measures WHERE id = $1 AND episode_id = $2          AND EXISTS (SELECT 1 FROM risk_episodes e WHERE e.id = $2 AND e.lifted_on IS NULL)",
    )
    .bind(m.id)
    .bind(m.episode_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if done == 0 {
        return Ok(false);
    }
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Delete, Record::Measure, m.id)
            .admin(Some(m.administration_id))
            .summary(format!("{} {}", m.taken_on, m.kind.label())),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// An e-mail notice to an administration's coordinators, with its delivery.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct RiskpictureNotice {
    pub id: RiskpictureNoticeId,
    pub episode_id: RiskpictureEpisodeId,
    pub administration_id: AdministrationId,
    pub kind: NoticeKind,
    pub created_at: String,
    pub attempts: i64,
    /// `None`: not delivered (yet).
    pub delivered_at: Option<String>,
    pub recipients: String,
}

fn notice_of(r: &AnyRow) -> Result<RiskpictureNotice> {
    let kind: String = r.try_get("kind")?;
    Ok(RiskpictureNotice {
        id: r.try_get("id")?,
        episode_id: r.try_get("episode_id")?,
        administration_id: r.try_get("administration_id")?,
        kind: NoticeKind::parse(&kind).ok_or_else(|| bad("notice kind"))?,
        created_at: r.try_get("created_at")?,
        attempts: r.try_get("attempts")?,
        delivered_at: r.try_get("delivered_at")?,
        recipients: r.try_get("recipients")?,
    })
}

const NOTICE_SELECT: &str = "SELECT id, episode_id, administration_id, kind, created_at, attempts, delivered_at, recipients FROM risk_notices";

pub async fn notices(db: &Db, episode: RiskpictureEpisodeId) -> Result<Vec<RiskpictureNotice>> {
    let rows = sqlx::query(&format!(
        "{NOTICE_SELECT} WHERE episode_id = $1 ORDER BY id"
    ))
    .bind(episode)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(notice_of).collect()
}

/// The notices not delivered (of one episode, or of all).
pub async fn undelivered(
    db: &Db,
    episode: Option<RiskpictureEpisodeId>,
) -> Result<Vec<RiskpictureNotice>> {
    let rows = match episode {
        Some(id) => {
            sqlx::query(&format!(
                "{NOTICE_SELECT} WHERE delivered_at IS NULL AND episode_id = $1 ORDER BY id"
            ))
            .bind(id)
            .fetch_all(db.pool())
            .await?
        }
        None => {
            sqlx::query(&format!(
                "{NOTICE_SELECT} WHERE delivered_at IS NULL ORDER BY id"
            ))
            .fetch_all(db.pool())
            .await?
        }
    };
    rows.iter().map(notice_of).collect()
}

/// Claims a notice for this process until `until`: true when this call claimed it (nobody
/// had, or a claim had expired, and it is not delivered).
pub async fn claim(db: &Db, notice: RiskpictureNoticeId, now: &str, until: &str) -> Result<bool> {
    Ok(OUTBOX.claim(db, notice.get(), now, until, None).await?)
}

/// The notices' e-mail (claims, attempts, deliveries).
const OUTBOX: varn_house::db::outbox::Outbox = varn_house::db::outbox::Outbox {
    table: "risk_notices",
};

/// The notice went out.
pub async fn delivered(db: &Db, notice: &RiskpictureNotice, to: &str, now: &str) -> Result<()> {
    let mut tx = db.begin_write().await?;
    OUTBOX.delivered(&mut tx, notice.id.get(), to, now).await?;
    audit::record(
        &mut tx,
        &Actor::system("förhöjd riskbild"),
        Entry::new(Action::Remind, Record::Episode, notice.episode_id)
            .admin(Some(notice.administration_id))
            .summary(to.to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The notice could not go out: the claim is given up so a later run tries again.
pub async fn release(db: &Db, notice: RiskpictureNoticeId) -> Result<()> {
    let mut tx = db.begin_write().await?;
    OUTBOX.release(&mut tx, notice.get()).await?;
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
