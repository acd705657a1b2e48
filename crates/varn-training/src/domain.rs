//! The pure rules of training: course kinds and audiences, completion statuses, the keyed
//! hash that stands for a person, the look of a personal identity number, and the figures
//! per unit at a date (DOMAIN.md §3: a person counts in the unit they belonged to at the
//! date asked, following merged units to their successor). No I/O here.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use varn_house::kernel::ids::{DepartmentId, UnitId};

varn_house::id!(
    /// A course (`training_courses`): the city's or an administration's own.
    pub struct TrainingCourseId
);
varn_house::id!(
    /// A row of what a person has done of a course (`training_completions`): imported or
    /// marked by hand.
    pub struct TrainingCompletionId
);
varn_house::id!(
    /// An event held for a unit (`training_events`).
    pub struct TrainingEventId
);

/// What kind of course it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = TrainingCourseKind)]
pub enum CourseKind {
    /// The basic web training all staff must take.
    WebBasic,
    /// The advanced web training on the white-power environment.
    WebAdvanced,
    Workshop,
    Lecture,
    /// The standard presentation at the workplace meeting (APT) every unit gives.
    Apt,
}

impl CourseKind {
    pub const ALL: [CourseKind; 5] = [
        CourseKind::WebBasic,
        CourseKind::WebAdvanced,
        CourseKind::Workshop,
        CourseKind::Lecture,
        CourseKind::Apt,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CourseKind::WebBasic => "web_basic",
            CourseKind::WebAdvanced => "web_advanced",
            CourseKind::Workshop => "workshop",
            CourseKind::Lecture => "lecture",
            CourseKind::Apt => "apt",
        }
    }

    pub fn parse(code: &str) -> Option<CourseKind> {
        CourseKind::ALL
            .into_iter()
            .find(|k| k.code() == code.trim())
    }

    /// Events (held on a date for a unit) rather than completions per person.
    pub fn is_event(self) -> bool {
        matches!(
            self,
            CourseKind::Workshop | CourseKind::Lecture | CourseKind::Apt
        )
    }

    pub fn label(self) -> &'static str {
        varn_house::i18n::sv().t(match self {
            CourseKind::WebBasic => "training.kind.web_basic",
            CourseKind::WebAdvanced => "training.kind.web_advanced",
            CourseKind::Workshop => "training.kind.workshop",
            CourseKind::Lecture => "training.kind.lecture",
            CourseKind::Apt => "training.kind.apt",
        })
    }
}

/// Where a person stands with a course.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
#[schema(as = TrainingStatus)]
pub enum Status {
    NotStarted,
    InProgress,
    Completed,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::NotStarted => "not_started",
            Status::InProgress => "in_progress",
            Status::Completed => "completed",
        }
    }

    pub fn parse(code: &str) -> Option<Status> {
        match code {
            "not_started" => Some(Status::NotStarted),
            "in_progress" => Some(Status::InProgress),
            "completed" => Some(Status::Completed),
            _ => None,
        }
    }
}

/// HMAC-SHA-256 of a person key under the server's secret, as hex. The key is trimmed and
/// lower-cased first, so that `Anna@X.se` and `anna@x.se ` are one person.
pub fn person_hash(secret: &[u8], key: &str) -> String {
    let key = key.trim().to_lowercase();
    hex::encode(hmac_sha256(secret, key.as_bytes()))
}

/// HMAC (RFC 2104) over SHA-256.
fn hmac_sha256(secret: &[u8], message: &[u8]) -> [u8; 32] {
    const BLOCK: usize = 64;
    let mut key = [0u8; BLOCK];
    if secret.len() > BLOCK {
        key[..32].copy_from_slice(&Sha256::digest(secret));
    } else {
        key[..secret.len()].copy_from_slice(secret);
    }
    let mut inner = Sha256::new();
    inner.update(key.map(|b| b ^ 0x36));
    inner.update(message);
    let inner = inner.finalize();
    let mut outer = Sha256::new();
    outer.update(key.map(|b| b ^ 0x5c));
    outer.update(inner);
    outer.finalize().into()
}

