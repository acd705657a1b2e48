//! Schedules of activities as the plans write them ("2024-01-01 2024-12-31", "Löpande",
//! "4 ggr/år", "Våren 2022", "Påbörjas 190501" …), parsed into a structured [`Schedule`].
//!
//! Pure: no I/O. The original text is always kept beside the parse; a text that cannot be
//! parsed is kept as it is (and shown with a warning), never dropped or rewritten.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// A season of a year, as the plans name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    fn label(self) -> &'static str {
        match self {
            Season::Spring => "våren",
            Season::Summer => "sommaren",
            Season::Autumn => "hösten",
            Season::Winter => "vintern",
        }
    }
}

/// What a schedule text means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Schedule {
    /// From one date to another, both inclusive.
    Range {
        #[schema(value_type = String, format = Date)]
        from: NaiveDate,
        #[schema(value_type = String, format = Date)]
        to: NaiveDate,
    },
    /// Whole calendar years, `from` to `to` inclusive ("2022", "Under 2022", "2024-2026").
    Years { from: i32, to: i32 },
    /// One month of a year ("Augusti 2017").
    Month { year: i32, month: u32 },
    /// A number of times a year ("4 ggr/år").
    Recurring { times_per_year: u32 },
    /// All the time ("Löpande", "Kontinuerligt", "Pågående").
    Continuous,
    /// When the need arises ("Löpande vid behov").
    WhenNeeded,
    /// A season ("Våren 2022", "Under hösten 2019").
    Season { season: Season, year: i32 },
    /// Starts on a date ("Påbörjas 190501").
    Start {
        #[schema(value_type = String, format = Date)]
        on: NaiveDate,
    },
    /// Done by a date ("Klar 20190901", or a lone date).
    Deadline {
        #[schema(value_type = String, format = Date)]
        by: NaiveDate,
    },
}

/// A schedule as written, with its meaning when it could be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ScheduleText {
    /// Exactly as written.
    pub text: String,
    /// The meaning; absent when the text could not be read (shown with a warning).
    pub parsed: Option<Schedule>,
}

impl ScheduleText {
    pub fn new(text: &str) -> ScheduleText {
        ScheduleText {
            text: text.to_string(),
            parsed: parse(text),
        }
    }

    /// True when there is a text that could not be read.
    pub fn needs_warning(&self) -> bool {
        self.parsed.is_none() && !self.text.trim().is_empty()
    }
}

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

impl Schedule {
    /// The meaning in plain Swedish, e.g. "1 jan 2024 – 31 dec 2024" or "4 gånger per år".
    pub fn describe(&self) -> String {
        match self {
            Schedule::Range { from, to } => format!("{} – {}", sv_date(*from), sv_date(*to)),
            Schedule::Years { from, to } if from == to => format!("hela {from}"),
            Schedule::Years { from, to } => format!("{from}–{to}"),
            Schedule::Month { year, month } => {
                let name = (*month as usize)
                    .checked_sub(1)
                    .and_then(|i| MONTHS.get(i))
                    .copied()
                    .unwrap_or("?");
                format!("{name} {year}")
            }
            Schedule::Recurring { times_per_year: 1 } => "en gång per år".into(),
            Schedule::Recurring { times_per_year } => format!("{times_per_year} gånger per år"),
            Schedule::Continuous => "löpande".into(),
            Schedule::WhenNeeded => "vid behov".into(),
            Schedule::Season { season, year } => format!("{} {year}", season.label()),
            Schedule::Start { on } => format!("startar {}", sv_date(*on)),
            Schedule::Deadline { by } => format!("klart senast {}", sv_date(*by)),
        }
    }

    /// The last day the schedule covers, when it has one (for reminders and revision).
    pub fn end(&self) -> Option<NaiveDate> {
        match self {
            Schedule::Range { to, .. } => Some(*to),
            Schedule::Years { to, .. } => NaiveDate::from_ymd_opt(*to, 12, 31),
            Schedule::Month { year, month } => {
                let (y, m) = if *month == 12 {
                    (*year + 1, 1)
                } else {
                    (*year, *month + 1)
                };
                NaiveDate::from_ymd_opt(y, m, 1).and_then(|d| d.pred_opt())
            }
            Schedule::Season { season, year } => match season {
                Season::Spring => NaiveDate::from_ymd_opt(*year, 6, 30),
                Season::Summer => NaiveDate::from_ymd_opt(*year, 8, 31),
                Season::Autumn => NaiveDate::from_ymd_opt(*year, 12, 31),
                Season::Winter => NaiveDate::from_ymd_opt(*year + 1, 2, 28),
            },
            Schedule::Deadline { by } => Some(*by),
            _ => None,
        }
    }
}

fn sv_date(d: NaiveDate) -> String {
    let name = MONTHS.get(d.month0() as usize).copied().unwrap_or("?");
    format!("{} {} {}", d.day(), name, d.year())
}

