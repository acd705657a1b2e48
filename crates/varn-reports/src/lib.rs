//! The anonymized information form (DOMAIN.md §4): submission by employees and by partners
//! through a coordinator's link, the sender's receipt, and the coordinator's inbox with the
//! assessment workflow. No text that the PII guard flags is ever stored, logged or echoed
//! in an error message; every read of a form's free text is audited.

pub mod api;
pub mod demo;
pub mod domain;
pub mod export;
pub mod figures;
pub mod inbox;
pub mod pages;
pub mod partner;
pub mod retention;
pub mod service;
pub mod store;

// What other capabilities may read of this one.
pub use store::insert;

varn_house::audit_records!(
    /// The records of this capability that the audit log names.
    pub enum Record {
        Report = "report",
        Link = "report_link",
        Note = "report_note",
        PartnerLink = "partner_link",
    }
);

/// `{link}` in a path: a partner link's id, and the administration it belongs to.
pub const PARTNER_LINK: varn_house::web::access::Target = varn_house::web::access::Target {
    param: "link",
    administration: "SELECT administration_id FROM partner_links WHERE id = $1",
};

/// `{report}` in a path: an anonymized form's id, and the administration it belongs to.
pub const REPORT: varn_house::web::access::Target = varn_house::web::access::Target {
    param: "report",
    administration: "SELECT administration_id FROM reports WHERE id = $1",
};

/// Who may do what in this capability (role sets for rules and for filtering lists).
pub mod perm {
    #[allow(unused_imports)]
    use varn_house::auth::Role::{self, *};

    /// Read anonymized forms and see partner links (the central coordinator reads
    /// everything, DOMAIN.md §2).
    pub const INBOX: &[Role] = &[Coordinator, CentralCoordinator];
    /// Assess forms, link and note them, and give or revoke partner links: the work of the
    /// administration's own coordinators.
    pub const HANDLE: &[Role] = &[Coordinator];
    /// Whom the navigation offers the form: every role but the reader, who reads.
    pub const SEND: &[Role] = &[
        Employee,
        Partner,
        Manager,
        Coordinator,
        CentralCoordinator,
        Administrator,
    ];
    /// Whom the navigation offers to follow a sent form by its receipt.
    pub const FOLLOW: &[Role] = &[Employee, Partner, Manager];
}

/// This capability's routes, each with its access rule.
pub fn routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    t.get("/blankett/ny", SignedIn, pages::new_form)
        .post("/blankett", SignedIn, pages::create)
        .get("/blankett/status", Public, pages::status_form)
        .post("/blankett/status", Public, pages::status)
        .get("/blankett/lank/{token}", Public, partner::form)
        .post("/blankett/lank/{token}", Public, partner::send)
        .get("/inkorg", Any(crate::perm::INBOX), inbox::index)
        .get("/inkorg/export", Any(crate::perm::INBOX), export::page)
        .get(
            "/inkorg/{report}",
            In(crate::perm::INBOX, REPORT),
            inbox::show,
        )
        .post(
            "/inkorg/{report}/bedomning",
            In(crate::perm::HANDLE, REPORT),
            inbox::assess_form,
        )
        .post(
            "/inkorg/{report}/kopplingar",
            In(crate::perm::HANDLE, REPORT),
            inbox::link_form,
        )
        .post(
            "/inkorg/{report}/anteckningar",
            In(crate::perm::HANDLE, REPORT),
            inbox::note_form,
        )
        .get(
            "/inkorg/forvaltningar/{admin}/lankar",
            In(crate::perm::INBOX, varn_org::ADMINISTRATION),
            partner::links,
        )
        .post(
            "/inkorg/forvaltningar/{admin}/lankar",
            In(crate::perm::HANDLE, varn_org::ADMINISTRATION),
            partner::create_link,
        )
        .post(
            "/inkorg/lankar/{link}/aterkalla",
            In(crate::perm::HANDLE, PARTNER_LINK),
            partner::revoke_link,
        )
        .post("/api/v1/reports", SignedIn, api::create)
        .post("/api/v1/reports/status", Public, api::status)
        .post(
            "/api/v1/partner/{token}/reports",
            Public,
            api::partner_create,
        )
        .post_text("/api/v1/pii/check", SignedIn, api::pii_check)
        .get("/api/v1/reports", Any(crate::perm::INBOX), api::list)
        .get(
            "/api/v1/reports/export",
            Any(crate::perm::INBOX),
            export::api,
        )
        .get(
            "/api/v1/reports/{report}",
            In(crate::perm::INBOX, REPORT),
            api::get,
        )
        .patch(
            "/api/v1/reports/{report}",
            In(crate::perm::HANDLE, REPORT),
            api::assess,
        )
        .post(
            "/api/v1/reports/{report}/links",
            In(crate::perm::HANDLE, REPORT),
            api::link,
        )
        .post(
            "/api/v1/reports/{report}/notes",
            In(crate::perm::HANDLE, REPORT),
            api::note,
        )
        .get(
            "/api/v1/administrations/{admin}/partner-links",
            In(crate::perm::INBOX, varn_org::ADMINISTRATION),
            api::links,
        )
        .post(
            "/api/v1/administrations/{admin}/partner-links",
            In(crate::perm::HANDLE, varn_org::ADMINISTRATION),
            api::create_link,
        )
        .post(
            "/api/v1/partner-links/{link}/revoke",
            In(crate::perm::HANDLE, PARTNER_LINK),
            api::revoke_link,
        )
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    api::create,
    api::status,
    api::partner_create,
    api::pii_check,
    api::list,
    export::api,
    api::get,
    api::assess,
    api::link,
    api::note,
    api::links,
    api::create_link,
    api::revoke_link
))]
pub struct Api;

/// The tables this capability owns; no other capability reads or writes them.
pub const TABLES: &[varn_house::web::capability::Table] = &[
    varn_house::web::capability::Table::own("reports"),
    varn_house::web::capability::Table::own("report_terms"),
    varn_house::web::capability::Table::own("report_links"),
    varn_house::web::capability::Table::own("report_notes"),
    varn_house::web::capability::Table::own("partner_links"),
    varn_house::web::capability::Table::own("report_year_counts"),
];

/// What this capability gives the app.
pub const CAPABILITY: varn_house::web::capability::Capability =
    varn_house::web::capability::Capability {
        name: "reports",
        tables: TABLES,
        routes,
        api: Some(<Api as utoipa::OpenApi>::openapi),
        records: <Record as varn_house::audit::RecordKind>::codes,
        nav: &[
            varn_house::web::capability::NavItem {
                href: "/blankett/ny",
                label: "nav.report",
                roles: Some(crate::perm::SEND),
                order: 30,
            },
            varn_house::web::capability::NavItem {
                href: "/blankett/status",
                label: "nav.follow_report",
                roles: Some(crate::perm::FOLLOW),
                order: 31,
            },
            varn_house::web::capability::NavItem {
                href: "/inkorg",
                label: "nav.inbox",
                roles: Some(crate::perm::INBOX),
                order: 40,
            },
        ],
        demo: Some(load_demo),
        work: Some(work),
        measures: None,
        plan_of_year: None,
        picture: None,
        city: None,
        retention: &[retention::PURGE],
        import_rows: &[],
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

fn work<'a>(
    state: &'a varn_house::web::AppState,
    p: &'a varn_house::auth::Principal,
) -> varn_house::web::capability::WorkFuture<'a> {
    Box::pin(inbox::work(state, p))
}
