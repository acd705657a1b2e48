//! Reading a table from a CSV or XLSX file, the way coordinators keep their lists today.
//! Rows are numbered as the person sees them in Excel (the header is row 1), so that an
//! error message can point at the row. Headers are matched loosely (case, å/ä/ö, spaces).
//!
//! Every read is bounded before anything is allocated for it: the file's size, the rows,
//! columns and filled cells a file of its kind may have ([`Limits`]), the length of a cell,
//! and for XLSX the bytes the archive unpacks to and the number of parts in it. The size a
//! sheet declares for itself (`<dimension ref="A1:XFD1048576">`) is never trusted: cells
//! are read one at a time as they stand in the file, and only filled cells take memory.
//! This module must never read a whole sheet into a grid, and never echo a cell's text in
//! an error (a cell may hold the very identifier the import refuses).

use std::io::{Cursor, Read};

use calamine::{DataRef, Reader};

use crate::i18n;
use crate::kernel::error::{Error, Problem};

/// Largest file accepted for an import.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;
/// Most bytes the parts of an XLSX file may unpack to, all together.
pub const MAX_UNPACKED: u64 = 128 * 1024 * 1024;
/// Most parts (files inside the archive) an XLSX file may have.
pub const MAX_PARTS: usize = 1000;
/// Longest cell, in characters (Excel's own limit).
pub const MAX_CELL_CHARS: usize = 32_767;

/// What a file of one kind may hold. Each import names its own, with the reason in README.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Rows under the header row that have a filled cell.
    pub rows: usize,
    /// Columns, counted from A to the last filled one.
    pub columns: usize,
    /// Filled cells in the whole file, the header included.
    pub cells: usize,
}

impl Limits {
    /// The organisation: about 1,000 units in a large city, and people ten times that.
    pub const ORGANISATION: Limits = Limits {
        rows: 20_000,
        columns: 50,
        cells: 400_000,
    };
    /// An action plan's activities: seed plans have 10–60; 2,000 leaves room for a city.
    pub const PLAN_ACTIVITIES: Limits = Limits {
        rows: 2_000,
        columns: 50,
        cells: 100_000,
    };
    /// IA incident exports: a district's year is hundreds of rows, the whole city's
    /// decade some tens of thousands; IA exports carry many columns.
    pub const IA_INCIDENTS: Limits = Limits {
        rows: 200_000,
        columns: 100,
        cells: 4_000_000,
    };
    /// Graffiti reports from the traffic office's app and the school-property company.
    pub const GRAFFITI: Limits = Limits {
        rows: 100_000,
        columns: 50,
        cells: 1_000_000,
    };
    /// Counts per year (hate crimes per area and kind, concern reports per age band).
    pub const YEARLY_COUNTS: Limits = Limits {
        rows: 10_000,
        columns: 20,
        cells: 100_000,
    };
}

/// One row of a table: its number as Excel shows it and its cells, kept in one string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The row's number as Excel shows it (the header is row 1).
    pub line: usize,
    text: String,
    /// Where each cell ends in `text`.
    ends: Vec<u32>,
}

impl Row {
    fn new(line: usize) -> Row {
        Row {
            line,
            text: String::new(),
            ends: Vec::new(),
        }
    }

    /// Appends the next cell.
    fn push(&mut self, cell: &str) {
        self.text.push_str(cell);
        self.ends.push(self.text.len() as u32);
    }

    /// The cell in `column`, if the row reaches it.
    pub fn get(&self, column: usize) -> Option<&str> {
        let end = *self.ends.get(column)? as usize;
        let start = match column {
            0 => 0,
            c => self.ends[c - 1] as usize,
        };
        self.text.get(start..end)
    }

    /// Number of cells in the row.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The cells in order.
    pub fn cells(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).filter_map(|c| self.get(c))
    }

    fn has_content(&self) -> bool {
        !self.text.trim().is_empty()
    }
}

/// A table read from a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    /// Rows under the header with at least one filled cell.
    pub rows: Vec<Row>,
}

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

fn file_problem(message: impl Into<String>) -> Error {
    Error::invalid(i18n::sv().t("import.file"), message)
}

/// Reads CSV (`,` or `;`, UTF-8 with or without BOM) or XLSX (the first sheet), within
/// `limits`. CPU-heavy for big files: call it off the async threads (`web::Work`).
pub fn read(bytes: &[u8], limits: Limits) -> Result<Table, Error> {
    let cat = i18n::sv();
    if bytes.len() > MAX_BYTES {
        return Err(file_problem(cat.t("import.too_large")));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(file_problem(cat.t("import.empty")));
    }
    let mut builder = Builder::new(limits);
    if looks_like_xlsx(bytes) {
        read_xlsx(bytes, &mut builder)?;
    } else {
        read_csv(bytes, &mut builder)?;
    }
    let table = builder.finish();
    if table.headers.iter().all(|h| h.is_empty()) {
        return Err(file_problem(cat.t("import.no_header")));
    }
    Ok(table)
}

