//! Test support: fresh databases on both backends, the app on a real listener, and an
//! HTTP client that keeps cookies the way a browser does.
#![allow(dead_code)]

pub mod retention;
pub mod smtp;

use std::collections::HashMap;
use std::sync::Mutex;

use varn::app::App;
use varn::config::{Config, Secret};
use varn::db::{Backend, Db};

/// Where the storage tests find PostgreSQL (a fresh database is made per test).
pub fn postgres_admin_url() -> String {
    std::env::var("TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A fresh, migrated database that is removed when [`TestDb::cleanup`] runs.
pub struct TestDb {
    pub backend: Backend,
    pub url: String,
    pub db: Db,
    _dir: Option<tempfile::TempDir>,
    pg_name: Option<String>,
}

impl TestDb {
    /// A fresh, migrated database.
    pub async fn new(backend: Backend) -> TestDb {
        TestDb::copy_of(backend, Template::Migrated).await
    }

    /// A fresh, migrated database with the demo municipality.
    pub async fn with_demo(backend: Backend) -> TestDb {
        TestDb::copy_of(backend, Template::Demo).await
    }

    /// A copy of the test process's template (see [`Template`]).
    async fn copy_of(backend: Backend, template: Template) -> TestDb {
        let source = template.made(backend).await;
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("tempdir");
                let file = dir.path().join("test.db");
                std::fs::copy(&source, &file).expect("copy the template database");
                let url = format!("sqlite://{}", file.display());
                let db = varn::app::prepare(&url).await.expect("sqlite");
                TestDb {
                    backend,
                    url,
                    db,
                    _dir: Some(dir),
                    pg_name: None,
                }
            }
            Backend::Postgres => {
                let name = format!("varn_t_{}", uuid::Uuid::new_v4().simple());
                create_postgres(&name, Some(&source)).await;
                let url = postgres_url(&name);
                let db = varn::app::prepare(&url).await.expect("postgres");
                TestDb {
                    backend,
                    url,
                    db,
                    _dir: None,
                    pg_name: Some(name),
                }
            }
        }
    }

    /// Drops the PostgreSQL database; SQLite files go with the temporary directory.
    pub async fn cleanup(self) {
        self.db.close().await;
        if let Some(name) = self.pg_name {
            if let Ok(admin) = Db::connect(&postgres_admin_url()).await {
                let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
                    .execute(admin.pool())
                    .await;
                admin.close().await;
            }
        }
    }
}

pub const BACKENDS: [Backend; 2] = [Backend::Sqlite, Backend::Postgres];

/// What a test's database starts as. Each test gets a copy of a template that is made once
/// per test process: migrating and loading the demo for each of about 500 test runs took
/// some 2 s a run on PostgreSQL (77 migrations, then the demo), a copy takes a tenth of that.
/// The template is made the way a test's database was made before (`prepare`, then
/// `demo::load`), and each copy is `prepare`d again, which finds it migrated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Template {
    Migrated,
    Demo,
}

static TEMPLATES: [tokio::sync::OnceCell<String>; 4] = [
    tokio::sync::OnceCell::const_new(),
    tokio::sync::OnceCell::const_new(),
    tokio::sync::OnceCell::const_new(),
    tokio::sync::OnceCell::const_new(),
];

impl Template {
    fn label(self) -> &'static str {
        match self {
            Template::Migrated => "migrated",
            Template::Demo => "demo",
        }
    }

    /// The template's SQLite file or PostgreSQL database name, made on first use.
    async fn made(self, backend: Backend) -> String {
        let cell = &TEMPLATES[(backend == Backend::Postgres) as usize * 2 + self as usize];
        cell.get_or_init(|| self.make(backend)).await.clone()
    }

    async fn make(self, backend: Backend) -> String {
        let pid = std::process::id();
        match backend {
            Backend::Sqlite => {
                let dir = std::env::temp_dir().join(format!("varn-test-templates-{pid}"));
                remove_stale_sqlite_templates();
                std::fs::create_dir_all(&dir).expect("template directory");
                let work = dir.join(format!("{}-work.db", self.label()));
                let out = dir.join(format!("{}.db", self.label()));
                for file in [&work, &out] {
                    let _ = std::fs::remove_file(file);
                }
                let db = varn::app::prepare(&format!("sqlite://{}", work.display()))
                    .await
                    .expect("template sqlite");
                self.fill(&db).await;
                // One consistent file, whatever the journal held.
                sqlx::query(&format!("VACUUM INTO '{}'", out.display()))
                    .execute(db.pool())
                    .await
                    .expect("vacuum into the template");
                db.close().await;
                out.display().to_string()
            }
            Backend::Postgres => {
                remove_stale_postgres_templates().await;
                let name = format!("varn_tmpl_{pid}_{}", self.label());
                create_postgres(&name, None).await;
                let db = varn::app::prepare(&postgres_url(&name))
                    .await
                    .expect("template postgres");
                self.fill(&db).await;
                db.close().await;
                name
            }
        }
    }

    async fn fill(self, db: &Db) {
        if self == Template::Demo {
            varn::demo::load(db).await.expect("demo");
        }
    }
}

