//! The routine guide (DOMAIN.md §5): a few yes/no questions lead a worried employee to an
//! ordered checklist with its legal references, the contact cards of their own
//! administration's coordinators, and a link to the anonymized form with the actions
//! prefilled. The questions and steps are data the central coordinator edits in versions.
//! The guide never stores what a person answered: the answers live only in the URL.

pub mod api;
pub mod domain;
pub mod pages;
pub mod service;
pub mod store;

use serde::Serialize;

use crate::domain::{checklist, form_actions, form_link, Action, Answers, Step};
use crate::store::{Version, VersionInfo};
use varn_house::auth::{Principal, Role, Scope};
use varn_house::db::Db;
use varn_house::kernel::error::Result;
use varn_org::{self as org, ContactCard};

/// What one run of the guide leads to.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Evaluation {
    /// The version the checklist came from.
    pub version: VersionInfo,
    /// The checklist, in order.
    pub steps: Vec<Step>,
    /// The actions the checklist advises, in its order. The form is not prefilled with
    /// them: only the person knows which were done, and the checklist page asks.
    pub actions: Vec<Action>,
    /// The anonymized form (nothing prefilled; add `?gjort=code,code` for what was done).
    pub form_link: String,
}

/// Runs the guide's logic over a version.
pub fn evaluate(version: &Version, answers: &Answers) -> Evaluation {
    let steps = checklist(&version.content, answers);
    let actions = form_actions(&steps);
    Evaluation {
        version: version.info.clone(),
        form_link: form_link(&[]),
        steps: steps.into_iter().cloned().collect(),
        actions,
    }
}

/// The contact cards of the coordinators of the person's own administrations (those their
/// grants name). A person whose grants cover the whole municipality has none of their own.
pub async fn own_contacts(db: &Db, p: &Principal) -> Result<Vec<ContactCard>> {
    let mut out = Vec::new();
    if let Scope::Only(ids) = p.scope(&Role::ALL) {
        for id in ids {
            out.extend(org::list_contacts(db, Some(id)).await?);
        }
    }
    Ok(out)
}

// What other capabilities may read of this one.
pub use store::{current, Status};

varn_house::audit_records!(
    /// The records of this capability that the audit log names.
    pub enum Record {
        Version = "routine_version",
    }
);

/// Who may do what in this capability (role sets for rules and for filtering lists).
pub mod perm {
    #[allow(unused_imports)]
    use varn_house::auth::Role::{self, *};

    /// Edit and publish the routine (the central coordinator owns it).
    pub const EDIT: &[Role] = &[CentralCoordinator];
    /// Read the routine's versions, drafts included.
    pub const HISTORY: &[Role] = &[Coordinator, CentralCoordinator, Reader, Administrator];
}

/// This capability's routes, each with its access rule.
pub fn routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    t.get("/rutin", SignedIn, pages::guide)
        .get("/rutin/checklista", SignedIn, pages::checklist)
        .get("/rutin/versioner", Any(perm::HISTORY), pages::versions)
        .post_text("/rutin/versioner", Any(perm::EDIT), pages::create_draft)
        .get(
            "/rutin/versioner/{version}",
            Any(perm::HISTORY),
            pages::version,
        )
        .post_text(
            "/rutin/versioner/{version}",
            Any(perm::EDIT),
            pages::update_draft,
        )
        .post(
            "/rutin/versioner/{version}/publicera",
            Any(perm::EDIT),
            pages::publish,
        )
        .get("/api/v1/routine", SignedIn, api::current)
        .post("/api/v1/routine/evaluate", SignedIn, api::evaluate_answers)
        .get(
            "/api/v1/routine/versions",
            Any(perm::HISTORY),
            api::list_versions,
        )
        .post_text(
            "/api/v1/routine/versions",
            Any(perm::EDIT),
            api::create_draft,
        )
        .get(
            "/api/v1/routine/versions/{version}",
            Any(perm::HISTORY),
            api::get_version,
        )
        .patch_text(
            "/api/v1/routine/versions/{version}",
            Any(perm::EDIT),
            api::update_draft,
        )
        .post(
            "/api/v1/routine/versions/{version}/publish",
            Any(perm::EDIT),
            api::publish,
        )
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    api::current,
    api::evaluate_answers,
    api::list_versions,
    api::create_draft,
    api::get_version,
    api::update_draft,
    api::publish
))]
pub struct Api;

/// The tables this capability owns; no other capability reads or writes them.
pub const TABLES: &[varn_house::web::capability::Table] = &[
    varn_house::web::capability::Table::own("routine_versions"),
    varn_house::web::capability::Table::own("routine_questions"),
    varn_house::web::capability::Table::own("routine_steps"),
];

/// What this capability gives the app.
pub const CAPABILITY: varn_house::web::capability::Capability =
    varn_house::web::capability::Capability {
        name: "routine",
        tables: TABLES,
        routes,
        api: Some(<Api as utoipa::OpenApi>::openapi),
        records: <Record as varn_house::audit::RecordKind>::codes,
        nav: &[varn_house::web::capability::NavItem {
            href: "/rutin",
            label: "nav.routine",
            roles: None,
            order: 80,
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
