//! Retention of survey answers (issue 19 §2), on SQLite and PostgreSQL with the time given:
//! the plan deletes nothing and counts what the run deletes; the responses of a closed
//! round past the cut-off go with their answers, while its results (API and page), the
//! next round's comparison with it, the picture's survey grids and the desk's survey counts
//! read the same before, after a run stopped in the middle of the round, and after the
//! purge; an open round and a closed round not yet expired keep every answer; the free text
//! of a purged round is gone and the page says so; every batch is in the audit log.

use crate::common::retention::{count, now, PERIODS};
use serde_json::{json, Value};
use varn::db::Db;
use varn::retention::{self, Limits};

const COORD: &str = "samordnare.sodermalm@demo.example";
const CENTRAL: &str = "central@demo.example";

async fn answers_of(db: &Db, round: i64) -> i64 {
    count(
        db,
        &format!(
            "SELECT COUNT(*) FROM survey_answers a JOIN survey_responses s ON s.id = a.response_id \
             WHERE s.round_id = {round}"
        ),
    )
    .await
}

async fn responses_of(db: &Db, round: i64) -> i64 {
    count(
        db,
        &format!("SELECT COUNT(*) FROM survey_responses WHERE round_id = {round}"),
    )
    .await
}

/// Figures equal, or the first that differs.
fn same(after: &[String], before: &[String], when: &str) {
    assert_eq!(after.len(), before.len(), "{when}");
    if let Some((a, b)) = after.iter().zip(before).find(|(a, b)| a != b) {
        // The first line that differs, for pages.
        let line = a.lines().zip(b.lines()).find(|(x, y)| x != y);
        panic!("{when}: {line:?}\n{a}\nbefore: {b}");
    }
}

/// A results document without what a purge changes on purpose: the free text and the flag.
fn figures_only(mut v: Value) -> String {
    v.as_object_mut().expect("results").remove("answers_purged");
    for q in v["questions"].as_array_mut().expect("questions") {
        q["texts"] = json!([]);
    }
    v.to_string()
}

