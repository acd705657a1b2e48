//! Counts of the IA rows kept exact with every write (issue 17, migration 0070): the city
//! pages and the grouped statistics read these small tables instead of grouping up to a
//! million rows on each request.
//!
//! - `ia_counts`: every row by administration, year, month, IA flag, assessment (`''` none
//!   yet) and environment (`0` none);
//! - `ia_counts_by`: the rows assessed as VBE by administration, one of the row's columns
//!   (`event_type`, `place_type`, `area`), its value and the year.
//!
//! Every path that changes `ia_incidents` changes the counts in the same transaction: an
//! import counts its new rows through its id ([`import_statements`], run by the import
//! runner inside the import's own transaction; the demo calls [`count_import`]), a triage
//! moves its row from its old key to its new one ([`assess`]), and undoing an import uncounts
//! its rows before deleting them ([`undo_import`]). [`recount`] gives the counts from the
//! rows, for the test that holds the two equal.
//!
//! Retention (issue 19 §2) purges rows *without* uncounting them: the counts are the
//! record of what there was; only undoing an import (the file should not have been read)
//! takes its rows out of them.

use std::collections::BTreeMap;

use sqlx::{AnyConnection, Row};

use crate::domain::{IaIncidentId, SourceImportId};
use varn_house::db::{self, Db};
use varn_house::kernel::error::Result;
use varn_house::kernel::ids::AdministrationId;

const YEAR: &str = "CAST(SUBSTR(occurred_on, 1, 4) AS BIGINT)";
const MONTH: &str = "CAST(SUBSTR(occurred_on, 6, 2) AS BIGINT)";
/// The columns of a row `ia_counts_by` counts by.
pub const DIMENSIONS: [&str; 3] = ["event_type", "place_type", "area"];

/// The statements that add (`sign` 1) or take away (`sign` -1) the rows of one import, with
/// the import's id bound as `$1`. Rows of an import not yet assessed count in `ia_counts`
/// only; the demo's assessed rows also in `ia_counts_by`.
pub fn import_statements(sign: i64) -> Vec<String> {
    // Built from constants and an integer, never user text. `WHERE true` tells SQLite that
    // ON CONFLICT belongs to the INSERT.
    let mut out = vec![format!(
        "INSERT INTO ia_counts (administration_id, year, month, vbe_flag, assessment, environment_id, n) \
         SELECT * FROM (SELECT administration_id, {YEAR}, {MONTH}, vbe_flag, COALESCE(assessment, ''), \
         COALESCE(environment_id, 0), {sign} * COUNT(*) FROM ia_incidents WHERE import_id = $1 \
         GROUP BY administration_id, {YEAR}, {MONTH}, vbe_flag, COALESCE(assessment, ''), COALESCE(environment_id, 0)) AS c \
         WHERE true ON CONFLICT (administration_id, year, month, vbe_flag, assessment, environment_id) \
         DO UPDATE SET n = ia_counts.n + excluded.n"
    )];
    for dim in DIMENSIONS {
        out.push(format!(
            "INSERT INTO ia_counts_by (administration_id, dimension, year, value, n) \
             SELECT * FROM (SELECT administration_id, '{dim}', {YEAR}, {dim}, {sign} * COUNT(*) FROM ia_incidents \
             WHERE import_id = $1 AND assessment = 'vbe' GROUP BY administration_id, {YEAR}, {dim}) AS c \
             WHERE true ON CONFLICT (administration_id, dimension, year, value) \
             DO UPDATE SET n = ia_counts_by.n + excluded.n"
        ));
    }
    if sign < 0 {
        out.push("DELETE FROM ia_counts WHERE n = 0".into());
        out.push("DELETE FROM ia_counts_by WHERE n = 0".into());
    }
    out
}

/// Counts the rows of `import` (inside the transaction that wrote them).
pub async fn count_import(conn: &mut AnyConnection, import: SourceImportId) -> Result<()> {
    for sql in import_statements(1) {
        sqlx::query(&sql).bind(import).execute(&mut *conn).await?;
    }
    Ok(())
}

/// What of one row the counts count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub occurred_on: String,
    pub vbe_flag: i64,
    pub assessment: Option<String>,
    pub environment_id: Option<i64>,
    pub event_type: String,
    pub place_type: String,
    pub area: String,
}

fn year_month(date: &str) -> (i64, i64) {
    let part = |from: usize, to: usize| {
        date.get(from..to)
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(0)
    };
    (part(0, 4), part(5, 7))
}

