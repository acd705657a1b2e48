//! Importing people and their roles from CSV or XLSX: one row per grant. Columns:
//! `e-post`, `namn`, `roll`, `förvaltning` (code; empty for the whole municipality) and,
//! for managers, `enhet` (unit code). All or nothing, every problem named by row and column.
//! Imported people get no password: an administrator sets one, or they sign in through
//! the municipality's identity provider.

use serde::Serialize;

use crate::audit::{self, Actor, Entry};
use crate::db::Db;
use crate::i18n;
use crate::import::table as tabular;
use crate::import::table::cell;
use crate::kernel::check::{is_email, required_text, Checker};
use crate::kernel::error::{Error, Problem, Result};
use crate::people::store::{self, NewGrant};

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct PeopleImportReport {
    pub users_created: usize,
    pub grants_added: usize,
}

/// An example of the file the import takes, for the page to offer: a coordinator and a
/// unit manager of the organisation import's example administration, with roles written as
/// the page names them. A test imports it after the organisation's example.
pub fn example_csv() -> anyhow::Result<Vec<u8>> {
    use crate::auth::Role;
    let mut csv = crate::export::Csv::with_delimiter(b';');
    csv.row(["e-post", "namn", "roll", "förvaltning", "enhet"])?;
    csv.row([
        "kim.exempelsson@exempelvik.example",
        "Kim Exempelsson",
        Role::Manager.label(),
        "EXV",
        "EXV-FALT",
    ])?;
    csv.row([
        "samordnare@exempelvik.example",
        "Sam Ordnare",
        Role::Coordinator.label(),
        "EXV",
        "",
    ])?;
    csv.row([
        "lasare@exempelvik.example",
        "Lo Läsare",
        Role::Reader.label(),
        "",
        "",
    ])?;
    csv.finish()
}

pub async fn import(
    db: &Db,
    work: &crate::web::Work,
    actor: &Actor,
    bytes: Vec<u8>,
) -> Result<PeopleImportReport> {
    let cat = i18n::sv();
    let table = work
        .read_table(bytes, tabular::Limits::ORGANISATION)
        .await?;
    let email_col = table.column(&["e-post", "epost", "e-postadress", "email"]);
    let name_col = table.column(&["namn", "name"]);
    let role_col = table.column(&["roll", "role"]);
    let admin_col = table.column(&["förvaltning", "förvaltningskod"]);
    let unit_col = table.column(&["enhet", "enhetskod"]);
    let mut missing = Vec::new();
    for (col, key) in [
        (email_col, "import.col_email"),
        (name_col, "import.col_name"),
        (role_col, "import.col_role"),
    ] {
        if col.is_none() {
            missing.push(Problem::row(1, cat.t(key), cat.t("import.missing_column")));
        }
    }
    if !missing.is_empty() {
        return Err(Error::Invalid(missing));
    }
    let header = |col: Option<usize>| {
        col.and_then(|c| table.headers.get(c))
            .cloned()
            .unwrap_or_default()
    };
    let mut report = PeopleImportReport::default();
    let mut problems = Vec::new();
    let mut tx = db.begin_write().await?;
    for cells in &table.rows {
        let row = &cells.line;
        let mut c = Checker::for_row(*row);
        let email = cell(cells, email_col).trim().to_lowercase();
        if !is_email(&email) {
            c.fail(&header(email_col), cat.t("validation.email"));
        }
        let name = c.check(&header(name_col), required_text(cell(cells, name_col), 200));
        let admin_code = cell(cells, admin_col).trim().to_uppercase();
        let admin_id = if admin_code.is_empty() {
            None
        } else {
            let found =
                sqlx::query_scalar::<_, i64>("SELECT id FROM administrations WHERE code = $1")
                    .bind(&admin_code)
                    .fetch_optional(&mut *tx)
                    .await?;
            if found.is_none() {
                c.fail(
                    &header(admin_col),
                    cat.f("import.unknown_administration", &[("code", &admin_code)]),
                );
            }
            found
        };
        let unit_code = cell(cells, unit_col).trim().to_uppercase();
        let unit_id = if unit_code.is_empty() {
            None
        } else {
            let found = sqlx::query_scalar::<_, i64>("SELECT id FROM units WHERE code = $1")
                .bind(&unit_code)
                .fetch_optional(&mut *tx)
                .await?;
            if found.is_none() {
                c.fail(
                    &header(unit_col),
                    cat.f("import.unknown_unit", &[("code", &unit_code)]),
                );
            }
            found
        };
        let role_text = cell(cells, role_col);
        if crate::auth::Role::parse(role_text).is_none() {
            c.fail(
                &header(role_col),
                cat.f("import.unknown_role", &[("value", role_text)]),
            );
        }
        if c.problems.is_empty() {
            let grant = NewGrant {
                role: role_text.to_string(),
                administration_id: admin_id,
                unit_id,
            };
            match store::check_grant(&mut tx, &grant, Some(*row)).await {
                Ok(role) => {
                    let user_id = match store::id_by_email(&mut tx, &email).await? {
                        Some(id) => id,
                        None => {
                            report.users_created += 1;
                            store::create(&mut tx, &email, name.as_deref().unwrap_or(""), None)
                                .await?
                        }
                    };
                    if let Err(Error::Invalid(found)) =
                        store::refuse_self_grant(actor.user_id, user_id, role, Some(*row))
                    {
                        c.problems.extend(found);
                        problems.extend(std::mem::take(&mut c.problems));
                        continue;
                    }
                    let (_, new) =
                        store::add_grant(&mut tx, user_id, role, admin_id, unit_id).await?;
                    if new {
                        report.grants_added += 1;
                    }
                }
                Err(Error::Invalid(found)) => c.problems.extend(found),
                Err(e) => return Err(e),
            }
        }
        problems.extend(c.problems);
    }
    if table.rows.is_empty() {
        problems.push(Problem::field(
            cat.t("import.file"),
            cat.t("import.no_rows"),
        ));
    }
    if !problems.is_empty() {
        tx.rollback().await?;
        return Err(Error::Invalid(problems));
    }
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            crate::audit::Action::Import,
            crate::people::Record::User,
            "",
        )
        .summary(cat.f(
            "import.people_summary",
            &[
                ("users", &report.users_created.to_string()),
                ("grants", &report.grants_added.to_string()),
            ],
        )),
    )
    .await?;
    tx.commit().await?;
    Ok(report)
}
