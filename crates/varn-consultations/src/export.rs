//! The consultations' figures and the 24-hour report as files: the city's consultation
//! figures (per administration, kind and referral, suppressed exactly as on the page) as CSV
//! and XLSX, and the 24-hour report (per administration: requests, first contacts within 24
//! hours, the median and longest times) as CSV, XLSX, Word and PDF. The writers are pure
//! (figures in, bytes out); [`file`] fetches the figures for a person, runs the writer off
//! the async threads and audits the export.
//!
//! It must never write a hidden cell's value, nor a cell a spreadsheet would run as a
//! formula (every CSV cell passes `export::Csv`).

use varn_docs::{Block, Span};

use crate::report::{self, ConsultationCity, ConsultationYearRow};
use crate::{perm, Record};
use varn_house::audit::{Action, Actor, Entry};
use varn_house::auth::Principal;
use varn_house::export::Csv;
use varn_house::i18n;
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::suppress::Cell;
use varn_house::web::document::labels;
use varn_house::web::AppState;

/// Which file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figures {
    /// The city's consultation figures, suppressed.
    City,
    /// The 24-hour report.
    Report,
}

/// A file's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
    Docx,
    Pdf,
}

impl Format {
    /// Reads `csv`, `xlsx`, `docx` or `pdf`; the city's figures are only CSV and XLSX.
    pub fn parse(value: &str, figures: Figures) -> Option<Format> {
        match (value.trim(), figures) {
            ("csv", _) => Some(Format::Csv),
            ("xlsx", _) => Some(Format::Xlsx),
            ("docx", Figures::Report) => Some(Format::Docx),
            ("pdf", Figures::Report) => Some(Format::Pdf),
            _ => None,
        }
    }

    pub fn ext(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::Docx => "docx",
            Format::Pdf => "pdf",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            Format::Pdf => "application/pdf",
        }
    }
}

fn t(key: &str) -> String {
    i18n::sv().t(key).to_string()
}

/// The city's figures as rows: administration, year, breakdown, category, count ("–" when
/// hidden), the kinds' totals last.
fn city_rows(c: &ConsultationCity) -> Vec<(String, String, String, Cell)> {
    let by_kind = t("consultations.field.kind");
    let by_referral = t("consultations.field.referrals");
    let mut out = Vec::new();
    for r in &c.rows {
        for (label, cell) in c.columns.iter().zip(&r.cells) {
            out.push((
                r.administration.clone(),
                by_kind.clone(),
                label.clone(),
                *cell,
            ));
        }
    }
    for r in &c.referral_rows {
        for (label, cell) in c.referral_columns.iter().zip(&r.cells) {
            out.push((
                r.administration.clone(),
                by_referral.clone(),
                label.clone(),
                *cell,
            ));
        }
    }
    if !c.rows.is_empty() {
        for (label, cell) in c.columns.iter().zip(&c.totals) {
            out.push((
                t("consultations.total"),
                by_kind.clone(),
                label.clone(),
                *cell,
            ));
        }
    }
    out
}

fn city_header() -> Vec<String> {
    vec![
        t("consultations.field.administration"),
        t("consultations.field.year"),
        t("consultations.col.breakdown"),
        t("consultations.col.category"),
        t("consultations.col.count"),
    ]
}

/// The city's figures as CSV.
pub fn city_csv(c: &ConsultationCity) -> anyhow::Result<Vec<u8>> {
    let mut csv = Csv::new();
    csv.row(city_header())?;
    for (admin, breakdown, category, cell) in city_rows(c) {
        csv.row([
            admin,
            c.year.to_string(),
            breakdown,
            category,
            cell.display(),
        ])?;
    }
    csv.finish()
}

/// The city's figures as XLSX: shown counts as numbers, hidden ones as "–".
pub fn city_xlsx(c: &ConsultationCity) -> anyhow::Result<Vec<u8>> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let ws = wb.add_worksheet();
    ws.set_name(t("consultations.sheet_city"))?;
    for (col, h) in city_header().iter().enumerate() {
        ws.write_string_with_format(0, col as u16, h, &bold)?;
    }
    for (r, (admin, breakdown, category, cell)) in city_rows(c).into_iter().enumerate() {
        let r = r as u32 + 1;
        ws.write_string(r, 0, &admin)?;
        ws.write_number(r, 1, f64::from(c.year))?;
        ws.write_string(r, 2, &breakdown)?;
        ws.write_string(r, 3, &category)?;
        match cell {
            Cell::Shown(n) => ws.write_number(r, 4, n as f64)?,
            Cell::Hidden => ws.write_string(r, 4, cell.display())?,
        };
    }
    ws.autofit();
    Ok(wb.save_to_buffer()?)
}

