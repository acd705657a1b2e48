//! Storage of users and their role grants.

use serde::{Deserialize, Serialize};
use sqlx::{AnyConnection, Row};
use varn_house::kernel::ids::{AdministrationId, UnitId, UserId};

use varn_house::auth::{Grant, Role};
use varn_house::db::{self, Db};
use varn_house::i18n;
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::paging::Page;

/// A user as administrators see them (never the password hash).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub name: String,
    pub active: bool,
    pub has_password: bool,
    pub grants: Vec<GrantView>,
}

/// A grant with the names a person reads.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GrantView {
    pub id: i64,
    pub role: Role,
    pub role_label: String,
    /// `None`: the whole municipality.
    pub administration_id: Option<AdministrationId>,
    pub administration: Option<String>,
    pub unit_id: Option<UnitId>,
    pub unit: Option<String>,
}

/// A grant to add: a role over an administration (or everything), and for managers a unit.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
pub struct NewGrant {
    /// employee, partner, manager, coordinator, central_coordinator, reader or administrator
    pub role: String,
    /// Empty for the whole municipality.
    #[serde(default)]
    pub administration_id: Option<AdministrationId>,
    #[serde(default)]
    pub unit_id: Option<UnitId>,
}

pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// The grants of a user, for the principal.
pub async fn grants(db: &Db, user_id: UserId) -> anyhow::Result<Vec<Grant>> {
    let rows = sqlx::query("SELECT id, role, administration_id, unit_id FROM role_grants WHERE user_id = $1 ORDER BY id")
        .bind(user_id)
        .fetch_all(db.pool())
        .await?;
    let mut out = Vec::new();
    for r in rows {
        let role: String = r.try_get("role")?;
        let Some(role) = Role::parse(&role) else {
            continue;
        };
        out.push(Grant {
            id: r.try_get("id")?,
            role,
            administration_id: r.try_get("administration_id")?,
            unit_id: r.try_get("unit_id")?,
        });
    }
    Ok(out)
}

async fn grant_views(db: &Db, user_id: UserId) -> Result<Vec<GrantView>> {
    let rows = sqlx::query(
        "SELECT g.id, g.role, g.administration_id, a.name AS administration, g.unit_id, u.name AS unit FROM role_grants g \
         LEFT JOIN administrations a ON a.id = g.administration_id LEFT JOIN units u ON u.id = g.unit_id \
         WHERE g.user_id = $1 ORDER BY g.id",
    )
    .bind(user_id)
    .fetch_all(db.pool())
    .await?;
    let mut out = Vec::new();
    for r in rows {
        let role: String = r.try_get("role")?;
        let role = Role::parse(&role).ok_or_else(|| anyhow::anyhow!("bad stored role"))?;
        out.push(GrantView {
            id: r.try_get("id")?,
            role,
            role_label: role.label().to_string(),
            administration_id: r.try_get("administration_id")?,
            administration: r.try_get("administration")?,
            unit_id: r.try_get("unit_id")?,
            unit: r.try_get("unit")?,
        });
    }
    Ok(out)
}

pub async fn count(db: &Db) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(db.pool())
        .await?)
}

/// One page of the users whose name or e-mail address holds `search` (in any case), by
/// name, and how many match in all. The match runs here rather than in SQL: SQLite's
/// `LOWER` knows only ASCII, and "Åsa" must be found by "åsa".
pub async fn list_page(db: &Db, search: &str, page: Page) -> Result<(Vec<User>, i64)> {
    let needle = search.trim().to_lowercase();
    let rows = sqlx::query("SELECT id, email, name FROM users ORDER BY name, email, id")
        .fetch_all(db.pool())
        .await?;
    let mut ids = Vec::new();
    for r in rows {
        let (email, name): (String, String) = (r.try_get("email")?, r.try_get("name")?);
        if needle.is_empty()
            || name.to_lowercase().contains(&needle)
            || email.to_lowercase().contains(&needle)
        {
            ids.push(r.try_get::<i64, _>("id")?);
        }
    }
    let total = i64::try_from(ids.len()).unwrap_or(i64::MAX);
    let from = usize::try_from(page.offset())
        .unwrap_or(usize::MAX)
        .min(ids.len());
    let to = from
        .saturating_add(usize::try_from(page.limit()).unwrap_or(0))
        .min(ids.len());
    let mut out = Vec::with_capacity(to - from);
    for id in &ids[from..to] {
        out.push(get(db, UserId::new(*id)).await?);
    }
    Ok((out, total))
}

fn user_from(r: &sqlx::any::AnyRow, grants: Vec<GrantView>) -> Result<User> {
    let active: i64 = r.try_get("active")?;
    let has_password: bool = match r.try_get::<bool, _>("has_password") {
        Ok(b) => b,
        Err(_) => r.try_get::<i64, _>("has_password")? != 0,
    };
    Ok(User {
        id: r.try_get("id")?,
        email: r.try_get("email")?,
        name: r.try_get("name")?,
        active: active != 0,
        has_password,
        grants,
    })
}

