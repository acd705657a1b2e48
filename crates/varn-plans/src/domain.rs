//! The action plan's types and rules: areas, lifecycle, follow-up points and statuses,
//! periods, and the safe rendering of section text. Pure: no I/O.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use varn_house::i18n;

pub use varn_house::kernel::ids::PlanId;
varn_house::id!(
    /// An activity of an action plan.
    pub struct ActivityId
);
varn_house::id!(
    /// A version of the common structure (the plan template).
    pub struct PlanTemplateId
);
varn_house::id!(
    /// A follow-up report on an activity.
    pub struct FollowUpId
);
varn_house::id!(
    /// A follow-up reminder sent about an activity (one per activity, point and kind).
    pub struct ReminderId
);

/// The activity areas of the common structure, in the order the plan shows them.
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
pub enum Area {
    Preventive,
    Preventing,
    GrantsPremises,
    Competence,
    Collaboration,
    Other,
}

impl Area {
    pub const ALL: [Area; 6] = [
        Area::Preventive,
        Area::Preventing,
        Area::GrantsPremises,
        Area::Competence,
        Area::Collaboration,
        Area::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Area::Preventive => "preventive",
            Area::Preventing => "preventing",
            Area::GrantsPremises => "grants_premises",
            Area::Competence => "competence",
            Area::Collaboration => "collaboration",
            Area::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        i18n::sv().t(match self {
            Area::Preventive => "plans.area.preventive",
            Area::Preventing => "plans.area.preventing",
            Area::GrantsPremises => "plans.area.grants_premises",
            Area::Competence => "plans.area.competence",
            Area::Collaboration => "plans.area.collaboration",
            Area::Other => "plans.area.other",
        })
    }

    /// Parses the code or the Swedish label, case-insensitively.
    pub fn parse(value: &str) -> Option<Area> {
        let v = value.trim().to_lowercase();
        Area::ALL
            .into_iter()
            .find(|a| a.as_str() == v || a.label().to_lowercase() == v)
    }
}

/// Where a plan is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    /// Being written; the only state in which it can be edited.
    Draft,
    /// Decided by the administration's board.
    Decided,
    /// Approved by the executive board.
    Approved,
    /// Replaced by the next revision once that was approved.
    Superseded,
}

impl PlanStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PlanStatus::Draft => "draft",
            PlanStatus::Decided => "decided",
            PlanStatus::Approved => "approved",
            PlanStatus::Superseded => "superseded",
        }
    }

    pub fn parse(value: &str) -> Option<PlanStatus> {
        [
            PlanStatus::Draft,
            PlanStatus::Decided,
            PlanStatus::Approved,
            PlanStatus::Superseded,
        ]
        .into_iter()
        .find(|s| s.as_str() == value)
    }

    pub fn label(self) -> &'static str {
        i18n::sv().t(match self {
            PlanStatus::Draft => "plans.status.draft",
            PlanStatus::Decided => "plans.status.decided",
            PlanStatus::Approved => "plans.status.approved",
            PlanStatus::Superseded => "plans.status.superseded",
        })
    }
}

/// A follow-up point of an activity: a tertial report, the annual report, or a date.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Point {
    T1,
    T2,
    Vb,
    Date(NaiveDate),
}

impl Point {
    /// Reads "T1", "T2", "VB" (any case) or a date `YYYY-MM-DD`.
    pub fn parse(value: &str) -> Option<Point> {
        let v = value.trim();
        match v.to_uppercase().as_str() {
            "T1" => Some(Point::T1),
            "T2" => Some(Point::T2),
            "VB" => Some(Point::Vb),
            _ => NaiveDate::parse_from_str(v, "%Y-%m-%d")
                .ok()
                .map(Point::Date),
        }
    }

    pub fn code(&self) -> String {
        match self {
            Point::T1 => "T1".into(),
            Point::T2 => "T2".into(),
            Point::Vb => "VB".into(),
            Point::Date(d) => d.format("%Y-%m-%d").to_string(),
        }
    }

    /// The last day a report for this point is due, in a plan whose period ends `end` and
    /// starts `start`: T1 at the end of April, T2 at the end of August, VB at the period's end.
    pub fn deadline(&self, start: NaiveDate, end: NaiveDate) -> NaiveDate {
        let first_after = |month: u32, day: u32| {
            let this = NaiveDate::from_ymd_opt(start.year(), month, day).unwrap_or(end);
            if this >= start {
                this
            } else {
                NaiveDate::from_ymd_opt(start.year() + 1, month, day).unwrap_or(end)
            }
        };
        match self {
            Point::T1 => first_after(4, 30).min(end),
            Point::T2 => first_after(8, 31).min(end),
            Point::Vb => end,
            Point::Date(d) => *d,
        }
    }
}

