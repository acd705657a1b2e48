//! Action plans over HTTP: the whole year of a plan through the API, and the bad input the
//! issue names.

use reqwest::Method;
use serde_json::{json, Value};

const COORD: &str = "samordnare.sodermalm@demo.example";
const MANAGER: &str = "chef.sodermalm@demo.example";
const CENTRAL: &str = "central@demo.example";

/// Activity rows as the seeds write them (our own wording), with their schedule texts.
const ROWS: &[(&str, &str, &str, &str)] = &[
    (
        "collaboration",
        "Samordnaren deltar i stadens nätverk för samordnare.",
        "2024-01-01 2024-12-31",
        "T1, T2, VB",
    ),
    (
        "other",
        "Uppföljningen av handboken görs under första halvåret.",
        "2024-01-01-2024-06-08.",
        "",
    ),
    (
        "collaboration",
        "Handboken vidgas till fler verksamheter tillsammans med regionen.",
        "2024-2026",
        "",
    ),
    (
        "competence",
        "Nya medarbetare går webbutbildningen.",
        "Löpande",
        "Antal medarbetare som har gått utbildningen när året är slut (VB).",
    ),
    (
        "preventive",
        "Fältgruppen finns på plats där unga samlas.",
        "Kontinuerligt",
        "T2, VB",
    ),
    (
        "preventing",
        "Samverkan med socialförvaltningen när återvändande blir aktuellt.",
        "Löpande vid behov",
        "2024-12-31",
    ),
    (
        "collaboration",
        "Nyhetsbrev om läget skickas till berörda nämnder.",
        "4 ggr/år",
        "VB",
    ),
    (
        "collaboration",
        "Trygghetsrådet tar upp läget som stående punkt.",
        "5ggr/år",
        "T2 samt verksamhetsberättelse",
    ),
    (
        "competence",
        "Workshop för cheferna på ekonomiskt bistånd.",
        "Våren 2024",
        "VB",
    ),
    (
        "grants_premises",
        "Föreningar som får bidrag kontrolleras mot stadens villkor.",
        "Under hösten 2024",
        "VB",
    ),
    ("other", "En lokal rutin tas fram.", "Påbörjas 240501", "T1"),
    (
        "other",
        "Webbutbildningen är genomförd av alla chefer.",
        "Klar 20240901",
        "VB",
    ),
    (
        "other",
        "Något som görs när rektorn hinner.",
        "När rektorn hinner",
        "VB",
    ),
];

