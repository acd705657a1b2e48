//! Retention (issue 19 §2), on SQLite and PostgreSQL with the time given: `plan` deletes
//! nothing and counts what `run` then deletes; expired rows go while every figure they fed
//! (the IA statistics, the picture's trend, the city's view, training at every year's end
//! and on any day after the cut-off) reads the same; nothing unexpired is touched; each
//! person's last training row before the cut-off stays; a run stopped after its first
//! batches runs again and finishes; every batch is in the audit log with type, count and
//! cut-off; the audit log stays closed to any other delete; rows dated before a cut-off
//! cannot come back through an import or a mark.

use crate::common::retention::{count, now, PERIODS};
use varn::audit::Actor;
use varn::db::Db;
use varn::kernel::ids::AdministrationId;
use varn::retention::{self, Limits};
use varn::situation::domain::IaIncidentId;
use varn::situation::sources::{self, IaAssessment, IaRow};

async fn count_before(db: &Db, sql: &str, cutoff: &str) -> i64 {
    sqlx::query_scalar(sql)
        .bind(cutoff)
        .fetch_one(db.pool())
        .await
        .expect(sql)
}

/// Every figure the purged rows fed, as text to compare.
async fn figures(db: &Db, cutoff: &str) -> Vec<String> {
    let mut out = Vec::new();
    out.push(format!(
        "{:?}",
        varn::situation::counts::kept(db).await.expect("kept")
    ));
    out.push(format!(
        "{:?}",
        varn::situation::stats::city_forms(db)
            .await
            .expect("city forms")
    ));
    out.push(format!(
        "{:?}",
        sources::city_ia_by_environment(db).await.expect("city")
    ));
    let admins: Vec<varn::kernel::ids::AdministrationId> =
        sqlx::query_scalar("SELECT id FROM administrations ORDER BY id")
            .fetch_all(db.pool())
            .await
            .expect("admins");
    for admin in &admins {
        for column in ["event_type", "place_type", "area"] {
            out.push(format!(
                "{:?}",
                sources::ia_by(db, *admin, column).await.expect("ia_by")
            ));
        }
        out.push(format!(
            "{:?}",
            sources::ia_by_environment(db, *admin).await.expect("env")
        ));
        out.push(format!(
            "{:?}",
            varn::situation::stats::forms_by_environment(db, &[*admin])
                .await
                .expect("forms")
        ));
        out.push(format!(
            "{:?}",
            sources::sources_by_year(db, *admin).await.expect("trend")
        ));
        for year in 2014..=2027 {
            out.push(format!(
                "{:?}",
                sources::ia_by_month(db, *admin, year).await.expect("month")
            ));
        }
    }
    // Training: every course of every administration at every year's end, today and on
    // days after the cut-off.
    let pairs: Vec<(AdministrationId, varn::training::domain::TrainingCourseId)> = sqlx::query_as(
        "SELECT DISTINCT administration_id, course_id FROM training_completions \
         ORDER BY administration_id, course_id",
    )
    .fetch_all(db.pool())
    .await
    .expect("courses");
    let mut dates: Vec<String> = (2014..=2027).map(|y| format!("{y}-12-31")).collect();
    dates.push(varn::db::today());
    dates.push(cutoff.to_string());
    let day = chrono::NaiveDate::parse_from_str(cutoff, "%Y-%m-%d").expect("cutoff");
    for days in [1_u64, 40, 200, 400] {
        dates.push(
            (day + chrono::Days::new(days))
                .format("%Y-%m-%d")
                .to_string(),
        );
    }
    for (admin, course) in pairs {
        let (_, spans) = varn::training::counts::spans(db, admin)
            .await
            .expect("units");
        out.push(format!(
            "{admin}/{course}: {:?}",
            varn::training::counts::at_dates(db, admin, course, &spans, &dates)
                .await
                .expect("training")
        ));
    }
    out
}

