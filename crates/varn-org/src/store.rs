//! Storage of the organisation. Writes take the caller's connection (a transaction that
//! also holds the audit entry); reads take the pool. One SQL for both backends.

use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use varn_house::kernel::ids::{AdministrationId, DepartmentId, UnitId, UserId};

use crate::domain::{
    AdministrationInput, AdministrationKind, ContactForm, UnitFunction, UnitInput,
};
use varn_house::auth::Scope;
use varn_house::db::{self, Db};
use varn_house::i18n;
use varn_house::kernel::error::{Error, Result};

/// An administration with its totals.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Administration {
    pub id: AdministrationId,
    pub code: String,
    pub name: String,
    pub kind: AdministrationKind,
    pub departments: i64,
    /// Current units (not ended).
    pub units: i64,
    /// Sum of the current units' headcounts.
    pub headcount: i64,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Department {
    pub id: DepartmentId,
    pub administration_id: AdministrationId,
    pub code: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Unit {
    pub id: UnitId,
    pub administration_id: AdministrationId,
    pub department_id: DepartmentId,
    pub department_name: String,
    pub department_code: String,
    pub code: String,
    pub name: String,
    pub manager_name: String,
    pub manager_user_id: Option<UserId>,
    pub headcount: i64,
    pub functions: Vec<UnitFunction>,
    pub valid_from: String,
    pub valid_to: Option<String>,
    pub successor_id: Option<UnitId>,
    /// False once the unit has ended (merged, split or closed).
    pub current: bool,
}

impl Unit {
    pub fn function_labels(&self) -> String {
        self.functions
            .iter()
            .map(|f| f.label())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ContactCard {
    pub id: i64,
    pub administration_id: AdministrationId,
    pub administration: String,
    pub name: String,
    pub title: String,
    pub phone: String,
    pub email: String,
}

const ADMIN_SELECT: &str = "SELECT a.id, a.code, a.name, a.kind, \
    (SELECT COUNT(*) FROM departments d WHERE d.administration_id = a.id) AS departments, \
    (SELECT COUNT(*) FROM units u JOIN departments d ON d.id = u.department_id WHERE d.administration_id = a.id AND u.valid_to IS NULL) AS units, \
    (SELECT COALESCE(SUM(u.headcount), 0) FROM units u JOIN departments d ON d.id = u.department_id WHERE d.administration_id = a.id AND u.valid_to IS NULL) AS headcount \
    FROM administrations a WHERE 1 = 1";

fn admin_from_row(row: &AnyRow) -> Result<Administration> {
    let kind: String = row.try_get("kind")?;
    Ok(Administration {
        id: row.try_get("id")?,
        code: row.try_get("code")?,
        name: row.try_get("name")?,
        kind: AdministrationKind::parse(&kind).ok_or_else(|| anyhow::anyhow!("bad kind {kind}"))?,
        departments: row.try_get("departments")?,
        units: row.try_get("units")?,
        headcount: row.try_get("headcount")?,
    })
}

/// SUM over integers is NUMERIC in PostgreSQL; cast it so one decoder reads both.
fn admin_select(db: &Db) -> String {
    match db.backend() {
        db::Backend::Postgres => ADMIN_SELECT.replace(
            "COALESCE(SUM(u.headcount), 0)",
            "CAST(COALESCE(SUM(u.headcount), 0) AS BIGINT)",
        ),
        db::Backend::Sqlite => ADMIN_SELECT.to_string(),
    }
}

/// The names of every administration, department and unit (current or not), for the PII
/// guard: a place or unit of the municipality is never a person.
pub async fn place_names(db: &Db) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT name FROM administrations UNION SELECT name FROM departments UNION SELECT name FROM units",
    )
    .fetch_all(db.pool())
    .await?)
}

pub async fn list_administrations(db: &Db, scope: &Scope) -> Result<Vec<Administration>> {
    let Some(clause) = scope.clause("a.id") else {
        return Ok(vec![]);
    };
    let sql = format!(
        "{}{clause} ORDER BY a.kind = 'central', a.kind, a.name",
        admin_select(db)
    );
    let rows = sqlx::query(&sql).fetch_all(db.pool()).await?;
    rows.iter().map(admin_from_row).collect()
}