/// The URL of a database on the test server.
fn postgres_url(name: &str) -> String {
    let admin = postgres_admin_url();
    let base = admin
        .rsplit_once('/')
        .map(|(b, _)| b.to_string())
        .unwrap_or(admin.clone());
    format!("{base}/{name}")
}

/// Creates a database, empty or as a copy of `template`. A copy fails while the template
/// still has a session, which a closed pool's server processes may hold for a moment.
async fn create_postgres(name: &str, template: Option<&str>) {
    let admin = Db::connect(&postgres_admin_url()).await.unwrap_or_else(|e| {
        panic!("PostgreSQL is required for the storage tests (set TEST_POSTGRES_URL or start it on 127.0.0.1:5432): {e:#}")
    });
    let sql = match template {
        Some(t) => format!("CREATE DATABASE {name} TEMPLATE {t}"),
        None => format!("CREATE DATABASE {name}"),
    };
    let mut tries = 0;
    loop {
        match sqlx::query(&sql).execute(admin.pool()).await {
            Ok(_) => break,
            Err(e) if tries < 50 && e.to_string().contains("being accessed by other users") => {
                tries += 1;
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            Err(e) => panic!("{sql}: {e}"),
        }
    }
    admin.close().await;
}

fn process_is_gone(pid: &str) -> bool {
    !std::path::Path::new(&format!("/proc/{pid}")).exists()
}

/// Templates of test processes that have ended.
async fn remove_stale_postgres_templates() {
    let Ok(admin) = Db::connect(&postgres_admin_url()).await else {
        return;
    };
    let names: Vec<String> =
        sqlx::query_scalar("SELECT datname FROM pg_database WHERE datname LIKE 'varn_tmpl_%'")
            .fetch_all(admin.pool())
            .await
            .unwrap_or_default();
    for name in names {
        let pid = name.trim_start_matches("varn_tmpl_");
        if pid.split('_').next().is_some_and(process_is_gone) {
            let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
                .execute(admin.pool())
                .await;
        }
    }
    admin.close().await;
}

fn remove_stale_sqlite_templates() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if let Some(pid) = name.strip_prefix("varn-test-templates-") {
            if process_is_gone(pid) {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
}

/// Runs a storage test on both backends, naming the backend when it fails.
#[macro_export]
macro_rules! on_both {
    ($name:ident, |$db:ident| $body:block) => {
        #[tokio::test]
        async fn $name() {
            for backend in $crate::common::BACKENDS {
                let test_db = $crate::common::TestDb::new(backend).await;
                {
                    let $db: &varn::db::Db = &test_db.db;
                    let run = async $body;
                    run.await;
                }
                test_db.cleanup().await;
            }
        }
    };
}

/// An HTTP test on both backends: `both_backends!(name, |app| { ... });` runs the body
/// against an app with the demo on SQLite and again on PostgreSQL, and drops the
/// PostgreSQL database afterwards.
#[macro_export]
macro_rules! both_backends {
    ($name:ident, |$app:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn run($app: $crate::common::TestApp) $body

            async fn on(backend: varn::db::Backend) {
                let mut app = $crate::common::spawn_app(backend).await;
                let db = app.test_db.take();
                run(app).await;
                if let Some(db) = db {
                    db.cleanup().await;
                }
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn on_sqlite() {
                on(varn::db::Backend::Sqlite).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn on_postgres() {
                on(varn::db::Backend::Postgres).await;
            }
        }
    };
}

pub fn test_config(url: &str) -> Config {
    Config {
        database_url: Secret::new(url),
        log: "warn".into(),
        ..Config::default()
    }
}

/// A running app on a random port with a fresh database and the demo municipality.
pub struct TestApp {
    pub base: String,
    pub db: Db,
    pub test_db: Option<TestDb>,
    pub client: reqwest::Client,
    cookies: Mutex<HashMap<String, String>>,
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |_| {}).await
}

/// A running app as [`spawn_app`], with the configuration changed first.
pub async fn spawn_app_with(backend: Backend, change: impl FnOnce(&mut Config)) -> TestApp {
    let test_db = TestDb::with_demo(backend).await;
    let mut config = test_config(&test_db.url);
    change(&mut config);
    let app = App::with_db(test_db.db.clone(), config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(app.serve(listener));
    TestApp {
        base,
        db: test_db.db.clone(),
        test_db: Some(test_db),
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client"),
        cookies: Mutex::new(HashMap::new()),
    }
}

pub const PASSWORD: &str = varn::demo::PASSWORD;

impl TestApp {
    /// A second client for the same app, with no cookies.
    pub fn fresh_client(&self) -> TestApp {
        TestApp {
            base: self.base.clone(),
            db: self.db.clone(),
            test_db: None,
            client: self.client.clone(),
            cookies: Mutex::new(HashMap::new()),
        }
    }

    /// A client of a server at `base` (another process) on the database `db`.
    pub fn at(base: &str, db: Db) -> TestApp {
        TestApp {
            base: base.trim_end_matches('/').to_string(),
            db,
            test_db: None,
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("client"),
            cookies: Mutex::new(HashMap::new()),
        }
    }

    /// This client, with its cookies, talking to the server at `base` instead (another
    /// process behind the same load balancer).
    pub fn moved_to(&self, base: &str) -> TestApp {
        let moved = TestApp::at(base, self.db.clone());
        *moved.cookies.lock().expect("cookies") = self.cookies.lock().expect("cookies").clone();
        moved
    }

    pub fn cookie_header(&self) -> String {
        let jar = self.cookies.lock().expect("jar");
        jar.iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep_cookies(&self, response: &reqwest::Response) {
        let mut jar = self.cookies.lock().expect("jar");
        for value in response.headers().get_all(reqwest::header::SET_COOKIE) {
            let text = value.to_str().unwrap_or("");
            let first = text.split(';').next().unwrap_or("");
            if let Some((k, v)) = first.split_once('=') {
                if v.is_empty() || text.contains("Max-Age=0") {
                    jar.remove(k);
                } else {
                    jar.insert(k.to_string(), v.to_string());
                }
            }
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        let r = self
            .client
            .get(format!("{}{path}", self.base))
            .header("cookie", self.cookie_header())
            .send()
            .await
            .expect("get");
        self.keep_cookies(&r);
        r
    }

    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let r = self.get(path).await;
        let status = r.status().as_u16();
        (status, r.text().await.unwrap_or_default())
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let body = serde_urlencoded::to_string(fields).expect("form");
        let r = self
            .client
            .post(format!("{}{path}", self.base))
            .header("cookie", self.cookie_header())
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .expect("post");
        self.keep_cookies(&r);
        r
    }

    /// Posts a form with the page's CSRF token added.
    pub async fn post_with_csrf(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf().await;
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf", &token));
        self.post_form(path, &all).await
    }

    /// The CSRF token of the signed-in session, read from a page as a browser would.
    pub async fn csrf(&self) -> String {
        let (_, html) = self.get_text("/start").await;
        extract_csrf(&html).expect("csrf token on the page")
    }

    /// Signs in through the form; returns the response of the form post.
    pub async fn sign_in_as(&self, email: &str, password: &str) -> reqwest::Response {
        let (_, html) = self.get_text("/logga-in").await;
        let token = extract_csrf(&html).expect("csrf on sign-in page");
        self.post_form(
            "/logga-in",
            &[
                ("csrf", &token),
                ("email", email),
                ("password", password),
                ("next", "/start"),
            ],
        )
        .await
    }

    pub async fn sign_in(&self, email: &str) {
        let r = self.sign_in_as(email, PASSWORD).await;
        assert_eq!(r.status().as_u16(), 303, "sign-in of {email} failed");
    }

    /// An API token for a demo user.
    pub async fn token(&self, email: &str) -> String {
        let id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
            .bind(email)
            .fetch_one(self.db.pool())
            .await
            .expect("user");
        varn::auth::tokens::create(&self.db, varn::kernel::ids::UserId::new(id), "test")
            .await
            .expect("token")
    }

    pub fn api(&self, method: reqwest::Method, path: &str, token: &str) -> reqwest::RequestBuilder {
        self.client
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(token)
    }

    pub async fn id_of(&self, table: &str, code: &str) -> i64 {
        sqlx::query_scalar(&format!("SELECT id FROM {table} WHERE code = $1"))
            .bind(code)
            .fetch_one(self.db.pool())
            .await
            .expect("id")
    }

    /// Posts a file as a browser's form does: multipart, the CSRF token as the first field.
    pub async fn post_file(&self, path: &str, name: &str, content: &[u8]) -> reqwest::Response {
        let token = self.csrf().await;
        self.post_multipart(path, Some(&token), name, content).await
    }

    /// Posts a file with the CSRF token (when given) as the upload's first field, never in
    /// the address.
    pub async fn post_multipart(
        &self,
        path: &str,
        token: Option<&str>,
        name: &str,
        content: &[u8],
    ) -> reqwest::Response {
        let boundary = "varn-test-boundary";
        let mut body = Vec::new();
        if let Some(token) = token {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token}\r\n")
                    .as_bytes(),
            );
        }
        body.extend_from_slice(format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        ).as_bytes());
        body.extend_from_slice(content);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        self.client
            .post(format!("{}{path}", self.base))
            .header("cookie", self.cookie_header())
            .header(
                "content-type",
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(body)
            .send()
            .await
            .expect("upload")
    }

    pub async fn shutdown(self) {
        if let Some(db) = self.test_db {
            db.cleanup().await;
        }
    }
}

/// The body of a Word file (`word/document.xml`) as text.
pub fn docx_body(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("word/document.xml").expect("doc"),
        &mut xml,
    )
    .expect("utf-8");
    xml
}

pub fn extract_csrf(html: &str) -> Option<String> {
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker)? + marker.len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_string())
}

