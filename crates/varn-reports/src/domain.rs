//! The form's values and rules. Pure: no I/O.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use varn_house::i18n;
use varn_house::kernel::error::{Error, Problem};
use varn_house::kernel::ids::{AdministrationId, UnitId};
use varn_taxonomy::TermId;

varn_house::id!(
    /// An anonymized form.
    pub struct ReportId
);
varn_house::id!(
    /// A form's link to an IA case or another form.
    pub struct ReportLinkId
);
varn_house::id!(
    /// A coordinator's note on a form.
    pub struct ReportNoteId
);
varn_house::id!(
    /// A partner link.
    pub struct PartnerLinkId
);

/// The longest description accepted, in characters.
pub const MAX_DESCRIPTION: usize = 4000;
/// The longest area text accepted, in characters.
pub const MAX_AREA: usize = 100;
/// The longest note accepted, in characters.
pub const MAX_NOTE: usize = 2000;

macro_rules! code_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $code)] $variant),+ }

        // Written by hand: the derive does not see the codes through the macro, and the
        // API document must name the codes the JSON carries.
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($code),+]))
                    .into()
            }
        }
        impl utoipa::ToSchema for $name {
            fn name() -> std::borrow::Cow<'static, str> {
                // Other capabilities have a status too; this one is the form's.
                match stringify!($name) {
                    "Status" => "ReportStatus".into(),
                    other => other.into(),
                }
            }
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            pub fn parse(value: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.as_str() == value.trim())
            }
            /// The Swedish label, from the catalogue.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => i18n::sv().t(concat!(stringify!($name), ".", $code))),+ }
            }
        }
    };
}

code_enum!(
    /// Whom the report is about.
    Concerns { Individual = "individual", Group = "group", Nobody = "none" }
);
code_enum!(
    /// The individual's age band.
    AgeBand { Under15 = "under_15", From15 = "15_17", From18 = "18_20", From21 = "21_29", From30 = "30_plus", Unknown = "unknown" }
);
code_enum!(
    /// The individual's gender, when the sender chooses to give it.
    Gender { Woman = "woman", Man = "man", Other = "other", Unknown = "unknown" }
);
code_enum!(
    /// What the sender has already done (the routine guide's action codes).
    Action {
        Called112 = "called_112",
        PoliceReport = "police_report",
        IaReport = "ia_report",
        ConcernReport = "concern_report",
        ContactedCoordinator = "contacted_coordinator",
        ToldManager = "told_manager",
    }
);
code_enum!(
    /// Where the form is in the coordinator's assessment.
    Status { New = "new", UnderAssessment = "under_assessment", AssessedVbe = "assessed_vbe", AssessedNotVbe = "assessed_not_vbe", Forwarded = "forwarded" }
);

impl Status {
    /// Assessed forms are the ones statistics count and exports carry.
    pub fn is_assessed(self) -> bool {
        matches!(
            self,
            Status::AssessedVbe | Status::AssessedNotVbe | Status::Forwarded
        )
    }
}

/// The form as submitted (page or API). Term ids refer to the taxonomy.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct ReportForm {
    pub administration_id: Option<AdministrationId>,
    #[serde(default)]
    pub unit_id: Option<UnitId>,
    /// `YYYY-MM-DD`: the day, or the first day of a period.
    pub occurred_from: String,
    /// `YYYY-MM-DD`: the last day of a period, if any.
    #[serde(default)]
    pub occurred_to: String,
    /// District or area, in general terms (no addresses).
    #[serde(default)]
    pub area: String,
    #[serde(default)]
    pub place_type_id: Option<TermId>,
    #[serde(default)]
    pub environments: Vec<TermId>,
    #[serde(default)]
    pub phenomena: Vec<TermId>,
    #[serde(default)]
    pub event_types: Vec<TermId>,
    /// individual, group or none
    pub concerns: String,
    #[serde(default)]
    pub age_band: String,
    #[serde(default)]
    pub gender: String,
    /// Action codes: called_112, police_report, ia_report, concern_report, contacted_coordinator, told_manager.
    #[serde(default)]
    pub actions: Vec<String>,
    pub description: String,
    /// A random key that makes a repeated submission of the same form create one form.
    #[serde(default)]
    pub submission_key: String,
}

