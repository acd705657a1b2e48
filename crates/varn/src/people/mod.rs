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

crate::audit_records!(
    /// The records of this capability that the audit log names.
    pub enum Record {
        User = "user",
        RoleGrant = "role_grant",
    }
);

/// Who may do what in this capability (role sets for rules and for filtering lists).
pub mod perm {
    #[allow(unused_imports)]
    use crate::auth::Role::{self, *};

    /// Manage people, roles and tokens.
    pub const MANAGE: &[Role] = &[Administrator];
}

/// This capability's routes, each with its access rule.
pub fn routes(t: crate::web::routes::RouteTable) -> crate::web::routes::RouteTable {
    #[allow(unused_imports)]
    use crate::auth::access::Rule::{Any, In, Public, SignedIn};
    t.get("/personer", Any(perm::MANAGE), pages::index)
        .post("/personer", Any(perm::MANAGE), pages::create)
        .post_file("/personer/import", Any(perm::MANAGE), pages::import)
        .get("/personer/{user}", Any(perm::MANAGE), pages::show)
        .post("/personer/{user}", Any(perm::MANAGE), pages::update)
        .post(
            "/personer/{user}/roller",
            Any(perm::MANAGE),
            pages::add_grant,
        )
        .post(
            "/personer/{user}/roller/{grant}/ta-bort",
            Any(perm::MANAGE),
            pages::remove_grant,
        )
        .get("/api/v1/users", Any(perm::MANAGE), api::list)
        .post("/api/v1/users", Any(perm::MANAGE), api::create)
        .post_file("/api/v1/users/import", Any(perm::MANAGE), api::import)
        .get("/api/v1/users/{user}", Any(perm::MANAGE), api::get)
        .patch("/api/v1/users/{user}", Any(perm::MANAGE), api::update)
        .post(
            "/api/v1/users/{user}/grants",
            Any(perm::MANAGE),
            api::add_grant,
        )
        .delete(
            "/api/v1/users/{user}/grants/{grant}",
            Any(perm::MANAGE),
            api::remove_grant,
        )
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    api::list,
    api::create,
    api::import,
    api::get,
    api::update,
    api::add_grant,
    api::remove_grant
))]
pub struct Api;

/// What this capability gives the app.
pub const CAPABILITY: crate::capability::Capability = crate::capability::Capability {
    name: "people",
    routes,
    api: Some(<Api as utoipa::OpenApi>::openapi),
    records: <Record as crate::audit::RecordKind>::codes,
    nav: &[crate::capability::NavItem {
        href: "/personer",
        label: "nav.people",
        roles: Some(perm::MANAGE),
        order: 90,
    }],
    demo: None,
};
