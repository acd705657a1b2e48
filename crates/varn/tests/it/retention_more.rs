//! Retention of consultations and 24-hour requests (issue 19 §2), on SQLite and PostgreSQL
//! with the time given: the plan deletes nothing and counts what the run deletes; old
//! consultations and the requests of closed years go with their warnings, while the yearly
//! report, the city's counts and the plan measures read the same before, halfway and after;
//! a year with a request still open, a year not yet closed and anything newer stay; a run
//! stopped halfway (in the middle of a year) runs again; every batch is in the audit log.

use crate::common::retention::{count, now, PERIODS};
use chrono::NaiveDateTime;
use varn::consultations::report;
use varn::db::Db;
use varn::kernel::scope::Scope;
use varn::retention::{self, Limits};
use varn::web::capability::Period;

async fn admins(db: &Db) -> Vec<i64> {
    sqlx::query_scalar("SELECT id FROM administrations ORDER BY id")
        .fetch_all(db.pool())
        .await
        .expect("admins")
}

/// Every figure consultations and requests feed, as text to compare.
async fn figures(db: &Db, now: NaiveDateTime) -> Vec<String> {
    let mut out = Vec::new();
    let this_year = chrono::Datelike::year(&now);
    for year in 2017..=this_year {
        out.push(format!(
            "{year}: {:?}",
            report::year_report(db, &Scope::All, year, now)
                .await
                .expect("year report")
        ));
        out.push(format!(
            "{year}: {:?}",
            report::city(db, year).await.expect("city")
        ));
    }
    let today = varn::db::today();
    let periods = [
        ("2019-01-01".to_string(), "2019-06-30".to_string()),
        ("2019-01-01".to_string(), "2019-12-31".to_string()),
        ("2020-01-01".to_string(), "2020-12-31".to_string()),
        ("2018-01-01".to_string(), today.clone()),
        (format!("{this_year}-01-01"), today),
    ];
    for admin in admins(db).await {
        for key in [
            "requests",
            "requests:met",
            "consultations",
            "consultations:advised",
        ] {
            for (from, to) in &periods {
                out.push(format!(
                    "{admin} {key} {from} {to}: {:?}",
                    report::measure_value(
                        db,
                        varn::kernel::ids::AdministrationId::new(admin),
                        key,
                        Period { from, to }
                    )
                    .await
                    .expect("measure")
                ));
            }
        }
    }
    out
}

/// Figures equal, or the first that differs.
fn same(after: &[String], before: &[String], when: &str) {
    assert_eq!(after.len(), before.len(), "{when}");
    if let Some((a, b)) = after.iter().zip(before).find(|(a, b)| a != b) {
        panic!("{when}: {a}\nbefore: {b}");
    }
}

async fn request(
    db: &Db,
    admin: i64,
    reference: &str,
    received: &str,
    contact_hours: Option<i64>,
) -> i64 {
    let at = NaiveDateTime::parse_from_str(received, "%Y-%m-%dT%H:%M:%SZ").expect("received");
    let stored = |t: NaiveDateTime| t.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    sqlx::query_scalar(
        "INSERT INTO first_contact_requests (administration_id, reference, received_at, deadline_at, channel, note, contact_at, contact_by, created_by, created_at) \
         VALUES ($1, $2, $3, $4, 'phone', 'gammal anteckning', $5, $6, 'test', $3) RETURNING id",
    )
    .bind(admin)
    .bind(reference)
    .bind(received)
    .bind(stored(at + chrono::Duration::hours(24)))
    .bind(contact_hours.map(|h| stored(at + chrono::Duration::hours(h))))
    .bind(contact_hours.map(|_| "test".to_string()))
    .fetch_one(db.pool())
    .await
    .expect("request")
}

async fn warning(db: &Db, request: i64, kind: &str) {
    sqlx::query(
        "INSERT INTO first_contact_warnings (request_id, kind, due_at, created_at, delivered_at, recipients) \
         VALUES ($1, $2, '2019-01-01T00:00:00Z', '2019-01-01T00:00:00Z', '2019-01-01T00:00:00Z', 'a@example.se')",
    )
    .bind(request)
    .bind(kind)
    .execute(db.pool())
    .await
    .expect("warning");
}