both_backends!(
    a_purged_rounds_figures_read_the_same_everywhere_and_its_answers_go,
    |app| {
        let db = &app.db;
        let sod: i64 = sqlx::query_scalar("SELECT id FROM administrations WHERE code = 'SOD'")
            .fetch_one(db.pool())
            .await
            .expect("SOD");
        // The demo's rounds: last year's (closed) and this year's (open).
        let old: i64 = sqlx::query_scalar(
            "SELECT id FROM survey_rounds WHERE administration_id = $1 AND status = 'closed'",
        )
        .bind(sod)
        .fetch_one(db.pool())
        .await
        .expect("closed round");
        let open: i64 = sqlx::query_scalar(
            "SELECT id FROM survey_rounds WHERE administration_id = $1 AND status = 'open'",
        )
        .bind(sod)
        .fetch_one(db.pool())
        .await
        .expect("open round");
        // Last year's round becomes a round of 2019; the open round's last day lies long
        // past too, but it is open and stays.
        sqlx::query(
            "UPDATE survey_rounds SET period = '2019', closes_on = '2019-03-31' WHERE id = $1",
        )
        .bind(old)
        .execute(db.pool())
        .await
        .expect("old round");
        sqlx::query("UPDATE survey_rounds SET closes_on = '2019-04-30' WHERE id = $1")
            .bind(open)
            .execute(db.pool())
            .await
            .expect("open round");
        // A closed round not yet expired (its last day today), opened before the others, with
        // its own answers: the purged round is compared with it.
        let kept: i64 = sqlx::query_scalar(
            "INSERT INTO survey_rounds (administration_id, template_id, title, period, closes_on, \
             reminder_days, status, created_at, created_by) \
             SELECT administration_id, template_id, 'Enkät 2018', '2018', $2, '', 'closed', \
             '2018-03-01T08:00:00Z', 'test' FROM survey_rounds WHERE id = $1 RETURNING id",
        )
        .bind(old)
        .bind(varn::db::today())
        .fetch_one(db.pool())
        .await
        .expect("kept round");
        let level: i64 = sqlx::query_scalar(
            "SELECT id FROM survey_questions WHERE key = 'knowledge_level' \
             AND template_id = (SELECT template_id FROM survey_rounds WHERE id = $1)",
        )
        .bind(old)
        .fetch_one(db.pool())
        .await
        .expect("level question");
        for (i, value) in [2i64, 3, 3, 4, 4, 5].iter().enumerate() {
            let response = 900_000_000 + i as i64;
            sqlx::query(
                "INSERT INTO survey_responses (id, round_id, kind, unit_id, department_id) \
                 VALUES ($1, $2, 'partner', NULL, NULL)",
            )
            .bind(response)
            .bind(kept)
            .execute(db.pool())
            .await
            .expect("response");
            sqlx::query(
                "INSERT INTO survey_answers (response_id, question_id, value, text) VALUES ($1, $2, $3, NULL)",
            )
            .bind(response)
            .bind(level)
            .bind(value)
            .execute(db.pool())
            .await
            .expect("answer");
        }
        let old_responses = responses_of(db, old).await;
        let old_answers = answers_of(db, old).await;
        let (open_answers, kept_answers) = (answers_of(db, open).await, answers_of(db, kept).await);
        assert!(old_responses >= 10, "{old_responses}");
        assert!(open_answers > 0 && kept_answers == 6);
        let texts_before = count(
            db,
            &format!(
                "SELECT COUNT(*) FROM survey_answers a JOIN survey_responses s ON s.id = a.response_id \
                 WHERE s.round_id = {old} AND a.text IS NOT NULL"
            ),
        )
        .await;
        assert!(texts_before > 0, "the demo's round has free text");

        let coord = app.token(COORD).await;
        let central = app.token(CENTRAL).await;
        app.sign_in(COORD).await;
        let this_year: i32 = varn::db::today()[..4].parse().expect("year");
        let read = || async {
            let mut out = Vec::new();
            for round in [old, open, kept] {
                for token in [&coord, &central] {
                    let path = format!("/api/v1/survey/rounds/{round}/results");
                    let (status, body) =
                        crate::common::call(&app, reqwest::Method::GET, &path, token, json!(null))
                            .await;
                    assert_eq!(status, 200, "{path}: {body}");
                    out.push(figures_only(body));
                }
                let path = format!("/enkat/omgangar/{round}/resultat");
                let (status, page) = app.get_text(&path).await;
                assert_eq!(status, 200, "{path}: {page}");
                // The purged round's free text is gone on purpose (and the page says so);
                // every figure stays.
                let cat = varn::i18n::sv();
                let page = page
                    .lines()
                    .map(str::trim)
                    .filter(|l| {
                        !l.is_empty()
                            && !l.contains("free-text")
                            && !l.contains(cat.t("survey.texts_purged"))
                            && !l.contains(cat.t("survey.no_texts"))
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
                out.push(page);
            }
            let grids = varn::survey::feeds::picture(
                db,
                varn::kernel::ids::AdministrationId::new(sod),
                "Södermalm",
            )
            .await
            .expect("picture");
            out.push(format!("{grids:?}"));
            for year in [2018, 2019, this_year] {
                let part = varn::survey::feeds::city(db, year, "").await.expect("desk");
                out.push(format!("{year}: {part:?}"));
            }
            out
        };
        let before = read().await;
        assert!(before[0].contains("knowledge_level"), "{}", before[0]);
        // The open round is compared with the round about to be purged.
        let (_, open_results) = crate::common::call(
            &app,
            reqwest::Method::GET,
            &format!("/api/v1/survey/rounds/{open}/results"),
            &coord,
            json!(null),
        )
        .await;
        assert_eq!(open_results["previous"]["id"], old, "{open_results}");
        assert!(before
            .iter()
            .any(|f| f.contains("enkat-kunskap") && f.contains("2019")));
        assert!(varn::app::purges().iter().any(|p| p.key == "survey"));
        let purges = [varn::survey::retention::PURGE];

        let planned = retention::plan(db, &PERIODS, now(), &purges)
            .await
            .expect("plan");
        assert_eq!(planned[0].expired, old_responses as u64);
        assert!(retention::plan_lines(&planned)
            .join("\n")
            .contains("Enkätsvar"));
        assert_eq!(responses_of(db, old).await, old_responses);
        assert_eq!(answers_of(db, old).await, old_answers);
        same(&read().await, &before, "figures after the plan");

        // Stopped in the middle of the round.
        let batch = old_responses / 3;
        let stopped = retention::run(
            db,
            &PERIODS,
            now(),
            &purges,
            Limits {
                batch,
                max_batches: Some(1),
            },
        )
        .await
        .expect("stopped run");
        assert_eq!(stopped[0].deleted, batch as u64);
        assert!(!stopped[0].finished);
        assert_eq!(responses_of(db, old).await, old_responses - batch);
        same(&read().await, &before, "figures after a stopped run");

        let done = retention::run(db, &PERIODS, now(), &purges, Limits::default())
            .await
            .expect("run");
        assert!(done[0].finished);
        assert_eq!(done[0].deleted + stopped[0].deleted, planned[0].expired);
        assert_eq!(responses_of(db, old).await, 0);
        assert_eq!(
            count(
                db,
                "SELECT COUNT(*) FROM survey_answers WHERE response_id NOT IN (SELECT id FROM survey_responses)"
            )
            .await,
            0
        );
        assert_eq!(answers_of(db, open).await, open_answers);
        assert_eq!(answers_of(db, kept).await, kept_answers);
        same(&read().await, &before, "figures after the purge");

        // The free text is gone, and the coordinator's page and API say so.
        let (_, after) = crate::common::call(
            &app,
            reqwest::Method::GET,
            &format!("/api/v1/survey/rounds/{old}/results"),
            &coord,
            json!(null),
        )
        .await;
        assert_eq!(after["answers_purged"], true);
        assert!(after["questions"]
            .as_array()
            .expect("questions")
            .iter()
            .all(|q| q["texts"].as_array().is_some_and(|t| t.is_empty())));
        let (_, page) = app
            .get_text(&format!("/enkat/omgangar/{old}/resultat"))
            .await;
        assert!(page.contains("fritextsvaren har tagits bort"), "{page}");
        // The answers cannot be exported as data any more: a clear Swedish refusal.
        let (status, body) = app
            .get_text(&format!("/enkat/omgangar/{old}/svar.csv"))
            .await;
        assert_eq!(status, 409, "{body}");
        assert!(body.contains("gallrats"), "{body}");
        // The counts kept name no unit and no response.
        for table in ["survey_response_counts", "survey_answer_counts"] {
            let columns: Vec<String> = if app.db.backend() == varn::db::Backend::Postgres {
                sqlx::query_scalar(
                    "SELECT column_name::text FROM information_schema.columns WHERE table_name = $1",
                )
                .bind(table)
                .fetch_all(db.pool())
                .await
                .expect("columns")
            } else {
                sqlx::query_scalar(&format!("SELECT name FROM pragma_table_info('{table}')"))
                    .fetch_all(db.pool())
                    .await
                    .expect("columns")
            };
            assert!(!columns.is_empty());
            assert!(
                columns
                    .iter()
                    .all(|c| c != "unit_id" && c != "response_id" && c != "text"),
                "{columns:?}"
            );
        }

        let entries: Vec<String> = sqlx::query_scalar(
            "SELECT summary FROM audit_log WHERE action = 'purge' AND record_type = 'retention' \
             AND record_id = 'survey' ORDER BY id",
        )
        .fetch_all(db.pool())
        .await
        .expect("entries");
        assert_eq!(entries.len(), 2, "{entries:?}");
        let label = retention::type_label("survey");
        let sum: u64 = entries
            .iter()
            .map(|s| {
                assert!(s.starts_with(label), "{s}");
                assert!(!s.contains("samverkan"), "{s}");
                s[label.len()..]
                    .trim_start_matches(':')
                    .split_whitespace()
                    .next()
                    .and_then(|n| n.parse::<u64>().ok())
                    .expect(s)
            })
            .sum();
        assert_eq!(sum, planned[0].expired);

        let again = retention::run(db, &PERIODS, now(), &purges, Limits::default())
            .await
            .expect("again");
        assert_eq!(again[0].deleted, 0);
        same(&read().await, &before, "figures after a second run");
    }
);
