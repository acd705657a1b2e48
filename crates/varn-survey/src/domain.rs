//! The survey's types and rules: kinds of question and of recipient, and the checking of
//! an answer (each value within its question, required questions answered, free text
//! through the PII guard). Pure: no I/O.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

varn_house::id!(
    /// A round of the survey in an administration (`survey_rounds`).
    pub struct SurveyRoundId
);
varn_house::id!(
    /// A version of the city's template (`survey_templates`).
    pub struct SurveyTemplateId
);
varn_house::id!(
    /// A question of the city's template or of one round (`survey_questions`).
    pub struct SurveyQuestionId
);
varn_house::id!(
    /// A recipient of a round, with its link (`survey_recipients`); never joined to an answer.
    pub struct SurveyRecipientId
);
varn_house::id!(
    /// One recipient's answers, under an id drawn at random (`survey_responses`).
    pub struct SurveyResponseId
);
varn_house::id!(
    /// The reminders of a round sent on one day (`survey_reminders`).
    pub struct SurveyReminderId
);

use varn_house::i18n;
use varn_house::kernel::error::Problem;
use varn_house::kernel::text::{Flag, Guarded};

/// The lowest and highest step of a scale question.
pub const SCALE: (i64, i64) = (1, 5);
/// Longest free-text answer.
pub const MAX_ANSWER_TEXT: usize = 4_000;
/// Longest question text.
pub const MAX_QUESTION_TEXT: usize = 500;

/// What a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SurveyQuestionKind {
    /// A step of 1–5.
    Scale,
    /// One of the options.
    Choice,
    /// Any of the options.
    Multi,
    /// A whole percent, 0–100.
    Percent,
    /// Free text.
    Text,
}

impl SurveyQuestionKind {
    pub const ALL: [SurveyQuestionKind; 5] = [
        SurveyQuestionKind::Scale,
        SurveyQuestionKind::Choice,
        SurveyQuestionKind::Multi,
        SurveyQuestionKind::Percent,
        SurveyQuestionKind::Text,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SurveyQuestionKind::Scale => "scale",
            SurveyQuestionKind::Choice => "choice",
            SurveyQuestionKind::Multi => "multi",
            SurveyQuestionKind::Percent => "percent",
            SurveyQuestionKind::Text => "text",
        }
    }

    pub fn parse(s: &str) -> Option<SurveyQuestionKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        i18n::sv().t(match self {
            SurveyQuestionKind::Scale => "survey.kind.scale",
            SurveyQuestionKind::Choice => "survey.kind.choice",
            SurveyQuestionKind::Multi => "survey.kind.multi",
            SurveyQuestionKind::Percent => "survey.kind.percent",
            SurveyQuestionKind::Text => "survey.kind.text",
        })
    }

    /// Whether the question takes options.
    pub fn has_options(self) -> bool {
        matches!(self, SurveyQuestionKind::Choice | SurveyQuestionKind::Multi)
    }
}

/// Who a recipient is, as far as the answer may say.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SurveyRecipientKind {
    /// A unit of the administration (its manager answers for it).
    Internal,
    /// An external partner, by e-mail.
    Partner,
    /// A unit of a specialist administration active in the district.
    Specialist,
}

impl SurveyRecipientKind {
    pub const ALL: [SurveyRecipientKind; 3] = [
        SurveyRecipientKind::Internal,
        SurveyRecipientKind::Partner,
        SurveyRecipientKind::Specialist,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SurveyRecipientKind::Internal => "internal",
            SurveyRecipientKind::Partner => "partner",
            SurveyRecipientKind::Specialist => "specialist",
        }
    }

    pub fn parse(s: &str) -> Option<SurveyRecipientKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        i18n::sv().t(match self {
            SurveyRecipientKind::Internal => "survey.recipient.internal",
            SurveyRecipientKind::Partner => "survey.recipient.partner",
            SurveyRecipientKind::Specialist => "survey.recipient.specialist",
        })
    }
}

/// A question of the city's template or of one round.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SurveyQuestion {
    pub id: SurveyQuestionId,
    pub key: String,
    /// `events`, `knowledge` (the city's questions) or `local` (the round's own).
    pub part: String,
    pub kind: SurveyQuestionKind,
    pub text: String,
    pub options: Vec<String>,
    pub required: bool,
}

impl SurveyQuestion {
    /// Whether this is one of the city's questions (the same in every round).
    pub fn is_city(&self) -> bool {
        self.part != "local"
    }

    /// The field name of this question in a form.
    pub fn field(&self) -> String {
        format!("q{}", self.id)
    }

