//! Importing people and their roles from CSV or XLSX: one row per grant. Columns:
//! `e-post`, `namn`, `roll`, `förvaltning` (code; empty for the whole municipality) and,
//! for managers, `enhet` (unit code). All or nothing, every problem named by row and column.
//! Imported people get no password: an administrator sets one, or they sign in through
//! the municipality's identity provider.

use serde::Serialize;
use sqlx::AnyConnection;

use crate::store::{self, NewGrant};
use varn_house::audit::{self, Actor, Entry};
use varn_house::db::Db;
use varn_house::i18n;
use varn_house::import::table as tabular;
use varn_house::import::table::cell;
use varn_house::kernel::check::{is_email, required_text, Checker};
use varn_house::kernel::error::{Error, Problem, Result};

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct PeopleImportReport {
    pub users_created: usize,
    pub grants_added: usize,
}

/// An example of the file the import takes, for the page to offer: a coordinator and a
/// unit manager of the organisation import's example administration, with roles written as
/// the page names them. A test imports it after the organisation's example.
pub fn example_csv() -> anyhow::Result<Vec<u8>> {
    use varn_house::auth::Role;
    let mut csv = varn_house::export::Csv::with_delimiter(b';');
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

/// Imports the people and grants of a file, all or nothing; every problem is named by row
/// and column.
pub async fn import(
    db: &Db,
    work: &varn_house::web::Work,
    actor: &Actor,
    bytes: Vec<u8>,
) -> Result<PeopleImportReport> {
    let cat = i18n::sv();
    let table = work
        .read_table(bytes, tabular::Limits::ORGANISATION)
        .await?;
    let cols = Columns::of(&table)?;
    let mut report = PeopleImportReport::default();
    let mut problems = Vec::new();
    let mut tx = db.begin_write().await?;
    for cells in &table.rows {
        problems.extend(import_row(&mut tx, actor, &cols, cells, &mut report).await?);
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
        Entry::new(varn_house::audit::Action::Import, crate::Record::User, "").summary(cat.f(
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

/// Where the file's columns are, and their headers as written.
struct Columns<'a> {
    headers: &'a [String],
    email: Option<usize>,
    name: Option<usize>,
    role: Option<usize>,
    admin: Option<usize>,
    unit: Option<usize>,
}

impl<'a> Columns<'a> {
    /// Finds the columns of a table; a missing e-mail, name or role column is a problem.
    fn of(table: &'a tabular::Table) -> Result<Self> {
        let cat = i18n::sv();
        let cols = Columns {
            headers: &table.headers,
            email: table.column(&["e-post", "epost", "e-postadress", "email"]),
            name: table.column(&["namn", "name"]),
            role: table.column(&["roll", "role"]),
            admin: table.column(&["förvaltning", "förvaltningskod"]),
            unit: table.column(&["enhet", "enhetskod"]),
        };
        let mut missing = Vec::new();
        for (col, key) in [
            (cols.email, "import.col_email"),
            (cols.name, "import.col_name"),
            (cols.role, "import.col_role"),
        ] {
            if col.is_none() {
                missing.push(Problem::row(1, cat.t(key), cat.t("import.missing_column")));
            }
        }
        if !missing.is_empty() {
            return Err(Error::Invalid(missing));
        }
        Ok(cols)
    }

    /// The header of a column as the file writes it (empty for a missing column).
    fn header(&self, col: Option<usize>) -> String {
        col.and_then(|c| self.headers.get(c))
            .cloned()
            .unwrap_or_default()
    }
}

/// Checks one row and, when it is right, creates its person if new and adds the grant;
/// returns the row's problems.
async fn import_row(
    conn: &mut AnyConnection,
    actor: &Actor,
    cols: &Columns<'_>,
    cells: &tabular::Row,
    report: &mut PeopleImportReport,
) -> Result<Vec<Problem>> {
    let cat = i18n::sv();
    let row = &cells.line;
    let mut c = Checker::for_row(*row);
    let email = cell(cells, cols.email).trim().to_lowercase();
    if !is_email(&email) {
        c.fail(&cols.header(cols.email), cat.t("validation.email"));
    }
    let name = c.check(
        &cols.header(cols.name),
        required_text(cell(cells, cols.name), 200),
    );
    let admin_code = cell(cells, cols.admin).trim().to_uppercase();
    let admin_id = if admin_code.is_empty() {
        None
    } else {
        let found = varn_org::administration_id_by_code(&mut *conn, &admin_code).await?;
        if found.is_none() {
            c.fail(
                &cols.header(cols.admin),
                cat.f("import.unknown_administration", &[("code", &admin_code)]),
            );
        }
        found
    };
    let unit_code = cell(cells, cols.unit).trim().to_uppercase();
    let unit_id = if unit_code.is_empty() {
        None
    } else {
        let found = varn_org::unit_id_by_code(&mut *conn, &unit_code)
            .await?
            .map(|(unit, _)| unit);
        if found.is_none() {
            c.fail(
                &cols.header(cols.unit),
                cat.f("import.unknown_unit", &[("code", &unit_code)]),
            );
        }
        found
    };
    let role_text = cell(cells, cols.role);
    if varn_house::auth::Role::parse(role_text).is_none() {
        c.fail(
            &cols.header(cols.role),
            cat.f("import.unknown_role", &[("value", role_text)]),
        );
    }
    if c.problems.is_empty() {
        let grant = NewGrant {
            role: role_text.to_string(),
            administration_id: admin_id,
            unit_id,
        };
        let person = (email.as_str(), name.as_deref().unwrap_or(""));
        c.problems
            .extend(add_row_grant(conn, actor, *row, person, &grant, report).await?);
    }
    Ok(c.problems)
}

/// Adds a checked row's grant to its person (created if new), unless the grant is refused;
/// returns the problems that refused it.
async fn add_row_grant(
    conn: &mut AnyConnection,
    actor: &Actor,
    row: usize,
    (email, name): (&str, &str),
    grant: &NewGrant,
    report: &mut PeopleImportReport,
) -> Result<Vec<Problem>> {
    let role = match store::check_grant(conn, grant, Some(row)).await {
        Ok(role) => role,
        Err(Error::Invalid(found)) => return Ok(found),
        Err(e) => return Err(e),
    };
    let user_id = match store::id_by_email(conn, email).await? {
        Some(id) => id,
        None => {
            report.users_created += 1;
            store::create(conn, email, name, None).await?
        }
    };
    if let Err(Error::Invalid(found)) =
        store::refuse_self_grant(actor.user_id, user_id, role, Some(row))
    {
        return Ok(found);
    }
    let (_, new) =
        store::add_grant(conn, user_id, role, grant.administration_id, grant.unit_id).await?;
    if new {
        report.grants_added += 1;
    }
    Ok(Vec::new())
}
