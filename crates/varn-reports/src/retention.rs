//! The forms as a record type of retention (`[retention] forms`): a closed form (assessed,
//! or forwarded) expires by when it came in; a form still new or under assessment is never
//! purged, whatever its age, since a coordinator has yet to decide on it. Its notes, terms
//! and links go with it (`ON DELETE CASCADE`).
//!
//! Before a batch of forms is deleted, what they add to every figure read from the forms is
//! added to `report_year_counts` in the same transaction (per administration and year of
//! the event: every form assessed as VBE, and those per assessed environment term), so the
//! figures, which read the rows still there plus these counts, stay the same.

use sqlx::{AnyConnection, Row};

use crate::domain::ReportId;
use varn_house::web::capability::{Purge, PurgeFuture};

/// The type's declaration for `Capability::retention`.
pub const PURGE: Purge = Purge {
    key: "forms",
    expired,
    delete,
};

/// The closed forms that came in before `$1`.
const EXPIRED: &str = "FROM reports WHERE submitted_at < $1 \
     AND status IN ('assessed_vbe', 'assessed_not_vbe', 'forwarded')";

const YEAR: &str = "CAST(SUBSTR(r.occurred_from, 1, 4) AS BIGINT)";

/// The statuses a form counts as assessed VBE in the figures.
pub const VBE: &str = "('assessed_vbe', 'forwarded')";

fn expired<'a>(conn: &'a mut AnyConnection, cutoff: &'a str) -> PurgeFuture<'a> {
    Box::pin(async move {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) {EXPIRED}"))
            .bind(cutoff)
            .fetch_one(&mut *conn)
            .await?;
        Ok(n as u64)
    })
}

fn delete<'a>(conn: &'a mut AnyConnection, cutoff: &'a str, limit: i64) -> PurgeFuture<'a> {
    Box::pin(async move {
        let rows = sqlx::query(&format!("SELECT id {EXPIRED} ORDER BY id LIMIT $2"))
            .bind(cutoff)
            .bind(limit)
            .fetch_all(&mut *conn)
            .await?;
        let ids: Vec<ReportId> = rows
            .iter()
            .map(|r| r.try_get::<ReportId, _>("id"))
            .collect::<Result<_, _>>()?;
        if ids.is_empty() {
            return Ok(0);
        }
        // Integers read from the database, never user text.
        let list = ids
            .iter()
            .map(ReportId::to_string)
            .collect::<Vec<_>>()
            .join(",");
        // `WHERE true` tells SQLite that ON CONFLICT belongs to the INSERT.
        let upsert = "WHERE true ON CONFLICT (administration_id, year, environment_id) \
                      DO UPDATE SET n = report_year_counts.n + excluded.n";
        sqlx::query(&format!(
            "INSERT INTO report_year_counts (administration_id, year, environment_id, n) \
             SELECT * FROM (SELECT r.administration_id, {YEAR}, 0, COUNT(*) FROM reports r \
             WHERE r.id IN ({list}) AND r.status IN {VBE} GROUP BY r.administration_id, {YEAR}) AS c {upsert}"
        ))
        .execute(&mut *conn)
        .await?;
        sqlx::query(&format!(
            "INSERT INTO report_year_counts (administration_id, year, environment_id, n) \
             SELECT * FROM (SELECT r.administration_id, {YEAR}, rt.term_id, COUNT(*) FROM reports r \
             JOIN report_terms rt ON rt.report_id = r.id AND rt.source = 'assessed' \
             JOIN taxonomy_terms t ON t.id = rt.term_id AND t.vocabulary = 'environment' \
             WHERE r.id IN ({list}) AND r.status IN {VBE} \
             GROUP BY r.administration_id, {YEAR}, rt.term_id) AS c {upsert}"
        ))
        .execute(&mut *conn)
        .await?;
        let done = sqlx::query(&format!("DELETE FROM reports WHERE id IN ({list})"))
            .execute(&mut *conn)
            .await?;
        Ok(done.rows_affected())
    })
}
