//! Importing the organisation from CSV or XLSX: one row per unit, with its administration
//! and department. All or nothing: every row is checked, every problem is reported with its
//! row and column, and nothing is written unless the whole file is clean.
//!
//! Columns (headers matched loosely): `förvaltning` (code), optional `förvaltningens namn`
//! and `förvaltningstyp` (to create a new administration), `avdelningskod`, `avdelning`,
//! `enhetskod`, `enhet`, `chef`, `antal medarbetare`, `funktioner`, `giltig från`.

use std::collections::HashMap;
use varn_house::kernel::ids::{AdministrationId, DepartmentId};

use serde::Serialize;
use sqlx::AnyConnection;

use crate::domain::{AdministrationInput, AdministrationKind, Code, UnitForm};
use crate::store;
use varn_house::audit::{self, Actor, Entry};
use varn_house::db::Db;
use varn_house::i18n;
use varn_house::import::table as tabular;
use varn_house::import::table::{cell, Table};
use varn_house::kernel::check::Checker;
use varn_house::kernel::error::{Error, Problem, Result};

/// An example of the file the import takes, for the import page to offer: every column,
/// a new administration with two departments, and units with their functions, in the
/// words the import reads (`;` between cells, as Swedish Excel writes). A test imports it.
pub fn example_csv() -> anyhow::Result<Vec<u8>> {
    use crate::domain::UnitFunction as F;
    let district = AdministrationKind::District.label();
    let both = |a: F, b: F| format!("{}, {}", a.label(), b.label());
    let mut csv = varn_house::export::Csv::with_delimiter(b';');
    csv.row([
        "förvaltning",
        "förvaltningens namn",
        "förvaltningstyp",
        "avdelningskod",
        "avdelning",
        "enhetskod",
        "enhet",
        "chef",
        "antal medarbetare",
        "funktioner",
        "giltig från",
    ])?;
    let rows = [
        (
            "EXV-IFO",
            "Individ- och familjeomsorg",
            "EXV-FALT",
            "Fältgruppen",
            "Kim Exempelsson",
            "9",
            both(F::Preventive, F::Detecting),
        ),
        (
            "EXV-IFO",
            "Individ- och familjeomsorg",
            "EXV-BOU",
            "Barn och unga",
            "Alex Provare",
            "31",
            both(F::Detecting, F::Remedial),
        ),
        (
            "EXV-KUF",
            "Kultur och fritid",
            "EXV-FG1",
            "Fritidsgården Exempelgården",
            "Robin Mall",
            "7",
            F::Preventive.label().to_string(),
        ),
    ];
    for (dept_code, dept, unit_code, unit, manager, headcount, functions) in rows {
        csv.row([
            "EXV",
            "Exempelvikens stadsdelsförvaltning",
            district,
            dept_code,
            dept,
            unit_code,
            unit,
            manager,
            headcount,
            functions.as_str(),
            "2026-01-01",
        ])?;
    }
    csv.finish()
}

/// What an import did.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct ImportReport {
    pub administrations_created: usize,
    pub departments_created: usize,
    pub units_created: usize,
    pub units_updated: usize,
}

struct Columns {
    admin: Option<usize>,
    admin_name: Option<usize>,
    admin_kind: Option<usize>,
    dept_code: Option<usize>,
    dept_name: Option<usize>,
    unit_code: Option<usize>,
    unit_name: Option<usize>,
    manager: Option<usize>,
    headcount: Option<usize>,
    functions: Option<usize>,
    valid_from: Option<usize>,
}

fn columns(t: &Table) -> Result<Columns> {
    let c = Columns {
        admin: t.column(&["förvaltning", "förvaltningskod", "administration"]),
        admin_name: t.column(&["förvaltningens namn", "förvaltningsnamn"]),
        admin_kind: t.column(&["förvaltningstyp", "typ"]),
        dept_code: t.column(&["avdelningskod"]),
        dept_name: t.column(&["avdelning", "avdelningsnamn"]),
        unit_code: t.column(&["enhetskod"]),
        unit_name: t.column(&["enhet", "enhetsnamn"]),
        manager: t.column(&["chef", "enhetschef"]),
        headcount: t.column(&["antal medarbetare", "antal anställda", "medarbetare"]),
        functions: t.column(&["funktioner", "funktion"]),
        valid_from: t.column(&["giltig från", "giltig_fran", "from"]),
    };
    let cat = i18n::sv();
    let required = [
        (c.admin, "import.col_administration"),
        (c.dept_code, "import.col_department_code"),
        (c.unit_code, "import.col_unit_code"),
        (c.unit_name, "import.col_unit_name"),
    ];
    let missing: Vec<Problem> = required
        .iter()
        .filter(|(col, _)| col.is_none())
        .map(|(_, key)| Problem::row(1, cat.t(key), cat.t("import.missing_column")))
        .collect();
    if missing.is_empty() {
        Ok(c)
    } else {
        Err(Error::Invalid(missing))
    }
}

