//! The services of alarm chains: who may see and keep which chain (the central coordinator
//! the city-wide ones, coordinators their administration's), checking input with Swedish
//! problems naming the field and the step, every free text through the PII guard,
//! activation (step 1 notified at once), acknowledgement (signed in, or through a step's
//! personal link without an account), notes and closing, never on a closed event; and
//! every read of an event's free text audited.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use varn_house::kernel::ids::AdministrationId;

use crate::domain::{self, AlarmChainId, AlarmEventId, AlarmsStep, AlarmsStepInput};
use crate::store::{
    self, AlarmsChain, AlarmsChainVersion, AlarmsEntry, AlarmsEvent, AlarmsNotification, NewEvent,
    NewStep,
};
use crate::{clock, perm, Record};
use varn_house::audit::{Action, Actor, Entry};
use varn_house::auth::{Principal, Role};
use varn_house::i18n;
use varn_house::kernel::check::{optional_text, required_text, Checker};
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::text::Guarded;
use varn_house::web::AppState;

/// The longest description, note or summary accepted, in characters.
pub const MAX_TEXT: usize = 2000;

pub fn field(key: &str) -> String {
    i18n::sv().t(&format!("alarms.field.{key}")).to_string()
}

/// Free text of at most `max` characters past the guard, or a problem of the field (its
/// Swedish name) naming what was found, never the text.
fn guarded(
    state: &AppState,
    c: &mut Checker,
    name: &str,
    text: &str,
    max: usize,
    required: bool,
) -> Option<Guarded> {
    let checked = if required {
        required_text(text, max)
    } else {
        optional_text(text, max)
    };
    let text = c.check(name, checked)?;
    match Guarded::check(&state.pii.get(), name, &text) {
        Ok(g) => Some(g),
        Err(flags) => {
            let mut found: Vec<&str> = flags.iter().map(|f| f.explanation.as_str()).collect();
            found.dedup();
            c.fail(
                name,
                i18n::sv().f("alarms.identifying", &[("found", &found.join(" "))]),
            );
            None
        }
    }
}

/// True when `p` may see chain `c` (and start it).
pub fn may_see(p: &Principal, c: &AlarmsChain) -> bool {
    match c.administration_id {
        None => p.has_any(perm::VIEW),
        Some(a) => p.covers(perm::VIEW, a),
    }
}

/// True when `p` keeps chain `c`: the central coordinator the city-wide ones, the
/// coordinators (and the central coordinator) an administration's.
pub fn may_keep(p: &Principal, administration: Option<AdministrationId>) -> bool {
    match administration {
        None => p.has(Role::CentralCoordinator),
        Some(a) => p.covers(perm::KEEP, a),
    }
}

/// The chains `p` may see: the city-wide ones and those of their administrations.
pub async fn chains(state: &AppState, p: &Principal) -> Result<Vec<AlarmsChain>> {
    if !p.has_any(perm::VIEW) {
        return Ok(vec![]);
    }
    store::chains(&state.db, &p.scope(perm::VIEW)).await
}

/// A chain with its current steps and its versions.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AlarmsChainDetail {
    pub chain: AlarmsChain,
    pub steps: Vec<AlarmsStep>,
    pub versions: Vec<AlarmsChainVersion>,
}

/// One chain `p` may see (else not found, as a missing one); the read of its contact
/// cards is audited.
pub async fn chain(state: &AppState, p: &Principal, id: AlarmChainId) -> Result<AlarmsChainDetail> {
    let chain = store::chain(&state.db, id).await?;
    if !may_see(p, &chain) {
        return Err(Error::NotFound);
    }
    varn_house::audit::record_now(
        &state.db,
        &Actor::of(p),
        Entry::new(Action::Read, Record::Chain, id).admin(
            chain
                .administration_id
                .map(AdministrationId::get)
                .map(AdministrationId::new),
        ),
    )
    .await
    .map_err(Error::Internal)?;
    let steps = store::steps(&state.db, chain.version_id).await?;
    let versions = store::versions(&state.db, id).await?;
    Ok(AlarmsChainDetail {
        chain,
        steps,
        versions,
    })
}

/// A chain as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct AlarmsChainInput {
    /// The administration whose chain it is; left out: a city-wide chain (the central
    /// coordinator's). Ignored when a chain gets a new version.
    pub administration_id: Option<AdministrationId>,
    #[serde(default)]
    pub name: String,
    /// The steps in order; rows left wholly blank are skipped.
    #[serde(default)]
    pub steps: Vec<AlarmsStepInput>,
}

