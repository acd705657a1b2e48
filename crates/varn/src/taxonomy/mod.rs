//! The taxonomy (DOMAIN.md §3.1): environments, phenomena, event types and place types as
//! versioned data the central coordinator edits. Renaming a term retires it and points it
//! at its successor, so that records keep the term they were given and trends can still
//! run across renamings.

pub mod domain;
pub mod pages;
pub mod store;

pub use domain::{Term, Vocabulary};

// What other capabilities may read of this one.
pub use store::{active, add, all, rename, seed_if_empty};
