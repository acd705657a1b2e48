//! Case consultations and the 24-hour routine over HTTP on both databases: the guard refuses
//! a name, each side reads its own and another administration's record answers 404, the
//! central coordinator sees only suppressed figures; the clock's warnings fall due at the
//! right moments as of a controlled time, once each, even with two processes ticking at
//! once; failed e-mail is retried and shown as not delivered; a first contact before the
//! request is refused naming the field; the yearly report.

use chrono::NaiveDateTime;
use reqwest::Method;
use serde_json::json;

use crate::common::smtp::smtp_server;
use crate::common::{call, TestApp, TestDb, BACKENDS};

const SOCIAL: &str = "samordnare.social@demo.example";
const SOD: &str = "samordnare.sodermalm@demo.example";
const FARSTA: &str = "samordnare.farsta@demo.example";
const CENTRAL: &str = "central@demo.example";

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").expect("time")
}

fn mailer(port: u16) -> varn::mail::Mailer {
    let config = varn::config::Config {
        smtp_url: varn::config::Secret::new(format!("smtp://127.0.0.1:{port}")),
        mail_from: "Värn <varn@demo.example>".into(),
        ..Default::default()
    };
    varn::mail::Mailer::from_config(&config)
        .expect("config")
        .expect("mailer")
}

/// A port nothing listens on.
async fn dead_port() -> u16 {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    l.local_addr().expect("addr").port()
}

both_backends!(
    consultations_keep_identities_out_and_each_side_to_its_own,
    |app| {
        let sod = app.id_of("administrations", "SOD").await;
        let sof = app.id_of("administrations", "SOF").await;
        let social = app.token(SOCIAL).await;
        let mut input = json!({
            "administration_id": sod, "advisor_administration_id": sof, "held_on": "2026-03-02",
            "age_band": "15_17", "kind": "radicalisation",
            "advice": "Anna Lindqvist bör få stöd av VBE-teamet.",
            "referrals": ["vbe_team", "relatives"], "consent": true, "outcome": "Kontakt tagen."
        });
        let (status, body) = call(
            &app,
            Method::POST,
            "/api/v1/consultations",
            &social,
            input.clone(),
        )
        .await;
        assert_eq!(status, 422, "{body}");
        let text = body.to_string();
        assert!(text.contains("Råd som gavs"), "{text}");
        assert!(
            !text.contains("Lindqvist"),
            "the refusal repeats the name: {text}"
        );

        input["advice"] = json!("Rådet var att erbjuda kontakt med VBE-teamet.");
        let (status, body) = call(
            &app,
            Method::POST,
            "/api/v1/consultations",
            &social,
            input.clone(),
        )
        .await;
        assert_eq!(status, 201, "{body}");
        let id = body["id"].as_i64().expect("id");

        // The asking district reads it, and so does the adviser; Farsta does not learn it exists.
        let sod_token = app.token(SOD).await;
        let (status, body) = call(
            &app,
            Method::GET,
            &format!("/api/v1/consultations/{id}"),
            &sod_token,
            json!(null),
        )
        .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["kind"], "radicalisation");
        let farsta = app.token(FARSTA).await;
        let (status, _) = call(
            &app,
            Method::GET,
            &format!("/api/v1/consultations/{id}"),
            &farsta,
            json!(null),
        )
        .await;
        assert_eq!(status, 404);
        let (_, list) = call(
            &app,
            Method::GET,
            "/api/v1/consultations",
            &farsta,
            json!(null),
        )
        .await;
        assert!(list.as_array().expect("list").iter().all(|c| c["id"] != id));

        // A district's coordinator cannot record on someone else's behalf.
        input["administration_id"] = json!(app.id_of("administrations", "RIK").await);
        let (status, body) = call(
            &app,
            Method::POST,
            "/api/v1/consultations",
            &farsta,
            input.clone(),
        )
        .await;
        assert_eq!(status, 422, "{body}");

        // The central coordinator: no record, suppressed figures only.
        let central = app.token(CENTRAL).await;
        let (status, _) = call(
            &app,
            Method::GET,
            &format!("/api/v1/consultations/{id}"),
            &central,
            json!(null),
        )
        .await;
        assert_eq!(status, 403);
        let (status, city) = call(
            &app,
            Method::GET,
            "/api/v1/consultations/city?year=2026",
            &central,
            json!(null),
        )
        .await;
        assert_eq!(status, 200, "{city}");
        let sod_row = city["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .find(|r| {
                r["administration"]
                    .as_str()
                    .unwrap_or("")
                    .starts_with("Södermalm")
            })
            .expect("Södermalm's row")
            .clone();
        assert!(sod_row["cells"].to_string().contains("hidden"), "{sod_row}");

        // The page refuses the same name, naming the field, and keeps what was typed.
        let page = app.fresh_client();
        page.sign_in(SOCIAL).await;
        let r = page
            .post_with_csrf(
                "/konsultationer",
                &[
                    ("administration_id", &sod.to_string()),
                    ("advisor_administration_id", &sof.to_string()),
                    ("held_on", "2026-03-03"),
                    ("kind", "relative"),
                    ("advice", "Ring Anna Lindqvist på 070-174 06 55."),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 422);
        let html = r.text().await.expect("html");
        assert!(html.contains("Råd som gavs"), "{html}");
    }
);

