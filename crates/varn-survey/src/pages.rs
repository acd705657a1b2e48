//! The coordinator's pages: the rounds, the city's template, opening a round with its
//! recipients, the round with its live response rates, local questions, reminders,
//! closing, the results compared with the previous round, and the answers as CSV.

use crate::domain::SurveyRoundId;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use varn_house::kernel::ids::{AdministrationId, DepartmentId, UnitId};

use crate::domain::SurveyQuestionKind;
use crate::results::{self, SurveyFigures, SurveyResults};
use crate::service;
use crate::stats;
use crate::store::{
    self, SurveyIssuedLink, SurveyQuestionInput, SurveyRates, SurveyRound, SurveyRoundInput,
    SurveyTemplate,
};
use crate::{perm, Record};
use varn_house::audit::{self, Action, Actor, Entry};
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::web::error::PageError;
use varn_house::web::AppState;
use varn_house::web::{
    download, notice, render_status, see_other, FormFields, NoticeQuery, Path, Query, Shell,
};

#[derive(Template)]
#[template(path = "survey/index.html")]
struct IndexPage {
    i: &'static Catalog,
    shell: Shell,
    rounds: Vec<SurveyRound>,
    administrations: Vec<(AdministrationId, String)>,
}

/// `GET /enkat`: the rounds in scope, and where to open a new one.
pub async fn index(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let rounds = store::list_rounds(&state.db, &p.scope(perm::VIEW)).await?;
    let run = p.scope(perm::RUN);
    let administrations = if run.is_empty() {
        vec![]
    } else {
        varn_org::list_administrations(&state.db, &run)
            .await?
            .into_iter()
            .map(|a| (a.id, a.name))
            .collect()
    };
    Ok(render_status(
        StatusCode::OK,
        &IndexPage {
            i: cat,
            shell: Shell::new(Some(&p), cat.t("survey.title"), "/enkat"),
            rounds,
            administrations,
        },
    ))
}

#[derive(Template)]
#[template(path = "survey/template.html")]
struct TemplatePage {
    i: &'static Catalog,
    shell: Shell,
    template: SurveyTemplate,
    can_edit: bool,
    kinds: Vec<(&'static str, &'static str)>,
    problems: Vec<String>,
}

async fn template_page(
    state: &AppState,
    p: &Principal,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let mut conn = state.db.pool().acquire().await?;
    let template = store::current_template(&mut conn).await?;
    Ok(render_status(
        status,
        &TemplatePage {
            i: cat,
            shell: Shell::new(Some(p), cat.t("survey.template_title"), "/enkat")
                .with_notice(notice(done)),
            template,
            can_edit: p.has_any(perm::TEMPLATE),
            kinds: SurveyQuestionKind::ALL
                .iter()
                .map(|k| (k.as_str(), k.label()))
                .collect(),
            problems,
        },
    ))
}

/// `GET /enkat/mall`: the city's questions (the central coordinator edits them).
pub async fn template(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    template_page(&state, &p, StatusCode::OK, q.klart.as_deref(), vec![]).await
}

