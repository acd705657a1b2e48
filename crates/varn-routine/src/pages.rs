//! The routine pages: the guide (`/rutin`, a GET form that works without scripts and can be
//! bookmarked), the checklist it leads to (`/rutin/checklista`), and the central
//! coordinator's versions with the draft editor. Changes are audited in the store.

use askama::Template;
use axum::extract::{Path, Query, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;

use crate::domain::{
    read_answers, Action, Answer, Answers, ContentInput, QuestionInput, RoutineVersionId,
    StepInput, When,
};
use crate::service;
use crate::store::{self, Version, VersionInfo};
use crate::{evaluate, own_contacts};
use varn_house::audit::Actor;
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::web::error::PageError;
use varn_house::web::AppState;
use varn_house::web::{notice, render_status, see_other, FormFields, NoticeQuery, Shell};
use varn_org::ContactCard;

/// A radio button of a guide question.
#[derive(Debug, Clone)]
pub struct AnswerOption {
    pub value: &'static str,
    pub label: &'static str,
    pub checked: bool,
}

/// A guide question as the page shows it.
#[derive(Debug, Clone)]
pub struct QuestionView {
    pub code: String,
    pub text: String,
    pub help: String,
    pub options: Vec<AnswerOption>,
}

#[derive(Template)]
#[template(path = "routine/guide.html")]
struct GuidePage {
    i: &'static Catalog,
    shell: Shell,
    version: VersionInfo,
    questions: Vec<QuestionView>,
    problems: Vec<String>,
    can_see_versions: bool,
}

impl GuidePage {
    fn version_short(&self) -> String {
        self.i.f(
            "routine.version_short",
            &[("number", &self.version.number.to_string())],
        )
    }
}

fn query_pairs(raw: Option<&str>) -> Vec<(String, String)> {
    url::form_urlencoded::parse(raw.unwrap_or("").as_bytes())
        .into_owned()
        .collect()
}

fn guide_page(
    p: &Principal,
    version: &Version,
    given: &[(String, String)],
    problems: Vec<String>,
    status: StatusCode,
) -> Response {
    let cat = i18n::sv();
    let questions = version
        .content
        .questions
        .iter()
        .map(|q| {
            let chosen = given
                .iter()
                .find(|(k, _)| *k == q.code)
                .and_then(|(_, v)| Answer::parse(v));
            QuestionView {
                code: q.code.clone(),
                text: q.text.clone(),
                help: q.help.clone(),
                options: Answer::ALL
                    .iter()
                    .map(|a| AnswerOption {
                        value: a.query_value(),
                        label: a.label(),
                        checked: chosen == Some(*a),
                    })
                    .collect(),
            }
        })
        .collect();
    let page = GuidePage {
        i: cat,
        shell: Shell::new(Some(p), cat.t("routine.guide_title"), "/rutin"),
        version: version.info.clone(),
        questions,
        problems,
        can_see_versions: p.has_any(crate::perm::HISTORY),
    };
    render_status(status, &page)
}

/// `GET /rutin`: the questions; answers in the URL are shown as chosen.
pub async fn guide(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    RawQuery(raw): RawQuery,
) -> Result<Response, PageError> {
    let version = store::current(&state.db).await?;
    Ok(guide_page(
        &p,
        &version,
        &query_pairs(raw.as_deref()),
        vec![],
        StatusCode::OK,
    ))
}

/// A checklist step as the page shows it.
#[derive(Debug, Clone)]
pub struct StepView {
    pub title: String,
    pub text: String,
    pub legal_ref: String,
    pub action: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "routine/checklist.html")]
