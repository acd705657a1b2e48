//! A round's results per question: the figures of all answers, per department and per
//! kind of recipient, and the same city question in the administration's previous round.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use sqlx::AnyConnection;

use crate::domain::{
    SurveyQuestion, SurveyQuestionId, SurveyQuestionKind, SurveyRecipientKind, SurveyResponseId,
    SurveyRoundId, SCALE,
};
use crate::stats::{self, SurveyStep, SurveySummary};
use crate::store::{self, AnswerRow, SurveyRates, SurveyRound};
use varn_house::kernel::error::Result;
use varn_house::kernel::suppress::THRESHOLD;

/// The figures of one group of answers to one question.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SurveyFigures {
    /// Answers to the question.
    pub answered: usize,
    /// Hidden by small-cell suppression: too few answers to show outside the administration.
    pub hidden: bool,
    /// Scale and percent questions: count, mean, median and distribution.
    pub summary: Option<SurveySummary>,
    /// Choice questions: each option's count and share of those who answered.
    pub options: Vec<SurveyStep>,
}

/// The figures of one group (a department or a kind of recipient).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SurveyGroupFigures {
    pub label: String,
    pub figures: SurveyFigures,
}

/// One question's results.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SurveyQuestionResult {
    pub number: usize,
    pub question: SurveyQuestion,
    pub figures: SurveyFigures,
    pub by_department: Vec<SurveyGroupFigures>,
    pub by_kind: Vec<SurveyGroupFigures>,
    /// The same city question in the previous round.
    pub previous: Option<SurveyFigures>,
    /// Free-text answers (for the coordinator).
    pub texts: Vec<String>,
}

/// The previous round that results are compared with.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SurveyPrevious {
    pub id: SurveyRoundId,
    pub title: String,
    pub period: String,
    pub responses: usize,
}

/// A round's results.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SurveyResults {
    pub round: SurveyRound,
    /// False when the figures are shown outside the administration, suppressed.
    pub exact: bool,
    pub responses: usize,
    pub rates: SurveyRates,
    pub previous: Option<SurveyPrevious>,
    pub questions: Vec<SurveyQuestionResult>,
    /// The round's answers have been purged (retention): its figures are read from the
    /// counts kept, and its free-text answers are gone.
    pub answers_purged: bool,
}

/// One group's answers to one question, counted: how many responses answered it and how
/// many answers gave each value.
#[derive(Debug, Clone)]
pub struct Cell {
    pub question: SurveyQuestionId,
    pub kind: Option<SurveyRecipientKind>,
    pub department: Option<String>,
    pub answered: usize,
    pub values: BTreeMap<i64, usize>,
}

/// A round's answers counted, as every figure of the results reads them: the responses per
/// kind and department, the cells per question, kind and department, and (while the
/// answers are kept) the free-text answers per question in the order they came.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    pub responses: Vec<(SurveyRecipientKind, Option<String>, usize)>,
    pub cells: Vec<Cell>,
    pub texts: HashMap<SurveyQuestionId, Vec<String>>,
    /// Read from the counts kept after a purge.
    pub purged: bool,
}

impl Tally {
    /// Counts stored answers (`store::answers`).
    pub fn of_rows(
        rows: &[AnswerRow],
        responses: &[(SurveyResponseId, SurveyRecipientKind, Option<String>)],
    ) -> Tally {
        let mut groups: BTreeMap<(SurveyRecipientKind, Option<String>), usize> = BTreeMap::new();
        for (_, kind, department) in responses {
            *groups.entry((*kind, department.clone())).or_default() += 1;
        }
        type Key = (SurveyQuestionId, SurveyRecipientKind, Option<String>);
        type Counted = (Vec<SurveyResponseId>, BTreeMap<i64, usize>);
        let mut cells: BTreeMap<Key, Counted> = BTreeMap::new();
        let mut texts: HashMap<SurveyQuestionId, Vec<String>> = HashMap::new();
        for r in rows {
            let e = cells
                .entry((r.question, r.kind, r.department.clone()))
                .or_default();
            e.0.push(r.response);
            if let Some(v) = r.value {
                *e.1.entry(v).or_default() += 1;
            }
            if let Some(t) = &r.text {
                texts.entry(r.question).or_default().push(t.clone());
            }
        }
        Tally {
            responses: groups.into_iter().map(|((k, d), n)| (k, d, n)).collect(),
            cells: cells
                .into_iter()
                .map(|((question, kind, department), (mut who, values))| {
                    who.sort_unstable();
                    who.dedup();
                    Cell {
                        question,
                        kind: Some(kind),
                        department,
                        answered: who.len(),
                        values,
                    }
                })
                .collect(),
            texts,
            purged: false,
        }
    }

    /// The number of responses.
    pub fn total(&self) -> usize {
        self.responses.iter().map(|r| r.2).sum()
    }
}

/// A round's tally: from the counts kept when its answers have been purged, else from the
/// answers.
pub async fn tally(conn: &mut AnyConnection, round: SurveyRoundId) -> Result<Tally> {
    if let Some(t) = crate::retention::frozen(conn, round).await? {
        return Ok(t);
    }
    let (rows, responses) = store::answers(conn, round).await?;
    Ok(Tally::of_rows(&rows, &responses))
}

