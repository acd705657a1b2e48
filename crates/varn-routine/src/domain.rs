//! The routine's decision logic over plain types: a routine's content (questions and steps),
//! the answers of one worried employee, and the ordered checklist they lead to. Also the
//! checks of an edited draft and the first version's content. No I/O here, ever.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use varn_house::i18n;
use varn_house::kernel::check::{optional_text, required_text, Checker};
use varn_house::kernel::error::Error;

varn_house::id!(
    /// A version of the routine guide.
    pub struct RoutineVersionId
);

/// One answer to a guide question. "Don't know" shows what may apply either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    Unknown,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::Unknown];

    /// The value in a guide URL (Swedish, so that a bookmarked link reads well).
    pub fn query_value(self) -> &'static str {
        match self {
            Answer::Yes => "ja",
            Answer::No => "nej",
            Answer::Unknown => "vet-inte",
        }
    }

    /// Reads a URL value or the API's code.
    pub fn parse(value: &str) -> Option<Answer> {
        match value.trim() {
            "ja" | "yes" => Some(Answer::Yes),
            "nej" | "no" => Some(Answer::No),
            "vet-inte" | "unknown" => Some(Answer::Unknown),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        let cat = i18n::sv();
        match self {
            Answer::Yes => cat.t("routine.answer.yes"),
            Answer::No => cat.t("routine.answer.no"),
            Answer::Unknown => cat.t("routine.answer.unknown"),
        }
    }
}

/// When a step is shown: always, or when a question is answered yes, or no.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum When {
    Always,
    Yes,
    No,
}

impl When {
    pub fn as_str(self) -> &'static str {
        match self {
            When::Always => "always",
            When::Yes => "yes",
            When::No => "no",
        }
    }

    pub fn parse(value: &str) -> Option<When> {
        match value.trim() {
            "always" => Some(When::Always),
            "yes" => Some(When::Yes),
            "no" => Some(When::No),
            _ => None,
        }
    }

    /// True when an answer shows a step with this condition ("don't know" shows both).
    pub fn matches(self, answer: Answer) -> bool {
        match self {
            When::Always => true,
            When::Yes => matches!(answer, Answer::Yes | Answer::Unknown),
            When::No => matches!(answer, Answer::No | Answer::Unknown),
        }
    }
}

/// What has been done, as the anonymized form's "what has been done" values (DOMAIN.md §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = RoutineAction)]
pub enum Action {
    #[serde(rename = "called_112")]
    Called112,
    PoliceReport,
    IaReport,
    ConcernReport,
    ContactedCoordinator,
    ToldManager,
}

impl Action {
    pub const ALL: [Action; 6] = [
        Action::Called112,
        Action::PoliceReport,
        Action::IaReport,
        Action::ConcernReport,
        Action::ContactedCoordinator,
        Action::ToldManager,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Action::Called112 => "called_112",
            Action::PoliceReport => "police_report",
            Action::IaReport => "ia_report",
            Action::ConcernReport => "concern_report",
            Action::ContactedCoordinator => "contacted_coordinator",
            Action::ToldManager => "told_manager",
        }
    }

    pub fn parse(value: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == value.trim())
    }

    /// The same name the anonymized form gives the action (one name, one place).
    pub fn label(self) -> &'static str {
        let cat = i18n::sv();
        match self {
            Action::Called112 => cat.t("Action.called_112"),
            Action::PoliceReport => cat.t("Action.police_report"),
            Action::IaReport => cat.t("Action.ia_report"),
            Action::ConcernReport => cat.t("Action.concern_report"),
            Action::ContactedCoordinator => cat.t("Action.contacted_coordinator"),
            Action::ToldManager => cat.t("Action.told_manager"),
        }
    }
}

/// A yes/no question of the guide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Question {
    /// Stable within a version; steps name it in their condition and the guide's URL uses it.
    pub code: String,
    pub text: String,
    pub help: String,
}

