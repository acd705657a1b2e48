//! The city-wide follow-up in the JSON API.

use axum::extract::State;
use axum::{Extension, Json};
use serde::Deserialize;

use crate::desk::{self, CityDesk};
use varn_house::auth::Principal;
use varn_house::web::error::ApiError;
use varn_house::web::{AppState, Query};

/// Which year.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct CityYearParam {
    /// The year (2000–2100); this year when absent.
    pub year: Option<String>,
}

/// `GET /api/v1/city/desk?year=`: every administration in scope, how it stands in each
/// respect the capabilities follow, with a traffic light; what waits for the executive
/// board; the city's counts, suppressed.
#[utoipa::path(get, path = "/api/v1/city/desk", tag = "citywide", params(CityYearParam),
    responses((status = 200, body = CityDesk), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn desk(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<CityYearParam>,
) -> Result<Json<CityDesk>, ApiError> {
    let year = desk::year_of(q.year.as_deref())?;
    Ok(Json(desk::desk(&state, &p, year).await?))
}