/// Reads and applies an organisation file in one transaction.
pub async fn import(
    db: &Db,
    work: &varn_house::web::Work,
    actor: &Actor,
    bytes: Vec<u8>,
) -> Result<ImportReport> {
    let table = work
        .read_table(bytes, tabular::Limits::ORGANISATION)
        .await?;
    let cols = columns(&table)?;
    let mut tx = db.begin_write().await?;
    let outcome = apply(&mut tx, &table, &cols).await;
    match outcome {
        Ok((report, problems)) if problems.is_empty() => {
            audit::record(
                &mut tx,
                actor,
                Entry::new(
                    varn_house::audit::Action::Import,
                    crate::Record::Organisation,
                    "",
                )
                .summary(i18n::sv().f(
                    "import.summary",
                    &[
                        ("admins", &report.administrations_created.to_string()),
                        ("departments", &report.departments_created.to_string()),
                        ("created", &report.units_created.to_string()),
                        ("updated", &report.units_updated.to_string()),
                    ],
                )),
            )
            .await?;
            tx.commit().await?;
            Ok(report)
        }
        Ok((_, problems)) => {
            tx.rollback().await?;
            Err(Error::Invalid(problems))
        }
        Err(e) => {
            tx.rollback().await?;
            Err(e)
        }
    }
}

async fn apply(
    conn: &mut AnyConnection,
    table: &Table,
    cols: &Columns,
) -> Result<(ImportReport, Vec<Problem>)> {
    let mut run = Apply {
        conn,
        table,
        cols,
        report: ImportReport::default(),
        admins: HashMap::new(),
        seen_units: HashMap::new(),
    };
    let mut problems = Vec::new();
    for cells in &table.rows {
        problems.extend(run.row(cells).await?);
    }
    if table.rows.is_empty() {
        let cat = i18n::sv();
        problems.push(Problem::field(
            cat.t("import.file"),
            cat.t("import.no_rows"),
        ));
    }
    Ok((run.report, problems))
}

/// One organisation import under way: what it has written so far, and the codes it has
/// met (administrations found or created, units with the row they were first on).
struct Apply<'a> {
    conn: &'a mut AnyConnection,
    table: &'a Table,
    cols: &'a Columns,
    report: ImportReport,
    admins: HashMap<String, i64>,
    seen_units: HashMap<String, usize>,
}

