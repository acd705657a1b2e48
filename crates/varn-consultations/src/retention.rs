//! Consultations and 24-hour requests as one record type of retention (`[retention]
//! consultations`).
//!
//! - A consultation expires by the day it was held. Before it goes, its sides, kind and
//!   referrals are added to `consultation_counts` (per day), which every reader of the
//!   consultation figures adds to the rows still there.
//! - A 24-hour request expires when the whole Swedish year it was received in lies before
//!   the cut-off and none of that year's requests is still open (an open request, like a
//!   form not yet assessed, waits for a coordinator and is never purged). Before the first
//!   request of a year goes, the year's report per administration is frozen whole into
//!   `first_contact_year_counts` (a median cannot be added up), and the report reads a
//!   frozen year from there alone. Each request also adds itself to
//!   `first_contact_day_counts`, which the plan measures add to the rows. Its warnings (the
//!   e-mail outbox of the clock) go with it.

use std::collections::{BTreeMap, BTreeSet};

use chrono::Datelike;
use sqlx::{AnyConnection, Row};

use crate::domain::ConsultationId;
use crate::{report, store};
use varn_house::kernel::error::Result;
use varn_house::kernel::ids::AdministrationId;
use varn_house::kernel::time::{parse_stored, stockholm};
use varn_house::web::capability::{Purge, PurgeFuture};

/// The type's declaration for `Capability::retention`.
pub const PURGE: Purge = Purge {
    key: "consultations",
    expired,
    delete,
};

/// The expired requests (ids ordered), as of the cut-off: those of closed Swedish years
/// before the cut-off's year with no request still open.
async fn expired_requests(
    conn: &mut AnyConnection,
    cutoff: &str,
) -> Result<Vec<store::ConsultationRequest>> {
    let cutoff_year: i32 = cutoff.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
    // A superset in UTC (Stockholm is ahead of UTC), narrowed by the Swedish year below.
    let bound = format!("{cutoff_year:04}-01-01T00:00:00Z");
    let rows = sqlx::query(&format!(
        "{} WHERE received_at < $1 ORDER BY id",
        store::REQUEST_SELECT
    ))
    .bind(&bound)
    .fetch_all(&mut *conn)
    .await?;
    let all: Vec<store::ConsultationRequest> =
        rows.iter().map(store::request_of).collect::<Result<_>>()?;
    let year =
        |r: &store::ConsultationRequest| parse_stored(&r.received_at).map(|t| stockholm(t).year());
    let open_years: BTreeSet<i32> = all
        .iter()
        .filter(|r| r.contact_at.is_none())
        .filter_map(year)
        .collect();
    Ok(all
        .into_iter()
        .filter(|r| year(r).is_some_and(|y| y < cutoff_year && !open_years.contains(&y)))
        .collect())
}

fn expired<'a>(conn: &'a mut AnyConnection, cutoff: &'a str) -> PurgeFuture<'a> {
    Box::pin(async move {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consultations WHERE held_on < $1")
            .bind(cutoff)
            .fetch_one(&mut *conn)
            .await?;
        Ok(n as u64 + expired_requests(conn, cutoff).await?.len() as u64)
    })
}

/// Consultations first, then requests, at most `limit` rows in all.
fn delete<'a>(conn: &'a mut AnyConnection, cutoff: &'a str, limit: i64) -> PurgeFuture<'a> {
    Box::pin(async move {
        let gone = delete_consultations(conn, cutoff, limit).await?;
        if gone >= limit as u64 {
            return Ok(gone);
        }
        Ok(gone + delete_requests(conn, cutoff, limit - gone as i64).await?)
    })
}

async fn delete_consultations(conn: &mut AnyConnection, cutoff: &str, limit: i64) -> Result<u64> {
    let rows = sqlx::query(
        "SELECT id, held_on, administration_id, advisor_administration_id, kind, referrals \
         FROM consultations WHERE held_on < $1 ORDER BY id LIMIT $2",
    )
    .bind(cutoff)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    if rows.is_empty() {
        return Ok(0);
    }
    let mut counts: BTreeMap<(String, AdministrationId, AdministrationId, String, String), i64> =
        BTreeMap::new();
    let mut ids = Vec::new();
    for r in &rows {
        ids.push(r.try_get::<ConsultationId, _>("id")?);
        let key = (
            r.try_get::<String, _>("held_on")?,
            r.try_get::<AdministrationId, _>("administration_id")?,
            r.try_get::<AdministrationId, _>("advisor_administration_id")?,
            r.try_get::<String, _>("kind")?,
            r.try_get::<String, _>("referrals")?,
        );
        *counts.entry(key).or_default() += 1;
    }
    for ((day, asking, advisor, kind, referrals), n) in counts {
        sqlx::query(
            "INSERT INTO consultation_counts \
             (held_on, administration_id, advisor_administration_id, kind, referrals, n) \
             VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (held_on, administration_id, advisor_administration_id, kind, referrals) \
             DO UPDATE SET n = consultation_counts.n + excluded.n",
        )
        .bind(day)
        .bind(asking)
        .bind(advisor)
        .bind(kind)
        .bind(referrals)
        .bind(n)
        .execute(&mut *conn)
        .await?;
    }
    // Integers read from the database, never user text.
    let list = ids
        .iter()
        .map(ConsultationId::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let done = sqlx::query(&format!("DELETE FROM consultations WHERE id IN ({list})"))
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected())
}

