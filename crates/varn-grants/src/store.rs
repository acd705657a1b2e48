//! The SQL of grants: the register (one row per organisation number in the municipality,
//! linked to the administrations it deals with), applications with their decision,
//! instalments, controls, stops and withdrawals. Rows are read by column name. Every write
//! takes a `&mut AnyConnection` of a write transaction the service opened (and audits in).
//! What another administration may learn of an association is only [`elsewhere`]: which
//! administrations have a control or a stop on record, never what they hold.

use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::domain::{
    ApplicationKind, AssociationKind, ControlKind, GrantApplicationId, GrantAssociationId,
    GrantControlId, GrantPaymentId, GrantStopId, GrantWithdrawalId, Outcome, PaymentStatus,
};
use varn_house::db::{self, Db};
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::ids::AdministrationId;

mod money;
pub use money::*;

fn bad(what: &str) -> Error {
    Error::Internal(anyhow::anyhow!("unknown stored {what}"))
}

/// An association in the register.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GrantsAssociation {
    pub id: GrantAssociationId,
    /// `NNNNNN-NNNN`.
    pub org_number: String,
    pub name: String,
    pub kind: AssociationKind,
    /// The role of the association's contact (ordförande, kassör …), not a person's name.
    pub contact_role: String,
    /// The names of the administrations it deals with.
    pub administrations: Vec<String>,
    /// True when the administration asking has an active stop of payment for it.
    pub stopped: bool,
}

impl GrantsAssociation {
    pub fn kind_label(&self) -> &'static str {
        self.kind.label()
    }
}

fn association_of(row: &AnyRow) -> Result<GrantsAssociation> {
    let kind: String = row.try_get("kind")?;
    let admins: String = row.try_get("administrations")?;
    let stopped: i64 = row.try_get("stopped")?;
    Ok(GrantsAssociation {
        id: row.try_get("id")?,
        org_number: row.try_get("org_number")?,
        name: row.try_get("name")?,
        kind: AssociationKind::parse(&kind).ok_or_else(|| bad("association kind"))?,
        contact_role: row.try_get("contact_role")?,
        administrations: admins
            .split('\u{1f}')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        stopped: stopped > 0,
    })
}

/// The select of an association as `admin` sees it (`$1`: the administration).
fn association_select(filter: &str, agg: &str) -> String {
    format!(
        "SELECT a.id, a.org_number, a.name, a.kind, a.contact_role, \
         COALESCE((SELECT {agg} FROM grant_association_links l2 JOIN administrations ad ON ad.id = l2.administration_id WHERE l2.association_id = a.id), '') AS administrations, \
         (SELECT COUNT(*) FROM grant_stops s WHERE s.association_id = a.id AND s.administration_id = $1 AND s.lifted_on IS NULL) AS stopped \
         FROM grant_associations a {filter}"
    )
}

fn name_agg(db: &Db) -> &'static str {
    match db.backend() {
        db::Backend::Sqlite => "GROUP_CONCAT(ad.name, char(31))",
        db::Backend::Postgres => "STRING_AGG(ad.name, chr(31) ORDER BY ad.name)",
    }
}

/// The associations `admin` deals with, by name.
pub async fn associations(db: &Db, admin: AdministrationId) -> Result<Vec<GrantsAssociation>> {
    let sql = association_select(
        "JOIN grant_association_links l ON l.association_id = a.id AND l.administration_id = $1 ORDER BY a.name, a.id",
        name_agg(db),
    );
    let rows = sqlx::query(&sql).bind(admin).fetch_all(db.pool()).await?;
    rows.iter().map(association_of).collect()
}

/// One association that `admin` deals with; another one answers as a missing one.
pub async fn association(
    db: &Db,
    admin: AdministrationId,
    id: GrantAssociationId,
) -> Result<GrantsAssociation> {
    let sql = association_select(
        "JOIN grant_association_links l ON l.association_id = a.id AND l.administration_id = $1 WHERE a.id = $2",
        name_agg(db),
    );
    let row = sqlx::query(&sql)
        .bind(admin)
        .bind(id)
        .fetch_optional(db.pool())
        .await?
        .ok_or(Error::NotFound)?;
    association_of(&row)
}

/// The id of the association with this organisation number, if registered by anyone.
pub async fn association_by_number(
    conn: &mut AnyConnection,
    org: &str,
) -> Result<Option<GrantAssociationId>> {
    Ok(
        sqlx::query_scalar("SELECT id FROM grant_associations WHERE org_number = $1")
            .bind(org)
            .fetch_optional(&mut *conn)
            .await?,
    )
}

/// A checked association to register.
#[derive(Debug, Clone)]
pub struct NewAssociation {
    pub org_number: String,
    pub name: String,
    pub kind: AssociationKind,
    pub contact_role: String,
}

