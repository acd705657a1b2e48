//! The front door: `/` sends people to sign in or to their start page; `/start` is each
//! role's own start page, showing only what the role's scope reaches; `/kontakter` lists
//! the coordinators' contact cards; `/healthz` tells whether the database answers.

use crate::kernel::ids::UserId;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::Extension;

use crate::audit::{self as audit_store, AuditEntry, Filter};
use crate::auth::{Principal, Role, Scope};
use crate::i18n::{self, Catalog};
use crate::org::{self as org, Administration, ContactCard, Unit};
use crate::web::error::PageError;
use crate::web::AppState;
use crate::web::{render, Shell};

/// `GET /`
pub async fn root(principal: Option<Extension<Principal>>) -> Response {
    crate::web::see_other(if principal.is_some() {
        "/start"
    } else {
        "/logga-in"
    })
}

/// `GET /healthz`: 200 only when the database answers.
pub async fn healthz(State(state): State<AppState>) -> Response {
    if state.db.ping().await {
        (StatusCode::OK, "ok").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
    }
}

#[derive(Template)]
#[template(path = "start.html")]
struct StartPage {
    i: &'static Catalog,
    shell: Shell,
    municipality: String,
    name: String,
    roles: Vec<&'static str>,
    is_employee: bool,
    is_partner: bool,
    is_manager: bool,
    is_coordinator: bool,
    is_central: bool,
    is_reader: bool,
    is_admin: bool,
    /// Administrations the overview reaches.
    administrations: Vec<Administration>,
    total_units: i64,
    total_headcount: i64,
    /// Contact cards of the person's own administrations.
    contacts: Vec<ContactCard>,
    /// Units a manager manages.
    units: Vec<Unit>,
    recent: Vec<AuditEntry>,
    user_count: usize,
    /// For the central coordinator: administrators who can also read forms.
    admins_reading_forms: Vec<(UserId, String, String)>,
    /// What waits for the person, from every capability.
    work: Vec<crate::web::capability::WorkItem>,
}

impl StartPage {
    fn action_label(&self, action: &str) -> &'static str {
        crate::audit::action_label(action)
    }
    fn record_label(&self, record_type: &str) -> &'static str {
        crate::audit::record_label(record_type)
    }
    fn totals(&self) -> String {
        self.i.f(
            "start.totals",
            &[
                ("admins", &self.administrations.len().to_string()),
                ("units", &self.total_units.to_string()),
                ("headcount", &self.total_headcount.to_string()),
            ],
        )
    }
    fn people_link(&self) -> String {
        self.i
            .f("start.people_link", &[("n", &self.user_count.to_string())])
    }
}

