//! The audit log's page and API: who did what, filtered and exported as CSV, within the
//! reader's scope (coordinators see their own administrations).

pub mod api;
pub mod pages;

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
    use crate::web::access::Rule::{Any, In, Public, SignedIn};
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
pub const CAPABILITY: crate::web::capability::Capability = crate::web::capability::Capability {
    name: "auditlog",
    routes,
    api: Some(<Api as utoipa::OpenApi>::openapi),
    records: crate::web::capability::no_records,
    nav: &[crate::web::capability::NavItem {
        href: "/logg",
        label: "nav.audit",
        roles: Some(perm::READ),
        order: 100,
    }],
    demo: None,
    work: None,
    measures: None,
    picture: None,
    city: None,
    tick: None,
};