fn checked_chain(
    state: &AppState,
    c: &mut Checker,
    input: &AlarmsChainInput,
) -> (Option<Guarded>, Vec<NewStep>) {
    let name = guarded(state, c, &field("name"), &input.name, 200, true);
    let rows: Vec<AlarmsStepInput> = input
        .steps
        .iter()
        .filter(|s| !s.is_blank())
        .cloned()
        .collect();
    let steps = domain::check_steps(c, &rows);
    let mut out = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let contact = guarded(
            state,
            c,
            &domain::step_field(i + 1, "contact"),
            &row.contact,
            500,
            false,
        );
        if let (Some(contact), Some(step)) =
            (contact, steps.iter().find(|s| s.position == (i + 1) as i64))
        {
            out.push(NewStep {
                step: step.clone(),
                contact,
            });
        }
    }
    (name, out)
}

/// Creates a chain with its first version.
pub async fn create_chain(
    state: &AppState,
    p: &Principal,
    input: &AlarmsChainInput,
) -> Result<AlarmChainId> {
    let cat = i18n::sv();
    let mut c = Checker::default();
    let admin = match input.administration_id {
        None => None,
        Some(id) => match varn_org::get_administration(&state.db, id).await {
            Ok(a) => Some(a.id),
            Err(Error::NotFound) => {
                c.fail(
                    &field("administration"),
                    cat.t("alarms.unknown_administration"),
                );
                None
            }
            Err(e) => return Err(e),
        },
    };
    if (input.administration_id.is_none() || admin.is_some()) && !may_keep(p, admin) {
        let key = if admin.is_none() {
            "alarms.city_chain_central_only"
        } else {
            "alarms.not_your_administration"
        };
        c.fail(&field("administration"), cat.t(key));
    }
    let (name, steps) = checked_chain(state, &mut c, input);
    c.finish()?;
    let Some(name) = name else {
        return Err(Error::Invalid(vec![]));
    };
    store::create_chain(&state.db, &Actor::of(p), admin, name.as_str(), &steps).await
}

/// A new version of a chain; returns its number.
pub async fn revise_chain(
    state: &AppState,
    p: &Principal,
    id: AlarmChainId,
    input: &AlarmsChainInput,
) -> Result<i64> {
    let chain = store::chain(&state.db, id).await?;
    if !may_see(p, &chain) {
        return Err(Error::NotFound);
    }
    if !may_keep(p, chain.administration_id) {
        return Err(Error::Forbidden);
    }
    let mut c = Checker::default();
    let (name, steps) = checked_chain(state, &mut c, input);
    c.finish()?;
    let Some(name) = name else {
        return Err(Error::Invalid(vec![]));
    };
    store::revise_chain(&state.db, &Actor::of(p), &chain, name.as_str(), &steps).await
}

/// The events of the administrations `p` reaches, open ones first.
pub async fn events(state: &AppState, p: &Principal) -> Result<Vec<AlarmsEvent>> {
    store::events(&state.db, &p.scope(perm::VIEW), false).await
}

/// An event with the steps of its version, their notifications and its timeline.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AlarmsEventDetail {
    pub event: AlarmsEvent,
    pub steps: Vec<AlarmsStep>,
    pub notifications: Vec<AlarmsNotification>,
    pub timeline: Vec<AlarmsEntry>,
}

async fn detail(state: &AppState, event: AlarmsEvent) -> Result<AlarmsEventDetail> {
    let steps = store::steps(&state.db, event.version_id).await?;
    let notifications = store::notifications(&state.db, event.id).await?;
    let timeline = store::timeline(&state.db, event.id).await?;
    Ok(AlarmsEventDetail {
        event,
        steps,
        notifications,
        timeline,
    })
}

/// An event; the access rule has already checked that `p` reaches its administration.
/// The read of its free text is audited (`action`: a read, or an export).
pub async fn event(
    state: &AppState,
    p: &Principal,
    id: AlarmEventId,
    action: Action,
) -> Result<AlarmsEventDetail> {
    let e = store::event(&state.db, id).await?;
    varn_house::audit::record_now(
        &state.db,
        &Actor::of(p),
        Entry::new(action, Record::Event, id).admin(Some(e.administration_id)),
    )
    .await
    .map_err(Error::Internal)?;
    detail(state, e).await
}

