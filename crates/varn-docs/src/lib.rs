//! Värn's documents, apart from everything else Värn does: the block model a document is
//! built of ([`Block`], [`Span`]), Markdown read into blocks ([`markdown`]), and charts laid
//! out once as plain shapes and written as SVG, PNG (resvg) or PDF vectors ([`chart`]).
//!
//! This crate knows nothing of plans, pictures, a database or the web, and it holds no
//! text a reader sees: every word it writes into a document comes from its caller (from
//! Värn's message catalogue), so that a translation never has to look here.

mod blocks;
pub mod chart;
mod markdown;

pub use blocks::{Block, Span};
pub use markdown::markdown;