/// Registers the association, or takes the registered one with its number, and links it to
/// `admin`. Gives back its id and whether it was new to the register.
pub async fn register(
    conn: &mut AnyConnection,
    by: &str,
    admin: AdministrationId,
    a: &NewAssociation,
) -> Result<(GrantAssociationId, bool)> {
    let now = db::now();
    let (id, new) = match association_by_number(conn, &a.org_number).await? {
        Some(id) => (id, false),
        None => {
            let id: GrantAssociationId = sqlx::query_scalar(
                "INSERT INTO grant_associations (org_number, name, kind, contact_role, created_by, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
            )
            .bind(&a.org_number)
            .bind(&a.name)
            .bind(a.kind.code())
            .bind(&a.contact_role)
            .bind(by)
            .bind(&now)
            .fetch_one(&mut *conn)
            .await?;
            (id, true)
        }
    };
    sqlx::query(
        "INSERT INTO grant_association_links (association_id, administration_id, touched_at, created_at) \
         VALUES ($1, $2, $3, $3) ON CONFLICT (association_id, administration_id) DO NOTHING",
    )
    .bind(id)
    .bind(admin)
    .bind(&now)
    .execute(&mut *conn)
    .await?;
    Ok((id, new))
}

/// Takes the lock on an association's link to `admin` for the rest of the transaction (on
/// PostgreSQL a row lock; SQLite's write transaction holds the whole database), so that a
/// stop and a payment of the same association never pass each other. Not found when the
/// administration does not deal with the association.
pub async fn lock(
    conn: &mut AnyConnection,
    admin: AdministrationId,
    association: GrantAssociationId,
) -> Result<()> {
    let done = sqlx::query(
        "UPDATE grant_association_links SET touched_at = $3 WHERE association_id = $1 AND administration_id = $2",
    )
    .bind(association)
    .bind(admin)
    .bind(db::now())
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound);
    }
    Ok(())
}

/// The active stop of `admin` for the association, if any.
pub async fn active_stop(
    conn: &mut AnyConnection,
    admin: AdministrationId,
    association: GrantAssociationId,
) -> Result<Option<GrantStopId>> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM grant_stops WHERE administration_id = $1 AND association_id = $2 AND lifted_on IS NULL",
    )
    .bind(admin)
    .bind(association)
    .fetch_optional(&mut *conn)
    .await?)
}

/// What another administration has on record for an association: its name and whether it
/// has controls and an active stop; never their contents.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GrantsElsewhere {
    pub administration: String,
    pub has_controls: bool,
    pub has_stop: bool,
}

/// The other administrations with a control or an active stop on record for `association`.
pub async fn elsewhere(
    db: &Db,
    admin: AdministrationId,
    association: GrantAssociationId,
) -> Result<Vec<GrantsElsewhere>> {
    let rows = sqlx::query(
        "SELECT ad.name, \
         (SELECT COUNT(*) FROM grant_controls c WHERE c.association_id = $1 AND c.administration_id = ad.id) AS controls, \
         (SELECT COUNT(*) FROM grant_stops s WHERE s.association_id = $1 AND s.administration_id = ad.id AND s.lifted_on IS NULL) AS stops \
         FROM administrations ad WHERE ad.id <> $2 ORDER BY ad.name",
    )
    .bind(association)
    .bind(admin)
    .fetch_all(db.pool())
    .await?;
    let mut out = Vec::new();
    for r in rows {
        let controls: i64 = r.try_get("controls")?;
        let stops: i64 = r.try_get("stops")?;
        if controls > 0 || stops > 0 {
            out.push(GrantsElsewhere {
                administration: r.try_get("name")?,
                has_controls: controls > 0,
                has_stop: stops > 0,
            });
        }
    }
    Ok(out)
}

/// An application with its decision, as its administration sees it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GrantsApplication {
    pub id: GrantApplicationId,
    pub administration_id: AdministrationId,
    pub association_id: GrantAssociationId,
    pub association: String,
    pub org_number: String,
    pub kind: ApplicationKind,
    pub period_from: String,
    pub period_to: String,
    pub purpose: String,
    /// Whole kronor applied for (grants).
    pub amount: Option<i64>,
    /// The premises and the times (premises).
    pub premises: String,
    pub times: String,
    /// The association's declaration that it meets the democracy conditions.
    pub declared_on: String,
    /// Who signed in the association's name: a role, not a personal name.
    pub declared_by_role: String,
    pub received_on: String,
    pub outcome: Option<Outcome>,
    pub granted_amount: Option<i64>,
    pub decision_reason: String,
    pub decision_reference: String,
    pub decided_on: Option<String>,
    pub conditions: String,
    /// The plan for follow-up fixed by the decision.
    pub follow_up_plan: String,
}