on_both!(
    old_consultations_and_closed_years_go_and_their_figures_stay,
    |db| {
        varn::demo::load(db).await.expect("demo");
        let ids = admins(db).await;
        let (a, b, sof) = (ids[0], ids[1], ids[2]);
        let now = now();
        let cutoff = retention::cutoff(now, PERIODS.consultations);
        let cutoff_year: i32 = cutoff[..4].parse().expect("year");
        assert!(
            cutoff_year > 2021,
            "the test's closed years lie before the cut-off"
        );

        // Consultations held long ago.
        for (asking, advisor, held_on, kind, referrals) in [
            (a, sof, "2019-02-03", "child", "sig,police"),
            (a, sof, "2019-02-03", "child", "sig,police"),
            (b, b, "2019-08-20", "leave", ""),
            (a, b, "2020-11-11", "returnee", "vbe_team"),
        ] {
            sqlx::query(
            "INSERT INTO consultations (administration_id, advisor_administration_id, held_on, age_band, gender, environment, kind, advice, referrals, consent, outcome, follow_up_on, created_by, created_at) \
             VALUES ($1, $2, $3, '15_17', '', '', $4, 'gammalt råd', $5, 1, 'utfall', NULL, 'test', $3)",
        )
        .bind(asking)
        .bind(advisor)
        .bind(held_on)
        .bind(kind)
        .bind(referrals)
        .execute(db.pool())
        .await
        .expect("consultation");
        }
        // Requests of 2019 (all met or late, none open): they go.
        let r1 = request(db, a, "24H-2019-T1", "2019-03-01T08:00:00Z", Some(2)).await;
        request(db, a, "24H-2019-T2", "2019-05-01T08:00:00Z", Some(30)).await;
        request(db, a, "24H-2019-T3", "2019-06-30T22:30:00Z", Some(10)).await;
        request(db, b, "24H-2019-T4", "2019-07-01T08:00:00Z", Some(5)).await;
        request(db, b, "24H-2019-T5", "2019-09-01T08:00:00Z", Some(20)).await;
        warning(db, r1, "h16").await;
        warning(db, r1, "deadline").await;
        // 2020 has a request never contacted: the whole year stays, even its met requests and
        // the one received in Stockholm's first hour of 2020 (still 2019 in UTC).
        let open = request(db, a, "24H-2020-T1", "2020-04-04T08:00:00Z", None).await;
        request(db, b, "24H-2020-T2", "2020-05-05T08:00:00Z", Some(3)).await;
        request(db, b, "24H-2020-T3", "2019-12-31T23:30:00Z", Some(4)).await;
        warning(db, open, "deadline").await;
        // The cut-off's own year is not closed: it stays.
        request(
            db,
            a,
            "24H-CUT-T1",
            &format!("{cutoff_year}-01-01T08:00:00Z"),
            Some(1),
        )
        .await;

        let consultations_old = count(
            db,
            &format!("SELECT COUNT(*) FROM consultations WHERE held_on < '{cutoff}'"),
        )
        .await;
        let consultations_kept = count(
            db,
            &format!("SELECT COUNT(*) FROM consultations WHERE held_on >= '{cutoff}'"),
        )
        .await;
        assert!(consultations_old >= 4);
        let requests_all = count(db, "SELECT COUNT(*) FROM first_contact_requests").await;
        let before = figures(db, now).await;
        assert!(
            before
                .iter()
                .any(|f| f.starts_with("2019: [ConsultationYearRow")),
            "{before:?}"
        );
        assert!(varn::app::purges().iter().any(|p| p.key == "consultations"));
        let purges = [varn::consultations::retention::PURGE];

        // The plan counts the old consultations and 2019's five requests, and deletes nothing.
        let planned = retention::plan(db, &PERIODS, now, &purges)
            .await
            .expect("plan");
        assert_eq!(planned[0].expired, consultations_old as u64 + 5);
        assert_eq!(planned[0].cutoff, cutoff);
        assert!(retention::plan_lines(&planned)
            .join("\n")
            .contains("Konsultationer och 24-timmarsärenden"));
        assert_eq!(
            count(db, "SELECT COUNT(*) FROM first_contact_requests").await,
            requests_all
        );

        // Stopped after two batches of (consultations_old - 1) rows: the consultations and
        // some of 2019's requests went, the year is frozen, the rest waits.
        let batch = consultations_old - 1;
        let stopped = retention::run(
            db,
            &PERIODS,
            now,
            &purges,
            Limits {
                batch,
                max_batches: Some(2),
            },
        )
        .await
        .expect("stopped run");
        assert_eq!(stopped[0].deleted, 2 * batch as u64);
        assert!(!stopped[0].finished);
        let left = count(
            db,
            "SELECT COUNT(*) FROM first_contact_requests WHERE reference LIKE '24H-2019-%'",
        )
        .await;
        assert!(left > 0 && left < 5, "{left}");
        same(
            &figures(db, now).await,
            &before,
            "figures after a stopped run",
        );

        // Run again: it finishes, and what went is what the plan counted.
        let done = retention::run(db, &PERIODS, now, &purges, Limits::default())
            .await
            .expect("run");
        assert!(done[0].finished);
        assert_eq!(done[0].deleted + stopped[0].deleted, planned[0].expired);
        same(&figures(db, now).await, &before, "figures after the purge");

        // Gone: the old consultations, 2019's requests and their warnings; kept: the rest.
        assert_eq!(
            count(
                db,
                &format!("SELECT COUNT(*) FROM consultations WHERE held_on < '{cutoff}'")
            )
            .await,
            0
        );
        assert_eq!(
            count(
                db,
                &format!("SELECT COUNT(*) FROM consultations WHERE held_on >= '{cutoff}'")
            )
            .await,
            consultations_kept
        );
        assert_eq!(
            count(db, "SELECT COUNT(*) FROM first_contact_requests").await,
            requests_all - 5
        );
        assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM first_contact_requests WHERE reference LIKE '24H-2020-%' OR reference LIKE '24H-CUT-%'"
        )
        .await,
        4
    );
        assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM first_contact_warnings WHERE request_id NOT IN (SELECT id FROM first_contact_requests)"
        )
        .await,
        0
    );
        assert_eq!(
            count(db, "SELECT COUNT(*) FROM first_contact_warnings").await,
            1,
            "the open request's warning stays"
        );

        // The audit log: type, counts adding up to what went, the cut-off, never contents.
        let entries: Vec<String> = sqlx::query_scalar(
            "SELECT summary FROM audit_log WHERE action = 'purge' AND record_type = 'retention' \
         AND record_id = 'consultations' ORDER BY id",
        )
        .fetch_all(db.pool())
        .await
        .expect("entries");
        let label = retention::type_label("consultations");
        let sum: u64 = entries
            .iter()
            .map(|s| {
                assert!(s.starts_with(label) && s.contains(&cutoff), "{s}");
                assert!(!s.contains("24H-") && !s.contains("gammal"), "{s}");
                s[label.len()..]
                    .trim_start_matches(':')
                    .split_whitespace()
                    .next()
                    .and_then(|n| n.parse::<u64>().ok())
                    .expect(s)
            })
            .sum();
        assert_eq!(sum, planned[0].expired);

        // Nothing more has expired.
        let again = retention::run(db, &PERIODS, now, &purges, Limits::default())
            .await
            .expect("again");
        assert_eq!(again[0].deleted, 0);
        same(
            &figures(db, now).await,
            &before,
            "figures after a second run",
        );

        // A request received in a frozen year is refused, naming the field and the year;
        // one of a year not frozen (2020, with its open request) is taken.
        let guard = varn_pii::Guard::new();
        let new = |received_at: &str, year: i32| varn::consultations::store::NewRequest {
            administration_id: varn::kernel::ids::AdministrationId::new(a),
            received_at: received_at.into(),
            deadline_at: received_at.into(),
            year,
            channel: varn::consultations::domain::Channel::Phone,
            note: varn::kernel::text::Guarded::check(&guard, "anteckning", "").expect("note"),
        };
        let actor = varn::audit::Actor::system("test");
        let err = varn::consultations::store::create_request(
            db,
            &actor,
            &new("2019-10-10T10:00:00Z", 2019),
        )
        .await
        .expect_err("a frozen year");
        let sentences = err.sentences().join(" ");
        assert!(
            sentences.contains("2019")
                && sentences.contains("gallrat")
                && sentences.contains("Begäran kom"),
            "{sentences}"
        );
        same(
            &figures(db, now).await,
            &before,
            "figures after a refused request",
        );
        varn::consultations::store::create_request(db, &actor, &new("2020-10-10T10:00:00Z", 2020))
            .await
            .expect("a year not frozen");
    }
);

