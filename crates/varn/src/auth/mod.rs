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