pub async fn get_administration(db: &Db, id: AdministrationId) -> Result<Administration> {
    let sql = format!("{} AND a.id = $1", admin_select(db));
    let row = sqlx::query(&sql)
        .bind(id)
        .fetch_optional(db.pool())
        .await?
        .ok_or(Error::NotFound)?;
    admin_from_row(&row)
}

pub async fn administration_by_code(db: &Db, code: &str) -> Result<Option<AdministrationId>> {
    let mut conn = db.pool().acquire().await?;
    administration_id_by_code(&mut conn, code).await
}

/// An administration's id by its code (any case), read in the caller's transaction.
pub async fn administration_id_by_code(
    conn: &mut AnyConnection,
    code: &str,
) -> Result<Option<AdministrationId>> {
    let row = sqlx::query("SELECT id FROM administrations WHERE code = $1")
        .bind(code.trim().to_uppercase())
        .fetch_optional(conn)
        .await?;
    Ok(row.map(|r| r.try_get("id")).transpose()?)
}

fn conflict(err: sqlx::Error, key: &str, code: &str) -> Error {
    if db::is_unique_violation(&err) {
        Error::Conflict(i18n::sv().f(key, &[("code", code)]))
    } else {
        err.into()
    }
}

pub async fn create_administration(
    conn: &mut AnyConnection,
    input: &AdministrationInput,
) -> Result<AdministrationId> {
    let now = db::now();
    let row = sqlx::query("INSERT INTO administrations (code, name, kind, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id")
        .bind(input.code.as_str())
        .bind(&input.name)
        .bind(input.kind.as_str())
        .bind(&now)
        .fetch_one(&mut *conn)
        .await
        .map_err(|e| conflict(e, "conflict.administration_code", input.code.as_str()))?;
    Ok(row.try_get("id")?)
}

pub async fn update_administration(
    conn: &mut AnyConnection,
    id: AdministrationId,
    name: &str,
    kind: AdministrationKind,
) -> Result<()> {
    let done = sqlx::query(
        "UPDATE administrations SET name = $1, kind = $2, updated_at = $3 WHERE id = $4",
    )
    .bind(name)
    .bind(kind.as_str())
    .bind(db::now())
    .bind(id)
    .execute(conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound);
    }
    Ok(())
}

pub async fn list_departments(
    db: &Db,
    administration_id: AdministrationId,
) -> Result<Vec<Department>> {
    let rows = sqlx::query("SELECT id, administration_id, code, name FROM departments WHERE administration_id = $1 ORDER BY name")
        .bind(administration_id)
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Department {
                id: r.try_get("id")?,
                administration_id: r.try_get("administration_id")?,
                code: r.try_get("code")?,
                name: r.try_get("name")?,
            })
        })
        .collect()
}

pub async fn department_by_code(
    conn: &mut AnyConnection,
    code: &str,
) -> Result<Option<(DepartmentId, AdministrationId)>> {
    let row = sqlx::query("SELECT id, administration_id FROM departments WHERE code = $1")
        .bind(code)
        .fetch_optional(conn)
        .await?;
    Ok(match row {
        Some(r) => Some((r.try_get("id")?, r.try_get("administration_id")?)),
        None => None,
    })
}

pub async fn department_administration(db: &Db, id: DepartmentId) -> Result<AdministrationId> {
    let row = sqlx::query("SELECT administration_id FROM departments WHERE id = $1")
        .bind(id)
        .fetch_optional(db.pool())
        .await?
        .ok_or(Error::NotFound)?;
    Ok(row.try_get("administration_id")?)
}

pub async fn create_department(
    conn: &mut AnyConnection,
    administration_id: AdministrationId,
    code: &str,
    name: &str,
) -> Result<DepartmentId> {
    let now = db::now();
    let row = sqlx::query("INSERT INTO departments (administration_id, code, name, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id")
        .bind(administration_id)
        .bind(code)
        .bind(name)
        .bind(&now)
        .fetch_one(&mut *conn)
        .await
        .map_err(|e| conflict(e, "conflict.department_code", code))?;
    Ok(row.try_get("id")?)
}

