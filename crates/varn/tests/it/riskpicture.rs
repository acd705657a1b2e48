//! The elevated risk picture over HTTP on both databases: the central coordinator declares
//! it (no area, a future date and a name in the reason refused, naming the field), the
//! coordinators concerned are e-mailed once each and see it on their start page, another
//! administration's coordinator gets 404 as for a missing one, measures from outside the
//! area, before the declaration and after the lifting are refused, the central coordinator
//! follows who has reported nothing, the desk shows it, the lifting is refused before the
//! declaration and a second time, the whole episode is a Word and a PDF document, all of it
//! audited; failed e-mail is shown and retried; two processes send each notice once.

use chrono::NaiveDateTime;
use reqwest::Method;
use serde_json::json;

use crate::common::smtp::smtp_server;
use crate::common::{call, spawn_app_with, TestApp, TestDb, BACKENDS};

const CENTRAL: &str = "central@demo.example";
const SOD: &str = "samordnare.sodermalm@demo.example";
const SOCIAL: &str = "samordnare.social@demo.example";
const FARSTA: &str = "samordnare.farsta@demo.example";
const CITY_READER: &str = "ledning@demo.example";

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

fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

async fn audited(app: &TestApp, action: &str, record: &str, id: i64) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = $1 AND record_type = $2 AND record_id = $3",
    )
    .bind(action)
    .bind(record)
    .bind(id.to_string())
    .fetch_one(app.db.pool())
    .await
    .expect("audit")
}

