//! The organisation (DOMAIN.md §3): administrations, departments, units and the
//! coordinators' contact cards; edited in pages and the API, imported from CSV and XLSX.

pub mod api;
pub mod demo;
pub mod domain;
pub mod import;
pub mod pages;
pub mod service;
pub mod store;

/// Passes on the result of a change to the organisation, first giving the PII guard the
/// organisation's names as they now are (a failure to do so is logged: the guard then
/// still knows the names it had).
pub async fn changed<T>(
    state: &varn_house::web::AppState,
    result: varn_house::kernel::error::Result<T>,
) -> varn_house::kernel::error::Result<T> {
    if result.is_ok() {
        teach_the_guard(state).await;
    }
    result
}

/// Gives the PII guard the organisation's names as they are in the database (a failure is
/// logged: the guard then still knows the names it had).
pub async fn teach_the_guard(state: &varn_house::web::AppState) {
    match store::place_names(&state.db).await {
        Ok(names) => state.pii.learn(names),
        Err(err) => {
            tracing::warn!(error = %format!("{err:#}"), "the PII guard could not learn the organisation's names")
        }
    }
}

// What other capabilities may read of this one.
pub use store::{
    administration_by_code, administration_exists, administration_id_by_code,
    create_administration, create_contact, create_department, create_unit, end_unit,
    get_administration, get_unit, link_manager, list_administrations, list_all_units,
    list_contacts, list_units, municipality_name, place_names, rename_department,
    set_municipality_name, unit_administration, unit_id_by_code, update_administration,
    update_unit, Administration, ContactCard, Unit,
};

varn_house::audit_records!(
    /// The records of this capability that the audit log names.
    pub enum Record {
        Administration = "administration",
        Department = "department",
        Unit = "unit",
        ContactCard = "contact_card",
        Organisation = "organisation",
    }
);

/// `{contact}` in a path: a contact card id, and the administration it belongs to.
pub const CONTACT: varn_house::web::access::Target = varn_house::web::access::Target {
    param: "contact",
    administration: "SELECT administration_id FROM contact_cards WHERE id = $1",
};

/// `{unit}` in a path: a unit id, and the administration it belongs to.
pub const UNIT: varn_house::web::access::Target = varn_house::web::access::Target {
    param: "unit",
    administration: "SELECT d.administration_id FROM units u JOIN departments d ON d.id = u.department_id WHERE u.id = $1",
};

/// `{department}` in a path: a department id, and the administration it belongs to.
pub const DEPARTMENT: varn_house::web::access::Target = varn_house::web::access::Target {
    param: "department",
    administration: "SELECT administration_id FROM departments WHERE id = $1",
};

/// `{admin}` in a path: an administration id, and the administration it belongs to.
pub const ADMINISTRATION: varn_house::web::access::Target = varn_house::web::access::Target {
    param: "admin",
    administration: "SELECT id FROM administrations WHERE id = $1",
};

/// Who may do what in this capability (role sets for rules and for filtering lists).
pub mod perm {
    #[allow(unused_imports)]
    use varn_house::auth::Role::{self, *};

    /// Change an administration's coordinator contact cards.
    pub const CONTACT_EDIT: &[Role] = &[Coordinator, CentralCoordinator, Administrator];
    /// Change the organisation.
    pub const EDIT: &[Role] = &[CentralCoordinator, Administrator];
    /// Read the organisation (administrations, departments, units).
    pub const VIEW: &[Role] = &[
        Manager,
        Coordinator,
        CentralCoordinator,
        Reader,
        Administrator,
    ];
}

/// This capability's routes, each with its access rule: its pages, then its API.
pub fn routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    api_routes(page_routes(t))
}

