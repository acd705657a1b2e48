//! The organisation's types and the rules of their values. Pure: no I/O.

use serde::{Deserialize, Serialize};
use varn_house::kernel::check::{is_email, optional_text, required_text, Checker};
use varn_house::kernel::ids::{DepartmentId, UserId};

use varn_house::i18n;

/// What kind of board an administration serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AdministrationKind {
    District,
    Specialist,
    Central,
    Company,
}

impl AdministrationKind {
    pub const ALL: [AdministrationKind; 4] = [
        AdministrationKind::District,
        AdministrationKind::Specialist,
        AdministrationKind::Central,
        AdministrationKind::Company,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AdministrationKind::District => "district",
            AdministrationKind::Specialist => "specialist",
            AdministrationKind::Central => "central",
            AdministrationKind::Company => "company",
        }
    }

    /// Parses the code or the Swedish name ("stadsdelsförvaltning", "facknämnd" …).
    pub fn parse(value: &str) -> Option<AdministrationKind> {
        let v = value.trim().to_lowercase();
        AdministrationKind::ALL
            .into_iter()
            .find(|k| k.as_str() == v || k.label().to_lowercase() == v)
    }

    pub fn label(self) -> &'static str {
        i18n::sv().t(match self {
            AdministrationKind::District => "kind.district",
            AdministrationKind::Specialist => "kind.specialist",
            AdministrationKind::Central => "kind.central",
            AdministrationKind::Company => "kind.company",
        })
    }
}

/// A unit's function in the work against violent extremism (seed 004's classification).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum UnitFunction {
    Preventive,
    Detecting,
    Preventing,
    Remedial,
}

