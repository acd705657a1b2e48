//! Alarm chains for an extraordinary event (DOMAIN.md §11; seed 004's ways of alarming via
//! the social emergency service or via the official on duty).
//!
//! - A chain is ordered steps, each naming a role, how to reach it (e-mail, phone, a
//!   contact card) and how long to wait for an acknowledgement before moving on. The
//!   central coordinator keeps the city-wide chains, coordinators their administration's;
//!   editing makes a new version, and an event keeps the version it started with.
//! - Someone signed in activates a chain for an event with a short description (past the
//!   PII guard); step 1 gets an e-mail with a personal link (no account needed) to
//!   acknowledge; `clock` (the tick) moves on to the next step after its wait when nobody
//!   has acknowledged, each step recorded once across processes; every step, delivery,
//!   acknowledgement and note is on the event's timeline, which the page refreshes by
//!   itself, prints, and exports as Word and PDF; the event is closed with a summary.
//!
//! It must never store free text the guard has not seen, nor a link's token (only its
//! hash), nor let a closed event be acknowledged.

pub mod api;
pub mod chain_pages;
pub mod clock;
pub mod demo;
pub mod document;
pub mod domain;
pub mod link;
pub mod pages;
pub mod service;
pub mod store;

varn_house::audit_records!(
    /// The records of this capability that the audit log names.
    pub enum Record {
        Chain = "alarm_chain",
        Event = "alarm_event",
    }
);

/// `{event}` in a path: an event, and the administration it concerns.
pub const EVENT: varn_house::web::access::Target = varn_house::web::access::Target {
    param: "event",
    administration: "SELECT administration_id FROM alarm_events WHERE id = $1",
};

/// Who may do what in this capability (role sets for rules and for filtering lists).
pub mod perm {
    #[allow(unused_imports)]
    use varn_house::auth::Role::{self, *};

    /// See chains and the events of one's administrations.
    pub const VIEW: &[Role] = &[
        Employee,
        Manager,
        GrantOfficer,
        Coordinator,
        CentralCoordinator,
        Reader,
    ];
    /// Activate a chain, acknowledge, note and close an event: anyone signed in who works
    /// in an administration (not external partners, not readers).
    pub const ACT: &[Role] = &[
        Employee,
        Manager,
        GrantOfficer,
        Coordinator,
        CentralCoordinator,
    ];
    /// Keep chains: coordinators their administration's, the central coordinator the
    /// city-wide ones (and any).
    pub const KEEP: &[Role] = &[Coordinator, CentralCoordinator];
}

/// This capability's routes, each with its access rule.
pub fn routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    t.get("/larm", Any(perm::VIEW), pages::index)
        .post("/larm/handelser", Any(perm::ACT), pages::activate)
        .get(
            "/larm/handelser/{event}",
            In(perm::VIEW, EVENT),
            pages::event,
        )
        .post(
            "/larm/handelser/{event}/kvittera",
            In(perm::ACT, EVENT),
            pages::acknowledge,
        )
        .post(
            "/larm/handelser/{event}/anteckningar",
            In(perm::ACT, EVENT),
            pages::note,
        )
        .post(
            "/larm/handelser/{event}/stang",
            In(perm::ACT, EVENT),
            pages::close,
        )
        .get(
            "/larm/handelser/{event}/tidslinje.docx",
            In(perm::VIEW, EVENT),
            pages::docx,
        )
        .get(
            "/larm/handelser/{event}/tidslinje.pdf",
            In(perm::VIEW, EVENT),
            pages::pdf,
        )
        .get("/larm/kedjor/ny", Any(perm::KEEP), chain_pages::new_chain)
        .post("/larm/kedjor", Any(perm::KEEP), chain_pages::create_chain)
        .get("/larm/kedjor/{chain}", Any(perm::VIEW), chain_pages::chain)
        .post(
            "/larm/kedjor/{chain}",
            Any(perm::KEEP),
            chain_pages::revise_chain,
        )
        .get("/larm/kvittera/{token}", Public, link::form)
        .post("/larm/kvittera/{token}", Public, link::send)
        .get("/api/v1/alarm-chains", Any(perm::VIEW), api::chains)
        .post("/api/v1/alarm-chains", Any(perm::KEEP), api::create_chain)
        .get("/api/v1/alarm-chains/{chain}", Any(perm::VIEW), api::chain)
        .post(
            "/api/v1/alarm-chains/{chain}/versions",
            Any(perm::KEEP),
            api::revise_chain,
        )
        .get("/api/v1/alarm-events", Any(perm::VIEW), api::events)
        .post("/api/v1/alarm-events", Any(perm::ACT), api::activate)
        .get(
            "/api/v1/alarm-events/{event}",
            In(perm::VIEW, EVENT),
            api::event,
        )
        .post(
            "/api/v1/alarm-events/{event}/acknowledge",
            In(perm::ACT, EVENT),
            api::acknowledge,
        )
        .post(
            "/api/v1/alarm-events/{event}/notes",
            In(perm::ACT, EVENT),
            api::note,
        )
        .post(
            "/api/v1/alarm-events/{event}/close",
            In(perm::ACT, EVENT),
            api::close,
        )
        .get(
            "/api/v1/alarm-events/{event}/timeline.docx",
            In(perm::VIEW, EVENT),
            api::timeline_docx,
        )
        .get(
            "/api/v1/alarm-events/{event}/timeline.pdf",
            In(perm::VIEW, EVENT),
            api::timeline_pdf,
        )
        .get("/api/v1/alarm-links/{token}", Public, api::link)
        .post(
            "/api/v1/alarm-links/{token}/acknowledge",
            Public,
            api::link_acknowledge,
        )
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    api::chains,
    api::create_chain,
    api::chain,
    api::revise_chain,
    api::events,
    api::activate,
    api::event,
    api::acknowledge,
    api::note,
    api::close,
    api::timeline_docx,
    api::timeline_pdf,
    api::link,
    api::link_acknowledge
))]
pub struct Api;

/// The tables this capability owns; no other capability reads or writes them.
pub const TABLES: &[varn_house::web::capability::Table] = &[
    varn_house::web::capability::Table::own("alarm_chains"),
    varn_house::web::capability::Table::own("alarm_chain_versions"),
    varn_house::web::capability::Table::own("alarm_steps"),
    varn_house::web::capability::Table::own("alarm_events"),
    varn_house::web::capability::Table::own("alarm_notifications"),
    varn_house::web::capability::Table::own("alarm_timeline"),
];

/// What this capability gives the app.
pub const CAPABILITY: varn_house::web::capability::Capability =
    varn_house::web::capability::Capability {
        name: "alarms",
        tables: TABLES,
        routes,
        api: Some(<Api as utoipa::OpenApi>::openapi),
        records: <Record as varn_house::audit::RecordKind>::codes,
        nav: &[varn_house::web::capability::NavItem {
            href: "/larm",
            label: "nav.alarms",
            roles: Some(perm::VIEW),
            order: 77,
        }],
        demo: Some(|db| Box::pin(demo::load(db))),
        work: Some(pages::work),
        measures: None,
        plan_of_year: None,
        picture: None,
        city: None,
        retention: &[],
        import_rows: &[],
        tick: Some(varn_house::web::capability::Tick {
            every: std::time::Duration::from_secs(60),
            run: clock::tick,
        }),
    };
