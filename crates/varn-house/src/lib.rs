//! The house: the shared rooms every capability of Värn builds on (ARCHITECTURE.md).
//! Nothing here names a capability; the capabilities are crates of their own that
//! depend on this one, and the app (`crates/varn`) lists them.

pub mod audit;
pub mod auth;
pub mod config;
pub mod db;
pub mod export;
pub mod i18n;
pub mod import;
pub mod kernel;
pub mod mail;
pub mod retention;
pub mod web;

use web::capability::Table;

/// The tables the shared rooms own (a capability declares its own in its `CAPABILITY`).
/// The imports' records are shared: each capability reads those of its own imports.
pub const TABLES: &[Table] = &[
    // auth
    Table::own("sessions"),
    Table::own("api_tokens"),
    Table::own("guess_failures"),
    Table::own("oidc_logins"),
    Table::own("oidc_subjects"),
    // audit
    Table::own("audit_log"),
    // import
    Table::shared("source_imports"),
    Table::own("import_jobs"),
    // retention
    Table::own("retention_cutoffs"),
];