pub async fn get(db: &Db, id: UserId) -> Result<User> {
    let r = sqlx::query(
        "SELECT id, email, name, active, password_hash IS NOT NULL AS has_password FROM users WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(db.pool())
    .await?
    .ok_or(Error::NotFound)?;
    user_from(&r, grant_views(db, id).await?)
}

/// Id, name and password hash of an active user, for sign-in.
pub async fn credentials(db: &Db, email: &str) -> Result<Option<(UserId, Option<String>)>> {
    let row = sqlx::query("SELECT id, password_hash FROM users WHERE email = $1 AND active = 1")
        .bind(normalise_email(email))
        .fetch_optional(db.pool())
        .await?;
    Ok(match row {
        Some(r) => Some((r.try_get("id")?, r.try_get("password_hash")?)),
        None => None,
    })
}

/// People's names by their e-mail address, for pages and human-facing exports that say who
/// did something (issue 20 point 7: names, not addresses). The API keeps the address.
#[derive(Debug, Clone, Default)]
pub struct Names(std::collections::HashMap<String, String>);

impl Names {
    /// The name of the account with this address; the address itself when no account has it
    /// (a system actor, a removed account) or its name is empty.
    pub fn of(&self, email: &str) -> String {
        self.0
            .get(&normalise_email(email))
            .filter(|n| !n.trim().is_empty())
            .cloned()
            .unwrap_or_else(|| email.to_string())
    }
}

/// The names of the accounts with these addresses, in one query per 500 addresses.
pub async fn names<'a>(db: &Db, emails: impl IntoIterator<Item = &'a str>) -> Result<Names> {
    let mut wanted: Vec<String> = emails
        .into_iter()
        .filter(|e| e.contains('@'))
        .map(normalise_email)
        .collect();
    wanted.sort();
    wanted.dedup();
    let mut out = std::collections::HashMap::new();
    for chunk in wanted.chunks(500) {
        let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT email, name FROM users WHERE email IN ({})",
            marks.join(", ")
        );
        let mut q = sqlx::query(&sql);
        for e in chunk {
            q = q.bind(e.clone());
        }
        for r in q.fetch_all(db.pool()).await? {
            out.insert(
                r.try_get::<String, _>("email")?,
                r.try_get::<String, _>("name")?,
            );
        }
    }
    Ok(Names(out))
}

pub async fn id_by_email(conn: &mut AnyConnection, email: &str) -> Result<Option<UserId>> {
    let row = sqlx::query("SELECT id FROM users WHERE email = $1")
        .bind(normalise_email(email))
        .fetch_optional(conn)
        .await?;
    Ok(row.map(|r| r.try_get("id")).transpose()?)
}

pub async fn create(
    conn: &mut AnyConnection,
    email: &str,
    name: &str,
    password_hash: Option<&str>,
) -> Result<UserId> {
    let now = db::now();
    let email = normalise_email(email);
    let row = sqlx::query("INSERT INTO users (email, name, password_hash, active, created_at, updated_at) VALUES ($1, $2, $3, 1, $4, $4) RETURNING id")
        .bind(&email)
        .bind(name)
        .bind(password_hash)
        .bind(&now)
        .fetch_one(conn)
        .await
        .map_err(|e| {
            if db::is_unique_violation(&e) {
                Error::Conflict(i18n::sv().f("conflict.email", &[("email", &email)]))
            } else {
                e.into()
            }
        })?;
    Ok(row.try_get("id")?)
}

pub async fn update(conn: &mut AnyConnection, id: UserId, name: &str, active: bool) -> Result<()> {
    let done =
        sqlx::query("UPDATE users SET name = $1, active = $2, updated_at = $3 WHERE id = $4")
            .bind(name)
            .bind(i64::from(active))
            .bind(db::now())
            .bind(id)
            .execute(&mut *conn)
            .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound);
    }
    if !active {
        varn_house::auth::session::end_all(conn, id).await?;
    }
    Ok(())
}

