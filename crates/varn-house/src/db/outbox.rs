//! E-mail that a capability records before it sends it (a clock's warning, a notice, an
//! alarm step's notification): a row per message in the capability's own table, with
//! `attempts`, `claimed_until`, `delivered_at` and `recipients`. A process claims a row
//! for a while before sending, so two processes never send the same e-mail at once; a
//! failure gives the claim up so that a later run tries again (the row stays undelivered and
//! is shown so); a delivery is marked in the caller's transaction, beside the caller's own
//! audit entry or timeline line.
//!
//! The table is a capability's constant, never input; this module must never build SQL from
//! anything else.

use sqlx::AnyConnection;

use crate::db::Db;

/// The table of a capability's recorded e-mail.
#[derive(Debug, Clone, Copy)]
pub struct Outbox {
    pub table: &'static str,
}

impl Outbox {
    /// Claims row `id` for this process until `until` (and counts the attempt): true when
    /// this call claimed it (nobody had, or a claim had expired, and it is not delivered).
    /// `also` sets one more column of the row in the same statement (a fresh link's hash).
    pub async fn claim(
        &self,
        db: &Db,
        id: i64,
        now: &str,
        until: &str,
        also: Option<(&'static str, &str)>,
    ) -> Result<bool, sqlx::Error> {
        let extra = also
            .map(|(column, _)| format!(", {column} = $4"))
            .unwrap_or_default();
        let sql = format!(
            "UPDATE {} SET claimed_until = $1, attempts = attempts + 1{extra} \
             WHERE id = $2 AND delivered_at IS NULL AND (claimed_until IS NULL OR claimed_until < $3)",
            self.table
        );
        let mut tx = db.begin_write().await?;
        let mut q = sqlx::query(&sql).bind(until).bind(id).bind(now);
        if let Some((_, value)) = also {
            q = q.bind(value);
        }
        let done = q.execute(&mut *tx).await?.rows_affected();
        tx.commit().await?;
        Ok(done == 1)
    }

    /// Marks row `id` delivered to `to` at `now`, in the caller's transaction.
    pub async fn delivered(
        &self,
        conn: &mut AnyConnection,
        id: i64,
        to: &str,
        now: &str,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(&format!(
            "UPDATE {} SET delivered_at = $1, recipients = $2, claimed_until = NULL WHERE id = $3",
            self.table
        ))
        .bind(now)
        .bind(to)
        .bind(id)
        .execute(conn)
        .await?;
        Ok(())
    }

    /// Gives up the claim of row `id` after a failure, in the caller's transaction, so
    /// that a later run tries again.
    pub async fn release(&self, conn: &mut AnyConnection, id: i64) -> Result<(), sqlx::Error> {
        sqlx::query(&format!(
            "UPDATE {} SET claimed_until = NULL WHERE id = $1",
            self.table
        ))
        .bind(id)
        .execute(conn)
        .await?;
        Ok(())
    }
}
