//! Retention (gallring, DOMAIN.md §13): each record type is kept for the months the
//! configuration sets (`[retention]`, checked at start against each type's minimum), then
//! purged. This room holds the machinery every type shares: the cut-off of a period, what
//! the next run would delete (`varn retention plan`), and the run itself (`varn retention
//! run` and the scheduled work in `serve`), batch by batch, each batch in a write
//! transaction of its own with its audit entry (type, count, cut-off; never contents), so a
//! run stopped halfway leaves a log that says exactly what went and can simply run again.
//!
//! Which types there are is declared where their rows live: each capability lists its own
//! in `Capability::retention` (a [`Purge`]: what has expired, and how to delete a batch of
//! it, keeping the figures the rows fed), and this room lists the types of the shared rooms
//! ([`SHARED`]: the audit log; and the imports' records, which are kept while a table a
//! capability names in `Capability::import_rows` holds their rows). The app gathers them
//! (`app::purges`).
//!
//! The cut-off each type has been purged to is kept in `retention_cutoffs` (moved forward
//! only, in the transaction of a batch): the audit log's append-only trigger lets the purge
//! delete entries before it and nothing else, and the training refuses rows dated before
//! its own. Never: read or log a purged row's contents.

use chrono::{Months, NaiveDateTime};

use crate::audit::{self, Action, Actor, Entry};
use crate::config::Retention;
use crate::db::{self, Db};
use crate::kernel::error::Result;
use crate::web::capability::{Purge, PurgeFuture};

crate::audit_records!(
    /// The one kind of record the purge writes: `record_id` is the type's key.
    pub enum Record {
        Retention = "retention",
    }
);

/// Rows deleted per transaction by default.
pub const BATCH: i64 = 1000;

/// The day (`YYYY-MM-DD`) before which a type kept `months` has expired, as of `now`.
pub fn cutoff(now: NaiveDateTime, months: u32) -> String {
    now.date()
        .checked_sub_months(Months::new(months))
        .unwrap_or(chrono::NaiveDate::MIN)
        .format("%Y-%m-%d")
        .to_string()
}

/// What the next run would delete of one type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub key: &'static str,
    pub months: u32,
    pub cutoff: String,
    pub expired: u64,
}

/// What a run deleted of one type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Purged {
    pub key: &'static str,
    pub cutoff: String,
    pub deleted: u64,
    /// False when the run stopped (at its limit of batches) before this type was done.
    pub finished: bool,
}

/// How a run goes: rows per batch, and (for tests, and to bound one turn of the scheduled
/// work) how many batches it may run in all before it stops.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub batch: i64,
    pub max_batches: Option<usize>,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            batch: BATCH,
            max_batches: None,
        }
    }
}

fn months_of(periods: &Retention, key: &str) -> Result<u32> {
    periods.months(key).ok_or_else(|| {
        crate::kernel::error::Error::Internal(anyhow::anyhow!(
            "a purge of {key} has no period in the configuration"
        ))
    })
}

/// What a run as of `now` would delete of each type; deletes nothing.
pub async fn plan(
    db: &Db,
    periods: &Retention,
    now: NaiveDateTime,
    purges: &[Purge],
) -> Result<Vec<Planned>> {
    let mut conn = db.pool().acquire().await?;
    let mut out = Vec::new();
    for p in purges {
        let months = months_of(periods, p.key)?;
        let cutoff = cutoff(now, months);
        let expired = (p.expired)(&mut conn, &cutoff).await?;
        out.push(Planned {
            key: p.key,
            months,
            cutoff,
            expired,
        });
    }
    Ok(out)
}

