//! Who is asking: roles and their scopes, the principal, sessions, API tokens, passwords,
//! limits on guessing, and the seam to where people are kept ([`identity`]). The access
//! layer that every route passes through is `web::access`; the sign-in pages are the
//! `signin` capability. Nothing here knows HTTP.
//!
//! Identity providers: passwords, and the municipality's own OpenID Connect provider
//! ([`oidc`]). Both end in [`session::start`] with a user id: a provider proves who the
//! person is and never touches roles or the access layer.

pub mod cache;
pub mod identity;
pub mod oidc;
pub mod password;
pub mod principal;
pub mod ratelimit;
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
