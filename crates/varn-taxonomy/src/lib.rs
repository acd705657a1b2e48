//! The taxonomy (DOMAIN.md §3.1): environments, phenomena, event types and place types as
//! versioned data the central coordinator edits. Renaming a term retires it and points it
//! at its successor, so that records keep the term they were given and trends can still
//! run across renamings.

pub mod domain;
pub mod pages;
pub mod store;

pub use domain::{Term, TermId, Vocabulary};

// What other capabilities may read of this one.
pub use store::{active, add, all, current_version, rename, seed_if_empty};

varn_house::audit_records!(
    /// The records of this capability that the audit log names.
    pub enum Record {
        Term = "taxonomy_term",
    }
);

/// Who may do what in this capability (role sets for rules and for filtering lists).
pub mod perm {
    #[allow(unused_imports)]
    use varn_house::auth::Role::{self, *};

    /// Those who classify forms and figures with the taxonomy (the page is in their menu;
    /// everyone signed in may read it).
    pub const CLASSIFY: &[Role] = &[Coordinator, CentralCoordinator];

    /// Change the taxonomy.
    pub const EDIT: &[Role] = &[CentralCoordinator];
}

/// This capability's routes, each with its access rule.
pub fn routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    t.get("/taxonomi", SignedIn, pages::index)
        .post("/taxonomi", Any(perm::EDIT), pages::add)
        .post("/taxonomi/{term}/byt-namn", Any(perm::EDIT), pages::rename)
        .post("/taxonomi/{term}/avveckla", Any(perm::EDIT), pages::retire)
        .get("/api/v1/taxonomy", SignedIn, pages::api_get)
        .post("/api/v1/taxonomy/terms", Any(perm::EDIT), pages::api_add)
        .post(
            "/api/v1/taxonomy/terms/{term}/rename",
            Any(perm::EDIT),
            pages::api_rename,
        )
        .post(
            "/api/v1/taxonomy/terms/{term}/retire",
            Any(perm::EDIT),
            pages::api_retire,
        )
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(pages::api_get, pages::api_add, pages::api_rename, pages::api_retire))]
pub struct Api;

/// The tables this capability owns: the versioned terms, shared, since forms and figures
/// name them.
pub const TABLES: &[varn_house::web::capability::Table] = &[
    varn_house::web::capability::Table::shared("taxonomy_versions"),
    varn_house::web::capability::Table::shared("taxonomy_terms"),
];

/// What this capability gives the app.
pub const CAPABILITY: varn_house::web::capability::Capability =
    varn_house::web::capability::Capability {
        name: "taxonomy",
        tables: TABLES,
        routes,
        api: Some(<Api as utoipa::OpenApi>::openapi),
        records: <Record as varn_house::audit::RecordKind>::codes,
        nav: &[varn_house::web::capability::NavItem {
            href: "/taxonomi",
            label: "nav.taxonomy",
            roles: Some(perm::CLASSIFY),
            order: 45,
        }],
        demo: None,
        work: None,
        measures: None,
        plan_of_year: None,
        picture: None,
        city: None,
        retention: &[],
        import_rows: &[],
        tick: None,
    };
