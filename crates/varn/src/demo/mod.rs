//! The demo municipality: a realistic, wholly fictitious organisation with people in every
//! role, loaded from `demo/municipality.toml`. Loading is idempotent: a second run finds
//! everything in place and changes nothing. All demo people share [`PASSWORD`].

use std::collections::HashMap;
use std::fmt;

use anyhow::Context;
use serde::Deserialize;
use sqlx::AnyConnection;

use crate::audit::{self, Actor, Entry};
use crate::auth::{password, Role};
use crate::db::Db;
use crate::org;
use crate::org::domain::{
    AdministrationInput, AdministrationKind, Code, ContactForm, UnitFunction, UnitInput,
};
use crate::people;

mod reports;
mod situation;

/// The password of every demo sign-in (README lists them).
pub const PASSWORD: &str = "Demo-Varn-2026";

const DATA: &str = include_str!("../../demo/municipality.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoFile {
    municipality: DemoMunicipality,
    administrations: Vec<DemoAdministration>,
    users: Vec<DemoUser>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoMunicipality {
    name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoAdministration {
    code: String,
    name: String,
    kind: String,
    #[serde(default)]
    contacts: Vec<ContactForm>,
    #[serde(default)]
    departments: Vec<DemoDepartment>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoDepartment {
    code: String,
    name: String,
    #[serde(default)]
    units: Vec<DemoUnit>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoUnit {
    code: String,
    name: String,
    manager: String,
    #[serde(default)]
    manager_email: Option<String>,
    headcount: i64,
    functions: Vec<String>,
    valid_from: String,
    #[serde(default)]
    valid_to: Option<String>,
    #[serde(default)]
    successor: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoUser {
    email: String,
    name: String,
    grants: Vec<DemoGrant>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoGrant {
    role: String,
    #[serde(default)]
    administrations: Option<Vec<String>>,
    #[serde(default)]
    unit: Option<String>,
}

/// What a load did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct DemoReport {
    pub created: usize,
    pub updated: usize,
}

impl fmt::Display for DemoReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.created == 0 && self.updated == 0 {
            write!(f, "Demokommunen finns redan; inget ändrades.")
        } else {
            write!(f, "Demokommunen laddad: {} poster skapade, {} ändrade. Lösenord för alla demokonton: {PASSWORD}", self.created, self.updated)
        }
    }
}

fn parse() -> anyhow::Result<DemoFile> {
    toml::from_str(DATA).context("demo/municipality.toml is invalid")
}

/// Creates or updates the demo municipality.
pub async fn load(db: &Db) -> anyhow::Result<DemoReport> {
    let data = parse()?;
    let actor = Actor::system("demo");
    let mut report = DemoReport::default();
    // Hash once; only new accounts get it.
    let mut hash: Option<String> = None;
    let mut tx = db.begin_write().await?;
    if org::set_municipality_name(&mut tx, &data.municipality.name)
        .await
        .map_err(err)?
    {
        report.updated += 1;
    }
    let mut admin_ids = HashMap::new();
    let mut unit_ids = HashMap::new();
    for a in &data.administrations {
        let id = upsert_administration(&mut tx, &actor, a, &mut report).await?;
        admin_ids.insert(a.code.clone(), id);
        for d in &a.departments {
            let dept = upsert_department(&mut tx, &actor, id, d, &mut report).await?;
            for u in &d.units {
                let unit = upsert_unit(&mut tx, &actor, id, dept, u, &mut report).await?;
                unit_ids.insert(u.code.clone(), (unit, id));
            }
        }
        for c in &a.contacts {
            let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM contact_cards WHERE administration_id = $1 AND name = $2 AND email = $3")
                .bind(id)
                .bind(&c.name)
                .bind(&c.email)
                .fetch_optional(&mut *tx)
                .await?;
            if exists.is_none() {
                let card = c.check(&varn_pii::Guard::default()).map_err(err)?;
                let cid = org::create_contact(&mut tx, id, &card).await.map_err(err)?;
                audit::record(
                    &mut tx,
                    &actor,
                    Entry::new(
                        crate::audit::Action::Create,
                        crate::org::Record::ContactCard,
                        cid,
                    )
                    .admin(Some(id))
                    .summary(card.name),
                )
                .await?;
                report.created += 1;
            }
        }
    }
    // Ended units, once every successor exists.
    for a in &data.administrations {
        for u in a.departments.iter().flat_map(|d| &d.units) {
            let (Some(valid_to), Some((id, admin))) = (&u.valid_to, unit_ids.get(&u.code)) else {
                continue;
            };
            let current: Option<String> =
                sqlx::query_scalar("SELECT valid_to FROM units WHERE id = $1")
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await?;
            if current.is_none() {
                let successor = u
                    .successor
                    .as_ref()
                    .and_then(|s| unit_ids.get(s))
                    .map(|(s, _)| *s);
                org::end_unit(&mut tx, *id, valid_to, successor)
                    .await
                    .map_err(err)?;
                audit::record(
                    &mut tx,
                    &actor,
                    Entry::new(crate::audit::Action::End, crate::org::Record::Unit, id)
                        .admin(Some(*admin))
                        .summary(format!("{} {valid_to}", u.code)),
                )
                .await?;
                report.updated += 1;
            }
        }
    }
    for u in &data.users {
        let user_id = match people::id_by_email(&mut tx, &u.email).await.map_err(err)? {
            Some(id) => id,
            None => {
                if hash.is_none() {
                    hash = Some(password::hash(PASSWORD.to_string()).await?);
                }
                let id = people::create(&mut tx, &u.email, &u.name, hash.as_deref())
                    .await
                    .map_err(err)?;
                audit::record(
                    &mut tx,
                    &actor,
                    Entry::new(
                        crate::audit::Action::Create,
                        crate::people::Record::User,
                        id,
                    )
                    .summary(u.email.clone()),
                )
                .await?;
                report.created += 1;
                id
            }
        };
        for g in &u.grants {
            let role = Role::parse(&g.role)
                .with_context(|| format!("unknown role {} in demo data", g.role))?;
            let unit = match &g.unit {
                Some(code) => Some(
                    unit_ids
                        .get(code)
                        .with_context(|| format!("unknown unit {code} in demo data"))?
                        .0,
                ),
                None => None,
            };
            let admins: Vec<Option<i64>> = match &g.administrations {
                None => vec![None],
                Some(codes) => codes
                    .iter()
                    .map(|c| {
                        admin_ids
                            .get(c)
                            .copied()
                            .map(Some)
                            .with_context(|| format!("unknown administration {c} in demo data"))
                    })
                    .collect::<anyhow::Result<_>>()?,
            };
            for admin in admins {
                let (gid, new) = people::add_grant(&mut tx, user_id, role, admin, unit)
                    .await
                    .map_err(err)?;
                if new {
                    audit::record(
                        &mut tx,
                        &actor,
                        Entry::new(
                            crate::audit::Action::Create,
                            crate::people::Record::RoleGrant,
                            gid,
                        )
                        .admin(admin)
                        .summary(role.label()),
                    )
                    .await?;
                    report.created += 1;
                }
            }
        }
    }
    // Managers who are also users are linked to their units.
    for a in &data.administrations {
        for u in a.departments.iter().flat_map(|d| &d.units) {
            let (Some(email), Some((unit, _))) = (&u.manager_email, unit_ids.get(&u.code)) else {
                continue;
            };
            let user = people::id_by_email(&mut tx, email)
                .await
                .map_err(err)?
                .with_context(|| format!("manager {email} is not a demo user"))?;
            let done = sqlx::query("UPDATE units SET manager_user_id = $1 WHERE id = $2 AND (manager_user_id IS NULL OR manager_user_id <> $1)")
                .bind(user)
                .bind(unit)
                .execute(&mut *tx)
                .await?;
            report.updated += done.rows_affected() as usize;
        }
    }
    report.created += reports::load(&mut tx).await?;
    report.created += situation::load(&mut tx).await?;
    report.created += crate::plans::demo::load(&mut tx).await?;
    tx.commit().await?;
    Ok(report)
}

fn err(e: crate::kernel::error::Error) -> anyhow::Error {
    match e {
        crate::kernel::error::Error::Internal(e) => e,
        other => anyhow::anyhow!("demo data rejected: {other:?}"),
    }
}

async fn upsert_administration(
    tx: &mut AnyConnection,
    actor: &Actor,
    a: &DemoAdministration,
    report: &mut DemoReport,
) -> anyhow::Result<i64> {
    let kind =
        AdministrationKind::parse(&a.kind).with_context(|| format!("bad kind {}", a.kind))?;
    let row: Option<(i64, String, String)> =
        sqlx::query_as("SELECT id, name, kind FROM administrations WHERE code = $1")
            .bind(&a.code)
            .fetch_optional(&mut *tx)
            .await?;
    match row {
        Some((id, name, k)) => {
            if name != a.name || k != kind.as_str() {
                org::update_administration(tx, id, &a.name, kind)
                    .await
                    .map_err(err)?;
                audit::record(
                    tx,
                    actor,
                    Entry::new(
                        crate::audit::Action::Update,
                        crate::org::Record::Administration,
                        id,
                    )
                    .admin(Some(id))
                    .summary(a.name.clone()),
                )
                .await?;
                report.updated += 1;
            }
            Ok(id)
        }
        None => {
            let code = Code::parse(&a.code).map_err(|m| anyhow::anyhow!("{m}: {}", a.code))?;
            let id = org::create_administration(
                tx,
                &AdministrationInput {
                    code,
                    name: a.name.clone(),
                    kind,
                },
            )
            .await
            .map_err(err)?;
            audit::record(
                tx,
                actor,
                Entry::new(
                    crate::audit::Action::Create,
                    crate::org::Record::Administration,
                    id,
                )
                .admin(Some(id))
                .summary(a.name.clone()),
            )
            .await?;
            report.created += 1;
            Ok(id)
        }
    }
}

async fn upsert_department(
    tx: &mut AnyConnection,
    actor: &Actor,
    admin: i64,
    d: &DemoDepartment,
    report: &mut DemoReport,
) -> anyhow::Result<i64> {
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT id, name FROM departments WHERE code = $1")
            .bind(&d.code)
            .fetch_optional(&mut *tx)
            .await?;
    match row {
        Some((id, name)) => {
            if name != d.name {
                org::rename_department(tx, id, &d.name).await.map_err(err)?;
                audit::record(
                    tx,
                    actor,
                    Entry::new(
                        crate::audit::Action::Update,
                        crate::org::Record::Department,
                        id,
                    )
                    .admin(Some(admin))
                    .summary(d.name.clone()),
                )
                .await?;
                report.updated += 1;
            }
            Ok(id)
        }
        None => {
            let id = org::create_department(tx, admin, &d.code, &d.name)
                .await
                .map_err(err)?;
            audit::record(
                tx,
                actor,
                Entry::new(
                    crate::audit::Action::Create,
                    crate::org::Record::Department,
                    id,
                )
                .admin(Some(admin))
                .summary(d.name.clone()),
            )
            .await?;
            report.created += 1;
            Ok(id)
        }
    }
}

async fn upsert_unit(
    tx: &mut AnyConnection,
    actor: &Actor,
    admin: i64,
    dept: i64,
    u: &DemoUnit,
    report: &mut DemoReport,
) -> anyhow::Result<i64> {
    let functions = UnitFunction::parse_list(&u.functions.join(","))
        .map_err(|f| anyhow::anyhow!("bad function {f}"))?;
    let input = UnitInput {
        department_id: dept,
        code: Code::parse(&u.code).map_err(|m| anyhow::anyhow!("{m}: {}", u.code))?,
        name: u.name.clone(),
        manager_name: u.manager.clone(),
        manager_user_id: None,
        headcount: u.headcount,
        functions: functions.clone(),
        valid_from: u.valid_from.clone(),
    };
    type Row = (i64, i64, String, String, i64, String, String, Option<i64>);
    let row: Option<Row> = sqlx::query_as("SELECT id, department_id, name, manager_name, headcount, functions, valid_from, manager_user_id FROM units WHERE code = $1")
        .bind(&u.code)
        .fetch_optional(&mut *tx)
        .await?;
    match row {
        Some((id, d, name, manager, headcount, stored_functions, valid_from, manager_user_id)) => {
            let same = d == dept
                && name == u.name
                && manager == u.manager
                && headcount == u.headcount
                && stored_functions == UnitFunction::store_list(&functions)
                && valid_from == u.valid_from;
            if !same {
                let input = UnitInput {
                    manager_user_id,
                    ..input
                };
                org::update_unit(tx, id, &input).await.map_err(err)?;
                audit::record(
                    tx,
                    actor,
                    Entry::new(crate::audit::Action::Update, crate::org::Record::Unit, id)
                        .admin(Some(admin))
                        .summary(u.name.clone()),
                )
                .await?;
                report.updated += 1;
            }
            Ok(id)
        }
        None => {
            let id = org::create_unit(tx, &input).await.map_err(err)?;
            audit::record(
                tx,
                actor,
                Entry::new(crate::audit::Action::Create, crate::org::Record::Unit, id)
                    .admin(Some(admin))
                    .summary(u.name.clone()),
            )
            .await?;
            report.created += 1;
            Ok(id)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_file_parses_and_has_every_role() {
        let data = parse().expect("demo data parses");
        assert!(
            data.administrations
                .iter()
                .filter(|a| a.kind == "district")
                .count()
                >= 14
        );
        for role in Role::ALL {
            assert!(
                data.users
                    .iter()
                    .any(|u| u.grants.iter().any(|g| Role::parse(&g.role) == Some(role))),
                "no demo user has role {role:?}"
            );
        }
    }
}
