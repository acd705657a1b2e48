//! An event's timeline as a document for the evaluation afterwards, as Word and PDF
//! (through `varn_docs`): what happened, the chain's steps with their deliveries, every
//! line of the timeline with its time, and the summary. Pure: the event in, bytes out.

use varn_docs::{Block, Labels, Span};

use crate::domain::EntryKind;
use crate::service::AlarmsEventDetail;
use varn_house::i18n;
use varn_house::kernel::time::swedish;

/// The words the document writers add themselves, from the catalogue.
pub fn labels() -> Labels {
    let cat = i18n::sv();
    Labels {
        page: cat.t("alarms.doc_page").to_string(),
        contents: cat.t("alarms.doc_contents").to_string(),
        figure: cat.t("alarms.doc_figure").to_string(),
    }
}

pub fn title(d: &AlarmsEventDetail) -> String {
    i18n::sv().f(
        "alarms.doc_title",
        &[
            ("chain", &d.event.chain_name),
            ("date", &swedish(&d.event.started_at)),
        ],
    )
}

/// What a line of the timeline says, in Swedish.
pub fn entry_text(kind: EntryKind, position: Option<i64>, body: &str) -> String {
    let cat = i18n::sv();
    let n = position.map(|p| p.to_string()).unwrap_or_default();
    let head = cat.f(&format!("alarms.entry.{}", kind.code()), &[("n", &n)]);
    if body.is_empty() {
        head
    } else {
        format!("{head}: {body}")
    }
}

/// The timeline as blocks.
pub fn blocks(d: &AlarmsEventDetail, administration: &str) -> Vec<Block> {
    let cat = i18n::sv();
    let e = &d.event;
    let facts = vec![
        vec![
            cat.t("alarms.field.chain").to_string(),
            format!("{} (v{})", e.chain_name, e.version),
        ],
        vec![
            cat.t("alarms.field.administration").to_string(),
            administration.to_string(),
        ],
        vec![
            cat.t("alarms.field.started_at").to_string(),
            swedish(&e.started_at),
        ],
        vec![
            cat.t("alarms.field.started_by").to_string(),
            e.started_by.clone(),
        ],
        vec![
            cat.t("alarms.field.acknowledged_at").to_string(),
            e.acknowledged_at
                .as_deref()
                .map(swedish)
                .unwrap_or_else(|| cat.t("alarms.not_yet").to_string()),
        ],
        vec![
            cat.t("alarms.field.closed_at").to_string(),
            e.closed_at
                .as_deref()
                .map(swedish)
                .unwrap_or_else(|| cat.t("alarms.not_yet").to_string()),
        ],
    ];
    let steps = d
        .steps
        .iter()
        .map(|s| {
            let n = d.notifications.iter().find(|n| n.position == s.position);
            vec![
                s.position.to_string(),
                s.role.label().to_string(),
                [s.email.as_str(), s.phone.as_str(), s.contact.as_str()]
                    .iter()
                    .filter(|t| !t.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", "),
                s.wait_minutes.to_string(),
                match n {
                    None => cat.t("alarms.step_not_reached").to_string(),
                    Some(n) => match &n.delivered_at {
                        Some(at) => cat.f("alarms.delivered_at", &[("at", &swedish(at))]),
                        None => cat.t("alarms.not_delivered").to_string(),
                    },
                },
            ]
        })
        .collect();
    let lines = d
        .timeline
        .iter()
        .map(|l| {
            vec![
                swedish(&l.at),
                entry_text(l.kind, l.position, &l.body),
                l.actor.clone(),
            ]
        })
        .collect();
    let mut out = vec![
        Block::CoverLine(administration.to_string()),
        Block::Title(title(d)),
        Block::Heading(1, cat.t("alarms.doc_event").to_string()),
        Block::Para(vec![Span::plain(e.description.clone())]),
        Block::Table {
            header: vec![
                cat.t("alarms.col.what").to_string(),
                cat.t("alarms.col.value").to_string(),
            ],
            rows: facts,
        },
        Block::Heading(1, cat.t("alarms.steps_heading").to_string()),
        Block::Table {
            header: vec![
                cat.t("alarms.col.step").to_string(),
                cat.t("alarms.col.role").to_string(),
                cat.t("alarms.col.reach").to_string(),
                cat.t("alarms.col.wait").to_string(),
                cat.t("alarms.col.mail").to_string(),
            ],
            rows: steps,
        },
        Block::Heading(1, cat.t("alarms.timeline_heading").to_string()),
        Block::Table {
            header: vec![
                cat.t("alarms.col.time").to_string(),
                cat.t("alarms.col.what").to_string(),
                cat.t("alarms.col.who").to_string(),
            ],
            rows: lines,
        },
    ];
    if !e.summary.is_empty() {
        out.push(Block::Heading(1, cat.t("alarms.field.summary").to_string()));
        out.push(Block::Para(vec![Span::plain(e.summary.clone())]));
    }
    out
}

/// The timeline as a Word file.
pub fn docx(d: &AlarmsEventDetail, administration: &str) -> anyhow::Result<Vec<u8>> {
    varn_docs::docx::render(
        &title(d),
        administration,
        &blocks(d, administration),
        &labels(),
    )
}

/// The timeline as a PDF file.
pub fn pdf(d: &AlarmsEventDetail, administration: &str) -> Vec<u8> {
    varn_docs::pdf::render(
        &title(d),
        administration,
        &blocks(d, administration),
        &labels(),
    )
}
