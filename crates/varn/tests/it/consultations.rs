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
            varn::consultations::clock::run(
                &db,
                Some(&m),
                "https://varn.example.se",
                &[16, 22],
                at(now),
            )
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
        &[16, 22],
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
        &[16, 22],
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
            varn::consultations::clock::run(
                &test_db.db,
                Some(&m),
                "https://v.example",
                &[16, 22],
                now
            ),
            varn::consultations::clock::run(&other, Some(&m), "https://v.example", &[16, 22], now),
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

const UTB: &str = "samordnare.utbildning@demo.example";

// Who records a consultation (issue 16): the advising side is always the social services
// (configuration `social_services`); its coordinator records for any asking administration,
// every other coordinator only their own administration's asking.
both_backends!(only_the_social_services_advise, |app| {
    let sod = app.id_of("administrations", "SOD").await;
    let rik = app.id_of("administrations", "RIK").await;
    let sof = app.id_of("administrations", "SOF").await;
    let utb = app.id_of("administrations", "UTB").await;
    let body = |asking: i64, advisor: Option<i64>| {
        let mut b = json!({
            "administration_id": asking, "held_on": "2026-03-02", "kind": "other",
            "advice": "Rådet var att arbeta med värdegrundsfrågor."
        });
        if let Some(a) = advisor {
            b["advisor_administration_id"] = json!(a);
        }
        b
    };
    let post = |who: &'static str, b: serde_json::Value| {
        let app = &app;
        async move {
            let token = app.token(who).await;
            call(app, Method::POST, "/api/v1/consultations", &token, b).await
        }
    };
    // A district advising itself, and a specialist administration advising another: refused,
    // naming the advising side.
    for (who, b) in [
        (SOD, body(sod, Some(sod))),
        (UTB, body(rik, Some(utb))),
        (UTB, body(utb, Some(utb))),
    ] {
        let (status, answer) = post(who, b).await;
        assert_eq!(status, 422, "{who}: {answer}");
        assert!(
            answer.to_string().contains("Rådgivande förvaltning"),
            "{answer}"
        );
        assert!(
            answer.to_string().contains("socialförvaltningen"),
            "{answer}"
        );
    }
    // A district's coordinator records another district's asking: refused, naming the asking.
    let (status, answer) = post(SOD, body(rik, Some(sof))).await;
    assert_eq!(status, 422, "{answer}");
    assert!(
        answer.to_string().contains("Frågande förvaltning"),
        "{answer}"
    );
    // The district records its own asking; the adviser is the social services when left out.
    let (status, answer) = post(SOD, body(sod, None)).await;
    assert_eq!(status, 201, "{answer}");
    let id = answer["id"].as_i64().expect("id");
    let social = app.token(SOCIAL).await;
    let (_, read) = call(
        &app,
        Method::GET,
        &format!("/api/v1/consultations/{id}"),
        &social,
        json!(null),
    )
    .await;
    assert_eq!(read["advisor_administration_id"], sof, "{read}");
    // The social services' coordinator records for any administration.
    let (status, answer) = post(SOCIAL, body(rik, None)).await;
    assert_eq!(status, 201, "{answer}");
    // The central coordinator and readers record nothing.
    for who in [CENTRAL, "ledning@demo.example"] {
        let (status, _) = post(who, body(sod, Some(sof))).await;
        assert_eq!(status, 403, "{who}");
    }
    // The page offers a district's coordinator only their own administration as the asking
    // one, and the social services as the adviser.
    let page = app.fresh_client();
    page.sign_in(SOD).await;
    let (_, html) = page.get_text("/konsultationer").await;
    let form = html.split("id=\"c-admin\"").nth(1).expect("asking select");
    let form = form.split("</select>").next().unwrap_or("");
    assert!(form.contains(&format!("value=\"{sod}\"")), "{form}");
    assert!(!form.contains(&format!("value=\"{rik}\"")), "{form}");
    let advisor = html
        .split("id=\"c-advisor\"")
        .nth(1)
        .expect("advisor select");
    let advisor = advisor.split("</select>").next().unwrap_or("");
    assert!(advisor.contains(&format!("value=\"{sof}\"")), "{advisor}");
    assert!(!advisor.contains(&format!("value=\"{sod}\"")), "{advisor}");
});