/// True when a key looks like a Swedish personal identity or coordination number
/// (YYMMDD-NNNN or YYYYMMDDNNNN, with or without the dash, with a valid check digit).
pub fn looks_like_personnummer(key: &str) -> bool {
    let key = key.trim();
    let digits: String = key.chars().filter(|c| c.is_ascii_digit()).collect();
    let others = key
        .chars()
        .filter(|c| !c.is_ascii_digit() && !matches!(c, '-' | '+' | ' '))
        .count();
    if others > 0 || !(digits.len() == 10 || digits.len() == 12) {
        return false;
    }
    let ten = &digits[digits.len() - 10..];
    let d: Vec<u32> = ten.chars().filter_map(|c| c.to_digit(10)).collect();
    let month = d[2] * 10 + d[3];
    let day = d[4] * 10 + d[5];
    // Coordination numbers add 60 to the day.
    let day = if day > 60 { day - 60 } else { day };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return false;
    }
    let sum: u32 = d[..9]
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let v = if i % 2 == 0 { n * 2 } else { *n };
            v / 10 + v % 10
        })
        .sum();
    (10 - sum % 10) % 10 == d[9]
}

/// A unit as the figures need it: when it lived, what it became, how many work there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitSpan {
    pub id: UnitId,
    pub department_id: DepartmentId,
    /// YYYY-MM-DD, the first day.
    pub valid_from: String,
    /// YYYY-MM-DD, the last day; `None` while it lives.
    pub valid_to: Option<String>,
    /// The unit it merged into (or, on a split, the one that took over its register).
    pub successor_id: Option<UnitId>,
    pub headcount: i64,
}

impl UnitSpan {
    pub fn lives_on(&self, date: &str) -> bool {
        self.valid_from.as_str() <= date && self.valid_to.as_deref().is_none_or(|to| date <= to)
    }
}

/// One thing known about a person and a course: on this date they were in this unit,
/// with this status (from the platform or marked by hand).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observation {
    pub person: String,
    pub unit_id: UnitId,
    pub status: Status,
    /// YYYY-MM-DD.
    pub on: String,
    pub manual: bool,
}

/// A unit's figures for one course at one date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct UnitCount {
    /// The unit counted; `None` for a sum over units (a department, an administration).
    pub unit_id: Option<UnitId>,
    pub headcount: i64,
    pub completed: i64,
    pub in_progress: i64,
    /// The headcount less those completed or in progress (never below 0).
    pub not_started: i64,
    /// Of the completed, how many were marked by hand.
    pub manual: i64,
}

impl UnitCount {
    /// Completed against headcount, in per cent rounded to a whole number.
    pub fn rate(&self) -> Option<i64> {
        rate(self.completed, self.headcount)
    }

    /// Adds another unit's counts (for departments and administrations).
    pub fn add(&mut self, other: &UnitCount) {
        self.headcount += other.headcount;
        self.completed += other.completed;
        self.in_progress += other.in_progress;
        self.not_started += other.not_started;
        self.manual += other.manual;
    }
}

/// `part` of `whole` in whole per cent, `None` when there is no one to count.
pub fn rate(part: i64, whole: i64) -> Option<i64> {
    (whole > 0).then(|| (part * 100 + whole / 2) / whole)
}

/// The unit a person recorded in `unit_id` belongs to on `date`: the unit itself while it
/// lives, else the unit it became (followed through several merges). `None` when the
/// chain ends in a unit that no longer lives, or before the unit began.
pub fn unit_on(units: &HashMap<UnitId, &UnitSpan>, unit_id: UnitId, date: &str) -> Option<UnitId> {
    let mut id = unit_id;
    for _ in 0..64 {
        let unit = units.get(&id)?;
        if unit.lives_on(date) {
            return Some(id);
        }
        match (&unit.valid_to, unit.successor_id) {
            (Some(to), Some(next)) if to.as_str() < date => id = next,
            _ => return None,
        }
    }
    None
}

