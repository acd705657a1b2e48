//! The demo municipality's people: an account in every role (all with [`PASSWORD`]), their
//! grants, and the managers linked to their units; from `demo/municipality.toml`, wholly
//! fictitious. Loading again changes nothing.

use anyhow::Context;
use varn_house::kernel::ids::{AdministrationId, UnitId};

use crate::store as people;
use varn_house::audit::{self, Actor, Entry};
use varn_house::auth::{password, Role};
use varn_house::db::Db;
use varn_house::web::capability::DemoReport;
use varn_org::demo::err;

pub use varn_house::web::capability::DEMO_PASSWORD as PASSWORD;

/// Creates or updates the demo people.
pub async fn load(db: &Db) -> anyhow::Result<DemoReport> {
    let data = varn_org::demo::parse()?;
    let actor = Actor::system("demo");
    let mut report = DemoReport::default();
    // Hash once; only new accounts get it.
    let mut hash: Option<String> = None;
    let mut tx = db.begin_write().await?;
    let (admin_ids, unit_ids) = varn_org::demo::ids(&mut tx).await?;
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
                    Entry::new(varn_house::audit::Action::Create, crate::Record::User, id)
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
                let (gid, new) = people::add_grant(
                    &mut tx,
                    user_id,
                    role,
                    admin.map(AdministrationId::new),
                    unit.map(UnitId::new),
                )
                .await
                .map_err(err)?;
                if new {
                    audit::record(
                        &mut tx,
                        &actor,
                        Entry::new(
                            varn_house::audit::Action::Create,
                            crate::Record::RoleGrant,
                            gid,
                        )
                        .admin(admin.map(AdministrationId::new))
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
            if varn_org::link_manager(&mut tx, UnitId::new(*unit), user)
                .await
                .map_err(err)?
            {
                report.updated += 1;
            }
        }
    }
    tx.commit().await?;
    Ok(report)
}
