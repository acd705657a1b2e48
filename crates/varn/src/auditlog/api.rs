//! The audit log in the JSON API.

use crate::web::Query;
use axum::extract::State;
use axum::response::Response;
use axum::{Extension, Json};

use crate::audit::{self as store, AuditEntry, Filter, PAGE_SIZE};
use crate::auth::Principal;
use crate::kernel::error::Error;
use crate::web::error::ApiError;
use crate::web::AppState;

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
        &p.scope(crate::auditlog::perm::READ),
        &filter,
        Some(PAGE_SIZE),
    )
    .await?;
    crate::auditlog::hide_free_text(&p, &mut entries);
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
    let mut entries = store::list(
        &state.db,
        &p.scope(crate::auditlog::perm::READ),
        &filter,
        None,
    )
    .await?;
    crate::auditlog::hide_free_text(&p, &mut entries);
    let names = crate::auditlog::names(&state.db, &entries).await?;
    Ok(super::pages::csv_response(
        store::to_csv(&entries, |a| names.of(a)).map_err(Error::Internal)?,
    ))
}
