//! Several server processes on one PostgreSQL database (issue 19 §4): two `varn serve`
//! processes, the built binary, behind no proxy, on one database. A due reminder goes out
//! once although both tick at the same moment (the SMTP server holds each message until a
//! second one arrives or one process says it left the work to the other, so both are inside
//! their sending at once when nothing keeps them apart); an import started on one is
//! followed to its end on the other; and failed sign-ins count across both. Beside it, the
//! account's delay counted by two limiters on two pools, and an import whose process
//! stopped.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use varn::auth::ratelimit::{SignInLimiter, Verdict};
use varn::db::{Backend, Db};

use crate::common::smtp::gated_smtp_server;
use crate::common::{TestApp, TestDb};

const COORDINATOR: &str = "samordnare@kommun.example";
const PASSWORD: &str = "Ett-Langt-Losenord-2026";

/// A `varn serve` process of the test's own; it is ended when dropped.
struct Server {
    child: Child,
    log: Arc<Mutex<Vec<String>>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(dir: &std::path::Path, url: &str, smtp: u16) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_varn"))
            .current_dir(dir)
            .env_remove("VARN_DATABASE_URL")
            .env("VARN_DATABASE_URL", url)
            .env("VARN_SMTP_URL", format!("smtp://127.0.0.1:{smtp}"))
            .env("VARN_PUBLIC_URL", "https://varn.kommun.example")
            .env("VARN_SIGN_IN_ATTEMPTS", "1")
            .env("VARN_LOG", "warn,varn::cli=info")
            .env("NO_COLOR", "1")
            .args(["serve", "--listen", "127.0.0.1:0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start varn serve");
        let log = Arc::new(Mutex::new(Vec::new()));
        let out = child.stdout.take().expect("stdout");
        let err = child.stderr.take().expect("stderr");
        for stream in [
            Box::new(out) as Box<dyn std::io::Read + Send>,
            Box::new(err) as Box<dyn std::io::Read + Send>,
        ] {
            let log = log.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    log.lock().expect("log").push(line);
                }
            });
        }
        Server { child, log }
    }

    fn logged(&self, what: &[&str]) -> bool {
        self.log
            .lock()
            .expect("log")
            .iter()
            .any(|l| what.iter().all(|w| l.contains(w)))
    }

    fn log_text(&self) -> String {
        self.log.lock().expect("log").join("\n")
    }

    /// The address it listens on, once it says so.
    async fn base(&self) -> String {
        until("the server to listen", || {
            self.log
                .lock()
                .expect("log")
                .iter()
                .find_map(|l| l.split("lyssnar på ").nth(1).map(str::to_string))
        })
        .await
    }
}

