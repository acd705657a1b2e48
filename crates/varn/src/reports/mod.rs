//! The anonymized information form (DOMAIN.md §4): submission by employees and by partners
//! through a coordinator's link, the sender's receipt, and the coordinator's inbox with the
//! assessment workflow. No text that the PII guard flags is ever stored, logged or echoed
//! in an error message; every read of a form's free text is audited.

pub mod api;
pub mod domain;
pub mod export;
pub mod inbox;
pub mod pages;
pub mod partner;
pub mod store;

// What other capabilities may read of this one.
pub use store::insert;
