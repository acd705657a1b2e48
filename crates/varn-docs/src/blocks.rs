//! The document model every writer draws: a flat list of blocks (cover lines, a title,
//! page breaks, the table of contents, headings, paragraphs, bullets, tables and figures).
//! Whoever builds the blocks decides what a document says; the Word and PDF writers only
//! decide how it looks. Plain data: no I/O, and nothing about plans or pictures.

use crate::chart::Drawing;

/// A run of text with its emphasis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The text as written.
    pub text: String,
    /// Set in bold.
    pub bold: bool,
    /// Set in italics.
    pub italic: bool,
}

impl Span {
    /// Text without emphasis.
    pub fn plain(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            bold: false,
            italic: false,
        }
    }
}

/// A block of the document.
///
/// A document starts with its cover (cover lines and a title) up to the first
/// [`Block::PageBreak`], then a heading and the [`Block::Toc`] with a page break after it,
/// then the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A line of the cover, e.g. the administration or the period.
    CoverLine(String),
    /// The document's title on the cover.
    Title(String),
    /// The next block starts a new page.
    PageBreak,
    /// The table of contents: heading texts of level 1 and 2.
    Toc(Vec<(u8, String)>),
    /// A heading of level 1, 2 or 3.
    Heading(u8, String),
    /// A paragraph of runs.
    Para(Vec<Span>),
    /// An item of a bulleted list.
    Bullet(Vec<Span>),
    /// A table with a header row; a row shorter than the header has empty cells.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// A chart with its caption: an image in Word, vector shapes in PDF.
    Figure { drawing: Drawing, caption: String },
}

/// The blocks with heading levels that never skip one (a level 3 straight after a level 1
/// becomes a level 2), as screen readers and accessibility checks expect of a document
/// outline; both writers draw these.
pub(crate) fn levelled(blocks: &[Block]) -> Vec<Block> {
    // The levels as written of the headings the next one sits under.
    let mut open: Vec<u8> = Vec::new();
    blocks
        .iter()
        .map(|b| match b {
            Block::Heading(level, text) => {
                while open.last().is_some_and(|l| l >= level) {
                    open.pop();
                }
                open.push(*level);
                Block::Heading(open.len().min(3) as u8, text.clone())
            }
            b => b.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_levels_never_skip_one() {
        let h = |l: u8| Block::Heading(l, String::new());
        let levels: Vec<u8> = levelled(&[h(3), h(1), h(3), h(3), h(2), h(3), h(1), h(2)])
            .iter()
            .filter_map(|b| match b {
                Block::Heading(l, _) => Some(*l),
                _ => None,
            })
            .collect();
        assert_eq!(levels, [1, 1, 2, 2, 2, 3, 1, 2]);
    }
}