struct ChecklistPage {
    i: &'static Catalog,
    shell: Shell,
    version: VersionInfo,
    steps: Vec<StepView>,
    /// Each question with the answer given.
    answered: Vec<(String, &'static str)>,
    contacts: Vec<ContactCard>,
    form_link: String,
    /// The advised actions, each for the person to tick if it was done.
    actions: Vec<varn_house::web::Choice>,
    change_link: String,
}

impl ChecklistPage {
    fn version_line(&self) -> String {
        self.i.f(
            "routine.version_line",
            &[
                ("number", &self.version.number.to_string()),
                ("date", self.version.published_date()),
            ],
        )
    }
}

fn answers_query(answers: &Answers) -> String {
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    for (code, answer) in answers {
        out.append_pair(code, answer.query_value());
    }
    out.finish()
}

/// `GET /rutin/checklista?fara=ja&…`: the ordered checklist the answers lead to.
pub async fn checklist(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    RawQuery(raw): RawQuery,
) -> Result<Response, PageError> {
    let version = store::current(&state.db).await?;
    let given = query_pairs(raw.as_deref());
    let answers = match read_answers(
        &version.content,
        given.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    ) {
        Ok(a) => a,
        Err(Error::Invalid(problems)) => {
            let sentences = problems.iter().map(|p| p.sentence()).collect();
            return Ok(guide_page(
                &p,
                &version,
                &given,
                sentences,
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
        Err(e) => return Err(e.into()),
    };
    let evaluation = evaluate(&version, &answers);
    let cat = i18n::sv();
    let answered = version
        .content
        .questions
        .iter()
        .map(|q| {
            let a = answers.get(&q.code).copied().unwrap_or(Answer::Unknown);
            (q.text.clone(), a.label())
        })
        .collect();
    let page = ChecklistPage {
        i: cat,
        shell: Shell::new(Some(&p), cat.t("routine.checklist_title"), "/rutin"),
        steps: evaluation
            .steps
            .iter()
            .map(|s| StepView {
                title: s.title.clone(),
                text: s.text.clone(),
                legal_ref: s.legal_ref.clone(),
                action: s.action.map(Action::label),
            })
            .collect(),
        version: evaluation.version,
        answered,
        contacts: own_contacts(&state.db, &p).await?,
        form_link: evaluation.form_link,
        actions: evaluation
            .actions
            .iter()
            .map(|a| varn_house::web::Choice {
                value: a.as_str().into(),
                label: a.label().into(),
                selected: false,
            })
            .collect(),
        change_link: format!("/rutin?{}", answers_query(&answers)),
    };
    Ok(render_status(StatusCode::OK, &page))
}

fn page_notice(code: Option<&str>) -> Option<String> {
    match code {
        Some("publicerat") => Some(i18n::sv().t("routine.notice.published").to_string()),
        other => notice(other),
    }
}

#[derive(Template)]
#[template(path = "routine/versions.html")]
struct VersionsPage {
    i: &'static Catalog,
    shell: Shell,
    versions: Vec<VersionInfo>,
    can_edit: bool,
    draft: Option<RoutineVersionId>,
    problems: Vec<String>,
}

async fn versions_page(
    state: &AppState,
    p: &Principal,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let mut versions = store::list(&state.db).await?;
    // The list names who published (issue 20 point 7); the API keeps addresses.
    let mut emails: Vec<String> = Vec::new();
    for v in &versions {
        emails.extend(v.published_by.clone());
        emails.push(v.created_by.clone());
    }
    let names = varn_people::names(&state.db, emails.iter().map(String::as_str)).await?;
    for v in &mut versions {
        named(&names, v);
    }
    let page = VersionsPage {
        i: cat,
        shell: Shell::new(Some(p), cat.t("routine.versions_title"), "/rutin")
            .with_notice(page_notice(done)),
        draft: versions.iter().find(|v| v.is_draft()).map(|v| v.id),
        versions,
        can_edit: p.has_any(crate::perm::EDIT),
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /rutin/versioner`
pub async fn versions(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    versions_page(&state, &p, StatusCode::OK, q.klart.as_deref(), vec![]).await
}

/// `POST /rutin/versioner`: "Ny version", a draft copied from the current version.
pub async fn create_draft(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> Result<Response, PageError> {
    store::ensure_seeded(&state.db).await?;
    let result = service::create_draft(&state.db, &Actor::of(&p)).await;
    match result {
        Ok(id) => Ok(see_other(&format!("/rutin/versioner/{id}?klart=skapat"))),
        Err(Error::Conflict(message)) => {
            versions_page(&state, &p, StatusCode::CONFLICT, None, vec![message]).await
        }
        Err(e) => Err(e.into()),
    }
}

/// A choice in a `<select>`.
#[derive(Debug, Clone)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

/// A question row of the editor.
#[derive(Debug, Clone)]
pub struct QuestionRow {
    pub code: String,
    pub text: String,
    pub help: String,
}

/// A step row of the editor.
#[derive(Debug, Clone)]
pub struct StepRow {
    pub title: String,
    pub text: String,
    pub legal_ref: String,
    /// `always`, `yes:CODE` or `no:CODE`.
    pub when: String,
    pub position: String,
    pub action: String,
}

/// A step as the read-only view shows it.
#[derive(Debug, Clone)]
pub struct StepLine {
    pub position: i64,
    pub title: String,
    pub text: String,
    pub legal_ref: String,
    pub condition: String,
    pub action: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "routine/version.html")]
struct VersionPage {
    i: &'static Catalog,
    shell: Shell,
    version: VersionInfo,
    editable: bool,
    note: String,
    questions: Vec<QuestionRow>,
    steps: Vec<StepRow>,
    lines: Vec<StepLine>,
    conditions: Vec<Choice>,
    actions: Vec<Choice>,
    problems: Vec<String>,
}

impl VersionPage {
    fn heading(&self) -> String {
        self.i.f(
            "routine.version_heading",
            &[("number", &self.version.number.to_string())],
        )
    }
    fn published_line(&self) -> String {
        self.i.f(
            "routine.published_line",
            &[
                ("date", self.version.published_date()),
                ("by", self.version.published_by_or_empty()),
            ],
        )
    }
    fn created_line(&self) -> String {
        self.i.f(
            "routine.created_line",
            &[
                ("date", self.version.created_at.get(..10).unwrap_or("")),
                ("by", &self.version.created_by),
            ],
        )
    }
    fn new_step_position(&self) -> String {
        let max = self
            .steps
            .iter()
            .filter_map(|s| s.position.parse::<i64>().ok())
            .max()
            .unwrap_or(0);
        (max + 10).to_string()
    }
}

fn condition_label(input: &ContentInput, when: &str, question: Option<&str>) -> String {
    let cat = i18n::sv();
    let text = question
        .and_then(|c| input.questions.iter().find(|q| q.code == c))
        .map(|q| q.text.as_str())
        .or(question)
        .unwrap_or("");
    match When::parse(when) {
        Some(When::Yes) => cat.f("routine.condition.yes", &[("question", text)]),
        Some(When::No) => cat.f("routine.condition.no", &[("question", text)]),
        _ => cat.t("routine.condition.always").to_string(),
    }
}

/// A version's people by name for the pages (issue 20 point 7); the API keeps addresses.
fn named(names: &varn_people::Names, v: &mut VersionInfo) {
    v.published_by = v.published_by.as_deref().map(|b| names.of(b));
    v.created_by = names.of(&v.created_by);
}

async fn named_info(state: &AppState, mut v: VersionInfo) -> Result<VersionInfo, Error> {
    let mut emails: Vec<String> = v.published_by.clone().into_iter().collect();
    emails.push(v.created_by.clone());
    let names = varn_people::names(&state.db, emails.iter().map(String::as_str)).await?;
    named(&names, &mut v);
    Ok(v)
}

fn version_page(
    p: &Principal,
    info: VersionInfo,
    input: &ContentInput,
    problems: Vec<String>,
    status: StatusCode,
    done: Option<&str>,
) -> Response {
    let cat = i18n::sv();
    let editable = info.is_draft() && p.has_any(crate::perm::EDIT);
    let mut conditions = vec![Choice {
        value: "always".into(),
        label: cat.t("routine.condition.always").into(),
    }];
    for q in input.questions.iter().filter(|q| !q.code.is_empty()) {
        for when in ["yes", "no"] {
            conditions.push(Choice {
                value: format!("{when}:{}", q.code),
                label: condition_label(input, when, Some(&q.code)),
            });
        }
    }
    let mut actions = vec![Choice {
        value: String::new(),
        label: cat.t("routine.action.none").into(),
    }];
    actions.extend(Action::ALL.iter().map(|a| Choice {
        value: a.as_str().into(),
        label: a.label().into(),
    }));
    let mut lines: Vec<StepLine> = input
        .steps
        .iter()
        .map(|s| StepLine {
            position: s.position,
            title: s.title.clone(),
            text: s.text.clone(),
            legal_ref: s.legal_ref.clone(),
            condition: condition_label(input, &s.when, s.question.as_deref()),
            action: s
                .action
                .as_deref()
                .and_then(Action::parse)
                .map(Action::label),
        })
        .collect();
    lines.sort_by_key(|l| l.position);
    let page = VersionPage {
        i: cat,
        shell: Shell::new(Some(p), cat.t("routine.versions_title"), "/rutin")
            .with_notice(page_notice(done)),
        editable,
        note: input.note.clone(),
        questions: input
            .questions
            .iter()
            .map(|q| QuestionRow {
                code: q.code.clone(),
                text: q.text.clone(),
                help: q.help.clone(),
            })
            .collect(),
        steps: input
            .steps
            .iter()
            .map(|s| StepRow {
                title: s.title.clone(),
                text: s.text.clone(),
                legal_ref: s.legal_ref.clone(),
                when: match (s.when.as_str(), s.question.as_deref()) {
                    (w @ ("yes" | "no"), Some(code)) => format!("{w}:{code}"),
                    _ => "always".into(),
                },
                position: s.position.to_string(),
                action: s.action.clone().unwrap_or_default(),
            })
            .collect(),
        lines,
        conditions,
        actions,
        version: info,
        problems,
    };
    render_status(status, &page)
}

/// `GET /rutin/versioner/{version}`: a version; a draft is editable by the central coordinator.
pub async fn version(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<RoutineVersionId>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    let v = store::get(&state.db, id).await?;
    let input = v.content.to_input(&v.info.note);
    let info = named_info(&state, v.info).await?;
    Ok(version_page(
        &p,
        info,
        &input,
        vec![],
        StatusCode::OK,
        q.klart.as_deref(),
    ))
}

fn has(form: &FormFields, key: &str) -> bool {
    form.0.iter().any(|(k, _)| k == key)
}

/// Reads the editor's rows: `q{n}.text` … and `s{n}.title` …; ticked `.remove` rows and
/// empty new rows are left out.
fn read_editor(form: &FormFields) -> ContentInput {
    let mut input = ContentInput {
        note: form.get("note").to_string(),
        ..ContentInput::default()
    };
    let mut n = 0;
    while has(form, &format!("q{n}.text")) {
        let get = |f: &str| form.get(&format!("q{n}.{f}")).to_string();
        let blank = get("code").is_empty() && get("text").trim().is_empty();
        if get("remove").is_empty() && !blank {
            input.questions.push(QuestionInput {
                code: get("code"),
                text: get("text"),
                help: get("help"),
            });
        }
        n += 1;
    }
    let mut n = 0;
    while has(form, &format!("s{n}.title")) {
        let get = |f: &str| form.get(&format!("s{n}.{f}")).to_string();
        let blank = get("new") == "1"
            && get("title").trim().is_empty()
            && get("text").trim().is_empty()
            && get("legal_ref").trim().is_empty();
        if get("remove").is_empty() && !blank {
            let when = get("when");
            let (when, question) = match when.split_once(':') {
                Some((w, code)) => (w.to_string(), Some(code.to_string())),
                None => (when, None),
            };
            input.steps.push(StepInput {
                title: get("title"),
                text: get("text"),
                legal_ref: get("legal_ref"),
                when,
                question,
                position: get("position").trim().parse().unwrap_or(0),
                action: Some(get("action")),
            });
        }
        n += 1;
    }
    input
}

/// `POST /rutin/versioner/{version}`: saves the draft's questions and steps.
pub async fn update_draft(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<RoutineVersionId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = read_editor(&form);
    let result = async {
        let (note, content) = input.check()?;
        service::update_draft(&state.db, &Actor::of(&p), id, &note, &content).await
    }
    .await;
    let (status, problems) = match result {
        Ok(()) => return Ok(see_other(&format!("/rutin/versioner/{id}?klart=sparat"))),
        Err(Error::Invalid(problems)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            problems.iter().map(|p| p.sentence()).collect(),
        ),
        Err(Error::Conflict(message)) => (StatusCode::CONFLICT, vec![message]),
        Err(e) => return Err(e.into()),
    };
    let info = named_info(&state, store::get(&state.db, id).await?.info).await?;
    Ok(version_page(&p, info, &input, problems, status, None))
}

/// `POST /rutin/versioner/{version}/publicera`
pub async fn publish(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<RoutineVersionId>,
) -> Result<Response, PageError> {
    let result = service::publish(&state.db, &Actor::of(&p), id).await;
    match result {
        Ok(()) => Ok(see_other("/rutin/versioner?klart=publicerat")),
        Err(Error::Conflict(message)) => {
            versions_page(&state, &p, StatusCode::CONFLICT, None, vec![message]).await
        }
        Err(e) => Err(e.into()),
    }
}
