//! Networks, forums and meetings, the newsletter and the knowledge pages (DOMAIN.md §10).
//!
//! - Networks: the city's coordinator network, the safety and security network, national and
//!   Nordic city networks, the external reference group (all belonging to the central
//!   administration that leads them, read by every coordinator and reader), and the local
//!   forums of an administration (read inside it only), each with its members: Värn
//!   accounts, and external organisations by name.
//! - Meetings: date, agenda, whether VBE was an item and the minutes of that item (past the
//!   PII guard), the accounts present (a non-member marked a guest) and external attendees
//!   counted per organisation. A forum where VBE is a standing item shows each meeting's VBE
//!   item or its absence.
//! - `feeds`: meetings held and attended and newsletters sent in a period, offered to plan
//!   indicators.
//! - `newsletter`: issues in Markdown, previewed, sent to a list, kept as an archive.
//! - `knowledge`: the guidance, routines and links with versions, the symbol glossary, the
//!   coordinators' contacts (from the organisation) and a Swedish search.
//!
//! It must never store free text the guard has not seen, nor send a newsletter to part of a
//! list.

pub mod api;
pub mod demo;
pub mod domain;
pub mod feeds;
pub mod knowledge;
pub mod knowledge_pages;
pub mod newsletter;
pub mod newsletter_pages;
pub mod pages;
pub mod service;
pub mod store;

varn_house::audit_records!(
    /// The records of this capability that the audit log names.
    pub enum Record {
        Network = "network",
        Meeting = "network_meeting",
        Newsletter = "newsletter_issue",
        KnowledgePage = "knowledge_page",
        Symbol = "knowledge_symbol",
    }
);

/// `{network}` in a path: a network or forum, and the administration it belongs to.
pub const NETWORK: varn_house::web::access::Target = varn_house::web::access::Target {
    param: "network",
    administration: "SELECT administration_id FROM networks WHERE id = $1",
};

/// `{meeting}` in a path: a meeting, and the administration of its network.
pub const MEETING: varn_house::web::access::Target = varn_house::web::access::Target {
    param: "meeting",
    administration: "SELECT n.administration_id FROM network_meetings m JOIN networks n ON n.id = m.network_id WHERE m.id = $1",
};

/// `{issue}` in a path: a newsletter issue, and the administration whose it is.
pub const ISSUE: varn_house::web::access::Target = varn_house::web::access::Target {
    param: "issue",
    administration: "SELECT administration_id FROM newsletter_issues WHERE id = $1",
};

/// Who may do what in this capability (role sets for rules and for filtering lists).
pub mod perm {
    #[allow(unused_imports)]
    use varn_house::auth::Role::{self, *};

    /// Read networks and meetings (a forum only inside its administration).
    pub const VIEW: &[Role] = &[Coordinator, CentralCoordinator, Reader];
    /// Make networks, add members, record meetings, write and send newsletters, in one's
    /// own administration (the central coordinator everywhere).
    pub const EDIT: &[Role] = &[Coordinator, CentralCoordinator];
    /// Own the knowledge pages and the glossary.
    pub const KNOWLEDGE: &[Role] = &[CentralCoordinator];
}

/// This capability's routes, each with its access rule: its pages, then its API.
pub fn routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    api_routes(page_routes(t))
}

/// The pages' routes.
fn page_routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    use knowledge_pages as kp;
    use newsletter_pages as np;
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    t.get("/natverk", Any(perm::VIEW), pages::index)
        .post("/natverk", Any(perm::EDIT), pages::create_network)
        .get("/natverk/{network}", Any(perm::VIEW), pages::network)
        .post(
            "/natverk/{network}/medlemmar",
            In(perm::EDIT, NETWORK),
            pages::add_member,
        )
        .post(
            "/natverk/{network}/medlemmar/{member}/ta-bort",
            In(perm::EDIT, NETWORK),
            pages::remove_member,
        )
        .post_text("/natverk/moten", Any(perm::EDIT), pages::create_meeting)
        .get("/natverk/moten/{meeting}", Any(perm::VIEW), pages::meeting)
        .post_text(
            "/natverk/moten/{meeting}",
            In(perm::EDIT, MEETING),
            pages::update_meeting,
        )
        .post(
            "/natverk/moten/{meeting}/narvaro",
            In(perm::EDIT, MEETING),
            pages::attendance,
        )
        .get("/nyhetsbrev", SignedIn, np::newsletters)
        .post_text("/nyhetsbrev", Any(perm::EDIT), np::create_newsletter)
        .get("/nyhetsbrev/{issue}", SignedIn, np::newsletter)
        .post_text(
            "/nyhetsbrev/{issue}",
            In(perm::EDIT, ISSUE),
            np::update_newsletter,
        )
        .post_text(
            "/nyhetsbrev/{issue}/skicka",
            In(perm::EDIT, ISSUE),
            np::send_newsletter,
        )
        .get("/kunskap", SignedIn, kp::knowledge)
        .get("/kunskap/sok", SignedIn, kp::search)
        .get("/kunskap/kontakter", SignedIn, kp::contacts)
        .get("/kunskap/symboler", SignedIn, kp::symbols)
        .post_file("/kunskap/symboler", Any(perm::KNOWLEDGE), kp::save_symbol)
        .get(
            "/kunskap/symboler/{symbol}/bild",
            SignedIn,
            kp::symbol_image,
        )
        .post_text("/kunskap/sidor", Any(perm::KNOWLEDGE), kp::create_page)
        .get("/kunskap/sidor/{knowledge}", SignedIn, kp::page)
        .post_text(
            "/kunskap/sidor/{knowledge}",
            Any(perm::KNOWLEDGE),
            kp::new_version,
        )
}

