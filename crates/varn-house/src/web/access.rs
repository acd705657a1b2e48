//! The one access-check layer. Every route is declared with a [`Rule`] in `routes.rs`; this
//! layer finds the rule of the matched route, establishes the principal (session cookie or
//! bearer token), checks CSRF for session requests that change state, and allows or denies.
//! A route without a rule is denied (fail closed), and a test walks every route.

use crate::kernel::ids::AdministrationId;
use axum::body::{to_bytes, Body};
use axum::extract::{MatchedPath, RawPathParams, Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use subtle::ConstantTimeEq;

use crate::auth::principal::{Principal, Role, Via};
use crate::auth::{session, tokens};
use crate::i18n;
use crate::kernel::error::Error;
use crate::web::error::{api_error, PageError};
use crate::web::AppState;

/// Which administration a route's record belongs to: the path parameter that names the
/// record, and the query that finds the record's administration from it. Each capability
/// declares the targets of its own records (`org::UNIT`, `plans::PLAN` …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    /// The path parameter, e.g. `admin` for `{admin}`.
    pub param: &'static str,
    /// `SELECT <administration id> … WHERE <record id> = $1`.
    pub administration: &'static str,
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
            (Rule::In(roles, _), Some(p)) => {
                administration.is_some_and(|a| p.covers(roles, AdministrationId::new(a)))
            }
        }
    }
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
            return tokens::principal(&state.db, state.identity.as_ref(), token.trim()).await;
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
            let found = session::principal(&state.db, state.identity.as_ref(), &token).await?;
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

/// Largest form body read for a CSRF check (file uploads are read only as far as their
/// first field); the route's own limit then applies to what the handler reads.
const FORM_LIMIT: usize = crate::web::routes::body::TEXT;

