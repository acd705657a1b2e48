//! The database handle: one pool over SQLite or PostgreSQL, chosen by the URL scheme.
//!
//! Queries are written once, in the SQL both backends understand (`$1` placeholders,
//! `RETURNING`, `ON CONFLICT`), and run through sqlx's `Any` driver. Where the two
//! dialects differ, the difference lives here (see [`Backend`]), never in a handler.
//! This module must never log a query's bound values: they may hold free text.

pub mod backup;
pub mod outbox;

use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Context};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

/// Which engine a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// Picks the backend from a database URL's scheme.
    pub fn from_url(url: &str) -> anyhow::Result<Backend> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Ok(Backend::Postgres)
        } else {
            bail!("unsupported database URL scheme (use sqlite:// or postgres://)")
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }

    /// The schema of a connection's temporary tables.
    pub fn temp_schema(self) -> &'static str {
        match self {
            Backend::Sqlite => "temp",
            Backend::Postgres => "pg_temp",
        }
    }

    /// A case-insensitive LIKE operator for this dialect.
    pub fn ilike(self) -> &'static str {
        match self {
            Backend::Sqlite => "LIKE",
            Backend::Postgres => "ILIKE",
        }
    }
}

/// A write transaction that holds (SQLite) or will take (PostgreSQL) the locks it needs;
/// made only by [`Db::begin_write`] (a lint in `clippy.toml` forbids the pool's own
/// `begin` elsewhere). It reads as the connection it runs on; committing it tells this
/// process's caches that something changed.
#[derive(Debug)]
pub struct Write<'c> {
    tx: sqlx::Transaction<'c, sqlx::Any>,
    changes: Arc<AtomicU64>,
}

impl<'c> Write<'c> {
    /// Commits, then counts the change.
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await?;
        self.changes.fetch_add(1, Ordering::AcqRel);
        Ok(())
    }

    /// Rolls back (dropping a `Write` rolls back too).
    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        self.tx.rollback().await
    }
}

impl std::ops::Deref for Write<'_> {
    type Target = sqlx::AnyConnection;
    fn deref(&self) -> &sqlx::AnyConnection {
        &self.tx
    }
}

impl std::ops::DerefMut for Write<'_> {
    fn deref_mut(&mut self) -> &mut sqlx::AnyConnection {
        &mut self.tx
    }
}

/// A cloneable handle to the pool and its backend.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
    /// Writes committed by this process: caches compare it with what they saw.
    changes: Arc<AtomicU64>,
}

static SQLITE_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../varn/migrations/sqlite");
static POSTGRES_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../varn/migrations/postgres");

impl Db {
    /// Connects, creating a missing SQLite file. Does not migrate.
    pub async fn connect(url: &str) -> anyhow::Result<Db> {
        sqlx::any::install_default_drivers();
        let backend = Backend::from_url(url)?;
        let url = match backend {
            Backend::Sqlite if !url.contains("mode=") => {
                let sep = if url.contains('?') { '&' } else { '?' };
                format!("{url}{sep}mode=rwc")
            }
            _ => url.to_string(),
        };
        let options = AnyConnectOptions::from_str(&url).context("invalid database URL")?;
        let max = match backend {
            Backend::Sqlite => 8,
            Backend::Postgres => 16,
        };
        let pool = AnyPoolOptions::new()
            .max_connections(max)
            .min_connections(1)
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        conn.execute("PRAGMA busy_timeout = 10000").await?;
                        conn.execute("PRAGMA synchronous = NORMAL").await?;
                        // Reads through a memory map instead of a read call per page (the
                        // desk's plans read 16,000 rows; most of its time went to pread). Only
                        // address space: the pages are the operating system's cache.
                        conn.execute("PRAGMA mmap_size = 268435456").await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .with_context(|| format!("could not connect to the {} database", backend.name()))?;
        if backend == Backend::Sqlite {
            sqlx::query("PRAGMA journal_mode = WAL")
                .execute(&pool)
                .await
                .context("could not switch SQLite to WAL")?;
        }
        Ok(Db {
            pool,
            backend,
            changes: Arc::new(AtomicU64::new(0)),
        })
    }

    /// Connects and runs the embedded migrations of this backend.
    pub async fn connect_and_migrate(url: &str) -> anyhow::Result<Db> {
        let db = Db::connect(url).await?;
        db.migrate().await?;
        Ok(db)
    }