/// Calls the JSON API as the holder of `token`: the body is sent unless it is null; the
/// answer's status and JSON (null when it has none).
pub async fn call(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    token: &str,
    body: serde_json::Value,
) -> (u16, serde_json::Value) {
    let mut r = app.api(method, path, token);
    if !body.is_null() {
        r = r.json(&body);
    }
    let r = r.send().await.expect("call");
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(serde_json::Value::Null))
}

/// The part of a page from `marker` to the end of the element kind `until` (e.g.
/// `</table>`), for assertions on one table or list.
pub fn part<'a>(html: &'a str, marker: &str, until: &str) -> &'a str {
    let start = html
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker} in {html}"));
    let rest = &html[start..];
    &rest[..rest
        .find(until)
        .map(|e| e + until.len())
        .unwrap_or(rest.len())]
}

/// The name of the account with this address.
pub async fn name_of(app: &TestApp, email: &str) -> String {
    sqlx::query_scalar("SELECT name FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(app.db.pool())
        .await
        .expect("user")
}

/// Issue 20 point 7: a part of a page names the person `name`, gives a time in Swedish local
/// time ("30 nov 2026 kl. 02.41"), and shows neither their address nor a raw UTC time
/// ("2026-11-30T01:41:19Z").
pub fn assert_named_in_local_time(part: &str, name: &str, email: &str) {
    assert!(part.contains(" kl. "), "no Swedish local time in {part}");
    assert_named(part, name, email);
}

/// Issue 20 point 7: a part of a page names the person `name` and shows neither their
/// address nor a raw UTC time.
pub fn assert_named(part: &str, name: &str, email: &str) {
    assert!(part.contains(name), "no {name} in {part}");
    assert!(!part.contains(email), "{email} in {part}");
    // Machine-readable times in `<time datetime="…">` are meant; what people read is not.
    let mut read = String::new();
    let mut rest = part;
    while let Some(i) = rest.find("datetime=\"") {
        read.push_str(&rest[..i]);
        let after = &rest[i + 10..];
        rest = after.find('"').map(|e| &after[e + 1..]).unwrap_or("");
    }
    read.push_str(rest);
    let b = read.as_bytes();
    let raw = (1..b.len().saturating_sub(1))
        .any(|i| b[i] == b'T' && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit());
    assert!(!raw, "a raw UTC time in {part}");
}
