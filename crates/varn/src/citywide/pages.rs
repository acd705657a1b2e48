//! The central coordinator's desk as a page.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use serde::Deserialize;

use crate::auth::Principal;
use crate::citywide::desk::{self, CityDesk};
use crate::i18n::{self, Catalog};
use crate::kernel::error::Error;
use crate::web::error::PageError;
use crate::web::{render_status, AppState, Query, Shell};

#[derive(Template)]
#[template(path = "citywide/desk.html")]
struct DeskPage {
    i: &'static Catalog,
    shell: Shell,
    desk: CityDesk,
    problems: Vec<String>,
    previous: i32,
    next: i32,
}

/// `?ar=` of the desk.
#[derive(Debug, Default, Deserialize)]
pub struct YearQuery {
    pub ar: Option<String>,
}

/// `GET /stad?ar=`
pub async fn desk(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let (year, problems, status) = match desk::year_of(q.ar.as_deref()) {
        Ok(y) => (y, vec![], StatusCode::OK),
        Err(e @ Error::Invalid(_)) => (
            desk::year_of(None)?,
            e.sentences(),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(e) => return Err(e.into()),
    };
    let desk = desk::desk(&state, &p, year).await?;
    let page = DeskPage {
        i: cat,
        shell: Shell::new(
            Some(&p),
            cat.f("citywide.title", &[("year", &year.to_string())]),
            "/stad",
        ),
        desk,
        problems,
        previous: year - 1,
        next: year + 1,
    };
    Ok(render_status(status, &page))
}
