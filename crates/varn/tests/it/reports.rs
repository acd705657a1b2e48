//! The worried employee's path: the form with the PII guard, receipts, partner links,
//! the coordinator's inbox and assessment, exports and the taxonomy.

use crate::common::TestApp;
use reqwest::Method;
use serde_json::{json, Value};

async fn term(app: &TestApp, vocabulary: &str, code: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM taxonomy_terms WHERE vocabulary = $1 AND code = $2")
        .bind(vocabulary)
        .bind(code)
        .fetch_one(app.db.pool())
        .await
        .expect("term")
}

/// Forms beyond the demo's own.
async fn report_count(app: &TestApp) -> i64 {
    let all: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM reports")
        .fetch_one(app.db.pool())
        .await
        .expect("count");
    all - demo_count(app).await
}

async fn demo_count(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'create' AND record_type = 'report' AND actor = 'demo'")
        .fetch_one(app.db.pool())
        .await
        .expect("count")
}

async fn newest_report(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT MAX(id) FROM reports")
        .fetch_one(app.db.pool())
        .await
        .expect("id")
}

const IDENTIFYING: &str =
    "Eleven Ahmed Yilmaz, 19990101-0017, ringde från 070-174 06 12 och hotade läraren.";
const CLEAN: &str = "En elev i årskurs 9 visade en symbol från en våldsbejakande rörelse på skolgården och sa att han stöder dem.";

async fn form_fields(app: &TestApp, description: &str, key: &str) -> Vec<(String, String)> {
    let sod = app.id_of("administrations", "SOD").await;
    vec![
        ("administration_id".into(), sod.to_string()),
        ("occurred_from".into(), "2026-10-01".into()),
        ("concerns".into(), "individual".into()),
        ("age_band".into(), "15_17".into()),
        (
            "environments".into(),
            term(app, "environment", "hogerextremism").await.to_string(),
        ),
        (
            "event_types".into(),
            term(app, "event_type", "valdsbejakande_asikter")
                .await
                .to_string(),
        ),
        (
            "place_type_id".into(),
            term(app, "place_type", "skola").await.to_string(),
        ),
        ("actions".into(), "told_manager".into()),
        ("description".into(), description.into()),
        ("submission_key".into(), key.into()),
    ]
}

async fn post_fields(app: &TestApp, path: &str, fields: &[(String, String)]) -> (u16, String) {
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let r = app.post_with_csrf(path, &borrowed).await;
    (r.status().as_u16(), r.text().await.unwrap_or_default())
}

fn receipt_in(html: &str) -> String {
    let marker = "<strong id=\"receipt-code\">";
    let start = html.find(marker).expect("receipt") + marker.len();
    html[start..start + 14].to_string()
}

both_backends!(
    identifying_text_is_stopped_with_marks_and_never_stored,
    |app| {
        app.sign_in("medarbetare.sodermalm@demo.example").await;
        let key = "a-key-that-is-long-enough-0001";
        let (status, html) = post_fields(
            &app,
            "/blankett",
            &form_fields(&app, IDENTIFYING, key).await,
        )
        .await;
        assert_eq!(status, 422);
        assert!(html.contains("Blanketten är inte skickad"), "{html}");
        assert!(
            html.contains("<mark>"),
            "the findings are marked in the text"
        );
        // Each finding names its field as the form's label reads.
        assert!(html.contains("<strong>Vad har hänt?</strong> –"), "{html}");
        assert_eq!(report_count(&app).await, 0);
        let leaked: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE summary LIKE '%Yilmaz%' OR summary LIKE '%070%'",
        )
        .fetch_one(app.db.pool())
        .await
        .expect("q");
        assert_eq!(leaked, 0);

        let (status, html) =
            post_fields(&app, "/blankett", &form_fields(&app, CLEAN, key).await).await;
        assert_eq!(status, 200, "{html}");
        let receipt = receipt_in(&html);
        assert_eq!(report_count(&app).await, 1);
        // The same form posted again (a double click, a reload) is one form with the same receipt.
        let (_, again) = post_fields(&app, "/blankett", &form_fields(&app, CLEAN, key).await).await;
        assert_eq!(receipt_in(&again), receipt);
        assert_eq!(report_count(&app).await, 1);

        // The sender follows it without an account; a wrong code reveals nothing.
        let anonymous = app.fresh_client();
        let (_, html) = anonymous.get_text("/blankett/status").await;
        assert!(html.contains("Kvittokod"));
        let status_of = |code: String| {
            let anonymous = app.fresh_client();
            async move {
                let r = anonymous
                    .post_form("/blankett/status", &[("receipt", code.as_str())])
                    .await;
                r.text().await.unwrap_or_default()
            }
        };
        let found = status_of(receipt.to_lowercase()).await;
        assert!(
            found.contains("Ny") && found.contains("Södermalms stadsdelsförvaltning"),
            "{found}"
        );
        let wrong = status_of("AAAA-BBBB-CCCC".into()).await;
        let junk = status_of("x".into()).await;
        assert!(wrong.contains("Vi hittar ingen blankett"));
        assert_eq!(
            wrong, junk,
            "a wrong code and a malformed one get the same answer"
        );
    }
);

