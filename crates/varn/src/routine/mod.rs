//! The routine guide (DOMAIN.md §5): a few yes/no questions lead a worried employee to an
//! ordered checklist with its legal references, the contact cards of their own
//! administration's coordinators, and a link to the anonymized form with the actions
//! prefilled. The questions and steps are data the central coordinator edits in versions.
//! The guide never stores what a person answered: the answers live only in the URL.

pub mod api;
pub mod domain;
pub mod pages;
pub mod store;

use serde::Serialize;

use crate::auth::{Principal, Role, Scope};
use crate::db::Db;
use crate::kernel::error::Result;
use crate::org::{self as org, ContactCard};
use crate::routine::domain::{checklist, form_actions, form_link, Action, Answers, Step};
use crate::routine::store::{Version, VersionInfo};

/// What one run of the guide leads to.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Evaluation {
    /// The version the checklist came from.
    pub version: VersionInfo,
    /// The checklist, in order.
    pub steps: Vec<Step>,
    /// The actions to prefill in the anonymized form, in checklist order.
    pub actions: Vec<Action>,
    /// The anonymized form with those actions prefilled.
    pub form_link: String,
}

/// Runs the guide's logic over a version.
pub fn evaluate(version: &Version, answers: &Answers) -> Evaluation {
    let steps = checklist(&version.content, answers);
    let actions = form_actions(&steps);
    Evaluation {
        version: version.info.clone(),
        form_link: form_link(&actions),
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