/// `POST /enkat/mall`: publishes a new version with the texts as edited and a new question.
pub async fn publish_template(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    form: FormFields,
) -> Result<Response, PageError> {
    let keys = form.all("key");
    let texts = form.all("text");
    let mut input = store::SurveyTemplateInput::default();
    for (k, t) in keys.iter().zip(texts.iter()) {
        input.texts.insert(k.clone(), t.clone());
    }
    if !form.get("new_text").trim().is_empty() {
        let q = FormFields(vec![
            ("text".into(), form.get("new_text").into()),
            ("kind".into(), form.get("new_kind").into()),
            ("options".into(), form.get("new_options").into()),
            ("required".into(), form.get("new_required").into()),
        ]);
        match question_from(&q) {
            Ok(q) => input.add.push(q),
            Err(e) => {
                return template_page(
                    &state,
                    &p,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    None,
                    e.sentences(),
                )
                .await
            }
        }
    }
    let result = service::publish_template(&state.db, &Actor::of(&p), &input)
        .await
        .map(|_| ());
    match result {
        Ok(()) => Ok(see_other("/enkat/mall?klart=sparat")),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            template_page(
                &state,
                &p,
                varn_house::web::error::page_status(&e),
                None,
                e.sentences(),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "survey/new.html")]
struct NewPage {
    i: &'static Catalog,
    shell: Shell,
    administration: varn_org::Administration,
    own: Vec<(DepartmentId, String, bool)>,
    specialist: Vec<(DepartmentId, String, bool)>,
    /// The form's key, so that sending it twice opens one round.
    once: String,
    form: FormFields,
    /// Units from an imported list: (id, name).
    units: Vec<(String, String)>,
    problems: Vec<String>,
}

impl NewPage {
    fn checked(&self, id: &DepartmentId) -> bool {
        self.form
            .all("department")
            .iter()
            .any(|d| d == &id.to_string())
    }
}

async fn new_page(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    status: StatusCode,
    form: FormFields,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let mut conn = state.db.pool().acquire().await?;
    let (own, specialist) = store::askable_departments(&mut conn, admin)
        .await?
        .into_iter()
        .partition(|d| d.2);
    drop(conn);
    let mut units = Vec::new();
    for id in form.all("unit") {
        if let Ok(unit) = id.parse::<UnitId>() {
            // The organisation's own reading; a unit that is not there has no name.
            let name = match varn_org::get_unit(&state.db, unit).await {
                Ok(unit) => unit.name,
                Err(Error::NotFound) => String::new(),
                Err(e) => return Err(e.into()),
            };
            units.push((id.clone(), name));
        }
    }
    Ok(render_status(
        status,
        &NewPage {
            i: cat,
            shell: Shell::new(Some(p), cat.t("survey.new_title"), "/enkat"),
            administration: varn_org::get_administration(&state.db, admin).await?,
            own,
            specialist,
            once: form_key(&form),
            form,
            units,
            problems,
        },
    ))
}

/// `GET /enkat/forvaltningar/{admin}/ny`
pub async fn new_round(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
) -> Result<Response, PageError> {
    let year = chrono::Utc::now().format("%Y").to_string();
    let closes = (chrono::Utc::now() + chrono::Duration::days(28))
        .format("%Y-%m-%d")
        .to_string();
    let form = FormFields(vec![
        ("period".into(), year),
        ("closes_on".into(), closes),
        ("title".into(), i18n::sv().t("survey.default_title").into()),
    ]);
    new_page(&state, &p, admin, StatusCode::OK, form, vec![]).await
}

/// `POST /enkat/forvaltningar/{admin}/mottagare`: a sheet of recipients fills in the form.
pub async fn import_recipients(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    upload: varn_house::web::Upload,
) -> Result<Response, PageError> {
    let year = chrono::Utc::now().format("%Y").to_string();
    let closes = (chrono::Utc::now() + chrono::Duration::days(28))
        .format("%Y-%m-%d")
        .to_string();
    let mut form = FormFields(vec![
        ("period".into(), year),
        ("closes_on".into(), closes),
        ("title".into(), i18n::sv().t("survey.default_title").into()),
    ]);
    let result = async {
        let bytes = varn_house::web::uploaded_file(upload).await?;
        crate::recipients::from_upload(&state, admin, bytes).await
    }
    .await;
    match result {
        Ok(list) => {
            for id in &list.unit_ids {
                form.0.push(("unit".into(), id.to_string()));
            }
            form.0
                .push(("partners".into(), list.partner_emails.join("\n")));
            new_page(&state, &p, admin, StatusCode::OK, form, vec![]).await
        }
        Err(e @ Error::Invalid(_)) => {
            new_page(
                &state,
                &p,
                admin,
                StatusCode::UNPROCESSABLE_ENTITY,
                form,
                e.sentences(),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// Opens a round, then sends the links that have an address; returns the round and the
/// links left for the coordinator to pass on.
/// What opening a round came to: opened (with the links mailed and those left to pass
/// on), or already opened by the same form before (a reloaded page sends it again).
pub enum Opened {
    Now(Box<SurveyRound>, usize, Vec<SurveyIssuedLink>),
    Before(SurveyRoundId),
}

/// The key a new-round form carries so that sending it twice opens one round: the one it
/// came with when it is a plausible key, or a new one.
fn form_key(form: &FormFields) -> String {
    let key = form.get("once");
    if (20..=64).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        key.to_string()
    } else {
        varn_house::auth::session::random_token()
    }
}

pub async fn open_and_send(
    state: &AppState,
    actor: &Actor,
    admin: AdministrationId,
    input: &SurveyRoundInput,
    once: Option<&str>,
) -> Result<Opened, Error> {
    let (id, links) = match service::open_round(&state.db, actor, admin, input, once).await? {
        service::OpenedRound::Now(id, links) => (id, links),
        service::OpenedRound::Before(round) => return Ok(Opened::Before(round)),
    };
    let mut conn = state.db.pool().acquire().await?;
    let round = store::get_round(&mut conn, id).await?;
    drop(conn);
    let mailer = varn_house::mail::Mailer::from_config(&state.config)?;
    let (sent, left) = crate::mail::send_links(
        &state.db,
        mailer.as_ref(),
        &state.config.public_url,
        &round,
        links,
    )
    .await?;
    Ok(Opened::Now(Box::new(round), sent, left))
}

/// `POST /enkat/forvaltningar/{admin}/ny`
pub async fn create_round(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let mut problems = vec![];
    let departments: Vec<DepartmentId> = form
        .all("department")
        .iter()
        .filter_map(|d| match d.parse() {
            Ok(v) => Some(v),
            Err(_) => {
                problems.push(i18n::sv().t("survey.bad_department").to_string());
                None
            }
        })
        .collect();
    let input = SurveyRoundInput {
        title: form.get("title").into(),
        period: form.get("period").into(),
        closes_on: form.get("closes_on").into(),
        reminder_days: vec![form.get("reminder_days").into()],
        department_ids: departments,
        unit_ids: form
            .all("unit")
            .iter()
            .filter_map(|u| u.parse().ok())
            .collect(),
        partner_emails: form.get("partners").lines().map(String::from).collect(),
    };
    if !problems.is_empty() {
        return new_page(
            &state,
            &p,
            admin,
            StatusCode::UNPROCESSABLE_ENTITY,
            form,
            problems,
        )
        .await;
    }
    let once = form_key(&form);
    match open_and_send(&state, &Actor::of(&p), admin, &input, Some(&once)).await {
        Ok(Opened::Before(round)) => Ok(see_other(&format!(
            "/enkat/omgangar/{round}?klart=redan-oppnad"
        ))),
        Ok(Opened::Now(round, sent, left)) => {
            round_page(
                &state,
                &p,
                round.id,
                StatusCode::CREATED,
                Some(sent),
                left,
                vec![],
            )
            .await
        }
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            new_page(
                &state,
                &p,
                admin,
                varn_house::web::error::page_status(&e),
                form,
                e.sentences(),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// One link shown to the coordinator once, to pass on.
pub struct ShownLink {
    pub label: String,
    pub kind: &'static str,
    pub url: String,
}

#[derive(Template)]
#[template(path = "survey/round.html")]
struct RoundPage {
    i: &'static Catalog,
    shell: Shell,
    round: SurveyRound,
    rates: SurveyRates,
    questions: Vec<crate::domain::SurveyQuestion>,
    kinds: Vec<(&'static str, &'static str)>,
    can_run: bool,
    mailer: bool,
    links: Vec<ShownLink>,
    problems: Vec<String>,
}

#[allow(clippy::too_many_arguments)]
async fn round_page(
    state: &AppState,
    p: &Principal,
    id: SurveyRoundId,
    status: StatusCode,
    sent: Option<usize>,
    links: Vec<SurveyIssuedLink>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    round_page_with(state, p, id, status, None, sent, links, problems).await
}

#[allow(clippy::too_many_arguments)]
async fn round_page_with(
    state: &AppState,
    p: &Principal,
    id: SurveyRoundId,
    status: StatusCode,
    done: Option<&str>,
    sent: Option<usize>,
    links: Vec<SurveyIssuedLink>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let mut conn = state.db.pool().acquire().await?;
    let round = store::get_round(&mut conn, id).await?;
    let mut rates = store::rates(&mut conn, id).await?;
    if !p.covers(perm::EXACT, round.administration_id) {
        results::suppress_rates(&mut rates);
    }
    let questions = store::questions(&mut conn, id).await?;
    let notice = match (sent, done) {
        (Some(n), _) => Some(cat.f("survey.opened_notice", &[("count", &n.to_string())])),
        (None, Some(code)) => notice(Some(code)).or_else(|| match code {
            "paminnelse" => Some(cat.t("survey.reminded_notice").to_string()),
            "redan-oppnad" => Some(cat.t("survey.already_opened_notice").to_string()),
            _ => None,
        }),
        _ => None,
    };
    let page = RoundPage {
        i: cat,
        shell: Shell::new(Some(p), round.title.clone(), "/enkat").with_notice(notice),
        can_run: p.covers(perm::RUN, round.administration_id),
        mailer: !state.config.smtp_url.expose().trim().is_empty(),
        links: links
            .into_iter()
            .map(|l| ShownLink {
                label: l.label,
                kind: l.kind.label(),
                url: crate::mail::link_url(&state.config.public_url, &l.token),
            })
            .collect(),
        kinds: SurveyQuestionKind::ALL
            .iter()
            .map(|k| (k.as_str(), k.label()))
            .collect(),
        round,
        rates,
        questions,
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /enkat/omgangar/{round}`: the round and its response rates, live.
pub async fn show(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<SurveyRoundId>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    round_page_with(
        &state,
        &p,
        id,
        StatusCode::OK,
        q.klart.as_deref(),
        None,
        vec![],
        vec![],
    )
    .await
}

/// `POST /enkat/omgangar/{round}/stang`: closes the round (again: nothing changes).
pub async fn close(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<SurveyRoundId>,
) -> Result<Response, PageError> {
    service::close_round(&state.db, &Actor::of(&p), id).await?;
    Ok(see_other(&format!("/enkat/omgangar/{id}?klart=avslutat")))
}

/// `POST /enkat/omgangar/{round}/paminn`: reminds those who have not answered, now.
pub async fn remind(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<SurveyRoundId>,
) -> Result<Response, PageError> {
    let Some(mailer) = varn_house::mail::Mailer::from_config(&state.config).map_err(Error::from)?
    else {
        return round_page(
            &state,
            &p,
            id,
            StatusCode::CONFLICT,
            None,
            vec![],
            vec![i18n::sv().t("survey.no_mailer").into()],
        )
        .await;
    };
    crate::mail::remind(
        &state.db,
        &mailer,
        &state.config.public_url,
        &Actor::of(&p),
        id,
        &varn_house::db::today(),
    )
    .await?;
    Ok(see_other(&format!("/enkat/omgangar/{id}?klart=paminnelse")))
}

/// The local question of a form.
pub fn question_from(form: &FormFields) -> Result<SurveyQuestionInput, Error> {
    let cat = i18n::sv();
    let kind = SurveyQuestionKind::parse(form.get("kind"))
        .ok_or_else(|| Error::invalid(cat.t("survey.field.kind"), cat.t("survey.bad_kind")))?;
    Ok(SurveyQuestionInput {
        text: form.get("text").into(),
        kind,
        options: form.get("options").lines().map(String::from).collect(),
        required: form.get("required") == "1",
    })
}

/// `POST /enkat/omgangar/{round}/fragor`: adds a local question.
pub async fn add_question(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<SurveyRoundId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let result = async {
        let input = question_from(&form)?;
        service::add_question(&state.db, &Actor::of(&p), id, &input).await
    }
    .await;
    match result {
        Ok(()) => Ok(see_other(&format!("/enkat/omgangar/{id}?klart=sparat"))),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            round_page(
                &state,
                &p,
                id,
                varn_house::web::error::page_status(&e),
                None,
                vec![],
                e.sentences(),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// A line of a result as the page shows it.
pub struct Line {
    pub label: String,
    pub count: String,
    pub share: String,
    pub before: String,
}

/// One question's result as the page shows it.
pub struct QuestionView {
    pub number: usize,
    pub text: String,
    pub answered: String,
    pub mean: String,
    pub median: String,
    pub mean_before: String,
    pub lines: Vec<Line>,
    pub groups: Vec<(String, String, String, String)>,
    pub texts: Vec<String>,
    /// The round's answers are purged: its free-text answers are gone.
    pub texts_purged: bool,
    pub is_text: bool,
    pub has_before: bool,
}

fn shown(hidden: bool, n: usize) -> String {
    if hidden {
        "–".into()
    } else {
        n.to_string()
    }
}

fn share(hidden: bool, x: f64) -> String {
    if hidden {
        "–".into()
    } else {
        stats::percent(x)
    }
}

fn mean_of(f: &SurveyFigures) -> String {
    f.summary
        .as_ref()
        .and_then(|s| s.mean)
        .map(|m| stats::decimal(m, 2))
        .unwrap_or_else(|| "–".into())
}

fn median_of(f: &SurveyFigures) -> String {
    f.summary
        .as_ref()
        .and_then(|s| s.median)
        .map(|m| {
            if m.fract() == 0.0 {
                format!("{m:.0}")
            } else {
                stats::decimal(m, 1)
            }
        })
        .unwrap_or_else(|| "–".into())
}

/// The results as the page shows them.
pub fn views(r: &SurveyResults, free_text: bool) -> Vec<QuestionView> {
    r.questions
        .iter()
        .map(|q| {
            let lines = match (&q.figures.summary, q.question.kind) {
                (Some(s), SurveyQuestionKind::Scale) => s
                    .distribution
                    .iter()
                    .map(|d| Line {
                        label: d.value.to_string(),
                        count: shown(d.hidden, d.count),
                        share: share(d.hidden, d.share),
                        before: q
                            .previous
                            .as_ref()
                            .and_then(|p| p.summary.as_ref())
                            .and_then(|s| s.distribution.iter().find(|x| x.value == d.value))
                            .map(|x| share(x.hidden, x.share))
                            .unwrap_or_default(),
                    })
                    .collect(),
                _ => q
                    .figures
                    .options
                    .iter()
                    .map(|o| Line {
                        label: q
                            .question
                            .options
                            .get(o.value as usize)
                            .cloned()
                            .unwrap_or_default(),
                        count: shown(o.hidden, o.count),
                        share: share(o.hidden, o.share),
                        before: q
                            .previous
                            .as_ref()
                            .and_then(|p| p.options.get(o.value as usize))
                            .map(|x| share(x.hidden, x.share))
                            .unwrap_or_default(),
                    })
                    .collect(),
            };
            let groups = q
                .by_kind
                .iter()
                .chain(q.by_department.iter())
                .map(|g| {
                    (
                        g.label.clone(),
                        shown(g.figures.hidden, g.figures.answered),
                        mean_of(&g.figures),
                        median_of(&g.figures),
                    )
                })
                .collect();
            QuestionView {
                number: q.number,
                text: q.question.text.clone(),
                answered: shown(q.figures.hidden, q.figures.answered),
                mean: mean_of(&q.figures),
                median: median_of(&q.figures),
                mean_before: q.previous.as_ref().map(mean_of).unwrap_or_default(),
                lines,
                groups,
                texts: if free_text { q.texts.clone() } else { vec![] },
                texts_purged: r.answers_purged,
                is_text: q.question.kind == SurveyQuestionKind::Text,
                has_before: q.previous.is_some(),
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "survey/results.html")]
struct ResultsPage {
    i: &'static Catalog,
    shell: Shell,
    results: SurveyResults,
    questions: Vec<QuestionView>,
    free_text: bool,
}

impl ResultsPage {
    fn has_summary(&self, q: &QuestionView) -> bool {
        q.mean != "–" || q.median != "–"
    }
}

/// `GET /enkat/omgangar/{round}/resultat`: the results, compared with the previous round.
/// Reading the free-text answers is logged.
pub async fn results(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<SurveyRoundId>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let (r, free_text) = results::for_reader(&state.db, &p, id, true).await?;
    Ok(render_status(
        StatusCode::OK,
        &ResultsPage {
            i: cat,
            shell: Shell::new(Some(&p), cat.t("survey.results_title"), "/enkat"),
            questions: views(&r, free_text),
            results: r,
            free_text,
        },
    ))
}

/// The results as a Word or PDF file for `p` (suppressed outside the administration; free
/// text only when chosen, and only for its coordinators), for the page and the API alike.
pub async fn results_file(
    state: &AppState,
    p: &Principal,
    id: SurveyRoundId,
    with_texts: bool,
    pdf: bool,
) -> Result<Response, Error> {
    let (r, exact) = results::for_reader(&state.db, p, id, with_texts).await?;
    let (bytes, kind, ext) = if pdf {
        let bytes = state
            .work
            .run(move || crate::document::pdf(&r, exact))
            .await?;
        (bytes, varn_house::web::document::PDF, "pdf")
    } else {
        let bytes = state
            .work
            .run(move || crate::document::docx(&r, exact))
            .await??;
        (bytes, varn_house::web::document::DOCX, "docx")
    };
    Ok(download(bytes, kind, &format!("enkatresultat-{id}.{ext}")))
}

/// `GET /enkat/omgangar/{round}/resultat.docx[?fritext=1]`: the results as a Word file.
pub async fn results_docx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<SurveyRoundId>,
    Query(q): Query<CsvQuery>,
) -> Result<Response, PageError> {
    Ok(results_file(&state, &p, id, q.fritext.is_some(), false).await?)
}

/// `GET /enkat/omgangar/{round}/resultat.pdf[?fritext=1]`: the results as a PDF file.
pub async fn results_pdf(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<SurveyRoundId>,
    Query(q): Query<CsvQuery>,
) -> Result<Response, PageError> {
    Ok(results_file(&state, &p, id, q.fritext.is_some(), true).await?)
}

/// Query of the exports: free text only when chosen.
#[derive(Debug, serde::Deserialize, Default)]
pub struct CsvQuery {
    pub fritext: Option<String>,
}

/// `GET /enkat/omgangar/{round}/svar.csv`: one row per answer and question.
pub async fn csv(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<SurveyRoundId>,
    Query(q): Query<CsvQuery>,
) -> Result<Response, PageError> {
    let with_text = q.fritext.as_deref() == Some("1");
    let (header, rows) = answer_rows(&state, &Actor::of(&p), id, with_text).await?;
    let mut out = varn_house::export::Csv::new();
    out.row(header).map_err(Error::from)?;
    for r in rows {
        out.row(r).map_err(Error::from)?;
    }
    let bytes = out.finish().map_err(Error::from)?;
    Ok(download(bytes, "text/csv; charset=utf-8", "enkatsvar.csv"))
}

/// `GET /enkat/omgangar/{round}/svar.xlsx`: the same rows as a workbook.
pub async fn xlsx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<SurveyRoundId>,
    Query(q): Query<CsvQuery>,
) -> Result<Response, PageError> {
    let with_text = q.fritext.as_deref() == Some("1");
    let (header, rows) = answer_rows(&state, &Actor::of(&p), id, with_text).await?;
    let bytes = workbook(&header, &rows).map_err(Error::from)?;
    Ok(download(
        bytes,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "enkatsvar.xlsx",
    ))
}

fn workbook(header: &[String], rows: &[Vec<String>]) -> anyhow::Result<Vec<u8>> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let ws = wb.add_worksheet();
    ws.set_name(i18n::sv().t("survey.sheet"))?;
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, &bold)?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            // Strings only: nothing in an answer becomes a formula.
            ws.write_string(r as u32 + 1, c as u16, v)?;
        }
    }
    ws.autofit();
    Ok(wb.save_to_buffer()?)
}

/// The answers of a round as rows, one per answer and question (free text only when asked
/// for), the export logged.
pub async fn answer_rows(
    state: &AppState,
    actor: &Actor,
    id: SurveyRoundId,
    with_text: bool,
) -> Result<(Vec<String>, Vec<Vec<String>>), Error> {
    let cat = i18n::sv();
    let mut conn = state.db.pool().acquire().await?;
    let round = store::get_round(&mut conn, id).await?;
    let questions = store::questions(&mut conn, id).await?;
    if crate::retention::is_frozen(&mut conn, id).await? {
        return Err(Error::Conflict(cat.t("survey.answers_purged").into()));
    }
    let (rows, responses) = store::answers(&mut conn, id).await?;
    drop(conn);
    let header = [
        "survey.csv.answer",
        "survey.csv.kind",
        "survey.csv.department",
        "survey.csv.question",
        "survey.csv.text",
        "survey.csv.value",
    ]
    .iter()
    .map(|k| cat.t(k).to_string())
    .collect();
    let mut out = Vec::new();
    for (n, (response, kind, department)) in responses.iter().enumerate() {
        for (qi, question) in questions.iter().enumerate() {
            for a in rows
                .iter()
                .filter(|a| a.response == *response && a.question == question.id)
            {
                let value = match (question.kind, a.value, &a.text) {
                    (SurveyQuestionKind::Choice | SurveyQuestionKind::Multi, Some(v), _) => {
                        question
                            .options
                            .get(v as usize)
                            .cloned()
                            .unwrap_or_default()
                    }
                    (_, Some(v), _) => v.to_string(),
                    (_, None, Some(t)) if with_text => t.clone(),
                    _ => continue,
                };
                out.push(vec![
                    (n + 1).to_string(),
                    kind.label().to_string(),
                    department.clone().unwrap_or_default(),
                    (qi + 1).to_string(),
                    question.text.clone(),
                    value,
                ]);
            }
        }
    }
    audit::record_now(
        &state.db,
        actor,
        Entry::new(Action::Export, Record::Round, id)
            .admin(Some(round.administration_id))
            .summary(if with_text {
                cat.t("survey.audit_export_text")
            } else {
                cat.t("survey.audit_export")
            }),
    )
    .await?;
    Ok((header, out))
}
