//! Signing in with a password, signing out, and `GET /api/v1/me`.
//! A wrong password and an unknown account get the same answer in the same time.

use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;
use axum::Extension;
use serde::Deserialize;
use varn_house::web::Query;

use varn_house::audit::{self, Actor, Entry};
use varn_house::auth::ratelimit::Verdict;
use varn_house::auth::{password, session, Principal};
use varn_house::i18n::{self, Catalog};
use varn_house::web::error::PageError;
use varn_house::web::AppState;
use varn_house::web::{render_status, ClientAddr, FormFields, Shell};

const PRE_COOKIE: &str = "varn_pre";

/// The longest e-mail address there is (RFC 5321).
const MAX_EMAIL: usize = 254;

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignInPage {
    i: &'static Catalog,
    shell: Shell,
    csrf: String,
    email: String,
    next: String,
    error: Option<String>,
    /// The button to the municipality's identity provider, when one is configured.
    oidc: Option<ProviderButton>,
    /// The password form is shown (it may be turned off).
    password: bool,
}

struct ProviderButton {
    href: String,
    label: String,
}

#[derive(Debug, Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

/// Only plain local paths are followed after signing in: a single `/` and then no
/// second `/` or `\\`, no control characters or white space (browsers drop a tab or a
/// newline and read `/<TAB>/evil.example` as another site), at most 2,000 characters.
/// Anything else goes to the start page.
pub(super) fn safe_next(next: &str) -> String {
    let plain = next.len() <= 2000
        && next.starts_with('/')
        && !next[1..].starts_with(['/', '\\'])
        && !next
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    if plain {
        next.to_string()
    } else {
        "/start".to_string()
    }
}

