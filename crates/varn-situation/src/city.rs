//! The situational picture on the city's desk (issue 17): each administration's picture of
//! the year (final, a draft, or missing) and the forms assessed as VBE by environment, as
//! counts the desk suppresses before anyone outside the administration sees them.

use std::collections::BTreeMap;
use varn_house::kernel::ids::AdministrationId;

use sqlx::Row;

use varn_house::db::Db;
use varn_house::i18n;
use varn_house::web::capability::{
    CityCell, CityColumn, CityCounts, CityFuture, CityLight, CityPart,
};

/// The situation's part of the city's desk for `year`.
pub fn city<'a>(db: &'a Db, year: i32, _today: &'a str) -> CityFuture<'a> {
    Box::pin(async move {
        let cat = i18n::sv();
        let admins: Vec<AdministrationId> =
            varn_org::list_administrations(db, &varn_house::kernel::scope::Scope::All)
                .await?
                .into_iter()
                .filter(|a| a.kind == varn_org::domain::AdministrationKind::District)
                .map(|a| a.id)
                .collect();
        let rows =
            sqlx::query("SELECT administration_id, status FROM situation_pictures WHERE year = $1")
                .bind(i64::from(year))
                .fetch_all(db.pool())
                .await?;
        let mut written: BTreeMap<AdministrationId, String> = BTreeMap::new();
        for r in rows {
            written.insert(r.try_get("administration_id")?, r.try_get("status")?);
        }
        let cells = admins
            .iter()
            .map(|&admin| {
                let (key, light) = match written.get(&admin).map(String::as_str) {
                    Some("final") => ("situation.city.final", CityLight::Green),
                    Some(_) => ("situation.city.draft", CityLight::Yellow),
                    None => ("situation.city.missing", CityLight::Red),
                };
                CityCell {
                    administration_id: admin,
                    text: cat.t(key).into(),
                    href: Some(format!("/lagesbild/forvaltningar/{admin}/ar/{year}")),
                    light: Some(light),
                }
            })
            .collect();
        // The forms assessed as VBE in the year, by environment, per administration.
        let mut labels: Vec<String> = Vec::new();
        let mut per_admin: Vec<(AdministrationId, BTreeMap<String, i64>)> = Vec::new();
        for &admin in &admins {
            let (environments, years, grid) =
                crate::stats::forms_by_environment(db, &[admin]).await?;
            let mut counts = BTreeMap::new();
            if let Some(col) = years.iter().position(|y| *y == i64::from(year)) {
                for (env, row) in environments.iter().zip(&grid) {
                    let n = row.get(col).copied().unwrap_or(0);
                    if !labels.contains(env) {
                        labels.push(env.clone());
                    }
                    counts.insert(env.clone(), n);
                }
            }
            per_admin.push((admin, counts));
        }
        let forms = CityCounts {
            id: "blanketter-miljo".into(),
            title: cat.f("situation.city.forms_title", &[("year", &year.to_string())]),
            rows: per_admin
                .into_iter()
                .map(|(admin, counts)| {
                    (
                        admin,
                        labels
                            .iter()
                            .map(|l| counts.get(l).copied().unwrap_or(0))
                            .collect(),
                    )
                })
                .collect(),
            labels,
            source: cat.t("picture.source_forms").into(),
        };
        Ok(CityPart {
            columns: vec![CityColumn {
                key: "picture".into(),
                heading: cat.f("situation.city.heading", &[("year", &year.to_string())]),
                rule: cat.t("situation.city.rule").into(),
                cells,
            }],
            counts: vec![forms],
            ..Default::default()
        })
    })
}
