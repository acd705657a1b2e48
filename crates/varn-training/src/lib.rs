//! Training and competence (DOMAIN.md §8): courses (the city's, set by the central
//! coordinator, and each administration's own), completions imported from the learning
//! platform's export through a column mapping kept per administration, completions marked
//! by hand with a reason, events with their attendance, and the figures per unit,
//! department and administration at any date, against each unit's headcount.
//!
//! A person is known only by a keyed hash of the platform's key (employee number or
//! e-mail); this module must never keep, show, log or echo the key itself.

pub mod api;
pub mod counts;
pub mod demo;
pub mod desk;
pub mod domain;
pub mod feeds;
pub mod import;
pub mod pages;
pub mod service;
pub mod store;
pub mod tally;
pub mod tally_store;

// What other capabilities may call: a plan's training indicator at a follow-up date, and the
// training figures as a source of the situational picture.
pub use feeds::{
    indicator, picture_source, TrainingIndicator, TrainingMeasure, TrainingPictureYear,
};

varn_house::audit_records!(
    /// The records of this capability that the audit log names.
    pub enum Record {
        Course = "training_course",
        Import = "training_import",
        Mapping = "training_mapping",
        ManualMark = "training_mark",
        Event = "training_event",
    }
);

/// Who may do what in this capability (role sets for rules and for filtering lists).
pub mod perm {
    #[allow(unused_imports)]
    use varn_house::auth::Role::{self, *};

    /// Read the figures (a manager their own units, others as their scope reaches).
    pub const VIEW: &[Role] = &[Manager, Coordinator, CentralCoordinator, Reader];
    /// Import, mark by hand, record events and add the administration's own courses.
    pub const EDIT: &[Role] = &[Coordinator];
    /// Add the city's courses.
    pub const CITY: &[Role] = &[CentralCoordinator];
    /// Read the exact figures a plan's indicator or the picture takes (the administration's
    /// own people: its coordinators and managers).
    pub const FEED: &[Role] = &[Manager, Coordinator];
    /// Read the whole city's figures (suppressed).
    pub const CITY_VIEW: &[Role] = &[CentralCoordinator, Reader];
}

/// This capability's routes, each with its access rule: its pages, then its API.
pub fn routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    api_routes(page_routes(t))
}

/// The pages' routes.
fn page_routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    use varn_org::ADMINISTRATION;
    t.get("/utbildning", Any(perm::VIEW), pages::index)
        .post(
            "/utbildning/kurser",
            Any(perm::CITY),
            pages::create_city_course,
        )
        .get("/utbildning/stad", Any(perm::CITY_VIEW), pages::city)
        .get(
            "/utbildning/forvaltningar/{admin}",
            In(perm::VIEW, ADMINISTRATION),
            pages::administration,
        )
        .get(
            "/utbildning/forvaltningar/{admin}/siffror.csv",
            In(perm::VIEW, ADMINISTRATION),
            pages::figures_csv,
        )
        .get(
            "/utbildning/forvaltningar/{admin}/siffror.xlsx",
            In(perm::VIEW, ADMINISTRATION),
            pages::figures_xlsx,
        )
        .get(
            "/utbildning/forvaltningar/{admin}/hantera",
            In(perm::EDIT, ADMINISTRATION),
            pages::manage,
        )
        .post(
            "/utbildning/forvaltningar/{admin}/kurser",
            In(perm::EDIT, ADMINISTRATION),
            pages::create_course,
        )
        .post(
            "/utbildning/forvaltningar/{admin}/kolumner",
            In(perm::EDIT, ADMINISTRATION),
            pages::save_mapping,
        )
        .post_file(
            "/utbildning/forvaltningar/{admin}/import",
            In(perm::EDIT, ADMINISTRATION),
            pages::import,
        )
        .post(
            "/utbildning/forvaltningar/{admin}/markera",
            In(perm::EDIT, ADMINISTRATION),
            pages::mark,
        )
        .post(
            "/utbildning/forvaltningar/{admin}/tillfallen",
            In(perm::EDIT, ADMINISTRATION),
            pages::create_event,
        )
}

