//! People, their roles and scopes (DOMAIN.md §2): managed by administrators in pages and the
//! API, imported from CSV and XLSX, and added from the command line.

use varn_house::kernel::ids::UserId;
pub mod api;
pub mod demo;
pub mod import;
pub mod pages;
pub mod service;
pub mod store;

// What other capabilities may read of this one.
pub use store::{
    add_grant, administrators_reading_forms, check_grant, count, create, credentials, get, grants,
    holders, id_by_email, list_page, names, normalise_email, set_password, GrantView, Holder,
    Names, NewGrant,
};

varn_house::audit_records!(
    /// The records of this capability that the audit log names.
    pub enum Record {
        User = "user",
        RoleGrant = "role_grant",
    }
);

/// Who may do what in this capability (role sets for rules and for filtering lists).
pub mod perm {
    #[allow(unused_imports)]
    use varn_house::auth::Role::{self, *};

    /// Manage people, roles and tokens.
    pub const MANAGE: &[Role] = &[Administrator];
}

/// This capability's routes, each with its access rule.
pub fn routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    t.get("/api/v1/me", SignedIn, api::me)
        .get("/personer", Any(perm::MANAGE), pages::index)
        .post("/personer", Any(perm::MANAGE), pages::create)
        .post_file("/personer/import", Any(perm::MANAGE), pages::import)
        .get(
            "/personer/import/exempel.csv",
            Any(perm::MANAGE),
            pages::import_example,
        )
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
    api::me,
    api::list,
    api::create,
    api::import,
    api::get,
    api::update,
    api::add_grant,
    api::remove_grant
))]
pub struct Api;

/// The tables this capability owns: accounts and their grants, shared. Who a person is
/// and which roles they hold where is read by the house (sign-in) and by the capabilities
/// that address or name people.
pub const TABLES: &[varn_house::web::capability::Table] = &[
    varn_house::web::capability::Table::shared("users"),
    varn_house::web::capability::Table::shared("role_grants"),
];

/// What this capability gives the app.
pub const CAPABILITY: varn_house::web::capability::Capability =
    varn_house::web::capability::Capability {
        name: "people",
        tables: TABLES,
        routes,
        api: Some(<Api as utoipa::OpenApi>::openapi),
        records: <Record as varn_house::audit::RecordKind>::codes,
        nav: &[varn_house::web::capability::NavItem {
            href: "/personer",
            label: "nav.people",
            roles: Some(perm::MANAGE),
            order: 90,
        }],
        demo: Some(|db| Box::pin(demo::load(db))),
        work: None,
        measures: None,
        plan_of_year: None,
        picture: None,
        city: None,
        retention: &[],
        import_rows: &[],
        tick: None,
    };

/// Värn's own accounts, as the access layer finds them.
#[derive(Debug, Clone, Copy)]
pub struct People;

impl varn_house::auth::identity::Identity for People {
    fn credentials<'a>(
        &'a self,
        db: &'a varn_house::db::Db,
        email: &'a str,
    ) -> varn_house::auth::identity::Pending<'a, Option<(UserId, Option<String>)>> {
        Box::pin(async move { Ok(store::credentials(db, email).await?) })
    }

    fn grants<'a>(
        &'a self,
        db: &'a varn_house::db::Db,
        user_id: UserId,
    ) -> varn_house::auth::identity::Pending<'a, Vec<varn_house::auth::principal::Grant>> {
        Box::pin(store::grants(db, user_id))
    }
}
