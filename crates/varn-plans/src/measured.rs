//! Indicators that fill themselves: an activity may name a figure another capability counts
//! (`training/course:BAS:completed`, offered through `web::capability::Measures`). At each
//! follow-up point Värn reads it for the point's period and shows it beside what was
//! reported, with where it came from, and offers it as the reported value.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use crate::domain::Point;
use crate::store::{ActivityValues, Plan};
use crate::view::FollowUpRow;
use varn_house::i18n;
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::ids::AdministrationId;
use varn_house::web::capability::{self, Measure, MeasureValue, Period};
use varn_house::web::AppState;

/// The figures Värn can count for the activities of administration `admin`.
pub async fn offered(state: &AppState, admin: AdministrationId) -> Result<Vec<Measure>> {
    capability::measures(state.capabilities, &state.db, admin).await
}

/// Refuses a measure that Värn does not count for the administration.
pub async fn check(
    state: &AppState,
    admin: AdministrationId,
    values: &ActivityValues,
) -> Result<()> {
    let want = values.follow_up.measure.trim();
    if want.is_empty()
        || offered(state, admin)
            .await?
            .iter()
            .any(|m| m.reference == want)
    {
        return Ok(());
    }
    let cat = i18n::sv();
    Err(Error::invalid(
        cat.t("plans.field.measure"),
        cat.t("plans.validation.measure"),
    ))
}

/// The period a point's value covers: from the start of the point's year (or of the plan,
/// when later) to the point's date, or to `today` while the point is still ahead.
pub fn period_of(plan_start: NaiveDate, deadline: NaiveDate, today: NaiveDate) -> (String, String) {
    let year_start = NaiveDate::from_ymd_opt(deadline.year(), 1, 1).unwrap_or(deadline);
    let from = year_start.max(plan_start);
    let to = deadline.min(today).max(from);
    (
        from.format("%Y-%m-%d").to_string(),
        to.format("%Y-%m-%d").to_string(),
    )
}

/// Adds the counted value to every row whose activity names a measure.
pub async fn fill(
    state: &AppState,
    plan: &Plan,
    rows: &mut [FollowUpRow],
    today: NaiveDate,
) -> Result<()> {
    let Ok(period) = plan.period_value() else {
        return Ok(());
    };
    let mut seen: HashMap<(String, String, String), Option<MeasureValue>> = HashMap::new();
    for row in rows.iter_mut().filter(|r| !r.measure.is_empty()) {
        let Some(deadline) = Point::parse(&row.point).map(|p| p.deadline(period.start, period.end))
        else {
            continue;
        };
        let (from, to) = period_of(period.start, deadline, today);
        let key = (row.measure.clone(), from, to);
        if !seen.contains_key(&key) {
            let value = capability::measure_value(
                state.capabilities,
                &state.db,
                plan.administration_id,
                &key.0,
                Period {
                    from: &key.1,
                    to: &key.2,
                },
            )
            .await?;
            seen.insert(key.clone(), value);
        }
        row.measured = seen.get(&key).cloned().flatten();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn a_point_counts_its_year_up_to_its_date_or_today() {
        // T1 of the plan's second year, long past: that year's January to April.
        assert_eq!(
            period_of(d(2024, 1, 1), d(2025, 4, 30), d(2026, 11, 30)),
            ("2025-01-01".into(), "2025-04-30".into())
        );
        // A plan starting in March counts from its start.
        assert_eq!(
            period_of(d(2026, 3, 1), d(2026, 4, 30), d(2026, 11, 30)),
            ("2026-03-01".into(), "2026-04-30".into())
        );
        // A point still ahead counts up to today.
        assert_eq!(
            period_of(d(2026, 1, 1), d(2026, 12, 31), d(2026, 11, 30)),
            ("2026-01-01".into(), "2026-11-30".into())
        );
        // A plan that has not started yet reads its first day.
        assert_eq!(
            period_of(d(2027, 1, 1), d(2027, 4, 30), d(2026, 11, 30)),
            ("2027-01-01".into(), "2027-01-01".into())
        );
    }
}
