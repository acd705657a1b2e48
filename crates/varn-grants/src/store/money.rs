//! The SQL of the money side of grants: instalments (moved only while no stop holds: the
//! condition is in the statement), stops of payment and their lifting, and withdrawals with
//! the claim for repayment.

use super::*;

/// An instalment.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GrantsPayment {
    pub id: GrantPaymentId,
    pub application_id: GrantApplicationId,
    pub administration_id: AdministrationId,
    pub amount: i64,
    pub due_on: String,
    pub status: PaymentStatus,
    pub paid_on: Option<String>,
}

impl GrantsPayment {
    pub fn status_label(&self) -> &'static str {
        self.status.label()
    }

    pub fn amount_text(&self) -> String {
        crate::domain::kronor(self.amount)
    }

    pub fn can_approve(&self) -> bool {
        self.status == PaymentStatus::Planned
    }

    pub fn can_pay(&self) -> bool {
        self.status == PaymentStatus::Approved
    }
}

fn payment_of(row: &AnyRow) -> Result<GrantsPayment> {
    let status: String = row.try_get("status")?;
    Ok(GrantsPayment {
        id: row.try_get("id")?,
        application_id: row.try_get("application_id")?,
        administration_id: row.try_get("administration_id")?,
        amount: row.try_get("amount")?,
        due_on: row.try_get("due_on")?,
        status: PaymentStatus::parse(&status).ok_or_else(|| bad("payment status"))?,
        paid_on: row.try_get("paid_on")?,
    })
}

const PAYMENT_SELECT: &str = "SELECT id, application_id, administration_id, amount, due_on, status, paid_on FROM grant_payments";

pub async fn payments(
    conn: &mut AnyConnection,
    application: GrantApplicationId,
) -> Result<Vec<GrantsPayment>> {
    let rows = sqlx::query(&format!(
        "{PAYMENT_SELECT} WHERE application_id = $1 ORDER BY due_on, id"
    ))
    .bind(application)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(payment_of).collect()
}

pub async fn payment(conn: &mut AnyConnection, id: GrantPaymentId) -> Result<GrantsPayment> {
    let row = sqlx::query(&format!("{PAYMENT_SELECT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(Error::NotFound)?;
    payment_of(&row)
}

pub async fn add_payment(
    conn: &mut AnyConnection,
    application: &GrantsApplication,
    amount: i64,
    due_on: &str,
) -> Result<GrantPaymentId> {
    let now = db::now();
    Ok(sqlx::query_scalar(
        "INSERT INTO grant_payments (application_id, administration_id, amount, due_on, status, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, 'planned', $5, $5) RETURNING id",
    )
    .bind(application.id)
    .bind(application.administration_id)
    .bind(amount)
    .bind(due_on)
    .bind(&now)
    .fetch_one(&mut *conn)
    .await?)
}

/// Moves an instalment from `from` to `to`, but never while its association has an active
/// stop in the administration: the condition is in the statement itself, so no caller can
/// pay past a stop. False when nothing moved.
pub async fn move_payment(
    conn: &mut AnyConnection,
    id: GrantPaymentId,
    from: PaymentStatus,
    to: PaymentStatus,
) -> Result<bool> {
    let paid_on = (to == PaymentStatus::Paid).then(db::today);
    let done = sqlx::query(
        "UPDATE grant_payments SET status = $3, paid_on = COALESCE($4, paid_on), updated_at = $5 \
         WHERE id = $1 AND status = $2 AND NOT EXISTS (\
           SELECT 1 FROM grant_stops s JOIN grant_applications p ON p.association_id = s.association_id \
           WHERE p.id = grant_payments.application_id AND s.administration_id = grant_payments.administration_id AND s.lifted_on IS NULL)",
    )
    .bind(id)
    .bind(from.code())
    .bind(to.code())
    .bind(paid_on)
    .bind(db::now())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// A stop of payment.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GrantsStop {
    pub id: GrantStopId,
    pub association_id: GrantAssociationId,
    pub reason: String,
    pub stopped_on: String,
    pub stopped_by: String,
    pub lifted_on: Option<String>,
    pub lift_reason: String,
    pub lifted_by: String,
}

pub async fn stops(
    db: &Db,
    admin: AdministrationId,
    association: GrantAssociationId,
) -> Result<Vec<GrantsStop>> {
    let rows = sqlx::query(
        "SELECT id, association_id, reason, stopped_on, stopped_by, lifted_on, lift_reason, lifted_by FROM grant_stops \
         WHERE administration_id = $1 AND association_id = $2 ORDER BY id DESC",
    )
    .bind(admin)
    .bind(association)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(GrantsStop {
                id: r.try_get("id")?,
                association_id: r.try_get("association_id")?,
                reason: r.try_get("reason")?,
                stopped_on: r.try_get("stopped_on")?,
                stopped_by: r.try_get("stopped_by")?,
                lifted_on: r.try_get("lifted_on")?,
                lift_reason: r.try_get("lift_reason")?,
                lifted_by: r.try_get("lifted_by")?,
            })
        })
        .collect()
}