// The same over HTTP: the yearly 24-hour report, the city's consultation figures (JSON and
// their CSV file) and the report's page read the same before and after the purge.
both_backends!(the_pages_and_the_api_read_the_same_after_the_purge, |app| {
    let db = &app.db;
    let ids = admins(db).await;
    let (a, b) = (ids[0], ids[1]);
    for (asking, held_on, kind) in [
        (a, "2019-02-03", "child"),
        (a, "2019-02-04", "child"),
        (b, "2019-08-20", "leave"),
    ] {
        sqlx::query(
            "INSERT INTO consultations (administration_id, advisor_administration_id, held_on, age_band, gender, environment, kind, advice, referrals, consent, outcome, follow_up_on, created_by, created_at) \
             VALUES ($1, $1, $2, '', '', '', $3, 'gammalt råd', 'sig', 1, '', NULL, 'test', $2)",
        )
        .bind(asking)
        .bind(held_on)
        .bind(kind)
        .execute(db.pool())
        .await
        .expect("consultation");
    }
    request(db, a, "24H-2019-H1", "2019-03-01T08:00:00Z", Some(2)).await;
    request(db, a, "24H-2019-H2", "2019-05-01T08:00:00Z", Some(30)).await;
    request(db, b, "24H-2019-H3", "2019-07-01T08:00:00Z", Some(5)).await;
    let central = app.token("central@demo.example").await;
    app.sign_in("central@demo.example").await;
    let read = || async {
        let mut out = Vec::new();
        for path in [
            "/api/v1/first-contact-requests/report?year=2019",
            "/api/v1/consultations/city?year=2019",
        ] {
            let (status, body) = crate::common::call(
                &app,
                reqwest::Method::GET,
                path,
                &central,
                serde_json::json!(null),
            )
            .await;
            assert_eq!(status, 200, "{path}: {body}");
            out.push(body.to_string());
        }
        for path in [
            "/konsultationer/stad.csv?ar=2019",
            "/konsultationer/24h/rapport.csv?ar=2019",
        ] {
            let (status, body) = app.get_text(path).await;
            assert_eq!(status, 200, "{path}: {body}");
            out.push(body);
        }
        out
    };
    let before = read().await;
    assert!(before[0].contains("\"requests\":2"), "{}", before[0]);
    // The files have a row for each of the two administrations of 2019.
    assert!(before[2].lines().count() >= 3, "{}", before[2]);
    assert!(before[3].lines().count() >= 3, "{}", before[3]);
    let done = retention::run(
        db,
        &PERIODS,
        now(),
        &[varn::consultations::retention::PURGE],
        Limits::default(),
    )
    .await
    .expect("run");
    assert_eq!(done[0].deleted, 6);
    assert_eq!(
        count(
            db,
            "SELECT COUNT(*) FROM first_contact_requests WHERE reference LIKE '24H-2019-%'"
        )
        .await,
        0
    );
    same(&read().await, &before, "pages and API after the purge");
});