both_backends!(the_clock_warns_once_each_and_contact_stops_it, |app| {
    let sod = app.id_of("administrations", "SOD").await;
    let token = app.token(SOD).await;
    let (status, body) = call(
        &app,
        Method::POST,
        "/api/v1/first-contact-requests",
        &token,
        json!({"administration_id": sod, "received_at": "2026-03-02T10:00", "channel": "phone"}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let id = body["id"].as_i64().expect("id");
    assert!(
        body["reference"]
            .as_str()
            .unwrap_or("")
            .starts_with("24H-2026-"),
        "{body}"
    );
    let (status, body) = call(
        &app,
        Method::POST,
        "/api/v1/first-contact-requests",
        &token,
        json!({"administration_id": sod, "received_at": "igår", "channel": "brevduva"}),
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        body.to_string().contains("När begäran kom") || body.to_string().contains("Begäran kom"),
        "{body}"
    );

    // 10:00 Swedish winter time is 09:00 UTC; the warnings fall due at 01:00, 07:00 and 09:00.
    let (port, inbox) = smtp_server().await;
    let m = mailer(port);
    let run = |now: &'static str| {
        let db = app.db.clone();
        let m = m.clone();
        async move {
            varn::consultations::clock::run(&db, Some(&m), "https://varn.example.se", at(now))
                .await
                .expect("tick")
        }
    };
    assert_eq!(run("2026-03-03T00:59").await.warned, 0);
    let first = run("2026-03-03T01:00").await;
    assert_eq!((first.warned, first.sent), (1, 1), "{first:?}");
    // Again at the same moment, and after a "restart" (a new run on the same database).
    assert_eq!(run("2026-03-03T01:00").await, Default::default());
    assert_eq!(run("2026-03-03T06:00").await, Default::default());
    let second = run("2026-03-03T07:00").await;
    assert_eq!((second.warned, second.sent), (1, 1));
    {
        let mails = inbox.lock().expect("inbox").clone();
        assert_eq!(mails.len(), 2);
        assert_eq!(mails[0].to, vec![SOD.to_string()]);
        assert!(
            mails[0].data.contains("/konsultationer/24h/"),
            "{}",
            mails[0].data
        );
    }

    // A first contact before the request is refused, naming the field.
    let (status, body) = call(
        &app,
        Method::POST,
        &format!("/api/v1/first-contact-requests/{id}/contact"),
        &token,
        json!({"contact_at": "2026-03-02T09:00"}),
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.to_string().contains("Första kontakt"), "{body}");
    let (status, _) = call(
        &app,
        Method::POST,
        &format!("/api/v1/first-contact-requests/{id}/contact"),
        &token,
        json!({"contact_at": "2026-03-03T09:30"}),
    )
    .await;
    assert_eq!(status, 204);
    let (status, _) = call(
        &app,
        Method::POST,
        &format!("/api/v1/first-contact-requests/{id}/contact"),
        &token,
        json!({"contact_at": "2026-03-03T09:40"}),
    )
    .await;
    assert_eq!(status, 409);
    // The clock has stopped: no deadline warning.
    assert_eq!(run("2026-03-03T12:00").await.warned, 0);

    let (_, detail) = call(
        &app,
        Method::GET,
        &format!("/api/v1/first-contact-requests/{id}"),
        &token,
        json!(null),
    )
    .await;
    assert_eq!(detail["warnings"].as_array().expect("warnings").len(), 2);
    assert!(detail["warnings"][0]["delivered_at"].is_string());

    let (status, report) = call(
        &app,
        Method::GET,
        "/api/v1/first-contact-requests/report?year=2026",
        &token,
        json!(null),
    )
    .await;
    assert_eq!(status, 200);
    let row = report
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["administration_id"] == sod)
        .expect("row")
        .clone();
    assert!(row["requests"].as_i64().unwrap_or(0) >= 1);
    assert!(row["within_24h"].as_i64().unwrap_or(0) >= 1, "{row}");
});