/// An activation as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct AlarmsActivateInput {
    pub chain_id: Option<AlarmChainId>,
    /// The administration concerned: needed for a city-wide chain; an administration's
    /// chain is always its own.
    pub administration_id: Option<AdministrationId>,
    /// What happened, briefly, without names.
    #[serde(default)]
    pub description: String,
}

/// Starts a chain for an event and notifies step 1 at once (the tick does it again if
/// the e-mail cannot go now).
pub async fn activate(
    state: &AppState,
    p: &Principal,
    input: &AlarmsActivateInput,
    now: NaiveDateTime,
) -> Result<AlarmEventId> {
    let cat = i18n::sv();
    let mut c = Checker::default();
    let chain = match input.chain_id {
        Some(id) => match store::chain(&state.db, id).await {
            Ok(chain) if may_see(p, &chain) => Some(chain),
            Ok(_) | Err(Error::NotFound) => None,
            Err(e) => return Err(e),
        },
        None => None,
    };
    if chain.is_none() {
        c.fail(&field("chain"), cat.t("alarms.choose_chain"));
    }
    let admin = match chain.as_ref().and_then(|c| c.administration_id) {
        Some(a) => Some(a),
        None => match input.administration_id {
            Some(id) => varn_org::get_administration(&state.db, id)
                .await
                .ok()
                .map(|a| a.id),
            None => None,
        },
    };
    let admin = match admin {
        Some(a) if p.covers(perm::ACT, a) => Some(a),
        Some(_) => {
            c.fail(
                &field("administration"),
                cat.t("alarms.not_your_administration"),
            );
            None
        }
        None => {
            if chain.is_some() {
                c.fail(
                    &field("administration"),
                    cat.t("alarms.unknown_administration"),
                );
            }
            None
        }
    };
    let description = guarded(
        state,
        &mut c,
        &field("description"),
        &input.description,
        500,
        true,
    );
    c.finish()?;
    let (Some(chain), Some(administration_id), Some(description)) = (chain, admin, description)
    else {
        return Err(Error::Invalid(vec![]));
    };
    let id = store::activate(
        &state.db,
        &Actor::of(p),
        &NewEvent {
            administration_id,
            chain_id: chain.id,
            version_id: chain.version_id,
            description,
            started_at: domain::stored(now),
        },
    )
    .await?;
    let mailer = varn_house::mail::Mailer::from_config(&state.config).map_err(Error::Internal)?;
    if let Err(e) = clock::start(
        &state.db,
        mailer.as_ref(),
        &state.config.public_url,
        id,
        now,
    )
    .await
    {
        // The event is stored; the tick notifies step 1 when this could not.
        tracing::warn!(event = id.get(), error = %format!("{e:#}"), "step 1 not notified at once");
    }
    Ok(id)
}

fn closed(key: &str) -> Error {
    Error::invalid(field(key), i18n::sv().t("alarms.closed"))
}

/// A text as a form or the API gives it (a note, an acknowledgement's note, a summary).
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct AlarmsTextInput {
    #[serde(default)]
    pub text: String,
}

/// Acknowledges an event as the signed-in `p`, with an optional note.
pub async fn acknowledge(
    state: &AppState,
    p: &Principal,
    id: AlarmEventId,
    input: &AlarmsTextInput,
    now: NaiveDateTime,
) -> Result<()> {
    let e = store::event(&state.db, id).await?;
    if e.closed_at.is_some() {
        return Err(closed("acknowledgement"));
    }
    let mut c = Checker::default();
    let note = guarded(
        state,
        &mut c,
        &field("ack_note"),
        &input.text,
        MAX_TEXT,
        false,
    );
    c.finish()?;
    let Some(note) = note else {
        return Err(Error::Invalid(vec![]));
    };
    let actor = Actor::of(p);
    if store::acknowledge(
        &state.db,
        &actor,
        &actor.label,
        &e,
        None,
        &note,
        &domain::stored(now),
    )
    .await?
    {
        Ok(())
    } else {
        Err(closed("acknowledgement"))
    }
}