async fn call(
    app: &crate::common::TestApp,
    method: Method,
    path: &str,
    token: &str,
    body: Value,
) -> (u16, Value) {
    let r = app
        .api(method, path, token)
        .json(&body)
        .send()
        .await
        .expect("call");
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

both_backends!(a_plan_goes_through_its_year_and_into_the_next, |app| {
    let sod = app.id_of("administrations", "SOD").await;
    let coord = app.token(COORD).await;
    let manager = app.token(MANAGER).await;
    let central = app.token(CENTRAL).await;
    // The demo manager runs the field assistants' unit.
    let field_unit = app.id_of("units", "SOD-SOC-01").await;

    let (status, plan) = call(
        &app,
        Method::POST,
        &format!("/api/v1/administrations/{sod}/plans"),
        &coord,
        json!({
            "title": "Handlingsplan mot våldsbejakande extremism",
            "dnr": "SOD 2031/17",
            "city_goal": "Stockholm är en trygg stad",
            "period_start": "2031-01-01",
            "period_end": "2031-12-31",
            "sections": {"inledning": "## Uppdrag\n\n- en\n- två\n\n<script>x</script>"}
        }),
    )
    .await;
    assert_eq!(status, 201, "{plan}");
    let id = plan["id"].as_i64().expect("id");
    assert_eq!(plan["status"], "draft");
    assert_eq!(plan["template_version"], 1);

    for (area, text, schedule, follow_up) in ROWS {
        let fu = varn::plans::domain::FollowUp::from_text(follow_up);
        let (status, a) = call(
            &app,
            Method::POST,
            &format!("/api/v1/plans/{id}/activities"),
            &coord,
            json!({
                "area": area, "text": text, "responsible": "Enhetschef Fältgruppen",
                "unit_id": field_unit, "schedule": schedule, "follow_up": fu,
            }),
        )
        .await;
        assert_eq!(status, 201, "{text}: {a}");
        assert_eq!(
            a["schedule"]["text"], *schedule,
            "schedule text kept exactly"
        );
    }
    let (_, plan) = call(
        &app,
        Method::GET,
        &format!("/api/v1/plans/{id}"),
        &coord,
        Value::Null,
    )
    .await;
    let acts = plan["activities"].as_array().expect("activities");
    assert_eq!(acts.len(), ROWS.len());
    let unread: Vec<&Value> = acts
        .iter()
        .filter(|a| a["schedule"]["parsed"].is_null())
        .collect();
    assert_eq!(unread.len(), 1, "only the free text stays unread");
    assert_eq!(acts[6]["schedule"]["parsed"]["kind"], "recurring");
    assert_eq!(acts[3]["follow_up"]["points"], json!(["VB"]));

    // Approval before decision is refused; decision, then approval.
    let (status, _) = call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{id}/approve"),
        &central,
        json!({"approved_on": "2031-03-01", "reference": "KS 2031/12"}),
    )
    .await;
    assert_eq!(status, 409);
    let (status, p) = call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{id}/decide"),
        &coord,
        json!({"decided_on": "2031-02-10", "reference": "§ 12"}),
    )
    .await;
    assert_eq!(status, 200, "{p}");
    assert_eq!(p["status"], "decided");
    // Editing a decided plan is refused.
    let (status, _) = call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{id}/activities"),
        &coord,
        json!({"area": "other", "text": "Sent tillägg"}),
    )
    .await;
    assert_eq!(status, 409);
    // The approval needs its reference, and cannot come before the board's decision.
    let (status, e) = call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{id}/approve"),
        &central,
        json!({"approved_on": "2031-02-01", "reference": ""}),
    )
    .await;
    assert_eq!(status, 422, "{e}");
    assert_eq!(
        e["problems"][0]["field"], "Kommunstyrelsens beslutsreferens",
        "{e}"
    );
    let (status, e) = call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{id}/approve"),
        &central,
        json!({"approved_on": "2031-02-01", "reference": "KS 2031/12"}),
    )
    .await;
    assert_eq!(status, 422, "{e}");
    assert_eq!(e["problems"][0]["field"], "Datum för godkännandet", "{e}");
    assert!(e["problems"][0]["message"]
        .as_str()
        .is_some_and(|m| m.contains("2031-02-10")));
    let (status, p) = call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{id}/approve"),
        &central,
        json!({"approved_on": "2031-03-01", "reference": "KS 2031/12"}),
    )
    .await;
    assert_eq!(status, 200, "{p}");
    let (status, e) = call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{id}/approve"),
        &central,
        json!({"approved_on": "2031-03-02", "reference": "KS 2031/13"}),
    )
    .await;
    assert_eq!(status, 409, "approving twice: {e}");
    assert!(e.to_string().contains("redan godkänt"), "{e}");
    assert_eq!(p["status"], "approved");
    assert_eq!(p["events"].as_array().map(Vec::len), Some(3));

    check_documents(&app, id, &manager).await;

    // The manager reports follow-up; a point the activity does not have is refused.
    let first = acts[0]["id"].as_i64().expect("id");
    let (status, a) = call(
        &app,
        Method::POST,
        &format!("/api/v1/activities/{first}/followups"),
        &manager,
        json!({"point": "T1", "status": "ongoing", "comment": "Två möten hittills."}),
    )
    .await;
    assert_eq!(status, 201, "{a}");
    assert_eq!(a["reports"][0]["status"], "ongoing");
    let (status, e) = call(
        &app,
        Method::POST,
        &format!("/api/v1/activities/{first}/followups"),
        &manager,
        json!({"point": "T1", "status": "ongoing", "comment": "Ring Anna Svensson på 070-174 06 12."}),
    )
    .await;
    assert_eq!(status, 422, "an identifying comment is refused: {e}");
    assert_eq!(e["problems"][0]["field"], "Kommentar");
    assert!(
        !e.to_string().contains("Svensson"),
        "the text is never echoed"
    );
    let (status, e) = call(
        &app,
        Method::POST,
        &format!("/api/v1/activities/{}/followups", acts[6]["id"]),
        &manager,
        json!({"point": "T1", "status": "done"}),
    )
    .await;
    assert_eq!(status, 422, "{e}");
    assert_eq!(e["problems"][0]["field"], "Uppföljningspunkt");
    // An activity of another unit is not the manager's to report on; its coordinator may.
    let other: i64 = sqlx::query_scalar(
        "SELECT id FROM plan_activities WHERE plan_id = $1 ORDER BY id DESC LIMIT 1",
    )
    .bind(id)
    .fetch_one(app.db.pool())
    .await
    .expect("activity");
    sqlx::query("UPDATE plan_activities SET unit_id = $1 WHERE id = $2")
        .bind(app.id_of("units", "SOD-SOC-02").await)
        .bind(other)
        .execute(app.db.pool())
        .await
        .expect("unit");
    let body = json!({"point": "VB", "status": "done"});
    let path = format!("/api/v1/activities/{other}/followups");
    let (status, _) = call(&app, Method::POST, &path, &manager, body.clone()).await;
    assert_eq!(status, 403, "another unit's activity");
    let (status, e) = call(&app, Method::POST, &path, &coord, body).await;
    assert_eq!(status, 201, "{e}");

    // Revision into the next period carries the activities with their latest status.
    let (status, next) = call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{id}/revise"),
        &coord,
        Value::Null,
    )
    .await;
    assert_eq!(status, 201, "{next}");
    assert_eq!(next["period_start"], "2032-01-01");
    assert_eq!(next["previous_id"], id);
    let carried = next["activities"].as_array().expect("carried");
    assert_eq!(carried.len(), ROWS.len());
    assert_eq!(carried[0]["previous_status"], "ongoing");
    assert_eq!(carried[0]["carry"], "kept");
    let (status, _) = call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{id}/revise"),
        &coord,
        Value::Null,
    )
    .await;
    assert_eq!(status, 409, "a plan is revised once");
    let next_id = next["id"].as_i64().expect("id");
    // The coordinator changes a carried activity on its page: it is marked as changed.
    app.sign_in(COORD).await;
    let carried_id = carried[1]["id"].as_i64().expect("id");
    let (status, html) = app
        .get_text(&format!("/planer/aktiviteter/{carried_id}"))
        .await;
    assert_eq!(status, 200);
    assert!(html.contains("2024-01-01-2024-06-08."));
    let r = app
        .post_with_csrf(
            &format!("/planer/aktiviteter/{carried_id}"),
            &[
                ("area", "other"),
                ("text", ROWS[1].1),
                ("responsible", "Enhetschef Fältgruppen"),
                ("schedule", "2032-01-01 2032-06-30"),
                ("carry", "kept"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let (_, p) = call(
        &app,
        Method::GET,
        &format!("/api/v1/plans/{next_id}"),
        &coord,
        Value::Null,
    )
    .await;
    assert_eq!(p["activities"][1]["carry"], "changed");
    assert_eq!(
        p["activities"][1]["schedule"]["text"],
        "2032-01-01 2032-06-30"
    );
    call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{next_id}/decide"),
        &coord,
        json!({"decided_on": "2032-02-01", "reference": "§ 3"}),
    )
    .await;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{next_id}/approve"),
        &central,
        json!({"approved_on": "2032-03-01", "reference": "KS 2032/3"}),
    )
    .await;
    let (_, old) = call(
        &app,
        Method::GET,
        &format!("/api/v1/plans/{id}"),
        &coord,
        Value::Null,
    )
    .await;
    assert_eq!(old["status"], "superseded");
    check_json_round_trip(&app, id).await;
    app.shutdown().await;
});

both_backends!(bad_plan_input_is_refused_in_swedish, |app| {
    let sod = app.id_of("administrations", "SOD").await;
    let coord = app.token(COORD).await;
    let path = format!("/api/v1/administrations/{sod}/plans");
    let (status, _) = call(
        &app,
        Method::POST,
        &path,
        &coord,
        json!({"title": "A", "period_start": "2041-01-01", "period_end": "2041-12-31"}),
    )
    .await;
    assert_eq!(status, 201);
    let (status, e) = call(
        &app,
        Method::POST,
        &path,
        &coord,
        json!({"title": "B", "period_start": "2041-05-01", "period_end": "2042-04-30"}),
    )
    .await;
    assert_eq!(status, 409, "overlapping periods: {e}");
    assert!(e["message"].as_str().unwrap_or("").contains("överlappar"));
    let (status, e) = call(
        &app,
        Method::POST,
        &path,
        &coord,
        json!({"title": "", "period_start": "2043-12-01", "period_end": "2043-01-01"}),
    )
    .await;
    assert_eq!(status, 422);
    let fields: Vec<&str> = e["problems"]
        .as_array()
        .expect("p")
        .iter()
        .filter_map(|p| p["field"].as_str())
        .collect();
    assert_eq!(
        fields,
        ["Planens namn", "Period"],
        "named as the form labels them"
    );
    let (_, list) = call(&app, Method::GET, "/api/v1/plans", &coord, Value::Null).await;
    let plan = list
        .as_array()
        .expect("list")
        .iter()
        .find(|p| p["title"] == "A")
        .expect("A")["id"]
        .clone();
    let (status, e) = call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{plan}/activities"),
        &coord,
        json!({"area": "other", "text": "  "}),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(e["problems"][0]["field"], "Aktivitet");
    let far_unit: i64 = sqlx::query_scalar(
        "SELECT u.id FROM units u JOIN departments d ON d.id = u.department_id JOIN administrations a ON a.id = d.administration_id WHERE a.code = 'FAR' LIMIT 1",
    )
    .fetch_one(app.db.pool())
    .await
    .expect("unit");
    let (status, e) = call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{plan}/activities"),
        &coord,
        json!({"area": "other", "text": "Fel enhet", "unit_id": far_unit}),
    )
    .await;
    assert_eq!(status, 422, "a unit of another administration: {e}");
    assert_eq!(e["problems"][0]["field"], "Ansvarig enhet");
    // Another administration's coordinator cannot touch it.
    let alv = app.token("samordnare.alvsjo@demo.example").await;
    let (status, _) = call(
        &app,
        Method::PATCH,
        &format!("/api/v1/plans/{plan}"),
        &alv,
        json!({"title": "X", "period_start": "2041-01-01", "period_end": "2041-12-31"}),
    )
    .await;
    assert_eq!(
        status, 404,
        "another administration's plan is as if missing"
    );
    app.shutdown().await;
});