/// Reads a schedule text; `None` when it is not one of the known forms.
pub fn parse(text: &str) -> Option<Schedule> {
    let norm = normalise(text);
    let s = norm.as_str();
    if s.is_empty() {
        return None;
    }
    if s.contains("vid behov") || s == "när behov uppstår" {
        return Some(Schedule::WhenNeeded);
    }
    if matches!(
        s,
        "löpande"
            | "kontinuerligt"
            | "kontinuerlig"
            | "pågående"
            | "fortlöpande"
            | "löpande under året"
            | "hela året"
            | "återkommande"
    ) {
        return Some(Schedule::Continuous);
    }
    if let Some(n) = recurring(s) {
        return Some(Schedule::Recurring { times_per_year: n });
    }
    let s = s.strip_prefix("under ").unwrap_or(s);
    if let Some(season) = season(s) {
        return Some(season);
    }
    for (prefix, start) in [
        ("påbörjas ", true),
        ("startar ", true),
        ("start ", true),
        ("från ", true),
        ("fr.o.m. ", true),
        ("klar ", false),
        ("klart ", false),
        ("senast ", false),
        ("till ", false),
        ("t.o.m. ", false),
    ] {
        if let Some(rest) = s.strip_prefix(prefix) {
            let (date, rest) = scan_date(rest.trim())?;
            if !rest.trim().is_empty() {
                return None;
            }
            return Some(if start {
                Schedule::Start { on: date }
            } else {
                Schedule::Deadline { by: date }
            });
        }
    }
    if let Some(years) = years(s) {
        return Some(years);
    }
    if let Some(month) = month_year(s) {
        return Some(month);
    }
    let (first, rest) = scan_date(s)?;
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '-' || c == '–');
    let rest = rest
        .strip_prefix("till")
        .or_else(|| rest.strip_prefix("t.o.m."))
        .unwrap_or(rest)
        .trim_start();
    if rest.is_empty() {
        return Some(Schedule::Deadline { by: first });
    }
    let (second, tail) = scan_date(rest)?;
    if !tail.trim().is_empty() || second < first {
        return None;
    }
    Some(Schedule::Range {
        from: first,
        to: second,
    })
}

/// Lower case, single spaces, no trailing full stop, Unicode dashes as `-` between digits.
fn normalise(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    let joined = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    joined
        .trim_end_matches(['.', ',', ';'])
        .trim()
        .replace(['–', '—'], "-")
}

fn recurring(s: &str) -> Option<u32> {
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    let rest = s[digits.len()..].trim_start();
    let rest = rest
        .strip_prefix("ggr")
        .or_else(|| rest.strip_prefix("gånger"))
        .or_else(|| rest.strip_prefix("gång"))?
        .trim_start();
    let rest = rest
        .strip_prefix('/')
        .or_else(|| rest.strip_prefix("per "))
        .or_else(|| rest.strip_prefix("om "))
        .or_else(|| rest.strip_prefix("i "))?
        .trim();
    if rest != "år" && rest != "året" {
        return None;
    }
    let n: u32 = digits.parse().ok()?;
    (1..=366).contains(&n).then_some(n)
}

fn year(s: &str) -> Option<i32> {
    if s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()) {
        let y: i32 = s.parse().ok()?;
        (1900..=2200).contains(&y).then_some(y)
    } else {
        None
    }
}

fn season(s: &str) -> Option<Schedule> {
    let (word, rest) = s.split_once(' ')?;
    let season = match word {
        "våren" | "vår" | "vårterminen" => Season::Spring,
        "sommaren" | "sommar" => Season::Summer,
        "hösten" | "höst" | "höstterminen" => Season::Autumn,
        "vintern" | "vinter" => Season::Winter,
        _ => return None,
    };
    Some(Schedule::Season {
        season,
        year: year(rest.trim())?,
    })
}

fn years(s: &str) -> Option<Schedule> {
    if let Some(y) = year(s) {
        return Some(Schedule::Years { from: y, to: y });
    }
    let (a, b) = s.split_once('-')?;
    let (from, to) = (year(a.trim())?, year(b.trim())?);
    (from <= to).then_some(Schedule::Years { from, to })
}

fn month_year(s: &str) -> Option<Schedule> {
    let (word, rest) = s.split_once(' ')?;
    let month = MONTHS.iter().position(|m| *m == word)? as u32 + 1;
    Some(Schedule::Month {
        year: year(rest.trim())?,
        month,
    })
}