/// A round's results as `p` may read them, for the page, the API and the documents: exact
/// for the administration's coordinators (its free-text answers kept when `with_texts`,
/// and that read logged), suppressed for everyone else. The flag says which.
pub async fn for_reader(
    db: &varn_house::db::Db,
    p: &varn_house::auth::Principal,
    id: SurveyRoundId,
    with_texts: bool,
) -> Result<(SurveyResults, bool)> {
    let mut conn = db.pool().acquire().await?;
    let mut r = results(&mut conn, id).await?;
    drop(conn);
    let exact = p.covers(crate::perm::EXACT, r.round.administration_id);
    if !exact {
        suppress(&mut r);
        return Ok((r, false));
    }
    if !with_texts {
        for q in &mut r.questions {
            q.texts.clear();
        }
    } else if r.questions.iter().any(|q| !q.texts.is_empty()) {
        varn_house::audit::record_now(
            db,
            &varn_house::audit::Actor::of(p),
            varn_house::audit::Entry::new(
                varn_house::audit::Action::Read,
                crate::Record::Round,
                id,
            )
            .admin(Some(r.round.administration_id))
            .summary(varn_house::i18n::sv().t("survey.audit_free_text")),
        )
        .await?;
    }
    Ok((r, true))
}

/// The figures of the counted answers `cells` (to question `q`) among `base` responses.
pub fn figures(q: &SurveyQuestion, cells: &[&Cell], base: usize) -> SurveyFigures {
    let mut values: Vec<i64> = Vec::new();
    for c in cells {
        for (v, n) in &c.values {
            values.extend(std::iter::repeat_n(*v, *n));
        }
    }
    // A response is of one kind and one department: the groups' counts add up.
    let answered = cells.iter().map(|c| c.answered).sum();
    match q.kind {
        SurveyQuestionKind::Scale => SurveyFigures {
            answered,
            hidden: false,
            summary: Some(stats::summarize(&values, Some(SCALE))),
            options: vec![],
        },
        SurveyQuestionKind::Percent => SurveyFigures {
            answered,
            hidden: false,
            summary: Some(stats::summarize(&values, None)),
            options: vec![],
        },
        SurveyQuestionKind::Choice => SurveyFigures {
            answered,
            hidden: false,
            summary: None,
            options: stats::options(&values, q.options.len(), answered),
        },
        // Any number of options: shares of everyone who got the question.
        SurveyQuestionKind::Multi => SurveyFigures {
            answered,
            hidden: false,
            summary: None,
            options: stats::options(&values, q.options.len(), base),
        },
        SurveyQuestionKind::Text => SurveyFigures {
            answered,
            hidden: false,
            summary: None,
            options: vec![],
        },
    }
}

/// The results of a round, compared with the administration's previous round.
pub async fn results(conn: &mut AnyConnection, round_id: SurveyRoundId) -> Result<SurveyResults> {
    let round = store::get_round(conn, round_id).await?;
    let questions = store::questions(conn, round_id).await?;
    let rates = store::rates(conn, round_id).await?;
    let mut tally = tally(conn, round_id).await?;
    let previous_id = store::previous_round(conn, &round).await?;
    let mut previous_tally: Option<(Vec<SurveyQuestion>, Tally)> = None;
    let mut previous = None;
    if let Some(pid) = previous_id {
        let p = store::get_round(conn, pid).await?;
        let pq = store::questions(conn, pid).await?;
        let pt = self::tally(conn, pid).await?;
        previous = Some(SurveyPrevious {
            id: p.id,
            title: p.title,
            period: p.period,
            responses: pt.total(),
        });
        previous_tally = Some((pq, pt));
    }
    let responses = tally.total();
    let mut departments: BTreeMap<String, usize> = BTreeMap::new();
    let mut kinds: BTreeMap<SurveyRecipientKind, usize> = BTreeMap::new();
    for (kind, department, n) in &tally.responses {
        *kinds.entry(*kind).or_default() += n;
        if let Some(d) = department {
            *departments.entry(d.clone()).or_default() += n;
        }
    }
    let mut by_question: HashMap<SurveyQuestionId, Vec<&Cell>> = HashMap::new();
    for c in &tally.cells {
        by_question.entry(c.question).or_default().push(c);
    }
    let mut out = Vec::new();
    for (i, q) in questions.into_iter().enumerate() {
        let mine: Vec<&Cell> = by_question.remove(&q.id).unwrap_or_default();
        let all = figures(&q, &mine, responses);
        let by_department = departments
            .iter()
            .map(|(d, n)| {
                let sub: Vec<&Cell> = mine
                    .iter()
                    .copied()
                    .filter(|c| c.department.as_deref() == Some(d.as_str()))
                    .collect();
                SurveyGroupFigures {
                    label: d.clone(),
                    figures: figures(&q, &sub, *n),
                }
            })
            .collect();
        let by_kind = kinds
            .iter()
            .map(|(k, n)| {
                let sub: Vec<&Cell> = mine
                    .iter()
                    .copied()
                    .filter(|c| c.kind == Some(*k))
                    .collect();
                SurveyGroupFigures {
                    label: k.label().to_string(),
                    figures: figures(&q, &sub, *n),
                }
            })
            .collect();
        let before = match (&previous_tally, q.is_city()) {
            (Some((pq, pt)), true) => pq
                .iter()
                .find(|p| p.key == q.key && p.kind == q.kind && p.options == q.options)
                .map(|p| {
                    let sub: Vec<&Cell> = pt.cells.iter().filter(|c| c.question == p.id).collect();
                    figures(p, &sub, pt.total())
                }),
            _ => None,
        };
        let texts = tally.texts.remove(&q.id).unwrap_or_default();
        out.push(SurveyQuestionResult {
            number: i + 1,
            question: q,
            figures: all,
            by_department,
            by_kind,
            previous: before,
            texts,
        });
    }
    Ok(SurveyResults {
        round,
        exact: true,
        responses,
        rates,
        previous,
        questions: out,
        answers_purged: tally.purged,
    })
}

