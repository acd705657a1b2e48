//! The accessibility statement (tillgänglighetsredogörelse) that lag 2018:1937 requires of
//! every public digital service: how far Värn meets WCAG 2.1 AA, what does not yet, how to
//! report a shortcoming, and where to complain. The municipality may replace the text
//! (`accessibility_statement`, Markdown) and must give its contact (`accessibility_contact`).

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::i18n::{self, Catalog};
use crate::web::{render, AppState, Shell};

#[derive(Template)]
#[template(path = "accessibility.html")]
struct Page {
    i: &'static Catalog,
    shell: Shell,
    /// The municipality's own statement, as HTML, when it wrote one.
    own: Option<String>,
    contact: String,
}

/// `GET /tillganglighet`, for everyone, signed in or not.
pub async fn page(State(state): State<AppState>) -> Response {
    let cat = i18n::sv();
    let text = state.config.accessibility_statement.trim();
    render(&Page {
        i: cat,
        shell: Shell::new(
            crate::web::access::current().as_ref(),
            cat.t("accessibility.title"),
            "",
        ),
        own: (!text.is_empty()).then(|| crate::web::markdown::render_markdown(text)),
        contact: state.config.accessibility_contact.trim().to_string(),
    })
}
