//! What the survey gives other capabilities: its events by environment and its knowledge
//! level per year as a source of the administration's situational picture (DOMAIN.md §6,
//! "the survey"), each with the rounds it comes from (name, period, last day, answers and
//! response rate). Counts of answers only; which unit answered is never part of it.

use std::collections::BTreeMap;

use sqlx::Row;

use varn_house::db::Db;
use varn_house::i18n;
use varn_house::kernel::ids::AdministrationId;
use varn_house::web::capability::{PictureFuture, PictureGrid};

/// The closed rounds' answers to the city's question on the events' environments: per year
/// (the first year of the round's period) and environment, how many answers named it.
pub fn picture<'a>(db: &'a Db, admin: AdministrationId, name: &'a str) -> PictureFuture<'a> {
    Box::pin(async move {
        // The answers still kept, and the counts of rounds whose answers were purged (a
        // frozen round is read from its counts alone).
        let mut rows = sqlx::query(
            "SELECT r.period, q.options, a.value, COUNT(*) AS n FROM survey_rounds r \
             JOIN survey_responses s ON s.round_id = r.id \
             JOIN survey_answers a ON a.response_id = s.id \
             JOIN survey_questions q ON q.id = a.question_id \
             WHERE r.administration_id = $1 AND r.status = 'closed' AND q.key = 'events_environment' \
             AND a.value IS NOT NULL AND r.id NOT IN (SELECT round_id FROM survey_frozen_rounds) \
             GROUP BY r.period, q.options, a.value",
        )
        .bind(admin)
        .fetch_all(db.pool())
        .await?;
        rows.extend(
            sqlx::query(
                "SELECT r.period, q.options, c.value, CAST(SUM(c.n) AS BIGINT) AS n \
                 FROM survey_rounds r JOIN survey_answer_counts c ON c.round_id = r.id \
                 JOIN survey_questions q ON q.id = c.question_id \
                 WHERE r.administration_id = $1 AND r.status = 'closed' \
                 AND q.key = 'events_environment' AND c.value IS NOT NULL \
                 GROUP BY r.period, q.options, c.value",
            )
            .bind(admin)
            .fetch_all(db.pool())
            .await?,
        );
        // (environment, year) → answers; environments in the template's order (each at the
        // first place an option of that text has), whichever rows came first.
        let mut place: BTreeMap<String, i64> = BTreeMap::new();
        let mut by_option: BTreeMap<(String, i64), i64> = BTreeMap::new();
        let mut years: Vec<i64> = Vec::new();
        for row in rows {
            let period: String = row.try_get("period")?;
            let options: String = row.try_get("options")?;
            let value: i64 = row.try_get("value")?;
            let n: i64 = row.try_get("n")?;
            let (Some(year), Some(option)) = (
                period.trim().get(..4).and_then(|y| y.parse::<i64>().ok()),
                usize::try_from(value)
                    .ok()
                    .and_then(|v| options.lines().nth(v))
                    .map(str::trim),
            ) else {
                continue;
            };
            let first = place.entry(option.to_string()).or_insert(value);
            *first = (*first).min(value);
            *by_option.entry((option.to_string(), year)).or_default() += n;
            years.push(year);
        }
        let mut order: Vec<String> = place.keys().cloned().collect();
        order.sort_by_key(|o| place.get(o).copied().unwrap_or(0));
        let counts: BTreeMap<(usize, i64), i64> = by_option
            .into_iter()
            .filter_map(|((o, y), n)| order.iter().position(|x| *x == o).map(|i| ((i, y), n)))
            .collect();
        years.sort_unstable();
        years.dedup();
        let cat = i18n::sv();
        let provenance = rounds(db, admin).await?;
        let mut grids = knowledge(db, admin, name, &provenance).await?;
        if years.is_empty() {
            return Ok(grids);
        }
        grids.insert(
            0,
            PictureGrid {
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
                source: source(&provenance),
            },
        );
        Ok(grids)
    })
}

/// The closed rounds of an administration, as the picture names where its figures come
/// from: "Enkät 2025 (2025, sista svarsdag 2025-03-31): 27 svar, svarsfrekvens 84 %".
async fn rounds(
    db: &Db,
    admin: AdministrationId,
) -> varn_house::kernel::error::Result<Vec<String>> {
    let cat = i18n::sv();
    let mut conn = db.pool().acquire().await?;
    let ids: Vec<crate::domain::SurveyRoundId> = sqlx::query_scalar(
        "SELECT id FROM survey_rounds WHERE administration_id = $1 AND status = 'closed' ORDER BY period, id",
    )
    .bind(admin)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let round = crate::store::get_round(&mut conn, id).await?;
        let rates = crate::store::rates(&mut conn, id).await?;
        out.push(cat.f(
            "survey.picture_round",
            &[
                ("title", &round.title),
                ("period", &round.period),
                ("closes", &round.closes_on),
                ("count", &rates.overall.answered.to_string()),
                ("percent", &rates.overall.percent()),
            ],
        ));
    }
    Ok(out)
}

/// Where the survey's figures come from: the survey and each closed round.
fn source(rounds: &[String]) -> String {
    let cat = i18n::sv();
    if rounds.is_empty() {
        return cat.t("survey.picture_source").into();
    }
    format!("{}: {}", cat.t("survey.picture_source"), rounds.join("; "))
}

