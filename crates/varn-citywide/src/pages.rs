//! The central coordinator's desk as a page.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use serde::Deserialize;

use crate::desk::{self, CityDesk};
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::web::error::PageError;
use varn_house::web::{download, render_status, AppState, Query, Shell};

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

/// The year's follow-up as Word, PDF or CSV (`format`), for the executive board.
pub async fn file(
    state: &AppState,
    p: &Principal,
    year: Option<&str>,
    format: &str,
) -> Result<Response, Error> {
    let year = desk::year_of(year)?;
    let desk = desk::desk(state, p, year).await?;
    if let Some(why) = desk.empty_year.first() {
        return Err(Error::invalid(
            varn_house::i18n::sv().t("citywide.field.year"),
            why,
        ));
    }
    let name = format!("stadens-uppfoljning-{year}");
    if format == "csv" {
        let (header, rows) = crate::document::standing_table(&desk);
        let mut w = varn_house::export::Csv::new();
        w.row(header)?;
        for r in rows {
            w.row(r)?;
        }
        return Ok(download(
            w.finish()?,
            "text/csv; charset=utf-8",
            &format!("{name}.csv"),
        ));
    }
    if format == "xlsx" {
        let bytes = crate::document::xlsx(&desk)?;
        return Ok(download(
            bytes,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            &format!("{name}.xlsx"),
        ));
    }
    let municipality = varn_org::municipality_name(&state.db).await?;
    let format = format.to_string();
    let (bytes, content_type, file) = state
        .work
        .try_run(move || -> Result<(Vec<u8>, &'static str, String), Error> {
            let blocks = crate::document::blocks(&desk, &municipality);
            let title = crate::document::title(desk.year);
            let labels = crate::document::labels();
            Ok(match format.as_str() {
                "docx" => (
                    varn_docs::docx::render(&title, &municipality, &blocks, &labels)?,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    format!("{name}.docx"),
                ),
                "pdf" => (
                    varn_docs::pdf::render(&title, &municipality, &blocks, &labels),
                    "application/pdf",
                    format!("{name}.pdf"),
                ),
                _ => return Err(Error::NotFound),
            })
        })
        .await?;
    Ok(download(bytes, content_type, &file))
}

/// `GET /stad/uppfoljning.docx?ar=`
pub async fn docx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    Ok(file(&state, &p, q.ar.as_deref(), "docx").await?)
}

/// `GET /stad/uppfoljning.pdf?ar=`
pub async fn pdf(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    Ok(file(&state, &p, q.ar.as_deref(), "pdf").await?)
}

/// `GET /stad/uppfoljning.csv?ar=`
pub async fn csv(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    Ok(file(&state, &p, q.ar.as_deref(), "csv").await?)
}

/// `GET /stad/uppfoljning.xlsx?ar=`: every table of the follow-up, one sheet each.
pub async fn xlsx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    Ok(file(&state, &p, q.ar.as_deref(), "xlsx").await?)
}