/// Adds `delta` to the counts of one row's key.
async fn add(
    conn: &mut AnyConnection,
    admin: AdministrationId,
    key: &Key,
    delta: i64,
) -> Result<()> {
    let (year, month) = year_month(&key.occurred_on);
    let assessment = key.assessment.clone().unwrap_or_default();
    sqlx::query(
        "INSERT INTO ia_counts (administration_id, year, month, vbe_flag, assessment, environment_id, n) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (administration_id, year, month, vbe_flag, assessment, environment_id) \
         DO UPDATE SET n = ia_counts.n + excluded.n",
    )
    .bind(admin)
    .bind(year)
    .bind(month)
    .bind(key.vbe_flag)
    .bind(&assessment)
    .bind(key.environment_id.unwrap_or(0))
    .bind(delta)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "DELETE FROM ia_counts WHERE administration_id = $1 AND year = $2 AND month = $3 \
         AND vbe_flag = $4 AND assessment = $5 AND environment_id = $6 AND n = 0",
    )
    .bind(admin)
    .bind(year)
    .bind(month)
    .bind(key.vbe_flag)
    .bind(&assessment)
    .bind(key.environment_id.unwrap_or(0))
    .execute(&mut *conn)
    .await?;
    if assessment != "vbe" {
        return Ok(());
    }
    for (dim, value) in [
        ("event_type", &key.event_type),
        ("place_type", &key.place_type),
        ("area", &key.area),
    ] {
        sqlx::query(
            "INSERT INTO ia_counts_by (administration_id, dimension, year, value, n) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (administration_id, dimension, year, value) DO UPDATE SET n = ia_counts_by.n + excluded.n",
        )
        .bind(admin)
        .bind(dim)
        .bind(year)
        .bind(value)
        .bind(delta)
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "DELETE FROM ia_counts_by WHERE administration_id = $1 AND dimension = $2 AND year = $3 \
             AND value = $4 AND n = 0",
        )
        .bind(admin)
        .bind(dim)
        .bind(year)
        .bind(value)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Reads one row's key inside a write transaction, locking the row on PostgreSQL so that
/// two triages of the same row move its count once each, in turn. `None`: no such row in
/// `admin`.
pub async fn key_of(
    conn: &mut AnyConnection,
    backend: db::Backend,
    admin: AdministrationId,
    incident: IaIncidentId,
) -> Result<Option<Key>> {
    let lock = match backend {
        db::Backend::Postgres => " FOR UPDATE",
        db::Backend::Sqlite => "",
    };
    let row = sqlx::query(&format!(
        "SELECT occurred_on, vbe_flag, assessment, environment_id, event_type, place_type, area \
         FROM ia_incidents WHERE id = $1 AND administration_id = $2{lock}"
    ))
    .bind(incident)
    .bind(admin)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(r) = row else {
        return Ok(None);
    };
    Ok(Some(Key {
        occurred_on: r.try_get("occurred_on")?,
        vbe_flag: r.try_get("vbe_flag")?,
        assessment: r.try_get("assessment")?,
        environment_id: r.try_get("environment_id")?,
        event_type: r.try_get("event_type")?,
        place_type: r.try_get("place_type")?,
        area: r.try_get("area")?,
    }))
}

/// Moves one row's count from its key before a triage to its key after.
pub async fn assess(
    conn: &mut AnyConnection,
    admin: AdministrationId,
    before: &Key,
    after: &Key,
) -> Result<()> {
    if before == after {
        return Ok(());
    }
    add(conn, admin, before, -1).await?;
    add(conn, admin, after, 1).await
}

/// Undoes an import of IA rows of `admin`: its rows are uncounted and deleted, and the
/// import itself with them, in one transaction. Returns the rows deleted; `None` when
/// `admin` has no such IA import. (Retention, unlike this, deletes rows and keeps their
/// counts.)
pub async fn undo_import(
    db: &Db,
    admin: AdministrationId,
    import: SourceImportId,
) -> Result<Option<u64>> {
    let mut tx = db.begin_write().await?;
    let found: Option<SourceImportId> = sqlx::query_scalar(
        "SELECT id FROM source_imports WHERE id = $1 AND administration_id = $2 AND source = 'ia'",
    )
    .bind(import)
    .bind(admin)
    .fetch_optional(&mut *tx)
    .await?;
    if found.is_none() {
        return Ok(None);
    }
    for sql in import_statements(-1) {
        sqlx::query(&sql).bind(import).execute(&mut *tx).await?;
    }
    sqlx::query("DELETE FROM ia_import_years WHERE import_id = $1")
        .bind(import)
        .execute(&mut *tx)
        .await?;
    let deleted = sqlx::query("DELETE FROM ia_incidents WHERE import_id = $1")
        .bind(import)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    varn_house::import::forget(&mut tx, import).await?;
    tx.commit().await?;
    Ok(Some(deleted))
}