both_backends!(bad_input_is_named_in_swedish, |app| {
    app.sign_in("medarbetare.sodermalm@demo.example").await;
    let mut fields = form_fields(&app, &"å".repeat(4001), "a-key-that-is-long-enough-0002").await;
    for (k, v) in fields.iter_mut() {
        if k == "occurred_from" {
            *v = "2999-01-01".into();
        }
        if k == "administration_id" {
            *v = "999999".into();
        }
    }
    let (status, html) = post_fields(&app, "/blankett", &fields).await;
    assert_eq!(status, 422);
    assert!(
        html.contains("Fältet ”Datum (eller första dagen)”: datumet kan inte ligga i framtiden."),
        "{html}"
    );
    assert!(
        html.contains("Fältet ”Vad har hänt?”: texten är längre än 4000 tecken."),
        "{html}"
    );
    let mut fields = form_fields(&app, CLEAN, "a-key-that-is-long-enough-0003").await;
    fields[0].1 = "999999".into();
    let (status, html) = post_fields(&app, "/blankett", &fields).await;
    assert_eq!(status, 422);
    assert!(
        html.contains("Fältet ”Förvaltning som ska få blanketten”: förvaltningen finns inte."),
        "{html}"
    );
    assert_eq!(report_count(&app).await, 0);
});

both_backends!(the_routine_guide_link_prefills_what_has_been_done, |app| {
    app.sign_in("medarbetare.sodermalm@demo.example").await;
    let (status, html) = app
        .get_text("/blankett/ny?gjort=police_report,concern_report,okand")
        .await;
    assert_eq!(status, 200);
    assert!(
        html.contains("value=\"police_report\" checked")
            && html.contains("value=\"concern_report\" checked")
    );
    assert!(!html.contains("value=\"called_112\" checked"));
});

