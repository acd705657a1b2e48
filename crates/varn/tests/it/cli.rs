//! The command-line contract: `migrate`, `demo`, `user add`, `token create`, configuration.

use std::io::Write;
use std::process::{Command, Stdio};

fn varn(dir: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_varn"));
    cmd.current_dir(dir)
        .env_remove("VARN_DATABASE_URL")
        .env("VARN_LOG", "warn");
    cmd
}

fn run_with_stdin(mut cmd: Command, input: &str) -> std::process::Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    child.wait_with_output().expect("wait")
}

#[test]
fn default_database_is_created_in_the_working_directory() {
    let dir = tempfile::tempdir().expect("dir");
    let out = varn(dir.path()).arg("migrate").output().expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.path().join("varn.db").exists());
}

#[test]
fn demo_twice_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let url = format!("sqlite://{}", dir.path().join("demo.db").display());
    let first = varn(dir.path())
        .args(["--database-url", &url, "demo"])
        .output()
        .expect("run");
    assert!(first.status.success());
    assert!(String::from_utf8_lossy(&first.stdout).contains("skapade"));
    let second = varn(dir.path())
        .env("VARN_DATABASE_URL", &url)
        .arg("demo")
        .output()
        .expect("run");
    assert!(second.status.success());
    assert!(
        String::from_utf8_lossy(&second.stdout).contains("inget ändrades"),
        "{}",
        String::from_utf8_lossy(&second.stdout)
    );
}

#[test]
fn user_add_reads_the_password_from_stdin_and_token_create_prints_a_token() {
    let dir = tempfile::tempdir().expect("dir");
    let url = format!("sqlite://{}", dir.path().join("u.db").display());
    assert!(varn(dir.path())
        .args(["--database-url", &url, "demo"])
        .output()
        .expect("demo")
        .status
        .success());
    let mut cmd = varn(dir.path());
    cmd.args([
        "--database-url",
        &url,
        "user",
        "add",
        "--email",
        "ny@demo.example",
        "--name",
        "Ny Person",
        "--role",
        "coordinator",
        "--scope",
        "SOD,ALV",
    ]);
    let out = run_with_stdin(cmd, "ett-hemligt-lösenord\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("hemligt"),
        "the password is never printed"
    );

    let mut cmd = varn(dir.path());
    cmd.args([
        "--database-url",
        &url,
        "user",
        "add",
        "--email",
        "x@demo.example",
        "--name",
        "X",
        "--role",
        "kung",
    ]);
    let out = run_with_stdin(cmd, "ett-hemligt-lösenord\n");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("okänd roll"));

    let mut cmd = varn(dir.path());
    cmd.args([
        "--database-url",
        &url,
        "user",
        "add",
        "--email",
        "y@demo.example",
        "--name",
        "Y",
        "--role",
        "reader",
        "--scope",
        "NOPE",
    ]);
    let out = run_with_stdin(cmd, "ett-hemligt-lösenord\n");
    assert!(String::from_utf8_lossy(&out.stderr).contains("okänd förvaltning"));

    let out = varn(dir.path())
        .args([
            "--database-url",
            &url,
            "token",
            "create",
            "--email",
            "ny@demo.example",
        ])
        .output()
        .expect("token");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let token = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(token.starts_with("varn_") && token.len() > 40);
    let out = varn(dir.path())
        .args([
            "--database-url",
            &url,
            "token",
            "create",
            "--email",
            "ingen@demo.example",
        ])
        .output()
        .expect("token");
    assert!(!out.status.success());
}

#[test]
fn unknown_configuration_keys_are_rejected_and_secrets_not_printed() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(
        dir.path().join("varn.toml"),
        "databse_url = \"postgres://u:hemlis@localhost/x\"\n",
    )
    .expect("write");
    let out = varn(dir.path()).arg("migrate").output().expect("run");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("databse_url"), "{err}");
    assert!(!err.contains("hemlis"), "{err}");
}

#[test]
fn plans_export_and_import_on_the_command_line() {
    let dir = tempfile::tempdir().expect("dir");
    let url = format!("sqlite://{}", dir.path().join("plans.db").display());
    let demo = varn(dir.path())
        .args(["--database-url", &url, "demo"])
        .output()
        .expect("run");
    assert!(demo.status.success());
    the_plan_exports_as_json_word_and_pdf(&dir, &url);
    the_follow_up_report_exports_at_a_point(&dir, &url);
    the_picture_exports_with_exact_figures(&dir, &url);
    let json_path = dir.path().join("plan.json");
    let text = std::fs::read_to_string(&json_path).expect("json");
    importing_the_same_plan_again_is_refused(&dir, &url, &json_path);
    the_plan_goes_into_another_administration(&dir, &url, &json_path, &text);
}