/// A step of the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Step {
    pub title: String,
    pub text: String,
    /// A legal reference such as "14 kap. 1 § SoL"; empty when none.
    pub legal_ref: String,
    pub when: When,
    /// The question of the condition; `None` exactly when `when` is `always`.
    pub question: Option<String>,
    /// Steps are listed by position, ties in the order given.
    pub position: i64,
    pub action: Option<Action>,
}

/// The content of one version of the routine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Content {
    /// In the order the guide asks them.
    pub questions: Vec<Question>,
    pub steps: Vec<Step>,
}

/// The answers of one run of the guide, by question code; a missing answer counts as
/// "don't know".
pub type Answers = BTreeMap<String, Answer>;

/// The indices of the steps the answers lead to, in checklist order: by position, then by
/// the order given; every step at most once; "always" steps every time.
pub fn checklist_indices(content: &Content, answers: &Answers) -> Vec<usize> {
    let mut chosen: Vec<usize> = content
        .steps
        .iter()
        .enumerate()
        .filter(|(_, step)| match (&step.when, &step.question) {
            (When::Always, _) | (_, None) => true,
            (when, Some(code)) => when.matches(*answers.get(code).unwrap_or(&Answer::Unknown)),
        })
        .map(|(i, _)| i)
        .collect();
    chosen.sort_by_key(|&i| (content.steps[i].position, i));
    chosen
}

/// The steps the answers lead to, in checklist order.
pub fn checklist<'a>(content: &'a Content, answers: &Answers) -> Vec<&'a Step> {
    checklist_indices(content, answers)
        .into_iter()
        .map(|i| &content.steps[i])
        .collect()
}

/// The actions of a checklist, in its order, each once: what the form is prefilled with.
pub fn form_actions(steps: &[&Step]) -> Vec<Action> {
    let mut out = Vec::new();
    for action in steps.iter().filter_map(|s| s.action) {
        if !out.contains(&action) {
            out.push(action);
        }
    }
    out
}

/// The anonymized form's address with the actions prefilled.
pub fn form_link(actions: &[Action]) -> String {
    if actions.is_empty() {
        return "/blankett/ny".to_string();
    }
    let codes: Vec<&str> = actions.iter().map(|a| a.as_str()).collect();
    format!("/blankett/ny?gjort={}", codes.join(","))
}

/// Reads the answers of a guide run: each question must be answered, and only questions of
/// this version may be. Problems name the question in Swedish.
pub fn read_answers<'a>(
    content: &Content,
    given: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<Answers, Error> {
    let cat = i18n::sv();
    let mut c = Checker::default();
    let mut answers = Answers::new();
    for (code, value) in given {
        match content.questions.iter().find(|q| q.code == code) {
            None => c.fail(
                code,
                cat.f("routine.validation.unknown_question", &[("code", code)]),
            ),
            Some(q) => match Answer::parse(value) {
                Some(a) => {
                    answers.insert(q.code.clone(), a);
                }
                None => c.fail(&q.text, cat.t("routine.validation.answer")),
            },
        }
    }
    for q in &content.questions {
        if !answers.contains_key(&q.code) && !c.problems.iter().any(|p| p.field == q.text) {
            c.fail(&q.text, cat.t("routine.validation.unanswered"));
        }
    }
    c.finish().map(|()| answers)
}

/// A question as typed in the editor or sent to the API.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct QuestionInput {
    /// Empty for a new question: a code is made up.
    #[serde(default)]
    pub code: String,
    pub text: String,
    #[serde(default)]
    pub help: String,
}

/// A step as typed in the editor or sent to the API.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct StepInput {
    pub title: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub legal_ref: String,
    /// always, yes or no
    pub when: String,
    /// The question's code when `when` is yes or no.
    #[serde(default)]
    pub question: Option<String>,
    pub position: i64,
    /// called_112, police_report, ia_report, concern_report, contacted_coordinator or told_manager
    #[serde(default)]
    pub action: Option<String>,
}

