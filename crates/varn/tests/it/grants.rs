//! Grants, on SQLite and PostgreSQL: a grant officer registers an association (a wrong check
//! digit and a personal identity number refused, naming the field), an application with its
//! declaration, a decision (none without a reason), two instalments (none above the granted
//! sum), pays one, makes a VBE control (none dated before the grant), stops the payments
//! and sees the second instalment refused by every path, lifts the stop, withdraws support
//! with a claim, and reads the year's figures in the API, the page and CSV. Another
//! administration sees only that a control exists; the city's figures are suppressed.

use crate::common::{call, TestApp};
use reqwest::Method;
use serde_json::{json, Value};
use varn::audit::Actor;

const OFFICER: &str = "bidrag.sodermalm@demo.example";

/// The field named by the first problem of a 422 answer.
fn problem_fields(body: &Value) -> Vec<String> {
    body["problems"]
        .as_array()
        .map(|p| {
            p.iter()
                .map(|x| x["field"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn figure(report: &Value, key: &str) -> i64 {
    report["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .find(|f| f["key"] == key)
        .and_then(|f| f["value"].as_i64())
        .unwrap_or_else(|| panic!("no figure {key} in {report}"))
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(app.db.pool())
        .await
        .expect("count")
}

both_backends!(
    a_grant_officer_takes_an_association_from_application_to_stop,
    |app| {
        let sod = app.id_of("administrations", "SOD").await;
        let officer = app.token(OFFICER).await;
        let base = format!("/api/v1/administrations/{sod}/grants");
        let today = chrono::Utc::now().date_naive();
        let year = today.format("%Y").to_string();
        let day = |d: i64| {
            (today - chrono::Duration::days(d))
                .format("%Y-%m-%d")
                .to_string()
        };

        // Bad organisation numbers, each refused naming the field.
        for (org, words) in [
            ("802400-1236", "kontrollsiffran"),
            ("811228-9874", "personnummer"),
            ("12345", "tio siffror"),
        ] {
            let (status, body) = call(
                &app,
                Method::POST,
                &format!("{base}/associations"),
                &officer,
                json!({"org_number": org, "name": "Testföreningen", "kind": "sports"}),
            )
            .await;
            assert_eq!(status, 422, "{org}: {body}");
            assert_eq!(problem_fields(&body), vec!["Organisationsnummer"], "{body}");
            assert!(body.to_string().contains(words), "{org}: {body}");
        }
        let (status, created) = call(
        &app,
        Method::POST,
        &format!("{base}/associations"),
        &officer,
        json!({"org_number": "8024337894", "name": "Testföreningen Gnistan", "kind": "culture", "contact_role": "Kassör"}),
    )
    .await;
        assert_eq!(status, 201, "{created}");
        let assoc = created["id"].as_i64().expect("id");
        // The number is stored once: registering it again gives the same association.
        let (_, again) = call(
            &app,
            Method::POST,
            &format!("{base}/associations"),
            &officer,
            json!({"org_number": "802433-7894", "name": "Gnistan", "kind": "culture"}),
        )
        .await;
        assert_eq!(again["id"].as_i64(), Some(assoc));

        // The application with its declaration.
        let assoc_path = format!("{base}/associations/{assoc}");
        let (status, body) = call(
        &app,
        Method::POST,
        &format!("{assoc_path}/applications"),
        &officer,
        json!({"kind": "grant", "period_from": format!("{year}-01-01"), "period_to": format!("{year}-12-31"),
               "purpose": "Läxhjälp och teater för unga.", "amount": "40000",
               "declared_on": day(30), "declared_by_role": "Ordförande", "received_on": day(30)}),
    )
    .await;
        assert_eq!(status, 201, "{body}");
        let application = body["id"].as_i64().expect("id");

        // A decision without a reason is refused, naming the field.
        let decision = json!({"outcome": "partly", "granted_amount": "30000", "reason": "",
        "reference": format!("SOD {year}/9"), "decided_on": day(20), "follow_up_plan": "Kontroll under året."});
        let (status, body) = call(
            &app,
            Method::POST,
            &format!("/api/v1/grants/applications/{application}/decision"),
            &officer,
            decision.clone(),
        )
        .await;
        assert_eq!(status, 422, "{body}");
        assert_eq!(problem_fields(&body), vec!["Skäl"]);
        let mut decision = decision;
        decision["reason"] = json!("Delvis beviljad efter budgeten.");
        let (status, body) = call(
            &app,
            Method::POST,
            &format!("/api/v1/grants/applications/{application}/decision"),
            &officer,
            decision,
        )
        .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["application"]["granted_amount"], 30000);

        // Two instalments; a third above the granted sum is refused.
        let pay_path = format!("/api/v1/grants/applications/{application}/payments");
        let mut payments = vec![];
        for due in [day(10), day(1)] {
            let (status, body) = call(
                &app,
                Method::POST,
                &pay_path,
                &officer,
                json!({"amount": "15000", "due_on": due}),
            )
            .await;
            assert_eq!(status, 201, "{body}");
            payments.push(body["id"].as_i64().expect("id"));
        }
        let (status, body) = call(
            &app,
            Method::POST,
            &pay_path,
            &officer,
            json!({"amount": "1", "due_on": day(1)}),
        )
        .await;
        assert_eq!(status, 422, "{body}");
        assert_eq!(problem_fields(&body), vec!["Belopp (kr)"]);

        // Paying needs an approval first; then the first is paid.
        let step = |p: i64, s: &str| format!("/api/v1/grants/payments/{p}/{s}");
        let (status, _) = call(
            &app,
            Method::POST,
            &step(payments[0], "pay"),
            &officer,
            Value::Null,
        )
        .await;
        assert_eq!(status, 422);
        let (status, _) = call(
            &app,
            Method::POST,
            &step(payments[0], "approve"),
            &officer,
            Value::Null,
        )
        .await;
        assert_eq!(status, 200);
        let (status, body) = call(
            &app,
            Method::POST,
            &step(payments[0], "pay"),
            &officer,
            Value::Null,
        )
        .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["status"], "paid");

        // A control dated before the grant is refused; the VBE control is taken.
        let control = |on: String| {
            json!({"kind": "vbe", "application_id": application, "checked": "Webbplats och stadgar",
               "finding": "Inga avvikelser mot demokrativillkoren.", "controlled_on": on})
        };
        let (status, body) = call(
            &app,
            Method::POST,
            &format!("{assoc_path}/controls"),
            &officer,
            control(day(25)),
        )
        .await;
        assert_eq!(status, 422, "{body}");
        assert_eq!(problem_fields(&body), vec!["Kontrolldatum"]);
        let (status, body) = call(
            &app,
            Method::POST,
            &format!("{assoc_path}/controls"),
            &officer,
            control(day(5)),
        )
        .await;
        assert_eq!(status, 201, "{body}");

        // A second instalment approved before the stop is stopped with the planned ones.
        let (status, _) = call(
            &app,
            Method::POST,
            &step(payments[1], "approve"),
            &officer,
            Value::Null,
        )
        .await;
        assert_eq!(status, 200);

        // The stop needs a reason, then stops every instalment not yet paid.
        let (status, body) = call(
            &app,
            Method::POST,
            &format!("{assoc_path}/stop"),
            &officer,
            json!({"reason": " "}),
        )
        .await;
        assert_eq!(status, 422);
        assert_eq!(problem_fields(&body), vec!["Skäl för stopp"]);
        let (status, body) = call(
            &app,
            Method::POST,
            &format!("{assoc_path}/stop"),
            &officer,
            json!({"reason": "Föreningen har bjudit in en talare som uppmanar till våld."}),
        )
        .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["payments"], 1);

        // No path pays it: the API, the store's own step, a new instalment.
        let (status, body) = call(
            &app,
            Method::POST,
            &step(payments[1], "pay"),
            &officer,
            Value::Null,
        )
        .await;
        assert_eq!(status, 422, "{body}");
        assert!(body.to_string().contains("stoppad"), "{body}");
        let (status, _) = call(
            &app,
            Method::POST,
            &step(payments[1], "approve"),
            &officer,
            Value::Null,
        )
        .await;
        assert_eq!(status, 422);
        let (status, body) = call(
            &app,
            Method::POST,
            &pay_path,
            &officer,
            json!({"amount": "100", "due_on": day(0)}),
        )
        .await;
        assert_eq!(status, 422, "{body}");
        assert!(body.to_string().contains("stoppade"), "{body}");
        let actor = Actor::system("test");
        let payment = varn::grants::domain::GrantPaymentId::new(payments[1]);
        for s in [
            varn::grants::domain::Step::Approve,
            varn::grants::domain::Step::Pay,
        ] {
            assert!(
                varn::grants::service::step_payment(&app.db, &actor, payment, s)
                    .await
                    .is_err()
            );
        }
        // Even forced back to approved behind the service's back, the store will not pay it.
        sqlx::query("UPDATE grant_payments SET status = 'approved' WHERE id = $1")
            .bind(payments[1])
            .execute(app.db.pool())
            .await
            .expect("force");
        let mut tx = app.db.begin_write().await.expect("tx");
        let moved = varn::grants::store::move_payment(
            &mut tx,
            payment,
            varn::grants::domain::PaymentStatus::Approved,
            varn::grants::domain::PaymentStatus::Paid,
        )
        .await
        .expect("move");
        tx.commit().await.expect("commit");
        assert!(!moved, "a stopped association was paid through the store");
        sqlx::query("UPDATE grant_payments SET status = 'stopped' WHERE id = $1")
            .bind(payments[1])
            .execute(app.db.pool())
            .await
            .expect("back");

        // The application shows the stop and the stopped instalment.
        let (status, view) = call(
            &app,
            Method::GET,
            &format!("/api/v1/grants/applications/{application}"),
            &officer,
            Value::Null,
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(view["stopped"], true);
        assert_eq!(view["payments"][1]["status"], "stopped");

        // Support already paid is withdrawn with its claim (never above what was paid).
        let w = format!("/api/v1/grants/applications/{application}/withdrawals");
        let (status, body) = call(
            &app,
            Method::POST,
            &w,
            &officer,
            json!({"claim_amount": "15001", "reason": "Villkoren bröts.", "decided_on": day(0)}),
        )
        .await;
        assert_eq!(status, 422, "{body}");
        assert_eq!(problem_fields(&body), vec!["Återkrävt belopp (kr)"]);
        let (status, body) = call(
            &app,
            Method::POST,
            &w,
            &officer,
            json!({"claim_amount": "15000", "reason": "Villkoren bröts.", "decided_on": day(0)}),
        )
        .await;
        assert_eq!(status, 201, "{body}");

        // The year's figures.
        let (status, report) = call(
            &app,
            Method::GET,
            &format!("{base}/report?year={year}"),
            &officer,
            Value::Null,
        )
        .await;
        assert_eq!(status, 200, "{report}");
        if day(30).starts_with(&year) {
            assert!(figure(&report, "applications") >= 1);
        }
        if day(5).starts_with(&year) {
            assert!(figure(&report, "controls:vbe") >= 1);
        }
        assert!(figure(&report, "stops") >= 1);
        assert!(figure(&report, "withdrawals") >= 1);
        assert!(figure(&report, "sum:claimed") >= 15000);

        // The plan's follow-up reads the same through the measures.
        let value = varn::web::capability::measure_value(
            varn::app::CAPABILITIES,
            &app.db,
            varn::kernel::ids::AdministrationId::new(sod),
            "grants/controls:vbe",
            varn::web::capability::Period {
                from: &day(6),
                to: &day(0),
            },
        )
        .await
        .expect("measure")
        .expect("offered");
        assert_eq!(value.value, Some(1));

        // Lifting needs its own reason; the stopped instalment is planned again.
        let (status, body) = call(
            &app,
            Method::POST,
            &format!("{assoc_path}/lift-stop"),
            &officer,
            json!({"reason": "Föreningen har bytt styrelse och tagit avstånd."}),
        )
        .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["payments"], 1);
        let (status, _) = call(
            &app,
            Method::POST,
            &step(payments[1], "approve"),
            &officer,
            Value::Null,
        )
        .await;
        assert_eq!(status, 200);

        // Every change was audited; the read of the findings too.
        let coordinator = app.token("samordnare.sodermalm@demo.example").await;
        let (status, view) = call(&app, Method::GET, &assoc_path, &coordinator, Value::Null).await;
        assert_eq!(status, 200);
        assert_eq!(view["controls"][0]["kind"], "vbe");
        assert!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE record_type = 'grant_association' AND action = 'read'").await >= 1);
        assert!(
            count(
                &app,
                "SELECT COUNT(*) FROM audit_log WHERE record_type = 'grant_stop'"
            )
            .await
                >= 2
        );
        assert!(
            count(
                &app,
                "SELECT COUNT(*) FROM audit_log WHERE record_type = 'grant_payment'"
            )
            .await
                >= 5
        );

        // The association's page names who controlled, stopped and lifted; never their
        // address (issue 20 point 7).
        app.sign_in(OFFICER).await;
        let (status, html) = app
            .get_text(&format!("/bidrag/forvaltningar/{sod}/foreningar/{assoc}"))
            .await;
        assert_eq!(status, 200);
        let who = crate::common::name_of(&app, OFFICER).await;
        for marker in ["id=\"controls-caption\"", "id=\"stops-caption\""] {
            crate::common::assert_named(
                crate::common::part(&html, marker, "</table>"),
                &who,
                OFFICER,
            );
        }
    }
);

both_backends!(other_administrations_see_only_that_a_record_exists, |app| {
    let sod = app.id_of("administrations", "SOD").await;
    let alv = app.id_of("administrations", "ALV").await;
    let officer = app.token(OFFICER).await;
    // The demo's Södermalms Bollklubb also deals with Älvsjö, which made a control.
    let id: i64 =
        sqlx::query_scalar("SELECT id FROM grant_associations WHERE org_number = '802400-1235'")
            .fetch_one(app.db.pool())
            .await
            .expect("demo association");
    let (status, view) = call(
        &app,
        Method::GET,
        &format!("/api/v1/administrations/{sod}/grants/associations/{id}"),
        &officer,
        Value::Null,
    )
    .await;
    assert_eq!(status, 200, "{view}");
    let elsewhere = view["elsewhere"].as_array().expect("elsewhere");
    assert_eq!(elsewhere.len(), 1, "{view}");
    assert_eq!(elsewhere[0]["has_controls"], true);
    assert!(
        !view.to_string().contains("Årsredovisning"),
        "another administration's control leaked: {view}"
    );
    // Älvsjö's coordinator cannot open Södermalm's own association (not linked to Älvsjö).
    let kultur: i64 =
        sqlx::query_scalar("SELECT id FROM grant_associations WHERE org_number = '802455-6675'")
            .fetch_one(app.db.pool())
            .await
            .expect("demo association");
    let alv_coordinator = app.token("samordnare.alvsjo@demo.example").await;
    let (status, _) = call(
        &app,
        Method::GET,
        &format!("/api/v1/administrations/{alv}/grants/associations/{kultur}"),
        &alv_coordinator,
        Value::Null,
    )
    .await;
    assert_eq!(status, 404);
    // The city's figures are suppressed: Södermalm's few applications are hidden.
    let central = app.token("central@demo.example").await;
    let year = chrono::Utc::now().date_naive().format("%Y").to_string();
    let last: i32 = year.parse::<i32>().expect("year") - 1;
    let (status, city) = call(
        &app,
        Method::GET,
        &format!("/api/v1/grants/city?year={last}"),
        &central,
        Value::Null,
    )
    .await;
    assert_eq!(status, 200, "{city}");
    assert!(city.to_string().contains("hidden"), "{city}");
    let (status, body) = call(
        &app,
        Method::GET,
        "/api/v1/grants/city?year=1",
        &central,
        Value::Null,
    )
    .await;
    assert_eq!(status, 422, "{body}");
});

both_backends!(the_pages_refuse_bad_input_in_swedish, |app| {
    let sod = app.id_of("administrations", "SOD").await;
    let page = app.fresh_client();
    page.sign_in(OFFICER).await;
    let (status, html) = page.get_text(&format!("/bidrag/forvaltningar/{sod}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Södermalms Bollklubb"));
    let r = page
        .post_with_csrf(
            &format!("/bidrag/forvaltningar/{sod}/foreningar"),
            &[
                ("org_number", "811228-9874"),
                ("name", "Firma"),
                ("kind", "other"),
                ("contact_role", ""),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.expect("html");
    assert!(
        html.contains("Organisationsnummer") && html.contains("personnummer"),
        "{html}"
    );
    let r = page
        .post_with_csrf(
            &format!("/bidrag/forvaltningar/{sod}/foreningar"),
            &[
                ("org_number", "802466-0014"),
                ("name", "Sidföreningen"),
                ("kind", "study"),
                ("contact_role", "Ordförande"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    let to = r.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    let (status, html) = page.get_text(&to).await;
    assert_eq!(status, 200);
    assert!(html.contains("Sidföreningen"));
    // The year's page and its CSV.
    let (status, html) = page
        .get_text(&format!("/bidrag/forvaltningar/{sod}/arsrapport"))
        .await;
    assert_eq!(status, 200);
    assert!(html.contains("VBE-kontroller"), "{html}");
    let r = page
        .get(&format!(
            "/bidrag/forvaltningar/{sod}/arsrapport.csv?ar=2025"
        ))
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let csv = r.text().await.expect("csv");
    assert!(csv.contains("Kontroller") && csv.contains("2025"), "{csv}");
    // A coordinator reads everything but does not register.
    let coordinator = app.fresh_client();
    coordinator
        .sign_in("samordnare.sodermalm@demo.example")
        .await;
    let (status, html) = coordinator
        .get_text(&format!("/bidrag/forvaltningar/{sod}"))
        .await;
    assert_eq!(status, 200);
    assert!(!html.contains("Registrera en förening"));
});

both_backends!(an_association_list_is_imported_whole_or_not_at_all, |app| {
    let sod = app.id_of("administrations", "SOD").await;
    let officer = app.token(OFFICER).await;
    let path = format!("/api/v1/administrations/{sod}/grants/associations/import");
    let send = |body: &'static str| {
        app.api(Method::POST, &path, &officer)
            .header("content-type", "application/octet-stream")
            .body(body)
            .send()
    };
    let before = count(&app, "SELECT COUNT(*) FROM grant_associations").await;
    let bad = "Organisationsnummer;Namn;Typ\n802466-0014;Bra föreningen;sports\n802466-0015;Felet;sports\n";
    let r = send(bad).await.expect("import");
    assert_eq!(r.status().as_u16(), 422);
    let body: Value = r.json().await.expect("json");
    assert_eq!(body["problems"][0]["row"], 3, "{body}");
    assert_eq!(
        body["problems"][0]["field"], "Organisationsnummer",
        "{body}"
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM grant_associations").await,
        before,
        "half imported"
    );
    // The demo's Bollklubb is already registered: it is linked, not made twice.
    let good = "Organisationsnummer;Namn;Typ;Kontaktroll\n802466-0014;Bra föreningen;Idrottsförening;Kassör\n802400-1235;Södermalms Bollklubb;sports;\n";
    let r = send(good).await.expect("import");
    assert_eq!(r.status().as_u16(), 200);
    let done: Value = r.json().await.expect("json");
    assert_eq!(done, json!({"read": 2, "new": 1, "linked": 1}));
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM grant_associations").await,
        before + 1
    );
});

both_backends!(
    the_year_goes_to_the_board_and_due_controls_to_the_start_page,
    |app| {
        let sod = app.id_of("administrations", "SOD").await;
        let page = app.fresh_client();
        page.sign_in(OFFICER).await;
        for (ext, magic) in [
            ("docx", &b"PK"[..]),
            ("pdf", &b"%PDF"[..]),
            ("xlsx", &b"PK"[..]),
        ] {
            let r = page
                .get(&format!(
                    "/bidrag/forvaltningar/{sod}/arsrapport.{ext}?ar=2025"
                ))
                .await;
            assert_eq!(r.status().as_u16(), 200, "{ext}");
            let bytes = r.bytes().await.expect("bytes");
            assert!(bytes.starts_with(magic), "{ext}");
        }
        let r = page
            .get(&format!("/bidrag/forvaltningar/{sod}/arsrapport?ar=tjugo"))
            .await;
        assert_eq!(r.status().as_u16(), 422);
        // A granted application whose period has ended without a control is due.
        let officer = app.token(OFFICER).await;
        let base = format!("/api/v1/administrations/{sod}/grants");
        let (_, created) = call(
            &app,
            Method::POST,
            &format!("{base}/associations"),
            &officer,
            json!({"org_number": "802466-0014", "name": "Slutföreningen", "kind": "other"}),
        )
        .await;
        let assoc = created["id"].as_i64().expect("id");
        let day = |d: i64| {
            (chrono::Utc::now().date_naive() - chrono::Duration::days(d))
                .format("%Y-%m-%d")
                .to_string()
        };
        let (status, body) = call(&app, Method::POST, &format!("{base}/associations/{assoc}/applications"), &officer,
        json!({"kind": "premises", "period_from": day(40), "period_to": day(2), "purpose": "Möten",
               "premises": "Lokalen i parken", "times": "Onsdagar", "declared_on": day(50),
               "declared_by_role": "Ordförande", "received_on": day(50)})).await;
        assert_eq!(status, 201, "{body}");
        let application = body["id"].as_i64().expect("id");
        let (status, body) = call(
            &app,
            Method::POST,
            &format!("/api/v1/grants/applications/{application}/decision"),
            &officer,
            json!({"outcome": "granted", "reason": "Uppfyller villkoren.", "reference": "SOD 1/1",
               "decided_on": day(45), "follow_up_plan": "Kontroll när perioden slutar."}),
        )
        .await;
        assert_eq!(status, 200, "{body}");
        let (_, start) = page.get_text("/start").await;
        assert!(start.contains("väntar på kontroll"), "{start}");
        let (_, html) = page.get_text(&format!("/bidrag/forvaltningar/{sod}")).await;
        assert!(
            html.contains("Kontroller att göra") && html.contains("Slutföreningen"),
            "{html}"
        );
        let (status, body) = call(&app, Method::POST, &format!("{base}/associations/{assoc}/controls"), &officer,
        json!({"kind": "yearly", "application_id": application, "checked": "Närvaro", "finding": "Som avtalat.", "controlled_on": day(1)})).await;
        assert_eq!(status, 201, "{body}");
        let (_, html) = page.get_text(&format!("/bidrag/forvaltningar/{sod}")).await;
        assert!(
            !html.contains("Kontroller att göra"),
            "still due after the control"
        );
    }
);

both_backends!(a_control_due_is_reminded_once_by_e_mail, |app| {
    use crate::common::smtp::{decoded, smtp_server};
    let sod = app.id_of("administrations", "SOD").await;
    let officer = app.token(OFFICER).await;
    let base = format!("/api/v1/administrations/{sod}/grants");
    let day = |d: i64| {
        (chrono::Utc::now().date_naive() - chrono::Duration::days(d))
            .format("%Y-%m-%d")
            .to_string()
    };
    let (_, created) = call(
        &app,
        Method::POST,
        &format!("{base}/associations"),
        &officer,
        json!({"org_number": "802466-0014", "name": "Påminnelseföreningen", "kind": "other"}),
    )
    .await;
    let assoc = created["id"].as_i64().expect("id");
    let (_, body) = call(&app, Method::POST, &format!("{base}/associations/{assoc}/applications"), &officer,
        json!({"kind": "grant", "period_from": day(100), "period_to": day(-10), "purpose": "Möten", "amount": "5000",
               "declared_on": day(120), "declared_by_role": "Ordförande", "received_on": day(120)})).await;
    let application = body["id"].as_i64().expect("id");
    let (status, _) = call(&app, Method::POST, &format!("/api/v1/grants/applications/{application}/decision"), &officer,
        json!({"outcome": "granted", "granted_amount": "5000", "reason": "Uppfyller villkoren.", "reference": "SOD 2/2",
               "decided_on": day(110), "follow_up_plan": "Kontroll när perioden slutar."})).await;
    assert_eq!(status, 200);

    let (port, inbox) = smtp_server().await;
    let config = varn::config::Config {
        smtp_url: varn::config::Secret::new(format!("smtp://127.0.0.1:{port}")),
        mail_from: "Värn <varn@demo.example>".into(),
        ..Default::default()
    };
    let mailer = varn::mail::Mailer::from_config(&config)
        .expect("config")
        .expect("mailer");
    let today = day(0);
    let sent =
        varn::grants::reminders::send_due(&app.db, &mailer, "https://varn.example.se", &today)
            .await
            .expect("send");
    assert_eq!((sent.emails, sent.failed), (1, 0), "{sent:?}");
    assert!(sent.reminders >= 1);
    let mails = inbox.lock().expect("inbox").clone();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].to, vec![OFFICER.to_string()]);
    let text = decoded(&mails[0].data);
    assert!(
        text.contains("Påminnelseföreningen") && text.contains("/bidrag/forvaltningar/"),
        "{text}"
    );
    let again =
        varn::grants::reminders::send_due(&app.db, &mailer, "https://varn.example.se", &today)
            .await
            .expect("send");
    assert_eq!(again.emails, 0, "reminded twice");
});
