//! Association grants and premises (DOMAIN.md §9): the register of associations (one row
//! per organisation number in the municipality, its check digit checked, a sole trader's
//! personal identity number refused), applications for grants and premises with the
//! association's democracy declaration, decisions with the plan for follow-up, instalments
//! (planned → approved → paid, or stopped), controls (the VBE control among them), stops of
//! payment and withdrawals with the claim for repayment, and the year's figures.
//!
//! Everything of an administration's grants stays in it: another administration learns only
//! that a control or a stop exists for an organisation number, never its contents. No
//! instalment is approved or paid while its association's payments are stopped, by any path.

pub mod api;
pub mod demo;
pub mod document;
pub mod domain;
pub mod import;
pub mod pages;
pub mod reminders;
pub mod report;
pub mod service;
pub mod store;

varn_house::audit_records!(
    /// The records of this capability that the audit log names.
    pub enum Record {
        Association = "grant_association",
        Application = "grant_application",
        Payment = "grant_payment",
        Control = "grant_control",
        Stop = "grant_stop",
        Withdrawal = "grant_withdrawal",
    }
);

/// Who may do what in this capability (role sets for rules and for filtering lists).
pub mod perm {
    #[allow(unused_imports)]
    use varn_house::auth::Role::{self, *};

    /// Read everything of an administration's grants.
    pub const VIEW: &[Role] = &[GrantOfficer, Coordinator];
    /// Register associations, applications, decisions, payments, controls, withdrawals.
    pub const EDIT: &[Role] = &[GrantOfficer];
    /// Stop an association's payments, and lift the stop.
    pub const STOP: &[Role] = &[GrantOfficer, Coordinator];
    /// Read an administration's figures of the year.
    pub const REPORT: &[Role] = &[GrantOfficer, Coordinator, Reader];
    /// Read the city's figures (suppressed).
    pub const CITY: &[Role] = &[CentralCoordinator, Reader];
    /// See the start page of grants.
    pub const INDEX: &[Role] = &[GrantOfficer, Coordinator, CentralCoordinator, Reader];
}

/// `{application}` in a path.
pub const APPLICATION: varn_house::web::access::Target = varn_house::web::access::Target {
    param: "application",
    administration: "SELECT administration_id FROM grant_applications WHERE id = $1",
};

/// `{payment}` in a path.
pub const PAYMENT: varn_house::web::access::Target = varn_house::web::access::Target {
    param: "payment",
    administration: "SELECT administration_id FROM grant_payments WHERE id = $1",
};

/// This capability's routes, each with its access rule: its pages, then its API.
pub fn routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    api_routes(page_routes(t))
}

/// The pages' routes.
fn page_routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    use varn_org::ADMINISTRATION;
    t.get("/bidrag", Any(perm::INDEX), pages::index)
        .get("/bidrag/stad", Any(perm::CITY), pages::city)
        .get(
            "/bidrag/forvaltningar/{admin}",
            In(perm::VIEW, ADMINISTRATION),
            pages::administration,
        )
        .post(
            "/bidrag/forvaltningar/{admin}/foreningar",
            In(perm::EDIT, ADMINISTRATION),
            pages::register,
        )
        .post_file(
            "/bidrag/forvaltningar/{admin}/foreningar/import",
            In(perm::EDIT, ADMINISTRATION),
            pages::import,
        )
        .get(
            "/bidrag/forvaltningar/{admin}/arsrapport",
            In(perm::REPORT, ADMINISTRATION),
            pages::year,
        )
        .get(
            "/bidrag/forvaltningar/{admin}/arsrapport.csv",
            In(perm::REPORT, ADMINISTRATION),
            pages::year_csv,
        )
        .get(
            "/bidrag/forvaltningar/{admin}/arsrapport.xlsx",
            In(perm::REPORT, ADMINISTRATION),
            pages::year_xlsx,
        )
        .get(
            "/bidrag/forvaltningar/{admin}/arsrapport.docx",
            In(perm::REPORT, ADMINISTRATION),
            pages::year_docx,
        )
        .get(
            "/bidrag/forvaltningar/{admin}/arsrapport.pdf",
            In(perm::REPORT, ADMINISTRATION),
            pages::year_pdf,
        )
        .get(
            "/bidrag/forvaltningar/{admin}/foreningar/{association}",
            In(perm::VIEW, ADMINISTRATION),
            pages::association,
        )
        .post(
            "/bidrag/forvaltningar/{admin}/foreningar/{association}/ansokningar",
            In(perm::EDIT, ADMINISTRATION),
            pages::apply,
        )
        .post(
            "/bidrag/forvaltningar/{admin}/foreningar/{association}/kontroller",
            In(perm::EDIT, ADMINISTRATION),
            pages::control,
        )
        .post(
            "/bidrag/forvaltningar/{admin}/foreningar/{association}/stopp",
            In(perm::STOP, ADMINISTRATION),
            pages::stop,
        )
        .post(
            "/bidrag/forvaltningar/{admin}/foreningar/{association}/hav-stopp",
            In(perm::STOP, ADMINISTRATION),
            pages::lift,
        )
        .get(
            "/bidrag/ansokningar/{application}",
            In(perm::VIEW, APPLICATION),
            pages::application,
        )
        .post(
            "/bidrag/ansokningar/{application}/beslut",
            In(perm::EDIT, APPLICATION),
            pages::decide,
        )
        .post(
            "/bidrag/ansokningar/{application}/utbetalningar",
            In(perm::EDIT, APPLICATION),
            pages::add_payment,
        )
        .post(
            "/bidrag/ansokningar/{application}/aterkrav",
            In(perm::EDIT, APPLICATION),
            pages::withdraw,
        )
        .post(
            "/bidrag/utbetalningar/{payment}/attestera",
            In(perm::EDIT, PAYMENT),
            pages::approve,
        )
        .post(
            "/bidrag/utbetalningar/{payment}/betala",
            In(perm::EDIT, PAYMENT),
            pages::pay,
        )
}