/// A draft's whole content as typed in the editor or sent to the API.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct ContentInput {
    /// What changed in this version, for the version list.
    #[serde(default)]
    pub note: String,
    pub questions: Vec<QuestionInput>,
    pub steps: Vec<StepInput>,
}

/// The largest position a step may have.
pub const MAX_POSITION: i64 = 9999;

fn is_code(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 40
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

impl ContentInput {
    /// Checks every field; problems name the question or step by its number and the field.
    pub fn check(&self) -> Result<(String, Content), Error> {
        let cat = i18n::sv();
        let mut c = Checker::default();
        let note = c.check(cat.t("routine.field.note"), optional_text(&self.note, 500));
        let questions = self.check_questions(&mut c);
        let steps = self.check_steps(&mut c);
        c.finish()?;
        Ok((note.unwrap_or_default(), Content { questions, steps }))
    }

    /// Checks the questions; one without a code gets the first free `fraga-N`.
    fn check_questions(&self, c: &mut Checker) -> Vec<Question> {
        let cat = i18n::sv();
        let mut questions = Vec::new();
        let mut taken: BTreeSet<String> = self
            .questions
            .iter()
            .map(|q| q.code.trim().to_string())
            .filter(|code| !code.is_empty())
            .collect();
        for (i, q) in self.questions.iter().enumerate() {
            let n = (i + 1).to_string();
            let field = |key: &str| cat.f(key, &[("n", &n)]);
            let code = q.code.trim().to_string();
            let code = if code.is_empty() {
                let made = (1..)
                    .map(|k| format!("fraga-{k}"))
                    .find(|c| !taken.contains(c))
                    .unwrap_or_default();
                taken.insert(made.clone());
                made
            } else if !is_code(&code) {
                c.fail(
                    &field("routine.field.question_code"),
                    cat.t("routine.validation.code"),
                );
                code
            } else if questions.iter().any(|x: &Question| x.code == code) {
                c.fail(
                    &field("routine.field.question_code"),
                    cat.t("routine.validation.duplicate_code"),
                );
                code
            } else {
                code
            };
            let text = c.check(
                &field("routine.field.question_text"),
                required_text(&q.text, 300),
            );
            let help = c.check(
                &field("routine.field.question_help"),
                optional_text(&q.help, 1000),
            );
            if let (Some(text), Some(help)) = (text, help) {
                questions.push(Question { code, text, help });
            }
        }
        questions
    }

    /// Checks the steps, of which there must be one at least.
    fn check_steps(&self, c: &mut Checker) -> Vec<Step> {
        let cat = i18n::sv();
        if self.steps.is_empty() {
            c.fail(
                cat.t("routine.field.steps"),
                cat.t("routine.validation.no_steps"),
            );
        }
        self.steps
            .iter()
            .enumerate()
            .filter_map(|(i, s)| check_step(c, i, s, &self.questions))
            .collect()
    }
}

/// Checks the `i`th step (from 0) against the draft's questions; the step if it is right.
fn check_step(
    c: &mut Checker,
    i: usize,
    s: &StepInput,
    questions: &[QuestionInput],
) -> Option<Step> {
    let cat = i18n::sv();
    let n = (i + 1).to_string();
    let field = |key: &str| cat.f(key, &[("n", &n)]);
    let title = c.check(
        &field("routine.field.step_title"),
        required_text(&s.title, 200),
    );
    let text = c.check(
        &field("routine.field.step_text"),
        optional_text(&s.text, 2000),
    );
    let legal_ref = c.check(
        &field("routine.field.step_legal_ref"),
        optional_text(&s.legal_ref, 200),
    );
    let when = c.check(
        &field("routine.field.step_when"),
        When::parse(&s.when).ok_or(cat.t("routine.validation.when")),
    );
    let question = match (when, s.question.as_deref().map(str::trim)) {
        (Some(When::Always), _) | (None, _) => Some(None),
        (Some(_), None | Some("")) => {
            c.fail(
                &field("routine.field.step_when"),
                cat.t("routine.validation.when_question"),
            );
            None
        }
        (Some(_), Some(code)) => {
            if questions.iter().any(|q| q.code.trim() == code) {
                Some(Some(code.to_string()))
            } else {
                c.fail(
                    &field("routine.field.step_when"),
                    cat.f("routine.validation.unknown_question", &[("code", code)]),
                );
                None
            }
        }
    };
    let position = c.check(
        &field("routine.field.step_position"),
        if (1..=MAX_POSITION).contains(&s.position) {
            Ok(s.position)
        } else {
            Err(cat.f(
                "routine.validation.position",
                &[("max", &MAX_POSITION.to_string())],
            ))
        },
    );
    let action = match s.action.as_deref().map(str::trim) {
        None | Some("") => Some(None),
        Some(code) => c
            .check(
                &field("routine.field.step_action"),
                Action::parse(code)
                    .ok_or_else(|| cat.f("routine.validation.action", &[("code", code)])),
            )
            .map(Some),
    };
    let (
        Some(title),
        Some(text),
        Some(legal_ref),
        Some(when),
        Some(question),
        Some(position),
        Some(action),
    ) = (title, text, legal_ref, when, question, position, action)
    else {
        return None;
    };
    Some(Step {
        title,
        text,
        legal_ref,
        when,
        question,
        position,
        action,
    })
}

impl Content {
    /// The content as input again (for copying into the editor).
    pub fn to_input(&self, note: &str) -> ContentInput {
        ContentInput {
            note: note.to_string(),
            questions: self
                .questions
                .iter()
                .map(|q| QuestionInput {
                    code: q.code.clone(),
                    text: q.text.clone(),
                    help: q.help.clone(),
                })
                .collect(),
            steps: self
                .steps
                .iter()
                .map(|s| StepInput {
                    title: s.title.clone(),
                    text: s.text.clone(),
                    legal_ref: s.legal_ref.clone(),
                    when: s.when.as_str().to_string(),
                    question: s.question.clone(),
                    position: s.position,
                    action: s.action.map(|a| a.as_str().to_string()),
                })
                .collect(),
        }
    }

    /// The question with this code.
    pub fn question(&self, code: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.code == code)
    }
}