both_backends!(
    the_coordinator_of_the_administration_assesses_and_others_see_nothing,
    |app| {
        app.sign_in("medarbetare.sodermalm@demo.example").await;
        let (status, _) = post_fields(
            &app,
            "/blankett",
            &form_fields(&app, CLEAN, "a-key-that-is-long-enough-0004").await,
        )
        .await;
        assert_eq!(status, 200);
        let id = newest_report(&app).await;

        let other = app.fresh_client();
        other.sign_in("samordnare.alvsjo@demo.example").await;
        let (_, inbox) = other.get_text("/inkorg").await;
        assert!(!inbox.contains(&format!("/inkorg/{id}")));
        // Another administration's form number answers exactly as a missing one, so no
        // one can tell which numbers exist.
        let (status, html) = other.get_text(&format!("/inkorg/{id}")).await;
        assert_eq!(status, 404);
        assert_eq!(other.get_text("/inkorg/99999999").await, (404, html));

        let coordinator = app.fresh_client();
        coordinator
            .sign_in("samordnare.sodermalm@demo.example")
            .await;
        let (_, inbox) = coordinator.get_text("/inkorg").await;
        assert!(inbox.contains(&format!("/inkorg/{id}")), "{inbox}");
        assert!(!inbox.contains("skolgården"), "the list holds no free text");
        // Counts per status, within the coordinator's administration, each a link.
        let sod = app.id_of("administrations", "SOD").await;
        for status in ["new", "assessed_vbe"] {
            let n: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM reports WHERE administration_id = $1 AND status = $2",
            )
            .bind(sod)
            .bind(status)
            .fetch_one(app.db.pool())
            .await
            .expect("count");
            let label = if status == "new" {
                "Ny"
            } else {
                "Bedömd som VBE"
            };
            assert!(
                inbox.contains(&format!("<a href=\"/inkorg?status={status}\">{label} <span class=\"count\">{n}</span></a>")),
                "{status}: {n}"
            );
        }
        let (status, page) = coordinator.get_text(&format!("/inkorg/{id}")).await;
        assert_eq!(status, 200);
        assert!(page.contains("skolgården"));
        let reads: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'read' AND record_type = 'report' AND actor = 'samordnare.sodermalm@demo.example'")
        .fetch_one(app.db.pool())
        .await
        .expect("reads");
        assert_eq!(reads, 1, "opening the free text is audited");

        let env = term(&app, "environment", "hogerextremism")
            .await
            .to_string();
        let r = coordinator
            .post_with_csrf(
                &format!("/inkorg/{id}/bedomning"),
                &[("status", "forwarded"), ("forwarded_to", "")],
            )
            .await;
        assert_eq!(r.status(), 422);
        assert!(r
            .text()
            .await
            .expect("body")
            .contains("Fältet ”Vidarebefordrad till”: ange vart blanketten skickades vidare."));
        let r = coordinator
            .post_with_csrf(
                &format!("/inkorg/{id}/bedomning"),
                &[("status", "assessed_vbe"), ("environments", &env)],
            )
            .await;
        assert_eq!(r.status(), 303);
        let r = coordinator
            .post_with_csrf(
                &format!("/inkorg/{id}/kopplingar"),
                &[("kind", "ia"), ("reference", "IA-2026-00042")],
            )
            .await;
        assert_eq!(r.status(), 303);
        let r = coordinator
            .post_with_csrf(
                &format!("/inkorg/{id}/anteckningar"),
                &[("note", "Pratade med Ahmed Yilmaz på telefon 070-174 06 12.")],
            )
            .await;
        assert_eq!(r.status(), 422, "notes pass the PII guard");
        let html = r.text().await.expect("page");
        assert!(
            html.contains("Anteckningen är inte sparad")
                && !html.contains("Blanketten är inte skickad"),
            "a stopped note says the note was not saved"
        );
        assert!(
            html.contains("<mark>Ahmed Yilmaz<sup>"),
            "the finding is marked in the note's text"
        );
        let r = coordinator
            .post_with_csrf(
                &format!("/inkorg/{id}/anteckningar"),
                &[("note", "Rektor informerad, skolan följer upp.")],
            )
            .await;
        assert_eq!(r.status(), 303);
        let notes: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM report_notes WHERE report_id = $1")
                .bind(id)
                .fetch_one(app.db.pool())
                .await
                .expect("notes");
        assert_eq!(notes, 1);
        // People by name and times in Swedish local time, never an address or raw UTC.
        let (_, html) = coordinator.get_text(&format!("/inkorg/{id}")).await;
        let main = &html[html.find("<main").expect("main")..];
        // A stored time reads "2026-11-30T01:41:19Z"; looking for "T1" alone also found it in
        // the page's random CSRF token now and then.
        let raw_time = main.as_bytes().windows(11).any(|w| {
            w[..4].iter().all(u8::is_ascii_digit) && w[4] == b'-' && w[7] == b'-' && w[10] == b'T'
        });
        assert!(
            !main.contains("samordnare.sodermalm@demo.example") && !raw_time,
            "no address or UTC time on the form's page"
        );
        assert!(
            main.contains("Dragan Lindqvist, <span class=\"nowrap\">") && main.contains(" kl. "),
            "the note says who and when as people read it"
        );

        // Exports carry free text only when asked, and say so in the log.
        let plain = coordinator
            .get("/inkorg/export?format=csv")
            .await
            .text()
            .await
            .expect("csv");
        assert!(
            plain.contains("Bedömd som VBE")
                && plain.contains("Våldsbejakande högerextremism")
                && plain.contains("IA-2026-00042"),
            "{plain}"
        );
        assert!(!plain.contains("skolgården"));
        assert!(
            !plain.contains("ia IA-2026-00042") && !plain.contains("Z;") && !plain.contains("Z\""),
            "links read as themselves and times are local, not raw UTC: {plain}"
        );
        let full = coordinator
            .get("/inkorg/export?format=csv&free_text=1")
            .await
            .text()
            .await
            .expect("csv");
        assert!(full.contains("skolgården") && full.contains("Rektor informerad"));
        let xlsx = coordinator.get("/inkorg/export?format=xlsx").await;
        assert!(xlsx.headers()["content-type"]
            .to_str()
            .unwrap_or("")
            .contains("spreadsheetml"));
        let bytes = xlsx.bytes().await.expect("bytes");
        assert!(bytes.starts_with(b"PK"));
        let exports: Vec<String> =
            sqlx::query_scalar("SELECT summary FROM audit_log WHERE action = 'export' ORDER BY id")
                .fetch_all(app.db.pool())
                .await
                .expect("exports");
        assert_eq!(exports.len(), 3);
        assert!(exports[1].contains("med fritext"));
    }
);