/// Declares for Södermalm and the social services, as the central coordinator.
async fn declare(app: &TestApp, central: &str) -> i64 {
    let sod = app.id_of("administrations", "SOD").await;
    let sof = app.id_of("administrations", "SOF").await;
    let (status, body) = call(
        app,
        Method::POST,
        "/api/v1/risk-pictures",
        central,
        json!({"administration_ids": [sod, sof], "declared_on": "2026-03-02",
               "reason": "Polisen rapporterar rekrytering till en våldsbejakande miljö vid skolor i området."}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    body["id"].as_i64().expect("id")
}

both_backends!(declared_reported_followed_and_lifted, |app| {
    let sod = app.id_of("administrations", "SOD").await;
    let far = app.id_of("administrations", "FAR").await;
    let central = app.token(CENTRAL).await;
    let sod_token = app.token(SOD).await;

    // No area, a future date and a name in the reason: each refused naming its field.
    let (status, body) = call(
        &app,
        Method::POST,
        "/api/v1/risk-pictures",
        &central,
        json!({"declared_on": "2099-01-01", "reason": "Anna Lindqvist rekryterar unga."}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let text = body.to_string();
    assert!(text.contains("Område"), "{text}");
    assert!(text.contains("Gäller från"), "{text}");
    assert!(text.contains("Skäl"), "{text}");
    assert!(
        !text.contains("Lindqvist"),
        "the refusal repeats the name: {text}"
    );
    // Only the central coordinator declares.
    let (status, _) = call(
        &app,
        Method::POST,
        "/api/v1/risk-pictures",
        &sod_token,
        json!({"administration_ids": [sod], "declared_on": "2026-03-02", "reason": "Oro."}),
    )
    .await;
    assert_eq!(status, 403);

    let id = declare(&app, &central).await;
    assert_eq!(audited(&app, "create", "risk_episode", id).await, 1);

    // No mailer in this app: the notices wait, shown as not delivered; the tick sends each
    // once, without the reason.
    let (port, inbox) = smtp_server().await;
    let m = mailer(port);
    let first =
        varn::riskpicture::notify::run(&app.db, Some(&m), "https://varn.example.se", None, now())
            .await
            .expect("tick");
    assert_eq!((first.sent, first.failed), (2, 0), "{first:?}");
    let again =
        varn::riskpicture::notify::run(&app.db, Some(&m), "https://varn.example.se", None, now())
            .await
            .expect("tick again");
    assert_eq!(again, Default::default());
    {
        let mails = inbox.lock().expect("inbox").clone();
        assert_eq!(mails.len(), 2);
        let to: Vec<String> = mails.iter().flat_map(|m| m.to.clone()).collect();
        assert!(to.contains(&SOD.to_string()), "{to:?}");
        assert!(to.contains(&SOCIAL.to_string()), "{to:?}");
        let body = crate::common::smtp::decoded(&mails[0].data);
        assert!(body.contains(&format!("/riskbild/{id}")), "{body}");
        assert!(
            !body.contains("rekrytering"),
            "the mail gives the reason away: {body}"
        );
    }

    // The district's coordinator sees it on the start page.
    let page = app.fresh_client();
    page.sign_in(SOD).await;
    let (_, html) = page.get_text("/start").await;
    assert!(html.contains("Förhöjd riskbild sedan 2026-03-02"), "{html}");

    // Farsta's coordinator learns nothing of it; a reader of the whole city reads it.
    let farsta = app.token(FARSTA).await;
    for path in [
        format!("/api/v1/risk-pictures/{id}"),
        format!("/api/v1/risk-pictures/{id}/document.pdf"),
    ] {
        let (status, _) = call(&app, Method::GET, &path, &farsta, json!(null)).await;
        assert_eq!(status, 404, "{path}");
    }
    let (status, _) = call(
        &app,
        Method::POST,
        &format!("/api/v1/risk-pictures/{id}/measures"),
        &farsta,
        json!({"administration_id": far, "kind": "local_presence", "taken_on": "2026-03-03", "responsible": "Fältassistenterna"}),
    )
    .await;
    assert_eq!(status, 404);
    let (_, list) = call(
        &app,
        Method::GET,
        "/api/v1/risk-pictures",
        &farsta,
        json!(null),
    )
    .await;
    assert!(list.as_array().expect("list").iter().all(|e| e["id"] != id));
    let far_page = app.fresh_client();
    far_page.sign_in(FARSTA).await;
    let (status, _) = far_page.get_text(&format!("/riskbild/{id}")).await;
    assert_eq!(status, 404);
    let reader = app.token(CITY_READER).await;
    let (status, _) = call(
        &app,
        Method::GET,
        &format!("/api/v1/risk-pictures/{id}"),
        &reader,
        json!(null),
    )
    .await;
    assert_eq!(status, 200);

    // Measures: from outside the area, with a name as "who", before the declaration.
    let measure = |body: serde_json::Value| {
        let app = &app;
        let token = sod_token.clone();
        async move {
            call(
                app,
                Method::POST,
                &format!("/api/v1/risk-pictures/{id}/measures"),
                &token,
                body,
            )
            .await
        }
    };
    let (status, body) = measure(json!({"administration_id": far, "kind": "local_presence", "taken_on": "2026-03-03", "responsible": "Fältassistenterna"})).await;
    assert_eq!(status, 422);
    assert!(body.to_string().contains("Förvaltning"), "{body}");
    assert!(body.to_string().contains("omfattas inte"), "{body}");
    let (status, body) = measure(json!({"administration_id": sod, "kind": "local_presence", "taken_on": "2026-03-01", "responsible": "Erik Johansson"})).await;
    assert_eq!(status, 422);
    let text = body.to_string();
    assert!(text.contains("Datum"), "{text}");
    assert!(text.contains("Vem"), "{text}");
    assert!(!text.contains("Johansson"), "{text}");
    let (status, body) = measure(json!({"kind": "local_presence", "taken_on": "2026-03-03", "responsible": "Fältassistenterna",
        "description": "Förstärkt kvällsnärvaro vid centrum."})).await;
    assert_eq!(status, 201, "{body}");
    let measure_id = body["id"].as_i64().expect("measure");
    assert_eq!(audited(&app, "create", "risk_measure", measure_id).await, 1);

    // The central coordinator follows who has reported nothing.
    let (status, detail) = call(
        &app,
        Method::GET,
        &format!("/api/v1/risk-pictures/{id}"),
        &central,
        json!(null),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(detail["measures"].as_array().expect("measures").len(), 1);
    assert_eq!(
        detail["not_reported"],
        json!(["Socialförvaltningen"]),
        "{detail}"
    );
    assert!(audited(&app, "read", "risk_episode", id).await >= 1);
    let desk = app.fresh_client();
    desk.sign_in(CENTRAL).await;
    let (status, html) = desk.get_text(&format!("/riskbild/{id}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Har inte rapporterat"), "{html}");
    assert!(html.contains("Fältassistenterna"), "{html}");
    let (status, html) = desk.get_text("/stad?ar=2026").await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Gäller sedan 2026-03-02: 1 åtgärder"),
        "{html}"
    );
    assert!(html.contains("inga åtgärder rapporterade"), "{html}");

    // The lifting: not before the declaration, not with a name, once.
    let lift = |body: serde_json::Value| {
        let app = &app;
        let token = central.clone();
        async move {
            call(
                app,
                Method::POST,
                &format!("/api/v1/risk-pictures/{id}/lift"),
                &token,
                body,
            )
            .await
        }
    };
    let (status, body) =
        lift(json!({"lifted_on": "2026-03-01", "reason": "Läget är normalt."})).await;
    assert_eq!(status, 422);
    assert!(body.to_string().contains("Hävd den"), "{body}");
    let (status, body) = lift(
        json!({"lifted_on": "2026-03-20", "reason": "Enligt Anna Lindqvist är läget normalt."}),
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.to_string().contains("Skäl för hävandet"), "{body}");
    let (status, _) = lift(
        json!({"lifted_on": "2026-03-20", "reason": "Polisens bedömning är att läget är normalt."}),
    )
    .await;
    assert_eq!(status, 204);
    let (status, body) = lift(json!({"lifted_on": "2026-03-21", "reason": "Igen."})).await;
    assert_eq!(status, 422);
    assert!(body.to_string().contains("Hävd den"), "{body}");
    assert!(body.to_string().contains("redan hävd"), "{body}");
    assert_eq!(audited(&app, "end", "risk_episode", id).await, 1);

    // No measure after the lifting; no more on the start page; the lifting is mailed.
    let (status, body) = measure(json!({"kind": "local_presence", "taken_on": "2026-03-21", "responsible": "Fältassistenterna"})).await;
    assert_eq!(status, 422);
    assert!(body.to_string().contains("Datum"), "{body}");
    assert!(body.to_string().contains("hävdes"), "{body}");
    let (_, html) = page.get_text("/start").await;
    assert!(
        !html.contains("Förhöjd riskbild sedan 2026-03-02"),
        "{html}"
    );
    let lifted =
        varn::riskpicture::notify::run(&app.db, Some(&m), "https://varn.example.se", None, now())
            .await
            .expect("tick");
    assert_eq!(lifted.sent, 2);

    // The whole episode as Word and PDF, audited as exports.
    let r = app
        .api(
            Method::GET,
            &format!("/api/v1/risk-pictures/{id}/document.docx"),
            &central,
        )
        .send()
        .await
        .expect("docx");
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.bytes().await.expect("bytes").starts_with(b"PK"));
    let r = desk.get(&format!("/riskbild/{id}/riskbild.pdf")).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.bytes().await.expect("bytes").starts_with(b"%PDF"));
    assert_eq!(audited(&app, "export", "risk_episode", id).await, 2);
});

both_backends!(failed_mail_is_shown_and_retried, |app| {
    let central = app.token(CENTRAL).await;
    let id = declare(&app, &central).await;
    let broken = mailer(dead_port().await);
    let failed =
        varn::riskpicture::notify::run(&app.db, Some(&broken), "https://v.example", None, now())
            .await
            .expect("tick");
    assert_eq!((failed.sent, failed.failed), (0, 2), "{failed:?}");
    let page = app.fresh_client();
    page.sign_in(CENTRAL).await;
    let (status, html) = page.get_text(&format!("/riskbild/{id}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Inte levererad"), "{html}");
    assert!(html.contains("försök: 1"), "{html}");

    let (port, inbox) = smtp_server().await;
    let ok = varn::riskpicture::notify::run(
        &app.db,
        Some(&mailer(port)),
        "https://v.example",
        None,
        now(),
    )
    .await
    .expect("tick");
    assert_eq!((ok.sent, ok.failed), (2, 0), "{ok:?}");
    assert_eq!(inbox.lock().expect("inbox").len(), 2);
    let (_, html) = page.get_text(&format!("/riskbild/{id}")).await;
    assert!(!html.contains("Inte levererad"), "{html}");

    // The whole city: every administration is concerned, Farsta's coordinator reads it.
    let (status, body) = call(
        &app,
        Method::POST,
        "/api/v1/risk-pictures",
        &central,
        json!({"citywide": true, "declared_on": "2026-04-01", "reason": "Hot mot stadens verksamheter efter en händelse."}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let city = body["id"].as_i64().expect("id");
    let farsta = app.token(FARSTA).await;
    let (status, detail) = call(
        &app,
        Method::GET,
        &format!("/api/v1/risk-pictures/{city}"),
        &farsta,
        json!(null),
    )
    .await;
    assert_eq!(status, 200);
    assert!(detail["episode"]["citywide"].as_bool().unwrap_or(false));
    assert!(detail["standing"].as_array().expect("standing").len() > 10);
});

/// With a mailer configured, the declaration is mailed at once; a tick after it sends
/// nothing more. Two server processes (two pools on one database) sending at the same
/// moment send each notice once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn mailed_at_declaration_and_once_across_processes() {
    for backend in BACKENDS {
        let (port, inbox) = smtp_server().await;
        let mut app = spawn_app_with(backend, |c| {
            c.smtp_url = varn::config::Secret::new(format!("smtp://127.0.0.1:{port}"));
            c.mail_from = "Värn <varn@demo.example>".into();
        })
        .await;
        let test_db = app.test_db.take();
        let central = app.token(CENTRAL).await;
        declare(&app, &central).await;
        assert_eq!(inbox.lock().expect("inbox").len(), 2, "{backend:?}");
        let m = mailer(port);
        let after =
            varn::riskpicture::notify::run(&app.db, Some(&m), "https://v.example", None, now())
                .await
                .expect("tick");
        assert_eq!(after, Default::default(), "{backend:?}");

        // Undelivered notices of a citywide episode stored directly, then two processes.
        let test_db: TestDb = test_db.expect("db");
        let episode: varn::riskpicture::domain::RiskpictureEpisodeId = {
            let mut tx = test_db.db.begin_write().await.expect("tx");
            let id: varn::riskpicture::domain::RiskpictureEpisodeId = sqlx::query_scalar(
                "INSERT INTO risk_episodes (citywide, declared_on, reason, declared_by, created_at) \
                 VALUES (1, '2026-05-01', 'Test', 'test', '2026-05-01T08:00:00Z') RETURNING id",
            )
            .fetch_one(&mut *tx)
            .await
            .expect("episode");
            for code in ["SOD", "RIK", "SPT", "ALV", "FAR"] {
                sqlx::query(
                    "INSERT INTO risk_episode_administrations (episode_id, administration_id) SELECT $1, id FROM administrations WHERE code = $2",
                )
                .bind(id)
                .bind(code)
                .execute(&mut *tx)
                .await
                .expect("link");
                sqlx::query(
                    "INSERT INTO risk_notices (episode_id, administration_id, kind, created_at) SELECT $1, id, 'declared', '2026-05-01T08:00:00Z' FROM administrations WHERE code = $2",
                )
                .bind(id)
                .bind(code)
                .execute(&mut *tx)
                .await
                .expect("notice");
            }
            tx.commit().await.expect("commit");
            id
        };
        let other = varn::db::Db::connect(&test_db.url)
            .await
            .expect("second pool");
        let before = inbox.lock().expect("inbox").len();
        let at = now();
        let (a, b) = tokio::join!(
            varn::riskpicture::notify::run(
                &test_db.db,
                Some(&m),
                "https://v.example",
                Some(episode),
                at
            ),
            varn::riskpicture::notify::run(
                &other,
                Some(&m),
                "https://v.example",
                Some(episode),
                at
            ),
        );
        let (a, b) = (a.expect("first"), b.expect("second"));
        assert_eq!(a.sent + b.sent, 5, "{backend:?}: {a:?} {b:?}");
        assert_eq!(
            inbox.lock().expect("inbox").len() - before,
            5,
            "{backend:?}"
        );
        other.close().await;
        test_db.cleanup().await;
    }
}

on_both!(a_measure_never_slips_in_after_the_lifting, |db| {
    use varn::audit::Actor;
    use varn::kernel::text::Guarded;
    use varn::riskpicture::domain::MeasureKind;
    use varn::riskpicture::store;
    varn::demo::load(db).await.expect("demo");
    let sod: varn::kernel::ids::AdministrationId =
        sqlx::query_scalar("SELECT id FROM administrations WHERE code = 'SOD'")
            .fetch_one(db.pool())
            .await
            .expect("sod");
    let guard = varn_pii::Guard::default();
    let text = |t: &str| Guarded::check(&guard, "t", t).expect("clean");
    let actor = Actor::system("test");
    let id = store::declare(
        db,
        &actor,
        &store::NewEpisode {
            citywide: false,
            declared_on: "2026-02-01".into(),
            reason: text("Oro i området."),
            administrations: vec![sod],
        },
    )
    .await
    .expect("declare");
    let e = store::episode(db, id).await.expect("episode");
    assert_eq!(e.administration_ids, vec![sod]);
    assert_eq!(store::notices(db, id).await.expect("notices").len(), 1);
    let m = store::NewMeasure {
        episode_id: id,
        administration_id: sod,
        kind: MeasureKind::SchoolInformation,
        taken_on: "2026-02-02".into(),
        responsible: text("Rektorerna"),
        description: Guarded::empty(),
    };
    assert!(store::add_measure(db, &actor, &m)
        .await
        .expect("measure")
        .is_some());
    assert!(
        store::lift(db, &actor, &e, "2026-02-10", &text("Normalt läge."))
            .await
            .expect("lift")
    );
    // A second lifting of the same episode changes nothing.
    assert!(!store::lift(db, &actor, &e, "2026-02-11", &text("Igen."))
        .await
        .expect("lift again"));
    assert!(store::add_measure(db, &actor, &m)
        .await
        .expect("late")
        .is_none());
    assert_eq!(store::measures(db, id).await.expect("measures").len(), 1);
    let e = store::episode(db, id).await.expect("episode");
    assert_eq!(e.lifted_on.as_deref(), Some("2026-02-10"));
    assert_eq!(store::notices(db, id).await.expect("notices").len(), 2);
    // The demo's episode of last year is lifted and has measures.
    let all = store::episodes(db, &varn::kernel::scope::Scope::All)
        .await
        .expect("episodes");
    let demo = all.iter().find(|x| x.id != id).expect("demo episode");
    assert!(demo.lifted_on.is_some());
    assert!(!store::measures(db, demo.id)
        .await
        .expect("demo measures")
        .is_empty());
});

// A measure changed and removed by the administration that reported it while the state is
// in force (audited, text past the guard, another administration's measure answering as a
// missing one), refused after the lifting naming the field; every measure as CSV for the
// central coordinator's follow-up.
both_backends!(measures_are_changed_removed_and_exported, |app| {
    let central = app.token(CENTRAL).await;
    let sod_token = app.token(SOD).await;
    let social = app.token(SOCIAL).await;
    let id = declare(&app, &central).await;
    let add = |token: String, who: &'static str| {
        let app = &app;
        async move {
            let (status, body) = call(
                app,
                Method::POST,
                &format!("/api/v1/risk-pictures/{id}/measures"),
                &token,
                json!({"kind": "school_information", "taken_on": "2026-03-03", "responsible": who,
                       "description": "Riktad information till skolorna i området."}),
            )
            .await;
            assert_eq!(status, 201, "{body}");
            body["id"].as_i64().expect("id")
        }
    };
    let a = add(sod_token.clone(), "Rektorerna").await;
    let b = add(social.clone(), "Socialförvaltningens samordnare").await;
    let path = |m: i64| format!("/api/v1/risk-pictures/{id}/measures/{m}");

    // A name or a phone number is refused naming the field; nothing changes.
    let (status, body) = call(&app, Method::PUT, &path(a), &sod_token,
        json!({"kind": "school_information", "taken_on": "2026-03-03", "responsible": "Anna Lindqvist",
               "description": "Ring 070-174 06 55."})).await;
    assert_eq!(status, 422, "{body}");
    let text = body.to_string();
    assert!(
        text.contains("Vem (roll eller enhet)") && text.contains("Beskrivning"),
        "{text}"
    );
    assert!(!text.contains("Lindqvist"), "{text}");
    // Another administration's measure is missing to it; the central coordinator has no
    // such route.
    let (status, _) = call(&app, Method::PUT, &path(b), &sod_token,
        json!({"kind": "other", "taken_on": "2026-03-03", "responsible": "Fältassistenterna", "description": "Ändrat"})).await;
    assert_eq!(status, 404);
    let (status, _) = call(&app, Method::DELETE, &path(a), &social, json!(null)).await;
    assert_eq!(status, 404);
    let (status, _) = call(&app, Method::DELETE, &path(a), &central, json!(null)).await;
    assert_eq!(status, 403);
    // The reporting administration changes its own.
    let (status, body) = call(&app, Method::PUT, &path(a), &sod_token,
        json!({"kind": "parent_information", "taken_on": "2026-03-04", "responsible": "Fältassistenterna",
               "description": "Föräldramöte om propaganda i sociala medier."})).await;
    assert_eq!(status, 204, "{body}");
    assert_eq!(audited(&app, "update", "risk_measure", a).await, 1);
    let (_, detail) = call(
        &app,
        Method::GET,
        &format!("/api/v1/risk-pictures/{id}"),
        &central,
        json!(null),
    )
    .await;
    let changed = detail["measures"]
        .as_array()
        .expect("measures")
        .iter()
        .find(|m| m["id"] == a)
        .expect("a")
        .clone();
    assert_eq!(changed["responsible"], "Fältassistenterna");
    assert_eq!(changed["kind"], "parent_information");
    assert_eq!(changed["taken_on"], "2026-03-04");

    // The page: an edit link for one's own measures only; a date before the declaration is
    // refused naming the field, keeping what was typed.
    let page = app.fresh_client();
    page.sign_in(SOD).await;
    let (_, html) = page.get_text(&format!("/riskbild/{id}")).await;
    assert!(
        html.contains(&format!("/riskbild/{id}/atgarder/{a}")),
        "{html}"
    );
    assert!(
        !html.contains(&format!("/riskbild/{id}/atgarder/{b}")),
        "{html}"
    );
    let (status, _) = page.get_text(&format!("/riskbild/{id}/atgarder/{a}")).await;
    assert_eq!(status, 200);
    let r = page
        .post_with_csrf(
            &format!("/riskbild/{id}/atgarder/{a}"),
            &[
                ("kind", "parent_information"),
                ("taken_on", "2026-02-01"),
                ("responsible", "Fritidsgårdarna"),
                ("description", ""),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.expect("html");
    assert!(
        html.contains("Datum") && html.contains("Fritidsgårdarna"),
        "{html}"
    );

    // Every measure as CSV for the follow-up, audited as an export.
    let desk = app.fresh_client();
    desk.sign_in(CENTRAL).await;
    let (_, html) = desk.get_text(&format!("/riskbild/{id}")).await;
    assert!(
        html.contains(&format!("/riskbild/{id}/atgarder.csv")),
        "{html}"
    );
    let r = desk.get(&format!("/riskbild/{id}/atgarder.csv")).await;
    assert_eq!(r.status().as_u16(), 200);
    let csv = r.text().await.expect("csv");
    assert!(
        csv.contains("Södermalms stadsdelsförvaltning,Information till föräldrar och anhöriga,2026-03-04,Fältassistenterna,Föräldramöte om propaganda i sociala medier."),
        "{csv}"
    );
    assert!(
        csv.contains("Socialförvaltningen,") && csv.contains("Socialförvaltningens samordnare"),
        "{csv}"
    );
    let r = app
        .api(
            Method::GET,
            &format!("/api/v1/risk-pictures/{id}/measures.csv"),
            &central,
        )
        .send()
        .await
        .expect("api");
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(audited(&app, "export", "risk_episode", id).await, 2);
    let farsta = app.token(FARSTA).await;
    let r = app
        .api(
            Method::GET,
            &format!("/api/v1/risk-pictures/{id}/measures.csv"),
            &farsta,
        )
        .send()
        .await
        .expect("api");
    assert_eq!(r.status().as_u16(), 404);

    // Removed through the page, audited.
    let r = page
        .post_with_csrf(&format!("/riskbild/{id}/atgarder/{a}/ta-bort"), &[])
        .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(audited(&app, "delete", "risk_measure", a).await, 1);
    let (status, _) = call(&app, Method::DELETE, &path(a), &sod_token, json!(null)).await;
    assert_eq!(status, 404);

    // After the lifting the measures stay as they were.
    let c = add(sod_token.clone(), "Fritidsgårdarna").await;
    let (status, body) = call(
        &app,
        Method::POST,
        &format!("/api/v1/risk-pictures/{id}/lift"),
        &central,
        json!({"lifted_on": "2026-03-10", "reason": "Läget har lugnat sig enligt polisen."}),
    )
    .await;
    assert_eq!(status, 204, "{body}");
    let (status, body) = call(&app, Method::PUT, &path(c), &sod_token,
        json!({"kind": "other", "taken_on": "2026-03-05", "responsible": "Fritidsgårdarna", "description": "Ändrat"})).await;
    assert_eq!(status, 422, "{body}");
    assert!(
        body.to_string().contains("Rapporterad åtgärd") && body.to_string().contains("hävdes"),
        "{body}"
    );
    let (status, body) = call(&app, Method::DELETE, &path(c), &sod_token, json!(null)).await;
    assert_eq!(status, 422, "{body}");
    let (_, html) = page.get_text(&format!("/riskbild/{id}")).await;
    assert!(
        !html.contains(&format!("/riskbild/{id}/atgarder/{c}")),
        "{html}"
    );
    let (status, html) = page.get_text(&format!("/riskbild/{id}/atgarder/{c}")).await;
    assert_eq!(status, 200);
    assert!(!html.contains("ta-bort"), "{html}");
    assert_eq!(audited(&app, "update", "risk_measure", c).await, 0);
});
