//! Schema parity: the two migration trees are kept by hand, so this test migrates a fresh
//! SQLite and a fresh PostgreSQL database and compares what they hold: the same tables, the
//! same columns with the same kind of type and nullability, and the same indexes. Where the
//! two must differ, the difference is named in [`DIFFERENCES`].

use std::collections::BTreeSet;

use sqlx::Row;
use varn::db::Backend;

use crate::common::TestDb;

/// Differences the two schemas are allowed to have, each with its reason.
const DIFFERENCES: &[(&str, &str)] = &[];

/// A column's type, as a kind both backends share.
fn kind(declared: &str) -> &'static str {
    let t = declared.to_lowercase();
    if t.contains("int") || t == "serial" || t == "bigserial" {
        "integer"
    } else if t.contains("char") || t.contains("text") || t.is_empty() {
        "text"
    } else if t.contains("real")
        || t.contains("double")
        || t.contains("numeric")
        || t.contains("float")
    {
        "real"
    } else if t.contains("blob") || t.contains("bytea") {
        "bytes"
    } else if t.contains("bool") {
        "boolean"
    } else {
        "other"
    }
}

async fn describe(db: &TestDb) -> BTreeSet<String> {
    let pool = db.db.pool();
    let mut out = BTreeSet::new();
    match db.backend {
        Backend::Sqlite => {
            let tables: Vec<String> = sqlx::query_scalar(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
            )
            .fetch_all(pool)
            .await
            .expect("tables");
            for t in tables {
                out.insert(format!("table {t}"));
                let cols = sqlx::query(&format!(
                    "SELECT name, type, \"notnull\", pk FROM pragma_table_info('{t}')"
                ))
                .fetch_all(pool)
                .await
                .expect("columns");
                for c in cols {
                    let name: String = c.try_get("name").expect("name");
                    let ty: String = c.try_get("type").expect("type");
                    let not_null: i64 = c.try_get("notnull").expect("notnull");
                    let pk: i64 = c.try_get("pk").expect("pk");
                    let nullable = if not_null == 1 || pk > 0 {
                        "not null"
                    } else {
                        "null"
                    };
                    out.insert(format!("column {t}.{name} {} {nullable}", kind(&ty)));
                }
            }
            let indexes: Vec<(String, String)> = sqlx::query(
                "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
            )
            .fetch_all(pool)
            .await
            .expect("indexes")
            .into_iter()
            .map(|r| (r.try_get(0).expect("name"), r.try_get(1).expect("table")))
            .collect();
            for (name, table) in indexes {
                out.insert(format!("index {table}.{name}"));
            }
        }
        Backend::Postgres => {
            let cols = sqlx::query(
                "SELECT table_name::text AS t, column_name::text AS c, data_type::text AS ty, is_nullable::text AS n \
                 FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '_sqlx%'",
            )
            .fetch_all(pool)
            .await
            .expect("columns");
            for c in cols {
                let t: String = c.try_get("t").expect("t");
                let name: String = c.try_get("c").expect("c");
                let ty: String = c.try_get("ty").expect("ty");
                let n: String = c.try_get("n").expect("n");
                out.insert(format!("table {t}"));
                let nullable = if n == "NO" { "not null" } else { "null" };
                out.insert(format!("column {t}.{name} {} {nullable}", kind(&ty)));
            }
            // Indexes made with CREATE INDEX, not those behind a key or a constraint.
            let indexes = sqlx::query(
                "SELECT i.indexname::text AS name, i.tablename::text AS t FROM pg_indexes i \
                 WHERE i.schemaname = 'public' AND i.tablename NOT LIKE '_sqlx%' \
                 AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)",
            )
            .fetch_all(pool)
            .await
            .expect("indexes");
            for r in indexes {
                let name: String = r.try_get("name").expect("name");
                let t: String = r.try_get("t").expect("t");
                out.insert(format!("index {t}.{name}"));
            }
        }
    }
    out
}

#[tokio::test]
async fn both_backends_have_the_same_schema() {
    let sqlite = TestDb::new(Backend::Sqlite).await;
    let postgres = TestDb::new(Backend::Postgres).await;
    let a = describe(&sqlite).await;
    let b = describe(&postgres).await;
    sqlite.cleanup().await;
    postgres.cleanup().await;
    let allowed: BTreeSet<&str> = DIFFERENCES.iter().map(|(d, _)| *d).collect();
    let only_sqlite: Vec<&String> = a
        .difference(&b)
        .filter(|d| !allowed.contains(d.as_str()))
        .collect();
    let only_postgres: Vec<&String> = b
        .difference(&a)
        .filter(|d| !allowed.contains(d.as_str()))
        .collect();
    assert!(a.len() > 100, "the walk sees the schema: {}", a.len());
    assert!(
        only_sqlite.is_empty() && only_postgres.is_empty(),
        "only in SQLite: {only_sqlite:#?}\nonly in PostgreSQL: {only_postgres:#?}"
    );
}

/// An import's record is kept while a capability's table holds its rows: every table whose
/// `import_id` references `source_imports` is named by its capability (`import_rows`), or
/// the purge would delete the record its rows point at (and an undo could not name it).
#[tokio::test]
async fn every_table_an_import_writes_is_registered_by_its_capability() {
    let sqlite = TestDb::new(Backend::Sqlite).await;
    let referencing: Vec<String> = sqlx::query_scalar(
        "SELECT m.name FROM sqlite_master m, pragma_foreign_key_list(m.name) f \
         WHERE m.type = 'table' AND f.\"table\" = 'source_imports' AND f.\"from\" = 'import_id'",
    )
    .fetch_all(sqlite.db.pool())
    .await
    .expect("foreign keys");
    sqlite.cleanup().await;
    let referencing: BTreeSet<String> = referencing.into_iter().collect();
    let registered: BTreeSet<String> = varn::app::import_rows()
        .into_iter()
        .map(String::from)
        .collect();
    assert!(!referencing.is_empty(), "the walk sees the imports' tables");
    assert_eq!(registered, referencing);
}

on_both!(every_table_has_one_owner, |db| {
    // The tables a fresh database holds after the migrations.
    let sql = match db.backend() {
        Backend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'"
        }
        Backend::Postgres => {
            "SELECT table_name::text AS name FROM information_schema.tables \
             WHERE table_schema = 'public' AND table_type = 'BASE TABLE' \
             AND table_name NOT LIKE '_sqlx%'"
        }
    };
    let created: BTreeSet<String> = sqlx::query_scalar::<_, String>(sql)
        .fetch_all(db.pool())
        .await
        .expect("tables")
        .into_iter()
        .collect();
    assert!(
        created.len() > 90,
        "the walk sees the schema: {}",
        created.len()
    );
    let mut declared = BTreeSet::new();
    for (owner, table) in varn::tables::owners() {
        assert!(
            declared.insert(table.name.to_string()),
            "{} has a second owner: {owner}",
            table.name
        );
    }
    let unowned: Vec<&String> = created.difference(&declared).collect();
    let missing: Vec<&String> = declared.difference(&created).collect();
    assert!(
        unowned.is_empty(),
        "tables no capability (nor the house) declares: {unowned:?}"
    );
    assert!(
        missing.is_empty(),
        "declared tables the migrations do not create: {missing:?}"
    );
});
