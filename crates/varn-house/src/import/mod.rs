//! Imports, the same way for every capability: [`table`] reads a CSV or XLSX file within
//! the limits of its kind; the capability checks the rows (naming row and field of every
//! problem); [`runner`] writes them all or nothing.

pub mod jobs;
pub mod runner;
pub mod table;
