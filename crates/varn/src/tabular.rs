//! Reading a table from a CSV or XLSX file, the way coordinators keep their lists today.
//! Rows are numbered as the person sees them in Excel (the header is row 1), so that an
//! error message can point at the row. Headers are matched loosely (case, å/ä/ö, spaces).

use std::io::Cursor;

use calamine::{Data, Reader};

use crate::error::{Error, Problem};
use crate::i18n;

/// A table read from a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    /// (row number as shown in Excel, cells)
    pub rows: Vec<(usize, Vec<String>)>,
}

/// Largest file accepted for an import.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// Normalises a header for matching: lower case, å/ä→a, ö→o, separators to `_`.
pub fn normalise_header(h: &str) -> String {
    h.trim()
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            'é' => 'e',
            ' ' | '-' | '.' => '_',
            other => other,
        })
        .collect()
}

fn looks_like_xlsx(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Reads CSV (`,` or `;`, UTF-8 with or without BOM) or XLSX (the first sheet).
pub fn read(bytes: &[u8]) -> Result<Table, Error> {
    if bytes.len() > MAX_BYTES {
        return Err(Error::invalid(
            i18n::sv().t("import.file"),
            i18n::sv().t("import.too_large"),
        ));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::invalid(
            i18n::sv().t("import.file"),
            i18n::sv().t("import.empty"),
        ));
    }
    let table = if looks_like_xlsx(bytes) {
        read_xlsx(bytes)?
    } else {
        read_csv(bytes)?
    };
    if table.headers.iter().all(|h| h.is_empty()) {
        return Err(Error::invalid(
            i18n::sv().t("import.file"),
            i18n::sv().t("import.no_header"),
        ));
    }
    Ok(table)
}

fn read_csv(bytes: &[u8]) -> Result<Table, Error> {
    let cat = i18n::sv();
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes)
        .map_err(|_| Error::invalid(cat.t("import.file"), cat.t("import.not_utf8")))?;
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut headers = Vec::new();
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        // The reader skips blank lines, so the row number comes from its position.
        let record = record.map_err(|e| {
            let line = e.position().map(|p| p.line() as usize).unwrap_or(i + 1);
            Error::Invalid(vec![Problem::row(
                line,
                cat.t("import.file"),
                cat.t("import.bad_csv_row"),
            )])
        })?;
        let line = record
            .position()
            .map(|p| p.line() as usize)
            .unwrap_or(i + 1);
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if i == 0 {
            headers = cells;
        } else if cells.iter().any(|c| !c.is_empty()) {
            rows.push((line, cells));
        }
    }
    Ok(Table { headers, rows })
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => match d.as_datetime() {
            Some(dt) => dt.format("%Y-%m-%d").to_string(),
            None => d.to_string(),
        },
        Data::DateTimeIso(s) => s.chars().take(10).collect(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(_) => String::from("#FEL"),
    }
}

fn read_xlsx(bytes: &[u8]) -> Result<Table, Error> {
    let cat = i18n::sv();
    let bad = || Error::invalid(cat.t("import.file"), cat.t("import.bad_xlsx"));
    let mut workbook = calamine::Xlsx::new(Cursor::new(bytes.to_vec())).map_err(|_| bad())?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or_else(bad)?
        .map_err(|_| bad())?;
    let start_row = range.start().map(|(r, _)| r as usize).unwrap_or(0);
    let mut headers = Vec::new();
    let mut rows = Vec::new();
    for (i, row) in range.rows().enumerate() {
        let line = start_row + i + 1;
        let cells: Vec<String> = row.iter().map(cell_text).collect();
        if i == 0 {
            headers = cells;
        } else if cells.iter().any(|c| !c.is_empty()) {
            rows.push((line, cells));
        }
    }
    Ok(Table { headers, rows })
}

impl Table {
    /// The index of the first header matching one of `names` (normalised).
    pub fn column(&self, names: &[&str]) -> Option<usize> {
        let wanted: Vec<String> = names.iter().map(|n| normalise_header(n)).collect();
        self.headers
            .iter()
            .position(|h| wanted.contains(&normalise_header(h)))
    }
}

/// A row's cells by column, empty when the column is missing or short.
pub fn cell(cells: &[String], column: Option<usize>) -> &str {
    column
        .and_then(|c| cells.get(c))
        .map(String::as_str)
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_semicolon_csv_with_bom_and_numbers_rows_as_excel() {
        let t = read("\u{feff}Kod;Namn\nA;Ett\n\n;\nB;Två\n".as_bytes()).expect("csv");
        assert_eq!(t.headers, vec!["Kod", "Namn"]);
        assert_eq!(
            t.rows,
            vec![
                (2, vec!["A".into(), "Ett".into()]),
                (5, vec!["B".into(), "Två".into()])
            ]
        );
        assert_eq!(t.column(&["kod"]), Some(0));
    }

    #[test]
    fn reads_xlsx_written_by_rust_xlsxwriter() {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        ws.write_string(0, 0, "Enhetskod").expect("w");
        ws.write_string(0, 1, "Antal medarbetare").expect("w");
        ws.write_string(1, 0, "SOD-01").expect("w");
        ws.write_number(1, 1, 12.0).expect("w");
        let bytes = wb.save_to_buffer().expect("save");
        let t = read(&bytes).expect("xlsx");
        assert_eq!(t.column(&["antal_medarbetare"]), Some(1));
        assert_eq!(t.rows, vec![(2, vec!["SOD-01".into(), "12".into()])]);
    }

    #[test]
    fn rejects_garbage_clearly() {
        assert!(matches!(read(b"PK\x03\x04garbage"), Err(Error::Invalid(_))));
        assert!(matches!(read(b"  \n"), Err(Error::Invalid(_))));
        assert!(matches!(read(&[0xff, 0xfe, 0x41]), Err(Error::Invalid(_))));
    }
}
