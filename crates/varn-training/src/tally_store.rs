//! The SQL of the tallies (`training_tallies`, see [`crate::tally`]): reading them,
//! keeping them in the transaction that writes completion rows, and recounting them from the
//! rows. Every path that adds completion rows (the import, the manual marking, the demo)
//! calls [`retally`] in its own transaction, so the tallies are never seen out of step with
//! the rows.

use std::collections::{HashMap, HashSet};
use varn_house::kernel::ids::{AdministrationId, SourceImportId, UnitId};

use sqlx::Row;

use crate::domain::{Observation, Status, TrainingCompletionId, TrainingCourseId};
use crate::tally::{self, Changes, Tally};
use varn_house::db::{Backend, Db};
use varn_house::kernel::error::{Error, Result};

/// The statement that fills the tallies from every row (migration 0069), for a recount.
const FILL_SQLITE: &str =
    include_str!("../../varn/migrations/sqlite/0069_training_tallies_fill.sql");
const FILL_POSTGRES: &str =
    include_str!("../../varn/migrations/postgres/0069_training_tallies_fill.sql");

/// Above this many people touched, a change reads all rows of the course in the
/// administration once instead of asking for the people's rows in pieces.
const MANY_PEOPLE: usize = 400;

/// People asked for per statement.
const PEOPLE_PER_QUERY: usize = 200;

/// Tallies written per statement.
const TALLIES_PER_STATEMENT: usize = 100;

fn tally_of(row: &sqlx::any::AnyRow) -> Result<Tally> {
    Ok(Tally {
        completed: row.try_get("completed")?,
        in_progress: row.try_get("in_progress")?,
        manual: row.try_get("manual")?,
    })
}

/// The tallies of `course` in `admin`: `(recorded unit, year, change)`.
pub async fn tallies(
    db: &Db,
    admin: AdministrationId,
    course: TrainingCourseId,
) -> Result<Vec<(UnitId, i32, Tally)>> {
    let rows = sqlx::query(
        "SELECT unit_id, year, completed, in_progress, manual FROM training_tallies \
         WHERE administration_id = $1 AND course_id = $2",
    )
    .bind(admin)
    .bind(course)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let year: i64 = r.try_get("year")?;
            Ok((r.try_get("unit_id")?, year as i32, tally_of(r)?))
        })
        .collect()
}

/// The first year anything is tallied of `course` in `admin` (it outlives the rows).
pub async fn first_year(
    db: &Db,
    admin: AdministrationId,
    course: TrainingCourseId,
) -> Result<Option<i32>> {
    let first: Option<i64> = sqlx::query_scalar(
        "SELECT MIN(year) FROM training_tallies WHERE administration_id = $1 AND course_id = $2",
    )
    .bind(admin)
    .bind(course)
    .fetch_one(db.pool())
    .await?;
    Ok(first.map(|y| y as i32))
}

/// The date of the latest row of `course` in `admin`: after it, the standing is the sum of
/// every tally.
pub async fn latest_date(
    db: &Db,
    admin: AdministrationId,
    course: TrainingCourseId,
) -> Result<Option<String>> {
    Ok(sqlx::query_scalar(
        "SELECT MAX(on_date) FROM training_completions WHERE administration_id = $1 AND course_id = $2",
    )
    .bind(admin)
    .bind(course)
    .fetch_one(db.pool())
    .await?)
}

/// Which rows a change added.
#[derive(Debug, Clone, Copy)]
pub enum Added<'a> {
    /// Those written by this import.
    Import(SourceImportId),
    /// Those with these ids.
    Rows(&'a HashSet<TrainingCompletionId>),
}

impl Added<'_> {
    fn contains(&self, id: TrainingCompletionId, import: Option<SourceImportId>) -> bool {
        match self {
            Added::Import(i) => import == Some(*i),
            Added::Rows(ids) => ids.contains(&id),
        }
    }
}

/// A row as a change reads it: the observation, and whether the change added it.
type Read = (Observation, bool);

fn read_row(row: &sqlx::any::AnyRow, added: Added<'_>) -> Result<Read> {
    let status: String = row.try_get("status")?;
    let manual: i64 = row.try_get("manual")?;
    let id: TrainingCompletionId = row.try_get("id")?;
    let import: Option<SourceImportId> = row.try_get("import_id")?;
    Ok((
        Observation {
            person: row.try_get("person_hash")?,
            unit_id: row.try_get("unit_id")?,
            status: Status::parse(&status)
                .ok_or_else(|| Error::Internal(anyhow::anyhow!("unknown status")))?,
            on: row.try_get("on_date")?,
            manual: manual == 1,
        },
        added.contains(id, import),
    ))
}

