//! Backup and restore of a SQLite database (`varn backup`, `varn restore`). A backup is a
//! consistent copy taken while the server runs (`VACUUM INTO`: a read transaction, so
//! writers go on, and the copy holds exactly what was committed when it began). A restore
//! puts a backup in place of an empty database, then migrates it. PostgreSQL has its own,
//! better tools (`pg_dump`, point-in-time recovery); Värn says so instead of imitating them.

use std::path::Path;

use anyhow::{bail, Context};

use crate::db::{Backend, Db};

/// The first bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8] = b"SQLite format 3\0";

/// Writes a consistent copy of the database to `out`, which must not exist.
pub async fn backup(db: &Db, out: &Path) -> anyhow::Result<()> {
    if db.backend() == Backend::Postgres {
        bail!(
            "databasen är PostgreSQL: säkerhetskopiera med pg_dump (till exempel `pg_dump -Fc -f varn.dump <databas>`) \
             och använd PostgreSQL:s kontinuerliga arkivering för återställning till en tidpunkt; se README"
        );
    }
    if out.exists() {
        bail!("{} finns redan; välj ett nytt filnamn", out.display());
    }
    let path = out
        .to_str()
        .context("the backup's path is not valid UTF-8")?
        .replace('\'', "''");
    sqlx::query(&format!("VACUUM INTO '{path}'"))
        .execute(db.pool())
        .await
        .with_context(|| format!("could not write the backup to {}", out.display()))?;
    Ok(())
}

/// The newest migration a backup holds; an error when the file is no Värn backup.
async fn backup_version(file: &Path) -> anyhow::Result<i64> {
    use sqlx::Connection;
    use std::io::Read;
    let mut head = [0u8; 16];
    let mut f =
        std::fs::File::open(file).with_context(|| format!("kan inte öppna {}", file.display()))?;
    if f.read_exact(&mut head).is_err() || head != SQLITE_MAGIC {
        bail!(
            "{} är ingen säkerhetskopia av Värn (inte en SQLite-databas)",
            file.display()
        );
    }
    let url = format!("sqlite://{}?mode=ro", file.display());
    let mut conn = sqlx::AnyConnection::connect(&url)
        .await
        .context("kan inte läsa säkerhetskopian")?;
    let version: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success = TRUE")
            .fetch_one(&mut conn)
            .await
            .unwrap_or(None);
    let _ = conn.close().await;
    version.with_context(|| {
        format!(
            "{} är en SQLite-databas men ingen säkerhetskopia av Värn",
            file.display()
        )
    })
}

/// Puts a backup in place of the (empty) SQLite database at `target_url`, then migrates it.
/// Refuses a file that is not a Värn backup, a backup of a newer schema than this
/// program knows, a target that holds data, and PostgreSQL targets.
pub async fn restore(target_url: &str, file: &Path) -> anyhow::Result<Db> {
    if Backend::from_url(target_url)? == Backend::Postgres {
        bail!("databasen är PostgreSQL: återställ med pg_restore; se README");
    }
    sqlx::any::install_default_drivers();
    let version = backup_version(file).await?;
    let known = crate::db::newest_known_migration(Backend::Sqlite);
    if version > known {
        bail!(
            "säkerhetskopian är gjord av en nyare version av Värn (schema {version}, den här känner till {known}); uppgradera Värn först"
        );
    }
    let path = target_url
        .strip_prefix("sqlite://")
        .or_else(|| target_url.strip_prefix("sqlite:"))
        .context("the database URL names no file")?;
    let path = path.split('?').next().unwrap_or(path);
    let target = Path::new(path);
    if target.exists() && std::fs::metadata(target).map(|m| m.len()).unwrap_or(0) > 0 {
        let db = Db::connect(target_url).await?;
        let tables: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
        .fetch_one(db.pool())
        .await?;
        db.close().await;
        if tables > 0 {
            bail!(
                "databasen {} innehåller redan data; återställ bara till en tom databas",
                target.display()
            );
        }
    }
    std::fs::copy(file, target)
        .with_context(|| format!("could not copy the backup to {}", target.display()))?;
    let db = Db::connect_and_migrate(target_url).await?;
    Ok(db)
}
