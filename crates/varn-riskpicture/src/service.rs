//! The services of the elevated risk picture: who may read an episode (anyone whose
//! reading scope reaches an administration it concerns; another administration's
//! coordinator learns nothing, as of a missing one), the declaration and the lifting by the
//! central coordinator, the measures of the administrations concerned, each input checked
//! with Swedish problems naming the field, every free text through the PII guard, and every
//! read of free text audited.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use varn_house::kernel::ids::AdministrationId;

use crate::domain::{
    self, LiftRefusal, MeasureKind, MeasureRefusal, RiskpictureEpisodeId, RiskpictureMeasureId,
};
use crate::store::{
    self, NewEpisode, NewMeasure, RiskpictureEpisode, RiskpictureMeasure, RiskpictureNotice,
};
use crate::{notify, perm, Record};
use varn_house::audit::{Action, Actor, Entry};
use varn_house::auth::Principal;
use varn_house::i18n;
use varn_house::kernel::check::{optional_text, required_text, Checker};
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::text::Guarded;
use varn_house::web::AppState;
use varn_org::Administration;

/// The longest reason or description accepted, in characters.
pub const MAX_TEXT: usize = 4000;
/// The longest "who" of a measure, in characters.
pub const MAX_RESPONSIBLE: usize = 200;
/// The most administrations one declaration may name.
pub const MAX_ADMINISTRATIONS: usize = 500;

pub fn field(key: &str) -> String {
    i18n::sv()
        .t(&format!("riskpicture.field.{key}"))
        .to_string()
}

/// Free text of at most `max` characters past the guard, or a problem of the field naming
/// what was found (never the text).
fn guarded(
    state: &AppState,
    c: &mut Checker,
    key: &str,
    text: &str,
    max: usize,
    required: bool,
) -> Option<Guarded> {
    let name = field(key);
    let checked = if required {
        required_text(text, max)
    } else {
        optional_text(text, max)
    };
    let text = c.check(&name, checked)?;
    match Guarded::check(&state.pii.get(), &name, &text) {
        Ok(g) => Some(g),
        Err(flags) => {
            let mut found: Vec<&str> = flags.iter().map(|f| f.explanation.as_str()).collect();
            found.dedup();
            c.fail(
                &name,
                i18n::sv().f("riskpicture.identifying", &[("found", &found.join(" "))]),
            );
            None
        }
    }
}

fn date(c: &mut Checker, key: &str, value: &str) -> Option<NaiveDate> {
    c.check(
        &field(key),
        domain::date(value).ok_or(i18n::sv().t("validation.date")),
    )
}

/// Today in Stockholm.
pub fn today() -> NaiveDate {
    varn_house::kernel::time::stockholm(chrono::Utc::now().naive_utc()).date()
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// True when `p` may read `e`: their reading scope reaches an administration it concerns.
pub fn may_read(p: &Principal, e: &RiskpictureEpisode) -> bool {
    let scope = p.scope(perm::VIEW);
    e.administration_ids.iter().any(|a| scope.contains(*a))
}

/// The episodes `p` may read, those in force first.
pub async fn list(state: &AppState, p: &Principal) -> Result<Vec<RiskpictureEpisode>> {
    store::episodes(&state.db, &p.scope(perm::VIEW)).await
}

/// How one administration concerned stands in an episode.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RiskpictureStanding {
    pub administration_id: AdministrationId,
    pub administration: String,
    /// The measures it has reported.
    pub measures: i64,
    /// When its coordinators were told of the declaration; `None`: not (yet) delivered.
    pub notified_at: Option<String>,
}

/// An episode with every administration's standing, the measures and the e-mail notices.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RiskpictureDetail {
    pub episode: RiskpictureEpisode,
    /// One per administration concerned, in the order of the organisation.
    pub standing: Vec<RiskpictureStanding>,
    /// The administrations concerned that have reported nothing yet.
    pub not_reported: Vec<String>,
    pub measures: Vec<RiskpictureMeasure>,
    pub notices: Vec<RiskpictureNotice>,
}

async fn all_admins(state: &AppState) -> Result<Vec<Administration>> {
    varn_org::list_administrations(&state.db, &varn_house::kernel::scope::Scope::All).await
}

