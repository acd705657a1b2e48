//! The elevated risk picture on the start pages and on the city's desk: a coordinator of an
//! administration concerned sees the state in force until it is lifted; the central
//! coordinator's desk gets a column saying, per administration, whether the state is in
//! force for it and how many measures it has reported (red while it has reported none),
//! and what waits: who has reported nothing yet.

use crate::domain::{self, RiskpictureEpisodeId};
use crate::store::{self, RiskpictureEpisode};
use varn_house::db::Db;
use varn_house::i18n;
use varn_house::kernel::ids::AdministrationId;
use varn_house::kernel::scope::Scope;
use varn_house::web::capability::{
    CityCell, CityColumn, CityFuture, CityLight, CityPart, WorkFuture, WorkItem,
};

fn count(
    counts: &[(RiskpictureEpisodeId, AdministrationId)],
    episode: RiskpictureEpisodeId,
    admin: AdministrationId,
) -> usize {
    counts
        .iter()
        .filter(|(e, a)| *e == episode && *a == admin)
        .count()
}

/// What waits for a coordinator: each state in force over an administration they
/// coordinate, with its measures so far.
pub fn work<'a>(
    state: &'a varn_house::web::AppState,
    p: &'a varn_house::auth::Principal,
) -> WorkFuture<'a> {
    Box::pin(async move {
        let scope = p.scope(crate::perm::MEASURE);
        if scope.is_empty() {
            return Ok(vec![]);
        }
        let cat = i18n::sv();
        let counts = store::measure_counts(&state.db).await?;
        let mut out = Vec::new();
        for e in store::episodes(&state.db, &scope).await? {
            if !e.in_force() {
                continue;
            }
            let reported: usize = e
                .administration_ids
                .iter()
                .filter(|a| scope.contains(**a))
                .map(|a| count(&counts, e.id, *a))
                .sum();
            out.push(WorkItem {
                text: cat.f(
                    "riskpicture.work",
                    &[("date", &e.declared_on), ("count", &reported.to_string())],
                ),
                href: format!("/riskbild/{}", e.id),
            });
        }
        Ok(out)
    })
}

/// The episode a desk's cell speaks of for `admin`: one in force, else the latest lifted.
fn for_admin(
    episodes: &[RiskpictureEpisode],
    admin: AdministrationId,
) -> Option<&RiskpictureEpisode> {
    let mine = || episodes.iter().filter(move |e| e.concerns(admin));
    mine()
        .find(|e| e.in_force())
        .or_else(|| mine().max_by(|a, b| a.declared_on.cmp(&b.declared_on)))
}

/// The risk picture on the city's desk of `year`: a column when a state was in force
/// during the year, and what waits while one is.
pub fn city_part<'a>(db: &'a Db, year: i32, _today: &'a str) -> CityFuture<'a> {
    Box::pin(async move {
        let cat = i18n::sv();
        let episodes: Vec<RiskpictureEpisode> = store::episodes(db, &Scope::All)
            .await?
            .into_iter()
            .filter(|e| domain::in_force_during(&e.declared_on, e.lifted_on.as_deref(), year))
            .collect();
        let mut part = CityPart::default();
        if episodes.is_empty() {
            return Ok(part);
        }
        let counts = store::measure_counts(db).await?;
        let mut admins: Vec<AdministrationId> = episodes
            .iter()
            .flat_map(|e| e.administration_ids.iter().copied())
            .collect();
        admins.sort_unstable();
        admins.dedup();
        part.columns.push(CityColumn {
            key: "riskbild".into(),
            heading: cat.t("riskpicture.city_column").into(),
            rule: cat.t("riskpicture.city_rule").into(),
            cells: admins
                .iter()
                .filter_map(|a| {
                    let e = for_admin(&episodes, *a)?;
                    let n = count(&counts, e.id, *a);
                    let measures = if n == 0 {
                        cat.t("riskpicture.city_none").to_string()
                    } else {
                        cat.f("riskpicture.city_measures", &[("count", &n.to_string())])
                    };
                    let (text, light) = match &e.lifted_on {
                        None => (
                            cat.f(
                                "riskpicture.city_in_force",
                                &[("date", &e.declared_on), ("measures", &measures)],
                            ),
                            Some(if n == 0 {
                                CityLight::Red
                            } else {
                                CityLight::Green
                            }),
                        ),
                        Some(l) => (
                            cat.f(
                                "riskpicture.city_lifted",
                                &[("date", l), ("measures", &measures)],
                            ),
                            None,
                        ),
                    };
                    Some(CityCell {
                        administration_id: *a,
                        text,
                        href: Some(format!("/riskbild/{}", e.id)),
                        light,
                    })
                })
                .collect(),
        });
        for e in episodes.iter().filter(|e| e.in_force()) {
            let silent = e
                .administration_ids
                .iter()
                .filter(|a| count(&counts, e.id, **a) == 0)
                .count();
            part.waiting.push(WorkItem {
                text: cat.f(
                    "riskpicture.city_waiting",
                    &[
                        ("date", &e.declared_on),
                        ("silent", &silent.to_string()),
                        ("all", &e.administration_ids.len().to_string()),
                    ],
                ),
                href: format!("/riskbild/{}", e.id),
            });
        }
        Ok(part)
    })
}
