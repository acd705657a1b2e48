//! The demo municipality's organisation: its administrations, departments and units
//! (with units that merged or split over the years) and the coordinators' contact cards,
//! from `demo/municipality.toml`, wholly fictitious. Loading again changes nothing.

use std::collections::HashMap;
use varn_house::kernel::ids::{AdministrationId, DepartmentId, UnitId, UserId};

use anyhow::Context;
use serde::Deserialize;
use sqlx::AnyConnection;

use crate::domain::{
    AdministrationInput, AdministrationKind, Code, ContactForm, UnitFunction, UnitInput,
};
use crate::store as org;
use varn_house::audit::{self, Actor, Entry};
use varn_house::db::Db;
use varn_house::web::capability::DemoReport;

const DATA: &str = include_str!("../../varn/demo/municipality.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoFile {
    pub municipality: DemoMunicipality,
    pub administrations: Vec<DemoAdministration>,
    pub users: Vec<DemoUser>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoMunicipality {
    pub name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoAdministration {
    pub code: String,
    pub name: String,
    pub kind: String,
    #[serde(default)]
    pub contacts: Vec<ContactForm>,
    #[serde(default)]
    pub departments: Vec<DemoDepartment>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoDepartment {
    pub code: String,
    pub name: String,
    #[serde(default)]
    pub units: Vec<DemoUnit>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoUnit {
    pub code: String,
    pub name: String,
    pub manager: String,
    #[serde(default)]
    pub manager_email: Option<String>,
    pub headcount: i64,
    pub functions: Vec<String>,
    pub valid_from: String,
    #[serde(default)]
    pub valid_to: Option<String>,
    #[serde(default)]
    pub successor: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoUser {
    pub email: String,
    pub name: String,
    pub grants: Vec<DemoGrant>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoGrant {
    pub role: String,
    #[serde(default)]
    pub administrations: Option<Vec<String>>,
    #[serde(default)]
    pub unit: Option<String>,
}

/// The demo municipality as written in its file.
pub fn parse() -> anyhow::Result<DemoFile> {
    toml::from_str(DATA).context("demo/municipality.toml is invalid")
}

/// Creates or updates the demo organisation.
pub async fn load(db: &Db) -> anyhow::Result<DemoReport> {
    let data = parse()?;
    let actor = Actor::system("demo");
    let mut report = DemoReport::default();
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
                let _ = &unit_ids;
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
                let cid = org::create_contact(&mut tx, AdministrationId::new(id), &card)
                    .await
                    .map_err(err)?;
                audit::record(
                    &mut tx,
                    &actor,
                    Entry::new(
                        varn_house::audit::Action::Create,
                        crate::Record::ContactCard,
                        cid,
                    )
                    .admin(Some(AdministrationId::new(id)))
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
                org::end_unit(
                    &mut tx,
                    UnitId::new(*id),
                    valid_to,
                    successor.map(UnitId::new),
                )
                .await
                .map_err(err)?;
                audit::record(
                    &mut tx,
                    &actor,
                    Entry::new(varn_house::audit::Action::End, crate::Record::Unit, id)
                        .admin(Some(AdministrationId::new(*admin)))
                        .summary(format!("{} {valid_to}", u.code)),
                )
                .await?;
                report.updated += 1;
            }
        }
    }
    tx.commit().await?;
    Ok(report)
}

/// The ids of the demo's administrations and units by code, for the demos that build on them.
pub async fn ids(
    conn: &mut AnyConnection,
) -> anyhow::Result<(HashMap<String, i64>, HashMap<String, (i64, i64)>)> {
    use sqlx::Row;
    let mut admins = HashMap::new();
    for r in sqlx::query("SELECT code, id FROM administrations")
        .fetch_all(&mut *conn)
        .await?
    {
        admins.insert(r.try_get::<String, _>("code")?, r.try_get::<i64, _>("id")?);
    }
    let mut units = HashMap::new();
    for r in sqlx::query("SELECT u.code, u.id, d.administration_id FROM units u JOIN departments d ON d.id = u.department_id")
        .fetch_all(&mut *conn)
        .await?
    {
        units.insert(
            r.try_get::<String, _>("code")?,
            (r.try_get::<i64, _>("id")?, r.try_get::<i64, _>("administration_id")?),
        );
    }
    Ok((admins, units))
}

pub fn err(e: varn_house::kernel::error::Error) -> anyhow::Error {
    match e {
        varn_house::kernel::error::Error::Internal(e) => e,
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
                org::update_administration(tx, AdministrationId::new(id), &a.name, kind)
                    .await
                    .map_err(err)?;
                audit::record(
                    tx,
                    actor,
                    Entry::new(
                        varn_house::audit::Action::Update,
                        crate::Record::Administration,
                        id,
                    )
                    .admin(Some(AdministrationId::new(id)))
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
                    varn_house::audit::Action::Create,
                    crate::Record::Administration,
                    id,
                )
                .admin(Some(id))
                .summary(a.name.clone()),
            )
            .await?;
            report.created += 1;
            Ok(id.get())
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
                org::rename_department(tx, DepartmentId::new(id), &d.name)
                    .await
                    .map_err(err)?;
                audit::record(
                    tx,
                    actor,
                    Entry::new(
                        varn_house::audit::Action::Update,
                        crate::Record::Department,
                        id,
                    )
                    .admin(Some(AdministrationId::new(admin)))
                    .summary(d.name.clone()),
                )
                .await?;
                report.updated += 1;
            }
            Ok(id)
        }
        None => {
            let id = org::create_department(tx, AdministrationId::new(admin), &d.code, &d.name)
                .await
                .map_err(err)?;
            audit::record(
                tx,
                actor,
                Entry::new(
                    varn_house::audit::Action::Create,
                    crate::Record::Department,
                    id,
                )
                .admin(Some(AdministrationId::new(admin)))
                .summary(d.name.clone()),
            )
            .await?;
            report.created += 1;
            Ok(id.get())
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
        department_id: DepartmentId::new(dept),
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
                    manager_user_id: manager_user_id.map(UserId::new),
                    ..input
                };
                org::update_unit(tx, UnitId::new(id), &input)
                    .await
                    .map_err(err)?;
                audit::record(
                    tx,
                    actor,
                    Entry::new(varn_house::audit::Action::Update, crate::Record::Unit, id)
                        .admin(Some(AdministrationId::new(admin)))
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
                Entry::new(varn_house::audit::Action::Create, crate::Record::Unit, id)
                    .admin(Some(AdministrationId::new(admin)))
                    .summary(u.name.clone()),
            )
            .await?;
            report.created += 1;
            Ok(id.get())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use varn_house::auth::Role;

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
        // The grant officer's demo account is made by grants::demo (the role came with it).
        for role in Role::ALL.into_iter().filter(|r| *r != Role::GrantOfficer) {
            assert!(
                data.users
                    .iter()
                    .any(|u| u.grants.iter().any(|g| Role::parse(&g.role) == Some(role))),
                "no demo user has role {role:?}"
            );
        }
    }
}
