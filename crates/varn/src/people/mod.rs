//! People, their roles and scopes (DOMAIN.md §2): managed by administrators in pages and the
//! API, imported from CSV and XLSX, and added from the command line.

pub mod api;
pub mod import;
pub mod pages;
pub mod store;
