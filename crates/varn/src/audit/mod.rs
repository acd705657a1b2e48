//! The audit log (DOMAIN.md §12): append-only; every sign-in, failed sign-in and change,
//! with who, what, which record and when. The database refuses updates and deletes of it.
//! A summary never holds the free text of an anonymized record.

pub mod api;
pub mod pages;
pub mod store;

pub use store::{record, record_now, Actor, Entry};

// What other capabilities may read of this one.
pub use store::{action_label, list, record_type_label, AuditEntry, Filter};