fn varn_cli(url: &str) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_varn"));
    cmd.env_remove("VARN_DATABASE_URL")
        .env("VARN_LOG", "warn")
        .args(["--database-url", url]);
    cmd
}

/// The warning hours are the municipality's configuration: `varn reminders --now` with
/// `first_contact_warning_hours = [8, 20]` warns at 8 and 20 hours and at the deadline, each
/// once, and never at the default 16 or 22; a setting that cannot work is refused at start,
/// naming the key.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn configured_warning_hours_warn_at_their_moments_once_each() {
    for backend in BACKENDS {
        let test_db = TestDb::new(backend).await;
        varn::demo::load(&test_db.db).await.expect("demo");
        let sod: i64 = sqlx::query_scalar("SELECT id FROM administrations WHERE code = 'SOD'")
            .fetch_one(test_db.db.pool())
            .await
            .expect("sod");
        let request: i64 = {
            let mut tx = test_db.db.begin_write().await.expect("tx");
            let id = sqlx::query_scalar(
                "INSERT INTO first_contact_requests (administration_id, reference, received_at, deadline_at, channel, created_by, created_at) \
                 VALUES ($1, '24H-2020-9001', '2020-01-10T08:00:00Z', '2020-01-11T08:00:00Z', 'phone', 'test', '2020-01-10T08:00:00Z') RETURNING id",
            )
            .bind(sod)
            .fetch_one(&mut *tx)
            .await
            .expect("request");
            tx.commit().await.expect("commit");
            id
        };
        let (port, inbox) = smtp_server().await;
        let kinds = || async {
            let k: Vec<String> = sqlx::query_scalar(
                "SELECT kind FROM first_contact_warnings WHERE request_id = $1 ORDER BY due_at",
            )
            .bind(request)
            .fetch_all(test_db.db.pool())
            .await
            .expect("kinds");
            k
        };
        // `--now` is UTC, as the stored times are.
        for (now, expected) in [
            ("2020-01-10T15:59", vec![]),
            ("2020-01-10T16:00", vec!["h8"]),
            ("2020-01-10T16:00", vec!["h8"]),
            ("2020-01-11T03:59", vec!["h8"]),
            ("2020-01-11T04:00", vec!["h8", "h20"]),
            ("2020-01-11T08:00", vec!["h8", "h20", "deadline"]),
            ("2020-01-11T09:00", vec!["h8", "h20", "deadline"]),
        ] {
            let mut cmd = varn_cli(&test_db.url);
            cmd.env("VARN_SMTP_URL", format!("smtp://127.0.0.1:{port}"))
                .env("VARN_FIRST_CONTACT_WARNING_HOURS", "[8, 20]")
                .args(["reminders", "--now", now]);
            let out = tokio::task::spawn_blocking(move || cmd.output().expect("run"))
                .await
                .expect("join");
            assert!(
                out.status.success(),
                "{backend:?} {now}: {}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            assert_eq!(kinds().await, expected, "{backend:?} at {now}");
        }
        let mails: Vec<_> = inbox
            .lock()
            .expect("inbox")
            .iter()
            .filter(|m| m.data.contains("24H-2020-9001"))
            .cloned()
            .collect();
        assert_eq!(mails.len(), 3, "{backend:?}");
        assert!(
            mails[0].data.contains("8 timmar har g"),
            "{}",
            mails[0].data
        );

        for (hours, why) in [
            ("[20, 8]", "decreasing"),
            ("[8, 24]", "past the deadline"),
            ("[]", "empty"),
            ("[8, 8]", "repeated"),
        ] {
            let out = varn_cli(&test_db.url)
                .env("VARN_FIRST_CONTACT_WARNING_HOURS", hours)
                .args(["reminders", "--now", "2020-01-11T10:00"])
                .output()
                .expect("run");
            assert!(!out.status.success(), "{why}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains("first_contact_warning_hours"), "{why}: {err}");
            assert!(err.contains("Inställningen"), "{why}: {err}");
        }
        let out = varn_cli(&test_db.url)
            .env("VARN_SOCIAL_SERVICES", " ")
            .args(["reminders", "--now", "2020-01-11T10:00"])
            .output()
            .expect("run");
        assert!(String::from_utf8_lossy(&out.stderr).contains("social_services"));
        test_db.cleanup().await;
    }
}

/// Consultations of 2021 and 24-hour requests of 2021 with known times, straight into the
/// database (the demo's are of the last weeks).
async fn year_2021(app: &TestApp) {
    let sod = app.id_of("administrations", "SOD").await;
    let rik = app.id_of("administrations", "RIK").await;
    let sof = app.id_of("administrations", "SOF").await;
    let mut tx = app.db.begin_write().await.expect("tx");
    for (asking, kind, n) in [(sod, "leave", 5), (sod, "child", 1), (rik, "leave", 6)] {
        for _ in 0..n {
            sqlx::query(
                "INSERT INTO consultations (administration_id, advisor_administration_id, held_on, kind, advice, referrals, consent, created_by, created_at) \
                 VALUES ($1, $2, '2021-05-01', $3, 'Råd', 'police', 0, 'test', '2021-05-01T00:00:00Z')",
            )
            .bind(asking)
            .bind(sof)
            .bind(kind)
            .execute(&mut *tx)
            .await
            .expect("consultation");
        }
    }
    // Södermalm: first contact after 60, 120, 600 and 1,500 minutes; Rinkeby-Kista: 30.
    for (n, (admin, minutes)) in [(sod, 60), (sod, 120), (sod, 600), (sod, 1500), (rik, 30)]
        .into_iter()
        .enumerate()
    {
        let received = at(&format!("2021-05-{:02}T08:00", n + 1));
        let contact = received + chrono::Duration::minutes(minutes);
        let fmt = |t: NaiveDateTime| t.format("%Y-%m-%dT%H:%M:%SZ").to_string();
        sqlx::query(
            "INSERT INTO first_contact_requests (administration_id, reference, received_at, deadline_at, channel, contact_at, contact_by, created_by, created_at) \
             VALUES ($1, $2, $3, $4, 'phone', $5, 'test', 'test', $3)",
        )
        .bind(admin)
        .bind(format!("24H-2021-{n}"))
        .bind(fmt(received))
        .bind(fmt(received + chrono::Duration::hours(24)))
        .bind(fmt(contact))
        .execute(&mut *tx)
        .await
        .expect("request");
    }
    tx.commit().await.expect("commit");
}

fn xlsx_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let table = varn::import::table::read(
        bytes,
        varn::import::table::Limits {
            rows: 1000,
            columns: 20,
            cells: 20_000,
        },
    )
    .expect("xlsx");
    table
        .rows
        .iter()
        .map(|r| r.cells().map(str::to_string).collect())
        .collect()
}

