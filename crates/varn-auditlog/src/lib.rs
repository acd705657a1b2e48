//! The audit log's page and API: who did what, filtered and exported as CSV, within the
//! reader's scope (coordinators see their own administrations). An auditor (the reader
//! role, DOMAIN.md §2 and §12: the log is for checking who read and changed what) reads
//! the entries of the administrations their grant names, without the summaries, which may
//! hold free text (a comment's first words, a title); it must never show them free text.

pub mod api;
pub mod pages;

/// Who may do what in this capability (role sets for rules and for filtering lists).
pub mod perm {
    #[allow(unused_imports)]
    use varn_house::auth::Role::{self, *};

    /// Read the audit log (coordinators and readers: their own administrations).
    pub const READ: &[Role] = &[Administrator, CentralCoordinator, Coordinator, Reader];
    /// Read the entries' summaries too (a reader sees who, what, which record and when).
    pub const SUMMARIES: &[Role] = &[Administrator, CentralCoordinator, Coordinator];
}

/// Empties the summary of every entry the principal may not read one of (a reader's, or
/// an entry of an administration outside the scope of their other roles); true when the
/// principal reads summaries at all.
pub fn hide_free_text(
    p: &varn_house::auth::Principal,
    entries: &mut [varn_house::audit::AuditEntry],
) -> bool {
    let full = p.scope(perm::SUMMARIES);
    for e in entries.iter_mut() {
        let allowed = match e.administration_id {
            Some(a) => full.contains(a),
            None => matches!(full, varn_house::kernel::scope::Scope::All),
        };
        if !allowed {
            e.summary.clear();
        }
    }
    p.has_any(perm::SUMMARIES)
}

/// The names of the entries' actors (the log keeps their addresses; pages and exports show
/// people by name, issue 20 point 7).
pub async fn names(
    db: &varn_house::db::Db,
    entries: &[varn_house::audit::AuditEntry],
) -> Result<varn_people::Names, varn_house::kernel::error::Error> {
    varn_people::names(db, entries.iter().map(|e| e.actor.as_str())).await
}

/// This capability's routes, each with its access rule.
pub fn routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    t.get("/logg", Any(perm::READ), pages::index)
        .get("/logg.csv", Any(perm::READ), pages::csv)
        .get("/api/v1/audit", Any(perm::READ), api::list)
        .get("/api/v1/audit/export.csv", Any(perm::READ), api::csv)
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(api::list, api::csv))]
pub struct Api;

/// What this capability gives the app.
pub const CAPABILITY: varn_house::web::capability::Capability =
    varn_house::web::capability::Capability {
        name: "auditlog",
        tables: &[],
        routes,
        api: Some(<Api as utoipa::OpenApi>::openapi),
        records: <varn_house::retention::Record as varn_house::audit::RecordKind>::codes,
        nav: &[varn_house::web::capability::NavItem {
            href: "/logg",
            label: "nav.audit",
            roles: Some(perm::READ),
            order: 100,
        }],
        demo: None,
        work: None,
        measures: None,
        plan_of_year: None,
        picture: None,
        city: None,
        retention: &[],
        import_rows: &[],
        tick: None,
    };