/// Reads a date at the start of `s`: `YYYY-MM-DD`, `YYYYMMDD`, `YYMMDD` (20YY) or
/// `D månad YYYY`; returns it and the rest.
fn scan_date(s: &str) -> Option<(NaiveDate, &str)> {
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    if digits == 4 && s.len() >= 10 && s.as_bytes()[4] == b'-' {
        let d = NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()?;
        return Some((d, &s[10..]));
    }
    if digits == 8 {
        let d = NaiveDate::parse_from_str(&s[..8], "%Y%m%d").ok()?;
        return Some((d, &s[8..]));
    }
    if digits == 6 {
        let n = &s[..6];
        let y: i32 = n[..2].parse().ok()?;
        let m: u32 = n[2..4].parse().ok()?;
        let d: u32 = n[4..].parse().ok()?;
        return Some((NaiveDate::from_ymd_opt(2000 + y, m, d)?, &s[6..]));
    }
    if (1..=2).contains(&digits) {
        let day: u32 = s[..digits].parse().ok()?;
        let mut parts = s[digits..].trim_start().splitn(3, ' ');
        let word = parts.next()?;
        let month = MONTHS.iter().position(|m| *m == word)? as u32 + 1;
        let y_text = parts.next()?;
        let y = year(y_text)?;
        let consumed = s.len() - parts.next().map(|r| r.len() + 1).unwrap_or(0);
        let rest = s.get(consumed..).unwrap_or("");
        return Some((NaiveDate::from_ymd_opt(y, month, day)?, rest));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn every_form_in_the_seeds_is_read() {
        let cases: Vec<(&str, Schedule)> = vec![
            (
                "2024-01-01 2024-12-31",
                Schedule::Range {
                    from: d(2024, 1, 1),
                    to: d(2024, 12, 31),
                },
            ),
            (
                "2024-01-01-2024-06-08.",
                Schedule::Range {
                    from: d(2024, 1, 1),
                    to: d(2024, 6, 8),
                },
            ),
            (
                "2024-2026",
                Schedule::Years {
                    from: 2024,
                    to: 2026,
                },
            ),
            ("Löpande", Schedule::Continuous),
            ("Kontinuerligt", Schedule::Continuous),
            ("Pågående", Schedule::Continuous),
            ("Löpande vid behov", Schedule::WhenNeeded),
            ("4 ggr/år", Schedule::Recurring { times_per_year: 4 }),
            ("5ggr/år", Schedule::Recurring { times_per_year: 5 }),
            (
                "Våren 2022",
                Schedule::Season {
                    season: Season::Spring,
                    year: 2022,
                },
            ),
            (
                "Under hösten 2019",
                Schedule::Season {
                    season: Season::Autumn,
                    year: 2019,
                },
            ),
            (
                "Under 2022",
                Schedule::Years {
                    from: 2022,
                    to: 2022,
                },
            ),
            ("Påbörjas 190501", Schedule::Start { on: d(2019, 5, 1) }),
            ("Klar 20190901", Schedule::Deadline { by: d(2019, 9, 1) }),
            (
                "2022",
                Schedule::Years {
                    from: 2022,
                    to: 2022,
                },
            ),
            (
                "Augusti 2017",
                Schedule::Month {
                    year: 2017,
                    month: 8,
                },
            ),
            ("1 september 2017", Schedule::Deadline { by: d(2017, 9, 1) }),
            (
                "2024-01-01 – 2024-03-31",
                Schedule::Range {
                    from: d(2024, 1, 1),
                    to: d(2024, 3, 31),
                },
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(parse(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn unreadable_text_is_kept_with_a_warning() {
        for text in ["Sggr/ar", "När rektorn hinner", "2024-13-01", "2026-2024"] {
            let s = ScheduleText::new(text);
            assert_eq!(s.parsed, None, "{text}");
            assert_eq!(s.text, text);
            assert!(s.needs_warning());
        }
        assert!(!ScheduleText::new("  ").needs_warning());
    }

    #[test]
    fn descriptions_are_swedish() {
        assert_eq!(
            parse("4 ggr/år").map(|s| s.describe()).as_deref(),
            Some("4 gånger per år")
        );
        assert_eq!(
            parse("2024-01-01 2024-12-31")
                .map(|s| s.describe())
                .as_deref(),
            Some("1 januari 2024 – 31 december 2024")
        );
        assert_eq!(
            parse("Augusti 2017").and_then(|s| s.end()),
            Some(d(2017, 8, 31))
        );
    }

    proptest! {
        #[test]
        fn any_text_is_kept_and_never_panics(text in "\\PC{0,40}") {
            let s = ScheduleText::new(&text);
            prop_assert_eq!(s.text, text);
        }

        #[test]
        fn written_ranges_read_back(a in 0i64..20000, len in 0i64..2000, sep in prop::sample::select(vec![" ", "-", " - ", " – ", " till "])) {
            let from = d(2000, 1, 1) + chrono::Duration::days(a);
            let to = from + chrono::Duration::days(len);
            let text = format!("{}{sep}{}", from.format("%Y-%m-%d"), to.format("%Y-%m-%d"));
            prop_assert_eq!(parse(&text), Some(Schedule::Range { from, to }));
        }

        #[test]
        fn times_a_year_read_back(n in 1u32..=52, space in prop::bool::ANY) {
            let text = format!("{n}{}ggr/år", if space { " " } else { "" });
            prop_assert_eq!(parse(&text), Some(Schedule::Recurring { times_per_year: n }));
        }

        #[test]
        fn compact_dates_read_back(a in 0i64..30000) {
            let day = d(2000, 1, 1) + chrono::Duration::days(a);
            let text = format!("Klar {}", day.format("%Y%m%d"));
            prop_assert_eq!(parse(&text), Some(Schedule::Deadline { by: day }));
        }
    }
}