/// The API's routes.
fn api_routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    use varn_org::ADMINISTRATION;
    t.get(
        "/api/v1/training/courses",
        Any(perm::VIEW),
        api::city_courses,
    )
    .post(
        "/api/v1/training/courses",
        Any(perm::CITY),
        api::create_city_course,
    )
    .get("/api/v1/training/city", Any(perm::CITY_VIEW), api::city)
    .get(
        "/api/v1/administrations/{admin}/training/courses",
        In(perm::VIEW, ADMINISTRATION),
        api::courses,
    )
    .post(
        "/api/v1/administrations/{admin}/training/courses",
        In(perm::EDIT, ADMINISTRATION),
        api::create_course,
    )
    .get(
        "/api/v1/administrations/{admin}/training/mapping",
        In(perm::EDIT, ADMINISTRATION),
        api::mapping,
    )
    .put(
        "/api/v1/administrations/{admin}/training/mapping",
        In(perm::EDIT, ADMINISTRATION),
        api::save_mapping,
    )
    .post_file(
        "/api/v1/administrations/{admin}/training/import",
        In(perm::EDIT, ADMINISTRATION),
        api::import,
    )
    .get(
        "/api/v1/administrations/{admin}/training/imports",
        In(perm::EDIT, ADMINISTRATION),
        api::imports,
    )
    .post(
        "/api/v1/administrations/{admin}/training/marks",
        In(perm::EDIT, ADMINISTRATION),
        api::mark,
    )
    .get(
        "/api/v1/administrations/{admin}/training/figures",
        In(perm::VIEW, ADMINISTRATION),
        api::figures,
    )
    .get(
        "/api/v1/administrations/{admin}/training/events",
        In(perm::VIEW, ADMINISTRATION),
        api::events,
    )
    .post(
        "/api/v1/administrations/{admin}/training/events",
        In(perm::EDIT, ADMINISTRATION),
        api::create_event,
    )
    .get(
        "/api/v1/administrations/{admin}/training/indicator",
        In(perm::FEED, ADMINISTRATION),
        api::indicator,
    )
    .get(
        "/api/v1/administrations/{admin}/training/picture",
        In(perm::FEED, ADMINISTRATION),
        api::picture,
    )
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    api::city_courses,
    api::create_city_course,
    api::city,
    api::courses,
    api::create_course,
    api::mapping,
    api::save_mapping,
    api::import,
    api::imports,
    api::mark,
    api::figures,
    api::events,
    api::create_event,
    api::indicator,
    api::picture
))]
pub struct Api;

/// The tables this capability owns; no other capability reads or writes them.
pub const TABLES: &[varn_house::web::capability::Table] = &[
    varn_house::web::capability::Table::own("training_courses"),
    varn_house::web::capability::Table::own("training_mappings"),
    varn_house::web::capability::Table::own("training_keys"),
    varn_house::web::capability::Table::own("training_completions"),
    varn_house::web::capability::Table::own("training_events"),
    varn_house::web::capability::Table::own("training_tallies"),
];

/// What this capability gives the app.
pub const CAPABILITY: varn_house::web::capability::Capability =
    varn_house::web::capability::Capability {
        name: "training",
        tables: TABLES,
        routes,
        api: Some(<Api as utoipa::OpenApi>::openapi),
        records: <Record as varn_house::audit::RecordKind>::codes,
        nav: &[varn_house::web::capability::NavItem {
            href: "/utbildning",
            label: "nav.training",
            roles: Some(perm::VIEW),
            order: 45,
        }],
        demo: Some(|db| Box::pin(demo::load(db))),
        work: None,
        measures: Some(varn_house::web::capability::Measures {
            list: feeds::measures,
            value: feeds::measure_value,
        }),
        plan_of_year: None,
        picture: Some(feeds::picture),
        city: Some(desk::city),
        retention: &[tally_store::PURGE],
        import_rows: &["training_completions"],
        tick: None,
    };