/// The API's routes.
fn api_routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    t.get("/api/v1/networks", Any(perm::VIEW), api::networks)
        .post("/api/v1/networks", Any(perm::EDIT), api::create_network)
        .get("/api/v1/networks/{network}", Any(perm::VIEW), api::network)
        .post(
            "/api/v1/networks/{network}/members",
            In(perm::EDIT, NETWORK),
            api::add_member,
        )
        .delete(
            "/api/v1/networks/{network}/members/{member}",
            In(perm::EDIT, NETWORK),
            api::remove_member,
        )
        .post_text("/api/v1/meetings", Any(perm::EDIT), api::create_meeting)
        .get("/api/v1/meetings/{meeting}", Any(perm::VIEW), api::meeting)
        .put_text(
            "/api/v1/meetings/{meeting}",
            In(perm::EDIT, MEETING),
            api::update_meeting,
        )
        .put(
            "/api/v1/meetings/{meeting}/attendance",
            In(perm::EDIT, MEETING),
            api::attendance,
        )
        .get("/api/v1/newsletter", SignedIn, api::newsletters)
        .post_text(
            "/api/v1/newsletter",
            Any(perm::EDIT),
            api::create_newsletter,
        )
        .post_text(
            "/api/v1/newsletter/preview",
            Any(perm::EDIT),
            api::preview_newsletter,
        )
        .get("/api/v1/newsletter/{issue}", SignedIn, api::newsletter)
        .put_text(
            "/api/v1/newsletter/{issue}",
            In(perm::EDIT, ISSUE),
            api::update_newsletter,
        )
        .post(
            "/api/v1/newsletter/{issue}/send",
            In(perm::EDIT, ISSUE),
            api::send_newsletter,
        )
        .get("/api/v1/knowledge/pages", SignedIn, api::pages)
        .post_text(
            "/api/v1/knowledge/pages",
            Any(perm::KNOWLEDGE),
            api::create_page,
        )
        .get("/api/v1/knowledge/pages/{knowledge}", SignedIn, api::page)
        .put_text(
            "/api/v1/knowledge/pages/{knowledge}",
            Any(perm::KNOWLEDGE),
            api::new_version,
        )
        .get("/api/v1/knowledge/symbols", SignedIn, api::symbols)
        .post_text(
            "/api/v1/knowledge/symbols",
            Any(perm::KNOWLEDGE),
            api::save_symbol,
        )
        .get("/api/v1/knowledge/search", SignedIn, api::search)
        .get("/api/v1/knowledge/contacts", SignedIn, api::contacts)
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    api::networks,
    api::create_network,
    api::network,
    api::add_member,
    api::remove_member,
    api::create_meeting,
    api::meeting,
    api::update_meeting,
    api::attendance,
    api::newsletters,
    api::create_newsletter,
    api::preview_newsletter,
    api::newsletter,
    api::update_newsletter,
    api::send_newsletter,
    api::pages,
    api::create_page,
    api::page,
    api::new_version,
    api::symbols,
    api::save_symbol,
    api::search,
    api::contacts
))]
pub struct Api;

/// The tables this capability owns; no other capability reads or writes them.
pub const TABLES: &[varn_house::web::capability::Table] = &[
    varn_house::web::capability::Table::own("networks"),
    varn_house::web::capability::Table::own("network_members"),
    varn_house::web::capability::Table::own("network_meetings"),
    varn_house::web::capability::Table::own("meeting_attendees"),
    varn_house::web::capability::Table::own("meeting_organisations"),
    varn_house::web::capability::Table::own("newsletter_issues"),
    varn_house::web::capability::Table::own("knowledge_pages"),
    varn_house::web::capability::Table::own("knowledge_versions"),
    varn_house::web::capability::Table::own("knowledge_symbols"),
];

/// What this capability gives the app.
pub const CAPABILITY: varn_house::web::capability::Capability =
    varn_house::web::capability::Capability {
        name: "networks",
        tables: TABLES,
        routes,
        api: Some(<Api as utoipa::OpenApi>::openapi),
        records: <Record as varn_house::audit::RecordKind>::codes,
        nav: &[
            varn_house::web::capability::NavItem {
                href: "/natverk",
                label: "nav.networks",
                roles: Some(perm::VIEW),
                order: 47,
            },
            varn_house::web::capability::NavItem {
                href: "/kunskap",
                label: "nav.knowledge",
                roles: None,
                order: 65,
            },
        ],
        demo: Some(|db| Box::pin(demo::load(db))),
        work: None,
        measures: Some(varn_house::web::capability::Measures {
            list: feeds::measures,
            value: feeds::measure_value,
        }),
        plan_of_year: None,
        picture: None,
        city: None,
        retention: &[],
        import_rows: &[],
        tick: None,
    };
