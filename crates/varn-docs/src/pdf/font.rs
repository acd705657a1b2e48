//! The PDF's text: the metrics of the standard Helvetica fonts (so that lines can be broken
//! without embedding a font), text in WinAnsiEncoding, and breaking text into lines. Pure.

use pdf_writer::Name;

use crate::Span;

/// The three faces the writer uses, each a standard Type 1 font.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Font {
    Regular,
    Bold,
    Italic,
}

impl Font {
    /// The font's name in every page's resources.
    pub(super) fn name(self) -> Name<'static> {
        match self {
            Font::Regular => Name(b"F1"),
            Font::Bold => Name(b"F2"),
            Font::Italic => Name(b"F3"),
        }
    }
    /// The face of a run: bold wins over italic.
    pub(super) fn of(span: &Span) -> Font {
        if span.bold {
            Font::Bold
        } else if span.italic {
            Font::Italic
        } else {
            Font::Regular
        }
    }
}

/// Helvetica advance widths (per 1000 em) of ASCII 32..=126.
const WIDTHS: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

fn char_width(c: char) -> f32 {
    let units = match c {
        ' '..='~' => WIDTHS[c as usize - 32],
        'Å' | 'Ä' | 'À' | 'Á' | 'Â' => 667,
        'Ö' | 'Ø' | 'Ò' | 'Ó' => 778,
        'É' | 'È' | 'Ë' => 667,
        'Ü' | 'Ú' => 722,
        '—' | '…' => 1000,
        '•' => 350,
        '’' | '‘' => 222,
        '”' | '“' => 333,
        _ => 556,
    };
    f32::from(units) / 1000.0
}

pub(super) fn text_width(text: &str, font: Font, size: f32) -> f32 {
    let w: f32 = text.chars().map(char_width).sum();
    let bold = if font == Font::Bold { 1.07 } else { 1.0 };
    w * size * bold
}

/// Text in WinAnsiEncoding; characters outside it become `?`.
pub(super) fn winansi(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            ' '..='~' => c as u8,
            '\u{a0}'..='\u{ff}' => c as u32 as u8,
            '€' => 0x80,
            '…' => 0x85,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            '\t' | '\n' | '\r' => b' ',
            _ => b'?',
        })
        .collect()
}

/// Breaks text into lines no wider than `width`; a word longer than a line is cut.
pub(super) fn wrap(text: &str, font: Font, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if text_width(&candidate, font, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let mut piece = String::new();
            for c in word.chars() {
                piece.push(c);
                if text_width(&piece, font, size) > width {
                    piece.pop();
                    lines.push(std::mem::take(&mut piece));
                    piece.push(c);
                }
            }
            line = piece;
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_respects_the_width() {
        let lines = wrap(
            "Samordnaren deltar i stadens nätverk för samordnare och i storstadsnätverket.",
            Font::Regular,
            10.0,
            120.0,
        );
        assert!(lines.len() > 2);
        assert!(lines
            .iter()
            .all(|l| text_width(l, Font::Regular, 10.0) <= 120.0));
        assert_eq!(winansi("åäö–"), vec![0xe5, 0xe4, 0xf6, 0x96]);
    }
}