const ROW_SELECT: &str = "SELECT id, import_id, person_hash, unit_id, status, on_date, manual \
                          FROM training_completions WHERE administration_id = $1 AND course_id = $2";

/// Every row of the people of `course` in `admin`, as the transaction sees them.
async fn rows_of(
    conn: &mut sqlx::AnyConnection,
    admin: AdministrationId,
    course: TrainingCourseId,
    people: &HashSet<&str>,
    added: Added<'_>,
) -> Result<Vec<Read>> {
    let mut out = Vec::new();
    if people.len() > MANY_PEOPLE {
        let rows = sqlx::query(ROW_SELECT)
            .bind(admin)
            .bind(course)
            .fetch_all(&mut *conn)
            .await?;
        for r in &rows {
            let person: String = r.try_get("person_hash")?;
            if people.contains(person.as_str()) {
                out.push(read_row(r, added)?);
            }
        }
        return Ok(out);
    }
    let people: Vec<&str> = people.iter().copied().collect();
    for chunk in people.chunks(PEOPLE_PER_QUERY) {
        let marks: Vec<String> = (0..chunk.len()).map(|i| format!("${}", i + 3)).collect();
        let sql = format!("{ROW_SELECT} AND person_hash IN ({})", marks.join(", "));
        let mut q = sqlx::query(&sql).bind(admin).bind(course);
        for p in chunk {
            q = q.bind(*p);
        }
        for r in q.fetch_all(&mut *conn).await? {
            out.push(read_row(&r, added)?);
        }
    }
    Ok(out)
}