/// Small-cell suppression (DOMAIN.md §12) for figures shown outside the administration:
/// a group with 1–3 answers shows no figures; a count of 1–3 in a distribution is hidden,
/// with secondary suppression so that the total cannot give it back; free text is left out.
pub fn suppress(r: &mut SurveyResults) {
    r.exact = false;
    for q in &mut r.questions {
        q.texts.clear();
        hide(&mut q.figures);
        for g in q.by_department.iter_mut().chain(q.by_kind.iter_mut()) {
            hide(&mut g.figures);
        }
        if let Some(p) = &mut q.previous {
            hide(p);
        }
    }
    suppress_rates(&mut r.rates);
}

/// Hides answered counts of 1–3 in response rates shown outside the administration.
pub fn suppress_rates(rates: &mut crate::store::SurveyRates) {
    let all = std::iter::once(&mut rates.overall)
        .chain(rates.by_kind.iter_mut())
        .chain(rates.by_department.iter_mut());
    for rate in all {
        if (1..=THRESHOLD).contains(&rate.answered) {
            rate.hidden = true;
            rate.answered = 0;
            rate.share = 0.0;
        }
    }
}

fn hide(f: &mut SurveyFigures) {
    if (1..=THRESHOLD).contains(&(f.answered as i64)) {
        f.hidden = true;
        f.answered = 0;
        f.summary = None;
        f.options.clear();
        return;
    }
    let steps = match f.summary.as_mut() {
        Some(s) => &mut s.distribution,
        None => &mut f.options,
    };
    let counts: Vec<i64> = steps.iter().map(|s| s.count as i64).collect();
    let table = varn_house::kernel::suppress::suppress(&[counts], THRESHOLD);
    if let Some(row) = table.cells.first() {
        for (step, cell) in steps.iter_mut().zip(row) {
            if matches!(cell, varn_house::kernel::suppress::Cell::Hidden) {
                step.hidden = true;
                step.count = 0;
                step.share = 0.0;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::SurveyQuestionKind;

    fn rows(values: &[i64]) -> Vec<AnswerRow> {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| AnswerRow {
                response: SurveyResponseId::new(i as i64),
                kind: SurveyRecipientKind::Internal,
                department: None,
                question: SurveyQuestionId::new(1),
                value: Some(*v),
                text: None,
            })
            .collect()
    }

    fn tally_of(rows: &[AnswerRow]) -> Tally {
        let responses: Vec<_> = rows.iter().map(|r| (r.response, r.kind, None)).collect();
        Tally::of_rows(rows, &responses)
    }

    fn scale() -> SurveyQuestion {
        SurveyQuestion {
            id: SurveyQuestionId::new(1),
            key: "knowledge_level".into(),
            part: "knowledge".into(),
            kind: SurveyQuestionKind::Scale,
            text: "Kunskap".into(),
            options: vec![],
            required: true,
        }
    }

    #[test]
    fn small_counts_are_hidden_outside_the_administration() {
        let mut seed = vec![2; 7];
        seed.extend([3; 12]);
        seed.extend([4; 7]);
        seed.push(5);
        let rows = rows(&seed);
        let t = tally_of(&rows);
        let refs: Vec<&Cell> = t.cells.iter().collect();
        let mut f = figures(&scale(), &refs, 27);
        hide(&mut f);
        let d = &f.summary.as_ref().expect("summary").distribution;
        // The one unit at 5 is hidden, and so is one more cell (the 0 at 1 does not count).
        assert!(d[4].hidden);
        assert_eq!(d.iter().filter(|s| s.hidden).count(), 2, "{d:?}");
        assert_eq!(f.answered, 27);

        let t = tally_of(&rows[..2]);
        let refs: Vec<&Cell> = t.cells.iter().collect();
        let mut f = figures(&scale(), &refs, 2);
        hide(&mut f);
        assert!(f.hidden && f.summary.is_none() && f.answered == 0);
    }
}
