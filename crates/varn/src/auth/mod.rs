//! Who is asking, and may they? Sign-in, sessions, API tokens, CSRF, rate limiting and the
//! one access-check layer that every route passes through.
//!
//! Identity providers: passwords are the first; a municipality's own OIDC provider is the
//! next. Both end in [`session::start`] with a user id, so a new provider adds a route that
//! proves who the person is and never touches sessions, roles or the access layer.

pub mod access;
pub mod cache;
pub mod password;
pub mod principal;
pub mod ratelimit;
pub mod routes;
pub mod session;
pub mod tokens;

pub use principal::{Grant, Principal, Role, Scope};

crate::audit_records!(
    /// The records of this capability that the audit log names.
    pub enum Record {
        Session = "session",
        ApiToken = "api_token",
    }
);

/// This capability's routes, each with its access rule.
pub fn routes(t: crate::web::routes::RouteTable) -> crate::web::routes::RouteTable {
    #[allow(unused_imports)]
    use crate::auth::access::Rule::{Any, In, Public, SignedIn};
    t.get("/logga-in", Public, routes::sign_in_form)
        .post("/logga-in", Public, routes::sign_in)
        .post("/logga-ut", SignedIn, routes::sign_out)
        .get("/api/v1/me", SignedIn, routes::me)
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(routes::me))]
pub struct Api;

/// What this capability gives the app.
pub const CAPABILITY: crate::capability::Capability = crate::capability::Capability {
    name: "auth",
    routes,
    api: Some(<Api as utoipa::OpenApi>::openapi),
    records: <Record as crate::audit::RecordKind>::codes,
    nav: &[],
    demo: None,
};