/// The checked values.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedReport {
    pub administration_id: AdministrationId,
    pub unit_id: Option<UnitId>,
    pub occurred_from: String,
    pub occurred_to: Option<String>,
    pub area: String,
    pub place_type_id: Option<TermId>,
    pub environments: Vec<TermId>,
    pub phenomena: Vec<TermId>,
    pub event_types: Vec<TermId>,
    pub concerns: Concerns,
    pub age_band: Option<AgeBand>,
    pub gender: Option<Gender>,
    pub actions: Vec<Action>,
    pub description: String,
}

fn problem(field_key: &str, message: impl Into<String>) -> Problem {
    Problem::field(i18n::sv().t(field_key), message)
}

fn date(value: &str, today: &str, field_key: &str, problems: &mut Vec<Problem>) -> Option<String> {
    let cat = i18n::sv();
    match chrono::NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d") {
        Err(_) => {
            problems.push(problem(field_key, cat.t("validation.date")));
            None
        }
        Ok(d) => {
            let text = d.format("%Y-%m-%d").to_string();
            if text.as_str() > today {
                problems.push(problem(field_key, cat.t("report.future_date")));
                None
            } else {
                Some(text)
            }
        }
    }
}

fn dedup(mut ids: Vec<TermId>) -> Vec<TermId> {
    ids.sort_unstable();
    ids.dedup();
    ids
}

impl ReportForm {
    /// Checks everything that needs no database; `today` is `YYYY-MM-DD`.
    pub fn check(&self, today: &str) -> Result<CheckedReport, Error> {
        let cat = i18n::sv();
        let mut problems = Vec::new();
        let administration_id = self.administration_id;
        if administration_id.is_none() {
            problems.push(problem(
                "report.field_administration",
                cat.t("report.choose_administration"),
            ));
        }
        let (from, to) = self.check_period(today, &mut problems);
        let area = self.area.trim().to_string();
        if area.chars().count() > MAX_AREA {
            problems.push(problem(
                "report.field_area",
                cat.f("report.too_long", &[("max", &MAX_AREA.to_string())]),
            ));
        }
        let concerns = Concerns::parse(&self.concerns);
        if concerns.is_none() {
            problems.push(problem(
                "report.field_concerns",
                cat.t("report.choose_concerns"),
            ));
        }
        let (age_band, gender) = self.check_person(concerns, &mut problems);
        let actions = self.check_actions(&mut problems);
        let description = self.check_description(&mut problems);
        match (administration_id, from, concerns, problems.is_empty()) {
            (Some(administration_id), Some(occurred_from), Some(concerns), true) => {
                Ok(CheckedReport {
                    administration_id,
                    unit_id: self.unit_id,
                    occurred_from,
                    occurred_to: to,
                    area,
                    place_type_id: self.place_type_id,
                    environments: dedup(self.environments.clone()),
                    phenomena: dedup(self.phenomena.clone()),
                    event_types: dedup(self.event_types.clone()),
                    concerns,
                    age_band,
                    gender,
                    actions,
                    description,
                })
            }
            _ => Err(Error::Invalid(problems)),
        }
    }

    /// Checks the dates from and to (the first required, neither after today, to not
    /// before from).
    fn check_period(
        &self,
        today: &str,
        problems: &mut Vec<Problem>,
    ) -> (Option<String>, Option<String>) {
        let cat = i18n::sv();
        let from = if self.occurred_from.trim().is_empty() {
            problems.push(problem(
                "report.field_occurred_from",
                cat.t("validation.required"),
            ));
            None
        } else {
            date(
                &self.occurred_from,
                today,
                "report.field_occurred_from",
                problems,
            )
        };
        let to = if self.occurred_to.trim().is_empty() {
            None
        } else {
            date(
                &self.occurred_to,
                today,
                "report.field_occurred_to",
                problems,
            )
        };
        if let (Some(f), Some(t)) = (&from, &to) {
            if t < f {
                problems.push(problem(
                    "report.field_occurred_to",
                    cat.t("report.to_before_from"),
                ));
            }
        }
        (from, to)
    }