/// The follow-up of an activity: its points, and an indicator with its unit.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct FollowUp {
    /// "T1", "T2", "VB" or dates `YYYY-MM-DD`, in that order.
    #[serde(default)]
    pub points: Vec<String>,
    /// What is measured, as written ("Antal medarbetare som har gått utbildningen när året är slut").
    #[serde(default)]
    pub indicator: String,
    /// The unit of the indicator's value ("medarbetare", "procent" …).
    #[serde(default)]
    pub unit: String,
    /// The follow-up exactly as the plan writes it ("T2 samt verksamhetsberättelse 2019"),
    /// shown in the documents; empty when only the structured fields were given.
    #[serde(default)]
    pub text: String,
    /// A figure Värn counts for the indicator at each point (`training/course:BAS:completed`,
    /// one of `GET /api/v1/administrations/{admin}/plan-measures`); empty: typed by hand.
    #[serde(default)]
    pub measure: String,
}

impl FollowUp {
    /// The parsed points, sorted and without repeats; an unreadable point is an error naming it.
    pub fn parsed_points(&self) -> Result<Vec<Point>, String> {
        let mut out = Vec::new();
        for p in &self.points {
            if p.trim().is_empty() {
                continue;
            }
            let point = Point::parse(p)
                .ok_or_else(|| i18n::sv().f("plans.validation.point", &[("point", p.trim())]))?;
            if !out.contains(&point) {
                out.push(point);
            }
        }
        out.sort();
        Ok(out)
    }

    /// Reads a follow-up as the plans write it: "T1, T2, VB", "2022-12-31",
    /// "Antal medarbetare som har gått utbildningen när året är slut (VB).",
    /// "T2 samt verksamhetsberättelse". Words that name no point become the indicator.
    pub fn from_text(text: &str) -> FollowUp {
        let mut points: Vec<Point> = Vec::new();
        let mut rest = text.trim().trim_end_matches('.').to_string();
        if let (Some(open), true) = (rest.rfind('('), rest.ends_with(')')) {
            let inner = rest[open + 1..rest.len() - 1].to_string();
            let found: Vec<Point> = split_points(&inner).into_iter().flatten().collect();
            if !found.is_empty() && split_points(&inner).iter().all(Option::is_some) {
                points.extend(found);
                rest = rest[..open].trim().to_string();
            }
        }
        let pieces = split_points(&rest);
        let indicator = if !pieces.is_empty() && pieces.iter().all(Option::is_some) {
            points.extend(pieces.into_iter().flatten());
            String::new()
        } else {
            rest.trim().to_string()
        };
        points.sort();
        points.dedup();
        FollowUp {
            points: points.iter().map(Point::code).collect(),
            indicator,
            unit: String::new(),
            text: text.trim().to_string(),
            measure: String::new(),
        }
    }

    /// As the documents' "Uppföljning" column shows it: the text as written when there is
    /// one, else the indicator and the points.
    pub fn display(&self) -> String {
        if !self.text.trim().is_empty() {
            return self.text.clone();
        }
        let points = self.points.join(", ");
        match (self.indicator.is_empty(), points.is_empty()) {
            (true, _) => points,
            (false, true) => self.indicator.clone(),
            (false, false) => format!("{} ({points})", self.indicator),
        }
    }
}

fn split_points(text: &str) -> Vec<Option<Point>> {
    text.split([',', ';', '/'])
        .flat_map(|p| p.split(" samt "))
        .flat_map(|p| p.split(" och "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            let lower = p.to_lowercase();
            if lower.starts_with("verksamhetsberättelse")
                || lower.starts_with("verksamhetsberattelse")
            {
                Some(Point::Vb)
            } else {
                Point::parse(p).or_else(|| date_in_words(p))
            }
        })
        .collect()
}

/// A lone date written as the plans write them ("1 september 2017", "20190901").
fn date_in_words(p: &str) -> Option<Point> {
    if !p.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    match crate::schedule::parse(p) {
        Some(crate::schedule::Schedule::Deadline { by }) => Some(Point::Date(by)),
        _ => None,
    }
}

