//! The audit log in the JSON API.

use axum::extract::State;
use axum::response::Response;
use axum::{Extension, Json};
use varn_house::web::Query;

use varn_house::audit::{self as store, AuditEntry, Filter, PAGE_SIZE};
use varn_house::auth::Principal;
use varn_house::kernel::error::Error;
use varn_house::web::error::ApiError;
use varn_house::web::AppState;

/// `GET /api/v1/audit`
#[utoipa::path(get, path = "/api/v1/audit", tag = "audit", params(Filter),
    responses((status = 200, description = "Newest first, 100 a page, within the caller's scope", body = [AuditEntry])))]
pub async fn list(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(filter): Query<Filter>,
) -> Result<Json<Vec<AuditEntry>>, ApiError> {
    let mut entries = store::list(
        &state.db,
        &p.scope(crate::perm::READ),
        &filter,
        Some(PAGE_SIZE),
    )
    .await?;
    crate::hide_free_text(&p, &mut entries);
    Ok(Json(entries))
}

/// `GET /api/v1/audit/export.csv`
#[utoipa::path(get, path = "/api/v1/audit/export.csv", tag = "audit", params(Filter),
    responses((status = 200, description = "All matching entries as CSV", content_type = "text/csv", body = String)))]
pub async fn csv(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(filter): Query<Filter>,
) -> Result<Response, ApiError> {
    let mut entries = store::list(&state.db, &p.scope(crate::perm::READ), &filter, None).await?;
    crate::hide_free_text(&p, &mut entries);
    let names = crate::names(&state.db, &entries).await?;
    Ok(super::pages::csv_response(
        store::to_csv(&entries, |a| names.of(a)).map_err(Error::Internal)?,
    ))
}