fn the_plan_exports_as_json_word_and_pdf(dir: &tempfile::TempDir, url: &str) {
    for format in ["json", "docx", "pdf"] {
        let out = dir.path().join(format!("plan.{format}"));
        let run = varn(dir.path())
            .args([
                "--database-url",
                url,
                "plan",
                "export",
                "1",
                "--format",
                format,
                "--out",
            ])
            .arg(&out)
            .output()
            .expect("run");
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        assert!(std::fs::metadata(&out).expect("file").len() > 500);
    }
}

fn the_follow_up_report_exports_at_a_point(dir: &tempfile::TempDir, url: &str) {
    // The follow-up report at a point, as Word and PDF; an unknown point is refused.
    for (point, format, ok) in [
        ("T1", "docx", true),
        ("VB", "pdf", true),
        ("T9", "pdf", false),
    ] {
        let out = dir.path().join(format!("report-{point}.{format}"));
        let run = varn(dir.path())
            .args([
                "--database-url",
                url,
                "plan",
                "export",
                "1",
                "--format",
                format,
            ])
            .args(["--point", point, "--out"])
            .arg(&out)
            .output()
            .expect("run");
        assert_eq!(run.status.success(), ok, "{point}");
        if ok {
            let bytes = std::fs::read(&out).expect("file");
            let magic: &[u8] = if format == "pdf" { b"%PDF-" } else { b"PK" };
            assert!(bytes.starts_with(magic));
        } else {
            assert!(String::from_utf8_lossy(&run.stderr).contains("uppföljningspunkt"));
        }
    }
}

fn the_picture_exports_with_exact_figures(dir: &tempfile::TempDir, url: &str) {
    // The situational picture's document, with exact figures; an unknown administration
    // is refused.
    for (admin, format, ok) in [
        ("SOD", "docx", true),
        ("SOD", "pdf", true),
        ("XYZ", "pdf", false),
    ] {
        let out = dir.path().join(format!("picture-{admin}.{format}"));
        let run = varn(dir.path())
            .args([
                "--database-url",
                url,
                "situation",
                "export",
                "--administration",
                admin,
            ])
            .args(["--year", "2025", "--format", format, "--out"])
            .arg(&out)
            .output()
            .expect("run");
        assert_eq!(
            run.status.success(),
            ok,
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        if ok {
            let bytes = std::fs::read(&out).expect("file");
            if format == "docx" {
                let names = String::from_utf8_lossy(&bytes);
                assert!(
                    names.contains("word/media/"),
                    "the charts are in the Word file"
                );
            } else {
                assert!(bytes.starts_with(b"%PDF-"));
            }
        } else {
            assert!(String::from_utf8_lossy(&run.stderr).contains("okänd förvaltning"));
        }
    }
}

fn importing_the_same_plan_again_is_refused(
    dir: &tempfile::TempDir,
    url: &str,
    json_path: &std::path::Path,
) {
    // Importing the same plan again overlaps its period: refused, in Swedish.
    let run = varn(dir.path())
        .args(["--database-url", url, "plan", "import"])
        .arg(json_path)
        .output()
        .expect("run");
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("överlappar"));
}

fn the_plan_goes_into_another_administration(
    dir: &tempfile::TempDir,
    url: &str,
    json_path: &std::path::Path,
    text: &str,
) {
    // Into another administration it goes in.
    // Units belong to an administration: the moved plan names none of Södermalm's.
    let moved = text
        .replacen(
            "\"administration\": \"SOD\"",
            "\"administration\": \"FAR\"",
            1,
        )
        .replace("\"unit\": \"SOD-SOC-01\"", "\"unit\": null");
    std::fs::write(json_path, moved).expect("write");
    let run = varn(dir.path())
        .args(["--database-url", url, "plan", "import"])
        .arg(json_path)
        .output()
        .expect("run");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(String::from_utf8_lossy(&run.stdout).contains("inläst"));
}

