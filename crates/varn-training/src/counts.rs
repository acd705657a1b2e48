//! The figures of a course in an administration at the dates asked, per unit living on each
//! date: from the tallies at a year's end and on or after the latest row (today, as a rule:
//! no row may be dated after it); at any other date, from the tallies at that year's end less
//! what the people seen after the date changed (see [`tally::standing_within`]). Every figure of training
//! (the pages, the API, the exports, plan indicators, the picture, the city's desk) comes
//! through here, so the two ways give the same numbers (a test compares them).

use crate::domain::{self, TrainingCourseId, UnitCount, UnitSpan};
use crate::{store, tally, tally_store};
use varn_house::db::Db;
use varn_house::kernel::error::Result;
use varn_house::kernel::ids::AdministrationId;

/// Every unit of `admin` as the figures need it (all of them take part in following people
/// through merges; the caller chooses which to show).
pub async fn spans(
    db: &Db,
    admin: AdministrationId,
) -> Result<(Vec<varn_org::Unit>, Vec<UnitSpan>)> {
    let units = varn_org::list_units(db, admin).await?;
    let spans = units
        .iter()
        .map(|u| UnitSpan {
            id: u.id,
            department_id: u.department_id,
            valid_from: u.valid_from.clone(),
            valid_to: u.valid_to.clone(),
            successor_id: u.successor_id,
            headcount: u.headcount,
        })
        .collect();
    Ok((units, spans))
}

/// The year of `date` when it is a year's last day.
fn year_end_of(date: &str) -> Option<i32> {
    (date.len() == 10 && date.ends_with("-12-31"))
        .then(|| date.get(..4).and_then(|y| y.parse().ok()))
        .flatten()
}

/// The counts per unit living on each of `dates` (in their order), for `course` in `admin`.
pub async fn at_dates(
    db: &Db,
    admin: AdministrationId,
    course: TrainingCourseId,
    spans: &[UnitSpan],
    dates: &[String],
) -> Result<Vec<Vec<UnitCount>>> {
    let tallies = tally_store::tallies(db, admin, course).await?;
    let latest = tally_store::latest_date(db, admin, course).await?;
    let mut out = Vec::with_capacity(dates.len());
    for date in dates {
        let through = match year_end_of(date) {
            Some(year) => Some(Some(year)),
            None if latest.as_deref().is_none_or(|l| l <= date.as_str()) => Some(None),
            None => None,
        };
        let standing = match through {
            Some(through) => tally::standing(&tallies, through),
            None => {
                let year = tally::year_of(date);
                let seen = store::observations_of_people_seen(
                    db,
                    admin,
                    course,
                    date,
                    &domain::year_end(year),
                )
                .await?;
                tally::standing_within(&tallies, &seen, year, date)
            }
        };
        out.push(tally::figures_from(spans, &standing, date));
    }
    Ok(out)
}

/// The counts per unit living on `date`, from the rows only (what the tallies must equal).
pub async fn from_rows(
    db: &Db,
    admin: AdministrationId,
    course: TrainingCourseId,
    spans: &[UnitSpan],
    date: &str,
) -> Result<Vec<UnitCount>> {
    Ok(domain::figures_on(
        spans,
        &store::observations(db, admin, course).await?,
        date,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_years_last_day_is_a_year_end() {
        assert_eq!(year_end_of("2024-12-31"), Some(2024));
        assert_eq!(year_end_of("2024-12-30"), None);
        assert_eq!(year_end_of("12-31"), None);
    }
}
