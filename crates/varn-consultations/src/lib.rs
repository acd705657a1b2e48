//! De-identified case consultations and the 24-hour first-contact routine (DOMAIN.md §11).
//!
//! - Consultations: the social services' coordinator (the administration whose code the
//!   configuration's `social_services` names), or the asking administration's own, records
//!   the advice given in an individual case without any identity: the asking and
//!   the advising administration, the date, an optional age band and gender, the
//!   environment, the kind of concern, the advice and outcome (past the PII guard), the
//!   referrals, consent and a follow-up date. Each side reads its own; the central
//!   coordinator and readers see only counts per administration, kind and referral,
//!   suppressed.
//! - The 24-hour routine: a request from someone who wants to leave is registered with its
//!   time, channel and a reference of its own; the clock runs on the wall clock, the
//!   coordinators see the time left on their start page, `clock` warns at the hours the
//!   configuration sets (`first_contact_warning_hours`, 16 and 22 by default) and at the
//!   deadline (each once, across processes), and the first contact stops it.
//!   `report` gives the year per administration: requests, within 24 hours, median and
//!   longest; `export` writes it as CSV, XLSX, Word and PDF, and the city's suppressed
//!   consultation figures as CSV and XLSX.
//!
//! It must never store or mail an identity, nor free text the guard has not seen.

pub mod api;
pub mod clock;
pub mod demo;
pub mod domain;
pub mod export;
pub mod pages;
pub mod report;
pub mod retention;
pub mod service;
pub mod store;

varn_house::audit_records!(
    /// The records of this capability that the audit log names.
    pub enum Record {
        Consultation = "consultation",
        Request = "first_contact_request",
    }
);

/// `{request}` in a path: a 24-hour request, and the administration whose it is.
pub const REQUEST: varn_house::web::access::Target = varn_house::web::access::Target {
    param: "request",
    administration: "SELECT administration_id FROM first_contact_requests WHERE id = $1",
};

/// Who may do what in this capability (role sets for rules and for filtering lists).
pub mod perm {
    #[allow(unused_imports)]
    use varn_house::auth::Role::{self, *};

    /// Read the consultations of one's side and the requests of one's administration.
    pub const VIEW: &[Role] = &[Coordinator];
    /// Record consultations, requests and first contacts.
    pub const EDIT: &[Role] = &[Coordinator];
    /// The yearly 24-hour report (one's own administrations; everything for the central
    /// coordinator and readers of the whole city).
    pub const REPORT: &[Role] = &[Coordinator, CentralCoordinator, Reader];
    /// The city's consultation figures, suppressed.
    pub const CITY: &[Role] = &[CentralCoordinator, Reader];
    /// The capability's start page.
    pub const INDEX: &[Role] = &[Coordinator, CentralCoordinator, Reader];
}

/// This capability's routes, each with its access rule.
pub fn routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    t.get("/konsultationer", Any(perm::INDEX), pages::index)
        .post("/konsultationer", Any(perm::EDIT), pages::create)
        .get("/konsultationer/stad", Any(perm::CITY), pages::city)
        .get("/konsultationer/stad.csv", Any(perm::CITY), pages::city_csv)
        .get(
            "/konsultationer/stad.xlsx",
            Any(perm::CITY),
            pages::city_xlsx,
        )
        .get(
            "/konsultationer/24h/rapport.csv",
            Any(perm::REPORT),
            pages::report_csv,
        )
        .get(
            "/konsultationer/24h/rapport.xlsx",
            Any(perm::REPORT),
            pages::report_xlsx,
        )
        .get(
            "/konsultationer/24h/rapport.docx",
            Any(perm::REPORT),
            pages::report_docx,
        )
        .get(
            "/konsultationer/24h/rapport.pdf",
            Any(perm::REPORT),
            pages::report_pdf,
        )
        .get(
            "/konsultationer/24h/rapport",
            Any(perm::REPORT),
            pages::report,
        )
        .post(
            "/konsultationer/24h",
            Any(perm::EDIT),
            pages::create_request,
        )
        .get(
            "/konsultationer/24h/{request}",
            In(perm::VIEW, REQUEST),
            pages::request,
        )
        .post(
            "/konsultationer/24h/{request}/kontakt",
            In(perm::EDIT, REQUEST),
            pages::contact,
        )
        .get(
            "/konsultationer/{consultation}",
            Any(perm::VIEW),
            pages::consultation,
        )
        .get("/api/v1/consultations", Any(perm::VIEW), api::consultations)
        .post("/api/v1/consultations", Any(perm::EDIT), api::create)
        .get("/api/v1/consultations/city", Any(perm::CITY), api::city)
        .get(
            "/api/v1/consultations/city/file",
            Any(perm::CITY),
            api::city_file,
        )
        .get(
            "/api/v1/consultations/{consultation}",
            Any(perm::VIEW),
            api::consultation,
        )
        .get(
            "/api/v1/first-contact-requests",
            Any(perm::VIEW),
            api::requests,
        )
        .post(
            "/api/v1/first-contact-requests",
            Any(perm::EDIT),
            api::create_request,
        )
        .get(
            "/api/v1/first-contact-requests/report",
            Any(perm::REPORT),
            api::report,
        )
        .get(
            "/api/v1/first-contact-requests/report/file",
            Any(perm::REPORT),
            api::report_file,
        )
        .get(
            "/api/v1/first-contact-requests/{request}",
            In(perm::VIEW, REQUEST),
            api::request,
        )
        .post(
            "/api/v1/first-contact-requests/{request}/contact",
            In(perm::EDIT, REQUEST),
            api::contact,
        )
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    api::consultations,
    api::create,
    api::city,
    api::city_file,
    api::consultation,
    api::requests,
    api::create_request,
    api::report,
    api::report_file,
    api::request,
    api::contact
))]
pub struct Api;

/// The tables this capability owns; no other capability reads or writes them.
pub const TABLES: &[varn_house::web::capability::Table] = &[
    varn_house::web::capability::Table::own("consultations"),
    varn_house::web::capability::Table::own("first_contact_requests"),
    varn_house::web::capability::Table::own("first_contact_warnings"),
    varn_house::web::capability::Table::own("consultation_counts"),
    varn_house::web::capability::Table::own("first_contact_day_counts"),
    varn_house::web::capability::Table::own("first_contact_frozen_years"),
    varn_house::web::capability::Table::own("first_contact_year_counts"),
];

/// What this capability gives the app.
pub const CAPABILITY: varn_house::web::capability::Capability =
    varn_house::web::capability::Capability {
        name: "consultations",
        tables: TABLES,
        routes,
        api: Some(<Api as utoipa::OpenApi>::openapi),
        records: <Record as varn_house::audit::RecordKind>::codes,
        nav: &[varn_house::web::capability::NavItem {
            href: "/konsultationer",
            label: "nav.consultations",
            roles: Some(perm::INDEX),
            order: 75,
        }],
        demo: Some(|db| Box::pin(demo::load(db))),
        work: Some(report::work),
        measures: Some(varn_house::web::capability::Measures {
            list: report::measures,
            value: report::measure_value,
        }),
        plan_of_year: None,
        picture: None,
        city: Some(report::city_part),
        retention: &[retention::PURGE],
        import_rows: &[],
        tick: Some(varn_house::web::capability::Tick {
            every: std::time::Duration::from_secs(300),
            run: clock::tick,
        }),
    };