    pub async fn migrate(&self) -> anyhow::Result<()> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATOR,
            Backend::Postgres => &POSTGRES_MIGRATOR,
        };
        migrator.run(&self.pool).await.context("migration failed")?;
        Ok(())
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Opens a write transaction, the one way to open one. On SQLite it is `BEGIN
    /// IMMEDIATE`: it takes the write lock when it begins, waiting (up to the busy timeout)
    /// for another writer to finish, instead of reading under a shared lock and then
    /// failing with "database is locked" when it must upgrade. On PostgreSQL it is a plain
    /// `BEGIN`: rows are locked as they are written.
    #[allow(clippy::disallowed_methods)]
    pub async fn begin_write(&self) -> Result<Write<'static>, sqlx::Error> {
        let tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        };
        Ok(Write {
            tx,
            changes: self.changes.clone(),
        })
    }

    /// How many writes this process has committed (and other writes it was told of):
    /// a cache entry made at one count is stale at another.
    pub fn changes(&self) -> u64 {
        self.changes.load(Ordering::Acquire)
    }

    /// Counts a write that did not go through a [`Write`] (a single statement).
    pub fn changed(&self) {
        self.changes.fetch_add(1, Ordering::AcqRel);
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Opens a write transaction, as [`Db::begin_write`] does, on a connection the caller
    /// holds (for work that prepared something on that connection first).
    #[allow(clippy::disallowed_methods)]
    pub async fn begin_write_on<'c>(
        &self,
        conn: &'c mut sqlx::pool::PoolConnection<sqlx::Any>,
    ) -> Result<Write<'c>, sqlx::Error> {
        use sqlx::Connection;
        let tx = match self.backend {
            Backend::Sqlite => conn.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => conn.begin().await?,
        };
        Ok(Write {
            tx,
            changes: self.changes.clone(),
        })
    }

    /// Runs `work` unless another process runs work of the same `name` at this moment;
    /// `None` when one does (the caller leaves it to that process). On PostgreSQL this is a
    /// session-level advisory lock held on a connection of its own for as long as `work`
    /// runs: a process that dies lets go of it with its connection. On SQLite, which serves
    /// one process, `work` simply runs (its write transactions queue on the file's lock).
    pub async fn exclusive<F, T>(&self, name: &str, work: F) -> Result<Option<T>, sqlx::Error>
    where
        F: std::future::Future<Output = T>,
    {
        if self.backend == Backend::Sqlite {
            return Ok(Some(work.await));
        }
        use sqlx::Connection;
        let key = lock_key(name);
        // Detached from the pool: if anything below fails or `work` panics, dropping the
        // connection closes it, and PostgreSQL releases the lock with the session.
        let mut conn = self.pool.acquire().await?.detach();
        let locked: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
            .bind(key)
            .fetch_one(&mut conn)
            .await?;
        if !locked {
            conn.close().await?;
            return Ok(None);
        }
        let out = work.await;
        // Let go before closing: closing only asks the server to end the session, which
        // releases its locks a moment later, so a run right after could still find it held.
        // (If this fails, closing the session still releases it.)
        let _ = sqlx::query("SELECT pg_advisory_unlock($1)")
            .bind(key)
            .execute(&mut conn)
            .await;
        conn.close().await?;
        Ok(Some(out))
    }

    /// True when the database answers and has every migration this program carries.
    pub async fn ready(&self) -> Result<bool, sqlx::Error> {
        let applied: Option<i64> =
            sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success = TRUE")
                .fetch_one(&self.pool)
                .await?;
        Ok(applied.unwrap_or(0) >= newest_known_migration(self.backend))
    }

    /// True when the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Makes the rest of the current write transaction wait for any other transaction that
/// serialises under the same `name` (until it commits or rolls back). Call it before
/// reading the number a new row will take ("the highest version plus one"): under
/// PostgreSQL's read-committed isolation two writers would otherwise both read the same
/// highest number, and the second insert would fail its unique key, a 500 to a person who
/// did nothing wrong. On PostgreSQL this is a transaction-level advisory lock, let go at
/// commit or rollback; on SQLite a write transaction already holds the file's write lock
/// from its `BEGIN IMMEDIATE`, so nothing more is needed.
pub async fn serialise(conn: &mut sqlx::AnyConnection, name: &str) -> Result<(), sqlx::Error> {
    if conn.backend_name() != "PostgreSQL" {
        return Ok(());
    }
    // The lock function returns `void`, which the Any driver cannot read: select a number.
    sqlx::query("SELECT 1 FROM (SELECT pg_advisory_xact_lock($1)) AS locked")
        .bind(lock_key(name))
        .execute(conn)
        .await
        .map(|_| ())
}

/// A stable 64-bit key for an advisory lock's name (FNV-1a: the same in every process and
/// every build, unlike the standard library's hasher).
fn lock_key(name: &str) -> i64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in name.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash as i64
}

/// The newest migration this program carries for a backend.
pub fn newest_known_migration(backend: Backend) -> i64 {
    let migrator = match backend {
        Backend::Sqlite => &SQLITE_MIGRATOR,
        Backend::Postgres => &POSTGRES_MIGRATOR,
    };
    migrator.iter().map(|m| m.version).max().unwrap_or(0)
}

/// The current time as stored: UTC, second precision, `YYYY-MM-DDTHH:MM:SSZ`.
pub fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Today's date as stored: `YYYY-MM-DD`.
pub fn today() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}

/// True when an error from sqlx is a unique-constraint violation (both backends).
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Database(db) => {
            matches!(db.kind(), sqlx::error::ErrorKind::UniqueViolation)
        }
        _ => false,
    }
}

/// Redacts the password of a database URL for display.
pub fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_string(),
    }
}
