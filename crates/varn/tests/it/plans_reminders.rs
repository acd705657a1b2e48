//! E-mail reminders of follow-up, sent to a small SMTP server of the test's own: the unit's
//! manager hears about their activities, the coordinators about those without a unit; a
//! reminder is sent once of each kind; reported activities and old plans are left alone.

use crate::common::{test_config, TestDb};
use chrono::NaiveDate;
use varn::audit::Actor;
use varn::db::Backend;
use varn::mail::Mailer;
use varn::plans::reminders::{send_due, Sent};

use crate::common::smtp::smtp_server;

/// A decided plan in Södermalm for 2040 with three activities followed up at T1: one of the
/// field assistants' unit, one without a unit, and one of the unit already reported.
async fn plan_2040(db: &varn::db::Db) -> (i64, i64, i64) {
    use varn::plans::input::{ActivityInput, PlanInput, ReportInput};
    let actor = Actor::system("test");
    let admin: varn::kernel::ids::AdministrationId =
        sqlx::query_scalar("SELECT id FROM administrations WHERE code = 'SOD'")
            .fetch_one(db.pool())
            .await
            .expect("SOD");
    let unit: varn::kernel::ids::UnitId =
        sqlx::query_scalar("SELECT id FROM units WHERE code = 'SOD-SOC-01'")
            .fetch_one(db.pool())
            .await
            .expect("unit");
    let mut tx = db.begin_write().await.expect("tx");
    let input = PlanInput {
        title: "Plan 2040".into(),
        period_start: "2040-01-01".into(),
        period_end: "2040-12-31".into(),
        ..Default::default()
    };
    let plan = varn::plans::write::create_plan(
        &mut tx,
        &actor,
        admin,
        &input.check().expect("plan"),
        None,
    )
    .await
    .expect("plan");
    let mut ids = Vec::new();
    for (text, unit) in [
        ("Kvällspass i parkerna", Some(unit)),
        ("Träffar med lokalpolisen", None),
        ("Samtal på fritidsgården", Some(unit)),
    ] {
        let a = ActivityInput {
            area: "preventive".into(),
            text: text.into(),
            responsible: "Enhetschef".into(),
            unit_id: unit,
            schedule: "Löpande".into(),
            follow_up: varn::plans::domain::FollowUp::from_text("T1, VB"),
            ..Default::default()
        };
        ids.push(
            varn::plans::write::add_activity(&mut tx, &actor, plan, &a.check(None).expect("a"))
                .await
                .expect("activity"),
        );
    }
    varn::plans::lifecycle::decide(&mut tx, &actor, plan, "2040-01-20", "§ 3")
        .await
        .expect("decide");
    let report = ReportInput {
        point: "T1".into(),
        status: "ongoing".into(),
        comment: String::new(),
        indicator_value: String::new(),
        unit: None,
    };
    varn::plans::lifecycle::report(
        &mut tx,
        &actor,
        ids[2],
        None,
        &report.check().expect("report"),
    )
    .await
    .expect("report");
    tx.commit().await.expect("commit");
    (ids[0].get(), ids[1].get(), ids[2].get())
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

async fn check_on(backend: Backend) {
    let test_db = TestDb::new(backend).await;
    let db = test_db.db.clone();
    varn::demo::load(&db).await.expect("demo");
    let (port, inbox) = smtp_server().await;
    let mut config = test_config(&test_db.url);
    config.smtp_url = varn::config::Secret::new(format!("smtp://127.0.0.1:{port}"));
    config.mail_from = "Värn <varn@demo.example>".into();
    let mailer = Mailer::from_config(&config)
        .expect("config")
        .expect("a mailer");
    let (field, police, reported) = plan_2040(&db).await;
    let url = "https://varn.example.se";

    // Three weeks before T1 (30 April): one e-mail to the manager, one to the coordinators;
    // nothing about the reported activity, nor about the demo's plans of years gone by.
    let sent = send_due(&db, &mailer, url, day("2040-04-09"))
        .await
        .expect("send");
    assert_eq!(
        sent,
        Sent {
            emails: 2,
            reminders: 2,
            failed: 0
        }
    );
    let got = inbox.lock().expect("inbox").clone();
    let to_manager = got
        .iter()
        .find(|m| m.to == ["chef.sodermalm@demo.example"])
        .expect("the manager's e-mail");
    assert!(
        to_manager.data.contains("Kvällspass i parkerna"),
        "{}",
        to_manager.data
    );
    assert!(!to_manager.data.contains("lokalpolisen"));
    assert!(to_manager.data.contains("2040-04-30"));
    assert!(to_manager.data.contains("https://varn.example.se/planer/"));
    let to_coordinators = got
        .iter()
        .find(|m| {
            m.to.contains(&"samordnare.sodermalm@demo.example".to_string())
        })
        .expect("the coordinators' e-mail");
    assert!(to_coordinators.data.contains("Träffar med lokalpolisen"));
    assert!(
        got.iter().all(|m| !m.data.contains("fritidsg")),
        "reported: no reminder"
    );

    // The same day again, and the next: nothing new.
    for d in ["2040-04-09", "2040-04-10"] {
        let again = send_due(&db, &mailer, url, day(d)).await.expect("send");
        assert_eq!(again, Sent::default(), "{d}");
    }
    // After the deadline: one overdue reminder of each, then nothing more.
    let late = send_due(&db, &mailer, url, day("2040-05-03"))
        .await
        .expect("send");
    assert_eq!((late.emails, late.reminders), (2, 2));
    assert_eq!(inbox.lock().expect("inbox").len(), 4);
    let again = send_due(&db, &mailer, url, day("2040-05-04"))
        .await
        .expect("send");
    assert_eq!(again, Sent::default());

    // Each reminder is recorded and audited.
    let rows: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM plan_reminders WHERE activity_id IN ($1, $2, $3)")
            .bind(field)
            .bind(police)
            .bind(reported)
            .fetch_one(db.pool())
            .await
            .expect("count");
    assert_eq!(rows, 4);
    let audited: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'remind'")
        .fetch_one(db.pool())
        .await
        .expect("audit");
    assert_eq!(audited, 4);

    // A server that does not answer: nothing recorded, tried again next time.
    let mut down = config.clone();
    down.smtp_url = varn::config::Secret::new("smtp://127.0.0.1:9");
    let broken = Mailer::from_config(&down).expect("config").expect("mailer");
    // Three weeks before VB (the period's end) all three are due: the unit's two to the
    // manager in one e-mail, the other to the coordinators.
    let failed = send_due(&db, &broken, url, day("2040-12-10"))
        .await
        .expect("send");
    assert_eq!((failed.emails, failed.failed), (0, 2));
    let retried = send_due(&db, &mailer, url, day("2040-12-10"))
        .await
        .expect("send");
    assert_eq!((retried.emails, retried.reminders), (2, 3));
    test_db.cleanup().await;
}

#[tokio::test]
async fn reminders_by_email_on_sqlite() {
    check_on(Backend::Sqlite).await;
}

#[tokio::test]
async fn reminders_by_email_on_postgres() {
    check_on(Backend::Postgres).await;
}