/// Adds `changes` of `course` in `admin` to the tallies.
async fn add(
    conn: &mut sqlx::AnyConnection,
    admin: AdministrationId,
    course: TrainingCourseId,
    changes: &Changes,
) -> Result<()> {
    let all: Vec<(&(UnitId, i32), &Tally)> = changes.iter().collect();
    for chunk in all.chunks(TALLIES_PER_STATEMENT) {
        let tuples: Vec<String> = (0..chunk.len())
            .map(|i| {
                let marks: Vec<String> = (1..=7).map(|c| format!("${}", i * 7 + c)).collect();
                format!("({})", marks.join(", "))
            })
            .collect();
        let sql = format!(
            "INSERT INTO training_tallies (administration_id, course_id, unit_id, year, completed, in_progress, manual) \
             VALUES {} ON CONFLICT (administration_id, course_id, unit_id, year) DO UPDATE SET \
             completed = training_tallies.completed + excluded.completed, \
             in_progress = training_tallies.in_progress + excluded.in_progress, \
             manual = training_tallies.manual + excluded.manual",
            tuples.join(", ")
        );
        let mut q = sqlx::query(&sql);
        for ((unit, year), t) in chunk {
            q = q
                .bind(admin)
                .bind(course)
                .bind(*unit)
                .bind(i64::from(*year))
                .bind(t.completed)
                .bind(t.in_progress)
                .bind(t.manual);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

/// Brings the tallies of `admin` in step with rows just added, in the transaction that added
/// them (`conn`, after the rows are in): for each `(course, person hash)` touched, the
/// person's rows before and after the change are counted, and the difference is added.
/// Only years from the earliest added row on change, so the tallies of earlier years never
/// need the rows again (what lets retention purge them).
pub async fn retally(
    conn: &mut sqlx::AnyConnection,
    admin: AdministrationId,
    touched: &[(TrainingCourseId, String)],
    added: Added<'_>,
) -> Result<()> {
    let mut by_course: HashMap<TrainingCourseId, HashSet<&str>> = HashMap::new();
    for (course, person) in touched {
        by_course
            .entry(*course)
            .or_default()
            .insert(person.as_str());
    }
    for (course, people) in by_course {
        let rows = rows_of(conn, admin, course, &people, added).await?;
        let before: Vec<Observation> = rows
            .iter()
            .filter(|(_, new)| !new)
            .map(|(o, _)| o.clone())
            .collect();
        let after: Vec<Observation> = rows.into_iter().map(|(o, _)| o).collect();
        let changes = tally::difference(&tally::changes(&after), &tally::changes(&before));
        add(conn, admin, course, &changes).await?;
    }
    Ok(())
}

/// One tally as stored, for comparing.
pub type Stored = (i64, i64, i64, i64, Tally);

async fn all_tallies(conn: &mut sqlx::AnyConnection) -> Result<Vec<Stored>> {
    let rows = sqlx::query(
        "SELECT administration_id, course_id, unit_id, year, completed, in_progress, manual \
         FROM training_tallies ORDER BY administration_id, course_id, unit_id, year",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for r in &rows {
        let t = tally_of(r)?;
        if !t.is_zero() {
            out.push((
                r.try_get("administration_id")?,
                r.try_get("course_id")?,
                r.try_get("unit_id")?,
                r.try_get("year")?,
                t,
            ));
        }
    }
    Ok(out)
}

/// The tallies as kept, and as a count of every row (migration 0069's statement) gives them,
/// both without zeros: equal while no row has been purged. Changes nothing (the recount runs
/// in a transaction that is rolled back); for tests and checks.
pub async fn recount(db: &Db) -> Result<(Vec<Stored>, Vec<Stored>)> {
    let fill = match db.backend() {
        Backend::Sqlite => FILL_SQLITE,
        Backend::Postgres => FILL_POSTGRES,
    };
    let mut tx = db.begin_write().await?;
    let kept = all_tallies(&mut tx).await?;
    sqlx::query("DELETE FROM training_tallies")
        .execute(&mut *tx)
        .await?;
    sqlx::query(fill.trim().trim_end_matches(';'))
        .execute(&mut *tx)
        .await?;
    let counted = all_tallies(&mut tx).await?;
    tx.rollback().await?;
    Ok((kept, counted))
}

/// The training rows as a record type of retention (`[retention] training`): a row expires
/// by its date, except each person's last row (per administration and course) before the
/// cut-off, which stays. With it, a change after the purge still reads each person's
/// standing at the cut-off, so [`retally`] gives the same tallies as with every row; a mark
/// dated before the cut-off is refused and an imported row dated before it is dropped
/// ([`drop_purged`]), so no change ever needs a purged year. The tallies themselves are
/// never touched: every year's end and today read the same after a purge.
pub const PURGE: varn_house::web::capability::Purge = varn_house::web::capability::Purge {
    key: "training",
    expired: purge_expired,
    delete: purge_delete,
};

/// The rows dated before `$1` that are not their person's last before it (rows of the same
/// day as that last one stay too: their order within the day is the timeline's).
const EXPIRED: &str = "FROM training_completions c WHERE c.on_date < $1 AND c.on_date < \
     (SELECT MAX(d.on_date) FROM training_completions d WHERE d.administration_id = c.administration_id \
      AND d.course_id = c.course_id AND d.person_hash = c.person_hash AND d.on_date < $1)";

fn purge_expired<'a>(
    conn: &'a mut sqlx::AnyConnection,
    cutoff: &'a str,
) -> varn_house::web::capability::PurgeFuture<'a> {
    Box::pin(async move {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) {EXPIRED}"))
            .bind(cutoff)
            .fetch_one(&mut *conn)
            .await?;
        Ok(n as u64)
    })
}

fn purge_delete<'a>(
    conn: &'a mut sqlx::AnyConnection,
    cutoff: &'a str,
    limit: i64,
) -> varn_house::web::capability::PurgeFuture<'a> {
    Box::pin(async move {
        let done = sqlx::query(&format!(
            "DELETE FROM training_completions WHERE id IN (SELECT c.id {EXPIRED} ORDER BY c.id LIMIT $2)"
        ))
        .bind(cutoff)
        .bind(limit)
        .execute(&mut *conn)
        .await?;
        Ok(done.rows_affected())
    })
}

/// In an import's transaction, before [`retally`]: drops the rows it added that are dated
/// before the training rows' retention cut-off (older than the municipality keeps them;
/// their years' tallies can no longer be worked out from the rows kept).
pub async fn drop_purged(conn: &mut sqlx::AnyConnection, import: SourceImportId) -> Result<()> {
    if let Some(cutoff) = varn_house::retention::purged_before(conn, PURGE.key).await? {
        sqlx::query("DELETE FROM training_completions WHERE import_id = $1 AND on_date < $2")
            .bind(import)
            .bind(&cutoff)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
