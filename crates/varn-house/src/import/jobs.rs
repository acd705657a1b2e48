//! Imports under way or lately done, so that the person who started one can follow it on
//! its progress page. They are kept in the database (`import_jobs`), not in the process:
//! behind a load balancer the page's next request may reach another process than the one
//! writing the import. The writing process copies the rows written so far there every
//! second and the outcome when it ends; an import whose process stopped is seen by its
//! [`STALE`] heartbeat and shown as stopped.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use sqlx::Row;

use crate::db::{self, Db};
use crate::i18n;
use crate::import::runner::{Imported, Progress};
use crate::kernel::error::Result;
use crate::kernel::ids::{AdministrationId, UserId};

/// How often the writing process records how far an import has come.
const BEAT: Duration = Duration::from_secs(1);
/// A running import not heard of for this long was left by a process that stopped.
const STALE: chrono::Duration = chrono::Duration::minutes(5);
/// Finished imports are forgotten after a day.
const KEEP: chrono::Duration = chrono::Duration::days(1);

/// How far an import has come, as its progress page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub total: usize,
    pub done: usize,
    /// What came of it once it has ended: the counts, or the problems in Swedish.
    pub outcome: Option<std::result::Result<Imported, Vec<String>>>,
}

/// The imports this process writes (the rest is in the database).
#[derive(Debug, Default)]
pub struct Jobs {
    running: Arc<AtomicUsize>,
}

fn stored(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

impl Jobs {
    /// Starts following an import whose rows are written by whoever holds `progress`
    /// (which calls [`Progress::finish`] at the end); returns its id. From now on this
    /// process keeps the database's copy of `progress` up to date until the import ends.
    pub async fn start(
        &self,
        db: &Db,
        administration: AdministrationId,
        user: UserId,
        progress: Arc<Progress>,
    ) -> Result<String> {
        let id = uuid::Uuid::new_v4().simple().to_string();
        let now = chrono::Utc::now();
        let mut tx = db.begin_write().await?;
        // Old imports go as new ones come: the table holds a day's imports.
        sqlx::query("DELETE FROM import_jobs WHERE updated_at < $1")
            .bind(stored(now - KEEP))
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO import_jobs (id, administration_id, user_id, total, done, state, started_at, updated_at) \
             VALUES ($1, $2, $3, $4, 0, 'running', $5, $5)",
        )
        .bind(&id)
        .bind(administration)
        .bind(user)
        .bind(progress.total.load(Ordering::Relaxed) as i64)
        .bind(stored(now))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        self.running.fetch_add(1, Ordering::AcqRel);
        let running = self.running.clone();
        let (db, job) = (db.clone(), id.clone());
        tokio::spawn(async move {
            follow(&db, &job, &progress).await;
            running.fetch_sub(1, Ordering::AcqRel);
        });
        Ok(id)
    }

    /// How many imports this process is writing now.
    pub fn running(&self) -> usize {
        self.running.load(Ordering::Acquire)
    }

    /// The import `id`, when it is of this administration and this person's.
    pub async fn get(
        &self,
        db: &Db,
        id: &str,
        administration: AdministrationId,
        user: UserId,
    ) -> Result<Option<Snapshot>> {
        let row = sqlx::query(
            "SELECT total, done, state, rows_read, rows_new, problems, updated_at FROM import_jobs \
             WHERE id = $1 AND administration_id = $2 AND user_id = $3",
        )
        .bind(id)
        .bind(administration)
        .bind(user)
        .fetch_optional(db.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let state: String = row.try_get("state")?;
        let updated: String = row.try_get("updated_at")?;
        let outcome = match state.as_str() {
            "done" => Some(Ok(Imported {
                read: row.try_get::<i64, _>("rows_read")? as usize,
                new: row.try_get::<i64, _>("rows_new")? as usize,
            })),
            "failed" => Some(Err(row
                .try_get::<String, _>("problems")?
                .lines()
                .map(str::to_string)
                .collect())),
            _ if updated < stored(chrono::Utc::now() - STALE) => {
                Some(Err(vec![i18n::sv().t("import.job_stopped").to_string()]))
            }
            _ => None,
        };
        Ok(Some(Snapshot {
            total: row.try_get::<i64, _>("total")? as usize,
            done: row.try_get::<i64, _>("done")? as usize,
            outcome,
        }))
    }
}

/// Copies `progress` to the database every [`BEAT`] and at once when the import ends, then
/// records its outcome. A failed write of the rows done so far is tried again on the next
/// beat; the outcome is tried until it is written (at most a few times a minute).
async fn follow(db: &Db, job: &str, progress: &Progress) {
    loop {
        tokio::select! {
            _ = tokio::time::sleep(BEAT) => {}
            _ = progress.ended() => {}
        }
        let outcome = progress.outcome();
        let done = progress.done.load(Ordering::Relaxed) as i64;
        let result = match &outcome {
            None => sqlx::query(
                "UPDATE import_jobs SET done = $1, updated_at = $2 WHERE id = $3 AND state = 'running'",
            )
            .bind(done)
            .bind(db::now())
            .bind(job)
            .execute(db.pool())
            .await
            .map(|_| ()),
            Some(outcome) => finish(db, job, done, outcome).await,
        };
        match (result, outcome.is_some()) {
            (Ok(()), true) => return,
            (Ok(()), false) => {}
            (Err(e), _) => {
                tracing::warn!(job, error = %e, "an import's progress could not be recorded")
            }
        }
    }
}

async fn finish(
    db: &Db,
    job: &str,
    done: i64,
    outcome: &std::result::Result<Imported, Vec<String>>,
) -> std::result::Result<(), sqlx::Error> {
    let (state, read, new, problems) = match outcome {
        Ok(i) => ("done", i.read as i64, i.new as i64, String::new()),
        Err(problems) => ("failed", 0, 0, problems.join("\n")),
    };
    sqlx::query(
        "UPDATE import_jobs SET done = $1, state = $2, rows_read = $3, rows_new = $4, problems = $5, updated_at = $6 \
         WHERE id = $7",
    )
    .bind(done)
    .bind(state)
    .bind(read)
    .bind(new)
    .bind(problems)
    .bind(db::now())
    .bind(job)
    .execute(db.pool())
    .await?;
    db.changed();
    Ok(())
}
