//! The local situational picture (DOMAIN.md §6): its sources (so far the hate-crime
//! statistics and the assessed anonymized forms), statistics aggregated in the database,
//! charts drawn on the server, small-cell suppression for every figure that leaves the
//! administration, and the picture itself: the coordinator's narrative per year, draft or
//! final, compiled with its figures into Word and PDF.

pub mod city;
pub mod counts;
pub mod demo;
pub mod document;
pub mod domain;
pub mod figures;
pub mod narrative;
pub mod pages;
pub mod picture_pages;
pub mod source_pages;
pub mod sources;
pub mod stats;

pub use picture_pages::plan_appendix;

varn_house::audit_records!(
    /// The records of this capability that the audit log names.
    pub enum Record {
        Picture = "situation_picture",
        HateCrime = "hate_crime",
        IaImport = "ia",
        GraffitiImport = "graffiti",
        ConcernReports = "concern_reports",
        PoliceMapping = "police_mapping",
        IaMapping = "ia_mapping",
        IaIncident = "ia_incident",
    }
);

/// Who may do what in this capability (role sets for rules and for filtering lists).
pub mod perm {
    #[allow(unused_imports)]
    use varn_house::auth::Role::{self, *};

    /// Add figures to an administration's picture.
    pub const EDIT: &[Role] = &[Coordinator];
    /// Read an administration's situational picture (suppressed outside it).
    pub const VIEW: &[Role] = &[Coordinator, CentralCoordinator, Reader];
}

/// This capability's routes, each with its access rule: its pages, then its API.
pub fn routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    api_routes(page_routes(t))
}

/// The pages' routes: the overview and an administration's figures, its sources, and its
/// picture of a year.
fn page_routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    picture_routes(source_routes(overview_routes(t)))
}

/// The overview pages, the city's and an administration's, with its hate crimes.
fn overview_routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    use varn_house::web::access::Rule::{Any, In};
    t.get("/lagesbild", Any(perm::VIEW), pages::index)
        .get("/lagesbild/stad", Any(perm::VIEW), pages::city_page)
        .get(
            "/lagesbild/forvaltningar/{admin}",
            In(perm::VIEW, varn_org::ADMINISTRATION),
            pages::administration,
        )
        .get(
            "/lagesbild/forvaltningar/{admin}/hatbrott.svg",
            In(perm::VIEW, varn_org::ADMINISTRATION),
            pages::hate_crime_svg,
        )
        .post(
            "/lagesbild/forvaltningar/{admin}/hatbrott",
            In(perm::EDIT, varn_org::ADMINISTRATION),
            pages::add_hate_crime,
        )
        .post_file(
            "/lagesbild/forvaltningar/{admin}/hatbrott/import",
            In(perm::EDIT, varn_org::ADMINISTRATION),
            pages::import_hate_crimes,
        )
}

/// An administration's sources: the IA imports and their triage, graffiti, concern
/// reports and the police's figures.
fn source_routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    use varn_house::web::access::Rule::In;
    t.get(
        "/lagesbild/forvaltningar/{admin}/kallor",
        In(perm::VIEW, varn_org::ADMINISTRATION),
        source_pages::page,
    )
    .post(
        "/lagesbild/forvaltningar/{admin}/kallor/ia-kolumner",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        source_pages::save_mapping,
    )
    .post_file(
        "/lagesbild/forvaltningar/{admin}/kallor/ia",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        source_pages::import_ia,
    )
    .get(
        "/lagesbild/forvaltningar/{admin}/kallor/import/{job}",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        source_pages::import_progress,
    )
    .get(
        "/lagesbild/forvaltningar/{admin}/kallor/ia/bedomning",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        source_pages::triage,
    )
    .post(
        "/lagesbild/forvaltningar/{admin}/kallor/ia/bedomning",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        source_pages::assess,
    )
    .post(
        "/lagesbild/forvaltningar/{admin}/kallor/klotter",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        source_pages::add_graffiti,
    )
    .post_file(
        "/lagesbild/forvaltningar/{admin}/kallor/klotter/import",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        source_pages::import_graffiti,
    )
    .post(
        "/lagesbild/forvaltningar/{admin}/kallor/orosanmalningar",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        source_pages::save_concern,
    )
    .post_file(
        "/lagesbild/forvaltningar/{admin}/kallor/orosanmalningar/import",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        source_pages::import_concern,
    )
    .post_text(
        "/lagesbild/forvaltningar/{admin}/kallor/polisen",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        source_pages::save_police,
    )
}

/// An administration's picture of a year: its charts, text, finalising and documents.
fn picture_routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    use varn_house::web::access::Rule::In;
    t.get(
        "/lagesbild/forvaltningar/{admin}/diagram/{file}",
        In(perm::VIEW, varn_org::ADMINISTRATION),
        picture_pages::chart,
    )
    .get(
        "/lagesbild/forvaltningar/{admin}/ar/{year}",
        In(perm::VIEW, varn_org::ADMINISTRATION),
        picture_pages::show,
    )
    .post_text(
        "/lagesbild/forvaltningar/{admin}/ar/{year}",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        picture_pages::save,
    )
    .post(
        "/lagesbild/forvaltningar/{admin}/ar/{year}/faststall",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        picture_pages::finalize,
    )
    .post(
        "/lagesbild/forvaltningar/{admin}/ar/{year}/ateroppna",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        picture_pages::reopen,
    )
    .get(
        "/lagesbild/forvaltningar/{admin}/ar/{year}/lagesbild.docx",
        In(perm::VIEW, varn_org::ADMINISTRATION),
        picture_pages::docx,
    )
    .get(
        "/lagesbild/forvaltningar/{admin}/ar/{year}/lagesbild.pdf",
        In(perm::VIEW, varn_org::ADMINISTRATION),
        picture_pages::pdf,
    )
    .get(
        "/lagesbild/forvaltningar/{admin}/ar/{year}/diagram/{file}",
        In(perm::VIEW, varn_org::ADMINISTRATION),
        picture_pages::year_chart,
    )
}