/// The pages' routes.
fn page_routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    t.get("/organisation", Any(perm::VIEW), pages::index)
        .post(
            "/organisation",
            Any(perm::EDIT),
            pages::create_administration,
        )
        .get("/organisation/import", Any(perm::EDIT), pages::import_form)
        .post_file("/organisation/import", Any(perm::EDIT), pages::import)
        .get(
            "/organisation/import/exempel.csv",
            Any(perm::EDIT),
            pages::import_example,
        )
        .get(
            "/organisation/enheter.csv",
            Any(perm::VIEW),
            pages::units_csv,
        )
        .get(
            "/organisation/forvaltningar/{admin}",
            In(perm::VIEW, ADMINISTRATION),
            pages::administration,
        )
        .post(
            "/organisation/forvaltningar/{admin}",
            In(perm::EDIT, ADMINISTRATION),
            pages::update_administration,
        )
        .post(
            "/organisation/forvaltningar/{admin}/avdelningar",
            In(perm::EDIT, ADMINISTRATION),
            pages::create_department,
        )
        .post(
            "/organisation/forvaltningar/{admin}/enheter",
            In(perm::EDIT, ADMINISTRATION),
            pages::create_unit,
        )
        .post(
            "/organisation/forvaltningar/{admin}/kontakter",
            In(crate::perm::CONTACT_EDIT, ADMINISTRATION),
            pages::create_contact,
        )
        .post(
            "/organisation/avdelningar/{department}",
            In(perm::EDIT, DEPARTMENT),
            pages::update_department,
        )
        .get(
            "/organisation/enheter/{unit}",
            In(perm::VIEW, UNIT),
            pages::unit,
        )
        .post(
            "/organisation/enheter/{unit}",
            In(perm::EDIT, UNIT),
            pages::update_unit,
        )
        .post(
            "/organisation/enheter/{unit}/avsluta",
            In(perm::EDIT, UNIT),
            pages::end_unit,
        )
        .post(
            "/organisation/kontakter/{contact}/ta-bort",
            In(crate::perm::CONTACT_EDIT, CONTACT),
            pages::delete_contact,
        )
}

/// The API's routes.
fn api_routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    t.get(
        "/api/v1/administrations",
        Any(perm::VIEW),
        api::list_administrations,
    )
    .post(
        "/api/v1/administrations",
        Any(perm::EDIT),
        api::create_administration,
    )
    .get(
        "/api/v1/administrations/{admin}",
        In(perm::VIEW, ADMINISTRATION),
        api::get_administration,
    )
    .patch(
        "/api/v1/administrations/{admin}",
        In(perm::EDIT, ADMINISTRATION),
        api::update_administration,
    )
    .get(
        "/api/v1/administrations/{admin}/departments",
        In(perm::VIEW, ADMINISTRATION),
        api::list_departments,
    )
    .post(
        "/api/v1/administrations/{admin}/departments",
        In(perm::EDIT, ADMINISTRATION),
        api::create_department,
    )
    .patch(
        "/api/v1/departments/{department}",
        In(perm::EDIT, DEPARTMENT),
        api::update_department,
    )
    .get(
        "/api/v1/administrations/{admin}/units",
        In(perm::VIEW, ADMINISTRATION),
        api::list_units,
    )
    .post(
        "/api/v1/administrations/{admin}/units",
        In(perm::EDIT, ADMINISTRATION),
        api::create_unit,
    )
    .get("/api/v1/units/{unit}", In(perm::VIEW, UNIT), api::get_unit)
    .patch(
        "/api/v1/units/{unit}",
        In(perm::EDIT, UNIT),
        api::update_unit,
    )
    .post(
        "/api/v1/units/{unit}/end",
        In(perm::EDIT, UNIT),
        api::end_unit,
    )
    .get(
        "/api/v1/administrations/{admin}/contacts",
        In(perm::VIEW, ADMINISTRATION),
        api::list_contacts,
    )
    .post(
        "/api/v1/administrations/{admin}/contacts",
        In(crate::perm::CONTACT_EDIT, ADMINISTRATION),
        api::create_contact,
    )
    .delete(
        "/api/v1/contacts/{contact}",
        In(crate::perm::CONTACT_EDIT, CONTACT),
        api::delete_contact,
    )
    .get("/api/v1/contacts", SignedIn, api::all_contacts)
    .post_file("/api/v1/organisation/import", Any(perm::EDIT), api::import)
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    api::list_administrations,
    api::create_administration,
    api::get_administration,
    api::update_administration,
    api::list_departments,
    api::create_department,
    api::update_department,
    api::list_units,
    api::create_unit,
    api::get_unit,
    api::update_unit,
    api::end_unit,
    api::list_contacts,
    api::all_contacts,
    api::create_contact,
    api::delete_contact,
    api::import
))]
pub struct Api;

/// The tables this capability owns: the organisation's register. Administrations,
/// departments and units are the reference data every capability names, and shared.
pub const TABLES: &[varn_house::web::capability::Table] = &[
    varn_house::web::capability::Table::own("municipality"),
    varn_house::web::capability::Table::shared("administrations"),
    varn_house::web::capability::Table::shared("departments"),
    varn_house::web::capability::Table::shared("units"),
    varn_house::web::capability::Table::own("contact_cards"),
];

/// What this capability gives the app.
pub const CAPABILITY: varn_house::web::capability::Capability =
    varn_house::web::capability::Capability {
        name: "org",
        tables: TABLES,
        routes,
        api: Some(<Api as utoipa::OpenApi>::openapi),
        records: <Record as varn_house::audit::RecordKind>::codes,
        nav: &[varn_house::web::capability::NavItem {
            href: "/organisation",
            label: "nav.organisation",
            roles: Some(perm::VIEW),
            order: 20,
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
