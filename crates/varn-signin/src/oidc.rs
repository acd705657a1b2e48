//! Signing in through the municipality's identity provider: `GET /logga-in/oidc` sends the
//! browser there, `GET /logga-in/oidc/svar` takes it back, proves who came back through
//! `auth::oidc` and starts the session as a password sign-in does. Every way it can fail
//! has its own Swedish page and a log line; none is a 500.
//!
//! Cookies: the binding cookie is `SameSite=Lax`, since the provider's redirect back is a
//! cross-site navigation that a strict cookie would not follow. For the same reason the
//! return answers with a short page that moves on by itself to the start page, rather
//! than a redirect: a redirect would still count as the provider's navigation, and the
//! strict session cookie would not be sent with it.

use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;
use axum::Extension;
use serde::Deserialize;

use varn_house::audit::{self, Actor, Entry};
use varn_house::auth::oidc::{Failure, Provider};
use varn_house::auth::{session, Principal};
use varn_house::i18n::{self, Catalog};
use varn_house::web::error::PageError;
use varn_house::web::{render_status, AppState, Query, Shell};

/// The cookie that binds a sign-in under way to the browser that began it.
const BINDING_COOKIE: &str = "varn_oidc";

/// The page of a step of sign-in or sign-out through the provider: a message, a link, and
/// (when the browser should move on by itself) where to.
#[derive(Template)]
#[template(path = "signin/notice.html")]
pub(super) struct Notice {
    i: &'static Catalog,
    shell: Shell,
    message: String,
    link_href: String,
    link_label: String,
    onward: Option<String>,
}

impl Notice {
    pub(super) fn new(title: &str, message: String, link_href: &str, link_label: &str) -> Notice {
        Notice {
            i: i18n::sv(),
            shell: Shell::new(None, title, ""),
            message,
            link_href: link_href.to_string(),
            link_label: link_label.to_string(),
            onward: None,
        }
    }

    /// The page moves on to `url` by itself.
    pub(super) fn onward(mut self) -> Notice {
        self.onward = Some(self.link_href.clone());
        self
    }
}

/// The provider's name as configured, for texts.
pub(super) fn provider_name(state: &AppState) -> &str {
    state.config.oidc_provider_name.trim()
}

fn problem(state: &AppState, status: StatusCode, title: &str, text: &str) -> Response {
    let cat = i18n::sv();
    let message = cat.f(text, &[("provider", provider_name(state))]);
    render_status(
        status,
        &Notice::new(cat.t(title), message, "/logga-in", cat.t("oidc.again")),
    )
}

/// The answer to a provider that did not answer: a clear page, and a log line for the
/// operator (the reason, never a token).
fn unreachable(state: &AppState, reason: &str) -> Response {
    tracing::warn!(reason, "the identity provider could not be reached");
    problem(
        state,
        StatusCode::SERVICE_UNAVAILABLE,
        "oidc.unreachable_title",
        "oidc.unreachable",
    )
}

fn failure_page(state: &AppState, failure: Failure) -> Result<Response, PageError> {
    Ok(match failure {
        Failure::Unreachable(reason) => unreachable(state, &reason),
        Failure::BadState => {
            tracing::info!(
                "a sign-in through the identity provider came back with an unknown state"
            );
            problem(
                state,
                StatusCode::BAD_REQUEST,
                "oidc.bad_state_title",
                "oidc.bad_state",
            )
        }
        Failure::Refused(reason) | Failure::BadToken(reason) => {
            tracing::warn!(
                reason,
                "a sign-in through the identity provider was refused"
            );
            problem(
                state,
                StatusCode::UNAUTHORIZED,
                "oidc.refused_title",
                "oidc.refused",
            )
        }
        Failure::Internal(e) => {
            return Err(PageError(varn_house::kernel::error::Error::Internal(e)))
        }
    })
}

fn provider(state: &AppState) -> Result<Option<Provider>, PageError> {
    Provider::from_config(&state.config)
        .map_err(|e| PageError(varn_house::kernel::error::Error::Internal(e)))
}

#[derive(Debug, Deserialize)]
pub struct BeginQuery {
    next: Option<String>,
}

/// `GET /logga-in/oidc`: sends the browser to the provider.
pub async fn begin(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    Query(q): Query<BeginQuery>,
) -> Result<Response, PageError> {
    let Some(provider) = provider(&state)? else {
        return Ok(varn_house::web::not_found().await);
    };
    if principal.is_some() {
        return Ok(varn_house::web::see_other("/start"));
    }
    let next = super::pages::safe_next(q.next.as_deref().unwrap_or("/start"));
    let begun = match provider.begin(&state.db, &next).await {
        Ok(begun) => begun,
        Err(failure) => return failure_page(&state, failure),
    };
    let mut response = varn_house::web::see_other(&begun.url);
    set_cookie(
        &mut response,
        &binding_cookie(&begun.binding, state.config.cookie_secure),
    );
    Ok(response)
}