both_backends!(mail_that_fails_is_shown_and_retried, |app| {
    let sod = app.id_of("administrations", "SOD").await;
    let token = app.token(SOD).await;
    let (_, body) = call(
        &app,
        Method::POST,
        "/api/v1/first-contact-requests",
        &token,
        json!({"administration_id": sod, "received_at": "2026-04-01T08:00", "channel": "email"}),
    )
    .await;
    let id = body["id"].as_i64().expect("id");
    let broken = mailer(dead_port().await);
    // Summer time: 08:00 is 06:00 UTC; the deadline is 06:00 UTC the next day.
    let failed = varn::consultations::clock::run(
        &app.db,
        Some(&broken),
        "https://v.example",
        at("2026-04-02T06:00"),
    )
    .await
    .expect("tick");
    assert_eq!(
        (failed.warned, failed.sent, failed.failed),
        (3, 0, 3),
        "{failed:?}"
    );
    let page = app.fresh_client();
    page.sign_in(SOD).await;
    let (status, html) = page.get_text(&format!("/konsultationer/24h/{id}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Inte levererad"), "{html}");

    let (port, inbox) = smtp_server().await;
    let ok = varn::consultations::clock::run(
        &app.db,
        Some(&mailer(port)),
        "https://v.example",
        at("2026-04-02T06:10"),
    )
    .await
    .expect("tick");
    assert_eq!((ok.warned, ok.sent, ok.failed), (0, 3, 0), "{ok:?}");
    assert_eq!(inbox.lock().expect("inbox").len(), 3);
    let (_, html) = page.get_text(&format!("/konsultationer/24h/{id}")).await;
    assert!(!html.contains("Inte levererad"), "{html}");
});

/// Two server processes (two pools on one database) tick at the same moment: each warning
/// is recorded once and mailed once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_processes_warn_once() {
    for backend in BACKENDS {
        let test_db = TestDb::new(backend).await;
        varn::demo::load(&test_db.db).await.expect("demo");
        let sod: i64 = sqlx::query_scalar("SELECT id FROM administrations WHERE code = 'SOD'")
            .fetch_one(test_db.db.pool())
            .await
            .expect("sod");
        {
            let mut tx = test_db.db.begin_write().await.expect("tx");
            for n in 0..5 {
                sqlx::query(
                    "INSERT INTO first_contact_requests (administration_id, reference, received_at, deadline_at, channel, created_by, created_at) \
                     VALUES ($1, $2, '2026-05-01T08:00:00Z', '2026-05-02T08:00:00Z', 'phone', 'test', '2026-05-01T08:00:00Z')",
                )
                .bind(sod)
                .bind(format!("P-{n}"))
                .execute(&mut *tx)
                .await
                .expect("request");
            }
            tx.commit().await.expect("commit");
        }
        let other = varn::db::Db::connect(&test_db.url)
            .await
            .expect("second pool");
        let (port, inbox) = smtp_server().await;
        let m = mailer(port);
        let now = at("2026-05-02T09:00");
        let (a, b) = tokio::join!(
            varn::consultations::clock::run(&test_db.db, Some(&m), "https://v.example", now),
            varn::consultations::clock::run(&other, Some(&m), "https://v.example", now),
        );
        let (a, b) = (a.expect("first"), b.expect("second"));
        assert_eq!(a.warned + b.warned, 15, "{backend:?}: {a:?} {b:?}");
        assert_eq!(a.sent + b.sent, 15, "{backend:?}: {a:?} {b:?}");
        assert_eq!(inbox.lock().expect("inbox").len(), 15, "{backend:?}");
        let recorded: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM first_contact_warnings")
            .fetch_one(test_db.db.pool())
            .await
            .expect("count");
        assert_eq!(recorded, 15);
        other.close().await;
        test_db.cleanup().await;
    }
}

both_backends!(the_work_and_the_desk_show_the_routine, |app| {
    // The demo has an open request in Södermalm: its coordinator sees the time left.
    let page = app.fresh_client();
    page.sign_in(SOD).await;
    let (_, html) = page.get_text("/start").await;
    assert!(html.contains("24-timmarsbegäran"), "{html}");
    let central = app.fresh_client();
    central.sign_in(CENTRAL).await;
    let (status, html) = central.get_text("/konsultationer/stad").await;
    assert_eq!(status, 200);
    assert!(html.contains("Konsultationer per förvaltning"), "{html}");
    let year = chrono::Datelike::year(&chrono::Utc::now());
    let (status, html) = central.get_text(&format!("/stad?ar={year}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("24-timmarsrutinen"), "{html}");
    let _: &TestApp = &app;
});