fn q(code: &str, text: &str, help: &str) -> Question {
    Question {
        code: code.into(),
        text: text.into(),
        help: help.into(),
    }
}

fn step(
    position: i64,
    when: When,
    question: Option<&str>,
    action: Option<Action>,
    legal_ref: &str,
    title: &str,
    text: &str,
) -> Step {
    Step {
        title: title.into(),
        text: text.into(),
        legal_ref: legal_ref.into(),
        when,
        question: question.map(Into::into),
        position,
        action,
    }
}

/// The routine's first published version: DOMAIN.md §5 in our own words. The central
/// coordinator adapts it in new versions; this is only where a new installation starts.
pub fn first_version() -> Content {
    use Action::*;
    use When::{Always, No, Yes};
    Content {
        questions: vec![
            q("fara", "Är någon i akut fara just nu – till liv, hälsa eller egendom?",
              "Till exempel ett hot om våld som kan genomföras snart, eller skadegörelse som pågår."),
            q("brott", "Misstänker du att ett brott har begåtts eller är på väg att begås?",
              "Räkna också med förberedelse, försök och stämpling, till exempel planer på ett våldsdåd."),
            q("under18", "Gäller oron någon som är yngre än 18 år?",
              "Välj Vet inte om du inte känner till personens ålder."),
            q("arbete", "Har det hänt något i arbetet – ett hot, en skada eller ett tillbud?",
              "Det gäller händelser som drabbar dig eller dina kolleger i tjänsten."),
            q("lamna", "Vill någon lämna en kriminell eller våldsbejakande extremistisk miljö?",
              "Det kan vara personen själv som säger det, eller en anhörig."),
            q("atervandare", "Gäller det någon som har kommit tillbaka från ett konfliktområde?",
              "Till exempel en vuxen eller ett barn som har vistats i krigsområden i Syrien eller Irak."),
            q("dela", "Behöver du lämna uppgifter om en person till en annan myndighet?",
              "Till exempel polisen, skolan eller en annan förvaltning i staden."),
        ],
        steps: vec![
            step(10, Yes, Some("fara"), Some(Called112), "24 kap. 4 § brottsbalken",
                 "Ring 112 direkt",
                 "Vänta inte med något annat. När det finns fara för liv, hälsa eller egendom gäller nöd, och då står sekretessen inte i vägen för ett larm."),
            step(20, Yes, Some("brott"), Some(PoliceReport), "brottsbalken 23 kap., OSL",
                 "Överväg en polisanmälan",
                 "Även förberedelse, försök och stämpling kan vara brott. Förvaltningens delegationsordning anger vem som beslutar om anmälan – ta det med din chef. Kontrollera först att sekretessen inte hindrar att uppgifterna lämnas ut."),
            step(30, Yes, Some("under18"), Some(ConcernReport), "14 kap. 1 § SoL",
                 "Gör en orosanmälan till socialtjänsten med en gång",
                 "Den som arbetar i kommunen är skyldig att genast anmäla till socialtjänsten när det finns oro för ett barn. Orosanmälan ersätter inte blanketten i Värn; gör båda."),
            step(40, No, Some("under18"), None, "OSL",
                 "Överväg en anmälan till socialtjänsten",
                 "När oron gäller en vuxen kan du anmäla till socialtjänsten om sekretessen inte hindrar det. Fråga samordnaren om du är osäker."),
            step(50, Yes, Some("arbete"), Some(IaReport), "",
                 "Rapportera händelsen i IA",
                 "Hot, skador och tillbud i arbetet rapporteras i stadens system för arbetsmiljö och incidenter (IA), så att arbetsgivaren kan följa upp dem."),
            step(60, Always, None, Some(ToldManager), "",
                 "Berätta för din närmaste chef",
                 "Chefen behöver känna till det som hänt för att kunna stötta dig och fatta de beslut som behövs."),
            step(70, Always, None, None, "",
                 "Fyll i blanketten för avidentifierad information",
                 "Beskriv vad du sett eller hört utan namn, personnummer, adresser eller annat som kan peka ut någon. Blanketten går till samordnaren på din förvaltning och blir en del av den lokala lägesbilden."),
            step(80, Always, None, Some(ContactedCoordinator), "",
                 "Kontakta samordnaren på din förvaltning",
                 "Samordnaren ger råd, hjälper till med bedömningen och tar vid behov kontakt med polisen eller socialtjänsten. Kontaktuppgifterna står nedan."),
            step(90, Yes, Some("lamna"), None, "",
                 "Se till att personen får en första kontakt inom 24 timmar",
                 "Den som vill lämna en kriminell livsstil eller en våldsbejakande miljö ska få kontakt med staden inom ett dygn. Kontakta socialtjänsten eller stadens avhopparverksamhet direkt och säg till samordnaren att tiden räknas."),
            step(100, Yes, Some("atervandare"), None, "",
                 "Kontakta socialförvaltningens VBE-team",
                 "Personer som har återvänt från konfliktområden tas om hand av socialförvaltningens VBE-team i samråd med polisen. Samordnaren hjälper dig att få kontakt."),
            step(110, Yes, Some("dela"), None, "12 kap. 2 § OSL, 10 kap. OSL",
                 "Fråga om samtycke innan du delar uppgifter",
                 "Uppgifter om en enskild får lämnas till en annan myndighet bara om personen samtycker eller om en lag tillåter det. Be om samtycke och anteckna svaret; fråga samordnaren om du är osäker."),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn titles(content: &Content, a: &Answers) -> Vec<String> {
        checklist(content, a)
            .iter()
            .map(|s| s.title.clone())
            .collect()
    }

    fn all_no(content: &Content) -> Answers {
        content
            .questions
            .iter()
            .map(|q| (q.code.clone(), Answer::No))
            .collect()
    }

    #[test]
    fn the_first_version_is_valid_input() {
        let content = first_version();
        let (_, checked) = content.to_input("").check().expect("valid");
        assert_eq!(checked, content);
    }

    #[test]
    fn danger_comes_first_and_calls_112() {
        let content = first_version();
        let mut a = all_no(&content);
        a.insert("fara".into(), Answer::Yes);
        let list = checklist(&content, &a);
        assert_eq!(list[0].title, "Ring 112 direkt");
        assert_eq!(list[0].action, Some(Action::Called112));
    }

    #[test]
    fn all_no_gives_the_always_steps_and_the_adult_report() {
        let content = first_version();
        let t = titles(&content, &all_no(&content));
        assert_eq!(
            t,
            vec![
                "Överväg en anmälan till socialtjänsten",
                "Berätta för din närmaste chef",
                "Fyll i blanketten för avidentifierad information",
                "Kontakta samordnaren på din förvaltning",
            ]
        );
    }

    #[test]
    fn a_child_and_a_crime_lead_to_both_reports_and_the_law() {
        let content = first_version();
        let mut a = all_no(&content);
        a.insert("brott".into(), Answer::Yes);
        a.insert("under18".into(), Answer::Yes);
        let list = checklist(&content, &a);
        let concern = list
            .iter()
            .find(|s| s.action == Some(Action::ConcernReport))
            .expect("concern report");
        assert_eq!(concern.legal_ref, "14 kap. 1 § SoL");
        assert!(list.iter().any(|s| s.action == Some(Action::PoliceReport)));
        assert!(!list
            .iter()
            .any(|s| s.title == "Överväg en anmälan till socialtjänsten"));
        assert_eq!(
            form_link(&form_actions(&list)),
            "/blankett/ny?gjort=police_report,concern_report,told_manager,contacted_coordinator"
        );
    }

    #[test]
    fn dont_know_shows_what_may_apply_either_way() {
        let content = first_version();
        let mut a = all_no(&content);
        a.insert("under18".into(), Answer::Unknown);
        let t = titles(&content, &a);
        assert!(t.contains(&"Gör en orosanmälan till socialtjänsten med en gång".to_string()));
        assert!(t.contains(&"Överväg en anmälan till socialtjänsten".to_string()));
    }

    #[test]
    fn answers_are_read_and_checked_in_swedish() {
        let content = first_version();
        let all: Vec<(String, String)> = content
            .questions
            .iter()
            .map(|q| (q.code.clone(), "nej".to_string()))
            .collect();
        let read = read_answers(&content, all.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .expect("all answered");
        assert_eq!(read.len(), content.questions.len());
        let err = read_answers(&content, [("fara", "kanske"), ("okand", "ja")])
            .expect_err("invalid answers");
        let Error::Invalid(problems) = err else {
            panic!("invalid expected")
        };
        assert!(problems.iter().any(|p| p.field == "okand"));
        assert!(problems
            .iter()
            .any(|p| p.field == content.questions[0].text && p.message.contains("Ja")));
        assert!(problems
            .iter()
            .any(|p| p.field == content.questions[1].text));
    }

    #[test]
    fn bad_steps_are_named_by_number_and_field() {
        let mut input = first_version().to_input("");
        input.steps[1].title = "  ".into();
        input.steps[2].question = Some("finns-inte".into());
        input.steps[3].action = Some("ringde_mamma".into());
        input.steps[4].position = 0;
        input.steps[5].when = "ibland".into();
        let Err(Error::Invalid(problems)) = input.check() else {
            panic!("invalid expected")
        };
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            vec![
                "Steg 2: rubrik",
                "Steg 3: visas när",
                "Steg 4: åtgärd i blanketten",
                "Steg 5: ordning",
                "Steg 6: visas när",
            ]
        );
        assert!(problems[1].message.contains("finns-inte"));
        assert!(problems[2].message.contains("ringde_mamma"));
    }

    #[test]
    fn new_questions_get_a_free_code_and_codes_must_be_unique() {
        let mut input = first_version().to_input("");
        input.questions.push(QuestionInput {
            code: String::new(),
            text: "Finns det vapen?".into(),
            help: String::new(),
        });
        let (_, content) = input.check().expect("valid");
        assert_eq!(
            content.questions.last().map(|q| q.code.as_str()),
            Some("fraga-1")
        );
        input.questions[1].code = "fara".into();
        assert!(input.check().is_err());
    }

    fn arb_content() -> impl Strategy<Value = (Content, Vec<Answer>)> {
        let when = prop_oneof![Just(When::Always), Just(When::Yes), Just(When::No)];
        let steps = prop::collection::vec((when, 0usize..4, 1i64..20), 0..15);
        let answers = prop::collection::vec(
            prop_oneof![Just(Answer::Yes), Just(Answer::No), Just(Answer::Unknown)],
            4,
        );
        (steps, answers).prop_map(|(steps, answers)| {
            let questions = (0..4).map(|i| q(&format!("q{i}"), "Fråga?", "")).collect();
            let steps = steps
                .into_iter()
                .enumerate()
                .map(|(i, (when, qi, position))| Step {
                    title: format!("Steg {i}"),
                    text: String::new(),
                    legal_ref: String::new(),
                    when,
                    question: (when != When::Always).then(|| format!("q{qi}")),
                    position,
                    action: None,
                })
                .collect();
            (Content { questions, steps }, answers)
        })
    }

    fn check_list(content: &Content, a: &Answers) -> Result<(), TestCaseError> {
        let list = checklist_indices(content, a);
        let unique: BTreeSet<usize> = list.iter().copied().collect();
        prop_assert_eq!(unique.len(), list.len(), "no step twice");
        for pair in list.windows(2) {
            let (x, y) = (&content.steps[pair[0]], &content.steps[pair[1]]);
            prop_assert!((x.position, pair[0]) < (y.position, pair[1]), "in order");
        }
        let always: Vec<usize> = (0..content.steps.len())
            .filter(|&i| content.steps[i].when == When::Always)
            .collect();
        let kept: Vec<usize> = list
            .iter()
            .copied()
            .filter(|&i| content.steps[i].when == When::Always)
            .collect();
        let mut expected = always.clone();
        expected.sort_by_key(|&i| (content.steps[i].position, i));
        prop_assert_eq!(kept, expected, "every always step, in order");
        for &i in &list {
            let s = &content.steps[i];
            if let Some(code) = &s.question {
                let answer = *a.get(code).unwrap_or(&Answer::Unknown);
                prop_assert!(s.when.matches(answer));
            }
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn every_answer_combination_keeps_the_always_steps_in_order(
            (content, given) in arb_content()
        ) {
            let a: Answers = given
                .iter()
                .enumerate()
                .map(|(i, ans)| (format!("q{i}"), *ans))
                .collect();
            check_list(&content, &a)?;
        }

        #[test]
        fn the_first_version_holds_for_every_answer_combination(
            given in prop::collection::vec(
                prop_oneof![Just(Answer::Yes), Just(Answer::No), Just(Answer::Unknown)], 7)
        ) {
            let content = first_version();
            let a: Answers = content
                .questions
                .iter()
                .zip(given)
                .map(|(q, ans)| (q.code.clone(), ans))
                .collect();
            check_list(&content, &a)?;
            let list = checklist(&content, &a);
            let actions = form_actions(&list);
            prop_assert!(actions.contains(&Action::ToldManager));
            prop_assert!(actions.contains(&Action::ContactedCoordinator));
        }
    }
}
