//! The pages of alarm chains: the start page (open and closed events, the chains one may
//! start, the activation form), an event's page (its steps and their e-mail, the timeline
//! that refreshes itself while the event is open, acknowledging, notes, closing, printing
//! and the Word and PDF exports), and a chain's page with the form that makes its next
//! version (in `chain_pages`). The start page's work item lists open events.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use varn_house::kernel::ids::AdministrationId;

use crate::document::entry_text;
use crate::domain::{self, AlarmChainId, AlarmEventId};
use crate::service::{self, AlarmsActivateInput, AlarmsEventDetail, AlarmsTextInput};
use crate::store::AlarmsEvent;
use crate::{perm, store};
use varn_house::audit::Action;
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::kernel::time::swedish;
use varn_house::web::capability::{WorkFuture, WorkItem};
use varn_house::web::error::PageError;
use varn_house::web::{
    after_post, download, notice, render_status, AppState, Choice, FormFields, Path, Query, Shell,
};
use varn_org::Administration;

/// The query of pages that show a notice after a redirect.
#[derive(Debug, Default, serde::Deserialize)]
pub struct NoticeQuery {
    pub klart: Option<String>,
}

pub fn name_of(admins: &[Administration], id: Option<AdministrationId>) -> String {
    match id {
        None => i18n::sv().t("alarms.city_wide").to_string(),
        Some(id) => admins
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.clone())
            .unwrap_or_default(),
    }
}

pub async fn all_admins(state: &AppState) -> Result<Vec<Administration>, Error> {
    varn_org::list_administrations(&state.db, &varn_house::auth::Scope::All).await
}

fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// The notice after a redirect: this capability's own words for an acknowledgement and a
/// closing, the shared ones otherwise.
fn alarm_notice(code: Option<&str>) -> Option<String> {
    match code {
        Some("kvitterat") => Some(i18n::sv().t("alarms.notice_acknowledged").to_string()),
        Some("stangt") => Some(i18n::sv().t("alarms.notice_closed").to_string()),
        other => notice(other),
    }
}

/// An event's state in a few words.
pub fn status(e: &AlarmsEvent) -> String {
    let cat = i18n::sv();
    if let Some(at) = &e.closed_at {
        cat.f("alarms.status_closed", &[("at", &swedish(at))])
    } else if let Some(at) = &e.acknowledged_at {
        cat.f("alarms.status_acknowledged", &[("at", &swedish(at))])
    } else if e.exhausted_at.is_some() {
        cat.t("alarms.status_exhausted").to_string()
    } else {
        cat.t("alarms.status_waiting").to_string()
    }
}

/// An event as the lists show it.
pub struct EventLine {
    pub id: AlarmEventId,
    pub chain: String,
    pub administration: String,
    pub started: String,
    pub status: String,
    pub open: bool,
}

/// A chain as the list shows it.
pub struct ChainLine {
    pub id: AlarmChainId,
    pub name: String,
    pub scope: String,
    pub version: i64,
}

/// What was typed into the activation form, given back with its problems.
#[derive(Debug, Default)]
pub struct ActivateEcho {
    pub chain: String,
    pub administration: String,
    pub description: String,
}

#[derive(Template)]
#[template(path = "alarms/index.html")]
struct IndexPage {
    i: &'static Catalog,
    shell: Shell,
    can_act: bool,
    can_keep: bool,
    open: Vec<EventLine>,
    closed: Vec<EventLine>,
    chains: Vec<ChainLine>,
    chain_choices: Vec<Choice>,
    admin_choices: Vec<Choice>,
    problems: Vec<String>,
    form: ActivateEcho,
}

fn event_line(admins: &[Administration], e: &AlarmsEvent) -> EventLine {
    EventLine {
        id: e.id,
        chain: e.chain_name.clone(),
        administration: name_of(admins, Some(e.administration_id)),
        started: swedish(&e.started_at),
        status: status(e),
        open: e.closed_at.is_none(),
    }
}

