//! The values and pure rules of consultations and the 24-hour routine: the kinds of concern,
//! referrals, age bands, genders and channels (each a code with a Swedish label), the clock's
//! warnings, and Swedish local time read from a form. Pure: no I/O.

use chrono::{Duration, NaiveDateTime};

use varn_house::i18n;

use varn_house::code_enum;

varn_house::id!(
    /// A de-identified case consultation (`consultations`).
    pub struct ConsultationId
);
varn_house::id!(
    /// A 24-hour first-contact request (`first_contact_requests`).
    pub struct ConsultationRequestId
);
varn_house::id!(
    /// A warning of the 24-hour clock (`first_contact_warnings`).
    pub struct ConsultationWarningId
);

code_enum!("consultations";
    /// The kind of concern a consultation is about.
    Kind, "ConsultationKind", "kind" {
        Child = "child",
        Radicalisation = "radicalisation",
        Returnee = "returnee",
        Relative = "relative",
        Leave = "leave",
        Other = "other",
    }
);
code_enum!("consultations";
    /// Where the person was referred.
    Referral, "ConsultationReferral", "referral" {
        Sig = "sig",
        Defector = "defector",
        VbeTeam = "vbe_team",
        Relatives = "relatives",
        ExitProgramme = "exit_programme",
        Psychiatry = "psychiatry",
        Police = "police",
        Other = "other",
    }
);
code_enum!("consultations";
    /// The person's age band (optional).
    AgeBand, "ConsultationAgeBand", "age_band" {
        Under15 = "under_15",
        From15 = "15_17",
        From18 = "18_20",
        From21 = "21_29",
        From30 = "30_plus",
        Unknown = "unknown",
    }
);
code_enum!("consultations";
    /// The person's gender (optional).
    Gender, "ConsultationGender", "gender" {
        Woman = "woman",
        Man = "man",
        Other = "other",
        Unknown = "unknown",
    }
);
code_enum!("consultations";
    /// How a 24-hour request reached the city.
    Channel, "ConsultationChannel", "channel" {
        Phone = "phone",
        Email = "email",
        Visit = "visit",
        Police = "police",
        Authority = "authority",
        Other = "other",
    }
);
/// A warning of the 24-hour clock: so many whole hours after the request (the hours are the
/// municipality's configuration, `first_contact_warning_hours`), or the deadline itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Warning {
    /// Hours after the request, 1 to 23.
    After(u32),
    Deadline,
}

impl Warning {
    /// The stored code: `h16`, `deadline`.
    pub fn code(self) -> String {
        match self {
            Warning::After(h) => format!("h{h}"),
            Warning::Deadline => "deadline".into(),
        }
    }

    /// Reads a stored code.
    pub fn parse(code: &str) -> Option<Warning> {
        if code == "deadline" {
            return Some(Warning::Deadline);
        }
        let h: u32 = code.strip_prefix('h')?.parse().ok()?;
        (1..24).contains(&h).then_some(Warning::After(h))
    }

    /// The Swedish words for it: "16 timmar har gått".
    pub fn label(self) -> String {
        match self {
            Warning::After(h) => {
                i18n::sv().f("consultations.warning.after", &[("hours", &h.to_string())])
            }
            Warning::Deadline => i18n::sv().t("consultations.warning.deadline").to_string(),
        }
    }

    /// How long after the request the warning is due.
    pub fn after(self) -> Duration {
        match self {
            Warning::After(h) => Duration::hours(i64::from(h)),
            Warning::Deadline => Duration::hours(24),
        }
    }
}

impl serde::Serialize for Warning {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.code())
    }
}

/// The 24 hours of the routine, on the wall clock.
pub fn deadline(received: NaiveDateTime) -> NaiveDateTime {
    received + Duration::hours(24)
}

/// The warnings due at `now` for a request received at `received`, with warnings `hours`
/// after it (as configured) and at the deadline.
pub fn due_warnings(received: NaiveDateTime, now: NaiveDateTime, hours: &[u32]) -> Vec<Warning> {
    hours
        .iter()
        .filter(|h| (1..24).contains(*h))
        .map(|h| Warning::After(*h))
        .chain([Warning::Deadline])
        .filter(|w| received + w.after() <= now)
        .collect()
}

