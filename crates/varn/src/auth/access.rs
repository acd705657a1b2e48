//! The one access-check layer. Every route is declared with a [`Rule`] in `routes.rs`; this
//! layer finds the rule of the matched route, establishes the principal (session cookie or
//! bearer token), checks CSRF for session requests that change state, and allows or denies.
//! A route without a rule is denied (fail closed), and a test walks every route.

use axum::body::{to_bytes, Body};
use axum::extract::{MatchedPath, RawPathParams, Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use sqlx::Row;
use subtle::ConstantTimeEq;

use crate::auth::principal::{Principal, Role, Via};
use crate::auth::{session, tokens};
use crate::i18n;
use crate::kernel::error::Error;
use crate::web::error::{api_error, PageError};
use crate::web::AppState;

/// Which administration a route's record belongs to, read from a path parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// `{admin}`: an administration id.
    Administration,
    /// `{department}`: a department id.
    Department,
    /// `{unit}`: a unit id.
    Unit,
    /// `{contact}`: a contact card id.
    Contact,
    /// `{report}`: an anonymized form's id.
    Report,
    /// `{link}`: a partner link's id.
    PartnerLink,
    /// `{plan}`: an action plan id.
    Plan,
    /// `{activity}`: an activity of an action plan.
    Activity,
}

impl Target {
    pub fn param(self) -> &'static str {
        match self {
            Target::Administration => "admin",
            Target::Department => "department",
            Target::Unit => "unit",
            Target::Contact => "contact",
            Target::Report => "report",
            Target::PartnerLink => "link",
            Target::Plan => "plan",
            Target::Activity => "activity",
        }
    }

    fn lookup_sql(self) -> &'static str {
        match self {
            Target::Administration => "SELECT id FROM administrations WHERE id = $1",
            Target::Department => "SELECT administration_id FROM departments WHERE id = $1",
            Target::Unit => "SELECT d.administration_id FROM units u JOIN departments d ON d.id = u.department_id WHERE u.id = $1",
            Target::Contact => "SELECT administration_id FROM contact_cards WHERE id = $1",
            Target::Report => "SELECT administration_id FROM reports WHERE id = $1",
            Target::PartnerLink => "SELECT administration_id FROM partner_links WHERE id = $1",
            Target::Plan => "SELECT administration_id FROM plans WHERE id = $1",
            Target::Activity => "SELECT p.administration_id FROM plan_activities a JOIN plans p ON p.id = a.plan_id WHERE a.id = $1",
        }
    }
}