    /// Checks the age band and gender, which only a concern about one person may have.
    fn check_person(
        &self,
        concerns: Option<Concerns>,
        problems: &mut Vec<Problem>,
    ) -> (Option<AgeBand>, Option<Gender>) {
        let cat = i18n::sv();
        let age_band = match (self.age_band.trim(), concerns) {
            ("", _) => None,
            (v, Some(Concerns::Individual)) => match AgeBand::parse(v) {
                Some(a) => Some(a),
                None => {
                    problems.push(problem("report.field_age_band", cat.t("report.bad_choice")));
                    None
                }
            },
            (_, _) => {
                problems.push(problem(
                    "report.field_age_band",
                    cat.t("report.age_only_individual"),
                ));
                None
            }
        };
        let gender = match self.gender.trim() {
            "" => None,
            v => match Gender::parse(v) {
                Some(g) if concerns == Some(Concerns::Individual) => Some(g),
                Some(_) => {
                    problems.push(problem(
                        "report.field_gender",
                        cat.t("report.age_only_individual"),
                    ));
                    None
                }
                None => {
                    problems.push(problem("report.field_gender", cat.t("report.bad_choice")));
                    None
                }
            },
        };
        (age_band, gender)
    }

    /// The actions taken, each once; an unknown one is a problem.
    fn check_actions(&self, problems: &mut Vec<Problem>) -> Vec<Action> {
        let cat = i18n::sv();
        let mut actions = Vec::new();
        for a in &self.actions {
            match Action::parse(a) {
                Some(action) if !actions.contains(&action) => actions.push(action),
                Some(_) => {}
                None => problems.push(problem(
                    "report.field_actions",
                    cat.f("report.unknown_action", &[("value", a)]),
                )),
            }
        }
        actions
    }

    /// The description, trimmed; required and not too long.
    fn check_description(&self, problems: &mut Vec<Problem>) -> String {
        let cat = i18n::sv();
        let description = self.description.trim().to_string();
        if description.is_empty() {
            problems.push(problem(
                "report.field_description",
                cat.t("validation.required"),
            ));
        } else if description.chars().count() > MAX_DESCRIPTION {
            problems.push(problem(
                "report.field_description",
                cat.f("report.too_long", &[("max", &MAX_DESCRIPTION.to_string())]),
            ));
        }
        description
    }
}

const RECEIPT_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// The receipt code a sender keeps, derived from the form's submission key so that a
/// repeated submission gets the same code back: `ABCD-EFGH-JKMN`.
pub fn receipt_for(submission_key: &str) -> String {
    let digest = Sha256::digest(format!("varn-receipt:{submission_key}").as_bytes());
    let chars: Vec<char> = digest
        .iter()
        .take(12)
        .map(|b| RECEIPT_ALPHABET[(*b as usize) % RECEIPT_ALPHABET.len()] as char)
        .collect();
    format!(
        "{}-{}-{}",
        chars[..4].iter().collect::<String>(),
        chars[4..8].iter().collect::<String>(),
        chars[8..].iter().collect::<String>()
    )
}

/// A receipt as typed back by a person: case, spaces and dashes do not matter.
pub fn normalise_receipt(typed: &str) -> String {
    let plain: String = typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if plain.len() != 12 {
        return plain;
    }
    format!("{}-{}-{}", &plain[..4], &plain[4..8], &plain[8..])
}