impl GrantsApplication {
    pub fn kind_label(&self) -> &'static str {
        self.kind.label()
    }

    pub fn outcome_label(&self) -> &'static str {
        match self.outcome {
            Some(o) => o.label(),
            None => varn_house::i18n::sv().t("grants.undecided"),
        }
    }

    pub fn amount_text(&self) -> String {
        self.amount.map(crate::domain::kronor).unwrap_or_default()
    }

    pub fn granted_text(&self) -> String {
        self.granted_amount
            .map(crate::domain::kronor)
            .unwrap_or_default()
    }
}

const APPLICATION_SELECT: &str = "SELECT p.*, a.name AS association, a.org_number FROM grant_applications p JOIN grant_associations a ON a.id = p.association_id";

fn application_of(row: &AnyRow) -> Result<GrantsApplication> {
    let kind: String = row.try_get("kind")?;
    let outcome: Option<String> = row.try_get("outcome")?;
    Ok(GrantsApplication {
        id: row.try_get("id")?,
        administration_id: row.try_get("administration_id")?,
        association_id: row.try_get("association_id")?,
        association: row.try_get("association")?,
        org_number: row.try_get("org_number")?,
        kind: ApplicationKind::parse(&kind).ok_or_else(|| bad("application kind"))?,
        period_from: row.try_get("period_from")?,
        period_to: row.try_get("period_to")?,
        purpose: row.try_get("purpose")?,
        amount: row.try_get("amount")?,
        premises: row.try_get("premises")?,
        times: row.try_get("times")?,
        declared_on: row.try_get("declared_on")?,
        declared_by_role: row.try_get("declared_by_role")?,
        received_on: row.try_get("received_on")?,
        outcome: match outcome {
            Some(o) => Some(Outcome::parse(&o).ok_or_else(|| bad("outcome"))?),
            None => None,
        },
        granted_amount: row.try_get("granted_amount")?,
        decision_reason: row.try_get("decision_reason")?,
        decision_reference: row.try_get("decision_reference")?,
        decided_on: row.try_get("decided_on")?,
        conditions: row.try_get("conditions")?,
        follow_up_plan: row.try_get("follow_up_plan")?,
    })
}

/// The applications of `admin`, newest first; of one association when given.
pub async fn applications(
    db: &Db,
    admin: AdministrationId,
    association: Option<GrantAssociationId>,
) -> Result<Vec<GrantsApplication>> {
    let order = "ORDER BY p.received_on DESC, p.id DESC";
    let rows = match association {
        Some(a) => {
            sqlx::query(&format!(
            "{APPLICATION_SELECT} WHERE p.administration_id = $1 AND p.association_id = $2 {order}"
        ))
            .bind(admin)
            .bind(a)
            .fetch_all(db.pool())
            .await?
        }
        None => {
            sqlx::query(&format!(
                "{APPLICATION_SELECT} WHERE p.administration_id = $1 {order}"
            ))
            .bind(admin)
            .fetch_all(db.pool())
            .await?
        }
    };
    rows.iter().map(application_of).collect()
}