async fn index_page(
    state: &AppState,
    p: &Principal,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
    form: ActivateEcho,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let admins = all_admins(state).await?;
    let events = service::events(state, p).await?;
    let chains = service::chains(state, p).await?;
    let (open, closed): (Vec<&AlarmsEvent>, Vec<&AlarmsEvent>) =
        events.iter().partition(|e| e.closed_at.is_none());
    let page = IndexPage {
        i: cat,
        shell: Shell::new(Some(p), cat.t("alarms.title"), "/larm").with_notice(notice(done)),
        can_act: p.has_any(perm::ACT),
        can_keep: p.has_any(perm::KEEP),
        open: open.iter().map(|e| event_line(&admins, e)).collect(),
        closed: closed
            .iter()
            .take(20)
            .map(|e| event_line(&admins, e))
            .collect(),
        chain_choices: chains
            .iter()
            .map(|c| Choice {
                value: c.id.to_string(),
                label: format!("{} ({})", c.name, name_of(&admins, c.administration_id)),
                selected: false,
            })
            .collect(),
        chains: chains
            .iter()
            .map(|c| ChainLine {
                id: c.id,
                name: c.name.clone(),
                scope: name_of(&admins, c.administration_id),
                version: c.version,
            })
            .collect(),
        admin_choices: admins
            .iter()
            .filter(|a| p.covers(perm::ACT, a.id))
            .map(|a| Choice {
                value: a.id.to_string(),
                label: a.name.clone(),
                selected: false,
            })
            .collect(),
        problems,
        form,
    };
    Ok(render_status(status, &page))
}

/// `GET /larm`
pub async fn index(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    index_page(
        &state,
        &p,
        StatusCode::OK,
        q.klart.as_deref(),
        vec![],
        ActivateEcho::default(),
    )
    .await
}

pub fn id_field<T: std::str::FromStr>(form: &FormFields, key: &str) -> Option<T> {
    form.get(key).trim().parse().ok()
}

/// `POST /larm/handelser`: a chain activated.
pub async fn activate(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = AlarmsActivateInput {
        chain_id: id_field(&form, "chain_id"),
        administration_id: id_field(&form, "administration_id"),
        description: form.get("description").into(),
    };
    match service::activate(&state, &p, &input, now()).await {
        Ok(id) => Ok(varn_house::web::see_other(&format!(
            "/larm/handelser/{id}?klart=skapat"
        ))),
        Err(e) => {
            let echo = ActivateEcho {
                chain: form.get("chain_id").into(),
                administration: form.get("administration_id").into(),
                description: form.get("description").into(),
            };
            after_post(Err::<(), _>(e), "", |status, problems| {
                index_page(&state, &p, status, None, problems, echo)
            })
            .await
        }
    }
}

/// A step of an event as its page shows it.
pub struct StepLine {
    pub position: i64,
    pub role: &'static str,
    pub email: String,
    pub phone: String,
    pub contact: String,
    pub wait: i64,
    /// "Inte nått", "Larmat …", with the e-mail's state.
    pub state: String,
    pub undelivered: bool,
}

/// A line of the timeline as the page shows it.
pub struct TimelineLine {
    pub at: String,
    pub iso: String,
    pub text: String,
    pub actor: String,
    pub warning: bool,
}

#[derive(Template)]
#[template(path = "alarms/event.html")]
struct EventPage {
    i: &'static Catalog,
    shell: Shell,
    e: AlarmsEvent,
    administration: String,
    status: String,
    started: String,
    steps: Vec<StepLine>,
    timeline: Vec<TimelineLine>,
    open: bool,
    can_act: bool,
    problems: Vec<String>,
}

/// The steps of an event with their notifications' state.
pub fn step_lines(d: &AlarmsEventDetail) -> Vec<StepLine> {
    let cat = i18n::sv();
    d.steps
        .iter()
        .map(|s| {
            let n = d.notifications.iter().find(|n| n.position == s.position);
            let (state, undelivered) = match n {
                None => (cat.t("alarms.step_not_reached").to_string(), false),
                Some(n) => match &n.delivered_at {
                    Some(at) => (cat.f("alarms.delivered_at", &[("at", &swedish(at))]), false),
                    None => (
                        cat.f(
                            "alarms.not_delivered_attempts",
                            &[("attempts", &n.attempts.to_string())],
                        ),
                        true,
                    ),
                },
            };
            StepLine {
                position: s.position,
                role: s.role.label(),
                email: s.email.clone(),
                phone: s.phone.clone(),
                contact: s.contact.clone(),
                wait: s.wait_minutes,
                state,
                undelivered,
            }
        })
        .collect()
}

/// An event's detail for people: who started, closed and wrote in the timeline by name
/// (issue 20 point 7), for the page and the Word and PDF files; the API keeps addresses.
async fn with_names(
    state: &AppState,
    mut d: AlarmsEventDetail,
) -> Result<AlarmsEventDetail, Error> {
    let names = varn_people::names(
        &state.db,
        std::iter::once(d.event.started_by.as_str())
            .chain(d.event.closed_by.as_deref())
            .chain(d.timeline.iter().map(|l| l.actor.as_str())),
    )
    .await?;
    d.event.started_by = names.of(&d.event.started_by);
    d.event.closed_by = d.event.closed_by.as_deref().map(|c| names.of(c));
    for l in &mut d.timeline {
        l.actor = names.of(&l.actor);
    }
    Ok(d)
}

