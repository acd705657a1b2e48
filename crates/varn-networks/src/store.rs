//! The SQL of networks and their meetings: networks, members, meetings with their agenda
//! and the minutes of the VBE item, the accounts present and the external attendees per
//! organisation. Rows are read by column name; every change is audited in its own write
//! transaction. Free text arrives here only as `Guarded`.

use sqlx::any::AnyRow;
use sqlx::Row;
use varn_house::kernel::ids::{AdministrationId, UserId};

use crate::domain::{NetworkId, NetworkKind, NetworkMeetingId, NetworkMemberId, OrganisationCount};
use crate::Record;
use varn_house::audit::{self, Action, Actor, Entry};
use varn_house::db::{self, Db};
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::text::Guarded;

/// A network or local forum as stored.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct NetworkRow {
    pub id: NetworkId,
    /// The administration it belongs to (a forum's own; the central one for the city's).
    pub administration_id: AdministrationId,
    pub kind: NetworkKind,
    pub name: String,
    pub purpose: String,
    /// VBE is a standing item of its meetings.
    pub standing_item: bool,
}

fn flag(row: &AnyRow, column: &str) -> Result<bool> {
    Ok(row.try_get::<i64, _>(column)? != 0)
}

fn network_of(row: &AnyRow) -> Result<NetworkRow> {
    let kind: String = row.try_get("kind")?;
    Ok(NetworkRow {
        id: row.try_get("id")?,
        administration_id: row.try_get("administration_id")?,
        kind: NetworkKind::parse(&kind)
            .ok_or_else(|| Error::Internal(anyhow::anyhow!("unknown network kind")))?,
        name: row.try_get("name")?,
        purpose: row.try_get("purpose")?,
        standing_item: flag(row, "standing_item")?,
    })
}

const NETWORK_SELECT: &str =
    "SELECT id, administration_id, kind, name, purpose, standing_item FROM networks";

/// Every network, by kind and name (the service filters what a person may read).
pub async fn networks(db: &Db) -> Result<Vec<NetworkRow>> {
    let rows = sqlx::query(&format!(
        "{NETWORK_SELECT} ORDER BY kind = 'forum', name, id"
    ))
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(network_of).collect()
}