/// The people with training rows before the cut-off, and how many of them have rows of
/// more than one day there.
async fn training_people_before(db: &Db, cutoff: &str) -> (i64, i64) {
    let people = count_before(
        db,
        "SELECT COUNT(*) FROM (SELECT DISTINCT administration_id, course_id, person_hash \
         FROM training_completions WHERE on_date < $1) AS p",
        cutoff,
    )
    .await;
    let many = count_before(
        db,
        "SELECT COUNT(*) FROM (SELECT administration_id, course_id, person_hash \
         FROM training_completions WHERE on_date < $1 \
         GROUP BY administration_id, course_id, person_hash HAVING COUNT(DISTINCT on_date) > 1) AS p",
        cutoff,
    )
    .await;
    (people, many)
}

/// IA rows of a file, dated `dates`.
fn ia_rows(prefix: &str, dates: &[&str]) -> Vec<(Option<usize>, IaRow)> {
    dates
        .iter()
        .enumerate()
        .map(|(i, d)| {
            (
                Some(i + 2),
                IaRow {
                    row_key: format!("{prefix}-{i}"),
                    occurred_on: (*d).to_string(),
                    event_type: ["Hot", "Klotter"][i % 2].into(),
                    place_type: "Skola".into(),
                    area: ["Högdalen", "Hornstull", ""][i % 3].into(),
                    vbe_flag: i % 3 != 0,
                },
            )
        })
        .collect()
}

