//! The organisation (DOMAIN.md §3): administrations, departments, units and the
//! coordinators' contact cards; edited in pages and the API, imported from CSV and XLSX.

pub mod api;
pub mod domain;
pub mod import;
pub mod pages;
pub mod service;
pub mod store;

/// Passes on the result of a change to the organisation, first giving the PII guard the
/// organisation's names as they now are (a failure to do so is logged: the guard then
/// still knows the names it had).
pub async fn changed<T>(
    state: &crate::web::AppState,
    result: crate::kernel::error::Result<T>,
) -> crate::kernel::error::Result<T> {
    if result.is_ok() {
        if let Err(err) = state.pii.refresh(&state.db).await {
            tracing::warn!(error = %format!("{err:#}"), "the PII guard could not learn the organisation's names");
        }
    }
    result
}

// What other capabilities may read of this one.
pub use store::{
    administration_by_code, create_administration, create_contact, create_department, create_unit,
    end_unit, get_administration, get_unit, list_administrations, list_all_units, list_contacts,
    list_units, municipality_name, place_names, rename_department, set_municipality_name,
    update_administration, update_unit, Administration, ContactCard, Unit,
};