/// Hours as a Swedish list: "16 och 22", "4, 8 och 20".
pub fn hours_list(hours: &[u32]) -> String {
    let words: Vec<String> = hours.iter().map(|h| h.to_string()).collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} och {last}", rest.join(", ")),
    }
}

/// A time as stored (UTC, `YYYY-MM-DDTHH:MM:SSZ`).
pub fn stored(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// A Swedish local time as a form gives it (`2026-03-02T14:30`) as UTC; the Swedish
/// message when it is no time.
pub fn local_to_utc(local: &str) -> Result<NaiveDateTime, &'static str> {
    let t = NaiveDateTime::parse_from_str(local.trim(), "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(local.trim(), "%Y-%m-%d %H:%M"))
        .or_else(|_| NaiveDateTime::parse_from_str(local.trim(), "%Y-%m-%dT%H:%M:%S"))
        .map_err(|_| i18n::sv().t("consultations.bad_time"))?;
    for offset in [1, 2] {
        let utc = t - Duration::hours(offset);
        if varn_house::kernel::time::stockholm(utc) == t {
            return Ok(utc);
        }
    }
    // The hour skipped when summer time begins: read as winter time.
    Ok(t - Duration::hours(1))
}

/// A length of time as people read it: "5 h 12 min".
pub fn hours_minutes(d: Duration) -> String {
    let minutes = d.num_minutes().abs();
    i18n::sv().f(
        "consultations.duration",
        &[
            ("hours", &(minutes / 60).to_string()),
            ("minutes", &(minutes % 60).to_string()),
        ],
    )
}

/// The median of sorted minutes (the lower middle for an even count), or `None`.
pub fn median(sorted: &[i64]) -> Option<i64> {
    if sorted.is_empty() {
        None
    } else {
        Some(sorted[(sorted.len() - 1) / 2])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").expect("time")
    }

    #[test]
    fn warnings_fall_due_at_16_22_and_24_hours() {
        let r = t("2026-03-02T10:00");
        let h = [16, 22];
        assert!(due_warnings(r, t("2026-03-03T01:59"), &h).is_empty());
        assert_eq!(
            due_warnings(r, t("2026-03-03T02:00"), &h),
            vec![Warning::After(16)]
        );
        assert_eq!(
            due_warnings(r, t("2026-03-03T08:00"), &h),
            vec![Warning::After(16), Warning::After(22)]
        );
        assert_eq!(due_warnings(r, t("2026-03-03T10:00"), &h).len(), 3);
        // Another municipality's hours.
        assert_eq!(
            due_warnings(r, t("2026-03-02T18:00"), &[8, 20]),
            vec![Warning::After(8)]
        );
    }

    #[test]
    fn hours_read_as_a_list() {
        assert_eq!(hours_list(&[16, 22]), "16 och 22");
        assert_eq!(hours_list(&[4, 8, 20]), "4, 8 och 20");
        assert_eq!(hours_list(&[12]), "12");
    }

    #[test]
    fn warning_codes_read_back() {
        for w in [Warning::After(1), Warning::After(23), Warning::Deadline] {
            assert_eq!(Warning::parse(&w.code()), Some(w));
        }
        assert_eq!(Warning::parse("h24"), None);
        assert_eq!(Warning::parse("h0"), None);
        assert_eq!(Warning::parse("x"), None);
        assert_eq!(Warning::After(16).label(), "16 timmar har gått");
    }

    #[test]
    fn local_time_becomes_utc_in_winter_and_summer() {
        assert_eq!(
            local_to_utc("2026-01-10T12:00").expect("winter"),
            t("2026-01-10T11:00")
        );
        assert_eq!(
            local_to_utc("2026-06-10T12:00").expect("summer"),
            t("2026-06-10T10:00")
        );
        assert!(local_to_utc("igår").is_err());
    }

    #[test]
    fn the_median_is_the_lower_middle() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[5]), Some(5));
        assert_eq!(median(&[1, 2, 9, 10]), Some(2));
        assert_eq!(median(&[1, 2, 9]), Some(2));
    }
}