/// An IA case number as the municipality writes them, `<prefix>-YYYY-N…` (`IA-2026-0153`),
/// in capitals; `None` for anything else, so that no other text can pass for one.
pub fn ia_number(text: &str, prefix: &str) -> Option<String> {
    let upper = text.trim().to_uppercase();
    let mut parts = upper.split('-');
    let (p, year, number) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, min: usize, max: usize| {
        (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    let ok = parts.next().is_none()
        && p == prefix.trim().to_uppercase()
        && digits(year, 4, 4)
        && year.starts_with(['1', '2'])
        && digits(number, 1, 8);
    ok.then_some(upper)
}

/// The stored hash of a secret (receipt, submission key, link token).
pub fn hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// A fresh random submission key.
pub fn new_submission_key() -> String {
    varn_house::auth::session::random_token()
}

/// A new partner link: a label saying who it is for, and how many days it lasts (1-365).
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
pub struct NewPartnerLink {
    pub label: String,
    pub days: i64,
    #[serde(default = "default_max")]
    pub max_reports: i64,
}

fn default_max() -> i64 {
    50
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ia_numbers_take_only_their_format() {
        assert_eq!(
            ia_number(" ia-2026-0153 ", "IA").as_deref(),
            Some("IA-2026-0153")
        );
        assert_eq!(
            ia_number("IA-2026-12345678", "IA").as_deref(),
            Some("IA-2026-12345678")
        );
        assert_eq!(ia_number("AR-2026-7", "ar").as_deref(), Some("AR-2026-7"));
        for bad in [
            "811228-9874",
            "IA-811228-9874",
            "IA 2026 0153",
            "IA-2026-",
            "IA-2026-1-2",
            "Johan",
            "IA-26-0153",
        ] {
            assert_eq!(ia_number(bad, "IA"), None, "{bad}");
        }
    }

    fn form() -> ReportForm {
        ReportForm {
            administration_id: Some(AdministrationId::new(1)),
            occurred_from: "2026-03-01".into(),
            concerns: "individual".into(),
            age_band: "15_17".into(),
            actions: vec!["told_manager".into(), "told_manager".into()],
            description: "En elev visade symboler på skolgården.".into(),
            ..ReportForm::default()
        }
    }

    #[test]
    fn a_good_form_passes_and_actions_dedup() {
        let checked = form().check("2026-11-23").expect("valid");
        assert_eq!(checked.actions, vec![Action::ToldManager]);
        assert_eq!(checked.age_band, Some(AgeBand::From15));
    }

    #[test]
    fn bad_values_are_named() {
        let mut f = form();
        f.occurred_from = "2027-01-01".into();
        f.occurred_to = "2026-13-01".into();
        f.concerns = "group".into();
        f.actions = vec!["flydde".into()];
        f.description = "x".repeat(MAX_DESCRIPTION + 1);
        f.administration_id = None;
        let Err(Error::Invalid(problems)) = f.check("2026-11-23") else {
            panic!("invalid")
        };
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            vec![
                "Förvaltning som ska få blanketten",
                "Datum (eller första dagen)",
                "Sista dagen",
                "Åldersgrupp",
                "Det här har redan gjorts",
                "Vad har hänt?"
            ]
        );
        assert!(problems.last().is_some_and(|p| p.message.contains("4000")));
    }

    #[test]
    fn receipts_are_stable_readable_and_normalised() {
        let r = receipt_for("abc");
        assert_eq!(r, receipt_for("abc"));
        assert_ne!(r, receipt_for("abd"));
        assert_eq!(r.len(), 14);
        assert!(!r.contains('0') && !r.contains('O') && !r.contains('1') && !r.contains('I'));
        assert_eq!(normalise_receipt(&r.to_lowercase().replace('-', " ")), r);
    }

    #[test]
    fn labels_come_from_the_catalogue() {
        assert_eq!(Status::AssessedVbe.label(), "Bedömd som VBE");
        assert_eq!(AgeBand::From30.label(), "30 år eller äldre");
    }
}
