//! The audit log (DOMAIN.md §12), the shared room every change writes to: append-only;
//! every sign-in, failed sign-in and change, with who, what, which record and when. The
//! database refuses updates and deletes of it. A summary never holds the free text of an
//! anonymized record. Reading the log is the `auditlog` capability's.

pub mod kinds;
pub mod store;

pub use kinds::{action_label, readable, record_label, Action, RecordKind};
pub use store::{record, record_now, Actor, Entry};

pub use store::{list, to_csv, AuditEntry, Filter, MAX_EXPORT, PAGE_SIZE};
