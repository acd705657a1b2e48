//! Networks, meetings, the newsletter and the knowledge pages, on SQLite and PostgreSQL:
//! the central coordinator makes a network with members and records a meeting (without a
//! date or network, minutes with a name or too long: refused naming the field; a
//! non-member present is marked a guest); the forum's standing-item view shows a meeting
//! without VBE; the attendance reaches a plan indicator through the measures; a forum of
//! another administration is a 404; a newsletter is previewed, refused whole for a list
//! with one bad address, then sent to the tests' SMTP server; the knowledge pages keep
//! versions, the glossary refuses what is not an image, and a search in Swedish finds a
//! symbol.

use std::sync::{Arc, Mutex};

use crate::common::smtp::{smtp_server, Received};
use crate::common::{call, spawn_app_with, TestApp};
use reqwest::Method;
use serde_json::{json, Value};
use varn::web::capability::Period;

fn fields(e: &Value) -> Vec<String> {
    e["problems"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|p| p["field"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}

async fn user_id(app: &TestApp, email: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(app.db.pool())
        .await
        .expect("user")
}

async fn measure(app: &TestApp, admin: i64, reference: &str, from: &str, to: &str) -> Option<i64> {
    varn::web::capability::measure_value(
        varn::app::CAPABILITIES,
        &app.db,
        varn::kernel::ids::AdministrationId::new(admin),
        reference,
        Period { from, to },
    )
    .await
    .expect("measure")
    .and_then(|v| v.value)
}

both_backends!(a_network_meets_and_its_attendance_feeds_the_plan, |app| {
    let slk = app.id_of("administrations", "SLK").await;
    let sod = app.id_of("administrations", "SOD").await;
    let alv = app.id_of("administrations", "ALV").await;
    let central = app.token("central@demo.example").await;
    let sod_coordinator = user_id(&app, "samordnare.sodermalm@demo.example").await;
    let alv_coordinator = user_id(&app, "samordnare.alvsjo@demo.example").await;
    let far_coordinator = user_id(&app, "samordnare.farsta@demo.example").await;

    // The network, led by the central coordinator, with two coordinators and the police.
    let (status, created) = call(&app, Method::POST, "/api/v1/networks", &central,
        json!({"administration_id": slk, "kind": "city", "name": "Testnätverket", "purpose": "Samordning"})).await;
    assert_eq!(status, 201, "{created}");
    let network = created["id"].as_i64().expect("id");
    for member in [
        json!({"user_id": sod_coordinator}),
        json!({"user_id": alv_coordinator}),
        json!({"organisation": "Polisen", "member_role": "kommunpolis"}),
    ] {
        let (status, body) = call(
            &app,
            Method::POST,
            &format!("/api/v1/networks/{network}/members"),
            &central,
            member,
        )
        .await;
        assert_eq!(status, 201, "{body}");
    }
    // An account and an organisation together: refused, naming the field.
    let (status, e) = call(
        &app,
        Method::POST,
        &format!("/api/v1/networks/{network}/members"),
        &central,
        json!({"user_id": far_coordinator, "organisation": "Skolan"}),
    )
    .await;
    assert_eq!(
        (status, fields(&e)),
        (422, vec!["Medlem".to_string()]),
        "{e}"
    );

    // A meeting without a date or a network: both named.
    let (status, e) = call(
        &app,
        Method::POST,
        "/api/v1/meetings",
        &central,
        json!({"held_on": ""}),
    )
    .await;
    assert_eq!(status, 422, "{e}");
    assert_eq!(
        fields(&e),
        vec!["Nätverk".to_string(), "Datum".to_string()],
        "{e}"
    );
    let (status, created) = call(&app, Method::POST, "/api/v1/meetings", &central,
        json!({"network_id": network, "held_on": "2026-02-10", "agenda": "Lägesbild och utbildning"})).await;
    assert_eq!(status, 201, "{created}");
    let meeting = created["id"].as_i64().expect("meeting");

    // Two coordinators present, and one who is not a member: a guest. External attendees
    // counted per organisation.
    let (status, m) = call(&app, Method::PUT, &format!("/api/v1/meetings/{meeting}/attendance"), &central,
        json!({"user_ids": [sod_coordinator, alv_coordinator, far_coordinator], "organisations": [{"organisation": "Polisen", "attendees": 2}]})).await;
    assert_eq!(status, 200, "{m}");
    let present = m["present"].as_array().expect("present");
    assert_eq!(present.len(), 3, "{m}");
    let guests: Vec<i64> = present
        .iter()
        .filter(|a| a["guest"] == true)
        .map(|a| a["user_id"].as_i64().unwrap_or(0))
        .collect();
    assert_eq!(guests, vec![far_coordinator]);
    assert_eq!(m["external"], 2);
    let (status, e) = call(
        &app,
        Method::PUT,
        &format!("/api/v1/meetings/{meeting}/attendance"),
        &central,
        json!({"user_ids": [], "organisations": [{"organisation": "Polisen", "attendees": 0}]}),
    )
    .await;
    assert_eq!(
        (status, fields(&e)),
        (422, vec!["Externa deltagare".to_string()]),
        "{e}"
    );

    // Minutes with a name are refused, naming the field; too long too; clean ones kept.
    let minutes_field = "Protokoll för punkten om VBE".to_string();
    let (status, e) = call(&app, Method::PUT, &format!("/api/v1/meetings/{meeting}"), &central,
        json!({"held_on": "2026-02-10", "vbe_item": true, "minutes": "Sara Lindberg berättade om läget i skolan."})).await;
    assert_eq!(
        (status, fields(&e)),
        (422, vec![minutes_field.clone()]),
        "{e}"
    );
    let stored: String = sqlx::query_scalar("SELECT minutes FROM network_meetings WHERE id = $1")
        .bind(meeting)
        .fetch_one(app.db.pool())
        .await
        .expect("minutes");
    assert_eq!(stored, "");
    let (status, e) = call(
        &app,
        Method::PUT,
        &format!("/api/v1/meetings/{meeting}"),
        &central,
        json!({"held_on": "2026-02-10", "vbe_item": true, "minutes": "a".repeat(5_001)}),
    )
    .await;
    assert_eq!((status, fields(&e)), (422, vec![minutes_field]), "{e}");
    let (status, m) = call(&app, Method::PUT, &format!("/api/v1/meetings/{meeting}"), &central,
        json!({"held_on": "2026-02-10", "vbe_item": true, "minutes": "Skolan rapporterade klotter med symboler; polisen följer upp."})).await;
    assert_eq!(status, 200, "{m}");
    assert_eq!(m["vbe_item"], true);

    // The attendance as plan indicators: held 1 in T1 of 2026, attended by Södermalm 1,
    // by Farsta (a guest) 1, by Bromma 0; nothing in 2025.
    let held = format!("networks/network:{network}:held");
    let attended = format!("networks/network:{network}:attended");
    assert_eq!(
        measure(&app, sod, &held, "2026-01-01", "2026-04-30").await,
        Some(1)
    );
    assert_eq!(
        measure(&app, sod, &attended, "2026-01-01", "2026-04-30").await,
        Some(1)
    );
    assert_eq!(
        measure(&app, alv, &attended, "2026-01-01", "2026-04-30").await,
        Some(1)
    );
    let bro = app.id_of("administrations", "BRO").await;
    assert_eq!(
        measure(&app, bro, &attended, "2026-01-01", "2026-04-30").await,
        Some(0)
    );
    assert_eq!(
        measure(&app, sod, &attended, "2025-01-01", "2025-12-31").await,
        Some(0)
    );
    let offered = varn::web::capability::measures(
        varn::app::CAPABILITIES,
        &app.db,
        varn::kernel::ids::AdministrationId::new(sod),
    )
    .await
    .expect("measures");
    assert!(
        offered.iter().any(|m| m.reference == attended),
        "{offered:?}"
    );

    // A coordinator of Södermalm reads the city's network and its meeting, with no form to change it.
    let coordinator = app.fresh_client();
    coordinator
        .sign_in("samordnare.sodermalm@demo.example")
        .await;
    let (status, html) = coordinator
        .get_text(&format!("/natverk/moten/{meeting}"))
        .await;
    assert_eq!(status, 200);
    assert!(html.contains("Skolan rapporterade klotter"), "{html}");
    assert!(html.contains("gäst"));
    assert!(!html.contains("/narvaro"));
    let reads: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'read' AND record_type = 'network_meeting' AND record_id = $1",
    )
    .bind(meeting.to_string())
    .fetch_one(app.db.pool())
    .await
    .expect("reads");
    assert!(reads >= 1, "reading the minutes is audited");

    // A member leaves; the meeting they attended keeps them.
    let (_, detail) = call(
        &app,
        Method::GET,
        &format!("/api/v1/networks/{network}"),
        &central,
        Value::Null,
    )
    .await;
    let police = detail["members"]
        .as_array()
        .expect("members")
        .iter()
        .find(|m| m["name"] == "Polisen")
        .and_then(|m| m["id"].as_i64())
        .expect("the police");
    let (status, _) = call(
        &app,
        Method::DELETE,
        &format!("/api/v1/networks/{network}/members/{police}"),
        &central,
        Value::Null,
    )
    .await;
    assert_eq!(status, 204);
    let (status, _) = call(
        &app,
        Method::DELETE,
        &format!("/api/v1/networks/{network}/members/{police}"),
        &central,
        Value::Null,
    )
    .await;
    assert_eq!(status, 404);
    let (_, m) = call(
        &app,
        Method::GET,
        &format!("/api/v1/meetings/{meeting}"),
        &central,
        Value::Null,
    )
    .await;
    assert_eq!(m["external"], 2, "{m}");
});

both_backends!(
    a_forum_shows_its_standing_item_and_stays_in_its_administration,
    |app| {
        let sod = app.id_of("administrations", "SOD").await;
        let far = app.id_of("administrations", "FAR").await;
        let sod_token = app.token("samordnare.sodermalm@demo.example").await;
        let far_token = app.token("samordnare.farsta@demo.example").await;

        // A Södermalm coordinator cannot make a forum for Farsta: the field is named.
        let (status, e) = call(
            &app,
            Method::POST,
            "/api/v1/networks",
            &sod_token,
            json!({"administration_id": far, "kind": "forum", "name": "Fel forum"}),
        )
        .await;
        assert_eq!(
            (status, fields(&e)),
            (422, vec!["Förvaltning".to_string()]),
            "{e}"
        );
        let (status, created) = call(&app, Method::POST, "/api/v1/networks", &sod_token,
        json!({"administration_id": sod, "kind": "forum", "name": "Trygghetsråd test", "standing_item": true})).await;
        assert_eq!(status, 201, "{created}");
        let forum = created["id"].as_i64().expect("forum");
        for (date, vbe, minutes) in [
            ("2026-01-15", true, "Läget gicks igenom."),
            ("2026-03-12", false, ""),
        ] {
            let (status, body) = call(
                &app,
                Method::POST,
                "/api/v1/meetings",
                &sod_token,
                json!({"network_id": forum, "held_on": date, "vbe_item": vbe, "minutes": minutes}),
            )
            .await;
            assert_eq!(status, 201, "{body}");
        }
        // Today's meeting, with the coordinator present.
        let (status, body) = call(
            &app,
            Method::POST,
            "/api/v1/meetings",
            &sod_token,
            json!({"network_id": forum, "held_on": varn::db::today()}),
        )
        .await;
        assert_eq!(status, 201, "{body}");
        let today_meeting = body["id"].as_i64().expect("meeting");
        let me = user_id(&app, "samordnare.sodermalm@demo.example").await;
        let (status, body) = call(
            &app,
            Method::PUT,
            &format!("/api/v1/meetings/{today_meeting}/attendance"),
            &sod_token,
            json!({"user_ids": [me]}),
        )
        .await;
        assert_eq!(status, 200, "{body}");
        // The forum's page shows each meeting's VBE item, or its absence, and this year's
        // attendance per person.
        let page = app.fresh_client();
        page.sign_in("samordnare.sodermalm@demo.example").await;
        let (status, html) = page.get_text(&format!("/natverk/{forum}")).await;
        assert_eq!(status, 200);
        assert!(html.contains("VBE togs upp på 1 av 3 möten."), "{html}");
        assert!(html.contains("Togs inte upp"));
        let year = &varn::db::today()[..4];
        assert!(
            html.contains(&format!("Närvaro per person {year}")),
            "{html}"
        );
        assert!(
            html.contains("<th scope=\"row\">Dragan Lindqvist</th><td class=\"num\">1</td>"),
            "{html}"
        );

        // Farsta's coordinator: as if the forum did not exist, in the API and the pages; not
        // in their list; and a meeting of it cannot be recorded.
        let (status, _) = call(
            &app,
            Method::GET,
            &format!("/api/v1/networks/{forum}"),
            &far_token,
            Value::Null,
        )
        .await;
        assert_eq!(status, 404);
        let (_, list) = call(
            &app,
            Method::GET,
            "/api/v1/networks",
            &far_token,
            Value::Null,
        )
        .await;
        assert!(!list.to_string().contains("Trygghetsråd test"), "{list}");
        let (status, e) = call(
            &app,
            Method::POST,
            "/api/v1/meetings",
            &far_token,
            json!({"network_id": forum, "held_on": "2026-04-01"}),
        )
        .await;
        assert_eq!(
            (status, fields(&e)),
            (422, vec!["Nätverk".to_string()]),
            "{e}"
        );
        // Its measures are Södermalm's alone.
        let held = format!("networks/network:{forum}:held");
        assert_eq!(
            measure(&app, sod, &held, "2026-01-01", "2026-03-31").await,
            Some(2)
        );
        assert_eq!(
            measure(&app, far, &held, "2026-01-01", "2026-12-31").await,
            None
        );

        // The page form: a meeting without a network or a date is refused in Swedish.
        let csrf = page.csrf().await;
        let r = page
            .post_form(
                "/natverk/moten",
                &[("csrf", &csrf), ("network_id", ""), ("held_on", "")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 422);
        let html = r.text().await.expect("html");
        assert!(
            html.contains("Fältet ”Nätverk”: välj ett av nätverken"),
            "{html}"
        );
        assert!(html.contains("Fältet ”Datum”: värdet saknas."), "{html}");
    }
);

async fn newsletter_on(backend: varn::db::Backend) {
    let (port, inbox) = smtp_server().await;
    let app = spawn_app_with(backend, |c| {
        c.smtp_url = varn::config::Secret::new(format!("smtp://127.0.0.1:{port}"));
        c.mail_from = "Värn <varn@demo.example>".into();
    })
    .await;
    let slk = app.id_of("administrations", "SLK").await;
    let central = app.token("central@demo.example").await;
    let body =
        "## Våren 2026\n\n- Enkäten öppnar i mars.\n- **Samordnarnätverket** träffas i april.";

    let issue = a_newsletter_is_previewed_refused_and_drafted(&app, &central, slk, body).await;
    let employee = app.token("medarbetare.sodermalm@demo.example").await;
    the_draft_is_hidden_from_an_employee(&app, &employee, issue).await;
    a_bad_sending_is_refused_whole(&app, &inbox, &central, issue).await;
    it_goes_to_the_chosen_coordinators_and_addresses(&app, &inbox, &central, issue).await;
    once_sent_it_is_archived_and_counted(&app, &employee, &central, slk, issue).await;
    if let Some(db) = app.test_db {
        db.cleanup().await;
    }
}

/// A preview renders the Markdown; a text with a person is refused; the draft is made.
async fn a_newsletter_is_previewed_refused_and_drafted(
    app: &TestApp,
    central: &str,
    slk: i64,
    body: &str,
) -> i64 {
    let (status, p) = call(
        app,
        Method::POST,
        "/api/v1/newsletter/preview",
        central,
        json!({"title": "Vår", "body": body}),
    )
    .await;
    assert_eq!(status, 200, "{p}");
    assert!(
        p["html"]
            .as_str()
            .unwrap_or("")
            .contains("<h2>Våren 2026</h2>"),
        "{p}"
    );
    let (status, e) = call(app, Method::POST, "/api/v1/newsletter", central,
        json!({"administration_id": slk, "title": "Vår", "body": "Ring Sara Lindberg på 070-123 45 67."})).await;
    assert_eq!((status, fields(&e)), (422, vec!["Text".to_string()]), "{e}");
    let (status, created) = call(
        app,
        Method::POST,
        "/api/v1/newsletter",
        central,
        json!({"administration_id": slk, "title": "Nyhetsbrev våren 2026", "body": body}),
    )
    .await;
    assert_eq!(status, 201, "{created}");
    created["id"].as_i64().expect("issue")
}

async fn the_draft_is_hidden_from_an_employee(app: &TestApp, employee: &str, issue: i64) {
    // An employee does not see the draft.
    let (status, _) = call(
        app,
        Method::GET,
        &format!("/api/v1/newsletter/{issue}"),
        employee,
        Value::Null,
    )
    .await;
    assert_eq!(status, 404);
}

async fn a_bad_sending_is_refused_whole(
    app: &TestApp,
    inbox: &Arc<Mutex<Vec<Received>>>,
    central: &str,
    issue: i64,
) {
    // One bad address: refused whole, naming the field and the address; nothing sent.
    let (status, e) = call(
        app,
        Method::POST,
        &format!("/api/v1/newsletter/{issue}/send"),
        central,
        json!({"roles": ["coordinator"], "addresses": "polisen@exempel.se\ninte-en-adress@"}),
    )
    .await;
    assert_eq!(
        (status, fields(&e)),
        (422, vec!["Externa adresser".to_string()]),
        "{e}"
    );
    assert!(e.to_string().contains("adress@"), "{e}");
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert!(inbox.lock().expect("inbox").is_empty());
    let (status, e) = call(
        app,
        Method::POST,
        &format!("/api/v1/newsletter/{issue}/send"),
        central,
        json!({"roles": [], "addresses": ""}),
    )
    .await;
    assert_eq!(
        (status, fields(&e)),
        (422, vec!["Mottagare".to_string()]),
        "{e}"
    );
}

async fn it_goes_to_the_chosen_coordinators_and_addresses(
    app: &TestApp,
    inbox: &Arc<Mutex<Vec<Received>>>,
    central: &str,
    issue: i64,
) {
    // Södermalm's coordinators and one external address.
    let sod = app.id_of("administrations", "SOD").await;
    let (status, sent) = call(app, Method::POST, &format!("/api/v1/newsletter/{issue}/send"), central,
        json!({"roles": ["coordinator"], "administrations": [sod], "addresses": "Polisen@Exempel.se"})).await;
    assert_eq!(status, 200, "{sent}");
    let got = inbox.lock().expect("inbox").clone();
    let to: Vec<String> = got.iter().flat_map(|m| m.to.clone()).collect();
    assert!(
        to.contains(&"samordnare.sodermalm@demo.example".to_string()),
        "{to:?}"
    );
    assert!(to.contains(&"polisen@exempel.se".to_string()), "{to:?}");
    assert!(
        !to.contains(&"samordnare.farsta@demo.example".to_string()),
        "{to:?}"
    );
    assert_eq!(sent["sent"].as_u64(), Some(to.len() as u64));
    assert!(
        got.iter().all(|m| m.to.len() == 1),
        "one message per address"
    );
    assert!(
        got[0].data.contains("Samordnarnätverket"),
        "{}",
        got[0].data
    );
}

async fn once_sent_it_is_archived_and_counted(
    app: &TestApp,
    employee: &str,
    central: &str,
    slk: i64,
    issue: i64,
) {
    // Sent: in the archive for everyone, no longer changed, and counted as an indicator.
    let (status, i) = call(
        app,
        Method::GET,
        &format!("/api/v1/newsletter/{issue}"),
        employee,
        Value::Null,
    )
    .await;
    assert_eq!(status, 200, "{i}");
    let (status, _) = call(
        app,
        Method::PUT,
        &format!("/api/v1/newsletter/{issue}"),
        central,
        json!({"title": "Ändrad", "body": "Ändrad"}),
    )
    .await;
    assert_eq!(status, 409);
    let today = varn::db::today();
    // The demo's winter issue was sent in February; this one today.
    assert_eq!(
        measure(app, slk, "networks/newsletter:sent", &today, &today).await,
        Some(1)
    );
    let reader = app.fresh_client();
    reader.sign_in("medarbetare.sodermalm@demo.example").await;
    let (status, html) = reader.get_text("/nyhetsbrev").await;
    assert_eq!(status, 200);
    assert!(html.contains("Nyhetsbrev våren 2026"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn newsletter_on_sqlite() {
    newsletter_on(varn::db::Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn newsletter_on_postgres() {
    newsletter_on(varn::db::Backend::Postgres).await;
}

both_backends!(
    the_knowledge_pages_keep_versions_and_are_searched_in_swedish,
    |app| {
        let central = app.token("central@demo.example").await;
        let employee = app.token("medarbetare.sodermalm@demo.example").await;

        // A page and a new version; the first is kept.
        let (status, created) = call(&app, Method::POST, "/api/v1/knowledge/pages", &central,
        json!({"kind": "routine", "title": "Rutin för klotter", "body": "Dokumentera och sanera inom ett dygn."})).await;
        assert_eq!(status, 201, "{created}");
        let page = created["id"].as_i64().expect("page");
        let (status, versions) = call(&app, Method::PUT, &format!("/api/v1/knowledge/pages/{page}"), &central,
        json!({"title": "Rutin för klotter", "body": "Fotografera, anmäl och sanera inom ett dygn."})).await;
        assert_eq!(status, 200, "{versions}");
        assert_eq!(versions.as_array().map(Vec::len), Some(2));
        assert_eq!(versions[0]["version"], 2);
        // An employee may read but not write.
        let (status, _) = call(
            &app,
            Method::PUT,
            &format!("/api/v1/knowledge/pages/{page}"),
            &employee,
            json!({"title": "x", "body": "y"}),
        )
        .await;
        assert_eq!(status, 403);
        // A page that does not exist answers 404, also to input that would be refused.
        let (status, _) = call(
            &app,
            Method::PUT,
            &format!("/api/v1/knowledge/pages/{}", page + 1000),
            &central,
            json!({"title": "", "body": ""}),
        )
        .await;
        assert_eq!(status, 404);
        // The page's versions name the author in Swedish local time (issue 20 point 7).
        app.sign_in("central@demo.example").await;
        let (status, html) = app.get_text(&format!("/kunskap/sidor/{page}")).await;
        assert_eq!(status, 200);
        let who = crate::common::name_of(&app, "central@demo.example").await;
        crate::common::assert_named_in_local_time(
            crate::common::part(&html, "id=\"versions\"", "</ul>"),
            &who,
            "central@demo.example",
        );

        // The glossary: not an image, too large, no alt text: each named.
        use base64::Engine;
        let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
        let (status, e) = call(&app, Method::POST, "/api/v1/knowledge/symbols", &central,
        json!({"name": "Solkorset", "description": "Ett kors i en cirkel.", "alt": "Kors i cirkel", "image": b64(b"<svg onload=alert(1)></svg>")})).await;
        assert_eq!((status, fields(&e)), (422, vec!["Bild".to_string()]), "{e}");
        let mut big = b"\x89PNG\r\n\x1a\n".to_vec();
        big.resize(1024 * 1024 + 10, 0);
        let (status, e) = call(&app, Method::POST, "/api/v1/knowledge/symbols", &central,
        json!({"name": "Solkorset", "description": "Ett kors i en cirkel.", "alt": "Kors i cirkel", "image": b64(&big)})).await;
        assert_eq!((status, fields(&e)), (422, vec!["Bild".to_string()]), "{e}");
        let png = b"\x89PNG\r\n\x1a\n0000".to_vec();
        let (status, e) = call(&app, Method::POST, "/api/v1/knowledge/symbols", &central,
        json!({"name": "Solkorset", "description": "Ett kors i en cirkel.", "image": b64(&png)})).await;
        assert_eq!(
            (status, fields(&e)),
            (422, vec!["Alternativtext".to_string()]),
            "{e}"
        );
        let (status, created) = call(&app, Method::POST, "/api/v1/knowledge/symbols", &central,
        json!({"name": "Solkorset", "description": "Ett kors i en cirkel, ofta som klotter.", "alt": "Ett kors inuti en cirkel", "image": b64(&png)})).await;
        assert_eq!(status, 201, "{created}");

        // The page form refuses what is not an image, named.
        let browser = app.fresh_client();
        browser.sign_in("central@demo.example").await;
        let r = browser
            .post_file("/kunskap/symboler", "bild.png", b"inte en bild")
            .await;
        assert_eq!(r.status().as_u16(), 422);

        // An employee searches in Swedish and finds the symbols; the images have alt text.
        let (status, hits) = call(
            &app,
            Method::GET,
            "/api/v1/knowledge/search?q=KLOTTER",
            &employee,
            Value::Null,
        )
        .await;
        assert_eq!(status, 200);
        let titles: Vec<&str> = hits
            .as_array()
            .expect("hits")
            .iter()
            .filter_map(|h| h["title"].as_str())
            .collect();
        assert!(titles.contains(&"Solkorset"), "{hits}");
        assert!(titles.contains(&"Tyr-runan"), "{hits}");
        assert!(titles.contains(&"Rutin för klotter"), "{hits}");
        let (_, hits) = call(
            &app,
            Method::GET,
            "/api/v1/knowledge/search?q=s%C3%B6dermalms",
            &employee,
            Value::Null,
        )
        .await;
        assert!(hits.to_string().contains("Södermalm"), "{hits}");
        let reader = app.fresh_client();
        reader.sign_in("medarbetare.sodermalm@demo.example").await;
        let (status, html) = reader.get_text("/kunskap/symboler").await;
        assert_eq!(status, 200);
        assert!(html.contains("alt=\"Ett kors inuti en cirkel\""), "{html}");
        let (status, html) = reader.get_text("/kunskap/kontakter").await;
        assert_eq!(status, 200);
        assert!(html.contains("samordnare.sodermalm@demo.example"), "{html}");
        let (status, html) = reader.get_text("/start").await;
        assert_eq!(status, 200);
        assert!(
            html.contains("href=\"/kunskap\""),
            "the knowledge pages one click from the start page"
        );
    }
);

/// Without a mail server that answers, nothing is marked sent: the issue stays a draft.
async fn unsent_on(backend: varn::db::Backend) {
    let app = spawn_app_with(backend, |c| {
        c.smtp_url = varn::config::Secret::new("smtp://127.0.0.1:9");
    })
    .await;
    let slk = app.id_of("administrations", "SLK").await;
    let central = app.token("central@demo.example").await;
    let (status, created) = call(
        &app,
        Method::POST,
        "/api/v1/newsletter",
        &central,
        json!({"administration_id": slk, "title": "Hösten", "body": "Text."}),
    )
    .await;
    assert_eq!(status, 201, "{created}");
    let issue = created["id"].as_i64().expect("issue");
    let (status, e) = call(
        &app,
        Method::POST,
        &format!("/api/v1/newsletter/{issue}/send"),
        &central,
        json!({"addresses": "polisen@exempel.se"}),
    )
    .await;
    assert_eq!(status, 409, "{e}");
    assert!(
        e["message"]
            .as_str()
            .unwrap_or("")
            .contains("ingenting skickades"),
        "{e}"
    );
    let (_, i) = call(
        &app,
        Method::GET,
        &format!("/api/v1/newsletter/{issue}"),
        &central,
        Value::Null,
    )
    .await;
    assert_eq!(i["sent_at"], Value::Null, "{i}");
    if let Some(db) = app.test_db {
        db.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unsent_on_sqlite() {
    unsent_on(varn::db::Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unsent_on_postgres() {
    unsent_on(varn::db::Backend::Postgres).await;
}
