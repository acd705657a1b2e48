//! Full-app tests: the server on a random port with a fresh database, driven over HTTP.

use crate::common::{spawn_app, TestApp, PASSWORD};
use reqwest::Method;
use serde_json::{json, Value};
use varn::db::Backend;

async fn app() -> TestApp {
    spawn_app(Backend::Sqlite).await
}

#[tokio::test]
async fn health_answers_only_while_the_database_does() {
    let app = app().await;
    let r = app.get("/healthz").await;
    assert_eq!(r.status(), 200);
    app.db.close().await;
    assert_eq!(app.get("/healthz").await.status(), 503);
}

#[tokio::test]
async fn signing_in_sets_a_hardened_cookie_and_lands_on_the_start_page() {
    let app = app().await;
    assert_eq!(
        app.get("/start").await.headers()["location"],
        "/logga-in?next=%2Fstart"
    );
    let r = app
        .sign_in_as("samordnare.sodermalm@demo.example", PASSWORD)
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/start");
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap_or("").to_string())
        .find(|c| c.starts_with("varn_session="))
        .expect("session cookie");
    for attribute in ["HttpOnly", "SameSite=Strict", "Secure", "Path=/"] {
        assert!(cookie.contains(attribute), "{cookie} lacks {attribute}");
    }
    let (status, html) = app.get_text("/start").await;
    assert_eq!(status, 200);
    assert!(html.contains("Södermalms stadsdelsförvaltning"));
    assert!(
        !html.contains("Älvsjö stadsdelsförvaltning"),
        "a Södermalm coordinator sees nothing of Älvsjö"
    );
    assert!(html.contains("lang=\"sv\""));
    // Signing out ends the session on the server, not only in the browser.
    let r = app.post_with_csrf("/logga-ut", &[]).await;
    assert_eq!(r.status(), 303);
    let row: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions")
        .fetch_one(app.db.pool())
        .await
        .expect("count");
    assert_eq!(row, 0);
}

#[tokio::test]
async fn a_wrong_password_says_nothing_about_the_account() {
    let app = app().await;
    let known = app
        .sign_in_as("admin@demo.example", "fel-lösenord-123")
        .await;
    let known_status = known.status();
    let known_body = known.text().await.expect("body");
    let unknown = app
        .sign_in_as("ingen.alls@demo.example", "fel-lösenord-123")
        .await;
    assert_eq!(known_status, unknown.status());
    assert_eq!(known_status, 401);
    let unknown_body = unknown.text().await.expect("body");
    for body in [&known_body, &unknown_body] {
        assert!(body.contains("Fel e-postadress eller lösenord."));
    }
    let failed: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'sign_in_failed'")
            .fetch_one(app.db.pool())
            .await
            .expect("count");
    assert_eq!(failed, 2, "failed sign-ins are audited");
}

#[tokio::test]
async fn repeated_failures_are_rate_limited_but_others_are_not() {
    let app = app().await;
    for _ in 0..5 {
        assert_eq!(
            app.sign_in_as("admin@demo.example", "fel-fel-fel-fel")
                .await
                .status(),
            401
        );
    }
    // Right after, the account must wait: even the right password is not looked at.
    let waiting = app.sign_in_as("admin@demo.example", PASSWORD).await;
    assert_eq!(waiting.status(), 429);
    assert!(waiting
        .text()
        .await
        .expect("body")
        .contains("Vänta 1 sekunder"));
    // Others sign in as usual.
    assert_eq!(
        app.fresh_client()
            .sign_in_as("central@demo.example", PASSWORD)
            .await
            .status(),
        303
    );
    // After the delay the owner's right password goes through: a guesser cannot lock
    // a colleague out.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert_eq!(
        app.sign_in_as("admin@demo.example", PASSWORD)
            .await
            .status(),
        303
    );
}