both_backends!(partners_send_through_an_expiring_link, |app| {
    app.sign_in("samordnare.sodermalm@demo.example").await;
    let sod = app.id_of("administrations", "SOD").await;
    let r = app
        .post_with_csrf(
            &format!("/inkorg/forvaltningar/{sod}/lankar"),
            &[
                ("label", "Nattvandrarna"),
                ("days", "30"),
                ("max_reports", "2"),
            ],
        )
        .await;
    assert_eq!(r.status(), 201);
    let html = r.text().await.expect("body");
    let start = html.find("/blankett/lank/").expect("link shown");
    let path = html[start..].split('<').next().expect("path").to_string();

    let partner = app.fresh_client();
    let (status, page) = partner.get_text(&path).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Södermalms stadsdelsförvaltning")
            && !page.contains("Älvsjö stadsdelsförvaltning")
    );
    let fields = form_fields(&app, CLEAN, "partner-key-long-enough-00001").await;
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let r = partner.post_form(&path, &borrowed).await;
    assert_eq!(r.status(), 200);
    let channel: String = sqlx::query_scalar("SELECT channel FROM reports WHERE id = $1")
        .bind(newest_report(&app).await)
        .fetch_one(app.db.pool())
        .await
        .expect("channel");
    assert_eq!(channel, "partner");

    sqlx::query("UPDATE partner_links SET expires_at = '2000-01-01'")
        .execute(app.db.pool())
        .await
        .expect("expire");
    let (status, page) = partner.get_text(&path).await;
    assert_eq!(status, 410);
    assert!(page.contains("Länken har gått ut"));
    let (status, _) = partner.get_text("/blankett/lank/finns-inte-alls").await;
    assert_eq!(status, 410, "an unknown link answers like an expired one");
});

both_backends!(the_api_submits_guards_and_assesses, |app| {
    let employee = app.token("medarbetare.sodermalm@demo.example").await;
    let sod = app.id_of("administrations", "SOD").await;
    let body = |text: &str, key: &str| json!({"administration_id": sod, "occurred_from": "2026-09-30", "concerns": "none", "description": text, "submission_key": key});
    let r = app
        .api(Method::POST, "/api/v1/reports", &employee)
        .json(&body(IDENTIFYING, "api-key-long-enough-000000001"))
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 422);
    let answer: Value = r.json().await.expect("json");
    let findings = answer["findings"].as_array().expect("findings");
    assert!(!findings.is_empty());
    assert!(findings
        .iter()
        .all(|f| f["end"].as_u64() > f["start"].as_u64()));
    assert!(
        !answer.to_string().contains("Yilmaz"),
        "the answer never echoes the text"
    );
    let r = app
        .api(Method::POST, "/api/v1/reports", &employee)
        .json(&body(CLEAN, "api-key-long-enough-000000002"))
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 201);
    let receipt = r.json::<Value>().await.expect("json")["receipt"]
        .as_str()
        .expect("receipt")
        .to_string();
    let r = app
        .client
        .post(format!("{}/api/v1/reports/status", app.base))
        .json(&json!({"receipt": receipt}))
        .send()
        .await
        .expect("status");
    assert_eq!(r.json::<Value>().await.expect("json")["status"], "new");
    let r = app
        .client
        .post(format!("{}/api/v1/reports/status", app.base))
        .json(&json!({"receipt": "ZZZZ-ZZZZ-ZZZZ"}))
        .send()
        .await
        .expect("status");
    assert_eq!(r.status(), 404);

    let coordinator = app.token("samordnare.sodermalm@demo.example").await;
    let list: Vec<Value> = app
        .api(Method::GET, "/api/v1/reports?status=new", &coordinator)
        .send()
        .await
        .expect("list")
        .json()
        .await
        .expect("json");
    let id = newest_report(&app).await;
    assert!(list.iter().any(|r| r["id"].as_i64() == Some(id)));
    assert!(list.iter().all(|r| r["status"] == "new"));
    let vald = term(&app, "event_type", "vald").await;
    let r = app
        .api(
            Method::PATCH,
            &format!("/api/v1/reports/{id}"),
            &coordinator,
        )
        .json(&json!({"status": "assessed_not_vbe", "terms": [vald]}))
        .send()
        .await
        .expect("patch");
    assert_eq!(r.status(), 200);
    let detail: Value = r.json().await.expect("json");
    assert_eq!(detail["status"], "assessed_not_vbe");
    let alv = app.token("samordnare.alvsjo@demo.example").await;
    assert_eq!(
        app.api(Method::GET, &format!("/api/v1/reports/{id}"), &alv)
            .send()
            .await
            .expect("get")
            .status(),
        404
    );
});

