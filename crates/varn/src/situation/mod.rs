//! The local situational picture (DOMAIN.md §6): its sources (so far the hate-crime
//! statistics and the assessed anonymized forms), statistics aggregated in the database,
//! charts drawn on the server, small-cell suppression for every figure that leaves the
//! administration, and the picture itself: the coordinator's narrative per year, draft or
//! final, compiled with its figures into Word and PDF.

pub mod document;
pub mod figures;
pub mod narrative;
pub mod pages;
pub mod picture_pages;
pub mod source_pages;
pub mod sources;
pub mod stats;
pub mod suppress;
