//! The PDF's text: DejaVu Sans (regular, bold, oblique; an open licence, see
//! `fonts/LICENSE`) built into the binary, its character map and real advances for
//! breaking lines, and text turned into glyphs. A character the font lacks (an emoji) is
//! drawn with a fallback glyph, and the caller keeps its real text as ActualText. Pure.

use std::ops::Range;
use std::sync::LazyLock;

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

use crate::Span;

const REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");
const OBLIQUE: &[u8] = include_bytes!("../../fonts/DejaVuSans-Oblique.ttf");

/// The three faces the writer uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Font {
    Regular,
    Bold,
    Italic,
}

impl Font {
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
    pub(super) fn index(self) -> usize {
        match self {
            Font::Regular => 0,
            Font::Bold => 1,
            Font::Italic => 2,
        }
    }
    /// The font file, as built into the binary.
    pub(super) fn data(self) -> &'static [u8] {
        [REGULAR, BOLD, OBLIQUE][self.index()]
    }
    fn face(self) -> &'static Face {
        &FACES[self.index()]
    }
}

/// A face's character map (the Basic Multilingual Plane) and advances, read once.
struct Face {
    /// Glyph id by code point; 0 where the font has no glyph.
    glyphs: Vec<u16>,
    /// Advance by glyph id, in em.
    advances: Vec<f32>,
    /// The glyph drawn for a character the font lacks (U+FFFD, never .notdef).
    fallback: u16,
}

impl Face {
    fn read(data: &'static [u8]) -> Face {
        let font = FontRef::new(data).expect("the built-in DejaVu Sans is a valid font");
        let upem = f32::from(
            font.metrics(Size::unscaled(), LocationRef::default())
                .units_per_em,
        );
        let mut glyphs = vec![0u16; 0x1_0000];
        for (c, gid) in font.charmap().mappings() {
            if let (Some(slot), Ok(gid)) = (glyphs.get_mut(c as usize), u16::try_from(gid.to_u32()))
            {
                *slot = gid;
            }
        }
        let metrics = font.glyph_metrics(Size::unscaled(), LocationRef::default());
        let count = glyphs.iter().copied().max().unwrap_or(0) as usize + 1;
        let advances = (0..count)
            .map(|g| {
                metrics
                    .advance_width(skrifa::GlyphId::new(g as u32))
                    .unwrap_or(0.0)
                    / upem
            })
            .collect();
        let fallback = ['\u{fffd}', '\u{25a1}', '?']
            .iter()
            .map(|c| glyphs[*c as usize])
            .find(|g| *g != 0)
            .unwrap_or(0);
        Face {
            glyphs,
            advances,
            fallback,
        }
    }
    /// The glyph of a character, or `None` when the font lacks it.
    fn glyph(&self, c: char) -> Option<u16> {
        let c = if matches!(c, '\t' | '\n' | '\r' | '\u{a0}') {
            ' '
        } else {
            c
        };
        self.glyphs.get(c as usize).copied().filter(|g| *g != 0)
    }
    fn advance(&self, glyph: u16) -> f32 {
        self.advances.get(glyph as usize).copied().unwrap_or(0.0)
    }
}

static FACES: LazyLock<[Face; 3]> =
    LazyLock::new(|| [Face::read(REGULAR), Face::read(BOLD), Face::read(OBLIQUE)]);

/// A glyph of a line: its id, its advance in em and the bytes of the text it stands for.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Placed {
    pub(super) glyph: u16,
    pub(super) advance: f32,
    pub(super) text: Range<usize>,
    /// Drawn with the fallback glyph: the font has no glyph for this character.
    pub(super) fallback: bool,
}

/// The glyphs of a line of text, one a character.
pub(super) fn glyphs(text: &str, font: Font) -> Vec<Placed> {
    let face = font.face();
    text.char_indices()
        .map(|(i, c)| {
            let found = face.glyph(c);
            let glyph = found.unwrap_or(face.fallback);
            Placed {
                glyph,
                advance: face.advance(glyph),
                text: i..i + c.len_utf8(),
                fallback: found.is_none(),
            }
        })
        .collect()
}

/// The width of a text in points at `size`, measured with the font's own advances.
pub(super) fn text_width(text: &str, font: Font, size: f32) -> f32 {
    let face = font.face();
    let em: f32 = text
        .chars()
        .map(|c| face.advance(face.glyph(c).unwrap_or(face.fallback)))
        .sum();
    em * size
}

/// Breaks text into lines no wider than `width`; a word longer than a line is cut.
pub(super) fn wrap(text: &str, font: Font, size: f32, width: f32) -> Vec<String> {
    let space = text_width(" ", font, size);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0.0;
        for word in paragraph.split_whitespace() {
            let word_w = text_width(word, font, size);
            let with = if line.is_empty() {
                word_w
            } else {
                line_w + space + word_w
            };
            if with <= width {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
                line_w = with;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // The word on lines of its own: broken after a hyphen, dash or slash where it
            // can be, else cut where it is wider than a line.
            let mut piece = String::new();
            let mut piece_w = 0.0;
            for part in word.split_inclusive(['-', '–', '/']) {
                let part_w = text_width(part, font, size);
                if piece_w + part_w <= width {
                    piece.push_str(part);
                    piece_w += part_w;
                    continue;
                }
                if !piece.is_empty() {
                    lines.push(std::mem::take(&mut piece));
                    piece_w = 0.0;
                }
                for c in part.chars() {
                    let w = text_width(c.encode_utf8(&mut [0; 4]), font, size);
                    if piece_w + w > width && !piece.is_empty() {
                        lines.push(std::mem::take(&mut piece));
                        piece_w = 0.0;
                    }
                    piece.push(c);
                    piece_w += w;
                }
            }
            line = piece;
            line_w = piece_w;
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
        assert_eq!(
            lines.join(" "),
            "Samordnaren deltar i stadens nätverk för samordnare och i storstadsnätverket."
        );
        let w = text_width("2024-01-01-", Font::Regular, 8.0) + 1.0;
        assert_eq!(
            wrap("Från 2024-01-01-2024-06-08.", Font::Regular, 8.0, w),
            ["Från", "2024-01-01-", "2024-06-08."]
        );
    }

    #[test]
    fn the_font_has_central_european_letters_and_an_emoji_falls_back() {
        for font in [Font::Regular, Font::Bold, Font::Italic] {
            let text = "Kovačević Đakovo–Łódź ≥ 2 ggr αβ åäö";
            assert!(glyphs(text, font).iter().all(|g| !g.fallback), "{font:?}");
            let g = glyphs("a😀", font);
            assert!(!g[0].fallback && g[1].fallback);
            assert_ne!(g[1].glyph, 0, ".notdef is never drawn");
            assert_eq!(g[1].text, 1..5);
        }
        // Real advances: a bold W is wider than a regular i.
        assert!(text_width("W", Font::Bold, 10.0) > 2.0 * text_width("i", Font::Regular, 10.0));
    }
}