pub async fn set_password(conn: &mut AnyConnection, id: UserId, hash: &str) -> Result<()> {
    sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
        .bind(hash)
        .bind(db::now())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Checks a grant against the organisation; returns the role.
pub async fn check_grant(
    conn: &mut AnyConnection,
    grant: &NewGrant,
    row: Option<usize>,
) -> Result<Role> {
    let cat = i18n::sv();
    let mut c = varn_house::kernel::check::Checker {
        row,
        problems: vec![],
    };
    let role = c.check(
        cat.t("field.role"),
        Role::parse(&grant.role).ok_or(cat.t("validation.role")),
    );
    if let Some(admin) = grant.administration_id {
        if !varn_org::administration_exists(&mut *conn, admin).await? {
            c.fail(
                cat.t("field.administration"),
                cat.t("validation.administration"),
            );
        }
    }
    if let Some(unit) = grant.unit_id {
        match varn_org::unit_administration(&mut *conn, unit).await? {
            None => c.fail(cat.t("field.unit"), cat.t("validation.unit")),
            Some(admin) => {
                if grant.administration_id != Some(admin) {
                    c.fail(cat.t("field.unit"), cat.t("validation.unit_outside"));
                }
            }
        }
        if role.is_some_and(|r| r != Role::Manager) {
            c.fail(cat.t("field.unit"), cat.t("validation.unit_only_manager"));
        }
    }
    if matches!(
        role,
        Some(Role::CentralCoordinator) | Some(Role::Administrator)
    ) && grant.administration_id.is_some()
    {
        c.fail(
            cat.t("field.administration"),
            cat.t("validation.whole_municipality_role"),
        );
    }
    if role == Some(Role::Manager) && grant.administration_id.is_none() {
        c.fail(
            cat.t("field.administration"),
            cat.t("validation.manager_needs_administration"),
        );
    }
    c.finish()?;
    role.ok_or(Error::NotFound)
}

/// Refuses a grant that would let its giver read forms by their own hand: no one gives
/// themselves a role that reads forms (DOMAIN.md §2: an administrator has no access to
/// form contents by default and cannot grant it to themselves). Another administrator
/// can, and the central coordinator's start page shows every administrator who has it.
pub fn refuse_self_grant(
    given_by: Option<UserId>,
    user_id: UserId,
    role: Role,
    row: Option<usize>,
) -> Result<()> {
    if given_by == Some(user_id) && varn_reports::perm::INBOX.contains(&role) {
        let cat = i18n::sv();
        return Err(Error::Invalid(vec![varn_house::kernel::error::Problem {
            row,
            field: cat.t("field.role").to_string(),
            message: cat.t("validation.self_grant").to_string(),
        }]));
    }
    Ok(())
}

/// Administrators who also hold a role that reads forms: (id, name, e-mail).
pub async fn administrators_reading_forms(db: &Db) -> Result<Vec<(UserId, String, String)>> {
    let rows = sqlx::query(
        "SELECT u.id, u.name, u.email FROM users u \
         WHERE EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = u.id AND g.role = 'administrator') \
         AND EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = u.id AND g.role IN ('coordinator', 'central_coordinator')) \
         ORDER BY u.name",
    )
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get("name")?, r.try_get("email")?)))
        .collect()
}

/// An active account holding a role, once per grant: who may be named as a member, marked
/// present or sent e-mail by role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Holder {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    pub role: Role,
    /// `None`: the whole municipality.
    pub administration_id: Option<AdministrationId>,
}

/// The active accounts holding any of `roles`, one row per grant, by name.
pub async fn holders(db: &Db, roles: &[Role]) -> Result<Vec<Holder>> {
    if roles.is_empty() {
        return Ok(vec![]);
    }
    // The roles' names are the code's own, never input.
    let wanted: Vec<String> = roles.iter().map(|r| format!("'{}'", r.as_str())).collect();
    let rows = sqlx::query(&format!(
        "SELECT u.id, u.name, u.email, g.role, g.administration_id FROM users u \
         JOIN role_grants g ON g.user_id = u.id WHERE u.active = 1 AND g.role IN ({}) \
         ORDER BY u.name, u.id, g.id",
        wanted.join(", ")
    ))
    .fetch_all(db.pool())
    .await?;
    let mut out = Vec::new();
    for r in rows {
        let role: String = r.try_get("role")?;
        let Some(role) = Role::parse(&role).filter(|x| roles.contains(x)) else {
            continue;
        };
        out.push(Holder {
            user_id: r.try_get("id")?,
            name: r.try_get("name")?,
            email: r.try_get("email")?,
            role,
            administration_id: r.try_get("administration_id")?,
        });
    }
    Ok(out)
}

/// Adds a grant unless the same one exists; returns its id and whether it was new.
pub async fn add_grant(
    conn: &mut AnyConnection,
    user_id: UserId,
    role: Role,
    administration_id: Option<AdministrationId>,
    unit_id: Option<UnitId>,
) -> Result<(i64, bool)> {
    let existing = sqlx::query(
        "SELECT id FROM role_grants WHERE user_id = $1 AND role = $2 AND COALESCE(administration_id, 0) = COALESCE($3, 0) AND COALESCE(unit_id, 0) = COALESCE($4, 0)",
    )
    .bind(user_id)
    .bind(role.as_str())
    .bind(administration_id)
    .bind(unit_id)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(r) = existing {
        return Ok((r.try_get("id")?, false));
    }
    let row = sqlx::query("INSERT INTO role_grants (user_id, role, administration_id, unit_id, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(user_id)
        .bind(role.as_str())
        .bind(administration_id)
        .bind(unit_id)
        .bind(db::now())
        .fetch_one(conn)
        .await?;
    Ok((row.try_get("id")?, true))
}

/// Removes a grant of a user; returns its administration.
pub async fn remove_grant(
    conn: &mut AnyConnection,
    user_id: UserId,
    grant_id: i64,
) -> Result<Option<AdministrationId>> {
    let row = sqlx::query(
        "DELETE FROM role_grants WHERE id = $1 AND user_id = $2 RETURNING administration_id",
    )
    .bind(grant_id)
    .bind(user_id)
    .fetch_optional(conn)
    .await?
    .ok_or(Error::NotFound)?;
    Ok(row.try_get("administration_id")?)
}