both_backends!(renamed_terms_point_at_their_successors, |app| {
    let central = app.token("central@demo.example").await;
    let doc: Value = app
        .api(Method::GET, "/api/v1/taxonomy", &central)
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("json");
    let terms = doc["terms"].as_array().expect("terms");
    let old = terms
        .iter()
        .find(|t| t["code"] == "vit_makt")
        .expect("2016 term");
    let new = terms
        .iter()
        .find(|t| t["code"] == "hogerextremism")
        .expect("2024 term");
    assert_eq!(old["replaced_by"], new["id"]);
    let before = doc["version"].as_i64().expect("version");
    let r = app
        .api(
            Method::POST,
            &format!("/api/v1/taxonomy/terms/{}/rename", new["id"]),
            &central,
        )
        .json(&json!({"code": "hogerextrem_2030", "label": "Högerextremism (nytt namn)"}))
        .send()
        .await
        .expect("rename");
    assert_eq!(r.status(), 200);
    let doc: Value = r.json().await.expect("json");
    assert_eq!(doc["version"].as_i64(), Some(before + 1));
    let all: Vec<varn::taxonomy::Term> = varn::taxonomy::store::all(&app.db).await.expect("terms");
    let newest = all
        .iter()
        .find(|t| t.code == "hogerextrem_2030")
        .expect("new term");
    let oldest = all.iter().find(|t| t.code == "vit_makt").expect("old");
    assert_eq!(
        varn::taxonomy::domain::current_successor(&all, oldest.id),
        newest.id,
        "2016 maps through 2024 to 2030"
    );
    let coordinator = app.token("samordnare.sodermalm@demo.example").await;
    let r = app
        .api(Method::POST, "/api/v1/taxonomy/terms", &coordinator)
        .json(&json!({"vocabulary": "phenomenon", "code": "x", "label": "X"}))
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 403);
    let r = app
        .api(Method::POST, "/api/v1/taxonomy/terms", &central)
        .json(&json!({"vocabulary": "phenomenon", "code": "Med Mellanslag", "label": ""}))
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 422);
});

/// A form of an administration that happened on `occurred`, with a word of its own in the
/// free text (which the inbox's search must never find).
async fn form_on(app: &TestApp, admin: i64, unit: Option<i64>, occurred: &str) -> i64 {
    let form = varn::reports::domain::ReportForm {
        administration_id: Some(varn::kernel::ids::AdministrationId::new(admin)),
        unit_id: unit.map(varn::kernel::ids::UnitId::new),
        occurred_from: occurred.into(),
        concerns: "group".into(),
        description: "Zebrakodord på en skylt vid torget.".into(),
        ..Default::default()
    };
    let checked = form.check("2026-11-23").expect("valid form");
    let mut tx = app.db.begin_write().await.expect("tx");
    let key = varn::reports::domain::new_submission_key();
    let id = varn::reports::store::insert(&mut tx, &checked, "employee", None, &key, 2)
        .await
        .expect("insert");
    tx.commit().await.expect("commit");
    id.get()
}

/// The forms the inbox lists, in order.
fn listed(html: &str) -> Vec<i64> {
    html.split("<th scope=\"row\"><a href=\"/inkorg/")
        .skip(1)
        .filter_map(|s| s.split('"').next()?.parse().ok())
        .collect()
}

