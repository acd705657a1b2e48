//! Värn's documents, apart from everything else Värn does: the block model a document is
//! built of ([`Block`], [`Span`]), Markdown read into blocks ([`markdown`]), the blocks
//! written as Word ([`docx`]) and PDF ([`pdf`]), and charts laid out once as plain shapes and written as SVG,
//! PNG (resvg) or PDF vectors ([`chart`]).
//!
//! This crate knows nothing of plans, pictures, a database or the web, and it holds no
//! text a reader sees: every word it writes into a document comes from its caller (from
//! Värn's message catalogue), so that a translation never has to look here.

mod blocks;
pub mod chart;
pub mod docx;
mod markdown;
pub mod pdf;

use blocks::levelled;
pub use blocks::{Block, Span};
pub use markdown::markdown;

/// The few words the writers put into a document themselves, in the reader's language.
/// The caller fills them from its message catalogue; the writers use them as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labels {
    /// Every page's footer, with the placeholders `{page}` and `{pages}`
    /// (e.g. "Page {page} of {pages}").
    pub page: String,
    /// The heading of the PDF's table of contents (e.g. "Contents").
    pub contents: String,
    /// A figure's name in Word's list of objects, with the placeholder `{n}` for its
    /// number (e.g. "Figure {n}").
    pub figure: String,
}
