//! Tallies: the figures kept beside the completion rows, so that the city's page and every
//! year's end are read from a few hundred numbers instead of the whole history (issue 13),
//! and so that the counts outlive the rows once retention purges them (issue 19 §2).
//!
//! A tally is kept per administration, course, *recorded* unit (the unit a row names) and
//! year: the net change, during that year, of how many people stand completed, in progress,
//! and completed by a manual marking, where each person counts once, with their last word at
//! the date asked (the order of [`crate::domain::Timeline`]: date, status, manual,
//! unit). The standing at the end of a year is the sum of the changes of that year and every
//! year before; the standing after the last row is the sum of all of them. Which unit a
//! recorded unit's people belong to on a date (DOMAIN.md §3: merges and splits) is worked out
//! when the figures are read, from the organisation as it is then, so a unit merged after
//! the rows were written needs no tally changed.
//!
//! Pure: no I/O here. The rows themselves are the truth the tallies must always equal; a
//! test recounts them after every kind of change.

use std::collections::{BTreeMap, HashMap};

use crate::domain::{unit_on, Observation, Status, UnitCount, UnitSpan};
use varn_house::kernel::ids::UnitId;

/// How many people stand completed, in progress and completed by hand (as a standing), or
/// how those numbers changed (as a change).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub completed: i64,
    pub in_progress: i64,
    /// Of the completed, those whose last word was a manual marking.
    pub manual: i64,
}

impl Tally {
    /// What one person's last word adds.
    pub fn of(status: Status, manual: bool) -> Tally {
        match status {
            Status::Completed => Tally {
                completed: 1,
                in_progress: 0,
                manual: i64::from(manual),
            },
            Status::InProgress => Tally {
                in_progress: 1,
                ..Tally::default()
            },
            Status::NotStarted => Tally::default(),
        }
    }

    pub fn is_zero(&self) -> bool {
        *self == Tally::default()
    }

    /// Adds `other` times `sign`.
    pub fn add(&mut self, other: &Tally, sign: i64) {
        self.completed += sign * other.completed;
        self.in_progress += sign * other.in_progress;
        self.manual += sign * other.manual;
    }
}

/// Net changes per (recorded unit, year), none of them zero.
pub type Changes = BTreeMap<(UnitId, i32), Tally>;

/// The year of a stored date (`YYYY-MM-DD`); 0 for what cannot be read, which the checks
/// before every write never let through.
pub fn year_of(date: &str) -> i32 {
    date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0)
}

/// What decides which of a person's observations is their last word: the greatest wins.
fn rank(o: &Observation) -> (&str, Status, bool, UnitId) {
    (o.on.as_str(), o.status, o.manual, o.unit_id)
}

fn put(out: &mut Changes, key: (UnitId, i32), t: &Tally, sign: i64) {
    if t.is_zero() {
        return;
    }
    let entry = out.entry(key).or_default();
    entry.add(t, sign);
    if entry.is_zero() {
        out.remove(&key);
    }
}

/// The changes per recorded unit and year that `observations` make. For each person, the
/// last word of each year they were seen in starts to count in that year, in the unit it
/// names, and their previous year's last word stops counting there: the standing at a year's
/// end is then each person's last word up to that day, counted once.
pub fn changes(observations: &[Observation]) -> Changes {
    let mut by_person: HashMap<&str, BTreeMap<i32, &Observation>> = HashMap::new();
    for o in observations {
        let slot = by_person
            .entry(o.person.as_str())
            .or_default()
            .entry(year_of(&o.on))
            .or_insert(o);
        if rank(o) > rank(slot) {
            *slot = o;
        }
    }
    let mut out = Changes::new();
    for years in by_person.values() {
        let mut before: Option<&Observation> = None;
        for (year, o) in years {
            put(
                &mut out,
                (o.unit_id, *year),
                &Tally::of(o.status, o.manual),
                1,
            );
            if let Some(b) = before {
                put(
                    &mut out,
                    (b.unit_id, *year),
                    &Tally::of(b.status, b.manual),
                    -1,
                );
            }
            before = Some(o);
        }
    }
    out
}