// The 24-hour report and the city's consultation figures as files: the figures in them,
// the city's suppressed for the central coordinator as on the page, each side's report
// holding only its own administrations, and others refused.
both_backends!(the_report_and_the_figures_download_as_files, |app| {
    year_2021(&app).await;
    let sod_name = "Södermalms stadsdelsförvaltning";
    let rik_name = "Rinkeby-Kista stadsdelsförvaltning";

    // Södermalm's coordinator: its own report, as CSV, XLSX, Word and PDF.
    let sod = app.fresh_client();
    sod.sign_in(SOD).await;
    let (status, html) = sod.get_text("/konsultationer/24h/rapport?ar=2021").await;
    assert_eq!(status, 200);
    assert!(
        html.contains("/konsultationer/24h/rapport.csv?ar=2021"),
        "{html}"
    );
    let r = sod.get("/konsultationer/24h/rapport.csv?ar=2021").await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap_or("")
        .starts_with("text/csv"));
    let csv = r.text().await.expect("csv");
    assert!(
        csv.contains(&format!(
            "{sod_name},2021,4,3,0,120,1500,2 h 0 min,25 h 0 min"
        )),
        "{csv}"
    );
    assert!(
        !csv.contains(rik_name),
        "another administration's report: {csv}"
    );
    let r = sod.get("/konsultationer/24h/rapport.xlsx?ar=2021").await;
    assert_eq!(r.status().as_u16(), 200);
    let rows = xlsx_rows(&r.bytes().await.expect("bytes"));
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(
        rows[0][..7],
        [sod_name, "2021", "4", "3", "0", "120", "1500"]
    );
    let r = sod.get("/konsultationer/24h/rapport.docx?ar=2021").await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.bytes().await.expect("bytes").starts_with(b"PK"));
    let r = sod.get("/konsultationer/24h/rapport.pdf?ar=2021").await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.bytes().await.expect("bytes").starts_with(b"%PDF"));
    // A district's coordinator has no city figures.
    assert_eq!(
        sod.get("/konsultationer/stad.csv?ar=2021")
            .await
            .status()
            .as_u16(),
        403
    );
    let token = app.token(SOD).await;
    let r = app
        .api(
            Method::GET,
            "/api/v1/consultations/city/file?year=2021&format=csv",
            &token,
        )
        .send()
        .await
        .expect("api");
    assert_eq!(r.status().as_u16(), 403);

    // The central coordinator: the whole city's report, and the figures suppressed exactly
    // as the page and the API show them.
    let central = app.token(CENTRAL).await;
    let r = app
        .api(
            Method::GET,
            "/api/v1/first-contact-requests/report/file?year=2021&format=csv",
            &central,
        )
        .send()
        .await
        .expect("api");
    assert_eq!(r.status().as_u16(), 200);
    let csv = r.text().await.expect("csv");
    assert!(
        csv.contains(sod_name) && csv.contains(&format!("{rik_name},2021,1,1,0,30,30")),
        "{csv}"
    );
    let (_, city) = call(
        &app,
        Method::GET,
        "/api/v1/consultations/city?year=2021",
        &central,
        json!(null),
    )
    .await;
    let desk = app.fresh_client();
    desk.sign_in(CENTRAL).await;
    let (_, html) = desk.get_text("/konsultationer/stad?ar=2021").await;
    assert!(html.contains("/konsultationer/stad.xlsx?ar=2021"), "{html}");
    let r = desk.get("/konsultationer/stad.csv?ar=2021").await;
    assert_eq!(r.status().as_u16(), 200);
    let csv = r.text().await.expect("csv");
    let columns: Vec<String> = city["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .map(|c| c.as_str().unwrap_or("").to_string())
        .collect();
    let mut checked = 0;
    for row in city["rows"].as_array().expect("rows") {
        let admin = row["administration"].as_str().unwrap_or("");
        for (label, cell) in columns.iter().zip(row["cells"].as_array().expect("cells")) {
            let shown = match cell["kind"].as_str() {
                Some("shown") => cell["value"].to_string(),
                _ => "–".to_string(),
            };
            let line = format!("{admin},2021,Slag av oro,{label},{shown}");
            assert!(csv.contains(&line), "{line} missing in {csv}");
            checked += 1;
        }
    }
    assert!(checked >= 12, "{city}");
    // Södermalm's single "child" consultation is hidden, in the file as on the page.
    let child = format!("{sod_name},2021,Slag av oro,Barn som växer upp i en extremistmiljö,");
    let line = csv
        .lines()
        .find(|l| l.starts_with(&child))
        .expect("child line");
    assert!(line.ends_with('–'), "{line}");
    let r = desk.get("/konsultationer/stad.xlsx?ar=2021").await;
    assert_eq!(r.status().as_u16(), 200);
    let rows = xlsx_rows(&r.bytes().await.expect("bytes"));
    let row = rows
        .iter()
        .find(|r| r[0] == sod_name && r[3] == "Barn som växer upp i en extremistmiljö")
        .expect("row");
    assert_eq!(row[4], "–");
    // A format the figures do not come in is refused naming the field.
    let (status, body) = call(
        &app,
        Method::GET,
        "/api/v1/consultations/city/file?year=2021&format=pdf",
        &central,
        json!(null),
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.to_string().contains("Format"), "{body}");
    // Readers of the whole city get the figures too; an employee gets neither.
    let reader = app.token("ledning@demo.example").await;
    let r = app
        .api(
            Method::GET,
            "/api/v1/consultations/city/file?year=2021&format=xlsx",
            &reader,
        )
        .send()
        .await
        .expect("api");
    assert_eq!(r.status().as_u16(), 200);
    let employee = app.fresh_client();
    employee.sign_in("medarbetare.sodermalm@demo.example").await;
    assert_eq!(
        employee
            .get("/konsultationer/24h/rapport.pdf?ar=2021")
            .await
            .status()
            .as_u16(),
        403
    );
    let exports: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND record_type IN ('consultation', 'first_contact_request')")
        .fetch_one(app.db.pool())
        .await
        .expect("audit");
    assert!(exports >= 7, "{exports}");
});