pub async fn network(db: &Db, id: NetworkId) -> Result<NetworkRow> {
    let row = sqlx::query(&format!("{NETWORK_SELECT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?
        .ok_or(Error::NotFound)?;
    network_of(&row)
}

/// A checked network to store.
#[derive(Debug, Clone)]
pub struct NewNetwork {
    pub administration_id: AdministrationId,
    pub kind: NetworkKind,
    pub name: String,
    pub purpose: Guarded,
    pub standing_item: bool,
}

pub async fn create_network(db: &Db, actor: &Actor, n: &NewNetwork) -> Result<NetworkId> {
    let mut tx = db.begin_write().await?;
    let taken: Option<NetworkId> =
        sqlx::query_scalar("SELECT id FROM networks WHERE administration_id = $1 AND name = $2")
            .bind(n.administration_id)
            .bind(&n.name)
            .fetch_optional(&mut *tx)
            .await?;
    if taken.is_some() {
        return Err(Error::Conflict(
            varn_house::i18n::sv().t("networks.name_taken").to_string(),
        ));
    }
    let id: NetworkId = sqlx::query_scalar(
        "INSERT INTO networks (administration_id, kind, name, purpose, standing_item, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(n.administration_id)
    .bind(n.kind.code())
    .bind(&n.name)
    .bind(n.purpose.as_str())
    .bind(i64::from(n.standing_item))
    .bind(&actor.label)
    .bind(db::now())
    .fetch_one(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Create, Record::Network, id)
            .admin(Some(n.administration_id))
            .summary(n.name.clone()),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// A member as stored: an account, or an external organisation by name.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct MemberRow {
    pub id: NetworkMemberId,
    pub user_id: Option<UserId>,
    pub organisation: Option<String>,
    /// The member's part in the network ("ordförande", "polisens kontaktperson").
    pub member_role: String,
}

pub async fn members(db: &Db, network: NetworkId) -> Result<Vec<MemberRow>> {
    let rows = sqlx::query(
        "SELECT id, user_id, organisation, member_role FROM network_members WHERE network_id = $1 ORDER BY organisation IS NOT NULL, id",
    )
    .bind(network)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(MemberRow {
                id: r.try_get("id")?,
                user_id: r.try_get("user_id")?,
                organisation: r.try_get("organisation")?,
                member_role: r.try_get("member_role")?,
            })
        })
        .collect()
}

/// Adds a member; an account or organisation already in the network is a conflict.
pub async fn add_member(
    db: &Db,
    actor: &Actor,
    network: &NetworkRow,
    user_id: Option<UserId>,
    organisation: Option<&str>,
    member_role: &str,
) -> Result<NetworkMemberId> {
    let mut tx = db.begin_write().await?;
    let taken: Option<NetworkMemberId> = sqlx::query_scalar(
        "SELECT id FROM network_members WHERE network_id = $1 AND (user_id = $2 OR organisation = $3)",
    )
    .bind(network.id)
    .bind(user_id)
    .bind(organisation)
    .fetch_optional(&mut *tx)
    .await?;
    if taken.is_some() {
        return Err(Error::Conflict(
            varn_house::i18n::sv()
                .t("networks.member_taken")
                .to_string(),
        ));
    }
    let id: NetworkMemberId = sqlx::query_scalar(
        "INSERT INTO network_members (network_id, user_id, organisation, member_role, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(network.id)
    .bind(user_id)
    .bind(organisation)
    .bind(member_role)
    .bind(db::now())
    .fetch_one(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Update, Record::Network, network.id)
            .admin(Some(network.administration_id))
            .summary(format!("member {id}")),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Removes a member of `network` (its past attendance stays as it was).
pub async fn remove_member(
    db: &Db,
    actor: &Actor,
    network: &NetworkRow,
    member: NetworkMemberId,
) -> Result<()> {
    let mut tx = db.begin_write().await?;
    let gone = sqlx::query("DELETE FROM network_members WHERE id = $1 AND network_id = $2")
        .bind(member)
        .bind(network.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if gone == 0 {
        return Err(Error::NotFound);
    }
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Update, Record::Network, network.id)
            .admin(Some(network.administration_id))
            .summary(format!("member {member} removed")),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// An account marked present at a meeting.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Attendee {
    pub user_id: UserId,
    /// The administration the account served when marked (for the plans' attendance).
    pub administration_id: Option<AdministrationId>,
    /// Not a member of the network.
    pub guest: bool,
}

/// A meeting as stored.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct MeetingRow {
    pub id: NetworkMeetingId,
    pub network_id: NetworkId,
    pub held_on: String,
    pub agenda: String,
    /// VBE was an item of the meeting.
    pub vbe_item: bool,
    /// The minutes of the VBE item.
    pub minutes: String,
    pub created_by: String,
    pub attendees: Vec<Attendee>,
    pub organisations: Vec<OrganisationCount>,
}

const MEETING_SELECT: &str =
    "SELECT id, network_id, held_on, agenda, vbe_item, minutes, created_by FROM network_meetings";

fn meeting_of(row: &AnyRow) -> Result<MeetingRow> {
    Ok(MeetingRow {
        id: row.try_get("id")?,
        network_id: row.try_get("network_id")?,
        held_on: row.try_get("held_on")?,
        agenda: row.try_get("agenda")?,
        vbe_item: flag(row, "vbe_item")?,
        minutes: row.try_get("minutes")?,
        created_by: row.try_get("created_by")?,
        attendees: vec![],
        organisations: vec![],
    })
}

async fn fill(db: &Db, m: &mut MeetingRow) -> Result<()> {
    let rows = sqlx::query(
        "SELECT user_id, administration_id, guest FROM meeting_attendees WHERE meeting_id = $1 ORDER BY id",
    )
    .bind(m.id)
    .fetch_all(db.pool())
    .await?;
    m.attendees = rows
        .iter()
        .map(|r| {
            Ok(Attendee {
                user_id: r.try_get("user_id")?,
                administration_id: r.try_get("administration_id")?,
                guest: flag(r, "guest")?,
            })
        })
        .collect::<Result<_>>()?;
    let rows = sqlx::query(
        "SELECT organisation, attendees FROM meeting_organisations WHERE meeting_id = $1 ORDER BY id",
    )
    .bind(m.id)
    .fetch_all(db.pool())
    .await?;
    m.organisations = rows
        .iter()
        .map(|r| {
            Ok(OrganisationCount {
                organisation: r.try_get("organisation")?,
                attendees: r.try_get("attendees")?,
            })
        })
        .collect::<Result<_>>()?;
    Ok(())
}

/// The meetings of a network, newest first, with who attended.
pub async fn meetings(db: &Db, network: NetworkId) -> Result<Vec<MeetingRow>> {
    let rows = sqlx::query(&format!(
        "{MEETING_SELECT} WHERE network_id = $1 ORDER BY held_on DESC, id DESC"
    ))
    .bind(network)
    .fetch_all(db.pool())
    .await?;
    let mut out = rows.iter().map(meeting_of).collect::<Result<Vec<_>>>()?;
    for m in &mut out {
        fill(db, m).await?;
    }
    Ok(out)
}

pub async fn meeting(db: &Db, id: NetworkMeetingId) -> Result<MeetingRow> {
    let row = sqlx::query(&format!("{MEETING_SELECT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?
        .ok_or(Error::NotFound)?;
    let mut m = meeting_of(&row)?;
    fill(db, &mut m).await?;
    Ok(m)
}

/// What a meeting's record says, checked.
#[derive(Debug, Clone)]
pub struct MeetingText {
    pub held_on: String,
    pub agenda: Guarded,
    pub vbe_item: bool,
    pub minutes: Guarded,
}

pub async fn create_meeting(
    db: &Db,
    actor: &Actor,
    network: &NetworkRow,
    m: &MeetingText,
) -> Result<NetworkMeetingId> {
    let mut tx = db.begin_write().await?;
    let now = db::now();
    let id: NetworkMeetingId = sqlx::query_scalar(
        "INSERT INTO network_meetings (network_id, held_on, agenda, vbe_item, minutes, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
    )
    .bind(network.id)
    .bind(&m.held_on)
    .bind(m.agenda.as_str())
    .bind(i64::from(m.vbe_item))
    .bind(m.minutes.as_str())
    .bind(&actor.label)
    .bind(&now)
    .fetch_one(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Create, Record::Meeting, id)
            .admin(Some(network.administration_id))
            .summary(format!("{} {}", network.name, m.held_on)),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn update_meeting(
    db: &Db,
    actor: &Actor,
    network: &NetworkRow,
    id: NetworkMeetingId,
    m: &MeetingText,
) -> Result<()> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "UPDATE network_meetings SET held_on = $1, agenda = $2, vbe_item = $3, minutes = $4, updated_at = $5 WHERE id = $6",
    )
    .bind(&m.held_on)
    .bind(m.agenda.as_str())
    .bind(i64::from(m.vbe_item))
    .bind(m.minutes.as_str())
    .bind(db::now())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Update, Record::Meeting, id)
            .admin(Some(network.administration_id))
            .summary(format!("{} {}", network.name, m.held_on)),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Replaces who attended a meeting.
pub async fn set_attendance(
    db: &Db,
    actor: &Actor,
    network: &NetworkRow,
    id: NetworkMeetingId,
    attendees: &[Attendee],
    organisations: &[OrganisationCount],
) -> Result<()> {
    let mut tx = db.begin_write().await?;
    sqlx::query("DELETE FROM meeting_attendees WHERE meeting_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM meeting_organisations WHERE meeting_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    for a in attendees {
        sqlx::query(
            "INSERT INTO meeting_attendees (meeting_id, user_id, administration_id, guest) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(a.user_id)
        .bind(a.administration_id)
        .bind(i64::from(a.guest))
        .execute(&mut *tx)
        .await?;
    }
    for o in organisations {
        sqlx::query(
            "INSERT INTO meeting_organisations (meeting_id, organisation, attendees) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(&o.organisation)
        .bind(o.attendees)
        .execute(&mut *tx)
        .await?;
    }
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Update, Record::Meeting, id)
            .admin(Some(network.administration_id))
            .summary(format!(
                "attendance {} + {}",
                attendees.len(),
                organisations.iter().map(|o| o.attendees).sum::<i64>()
            )),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Meetings of a network held in a period, and of those how many an account of `admin`
/// attended.
pub async fn held_and_attended(
    db: &Db,
    network: NetworkId,
    admin: AdministrationId,
    from: &str,
    to: &str,
) -> Result<(i64, i64)> {
    let held: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM network_meetings WHERE network_id = $1 AND held_on >= $2 AND held_on <= $3",
    )
    .bind(network)
    .bind(from)
    .bind(to)
    .fetch_one(db.pool())
    .await?;
    let attended: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM network_meetings m WHERE m.network_id = $1 AND m.held_on >= $2 AND m.held_on <= $3 \
         AND EXISTS (SELECT 1 FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.administration_id = $4)",
    )
    .bind(network)
    .bind(from)
    .bind(to)
    .bind(admin)
    .fetch_one(db.pool())
    .await?;
    Ok((held, attended))
}