/// Collects rows while holding the file to its limits.
struct Builder {
    limits: Limits,
    headers: Option<Vec<String>>,
    rows: Vec<Row>,
    cells: usize,
}

impl Builder {
    fn new(limits: Limits) -> Builder {
        Builder {
            limits,
            headers: None,
            rows: Vec::new(),
            cells: 0,
        }
    }

    /// Checks one filled cell at (line, column) before it is kept.
    fn admit(&mut self, line: usize, column: usize, text: &str) -> Result<(), Error> {
        let cat = i18n::sv();
        if column >= self.limits.columns {
            return Err(Error::Invalid(vec![Problem::row(
                line,
                cat.t("import.file"),
                cat.f(
                    "import.too_many_columns",
                    &[("max", &self.limits.columns.to_string())],
                ),
            )]));
        }
        self.cells += 1;
        if self.cells > self.limits.cells {
            return Err(file_problem(cat.f(
                "import.too_many_cells",
                &[("max", &self.limits.cells.to_string())],
            )));
        }
        let field = || match self.headers.as_ref().and_then(|h| h.get(column)) {
            Some(h) if !h.is_empty() => h.clone(),
            _ => cat.f("import.column_n", &[("n", &(column + 1).to_string())]),
        };
        if text.contains('\0') {
            return Err(Error::Invalid(vec![Problem::row(
                line,
                field(),
                cat.t("import.nul"),
            )]));
        }
        if text.len() > MAX_CELL_CHARS && text.chars().count() > MAX_CELL_CHARS {
            return Err(Error::Invalid(vec![Problem::row(
                line,
                field(),
                cat.f(
                    "import.cell_too_long",
                    &[("max", &MAX_CELL_CHARS.to_string())],
                ),
            )]));
        }
        Ok(())
    }

    /// Keeps a finished row: the first is the header, later ones count against the limit.
    fn row(&mut self, row: Row) -> Result<(), Error> {
        if self.headers.is_none() {
            self.headers = Some(row.cells().map(str::to_string).collect());
            return Ok(());
        }
        if !row.has_content() {
            return Ok(());
        }
        if self.rows.len() >= self.limits.rows {
            let cat = i18n::sv();
            return Err(file_problem(cat.f(
                "import.too_many_rows",
                &[("max", &self.limits.rows.to_string())],
            )));
        }
        self.rows.push(row);
        Ok(())
    }

    fn finish(self) -> Table {
        Table {
            headers: self.headers.unwrap_or_default(),
            rows: self.rows,
        }
    }
}

fn read_csv(bytes: &[u8], builder: &mut Builder) -> Result<(), Error> {
    let cat = i18n::sv();
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| file_problem(cat.t("import.not_utf8")))?;
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
    let mut record = csv::StringRecord::new();
    let mut i = 0usize;
    loop {
        // The reader skips blank lines, so the row number comes from its position.
        let more = reader.read_record(&mut record).map_err(|e| {
            let line = e.position().map(|p| p.line() as usize).unwrap_or(i + 1);
            Error::Invalid(vec![Problem::row(
                line,
                cat.t("import.file"),
                cat.t("import.bad_csv_row"),
            )])
        })?;
        if !more {
            return Ok(());
        }
        i += 1;
        let line = record.position().map(|p| p.line() as usize).unwrap_or(i);
        let mut row = Row::new(line);
        for (column, cell) in record.iter().enumerate() {
            // What Värn's own exports neutralised reads back as it was.
            let cell = crate::export::restore(cell.trim());
            if !cell.is_empty() {
                builder.admit(line, column, cell)?;
            }
            row.push(cell);
        }
        builder.row(row)?;
    }
}

/// Checks an XLSX archive before a parser sees it: the number of parts, and the bytes they
/// really unpack to (counted while unpacking, never taken from the archive's headers).
fn check_archive(bytes: &[u8]) -> Result<(), Error> {
    let cat = i18n::sv();
    let bad = || file_problem(cat.t("import.bad_xlsx"));
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| bad())?;
    if archive.len() > MAX_PARTS {
        return Err(file_problem(
            cat.f("import.too_many_parts", &[("max", &MAX_PARTS.to_string())]),
        ));
    }
    let too_big = || {
        file_problem(cat.f(
            "import.unpacks_too_big",
            &[("max", &(MAX_UNPACKED / (1024 * 1024)).to_string())],
        ))
    };
    let mut left = MAX_UNPACKED;
    for i in 0..archive.len() {
        let entry = archive.by_index(i).map_err(|_| bad())?;
        if entry.size() > left {
            return Err(too_big());
        }
        let read =
            std::io::copy(&mut entry.take(left + 1), &mut std::io::sink()).map_err(|_| bad())?;
        if read > left {
            return Err(too_big());
        }
        left -= read;
    }
    Ok(())
}