/// Checks the CSRF token of a state-changing session request: header `x-csrf-token`, the
/// `csrf` query parameter (kept for scripts), the `csrf` field of a urlencoded form, or the
/// first field of a file upload.
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
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    if let Some(boundary) = multipart_boundary(&content_type) {
        return multipart_csrf(req, &boundary, expected).await;
    }
    if !content_type.starts_with("application/x-www-form-urlencoded") {
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

/// The boundary of a `multipart/form-data` body.
fn multipart_boundary(content_type: &str) -> Option<String> {
    let (kind, params) = content_type.split_once(';')?;
    if !kind.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.split(';').find_map(|p| {
        let (k, v) = p.trim().split_once('=')?;
        k.eq_ignore_ascii_case("boundary")
            .then(|| v.trim_matches('"').to_string())
            .filter(|b| !b.is_empty() && b.len() <= 200)
    })
}

/// Largest beginning of an upload read to find its CSRF field (the forms put it first).
const MULTIPART_HEAD: usize = 8 * 1024;

/// The CSRF token of a file upload: the upload's first field must be `csrf` (every form
/// puts it first), so only the upload's beginning is read here — at most
/// [`MULTIPART_HEAD`] bytes — and the whole body then streams on to the handler, within
/// the route's own limit. The token never stands in the address, so it is not logged or
/// sent on as a referrer.
async fn multipart_csrf(req: Request, boundary: &str, expected: &str) -> Result<Request, ()> {
    use axum::body::HttpBody;
    let (parts, mut body) = req.into_parts();
    let mut head: Vec<u8> = Vec::new();
    let given = loop {
        if let Some(value) = first_field(&head, boundary, "csrf") {
            break value;
        }
        if head.len() >= MULTIPART_HEAD {
            return Err(());
        }
        let frame = std::future::poll_fn(|cx| std::pin::Pin::new(&mut body).poll_frame(cx)).await;
        match frame {
            Some(Ok(f)) => {
                if let Ok(data) = f.into_data() {
                    head.extend_from_slice(&data);
                }
            }
            _ => return Err(()),
        }
    };
    if !token_matches(&given, expected) {
        return Err(());
    }
    let rest = body.into_data_stream();
    let stream = futures_util::stream::StreamExt::chain(
        futures_util::stream::once(std::future::ready(Ok::<_, axum::Error>(
            axum::body::Bytes::from(head),
        ))),
        rest,
    );
    Ok(Request::from_parts(parts, Body::from_stream(stream)))
}

/// The value of the first part of a multipart body when it is the field `name` and has
/// arrived whole in `head`.
fn first_field(head: &[u8], boundary: &str, name: &str) -> Option<String> {
    let text = std::str::from_utf8(head.get(..head.len().min(MULTIPART_HEAD))?)
        .or_else(|e| std::str::from_utf8(&head[..e.valid_up_to()]))
        .ok()?;
    let open = format!("--{boundary}\r\n");
    let rest = text.strip_prefix(&open)?;
    let (headers, after) = rest.split_once("\r\n\r\n")?;
    let named = headers.lines().any(|h| {
        let h = h.to_ascii_lowercase();
        h.starts_with("content-disposition:")
            && h.contains("form-data")
            && h.contains(&format!("name=\"{name}\""))
    });
    if !named {
        return None;
    }
    let (value, _) = after.split_once(&format!("\r\n--{boundary}"))?;
    Some(value.to_string())
}

async fn administration_of(
    state: &AppState,
    target: Target,
    params: &RawPathParams,
) -> Result<i64, Error> {
    let raw = params
        .iter()
        .find(|(k, _)| *k == target.param)
        .map(|(_, v)| v)
        .ok_or(Error::NotFound)?;
    let id: i64 = raw.parse().map_err(|_| Error::NotFound)?;
    // A target's query selects one column, the administration: a scalar.
    sqlx::query_scalar::<_, i64>(target.administration)
        .bind(id)
        .fetch_optional(state.db.pool())
        .await?
        .ok_or(Error::NotFound)
}

/// What the page shell needs to know of the request being served: who it is, and the
/// capabilities whose links the navigation shows.
#[derive(Debug, Clone)]
pub struct Context {
    pub principal: Option<Principal>,
    pub capabilities: &'static [crate::web::capability::Capability],
}

tokio::task_local! {
    /// The request being served, so that every page (error pages too) keeps the person's
    /// navigation and sign-out button.
    pub static CURRENT: Context;
}

/// The principal of the request being served, if any.
pub fn current() -> Option<Principal> {
    CURRENT.try_with(|c| c.principal.clone()).ok().flatten()
}

/// The capabilities of the app serving this request (none outside a request).
pub fn capabilities() -> &'static [crate::web::capability::Capability] {
    CURRENT.try_with(|c| c.capabilities).unwrap_or(&[])
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
                    Err(e) => {
                        // With the person's navigation, as the answer for a record out of
                        // scope has it: the two must not be told apart.
                        let context = Context {
                            principal: principal.clone(),
                            capabilities: state.capabilities,
                        };
                        return CURRENT.scope(context, async { denied(&path, e) }).await;
                    }
                }
            }
            _ => None,
        };
        if !rule.allows(Some(p), administration) {
            let context = Context {
                principal: principal.clone(),
                capabilities: state.capabilities,
            };
            // A record of another administration answers as a missing one does to anyone
            // who holds the route's role, so its number tells no one that it exists.
            let error = match rule {
                Rule::In(roles, _) if p.has_any(roles) => Error::NotFound,
                _ => Error::Forbidden,
            };
            return CURRENT.scope(context, async { denied(&path, error) }).await;
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
    let context = Context {
        principal,
        capabilities: state.capabilities,
    };
    CURRENT.scope(context, next.run(req)).await
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
            user_id: crate::kernel::ids::UserId::new(1),
            email: "x@y.example".into(),
            name: "X".into(),
            grants: vec![Grant {
                id: 1,
                role,
                administration_id: admin.map(AdministrationId::new),
                unit_id: None,
            }],
            via: Via::Token,
        }
    }

    #[test]
    fn scoped_rules_need_a_covering_grant() {
        const ADMIN: Target = Target {
            param: "admin",
            administration: "SELECT id FROM administrations WHERE id = $1",
        };
        let rule = Rule::In(
            &[
                Role::Coordinator,
                Role::CentralCoordinator,
                Role::Administrator,
            ],
            ADMIN,
        );
        assert!(rule.allows(Some(&p(Role::Coordinator, Some(1))), Some(1)));
        assert!(!rule.allows(Some(&p(Role::Coordinator, Some(1))), Some(2)));
        assert!(rule.allows(Some(&p(Role::Administrator, None)), Some(2)));
        assert!(!rule.allows(Some(&p(Role::Reader, None)), Some(2)));
        assert!(!rule.allows(None, Some(1)));
        assert!(Rule::Public.allows(None, None));
        assert!(!Rule::SignedIn.allows(None, None));
    }

    #[test]
    fn the_csrf_field_is_read_from_an_uploads_beginning() {
        let body = "--b1\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntok\r\n--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nx\r\n--b1--\r\n";
        assert_eq!(
            first_field(body.as_bytes(), "b1", "csrf").as_deref(),
            Some("tok")
        );
        // Not yet whole, another field first, or another boundary: no token.
        assert_eq!(first_field(&body.as_bytes()[..50], "b1", "csrf"), None);
        assert_eq!(first_field(body.as_bytes(), "b2", "csrf"), None);
        let later = body.replacen("name=\"csrf\"", "name=\"file\"", 1);
        assert_eq!(first_field(later.as_bytes(), "b1", "csrf"), None);
        assert_eq!(
            multipart_boundary("multipart/form-data; boundary=\"abc\"").as_deref(),
            Some("abc")
        );
        assert_eq!(multipart_boundary("text/plain; boundary=abc"), None);
    }

    #[test]
    fn csrf_tokens_compare_exactly() {
        assert!(token_matches("abc", "abc"));
        assert!(!token_matches("abd", "abc"));
        assert!(!token_matches("", ""));
    }
}
