//! Survey answers as one record type of retention (`[retention] survey`).
//!
//! A response (one recipient's answers) expires with its round: a closed round whose last
//! day of answers lies before the cut-off. An open round is never purged. Before the first
//! response of a round goes, the whole round is counted into `survey_response_counts` and
//! `survey_answer_counts` and listed in `survey_frozen_rounds`, in the same transaction;
//! every reader of a frozen round (the results and their documents, the comparison with
//! the previous round, the picture, the city's desk) reads those counts alone, so a run
//! stopped halfway through a round shows the same figures. The counts hold the kind of
//! recipient and the department, never the unit, the response or a text. Free-text answers
//! cannot be counted: they go, and the results say so.

use std::collections::{BTreeMap, HashMap};

use sqlx::{AnyConnection, Row};

use crate::domain::{SurveyQuestionId, SurveyRecipientKind, SurveyResponseId, SurveyRoundId};
use crate::results::{Cell, Tally};
use varn_house::kernel::error::Result;
use varn_house::kernel::ids::DepartmentId;
use varn_house::web::capability::{Purge, PurgeFuture};

/// The type's declaration for `Capability::retention`.
pub const PURGE: Purge = Purge {
    key: "survey",
    expired,
    delete,
};

const EXPIRED: &str = "FROM survey_responses s JOIN survey_rounds r ON r.id = s.round_id \
     WHERE r.status = 'closed' AND r.closes_on < $1";

fn expired<'a>(conn: &'a mut AnyConnection, cutoff: &'a str) -> PurgeFuture<'a> {
    Box::pin(async move {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) {EXPIRED}"))
            .bind(cutoff)
            .fetch_one(&mut *conn)
            .await?;
        Ok(n as u64)
    })
}

/// At most `limit` expired responses with their answers, each round frozen first.
fn delete<'a>(conn: &'a mut AnyConnection, cutoff: &'a str, limit: i64) -> PurgeFuture<'a> {
    Box::pin(async move {
        let rows = sqlx::query(&format!(
            "SELECT s.id, s.round_id {EXPIRED} ORDER BY s.round_id, s.id LIMIT $2"
        ))
        .bind(cutoff)
        .bind(limit)
        .fetch_all(&mut *conn)
        .await?;
        if rows.is_empty() {
            return Ok(0);
        }
        let mut ids = Vec::new();
        let mut rounds = Vec::new();
        for r in &rows {
            ids.push(r.try_get::<SurveyResponseId, _>("id")?);
            let round: SurveyRoundId = r.try_get("round_id")?;
            if !rounds.contains(&round) {
                rounds.push(round);
            }
        }
        for round in rounds {
            freeze(conn, round).await?;
        }
        // Integers read from the database, never user text.
        let list = ids
            .iter()
            .map(SurveyResponseId::to_string)
            .collect::<Vec<_>>()
            .join(",");
        sqlx::query(&format!(
            "DELETE FROM survey_answers WHERE response_id IN ({list})"
        ))
        .execute(&mut *conn)
        .await?;
        let done = sqlx::query(&format!(
            "DELETE FROM survey_responses WHERE id IN ({list})"
        ))
        .execute(&mut *conn)
        .await?;
        Ok(done.rows_affected())
    })
}

