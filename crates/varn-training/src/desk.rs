//! Training on the city's desk and in the year's follow-up for the executive board (issue
//! 17): per district and specialist administration, the share of the staff who must take the
//! basic web training that had completed it at the year's end (this year: today), read from
//! the tallies, as a traffic-lit cell, and the counts behind it (completed, in progress, not
//! started), which the desk suppresses with its secondary cells. The share is shown only
//! where the desk shows the number completed, so it never gives a hidden count back; the
//! colour (a band of 30 points or more) still shows.

use crate::domain::{self, CourseKind, UnitCount};
use crate::{counts, store, tally_store};
use varn_house::db::Db;
use varn_house::i18n;
use varn_house::kernel::ids::AdministrationId;
use varn_house::kernel::scope::Scope;
use varn_house::kernel::suppress::{suppress, Cell, THRESHOLD};
use varn_house::web::capability::{
    CityCell, CityColumn, CityCounts, CityFuture, CityLight, CityPart,
};
use varn_org::domain::AdministrationKind;

/// A share of at least this many per cent is green.
pub const GREEN: i64 = 80;
/// A share of at least this many per cent (and below [`GREEN`]) is yellow; below, red.
pub const YELLOW: i64 = 50;

/// The colour of a share completed, in whole per cent.
pub fn light(rate: i64) -> CityLight {
    if rate >= GREEN {
        CityLight::Green
    } else if rate >= YELLOW {
        CityLight::Yellow
    } else {
        CityLight::Red
    }
}

/// The date the year's figures are for: its last day, or today while the year runs.
pub fn date_of(year: i32, today: &str) -> String {
    let end = domain::year_end(year);
    if end.as_str() > today {
        today.to_string()
    } else {
        end
    }
}

/// One administration's basic training at the date: its counts, and whether anything at all
/// was known of it by then.
struct Standing {
    admin: AdministrationId,
    sum: UnitCount,
    known: bool,
}

async fn standing(
    db: &Db,
    admin: AdministrationId,
    year: i32,
    date: &str,
) -> varn_house::kernel::error::Result<Standing> {
    let courses = store::courses(db, Some(admin)).await?;
    let Some(course) = courses.iter().find(|c| c.kind == CourseKind::WebBasic) else {
        return Ok(Standing {
            admin,
            sum: UnitCount::default(),
            known: false,
        });
    };
    let (units, spans) = counts::spans(db, admin).await?;
    let mut sum = UnitCount::default();
    for c in counts::at_dates(db, admin, course.id, &spans, &[date.to_string()])
        .await?
        .iter()
        .flatten()
    {
        if units
            .iter()
            .any(|u| c.unit_id == Some(u.id) && course.applies_to(&u.functions))
        {
            sum.add(c);
        }
    }
    let first = [
        store::first_year(db, admin, course.id).await?,
        tally_store::first_year(db, admin, course.id).await?,
    ]
    .into_iter()
    .flatten()
    .min();
    Ok(Standing {
        admin,
        sum,
        known: first.is_some_and(|y| y <= year),
    })
}

/// Training's part of the city's desk for `year`.
pub fn city<'a>(db: &'a Db, year: i32, today: &'a str) -> CityFuture<'a> {
    Box::pin(async move {
        let cat = i18n::sv();
        let date = date_of(year, today);
        // The administrations the desk shows, in its order, so that the counts are
        // suppressed here as the desk suppresses them.
        let mut all = Vec::new();
        for a in varn_org::list_administrations(db, &Scope::All).await? {
            if matches!(
                a.kind,
                AdministrationKind::District | AdministrationKind::Specialist
            ) {
                all.push(standing(db, a.id, year, &date).await?);
            }
        }
        let grid: Vec<Vec<i64>> = all
            .iter()
            .map(|s| vec![s.sum.completed, s.sum.in_progress, s.sum.not_started])
            .collect();
        let hidden = suppress(&grid, THRESHOLD);
        let cells = all
            .iter()
            .zip(&hidden.cells)
            .map(|(s, cells)| {
                let (text, light) = match (s.known, s.sum.rate(), cells.first()) {
                    (false, _, _) => (cat.t("training.desk.none").to_string(), None),
                    (true, None, _) => (cat.t("training.desk.no_staff").to_string(), None),
                    (true, Some(rate), Some(Cell::Shown(_))) => (
                        cat.f(
                            "training.desk.cell",
                            &[("rate", &rate.to_string()), ("date", &date)],
                        ),
                        Some(light(rate)),
                    ),
                    (true, Some(rate), _) => (
                        cat.f("training.desk.cell_hidden", &[("date", &date)]),
                        Some(light(rate)),
                    ),
                };
                CityCell {
                    administration_id: s.admin,
                    text,
                    href: Some(format!(
                        "/utbildning/forvaltningar/{}?datum={date}",
                        s.admin
                    )),
                    light,
                }
            })
            .collect();
        Ok(CityPart {
            columns: vec![CityColumn {
                key: "training".into(),
                heading: cat.t("training.desk.heading").into(),
                rule: cat.f(
                    "training.desk.rule",
                    &[
                        ("green", &GREEN.to_string()),
                        ("yellow", &YELLOW.to_string()),
                    ],
                ),
                cells,
            }],
            counts: vec![CityCounts {
                id: "utbildning".into(),
                title: cat.f(
                    "training.desk.counts_title",
                    &[("year", &year.to_string()), ("date", &date)],
                ),
                labels: [
                    "training.col.completed",
                    "training.col.in_progress",
                    "training.col.not_started",
                ]
                .iter()
                .map(|k| cat.t(k).to_string())
                .collect(),
                rows: all
                    .iter()
                    .zip(grid)
                    .map(|(s, row)| (s.admin, row))
                    .collect(),
                source: cat.t("training.desk.source").into(),
            }],
            ..CityPart::default()
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_colours_follow_the_written_rule() {
        assert_eq!(light(100), CityLight::Green);
        assert_eq!(light(80), CityLight::Green);
        assert_eq!(light(79), CityLight::Yellow);
        assert_eq!(light(50), CityLight::Yellow);
        assert_eq!(light(49), CityLight::Red);
        assert_eq!(light(0), CityLight::Red);
    }

    #[test]
    fn the_year_running_is_read_at_today() {
        assert_eq!(date_of(2025, "2026-11-30"), "2025-12-31");
        assert_eq!(date_of(2026, "2026-11-30"), "2026-11-30");
        assert_eq!(date_of(2026, "2026-12-31"), "2026-12-31");
    }
}
