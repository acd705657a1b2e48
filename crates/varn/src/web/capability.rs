//! What a capability gives the app: its routes (each with its access rule), its part of
//! the API document, the kinds of record it writes to the audit log, its links in the
//! navigation, its demo data, and what waits for a person on their start page. The app lists the capabilities once (`app::CAPABILITIES`);
//! adding a capability is one line there, and nothing in the shared machinery names it.

use std::fmt;
use std::future::Future;
use std::pin::Pin;

use crate::auth::Role;
use crate::db::Db;
use crate::web::routes::RouteTable;

/// Fills a database with a capability's part of the demo municipality; a second run changes
/// nothing.
pub type Demo =
    for<'a> fn(&'a Db) -> Pin<Box<dyn Future<Output = anyhow::Result<DemoReport>> + Send + 'a>>;

/// What a load did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct DemoReport {
    pub created: usize,
    pub updated: usize,
}

impl fmt::Display for DemoReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.created == 0 && self.updated == 0 {
            write!(f, "Demokommunen finns redan; inget ändrades.")
        } else {
            write!(f, "Demokommunen laddad: {} poster skapade, {} ändrade. Lösenord för alla demokonton: {}", self.created, self.updated,  DEMO_PASSWORD)
        }
    }
}

/// The password of every demo sign-in (README lists them).
pub const DEMO_PASSWORD: &str = "Demo-Varn-2026";

/// A link in the main navigation.
#[derive(Debug, Clone, Copy)]
pub struct NavItem {
    pub href: &'static str,
    /// Catalogue key of the link's text.
    pub label: &'static str,
    /// Who sees the link; `None`: everyone signed in.
    pub roles: Option<&'static [Role]>,
    /// Where it stands among all links (smaller first).
    pub order: u16,
}

/// One capability of Värn.
#[derive(Debug, Clone, Copy)]
pub struct Capability {
    /// Its folder's name.
    pub name: &'static str,
    pub routes: fn(RouteTable) -> RouteTable,
    /// Its part of the OpenAPI document (`None`: it has no API).
    pub api: Option<fn() -> utoipa::openapi::OpenApi>,
    /// The codes of the kinds of record it writes to the audit log.
    pub records: fn() -> Vec<&'static str>,
    pub nav: &'static [NavItem],
    pub demo: Option<Demo>,
    /// What waits for a person in this capability, for their start page (`None`: nothing
    /// ever does).
    pub work: Option<Work>,
}

/// One thing waiting for a person, as the start page lists it: "3 nya blanketter att
/// bedöma", with where to do it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkItem {
    pub text: String,
    pub href: String,
}

/// What a capability's `work` gives back.
pub type WorkFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Vec<WorkItem>, crate::kernel::error::Error>> + Send + 'a>>;

/// What waits for a person in one capability, within their scope.
pub type Work = for<'a> fn(&'a crate::web::AppState, &'a crate::auth::Principal) -> WorkFuture<'a>;

/// No kinds of record (for a capability that writes none).
pub fn no_records() -> Vec<&'static str> {
    Vec::new()
}