impl UnitFunction {
    pub const ALL: [UnitFunction; 4] = [
        UnitFunction::Preventive,
        UnitFunction::Detecting,
        UnitFunction::Preventing,
        UnitFunction::Remedial,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            UnitFunction::Preventive => "preventive",
            UnitFunction::Detecting => "detecting",
            UnitFunction::Preventing => "preventing",
            UnitFunction::Remedial => "remedial",
        }
    }

    pub fn label(self) -> &'static str {
        i18n::sv().t(match self {
            UnitFunction::Preventive => "function.preventive",
            UnitFunction::Detecting => "function.detecting",
            UnitFunction::Preventing => "function.preventing",
            UnitFunction::Remedial => "function.remedial",
        })
    }

    /// Parses the code or the Swedish word ("förebyggande" …).
    pub fn parse(value: &str) -> Option<UnitFunction> {
        let v = value.trim().to_lowercase();
        UnitFunction::ALL
            .into_iter()
            .find(|f| f.as_str() == v || f.label().to_lowercase() == v)
    }

    /// Parses a stored or typed list: codes or Swedish words separated by `,` or `;`.
    pub fn parse_list(value: &str) -> Result<Vec<UnitFunction>, String> {
        let mut out = Vec::new();
        for part in value
            .split([',', ';'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            match UnitFunction::parse(part) {
                Some(f) if !out.contains(&f) => out.push(f),
                Some(_) => {}
                None => return Err(part.to_string()),
            }
        }
        out.sort();
        Ok(out)
    }

    pub fn store_list(list: &[UnitFunction]) -> String {
        list.iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// A code of an administration, department or unit: 1-24 characters of A-Z, 0-9 and `-`,
/// kept in upper case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code(String);

impl Code {
    pub fn parse(value: &str) -> Result<Code, &'static str> {
        let v = value.trim().to_uppercase();
        if v.is_empty() {
            return Err(i18n::sv().t("validation.required"));
        }
        if v.chars().count() > 24 || !v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(i18n::sv().t("validation.code"));
        }
        Ok(Code(v))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A stored date `YYYY-MM-DD`.
pub fn parse_date(value: &str) -> Result<String, &'static str> {
    chrono::NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map(|d| d.format("%Y-%m-%d").to_string())
        .map_err(|_| i18n::sv().t("validation.date"))
}

/// A new administration as typed in a form or sent to the API.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
pub struct NewAdministration {
    pub code: String,
    pub name: String,
    /// district, specialist, central or company
    pub kind: String,
}

/// Checked values of a new administration.
#[derive(Debug, Clone)]
pub struct AdministrationInput {
    pub code: Code,
    pub name: String,
    pub kind: AdministrationKind,
}

impl NewAdministration {
    pub fn check(&self) -> Result<AdministrationInput, varn_house::kernel::error::Error> {
        let mut c = Checker::default();
        let code = c.check(i18n::sv().t("field.code"), Code::parse(&self.code));
        let name = c.check(i18n::sv().t("field.name"), required_text(&self.name, 200));
        let kind = c.check(
            i18n::sv().t("field.kind"),
            AdministrationKind::parse(&self.kind).ok_or(i18n::sv().t("validation.kind")),
        );
        match (code, name, kind) {
            (Some(code), Some(name), Some(kind)) => Ok(AdministrationInput { code, name, kind }),
            _ => Err(varn_house::kernel::error::Error::Invalid(c.problems)),
        }
    }
}

/// A new or changed unit as typed in a form or sent to the API.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
pub struct UnitForm {
    pub department_id: DepartmentId,
    pub code: String,
    pub name: String,
    #[serde(default)]
    pub manager_name: String,
    #[serde(default)]
    pub manager_user_id: Option<UserId>,
    pub headcount: i64,
    /// Function codes: preventive, detecting, preventing, remedial.
    #[serde(default)]
    pub functions: Vec<String>,
    /// `YYYY-MM-DD`; today when empty.
    #[serde(default)]
    pub valid_from: Option<String>,
}

/// Checked values of a unit.
#[derive(Debug, Clone)]
pub struct UnitInput {
    pub department_id: DepartmentId,
    pub code: Code,
    pub name: String,
    pub manager_name: String,
    pub manager_user_id: Option<UserId>,
    pub headcount: i64,
    pub functions: Vec<UnitFunction>,
    pub valid_from: String,
}

impl UnitForm {
    pub fn check(&self, row: Option<usize>) -> Result<UnitInput, varn_house::kernel::error::Error> {
        let cat = i18n::sv();
        let mut c = Checker {
            row,
            problems: vec![],
        };
        let code = c.check(cat.t("field.unit_code"), Code::parse(&self.code));
        let name = c.check(cat.t("field.unit_name"), required_text(&self.name, 200));
        let manager_name = c.check(
            cat.t("field.manager"),
            optional_text(&self.manager_name, 200),
        );
        let headcount = c.check(
            cat.t("field.headcount"),
            if (0..=100_000).contains(&self.headcount) {
                Ok(self.headcount)
            } else {
                Err(cat.t("validation.headcount"))
            },
        );
        let functions = c.check(
            cat.t("field.functions"),
            UnitFunction::parse_list(&self.functions.join(","))
                .map_err(|bad| cat.f("validation.function", &[("value", &bad)])),
        );
        let valid_from = match self.valid_from.as_deref().map(str::trim) {
            None | Some("") => Some(varn_house::db::today()),
            Some(v) => c.check(cat.t("field.valid_from"), parse_date(v)),
        };
        match (code, name, manager_name, headcount, functions, valid_from) {
            (
                Some(code),
                Some(name),
                Some(manager_name),
                Some(headcount),
                Some(functions),
                Some(valid_from),
            ) if c.problems.is_empty() => Ok(UnitInput {
                department_id: self.department_id,
                code,
                name,
                manager_name,
                manager_user_id: self.manager_user_id,
                headcount,
                functions,
                valid_from,
            }),
            _ => Err(varn_house::kernel::error::Error::Invalid(c.problems)),
        }
    }
}

/// A coordinator's contact card as typed.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
pub struct ContactForm {
    pub name: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
}

impl ContactForm {
    /// Checks the card; its title is read by everyone, so it passes the PII guard (the
    /// name is the coordinator's own, meant to be shown).
    pub fn check(
        &self,
        guard: &varn_pii::Guard,
    ) -> Result<ContactForm, varn_house::kernel::error::Error> {
        let cat = i18n::sv();
        let mut c = Checker::default();
        let name = c.check(cat.t("field.name"), required_text(&self.name, 200));
        let title = c.check(cat.t("field.title"), optional_text(&self.title, 200));
        c.problems.extend(varn_house::kernel::text::problems(
            guard,
            None,
            &[(cat.t("field.title"), &self.title)],
        ));
        let phone = c.check(
            cat.t("field.phone"),
            optional_text(&self.phone, 40).and_then(|p| {
                if p.chars()
                    .all(|ch| ch.is_ascii_digit() || " +-()".contains(ch))
                {
                    Ok(p)
                } else {
                    Err(cat.t("validation.phone"))
                }
            }),
        );
        let email = c.check(
            cat.t("field.email"),
            optional_text(&self.email, 200).and_then(|e| {
                if e.is_empty() || is_email(&e) {
                    Ok(e)
                } else {
                    Err(cat.t("validation.email"))
                }
            }),
        );
        match (name, title, phone, email) {
            (Some(name), Some(title), Some(phone), Some(email)) if c.problems.is_empty() => {
                Ok(ContactForm {
                    name,
                    title,
                    phone,
                    email,
                })
            }
            _ => Err(varn_house::kernel::error::Error::Invalid(c.problems)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn functions_parse_codes_and_swedish_words() {
        assert_eq!(
            UnitFunction::parse_list("Förebyggande; upptäckande, preventive").expect("parse"),
            vec![UnitFunction::Preventive, UnitFunction::Detecting]
        );
        assert_eq!(
            UnitFunction::parse_list("magisk"),
            Err("magisk".to_string())
        );
    }

    #[test]
    fn codes_are_upper_case_and_plain() {
        assert_eq!(
            Code::parse(" sod-soc-01 ").expect("code").as_str(),
            "SOD-SOC-01"
        );
        assert!(Code::parse("").is_err());
        assert!(Code::parse("SÖD").is_err());
        assert!(Code::parse("A B").is_err());
    }

    #[test]
    fn unit_form_names_every_bad_field() {
        let form = UnitForm {
            department_id: DepartmentId::new(1),
            code: "".into(),
            name: "Fältgruppen".into(),
            manager_name: String::new(),
            manager_user_id: None,
            headcount: -3,
            functions: vec!["okänd".into()],
            valid_from: Some("2024-13-01".into()),
        };
        let Err(varn_house::kernel::error::Error::Invalid(problems)) = form.check(Some(4)) else {
            panic!("must be invalid")
        };
        let fields: Vec<_> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            vec![
                "enhetskod",
                "antal medarbetare",
                "funktioner",
                "giltig från"
            ]
        );
        assert!(problems.iter().all(|p| p.row == Some(4)));
    }

    #[test]
    fn kinds_parse_swedish() {
        assert_eq!(
            AdministrationKind::parse("Stadsdelsförvaltning"),
            Some(AdministrationKind::District)
        );
        assert_eq!(
            AdministrationKind::parse("specialist"),
            Some(AdministrationKind::Specialist)
        );
        assert_eq!(AdministrationKind::parse("kommun"), None);
    }

    #[test]
    fn emails() {
        assert!(is_email("anna.berg@demo.example"));
        assert!(!is_email("anna.berg@demo"));
        assert!(!is_email("anna berg@demo.example"));
    }
}