/// Records the years an IA file covered: every year from `first` to `last` (its rows'
/// first and last dates' years). A covered year without rows is 0, not "no data".
pub async fn cover_years(
    conn: &mut AnyConnection,
    admin: AdministrationId,
    import: SourceImportId,
    (first, last): (i64, i64),
) -> Result<()> {
    for year in first..=last {
        sqlx::query(
            "INSERT INTO ia_import_years (import_id, administration_id, year) VALUES ($1, $2, $3) \
             ON CONFLICT DO NOTHING",
        )
        .bind(import)
        .bind(admin)
        .bind(year)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// The years of `admin` for which IA data came in: those with rows counted, and those an
/// imported file covered ([`cover_years`]).
pub async fn covered_years(
    db: &Db,
    admin: AdministrationId,
) -> Result<std::collections::BTreeSet<i64>> {
    let years: Vec<i64> = sqlx::query_scalar(
        "SELECT year FROM ia_counts WHERE administration_id = $1 \
         UNION SELECT year FROM ia_import_years WHERE administration_id = $1",
    )
    .bind(admin)
    .fetch_all(db.pool())
    .await?;
    Ok(years.into_iter().collect())
}

/// Both tables' counts, keyed by their columns as text, without zeros.
pub type Counts = BTreeMap<String, i64>;

/// Reads a query whose columns are `count_key` and `n` (aliased so).
async fn read(db: &Db, sql: &str) -> Result<Counts> {
    let rows = sqlx::query(sql).fetch_all(db.pool()).await?;
    let mut out = Counts::new();
    for r in rows {
        let key: String = r.try_get("count_key")?;
        let n: i64 = r.try_get("n")?;
        if n != 0 {
            *out.entry(key).or_default() += n;
        }
    }
    Ok(out)
}

const KEY: &str = "CAST(administration_id AS TEXT) || '/' || CAST(year AS TEXT) || '/' || CAST(month AS TEXT) || '/' || \
     CAST(vbe_flag AS TEXT) || '/' || assessment || '/' || CAST(environment_id AS TEXT)";
const KEY_BY: &str = "CAST(administration_id AS TEXT) || '/' || dimension || '/' || CAST(year AS TEXT) || '/' || value";

/// The counts as kept: (`ia_counts`, `ia_counts_by`).
pub async fn kept(db: &Db) -> Result<(Counts, Counts)> {
    Ok((
        read(db, &format!("SELECT {KEY} AS count_key, n FROM ia_counts")).await?,
        read(
            db,
            &format!("SELECT {KEY_BY} AS count_key, n FROM ia_counts_by"),
        )
        .await?,
    ))
}

/// The counts recounted from the rows, in the same shape as [`kept`].
pub async fn recount(db: &Db) -> Result<(Counts, Counts)> {
    let rows = format!(
        "SELECT administration_id, {YEAR} AS year, {MONTH} AS month, vbe_flag, COALESCE(assessment, '') AS assessment, \
         COALESCE(environment_id, 0) AS environment_id, event_type, place_type, area FROM ia_incidents"
    );
    let counts = read(
        db,
        &format!("SELECT {KEY} AS count_key, COUNT(*) AS n FROM ({rows}) AS r GROUP BY {KEY}"),
    )
    .await?;
    let mut by = Counts::new();
    for dim in DIMENSIONS {
        let key = KEY_BY
            .replace("dimension", &format!("'{dim}'"))
            .replace("value", dim);
        by.extend(
            read(
                db,
                &format!(
                    "SELECT {key} AS count_key, COUNT(*) AS n FROM ({rows}) AS r WHERE assessment = 'vbe' GROUP BY {key}"
                ),
            )
            .await?,
        );
    }
    Ok((counts, by))
}

/// The IA rows as a record type of retention (`[retention] ia`): a row expires by the date
/// of its event. Purging leaves `ia_counts` and `ia_counts_by` as they are, so every figure
/// read from them (the statistics, the picture, the city's view) stays the same.
pub const PURGE: varn_house::web::capability::Purge = varn_house::web::capability::Purge {
    key: "ia",
    expired: purge_expired,
    delete: purge_delete,
};

fn purge_expired<'a>(
    conn: &'a mut AnyConnection,
    cutoff: &'a str,
) -> varn_house::web::capability::PurgeFuture<'a> {
    Box::pin(async move {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ia_incidents WHERE occurred_on < $1")
            .bind(cutoff)
            .fetch_one(&mut *conn)
            .await?;
        Ok(n as u64)
    })
}

fn purge_delete<'a>(
    conn: &'a mut AnyConnection,
    cutoff: &'a str,
    limit: i64,
) -> varn_house::web::capability::PurgeFuture<'a> {
    Box::pin(async move {
        let done = sqlx::query(
            "DELETE FROM ia_incidents WHERE id IN \
             (SELECT id FROM ia_incidents WHERE occurred_on < $1 ORDER BY id LIMIT $2)",
        )
        .bind(cutoff)
        .bind(limit)
        .execute(&mut *conn)
        .await?;
        Ok(done.rows_affected())
    })
}

/// In an import's transaction, before its rows are counted: drops the rows it added that
/// are dated before the IA rows' retention cut-off. Such a row was counted when its file
/// was first read and purged since (a file read again would count it twice), or is older
/// than the municipality keeps IA rows at all.
pub async fn drop_purged(conn: &mut AnyConnection, import: SourceImportId) -> Result<()> {
    if let Some(cutoff) = varn_house::retention::purged_before(conn, PURGE.key).await? {
        sqlx::query("DELETE FROM ia_incidents WHERE import_id = $1 AND occurred_on < $2")
            .bind(import)
            .bind(&cutoff)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