both_backends!(pages_carry_a_plan_from_draft_to_follow_up, |app| {
    let sod = app.id_of("administrations", "SOD").await;
    let field_unit = app.id_of("units", "SOD-SOC-01").await;
    app.sign_in(COORD).await;
    let (status, html) = app.get_text("/planer").await;
    assert_eq!(status, 200);
    assert!(html.contains("href=\"/planer\""), "nav link");
    let r = app
        .post_with_csrf(
            "/planer",
            &[
                ("administration", &sod.to_string()),
                ("title", "Plan för sidtest"),
                ("period_start", "2051-05-01"),
                ("period_end", "2052-04-30"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let location = r.headers()["location"].to_str().expect("loc").to_string();
    let id: i64 = location
        .trim_start_matches("/planer/")
        .split('?')
        .next()
        .and_then(|s| s.parse().ok())
        .expect("id");
    for (text, schedule) in [
        ("Nätverksträffar", "5ggr/år"),
        ("Okänd tidplan", "När tiden finns"),
    ] {
        let r = app
            .post_with_csrf(
                &format!("/planer/{id}/aktiviteter"),
                &[
                    ("area", "collaboration"),
                    ("text", text),
                    ("responsible", "Enhetschef Fältgruppen"),
                    ("unit_id", &field_unit.to_string()),
                    ("schedule", schedule),
                    ("points", "T1"),
                    ("points", "VB"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
    }
    let r = app
        .post_with_csrf(
            &format!("/planer/{id}/aktiviteter"),
            &[("area", "other"), ("text", "")],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap_or_default().contains("aktivitet"));
    let (_, html) = app.get_text(&format!("/planer/{id}")).await;
    assert!(html.contains("5 gånger per år"));
    assert!(html.contains("När tiden finns"));
    assert!(html.contains("kunde inte tolkas"));
    let r = app
        .post_with_csrf(
            &format!("/planer/{id}/godkannande"),
            &[("approved_on", "2051-06-01"), ("approval_ref", "KS § 9")],
        )
        .await;
    assert_eq!(r.status(), 409, "approval before decision");
    let r = app
        .post_with_csrf(
            &format!("/planer/{id}/beslut"),
            &[("decided_on", "2051-05-20"), ("reference", "§ 7")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let r = app
        .post_with_csrf(
            &format!("/planer/{id}"),
            &[
                ("title", "Ändrad"),
                ("period_start", "2051-05-01"),
                ("period_end", "2052-04-30"),
            ],
        )
        .await;
    assert_eq!(r.status(), 409, "a decided plan cannot be edited");

    let manager = app.fresh_client();
    manager.sign_in(MANAGER).await;
    let (status, html) = manager
        .get_text(&format!("/planer/{id}/uppfoljning?punkt=T1"))
        .await;
    assert_eq!(status, 200);
    assert!(html.contains("Nätverksträffar"));
    // Nothing reported yet: the page says so, no status is chosen for the person (a click
    // on Rapportera by mistake files nothing), and each field names its activity.
    assert!(
        html.contains("0 av 2 aktiviteter är rapporterade vid T1."),
        "the summary"
    );
    assert!(
        html.contains("<option value=\"\" selected>Välj status</option>"),
        "no status chosen in advance"
    );
    assert!(
        html.contains("<span class=\"visually-hidden\"> – Nätverksträffar"),
        "fields name their activity"
    );
    let activity: i64 =
        sqlx::query_scalar("SELECT id FROM plan_activities WHERE plan_id = $1 ORDER BY id LIMIT 1")
            .bind(id)
            .fetch_one(app.db.pool())
            .await
            .expect("activity");
    let r = manager
        .post_with_csrf(
            &format!("/planer/aktiviteter/{activity}/uppfoljning"),
            &[
                ("point", "T1"),
                ("status", "done"),
                ("comment", "Alla träffar hölls."),
                ("indicator_value", "5"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let r = manager
        .post_with_csrf(
            &format!("/planer/aktiviteter/{activity}/uppfoljning"),
            &[("point", "T2"), ("status", "done")],
        )
        .await;
    assert_eq!(r.status(), 422, "the activity has no T2");
    let r = manager
        .post_with_csrf(
            &format!("/planer/aktiviteter/{activity}/uppfoljning"),
            &[("point", "T1"), ("status", "")],
        )
        .await;
    assert_eq!(
        r.status(),
        422,
        "a report without a chosen status is refused"
    );
    let (_, html) = manager
        .get_text(&format!("/planer/{id}/uppfoljning?punkt=T1"))
        .await;
    assert!(
        html.contains("1 av 2 aktiviteter är rapporterade vid T1."),
        "the summary counts the report"
    );
    // Had the second activity been another unit's, the manager's page would not offer to
    // report on it, and a report sent anyway is refused.
    let second: i64 = sqlx::query_scalar(
        "SELECT id FROM plan_activities WHERE plan_id = $1 ORDER BY id DESC LIMIT 1",
    )
    .bind(id)
    .fetch_one(app.db.pool())
    .await
    .expect("activity");
    let (_, before) = manager
        .get_text(&format!("/planer/{id}/uppfoljning?punkt=T1"))
        .await;
    let form = format!("/planer/aktiviteter/{second}/uppfoljning");
    assert!(before.contains(&form));
    sqlx::query("UPDATE plan_activities SET unit_id = $1 WHERE id = $2")
        .bind(app.id_of("units", "SOD-SOC-02").await)
        .bind(second)
        .execute(app.db.pool())
        .await
        .expect("unit");
    let (_, after) = manager
        .get_text(&format!("/planer/{id}/uppfoljning?punkt=T1"))
        .await;
    assert!(
        !after.contains(&form)
            && after.contains(&format!("/planer/aktiviteter/{activity}/uppfoljning"))
    );
    let r = manager
        .post_with_csrf(&form, &[("point", "T1"), ("status", "done")])
        .await;
    assert_eq!(r.status(), 403);
    let (status, csv) = manager
        .get_text(&format!("/planer/{id}/uppfoljning.csv"))
        .await;
    assert_eq!(status, 200);
    assert!(csv.contains("Alla träffar hölls."));
    assert!(csv.contains("Genomförd"));
    let r = manager.get(&format!("/planer/{id}/uppfoljning.xlsx")).await;
    assert_eq!(r.status(), 200);
    assert!(r.bytes().await.expect("bytes").starts_with(b"PK"));
    // The T1 report of two activities (issue 20 point 16): one page with the report date
    // and a summary of statuses counted, no cover and no contents.
    let r = app
        .get(&format!("/planer/{id}/uppfoljning.pdf?punkt=T1"))
        .await;
    assert_eq!(r.status(), 200);
    let pdf = r.bytes().await.expect("pdf").to_vec();
    let pages = pdf
        .windows(11)
        .filter(|w| w.starts_with(b"/Type/Page") && w[10] != b's')
        .count();
    assert_eq!(pages, 1, "a short report is one page");
    let shown = pdf_text(&pdf);
    let today = varn::kernel::time::stockholm(chrono::Utc::now().naive_utc())
        .date()
        .format("%Y-%m-%d")
        .to_string();
    for want in [
        "Uppföljning vid T1",
        "1 av 2 aktiviteter är rapporterade vid T1. Status: Genomförd 1. Inte rapporterade: 1.",
        &format!("Rapportdatum: {today}"),
        "Sida 1 av 1",
    ] {
        assert!(shown.contains(want), "{want} in {shown}");
    }
    assert!(!shown.contains("Innehåll"), "no contents: {shown}");
    let r = app
        .get(&format!("/planer/{id}/uppfoljning.docx?punkt=T1"))
        .await;
    assert_eq!(r.status(), 200);
    let bytes = r.bytes().await.expect("docx");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("zip");
    let mut doc = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("word/document.xml").expect("doc"),
        &mut doc,
    )
    .expect("utf-8");
    assert!(doc.contains("Status: Genomförd 1.") && doc.contains("Rapportdatum: "));
    assert!(
        !doc.contains("TOC \\o") && !doc.contains("w:type=\"page\""),
        "no cover, no contents"
    );
    app.shutdown().await;
});

/// Downloads the Word and PDF documents and checks their structure: every activity row
/// whole (schedule text included), the four columns, the table of contents, page numbers.
async fn check_documents(app: &crate::common::TestApp, id: i64, token: &str) {
    use std::io::Read;
    let r = app
        .api(
            Method::GET,
            &format!("/api/v1/plans/{id}/document.docx"),
            token,
        )
        .send()
        .await
        .expect("docx");
    assert_eq!(r.status(), 200);
    let bytes = r.bytes().await.expect("bytes");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("zip");
    let mut names: Vec<String> = zip
        .file_names()
        .map(|n| n.expect("name").to_string())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/core.xml",
            "word/_rels/document.xml.rels",
            "word/document.xml",
            "word/footer1.xml",
            "word/numbering.xml",
            "word/settings.xml",
            "word/styles.xml"
        ]
    );
    let mut parts = std::collections::HashMap::new();
    for name in &names {
        let mut text = String::new();
        zip.by_name(name)
            .expect("part")
            .read_to_string(&mut text)
            .expect("utf-8");
        let mut reader = quick_xml::Reader::from_str(&text);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("{name} is not well-formed: {e}"),
            }
        }
        parts.insert(name.clone(), text);
    }
    let doc = &parts["word/document.xml"];
    // The cover names both decisions with their dates and references.
    assert!(
        doc.contains("Beslutad av nämnden 2031-02-10, § 12"),
        "board's decision"
    );
    assert!(
        doc.contains("Godkänd av kommunstyrelsen 2031-03-01, KS 2031/12"),
        "executive board's approval"
    );
    for column in ["Aktivitet", "Ansvarig", "Tidplan", "Uppföljning"] {
        assert!(doc.contains(&format!(">{column}</w:t>")), "{column}");
    }
    for (_, text, schedule, follow_up) in ROWS {
        assert!(doc.contains(follow_up.trim()), "{follow_up} as written");
        assert!(doc.contains(text), "{text}");
        assert!(doc.contains(&format!(">{schedule}</w:t>")), "{schedule}");
    }
    assert!(doc.contains("TOC \\o"));
    assert!(doc.contains("SOD 2031/17"));
    assert!(doc.contains("&lt;script&gt;"), "raw HTML stays text");
    assert!(parts["word/footer1.xml"].contains("NUMPAGES"));

    let r = app
        .api(
            Method::GET,
            &format!("/api/v1/plans/{id}/document.pdf"),
            token,
        )
        .send()
        .await
        .expect("pdf");
    assert_eq!(r.status(), 200);
    let pdf = r.bytes().await.expect("bytes").to_vec();
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(pdf.ends_with(b"%%EOF\n") || pdf.ends_with(b"%%EOF"));
    let pages = pdf
        .windows(11)
        .filter(|w| w.starts_with(b"/Type/Page") && w[10] != b's')
        .count();
    assert!(pages >= 3, "cover, contents and body: {pages}");
    let shown = pdf_text(&pdf);
    let has = |s: &str| shown.contains(s);
    assert!(has("Sida 1 av"));
    for (_, text, schedule, _) in ROWS {
        // Cells wrap at spaces; every word is there, date ranges on one line.
        for word in schedule.split_whitespace().chain(text.split_whitespace()) {
            assert!(has(word), "{word} of {schedule} in the PDF");
        }
    }
    assert!(has("2024-01-01-2024-06-08."));
    for column in ["Aktivitet", "Ansvarig", "Tidplan", "Uppföljning"] {
        assert!(has(column), "{column}");
    }
}

/// The text of a PDF as `pdftotext` reads it (the PDF's fonts are embedded subsets, its
/// content compressed), whitespace collapsed.
fn pdf_text(pdf: &[u8]) -> String {
    crate::document_snapshots::pdftotext(pdf)
}

/// Exports a plan as JSON, imports it into another administration and exports it again:
/// the two files are the same but for the administration.
async fn check_json_round_trip(app: &crate::common::TestApp, id: i64) {
    let alv = app.token("samordnare.alvsjo@demo.example").await;
    let central = app.token(CENTRAL).await;
    let (status, exported) = call(
        app,
        Method::GET,
        &format!("/api/v1/plans/{id}/export.json"),
        &central,
        Value::Null,
    )
    .await;
    assert_eq!(status, 200, "{exported}");
    assert_eq!(exported["format"], "varn-plan/1");
    assert_eq!(exported["status"], "superseded");
    let mut moved = exported.clone();
    moved["administration"] = json!("ALV");
    // Units belong to an administration: a moved plan names none of Södermalm's.
    for a in moved["activities"].as_array_mut().expect("activities") {
        a["unit"] = Value::Null;
    }
    let (status, _) = call(
        app,
        Method::POST,
        "/api/v1/plans/import",
        &app.token(COORD).await,
        moved.clone(),
    )
    .await;
    assert_eq!(
        status, 403,
        "a Södermalm coordinator cannot import into Älvsjö"
    );
    let (status, imported) = call(
        app,
        Method::POST,
        "/api/v1/plans/import",
        &alv,
        moved.clone(),
    )
    .await;
    assert_eq!(status, 201, "{imported}");
    let new_id = imported["id"].as_i64().expect("id");
    let (_, again) = call(
        app,
        Method::GET,
        &format!("/api/v1/plans/{new_id}/export.json"),
        &alv,
        Value::Null,
    )
    .await;
    assert_eq!(again, moved, "the plan round-trips exactly");
    // A second import of the same period overlaps; nothing is written.
    let (status, _) = call(
        app,
        Method::POST,
        "/api/v1/plans/import",
        &alv,
        moved.clone(),
    )
    .await;
    assert_eq!(status, 409);
}

both_backends!(
    a_malformed_import_names_row_and_field_and_writes_nothing,
    |app| {
        let coord = app.token(COORD).await;
        let count = || async {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM plan_activities")
                .fetch_one(app.db.pool())
                .await
                .expect("count")
        };
        let before = count().await;
        let activity = |area: &str, text: &str, points: Value| {
            json!({
                "area": area, "text": text, "responsible": "Enhetschef", "unit": null, "person": "",
                "other_actors": "", "schedule": "Löpande", "follow_up": {"points": points, "indicator": "", "unit": ""},
                "carry": "new", "previous_status": null, "previous_comment": "",
                "reports": [{"point": "T2", "status": "done", "comment": "", "indicator_value": "", "reported_at": "2061-05-01T10:00:00Z", "reported_by": "x@demo.example"}]
            })
        };
        let file = json!({
            "format": "varn-plan/1", "administration": "SOD", "title": "Importerad",
            "dnr": "", "city_goal": "", "period_start": "2061-01-01", "period_end": "2061-12-31",
            "next_revision": "2061-12-31", "status": "draft", "decided_on": null, "decision_ref": null,
            "approved_on": null, "template_version": 1, "sections": {},
            "activities": [
                activity("other", "Bra rad", json!(["T2"])),
                activity("other", "", json!(["T2"])),
                activity("rymden", "Okänt område", json!(["T2"])),
                activity("other", "Fel punkt", json!(["T1"])),
            ]
        });
        let (status, e) = call(&app, Method::POST, "/api/v1/plans/import", &coord, file).await;
        assert_eq!(status, 422, "{e}");
        let problems: Vec<(i64, String)> = e["problems"]
            .as_array()
            .expect("problems")
            .iter()
            .map(|p| {
                (
                    p["row"].as_i64().unwrap_or(0),
                    p["field"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        assert_eq!(
            problems,
            [
                (2, "Aktivitet".to_string()),
                (3, "Område".to_string()),
                (4, "Uppföljningspunkt".to_string())
            ]
        );
        assert_eq!(count().await, before, "nothing half-imported");
        let (status, _) = call(&app, Method::GET, "/api/v1/plans", &coord, Value::Null).await;
        assert_eq!(status, 200);
        app.shutdown().await;
    }
);

fn sheet(rows: &[&[&str]]) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r as u32, c as u16, *v).expect("write");
        }
    }
    wb.save_to_buffer().expect("xlsx")
}

both_backends!(activities_come_from_a_sheet_or_not_at_all, |app| {
    let sod = app.id_of("administrations", "SOD").await;
    let coord = app.token(COORD).await;
    let (_, plan) = call(
        &app,
        Method::POST,
        &format!("/api/v1/administrations/{sod}/plans"),
        &coord,
        json!({
            "title": "Plan med inläsning", "period_start": "2071-01-01", "period_end": "2071-12-31"
        }),
    )
    .await;
    let id = plan["id"].as_i64().expect("id");
    let header: &[&str] = &[
        "Område",
        "Aktivitet",
        "Ansvarig",
        "Andra aktörer",
        "Tidplan",
        "Uppföljning",
    ];
    let bad = sheet(&[
        header,
        &[
            "Samverkan",
            "Möten med polisen",
            "Enhetschef",
            "Polisen",
            "4 ggr/år",
            "T1, T2, VB",
        ],
        &["Samverkan", "", "Enhetschef", "", "Löpande", "VB"],
        &["Fritid", "Okänt område", "Enhetschef", "", "Löpande", "VB"],
    ]);
    let r = app
        .api(
            Method::POST,
            &format!("/api/v1/plans/{id}/activities/import"),
            &coord,
        )
        .body(bad)
        .send()
        .await
        .expect("import");
    assert_eq!(r.status(), 422);
    let e: Value = r.json().await.expect("json");
    let named: Vec<(i64, &str)> = e["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| {
            (
                p["row"].as_i64().unwrap_or(0),
                p["field"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(named, [(3, "Aktivitet"), (4, "Område")]);
    let (_, p) = call(
        &app,
        Method::GET,
        &format!("/api/v1/plans/{id}"),
        &coord,
        Value::Null,
    )
    .await;
    assert_eq!(
        p["activities"].as_array().map(Vec::len),
        Some(0),
        "nothing half-imported"
    );

    let good = sheet(&[
        header,
        &[
            "Samverkan",
            "Möten med polisen",
            "Enhetschef",
            "Polisen",
            "4 ggr/år",
            "T1, T2, VB",
        ],
        &[
            "Kompetenshöjande insatser",
            "Webbutbildning för nya",
            "Respektive enhetschef",
            "",
            "Under hösten 2071",
            "Antal medarbetare som har gått utbildningen när året är slut (VB).",
        ],
    ]);
    let r = app
        .api(
            Method::POST,
            &format!("/api/v1/plans/{id}/activities/import"),
            &coord,
        )
        .body(good)
        .send()
        .await
        .expect("import");
    assert_eq!(r.status(), 200);
    let (_, p) = call(
        &app,
        Method::GET,
        &format!("/api/v1/plans/{id}"),
        &coord,
        Value::Null,
    )
    .await;
    let acts = p["activities"].as_array().expect("activities");
    assert_eq!(acts.len(), 2);
    assert_eq!(acts[0]["other_actors"], "Polisen");
    assert_eq!(acts[1]["schedule"]["parsed"]["kind"], "season");
    assert_eq!(
        acts[1]["follow_up"]["indicator"],
        "Antal medarbetare som har gått utbildningen när året är slut"
    );
    app.shutdown().await;
});

both_backends!(
    the_demo_has_current_and_previous_plans_with_history,
    |app| {
        // Loading the demo again changes nothing.
        let again = varn::demo::load(&app.db).await.expect("demo");
        assert_eq!((again.created, again.updated), (0, 0));
        let coord = app.token(COORD).await;
        let (_, list) = call(&app, Method::GET, "/api/v1/plans", &coord, Value::Null).await;
        let mine: Vec<&Value> = list.as_array().expect("list").iter().collect();
        assert_eq!(mine.len(), 2, "{list}");
        assert!(mine
            .iter()
            .all(|p| p["administration"] == "Södermalms stadsdelsförvaltning"));
        let current = mine
            .iter()
            .find(|p| p["period_start"] == "2026-01-01")
            .expect("current");
        let previous = mine
            .iter()
            .find(|p| p["period_start"] == "2025-01-01")
            .expect("previous");
        assert_eq!(current["status"], "approved");
        assert_eq!(previous["status"], "superseded");
        let id = current["id"].as_i64().expect("id");

        app.sign_in(COORD).await;
        let (status, html) = app.get_text(&format!("/planer/{id}")).await;
        assert_eq!(status, 200);
        assert!(html.contains("Status för förra periodens aktiviteter"));
        assert!(html.contains("Delvis genomförd: Drygt hälften"));
        assert!(html.contains("Avslutas"));
        // The plan's history names people and gives Swedish local time (issue 20 point 7).
        let history = html
            .split("id=\"history-caption\"")
            .nth(1)
            .and_then(|h| h.split("</table>").next())
            .expect("history");
        assert!(
            !history.contains('@') && history.contains(" kl. ") && !history.contains(":00Z"),
            "{history}"
        );
        let (status, html) = app
            .get_text(&format!("/planer/{id}/uppfoljning?punkt=T2"))
            .await;
        assert_eq!(status, 200);
        assert!(html.contains("Som planerat."));
        let (status, _) = app.get_text("/planer/struktur").await;
        assert_eq!(status, 200);
        // The current plan is approved: its activities cannot be edited any more.
        let carried: i64 =
            sqlx::query_scalar("SELECT MIN(id) FROM plan_activities WHERE plan_id = $1")
                .bind(id)
                .fetch_one(app.db.pool())
                .await
                .expect("activity");
        let r = app
            .post_with_csrf(
                &format!("/planer/aktiviteter/{carried}"),
                &[("area", "preventive"), ("text", "Ändrad text")],
            )
            .await;
        assert_eq!(r.status(), 409, "editing an approved plan");
        let (status, lines) = call(
            &app,
            Method::GET,
            &format!("/api/v1/plans/{id}/followups?point=T2"),
            &coord,
            Value::Null,
        )
        .await;
        assert_eq!(status, 200);
        assert!(lines
            .as_array()
            .expect("lines")
            .iter()
            .any(|l| l["comment"] == "Som planerat." && l["status"] == "ongoing"));
        let (status, d) = call(
            &app,
            Method::GET,
            &format!("/api/v1/plans/{id}/diff"),
            &coord,
            Value::Null,
        )
        .await;
        assert_eq!(status, 200, "{d}");
        assert_eq!(d["added"].as_array().map(Vec::len), Some(1));
        let (status, html) = app.get_text(&format!("/planer/{id}/skillnader")).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("Chefer i ekonomiskt bistånd deltar"),
            "the added activity"
        );
        assert!(html.contains("Avslutas"), "the ended activity");
        assert!(html.contains("SOD 2026/88"), "the new Dnr");

        let central = app.fresh_client();
        central.sign_in(CENTRAL).await;
        let (status, html) = central.get_text("/planer/uppfoljning?punkt=VB").await;
        assert_eq!(status, 200);
        assert!(html.contains("Södermalms stadsdelsförvaltning") && html.contains("Älvsjö"));

        let alv = app.fresh_client();
        alv.sign_in("samordnare.alvsjo@demo.example").await;
        let (status, _) = alv.get_text(&format!("/planer/{id}")).await;
        assert_eq!(status, 404, "Älvsjö sees nothing of Södermalm's plan");
        let (_, html) = alv.get_text("/planer").await;
        assert!(
            html.contains("2025-05-01 – 2026-04-30"),
            "a May–April period"
        );
        app.shutdown().await;
    }
);

both_backends!(
    the_central_coordinator_versions_the_structure_and_plans_keep_theirs,
    |app| {
        let central = app.fresh_client();
        central.sign_in(CENTRAL).await;
        let (status, html) = central.get_text("/planer/struktur").await;
        assert_eq!(status, 200);
        assert!(html.contains("Version 1"));
        let mut fields: Vec<(&str, String)> = Vec::new();
        for (key, title) in [
            ("inledning", "Inledning"),
            ("lagesbild", "Lägesbild"),
            ("analys", "Analys"),
            ("aktiviteter", "Aktiviteter"),
            ("uppfoljning", "Uppföljning"),
            ("resurser", "Resurser"),
        ] {
            fields.push(("key", key.into()));
            fields.push(("title", title.into()));
            fields.push(("guidance", format!("Skriv om {title}.")));
        }
        let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let r = central.post_with_csrf("/planer/struktur", &borrowed).await;
        assert_eq!(r.status(), 303);
        let coord = app.token(COORD).await;
        let (_, t) = call(
            &app,
            Method::GET,
            "/api/v1/plan-template",
            &coord,
            Value::Null,
        )
        .await;
        assert_eq!(t["version"], 2);
        assert_eq!(t["sections"].as_array().map(Vec::len), Some(6));
        let (_, list) = call(&app, Method::GET, "/api/v1/plans", &coord, Value::Null).await;
        let old = list[0]["id"].as_i64().expect("id");
        let (_, p) = call(
            &app,
            Method::GET,
            &format!("/api/v1/plans/{old}"),
            &coord,
            Value::Null,
        )
        .await;
        assert_eq!(p["template_version"], 1, "a plan keeps its version");
        let sod = app.id_of("administrations", "SOD").await;
        let (_, p) = call(
            &app,
            Method::POST,
            &format!("/api/v1/administrations/{sod}/plans"),
            &coord,
            json!({
                "title": "Ny plan", "period_start": "2081-01-01", "period_end": "2081-12-31"
            }),
        )
        .await;
        assert_eq!(p["template_version"], 2);
        assert_eq!(p["sections"].as_array().map(Vec::len), Some(6));
        // A coordinator cannot publish the structure.
        app.sign_in(COORD).await;
        let r = app.post_with_csrf("/planer/struktur", &borrowed).await;
        assert_eq!(r.status(), 403);
        app.shutdown().await;
    }
);

both_backends!(the_start_page_shows_the_work_that_waits, |app| {
    let sod = app.id_of("administrations", "SOD").await;
    let field_unit = app.id_of("units", "SOD-SOC-01").await;
    // A form arrives for Södermalm.
    let employee = app.token("medarbetare.sodermalm@demo.example").await;
    let r = app
        .api(reqwest::Method::POST, "/api/v1/reports", &employee)
        .json(&json!({"administration_id": sod, "occurred_from": "2026-09-30", "concerns": "none",
            "description": "En affisch med en våldsbejakande symbol sattes upp vid entrén.", "submission_key": "start-page-work-key-0001"}))
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 201);
    // A plan in force whose year ends in ten days: its VB report is due. (The demo's own
    // plans are moved out of the way first: two plans of one administration may not overlap.)
    sqlx::query("UPDATE plans SET period_start = '1990-01-01', period_end = '1990-12-31' WHERE administration_id = $1")
        .bind(sod)
        .execute(app.db.pool())
        .await
        .expect("move the demo plans");
    let today = chrono::Utc::now().date_naive();
    let start = (today - chrono::Days::new(355)).to_string();
    let end = (today + chrono::Days::new(10)).to_string();
    app.sign_in(COORD).await;
    let r = app
        .post_with_csrf(
            "/planer",
            &[
                ("administration", &sod.to_string()),
                ("title", "Plan med rapport som väntar"),
                ("period_start", &start),
                ("period_end", &end),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let id: i64 = r.headers()["location"]
        .to_str()
        .expect("loc")
        .trim_start_matches("/planer/")
        .split('?')
        .next()
        .and_then(|s| s.parse().ok())
        .expect("id");
    let r = app
        .post_with_csrf(
            &format!("/planer/{id}/aktiviteter"),
            &[
                ("area", "collaboration"),
                ("text", "Fältgruppen går kvällspass vid skolorna."),
                ("responsible", "Enhetschef Fältgruppen"),
                ("unit_id", &field_unit.to_string()),
                ("schedule", "Hela året"),
                ("points", "VB"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let r = app
        .post_with_csrf(
            &format!("/planer/{id}/beslut"),
            &[("decided_on", &start), ("reference", "§ 3")],
        )
        .await;
    assert_eq!(r.status(), 303);

    // The coordinator's start page shows the work, not the log.
    let (_, html) = app.get_text("/start").await;
    assert!(html.contains("Att göra"));
    assert!(
        html.contains("href=\"/inkorg?status=new\"") && html.contains("att bedöma"),
        "new forms to assess"
    );
    let link = format!("href=\"/planer/{id}/uppfoljning?punkt=VB\"");
    assert!(html.contains(&link), "the plan's due report");
    assert!(
        !html.contains("Senaste händelser i loggen"),
        "no log on a coordinator's start page"
    );
    // The central coordinator's start page keeps the log, naming people in Swedish local
    // time (issue 20 point 7).
    let central = app.fresh_client();
    central.sign_in(CENTRAL).await;
    let (_, html) = central.get_text("/start").await;
    let recent = crate::common::part(&html, "id=\"recent\"", "</ul>");
    crate::common::assert_named_in_local_time(
        recent,
        &crate::common::name_of(&app, COORD).await,
        COORD,
    );
    assert!(!recent.contains("@demo.example"), "{recent}");

    // The unit's manager sees the activity due, one click from the form; once reported it is gone.
    let manager = app.fresh_client();
    manager.sign_in(MANAGER).await;
    let (_, html) = manager.get_text("/start").await;
    assert!(
        html.contains(&link) && html.contains("VB: Fältgruppen går kvällspass vid skolorna"),
        "the manager's due activity"
    );
    assert!(!html.contains("att bedöma"), "a manager assesses no forms");
    let activity: i64 = sqlx::query_scalar("SELECT id FROM plan_activities WHERE plan_id = $1")
        .bind(id)
        .fetch_one(app.db.pool())
        .await
        .expect("activity");
    let r = manager
        .post_with_csrf(
            &format!("/planer/aktiviteter/{activity}/uppfoljning"),
            &[("point", "VB"), ("status", "done"), ("comment", "Klart.")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let (_, html) = manager.get_text("/start").await;
    assert!(!html.contains(&link), "a reported activity waits no more");
});

both_backends!(the_executive_board_sends_a_plan_back, |app| {
    let sod = app.id_of("administrations", "SOD").await;
    let coord = app.token(COORD).await;
    let central = app.token(CENTRAL).await;
    let (status, plan) = call(
        &app,
        Method::POST,
        &format!("/api/v1/administrations/{sod}/plans"),
        &coord,
        json!({"title": "Plan som skickas tillbaka", "period_start": "2071-01-01", "period_end": "2071-12-31"}),
    )
    .await;
    assert_eq!(status, 201, "{plan}");
    let id = plan["id"].as_i64().expect("id");
    let back = |body: Value, token: String| {
        let app = &app;
        async move {
            call(
                app,
                Method::POST,
                &format!("/api/v1/plans/{id}/return"),
                &token,
                body,
            )
            .await
        }
    };
    // Only a decided plan can be sent back.
    let (status, e) = back(json!({"comment": "Saknar analys."}), central.clone()).await;
    assert_eq!(status, 409, "{e}");
    let (status, _) = call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{id}/decide"),
        &coord,
        json!({"decided_on": "2071-01-15", "reference": "§ 2"}),
    )
    .await;
    assert_eq!(status, 200);
    // The administration's coordinator cannot send its own plan back; the comment is required.
    let (status, _) = back(json!({"comment": "x"}), coord.clone()).await;
    assert_eq!(status, 403);
    let (status, e) = back(json!({"comment": "  "}), central.clone()).await;
    assert_eq!(
        (status, &e["problems"][0]["field"]),
        (422, &json!("Kommunstyrelsens synpunkter")),
        "{e}"
    );
    let (status, p) = back(
        json!({"comment": "Analysen av lägesbilden saknas; komplettera avsnittet."}),
        central.clone(),
    )
    .await;
    assert_eq!(status, 200, "{p}");
    assert_eq!(p["status"], "draft");
    assert!(p["decided_on"].is_null());
    let last = p["events"]
        .as_array()
        .and_then(|e| e.last())
        .cloned()
        .unwrap_or_default();
    assert_eq!(last["step"], "returned", "{p}");
    assert!(last["reference"]
        .as_str()
        .is_some_and(|r| r.contains("Analysen")));
    // A draft again: the administration can change it.
    let (status, _) = call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{id}/activities"),
        &coord,
        json!({"area": "other", "text": "Analysen kompletteras."}),
    )
    .await;
    assert_eq!(status, 201);
    // The page shows the step in the plan's history.
    app.sign_in(COORD).await;
    let (_, html) = app.get_text(&format!("/planer/{id}")).await;
    assert!(
        html.contains("Skickad tillbaka av kommunstyrelsen"),
        "{html}"
    );
});

/// A decided plan of Södermalm with one activity of each unit manager ("Respektive
/// enhetschef", no unit) and one whose responsible names no unit, both followed up at T1.
async fn plan_of_each_unit_manager(app: &crate::common::TestApp) -> (i64, i64, i64) {
    use std::sync::atomic::{AtomicI32, Ordering};
    static YEAR: AtomicI32 = AtomicI32::new(2700);
    let year = YEAR.fetch_add(1, Ordering::SeqCst);
    let sod = app.id_of("administrations", "SOD").await;
    let actor = varn::audit::Actor::system("test");
    let mut tx = app.db.begin_write().await.expect("tx");
    let input = varn::plans::input::PlanInput {
        title: "Plan med enheternas uppföljning".into(),
        period_start: format!("{year}-01-01"),
        period_end: format!("{year}-12-31"),
        ..Default::default()
    };
    let plan = varn::plans::write::create_plan(
        &mut tx,
        &actor,
        varn::kernel::ids::AdministrationId::new(sod),
        &input.check().expect("plan"),
        None,
    )
    .await
    .expect("plan");
    let mut ids = Vec::new();
    for (text, responsible) in [
        (
            "Alla nya medarbetare går webbutbildningen.",
            "Respektive enhetschef",
        ),
        (
            "Samordnaren bjuder in till nätverksträff.",
            "Enhetschef Fältgruppen",
        ),
    ] {
        let activity = varn::plans::input::ActivityInput {
            area: "competence".into(),
            text: text.into(),
            responsible: responsible.into(),
            schedule: "Löpande".into(),
            follow_up: varn::plans::domain::FollowUp::from_text("T1"),
            ..Default::default()
        };
        ids.push(
            varn::plans::write::add_activity(
                &mut tx,
                &actor,
                plan,
                &activity.check(None).expect("a"),
            )
            .await
            .expect("activity"),
        );
    }
    varn::plans::lifecycle::decide(&mut tx, &actor, plan, &format!("{year}-01-20"), "§ 3")
        .await
        .expect("decide");
    tx.commit().await.expect("commit");
    (plan.get(), ids[0].get(), ids[1].get())
}

both_backends!(each_unit_manager_reports_for_their_own_unit, |app| {
    // Issue 20 point 18: "Respektive enhetschef" could be reported by no manager.
    let (plan, each, other) = plan_of_each_unit_manager(&app).await;
    let page = format!("/planer/{plan}/uppfoljning?punkt=T1");
    let form = format!("/planer/aktiviteter/{each}/uppfoljning");
    let falt = app.fresh_client();
    falt.sign_in(MANAGER).await;
    let (status, html) = falt.get_text(&page).await;
    assert_eq!(status, 200);
    assert!(html.contains(&form), "the manager may report on it");
    assert!(
        html.contains("Du rapporterar för Fältassistenterna."),
        "{html}"
    );
    assert!(
        !html.contains(&format!("/planer/aktiviteter/{other}/uppfoljning")),
        "an activity of no unit that is not each manager's stays the coordinator's"
    );
    let r = falt
        .post_with_csrf(
            &form,
            &[
                ("point", "T1"),
                ("status", "done"),
                ("comment", "Alla har gått den."),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let forskola = app.fresh_client();
    forskola
        .sign_in("chef.forskola.sodermalm@demo.example")
        .await;
    let fsk = app.id_of("units", "SOD-FSK-02").await;
    let soc = app.id_of("units", "SOD-SOC-01").await;
    // Another manager cannot answer for a unit that is not theirs …
    let r = forskola
        .post_with_csrf(
            &form,
            &[
                ("point", "T1"),
                ("status", "cancelled"),
                ("unit", &soc.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status(), 403);
    // … but answers for their own, here through the API.
    let token = app.token("chef.forskola.sodermalm@demo.example").await;
    let r = app
        .api(
            Method::POST,
            &format!("/api/v1/activities/{each}/followups"),
            &token,
        )
        .json(&json!({"point": "T1", "status": "ongoing", "comment": "Hälften klara."}))
        .send()
        .await
        .expect("api");
    assert_eq!(r.status(), 201);
    let body: Value = r.json().await.expect("json");
    let units: Vec<i64> = body["reports"]
        .as_array()
        .expect("reports")
        .iter()
        .filter_map(|r| r["unit_id"].as_i64())
        .collect();
    assert_eq!(units, [soc, fsk], "each report names its unit");
    // Neither may report on the other activity, nor may a manager of another administration.
    let r = falt
        .post_with_csrf(
            &format!("/planer/aktiviteter/{other}/uppfoljning"),
            &[("point", "T1"), ("status", "done")],
        )
        .await;
    assert_eq!(r.status(), 403);
    let alv = app.fresh_client();
    alv.sign_in("chef.alvsjo@demo.example").await;
    let r = alv
        .post_with_csrf(&form, &[("point", "T1"), ("status", "done")])
        .await;
    assert!(matches!(r.status().as_u16(), 403 | 404), "{}", r.status());

    // The coordinator sees the units' answers together, the status counted from them,
    // and the rules on the page.
    app.sign_in(COORD).await;
    let (_, html) = app.get_text(&page).await;
    for want in [
        "Pågår (sammanräknat, svar från 2 enheter)",
        "<strong>Fältassistenterna</strong>: Genomförd – Alla har gått den.",
        "Genomförd – Alla har gått den.",
        "Hälften klara.",
        "Aktiviteter som respektive enhetschef ansvarar för rapporteras per enhet",
        "1 av 2 aktiviteter är rapporterade vid T1. Status: Pågår 1.",
    ] {
        assert!(html.contains(want), "{want} in {html}");
    }
    // The coordinator's report on the whole activity is its status.
    let r = app
        .post_with_csrf(&form, &[("point", "T1"), ("status", "partly_done")])
        .await;
    assert_eq!(r.status(), 303);
    let (_, html) = app.get_text(&page).await;
    assert!(html.contains("Status: Delvis genomförd 1."), "{html}");
    assert!(
        html.contains("<strong>Fältassistenterna</strong>"),
        "the answers stay"
    );
    // The unit answers reach the T1 report.
    let r = app
        .get(&format!("/planer/{plan}/uppfoljning.pdf?punkt=T1"))
        .await;
    let shown = pdf_text(&r.bytes().await.expect("pdf"));
    // Narrow cells may break a word across lines.
    assert!(
        shown
            .replace(' ', "")
            .contains("Fältassistenterna:Genomförd"),
        "{shown}"
    );
    let stored: Vec<Option<i64>> =
        sqlx::query_scalar("SELECT unit_id FROM plan_followups WHERE activity_id = $1 ORDER BY id")
            .bind(each)
            .fetch_all(app.db.pool())
            .await
            .expect("reports");
    assert_eq!(stored, [Some(soc), Some(fsk), None]);
    app.shutdown().await;
});