// Issue 16's "done when": the 24-hour report and the consultation figures reach a plan's
// follow-up (the measures the plans read through the capability registry) and the city's
// desk, for the year asked.
both_backends!(the_figures_reach_the_plans_and_the_city, |app| {
    year_2021(&app).await;
    let sod = app.id_of("administrations", "SOD").await;
    let sof = app.id_of("administrations", "SOF").await;
    let caps = varn::app::CAPABILITIES;
    let offered = varn::web::capability::measures(
        caps,
        &app.db,
        varn::kernel::ids::AdministrationId::new(sod),
    )
    .await
    .expect("measures");
    for reference in [
        "consultations/requests",
        "consultations/requests:met",
        "consultations/consultations",
        "consultations/consultations:advised",
    ] {
        assert!(
            offered.iter().any(|m| m.reference == reference),
            "{reference}"
        );
    }
    let period = varn::web::capability::Period {
        from: "2021-01-01",
        to: "2021-12-31",
    };
    let value = |admin: i64, reference: &'static str| {
        let db = app.db.clone();
        async move {
            varn::web::capability::measure_value(
                caps,
                &db,
                varn::kernel::ids::AdministrationId::new(admin),
                reference,
                period,
            )
            .await
            .expect("value")
            .and_then(|v| v.value)
        }
    };
    assert_eq!(value(sod, "consultations/requests").await, Some(4));
    assert_eq!(value(sod, "consultations/requests:met").await, Some(3));
    assert_eq!(value(sod, "consultations/consultations").await, Some(6));
    assert_eq!(
        value(sof, "consultations/consultations:advised").await,
        Some(12)
    );

    let desk = app.fresh_client();
    desk.sign_in(CENTRAL).await;
    let (status, html) = desk.get_text("/stad?ar=2021").await;
    assert_eq!(status, 200);
    assert!(html.contains("24-timmarsrutinen 2021"), "{html}");
    assert!(html.contains("Ärendekonsultationer 2021"), "{html}");
    // Södermalm's column: more than three requests, so the times are shown.
    assert!(
        html.contains("Median 2 h 0 min, längst 25 h 0 min"),
        "{html}"
    );
});