/// The API's routes.
fn api_routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    t.get(
        "/api/v1/administrations/{admin}/situation",
        In(perm::VIEW, varn_org::ADMINISTRATION),
        pages::api_picture,
    )
    .post_file(
        "/api/v1/administrations/{admin}/hate-crimes",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        pages::api_hate_crimes,
    )
    .get("/api/v1/situation/city", Any(perm::VIEW), pages::api_city)
    .get(
        "/api/v1/administrations/{admin}/situation/sources",
        In(perm::VIEW, varn_org::ADMINISTRATION),
        source_pages::api_view,
    )
    .put(
        "/api/v1/administrations/{admin}/situation/ia-mapping",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        source_pages::api_mapping,
    )
    .post_file(
        "/api/v1/administrations/{admin}/situation/ia",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        source_pages::api_ia,
    )
    .get(
        "/api/v1/administrations/{admin}/situation/ia/triage",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        source_pages::api_triage,
    )
    .post(
        "/api/v1/administrations/{admin}/situation/ia/assessments",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        source_pages::api_assess,
    )
    .post_file(
        "/api/v1/administrations/{admin}/situation/graffiti",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        source_pages::api_graffiti,
    )
    .post_file(
        "/api/v1/administrations/{admin}/situation/concern-reports",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        source_pages::api_concern,
    )
    .put_text(
        "/api/v1/administrations/{admin}/situation/police-mapping",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        source_pages::api_police,
    )
    .get(
        "/api/v1/administrations/{admin}/situation/pictures/{year}",
        In(perm::VIEW, varn_org::ADMINISTRATION),
        picture_pages::api_get,
    )
    .patch_text(
        "/api/v1/administrations/{admin}/situation/pictures/{year}",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        picture_pages::api_save,
    )
    .post(
        "/api/v1/administrations/{admin}/situation/pictures/{year}/finalize",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        picture_pages::api_finalize,
    )
    .post(
        "/api/v1/administrations/{admin}/situation/pictures/{year}/reopen",
        In(perm::EDIT, varn_org::ADMINISTRATION),
        picture_pages::api_reopen,
    )
    .get(
        "/api/v1/administrations/{admin}/situation/pictures/{year}/document.docx",
        In(perm::VIEW, varn_org::ADMINISTRATION),
        picture_pages::api_docx,
    )
    .get(
        "/api/v1/administrations/{admin}/situation/pictures/{year}/document.pdf",
        In(perm::VIEW, varn_org::ADMINISTRATION),
        picture_pages::api_pdf,
    )
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    pages::api_picture,
    pages::api_hate_crimes,
    pages::api_city,
    picture_pages::api_get,
    picture_pages::api_save,
    picture_pages::api_finalize,
    picture_pages::api_reopen,
    picture_pages::api_docx,
    picture_pages::api_pdf,
    source_pages::api_view,
    source_pages::api_mapping,
    source_pages::api_ia,
    source_pages::api_triage,
    source_pages::api_assess,
    source_pages::api_graffiti,
    source_pages::api_concern,
    source_pages::api_police
))]
pub struct Api;

/// The tables this capability owns; no other capability reads or writes them.
pub const TABLES: &[varn_house::web::capability::Table] = &[
    varn_house::web::capability::Table::own("hate_crime_counts"),
    varn_house::web::capability::Table::own("ia_mappings"),
    varn_house::web::capability::Table::own("ia_incidents"),
    varn_house::web::capability::Table::own("graffiti_reports"),
    varn_house::web::capability::Table::own("concern_reports"),
    varn_house::web::capability::Table::own("police_mappings"),
    varn_house::web::capability::Table::own("situation_pictures"),
    varn_house::web::capability::Table::own("situation_picture_sections"),
    varn_house::web::capability::Table::own("situation_picture_events"),
    varn_house::web::capability::Table::own("ia_counts"),
    varn_house::web::capability::Table::own("ia_counts_by"),
    varn_house::web::capability::Table::own("ia_import_years"),
];

/// What this capability gives the app.
pub const CAPABILITY: varn_house::web::capability::Capability =
    varn_house::web::capability::Capability {
        name: "situation",
        tables: TABLES,
        routes,
        api: Some(<Api as utoipa::OpenApi>::openapi),
        records: <Record as varn_house::audit::RecordKind>::codes,
        nav: &[varn_house::web::capability::NavItem {
            href: "/lagesbild",
            label: "nav.situation",
            roles: Some(perm::VIEW),
            order: 50,
        }],
        demo: Some(load_demo),
        work: None,
        measures: None,
        plan_of_year: None,
        picture: None,
        city: Some(city::city),
        retention: &[counts::PURGE],
        import_rows: &["ia_incidents", "graffiti_reports"],
        tick: None,
    };

/// This capability's part of the demo, in one write transaction.
fn load_demo(
    db: &varn_house::db::Db,
) -> std::pin::Pin<
    Box<
        dyn std::future::Future<Output = anyhow::Result<varn_house::web::capability::DemoReport>>
            + Send
            + '_,
    >,
> {
    Box::pin(async move {
        let mut tx = db.begin_write().await?;
        let created = demo::load(&mut tx).await?;
        tx.commit().await?;
        Ok(varn_house::web::capability::DemoReport {
            created,
            updated: 0,
        })
    })
}