/// What a responsible reports at a follow-up point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = FollowUpStatus)]
pub enum Status {
    NotStarted,
    Ongoing,
    Done,
    PartlyDone,
    Cancelled,
    Moved,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::NotStarted,
        Status::Ongoing,
        Status::Done,
        Status::PartlyDone,
        Status::Cancelled,
        Status::Moved,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::NotStarted => "not_started",
            Status::Ongoing => "ongoing",
            Status::Done => "done",
            Status::PartlyDone => "partly_done",
            Status::Cancelled => "cancelled",
            Status::Moved => "moved",
        }
    }

    pub fn label(self) -> &'static str {
        i18n::sv().t(match self {
            Status::NotStarted => "plans.fu.not_started",
            Status::Ongoing => "plans.fu.ongoing",
            Status::Done => "plans.fu.done",
            Status::PartlyDone => "plans.fu.partly_done",
            Status::Cancelled => "plans.fu.cancelled",
            Status::Moved => "plans.fu.moved",
        })
    }

    pub fn parse(value: &str) -> Option<Status> {
        let v = value.trim().to_lowercase();
        Status::ALL
            .into_iter()
            .find(|s| s.as_str() == v || s.label().to_lowercase() == v)
    }
}

/// True when an activity's responsible is each unit manager ("Respektive enhetschef",
/// "Varje enhetschef", "Alla enhetschefer"): no one unit runs it, so every unit's manager
/// reports for their own unit (issue 20 point 18).
pub fn each_unit_manager(responsible: &str) -> bool {
    let r = responsible.to_lowercase();
    [
        "respektive enhetschef",
        "varje enhetschef",
        "alla enhetschefer",
        "respektive chef",
    ]
    .iter()
    .any(|w| r.contains(w))
}

/// The status of an activity reported per unit, from the units' latest answers (the rules
/// the follow-up page states): none answered gives none; one status everywhere gives that
/// status; done or partly done in some units and cancelled or moved in the rest gives
/// partly done; any unit started (ongoing, done, partly done) gives ongoing; otherwise not
/// started.
pub fn combined(answers: &[Status]) -> Option<Status> {
    let first = *answers.first()?;
    if answers.iter().all(|s| *s == first) {
        return Some(first);
    }
    let any = |set: &[Status]| answers.iter().any(|s| set.contains(s));
    let finished = [Status::Done, Status::PartlyDone];
    let open = [Status::Ongoing, Status::NotStarted];
    Some(if any(&finished) && !any(&open) {
        Status::PartlyDone
    } else if any(&[Status::Ongoing, Status::Done, Status::PartlyDone]) {
        Status::Ongoing
    } else {
        Status::NotStarted
    })
}

/// What the coordinator decided for an activity when the plan was revised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Carry {
    /// Written in this plan.
    New,
    /// Carried over unchanged.
    Kept,
    /// Carried over and changed.
    Changed,
    /// Carried over only to show that it ended; not part of this period's work.
    Ended,
}

impl Carry {
    pub fn as_str(self) -> &'static str {
        match self {
            Carry::New => "new",
            Carry::Kept => "kept",
            Carry::Changed => "changed",
            Carry::Ended => "ended",
        }
    }

    pub fn parse(value: &str) -> Option<Carry> {
        [Carry::New, Carry::Kept, Carry::Changed, Carry::Ended]
            .into_iter()
            .find(|c| c.as_str() == value.trim())
    }

    pub fn label(self) -> &'static str {
        i18n::sv().t(match self {
            Carry::New => "plans.carry.new",
            Carry::Kept => "plans.carry.kept",
            Carry::Changed => "plans.carry.changed",
            Carry::Ended => "plans.carry.ended",
        })
    }
}