async fn event_page(
    state: &AppState,
    p: &Principal,
    id: AlarmEventId,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let d = with_names(state, service::event(state, p, id, Action::Read).await?).await?;
    let admins = all_admins(state).await?;
    let page = EventPage {
        i: cat,
        shell: Shell::new(
            Some(p),
            cat.f(
                "alarms.event_title",
                &[
                    ("chain", &d.event.chain_name),
                    ("date", &swedish(&d.event.started_at)),
                ],
            ),
            "/larm",
        )
        .with_notice(alarm_notice(done)),
        administration: name_of(&admins, Some(d.event.administration_id)),
        status: self::status(&d.event),
        started: swedish(&d.event.started_at),
        steps: step_lines(&d),
        timeline: d
            .timeline
            .iter()
            .map(|l| TimelineLine {
                at: swedish(&l.at),
                iso: l.at.clone(),
                text: entry_text(l.kind, l.position, &l.body),
                actor: l.actor.clone(),
                warning: matches!(
                    l.kind,
                    domain::EntryKind::NotDelivered | domain::EntryKind::Exhausted
                ),
            })
            .collect(),
        open: d.event.closed_at.is_none(),
        can_act: p.covers(perm::ACT, d.event.administration_id),
        problems,
        e: d.event,
    };
    Ok(render_status(status, &page))
}

/// `GET /larm/handelser/{event}`
pub async fn event(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AlarmEventId>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    event_page(&state, &p, id, StatusCode::OK, q.klart.as_deref(), vec![]).await
}

fn text_of(form: &FormFields) -> AlarmsTextInput {
    AlarmsTextInput {
        text: form.get("text").into(),
    }
}

/// `POST /larm/handelser/{event}/kvittera`
pub async fn acknowledge(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AlarmEventId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let result = service::acknowledge(&state, &p, id, &text_of(&form), now()).await;
    after_post(
        result,
        &format!("/larm/handelser/{id}?klart=kvitterat"),
        |status, problems| event_page(&state, &p, id, status, None, problems),
    )
    .await
}

/// `POST /larm/handelser/{event}/anteckningar`
pub async fn note(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AlarmEventId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let result = service::note(&state, &p, id, &text_of(&form), now()).await;
    after_post(
        result,
        &format!("/larm/handelser/{id}?klart=sparat"),
        |status, problems| event_page(&state, &p, id, status, None, problems),
    )
    .await
}

/// `POST /larm/handelser/{event}/stang`
pub async fn close(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AlarmEventId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let result = service::close(&state, &p, id, &text_of(&form), now()).await;
    after_post(
        result,
        &format!("/larm/handelser/{id}?klart=stangt"),
        |status, problems| event_page(&state, &p, id, status, None, problems),
    )
    .await
}

/// The timeline as a Word or PDF file; the export is audited.
pub async fn file(
    state: &AppState,
    p: &Principal,
    id: AlarmEventId,
    format: &'static str,
) -> Result<Response, Error> {
    let d = with_names(state, service::event(state, p, id, Action::Export).await?).await?;
    let admins = all_admins(state).await?;
    let administration = name_of(&admins, Some(d.event.administration_id));
    let name = format!("larm-{id}-tidslinje");
    let (bytes, content_type) = state
        .work
        .try_run(move || -> Result<(Vec<u8>, &'static str), Error> {
            Ok(match format {
                "docx" => (
                    crate::document::docx(&d, &administration)?,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ),
                _ => (crate::document::pdf(&d, &administration), "application/pdf"),
            })
        })
        .await?;
    Ok(download(bytes, content_type, &format!("{name}.{format}")))
}

/// `GET /larm/handelser/{event}/tidslinje.docx`
pub async fn docx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AlarmEventId>,
) -> Result<Response, PageError> {
    Ok(file(&state, &p, id, "docx").await?)
}

/// `GET /larm/handelser/{event}/tidslinje.pdf`
pub async fn pdf(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AlarmEventId>,
) -> Result<Response, PageError> {
    Ok(file(&state, &p, id, "pdf").await?)
}

/// The open events of the administrations a person reaches, for their start page.
pub fn work<'a>(state: &'a AppState, p: &'a Principal) -> WorkFuture<'a> {
    Box::pin(async move {
        let scope = p.scope(perm::VIEW);
        if scope.is_empty() {
            return Ok(vec![]);
        }
        let cat = i18n::sv();
        Ok(store::events(&state.db, &scope, true)
            .await?
            .iter()
            .map(|e| WorkItem {
                text: cat.f(
                    "alarms.work_open",
                    &[("chain", &e.chain_name), ("status", &status(e))],
                ),
                href: format!("/larm/handelser/{}", e.id),
            })
            .collect())
    })
}