/// The API's routes.
fn api_routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    use varn_org::ADMINISTRATION;
    t.get(
        "/api/v1/administrations/{admin}/grants/associations",
        In(perm::VIEW, ADMINISTRATION),
        api::associations,
    )
    .post(
        "/api/v1/administrations/{admin}/grants/associations",
        In(perm::EDIT, ADMINISTRATION),
        api::register,
    )
    .post_file(
        "/api/v1/administrations/{admin}/grants/associations/import",
        In(perm::EDIT, ADMINISTRATION),
        api::import,
    )
    .get(
        "/api/v1/administrations/{admin}/grants/applications",
        In(perm::VIEW, ADMINISTRATION),
        api::applications,
    )
    .get(
        "/api/v1/administrations/{admin}/grants/report",
        In(perm::REPORT, ADMINISTRATION),
        api::year,
    )
    .get(
        "/api/v1/administrations/{admin}/grants/report/file",
        In(perm::REPORT, ADMINISTRATION),
        api::year_file,
    )
    .get(
        "/api/v1/administrations/{admin}/grants/associations/{association}",
        In(perm::VIEW, ADMINISTRATION),
        api::association,
    )
    .post(
        "/api/v1/administrations/{admin}/grants/associations/{association}/applications",
        In(perm::EDIT, ADMINISTRATION),
        api::apply,
    )
    .post(
        "/api/v1/administrations/{admin}/grants/associations/{association}/controls",
        In(perm::EDIT, ADMINISTRATION),
        api::control,
    )
    .post(
        "/api/v1/administrations/{admin}/grants/associations/{association}/stop",
        In(perm::STOP, ADMINISTRATION),
        api::stop,
    )
    .post(
        "/api/v1/administrations/{admin}/grants/associations/{association}/lift-stop",
        In(perm::STOP, ADMINISTRATION),
        api::lift,
    )
    .get(
        "/api/v1/grants/applications/{application}",
        In(perm::VIEW, APPLICATION),
        api::application,
    )
    .post(
        "/api/v1/grants/applications/{application}/decision",
        In(perm::EDIT, APPLICATION),
        api::decide,
    )
    .post(
        "/api/v1/grants/applications/{application}/payments",
        In(perm::EDIT, APPLICATION),
        api::add_payment,
    )
    .post(
        "/api/v1/grants/applications/{application}/withdrawals",
        In(perm::EDIT, APPLICATION),
        api::withdraw,
    )
    .post(
        "/api/v1/grants/payments/{payment}/approve",
        In(perm::EDIT, PAYMENT),
        api::approve,
    )
    .post(
        "/api/v1/grants/payments/{payment}/pay",
        In(perm::EDIT, PAYMENT),
        api::pay,
    )
    .get("/api/v1/grants/city", Any(perm::CITY), api::city)
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    api::associations,
    api::register,
    api::import,
    api::applications,
    api::year,
    api::year_file,
    api::association,
    api::apply,
    api::control,
    api::stop,
    api::lift,
    api::application,
    api::decide,
    api::add_payment,
    api::withdraw,
    api::approve,
    api::pay,
    api::city
))]
pub struct Api;

/// The tables this capability owns; no other capability reads or writes them.
pub const TABLES: &[varn_house::web::capability::Table] = &[
    varn_house::web::capability::Table::own("grant_associations"),
    varn_house::web::capability::Table::own("grant_association_links"),
    varn_house::web::capability::Table::own("grant_applications"),
    varn_house::web::capability::Table::own("grant_stops"),
    varn_house::web::capability::Table::own("grant_payments"),
    varn_house::web::capability::Table::own("grant_controls"),
    varn_house::web::capability::Table::own("grant_withdrawals"),
    varn_house::web::capability::Table::own("grant_reminders"),
];

/// What this capability gives the app.
pub const CAPABILITY: varn_house::web::capability::Capability =
    varn_house::web::capability::Capability {
        name: "grants",
        tables: TABLES,
        routes,
        api: Some(<Api as utoipa::OpenApi>::openapi),
        records: <Record as varn_house::audit::RecordKind>::codes,
        nav: &[varn_house::web::capability::NavItem {
            href: "/bidrag",
            label: "nav.grants",
            roles: Some(perm::INDEX),
            order: 70,
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
        retention: &[],
        import_rows: &[],
        tick: Some(varn_house::web::capability::Tick {
            every: std::time::Duration::from_secs(3600),
            run: crate::reminders::tick,
        }),
    };