/// Who may use a route.
#[derive(Debug, Clone, Copy)]
pub enum Rule {
    /// Anyone, signed in or not.
    Public,
    /// Any signed-in person.
    SignedIn,
    /// A signed-in person holding one of these roles (lists are then filtered by scope).
    Any(&'static [Role]),
    /// One of these roles with a scope that reaches the record named in the path.
    In(&'static [Role], Target),
}

impl Rule {
    /// Decides for a principal, given the administration the route's record belongs to.
    pub fn allows(&self, principal: Option<&Principal>, administration: Option<i64>) -> bool {
        match (self, principal) {
            (Rule::Public, _) => true,
            (_, None) => false,
            (Rule::SignedIn, Some(_)) => true,
            (Rule::Any(roles), Some(p)) => p.has_any(roles),
            (Rule::In(roles, _), Some(p)) => administration.is_some_and(|a| p.covers(roles, a)),
        }
    }
}

/// Role sets shared by rules and by handlers that filter lists.
pub mod perm {
    use super::Role::{self, *};
    /// Read the organisation (administrations, departments, units).
    pub const ORG_VIEW: &[Role] = &[
        Manager,
        Coordinator,
        CentralCoordinator,
        Reader,
        Administrator,
    ];
    /// Change the organisation.
    pub const ORG_EDIT: &[Role] = &[CentralCoordinator, Administrator];
    /// Change an administration's coordinator contact cards.
    pub const CONTACT_EDIT: &[Role] = &[Coordinator, CentralCoordinator, Administrator];
    /// Manage people, roles and tokens.
    pub const PEOPLE: &[Role] = &[Administrator];
    /// Read the audit log (coordinators: their own administrations).
    pub const AUDIT: &[Role] = &[Administrator, CentralCoordinator, Coordinator];
    /// Read and assess anonymized forms, and manage partner links.
    pub const INBOX: &[Role] = &[Coordinator, CentralCoordinator];
    /// Change the taxonomy.
    pub const TAXONOMY_EDIT: &[Role] = &[CentralCoordinator];
    /// Read the routine's versions, drafts included.
    pub const ROUTINE_HISTORY: &[Role] = &[Coordinator, CentralCoordinator, Reader, Administrator];
    /// Edit and publish the routine (the central coordinator owns it).
    pub const ROUTINE_EDIT: &[Role] = &[CentralCoordinator];
    /// Read action plans (in scope).
    pub const PLAN_VIEW: &[Role] = &[Manager, Coordinator, CentralCoordinator, Reader];
    /// Write the plans of one's own administration.
    pub const PLAN_EDIT: &[Role] = &[Coordinator];
    /// Record the executive board's approval.
    pub const PLAN_APPROVE: &[Role] = &[Coordinator, CentralCoordinator];
    /// Report follow-up on activities (managers; coordinators on their behalf).
    pub const PLAN_REPORT: &[Role] = &[Manager, Coordinator];
    /// Own the common structure (the plan template).
    pub const PLAN_TEMPLATE: &[Role] = &[CentralCoordinator];
    /// Read an administration's situational picture (suppressed outside it).
    pub const SITUATION_VIEW: &[Role] = &[Coordinator, CentralCoordinator, Reader];
    /// Add figures to an administration's picture.
    pub const SITUATION_EDIT: &[Role] = &[Coordinator];
}

fn is_api(path: &str) -> bool {
    path.starts_with("/api/")
}

fn unauthenticated(path: &str) -> Response {
    if is_api(path) {
        api_error(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            i18n::sv().t("error.unauthorized").into(),
            vec![],
            None,
        )
    } else {
        let next: String = url::form_urlencoded::byte_serialize(path.as_bytes()).collect();
        Redirect::to(&format!("/logga-in?next={next}")).into_response()
    }
}

fn denied(path: &str, err: Error) -> Response {
    if is_api(path) {
        crate::web::error::ApiError(err).into_response()
    } else {
        PageError(err).into_response()
    }
}

/// Finds the principal: a bearer token first, then the session cookie.
pub async fn authenticate(
    state: &AppState,
    headers: &HeaderMap,
) -> anyhow::Result<Option<Principal>> {
    if let Some(value) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    {
        if let Some(token) = value.strip_prefix("Bearer ") {
            return tokens::principal(&state.db, token.trim()).await;
        }
        return Ok(None);
    }
    match session::read_cookie(headers, session::COOKIE) {
        Some(token) => {
            let key = session::hash_token(&token);
            let generation = state.db.changes();
            if let Some(p) = state.caches.principals.get(&key, generation) {
                return Ok(Some(p));
            }
            let found = session::principal(&state.db, &token).await?;
            if let Some(p) = &found {
                state.caches.principals.put(key, p.clone(), generation);
            }
            Ok(found)
        }
        None => Ok(None),
    }
}

fn same_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let origin_host = origin.split("://").nth(1).unwrap_or("");
    origin_host == host
}

fn token_matches(given: &str, expected: &str) -> bool {
    !expected.is_empty() && given.as_bytes().ct_eq(expected.as_bytes()).into()
}

/// Largest form body read for a CSRF check (file uploads use multipart and the query
/// token); the route's own limit then applies to what the handler reads.
const FORM_LIMIT: usize = crate::routes::body::TEXT;

/// Checks the CSRF token of a state-changing session request: header `x-csrf-token`, the
/// `csrf` query parameter (multipart uploads), or the `csrf` field of a urlencoded form.
async fn check_csrf(req: Request, expected: &str) -> Result<Request, ()> {
    if !same_origin(req.headers()) {
        return Err(());
    }
    if let Some(given) = req
        .headers()
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
    {
        return if token_matches(given, expected) {
            Ok(req)
        } else {
            Err(())
        };
    }
    if let Some(query) = req.uri().query() {
        if let Some((_, given)) =
            url::form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == "csrf")
        {
            return if token_matches(&given, expected) {
                Ok(req)
            } else {
                Err(())
            };
        }
    }
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Err(());
    }
    let (parts, body) = req.into_parts();
    let bytes = to_bytes(body, FORM_LIMIT).await.map_err(|_| ())?;
    let ok = url::form_urlencoded::parse(&bytes)
        .find(|(k, _)| k == "csrf")
        .is_some_and(|(_, given)| token_matches(&given, expected));
    if ok {
        Ok(Request::from_parts(parts, Body::from(bytes)))
    } else {
        Err(())
    }
}