pub async fn application(
    conn: &mut AnyConnection,
    id: GrantApplicationId,
) -> Result<GrantsApplication> {
    let row = sqlx::query(&format!("{APPLICATION_SELECT} WHERE p.id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(Error::NotFound)?;
    application_of(&row)
}

/// The granted applications of `admin` whose control is due: the period ends within 30
/// days of `today` (or ended within the last year) and no control of the application is on
/// record since the decision.
pub async fn due_controls(
    db: &Db,
    admin: AdministrationId,
    today: &str,
) -> Result<Vec<GrantsApplication>> {
    let day = |days: i64| {
        chrono::NaiveDate::parse_from_str(today, "%Y-%m-%d")
            .map(|d| {
                (d + chrono::Duration::days(days))
                    .format("%Y-%m-%d")
                    .to_string()
            })
            .unwrap_or_else(|_| today.to_string())
    };
    let rows = sqlx::query(&format!(
        "{APPLICATION_SELECT} WHERE p.administration_id = $1 AND p.outcome IN ('granted', 'partly') \
         AND p.period_to BETWEEN $2 AND $3 \
         AND NOT EXISTS (SELECT 1 FROM grant_controls c WHERE c.application_id = p.id AND c.controlled_on >= p.decided_on) \
         ORDER BY p.period_to, p.id"
    ))
    .bind(admin)
    .bind(day(-365))
    .bind(day(30))
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(application_of).collect()
}

/// A checked application to store.
#[derive(Debug, Clone)]
pub struct NewApplication {
    pub kind: ApplicationKind,
    pub period_from: String,
    pub period_to: String,
    pub purpose: String,
    pub amount: Option<i64>,
    pub premises: String,
    pub times: String,
    pub declared_on: String,
    pub declared_by_role: String,
    pub received_on: String,
}

pub async fn create_application(
    conn: &mut AnyConnection,
    by: &str,
    admin: AdministrationId,
    association: GrantAssociationId,
    a: &NewApplication,
) -> Result<GrantApplicationId> {
    let now = db::now();
    Ok(sqlx::query_scalar(
        "INSERT INTO grant_applications (administration_id, association_id, kind, period_from, period_to, purpose, amount, premises, times, declared_on, declared_by_role, received_on, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) RETURNING id",
    )
    .bind(admin)
    .bind(association)
    .bind(a.kind.code())
    .bind(&a.period_from)
    .bind(&a.period_to)
    .bind(&a.purpose)
    .bind(a.amount)
    .bind(&a.premises)
    .bind(&a.times)
    .bind(&a.declared_on)
    .bind(&a.declared_by_role)
    .bind(&a.received_on)
    .bind(by)
    .bind(&now)
    .fetch_one(&mut *conn)
    .await?)
}

/// A checked decision.
#[derive(Debug, Clone)]
pub struct NewDecision {
    pub outcome: Outcome,
    pub granted_amount: Option<i64>,
    pub reason: String,
    pub reference: String,
    pub decided_on: String,
    pub conditions: String,
    pub follow_up_plan: String,
}

/// Records the decision; a conflict when one is already recorded.
pub async fn decide(
    conn: &mut AnyConnection,
    id: GrantApplicationId,
    d: &NewDecision,
) -> Result<()> {
    let done = sqlx::query(
        "UPDATE grant_applications SET outcome = $2, granted_amount = $3, decision_reason = $4, decision_reference = $5, \
         decided_on = $6, conditions = $7, follow_up_plan = $8, updated_at = $9 WHERE id = $1 AND outcome IS NULL",
    )
    .bind(id)
    .bind(d.outcome.code())
    .bind(d.granted_amount)
    .bind(&d.reason)
    .bind(&d.reference)
    .bind(&d.decided_on)
    .bind(&d.conditions)
    .bind(&d.follow_up_plan)
    .bind(db::now())
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(Error::Conflict(
            varn_house::i18n::sv()
                .t("grants.already_decided")
                .to_string(),
        ));
    }
    Ok(())
}

/// A control action with its finding (a read of it is audited).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GrantsControl {
    pub id: GrantControlId,
    pub association_id: GrantAssociationId,
    pub application_id: Option<GrantApplicationId>,
    pub kind: ControlKind,
    /// What was checked.
    pub checked: String,
    pub finding: String,
    pub controlled_on: String,
    pub created_by: String,
}

impl GrantsControl {
    pub fn kind_label(&self) -> &'static str {
        self.kind.label()
    }
}

pub async fn controls(
    db: &Db,
    admin: AdministrationId,
    association: GrantAssociationId,
) -> Result<Vec<GrantsControl>> {
    let rows = sqlx::query(
        "SELECT id, association_id, application_id, kind, checked, finding, controlled_on, created_by FROM grant_controls \
         WHERE administration_id = $1 AND association_id = $2 ORDER BY controlled_on DESC, id DESC",
    )
    .bind(admin)
    .bind(association)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let kind: String = r.try_get("kind")?;
            Ok(GrantsControl {
                id: r.try_get("id")?,
                association_id: r.try_get("association_id")?,
                application_id: r.try_get("application_id")?,
                kind: ControlKind::parse(&kind).ok_or_else(|| bad("control kind"))?,
                checked: r.try_get("checked")?,
                finding: r.try_get("finding")?,
                controlled_on: r.try_get("controlled_on")?,
                created_by: r.try_get("created_by")?,
            })
        })
        .collect()
}

/// A checked control.
#[derive(Debug, Clone)]
pub struct NewControl {
    pub application_id: Option<GrantApplicationId>,
    pub kind: ControlKind,
    pub checked: String,
    pub finding: String,
    pub controlled_on: String,
}

pub async fn add_control(
    conn: &mut AnyConnection,
    by: &str,
    admin: AdministrationId,
    association: GrantAssociationId,
    c: &NewControl,
) -> Result<GrantControlId> {
    Ok(sqlx::query_scalar(
        "INSERT INTO grant_controls (administration_id, association_id, application_id, kind, checked, finding, controlled_on, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(admin)
    .bind(association)
    .bind(c.application_id)
    .bind(c.kind.code())
    .bind(&c.checked)
    .bind(&c.finding)
    .bind(&c.controlled_on)
    .bind(by)
    .bind(db::now())
    .fetch_one(&mut *conn)
    .await?)
}

/// Counts for an administration's year (or, with `admin` `None`, per administration).
pub async fn scalar(
    db: &Db,
    sql: &str,
    admin: AdministrationId,
    from: &str,
    to: &str,
) -> Result<i64> {
    Ok(sqlx::query_scalar(sql)
        .bind(admin)
        .bind(from)
        .bind(to)
        .fetch_one(db.pool())
        .await?)
}
