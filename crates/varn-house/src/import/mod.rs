//! Imports, the same way for every capability: [`table`] reads a CSV or XLSX file within
//! the limits of its kind; the capability checks the rows (naming row and field of every
//! problem); [`runner`] writes them all or nothing.

pub mod jobs;
pub mod runner;
pub mod table;

use crate::kernel::ids::{AdministrationId, SourceImportId};

/// An import's record (`source_imports`, which the house owns) that a capability makes
/// without the runner: a demo's file, whose rows it writes itself.
#[derive(Debug, Clone, Copy)]
pub struct ImportRecord<'a> {
    pub admin: AdministrationId,
    /// The source's code (`ia`, `graffiti` …).
    pub source: &'a str,
    pub file_name: &'a str,
    /// Rows read, all of them new.
    pub rows: i64,
    pub imported_by: &'a str,
    pub imported_at: &'a str,
}

/// Records an import inside the caller's transaction; returns its id.
pub async fn record(
    conn: &mut sqlx::AnyConnection,
    import: ImportRecord<'_>,
) -> Result<SourceImportId, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO source_imports (administration_id, source, file_name, rows_read, rows_new, imported_by, imported_at) \
         VALUES ($1, $2, $3, $4, $4, $5, $6) RETURNING id",
    )
    .bind(import.admin)
    .bind(import.source)
    .bind(import.file_name)
    .bind(import.rows)
    .bind(import.imported_by)
    .bind(import.imported_at)
    .fetch_one(conn)
    .await
}

/// Deletes an import's record inside the caller's transaction, once the capability has
/// deleted the rows that name it (an undo); returns whether there was one.
pub async fn forget(
    conn: &mut sqlx::AnyConnection,
    id: SourceImportId,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM source_imports WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}
