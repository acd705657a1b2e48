//! People, their roles and scopes (DOMAIN.md §2): managed by administrators in pages and the
//! API, imported from CSV and XLSX, and added from the command line.

pub mod api;
pub mod import;
pub mod pages;
pub mod store;

// What other capabilities may read of this one.
pub use store::{
    add_grant, administrators_reading_forms, check_grant, count, create, credentials, get, grants,
    id_by_email, list, normalise_email, set_password, GrantView, NewGrant,
};
