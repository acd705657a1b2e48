//! The state every handler may use: the database, the configuration, the guard, the
//! limits on guessing, the route rules, the caches and the pool for CPU work. Cloned per
//! request (every field is a cheap handle); nothing of it is global.

use std::sync::Arc;

use crate::auth::ratelimit::SignInLimiter;
use crate::config::Config;
use crate::db::Db;
use crate::web::access::Rules;

/// What every handler may use; cloned per request (all fields are cheap handles).
#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub limiter: Arc<SignInLimiter>,
    pub rules: Arc<Rules>,
    /// Short-lived caches of principals and start pages.
    pub caches: Arc<crate::auth::cache::Caches>,
    /// The PII guard, which knows the organisation's own names.
    pub pii: crate::web::Pii,
    /// Where the access layer finds people and their grants.
    pub identity: Arc<dyn crate::auth::identity::Identity>,
    /// The capabilities the app was built with.
    pub capabilities: &'static [crate::web::capability::Capability],
    /// Requests counted for `/metrics`.
    pub metrics: Arc<crate::web::ops::Metrics>,
    /// Imports under way, for their progress pages.
    pub imports: Arc<crate::import::jobs::Jobs>,
    /// The bounded pool that CPU work runs in, off the async threads.
    pub work: crate::web::Work,
}