/// Waits until `found` gives something (checked every 50 ms; a minute at most, then the
/// test fails naming what it waited for).
async fn until<T>(what: &str, mut found: impl FnMut() -> Option<T>) -> T {
    for _ in 0..1200 {
        if let Some(t) = found() {
            return t;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("waited a minute for {what}");
}

fn varn_cli(dir: &std::path::Path, url: &str, args: &[&str], input: &str) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_varn"))
        .current_dir(dir)
        .env("VARN_DATABASE_URL", url)
        .env("VARN_LOG", "warn")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("varn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("stdin");
    let out = child.wait_with_output().expect("varn");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// One administration, its coordinator, an open survey round of three recipients whose
/// reminder day is today, and the IA column mapping. Nothing else is due.
async fn municipality(db: &Db, dir: &std::path::Path, url: &str) -> i64 {
    let now = varn::db::now();
    let today = varn::db::today();
    let closes = (chrono::Utc::now() + chrono::Duration::days(14))
        .format("%Y-%m-%d")
        .to_string();
    let admin: i64 = sqlx::query_scalar(
        "INSERT INTO administrations (code, name, kind, created_at, updated_at) VALUES ('SOD', 'Södermalms stadsdelsförvaltning', 'district', $1, $1) RETURNING id",
    )
    .bind(&now)
    .fetch_one(db.pool())
    .await
    .expect("administration");
    varn_cli(
        dir,
        url,
        &[
            "user",
            "add",
            "--email",
            COORDINATOR,
            "--name",
            "Sam Ordnare",
            "--role",
            "coordinator",
            "--scope",
            "SOD",
        ],
        &format!("{PASSWORD}\n"),
    );
    let round: i64 = sqlx::query_scalar(
        "INSERT INTO survey_rounds (administration_id, template_id, title, period, closes_on, reminder_days, status, created_at, created_by) \
         VALUES ($1, (SELECT id FROM survey_templates WHERE version = 1), 'Enkät 2026', '2026', $2, $3, 'open', $4, 'test') RETURNING id",
    )
    .bind(admin)
    .bind(&closes)
    .bind(&today)
    .bind(&now)
    .fetch_one(db.pool())
    .await
    .expect("round");
    for n in 1..=3 {
        sqlx::query(
            "INSERT INTO survey_recipients (round_id, kind, email, token_hash) VALUES ($1, 'internal', $2, $3)",
        )
        .bind(round)
        .bind(format!("enhet{n}@kommun.example"))
        .bind(format!("hash-{n}"))
        .execute(db.pool())
        .await
        .expect("recipient");
    }
    sqlx::query(
        "INSERT INTO ia_mappings (administration_id, mapping, updated_by, updated_at) VALUES ($1, $2, 'test', $3)",
    )
    .bind(admin)
    .bind(r#"{"row_key":"Nr","occurred_on":"Datum","event_type":"Typ","place_type":"","area":"Område","vbe_flag":"VBE"}"#)
    .bind(&now)
    .execute(db.pool())
    .await
    .expect("mapping");
    admin
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_share_reminders_imports_and_limits() {
    let test_db = TestDb::new(Backend::Postgres).await;
    let dir = tempfile::tempdir().expect("dir");
    let admin = municipality(&test_db.db, dir.path(), &test_db.url).await;
    let (smtp, inbox, gate) = gated_smtp_server().await;

    // Both start at once; each runs its scheduled work as soon as it listens.
    let a = Server::start(dir.path(), &test_db.url, smtp);
    let b = Server::start(dir.path(), &test_db.url, smtp);
    let (base_a, base_b) = (a.base().await, b.base().await);

    // The survey's reminders are due today. One process holds the work; the other says
    // it left it to the one running it (or, without that, both reach the SMTP server).
    let survey = ["scheduled work", "survey"];
    until("a process to reach the survey's reminders", || {
        (a.logged(&survey) || b.logged(&survey) || gate.waited() >= 2).then_some(())
    })
    .await;
    gate.open();
    until("both processes to finish the survey's reminders", || {
        (a.logged(&survey) && b.logged(&survey)).then_some(())
    })
    .await;
    let logs = format!("A:\n{}\nB:\n{}", a.log_text(), b.log_text());
    let mut to: Vec<String> = inbox
        .lock()
        .expect("inbox")
        .iter()
        .flat_map(|m| m.to.clone())
        .collect();
    to.sort();
    assert_eq!(
        to,
        [
            "enhet1@kommun.example",
            "enhet2@kommun.example",
            "enhet3@kommun.example"
        ],
        "each recipient is reminded once\n{logs}"
    );
    assert!(
        a.logged(&["left to another process", "survey"])
            || b.logged(&["left to another process", "survey"]),
        "{logs}"
    );
    let runs: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM survey_reminders")
        .fetch_one(test_db.db.pool())
        .await
        .expect("reminders");
    assert_eq!(runs, 1, "{logs}");

    // An import started on A is followed on B (the same session: it lives in the
    // database too) until it ends.
    let on_a = TestApp::at(&base_a, test_db.db.clone());
    on_a.sign_in_as(COORDINATOR, PASSWORD).await;
    let mut file = String::from("Nr;Datum;Typ;Område;VBE\n");
    for n in 0..3000 {
        file.push_str(&format!("M-{n};2030-02-03;Hot;Högdalen;Ja\n"));
    }
    let sources = format!("/lagesbild/forvaltningar/{admin}/kallor");
    let r = on_a
        .post_file(&format!("{sources}/ia"), "ia.csv", file.as_bytes())
        .await;
    assert_eq!(r.status(), 303, "{logs}");
    let progress = r.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    assert!(
        progress.starts_with(&format!("{sources}/import/")),
        "{progress}"
    );
    let on_b = on_a.moved_to(&base_b);
    let mut pages = Vec::new();
    loop {
        let (status, html) = on_b.get_text(&progress).await;
        assert_eq!(status, 200, "B answers for A's import: {html}");
        if html.contains("Inläsningen är klar") || html.contains("kunde inte slutföras") {
            assert!(html.contains("3000 rader lästes, varav 3000 nya"), "{html}");
            break;
        }
        assert!(html.contains("<progress"), "{html}");
        pages.push(html);
        assert!(pages.len() < 1200, "the import did not end");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Someone else, signed in on B, is not shown it.
    let (status, _) = TestApp::at(&base_b, test_db.db.clone())
        .get_text(&progress)
        .await;
    assert_ne!(status, 200);

    // Failed sign-ins from one client count on both: with `sign_in_attempts = 1` a client
    // may fail 10 times in the window. Five on each, then even the right password is
    // refused on either.
    for (n, base) in [&base_a, &base_b].iter().cycle().take(10).enumerate() {
        let guess = TestApp::at(base, test_db.db.clone());
        let r = guess
            .sign_in_as(&format!("gissning{n}@kommun.example"), "fel")
            .await;
        assert_eq!(r.status(), 401, "guess {n}");
    }
    for base in [&base_a, &base_b] {
        let r = TestApp::at(base, test_db.db.clone())
            .sign_in_as(COORDINATOR, PASSWORD)
            .await;
        assert_eq!(r.status(), 429, "{base}");
        assert!(r.text().await.unwrap_or_default().contains("För många"));
    }

    drop((a, b));
    test_db.cleanup().await;
}

/// An account's failures counted by two limiters (two processes' pools) on one
/// PostgreSQL database add up; on SQLite each process counts its own, as before.
#[tokio::test]
async fn an_accounts_delay_counts_across_pools() {
    let test_db = TestDb::new(Backend::Postgres).await;
    let other = Db::connect(&test_db.url).await.expect("second pool");
    let window = Duration::from_secs(900);
    let (a, b) = (
        SignInLimiter::for_db(&test_db.db, 2, window),
        SignInLimiter::for_db(&other, 2, window),
    );
    let t0 = chrono::Utc::now().timestamp_millis();
    a.failed_at("person@kommun.example", "10.0.0.1", t0).await;
    b.failed_at("person@kommun.example", "10.0.0.2", t0).await;
    assert_eq!(
        a.check_at("person@kommun.example", "10.0.0.3", t0).await,
        Verdict::Wait(Duration::from_secs(1))
    );
    assert_eq!(
        b.check_at("person@kommun.example", "10.0.0.3", t0 + 1000)
            .await,
        Verdict::Try
    );
    // Signing in on one process forgets the account's failures on both.
    b.succeeded("person@kommun.example").await;
    assert_eq!(
        a.check_at("person@kommun.example", "10.0.0.3", t0).await,
        Verdict::Try
    );
    // Nothing names the account or the address in the table.
    let keys: Vec<String> = sqlx::query_scalar("SELECT key_hash FROM guess_failures")
        .fetch_all(test_db.db.pool())
        .await
        .expect("keys");
    assert!(!keys.is_empty());
    assert!(keys.iter().all(|k| !k.contains('@') && !k.contains("10.0")));
    other.close().await;
    test_db.cleanup().await;
}

/// An import is followed from the database to its end, on both backends; one whose
/// process stopped without finishing is shown as stopped once it has not been heard of for
/// five minutes.
#[tokio::test]
async fn imports_are_followed_in_the_database() {
    for backend in crate::common::BACKENDS {
        let test_db = TestDb::new(backend).await;
        varn::demo::load(&test_db.db).await.expect("demo");
        let db = &test_db.db;
        let admin: varn::kernel::ids::AdministrationId =
            sqlx::query_scalar("SELECT id FROM administrations WHERE code = 'SOD'")
                .fetch_one(db.pool())
                .await
                .expect("admin");
        let user: varn::kernel::ids::UserId = sqlx::query_scalar("SELECT MIN(id) FROM users")
            .fetch_one(db.pool())
            .await
            .expect("user");
        let jobs = varn::import::jobs::Jobs::default();
        let progress = Arc::new(varn::import::runner::Progress::new(10));
        let id = jobs
            .start(db, admin, user, progress.clone())
            .await
            .expect("start");
        assert_eq!(jobs.running(), 1);
        let seen = jobs.get(db, &id, admin, user).await.expect("get");
        assert_eq!(seen.map(|s| (s.total, s.outcome)), Some((10, None)));
        // Another person's and another administration's ids (one past the real ones).
        let other_user = varn::kernel::ids::UserId::new(user.get() + 1);
        let other_admin = varn::kernel::ids::AdministrationId::new(admin.get() + 1);
        for (a, u) in [(admin, other_user), (other_admin, user)] {
            assert!(jobs.get(db, &id, a, u).await.expect("get").is_none());
        }
        progress.finish(&Ok(varn::import::runner::Imported { read: 10, new: 7 }));
        let mut done = None;
        for _ in 0..1200 {
            let seen = jobs.get(db, &id, admin, user).await.expect("get");
            done = seen.and_then(|s| s.outcome);
            if done.is_some() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert_eq!(
            done,
            Some(Ok(varn::import::runner::Imported { read: 10, new: 7 }))
        );

        // A job whose process is gone: nothing moved for longer than five minutes.
        sqlx::query(
            "INSERT INTO import_jobs (id, administration_id, user_id, total, done, state, started_at, updated_at) \
             VALUES ('gone', $1, $2, 10, 3, 'running', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')",
        )
        .bind(admin)
        .bind(user)
        .execute(db.pool())
        .await
        .expect("old job");
        let seen = jobs
            .get(db, "gone", admin, user)
            .await
            .expect("get")
            .expect("job");
        let problems = seen.outcome.expect("ended").expect_err("stopped");
        assert!(problems[0].contains("avbröts"), "{backend:?}: {problems:?}");
        test_db.cleanup().await;
    }
}