on_both!(expired_rows_go_and_every_figure_they_fed_stays, |db| {
    varn::demo::load(db).await.expect("demo");
    let guard = varn_pii::Guard::new();
    let actor = Actor::system("test");
    let admin: i64 = count(db, "SELECT MIN(id) FROM administrations").await;
    let environment: i64 = count(
        db,
        "SELECT MIN(id) FROM taxonomy_terms WHERE vocabulary = 'environment'",
    )
    .await;
    let now = now();
    let cutoff = retention::cutoff(now, 24);

    // IA rows from long ago and from this year, some of them assessed.
    let old = [
        "2016-03-01",
        "2017-06-15",
        "2018-12-31",
        "2019-01-01",
        "2020-07-07",
        "2021-02-02",
        "2022-09-09",
    ];
    let rows = sources::check_ia(&guard, ia_rows("GAMMAL", &old)).expect("rows");
    let name = varn::kernel::text::file_name(&guard, "gammal.csv");
    sources::store_ia(db, &actor, AdministrationId::new(admin), &name, &rows, None)
        .await
        .expect("import");
    let recent = [varn::db::today()];
    let recent: Vec<&str> = recent.iter().map(String::as_str).collect();
    let rows = sources::check_ia(&guard, ia_rows("NY", &recent)).expect("rows");
    sources::store_ia(db, &actor, AdministrationId::new(admin), &name, &rows, None)
        .await
        .expect("import");
    let flagged: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM ia_incidents WHERE administration_id = $1 AND vbe_flag = 1 \
         AND assessment IS NULL ORDER BY id",
    )
    .bind(admin)
    .fetch_all(db.pool())
    .await
    .expect("flagged");
    for (i, id) in flagged.iter().enumerate() {
        let a = IaAssessment {
            vbe: i % 2 == 0,
            environment_id: (i % 2 == 0).then_some(environment),
        };
        sources::assess_ia(
            db,
            &actor,
            AdministrationId::new(admin),
            IaIncidentId::new(*id),
            &a,
        )
        .await
        .expect("assess");
    }
    // Audit entries written long ago, and an import's record whose rows are all gone.
    for at in [
        "2019-05-01T10:00:00Z",
        "2020-01-01T00:00:00Z",
        "2021-11-11T11:11:11Z",
    ] {
        sqlx::query(
            "INSERT INTO audit_log (at, actor, action, record_type, record_id, summary) \
             VALUES ($1, 'gammal', 'read', 'report', '1', '')",
        )
        .bind(at)
        .execute(db.pool())
        .await
        .expect("old entry");
    }
    sqlx::query(
        "INSERT INTO source_imports (administration_id, source, file_name, rows_read, rows_new, imported_by, imported_at) \
         VALUES ($1, 'ia', 'tom.csv', 0, 0, 'test', '2020-01-01T00:00:00Z')",
    )
    .bind(admin)
    .execute(db.pool())
    .await
    .expect("old import");

    // Forms that came in long ago: the closed ones expire, the open ones stay.
    sqlx::query(
        "UPDATE reports SET submitted_at = '2019-03-03T10:00:00Z' WHERE id IN \
         (SELECT id FROM reports ORDER BY id LIMIT 40)",
    )
    .execute(db.pool())
    .await
    .expect("old forms");
    const CLOSED: &str = "status IN ('assessed_vbe', 'assessed_not_vbe', 'forwarded')";
    let forms_expired = count_before(
        db,
        &format!("SELECT COUNT(*) FROM reports WHERE submitted_at < $1 AND {CLOSED}"),
        &cutoff,
    )
    .await;
    let forms_open_old = count_before(
        db,
        &format!("SELECT COUNT(*) FROM reports WHERE submitted_at < $1 AND NOT {CLOSED}"),
        &cutoff,
    )
    .await;
    let forms_kept = count_before(
        db,
        "SELECT COUNT(*) FROM reports WHERE submitted_at >= $1",
        &cutoff,
    )
    .await;
    assert!(forms_expired > 6, "closed old forms to purge");
    assert!(
        count_before(db, "SELECT COUNT(*) FROM reports r WHERE r.submitted_at < $1 AND r.status = 'assessed_vbe' \
             AND EXISTS (SELECT 1 FROM report_terms t WHERE t.report_id = r.id AND t.source = 'assessed')", &cutoff).await > 0,
        "old forms that feed the figures by environment"
    );

    let ia_before = count_before(
        db,
        "SELECT COUNT(*) FROM ia_incidents WHERE occurred_on < $1",
        &cutoff,
    )
    .await;
    let ia_kept = count_before(
        db,
        "SELECT COUNT(*) FROM ia_incidents WHERE occurred_on >= $1",
        &cutoff,
    )
    .await;
    let training_kept = count_before(
        db,
        "SELECT COUNT(*) FROM training_completions WHERE on_date >= $1",
        &cutoff,
    )
    .await;
    let audit_kept =
        count_before(db, "SELECT COUNT(*) FROM audit_log WHERE at >= $1", &cutoff).await;
    let (people, _) = training_people_before(db, &cutoff).await;
    assert!(ia_before >= old.len() as i64, "old IA rows to purge");
    assert!(people > 0, "the demo has training rows before the cut-off");
    let before = figures(db, &cutoff).await;
    let purges = varn::app::purges();

    // The plan counts and deletes nothing.
    let planned = retention::plan(db, &PERIODS, now, &purges)
        .await
        .expect("plan");
    let expired = |key: &str| planned.iter().find(|p| p.key == key).expect(key).expired;
    assert_eq!(expired("forms"), forms_expired as u64);
    assert_eq!(expired("ia"), ia_before as u64);
    assert!(expired("training") > 0, "{planned:?}");
    assert_eq!(expired("audit_log"), 3);
    assert_eq!(expired("imports"), 1);
    assert!(planned
        .iter()
        .all(|p| p.cutoff == retention::cutoff(now, PERIODS.months(p.key).expect("months"))));
    let lines = retention::plan_lines(&planned).join("\n");
    assert!(
        lines.contains("IA-rader") && lines.contains(&cutoff),
        "{lines}"
    );
    assert_eq!(
        count_before(
            db,
            "SELECT COUNT(*) FROM ia_incidents WHERE occurred_on < $1",
            &cutoff
        )
        .await,
        ia_before,
        "the plan deleted nothing"
    );
    assert_eq!(
        count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'purge'").await,
        0
    );

    // A run stopped after two batches of three rows.
    let stopped = retention::run(
        db,
        &PERIODS,
        now,
        &purges,
        Limits {
            batch: 3,
            max_batches: Some(2),
        },
    )
    .await
    .expect("stopped run");
    // The forms come first; their first six went.
    assert_eq!(stopped.len(), 1, "{stopped:?}");
    assert_eq!(stopped[0].key, "forms");
    assert_eq!(stopped[0].deleted, 6);
    assert!(!stopped[0].finished);
    assert_eq!(
        count_before(
            db,
            &format!("SELECT COUNT(*) FROM reports WHERE submitted_at < $1 AND {CLOSED}"),
            &cutoff
        )
        .await,
        forms_expired - 6
    );
    assert_eq!(
        figures(db, &cutoff).await,
        before,
        "figures after a stopped run"
    );

    // Run again: it finishes, and what it deleted is what the plan counted.
    let done = retention::run_exclusive(
        db,
        &PERIODS,
        now,
        &purges,
        Limits {
            batch: 4,
            max_batches: None,
        },
    )
    .await
    .expect("run")
    .expect("not elsewhere");
    assert!(done.iter().all(|d| d.finished), "{done:?}");
    let deleted = |key: &str| done.iter().find(|d| d.key == key).expect(key).deleted;
    assert_eq!(deleted("forms") + 6, expired("forms"));
    assert_eq!(deleted("ia"), expired("ia"));
    assert_eq!(deleted("training"), expired("training"));
    assert_eq!(deleted("audit_log"), 3);
    assert_eq!(deleted("imports"), 1);

    // Expired rows are gone, the rest untouched, each person's last training row stays.
    assert_eq!(
        count_before(
            db,
            &format!("SELECT COUNT(*) FROM reports WHERE submitted_at < $1 AND {CLOSED}"),
            &cutoff
        )
        .await,
        0
    );
    assert_eq!(
        count_before(
            db,
            "SELECT COUNT(*) FROM reports WHERE submitted_at < $1",
            &cutoff
        )
        .await,
        forms_open_old
    );
    assert_eq!(
        count_before(
            db,
            "SELECT COUNT(*) FROM reports WHERE submitted_at >= $1",
            &cutoff
        )
        .await,
        forms_kept
    );
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM report_notes WHERE report_id NOT IN (SELECT id FROM reports)"
        )
        .await,
        0
    );
    assert_eq!(
        count_before(
            db,
            "SELECT COUNT(*) FROM ia_incidents WHERE occurred_on < $1",
            &cutoff
        )
        .await,
        0
    );
    assert_eq!(
        count_before(
            db,
            "SELECT COUNT(*) FROM ia_incidents WHERE occurred_on >= $1",
            &cutoff
        )
        .await,
        ia_kept
    );
    assert_eq!(
        count_before(
            db,
            "SELECT COUNT(*) FROM training_completions WHERE on_date >= $1",
            &cutoff
        )
        .await,
        training_kept
    );
    assert_eq!(training_people_before(db, &cutoff).await, (people, 0));
    assert_eq!(
        count_before(db, "SELECT COUNT(*) FROM audit_log WHERE at < $1", &cutoff).await,
        0
    );
    assert!(
        count_before(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE at >= $1 AND action <> 'purge'",
            &cutoff
        )
        .await
            >= audit_kept
    );
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM source_imports WHERE file_name = 'tom.csv'"
        )
        .await,
        0
    );
    assert!(
        count(
            db,
            "SELECT COUNT(*) FROM source_imports WHERE file_name = 'gammal.csv'"
        )
        .await
            >= 1,
        "imports with rows left stay"
    );

    // Every figure reads the same.
    assert_eq!(
        figures(db, &cutoff).await,
        before,
        "figures after the purge"
    );

    // Every batch is in the log: type, count and cut-off, and the counts add up.
    let entries: Vec<(String, String)> = sqlx::query_as(
        "SELECT record_id, summary FROM audit_log WHERE action = 'purge' AND record_type = 'retention' ORDER BY id",
    )
    .fetch_all(db.pool())
    .await
    .expect("entries");
    for key in ["forms", "ia", "training", "audit_log", "imports"] {
        let label = retention::type_label(key);
        let cut = retention::cutoff(now, PERIODS.months(key).expect("months"));
        let sum: u64 = entries
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, s)| {
                assert!(s.starts_with(label) && s.contains(&cut), "{s}");
                s[label.len()..]
                    .trim_start_matches(':')
                    .split_whitespace()
                    .next()
                    .and_then(|n| n.parse::<u64>().ok())
                    .expect(s)
            })
            .sum();
        assert_eq!(sum, expired(key), "{key}: {entries:?}");
    }
    assert!(entries
        .iter()
        .all(|(_, s)| !s.contains("Högdalen") && !s.contains("gammal")));

    // Nothing more has expired: a second run deletes nothing and logs nothing.
    let again = retention::run(db, &PERIODS, now, &purges, Limits::default())
        .await
        .expect("again");
    assert!(
        again.iter().all(|d| d.deleted == 0 && d.finished),
        "{again:?}"
    );
    assert_eq!(
        count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'purge'").await,
        entries.len() as i64
    );

    // The audit log stays closed to any other delete.
    assert!(sqlx::query("DELETE FROM audit_log WHERE at >= $1")
        .bind(&cutoff)
        .execute(db.pool())
        .await
        .is_err());

    // A purged IA row read again does not count twice.
    let kept = varn::situation::counts::kept(db).await.expect("kept");
    let rows = sources::check_ia(&guard, ia_rows("GAMMAL", &old)).expect("rows");
    sources::store_ia(db, &actor, AdministrationId::new(admin), &name, &rows, None)
        .await
        .expect("import again");
    assert_eq!(varn::situation::counts::kept(db).await.expect("kept"), kept);
    assert_eq!(
        count_before(
            db,
            "SELECT COUNT(*) FROM ia_incidents WHERE occurred_on < $1",
            &cutoff
        )
        .await,
        0
    );

    // A training mark dated before the cut-off is refused, naming the date.
    let (training_admin, course, unit): (
        AdministrationId,
        varn::training::domain::TrainingCourseId,
        varn::kernel::ids::UnitId,
    ) = sqlx::query_as(
        "SELECT administration_id, course_id, unit_id FROM training_completions ORDER BY id LIMIT 1",
    )
    .fetch_one(db.pool())
    .await
    .expect("a course");
    let mark = varn::training::store::NewMark {
        person_hash: "ny-person".into(),
        course_id: course,
        unit_id: unit,
        on: "2015-01-01".into(),
        reason: varn::kernel::text::Guarded::check(&guard, "skäl", "Kursen gick på papper")
            .expect("reason"),
    };
    let err = varn::training::store::mark(db, &actor, training_admin, &mark)
        .await
        .expect_err("before the cut-off");
    let sentences = err.sentences().join(" ");
    assert!(
        sentences.contains("datum") && sentences.contains(&cutoff),
        "{sentences}"
    );
});