pub async fn rename_department(
    conn: &mut AnyConnection,
    id: DepartmentId,
    name: &str,
) -> Result<()> {
    sqlx::query("UPDATE departments SET name = $1, updated_at = $2 WHERE id = $3")
        .bind(name)
        .bind(db::now())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

const UNIT_SELECT: &str =
    "SELECT u.id, d.administration_id, u.department_id, d.name AS department_name, u.code, u.name, u.manager_name, \
    u.manager_user_id, u.headcount, u.functions, u.valid_from, u.valid_to, u.successor_id, d.code AS department_code \
    FROM units u JOIN departments d ON d.id = u.department_id";

fn unit_from_row(row: &AnyRow) -> Result<Unit> {
    let functions: String = row.try_get("functions")?;
    let valid_to: Option<String> = row.try_get("valid_to")?;
    Ok(Unit {
        id: row.try_get("id")?,
        administration_id: row.try_get("administration_id")?,
        department_id: row.try_get("department_id")?,
        department_name: row.try_get("department_name")?,
        department_code: row.try_get("department_code")?,
        code: row.try_get("code")?,
        name: row.try_get("name")?,
        manager_name: row.try_get("manager_name")?,
        manager_user_id: row.try_get("manager_user_id")?,
        headcount: row.try_get("headcount")?,
        functions: UnitFunction::parse_list(&functions)
            .map_err(|f| anyhow::anyhow!("bad stored function {f}"))?,
        valid_from: row.try_get("valid_from")?,
        current: valid_to.is_none(),
        valid_to,
        successor_id: row.try_get("successor_id")?,
    })
}

/// Units of an administration: current ones first, then ended ones.
pub async fn list_units(db: &Db, administration_id: AdministrationId) -> Result<Vec<Unit>> {
    let sql = format!("{UNIT_SELECT} WHERE d.administration_id = $1 ORDER BY u.valid_to IS NOT NULL, d.name, u.name");
    let rows = sqlx::query(&sql)
        .bind(administration_id)
        .fetch_all(db.pool())
        .await?;
    rows.iter().map(unit_from_row).collect()
}

/// All units in scope with their administration's code (for exports).
pub async fn list_all_units(db: &Db, scope: &Scope) -> Result<Vec<(String, Unit)>> {
    let Some(clause) = scope.clause("d.administration_id") else {
        return Ok(vec![]);
    };
    let select = UNIT_SELECT.replacen(
        " AS department_code ",
        " AS department_code, a.code AS administration_code ",
        1,
    );
    let sql = format!(
        "{select} JOIN administrations a ON a.id = d.administration_id WHERE 1 = 1{clause} ORDER BY a.code, u.code"
    );
    let rows = sqlx::query(&sql).fetch_all(db.pool()).await?;
    rows.iter()
        .map(|row| Ok((row.try_get("administration_code")?, unit_from_row(row)?)))
        .collect()
}

pub async fn get_unit(db: &Db, id: UnitId) -> Result<Unit> {
    let sql = format!("{UNIT_SELECT} WHERE u.id = $1");
    let row = sqlx::query(&sql)
        .bind(id)
        .fetch_optional(db.pool())
        .await?
        .ok_or(Error::NotFound)?;
    unit_from_row(&row)
}

/// Whether an administration exists, read in the caller's transaction.
pub async fn administration_exists(conn: &mut AnyConnection, id: AdministrationId) -> Result<bool> {
    let found = sqlx::query("SELECT id FROM administrations WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await?;
    Ok(found.is_some())
}

/// The administration a unit belongs to (`None`: there is no such unit), read in the
/// caller's transaction.
pub async fn unit_administration(
    conn: &mut AnyConnection,
    unit: UnitId,
) -> Result<Option<AdministrationId>> {
    let row = sqlx::query(
        "SELECT d.administration_id FROM units u JOIN departments d ON d.id = u.department_id \
         WHERE u.id = $1",
    )
    .bind(unit)
    .fetch_optional(conn)
    .await?;
    Ok(match row {
        Some(r) => Some(r.try_get("administration_id")?),
        None => None,
    })
}

pub async fn unit_id_by_code(
    conn: &mut AnyConnection,
    code: &str,
) -> Result<Option<(UnitId, AdministrationId)>> {
    let row = sqlx::query("SELECT u.id, d.administration_id FROM units u JOIN departments d ON d.id = u.department_id WHERE u.code = $1")
        .bind(code)
        .fetch_optional(conn)
        .await?;
    Ok(match row {
        Some(r) => Some((r.try_get("id")?, r.try_get("administration_id")?)),
        None => None,
    })
}

/// Checks that the department belongs to the administration.
pub async fn check_department(
    conn: &mut AnyConnection,
    department_id: DepartmentId,
    administration_id: AdministrationId,
) -> Result<()> {
    let row = sqlx::query("SELECT administration_id FROM departments WHERE id = $1")
        .bind(department_id)
        .fetch_optional(conn)
        .await?;
    match row {
        Some(r) if r.try_get::<AdministrationId, _>("administration_id")? == administration_id => {
            Ok(())
        }
        _ => Err(Error::invalid(
            i18n::sv().t("field.department"),
            i18n::sv().t("validation.department"),
        )),
    }
}

pub async fn create_unit(conn: &mut AnyConnection, input: &UnitInput) -> Result<UnitId> {
    let now = db::now();
    let row = sqlx::query(
        "INSERT INTO units (department_id, code, name, manager_name, manager_user_id, headcount, functions, valid_from, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
    )
    .bind(input.department_id)
    .bind(input.code.as_str())
    .bind(&input.name)
    .bind(&input.manager_name)
    .bind(input.manager_user_id)
    .bind(input.headcount)
    .bind(UnitFunction::store_list(&input.functions))
    .bind(&input.valid_from)
    .bind(&now)
    .fetch_one(&mut *conn)
    .await
    .map_err(|e| conflict(e, "conflict.unit_code", input.code.as_str()))?;
    Ok(row.try_get("id")?)
}

/// Names `user` the account of `unit`'s manager, unless it already is; returns whether it
/// changed (the people's demo links the managers who are also users).
pub async fn link_manager(conn: &mut AnyConnection, unit: UnitId, user: UserId) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE units SET manager_user_id = $1 WHERE id = $2 AND (manager_user_id IS NULL OR manager_user_id <> $1)",
    )
    .bind(user)
    .bind(unit)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn update_unit(conn: &mut AnyConnection, id: UnitId, input: &UnitInput) -> Result<()> {
    sqlx::query(
        "UPDATE units SET department_id = $1, code = $2, name = $3, manager_name = $4, manager_user_id = $5, headcount = $6, \
         functions = $7, valid_from = $8, updated_at = $9 WHERE id = $10",
    )
    .bind(input.department_id)
    .bind(input.code.as_str())
    .bind(&input.name)
    .bind(&input.manager_name)
    .bind(input.manager_user_id)
    .bind(input.headcount)
    .bind(UnitFunction::store_list(&input.functions))
    .bind(&input.valid_from)
    .bind(db::now())
    .bind(id)
    .execute(conn)
    .await
    .map_err(|e| conflict(e, "conflict.unit_code", input.code.as_str()))?;
    Ok(())
}

/// Ends a unit at a date (merged, split or closed), optionally naming the unit that took over.
/// Records keep pointing at the ended unit, so history stays where it happened.
pub async fn end_unit(
    conn: &mut AnyConnection,
    id: UnitId,
    valid_to: &str,
    successor_id: Option<UnitId>,
) -> Result<()> {
    let cat = i18n::sv();
    let row = sqlx::query("SELECT valid_from, valid_to FROM units WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(Error::NotFound)?;
    let valid_from: String = row.try_get("valid_from")?;
    let ended: Option<String> = row.try_get("valid_to")?;
    if ended.is_some() {
        return Err(Error::Conflict(cat.t("conflict.unit_ended").into()));
    }
    if valid_to < valid_from.as_str() {
        return Err(Error::invalid(
            cat.t("field.valid_to"),
            cat.t("validation.valid_to_before_from"),
        ));
    }
    if let Some(s) = successor_id {
        let ok =
            sqlx::query("SELECT id FROM units WHERE id = $1 AND valid_to IS NULL AND id <> $2")
                .bind(s)
                .bind(id)
                .fetch_optional(&mut *conn)
                .await?;
        if ok.is_none() {
            return Err(Error::invalid(
                cat.t("field.successor"),
                cat.t("validation.successor"),
            ));
        }
    }
    sqlx::query("UPDATE units SET valid_to = $1, successor_id = $2, updated_at = $3 WHERE id = $4")
        .bind(valid_to)
        .bind(successor_id)
        .bind(db::now())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

impl ContactCard {
    /// The phone number for a `tel:` link: digits and a leading plus only.
    pub fn tel(&self) -> String {
        self.phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect()
    }
}

fn contact_from_row(r: &AnyRow) -> Result<ContactCard> {
    Ok(ContactCard {
        id: r.try_get("id")?,
        administration_id: r.try_get("administration_id")?,
        administration: r.try_get("administration")?,
        name: r.try_get("name")?,
        title: r.try_get("title")?,
        phone: r.try_get("phone")?,
        email: r.try_get("email")?,
    })
}

const CONTACT_SELECT: &str =
    "SELECT c.id, c.administration_id, a.name AS administration, c.name, c.title, c.phone, c.email \
    FROM contact_cards c JOIN administrations a ON a.id = c.administration_id";

pub async fn list_contacts(
    db: &Db,
    administration_id: Option<AdministrationId>,
) -> Result<Vec<ContactCard>> {
    let rows = match administration_id {
        Some(id) => {
            let sql = format!(
                "{CONTACT_SELECT} WHERE c.administration_id = $1 ORDER BY c.position, c.name"
            );
            sqlx::query(&sql).bind(id).fetch_all(db.pool()).await?
        }
        None => {
            let sql = format!("{CONTACT_SELECT} ORDER BY a.name, c.position, c.name");
            sqlx::query(&sql).fetch_all(db.pool()).await?
        }
    };
    rows.iter().map(contact_from_row).collect()
}

pub async fn create_contact(
    conn: &mut AnyConnection,
    administration_id: AdministrationId,
    c: &ContactForm,
) -> Result<i64> {
    let now = db::now();
    let row = sqlx::query(
        "INSERT INTO contact_cards (administration_id, name, title, phone, email, position, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, (SELECT COUNT(*) FROM contact_cards WHERE administration_id = $1), $6, $6) RETURNING id",
    )
    .bind(administration_id)
    .bind(&c.name)
    .bind(&c.title)
    .bind(&c.phone)
    .bind(&c.email)
    .bind(&now)
    .fetch_one(conn)
    .await?;
    Ok(row.try_get("id")?)
}

/// Deletes a contact card; returns its administration.
pub async fn delete_contact(conn: &mut AnyConnection, id: i64) -> Result<AdministrationId> {
    let row = sqlx::query("DELETE FROM contact_cards WHERE id = $1 RETURNING administration_id")
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(row.try_get("administration_id")?)
}

/// The municipality's name.
pub async fn municipality_name(db: &Db) -> Result<String> {
    let row = sqlx::query("SELECT name FROM municipality WHERE id = 1")
        .fetch_optional(db.pool())
        .await?;
    Ok(match row {
        Some(r) => r.try_get("name")?,
        None => i18n::sv().t("app.municipality_unnamed").to_string(),
    })
}

pub async fn set_municipality_name(conn: &mut AnyConnection, name: &str) -> Result<bool> {
    let current = sqlx::query("SELECT name FROM municipality WHERE id = 1")
        .fetch_optional(&mut *conn)
        .await?;
    match current {
        Some(r) if r.try_get::<String, _>("name")? == name => Ok(false),
        Some(_) => {
            sqlx::query("UPDATE municipality SET name = $1 WHERE id = 1")
                .bind(name)
                .execute(conn)
                .await?;
            Ok(true)
        }
        None => {
            sqlx::query("INSERT INTO municipality (id, name) VALUES (1, $1)")
                .bind(name)
                .execute(conn)
                .await?;
            Ok(true)
        }
    }
}