/// The episode when `p` may read it (else not found, as a missing one), without an audit
/// entry: for checks before a change.
pub async fn visible(
    state: &AppState,
    p: &Principal,
    id: RiskpictureEpisodeId,
) -> Result<RiskpictureEpisode> {
    let e = store::episode(&state.db, id).await?;
    if may_read(p, &e) {
        Ok(e)
    } else {
        Err(Error::NotFound)
    }
}

/// An episode in full; the read of its free text is audited.
pub async fn read(
    state: &AppState,
    p: &Principal,
    id: RiskpictureEpisodeId,
) -> Result<RiskpictureDetail> {
    let episode = visible(state, p, id).await?;
    varn_house::audit::record_now(
        &state.db,
        &Actor::of(p),
        Entry::new(Action::Read, Record::Episode, id),
    )
    .await
    .map_err(Error::Internal)?;
    detail(state, episode).await
}

/// The episode's detail as the pages, the API and the document show it.
pub async fn detail(state: &AppState, episode: RiskpictureEpisode) -> Result<RiskpictureDetail> {
    let admins = all_admins(state).await?;
    let measures = store::measures(&state.db, episode.id).await?;
    let notices = store::notices(&state.db, episode.id).await?;
    let standing: Vec<RiskpictureStanding> = admins
        .iter()
        .map(|a| (a.id, a))
        .filter(|(id, _)| episode.concerns(*id))
        .map(|(id, a)| RiskpictureStanding {
            administration_id: id,
            administration: a.name.clone(),
            measures: measures
                .iter()
                .filter(|m| m.administration_id == id)
                .count() as i64,
            notified_at: notices
                .iter()
                .find(|n| n.administration_id == id && n.kind == domain::NoticeKind::Declared)
                .and_then(|n| n.delivered_at.clone()),
        })
        .collect();
    Ok(RiskpictureDetail {
        not_reported: standing
            .iter()
            .filter(|s| s.measures == 0)
            .map(|s| s.administration.clone())
            .collect(),
        standing,
        measures,
        notices,
        episode,
    })
}

/// A declaration as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RiskpictureDeclareInput {
    /// The whole city: every administration (the list is then not read).
    #[serde(default)]
    pub citywide: bool,
    /// The administrations of the area.
    #[serde(default)]
    pub administration_ids: Vec<AdministrationId>,
    /// `YYYY-MM-DD`
    pub declared_on: String,
    pub reason: String,
}

/// Sends the episode's undelivered notices now; what fails stays for the tick.
async fn notify_now(state: &AppState, episode: RiskpictureEpisodeId) {
    let mailer = match varn_house::mail::Mailer::from_config(&state.config) {
        Ok(m) => m,
        Err(e) => {
            tracing::warn!(error = %e, "no mailer for the risk picture's notices");
            return;
        }
    };
    let now = chrono::Utc::now().naive_utc();
    if let Err(e) = notify::run(
        &state.db,
        mailer.as_ref(),
        &state.config.public_url,
        Some(episode),
        now,
    )
    .await
    {
        tracing::warn!(error = %e, "the risk picture's notices wait for the next tick");
    }
}

/// Declares an elevated risk picture and tells the coordinators concerned.
pub async fn declare(
    state: &AppState,
    p: &Principal,
    input: &RiskpictureDeclareInput,
) -> Result<RiskpictureEpisodeId> {
    let cat = i18n::sv();
    let mut c = Checker::default();
    let admins = all_admins(state).await?;
    let administrations: Vec<AdministrationId> = if input.citywide {
        admins.iter().map(|a| a.id).collect()
    } else {
        let mut ids: Vec<AdministrationId> = Vec::new();
        if input.administration_ids.len() > MAX_ADMINISTRATIONS {
            c.fail(&field("area"), cat.t("riskpicture.too_many"));
        } else {
            for id in &input.administration_ids {
                if !admins.iter().any(|a| a.id == *id) {
                    c.fail(&field("area"), cat.t("riskpicture.unknown_administration"));
                    break;
                }
                if !ids.contains(id) {
                    ids.push(*id);
                }
            }
        }
        ids
    };
    if administrations.is_empty() && c.problems.is_empty() {
        c.fail(&field("area"), cat.t("riskpicture.no_area"));
    }
    let declared = date(&mut c, "declared_on", &input.declared_on);
    if declared.is_some_and(|d| d > today()) {
        c.fail(&field("declared_on"), cat.t("riskpicture.in_future"));
    }
    let reason = guarded(state, &mut c, "reason", &input.reason, MAX_TEXT, true);
    c.finish()?;
    let (Some(declared), Some(reason)) = (declared, reason) else {
        return Err(Error::Invalid(vec![]));
    };
    let id = store::declare(
        &state.db,
        &Actor::of(p),
        &NewEpisode {
            citywide: input.citywide,
            declared_on: ymd(declared),
            reason,
            administrations,
        },
    )
    .await?;
    notify_now(state, id).await;
    Ok(id)
}

