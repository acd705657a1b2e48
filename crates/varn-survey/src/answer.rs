//! Answering through a personal link, without an account: the questions, half-done answers
//! saved and taken up again, the answer sent once. A link that expired, was used or never
//! existed gets one message that reveals nothing. Answers are not audited one by one: an
//! entry with a time per answer would undo the anonymity the survey promises.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use crate::domain::{self, Raw, SurveyQuestion, SurveyQuestionKind};
use crate::service::{self, Link, Live, Outcome};
use crate::store::SurveyRound;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::text::{segments, Flag, Segment};
use varn_house::web::error::PageError;
use varn_house::web::AppState;
use varn_house::web::{render_status, ClientAddr, FormFields, Path, Shell};

/// Finds the live link of a token, counting failed guesses per client. Every way a link
/// can fail gives the same conflict message.
pub async fn live(state: &AppState, token: &str, client: &str) -> Result<Live> {
    let cat = i18n::sv();
    if !state.limiter.client_allowed("survey", client).await {
        return Err(Error::Conflict(cat.t("survey.too_many").into()));
    }
    let dead = || Error::Conflict(cat.t("survey.link_dead").into());
    match service::link(&state.db, token).await? {
        Link::Live(live) => Ok(*live),
        Link::Dead => Err(dead()),
        Link::Unknown => {
            state.limiter.client_failed("survey", client).await;
            Err(dead())
        }
    }
}

/// One question as the form shows it.
pub struct QuestionView {
    pub q: SurveyQuestion,
    pub number: usize,
    pub field: String,
    pub values: Vec<String>,
    pub marked: Vec<Segment>,
    pub problem: bool,
}

impl QuestionView {
    pub fn is_scale(&self) -> bool {
        self.q.kind == SurveyQuestionKind::Scale
    }
    pub fn is_choice(&self) -> bool {
        self.q.kind == SurveyQuestionKind::Choice
    }
    pub fn is_multi(&self) -> bool {
        self.q.kind == SurveyQuestionKind::Multi
    }
    pub fn is_percent(&self) -> bool {
        self.q.kind == SurveyQuestionKind::Percent
    }
    pub fn chosen(&self, value: &usize) -> bool {
        self.values.iter().any(|v| v == &value.to_string())
    }
    pub fn scale_chosen(&self, value: &i64) -> bool {
        self.values.iter().any(|v| v == &value.to_string())
    }
    pub fn first(&self) -> &str {
        self.values.first().map(String::as_str).unwrap_or("")
    }
    pub fn text(&self) -> String {
        self.values.join("\n")
    }
}

#[derive(Template)]
#[template(path = "survey/answer.html")]
struct AnswerPage {
    i: &'static Catalog,
    shell: Shell,
    round: SurveyRound,
    kind: &'static str,
    action: String,
    questions: Vec<QuestionView>,
    scale: Vec<i64>,
    problems: Vec<String>,
    flags: Vec<Flag>,
}

#[derive(Template)]
#[template(path = "survey/thanks.html")]
struct ThanksPage {
    i: &'static Catalog,
    shell: Shell,
    round: SurveyRound,
}

fn dead_page(message: &str) -> Response {
    varn_house::web::error_page(
        StatusCode::GONE,
        i18n::sv().t("survey.link_dead_title"),
        message,
        vec![],
        None,
    )
}

fn page(
    live: &Live,
    token: &str,
    raw: &Raw,
    status: StatusCode,
    notice: Option<String>,
    problems: Vec<String>,
    flags: Vec<Flag>,
) -> Response {
    let cat = i18n::sv();
    let questions = live
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let name = q.name(i + 1);
            let values = raw.get(&q.id).cloned().unwrap_or_default();
            let text = values.join("\n");
            let mine: Vec<Flag> = flags.iter().filter(|f| f.field == name).cloned().collect();
            QuestionView {
                marked: if mine.is_empty() {
                    vec![]
                } else {
                    segments(&text, &name, &mine)
                },
                problem: problems.iter().any(|p| p.contains(&name)),
                field: q.field(),
                number: i + 1,
                values,
                q: q.clone(),
            }
        })
        .collect();
    let shell = Shell::new(None, live.round.title.clone(), "").with_notice(notice);
    render_status(
        status,
        &AnswerPage {
            i: cat,
            shell,
            round: live.round.clone(),
            kind: live.recipient.kind.label(),
            action: format!("/enkat/svar/{token}"),
            questions,
            scale: (domain::SCALE.0..=domain::SCALE.1).collect(),
            problems,
            flags,
        },
    )
}

/// The answers of a form: `q<id>` fields, several for a multiple choice.
pub fn raw_from(fields: &FormFields, questions: &[SurveyQuestion]) -> Raw {
    let mut raw = BTreeMap::new();
    for q in questions {
        let values = fields.all(&q.field());
        if !values.is_empty() {
            raw.insert(q.id, values);
        }
    }
    raw
}

/// `GET /enkat/svar/{token}`
pub async fn form(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    let live = match live(&state, &token, &client).await {
        Ok(l) => l,
        Err(Error::Conflict(m)) => return Ok(dead_page(&m)),
        Err(e) => return Err(e.into()),
    };
    let raw = domain::draft_from_json(&live.recipient.draft);
    let notice = (!raw.is_empty()).then(|| i18n::sv().t("survey.draft_restored").to_string());
    Ok(page(
        &live,
        &token,
        &raw,
        StatusCode::OK,
        notice,
        vec![],
        vec![],
    ))
}

/// `POST /enkat/svar/{token}`: `action=spara` keeps the answers, `action=skicka` sends them.
pub async fn send(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    Path(token): Path<String>,
    fields: FormFields,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let live = match live(&state, &token, &client).await {
        Ok(l) => l,
        Err(Error::Conflict(m)) => return Ok(dead_page(&m)),
        Err(e) => return Err(e.into()),
    };
    let raw = raw_from(&fields, &live.questions);
    let complete = fields.get("action") == "skicka";
    match service::answer(&state.db, &state.pii.get(), &live, &raw, complete).await {
        Ok(Outcome::Saved) => Ok(page(
            &live,
            &token,
            &raw,
            StatusCode::OK,
            Some(cat.t("survey.draft_saved").into()),
            vec![],
            vec![],
        )),
        Ok(Outcome::Sent) => Ok(render_status(
            StatusCode::OK,
            &ThanksPage {
                i: cat,
                shell: Shell::new(None, cat.t("survey.thanks_title"), ""),
                round: live.round.clone(),
            },
        )),
        Err((Error::Conflict(m), _)) => Ok(dead_page(&m)),
        Err((e @ Error::Invalid(_), flags)) => Ok(page(
            &live,
            &token,
            &raw,
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            e.sentences(),
            flags,
        )),
        Err((e, _)) => Err(e.into()),
    }
}