// `serve`'s scheduled purge goes through `run_tick` like every capability's tick: as of the
// time it is given, with the periods of the configuration, and on PostgreSQL not while
// another process holds the purge's lock.
on_both!(the_scheduled_purge_runs_through_run_tick, |db| {
    varn::demo::load(db).await.expect("demo");
    let config = varn::config::Config {
        retention: PERIODS,
        ..varn::config::Config::default()
    };
    let cx = varn::web::capability::TickContext {
        db: db.clone(),
        mailer: None,
        public_url: config.public_url.clone(),
        now: now(),
        config: std::sync::Arc::new(config),
    };
    let cutoff = retention::cutoff(now(), PERIODS.training);
    let old = || {
        count_before(
            db,
            "SELECT COUNT(*) FROM training_completions WHERE on_date < $1",
            &cutoff,
        )
    };
    let before = old().await;
    if db.backend() == varn::db::Backend::Postgres {
        // Another process purging: this one leaves it to that one.
        let inner = db
            .exclusive("tick:retention", async {
                varn::web::capability::run_tick(retention::NAME, &varn::app::RETENTION_TICK, &cx)
                    .await
            })
            .await
            .expect("lock")
            .expect("held");
        assert!(inner.expect("tick").is_none());
        assert_eq!(old().await, before);
    }
    let report = varn::web::capability::run_tick(retention::NAME, &varn::app::RETENTION_TICK, &cx)
        .await
        .expect("tick")
        .expect("ran");
    assert!(
        report
            .lines
            .iter()
            .any(|l| l.starts_with("Utbildningsrader: ") && l.ends_with("gallrade.")),
        "{:?}",
        report.lines
    );
    assert!(old().await < before);
});
