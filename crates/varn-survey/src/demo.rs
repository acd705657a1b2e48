//! The survey's part of the demo: Södermalm's round of last year, closed, whose 27 unit
//! answers give the knowledge level of seed 002 (mean 3.07, median 3), ten partner answers,
//! and this year's round open with some answers in. Loading again changes nothing.

use std::collections::BTreeMap;

use sqlx::AnyConnection;

use crate::domain::{SurveyRecipientId, SurveyRecipientKind, SurveyRoundId, Value};
use crate::store::{self, SurveyRoundInput};
use varn_house::audit::Actor;
use varn_house::kernel::ids::{AdministrationId, DepartmentId, UnitId};

/// Loads the demo rounds; returns how many records it made.
pub async fn load(conn: &mut AnyConnection) -> anyhow::Result<usize> {
    let exists: Option<SurveyRoundId> = sqlx::query_scalar("SELECT id FROM survey_rounds LIMIT 1")
        .fetch_optional(&mut *conn)
        .await?;
    if exists.is_some() {
        return Ok(0);
    }
    let Some(sod) = sqlx::query_scalar::<_, AdministrationId>(
        "SELECT id FROM administrations WHERE code = 'SOD'",
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(0);
    };
    let departments: Vec<DepartmentId> =
        sqlx::query_scalar("SELECT id FROM departments WHERE administration_id = $1 ORDER BY id")
            .bind(sod)
            .fetch_all(&mut *conn)
            .await?;
    let actor = Actor::system("demo");
    let year = chrono::Utc::now().format("%Y").to_string().parse::<i32>()?;
    let closes = (chrono::Utc::now() + chrono::Duration::days(21))
        .format("%Y-%m-%d")
        .to_string();
    let partners: Vec<String> = (1..=40)
        .map(|i| format!("partner{i:02}@natverk.demo.example"))
        .collect();
    // Last year's round: opened, answered, closed.
    let input = SurveyRoundInput {
        title: "Enkät om våldsbejakande extremism".into(),
        period: (year - 1).to_string(),
        closes_on: closes.clone(),
        reminder_days: vec![],
        department_ids: departments.clone(),
        unit_ids: vec![],
        partner_emails: partners.clone(),
    };
    let (old, _) = store::open_round(conn, &actor, sod, &input)
        .await
        .map_err(err)?;
    answer_round(conn, old, &seed_levels(), 10).await?;
    sqlx::query("UPDATE survey_rounds SET created_at = $1 WHERE id = $2")
        .bind(format!("{}-03-01T08:00:00Z", year - 1))
        .bind(old)
        .execute(&mut *conn)
        .await?;
    store::close_round(conn, &actor, old).await.map_err(err)?;
    // This year's round, open, with some answers in.
    let input = SurveyRoundInput {
        period: year.to_string(),
        ..input
    };
    let (new, _) = store::open_round(conn, &actor, sod, &input)
        .await
        .map_err(err)?;
    answer_round(conn, new, &[3, 4, 3, 4, 2, 5, 4, 3, 4], 4).await?;
    Ok(2)
}

/// Seed 002's 27 knowledge levels: 7 at 2, 12 at 3, 7 at 4, 1 at 5.
fn seed_levels() -> Vec<i64> {
    let mut v = vec![2; 7];
    v.extend([3; 12]);
    v.extend([4; 7]);
    v.push(5);
    v
}

fn err(e: varn_house::kernel::error::Error) -> anyhow::Error {
    anyhow::anyhow!("demo survey rejected: {e:?}")
}

/// Answers a round: the first units with the given knowledge levels, then `partners` partners.
async fn answer_round(
    conn: &mut AnyConnection,
    round: SurveyRoundId,
    levels: &[i64],
    partners: usize,
) -> anyhow::Result<()> {
    let questions = store::questions(conn, round).await.map_err(err)?;
    let level = questions
        .iter()
        .find(|q| q.key == "knowledge_level")
        .map(|q| q.id);
    let any = questions
        .iter()
        .find(|q| q.key == "events_any")
        .map(|q| q.id);
    let managers = questions
        .iter()
        .find(|q| q.key == "managers_know")
        .map(|q| q.id);
    let environment = questions
        .iter()
        .find(|q| q.key == "events_environment")
        .map(|q| q.id);
    let missing = questions.iter().find(|q| q.key == "missing").map(|q| q.id);
    let rows: Vec<(SurveyRecipientId, String)> =
        sqlx::query_as("SELECT id, kind FROM survey_recipients WHERE round_id = $1 ORDER BY id")
            .bind(round)
            .fetch_all(&mut *conn)
            .await?;
    let units: Vec<SurveyRecipientId> = rows
        .iter()
        .filter(|r| r.1 == "internal")
        .map(|r| r.0)
        .collect();
    let others: Vec<SurveyRecipientId> = rows
        .iter()
        .filter(|r| r.1 == "partner")
        .map(|r| r.0)
        .collect();
    // Seed 002 had more answers than the demo has units: the units answer in turn, and
    // those beyond them are kept as extra answers of the same departments.
    let mut answered = Vec::new();
    for (i, l) in levels.iter().enumerate() {
        let rid = units[i % units.len().max(1)];
        let recipient = recipient(conn, rid).await?;
        let mut values = BTreeMap::new();
        if let Some(q) = level {
            values.insert(q, Value::Number(*l));
        }
        if let Some(q) = any {
            values.insert(q, Value::Number(if i % 9 == 0 { 0 } else { 1 }));
        }
        // Those who had events say where: mostly the white-power environment (seed 002).
        if let (Some(q), 0) = (environment, i % 9) {
            values.insert(q, Value::Options(vec![[0, 2, 0, 1][(i / 9) % 4]]));
        }
        if let Some(q) = managers {
            values.insert(q, Value::Options(vec![0, 1, 2, 3]));
        }
        if let (Some(q), 0) = (missing, i % 8) {
            values.insert(
                q,
                Value::Text(
                    varn_house::kernel::text::Guarded::check(
                        &varn_pii::Guard::default(),
                        "demo",
                        "Påminnelser om utbildningen och om rutinen en gång per termin.",
                    )
                    .map_err(|_| anyhow::anyhow!("demo text flagged"))?,
                ),
            );
        }
        if answered.contains(&rid) {
            sqlx::query("UPDATE survey_recipients SET answered = 0 WHERE id = $1")
                .bind(rid)
                .execute(&mut *conn)
                .await?;
        }
        store::submit(conn, &recipient, &values)
            .await
            .map_err(err)?;
        answered.push(rid);
    }
    for (i, rid) in others.iter().take(partners).enumerate() {
        let recipient = recipient(conn, *rid).await?;
        let mut values = BTreeMap::new();
        if let Some(q) = level {
            values.insert(q, Value::Number([2, 3, 3, 4, 5, 2, 3, 3, 2, 2][i % 10]));
        }
        store::submit(conn, &recipient, &values)
            .await
            .map_err(err)?;
    }
    Ok(())
}

async fn recipient(
    conn: &mut AnyConnection,
    id: SurveyRecipientId,
) -> anyhow::Result<store::Recipient> {
    let (round_id, kind, unit_id, department_id): (
        SurveyRoundId,
        String,
        Option<UnitId>,
        Option<DepartmentId>,
    ) = sqlx::query_as(
        "SELECT round_id, kind, unit_id, department_id FROM survey_recipients WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(store::Recipient {
        id,
        round_id,
        kind: SurveyRecipientKind::parse(&kind).unwrap_or(SurveyRecipientKind::Partner),
        unit_id,
        department_id,
        draft: String::new(),
        answered: false,
    })
}
