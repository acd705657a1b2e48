//! The organisation (DOMAIN.md §3): administrations, departments, units and the
//! coordinators' contact cards; edited in pages and the API, imported from CSV and XLSX.

pub mod api;
pub mod domain;
pub mod import;
pub mod pages;
pub mod service;
pub mod store;