/// Everything known of one course in an administration, ready to be asked at many dates:
/// people numbered, and their observations in the order that decides which is the last
/// (date, then status, then manual), so that one pass up to a date leaves each person's
/// last word.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    people: usize,
    /// (date, status, manual, person, unit), sorted.
    seen: Vec<(String, Status, bool, u32, UnitId)>,
}

impl Timeline {
    pub fn new(observations: &[Observation]) -> Timeline {
        let mut numbers: HashMap<&str, u32> = HashMap::new();
        let mut seen = Vec::with_capacity(observations.len());
        for o in observations {
            let next = numbers.len() as u32;
            let person = *numbers.entry(o.person.as_str()).or_insert(next);
            seen.push((o.on.clone(), o.status, o.manual, person, o.unit_id));
        }
        seen.sort();
        Timeline {
            people: numbers.len(),
            seen,
        }
    }
}

/// The figures per unit living on `date`, for one course: each person counts once, with
/// the last thing known of them on or before `date`, in the unit they belonged to then.
/// Units come out in the order given.
pub fn figures_on(units: &[UnitSpan], observations: &[Observation], date: &str) -> Vec<UnitCount> {
    figures_at(units, &Timeline::new(observations), date)
}

/// [`figures_on`] over a prepared [`Timeline`] (for asking many dates).
pub fn figures_at(units: &[UnitSpan], timeline: &Timeline, date: &str) -> Vec<UnitCount> {
    let by_id: HashMap<UnitId, &UnitSpan> = units.iter().map(|u| (u.id, u)).collect();
    // The last observation of each person on or before the date; on one day, a manual
    // marking and a completion outrank an earlier status (the order of the timeline).
    let mut last: Vec<Option<usize>> = vec![None; timeline.people];
    for (i, o) in timeline.seen.iter().enumerate() {
        if o.0.as_str() > date {
            break;
        }
        last[o.3 as usize] = Some(i);
    }
    // Where each recorded unit's people belong on the date, worked out once per unit.
    let mut belongs: HashMap<UnitId, Option<UnitId>> = HashMap::new();
    let mut counts: HashMap<UnitId, UnitCount> = HashMap::new();
    for i in last.into_iter().flatten() {
        let (_, status, manual, _, recorded) = &timeline.seen[i];
        let unit = *belongs
            .entry(*recorded)
            .or_insert_with(|| unit_on(&by_id, *recorded, date));
        let Some(unit) = unit else {
            continue;
        };
        let c = counts.entry(unit).or_default();
        match status {
            Status::Completed => {
                c.completed += 1;
                if *manual {
                    c.manual += 1;
                }
            }
            Status::InProgress => c.in_progress += 1,
            Status::NotStarted => {}
        }
    }
    living_counts(units, counts, date)
}

/// The counts of each unit living on `date`, in the order given, with its headcount and
/// those not started (the headcount less those completed or in progress, never below 0).
pub fn living_counts(
    units: &[UnitSpan],
    mut counts: HashMap<UnitId, UnitCount>,
    date: &str,
) -> Vec<UnitCount> {
    units
        .iter()
        .filter(|u| u.lives_on(date))
        .map(|u| {
            let c = counts.remove(&u.id).unwrap_or_default();
            UnitCount {
                unit_id: Some(u.id),
                headcount: u.headcount,
                not_started: (u.headcount - c.completed - c.in_progress).max(0),
                ..c
            }
        })
        .collect()
}