/// Deletes what has expired as of `now`, type by type, a batch per write transaction. Each
/// batch first moves its type's cut-off forward in `retention_cutoffs`, then deletes, then
/// records an audit entry with the type, the count and the cut-off. Safe to run again after
/// a stop: what is left is still expired. Run it under [`run_exclusive`] (or `run_tick`),
/// so that two processes never purge at once.
pub async fn run(
    db: &Db,
    periods: &Retention,
    now: NaiveDateTime,
    purges: &[Purge],
    limits: Limits,
) -> Result<Vec<Purged>> {
    let mut out = Vec::new();
    let mut batches = 0usize;
    let actor = Actor::system(crate::i18n::sv().t("retention.actor"));
    for p in purges {
        let months = months_of(periods, p.key)?;
        let cutoff = cutoff(now, months);
        let mut done = Purged {
            key: p.key,
            cutoff: cutoff.clone(),
            deleted: 0,
            finished: false,
        };
        loop {
            if limits.max_batches.is_some_and(|max| batches >= max) {
                break;
            }
            batches += 1;
            let mut tx = db.begin_write().await?;
            mark_cutoff(&mut tx, p.key, &cutoff).await?;
            let n = (p.delete)(&mut tx, &cutoff, limits.batch.max(1)).await?;
            if n > 0 {
                let summary = crate::i18n::sv().f(
                    "retention.summary",
                    &[
                        ("type", type_label(p.key)),
                        ("count", &n.to_string()),
                        ("cutoff", &cutoff),
                        ("months", &months.to_string()),
                    ],
                );
                audit::record(
                    &mut tx,
                    &actor,
                    Entry::new(Action::Purge, Record::Retention, p.key).summary(summary),
                )
                .await?;
            }
            tx.commit().await?;
            done.deleted += n;
            if (n as i64) < limits.batch.max(1) {
                done.finished = true;
                break;
            }
        }
        let stopped = !done.finished;
        out.push(done);
        if stopped {
            break;
        }
    }
    Ok(out)
}

/// [`run`], unless another process purges at this moment (`None` then): the same advisory
/// lock as the scheduled work in `serve` (`tick:retention`).
pub async fn run_exclusive(
    db: &Db,
    periods: &Retention,
    now: NaiveDateTime,
    purges: &[Purge],
    limits: Limits,
) -> Result<Option<Vec<Purged>>> {
    match db
        .exclusive(LOCK, run(db, periods, now, purges, limits))
        .await?
    {
        Some(done) => done.map(Some),
        None => Ok(None),
    }
}

/// The name the purge's scheduled work and command run under (its advisory lock is
/// `tick:<name>`, as `web::capability::run_tick` takes it).
pub const NAME: &str = "retention";
const LOCK: &str = "tick:retention";

/// Moves a type's cut-off forward (never back) in the caller's transaction.
async fn mark_cutoff(conn: &mut sqlx::AnyConnection, key: &str, cutoff: &str) -> Result<()> {
    sqlx::query(
        "INSERT INTO retention_cutoffs (record_type, cutoff, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (record_type) DO UPDATE SET \
         cutoff = CASE WHEN excluded.cutoff > retention_cutoffs.cutoff THEN excluded.cutoff ELSE retention_cutoffs.cutoff END, \
         updated_at = excluded.updated_at",
    )
    .bind(key)
    .bind(cutoff)
    .bind(db::now())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// How far a type has been purged: rows dated before this day are gone (`None`: never
/// purged). Read it in the transaction that adds dated rows.
pub async fn purged_before(conn: &mut sqlx::AnyConnection, key: &str) -> Result<Option<String>> {
    Ok(
        sqlx::query_scalar("SELECT cutoff FROM retention_cutoffs WHERE record_type = $1")
            .bind(key)
            .fetch_optional(&mut *conn)
            .await?,
    )
}

/// A type's Swedish name.
pub fn type_label(key: &str) -> &'static str {
    crate::i18n::sv()
        .lookup(&format!("retention.type.{key}"))
        .unwrap_or_else(|| crate::i18n::sv().t("audit.other"))
}

/// `varn retention plan`'s lines, in Swedish.
pub fn plan_lines(planned: &[Planned]) -> Vec<String> {
    let cat = crate::i18n::sv();
    let mut lines = vec![cat.t("retention.plan_heading").to_string()];
    for p in planned {
        lines.push(cat.f(
            "retention.plan_line",
            &[
                ("type", type_label(p.key)),
                ("count", &p.expired.to_string()),
                ("cutoff", &p.cutoff),
                ("months", &p.months.to_string()),
            ],
        ));
    }
    lines
}