fn cell_text(cell: &DataRef<'_>) -> String {
    match cell {
        DataRef::Empty => String::new(),
        DataRef::String(s) => s.trim().to_string(),
        DataRef::SharedString(s) => s.trim().to_string(),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        DataRef::Float(f) => f.to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(d) => match d.as_datetime() {
            Some(dt) => dt.format("%Y-%m-%d").to_string(),
            None => d.to_string(),
        },
        DataRef::DateTimeIso(s) => s.chars().take(10).collect(),
        DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(_) => String::from("#FEL"),
    }
}

fn read_xlsx(bytes: &[u8], builder: &mut Builder) -> Result<(), Error> {
    let cat = i18n::sv();
    let bad = || file_problem(cat.t("import.bad_xlsx"));
    check_archive(bytes)?;
    let mut workbook = calamine::Xlsx::new(Cursor::new(bytes)).map_err(|_| bad())?;
    let sheet = workbook.sheet_names().first().cloned().ok_or_else(bad)?;
    let mut cells = workbook.worksheet_cells_reader(&sheet).map_err(|_| bad())?;
    // Cells arrive in the file's order: row by row, left to right. A row is kept when the
    // next row begins; gaps between filled cells become empty cells of the same row.
    let mut current: Option<Row> = None;
    while let Some(cell) = cells.next_cell().map_err(|_| bad())? {
        let text = cell_text(cell.get_value());
        if text.is_empty() {
            continue;
        }
        let (r, c) = cell.get_position();
        let line = r as usize + 1;
        let column = c as usize;
        if current.as_ref().is_some_and(|row| row.line != line) {
            if let Some(done) = current.take() {
                if done.line > line {
                    return Err(bad());
                }
                builder.row(done)?;
            }
        }
        builder.admit(line, column, &text)?;
        let row = current.get_or_insert_with(|| Row::new(line));
        if column < row.len() {
            // Two cells at one place: not a file Excel writes.
            return Err(bad());
        }
        while row.len() < column {
            row.push("");
        }
        row.push(&text);
    }
    if let Some(done) = current {
        builder.row(done)?;
    }
    Ok(())
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

/// A row's cell in a column, empty when the column is missing or the row short.
pub fn cell(row: &Row, column: Option<usize>) -> &str {
    column.and_then(|c| row.get(c)).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const SMALL: Limits = Limits {
        rows: 3,
        columns: 4,
        cells: 12,
    };

    fn rows(t: &Table) -> Vec<(usize, Vec<String>)> {
        t.rows
            .iter()
            .map(|r| (r.line, r.cells().map(str::to_string).collect()))
            .collect()
    }

    fn messages(err: Error) -> Vec<String> {
        match err {
            Error::Invalid(p) => p.iter().map(Problem::sentence).collect(),
            other => panic!("expected invalid input, got {other:?}"),
        }
    }

    #[test]
    fn reads_semicolon_csv_with_bom_and_numbers_rows_as_excel() {
        let t = read(
            "\u{feff}Kod;Namn\nA;Ett\n\n;\nB;Två\n".as_bytes(),
            Limits::ORGANISATION,
        )
        .expect("csv");
        assert_eq!(t.headers, vec!["Kod", "Namn"]);
        assert_eq!(
            rows(&t),
            vec![
                (2, vec!["A".into(), "Ett".into()]),
                (5, vec!["B".into(), "Två".into()])
            ]
        );
        assert_eq!(t.column(&["kod"]), Some(0));
        assert_eq!(cell(&t.rows[1], Some(1)), "Två");
        assert_eq!(cell(&t.rows[1], Some(7)), "");
    }

    fn xlsx(write: impl FnOnce(&mut rust_xlsxwriter::Worksheet)) -> Vec<u8> {
        let mut wb = rust_xlsxwriter::Workbook::new();
        write(wb.add_worksheet());
        wb.save_to_buffer().expect("save")
    }

    #[test]
    fn reads_xlsx_written_by_rust_xlsxwriter() {
        let bytes = xlsx(|ws| {
            ws.write_string(0, 0, "Enhetskod").expect("w");
            ws.write_string(0, 1, "Antal medarbetare").expect("w");
            ws.write_string(1, 0, "SOD-01").expect("w");
            ws.write_number(1, 1, 12.0).expect("w");
            ws.write_number(3, 1, 7.0).expect("w");
        });
        let t = read(&bytes, Limits::ORGANISATION).expect("xlsx");
        assert_eq!(t.column(&["antal_medarbetare"]), Some(1));
        assert_eq!(
            rows(&t),
            vec![
                (2, vec!["SOD-01".into(), "12".into()]),
                (4, vec!["".into(), "7".into()])
            ]
        );
    }

    #[test]
    fn rejects_garbage_clearly() {
        assert!(matches!(
            read(b"PK\x03\x04garbage", SMALL),
            Err(Error::Invalid(_))
        ));
        assert!(matches!(read(b"  \n", SMALL), Err(Error::Invalid(_))));
        assert!(matches!(
            read(&[0xff, 0xfe, 0x41], SMALL),
            Err(Error::Invalid(_))
        ));
    }

    #[test]
    fn csv_limits_are_named_in_swedish() {
        let m = messages(read(b"a;b\n1;2\n3;4\n5;6\n7;8\n", SMALL).expect_err("rows"));
        assert!(m[0].contains("fler än 3 rader"), "{m:?}");
        let m = messages(read(b"a;b;c;d;e\n", SMALL).expect_err("columns"));
        assert!(
            m[0].contains("Rad 1") && m[0].contains("4 kolumner"),
            "{m:?}"
        );
        let m = messages(read("a;b\nx\u{0}y;2\n".as_bytes(), SMALL).expect_err("nul"));
        assert!(m[0].contains("Rad 2") && m[0].contains("”a”"), "{m:?}");
        let long = format!("a\n{}\n", "x".repeat(MAX_CELL_CHARS + 1));
        let m = messages(read(long.as_bytes(), SMALL).expect_err("long"));
        assert!(m[0].contains("32767"), "{m:?}");
    }

    /// A sheet that declares itself as large as Excel allows, with one cell at each corner:
    /// the declared size is never allocated, and the far cells break the limits by name.
    #[test]
    fn a_dimension_bomb_is_refused_without_allocating_it() {
        let sheet = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="XFD1" t="inlineStr"><is><t>b</t></is></c></row>
<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>c</t></is></c><c r="XFD1048576" t="inlineStr"><is><t>d</t></is></c></row>
</sheetData></worksheet>"#;
        let bytes = replace_sheet(
            &xlsx(|ws| {
                ws.write_string(0, 0, "a").expect("w");
            }),
            sheet.as_bytes(),
        );
        let m = messages(read(&bytes, Limits::IA_INCIDENTS).expect_err("bomb"));
        assert!(m[0].contains("100 kolumner"), "{m:?}");
        // Within the columns, a row far down still counts as one row of content.
        let sheet = sheet.replace("XFD", "B");
        let bytes = replace_sheet(
            &xlsx(|ws| {
                ws.write_string(0, 0, "a").expect("w");
            }),
            sheet.as_bytes(),
        );
        let t = read(&bytes, Limits::IA_INCIDENTS).expect("two rows");
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.rows[0].line, 1_048_576);
    }

    /// A few kilobytes that unpack to more than the limit are refused while unpacking.
    #[test]
    fn an_archive_that_unpacks_too_far_is_refused() {
        let mut sheet = Vec::new();
        sheet.extend_from_slice(br#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#);
        let filler = vec![b' '; 1024 * 1024];
        for _ in 0..(MAX_UNPACKED / (1024 * 1024) + 1) {
            sheet.extend_from_slice(&filler);
        }
        sheet.extend_from_slice(b"</sheetData></worksheet>");
        let bytes = replace_sheet(
            &xlsx(|ws| {
                ws.write_string(0, 0, "a").expect("w");
            }),
            &sheet,
        );
        assert!(bytes.len() < 1024 * 1024, "{} bytes", bytes.len());
        let m = messages(read(&bytes, Limits::IA_INCIDENTS).expect_err("bomb"));
        assert!(m[0].contains("128 MB"), "{m:?}");
    }

    #[test]
    fn xlsx_rows_past_the_limit_are_refused() {
        let bytes = xlsx(|ws| {
            for r in 0..6 {
                ws.write_number(r, 0, f64::from(r)).expect("w");
            }
        });
        let m = messages(read(&bytes, SMALL).expect_err("rows"));
        assert!(m[0].contains("fler än 3 rader"), "{m:?}");
    }

    /// Copies an XLSX archive with its first sheet's XML replaced.
    fn replace_sheet(bytes: &[u8], sheet: &[u8]) -> Vec<u8> {
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for i in 0..archive.len() {
            let mut entry = archive.by_index(i).expect("entry");
            let name = entry.name().expect("name").to_string();
            let mut content = Vec::new();
            entry.read_to_end(&mut content).expect("read");
            out.start_file(name.as_str(), options).expect("start");
            if name == "xl/worksheets/sheet1.xml" {
                out.write_all(sheet).expect("write");
            } else {
                out.write_all(&content).expect("write");
            }
        }
        out.finish().expect("finish").into_inner()
    }
}
