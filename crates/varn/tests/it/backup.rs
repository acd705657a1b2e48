//! Backup and restore (SQLite): a backup taken while 200 forms arrive, 50 at a time, holds
//! every form acknowledged before it began; it restores only into an empty database, and a
//! file that is no backup, or of a newer schema, is refused. PostgreSQL is refused with
//! advice in both directions.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use reqwest::Method;
use serde_json::json;
use varn::db::Backend;

use crate::common::spawn_app;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_during_submissions_holds_every_acknowledged_form() {
    let app = spawn_app(Backend::Sqlite).await;
    let token = app.token("medarbetare.sodermalm@demo.example").await;
    let sod = app.id_of("administrations", "SOD").await;
    // (submission key, when it was acknowledged)
    let acknowledged: Arc<Mutex<Vec<(String, Instant)>>> = Arc::default();
    let gate = Arc::new(tokio::sync::Semaphore::new(50));
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..200 {
        let key = format!("backup-submission-key-{i:05}");
        let request = app
            .api(Method::POST, "/api/v1/reports", &token)
            .json(&json!({
                "administration_id": sod, "occurred_from": "2026-09-30", "concerns": "none",
                "description": "Klistermärken vid skolan.", "submission_key": key,
            }));
        let (gate, acknowledged) = (gate.clone(), acknowledged.clone());
        tasks.spawn(async move {
            let _permit = gate.acquire_owned().await.expect("permit");
            let r = request.send().await.expect("send");
            assert_eq!(r.status(), 201);
            acknowledged
                .lock()
                .expect("lock")
                .push((key, Instant::now()));
        });
    }
    // Take the backup while the forms are arriving.
    while acknowledged.lock().expect("lock").len() < 60 {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("varn-backup.db");
    let began = Instant::now();
    varn::db::backup::backup(&app.db, &file)
        .await
        .expect("backup");
    while let Some(t) = tasks.join_next().await {
        t.expect("task");
    }
    let before: Vec<String> = acknowledged
        .lock()
        .expect("lock")
        .iter()
        .filter(|(_, at)| *at < began)
        .map(|(k, _)| k.clone())
        .collect();
    assert!(before.len() >= 60, "{}", before.len());

    // Restore into an empty database and find every form acknowledged before the backup.
    let target = format!("sqlite://{}", dir.path().join("restored.db").display());
    let restored = varn::db::backup::restore(&target, &file)
        .await
        .expect("restore");
    for key in &before {
        let found: Option<i64> =
            sqlx::query_scalar("SELECT id FROM reports WHERE submission_key_hash = $1")
                .bind(varn::reports::domain::hash(key))
                .fetch_optional(restored.pool())
                .await
                .expect("query");
        assert!(
            found.is_some(),
            "{key} was acknowledged before the backup but is missing"
        );
    }
    restored.close().await;

    // Never over a database with data, and never from a file that is no backup.
    let err = varn::db::backup::restore(&target, &file)
        .await
        .expect_err("has data");
    assert!(
        format!("{err:#}").contains("innehåller redan data"),
        "{err:#}"
    );
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"not a database at all").expect("write");
    let fresh = format!("sqlite://{}", dir.path().join("fresh.db").display());
    let err = varn::db::backup::restore(&fresh, &junk)
        .await
        .expect_err("junk");
    assert!(
        format!("{err:#}").contains("ingen säkerhetskopia"),
        "{err:#}"
    );
    // A backup of a newer schema than this program knows.
    let newer = dir.path().join("newer.db");
    std::fs::copy(&file, &newer).expect("copy");
    {
        let db = varn::db::Db::connect(&format!("sqlite://{}", newer.display()))
            .await
            .expect("open");
        sqlx::query("INSERT INTO _sqlx_migrations (version, description, installed_on, success, checksum, execution_time) VALUES (999999, 'future', '2030-01-01', TRUE, x'00', 0)")
            .execute(db.pool())
            .await
            .expect("future migration");
        db.close().await;
    }
    let err = varn::db::backup::restore(&fresh, &newer)
        .await
        .expect_err("newer");
    assert!(format!("{err:#}").contains("nyare version"), "{err:#}");
    // The backup file itself must not be overwritten.
    let err = varn::db::backup::backup(&app.db, &file)
        .await
        .expect_err("exists");
    assert!(format!("{err:#}").contains("finns redan"), "{err:#}");
    app.shutdown().await;
}

#[tokio::test]
async fn postgres_is_pointed_to_its_own_tools() {
    let app = spawn_app(Backend::Postgres).await;
    let dir = tempfile::tempdir().expect("dir");
    let err = varn::db::backup::backup(&app.db, &dir.path().join("x.db"))
        .await
        .expect_err("postgres");
    assert!(format!("{err:#}").contains("pg_dump"), "{err:#}");
    app.shutdown().await;
}