    /// The question's short name in a message: its number and the start of its text.
    pub fn name(&self, number: usize) -> String {
        let short: String = self.text.chars().take(60).collect();
        let dots = if self.text.chars().count() > 60 {
            "…"
        } else {
            ""
        };
        i18n::sv().f(
            "survey.question_name",
            &[
                ("number", &number.to_string()),
                ("text", &format!("{short}{dots}")),
            ],
        )
    }
}

/// A checked answer to one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Number(i64),
    Options(Vec<i64>),
    Text(Guarded),
}

/// What a recipient sent, as raw texts per question id (several for a multiple choice).
pub type Raw = BTreeMap<SurveyQuestionId, Vec<String>>;

/// Why an answer was refused: problems naming the question, and the PII guard's findings
/// (with the field named by the question) so the respondent sees where and why.
#[derive(Debug, Default)]
pub struct Refusal {
    pub problems: Vec<Problem>,
    pub flags: Vec<Flag>,
}

/// Checks an answer: every value within its question, required questions answered when
/// `complete`, and every text through the guard. Returns the values by question id.
pub fn check(
    guard: &varn_pii::Guard,
    questions: &[SurveyQuestion],
    raw: &Raw,
    complete: bool,
) -> Result<BTreeMap<SurveyQuestionId, Value>, Refusal> {
    let cat = i18n::sv();
    let mut refusal = Refusal::default();
    let mut out = BTreeMap::new();
    for (i, q) in questions.iter().enumerate() {
        let name = q.name(i + 1);
        let given: Vec<&str> = raw
            .get(&q.id)
            .map(|v| {
                v.iter()
                    .map(|s| s.trim())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        if given.is_empty() {
            if complete && q.required {
                refusal
                    .problems
                    .push(Problem::field(&name, cat.t("survey.required")));
            }
            continue;
        }
        let number = |s: &str, low: i64, high: i64| -> Option<i64> {
            s.parse::<i64>().ok().filter(|v| (low..=high).contains(v))
        };
        let mut bad = |message: &str| refusal.problems.push(Problem::field(&name, message));
        match q.kind {
            SurveyQuestionKind::Scale => match number(given[0], SCALE.0, SCALE.1) {
                Some(v) if given.len() == 1 => {
                    out.insert(q.id, Value::Number(v));
                }
                _ => bad(cat.t("survey.bad_scale")),
            },
            SurveyQuestionKind::Percent => match number(given[0], 0, 100) {
                Some(v) if given.len() == 1 => {
                    out.insert(q.id, Value::Number(v));
                }
                _ => bad(cat.t("survey.bad_percent")),
            },
            SurveyQuestionKind::Choice => match number(given[0], 0, q.options.len() as i64 - 1) {
                Some(v) if given.len() == 1 => {
                    out.insert(q.id, Value::Number(v));
                }
                _ => bad(cat.t("survey.bad_option")),
            },
            SurveyQuestionKind::Multi => {
                let mut chosen = Vec::new();
                for g in &given {
                    match number(g, 0, q.options.len() as i64 - 1) {
                        Some(v) if !chosen.contains(&v) => chosen.push(v),
                        Some(_) => {}
                        None => {
                            bad(cat.t("survey.bad_option"));
                            chosen.clear();
                            break;
                        }
                    }
                }
                if !chosen.is_empty() {
                    chosen.sort_unstable();
                    out.insert(q.id, Value::Options(chosen));
                }
            }
            SurveyQuestionKind::Text => {
                let text = given.join("\n");
                if text.chars().count() > MAX_ANSWER_TEXT {
                    bad(cat.t("validation.too_long"));
                    continue;
                }
                match Guarded::check(guard, &name, &text) {
                    Ok(clean) => {
                        out.insert(q.id, Value::Text(clean));
                    }
                    Err(flags) => {
                        for f in &flags {
                            refusal.problems.push(Problem::field(
                                &name,
                                cat.f("survey.pii", &[("what", &f.explanation)]),
                            ));
                        }
                        refusal.flags.extend(flags);
                    }
                }
            }
        }
    }
    if refusal.problems.is_empty() {
        Ok(out)
    } else {
        Err(refusal)
    }
}

/// The raw answers as kept in a draft (JSON object of question id to texts).
pub fn draft_to_json(raw: &Raw) -> String {
    serde_json::to_string(raw).unwrap_or_default()
}

pub fn draft_from_json(text: &str) -> Raw {
    serde_json::from_str(text).unwrap_or_default()
}

/// A round's period as written: a year ("2026") or two ("2025–2026").
pub fn check_period(text: &str) -> Result<String, &'static str> {
    let cat = i18n::sv();
    let t = text.trim().replace("--", "–").replace('-', "–");
    let year = |s: &str| s.len() == 4 && s.parse::<u32>().is_ok_and(|y| (2000..=2100).contains(&y));
    let ok = match t.split_once('–') {
        None => year(&t),
        Some((a, b)) => {
            year(a.trim())
                && year(b.trim())
                && a.trim().parse::<u32>().ok() < b.trim().parse::<u32>().ok()
        }
    };
    if ok {
        Ok(t.split('–').map(str::trim).collect::<Vec<_>>().join("–"))
    } else {
        Err(cat.t("survey.bad_period"))
    }
}

/// The reminder days as written ("2026-03-10, 2026-03-17"): dates, sorted, each once.
pub fn check_reminder_days(text: &str) -> Result<Vec<String>, &'static str> {
    let mut days = Vec::new();
    for part in text
        .split([',', ' ', '\n', ';'])
        .filter(|s| !s.trim().is_empty())
    {
        let d = chrono::NaiveDate::parse_from_str(part.trim(), "%Y-%m-%d")
            .map_err(|_| i18n::sv().t("survey.bad_reminder_days"))?;
        days.push(d.format("%Y-%m-%d").to_string());
    }
    days.sort();
    days.dedup();
    if days.len() > 20 {
        return Err(i18n::sv().t("survey.bad_reminder_days"));
    }
    Ok(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: i64) -> SurveyQuestionId {
        SurveyQuestionId::new(n)
    }

    fn q(id: i64, kind: SurveyQuestionKind, required: bool) -> SurveyQuestion {
        SurveyQuestion {
            id: SurveyQuestionId::new(id),
            key: format!("k{id}"),
            part: "knowledge".into(),
            kind,
            text: format!("Fråga {id}"),
            options: vec!["Ja".into(), "Nej".into()],
            required,
        }
    }

    #[test]
    fn values_outside_their_question_are_refused_naming_it() {
        let guard = varn_pii::Guard::default();
        let qs = vec![
            q(1, SurveyQuestionKind::Scale, true),
            q(2, SurveyQuestionKind::Choice, false),
            q(3, SurveyQuestionKind::Percent, false),
        ];
        let raw: Raw = [
            (id(1), vec!["6".to_string()]),
            (id(2), vec!["2".to_string()]),
            (id(3), vec!["101".to_string()]),
        ]
        .into();
        let r = check(&guard, &qs, &raw, true).expect_err("refused");
        assert_eq!(r.problems.len(), 3);
        assert!(r.problems[0].field.contains("Fråga 1"), "{:?}", r.problems);
        let ok: Raw = [
            (id(1), vec!["3".to_string()]),
            (id(2), vec!["1".to_string()]),
        ]
        .into();
        let v = check(&guard, &qs, &ok, true).expect("ok");
        assert_eq!(v[&id(1)], Value::Number(3));
    }

    #[test]
    fn a_missing_required_answer_is_refused_only_when_sending() {
        let guard = varn_pii::Guard::default();
        let qs = vec![q(1, SurveyQuestionKind::Scale, true)];
        assert!(check(&guard, &qs, &Raw::new(), false).is_ok());
        let r = check(&guard, &qs, &Raw::new(), true).expect_err("required");
        assert_eq!(r.problems[0].message, i18n::sv().t("survey.required"));
    }

    #[test]
    fn a_name_in_free_text_is_refused_with_the_place() {
        let guard = varn_pii::Guard::default();
        let qs = vec![q(1, SurveyQuestionKind::Text, false)];
        let raw: Raw = [(id(1), vec!["Prata med Ahmed Yilmaz om saken.".to_string()])].into();
        let r = check(&guard, &qs, &raw, true).expect_err("name");
        assert!(r.flags.iter().any(|f| f.kind == "name"), "{:?}", r.flags);
        let clean: Raw = [(id(1), vec!["Mer utbildning för nya chefer.".to_string()])].into();
        assert!(check(&guard, &qs, &clean, true).is_ok());
    }

    #[test]
    fn a_draft_keeps_question_ids_as_json_keys() {
        let raw: Raw = [(id(7), vec!["3".to_string()])].into();
        let json = draft_to_json(&raw);
        assert_eq!(json, r#"{"7":["3"]}"#);
        assert_eq!(draft_from_json(&json), raw);
    }

    #[test]
    fn periods_and_reminder_days() {
        assert_eq!(check_period("2026").expect("year"), "2026");
        assert_eq!(check_period("2025-2026").expect("years"), "2025–2026");
        assert!(check_period("2026-2025").is_err());
        assert!(check_period("nästa år").is_err());
        assert_eq!(
            check_reminder_days("2026-03-17, 2026-03-10").expect("days"),
            ["2026-03-10", "2026-03-17"]
        );
        assert!(check_reminder_days("i morgon").is_err());
    }
}