/// Counts a round's answers into the frozen tables, once (none of its answers has gone
/// before it is frozen, so they are all still there).
async fn freeze(conn: &mut AnyConnection, round: SurveyRoundId) -> Result<()> {
    let done: Option<SurveyRoundId> =
        sqlx::query_scalar("SELECT round_id FROM survey_frozen_rounds WHERE round_id = $1")
            .bind(round)
            .fetch_optional(&mut *conn)
            .await?;
    if done.is_some() {
        return Ok(());
    }
    sqlx::query("INSERT INTO survey_frozen_rounds (round_id, frozen_at) VALUES ($1, $2)")
        .bind(round)
        .bind(varn_house::db::now())
        .execute(&mut *conn)
        .await?;
    let responses = sqlx::query(
        "SELECT kind, department_id, COUNT(*) AS n FROM survey_responses WHERE round_id = $1 \
         GROUP BY kind, department_id",
    )
    .bind(round)
    .fetch_all(&mut *conn)
    .await?;
    for r in responses {
        sqlx::query(
            "INSERT INTO survey_response_counts (round_id, kind, department_id, n) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(round)
        .bind(r.try_get::<String, _>("kind")?)
        .bind(r.try_get::<Option<DepartmentId>, _>("department_id")?)
        .bind(r.try_get::<i64, _>("n")?)
        .execute(&mut *conn)
        .await?;
    }
    // Per question, kind and department: the responses that answered (value NULL)...
    let answered = sqlx::query(
        "SELECT a.question_id, s.kind, s.department_id, COUNT(DISTINCT a.response_id) AS n \
         FROM survey_answers a JOIN survey_responses s ON s.id = a.response_id \
         WHERE s.round_id = $1 GROUP BY a.question_id, s.kind, s.department_id",
    )
    .bind(round)
    .fetch_all(&mut *conn)
    .await?;
    // ...and the answers that gave each value.
    let values = sqlx::query(
        "SELECT a.question_id, s.kind, s.department_id, a.value, COUNT(*) AS n \
         FROM survey_answers a JOIN survey_responses s ON s.id = a.response_id \
         WHERE s.round_id = $1 AND a.value IS NOT NULL \
         GROUP BY a.question_id, s.kind, s.department_id, a.value",
    )
    .bind(round)
    .fetch_all(&mut *conn)
    .await?;
    for (r, with_value) in answered
        .iter()
        .map(|r| (r, false))
        .chain(values.iter().map(|r| (r, true)))
    {
        let value: Option<i64> = if with_value {
            Some(r.try_get("value")?)
        } else {
            None
        };
        sqlx::query(
            "INSERT INTO survey_answer_counts (round_id, question_id, kind, department_id, value, n) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(round)
        .bind(r.try_get::<SurveyQuestionId, _>("question_id")?)
        .bind(r.try_get::<String, _>("kind")?)
        .bind(r.try_get::<Option<DepartmentId>, _>("department_id")?)
        .bind(value)
        .bind(r.try_get::<i64, _>("n")?)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Whether a round's answers have been purged (it is read from its counts).
pub async fn is_frozen(conn: &mut AnyConnection, round: SurveyRoundId) -> Result<bool> {
    let done: Option<SurveyRoundId> =
        sqlx::query_scalar("SELECT round_id FROM survey_frozen_rounds WHERE round_id = $1")
            .bind(round)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(done.is_some())
}

/// A frozen round's tally, from its counts alone; `None` when the round is not frozen.
pub async fn frozen(conn: &mut AnyConnection, round: SurveyRoundId) -> Result<Option<Tally>> {
    if !is_frozen(conn, round).await? {
        return Ok(None);
    }
    let kind_of =
        |k: String| SurveyRecipientKind::parse(&k).unwrap_or(SurveyRecipientKind::Partner);
    let mut groups: BTreeMap<(SurveyRecipientKind, Option<String>), usize> = BTreeMap::new();
    for r in sqlx::query(
        "SELECT c.kind, d.name AS department, c.n FROM survey_response_counts c \
         LEFT JOIN departments d ON d.id = c.department_id WHERE c.round_id = $1",
    )
    .bind(round)
    .fetch_all(&mut *conn)
    .await?
    {
        *groups
            .entry((kind_of(r.try_get("kind")?), r.try_get("department")?))
            .or_default() += r.try_get::<i64, _>("n")? as usize;
    }
    type Key = (SurveyQuestionId, SurveyRecipientKind, Option<String>);
    let mut cells: BTreeMap<Key, Cell> = BTreeMap::new();
    for r in sqlx::query(
        "SELECT c.question_id, c.kind, d.name AS department, c.value, c.n \
         FROM survey_answer_counts c LEFT JOIN departments d ON d.id = c.department_id \
         WHERE c.round_id = $1",
    )
    .bind(round)
    .fetch_all(&mut *conn)
    .await?
    {
        let question: SurveyQuestionId = r.try_get("question_id")?;
        let kind = kind_of(r.try_get("kind")?);
        let department: Option<String> = r.try_get("department")?;
        let n = r.try_get::<i64, _>("n")? as usize;
        let cell = cells
            .entry((question, kind, department.clone()))
            .or_insert_with(|| Cell {
                question,
                kind: Some(kind),
                department,
                answered: 0,
                values: BTreeMap::new(),
            });
        match r.try_get::<Option<i64>, _>("value")? {
            Some(v) => *cell.values.entry(v).or_default() += n,
            None => cell.answered += n,
        }
    }
    Ok(Some(Tally {
        responses: groups.into_iter().map(|((k, d), n)| (k, d, n)).collect(),
        cells: cells.into_values().collect(),
        texts: HashMap::new(),
        purged: true,
    }))
}