async fn administration_of(
    state: &AppState,
    target: Target,
    params: &RawPathParams,
) -> Result<i64, Error> {
    let raw = params
        .iter()
        .find(|(k, _)| *k == target.param())
        .map(|(_, v)| v)
        .ok_or(Error::NotFound)?;
    let id: i64 = raw.parse().map_err(|_| Error::NotFound)?;
    let row = sqlx::query(target.lookup_sql())
        .bind(id)
        .fetch_optional(state.db.pool())
        .await?
        .ok_or(Error::NotFound)?;
    Ok(row.try_get::<i64, _>(0)?)
}

tokio::task_local! {
    /// The principal of the request being served, so that error pages can keep the
    /// person's navigation and sign-out button.
    pub static CURRENT: Option<Principal>;
}

/// The principal of the request being served, if any.
pub fn current() -> Option<Principal> {
    CURRENT.try_with(Clone::clone).ok().flatten()
}

/// The middleware itself; installed with `route_layer`, so it runs for matched routes only.
pub async fn check(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let matched = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string());
    let Some(rule) = matched
        .as_deref()
        .and_then(|m| state.rules.get(req.method(), m))
    else {
        // A method the path does not take is the client's mistake; a route that exists
        // without a rule is ours, and is denied.
        if let Some(allowed) = matched.as_deref().map(|m| state.rules.methods(m)) {
            if !allowed.is_empty() {
                return method_not_allowed(&path, &allowed);
            }
        }
        tracing::error!(path = %path, method = %req.method(), "route without an access rule");
        return denied(&path, Error::Forbidden);
    };
    let principal = match authenticate(&state, req.headers()).await {
        Ok(p) => p,
        Err(err) => return denied(&path, Error::Internal(err)),
    };
    let mut req = req;
    if !matches!(rule, Rule::Public) {
        let Some(p) = &principal else {
            return unauthenticated(&path);
        };
        let administration = match rule {
            Rule::In(_, target) => {
                let (mut parts, body) = req.into_parts();
                let params = match RawPathParams::from_request_parts(&mut parts, &state).await {
                    Ok(p) => p,
                    Err(_) => return denied(&path, Error::NotFound),
                };
                let found = administration_of(&state, target, &params).await;
                req = Request::from_parts(parts, body);
                match found {
                    Ok(a) => Some(a),
                    Err(e) => return denied(&path, e),
                }
            }
            _ => None,
        };
        if !rule.allows(Some(p), administration) {
            return CURRENT
                .scope(principal.clone(), async { denied(&path, Error::Forbidden) })
                .await;
        }
    }
    let unsafe_method = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if unsafe_method {
        if let Some(Principal {
            via: Via::Session { csrf },
            ..
        }) = &principal
        {
            let expected = csrf.clone();
            req = match check_csrf(req, &expected).await {
                Ok(r) => r,
                Err(()) => return csrf_failed(&path),
            };
        }
    }
    if let Some(p) = principal.clone() {
        req.extensions_mut().insert(p);
    }
    CURRENT.scope(principal, next.run(req)).await
}