/// `GET /start`
pub async fn start(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> Result<Response, PageError> {
    // The page holds the session's form token, so it is cached per session.
    let key = format!("{}:{}", p.user_id, p.csrf());
    let generation = state.db.changes();
    if let Some(html) = state.caches.start_pages.get(&key, generation) {
        return Ok(Html(html).into_response());
    }
    let html = start_page(&state, &p).await?;
    state.caches.start_pages.put(key, html.clone(), generation);
    Ok(Html(html).into_response())
}

async fn start_page(state: &AppState, p: &Principal) -> Result<String, PageError> {
    let p = p.clone();
    let cat = i18n::sv();
    let db = &state.db;
    let overview_roles = [
        Role::Coordinator,
        Role::CentralCoordinator,
        Role::Reader,
        Role::Administrator,
    ];
    let administrations = match p.scope(&overview_roles) {
        s if s.is_empty() => vec![],
        s => org::list_administrations(db, &s).await?,
    };
    let own = p.scope(&Role::ALL);
    let contacts = match &own {
        Scope::All => vec![],
        Scope::Only(ids) => {
            let mut out = Vec::new();
            for id in ids {
                out.extend(org::list_contacts(db, Some(*id)).await?);
            }
            out
        }
    };
    let mut units = Vec::new();
    for grant in p.grants.iter().filter(|g| g.role == Role::Manager) {
        if let Some(unit) = grant.unit_id {
            units.push(org::get_unit(db, unit).await?);
        }
    }
    let audit_scope = p.scope(crate::auditlog::perm::READ);
    let recent = if audit_scope.is_empty() {
        vec![]
    } else {
        audit_store::list(db, &audit_scope, &Filter::default(), Some(8)).await?
    };
    let user_count = if p.has(Role::Administrator) {
        crate::people::count(db).await? as usize
    } else {
        0
    };
    let admins_reading_forms = if p.has(Role::CentralCoordinator) {
        crate::people::administrators_reading_forms(db).await?
    } else {
        vec![]
    };
    let mut work = Vec::new();
    for c in state.capabilities {
        if let Some(items) = c.work {
            work.extend(items(state, &p).await?);
        }
    }
    // A coordinator's and a manager's start page shows the work; the log stays for those
    // whose work is the log (the administrator, the reader, the central coordinator).
    let recent = if p.has_any(&[Role::Coordinator, Role::Manager])
        && !p.has_any(&[Role::Administrator, Role::CentralCoordinator, Role::Reader])
    {
        vec![]
    } else {
        recent
    };
    // The start page names people (issue 20 point 7); the audit log itself keeps the
    // address that identifies the account.
    let names = crate::people::names(db, recent.iter().map(|e| e.actor.as_str())).await?;
    let recent: Vec<AuditEntry> = recent
        .into_iter()
        .map(|mut e| {
            e.actor = names.of(&e.actor);
            e
        })
        .collect();
    let page = StartPage {
        work,
        admins_reading_forms,
        i: cat,
        shell: Shell::new(Some(&p), cat.t("start.title"), "/start"),
        municipality: org::municipality_name(db).await?,
        name: p.name.clone(),
        roles: p.roles().iter().map(|r| r.label()).collect(),
        is_employee: p.has(Role::Employee),
        is_partner: p.has(Role::Partner),
        is_manager: p.has(Role::Manager),
        is_coordinator: p.has(Role::Coordinator),
        is_central: p.has(Role::CentralCoordinator),
        is_reader: p.has(Role::Reader),
        is_admin: p.has(Role::Administrator),
        total_units: administrations.iter().map(|a| a.units).sum(),
        total_headcount: administrations.iter().map(|a| a.headcount).sum(),
        administrations,
        contacts,
        units,
        recent,
        user_count,
    };
    page.render()
        .map_err(|e| PageError(crate::kernel::error::Error::Internal(anyhow::Error::new(e))))
}

#[derive(Template)]
#[template(path = "contacts.html")]
struct ContactsPage {
    i: &'static Catalog,
    shell: Shell,
    own: Vec<ContactCard>,
    others: Vec<ContactCard>,
}

/// `GET /kontakter`: every administration's coordinators, the person's own first.
pub async fn contacts(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let all = org::list_contacts(&state.db, None).await?;
    let own_scope = p.scope(&Role::ALL);
    let (own, others): (Vec<_>, Vec<_>) = match own_scope {
        Scope::All => (vec![], all),
        scope => all
            .into_iter()
            .partition(|c| scope.contains(c.administration_id)),
    };
    let page = ContactsPage {
        i: cat,
        shell: Shell::new(Some(&p), cat.t("contacts.title"), "/kontakter"),
        own,
        others,
    };
    Ok(render(&page))
}

/// This capability's routes, each with its access rule.
pub fn routes(t: crate::web::routes::RouteTable) -> crate::web::routes::RouteTable {
    #[allow(unused_imports)]
    use crate::web::access::Rule::{Any, In, Public, SignedIn};
    t.get("/", Public, root)
        .get("/healthz", Public, healthz)
        .get("/start", SignedIn, start)
        .get("/kontakter", SignedIn, contacts)
}

/// What this capability gives the app.
pub const CAPABILITY: crate::web::capability::Capability = crate::web::capability::Capability {
    name: "home",
    tables: &[],
    routes,
    api: None,
    records: crate::web::capability::no_records,
    nav: &[
        crate::web::capability::NavItem {
            href: "/start",
            label: "nav.start",
            roles: None,
            order: 10,
        },
        crate::web::capability::NavItem {
            href: "/kontakter",
            label: "nav.contacts",
            roles: None,
            order: 70,
        },
    ],
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