impl Apply<'_> {
    /// The file's header of a column, or "" when the file has no such column.
    fn header(&self, col: Option<usize>) -> String {
        col.and_then(|col| self.table.headers.get(col).cloned())
            .unwrap_or_default()
    }

    /// Checks and writes one row (its administration, department and unit); returns the
    /// row's problems.
    async fn row(&mut self, cells: &tabular::Row) -> Result<Vec<Problem>> {
        let mut c = Checker::for_row(cells.line);
        let admin_id = self.administration(cells, &mut c).await?;
        let dept_id = self.department(cells, admin_id, &mut c).await?;
        let input = self.unit_input(cells, dept_id, &mut c)?;
        if let (true, Some(input), Some(admin), Some(_)) =
            (c.problems.is_empty(), input, admin_id, dept_id)
        {
            self.write_unit(input, admin, &mut c).await?;
        }
        Ok(c.problems)
    }

    /// Administration: existing by code, or new when its name and kind are given.
    async fn administration(
        &mut self,
        cells: &tabular::Row,
        c: &mut Checker,
    ) -> Result<Option<i64>> {
        let header = self.header(self.cols.admin);
        let code = match Code::parse(cell(cells, self.cols.admin)) {
            Err(m) => {
                c.fail(&header, m);
                return Ok(None);
            }
            Ok(code) => code,
        };
        if let Some(id) = self.admins.get(code.as_str()) {
            return Ok(Some(*id));
        }
        let found = sqlx::query_scalar::<_, i64>("SELECT id FROM administrations WHERE code = $1")
            .bind(code.as_str())
            .fetch_optional(&mut *self.conn)
            .await?;
        let id = match found {
            Some(id) => id,
            None => {
                let name = cell(cells, self.cols.admin_name);
                let kind = AdministrationKind::parse(cell(cells, self.cols.admin_kind));
                let Some(kind) = kind.filter(|_| !name.is_empty()) else {
                    c.fail(
                        &header,
                        i18n::sv().f("import.unknown_administration", &[("code", code.as_str())]),
                    );
                    return Ok(None);
                };
                let input = AdministrationInput {
                    code: code.clone(),
                    name: name.to_string(),
                    kind,
                };
                self.report.administrations_created += 1;
                (store::create_administration(self.conn, &input).await?).get()
            }
        };
        self.admins.insert(code.as_str().to_string(), id);
        Ok(Some(id))
    }

    /// Department: existing by code in the same administration, or new.
    async fn department(
        &mut self,
        cells: &tabular::Row,
        admin_id: Option<i64>,
        c: &mut Checker,
    ) -> Result<Option<i64>> {
        let cat = i18n::sv();
        let header = self.header(self.cols.dept_code);
        let code = match (admin_id, Code::parse(cell(cells, self.cols.dept_code))) {
            (_, Err(m)) => {
                c.fail(&header, m);
                return Ok(None);
            }
            (None, Ok(_)) => return Ok(None),
            (Some(_), Ok(code)) => code,
        };
        let admin = admin_id.unwrap_or_default();
        match store::department_by_code(self.conn, code.as_str()).await? {
            Some((id, a)) if a == AdministrationId::new(admin) => Ok(Some(id.get())),
            Some(_) => {
                c.fail(
                    &header,
                    cat.f("import.department_elsewhere", &[("code", code.as_str())]),
                );
                Ok(None)
            }
            None => {
                let name = cell(cells, self.cols.dept_name);
                if name.is_empty() {
                    let header = self
                        .cols
                        .dept_name
                        .map(|col| self.header(Some(col)))
                        .unwrap_or_else(|| cat.t("import.col_department_name").to_string());
                    c.fail(&header, cat.t("import.department_name_needed"));
                    Ok(None)
                } else {
                    self.report.departments_created += 1;
                    Ok(Some(
                        (store::create_department(
                            self.conn,
                            AdministrationId::new(admin),
                            code.as_str(),
                            name,
                        )
                        .await?)
                            .get(),
                    ))
                }
            }
        }
    }

    /// The unit's fields checked (a code twice in the file is refused, naming the row it
    /// was first on); problems are named by the file's own headers.
    fn unit_input(
        &mut self,
        cells: &tabular::Row,
        dept_id: Option<i64>,
        c: &mut Checker,
    ) -> Result<Option<crate::domain::UnitInput>> {
        let cat = i18n::sv();
        let (table, cols) = (self.table, self.cols);
        let unit_code = cell(cells, cols.unit_code).trim().to_uppercase();
        if let Some(first) = self.seen_units.get(&unit_code) {
            c.fail(
                &self.header(cols.unit_code),
                cat.f(
                    "import.duplicate_unit",
                    &[("code", &unit_code), ("row", &first.to_string())],
                ),
            );
        } else if !unit_code.is_empty() {
            self.seen_units.insert(unit_code.clone(), cells.line);
        }
        let headcount_text = cell(cells, cols.headcount);
        let headcount = if headcount_text.is_empty() {
            Some(0)
        } else {
            c.check(
                &self.header(cols.headcount),
                headcount_text
                    .replace(' ', "")
                    .parse::<i64>()
                    .map_err(|_| cat.t("validation.headcount")),
            )
        };
        let form = UnitForm {
            department_id: DepartmentId::new(dept_id.unwrap_or(0)),
            code: unit_code,
            name: cell(cells, cols.unit_name).to_string(),
            manager_name: cell(cells, cols.manager).to_string(),
            manager_user_id: None,
            headcount: headcount.unwrap_or(0),
            functions: vec![cell(cells, cols.functions).to_string()],
            valid_from: Some(cell(cells, cols.valid_from).to_string()),
        };
        match form.check(Some(cells.line)) {
            Ok(input) => Ok(Some(input)),
            Err(Error::Invalid(found)) => {
                // Name problems by the file's own headers where the column exists.
                for mut p in found {
                    p.field = header_for(&p.field, table, cols).unwrap_or(p.field);
                    if !c.problems.iter().any(|q| q.field == p.field) {
                        c.problems.push(p);
                    }
                }
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Updates the unit with this code, or creates it; a code of another administration's
    /// unit is refused.
    async fn write_unit(
        &mut self,
        input: crate::domain::UnitInput,
        admin: i64,
        c: &mut Checker,
    ) -> Result<()> {
        match store::unit_id_by_code(self.conn, input.code.as_str()).await? {
            Some((_, a)) if a != AdministrationId::new(admin) => {
                c.fail(
                    &self.header(self.cols.unit_code),
                    i18n::sv().f("import.unit_elsewhere", &[("code", input.code.as_str())]),
                );
            }
            Some((id, _)) => {
                store::update_unit(self.conn, id, &input).await?;
                self.report.units_updated += 1;
            }
            None => {
                store::create_unit(self.conn, &input).await?;
                self.report.units_created += 1;
            }
        }
        Ok(())
    }
}

/// Maps a Swedish field name from the unit check to the file's header for that column.
fn header_for(field: &str, table: &Table, cols: &Columns) -> Option<String> {
    let cat = i18n::sv();
    let col = if field == cat.t("field.unit_code") {
        cols.unit_code
    } else if field == cat.t("field.unit_name") {
        cols.unit_name
    } else if field == cat.t("field.manager") {
        cols.manager
    } else if field == cat.t("field.headcount") {
        cols.headcount
    } else if field == cat.t("field.functions") {
        cols.functions
    } else if field == cat.t("field.valid_from") {
        cols.valid_from
    } else {
        None
    }?;
    table.headers.get(col).cloned()
}