/// `varn retention run`'s lines, in Swedish.
pub fn run_lines(purged: &[Purged]) -> Vec<String> {
    let cat = crate::i18n::sv();
    purged
        .iter()
        .map(|p| {
            let key = if p.finished {
                "retention.run_line"
            } else {
                "retention.run_stopped"
            };
            cat.f(
                key,
                &[
                    ("type", type_label(p.key)),
                    ("count", &p.deleted.to_string()),
                    ("cutoff", &p.cutoff),
                ],
            )
        })
        .collect()
}

/// The type of the shared rooms that needs nothing from the capabilities: the audit log's
/// entries. The imports' records ([`imports_expired`], [`imports_delete`]) need the tables
/// each capability's imports wrote (`Capability::import_rows`), which the app gathers.
pub const SHARED: &[Purge] = &[Purge {
    key: "audit_log",
    expired: audit_log_expired,
    delete: audit_log_delete,
}];

fn audit_log_expired<'a>(conn: &'a mut sqlx::AnyConnection, cutoff: &'a str) -> PurgeFuture<'a> {
    Box::pin(async move {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE at < $1")
            .bind(cutoff)
            .fetch_one(&mut *conn)
            .await?;
        Ok(n as u64)
    })
}

/// The append-only trigger lets these through only because the batch's transaction moved
/// the audit log's cut-off past them first.
fn audit_log_delete<'a>(
    conn: &'a mut sqlx::AnyConnection,
    cutoff: &'a str,
    limit: i64,
) -> PurgeFuture<'a> {
    Box::pin(async move {
        let done = sqlx::query(
            "DELETE FROM audit_log WHERE id IN \
             (SELECT id FROM audit_log WHERE at < $1 ORDER BY id LIMIT $2)",
        )
        .bind(cutoff)
        .bind(limit)
        .execute(&mut *conn)
        .await?;
        Ok(done.rows_affected())
    })
}

/// An import's record (`source_imports`: the file's name, who read it, when, how many rows)
/// expires with its date once none of its rows is left in `tables` (the capabilities'
/// `import_rows`); while rows remain it is what an undo of the import names.
fn import_expired_sql(tables: &[&str]) -> String {
    let mut sql = String::from("FROM source_imports s WHERE s.imported_at < $1");
    for table in tables {
        debug_assert!(table.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
        sql.push_str(&format!(
            " AND NOT EXISTS (SELECT 1 FROM {table} r WHERE r.import_id = s.id)"
        ));
    }
    sql
}

/// How many imports' records have expired at the cut-off.
pub fn imports_expired<'a>(
    conn: &'a mut sqlx::AnyConnection,
    cutoff: &'a str,
    tables: &[&str],
) -> PurgeFuture<'a> {
    let sql = format!("SELECT COUNT(*) {}", import_expired_sql(tables));
    Box::pin(async move {
        let n: i64 = sqlx::query_scalar(&sql)
            .bind(cutoff)
            .fetch_one(&mut *conn)
            .await?;
        Ok(n as u64)
    })
}

/// Deletes at most `limit` expired imports' records.
pub fn imports_delete<'a>(
    conn: &'a mut sqlx::AnyConnection,
    cutoff: &'a str,
    limit: i64,
    tables: &[&str],
) -> PurgeFuture<'a> {
    let sql = format!(
        "DELETE FROM source_imports WHERE id IN (SELECT s.id {} ORDER BY s.id LIMIT $2)",
        import_expired_sql(tables)
    );
    Box::pin(async move {
        let done = sqlx::query(&sql)
            .bind(cutoff)
            .bind(limit)
            .execute(&mut *conn)
            .await?;
        Ok(done.rows_affected())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cutoff_is_the_day_the_period_reaches_back_to() {
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").expect("time");
        assert_eq!(cutoff(at("2026-11-30T12:00"), 24), "2024-11-30");
        assert_eq!(cutoff(at("2026-03-31T00:00"), 1), "2026-02-28");
        // 24 months always reach back past the first of January of the previous year.
        assert!(cutoff(at("2026-12-31T23:59"), 24).as_str() < "2025-01-01");
    }

    #[test]
    fn every_type_has_a_swedish_name_and_a_period() {
        let cat = crate::i18n::sv();
        for (key, _) in Retention::MINIMUM {
            assert!(cat.has(&format!("retention.type.{key}")), "{key}");
        }
        for p in SHARED {
            assert!(Retention::default().months(p.key).is_some(), "{}", p.key);
        }
    }
}