/// The last day of `year`.
pub fn year_end(year: i32) -> String {
    format!("{year:04}-12-31")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(
        id: i64,
        from: &str,
        to: Option<&str>,
        successor: Option<i64>,
        headcount: i64,
    ) -> UnitSpan {
        UnitSpan {
            id: UnitId::new(id),
            department_id: DepartmentId::new(1),
            valid_from: from.into(),
            valid_to: to.map(Into::into),
            successor_id: successor.map(UnitId::new),
            headcount,
        }
    }

    fn seen(person: &str, unit_id: i64, status: Status, on: &str) -> Observation {
        Observation {
            person: person.into(),
            unit_id: UnitId::new(unit_id),
            status,
            on: on.into(),
            manual: false,
        }
    }

    fn of(counts: &[UnitCount], id: i64) -> UnitCount {
        counts
            .iter()
            .find(|c| c.unit_id == Some(UnitId::new(id)))
            .cloned()
            .unwrap_or_default()
    }

    #[test]
    fn the_last_status_on_or_before_the_date_counts_once_per_person() {
        let units = [unit(1, "2019-01-01", None, None, 10)];
        let obs = [
            seen("a", 1, Status::InProgress, "2020-03-01"),
            seen("a", 1, Status::Completed, "2020-06-01"),
            seen("a", 1, Status::Completed, "2020-06-01"),
            seen("b", 1, Status::InProgress, "2020-05-01"),
            seen("c", 1, Status::Completed, "2021-02-01"),
        ];
        let may = figures_on(&units, &obs, "2020-05-31");
        assert_eq!(
            (may[0].completed, may[0].in_progress, may[0].not_started),
            (0, 2, 8)
        );
        let year_end = figures_on(&units, &obs, "2020-12-31");
        assert_eq!((year_end[0].completed, year_end[0].in_progress), (1, 1));
        assert_eq!(year_end[0].rate(), Some(10));
        let later = figures_on(&units, &obs, "2021-12-31");
        assert_eq!((later[0].completed, later[0].not_started), (2, 7));
    }

    /// Two units merge into a third at the turn of 2021 (as SOD-SOC-05 into SOD-SOC-04):
    /// before, each person counts in their old unit; after, in the merged one.
    #[test]
    fn after_a_merge_people_count_in_the_unit_they_merged_into() {
        let units = [
            unit(1, "2017-01-01", Some("2020-12-31"), Some(3), 7),
            unit(2, "2017-01-01", Some("2020-12-31"), Some(3), 5),
            unit(3, "2021-01-01", None, None, 12),
        ];
        let obs = [
            seen("a", 1, Status::Completed, "2020-02-01"),
            seen("b", 2, Status::Completed, "2020-03-01"),
            seen("c", 2, Status::InProgress, "2020-03-01"),
        ];
        let before = figures_on(&units, &obs, "2020-12-31");
        assert_eq!(before.len(), 2, "the merged unit did not yet live");
        assert_eq!(of(&before, 1).completed, 1);
        assert_eq!(of(&before, 2).completed, 1);
        assert_eq!(of(&before, 2).rate(), Some(20));
        let after = figures_on(&units, &obs, "2021-06-30");
        assert_eq!(after.len(), 1, "the old units no longer live");
        assert_eq!(
            (
                after[0].unit_id,
                after[0].completed,
                after[0].in_progress,
                after[0].not_started
            ),
            (Some(UnitId::new(3)), 2, 1, 9)
        );
        assert_eq!(after[0].rate(), Some(17));
    }

    /// A unit splits in two: the old register goes to the successor until the platform
    /// says where each person went; a later row moves a person to the other half.
    #[test]
    fn after_a_split_a_person_counts_where_they_were_last_seen() {
        let units = [
            unit(1, "2018-01-01", Some("2022-12-31"), Some(2), 20),
            unit(2, "2023-01-01", None, None, 12),
            unit(3, "2023-01-01", None, None, 8),
        ];
        let obs = [
            seen("a", 1, Status::Completed, "2021-02-01"),
            seen("b", 1, Status::Completed, "2021-03-01"),
            // b is seen in the new unit 3 after the split, still completed.
            seen("b", 3, Status::Completed, "2023-02-01"),
        ];
        let before = figures_on(&units, &obs, "2022-12-31");
        assert_eq!(of(&before, 1).completed, 2);
        let early = figures_on(&units, &obs, "2023-01-15");
        assert_eq!((of(&early, 2).completed, of(&early, 3).completed), (2, 0));
        let later = figures_on(&units, &obs, "2023-12-31");
        assert_eq!((of(&later, 2).completed, of(&later, 3).completed), (1, 1));
        assert_eq!(of(&later, 3).rate(), Some(13));
    }

    #[test]
    fn a_chain_of_merges_is_followed_and_a_closed_unit_drops_out() {
        let units = [
            unit(1, "2015-01-01", Some("2018-12-31"), Some(2), 3),
            unit(2, "2019-01-01", Some("2020-12-31"), Some(3), 4),
            unit(3, "2021-01-01", None, None, 5),
            unit(4, "2015-01-01", Some("2019-12-31"), None, 2),
        ];
        let by: HashMap<UnitId, &UnitSpan> = units.iter().map(|u| (u.id, u)).collect();
        let id = UnitId::new;
        assert_eq!(unit_on(&by, id(1), "2018-06-01"), Some(id(1)));
        assert_eq!(unit_on(&by, id(1), "2019-06-01"), Some(id(2)));
        assert_eq!(unit_on(&by, id(1), "2024-06-01"), Some(id(3)));
        assert_eq!(unit_on(&by, id(4), "2024-06-01"), None);
        let obs = [seen("x", 4, Status::Completed, "2016-01-01")];
        let counts = figures_on(&units, &obs, "2024-01-01");
        assert_eq!(counts.iter().map(|c| c.completed).sum::<i64>(), 0);
    }

    #[test]
    fn manual_markings_are_counted_as_such() {
        let units = [unit(1, "2019-01-01", None, None, 2)];
        let mut marked = seen("a", 1, Status::Completed, "2020-01-10");
        marked.manual = true;
        let obs = [seen("a", 1, Status::InProgress, "2020-01-10"), marked];
        let c = figures_on(&units, &obs, "2020-12-31");
        assert_eq!((c[0].completed, c[0].manual, c[0].in_progress), (1, 1, 0));
    }

    #[test]
    fn more_in_training_than_the_headcount_never_gives_negative_not_started() {
        let units = [unit(1, "2019-01-01", None, None, 1)];
        let obs = [
            seen("a", 1, Status::Completed, "2020-01-10"),
            seen("b", 1, Status::Completed, "2020-01-10"),
        ];
        let c = figures_on(&units, &obs, "2020-12-31");
        assert_eq!((c[0].not_started, c[0].rate()), (0, Some(200)));
        assert_eq!(rate(0, 0), None);
    }

    #[test]
    fn the_person_hash_is_keyed_and_ignores_case_and_spaces() {
        let a = person_hash(b"secret one", "Anna.B@stad.example");
        assert_eq!(a, person_hash(b"secret one", " anna.b@stad.example "));
        assert_ne!(a, person_hash(b"secret two", "anna.b@stad.example"));
        assert_eq!(a.len(), 64);
        // RFC 4231, test case 2.
        assert_eq!(
            hex::encode(hmac_sha256(b"Jefe", b"what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn keys_that_look_like_identity_numbers_are_recognised() {
        assert!(looks_like_personnummer("811228-9874"));
        assert!(looks_like_personnummer("198112289874"));
        assert!(looks_like_personnummer("8112289874"));
        assert!(!looks_like_personnummer("811228-9875"), "wrong check digit");
        assert!(!looks_like_personnummer("12345"));
        assert!(!looks_like_personnummer("anna@stad.example"));
        assert!(!looks_like_personnummer("E-10442"));
    }
}
