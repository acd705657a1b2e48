//! The one way an import writes its rows: all or nothing, without holding the database's
//! write lock while they are sent, each import recorded with its file, who made it and when
//! (`source_imports`), and audited. The rows arrive already checked: reading and checking
//! happen before (`import::table` within the file kind's limits, then the capability's own
//! checks), off the async threads. This module must never take text that has not passed
//! its capability's checks.

use crate::kernel::ids::{AdministrationId, SourceImportId};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::Serialize;

use crate::audit::{self, Actor, Entry};
use crate::db::{self, Db};
use crate::i18n;
use crate::kernel::error::{Error, Result};

/// Rows sent per statement while staging.
const BATCH: usize = 100;

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Imported {
    /// Rows in the file.
    pub read: usize,
    /// Rows not seen before (the rest were already there).
    pub new: usize,
}

/// A value of a row to write.
pub enum Value {
    Int(i64),
    Text(String),
}

/// How far a long import has come: rows written so far of all, and at the end what came
/// of it (the counts, or the problems in Swedish). Shared with the page that follows it.
#[derive(Debug, Default)]
pub struct Progress {
    pub total: AtomicUsize,
    pub done: AtomicUsize,
    pub outcome: std::sync::Mutex<Option<std::result::Result<Imported, Vec<String>>>>,
    /// Told when the outcome is recorded, so that its follower need not wait for a beat.
    end: tokio::sync::Notify,
}

impl Progress {
    pub fn new(total: usize) -> Progress {
        Progress {
            total: AtomicUsize::new(total),
            ..Progress::default()
        }
    }

    /// True when the import has come to an end, well or not.
    pub fn is_finished(&self) -> bool {
        self.outcome.lock().map(|o| o.is_some()).unwrap_or(true)
    }

    /// Records what came of the import.
    pub fn finish(&self, result: &Result<Imported>) {
        let outcome = match result {
            Ok(done) => Ok(*done),
            Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => Err(e.sentences()),
            Err(_) => Err(vec![i18n::sv().t("sources.import_failed").to_string()]),
        };
        if let Ok(mut slot) = self.outcome.lock() {
            *slot = Some(outcome);
        }
        self.end.notify_one();
    }

    /// What came of the import, once it has ended.
    pub fn outcome(&self) -> Option<std::result::Result<Imported, Vec<String>>> {
        self.outcome.lock().ok().and_then(|o| o.clone())
    }

    /// Completes when [`Progress::finish`] has been called (at once if it already was and
    /// nobody has waited for it since).
    pub async fn ended(&self) {
        self.end.notified().await
    }
}

/// Writes an import's rows, all or nothing, without holding the database's write lock
/// while they are sent. The rows first go, in batches, to a temporary table of one
/// connection (which locks nothing that others use); then one short write transaction
/// records the import, copies the rows whose key is new with a single statement, and
/// audits it. Others' writes wait for that last step only, never for the whole file.
/// `columns` name the target table's columns in the order of each row's values; the
/// import's id is added as `import_id`.
#[allow(clippy::too_many_arguments)]
pub async fn write(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
    source: impl crate::audit::RecordKind,
    file_name: &str,
    table: &'static str,
    columns: &[&'static str],
    rows: &[Vec<Value>],
    progress: Option<&Progress>,
) -> Result<Imported> {
    write_then(
        db,
        actor,
        admin,
        source,
        file_name,
        table,
        columns,
        rows,
        progress,
        |_, _| Box::pin(async { Ok(()) }),
    )
    .await
}

/// Work a capability does in an import's own transaction, once the new rows are in, given
/// the import's id (the new rows carry it as `import_id`): what it keeps beside its rows is
/// then written with them, or not at all.
pub type Then<'t> = std::pin::Pin<Box<dyn std::future::Future<Output = Result<()>> + Send + 't>>;

/// [`write`], with `then` run in the same transaction after the rows are copied in.
#[allow(clippy::too_many_arguments)]
pub async fn write_then<F>(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
    source: impl crate::audit::RecordKind,
    file_name: &str,
    table: &'static str,
    columns: &[&'static str],
    rows: &[Vec<Value>],
    progress: Option<&Progress>,
    then: F,
) -> Result<Imported>
where
    F: for<'t> FnOnce(&'t mut sqlx::AnyConnection, SourceImportId) -> Then<'t>,
{
    let mut conn = db.pool().acquire().await?;
    let stage = format!("stage_{table}");
    let temp = db.backend().temp_schema();
    let cols = columns.join(", ");
    // Table and column names are constants of this module, never user text.
    sqlx::query(&format!("DROP TABLE IF EXISTS {temp}.{stage}"))
        .execute(&mut *conn)
        .await?;
    sqlx::query(&format!(
        "CREATE TEMP TABLE {stage} AS SELECT {cols} FROM {table} WHERE 1 = 0"
    ))
    .execute(&mut *conn)
    .await?;
    let width = columns.len();
    for chunk in rows.chunks(BATCH) {
        let tuples: Vec<String> = (0..chunk.len())
            .map(|r| {
                let marks: Vec<String> =
                    (1..=width).map(|c| format!("${}", r * width + c)).collect();
                format!("({})", marks.join(", "))
            })
            .collect();
        let sql = format!("INSERT INTO {stage} ({cols}) VALUES {}", tuples.join(", "));
        let mut q = sqlx::query(&sql);
        for row in chunk {
            for v in row {
                q = match v {
                    Value::Int(i) => q.bind(*i),
                    Value::Text(t) => q.bind(t.clone()),
                };
            }
        }
        q.execute(&mut *conn).await?;
        if let Some(p) = progress {
            p.done.fetch_add(chunk.len(), Ordering::Relaxed);
        }
    }
    let result = async {
        let mut tx = db.begin_write_on(&mut conn).await?;
        let read = rows.len();
        let id: SourceImportId = sqlx::query_scalar(
            "INSERT INTO source_imports (administration_id, source, file_name, rows_read, rows_new, imported_by, imported_at) \
             VALUES ($1, $2, $3, $4, 0, $5, $6) RETURNING id",
        )
        .bind(admin)
        .bind(source.code())
        .bind(file_name)
        .bind(read as i64)
        .bind(&actor.label)
        .bind(db::now())
        .fetch_one(&mut *tx)
        .await?;
        // `WHERE true` tells SQLite that ON CONFLICT belongs to the INSERT, not a join.
        let new = sqlx::query(&format!(
            "INSERT INTO {table} ({cols}, import_id) SELECT {cols}, $1 FROM {stage} WHERE true \
             ON CONFLICT (administration_id, row_key) DO NOTHING"
        ))
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected() as usize;
        then(&mut tx, id).await?;
        sqlx::query("UPDATE source_imports SET rows_new = $1 WHERE id = $2")
            .bind(new as i64)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        audit::record(
            &mut tx,
            actor,
            Entry::new(crate::audit::Action::Import, source, id)
                .admin(Some(admin))
                .summary(crate::i18n::sv().f(
                    "import.audit_rows",
                    &[
                        ("file", file_name),
                        ("read", &read.to_string()),
                        ("new", &new.to_string()),
                    ],
                )),
        )
        .await?;
        tx.commit().await?;
        Ok::<_, Error>(Imported { read, new })
    }
    .await;
    // The connection goes back to the pool; its temporary table must not stay behind.
    sqlx::query(&format!("DROP TABLE IF EXISTS {temp}.{stage}"))
        .execute(&mut *conn)
        .await?;
    result
}
