//! The pages of the year's figures: an administration's (exact) with its CSV, XLSX and the
//! summary for the board as Word and PDF, and the city's (suppressed).

use super::*;
use varn_house::kernel::ids::AdministrationId;

/// `?ar=` of the year's pages.
#[derive(Debug, Default, Deserialize)]
pub struct YearQuery {
    pub ar: Option<String>,
}

fn year_of(q: &YearQuery) -> Result<i32, Error> {
    let asked =
        q.ar.as_deref()
            .map(str::trim)
            .filter(|y| !y.is_empty())
            .map(|y| y.parse::<i32>().unwrap_or(0));
    crate::api::year_or_now(asked)
}

#[derive(Template)]
#[template(path = "grants/year.html")]
struct YearPage {
    i: &'static Catalog,
    shell: Shell,
    admin: Administration,
    year: GrantsYear,
}

/// `GET /bidrag/forvaltningar/{admin}/arsrapport?ar=`
pub async fn year(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let y = year_of(&q)?;
    let administration = org::get_administration(&state.db, admin).await?;
    let page = YearPage {
        i: cat,
        shell: Shell::new(
            Some(&p),
            cat.f(
                "grants.year_title",
                &[
                    ("administration", &administration.name),
                    ("year", &y.to_string()),
                ],
            ),
            "/bidrag",
        ),
        admin: administration,
        year: report::year(&state.db, admin, y).await?,
    };
    Ok(render_status(StatusCode::OK, &page))
}

/// The year's figures of `admin` as a file, audited as an export: `csv`, `xlsx`, `docx` or
/// `pdf` (the summary for the board). Gives the bytes, their type and a file name.
pub async fn year_bytes(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    y: i32,
    ext: &'static str,
) -> Result<(Vec<u8>, &'static str, String), Error> {
    let administration = org::get_administration(&state.db, admin).await?;
    let figures = report::year(&state.db, admin, y).await?;
    let name = administration.name.clone();
    let bytes = state
        .work
        .try_run(move || -> Result<Vec<u8>, Error> {
            Ok(match ext {
                "csv" => report::csv(&figures, &name)?,
                "xlsx" => document::xlsx(&figures, &name)?,
                "docx" => document::docx(&figures, &name)?,
                _ => document::pdf(&figures, &name),
            })
        })
        .await?;
    varn_house::audit::record_now(
        &state.db,
        &Actor::of(p),
        varn_house::audit::Entry::new(
            varn_house::audit::Action::Export,
            Record::Application,
            admin,
        )
        .admin(Some(admin))
        .summary(format!("{y} {ext}")),
    )
    .await
    .map_err(Error::Internal)?;
    let kind = match ext {
        "csv" => "text/csv; charset=utf-8",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/pdf",
    };
    Ok((
        bytes,
        kind,
        format!("bidrag-{}-{y}.{ext}", administration.code.to_lowercase()),
    ))
}

async fn year_file(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    q: &YearQuery,
    ext: &'static str,
) -> Result<Response, PageError> {
    let y = year_of(q)?;
    let (bytes, kind, name) = year_bytes(state, p, admin, y, ext).await?;
    Ok(download(bytes, kind, &name))
}

/// `GET /bidrag/forvaltningar/{admin}/arsrapport.csv?ar=`
pub async fn year_csv(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    year_file(&state, &p, admin, &q, "csv").await
}

/// `GET /bidrag/forvaltningar/{admin}/arsrapport.xlsx?ar=`
pub async fn year_xlsx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    year_file(&state, &p, admin, &q, "xlsx").await
}

/// `GET /bidrag/forvaltningar/{admin}/arsrapport.docx?ar=`: the summary for the board.
pub async fn year_docx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    year_file(&state, &p, admin, &q, "docx").await
}

/// `GET /bidrag/forvaltningar/{admin}/arsrapport.pdf?ar=`: the summary for the board.
pub async fn year_pdf(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    year_file(&state, &p, admin, &q, "pdf").await
}

#[derive(Template)]
#[template(path = "grants/city.html")]
struct CityPage {
    i: &'static Catalog,
    shell: Shell,
    city: GrantsCity,
}

/// `GET /bidrag/stad?ar=`
pub async fn city(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let y = year_of(&q)?;
    let page = CityPage {
        i: cat,
        shell: Shell::new(
            Some(&p),
            cat.f("grants.city_title", &[("year", &y.to_string())]),
            "/bidrag",
        ),
        city: report::city(&state.db, y).await?,
    };
    Ok(render_status(StatusCode::OK, &page))
}
