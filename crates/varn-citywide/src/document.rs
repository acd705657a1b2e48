//! The year's city-wide follow-up for the executive board as a document (Word, PDF) and its
//! tables as CSV: the administrations' lines with their traffic lights, the rules of the
//! colours, what waits for the board, and the city's counts, suppressed. Pure: the caller
//! builds the desk.

use varn_docs::{Block, Span};

use crate::desk::CityDesk;
use varn_house::i18n;

/// The document's title, e.g. "Stadsövergripande uppföljning 2026".
pub fn title(year: i32) -> String {
    i18n::sv().f("citywide.doc_title", &[("year", &year.to_string())])
}

pub use varn_house::web::document::labels;

/// The administrations' lines as a table: a cell reads "Gul: Beslutad av nämnden …", so that
/// the colour is never the only carrier of the meaning.
pub fn standing_table(desk: &CityDesk) -> (Vec<String>, Vec<Vec<String>>) {
    let cat = i18n::sv();
    let mut header = vec![cat.t("citywide.col_administration").to_string()];
    header.extend(desk.columns.iter().map(|c| c.heading.clone()));
    let rows = desk
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![r.administration.clone()];
            row.extend(r.cells.iter().map(|c| match c {
                Some(c) => match c.light {
                    Some(l) => format!("{}: {}", l.label(), c.text),
                    None => c.text.clone(),
                },
                None => "–".to_string(),
            }));
            row
        })
        .collect();
    (header, rows)
}

/// One table of counts with its totals, hidden values as "–".
pub fn counts_table(t: &crate::desk::CityDeskCounts) -> (Vec<String>, Vec<Vec<String>>) {
    let cat = i18n::sv();
    let mut header = vec![cat.t("citywide.col_administration").to_string()];
    header.extend(t.labels.iter().cloned());
    header.push(cat.t("citywide.col_total").to_string());
    let mut rows: Vec<Vec<String>> = t
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![r.administration.clone()];
            row.extend(r.cells.iter().map(|c| c.display()));
            row.push(r.total.display());
            row
        })
        .collect();
    let mut totals = vec![cat.t("citywide.col_total").to_string()];
    totals.extend(t.column_totals.iter().map(|c| c.display()));
    totals.push(t.total.display());
    rows.push(totals);
    (header, rows)
}

/// The document's blocks.
pub fn blocks(desk: &CityDesk, municipality: &str) -> Vec<Block> {
    let cat = i18n::sv();
    let year = desk.year.to_string();
    let mut out = vec![
        Block::Heading(1, cat.t("citywide.standing").to_string()),
        Block::Para(vec![Span::plain(
            cat.f("citywide.doc_standing_intro", &[("year", &year)]),
        )]),
    ];
    let (header, rows) = standing_table(desk);
    out.push(Block::Table { header, rows });
    out.push(Block::Heading(2, cat.t("citywide.rules").to_string()));
    for c in &desk.columns {
        out.push(Block::Para(vec![
            Span {
                text: format!("{}. ", c.heading),
                bold: true,
                italic: false,
            },
            Span::plain(&c.rule),
        ]));
    }
    out.push(Block::Heading(1, cat.t("citywide.waiting").to_string()));
    if desk.waiting.is_empty() {
        out.push(Block::Para(vec![Span::plain(
            cat.t("citywide.nothing_waiting"),
        )]));
    } else {
        out.extend(
            desk.waiting
                .iter()
                .map(|w| Block::Bullet(vec![Span::plain(&w.text)])),
        );
    }
    if !desk.details.is_empty() {
        out.push(Block::Heading(1, cat.t("citywide.details").to_string()));
        out.push(Block::Para(vec![Span::plain(
            cat.t("citywide.details_intro"),
        )]));
        for d in &desk.details {
            out.push(Block::Heading(2, d.administration.clone()));
            for t in &d.tables {
                out.push(Block::Heading(3, t.title.clone()));
                out.push(Block::Table {
                    header: t.header.clone(),
                    rows: t.rows.clone(),
                });
            }
        }
    }
    for t in &desk.counts {
        out.push(Block::Heading(1, t.title.clone()));
        let (header, rows) = counts_table(t);
        out.push(Block::Table { header, rows });
        out.push(Block::Para(vec![Span::plain(format!(
            "{} {}: {}",
            cat.t("citywide.suppressed"),
            cat.t("citywide.source"),
            t.source
        ))]));
    }
    let toc = out
        .iter()
        .filter_map(|b| match b {
            Block::Heading(level, text) if *level <= 2 => Some((*level, text.clone())),
            _ => None,
        })
        .collect();
    let mut doc = vec![
        Block::CoverLine(municipality.to_string()),
        Block::Title(title(desk.year)),
        Block::CoverLine(cat.f("citywide.doc_cover", &[("date", &varn_house::db::today())])),
        Block::PageBreak,
        Block::Heading(1, cat.t("document.contents").to_string()),
        Block::Toc(toc),
        Block::PageBreak,
    ];
    doc.extend(out);
    doc
}

/// The administrations' own tables as one sheet: each row led by the administration and
/// the table's title, each table after a row with its header.
pub fn details_table(desk: &CityDesk) -> (Vec<String>, Vec<Vec<String>>) {
    let cat = i18n::sv();
    let header = vec![
        cat.t("citywide.col_administration").to_string(),
        cat.t("citywide.col_table").to_string(),
    ];
    let mut rows = Vec::new();
    for d in &desk.details {
        for t in &d.tables {
            let lead = [d.administration.clone(), t.title.clone()];
            rows.push(lead.iter().chain(&t.header).cloned().collect());
            rows.extend(
                t.rows
                    .iter()
                    .map(|r| lead.iter().chain(r).cloned().collect()),
            );
        }
    }
    (header, rows)
}

/// Every table of the follow-up as a workbook: the administrations' lines, their own
/// tables, then one sheet per table of counts (cells written as text, so a formula never
/// runs).
pub fn xlsx(desk: &CityDesk) -> anyhow::Result<Vec<u8>> {
    let cat = i18n::sv();
    let mut wb = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let mut sheets = vec![(cat.t("citywide.standing").to_string(), standing_table(desk))];
    if !desk.details.is_empty() {
        sheets.push((cat.t("citywide.details").to_string(), details_table(desk)));
    }
    for (n, t) in desk.counts.iter().enumerate() {
        sheets.push((
            cat.f("citywide.sheet", &[("n", &(n + 1).to_string())]),
            counts_table(t),
        ));
    }
    for (name, (header, rows)) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(&name)?;
        for (c, h) in header.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, h, &bold)?;
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                ws.write_string(r as u32 + 1, c as u16, varn_house::export::neutralise(cell))?;
            }
        }
    }
    Ok(wb.save_to_buffer()?)
}