/// The closed rounds' answers to the city's knowledge question on the scale, of one
/// administration or of all: `(administration, year of the round's period, level) → answers`.
async fn knowledge_counts(
    db: &Db,
    admin: Option<AdministrationId>,
) -> varn_house::kernel::error::Result<BTreeMap<(AdministrationId, i64, i64), i64>> {
    let only = if admin.is_some() {
        " AND r.administration_id = $1"
    } else {
        ""
    };
    // The answers still kept, and the counts of rounds whose answers were purged.
    let live = format!(
        "SELECT r.administration_id AS admin, r.period AS period, a.value AS value, \
         COUNT(*) AS answers FROM survey_rounds r \
         JOIN survey_responses s ON s.round_id = r.id \
         JOIN survey_answers a ON a.response_id = s.id \
         JOIN survey_questions q ON q.id = a.question_id \
         WHERE r.status = 'closed' AND q.key = 'knowledge_level' AND a.value IS NOT NULL\
         {only} AND r.id NOT IN (SELECT round_id FROM survey_frozen_rounds) \
         GROUP BY r.administration_id, r.period, a.value"
    );
    let frozen = format!(
        "SELECT r.administration_id AS admin, r.period AS period, c.value AS value, \
         CAST(SUM(c.n) AS BIGINT) AS answers FROM survey_rounds r \
         JOIN survey_answer_counts c ON c.round_id = r.id \
         JOIN survey_questions q ON q.id = c.question_id \
         WHERE r.status = 'closed' AND q.key = 'knowledge_level' AND c.value IS NOT NULL{only} \
         GROUP BY r.administration_id, r.period, c.value"
    );
    let mut rows = Vec::new();
    for sql in [live, frozen] {
        let mut query = sqlx::query(&sql);
        if let Some(admin) = admin {
            query = query.bind(admin);
        }
        rows.extend(query.fetch_all(db.pool()).await?);
    }
    let (low, high) = crate::domain::SCALE;
    let mut counts = BTreeMap::new();
    for row in rows {
        let period: String = row.try_get("period")?;
        let value: i64 = row.try_get("value")?;
        let Some(year) = period.trim().get(..4).and_then(|y| y.parse::<i64>().ok()) else {
            continue;
        };
        if (low..=high).contains(&value) {
            let admin: AdministrationId = row.try_get("admin")?;
            *counts.entry((admin, year, value)).or_default() += row.try_get::<i64, _>("answers")?;
        }
    }
    Ok(counts)
}

/// The closed rounds' answers to the city's knowledge question: per year, how many answers
/// gave each level of the scale (1–5).
async fn knowledge(
    db: &Db,
    admin: AdministrationId,
    name: &str,
    provenance: &[String],
) -> varn_house::kernel::error::Result<Vec<PictureGrid>> {
    let (low, high) = crate::domain::SCALE;
    let counts: BTreeMap<(i64, i64), i64> = knowledge_counts(db, Some(admin))
        .await?
        .into_iter()
        .map(|((_, year, level), n)| ((level, year), n))
        .collect();
    let mut years: Vec<i64> = counts.keys().map(|(_, y)| *y).collect();
    years.sort_unstable();
    years.dedup();
    if years.is_empty() {
        return Ok(vec![]);
    }
    let cat = i18n::sv();
    Ok(vec![PictureGrid {
        id: "enkat-kunskap".into(),
        title: cat.t("survey.picture_knowledge_title").into(),
        description: cat.f("survey.picture_knowledge_desc", &[("administration", name)]),
        kind: varn_docs::chart::Kind::Stacked,
        counts: (low..=high)
            .map(|v| {
                years
                    .iter()
                    .map(|y| counts.get(&(v, *y)).copied().unwrap_or(0))
                    .collect()
            })
            .collect(),
        labels: (low..=high)
            .map(|v| cat.f("survey.picture_level", &[("level", &v.to_string())]))
            .collect(),
        years,
        source: source(provenance),
    }])
}

/// The survey on the city's desk (issue 17): per administration, how many answers in the
/// year's closed rounds gave each level of the knowledge scale. The desk suppresses them.
pub fn city<'a>(
    db: &'a Db,
    year: i32,
    _today: &'a str,
) -> varn_house::web::capability::CityFuture<'a> {
    Box::pin(async move {
        let (low, high) = crate::domain::SCALE;
        let mut per: BTreeMap<AdministrationId, Vec<i64>> = BTreeMap::new();
        for ((admin, y, level), answers) in knowledge_counts(db, None).await? {
            if y == i64::from(year) {
                per.entry(admin)
                    .or_insert_with(|| vec![0; (high - low + 1) as usize])
                    [(level - low) as usize] += answers;
            }
        }
        let cat = i18n::sv();
        let counts = if per.is_empty() {
            vec![]
        } else {
            vec![varn_house::web::capability::CityCounts {
                id: "enkat-kunskap".into(),
                title: cat.f("survey.city_title", &[("year", &year.to_string())]),
                labels: (low..=high)
                    .map(|v| cat.f("survey.picture_level", &[("level", &v.to_string())]))
                    .collect(),
                rows: per.into_iter().collect(),
                source: cat.t("survey.city_source").into(),
            }]
        };
        Ok(varn_house::web::capability::CityPart {
            counts,
            ..Default::default()
        })
    })
}
