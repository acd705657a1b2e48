//! A round's recipients from a sheet (XLSX or CSV): a column "Enhet" with unit codes (the
//! unit's manager answers) and a column "E-post" with partners' addresses. A bad address or
//! a unit that cannot be asked refuses the whole list, naming the row and the field.

use serde::Serialize;
use sqlx::AnyConnection;

use varn_house::i18n;
use varn_house::import::table::{self as tabular, cell};
use varn_house::kernel::error::{Error, Problem, Result};
use varn_house::kernel::ids::{AdministrationId, DepartmentId, UnitId};

/// The recipients a sheet names, to open a round with.
#[derive(Debug, Clone, Default, Serialize, utoipa::ToSchema)]
pub struct SurveyRecipientList {
    pub unit_ids: Vec<UnitId>,
    /// The units' names, in the same order.
    pub unit_names: Vec<String>,
    pub partner_emails: Vec<String>,
}

/// What a sheet may hold: a city's units and partners, with room to spare.
const LIMITS: tabular::Limits = tabular::Limits {
    rows: 5_000,
    columns: 20,
    cells: 50_000,
};

/// Reads a sheet and checks every row against the units `admin`'s rounds may ask.
pub async fn read(
    conn: &mut AnyConnection,
    admin: AdministrationId,
    table: &tabular::Table,
) -> Result<SurveyRecipientList> {
    let cat = i18n::sv();
    let unit_col = table.column(&["enhet", "enhetskod", "unit"]);
    let email_col = table.column(&["e-post", "epost", "e-postadress", "email"]);
    if unit_col.is_none() && email_col.is_none() {
        return Err(Error::invalid(
            cat.t("import.file"),
            cat.t("survey.no_columns"),
        ));
    }
    let askable: Vec<DepartmentId> = crate::store::askable_departments(conn, admin)
        .await?
        .into_iter()
        .map(|d| d.0)
        .collect();
    let mut problems = Vec::new();
    let mut out = SurveyRecipientList::default();
    for row in &table.rows {
        let code = cell(row, unit_col).trim();
        let email = cell(row, email_col).trim().to_lowercase();
        if !code.is_empty() {
            let found: Option<(UnitId, DepartmentId, String)> = sqlx::query_as(
                "SELECT id, department_id, name FROM units WHERE code = $1 AND (valid_to IS NULL OR valid_to >= $2)",
            )
            .bind(code)
            .bind(varn_house::db::today())
            .fetch_optional(&mut *conn)
            .await?;
            match found {
                Some((id, dept, name)) if askable.contains(&dept) => {
                    if !out.unit_ids.contains(&id) {
                        out.unit_ids.push(id);
                        out.unit_names.push(name);
                    }
                }
                _ => problems.push(Problem::row(
                    row.line,
                    cat.t("survey.column_unit"),
                    cat.t("survey.unknown_unit"),
                )),
            }
        } else if !email.is_empty() {
            if varn_house::kernel::check::is_email(&email) && email.len() <= 254 {
                if !out.partner_emails.contains(&email) {
                    out.partner_emails.push(email);
                }
            } else {
                problems.push(Problem::row(
                    row.line,
                    cat.t("survey.column_email"),
                    cat.t("survey.bad_email"),
                ));
            }
        }
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    if out.unit_ids.is_empty() && out.partner_emails.is_empty() {
        return Err(Error::invalid(cat.t("import.file"), cat.t("import.empty")));
    }
    Ok(out)
}

/// Reads the bytes of an uploaded sheet, off the async threads, then checks it.
pub async fn from_upload(
    state: &varn_house::web::AppState,
    admin: AdministrationId,
    bytes: Vec<u8>,
) -> Result<SurveyRecipientList> {
    let table = state.work.read_table(bytes, LIMITS).await?;
    let mut conn = state.db.pool().acquire().await?;
    read(&mut conn, admin, &table).await
}
