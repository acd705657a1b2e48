//! A round's results as a Word and a PDF document, through the shared document machinery:
//! the cover, the response rate and what the figures are compared with, then each question
//! with its distribution, its groups and (when chosen) its free-text answers. Pure: the
//! results as the reader may see them in, bytes out.

use varn_docs::{Block, Span};

use crate::pages::{views, QuestionView};
use crate::results::SurveyResults;
use varn_house::i18n;
use varn_house::web::document::labels;

fn title(r: &SurveyResults) -> String {
    i18n::sv().f("survey.doc_title", &[("title", &r.round.title)])
}

fn plain(text: impl Into<String>) -> Vec<Span> {
    vec![Span::plain(text.into())]
}

/// The line under a question's heading: answers, mean and median, and the previous round.
fn figures_line(q: &QuestionView) -> String {
    let cat = i18n::sv();
    let mut line = cat.f("survey.answered_line", &[("count", &q.answered)]);
    if q.mean != "–" || q.median != "–" {
        line.push_str(" · ");
        line.push_str(&cat.f(
            "survey.mean_line",
            &[("mean", &q.mean), ("median", &q.median)],
        ));
        if q.has_before {
            line.push_str(" · ");
            line.push_str(&cat.f("survey.mean_before", &[("mean", &q.mean_before)]));
        }
    }
    line
}

/// The results as blocks. `exact` is false when the reader is outside the administration
/// and the figures are suppressed (the document then says so).
pub fn blocks(r: &SurveyResults, exact: bool) -> Vec<Block> {
    let cat = i18n::sv();
    let questions = views(r, exact);
    let mut out = vec![
        Block::CoverLine(r.round.administration.clone()),
        Block::CoverLine(r.round.period.clone()),
        Block::Title(title(r)),
        Block::PageBreak,
        Block::Heading(1, cat.t("survey.doc_about").to_string()),
        Block::Para(plain(cat.f(
            "survey.responses_line",
            &[
                ("count", &r.responses.to_string()),
                ("percent", &r.rates.overall.percent()),
            ],
        ))),
        Block::Para(plain(match &r.previous {
            Some(p) => cat.f(
                "survey.compared_with",
                &[
                    ("title", &p.title),
                    ("period", &p.period),
                    ("count", &p.responses.to_string()),
                ],
            ),
            None => cat.t("survey.no_previous").to_string(),
        })),
    ];
    if !exact {
        out.push(Block::Para(plain(cat.t("survey.suppressed"))));
    }
    for q in &questions {
        out.push(Block::Heading(1, format!("{}. {}", q.number, q.text)));
        out.push(Block::Para(plain(figures_line(q))));
        if !q.lines.is_empty() {
            let mut header = vec![
                cat.t("survey.col_answer").to_string(),
                cat.t("survey.col_count").to_string(),
                cat.t("survey.col_share").to_string(),
            ];
            if q.has_before {
                header.push(cat.t("survey.col_before").to_string());
            }
            let rows = q
                .lines
                .iter()
                .map(|l| {
                    let mut row = vec![l.label.clone(), l.count.clone(), l.share.clone()];
                    if q.has_before {
                        row.push(l.before.clone());
                    }
                    row
                })
                .collect();
            out.push(Block::Table { header, rows });
        }
        if !q.is_text && !q.groups.is_empty() {
            out.push(Block::Heading(2, cat.t("survey.by_group").to_string()));
            out.push(Block::Table {
                header: ["col_group", "col_answered", "col_mean", "col_median"]
                    .iter()
                    .map(|k| cat.t(&format!("survey.{k}")).to_string())
                    .collect(),
                rows: q
                    .groups
                    .iter()
                    .map(|g| vec![g.0.clone(), g.1.clone(), g.2.clone(), g.3.clone()])
                    .collect(),
            });
        }
        if q.is_text {
            if q.texts_purged {
                out.push(Block::Para(plain(cat.t("survey.texts_purged"))));
            } else if q.texts.is_empty() {
                out.push(Block::Para(plain(cat.t(if exact {
                    "survey.doc_texts_left_out"
                } else {
                    "survey.no_texts"
                }))));
            } else {
                out.extend(q.texts.iter().map(|t| Block::Bullet(plain(t.clone()))));
            }
        }
    }
    out
}

/// The results as a Word file.
pub fn docx(r: &SurveyResults, exact: bool) -> anyhow::Result<Vec<u8>> {
    varn_docs::docx::render(
        &title(r),
        &r.round.administration,
        &blocks(r, exact),
        &labels(),
    )
}

/// The results as a PDF file.
pub fn pdf(r: &SurveyResults, exact: bool) -> Vec<u8> {
    varn_docs::pdf::render(
        &title(r),
        &r.round.administration,
        &blocks(r, exact),
        &labels(),
    )
}