/// `after` less `before`: what to add to the tallies when the rows of some people went from
/// `before` to `after` (the rows of everyone else being the same). Adding rows dated in a
/// year changes nothing of the years before it, so the difference has no earlier year.
pub fn difference(after: &Changes, before: &Changes) -> Changes {
    let mut out = after.clone();
    for (key, t) in before {
        put(&mut out, *key, t, -1);
    }
    out
}

/// The standing per recorded unit at the end of `through` (`None`: after every row), from
/// `(recorded unit, year, change)` tallies.
pub fn standing(tallies: &[(UnitId, i32, Tally)], through: Option<i32>) -> HashMap<UnitId, Tally> {
    let mut out: HashMap<UnitId, Tally> = HashMap::new();
    for (unit, year, t) in tallies {
        if through.is_none_or(|y| *year <= y) {
            out.entry(*unit).or_default().add(t, 1);
        }
    }
    out
}

/// The standing per recorded unit on `date`, a day inside `year` (not its last): the standing
/// at the year's end, from the tallies, less what the people seen after the day and up to the
/// year's end changed. `seen` holds every row, dated up to the year's end, of each person with
/// a row after `date` in `year`; their last word on the day is taken back in.
///
/// It looks forward from the day rather than back from the year's start so that it stays
/// exact after a purge: retention keeps every row from its cut-off on and each person's last
/// row before it, so for any day on or after the cut-off each of these people's words on the
/// day and at the year's end are still there.
pub fn standing_within(
    tallies: &[(UnitId, i32, Tally)],
    seen: &[Observation],
    year: i32,
    date: &str,
) -> HashMap<UnitId, Tally> {
    let mut out = standing(tallies, Some(year));
    let mut words: HashMap<&str, (Option<&Observation>, Option<&Observation>)> = HashMap::new();
    for o in seen {
        let (on_day, at_end) = words.entry(o.person.as_str()).or_default();
        let slot = if o.on.as_str() <= date {
            on_day
        } else {
            at_end
        };
        if slot.is_none_or(|s| rank(o) > rank(s)) {
            *slot = Some(o);
        }
    }
    for (on_day, at_end) in words.values() {
        // Only the people with a row after the day count here; their word at the year's end
        // is that row, and it stops counting in favour of their word on the day.
        let Some(end) = at_end else { continue };
        out.entry(end.unit_id)
            .or_default()
            .add(&Tally::of(end.status, end.manual), -1);
        if let Some(day) = on_day {
            out.entry(day.unit_id)
                .or_default()
                .add(&Tally::of(day.status, day.manual), 1);
        }
    }
    out
}