#[tokio::test]
async fn sign_in_without_its_form_token_is_refused() {
    let app = app().await;
    let r = app
        .post_form(
            "/logga-in",
            &[("email", "admin@demo.example"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status(), 400);
    assert!(r
        .text()
        .await
        .expect("body")
        .contains("Inloggningssidan har gått ut"));
}

#[tokio::test]
async fn forms_need_the_csrf_token_and_a_same_origin() {
    let app = app().await;
    app.sign_in("central@demo.example").await;
    let fields = [
        ("code", "NYA"),
        ("name", "Nya förvaltningen"),
        ("kind", "district"),
    ];
    let without = app.post_form("/organisation", &fields).await;
    assert_eq!(without.status(), 409);
    assert!(without
        .text()
        .await
        .expect("body")
        .contains("Formuläret har gått ut"));
    let wrong = app
        .post_form(
            "/organisation",
            &[fields.as_slice(), &[("csrf", "fel")]].concat(),
        )
        .await;
    assert_eq!(wrong.status(), 409);
    let token = app.csrf().await;
    let foreign = app
        .client
        .post(format!("{}/organisation", app.base))
        .header("cookie", app.cookie_header())
        .header("origin", "https://evil.example")
        .form(&[
            ("code", "NYA"),
            ("name", "Nya"),
            ("kind", "district"),
            ("csrf", token.as_str()),
        ])
        .send()
        .await
        .expect("post");
    assert_eq!(
        foreign.status(),
        409,
        "a form posted from another origin is refused"
    );
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM administrations WHERE code = 'NYA'")
        .fetch_one(app.db.pool())
        .await
        .expect("count");
    assert_eq!(count, 0, "nothing was created without a valid token");
    let ok = app.post_with_csrf("/organisation", &fields).await;
    assert_eq!(ok.status(), 303);
    let audited: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'create' AND record_type = 'administration' AND actor = 'central@demo.example'")
        .fetch_one(app.db.pool())
        .await
        .expect("audit");
    assert_eq!(audited, 1);
}

#[tokio::test]
async fn bad_form_input_is_named_in_swedish_and_nothing_is_saved() {
    let app = app().await;
    app.sign_in("central@demo.example").await;
    let sod = app.id_of("administrations", "SOD").await;
    let dept: i64 =
        sqlx::query_scalar("SELECT id FROM departments WHERE administration_id = $1 LIMIT 1")
            .bind(sod)
            .fetch_one(app.db.pool())
            .await
            .expect("dept");
    let r = app
        .post_with_csrf(
            &format!("/organisation/forvaltningar/{sod}/enheter"),
            &[
                ("department_id", &dept.to_string()),
                ("code", ""),
                ("name", "Fältgrupp"),
                ("headcount", "abc"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.expect("body");
    assert!(
        html.contains("Fältet ”antal medarbetare”: ange ett heltal"),
        "{html}"
    );
    let r = app
        .post_with_csrf(
            &format!("/organisation/forvaltningar/{sod}/enheter"),
            &[
                ("department_id", &dept.to_string()),
                ("code", ""),
                ("name", ""),
                ("headcount", "3"),
            ],
        )
        .await;
    let html = r.text().await.expect("body");
    assert!(
        html.contains("Fältet ”enhetskod”: värdet saknas.")
            && html.contains("Fältet ”enhetens namn”: värdet saknas."),
        "{html}"
    );
}

#[tokio::test]
async fn pages_outside_the_scope_are_refused() {
    let app = app().await;
    app.sign_in("samordnare.sodermalm@demo.example").await;
    let alv = app.id_of("administrations", "ALV").await;
    let (status, html) = app
        .get_text(&format!("/organisation/forvaltningar/{alv}"))
        .await;
    // Another administration answers as one that does not exist.
    assert_eq!(status, 404);
    let (missing, missing_html) = app.get_text("/organisation/forvaltningar/999999").await;
    assert_eq!((missing, html), (404, missing_html));
    let (status, html) = app.get_text("/organisation").await;
    assert_eq!(status, 200);
    assert!(html.contains("Södermalm") && !html.contains("Älvsjö stadsdelsförvaltning"));
    let (status, _) = app.get_text("/personer").await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn unknown_pages_and_internal_errors_answer_in_swedish_with_a_reference() {
    let app = app().await;
    let (status, html) = app.get_text("/finns-inte").await;
    assert_eq!(status, 404);
    assert!(html.contains("Sidan finns inte"));
    app.sign_in("admin@demo.example").await;
    app.db.close().await;
    let (status, html) = app.get_text("/start").await;
    assert_eq!(status, 500);
    assert!(
        html.contains("Något gick fel") && html.contains("Referens:"),
        "{html}"
    );
    assert!(
        !html.contains("sqlx") && !html.contains("pool"),
        "no internals leak: {html}"
    );
}

#[tokio::test]
async fn the_api_works_with_a_bearer_token_and_names_bad_fields() {
    let app = app().await;
    let anonymous = app
        .client
        .get(format!("{}/api/v1/administrations", app.base))
        .send()
        .await
        .expect("get");
    assert_eq!(anonymous.status(), 401);
    let token = app.token("central@demo.example").await;
    let list: Vec<Value> = app
        .api(Method::GET, "/api/v1/administrations", &token)
        .send()
        .await
        .expect("list")
        .json()
        .await
        .expect("json");
    assert!(list.len() >= 20);

    let created = app
        .api(Method::POST, "/api/v1/administrations", &token)
        .json(&json!({"code": "api1", "name": "API-förvaltningen", "kind": "specialist"}))
        .send()
        .await
        .expect("post");
    assert_eq!(created.status(), 201);
    let body: Value = created.json().await.expect("json");
    assert_eq!(body["code"], "API1");
    let id = body["id"].as_i64().expect("id");

    let conflict = app
        .api(Method::POST, "/api/v1/administrations", &token)
        .json(&json!({"code": "API1", "name": "Igen", "kind": "district"}))
        .send()
        .await
        .expect("post");
    assert_eq!(conflict.status(), 409);

    let invalid = app
        .api(Method::POST, "/api/v1/administrations", &token)
        .json(&json!({"code": "", "name": "", "kind": "kommun"}))
        .send()
        .await
        .expect("post");
    assert_eq!(invalid.status(), 422);
    let body: Value = invalid.json().await.expect("json");
    let fields: Vec<&str> = body["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| p["field"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(fields, vec!["kod", "namn", "typ"]);

    let broken = app
        .api(Method::POST, "/api/v1/administrations", &token)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .expect("post");
    assert_eq!(broken.status(), 422);
    let body: Value = broken.json().await.expect("json");
    assert_eq!(
        body["problems"][0]["message"],
        "Begäran är inte giltig JSON."
    );

    let dept = app
        .api(
            Method::POST,
            &format!("/api/v1/administrations/{id}/departments"),
            &token,
        )
        .json(&json!({"code": "API1-A", "name": "Avdelning A"}))
        .send()
        .await
        .expect("dept");
    assert_eq!(dept.status(), 201);
    let dept_id = dept.json::<Value>().await.expect("json")["id"]
        .as_i64()
        .expect("id");
    let unit = app
        .api(Method::POST, &format!("/api/v1/administrations/{id}/units"), &token)
        .json(&json!({"department_id": dept_id, "code": "API1-1", "name": "Enhet", "headcount": 7, "functions": ["preventive"]}))
        .send()
        .await
        .expect("unit");
    assert_eq!(unit.status(), 201);
    let unit: Value = unit.json().await.expect("json");
    assert_eq!(unit["functions"], json!(["preventive"]));
    let ended = app
        .api(
            Method::POST,
            &format!("/api/v1/units/{}/end", unit["id"]),
            &token,
        )
        .json(&json!({"valid_to": "2030-01-01"}))
        .send()
        .await
        .expect("end");
    assert_eq!(ended.status(), 200);
    assert_eq!(ended.json::<Value>().await.expect("json")["current"], false);

    let audit: Vec<Value> = app
        .api(Method::GET, "/api/v1/audit?actor=central", &token)
        .send()
        .await
        .expect("audit")
        .json()
        .await
        .expect("json");
    assert!(audit
        .iter()
        .any(|e| e["action"] == "end" && e["record_type"] == "unit"));
}

#[tokio::test]
async fn the_api_import_is_all_or_nothing() {
    let app = app().await;
    let token = app.token("admin@demo.example").await;
    let csv = "förvaltning;avdelningskod;avdelning;enhetskod;enhet;antal medarbetare\nSOD;SOD-NY;Ny avdelning;SOD-NY-1;Ny enhet;4\nXYZ;XYZ-A;A;XYZ-1;B;2\n";
    let r = app
        .api(Method::POST, "/api/v1/organisation/import", &token)
        .body(csv)
        .send()
        .await
        .expect("import");
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.expect("json");
    assert_eq!(body["problems"][0]["row"], 3);
    assert_eq!(body["problems"][0]["field"], "förvaltning");
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM units WHERE code = 'SOD-NY-1'")
        .fetch_one(app.db.pool())
        .await
        .expect("count");
    assert_eq!(count, 0);
    let good = csv.lines().take(2).collect::<Vec<_>>().join("\n");
    let r = app
        .api(Method::POST, "/api/v1/organisation/import", &token)
        .body(good)
        .send()
        .await
        .expect("import");
    assert_eq!(r.status(), 200);
    assert_eq!(r.json::<Value>().await.expect("json")["units_created"], 1);
}

#[tokio::test]
async fn people_are_managed_by_administrators_through_the_api() {
    let app = app().await;
    let token = app.token("admin@demo.example").await;
    let sod = app.id_of("administrations", "SOD").await;
    let r = app
        .api(Method::POST, "/api/v1/users", &token)
        .json(&json!({"email": "Ny.Samordnare@demo.example", "name": "Ny Samordnare", "password": "ett-bra-lösenord", "grant": {"role": "coordinator", "administration_id": sod}}))
        .send()
        .await
        .expect("create");
    assert_eq!(r.status(), 201);
    let user: Value = r.json().await.expect("json");
    assert_eq!(user["email"], "ny.samordnare@demo.example");
    let bad = app
        .api(Method::POST, "/api/v1/users", &token)
        .json(&json!({"email": "x@demo.example", "name": "X", "grant": {"role": "kejsare"}}))
        .send()
        .await
        .expect("create");
    assert_eq!(bad.status(), 422);
    let fresh = app.fresh_client();
    assert_eq!(
        fresh
            .sign_in_as("ny.samordnare@demo.example", "ett-bra-lösenord")
            .await
            .status(),
        303
    );
    let coordinator_token = app.token("samordnare.sodermalm@demo.example").await;
    let denied = app
        .api(Method::GET, "/api/v1/users", &coordinator_token)
        .send()
        .await
        .expect("list");
    assert_eq!(denied.status(), 403);
}

#[tokio::test]
async fn audit_csv_export_is_scoped() {
    let app = app().await;
    app.sign_in("samordnare.sodermalm@demo.example").await;
    let r = app.get("/logg.csv").await;
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap_or("")
        .starts_with("text/csv"));
    let text = r.text().await.expect("csv");
    assert!(text.contains("Södermalms stadsdelsförvaltning"));
    assert!(
        !text.contains("Älvsjö stadsdelsförvaltning"),
        "a coordinator's export holds only their administration"
    );
}

#[tokio::test]
async fn openapi_document_matches_the_route_table() {
    let app = app().await;
    let doc: Value = app
        .get("/api/v1/openapi.json")
        .await
        .json()
        .await
        .expect("json");
    assert!(doc["openapi"].as_str().unwrap_or("").starts_with("3."));
    let mut documented = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in item.as_object().expect("item").keys() {
            documented.push(format!("{} {path}", method.to_uppercase()));
        }
    }
    documented.sort();
    let mut routed: Vec<String> = app_rules()
        .into_iter()
        .filter(|r| r.contains(" /api/"))
        .collect();
    routed.sort();
    assert_eq!(
        documented, routed,
        "every API route is documented and every documented path is routed"
    );
}

fn app_rules() -> Vec<String> {
    let (_, rules) = varn::app::table(varn::app::CAPABILITIES);
    rules
        .list()
        .into_iter()
        .map(|(m, p, _)| format!("{m} {p}"))
        .collect()
}

#[tokio::test]
async fn postgres_serves_the_same_app() {
    let app = spawn_app(Backend::Postgres).await;
    app.sign_in("central@demo.example").await;
    let (status, html) = app.get_text("/organisation").await;
    assert_eq!(status, 200);
    assert!(html.contains("Södermalms stadsdelsförvaltning") && html.contains("Älvsjö"));
    let ok = app
        .post_with_csrf(
            "/organisation",
            &[
                ("code", "PGX"),
                ("name", "PG-förvaltningen"),
                ("kind", "company"),
            ],
        )
        .await;
    assert_eq!(ok.status(), 303);
    app.shutdown().await;
}

#[tokio::test]
async fn unreadable_ids_and_queries_are_answered_in_swedish() {
    let app = app().await;
    app.sign_in("admin@demo.example").await;
    let (status, html) = app.get_text("/personer/abc").await;
    assert_eq!(status, 404);
    assert!(html.contains("Sidan finns inte"));
    let token = app.token("admin@demo.example").await;
    let r = app
        .api(Method::GET, "/api/v1/audit?administration_id=abc", &token)
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.expect("json");
    assert!(body["problems"][0]["message"]
        .as_str()
        .unwrap_or("")
        .starts_with("Adressens parametrar kunde inte läsas"));
    let r = app
        .api(Method::GET, "/api/v1/users/abc", &token)
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), 404);
    assert_eq!(r.json::<Value>().await.expect("json")["error"], "not_found");
}

#[tokio::test]
async fn cached_pages_and_principals_follow_every_change() {
    let app = app().await;
    app.sign_in("samordnare.sodermalm@demo.example").await;
    let (_, before) = app.get_text("/start").await;
    assert!(!before.contains("Cachetest Kontaktsson"));
    let sod = app.id_of("administrations", "SOD").await;
    let central = app.token("central@demo.example").await;
    let r = app
        .api(
            Method::POST,
            &format!("/api/v1/administrations/{sod}/contacts"),
            &central,
        )
        .json(&json!({"name": "Cachetest Kontaktsson"}))
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 201);
    let (_, after) = app.get_text("/start").await;
    assert!(
        after.contains("Cachetest Kontaktsson"),
        "a change shows at once on a cached start page"
    );

    // A withdrawn role takes effect at once for a signed-in person.
    let admin = app.token("admin@demo.example").await;
    let user: i64 = sqlx::query_scalar(
        "SELECT id FROM users WHERE email = 'samordnare.sodermalm@demo.example'",
    )
    .fetch_one(app.db.pool())
    .await
    .expect("user");
    let r = app
        .api(Method::PATCH, &format!("/api/v1/users/{user}"), &admin)
        .json(&json!({"active": false}))
        .send()
        .await
        .expect("patch");
    assert_eq!(r.status(), 200);
    let r = app.get("/start").await;
    assert_eq!(r.status(), 303, "a deactivated person is signed out");
}

both_backends!(the_import_pages_example_files_import_as_they_are, |app| {
    app.sign_in("admin@demo.example").await;
    for (example, import) in [
        ("/organisation/import/exempel.csv", "/organisation/import"),
        ("/personer/import/exempel.csv", "/personer/import"),
    ] {
        let r = app.get(example).await;
        assert_eq!(r.status(), 200, "{example}");
        assert!(r.headers()["content-type"]
            .to_str()
            .expect("type")
            .starts_with("text/csv"));
        let bytes = r.bytes().await.expect("bytes");
        let r = app.post_file(import, "exempel.csv", &bytes).await;
        let status = r.status();
        let html = r.text().await.expect("html");
        assert_eq!(status, 200, "{import}: {html}");
        assert!(!html.contains("id=\"problems\""), "{import}: {html}");
    }
    let units: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM units u JOIN departments d ON d.id = u.department_id \
         JOIN administrations a ON a.id = d.administration_id WHERE a.code = 'EXV'",
    )
    .fetch_one(app.db.pool())
    .await
    .expect("units");
    assert_eq!(units, 3);
    let manager: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM role_grants g JOIN users p ON p.id = g.user_id \
         JOIN units u ON u.id = g.unit_id \
         WHERE p.email = 'kim.exempelsson@exempelvik.example' AND g.role = 'manager' AND u.code = 'EXV-FALT'",
    )
    .fetch_one(app.db.pool())
    .await
    .expect("grant");
    assert_eq!(manager, 1);
});

both_backends!(
    a_refused_administrator_is_told_where_roles_are_given,
    |app| {
        app.sign_in("admin@demo.example").await;
        let (status, html) = app.get_text("/planer").await;
        assert_eq!(status, 403);
        assert!(html.contains("Din roll som systemförvaltare"), "{html}");
        assert!(!html.contains("Kontakta systemförvaltaren"), "{html}");
        let other = app.fresh_client();
        other.sign_in("medarbetare.sodermalm@demo.example").await;
        let (status, html) = other.get_text("/planer").await;
        assert_eq!(status, 403);
        assert!(html.contains("Kontakta systemförvaltaren"), "{html}");
    }
);
