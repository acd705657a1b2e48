//! The IA counts kept with the rows (situation::counts, issue 17) stay exact: after the
//! demo, and after every step of random sequences of imports (some rows already there),
//! triage changes (first assessments and changed ones, by two administrations) and undone
//! imports, the kept counts equal a full recount of the rows, on SQLite and PostgreSQL.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use varn::audit::Actor;
use varn::db::Db;
use varn::kernel::ids::AdministrationId;
use varn::situation::counts;
use varn::situation::domain::{IaIncidentId, SourceImportId};
use varn::situation::sources::{self, IaAssessment, IaRow};

async fn assert_exact(db: &Db, context: &str) {
    let kept = counts::kept(db).await.expect("kept");
    let recount = counts::recount(db).await.expect("recount");
    assert_eq!(kept.0, recount.0, "ia_counts after {context}");
    assert_eq!(kept.1, recount.1, "ia_counts_by after {context}");
}

async fn ids(db: &Db, sql: &str) -> Vec<i64> {
    sqlx::query_scalar(sql)
        .fetch_all(db.pool())
        .await
        .expect("ids")
}

const EVENTS: [&str; 3] = ["Hot", "Klotter", ""];
const PLACES: [&str; 2] = ["Skola", "Bibliotek"];
const AREAS: [&str; 3] = ["Högdalen", "Hornstull", ""];

/// A file's worth of rows: keys from a small pool, so that files overlap.
fn file(rng: &mut StdRng) -> Vec<(Option<usize>, IaRow)> {
    (0..rng.gen_range(1..12))
        .map(|i| {
            (
                Some(i + 2),
                IaRow {
                    row_key: format!("P-{}", rng.gen_range(0..60)),
                    occurred_on: format!(
                        "{}-{:02}-{:02}",
                        rng.gen_range(2023..2026),
                        rng.gen_range(1..13),
                        rng.gen_range(1..29)
                    ),
                    event_type: EVENTS[rng.gen_range(0..EVENTS.len())].into(),
                    place_type: PLACES[rng.gen_range(0..PLACES.len())].into(),
                    area: AREAS[rng.gen_range(0..AREAS.len())].into(),
                    vbe_flag: rng.gen_bool(0.6),
                },
            )
        })
        .collect()
}

on_both!(ia_counts_equal_a_recount_after_random_changes, |db| {
    varn::demo::load(db).await.expect("demo");
    assert_exact(db, "the demo").await;
    let guard = varn_pii::Guard::new();
    let actor = Actor::system("test");
    let admins = ids(db, "SELECT id FROM administrations ORDER BY id LIMIT 2").await;
    let environments = ids(
        db,
        "SELECT id FROM taxonomy_terms WHERE vocabulary = 'environment' ORDER BY id",
    )
    .await;
    assert!(admins.len() == 2 && !environments.is_empty());
    for seed in 0..4_u64 {
        let mut rng = StdRng::seed_from_u64(seed);
        for step in 0..25 {
            let admin = admins[rng.gen_range(0..admins.len())];
            let what = rng.gen_range(0..10);
            let context = format!("seed {seed}, step {step} ({what})");
            if what < 4 {
                let rows = sources::check_ia(&guard, file(&mut rng)).expect("checked");
                let name = varn::kernel::text::file_name(&guard, "prov.csv");
                sources::store_ia(db, &actor, AdministrationId::new(admin), &name, &rows, None)
                    .await
                    .expect("import");
            } else if what < 9 {
                let rows = ids(
                    db,
                    &format!(
                        "SELECT id FROM ia_incidents WHERE administration_id = {admin} ORDER BY id"
                    ),
                )
                .await;
                if rows.is_empty() {
                    continue;
                }
                let row = rows[rng.gen_range(0..rows.len())];
                let vbe = rng.gen_bool(0.5);
                let a = IaAssessment {
                    vbe,
                    environment_id: vbe.then(|| environments[rng.gen_range(0..environments.len())]),
                };
                sources::assess_ia(
                    db,
                    &actor,
                    AdministrationId::new(admin),
                    IaIncidentId::new(row),
                    &a,
                )
                .await
                .expect("assess");
                // A row of the other administration is not found and changes nothing.
                let other = admins
                    .iter()
                    .find(|a| **a != admin)
                    .copied()
                    .unwrap_or(admin);
                assert!(sources::assess_ia(
                    db,
                    &actor,
                    AdministrationId::new(other),
                    IaIncidentId::new(row),
                    &a
                )
                .await
                .is_err());
            } else {
                let imports = ids(
                    db,
                    &format!("SELECT id FROM source_imports WHERE administration_id = {admin} AND source = 'ia' ORDER BY id"),
                )
                .await;
                if imports.is_empty() {
                    continue;
                }
                let import = imports[rng.gen_range(0..imports.len())];
                counts::undo_import(
                    db,
                    AdministrationId::new(admin),
                    SourceImportId::new(import),
                )
                .await
                .expect("undo")
                .expect("found");
            }
            assert_exact(db, &context).await;
        }
    }
    let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ia_incidents")
        .fetch_one(db.pool())
        .await
        .expect("rows");
    assert!(total > 0, "the sequences leave rows to count");
});
