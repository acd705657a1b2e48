//! The elevated risk picture (förhöjd riskbild, DOMAIN.md §11): the central coordinator
//! declares it for an area (one or more administrations) or for the whole city, with the
//! reason and the date; the coordinators of the administrations concerned are e-mailed
//! (`notify`, also the tick that retries what failed) and see it on their start page until
//! it is lifted; each administration concerned records the measures it takes (those the
//! city's guidelines name for the education and social services boards offered first) and
//! may change or remove them while the state is in force (`measures`); the
//! central coordinator follows every administration's measures on one page, with who has
//! reported nothing yet, until the state is lifted with its own date and reason; the city's
//! desk shows it per administration; every measure is a CSV for the follow-up; the whole
//! episode becomes a Word and a PDF document.
//!
//! It must never store or mail a person's identity, nor free text the guard has not seen,
//! and another administration's coordinator learns nothing of an episode not concerning it.

pub mod api;
pub mod demo;
pub mod desk;
pub mod document;
pub mod domain;
pub mod measure_pages;
pub mod measures;
pub mod notify;
pub mod pages;
pub mod service;
pub mod store;

varn_house::audit_records!(
    /// The records of this capability that the audit log names.
    pub enum Record {
        Episode = "risk_episode",
        Measure = "risk_measure",
    }
);

/// Who may do what in this capability (role sets for rules and for filtering lists).
pub mod perm {
    #[allow(unused_imports)]
    use varn_house::auth::Role::{self, *};

    /// Read the episodes concerning an administration in one's scope (all of them for the
    /// central coordinator and readers of the whole city).
    pub const VIEW: &[Role] = &[Coordinator, CentralCoordinator, Reader];
    /// Declare and lift.
    pub const DECLARE: &[Role] = &[CentralCoordinator];
    /// Report the measures of an administration concerned.
    pub const MEASURE: &[Role] = &[Coordinator];
}

/// This capability's routes, each with its access rule. An episode may concern several
/// administrations, so the services decide who reads it: anyone outside answers as for a
/// missing one.
pub fn routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    t.get("/riskbild", Any(perm::VIEW), pages::index)
        .post("/riskbild", Any(perm::DECLARE), pages::declare)
        .get("/riskbild/{episode}", Any(perm::VIEW), pages::episode)
        .post(
            "/riskbild/{episode}/atgarder",
            Any(perm::MEASURE),
            pages::measure,
        )
        .get(
            "/riskbild/{episode}/atgarder.csv",
            Any(perm::VIEW),
            measure_pages::csv,
        )
        .get(
            "/riskbild/{episode}/atgarder/{measure}",
            Any(perm::MEASURE),
            measure_pages::edit_page,
        )
        .post(
            "/riskbild/{episode}/atgarder/{measure}",
            Any(perm::MEASURE),
            measure_pages::edit,
        )
        .post(
            "/riskbild/{episode}/atgarder/{measure}/ta-bort",
            Any(perm::MEASURE),
            measure_pages::remove,
        )
        .post("/riskbild/{episode}/hav", Any(perm::DECLARE), pages::lift)
        .get(
            "/riskbild/{episode}/riskbild.docx",
            Any(perm::VIEW),
            pages::docx,
        )
        .get(
            "/riskbild/{episode}/riskbild.pdf",
            Any(perm::VIEW),
            pages::pdf,
        )
        .get("/api/v1/risk-pictures", Any(perm::VIEW), api::list)
        .post("/api/v1/risk-pictures", Any(perm::DECLARE), api::declare)
        .get(
            "/api/v1/risk-pictures/{episode}",
            Any(perm::VIEW),
            api::episode,
        )
        .post(
            "/api/v1/risk-pictures/{episode}/measures",
            Any(perm::MEASURE),
            api::measure,
        )
        .get(
            "/api/v1/risk-pictures/{episode}/measures.csv",
            Any(perm::VIEW),
            api::measures_csv,
        )
        .put(
            "/api/v1/risk-pictures/{episode}/measures/{measure}",
            Any(perm::MEASURE),
            api::edit_measure,
        )
        .delete(
            "/api/v1/risk-pictures/{episode}/measures/{measure}",
            Any(perm::MEASURE),
            api::remove_measure,
        )
        .post(
            "/api/v1/risk-pictures/{episode}/lift",
            Any(perm::DECLARE),
            api::lift,
        )
        .get(
            "/api/v1/risk-pictures/{episode}/document.docx",
            Any(perm::VIEW),
            api::docx,
        )
        .get(
            "/api/v1/risk-pictures/{episode}/document.pdf",
            Any(perm::VIEW),
            api::pdf,
        )
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    api::list,
    api::declare,
    api::episode,
    api::measure,
    api::edit_measure,
    api::remove_measure,
    api::measures_csv,
    api::lift,
    api::docx,
    api::pdf
))]
pub struct Api;

/// The tables this capability owns; no other capability reads or writes them.
pub const TABLES: &[varn_house::web::capability::Table] = &[
    varn_house::web::capability::Table::own("risk_episodes"),
    varn_house::web::capability::Table::own("risk_episode_administrations"),
    varn_house::web::capability::Table::own("risk_measures"),
    varn_house::web::capability::Table::own("risk_notices"),
];

/// What this capability gives the app.
pub const CAPABILITY: varn_house::web::capability::Capability =
    varn_house::web::capability::Capability {
        name: "riskpicture",
        tables: TABLES,
        routes,
        api: Some(<Api as utoipa::OpenApi>::openapi),
        records: <Record as varn_house::audit::RecordKind>::codes,
        nav: &[varn_house::web::capability::NavItem {
            href: "/riskbild",
            label: "nav.riskpicture",
            roles: Some(perm::VIEW),
            order: 76,
        }],
        demo: Some(|db| Box::pin(demo::load(db))),
        work: Some(desk::work),
        measures: None,
        plan_of_year: None,
        picture: None,
        city: Some(desk::city_part),
        retention: &[],
        import_rows: &[],
        tick: Some(varn_house::web::capability::Tick {
            every: std::time::Duration::from_secs(300),
            run: notify::tick,
        }),
    };