fn sign_in_page(
    state: &AppState,
    status: StatusCode,
    email: String,
    next: String,
    error: Option<String>,
) -> Response {
    let csrf = session::random_token();
    let cat = i18n::sv();
    let oidc = state.config.oidc_enabled().then(|| ProviderButton {
        href: format!(
            "/logga-in/oidc?{}",
            url::form_urlencoded::Serializer::new(String::new())
                .append_pair("next", &next)
                .finish()
        ),
        label: cat.f(
            "sign_in.oidc_button",
            &[("provider", super::oidc::provider_name(state))],
        ),
    });
    let page = SignInPage {
        i: cat,
        shell: Shell::new(None, cat.t("sign_in.title"), ""),
        csrf: csrf.clone(),
        email,
        next,
        error,
        oidc,
        password: state.config.password_sign_in,
    };
    let mut response = render_status(status, &page);
    if let Ok(v) = session::cookie(PRE_COOKIE, &csrf, state.config.cookie_secure, 3600).parse() {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    response
}

/// `GET /logga-in`
pub async fn sign_in_form(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    Query(q): Query<NextQuery>,
) -> Response {
    if principal.is_some() {
        return varn_house::web::see_other("/start");
    }
    sign_in_page(
        &state,
        StatusCode::OK,
        String::new(),
        safe_next(q.next.as_deref().unwrap_or("/start")),
        None,
    )
}

/// `POST /logga-in`
pub async fn sign_in(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    form: FormFields,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    // An address is at most 254 characters; anything longer names no account.
    let email: String = varn_house::auth::identity::normalise_email(form.get("email"))
        .chars()
        .take(MAX_EMAIL)
        .collect();
    let next = safe_next(form.get("next"));
    if !state.config.password_sign_in {
        return Ok(sign_in_page(
            &state,
            StatusCode::FORBIDDEN,
            String::new(),
            next,
            Some(cat.t("sign_in.password_off").into()),
        ));
    }
    let pre = session::read_cookie(&headers, PRE_COOKIE).unwrap_or_default();
    if pre.is_empty() || pre != form.get("csrf") {
        return Ok(sign_in_page(
            &state,
            StatusCode::BAD_REQUEST,
            email,
            next,
            Some(cat.t("sign_in.expired").into()),
        ));
    }
    let refusal = match state.limiter.check(&email, &client).await {
        Verdict::Try => None,
        Verdict::Refused => Some(cat.t("sign_in.too_many").to_string()),
        Verdict::Wait(left) => Some(cat.f(
            "sign_in.wait",
            &[("seconds", &left.as_secs_f64().ceil().max(1.0).to_string())],
        )),
    };
    if let Some(message) = refusal {
        return Ok(sign_in_page(
            &state,
            StatusCode::TOO_MANY_REQUESTS,
            email,
            next,
            Some(message),
        ));
    }
    let found = state.identity.credentials(&state.db, &email).await?;
    let (user_id, hash) = match found {
        Some((id, hash)) => (Some(id), hash),
        None => (None, None),
    };
    let ok = password::verify(form.get("password").to_string(), hash).await;
    let Some(user_id) = user_id.filter(|_| ok) else {
        state.limiter.failed(&email, &client).await;
        // The log names an account that exists; what else was typed is not kept.
        let who = if user_id.is_some() {
            email.clone()
        } else {
            cat.t("audit.unknown_account").to_string()
        };
        audit::record_now(
            &state.db,
            &Actor::system(&who),
            Entry::new(
                varn_house::audit::Action::SignInFailed,
                varn_house::auth::Record::Session,
                user_id.map(|id| id.to_string()).unwrap_or_default(),
            ),
        )
        .await?;
        return Ok(sign_in_page(
            &state,
            StatusCode::UNAUTHORIZED,
            email,
            next,
            Some(cat.t("sign_in.failed").into()),
        ));
    };
    state.limiter.succeeded(&email).await;
    let token = session::start(&state.db, user_id, state.config.session_hours).await?;
    audit::record_now(
        &state.db,
        &Actor {
            user_id: Some(user_id),
            label: email.clone(),
        },
        Entry::new(
            varn_house::audit::Action::SignIn,
            varn_house::auth::Record::Session,
            user_id,
        ),
    )
    .await?;
    let mut response = varn_house::web::see_other(&next);
    let secure = state.config.cookie_secure;
    let max_age = i64::from(state.config.session_hours) * 3600;
    for cookie in [
        session::cookie(session::COOKIE, &token, secure, max_age),
        session::cookie(PRE_COOKIE, "", secure, 0),
    ] {
        if let Ok(v) = cookie.parse() {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    Ok(response)
}

/// `POST /logga-ut`: ends Värn's session; when it began at the municipality's identity
/// provider and that offers a logout, the browser goes on to sign out there too.
pub async fn sign_out(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let mut id_token = None;
    if let Some(token) = session::read_cookie(&headers, session::COOKIE) {
        id_token = session::end(&state.db, &token).await?;
        state.caches.principals.remove(&session::hash_token(&token));
    }
    audit::record_now(
        &state.db,
        &Actor::of(&p),
        Entry::new(
            varn_house::audit::Action::SignOut,
            varn_house::auth::Record::Session,
            p.user_id,
        ),
    )
    .await?;
    let at_provider = match id_token {
        Some(id_token) => super::oidc::provider_logout(&state, &id_token).await,
        None => None,
    };
    let mut response = at_provider.unwrap_or_else(|| varn_house::web::see_other("/logga-in"));
    if let Ok(v) = session::cookie(session::COOKIE, "", state.config.cookie_secure, 0).parse() {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_plain_local_paths_are_followed() {
        for good in [
            "/start",
            "/inkorg/12?x=1",
            "/lagesbild/forvaltningar/3/ar/2026#a",
        ] {
            assert_eq!(safe_next(good), good);
        }
        for bad in [
            "//evil.example/x",
            "/\\evil.example",
            "/\t/evil.example/x",
            "/\n/evil.example",
            "/ /evil.example",
            "https://evil.example",
            "evil.example",
            "/\u{0}",
            "/a\\b",
            "",
        ] {
            assert_eq!(safe_next(bad), "/start", "{bad:?}");
        }
        assert_eq!(safe_next(&format!("/{}", "a".repeat(3000))), "/start");
    }
}