/// The binding cookie: only the return path reads it, and it lives as long as a sign-in may
/// take at the provider.
fn binding_cookie(value: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    let age = if value.is_empty() { 0 } else { 600 };
    format!("{BINDING_COOKIE}={value}; Path=/logga-in/oidc; HttpOnly; SameSite=Lax; Max-Age={age}{secure}")
}

fn set_cookie(response: &mut Response, cookie: &str) {
    if let Ok(v) = cookie.parse() {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
}

/// What the provider sends back: a code and the state, or an error and the state.
#[derive(Debug, Deserialize)]
pub struct ReturnQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// The longest code or state Värn looks at; real ones are far shorter.
const MAX_PARAM: usize = 2048;

/// `GET /logga-in/oidc/svar`: the provider's return.
pub async fn finish(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<ReturnQuery>,
) -> Result<Response, PageError> {
    let Some(provider) = provider(&state)? else {
        return Ok(varn_house::web::not_found().await);
    };
    let binding = session::read_cookie(&headers, BINDING_COOKIE);
    let secure = state.config.cookie_secure;
    let mut response = finish_inner(&state, &provider, binding.as_deref(), q).await?;
    // The binding has served, whatever came of it.
    set_cookie(&mut response, &binding_cookie("", secure));
    Ok(response)
}

async fn finish_inner(
    state: &AppState,
    provider: &Provider,
    binding: Option<&str>,
    q: ReturnQuery,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let too_long = |v: &Option<String>| v.as_ref().is_some_and(|v| v.len() > MAX_PARAM);
    if too_long(&q.code) || too_long(&q.state) {
        return failure_page(state, Failure::BadState);
    }
    if let Some(error) = q.error.as_deref() {
        let error: String = error.chars().take(64).collect();
        tracing::info!(error, "the identity provider sent back an error");
        return Ok(problem(
            state,
            StatusCode::UNAUTHORIZED,
            "oidc.refused_title",
            "oidc.cancelled",
        ));
    }
    let (Some(code), Some(st)) = (q.code.as_deref(), q.state.as_deref()) else {
        return failure_page(state, Failure::BadState);
    };
    let proven = match provider.finish(&state.db, st, binding, code).await {
        Ok(proven) => proven,
        Err(failure) => return failure_page(state, failure),
    };
    let account = provider
        .account(&state.db, state.identity.as_ref(), &proven)
        .await?;
    let Some(user_id) = account else {
        // Known to the provider, not to Värn: refused, and nothing is created.
        tracing::info!("a person the identity provider knows has no account in Värn");
        audit::record_now(
            &state.db,
            &Actor::system(cat.t("audit.unknown_account")),
            Entry::new(
                varn_house::audit::Action::SignInFailed,
                varn_house::auth::Record::Session,
                "",
            ),
        )
        .await?;
        return Ok(problem(
            state,
            StatusCode::FORBIDDEN,
            "oidc.unknown_title",
            "oidc.unknown",
        ));
    };
    let token = session::start_with(
        &state.db,
        user_id,
        state.config.session_hours,
        Some(&proven.id_token),
    )
    .await?;
    audit::record_now(
        &state.db,
        &Actor {
            user_id: Some(user_id),
            label: proven.email.clone().unwrap_or_default(),
        },
        Entry::new(
            varn_house::audit::Action::SignIn,
            varn_house::auth::Record::Session,
            user_id,
        ),
    )
    .await?;
    let page = Notice::new(
        cat.t("oidc.signed_in_title"),
        cat.t("oidc.signed_in").to_string(),
        &proven.next,
        cat.t("oidc.continue"),
    )
    .onward();
    let mut response = render_status(StatusCode::OK, &page);
    let max_age = i64::from(state.config.session_hours) * 3600;
    set_cookie(
        &mut response,
        &session::cookie(session::COOKIE, &token, state.config.cookie_secure, max_age),
    );
    Ok(response)
}

/// After Värn's own session has ended: the page that sends the browser on to the provider's
/// logout, when the session began there and the provider offers one.
pub(super) async fn provider_logout(state: &AppState, id_token: &str) -> Option<Response> {
    let provider = match Provider::from_config(&state.config) {
        Ok(Some(provider)) => provider,
        Ok(None) => return None,
        Err(e) => {
            tracing::warn!(error = %format!("{e:#}"), "the identity provider's settings");
            return None;
        }
    };
    let url = match provider.logout_url(id_token).await {
        Ok(Some(url)) => url,
        Ok(None) => return None,
        Err(failure) => {
            tracing::warn!(reason = %failure, "the identity provider's logout could not be reached");
            return None;
        }
    };
    let cat = i18n::sv();
    let name = provider_name(state);
    let page = Notice::new(
        cat.t("oidc.signed_out_title"),
        cat.f("oidc.signed_out", &[("provider", name)]),
        &url,
        &cat.f("oidc.sign_out_there", &[("provider", name)]),
    )
    .onward();
    Some(render_status(StatusCode::OK, &page))
}