/// A measure as a form or the API gives it. Every field may be left out: what is missing
/// is named in Swedish by the checks, after the episode is found readable (so a caller who
/// may not read it gets 404 whatever the body).
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RiskpictureMeasureInput {
    /// The administration that takes it; the one the caller coordinates when left out and
    /// there is only one.
    pub administration_id: Option<AdministrationId>,
    /// school_information, parent_information, concern_report, knowledge_support,
    /// knowledge_exchange, staff_preparedness, local_presence or other
    pub kind: String,
    /// `YYYY-MM-DD`
    pub taken_on: String,
    /// Who: a role or a unit ("Fältassistenterna"), never a person's name.
    pub responsible: String,
    #[serde(default)]
    pub description: String,
}

/// Records a measure of an administration concerned, while the state is in force.
pub async fn add_measure(
    state: &AppState,
    p: &Principal,
    id: RiskpictureEpisodeId,
    input: &RiskpictureMeasureInput,
) -> Result<RiskpictureMeasureId> {
    let cat = i18n::sv();
    let e = visible(state, p, id).await?;
    let mut c = Checker::default();
    let mine: Vec<AdministrationId> = e
        .administration_ids
        .iter()
        .copied()
        .filter(|a| p.covers(perm::MEASURE, *a))
        .collect();
    let admin = match input.administration_id {
        Some(a) if !e.concerns(a) => {
            c.fail(&field("administration"), cat.t("riskpicture.outside_area"));
            None
        }
        Some(a) if !p.covers(perm::MEASURE, a) => {
            c.fail(&field("administration"), cat.t("riskpicture.not_yours"));
            None
        }
        Some(a) => Some(a),
        None if mine.len() == 1 => Some(mine[0]),
        None => {
            c.fail(
                &field("administration"),
                cat.t("riskpicture.choose_administration"),
            );
            None
        }
    };
    let fields = measure_fields(state, &mut c, &e, input);
    c.finish()?;
    let (Some(administration_id), Some((kind, taken, responsible, description))) = (admin, fields)
    else {
        return Err(Error::Invalid(vec![]));
    };
    store::add_measure(
        &state.db,
        &Actor::of(p),
        &NewMeasure {
            episode_id: e.id,
            administration_id,
            kind,
            taken_on: taken,
            responsible,
            description,
        },
    )
    .await?
    .ok_or_else(|| Error::invalid(field("taken_on"), cat.t("riskpicture.lifted_meanwhile")))
}

