//! The local situational picture (DOMAIN.md §6): its sources (so far the hate-crime
//! statistics and the assessed anonymized forms), statistics aggregated in the database,
//! charts drawn on the server, and small-cell suppression for every figure that leaves the
//! administration.

pub mod chart;
pub mod pages;
pub mod sources;
pub mod stats;
pub mod suppress;