/// A plan's period: a calendar year or a span such as May to April.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    /// Both dates `YYYY-MM-DD`; the end not before the start and at most three years later.
    pub fn parse(start: &str, end: &str) -> Result<Period, &'static str> {
        let cat = i18n::sv();
        let start = NaiveDate::parse_from_str(start.trim(), "%Y-%m-%d")
            .map_err(|_| cat.t("validation.date"))?;
        let end = NaiveDate::parse_from_str(end.trim(), "%Y-%m-%d")
            .map_err(|_| cat.t("validation.date"))?;
        if end < start || (end - start).num_days() > 3 * 366 {
            return Err(cat.t("plans.validation.period"));
        }
        Ok(Period { start, end })
    }

    pub fn overlaps(&self, other: &Period) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// "2024" for a calendar year, "maj 2024 – april 2025" otherwise.
    pub fn display(&self) -> String {
        let whole_year = self.start.month() == 1
            && self.start.day() == 1
            && self.end.month() == 12
            && self.end.day() == 31;
        if whole_year && self.start.year() == self.end.year() {
            self.start.year().to_string()
        } else if whole_year {
            format!("{}–{}", self.start.year(), self.end.year())
        } else {
            format!(
                "{} – {}",
                self.start.format("%Y-%m-%d"),
                self.end.format("%Y-%m-%d")
            )
        }
    }

    /// The period following this one, of the same length in months.
    pub fn next(&self) -> Period {
        let months = (self.end.year() - self.start.year()) * 12 + self.end.month() as i32
            - self.start.month() as i32
            + 1;
        let start = self.end.succ_opt().unwrap_or(self.end);
        let end = start
            .checked_add_months(chrono::Months::new(months.max(1) as u32))
            .and_then(|d| d.pred_opt())
            .unwrap_or(start);
        Period { start, end }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_activity_of_each_unit_manager_combines_the_units_answers() {
        assert!(each_unit_manager("Respektive enhetschef"));
        assert!(each_unit_manager("Alla enhetschefer inom förskolan"));
        assert!(!each_unit_manager("Enhetschef Fältgruppen"));
        use Status::*;
        assert_eq!(combined(&[]), None);
        assert_eq!(combined(&[Done, Done]), Some(Done));
        assert_eq!(combined(&[Done, Cancelled]), Some(PartlyDone));
        assert_eq!(combined(&[Done, NotStarted]), Some(Ongoing));
        assert_eq!(combined(&[Ongoing, Moved]), Some(Ongoing));
        assert_eq!(combined(&[Cancelled, NotStarted]), Some(NotStarted));
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn follow_ups_as_the_seeds_write_them() {
        let f = FollowUp::from_text("T1, T2, VB");
        assert_eq!(f.points, ["T1", "T2", "VB"]);
        assert!(f.indicator.is_empty());
        let f = FollowUp::from_text(
            "Antal medarbetare som har gått utbildningen när året är slut (VB).",
        );
        assert_eq!(f.points, ["VB"]);
        assert_eq!(
            f.indicator,
            "Antal medarbetare som har gått utbildningen när året är slut"
        );
        assert_eq!(FollowUp::from_text("2022-12-31").points, ["2022-12-31"]);
        let f = FollowUp::from_text("1 september 2017");
        assert_eq!(f.points, ["2017-09-01"]);
        assert_eq!(f.display(), "1 september 2017", "shown as written");
        assert_eq!(
            FollowUp::from_text("T2 samt verksamhetsberättelse 2019").points,
            ["T2", "VB"]
        );
        let f = FollowUp::from_text("Vid nätverkets möten");
        assert!(f.points.is_empty());
        assert_eq!(f.indicator, "Vid nätverkets möten");
        assert_eq!(FollowUp::from_text("").display(), "");
    }

    #[test]
    fn deadlines_follow_the_municipal_year() {
        let (s, e) = (d(2024, 1, 1), d(2024, 12, 31));
        assert_eq!(Point::T1.deadline(s, e), d(2024, 4, 30));
        assert_eq!(Point::T2.deadline(s, e), d(2024, 8, 31));
        assert_eq!(Point::Vb.deadline(s, e), e);
        let (s, e) = (d(2024, 5, 1), d(2025, 4, 30));
        assert_eq!(Point::T1.deadline(s, e), d(2025, 4, 30));
        assert_eq!(Point::T2.deadline(s, e), d(2024, 8, 31));
    }

    #[test]
    fn periods() {
        let a = Period::parse("2024-01-01", "2024-12-31").expect("a");
        let b = Period::parse("2024-05-01", "2025-04-30").expect("b");
        assert!(a.overlaps(&b));
        assert_eq!(a.display(), "2024");
        assert_eq!(
            a.next(),
            Period::parse("2025-01-01", "2025-12-31").expect("n")
        );
        assert_eq!(
            b.next(),
            Period::parse("2025-05-01", "2026-04-30").expect("n")
        );
        assert!(Period::parse("2024-12-31", "2024-01-01").is_err());
    }

    #[test]
    fn codes_parse_back() {
        for a in Area::ALL {
            assert_eq!(Area::parse(a.as_str()), Some(a));
        }
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        assert_eq!(Point::parse("vb"), Some(Point::Vb));
        assert_eq!(Point::parse("T3"), None);
    }
}