/// A measure's checked fields: its kind, date (`YYYY-MM-DD`, within the episode and while
/// it is in force), who, and the description (required for "other"), both past the guard.
pub fn measure_fields(
    state: &AppState,
    c: &mut Checker,
    e: &RiskpictureEpisode,
    input: &RiskpictureMeasureInput,
) -> Option<(MeasureKind, String, Guarded, Guarded)> {
    let cat = i18n::sv();
    let kind = c.check(
        &field("kind"),
        MeasureKind::parse(&input.kind).ok_or(cat.t("riskpicture.bad_choice")),
    );
    let taken = date(c, "taken_on", &input.taken_on);
    let declared = domain::date(&e.declared_on);
    let lifted = e.lifted_on.as_deref().and_then(domain::date);
    if let Some(lifted_on) = &e.lifted_on {
        c.fail(
            &field("taken_on"),
            cat.f("riskpicture.measure_after_lift", &[("date", lifted_on)]),
        );
    } else if let (Some(taken), Some(declared)) = (taken, declared) {
        match domain::check_measure(declared, lifted, taken, today()) {
            Ok(()) | Err(MeasureRefusal::Lifted) => {}
            Err(MeasureRefusal::BeforeDeclaration) => c.fail(
                &field("taken_on"),
                cat.f(
                    "riskpicture.measure_before_declaration",
                    &[("date", &e.declared_on)],
                ),
            ),
            Err(MeasureRefusal::TooFarAhead) => {
                c.fail(&field("taken_on"), cat.t("riskpicture.too_far_ahead"))
            }
        }
    }
    let responsible = guarded(
        state,
        c,
        "responsible",
        &input.responsible,
        MAX_RESPONSIBLE,
        true,
    );
    let description = guarded(
        state,
        c,
        "description",
        &input.description,
        MAX_TEXT,
        kind == Some(MeasureKind::Other),
    );
    Some((kind?, ymd(taken?), responsible?, description?))
}

/// The lifting as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RiskpictureLiftInput {
    /// `YYYY-MM-DD`
    pub lifted_on: String,
    pub reason: String,
}

/// Lifts the state, once, never dated before its declaration, and tells the coordinators
/// concerned.
pub async fn lift(
    state: &AppState,
    p: &Principal,
    id: RiskpictureEpisodeId,
    input: &RiskpictureLiftInput,
) -> Result<()> {
    let cat = i18n::sv();
    let e = visible(state, p, id).await?;
    let mut c = Checker::default();
    if let Some(lifted_on) = &e.lifted_on {
        return Err(Error::invalid(
            field("lifted_on"),
            cat.f("riskpicture.already_lifted", &[("date", lifted_on)]),
        ));
    }
    let lifted = date(&mut c, "lifted_on", &input.lifted_on);
    if let (Some(lifted), Some(declared)) = (lifted, domain::date(&e.declared_on)) {
        match domain::check_lift(declared, lifted, today()) {
            Ok(()) => {}
            Err(LiftRefusal::BeforeDeclaration) => c.fail(
                &field("lifted_on"),
                cat.f(
                    "riskpicture.lift_before_declaration",
                    &[("date", &e.declared_on)],
                ),
            ),
            Err(LiftRefusal::InFuture) => {
                c.fail(&field("lifted_on"), cat.t("riskpicture.in_future"))
            }
        }
    }
    let reason = guarded(state, &mut c, "lift_reason", &input.reason, MAX_TEXT, true);
    c.finish()?;
    let (Some(lifted), Some(reason)) = (lifted, reason) else {
        return Err(Error::Invalid(vec![]));
    };
    if !store::lift(&state.db, &Actor::of(p), &e, &ymd(lifted), &reason).await? {
        return Err(Error::invalid(
            field("lifted_on"),
            cat.t("riskpicture.already_lifted_now"),
        ));
    }
    notify_now(state, id).await;
    Ok(())
}

/// The episode's document (Word or PDF) for `p`, audited as an export.
pub async fn document(
    state: &AppState,
    p: &Principal,
    id: RiskpictureEpisodeId,
    ext: &'static str,
) -> Result<(Vec<u8>, &'static str, String)> {
    let episode = visible(state, p, id).await?;
    let d = detail(state, episode).await?;
    let municipality = varn_org::municipality_name(&state.db).await?;
    let name = format!("forhojd-riskbild-{}.{ext}", d.episode.declared_on);
    let bytes = state
        .work
        .try_run(move || -> Result<Vec<u8>> {
            Ok(match ext {
                "docx" => crate::document::docx(&d, &municipality)?,
                _ => crate::document::pdf(&d, &municipality),
            })
        })
        .await?;
    varn_house::audit::record_now(
        &state.db,
        &Actor::of(p),
        Entry::new(Action::Export, Record::Episode, id).summary(ext),
    )
    .await
    .map_err(Error::Internal)?;
    let kind = match ext {
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/pdf",
    };
    Ok((bytes, kind, name))
}
