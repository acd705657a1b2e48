//! What the survey gives other capabilities: its events by environment per year as a source
//! of the administration's situational picture (DOMAIN.md §6, "the survey"). Counts of
//! answers only; which unit answered is never part of it.

use std::collections::BTreeMap;

use sqlx::Row;

use crate::db::Db;
use crate::i18n;
use crate::web::capability::{PictureFuture, PictureGrid};

/// The closed rounds' answers to the city's question on the events' environments: per year
/// (the first year of the round's period) and environment, how many answers named it.
pub fn picture<'a>(db: &'a Db, admin: i64, name: &'a str) -> PictureFuture<'a> {
    Box::pin(async move {
        let rows = sqlx::query(
            "SELECT r.period, q.options, a.value FROM survey_rounds r \
             JOIN survey_responses s ON s.round_id = r.id \
             JOIN survey_answers a ON a.response_id = s.id \
             JOIN survey_questions q ON q.id = a.question_id \
             WHERE r.administration_id = $1 AND r.status = 'closed' AND q.key = 'events_environment' \
             AND a.value IS NOT NULL",
        )
        .bind(admin)
        .fetch_all(db.pool())
        .await?;
        // (environment, year) → answers; environments in the template's order.
        let mut order: Vec<String> = Vec::new();
        let mut counts: BTreeMap<(usize, i64), i64> = BTreeMap::new();
        let mut years: Vec<i64> = Vec::new();
        for row in rows {
            let period: String = row.try_get(0)?;
            let options: String = row.try_get(1)?;
            let value: i64 = row.try_get(2)?;
            let (Some(year), Some(option)) = (
                period.trim().get(..4).and_then(|y| y.parse::<i64>().ok()),
                usize::try_from(value)
                    .ok()
                    .and_then(|v| options.lines().nth(v))
                    .map(str::trim),
            ) else {
                continue;
            };
            let at = match order.iter().position(|o| o == option) {
                Some(i) => i,
                None => {
                    order.push(option.to_string());
                    order.len() - 1
                }
            };
            *counts.entry((at, year)).or_default() += 1;
            years.push(year);
        }
        years.sort_unstable();
        years.dedup();
        if years.is_empty() {
            return Ok(vec![]);
        }
        let cat = i18n::sv();
        Ok(vec![PictureGrid {
            id: "enkat-miljo".into(),
            title: cat.t("survey.picture_title").into(),
            description: cat.f("survey.picture_desc", &[("administration", name)]),
            kind: varn_docs::chart::Kind::Stacked,
            counts: (0..order.len())
                .map(|i| {
                    years
                        .iter()
                        .map(|y| counts.get(&(i, *y)).copied().unwrap_or(0))
                        .collect()
                })
                .collect(),
            years,
            labels: order,
            source: cat.t("survey.picture_source").into(),
        }])
    })
}
