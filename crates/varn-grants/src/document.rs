//! The year's summary of an administration's grants for its board, as Word and PDF (through
//! `varn_docs`), and the year's figures as XLSX. Pure: figures in, bytes out.

use varn_docs::{Block, Span};

use crate::report::GrantsYear;
use varn_house::i18n;

use varn_house::web::document::labels;

fn title(y: &GrantsYear) -> String {
    i18n::sv().f("grants.doc_title", &[("year", &y.year.to_string())])
}

/// The summary as blocks: the cover, the figures of the year, and what the figures mean.
pub fn blocks(y: &GrantsYear, administration: &str) -> Vec<Block> {
    let cat = i18n::sv();
    let row = |keys: &[&str]| -> Vec<Vec<String>> {
        y.figures
            .iter()
            .filter(|f| keys.iter().any(|k| f.key == *k))
            .map(|f| vec![f.label.clone(), f.display()])
            .collect()
    };
    let header = vec![
        cat.t("grants.col.figure").to_string(),
        cat.t("grants.col.value").to_string(),
    ];
    vec![
        Block::CoverLine(administration.to_string()),
        Block::Title(title(y)),
        Block::PageBreak,
        Block::Heading(1, cat.t("grants.doc_applications").to_string()),
        Block::Para(vec![Span::plain(cat.t("grants.doc_applications_text"))]),
        Block::Table {
            header: header.clone(),
            rows: row(&[
                "applications",
                "applications:premises",
                "decisions:granted",
                "decisions:refused",
                "sum:granted",
                "sum:paid",
            ]),
        },
        Block::Heading(1, cat.t("grants.doc_controls").to_string()),
        Block::Para(vec![Span::plain(cat.t("grants.doc_controls_text"))]),
        Block::Table {
            header: header.clone(),
            rows: row(&[
                "controls",
                "controls:during_grant",
                "controls:yearly",
                "controls:vbe",
            ]),
        },
        Block::Heading(1, cat.t("grants.doc_stops").to_string()),
        Block::Para(vec![Span::plain(cat.t("grants.doc_stops_text"))]),
        Block::Table {
            header,
            rows: row(&["stops", "stops:lifted", "withdrawals", "sum:claimed"]),
        },
    ]
}

/// The summary as a Word file.
pub fn docx(y: &GrantsYear, administration: &str) -> anyhow::Result<Vec<u8>> {
    varn_docs::docx::render(
        &title(y),
        administration,
        &blocks(y, administration),
        &labels(),
    )
}

/// The summary as a PDF file.
pub fn pdf(y: &GrantsYear, administration: &str) -> Vec<u8> {
    varn_docs::pdf::render(
        &title(y),
        administration,
        &blocks(y, administration),
        &labels(),
    )
}

/// The year's figures as XLSX: one row per figure, numbers as numbers.
pub fn xlsx(y: &GrantsYear, administration: &str) -> anyhow::Result<Vec<u8>> {
    let cat = i18n::sv();
    let mut wb = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let ws = wb.add_worksheet();
    ws.set_name(cat.t("grants.sheet"))?;
    for (c, h) in ["administration", "year", "figure", "value"]
        .iter()
        .enumerate()
    {
        ws.write_string_with_format(0, c as u16, cat.t(&format!("grants.col.{h}")), &bold)?;
    }
    for (r, f) in y.figures.iter().enumerate() {
        let r = r as u32 + 1;
        ws.write_string(r, 0, administration)?;
        ws.write_number(r, 1, f64::from(y.year))?;
        ws.write_string(r, 2, &f.label)?;
        ws.write_number(r, 3, f.value as f64)?;
    }
    ws.autofit();
    Ok(wb.save_to_buffer()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::GrantsFigure;

    #[test]
    fn the_summary_holds_every_figure_and_renders() {
        let y = GrantsYear {
            administration_id: varn_house::kernel::ids::AdministrationId::new(1),
            year: 2026,
            figures: ["applications", "controls:vbe", "stops", "sum:claimed"]
                .iter()
                .map(|k| GrantsFigure {
                    key: (*k).into(),
                    label: (*k).into(),
                    value: 2,
                    kronor: k.starts_with("sum"),
                })
                .collect(),
        };
        let b = blocks(&y, "Södermalm");
        let rows: usize = b
            .iter()
            .map(|b| match b {
                Block::Table { rows, .. } => rows.len(),
                _ => 0,
            })
            .sum();
        assert_eq!(rows, 4);
        assert!(docx(&y, "Södermalm").expect("docx").starts_with(b"PK"));
        assert!(pdf(&y, "Södermalm").starts_with(b"%PDF"));
        assert!(xlsx(&y, "Södermalm").expect("xlsx").starts_with(b"PK"));
    }
}