fn report_header() -> Vec<String> {
    [
        "field.administration",
        "field.year",
        "col.requests",
        "col.within",
        "col.open",
        "col.median_minutes",
        "col.longest_minutes",
        "col.median",
        "col.longest",
    ]
    .iter()
    .map(|k| t(&format!("consultations.{k}")))
    .collect()
}

fn minutes(m: Option<i64>) -> String {
    m.map(|m| m.to_string()).unwrap_or_default()
}

/// The 24-hour report as CSV: the times in minutes and as people read them.
pub fn report_csv(year: i32, rows: &[ConsultationYearRow]) -> anyhow::Result<Vec<u8>> {
    let mut csv = Csv::new();
    csv.row(report_header())?;
    for r in rows {
        csv.row([
            r.administration.clone(),
            year.to_string(),
            r.requests.to_string(),
            r.within_24h.to_string(),
            r.open.to_string(),
            minutes(r.median_minutes),
            minutes(r.longest_minutes),
            r.median.clone(),
            r.longest.clone(),
        ])?;
    }
    csv.finish()
}

/// The 24-hour report as XLSX, counts and minutes as numbers.
pub fn report_xlsx(year: i32, rows: &[ConsultationYearRow]) -> anyhow::Result<Vec<u8>> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let ws = wb.add_worksheet();
    ws.set_name(t("consultations.sheet_report"))?;
    for (col, h) in report_header().iter().enumerate() {
        ws.write_string_with_format(0, col as u16, h, &bold)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        ws.write_string(r, 0, &row.administration)?;
        ws.write_number(r, 1, f64::from(year))?;
        ws.write_number(r, 2, row.requests as f64)?;
        ws.write_number(r, 3, row.within_24h as f64)?;
        ws.write_number(r, 4, row.open as f64)?;
        for (col, m) in [(5, row.median_minutes), (6, row.longest_minutes)] {
            if let Some(m) = m {
                ws.write_number(r, col, m as f64)?;
            }
        }
        ws.write_string(r, 7, &row.median)?;
        ws.write_string(r, 8, &row.longest)?;
    }
    ws.autofit();
    Ok(wb.save_to_buffer()?)
}

fn report_title(year: i32) -> String {
    i18n::sv().f("consultations.report_title", &[("year", &year.to_string())])
}

/// The 24-hour report as document blocks: the cover, what the figures mean, the table.
pub fn report_blocks(year: i32, rows: &[ConsultationYearRow], municipality: &str) -> Vec<Block> {
    let mut out = vec![
        Block::CoverLine(municipality.to_string()),
        Block::Title(report_title(year)),
        Block::Heading(1, t("consultations.doc_heading")),
        Block::Para(vec![Span::plain(t("consultations.report_intro"))]),
    ];
    if rows.is_empty() {
        out.push(Block::Para(vec![Span::plain(t("consultations.none"))]));
    } else {
        out.push(Block::Table {
            header: [
                "field.administration",
                "col.requests",
                "col.within",
                "col.open",
                "col.median",
                "col.longest",
            ]
            .iter()
            .map(|k| t(&format!("consultations.{k}")))
            .collect(),
            rows: rows
                .iter()
                .map(|r| {
                    vec![
                        r.administration.clone(),
                        r.requests.to_string(),
                        r.within_24h.to_string(),
                        r.open.to_string(),
                        r.median.clone(),
                        r.longest.clone(),
                    ]
                })
                .collect(),
        });
    }
    out
}

/// The 24-hour report as a Word file.
pub fn report_docx(
    year: i32,
    rows: &[ConsultationYearRow],
    municipality: &str,
) -> anyhow::Result<Vec<u8>> {
    varn_docs::docx::render(
        &report_title(year),
        municipality,
        &report_blocks(year, rows, municipality),
        &labels(),
    )
}

/// The 24-hour report as a PDF file.
pub fn report_pdf(year: i32, rows: &[ConsultationYearRow], municipality: &str) -> Vec<u8> {
    varn_docs::pdf::render(
        &report_title(year),
        municipality,
        &report_blocks(year, rows, municipality),
        &labels(),
    )
}

