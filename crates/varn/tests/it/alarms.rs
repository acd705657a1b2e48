//! Alarm chains over HTTP on both databases: chains kept in versions by the central
//! coordinator and coordinators, refused without steps or with a step without a contact;
//! an activation refused with a name in its description, then started with step 1 mailed
//! at once with a personal link; the clock (a controlled time) moving on to step 2 after the
//! wait, once; step 2 acknowledging through its link without an account; notes, the
//! closing with a summary, and no acknowledgement of a closed event (signed in or through
//! the link); the timeline as Word and PDF; failed e-mail shown and retried; and the
//! escalation happening once when two processes (two pools, two `varn reminders`) tick at
//! the same moment.

use std::sync::Mutex;

use chrono::{Duration, NaiveDateTime};
use reqwest::Method;
use serde_json::{json, Value};

use crate::common::smtp::{decoded, smtp_server, Received};
use crate::common::{call, spawn_app_with, TestApp, TestDb, BACKENDS};

const CENTRAL: &str = "central@demo.example";
const SOD: &str = "samordnare.sodermalm@demo.example";
const FARSTA: &str = "samordnare.farsta@demo.example";
const EMPLOYEE: &str = "medarbetare.sodermalm@demo.example";

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

fn stored(s: &str) -> NaiveDateTime {
    varn::kernel::time::parse_stored(s).expect("stored time")
}

fn two_steps() -> Value {
    json!([
        {"role": "social_emergency", "email": "jour@stad.example", "phone": "08-555 100 00",
         "contact": "Socialjouren, dygnet runt.", "wait_minutes": "10"},
        {"role": "official_on_duty", "email": "tib@stad.example", "wait_minutes": "10"}
    ])
}