fn method_not_allowed(path: &str, allowed: &[Method]) -> Response {
    let message = i18n::sv().t("error.method").to_string();
    let mut response = if is_api(path) {
        api_error(
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
            message,
            vec![],
            None,
        )
    } else {
        (StatusCode::METHOD_NOT_ALLOWED, message).into_response()
    };
    let list = allowed
        .iter()
        .map(Method::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if let Ok(v) = list.parse() {
        response.headers_mut().insert(header::ALLOW, v);
    }
    response
}

fn csrf_failed(path: &str) -> Response {
    let message = i18n::sv().t("error.csrf").to_string();
    if is_api(path) {
        api_error(StatusCode::FORBIDDEN, "csrf", message, vec![], None)
    } else {
        PageError(Error::Conflict(message)).into_response()
    }
}

use axum::extract::FromRequestParts;

/// The access rules of every route, by method and route pattern.
#[derive(Debug, Default)]
pub struct Rules {
    rules: std::collections::HashMap<(Method, &'static str), Rule>,
}

impl Rules {
    pub fn insert(&mut self, method: Method, path: &'static str, rule: Rule) {
        self.rules.insert((method, path), rule);
    }

    pub fn get(&self, method: &Method, path: &str) -> Option<Rule> {
        // Axum answers HEAD with the GET route.
        let method = if method == Method::HEAD {
            &Method::GET
        } else {
            method
        };
        self.rules
            .iter()
            .find(|((m, p), _)| m == method && *p == path)
            .map(|(_, r)| *r)
    }

    /// The methods a route pattern takes.
    pub fn methods(&self, path: &str) -> Vec<Method> {
        let mut out: Vec<Method> = self
            .rules
            .keys()
            .filter(|(_, p)| *p == path)
            .map(|(m, _)| m.clone())
            .collect();
        out.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        out
    }

    /// Every (method, path, rule), sorted, for the access matrix and the API document.
    pub fn list(&self) -> Vec<(Method, &'static str, Rule)> {
        let mut out: Vec<_> = self
            .rules
            .iter()
            .map(|((m, p), r)| (m.clone(), *p, *r))
            .collect();
        out.sort_by(|a, b| (a.1, a.0.as_str()).cmp(&(b.1, b.0.as_str())));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::principal::Grant;

    fn p(role: Role, admin: Option<i64>) -> Principal {
        Principal {
            user_id: 1,
            email: "x@y.example".into(),
            name: "X".into(),
            grants: vec![Grant {
                id: 1,
                role,
                administration_id: admin,
                unit_id: None,
            }],
            via: Via::Token,
        }
    }

    #[test]
    fn scoped_rules_need_a_covering_grant() {
        let rule = Rule::In(perm::CONTACT_EDIT, Target::Administration);
        assert!(rule.allows(Some(&p(Role::Coordinator, Some(1))), Some(1)));
        assert!(!rule.allows(Some(&p(Role::Coordinator, Some(1))), Some(2)));
        assert!(rule.allows(Some(&p(Role::Administrator, None)), Some(2)));
        assert!(!rule.allows(Some(&p(Role::Reader, None)), Some(2)));
        assert!(!rule.allows(None, Some(1)));
        assert!(Rule::Public.allows(None, None));
        assert!(!Rule::SignedIn.allows(None, None));
    }

    #[test]
    fn csrf_tokens_compare_exactly() {
        assert!(token_matches("abc", "abc"));
        assert!(!token_matches("abd", "abc"));
        assert!(!token_matches("", ""));
    }
}
