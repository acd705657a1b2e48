//! The survey on both databases: seed 002's Södermalm figures from stored answers; a round
//! through the API from recipients to results, with the links caught by a small SMTP server
//! of the test's own; anonymity of the stored answers; reminders only to those who have not
//! answered; the bad input the issue names; and the coordinator's pages.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use reqwest::Method;
use serde_json::{json, Value};
use varn::audit::Actor;
use varn::kernel::ids::{AdministrationId, DepartmentId};
use varn::survey::domain::{SurveyQuestionId, SurveyRecipientKind, Value as Answer};
use varn::survey::store;

const COORD: &str = "samordnare.sodermalm@demo.example";
const CENTRAL: &str = "central@demo.example";

use crate::common::smtp::{smtp_server, Received};

/// The token of the survey link in a message.
fn token_in(data: &str) -> String {
    let at = data.find("/enkat/svar/").expect("link in mail") + "/enkat/svar/".len();
    data[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

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

/// A call without an account, as a recipient's phone makes it.
async fn public(
    app: &crate::common::TestApp,
    method: Method,
    path: &str,
    body: Value,
) -> (u16, Value) {
    let r = app
        .client
        .request(method, format!("{}{path}", app.base))
        .json(&body)
        .send()
        .await
        .expect("call");
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

fn question(detail: &Value, key: &str) -> i64 {
    detail["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .find(|q| q["key"] == key)
        .and_then(|q| q["id"].as_i64())
        .expect("question")
}

fn kind_rate<'a>(detail: &'a Value, label: &str) -> &'a Value {
    detail["rates"]["by_kind"]
        .as_array()
        .expect("by kind")
        .iter()
        .find(|r| r["label"] == label)
        .expect("kind")
}

async fn sod_departments(db: &varn::db::Db) -> (AdministrationId, Vec<DepartmentId>) {
    let admin: AdministrationId =
        sqlx::query_scalar("SELECT id FROM administrations WHERE code = 'SOD'")
            .fetch_one(db.pool())
            .await
            .expect("SOD");
    let departments: Vec<DepartmentId> = sqlx::query_scalar(
        "SELECT id FROM departments WHERE code IN ('SOD-SOC', 'SOD-STM') ORDER BY code",
    )
    .fetch_all(db.pool())
    .await
    .expect("departments");
    (admin, departments)
}

/// Opens Södermalm's 2021 round for two departments and stores seed 002's 27 answers to
/// the knowledge level: a quarter at 2, 44 % at 3, a quarter at 4 and one unit at 5.
async fn seed_002_round(db: &varn::db::Db) -> varn::survey::domain::SurveyRoundId {
    let (admin, departments) = sod_departments(db).await;
    let actor = Actor::system("test");
    let mut tx = db.begin_write().await.expect("tx");
    let input = store::SurveyRoundInput {
        title: "Enkät om våldsbejakande extremism".into(),
        period: "2021".into(),
        closes_on: "2099-12-31".into(),
        department_ids: departments,
        ..Default::default()
    };
    let (round, links) = store::open_round(&mut tx, &actor, admin, &input)
        .await
        .expect("round");
    tx.commit().await.expect("commit");
    assert!(links
        .iter()
        .all(|l| l.kind == SurveyRecipientKind::Internal));
    let questions = {
        let mut conn = db.pool().acquire().await.expect("conn");
        store::questions(&mut conn, round).await.expect("questions")
    };
    let level = questions
        .iter()
        .find(|q| q.key == "knowledge_level")
        .expect("level")
        .id;
    // Seed 002: 27 answers, a quarter at 2, 44 % at 3, a quarter at 4 and one unit at 5.
    let mut levels = vec![2; 7];
    levels.extend([3; 12]);
    levels.extend([4; 7]);
    levels.push(5);
    for (i, l) in levels.iter().enumerate() {
        let link = &links[i % links.len()];
        let mut conn = db.pool().acquire().await.expect("conn");
        let recipient = store::recipient_by_token(&mut conn, &link.token)
            .await
            .expect("lookup")
            .expect("recipient");
        drop(conn);
        let mut tx = db.begin_write().await.expect("tx");
        // The demo has fewer units than the seed had answers: a unit answers again here.
        sqlx::query("UPDATE survey_recipients SET answered = 0 WHERE id = $1")
            .bind(recipient.id)
            .execute(&mut *tx)
            .await
            .expect("rearm");
        let values: BTreeMap<SurveyQuestionId, Answer> = [(level, Answer::Number(*l))].into();
        store::submit(&mut tx, &recipient, &values)
            .await
            .expect("submit");
        tx.commit().await.expect("commit");
    }
    round
}

on_both!(seed_002_figures_come_out_of_the_stored_answers, |db| {
    varn::demo::load(db).await.expect("demo");
    let round = seed_002_round(db).await;
    let mut conn = db.pool().acquire().await.expect("conn");
    let r = varn::survey::results::results(&mut conn, round)
        .await
        .expect("results");
    assert_eq!(r.responses, 27);
    let q = r
        .questions
        .iter()
        .find(|q| q.question.key == "knowledge_level")
        .expect("level");
    let s = q.figures.summary.as_ref().expect("summary");
    assert_eq!(
        varn::survey::stats::decimal(s.mean.expect("mean"), 2),
        "3,07"
    );
    assert_eq!(s.median, Some(3.0));
    let counts: Vec<usize> = s.distribution.iter().map(|d| d.count).collect();
    assert_eq!(counts, [0, 7, 12, 7, 1]);
    let shares: Vec<String> = s
        .distribution
        .iter()
        .map(|d| varn::survey::stats::percent(d.share))
        .collect();
    assert_eq!(shares, ["0 %", "26 %", "44 %", "26 %", "4 %"]);
    // Per department and per kind too.
    assert_eq!(q.by_kind.len(), 1);
    assert_eq!(q.by_kind[0].figures.answered, 27);
    assert_eq!(q.by_department.len(), 2);

    // The answers hold no recipient, no address and no time.
    let columns: Vec<String> = if db.backend() == varn::db::Backend::Sqlite {
        sqlx::query_scalar("SELECT name FROM pragma_table_info('survey_responses')")
            .fetch_all(&mut *conn)
            .await
            .expect("columns")
    } else {
        sqlx::query_scalar(
            "SELECT column_name::text FROM information_schema.columns WHERE table_name = 'survey_responses'",
        )
        .fetch_all(&mut *conn)
        .await
        .expect("columns")
    };
    for c in &columns {
        assert!(
            ["id", "round_id", "kind", "unit_id", "department_id"].contains(&c.as_str()),
            "survey_responses has {c}"
        );
    }
});

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_runs_from_recipients_to_results_through_the_api() {
    for backend in crate::common::BACKENDS {
        let (port, inbox) = smtp_server().await;
        let mut app = crate::common::spawn_app_with(backend, |c| {
            c.smtp_url = varn::config::Secret::new(format!("smtp://127.0.0.1:{port}"));
        })
        .await;
        let test_db = app.test_db.take();
        round_through_the_api(&app, &inbox).await;
        if let Some(db) = test_db {
            db.cleanup().await;
        }
    }
}

/// The questions a round's detail names, and the local one the coordinator adds.
struct Questions {
    level: i64,
    missing: i64,
    events: i64,
    local: i64,
}

async fn round_through_the_api(app: &crate::common::TestApp, inbox: &Arc<Mutex<Vec<Received>>>) {
    let coord = app.token(COORD).await;
    let (admin, departments) = sod_departments(&app.db).await;
    let partner = "nattvandrarna@exempel.example";
    let rounds_before = bad_rounds_are_refused(app, &coord, admin).await;
    let (round, left, manager, partner_token) = a_round_opens_and_mails_its_links(
        app,
        inbox,
        &coord,
        admin,
        &departments,
        partner,
        rounds_before,
    )
    .await;
    let q = a_local_question_is_added(app, &coord, round, left.len()).await;
    the_manager_drafts_and_sends(app, &manager, &q).await;
    the_partner_is_refused_a_name_then_answers(app, &partner_token, &q).await;
    the_rates_move_and_reminders_skip_who_answered(app, inbox, &coord, round, partner).await;
    results_are_exact_inside_and_suppressed_outside(app, &coord, round).await;
    closing_twice_changes_nothing(app, &coord, round, &left).await;
}

/// Bad input: refused naming the field (and row), and nothing written; the count of rounds
/// before the good one.
async fn bad_rounds_are_refused(
    app: &crate::common::TestApp,
    coord: &str,
    admin: AdministrationId,
) -> i64 {
    // Bad input: no recipients, a bad address (naming its row), a period that is no year.
    let (status, body) = call(
        app,
        Method::POST,
        &format!("/api/v1/administrations/{admin}/survey-rounds"),
        coord,
        json!({"title": "Enkät", "period": "2031", "closes_on": "2099-12-31"}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["problems"][0]["field"], "Mottagare", "{body}");
    let (status, body) = call(
        app,
        Method::POST,
        &format!("/api/v1/administrations/{admin}/survey-rounds"),
        coord,
        json!({"title": "Enkät", "period": "nästa år", "closes_on": "2099-12-31",
               "partner_emails": ["ok@exempel.example", "inte en adress"]}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let problems = body["problems"].as_array().expect("problems");
    assert!(problems.iter().any(|p| p["field"] == "Period"), "{body}");
    assert!(
        problems
            .iter()
            .any(|p| p["row"] == 2 && p["field"] == "Samverkanspartner (e-post)"),
        "{body}"
    );
    let rounds_before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM survey_rounds")
        .fetch_one(app.db.pool())
        .await
        .expect("count");

    rounds_before
}

/// A round for two departments and a partner: the links go out by e-mail; the round's id,
/// the links left to pass on, and the manager's and the partner's tokens.
async fn a_round_opens_and_mails_its_links(
    app: &crate::common::TestApp,
    inbox: &Arc<Mutex<Vec<Received>>>,
    coord: &str,
    admin: AdministrationId,
    departments: &[DepartmentId],
    partner: &str,
    rounds_before: i64,
) -> (i64, Vec<Value>, String, String) {
    let (status, opened) = call(
        app,
        Method::POST,
        &format!("/api/v1/administrations/{admin}/survey-rounds"),
        coord,
        json!({"title": "Enkät om våldsbejakande extremism", "period": "2031",
               "closes_on": "2099-12-31", "department_ids": departments,
               "partner_emails": [partner]}),
    )
    .await;
    assert_eq!(status, 201, "{opened}");
    let round = opened["round"]["id"].as_i64().expect("id");
    let rounds_after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM survey_rounds")
        .fetch_one(app.db.pool())
        .await
        .expect("count");
    assert_eq!(
        rounds_after,
        rounds_before + 1,
        "the refused rounds left nothing"
    );
    // The field unit's manager and the partner got their links by e-mail; the units without
    // a manager's address are left for the coordinator to pass on.
    let mails = inbox.lock().expect("inbox").clone();
    let manager_mail = mails
        .iter()
        .find(|m| m.to == ["chef.sodermalm@demo.example"])
        .expect("the manager's link");
    let partner_mail = mails
        .iter()
        .find(|m| m.to == [partner])
        .expect("the partner's link");
    assert!(manager_mail
        .data
        .contains("Enkät om våldsbejakande extremism"));
    assert_eq!(opened["mailed"], 2, "{opened}");
    let left = opened["links"].as_array().expect("links");
    assert!(!left.is_empty());
    assert!(left.iter().all(|l| l["email"] == ""));
    let manager = token_in(&manager_mail.data);
    let partner_token = token_in(&partner_mail.data);
    (round, left.clone(), manager, partner_token)
}

/// The detail before any answer, its questions, and a local question that leaves the
/// city's untouched.
async fn a_local_question_is_added(
    app: &crate::common::TestApp,
    coord: &str,
    round: i64,
    left: usize,
) -> Questions {
    let (_, detail) = call(
        app,
        Method::GET,
        &format!("/api/v1/survey/rounds/{round}"),
        coord,
        json!(null),
    )
    .await;
    assert_eq!(detail["rates"]["overall"]["answered"], 0);
    let asked = detail["rates"]["overall"]["asked"].as_i64().expect("asked");
    assert_eq!(asked, left as i64 + 2);
    let level = question(&detail, "knowledge_level");
    let missing = question(&detail, "missing");
    let events = question(&detail, "events_any");

    // A local question; the city's questions are not touched.
    let (status, with_local) = call(
        app,
        Method::POST,
        &format!("/api/v1/survey/rounds/{round}/questions"),
        coord,
        json!({"text": "Har ni deltagit i Söderkvarten?", "kind": "choice", "options": ["Ja", "Nej"]}),
    )
    .await;
    assert_eq!(status, 201, "{with_local}");
    let local = with_local["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .find(|q| q["part"] == "local")
        .and_then(|q| q["id"].as_i64())
        .expect("local");

    Questions {
        level,
        missing,
        events,
        local,
    }
}

async fn the_manager_drafts_and_sends(app: &crate::common::TestApp, manager: &str, q: &Questions) {
    let Questions {
        level,
        events,
        local,
        ..
    } = *q;
    // The manager saves halfway, comes back to it, then sends.
    let path = format!("/api/v1/survey/answer/{manager}");
    let (status, _) = public(
        app,
        Method::PUT,
        &path,
        json!({"answers": {level.to_string(): ["4"]}}),
    )
    .await;
    assert_eq!(status, 204);
    let (status, form) = public(app, Method::GET, &path, json!(null)).await;
    assert_eq!(status, 200, "{form}");
    assert_eq!(form["draft"][level.to_string()][0], "4");
    // Outside the scale, and a required question missing: refused naming the question.
    let (status, body) = public(
        app,
        Method::POST,
        &path,
        json!({"answers": {level.to_string(): ["6"]}}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let fields: Vec<&str> = body["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .filter_map(|p| p["field"].as_str())
        .collect();
    assert!(fields.iter().any(|f| f.starts_with("fråga 5")), "{body}");
    assert!(fields.iter().any(|f| f.starts_with("fråga 1")), "{body}");
    let (status, body) = public(
        app,
        Method::POST,
        &path,
        json!({"answers": {level.to_string(): ["4"], events.to_string(): ["1"], local.to_string(): ["0"]}}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    // The link is used up: one message, as for a link never issued.
    let (status, used) = public(app, Method::GET, &path, json!(null)).await;
    assert_eq!(status, 410);
    let (status, never) = public(
        app,
        Method::GET,
        "/api/v1/survey/answer/finnsinte",
        json!(null),
    )
    .await;
    assert_eq!(status, 410);
    assert_eq!(used["message"], never["message"]);
}

async fn the_partner_is_refused_a_name_then_answers(
    app: &crate::common::TestApp,
    partner_token: &str,
    q: &Questions,
) {
    let Questions {
        level,
        events,
        missing,
        ..
    } = *q;
    // The partner writes a name: refused with the place; then answers clean.
    let ppath = format!("/api/v1/survey/answer/{partner_token}");
    let (status, body) = public(
        app,
        Method::POST,
        &ppath,
        json!({"answers": {level.to_string(): ["3"], events.to_string(): ["0"],
               missing.to_string(): ["Ring Ahmed Yilmaz på fritidsgården."]}}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let finding = &body["findings"][0];
    assert_eq!(finding["kind"], "name", "{body}");
    assert!(finding["field"]
        .as_str()
        .expect("field")
        .starts_with("fråga 11"));
    assert!(finding["start"].as_u64().expect("start") > 0);
    let stored: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM survey_answers WHERE text LIKE '%Yilmaz%'")
            .fetch_one(app.db.pool())
            .await
            .expect("count");
    assert_eq!(stored, 0);
    let (status, body) = public(
        app,
        Method::POST,
        &ppath,
        json!({"answers": {level.to_string(): ["3"], events.to_string(): ["0"],
               missing.to_string(): ["Mer samverkan med fritidsgårdarna."]}}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
}

async fn the_rates_move_and_reminders_skip_who_answered(
    app: &crate::common::TestApp,
    inbox: &Arc<Mutex<Vec<Received>>>,
    coord: &str,
    round: i64,
    partner: &str,
) {
    // The rates moved: per kind and overall.
    let (_, detail) = call(
        app,
        Method::GET,
        &format!("/api/v1/survey/rounds/{round}"),
        coord,
        json!(null),
    )
    .await;
    assert_eq!(detail["rates"]["overall"]["answered"], 2, "{detail}");
    assert_eq!(kind_rate(&detail, "Samverkanspartner")["answered"], 1);
    assert_eq!(kind_rate(&detail, "Samverkanspartner")["share"], 1.0);
    assert_eq!(kind_rate(&detail, "Förvaltningens enheter")["answered"], 1);

    // The partner's answer holds only its kind; the manager's its unit.
    let partner_units: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM survey_responses WHERE round_id = $1 AND kind = 'partner' AND unit_id IS NULL AND department_id IS NULL",
    )
    .bind(round)
    .fetch_one(app.db.pool())
    .await
    .expect("count");
    assert_eq!(partner_units, 1);

    // Reminders go only to those who have not answered (both have).
    inbox.lock().expect("inbox").clear();
    let (status, body) = call(
        app,
        Method::POST,
        &format!("/api/v1/survey/rounds/{round}/remind"),
        coord,
        json!(null),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let reminded = inbox.lock().expect("inbox").clone();
    assert_eq!(body["sent"].as_u64(), Some(reminded.len() as u64));
    assert!(reminded
        .iter()
        .all(|m| m.to != ["chef.sodermalm@demo.example"] && m.to != [partner]));
}

async fn results_are_exact_inside_and_suppressed_outside(
    app: &crate::common::TestApp,
    coord: &str,
    round: i64,
) {
    // Results: exact figures, the free text for the coordinator, the previous round (the demo's).
    let (status, results) = call(
        app,
        Method::GET,
        &format!("/api/v1/survey/rounds/{round}/results"),
        coord,
        json!(null),
    )
    .await;
    assert_eq!(status, 200, "{results}");
    assert_eq!(results["responses"], 2);
    assert!(results["previous"]["id"].as_i64().is_some(), "{results}");
    let lq = results["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .find(|q| q["question"]["key"] == "knowledge_level")
        .expect("level");
    assert_eq!(lq["figures"]["summary"]["mean"], 3.5);
    assert_eq!(lq["figures"]["summary"]["median"], 3.5);
    assert!(lq["previous"]["summary"]["mean"].as_f64().is_some(), "{lq}");
    let mq = results["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .find(|q| q["question"]["key"] == "missing")
        .expect("missing");
    assert_eq!(mq["texts"][0], "Mer samverkan med fritidsgårdarna.");
    // The central coordinator reads the figures; the reader of another scope is refused.
    let central = app.token(CENTRAL).await;
    let (status, outside) = call(
        app,
        Method::GET,
        &format!("/api/v1/survey/rounds/{round}/results"),
        &central,
        json!(null),
    )
    .await;
    assert_eq!(status, 200);
    // Outside the administration: two answers are too few to show, and no free text.
    assert_eq!(outside["exact"], false);
    let oq = outside["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .find(|q| q["question"]["key"] == "knowledge_level")
        .expect("level");
    assert_eq!(oq["figures"]["hidden"], true, "{oq}");
    assert!(oq["figures"]["summary"].is_null());
    assert!(outside["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .all(|q| q["texts"].as_array().is_some_and(|t| t.is_empty())));
    assert_eq!(outside["rates"]["overall"]["hidden"], true);
    let other = app.token("samordnare.rinkeby-kista@demo.example").await;
    let (status, _) = call(
        app,
        Method::GET,
        &format!("/api/v1/survey/rounds/{round}"),
        &other,
        json!(null),
    )
    .await;
    assert_eq!(
        status, 404,
        "another administration's round is as if missing"
    );
}

async fn closing_twice_changes_nothing(
    app: &crate::common::TestApp,
    coord: &str,
    round: i64,
    left: &[Value],
) {
    // Closing twice changes nothing the second time; a closed round takes no answers.
    let (status, _) = call(
        app,
        Method::POST,
        &format!("/api/v1/survey/rounds/{round}/close"),
        coord,
        json!(null),
    )
    .await;
    assert_eq!(status, 200);
    let audits = || async {
        sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM audit_log WHERE record_type = 'survey_round' AND record_id = $1 AND action = 'end'",
        )
        .bind(round.to_string())
        .fetch_one(app.db.pool())
        .await
        .expect("count")
    };
    assert_eq!(audits().await, 1);
    let (status, closed) = call(
        app,
        Method::POST,
        &format!("/api/v1/survey/rounds/{round}/close"),
        coord,
        json!(null),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(closed["round"]["status"], "closed");
    assert_eq!(audits().await, 1);
    let unanswered = left[0]["token"].as_str().expect("token");
    let (status, _) = public(
        app,
        Method::GET,
        &format!("/api/v1/survey/answer/{unanswered}"),
        json!(null),
    )
    .await;
    assert_eq!(status, 410);
}

both_backends!(
    coordinator_pages_run_a_round_and_a_link_answers_without_an_account,
    |app| {
        let (admin, departments) = sod_departments(&app.db).await;
        app.sign_in(COORD).await;
        let (status, html) = app.get_text("/enkat").await;
        assert_eq!(status, 200);
        assert!(
            html.contains("Enkät om våldsbejakande extremism"),
            "the demo's rounds"
        );
        let (status, html) = app
            .get_text(&format!("/enkat/forvaltningar/{admin}/ny"))
            .await;
        assert_eq!(status, 200);
        assert!(html.contains("Samverkanspartner (e-post)"));
        let at = html.find("name=\"once\" value=\"").expect("the form's key")
            + "name=\"once\" value=\"".len();
        let once: String = html[at..].chars().take_while(|c| *c != '"').collect();
        let d0 = departments[0].to_string();
        let d1 = departments[1].to_string();
        // No recipients: refused naming the field, nothing written.
        let r = app
            .post_with_csrf(
                &format!("/enkat/forvaltningar/{admin}/ny"),
                &[
                    ("title", "Enkät"),
                    ("period", "2031"),
                    ("closes_on", "2099-12-31"),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 422);
        assert!(r.text().await.unwrap_or_default().contains("Mottagare"));
        let r = app
            .post_with_csrf(
                &format!("/enkat/forvaltningar/{admin}/ny"),
                &[
                    ("title", "Enkät 2031"),
                    ("period", "2031"),
                    ("closes_on", "2099-12-31"),
                    ("department", &d0),
                    ("department", &d1),
                    ("partners", "trossamfund@exempel.example"),
                    ("once", &once),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 201);
        let html = r.text().await.unwrap_or_default();
        let rounds = || async {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM survey_rounds")
                .fetch_one(app.db.pool())
                .await
                .expect("rounds")
        };
        let opened = rounds().await;
        // The page reloaded sends the same form again: no second round, the first shown.
        let again = app
            .post_with_csrf(
                &format!("/enkat/forvaltningar/{admin}/ny"),
                &[
                    ("title", "Enkät 2031"),
                    ("period", "2031"),
                    ("closes_on", "2099-12-31"),
                    ("department", &d0),
                    ("department", &d1),
                    ("partners", "trossamfund@exempel.example"),
                    ("once", &once),
                ],
            )
            .await;
        assert_eq!(again.status().as_u16(), 303);
        let to = again.headers()["location"]
            .to_str()
            .expect("location")
            .to_string();
        assert!(to.ends_with("?klart=redan-oppnad"), "{to}");
        assert_eq!(rounds().await, opened);
        let (status, shown) = app.get_text(&to).await;
        assert_eq!(status, 200);
        assert!(shown.contains("Omgången öppnades redan"), "{shown}");
        // Without a mail server every link is shown once, to pass on.
        let at = html.find("/enkat/svar/").expect("a link") + "/enkat/svar/".len();
        let token: String = html[at..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        let round: varn::survey::domain::SurveyRoundId =
            sqlx::query_scalar("SELECT MAX(id) FROM survey_rounds")
                .fetch_one(app.db.pool())
                .await
                .expect("round");

        // The recipient, without an account.
        let visitor = app.fresh_client();
        let (status, html) = visitor.get_text(&format!("/enkat/svar/{token}")).await;
        assert_eq!(status, 200);
        assert!(html.contains("Spara och fortsätt senare"));
        let mut conn = app.db.pool().acquire().await.expect("conn");
        let qs = store::questions(&mut conn, round).await.expect("questions");
        drop(conn);
        let field = |key: &str| format!("q{}", qs.iter().find(|q| q.key == key).expect("q").id);
        let (lf, ef, mf) = (
            field("knowledge_level"),
            field("events_any"),
            field("missing"),
        );
        let r = visitor
            .post_form(
                &format!("/enkat/svar/{token}"),
                &[(lf.as_str(), "3"), ("action", "spara")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 200);
        let (_, html) = visitor.get_text(&format!("/enkat/svar/{token}")).await;
        assert!(html.contains("Dina sparade svar är ifyllda"));
        assert!(
            html.contains(&format!("name=\"{lf}\" value=\"3\" checked")),
            "draft restored"
        );
        let r = visitor
            .post_form(
                &format!("/enkat/svar/{token}"),
                &[
                    (lf.as_str(), "3"),
                    (ef.as_str(), "1"),
                    (mf.as_str(), "Fråga Lisa Andersson på fritidsgården."),
                    ("action", "skicka"),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 422);
        let html = r.text().await.unwrap_or_default();
        assert!(html.contains("<mark>"), "the place is marked");
        let r = visitor
            .post_form(
                &format!("/enkat/svar/{token}"),
                &[(lf.as_str(), "3"), (ef.as_str(), "1"), ("action", "skicka")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 200);
        assert!(r
            .text()
            .await
            .unwrap_or_default()
            .contains("Tack för dina svar"));
        let (status, html) = visitor.get_text(&format!("/enkat/svar/{token}")).await;
        assert_eq!(status, 410);
        assert!(html.contains("Länken gäller inte längre"));

        // The coordinator sees the rate and the results, and the answers as CSV.
        let (status, html) = app.get_text(&format!("/enkat/omgangar/{round}")).await;
        assert_eq!(status, 200);
        assert!(html.contains("1 av "), "rate moved");
        let (status, html) = app
            .get_text(&format!("/enkat/omgangar/{round}/resultat"))
            .await;
        assert_eq!(status, 200);
        assert!(html.contains("medelvärde 3,00, median 3"), "results");
        assert!(
            html.contains("Jämförs med"),
            "compared with the previous round"
        );
        let r = app.get(&format!("/enkat/omgangar/{round}/svar.csv")).await;
        assert_eq!(r.status().as_u16(), 200);
        let csv = r.text().await.unwrap_or_default();
        assert!(csv.contains("Förvaltningens enheter"), "{csv}");
        let r = app.get(&format!("/enkat/omgangar/{round}/svar.xlsx")).await;
        assert_eq!(r.status().as_u16(), 200);
        let bytes = r.bytes().await.expect("xlsx");
        assert!(bytes.starts_with(b"PK"), "a workbook");
        let r = app
            .post_with_csrf(&format!("/enkat/omgangar/{round}/stang"), &[])
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let (status, _) = app.get_text("/enkat/mall").await;
        assert_eq!(status, 200);
    }
);

on_both!(
    reminders_go_on_their_days_only_to_those_who_have_not_answered,
    |db| {
        varn::demo::load(db).await.expect("demo");
        let (admin, _) = sod_departments(db).await;
        let (port, inbox) = smtp_server().await;
        let mut config = crate::common::test_config("sqlite::memory:");
        config.smtp_url = varn::config::Secret::new(format!("smtp://127.0.0.1:{port}"));
        let mailer = varn::mail::Mailer::from_config(&config)
            .expect("config")
            .expect("mailer");
        let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
        let input = store::SurveyRoundInput {
            title: "Enkät med påminnelser".into(),
            period: "2031".into(),
            closes_on: "2099-12-31".into(),
            reminder_days: vec![today.clone(), "2099-01-01".into()],
            partner_emails: vec!["a@exempel.example".into(), "b@exempel.example".into()],
            ..Default::default()
        };
        let mut tx = db.begin_write().await.expect("tx");
        let (round, links) = store::open_round(&mut tx, &Actor::system("test"), admin, &input)
            .await
            .expect("round");
        tx.commit().await.expect("commit");
        // a@ answers.
        let mut conn = db.pool().acquire().await.expect("conn");
        let a = store::recipient_by_token(&mut conn, &links[0].token)
            .await
            .expect("lookup")
            .expect("a");
        drop(conn);
        let mut tx = db.begin_write().await.expect("tx");
        store::submit(&mut tx, &a, &BTreeMap::new())
            .await
            .expect("submit");
        tx.commit().await.expect("commit");

        // Not a reminder day: nothing.
        let sent = varn::survey::mail::send_due(db, &mailer, "http://varn.test", "2098-06-01")
            .await
            .expect("due");
        assert_eq!(sent, 0);
        let sent = varn::survey::mail::send_due(db, &mailer, "http://varn.test", &today)
            .await
            .expect("due");
        assert_eq!(sent, 1);
        let mails = inbox.lock().expect("inbox").clone();
        let ours: Vec<&Received> = mails
            .iter()
            .filter(|m| m.data.contains("Enkät med påminnelser"))
            .collect();
        assert_eq!(ours.len(), 1, "{mails:?}");
        assert_eq!(ours[0].to, ["b@exempel.example"]);
        // The reminder's link works, and so does the first one.
        let fresh = token_in(&ours[0].data);
        let mut conn = db.pool().acquire().await.expect("conn");
        for token in [fresh.as_str(), links[1].token.as_str()] {
            let r = store::recipient_by_token(&mut conn, token)
                .await
                .expect("lookup")
                .expect("b");
            assert_eq!(r.round_id, round);
        }
        drop(conn);
        // Once a day.
        let sent = varn::survey::mail::send_due(db, &mailer, "http://varn.test", &today)
            .await
            .expect("due");
        assert_eq!(sent, 0);
    }
);

both_backends!(
    the_central_coordinator_publishes_a_new_version_of_the_template,
    |app| {
        let central = app.token(CENTRAL).await;
        let coord = app.token(COORD).await;
        let (status, v1) = call(
            &app,
            Method::GET,
            "/api/v1/survey/template",
            &coord,
            json!(null),
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(v1["version"], 1);
        // A coordinator may not change the city's questions.
        let (status, _) = call(
            &app,
            Method::POST,
            "/api/v1/survey/template",
            &coord,
            json!({}),
        )
        .await;
        assert_eq!(status, 403);
        // Nothing changed: nothing published.
        let (status, _) = call(
            &app,
            Method::POST,
            "/api/v1/survey/template",
            &central,
            json!({}),
        )
        .await;
        assert_eq!(status, 409);
        let (status, body) = call(
            &app,
            Method::POST,
            "/api/v1/survey/template",
            &central,
            json!({"add": [{"text": "", "kind": "choice", "options": ["Ja"]}]}),
        )
        .await;
        assert_eq!(status, 422, "{body}");
        assert_eq!(body["problems"][0]["field"], "den nya frågan 1", "{body}");
        let (status, v2) = call(
        &app,
        Method::POST,
        "/api/v1/survey/template",
        &central,
        json!({"texts": {"other": "Något annat ni vill säga till samordnaren?"},
               "add": [{"text": "Har verksamheten en egen kontaktperson?", "kind": "choice", "options": ["Ja", "Nej"]}]}),
    )
    .await;
        assert_eq!(status, 201, "{v2}");
        assert_eq!(v2["version"], 2);
        let questions = v2["questions"].as_array().expect("questions");
        assert_eq!(questions.len(), 13);
        assert_eq!(
            questions[11]["text"],
            "Något annat ni vill säga till samordnaren?"
        );
        // A round opened now is on version 2; the demo's rounds keep version 1.
        let (admin, departments) = sod_departments(&app.db).await;
        let (status, opened) = call(
        &app,
        Method::POST,
        &format!("/api/v1/administrations/{admin}/survey-rounds"),
        &coord,
        json!({"title": "Enkät", "period": "2032", "closes_on": "2099-12-31", "department_ids": departments}),
    )
    .await;
        assert_eq!(status, 201, "{opened}");
        assert_eq!(opened["round"]["template_version"], 2);
        let (_, rounds) = call(
            &app,
            Method::GET,
            "/api/v1/survey/rounds",
            &coord,
            json!(null),
        )
        .await;
        assert!(rounds
            .as_array()
            .expect("rounds")
            .iter()
            .any(|r| r["template_version"] == 1));
    }
);

both_backends!(
    a_recipient_list_from_a_sheet_is_taken_whole_or_refused_naming_rows,
    |app| {
        let coord = app.token(COORD).await;
        let (admin, _) = sod_departments(&app.db).await;
        let import = |body: &'static str| {
            app.api(
                Method::POST,
                &format!("/api/v1/administrations/{admin}/survey-recipients/import"),
                &coord,
            )
            .header("content-type", "application/octet-stream")
            .body(body)
            .send()
        };
        // A bad address and a unit of another district: refused whole, naming row and field.
        let r = import(
        "Enhet;E-post\nSOD-SOC-01;\n;inte-en-adress\nFAR-SOC-01;\n;trossamfund@exempel.example\n",
    )
    .await
    .expect("import");
        assert_eq!(r.status().as_u16(), 422);
        let body: Value = r.json().await.expect("json");
        let problems = body["problems"].as_array().expect("problems");
        assert_eq!(problems.len(), 2, "{body}");
        assert_eq!(problems[0]["row"], 3);
        assert_eq!(problems[0]["field"], "E-post");
        assert_eq!(problems[1]["row"], 4);
        assert_eq!(problems[1]["field"], "Enhet");
        let r = import("Enhet;E-post\nSOD-SOC-01;\nSOD-STM-02;\n;trossamfund@exempel.example\n")
            .await
            .expect("import");
        assert_eq!(r.status().as_u16(), 200);
        let list: Value = r.json().await.expect("json");
        assert_eq!(list["unit_ids"].as_array().map(Vec::len), Some(2), "{list}");
        assert_eq!(list["partner_emails"][0], "trossamfund@exempel.example");
        let (status, opened) = call(
            &app,
            Method::POST,
            &format!("/api/v1/administrations/{admin}/survey-rounds"),
            &coord,
            json!({"title": "Enkät", "period": "2031", "closes_on": "2099-12-31",
               "unit_ids": list["unit_ids"], "partner_emails": list["partner_emails"]}),
        )
        .await;
        assert_eq!(status, 201, "{opened}");
        assert_eq!(opened["links"].as_array().map(Vec::len), Some(3));

        // The page: the sheet fills in the form.
        app.sign_in(COORD).await;
        let r = app
            .post_file(
                &format!("/enkat/forvaltningar/{admin}/mottagare"),
                "mottagare.csv",
                b"Enhet;E-post\nSOD-SOC-01;\n;nattvandrarna@exempel.example\n",
            )
            .await;
        assert_eq!(r.status().as_u16(), 200);
        let html = r.text().await.unwrap_or_default();
        assert!(html.contains("Fältassistenterna"), "the unit is listed");
        assert!(html.contains("nattvandrarna@exempel.example"));
        let r = app
            .post_file(
                &format!("/enkat/forvaltningar/{admin}/mottagare"),
                "mottagare.csv",
                b"Enhet;E-post\n;fel adress\n",
            )
            .await;
        assert_eq!(r.status().as_u16(), 422);
        assert!(r.text().await.unwrap_or_default().contains("Rad 2"));
    }
);

use crate::common::docx_body as docx_text;

both_backends!(the_results_are_a_word_and_a_pdf_document, |app| {
    let round = seed_002_round(&app.db).await;
    app.sign_in(COORD).await;
    let (status, html) = app
        .get_text(&format!("/enkat/omgangar/{round}/resultat"))
        .await;
    assert_eq!(status, 200);
    assert!(html.contains(&format!("/enkat/omgangar/{round}/resultat.docx")));
    let r = app
        .get(&format!("/enkat/omgangar/{round}/resultat.docx"))
        .await;
    assert_eq!(r.status(), 200);
    let text = docx_text(&r.bytes().await.expect("bytes"));
    assert!(text.contains("Enkätens resultat"), "{text}");
    assert!(text.contains("medelvärde 3,07, median 3"), "{text}");
    assert!(text.contains("44 %"), "{text}");
    let r = app
        .get(&format!("/enkat/omgangar/{round}/resultat.pdf"))
        .await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    assert!(r.bytes().await.expect("pdf").starts_with(b"%PDF"));

    // Outside the administration the document is suppressed and says so; through the API too.
    let token = app.token(CENTRAL).await;
    let r = app
        .api(
            Method::GET,
            &format!("/api/v1/survey/rounds/{round}/results.docx"),
            &token,
        )
        .send()
        .await
        .expect("docx");
    assert_eq!(r.status(), 200);
    let text = docx_text(&r.bytes().await.expect("bytes"));
    assert!(text.contains("antal från 1 till 3 döljs"), "{text}");
    let r = app
        .api(
            Method::GET,
            &format!("/api/v1/survey/rounds/{round}/results.pdf"),
            &token,
        )
        .send()
        .await
        .expect("pdf");
    assert_eq!(r.status(), 200);

    // A coordinator of another administration gets nothing.
    let other = app.token("samordnare.alvsjo@demo.example").await;
    let r = app
        .api(
            Method::GET,
            &format!("/api/v1/survey/rounds/{round}/results.docx"),
            &other,
        )
        .send()
        .await
        .expect("docx");
    assert_eq!(r.status(), 404);
});