/// The figures per unit living on `date`, from the standing per recorded unit at that date:
/// each recorded unit's people count in the unit it was or became on the date (DOMAIN.md
/// §3), as [`crate::domain::figures_at`] counts them from the rows.
pub fn figures_from(
    units: &[UnitSpan],
    standing: &HashMap<UnitId, Tally>,
    date: &str,
) -> Vec<UnitCount> {
    let by_id: HashMap<UnitId, &UnitSpan> = units.iter().map(|u| (u.id, u)).collect();
    let mut counts: HashMap<UnitId, UnitCount> = HashMap::new();
    for (recorded, t) in standing {
        let Some(unit) = unit_on(&by_id, *recorded, date) else {
            continue;
        };
        let c = counts.entry(unit).or_default();
        c.completed += t.completed;
        c.in_progress += t.in_progress;
        c.manual += t.manual;
    }
    crate::domain::living_counts(units, counts, date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{figures_on, year_end};
    use proptest::prelude::*;

    fn seen(person: &str, unit_id: i64, status: Status, on: &str, manual: bool) -> Observation {
        Observation {
            person: person.into(),
            unit_id: UnitId::new(unit_id),
            status,
            on: on.into(),
            manual,
        }
    }

    fn unit(id: i64, from: &str, to: Option<&str>, successor: Option<i64>) -> UnitSpan {
        UnitSpan {
            id: UnitId::new(id),
            department_id: varn_house::kernel::ids::DepartmentId::new(1),
            valid_from: from.into(),
            valid_to: to.map(Into::into),
            successor_id: successor.map(UnitId::new),
            headcount: 10,
        }
    }

    /// Units 1 and 2 merge into 3 at the turn of 2019; 3 splits into 3 and 4 at the turn of
    /// 2022 (3 keeps the register); 5 closes at the end of 2020 with no successor.
    fn organisation() -> Vec<UnitSpan> {
        vec![
            unit(1, "2010-01-01", Some("2018-12-31"), Some(3)),
            unit(2, "2010-01-01", Some("2018-12-31"), Some(3)),
            unit(3, "2019-01-01", None, None),
            unit(4, "2022-01-01", None, None),
            unit(5, "2010-01-01", Some("2020-12-31"), None),
        ]
    }

    #[test]
    fn a_person_moves_from_in_progress_to_completed_across_years() {
        let obs = [
            seen("a", 1, Status::InProgress, "2016-05-01", false),
            seen("a", 1, Status::Completed, "2018-02-01", false),
        ];
        let c = changes(&obs);
        assert_eq!(
            c.get(&(UnitId::new(1), 2016)),
            Some(&Tally {
                in_progress: 1,
                ..Tally::default()
            })
        );
        assert_eq!(
            c.get(&(UnitId::new(1), 2018)),
            Some(&Tally {
                completed: 1,
                in_progress: -1,
                manual: 0
            })
        );
        let flat: Vec<(UnitId, i32, Tally)> = c.iter().map(|(k, t)| (k.0, k.1, *t)).collect();
        assert_eq!(standing(&flat, Some(2017))[&UnitId::new(1)].in_progress, 1);
        assert_eq!(standing(&flat, None)[&UnitId::new(1)].completed, 1);
    }

    #[test]
    fn the_same_word_twice_in_a_year_counts_once_and_a_repeat_next_year_changes_nothing() {
        let obs = [
            seen("a", 1, Status::Completed, "2016-05-01", false),
            seen("a", 1, Status::Completed, "2016-05-01", false),
            seen("a", 1, Status::Completed, "2017-01-03", false),
        ];
        let c = changes(&obs);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[&(UnitId::new(1), 2016)].completed, 1);
    }

    fn status() -> impl Strategy<Value = Status> {
        prop_oneof![
            Just(Status::NotStarted),
            Just(Status::InProgress),
            Just(Status::Completed)
        ]
    }

    /// (person, unit, status, year, day of year, manual)
    fn observation() -> impl Strategy<Value = (u8, i64, Status, i32, u32, bool)> {
        (
            0u8..12,
            1i64..=5,
            status(),
            2015i32..=2025,
            0u32..365,
            any::<bool>(),
        )
    }

    fn to_obs(raw: &[(u8, i64, Status, i32, u32, bool)]) -> Vec<Observation> {
        raw.iter()
            .map(|(p, u, s, y, d, m)| {
                let day = chrono::NaiveDate::from_ymd_opt(*y, 1, 1).unwrap_or_default()
                    + chrono::Days::new(u64::from(*d));
                // Manual markings are completions only, as the service makes them.
                let manual = *m && *s == Status::Completed;
                seen(
                    &format!("p{p}"),
                    *u,
                    *s,
                    &day.format("%Y-%m-%d").to_string(),
                    manual,
                )
            })
            .collect()
    }

    fn flat(c: &Changes) -> Vec<(UnitId, i32, Tally)> {
        c.iter().map(|(k, t)| (k.0, k.1, *t)).collect()
    }

    proptest! {
        /// At every year's end and after the last row, the figures read from the tallies are
        /// the figures counted from the rows, across merges, a split and a closed unit.
        #[test]
        fn the_tallies_give_the_figures_the_rows_give(raw in proptest::collection::vec(observation(), 0..60)) {
            let units = organisation();
            let obs = to_obs(&raw);
            let tallies = flat(&changes(&obs));
            for year in 2014..=2026 {
                let date = year_end(year);
                prop_assert_eq!(
                    figures_from(&units, &standing(&tallies, Some(year)), &date),
                    figures_on(&units, &obs, &date),
                    "at {}", date
                );
            }
            for date in ["2025-12-31", "2026-03-01", "2030-06-30"] {
                prop_assert_eq!(
                    figures_from(&units, &standing(&tallies, None), date),
                    figures_on(&units, &obs, date)
                );
            }
        }

        /// On any day inside a year, the tallies at the year's end and the rows of the people
        /// seen after the day give the figures the rows give; and so they do after a purge
        /// (every row before a cut-off gone but each person's last), on the cut-off or after.
        #[test]
        fn a_day_inside_a_year_needs_only_the_people_seen_after_it(
            raw in proptest::collection::vec(observation(), 0..60),
            year in 2015i32..=2025,
            day in 0u32..364,
            cut in 0u32..4000,
        ) {
            let units = organisation();
            let obs = to_obs(&raw);
            let tallies = flat(&changes(&obs));
            let day_of = |y: i32, d: u32| {
                (chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or_default()
                    + chrono::Days::new(u64::from(d)))
                .format("%Y-%m-%d")
                .to_string()
            };
            let date = day_of(year, day);
            let end = year_end(year);
            let within = |rows: &[Observation]| {
                let people: std::collections::HashSet<&str> = rows
                    .iter()
                    .filter(|o| o.on > date && o.on <= end)
                    .map(|o| o.person.as_str())
                    .collect();
                let seen: Vec<Observation> = rows
                    .iter()
                    .filter(|o| o.on <= end && people.contains(o.person.as_str()))
                    .cloned()
                    .collect();
                figures_from(&units, &standing_within(&tallies, &seen, year, &date), &date)
            };
            prop_assert_eq!(within(&obs), figures_on(&units, &obs, &date), "at {}", date);

            // A purge at a cut-off on or before the day keeps each person's last row before it.
            let cutoff = day_of(2015, cut).min(date.clone());
            let mut last_before: HashMap<&str, &Observation> = HashMap::new();
            for o in obs.iter().filter(|o| o.on < cutoff) {
                let slot = last_before.entry(o.person.as_str()).or_insert(o);
                if rank(o) > rank(slot) {
                    *slot = o;
                }
            }
            let kept: Vec<Observation> = obs
                .iter()
                .filter(|o| {
                    o.on >= cutoff
                        || last_before
                            .get(o.person.as_str())
                            .is_some_and(|l| std::ptr::eq(*l, *o))
                })
                .cloned()
                .collect();
            prop_assert_eq!(within(&kept), figures_on(&units, &obs, &date), "at {} after a purge at {}", date, cutoff);
        }

        /// Keeping the tallies by the difference over the people a change touched (their
        /// rows before and after) gives what a count of every row gives.
        #[test]
        fn the_difference_over_the_people_touched_keeps_the_tallies_exact(
            first in proptest::collection::vec(observation(), 0..40),
            added in proptest::collection::vec(observation(), 1..20),
        ) {
            let before = to_obs(&first);
            let new = to_obs(&added);
            let touched: std::collections::HashSet<&str> =
                new.iter().map(|o| o.person.as_str()).collect();
            let theirs: Vec<Observation> = before
                .iter()
                .filter(|o| touched.contains(o.person.as_str()))
                .cloned()
                .collect();
            let theirs_after: Vec<Observation> = theirs.iter().chain(&new).cloned().collect();
            let mut kept = changes(&before);
            for (key, t) in difference(&changes(&theirs_after), &changes(&theirs)) {
                put(&mut kept, key, &t, 1);
            }
            let all: Vec<Observation> = before.iter().chain(&new).cloned().collect();
            prop_assert_eq!(kept, changes(&all));
            // Nothing of a year before the earliest added row changes.
            let earliest = new.iter().map(|o| year_of(&o.on)).min().unwrap_or(0);
            let d = difference(&changes(&theirs_after), &changes(&theirs));
            prop_assert!(d.keys().all(|(_, y)| *y >= earliest));
        }
    }
}
