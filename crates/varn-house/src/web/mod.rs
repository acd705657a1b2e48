//! The web shell: the page frame every page is drawn in, navigation by role, static assets
//! embedded in the binary with cache-busting names, and the error pages.
//! Pages are askama templates (never HTML built with `format!`).

pub mod access;
pub mod accessibility;
pub mod assets;
pub mod capability;
pub mod document;
pub mod error;
pub mod form;
pub mod markdown;
pub mod ops;
pub mod paging;
pub mod pii;
pub mod routes;
pub mod state;
pub mod work;

pub use form::{
    uploaded_file, uploaded_named, Choice, ClientAddr, FormFields, JsonBody, Path, Query, Upload,
};
pub use pii::Pii;
pub use state::AppState;
pub use work::Work;

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use crate::auth::Principal;
use crate::i18n::{self, Catalog};

/// A link in the main navigation.
#[derive(Debug, Clone)]
pub struct NavLink {
    pub href: &'static str,
    pub label: &'static str,
    pub current: bool,
}

/// The signed-in person as the frame shows them.
#[derive(Debug, Clone)]
pub struct ShellUser {
    pub name: String,
    pub roles: String,
}

/// What the frame around every page needs.
#[derive(Debug, Clone)]
pub struct Shell {
    pub title: String,
    pub user: Option<ShellUser>,
    pub nav: Vec<NavLink>,
    pub csrf: String,
    pub css: &'static str,
    pub js: &'static str,
    pub htmx: &'static str,
    pub notice: Option<String>,
}

impl Shell {
    /// The frame for a page titled by catalogue key `title_key`; `current` is the nav item's href.
    pub fn new(principal: Option<&Principal>, title: impl Into<String>, current: &str) -> Shell {
        let cat = i18n::sv();
        let nav = principal
            .map(|p| nav_for(p, current, cat))
            .unwrap_or_default();
        Shell {
            title: title.into(),
            user: principal.map(|p| ShellUser {
                name: p.name.clone(),
                roles: p
                    .roles()
                    .iter()
                    .map(|r| r.label())
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
            nav,
            csrf: principal.map(|p| p.csrf().to_string()).unwrap_or_default(),
            css: assets::css_path(),
            js: assets::js_path(),
            htmx: assets::htmx_path(),
            notice: None,
        }
    }

    pub fn with_notice(mut self, notice: Option<String>) -> Shell {
        self.notice = notice;
        self
    }
}

/// The links of every capability that this person may follow, in their order.
fn nav_for(p: &Principal, current: &str, cat: &'static Catalog) -> Vec<NavLink> {
    let mut items: Vec<&crate::web::capability::NavItem> = crate::web::access::capabilities()
        .iter()
        .flat_map(|c| c.nav.iter())
        .filter(|n| n.roles.is_none_or(|roles| p.has_any(roles)))
        .collect();
    items.sort_by_key(|n| n.order);
    items
        .into_iter()
        .map(|n| NavLink {
            href: n.href,
            label: cat.t(n.label),
            current: current == n.href,
        })
        .collect()
}

/// Renders a template into an HTML response; a rendering failure is an internal error.
pub fn render<T: Template>(template: &T) -> Response {
    render_status(StatusCode::OK, template)
}

pub fn render_status<T: Template>(status: StatusCode, template: &T) -> Response {
    match template.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(err) => crate::web::error::PageError(crate::kernel::error::Error::Internal(
            anyhow::Error::new(err),
        ))
        .into_response(),
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    i: &'static Catalog,
    shell: Shell,
    message: &'a str,
    problems: Vec<String>,
    reference: Option<String>,
}

/// The Swedish error page; shows a reference id for internal errors, never details.
pub fn error_page(
    status: StatusCode,
    title: &str,
    message: &str,
    problems: Vec<String>,
    reference: Option<String>,
) -> Response {
    let page = ErrorPage {
        i: i18n::sv(),
        shell: Shell::new(crate::web::access::current().as_ref(), title, ""),
        message,
        problems,
        reference,
    };
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        // Rendering the error page itself failed: answer in plain text, still in Swedish.
        Err(_) => (status, i18n::sv().t("error.internal").to_string()).into_response(),
    }
}

/// The fallback for paths that match no route.
pub async fn not_found() -> Response {
    crate::web::error::PageError(crate::kernel::error::Error::NotFound).into_response()
}

/// The answer to a form post that succeeded: back to a page, with a notice.
pub fn see_other(location: &str) -> Response {
    axum::response::Redirect::to(location).into_response()
}

/// A file to download, with its type and name.
pub fn download(bytes: Vec<u8>, content_type: &str, filename: &str) -> Response {
    use axum::http::header;
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// Notices shown after a redirect, keyed by the `klart` query parameter.
pub fn notice(code: Option<&str>) -> Option<String> {
    let key = match code? {
        "sparat" => "notice.saved",
        "skapat" => "notice.created",
        "borttaget" => "notice.removed",
        "importerat" => "notice.imported",
        "avslutat" => "notice.ended",
        _ => return None,
    };
    Some(i18n::sv().t(key).to_string())
}

/// What a form post answers: on success a redirect to `to`; on input the page cannot take
/// (or a conflict with what is stored), the page again through `again` with the problems
/// in Swedish; any other error as an error page.
pub async fn after_post<T, F, Fut>(
    result: Result<T, crate::kernel::error::Error>,
    to: &str,
    again: F,
) -> Result<Response, crate::web::error::PageError>
where
    F: FnOnce(StatusCode, Vec<String>) -> Fut,
    Fut: std::future::Future<Output = Result<Response, crate::web::error::PageError>>,
{
    use crate::kernel::error::Error;
    match result {
        Ok(_) => Ok(see_other(to)),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            let status = if matches!(e, Error::Conflict(_)) {
                StatusCode::CONFLICT
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            again(status, e.sentences()).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Query of pages that show a notice after a redirect.
#[derive(Debug, serde::Deserialize, Default)]
pub struct NoticeQuery {
    pub klart: Option<String>,
}
