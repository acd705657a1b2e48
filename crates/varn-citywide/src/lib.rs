//! The city-wide follow-up (DOMAIN.md §15, §12): the central coordinator's desk, where every
//! administration stands in each capability that follows it (its plan, its follow-up, its
//! situational picture …) with a traffic light and a link, what waits for the executive
//! board, and the city's figures suppressed with their secondary cells.
//!
//! Must never: read another capability's storage (each gives its part through
//! `web::capability::City`), or show a count from an administration unsuppressed.

pub mod api;
pub mod desk;
pub mod document;
pub mod pages;

/// Who may do what in this capability.
pub mod perm {
    #[allow(unused_imports)]
    use varn_house::auth::Role::{self, *};

    /// Read the desk (in scope: a reader with a few administrations sees those).
    pub const VIEW: &[Role] = &[CentralCoordinator, Reader];
}

/// This capability's routes, each with its access rule.
pub fn routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    use varn_house::web::access::Rule::Any;
    t.get("/stad", Any(perm::VIEW), pages::desk)
        .get("/stad/uppfoljning.docx", Any(perm::VIEW), pages::docx)
        .get("/stad/uppfoljning.pdf", Any(perm::VIEW), pages::pdf)
        .get("/stad/uppfoljning.csv", Any(perm::VIEW), pages::csv)
        .get("/stad/uppfoljning.xlsx", Any(perm::VIEW), pages::xlsx)
        .get("/api/v1/city/desk", Any(perm::VIEW), api::desk)
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(api::desk))]
pub struct Api;

fn work<'a>(
    state: &'a varn_house::web::AppState,
    p: &'a varn_house::auth::Principal,
) -> varn_house::web::capability::WorkFuture<'a> {
    Box::pin(desk::work(state, p))
}

pub const CAPABILITY: varn_house::web::capability::Capability =
    varn_house::web::capability::Capability {
        name: "citywide",
        tables: &[],
        routes,
        api: Some(<Api as utoipa::OpenApi>::openapi),
        records: varn_house::web::capability::no_records,
        nav: &[varn_house::web::capability::NavItem {
            href: "/stad",
            label: "nav.citywide",
            roles: Some(perm::VIEW),
            order: 15,
        }],
        demo: None,
        work: Some(work),
        measures: None,
        plan_of_year: None,
        picture: None,
        city: None,
        retention: &[],
        import_rows: &[],
        tick: None,
    };