/// Records a stop and stops every planned or approved instalment of the association in
/// `admin` at once. Gives back the stop's id and how many instalments it stopped.
pub async fn stop(
    conn: &mut AnyConnection,
    by: &str,
    admin: AdministrationId,
    association: GrantAssociationId,
    reason: &str,
) -> Result<(GrantStopId, u64)> {
    let now = db::now();
    let id: GrantStopId = sqlx::query_scalar(
        "INSERT INTO grant_stops (administration_id, association_id, reason, stopped_on, stopped_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(admin)
    .bind(association)
    .bind(reason)
    .bind(db::today())
    .bind(by)
    .bind(&now)
    .fetch_one(&mut *conn)
    .await?;
    let done = sqlx::query(
        "UPDATE grant_payments SET status = 'stopped', stop_id = $1, updated_at = $2 \
         WHERE administration_id = $3 AND status IN ('planned', 'approved') \
         AND application_id IN (SELECT id FROM grant_applications WHERE association_id = $4 AND administration_id = $3)",
    )
    .bind(id)
    .bind(&now)
    .bind(admin)
    .bind(association)
    .execute(&mut *conn)
    .await?;
    Ok((id, done.rows_affected()))
}

/// Lifts the stop: the instalments it stopped are planned again (to be approved anew).
pub async fn lift(
    conn: &mut AnyConnection,
    by: &str,
    stop: GrantStopId,
    reason: &str,
) -> Result<u64> {
    let now = db::now();
    sqlx::query(
        "UPDATE grant_stops SET lifted_on = $2, lift_reason = $3, lifted_by = $4 WHERE id = $1 AND lifted_on IS NULL",
    )
    .bind(stop)
    .bind(db::today())
    .bind(reason)
    .bind(by)
    .execute(&mut *conn)
    .await?;
    let done = sqlx::query(
        "UPDATE grant_payments SET status = 'planned', updated_at = $2 WHERE stop_id = $1 AND status = 'stopped'",
    )
    .bind(stop)
    .bind(&now)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

/// A withdrawal of support already paid, with the claim for repayment.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GrantsWithdrawal {
    pub id: GrantWithdrawalId,
    pub application_id: GrantApplicationId,
    pub claim_amount: i64,
    pub reason: String,
    pub decided_on: String,
}

impl GrantsWithdrawal {
    pub fn claim_text(&self) -> String {
        crate::domain::kronor(self.claim_amount)
    }
}

pub async fn withdrawals(
    conn: &mut AnyConnection,
    application: GrantApplicationId,
) -> Result<Vec<GrantsWithdrawal>> {
    let rows = sqlx::query(
        "SELECT id, application_id, claim_amount, reason, decided_on FROM grant_withdrawals WHERE application_id = $1 ORDER BY id",
    )
    .bind(application)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(GrantsWithdrawal {
                id: r.try_get("id")?,
                application_id: r.try_get("application_id")?,
                claim_amount: r.try_get("claim_amount")?,
                reason: r.try_get("reason")?,
                decided_on: r.try_get("decided_on")?,
            })
        })
        .collect()
}

pub async fn add_withdrawal(
    conn: &mut AnyConnection,
    by: &str,
    application: &GrantsApplication,
    claim: i64,
    reason: &str,
    decided_on: &str,
) -> Result<GrantWithdrawalId> {
    Ok(sqlx::query_scalar(
        "INSERT INTO grant_withdrawals (administration_id, application_id, claim_amount, reason, decided_on, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(application.administration_id)
    .bind(application.id)
    .bind(claim)
    .bind(reason)
    .bind(decided_on)
    .bind(by)
    .bind(db::now())
    .fetch_one(&mut *conn)
    .await?)
}