/// The personal link's token in a mail.
fn token_in(data: &str) -> String {
    let text = decoded(data);
    let at = text.find("/larm/kvittera/").expect("link in mail") + "/larm/kvittera/".len();
    text[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

async fn with_smtp(backend: varn::db::Backend, port: u16) -> TestApp {
    spawn_app_with(backend, |c| {
        c.smtp_url = varn::config::Secret::new(format!("smtp://127.0.0.1:{port}"));
        c.public_url = "https://varn.example.se".into();
    })
    .await
}

async fn run(
    app: &TestApp,
    m: &varn::mail::Mailer,
    now: NaiveDateTime,
) -> varn::alarms::clock::AlarmRun {
    varn::alarms::clock::run(&app.db, Some(m), "https://varn.example.se", now)
        .await
        .expect("tick")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chain_escalates_is_acknowledged_at_step_two_and_closed() {
    for backend in BACKENDS {
        let (port, inbox) = smtp_server().await;
        let mut app = with_smtp(backend, port).await;
        let db = app.test_db.take();
        let m = mailer(port);
        let central = app.token(CENTRAL).await;
        let sod_token = app.token(SOD).await;
        let sod = app.id_of("administrations", "SOD").await;
        let far = app.id_of("administrations", "FAR").await;

        bad_chains_are_refused(&app, &central, &sod_token, far).await;
        let chain = a_city_wide_chain(&app, &central).await;
        let event = an_employee_starts_it_without_a_name(&app, chain, sod, far).await;
        let started = step_one_is_mailed_at_once(&app, &inbox, backend, event, &sod_token).await;
        let token = the_chain_moves_on_once_after_the_wait(&app, &m, &inbox, started).await;
        a_new_version_leaves_the_event_alone(&app, chain, &central).await;
        let anonymous = app.fresh_client();
        step_two_acknowledges_through_its_link(&app, &anonymous, &m, &token, started).await;
        the_event_is_closed_with_a_summary_past_the_guard(&app, event, &sod_token).await;
        a_closed_event_takes_no_acknowledgement(&app, &anonymous, event, &token, &sod_token).await;
        the_timeline_holds_every_step(&app, backend, event, &sod_token).await;
        another_coordinator_does_not_learn_it_exists(&app, event).await;
        the_page_and_the_documents_show_the_timeline(&app, event, chain).await;
        reads_of_the_event_are_audited(&app).await;
        if let Some(db) = db {
            db.cleanup().await;
        }
    }
}

async fn bad_chains_are_refused(app: &TestApp, central: &str, sod_token: &str, far: i64) {
    // Bad chains: no steps; a step without a contact; a coordinator keeping another
    // administration's chain or a city-wide one.
    let (status, body) = call(
        app,
        Method::POST,
        "/api/v1/alarm-chains",
        central,
        json!({"name": "Tom kedja", "steps": []}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains("minst ett steg"), "{body}");
    let mut steps = two_steps();
    steps[1]["email"] = json!("");
    let (status, body) = call(
        app,
        Method::POST,
        "/api/v1/alarm-chains",
        central,
        json!({"name": "Kedja", "steps": steps}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains("Steg 2: E-post"), "{body}");
    let (status, _) = call(
        app,
        Method::POST,
        "/api/v1/alarm-chains",
        sod_token,
        json!({"name": "Kedja", "administration_id": far, "steps": two_steps()}),
    )
    .await;
    assert_eq!(status, 422);
    let (status, body) = call(
        app,
        Method::POST,
        "/api/v1/alarm-chains",
        sod_token,
        json!({"name": "Kedja", "steps": two_steps()}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains("Förvaltning"), "{body}");
}

async fn a_city_wide_chain(app: &TestApp, central: &str) -> i64 {
    let (status, body) = call(
        app,
        Method::POST,
        "/api/v1/alarm-chains",
        central,
        json!({"name": "Testkedja via Socialjouren", "steps": two_steps()}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    body["id"].as_i64().expect("chain")
}

async fn an_employee_starts_it_without_a_name(
    app: &TestApp,
    chain: i64,
    sod: i64,
    far: i64,
) -> i64 {
    // An employee of Södermalm starts it; a name in the description is refused.
    let employee = app.token(EMPLOYEE).await;
    let (status, body) = call(
        app,
        Method::POST,
        "/api/v1/alarm-events",
        &employee,
        json!({"chain_id": chain, "administration_id": sod,
                   "description": "Anna Lindqvist hotade personal vid fritidsgården."}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains("Kort beskrivning"), "{body}");
    assert!(!body.to_string().contains("Lindqvist"), "{body}");
    let (status, body) = call(
        app,
        Method::POST,
        "/api/v1/alarm-events",
        &employee,
        json!({"chain_id": chain, "administration_id": far, "description": "Hot mot personal."}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let (status, body) = call(
        app,
        Method::POST,
        "/api/v1/alarm-events",
        &employee,
        json!({"chain_id": chain, "administration_id": sod,
                   "description": "Hot mot personal vid en fritidsgård i stadsdelen."}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    body["id"].as_i64().expect("event")
}

async fn step_one_is_mailed_at_once(
    app: &TestApp,
    inbox: &Mutex<Vec<Received>>,
    backend: varn::db::Backend,
    event: i64,
    sod_token: &str,
) -> NaiveDateTime {
    // Step 1 was mailed at once, with a personal link.
    {
        let mails = inbox.lock().expect("inbox").clone();
        assert_eq!(mails.len(), 1, "{backend:?}");
        assert_eq!(mails[0].to, vec!["jour@stad.example".to_string()]);
        assert!(decoded(&mails[0].data).contains("https://varn.example.se/larm/kvittera/"));
    }
    let (status, detail) = call(
        app,
        Method::GET,
        &format!("/api/v1/alarm-events/{event}"),
        sod_token,
        json!(null),
    )
    .await;
    assert_eq!(status, 200, "{detail}");
    let started = stored(detail["event"]["started_at"].as_str().expect("started"));
    assert_eq!(detail["notifications"].as_array().expect("n").len(), 1);
    assert!(detail["notifications"][0]["delivered_at"].is_string());
    started
}

async fn the_chain_moves_on_once_after_the_wait(
    app: &TestApp,
    m: &varn::mail::Mailer,
    inbox: &Mutex<Vec<Received>>,
    started: NaiveDateTime,
) -> String {
    // The chain waits 10 minutes for step 1, then moves on once.
    assert_eq!(
        run(app, m, started + Duration::minutes(9)).await.notified,
        0
    );
    let moved = run(app, m, started + Duration::minutes(10)).await;
    assert_eq!((moved.notified, moved.sent), (1, 1), "{moved:?}");
    assert_eq!(
        run(app, m, started + Duration::minutes(10)).await,
        Default::default()
    );
    let token = {
        let mails = inbox.lock().expect("inbox").clone();
        assert_eq!(mails.len(), 2);
        assert_eq!(mails[1].to, vec!["tib@stad.example".to_string()]);
        token_in(&mails[1].data)
    };
    token
}

async fn a_new_version_leaves_the_event_alone(app: &TestApp, chain: i64, central: &str) {
    // A new version of the chain: the event keeps the one it started with.
    let mut three = two_steps();
    three.as_array_mut().expect("steps").push(json!({"role": "central_coordinator", "email": "central@stad.example", "wait_minutes": "5"}));
    let (status, body) = call(
        app,
        Method::POST,
        &format!("/api/v1/alarm-chains/{chain}/versions"),
        central,
        json!({"name": "Testkedja via Socialjouren", "steps": three}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["version"], 2);
}

async fn step_two_acknowledges_through_its_link(
    app: &TestApp,
    anonymous: &TestApp,
    m: &varn::mail::Mailer,
    token: &str,
    started: NaiveDateTime,
) {
    // Step 2 acknowledges through its link, without an account.
    let (status, view) = call(
        anonymous,
        Method::GET,
        &format!("/api/v1/alarm-links/{token}"),
        "",
        json!(null),
    )
    .await;
    assert_eq!(status, 200, "{view}");
    assert_eq!(view["step"]["position"], 2);
    let (status, _) = call(
        anonymous,
        Method::GET,
        "/api/v1/alarm-links/ingen-sadan-lank",
        "",
        json!(null),
    )
    .await;
    assert_eq!(status, 404);
    let (status, body) = call(
        anonymous,
        Method::POST,
        &format!("/api/v1/alarm-links/{token}/acknowledge"),
        "",
        json!({"text": "TiB har tagit emot larmet och kontaktar stadsdirektören."}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    // Acknowledged: no step 3, even long after (and the new version's third step is not its).
    assert_eq!(
        run(app, m, started + Duration::minutes(120)).await.notified,
        0
    );
}

async fn the_event_is_closed_with_a_summary_past_the_guard(
    app: &TestApp,
    event: i64,
    sod_token: &str,
) {
    let (status, _) = call(
        app,
        Method::POST,
        &format!("/api/v1/alarm-events/{event}/notes"),
        sod_token,
        json!({"text": "Krisstödet på plats vid fritidsgården."}),
    )
    .await;
    assert_eq!(status, 204);
    let (status, body) = call(
        app,
        Method::POST,
        &format!("/api/v1/alarm-events/{event}/close"),
        sod_token,
        json!({"text": "Avslutat. Ring Anna Lindqvist på 070-174 06 55 om uppföljningen."}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains("Sammanfattning"), "{body}");
    let (status, _) = call(
        app,
        Method::POST,
        &format!("/api/v1/alarm-events/{event}/close"),
        sod_token,
        json!({"text": "Händelsen hanterad; uppföljning på nästa samverkansmöte."}),
    )
    .await;
    assert_eq!(status, 204);
}

async fn a_closed_event_takes_no_acknowledgement(
    app: &TestApp,
    anonymous: &TestApp,
    event: i64,
    token: &str,
    sod_token: &str,
) {
    // A closed event takes no acknowledgement, signed in or through the link.
    let (status, body) = call(
        app,
        Method::POST,
        &format!("/api/v1/alarm-events/{event}/acknowledge"),
        sod_token,
        json!({}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains("Kvittering"), "{body}");
    let (status, body) = call(
        anonymous,
        Method::POST,
        &format!("/api/v1/alarm-links/{token}/acknowledge"),
        "",
        json!({}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains("avslutad"), "{body}");
    let r = anonymous
        .post_form(&format!("/larm/kvittera/{token}"), &[("text", "")])
        .await;
    assert_eq!(r.status().as_u16(), 409);
    assert!(r
        .text()
        .await
        .expect("html")
        .contains("Händelsen är avslutad"));
}

async fn the_timeline_holds_every_step(
    app: &TestApp,
    backend: varn::db::Backend,
    event: i64,
    sod_token: &str,
) {
    let (_, detail) = call(
        app,
        Method::GET,
        &format!("/api/v1/alarm-events/{event}"),
        sod_token,
        json!(null),
    )
    .await;
    assert_eq!(detail["event"]["version"], 1, "{detail}");
    assert_eq!(detail["steps"].as_array().expect("steps").len(), 2);
    // In time order; the clock ran as of a controlled time ahead of the wall clock, so
    // compare what is there.
    let mut kinds: Vec<&str> = detail["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .map(|l| l["kind"].as_str().unwrap_or(""))
        .collect();
    kinds.sort_unstable();
    assert_eq!(
        kinds,
        vec![
            "acknowledged",
            "activated",
            "closed",
            "delivered",
            "delivered",
            "note",
            "step",
            "step"
        ],
        "{backend:?}"
    );
}

async fn another_coordinator_does_not_learn_it_exists(app: &TestApp, event: i64) {
    // Another administration's coordinator does not learn it exists.
    let farsta = app.token(FARSTA).await;
    let (status, _) = call(
        app,
        Method::GET,
        &format!("/api/v1/alarm-events/{event}"),
        &farsta,
        json!(null),
    )
    .await;
    assert_eq!(status, 404);
}

async fn the_page_and_the_documents_show_the_timeline(app: &TestApp, event: i64, chain: i64) {
    // The page shows the timeline; Word and PDF for the evaluation.
    let page = app.fresh_client();
    page.sign_in(SOD).await;
    let (status, html) = page.get_text(&format!("/larm/handelser/{event}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Steg 2 larmades"), "{html}");
    assert!(html.contains("Larmet kvitterades"), "{html}");
    assert!(html.contains("steg 2, via länk"), "{html}");
    // Who started it and who wrote in the timeline, by name and in Swedish local time
    // (issue 20 point 7).
    let employee_name = crate::common::name_of(app, EMPLOYEE).await;
    let shown = crate::common::part(&html, "<h1", "</ol>");
    crate::common::assert_named_in_local_time(shown, &employee_name, EMPLOYEE);
    assert!(!shown.contains("@demo.example"), "{shown}");
    let (status, chain_html) = page.get_text(&format!("/larm/kedjor/{chain}")).await;
    assert_eq!(status, 200);
    crate::common::assert_named_in_local_time(
        crate::common::part(&chain_html, "id=\"versions\"", "</ul>"),
        &crate::common::name_of(app, CENTRAL).await,
        CENTRAL,
    );
    let docx = page
        .get(&format!("/larm/handelser/{event}/tidslinje.docx"))
        .await;
    assert_eq!(docx.status().as_u16(), 200);
    let docx = docx.bytes().await.expect("docx");
    assert!(docx.starts_with(b"PK"));
    let body = crate::common::docx_body(&docx);
    assert!(
        body.contains(&employee_name) && !body.contains("@demo.example"),
        "{body}"
    );
    let pdf = page
        .get(&format!("/larm/handelser/{event}/tidslinje.pdf"))
        .await;
    assert!(pdf.bytes().await.expect("pdf").starts_with(b"%PDF"));
}

async fn reads_of_the_event_are_audited(app: &TestApp) {
    // Reads of the event's text and its export are audited.
    let audited: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE record_type = 'alarm_event' AND action IN ('read', 'export')",
        )
        .fetch_one(app.db.pool())
        .await
        .expect("audit");
    assert!(audited >= 4, "{audited}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_that_fails_is_shown_and_retried() {
    for backend in BACKENDS {
        let dead = dead_port().await;
        let mut app = with_smtp(backend, dead).await;
        let db = app.test_db.take();
        let sod = app.id_of("administrations", "SOD").await;
        let token = app.token(SOD).await;
        let (_, chains) = call(
            &app,
            Method::GET,
            "/api/v1/alarm-chains",
            &token,
            json!(null),
        )
        .await;
        let district = chains
            .as_array()
            .expect("chains")
            .iter()
            .find(|c| c["administration_id"] == sod)
            .expect("Södermalm's demo chain")["id"]
            .clone();
        let (status, body) = call(
            &app,
            Method::POST,
            "/api/v1/alarm-events",
            &token,
            json!({"chain_id": district, "description": "Brand i en lokal som föreningar hyr."}),
        )
        .await;
        assert_eq!(status, 201, "{body}");
        let event = body["id"].as_i64().expect("event");
        let page = app.fresh_client();
        page.sign_in(SOD).await;
        let (_, html) = page.get_text(&format!("/larm/handelser/{event}")).await;
        assert!(html.contains("Inte levererat"), "{html}");

        let (port, inbox) = smtp_server().await;
        let now = chrono::Utc::now().naive_utc() + Duration::minutes(3);
        let ok = varn::alarms::clock::run(&app.db, Some(&mailer(port)), "https://v.example", now)
            .await
            .expect("tick");
        assert_eq!((ok.notified, ok.sent, ok.failed), (0, 1, 0), "{ok:?}");
        assert_eq!(inbox.lock().expect("inbox").len(), 1);
        let (_, html) = page.get_text(&format!("/larm/handelser/{event}")).await;
        assert!(!html.contains("Inte levererat –"), "{html}");
        assert!(html.contains("kunde inte levereras"), "{html}");

        // The start page lists the open event.
        let (_, html) = page.get_text("/start").await;
        assert!(html.contains("Pågående larm"), "{html}");
        if let Some(db) = db {
            db.cleanup().await;
        }
    }
}

/// Five events of a two-step chain (waits 1 and 1 minute) started at 08:00 on `db`.
async fn five_events(db: &varn::db::Db) {
    use varn::alarms::domain::{AlarmsStep, StepRole};
    use varn::alarms::store::{self, NewEvent, NewStep};
    let actor = varn::audit::Actor::system("test");
    let step = |n: i64, email: &str| NewStep {
        step: AlarmsStep {
            position: n,
            role: StepRole::OfficialOnDuty,
            email: email.into(),
            phone: String::new(),
            contact: String::new(),
            wait_minutes: 1,
        },
        contact: varn::kernel::text::Guarded::empty(),
    };
    let chain = store::create_chain(
        db,
        &actor,
        None,
        "Dubbelkedjan",
        &[step(1, "a@stad.example"), step(2, "b@stad.example")],
    )
    .await
    .expect("chain");
    let c = store::chain(db, chain).await.expect("chain");
    let sod: i64 = sqlx::query_scalar("SELECT id FROM administrations WHERE code = 'SOD'")
        .fetch_one(db.pool())
        .await
        .expect("sod");
    let guard = varn_pii::Guard::default();
    for _ in 0..5 {
        store::activate(
            db,
            &actor,
            &NewEvent {
                administration_id: varn::kernel::ids::AdministrationId::new(sod),
                chain_id: chain,
                version_id: c.version_id,
                description: varn::kernel::text::Guarded::check(&guard, "x", "Larmövning.")
                    .expect("clean"),
                started_at: "2026-05-01T08:00:00Z".into(),
            },
        )
        .await
        .expect("event");
    }
}

async fn once_each(db: &varn::db::Db, backend: varn::db::Backend) {
    let per_step: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT event_id, position, COUNT(*) AS n FROM alarm_notifications GROUP BY event_id, position ORDER BY event_id, position",
    )
    .fetch_all(db.pool())
    .await
    .expect("count");
    assert_eq!(per_step.len(), 10, "{backend:?}: {per_step:?}");
    assert!(
        per_step.iter().all(|(_, _, n)| *n == 1),
        "{backend:?}: {per_step:?}"
    );
    let steps: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM alarm_timeline WHERE kind = 'step'")
        .fetch_one(db.pool())
        .await
        .expect("lines");
    assert_eq!(steps, 10, "{backend:?}");
}

/// Two server processes (two pools on one database) tick at the same moment: each step
/// of each event is notified once and mailed once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_processes_escalate_once() {
    for backend in BACKENDS {
        let test_db = TestDb::new(backend).await;
        varn::demo::load(&test_db.db).await.expect("demo");
        five_events(&test_db.db).await;
        let other = varn::db::Db::connect(&test_db.url)
            .await
            .expect("second pool");
        let (port, inbox) = smtp_server().await;
        let m = mailer(port);
        let now = NaiveDateTime::parse_from_str("2026-05-01T08:01", "%Y-%m-%dT%H:%M").expect("now");
        let (a, b) = tokio::join!(
            varn::alarms::clock::run(&test_db.db, Some(&m), "https://v.example", now),
            varn::alarms::clock::run(&other, Some(&m), "https://v.example", now),
        );
        let (a, b) = (a.expect("first"), b.expect("second"));
        assert_eq!(a.notified + b.notified, 10, "{backend:?}: {a:?} {b:?}");
        assert_eq!(a.sent + b.sent, 10, "{backend:?}: {a:?} {b:?}");
        assert_eq!(inbox.lock().expect("inbox").len(), 10, "{backend:?}");
        once_each(&test_db.db, backend).await;
        other.close().await;
        test_db.cleanup().await;
    }
}

/// Two `varn reminders --now` processes against one PostgreSQL database at once. The
/// database holds only an administration and the alarm chain's events (no demo), so that
/// the processes run nothing but this capability's escalation against each other.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_reminders_processes_escalate_once_on_postgres() {
    let test_db = TestDb::new(varn::db::Backend::Postgres).await;
    sqlx::query(
        "INSERT INTO administrations (code, name, kind, created_at, updated_at) \
         VALUES ('SOD', 'Södermalms stadsdelsförvaltning', 'district', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
    )
    .execute(test_db.db.pool())
    .await
    .expect("administration");
    five_events(&test_db.db).await;
    let (port, inbox) = smtp_server().await;
    let spawn = || {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_varn"));
        cmd.env_remove("VARN_DATABASE_URL")
            .env("VARN_LOG", "warn")
            .env("VARN_SMTP_URL", format!("smtp://127.0.0.1:{port}"))
            .args([
                "--database-url",
                &test_db.url,
                "reminders",
                "--now",
                "2026-05-01T08:01",
            ]);
        tokio::task::spawn_blocking(move || cmd.output().expect("run"))
    };
    let (a, b) = tokio::join!(spawn(), spawn());
    let mut ran = 0;
    for out in [a.expect("join"), b.expect("join")] {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        // Each process either ran the escalation or found the other one running it.
        let said = String::from_utf8_lossy(&out.stdout);
        if said.contains("Larmkedjor:") {
            ran += 1;
        } else {
            assert!(
                said.contains("körs just nu av en annan Värn-process"),
                "{said}"
            );
        }
    }
    assert!(ran >= 1, "one process at least ran the escalation");
    once_each(&test_db.db, varn::db::Backend::Postgres).await;
    assert_eq!(inbox.lock().expect("inbox").len(), 10);
    test_db.cleanup().await;
}

on_both!(editing_a_chain_makes_a_new_version, |db| {
    use varn::alarms::domain::{AlarmsStep, StepRole};
    use varn::alarms::store::{self, NewStep};
    let actor = varn::audit::Actor::system("test");
    let step = |n: i64| NewStep {
        step: AlarmsStep {
            position: n,
            role: StepRole::Coordinator,
            email: format!("s{n}@stad.example"),
            phone: String::new(),
            contact: String::new(),
            wait_minutes: 5,
        },
        contact: varn::kernel::text::Guarded::empty(),
    };
    let id = store::create_chain(db, &actor, None, "Kedja", &[step(1)])
        .await
        .expect("chain");
    let first = store::chain(db, id).await.expect("chain");
    let v = store::revise_chain(db, &actor, &first, "Kedja 2", &[step(1), step(2)])
        .await
        .expect("revise");
    assert_eq!(v, 2);
    let now = store::chain(db, id).await.expect("chain");
    assert_eq!((now.version, now.name.as_str()), (2, "Kedja 2"));
    assert_eq!(
        store::steps(db, now.version_id).await.expect("steps").len(),
        2
    );
    assert_eq!(
        store::steps(db, first.version_id)
            .await
            .expect("steps")
            .len(),
        1
    );
    assert_eq!(store::versions(db, id).await.expect("versions").len(), 2);
});