both_backends!(
    the_inbox_searches_fields_sorts_and_exports_what_it_shows,
    |app| {
        // Issue 20 point 8.
        let sod = app.id_of("administrations", "SOD").await;
        let alv = app.id_of("administrations", "ALV").await;
        let unit = app.id_of("units", "SOD-SOC-01").await;
        let early = form_on(&app, sod, Some(unit), "2026-01-03").await;
        let late = form_on(&app, sod, None, "2026-06-09").await;
        let elsewhere = form_on(&app, alv, None, "2026-03-01").await;
        app.sign_in("samordnare.sodermalm@demo.example").await;
        let r = app
            .post_with_csrf(
                &format!("/inkorg/{late}/kopplingar"),
                &[("kind", "ia"), ("reference", "ia-2026-4711")],
            )
            .await;
        assert_eq!(r.status(), 303);
        for id in [early, late] {
            let r = app
                .post_with_csrf(
                    &format!("/inkorg/{id}/bedomning"),
                    &[("status", "assessed_vbe")],
                )
                .await;
            assert_eq!(r.status(), 303);
        }
        let find = |q: &str| format!("/inkorg?q={}", urlencoding(q));
        // Free text is never searched.
        let (status, html) = app.get_text(&find("zebrakodord")).await;
        assert_eq!(status, 200);
        assert!(listed(&html).is_empty(), "{html}");
        // The linked IA number, the form's number, the unit, in any case.
        let (_, html) = app.get_text(&find("IA-2026-4711")).await;
        assert_eq!(listed(&html), [late]);
        let (_, html) = app.get_text(&find(&format!("#{early}"))).await;
        assert_eq!(listed(&html), [early]);
        let (_, html) = app.get_text(&find("FÄLTASSISTENTERNA")).await;
        assert_eq!(listed(&html), [early]);
        // Wildcards are taken literally.
        let (_, html) = app.get_text(&find("%")).await;
        assert!(listed(&html).is_empty());
        // The counts per status follow the search.
        let (_, html) = app.get_text(&find("fältassistenterna")).await;
        assert!(
            html.contains("Bedömd som VBE <span class=\"count\">1</span>"),
            "{html}"
        );
        // Sorting by when it happened, both ways.
        let (_, html) = app
            .get_text("/inkorg?from=2025-12-31&to=2026-12-31&sort=occurred_asc&per_page=1000")
            .await;
        let order = listed(&html);
        let pos = |id: i64| order.iter().position(|x| *x == id).expect("listed");
        assert!(pos(early) < pos(late), "{order:?}");
        let (_, html) = app
            .get_text("/inkorg?from=2025-12-31&to=2026-12-31&sort=occurred_desc&per_page=1000")
            .await;
        let order = listed(&html);
        let pos = |id: i64| order.iter().position(|x| *x == id).expect("listed");
        assert!(pos(late) < pos(early));
        assert!(!order.contains(&elsewhere), "another administration's form");
        assert!(html.contains("value=\"occurred_desc\" selected"));
        // The export follows the filters set, and links read as the IA number itself.
        let (status, csv) = app
            .get_text(&format!(
                "/inkorg/export?format=csv&q={}",
                urlencoding("IA-2026-4711")
            ))
            .await;
        assert_eq!(status, 200);
        let rows: Vec<&str> = csv.lines().skip(1).collect();
        assert_eq!(rows.len(), 1, "{csv}");
        assert!(
            rows[0].starts_with(&format!("{late};")) && rows[0].contains(";IA-2026-4711"),
            "{csv}"
        );
        assert!(!csv.contains("ia IA-"));
        // The central coordinator finds Älvsjö's form by its administration, Swedish letters
        // in any case.
        let central = app.fresh_client();
        central.sign_in("central@demo.example").await;
        let (_, html) = central
            .get_text(&format!("{}&per_page=1000", find("ÄLVSJÖ")))
            .await;
        let found = listed(&html);
        assert!(
            found.contains(&elsewhere) && !found.contains(&late),
            "{found:?}"
        );
        // Issue 20 point 13: a problem names its field as the form labels it.
        let r = app
            .post_with_csrf(
                &format!("/inkorg/forvaltningar/{sod}/lankar"),
                &[
                    ("label", "Nattvandrarna"),
                    ("days", "0"),
                    ("max_reports", "5000"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.expect("page");
        assert!(
            html.contains("Fältet ”Antal dagar länken gäller”: ange 1–365 dagar."),
            "{html}"
        );
        assert!(html.contains("Fältet ”Högst antal blanketter”"), "{html}");
        app.shutdown().await;
    }
);

fn urlencoding(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