/// Adds a note to an open event's timeline.
pub async fn note(
    state: &AppState,
    p: &Principal,
    id: AlarmEventId,
    input: &AlarmsTextInput,
    now: NaiveDateTime,
) -> Result<()> {
    let e = store::event(&state.db, id).await?;
    if e.closed_at.is_some() {
        return Err(closed("note"));
    }
    let mut c = Checker::default();
    let text = guarded(state, &mut c, &field("note"), &input.text, MAX_TEXT, true);
    c.finish()?;
    let Some(text) = text else {
        return Err(Error::Invalid(vec![]));
    };
    if store::note(&state.db, &Actor::of(p), &e, &text, &domain::stored(now)).await? {
        Ok(())
    } else {
        Err(closed("note"))
    }
}

/// Closes an event with its summary.
pub async fn close(
    state: &AppState,
    p: &Principal,
    id: AlarmEventId,
    input: &AlarmsTextInput,
    now: NaiveDateTime,
) -> Result<()> {
    let e = store::event(&state.db, id).await?;
    if e.closed_at.is_some() {
        return Err(closed("summary"));
    }
    let mut c = Checker::default();
    let summary = guarded(
        state,
        &mut c,
        &field("summary"),
        &input.text,
        MAX_TEXT,
        true,
    );
    c.finish()?;
    let Some(summary) = summary else {
        return Err(Error::Invalid(vec![]));
    };
    if store::close(&state.db, &Actor::of(p), &e, &summary, &domain::stored(now)).await? {
        Ok(())
    } else {
        Err(closed("summary"))
    }
}

/// What a personal link opens: the event and the step it was sent to.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AlarmsLinkView {
    pub event: AlarmsEvent,
    pub step: AlarmsStep,
    /// True when someone has acknowledged already (another may still do so).
    pub acknowledged: bool,
}

fn link_actor(step: &AlarmsStep) -> Actor {
    Actor::system(&i18n::sv().f(
        "alarms.link_actor",
        &[
            ("role", step.role.label()),
            ("n", &step.position.to_string()),
        ],
    ))
}

/// The event and step of a personal link, counting failed guesses per client. A link
/// that never existed answers as not found; one of a closed event says so, naming the
/// acknowledgement.
pub async fn link(state: &AppState, token: &str, client: &str) -> Result<AlarmsLinkView> {
    let cat = i18n::sv();
    if !state.limiter.client_allowed("alarms", client).await {
        return Err(Error::Conflict(cat.t("alarms.too_many").into()));
    }
    let hash = varn_house::auth::session::hash_token(token);
    let Some(n) = store::by_token(&state.db, &hash).await? else {
        state.limiter.client_failed("alarms", client).await;
        return Err(Error::NotFound);
    };
    let event = store::event(&state.db, n.event_id).await?;
    let step = store::steps(&state.db, event.version_id)
        .await?
        .into_iter()
        .find(|s| s.position == n.position)
        .ok_or(Error::NotFound)?;
    if event.closed_at.is_some() {
        return Err(closed("acknowledgement"));
    }
    Ok(AlarmsLinkView {
        acknowledged: event.acknowledged_at.is_some(),
        event,
        step,
    })
}

/// Opens a personal link: its read of the description is audited.
pub async fn read_link(state: &AppState, token: &str, client: &str) -> Result<AlarmsLinkView> {
    let view = link(state, token, client).await?;
    varn_house::audit::record_now(
        &state.db,
        &link_actor(&view.step),
        Entry::new(Action::Read, Record::Event, view.event.id)
            .admin(Some(view.event.administration_id)),
    )
    .await
    .map_err(Error::Internal)?;
    Ok(view)
}

/// Acknowledges through a personal link, without an account, with an optional note.
pub async fn acknowledge_by_link(
    state: &AppState,
    token: &str,
    client: &str,
    input: &AlarmsTextInput,
    now: NaiveDateTime,
) -> Result<AlarmsLinkView> {
    let view = link(state, token, client).await?;
    let mut c = Checker::default();
    let note = guarded(
        state,
        &mut c,
        &field("ack_note"),
        &input.text,
        MAX_TEXT,
        false,
    );
    c.finish()?;
    let Some(note) = note else {
        return Err(Error::Invalid(vec![]));
    };
    let actor = link_actor(&view.step);
    if store::acknowledge(
        &state.db,
        &actor,
        &actor.label,
        &view.event,
        Some(view.step.position),
        &note,
        &domain::stored(now),
    )
    .await?
    {
        Ok(view)
    } else {
        Err(closed("acknowledgement"))
    }
}
