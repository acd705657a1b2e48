//! The values and pure rules of the elevated risk picture: the kinds of measure (those the
//! city's guidelines name for the education and the social services boards offered first),
//! the kinds of notice, and the rules of dates (a measure within the episode, the lifting
//! not before the declaration). Pure: no I/O.

use chrono::NaiveDate;

use varn_house::i18n;

use varn_house::code_enum;

varn_house::id!(
    /// An episode of elevated risk.
    pub struct RiskpictureEpisodeId
);
varn_house::id!(
    /// A measure an administration reported in an episode.
    pub struct RiskpictureMeasureId
);
varn_house::id!(
    /// An e-mail notice of an episode to an administration's coordinators.
    pub struct RiskpictureNoticeId
);

code_enum!("riskpicture";
    /// What an administration does while the risk picture is elevated.
    MeasureKind, "RiskpictureMeasureKind", "kind" {
        SchoolInformation = "school_information",
        ParentInformation = "parent_information",
        ConcernReport = "concern_report",
        KnowledgeSupport = "knowledge_support",
        KnowledgeExchange = "knowledge_exchange",
        StaffPreparedness = "staff_preparedness",
        LocalPresence = "local_presence",
        Other = "other",
    }
);

code_enum!("riskpicture";
    /// Why the coordinators of an administration are e-mailed.
    NoticeKind, "RiskpictureNoticeKind", "notice" {
        Declared = "declared",
        Lifted = "lifted",
    }
);

/// Whose measures the guidelines name, for grouping the suggestions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suggested {
    /// The education board: targeted information to schools and leisure activities, parents
    /// and relatives, a concern report on concrete suspicion.
    Education,
    /// The social services board: knowledge for the other boards and the exchange of what
    /// the social intervention groups and the defector service have learned.
    Social,
    /// The labour market board: staff who meet people in risk environments know what to do.
    LabourMarket,
    /// Measures of a district's own.
    Local,
    /// Anything else.
    Other,
}

impl Suggested {
    pub const ALL: &'static [Suggested] = &[
        Suggested::Education,
        Suggested::Social,
        Suggested::LabourMarket,
        Suggested::Local,
        Suggested::Other,
    ];

    /// The group's heading among the suggestions.
    pub fn label(self) -> &'static str {
        i18n::sv().t(match self {
            Suggested::Education => "riskpicture.suggested.education",
            Suggested::Social => "riskpicture.suggested.social",
            Suggested::LabourMarket => "riskpicture.suggested.labour_market",
            Suggested::Local => "riskpicture.suggested.local",
            Suggested::Other => "riskpicture.suggested.other",
        })
    }

    /// The kinds of measure of the group.
    pub fn kinds(self) -> Vec<MeasureKind> {
        MeasureKind::ALL
            .iter()
            .copied()
            .filter(|k| k.suggested() == self)
            .collect()
    }
}

impl MeasureKind {
    /// Whose measure the guidelines make it.
    pub fn suggested(self) -> Suggested {
        match self {
            MeasureKind::SchoolInformation
            | MeasureKind::ParentInformation
            | MeasureKind::ConcernReport => Suggested::Education,
            MeasureKind::KnowledgeSupport | MeasureKind::KnowledgeExchange => Suggested::Social,
            MeasureKind::StaffPreparedness => Suggested::LabourMarket,
            MeasureKind::LocalPresence => Suggested::Local,
            MeasureKind::Other => Suggested::Other,
        }
    }
}

/// A date as a form gives it (`YYYY-MM-DD`).
pub fn date(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok()
}

/// Why a date cannot be the lifting of an episode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LiftRefusal {
    BeforeDeclaration,
    InFuture,
}

/// Checks a lifting date against the declaration and today.
pub fn check_lift(
    declared: NaiveDate,
    lifted: NaiveDate,
    today: NaiveDate,
) -> Result<(), LiftRefusal> {
    if lifted < declared {
        Err(LiftRefusal::BeforeDeclaration)
    } else if lifted > today {
        Err(LiftRefusal::InFuture)
    } else {
        Ok(())
    }
}

/// Why a measure's date does not fit its episode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeasureRefusal {
    /// The episode has been lifted: nothing more is reported.
    Lifted,
    /// Before the state was declared.
    BeforeDeclaration,
    /// More than a year ahead.
    TooFarAhead,
}

/// Checks a measure's date against its episode (declared on `declared`, lifted on
/// `lifted` when it has been) and today. A measure may be planned, up to a year ahead.
pub fn check_measure(
    declared: NaiveDate,
    lifted: Option<NaiveDate>,
    taken: NaiveDate,
    today: NaiveDate,
) -> Result<(), MeasureRefusal> {
    if lifted.is_some() {
        Err(MeasureRefusal::Lifted)
    } else if taken < declared {
        Err(MeasureRefusal::BeforeDeclaration)
    } else if taken > today + chrono::Duration::days(366) {
        Err(MeasureRefusal::TooFarAhead)
    } else {
        Ok(())
    }
}

/// True when an episode declared on `declared` and lifted on `lifted` was in force at some
/// time during `year`.
pub fn in_force_during(declared: &str, lifted: Option<&str>, year: i32) -> bool {
    let first = format!("{year:04}-01-01");
    let last = format!("{year:04}-12-31");
    declared <= last.as_str() && lifted.is_none_or(|l| l >= first.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        date(s).expect("date")
    }

    #[test]
    fn lifting_is_never_before_the_declaration_nor_in_the_future() {
        let today = d("2026-11-30");
        assert_eq!(
            check_lift(d("2026-03-02"), d("2026-03-01"), today),
            Err(LiftRefusal::BeforeDeclaration)
        );
        assert_eq!(check_lift(d("2026-03-02"), d("2026-03-02"), today), Ok(()));
        assert_eq!(
            check_lift(d("2026-03-02"), d("2026-12-01"), today),
            Err(LiftRefusal::InFuture)
        );
    }

    #[test]
    fn measures_fit_inside_an_episode_in_force() {
        let today = d("2026-11-30");
        let declared = d("2026-03-02");
        assert_eq!(
            check_measure(declared, None, d("2026-03-05"), today),
            Ok(())
        );
        assert_eq!(
            check_measure(declared, None, d("2026-03-01"), today),
            Err(MeasureRefusal::BeforeDeclaration)
        );
        assert_eq!(
            check_measure(declared, Some(d("2026-04-01")), d("2026-03-05"), today),
            Err(MeasureRefusal::Lifted)
        );
        assert_eq!(
            check_measure(declared, None, d("2028-01-01"), today),
            Err(MeasureRefusal::TooFarAhead)
        );
    }

    #[test]
    fn an_episode_is_in_force_during_the_years_it_spans() {
        assert!(in_force_during("2025-11-01", Some("2026-01-10"), 2026));
        assert!(in_force_during("2025-11-01", None, 2027));
        assert!(!in_force_during("2025-11-01", Some("2025-12-31"), 2026));
        assert!(!in_force_during("2027-01-01", None, 2026));
    }

    #[test]
    fn every_kind_of_measure_is_in_one_group_of_suggestions() {
        let grouped: usize = Suggested::ALL.iter().map(|s| s.kinds().len()).sum();
        assert_eq!(grouped, MeasureKind::ALL.len());
        assert_eq!(
            Suggested::Education.kinds(),
            vec![
                MeasureKind::SchoolInformation,
                MeasureKind::ParentInformation,
                MeasureKind::ConcernReport
            ]
        );
    }
}
