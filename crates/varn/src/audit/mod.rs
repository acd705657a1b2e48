//! The audit log (DOMAIN.md §12): append-only; every sign-in, failed sign-in and change,
//! with who, what, which record and when. The database refuses updates and deletes of it.
//! A summary never holds the free text of an anonymized record.

pub mod api;
pub mod kinds;
pub mod pages;
pub mod store;

pub use kinds::{action_label, record_label, Action, RecordKind};
pub use store::{record, record_now, Actor, Entry};

// What other capabilities may read of this one.
pub use store::{list, AuditEntry, Filter};

/// Who may do what in this capability (role sets for rules and for filtering lists).
pub mod perm {
    #[allow(unused_imports)]
    use crate::auth::Role::{self, *};

    /// Read the audit log (coordinators: their own administrations).
    pub const READ: &[Role] = &[Administrator, CentralCoordinator, Coordinator];
}

/// This capability's routes, each with its access rule.
pub fn routes(t: crate::web::routes::RouteTable) -> crate::web::routes::RouteTable {
    #[allow(unused_imports)]
    use crate::auth::access::Rule::{Any, In, Public, SignedIn};
    t.get("/logg", Any(perm::READ), pages::index)
        .get("/logg.csv", Any(perm::READ), pages::csv)
        .get("/api/v1/audit", Any(perm::READ), api::list)
        .get("/api/v1/audit/export.csv", Any(perm::READ), api::csv)
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(api::list, api::csv))]
pub struct Api;

/// What this capability gives the app.
pub const CAPABILITY: crate::capability::Capability = crate::capability::Capability {
    name: "audit",
    routes,
    api: Some(<Api as utoipa::OpenApi>::openapi),
    records: crate::capability::no_records,
    nav: &[crate::capability::NavItem {
        href: "/logg",
        label: "nav.audit",
        roles: Some(perm::READ),
        order: 100,
    }],
    demo: None,
};