async fn delete_requests(conn: &mut AnyConnection, cutoff: &str, limit: i64) -> Result<u64> {
    let expired = expired_requests(conn, cutoff).await?;
    let batch: Vec<_> = expired.iter().take(limit.max(0) as usize).collect();
    if batch.is_empty() {
        return Ok(0);
    }
    // Freeze each year of the batch first, from all its requests (none of a year is purged
    // before the year is frozen, so they are all still there).
    let years: BTreeSet<i32> = batch
        .iter()
        .filter_map(|r| parse_stored(&r.received_at).map(|t| stockholm(t).year()))
        .collect();
    for year in years {
        freeze_year(conn, year, &expired).await?;
    }
    let mut days: BTreeMap<(String, AdministrationId), (i64, i64)> = BTreeMap::new();
    for r in &batch {
        let day = r.received_at.get(..10).unwrap_or("").to_string();
        let e = days.entry((day, r.administration_id)).or_default();
        e.0 += 1;
        if report::met(r) {
            e.1 += 1;
        }
    }
    for ((day, admin), (requests, within)) in days {
        sqlx::query(
            "INSERT INTO first_contact_day_counts (day, administration_id, requests, within_24h) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (day, administration_id) DO UPDATE SET \
             requests = first_contact_day_counts.requests + excluded.requests, \
             within_24h = first_contact_day_counts.within_24h + excluded.within_24h",
        )
        .bind(day)
        .bind(admin)
        .bind(requests)
        .bind(within)
        .execute(&mut *conn)
        .await?;
    }
    let list = batch
        .iter()
        .map(|r| r.id.to_string())
        .collect::<Vec<_>>()
        .join(",");
    // The warnings' foreign key has no cascade: they (and their e-mail) go first.
    sqlx::query(&format!(
        "DELETE FROM first_contact_warnings WHERE request_id IN ({list})"
    ))
    .execute(&mut *conn)
    .await?;
    let done = sqlx::query(&format!(
        "DELETE FROM first_contact_requests WHERE id IN ({list})"
    ))
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

/// Writes a closed year's report per administration, once.
async fn freeze_year(
    conn: &mut AnyConnection,
    year: i32,
    expired: &[store::ConsultationRequest],
) -> Result<()> {
    let done: Option<i64> =
        sqlx::query_scalar("SELECT year FROM first_contact_frozen_years WHERE year = $1")
            .bind(year as i64)
            .fetch_optional(&mut *conn)
            .await?;
    if done.is_some() {
        return Ok(());
    }
    sqlx::query("INSERT INTO first_contact_frozen_years (year, frozen_at) VALUES ($1, $2)")
        .bind(year as i64)
        .bind(varn_house::db::now())
        .execute(&mut *conn)
        .await?;
    let of_year: Vec<&store::ConsultationRequest> = expired
        .iter()
        .filter(|r| parse_stored(&r.received_at).is_some_and(|t| stockholm(t).year() == year))
        .collect();
    let admins: BTreeSet<AdministrationId> = of_year.iter().map(|r| r.administration_id).collect();
    for admin in admins {
        let rs: Vec<&store::ConsultationRequest> = of_year
            .iter()
            .copied()
            .filter(|r| r.administration_id == admin)
            .collect();
        // No request of a frozen year is open, so the time "now" plays no part.
        let row = report::row_of(admin, "", &rs, chrono::NaiveDateTime::MIN);
        sqlx::query(
            "INSERT INTO first_contact_year_counts \
             (year, administration_id, requests, within_24h, open, median_minutes, longest_minutes) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(year as i64)
        .bind(admin)
        .bind(row.requests)
        .bind(row.within_24h)
        .bind(row.open)
        .bind(row.median_minutes)
        .bind(row.longest_minutes)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