#[test]
fn pii_scan_jsonl_keeps_the_contract() {
    let dir = tempfile::tempdir().expect("dir");
    let mut cmd = varn(dir.path());
    cmd.args(["pii", "scan", "--jsonl"]);
    let input = "{\"id\": \"a\", \"text\": \"Ring Anna Svensson på 070-174 06 12.\"}\n{broken\n{\"id\": 7, \"text\": \"Dnr SOF 2024/264, 14 kap. 1 § SoL.\"}\n";
    let out = run_with_stdin(cmd, input);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    let kinds: Vec<&str> = lines[0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["kind"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(kinds, vec!["name", "phone"]);
    let first = &lines[0]["findings"][0];
    assert_eq!(
        (first["start"].as_u64(), first["end"].as_u64()),
        (Some(5), Some(18))
    );
    assert!(lines[1]["error"].is_string());
    assert_eq!(lines[2], serde_json::json!({"id": 7, "findings": []}));
}

/// `varn reminders` runs the scheduled work of every capability that has some (plans'
/// follow-up, the survey's, grants' controls), as of the time `--now` gives, and says what
/// each did; a time it cannot read is refused naming the option.
#[tokio::test]
async fn reminders_run_every_capabilitys_scheduled_work_as_of_now() {
    let dir = tempfile::tempdir().expect("dir");
    let url = format!("sqlite://{}", dir.path().join("demo.db").display());
    let demo = varn(dir.path())
        .args(["--database-url", &url, "demo"])
        .output()
        .expect("run");
    assert!(demo.status.success());
    let (port, inbox) = crate::common::smtp::smtp_server().await;
    let mut cmd = varn(dir.path());
    cmd.env("VARN_SMTP_URL", format!("smtp://127.0.0.1:{port}"))
        .args([
            "--database-url",
            &url,
            "reminders",
            "--now",
            "2026-09-20T08:00",
        ]);
    let out = tokio::task::spawn_blocking(move || cmd.output().expect("run"))
        .await
        .expect("join");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for line in [
        "påminnelser om uppföljning skickades",
        "påminnelser om enkäten skickades",
        "påminnelser om kontroller av föreningsbidrag skickades",
    ] {
        assert!(stdout.contains(line), "{line} missing in: {stdout}");
    }
    // The demo's plans have reports due around 2026-09-30 (T2): something was mailed.
    assert!(!inbox.lock().expect("inbox").is_empty(), "{stdout}");

    let bad = varn(dir.path())
        .env("VARN_SMTP_URL", format!("smtp://127.0.0.1:{port}"))
        .args(["--database-url", &url, "reminders", "--now", "i morgon"])
        .output()
        .expect("run");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--now"));
}

/// `varn retention plan` says per type what the next run would delete and deletes nothing;
/// `varn retention run --now` deletes it and says so; a period shorter than the figures need
/// is refused at start, naming the record type.
#[tokio::test]
async fn retention_plan_deletes_nothing_and_run_purges_as_of_now() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("demo.db");
    let url = format!("sqlite://{}", path.display());
    let demo = varn(dir.path())
        .args(["--database-url", &url, "demo"])
        .output()
        .expect("run");
    assert!(demo.status.success());
    let db = varn::db::Db::connect(&url).await.expect("db");
    let training_rows = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM training_completions")
            .fetch_one(db.pool())
            .await
            .expect("count")
    };
    let rows_before = training_rows().await;
    let plan = varn(dir.path())
        .args([
            "--database-url",
            &url,
            "retention",
            "plan",
            "--now",
            "2027-06-01T03:00",
        ])
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&plan.stdout);
    assert!(
        plan.status.success(),
        "{}",
        String::from_utf8_lossy(&plan.stderr)
    );
    for text in [
        "ingenting tas bort nu",
        "Blanketter",
        "IA-rader",
        "Utbildningsrader",
        "Loggposter",
        "Inläsningar",
        "före 2022-06-01",
    ] {
        assert!(stdout.contains(text), "{text} missing in: {stdout}");
    }
    assert_eq!(
        training_rows().await,
        rows_before,
        "the plan deleted nothing"
    );

    let run = varn(dir.path())
        .args([
            "--database-url",
            &url,
            "retention",
            "run",
            "--now",
            "2027-06-01T03:00",
        ])
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(
        stdout.contains("Utbildningsrader: ") && stdout.contains("gallrade."),
        "{stdout}"
    );
    assert!(
        training_rows().await < rows_before,
        "the run purged the demo's old rows"
    );
    db.close().await;

    std::fs::write(dir.path().join("varn.toml"), "[retention]\ntraining = 12\n").expect("write");
    let refused = varn(dir.path())
        .args(["--database-url", &url, "retention", "plan"])
        .output()
        .expect("run");
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("retention.training")
            && err.contains("Utbildningsrader")
            && err.contains("24"),
        "{err}"
    );
}