/// A file of `figures` for `p` in `format`, audited as an export: its bytes, media type and
/// name. The 24-hour report holds the administrations `p` may see it for (all of them for
/// the central coordinator and readers of the whole city); the city's figures are
/// suppressed for everyone.
pub async fn file(
    state: &AppState,
    p: &Principal,
    figures: Figures,
    year: i32,
    format: Format,
) -> Result<(Vec<u8>, &'static str, String)> {
    let now = chrono::Utc::now().naive_utc();
    let bytes = match figures {
        Figures::City => {
            let city = report::city(&state.db, year).await?;
            state
                .work
                .try_run(move || -> Result<Vec<u8>> {
                    Ok(match format {
                        Format::Xlsx => city_xlsx(&city)?,
                        _ => city_csv(&city)?,
                    })
                })
                .await?
        }
        Figures::Report => {
            let rows = report::year_report(&state.db, &p.scope(perm::REPORT), year, now).await?;
            let municipality = varn_org::municipality_name(&state.db).await?;
            state
                .work
                .try_run(move || -> Result<Vec<u8>> {
                    Ok(match format {
                        Format::Csv => report_csv(year, &rows)?,
                        Format::Xlsx => report_xlsx(year, &rows)?,
                        Format::Docx => report_docx(year, &rows, &municipality)?,
                        Format::Pdf => report_pdf(year, &rows, &municipality),
                    })
                })
                .await?
        }
    };
    let (record, stem) = match figures {
        Figures::City => (Record::Consultation, "konsultationer-stad"),
        Figures::Report => (Record::Request, "24-timmarsrapport"),
    };
    varn_house::audit::record_now(
        &state.db,
        &Actor::of(p),
        Entry::new(Action::Export, record, 0).summary(format!("{stem} {year} {}", format.ext())),
    )
    .await
    .map_err(Error::Internal)?;
    Ok((
        bytes,
        format.content_type(),
        format!("{stem}-{year}.{}", format.ext()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::ConsultationCityRow;

    fn row(name: &str, requests: i64) -> ConsultationYearRow {
        ConsultationYearRow {
            administration_id: varn_house::kernel::ids::AdministrationId::new(1),
            administration: name.into(),
            requests,
            within_24h: requests - 1,
            open: 0,
            median_minutes: Some(90),
            longest_minutes: Some(1700),
            median: "1 h 30 min".into(),
            longest: "28 h 20 min".into(),
        }
    }

    #[test]
    fn the_report_files_hold_the_figures() {
        let rows = vec![row("Södermalms stadsdelsförvaltning", 5), row("=Farsta", 2)];
        let csv = String::from_utf8(report_csv(2026, &rows).expect("csv")).expect("utf8");
        assert!(
            csv.contains(
                "Södermalms stadsdelsförvaltning,2026,5,4,0,90,1700,1 h 30 min,28 h 20 min"
            ),
            "{csv}"
        );
        assert!(csv.contains("'=Farsta"), "{csv}");
        assert!(report_xlsx(2026, &rows).expect("xlsx").starts_with(b"PK"));
        assert!(report_docx(2026, &rows, "Stockholms stad")
            .expect("docx")
            .starts_with(b"PK"));
        assert!(report_pdf(2026, &rows, "Stockholms stad").starts_with(b"%PDF"));
        let tables = report_blocks(2026, &rows, "Stockholms stad")
            .into_iter()
            .filter_map(|b| match b {
                Block::Table { rows, .. } => Some(rows),
                _ => None,
            })
            .collect::<Vec<_>>();
        assert_eq!(tables[0][0][1], "5");
    }

    #[test]
    fn the_city_file_never_holds_a_hidden_value() {
        let c = ConsultationCity {
            year: 2026,
            columns: vec!["Vill lämna".into()],
            rows: vec![ConsultationCityRow {
                administration: "Södermalm".into(),
                cells: vec![Cell::Hidden],
            }],
            totals: vec![Cell::Shown(7)],
            referral_columns: vec!["Polisen".into()],
            referral_rows: vec![ConsultationCityRow {
                administration: "Södermalm".into(),
                cells: vec![Cell::Shown(5)],
            }],
        };
        let csv = String::from_utf8(city_csv(&c).expect("csv")).expect("utf8");
        assert!(
            csv.contains("Södermalm,2026,Slag av oro,Vill lämna,–"),
            "{csv}"
        );
        assert!(csv.contains("Södermalm,2026,Hänvisning,Polisen,5"), "{csv}");
        assert!(csv.contains("Summa,2026,Slag av oro,Vill lämna,7"), "{csv}");
        assert!(city_xlsx(&c).expect("xlsx").starts_with(b"PK"));
    }
}
