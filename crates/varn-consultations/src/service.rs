//! The services of consultations and the 24-hour routine: who may read what (each side of a
//! consultation its own; a request inside its administration), checking input with Swedish
//! problems naming the field, every free text through the PII guard, the first contact
//! never before the request, and every read of free text audited.

use chrono::NaiveDateTime;
use serde::Deserialize;
use varn_house::kernel::ids::AdministrationId;

use crate::domain::{
    self, AgeBand, Channel, ConsultationId, ConsultationRequestId, Gender, Kind, Referral,
};
use crate::store::{
    self, ConsultationRecord, ConsultationRequest, ConsultationWarningRecord, NewConsultation,
    NewRequest,
};
use crate::{perm, Record};
use varn_house::audit::{Action, Actor, Entry};
use varn_house::auth::Principal;
use varn_house::i18n;
use varn_house::kernel::check::{optional_text, required_text, Checker};
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::text::Guarded;
use varn_house::web::AppState;

/// The longest advice, outcome or note accepted, in characters.
pub const MAX_TEXT: usize = 4000;

pub fn field(key: &str) -> String {
    i18n::sv()
        .t(&format!("consultations.field.{key}"))
        .to_string()
}

/// Free text of at most `max` characters past the guard, or a problem of the field naming
/// what was found (never the text).
fn guarded(
    state: &AppState,
    c: &mut Checker,
    key: &str,
    text: &str,
    required: bool,
) -> Option<Guarded> {
    let name = field(key);
    let checked = if required {
        required_text(text, MAX_TEXT)
    } else {
        optional_text(text, MAX_TEXT)
    };
    let text = c.check(&name, checked)?;
    match Guarded::check(&state.pii.get(), &name, &text) {
        Ok(g) => Some(g),
        Err(flags) => {
            let mut found: Vec<&str> = flags.iter().map(|f| f.explanation.as_str()).collect();
            found.dedup();
            c.fail(
                &name,
                i18n::sv().f("consultations.identifying", &[("found", &found.join(" "))]),
            );
            None
        }
    }
}

fn date(c: &mut Checker, key: &str, value: &str, required: bool) -> Option<Option<String>> {
    let value = value.trim();
    if value.is_empty() && !required {
        return Some(None);
    }
    c.check(
        &field(key),
        chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
            .map(|d| Some(d.format("%Y-%m-%d").to_string()))
            .map_err(|_| i18n::sv().t("validation.date")),
    )
}

fn optional_code<T>(
    c: &mut Checker,
    key: &str,
    value: &str,
    parse: fn(&str) -> Option<T>,
) -> Option<Option<T>> {
    if value.trim().is_empty() {
        return Some(None);
    }
    c.check(
        &field(key),
        parse(value)
            .map(Some)
            .ok_or(i18n::sv().t("consultations.bad_choice")),
    )
}

async fn administration_exists(
    state: &AppState,
    id: Option<AdministrationId>,
) -> Option<AdministrationId> {
    let id = id?;
    varn_org::get_administration(&state.db, id)
        .await
        .ok()
        .map(|a| a.id)
}

fn read_entry(
    p: &Principal,
    record: Record,
    id: impl ToString,
    admin: AdministrationId,
) -> (Actor, Entry) {
    (
        Actor::of(p),
        Entry::new(Action::Read, record, id).admin(Some(admin)),
    )
}

/// True when `p` is on either side of `c`.
pub fn may_read(p: &Principal, c: &ConsultationRecord) -> bool {
    p.covers(perm::VIEW, c.administration_id) || p.covers(perm::VIEW, c.advisor_administration_id)
}

/// The consultations `p` is on a side of.
pub async fn list(state: &AppState, p: &Principal) -> Result<Vec<ConsultationRecord>> {
    store::consultations(&state.db, &p.scope(perm::VIEW)).await
}

/// One consultation, when `p` is on a side of it (else not found, as a missing one); the
/// read of its free text is audited.
pub async fn read(
    state: &AppState,
    p: &Principal,
    id: ConsultationId,
) -> Result<ConsultationRecord> {
    let c = store::consultation(&state.db, id).await?;
    if !may_read(p, &c) {
        return Err(Error::NotFound);
    }
    let (actor, entry) = read_entry(p, Record::Consultation, id, c.administration_id);
    varn_house::audit::record_now(&state.db, &actor, entry)
        .await
        .map_err(Error::Internal)?;
    Ok(c)
}

/// The social services' administration (configuration `social_services`, its code), whose
/// coordinators advise; `None` when the organisation has no administration of that code.
pub async fn social_services(state: &AppState) -> Result<Option<AdministrationId>> {
    varn_org::administration_by_code(&state.db, &state.config.social_services).await
}

/// The field a refused recorder is told about.
#[derive(Debug, PartialEq, Eq)]
pub enum Side {
    /// The advising side is not the social services.
    Advisor,
    /// `p` coordinates neither the social services nor the asking administration.
    Asking,
}

/// Who records a consultation (issue 16): the advising side is always the social services;
/// the social services' coordinator records for any asking administration, any other
/// coordinator only their own administration's asking.
pub fn recorder_may(
    p: &Principal,
    asking: AdministrationId,
    social: AdministrationId,
    advisor: Option<AdministrationId>,
) -> std::result::Result<(), Side> {
    if advisor.is_some_and(|a| a != social) {
        return Err(Side::Advisor);
    }
    if p.covers(perm::EDIT, social) || p.covers(perm::EDIT, asking) {
        Ok(())
    } else {
        Err(Side::Asking)
    }
}

/// A consultation as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct ConsultationInput {
    /// The administration that asks.
    pub administration_id: Option<AdministrationId>,
    /// The administration whose coordinator advises: the social services (configuration
    /// `social_services`), also when left out; any other is refused.
    pub advisor_administration_id: Option<AdministrationId>,
    /// `YYYY-MM-DD`
    pub held_on: String,
    #[serde(default)]
    pub age_band: String,
    #[serde(default)]
    pub gender: String,
    /// A code of the taxonomy's environments, or empty.
    #[serde(default)]
    pub environment: String,
    /// child, radicalisation, returnee, relative, leave or other
    pub kind: String,
    pub advice: String,
    /// sig, defector, vbe_team, relatives, exit_programme, psychiatry, police, other
    #[serde(default)]
    pub referrals: Vec<String>,
    #[serde(default)]
    pub consent: bool,
    #[serde(default)]
    pub outcome: String,
    /// `YYYY-MM-DD` or empty.
    #[serde(default)]
    pub follow_up_on: String,
}

pub async fn create(
    state: &AppState,
    p: &Principal,
    input: &ConsultationInput,
) -> Result<ConsultationId> {
    let cat = i18n::sv();
    let mut c = Checker::default();
    let asking = administration_exists(state, input.administration_id).await;
    let social = social_services(state).await?;
    let sides = match (asking, social) {
        (None, _) => {
            c.fail(
                &field("administration"),
                cat.t("consultations.unknown_administration"),
            );
            None
        }
        (Some(_), None) => {
            c.fail(
                &field("advisor"),
                cat.f(
                    "consultations.no_social_services",
                    &[("code", state.config.social_services.trim())],
                ),
            );
            None
        }
        (Some(a), Some(social)) => {
            match recorder_may(p, a, social, input.advisor_administration_id) {
                Ok(()) => Some((a, social)),
                Err(Side::Advisor) => {
                    c.fail(&field("advisor"), cat.t("consultations.advisor_not_social"));
                    None
                }
                Err(Side::Asking) => {
                    c.fail(
                        &field("administration"),
                        cat.t("consultations.not_your_side"),
                    );
                    None
                }
            }
        }
    };
    let held_on = date(&mut c, "held_on", &input.held_on, true);
    let follow_up_on = date(&mut c, "follow_up_on", &input.follow_up_on, false);
    let age_band = optional_code(&mut c, "age_band", &input.age_band, AgeBand::parse);
    let gender = optional_code(&mut c, "gender", &input.gender, Gender::parse);
    let kind = c.check(
        &field("kind"),
        Kind::parse(&input.kind).ok_or(cat.t("consultations.bad_choice")),
    );
    let environment = input.environment.trim().to_string();
    if !environment.is_empty() {
        let known = varn_taxonomy::active(&state.db, varn_taxonomy::Vocabulary::Environment)
            .await?
            .iter()
            .any(|t| t.code == environment);
        if !known {
            c.fail(&field("environment"), cat.t("consultations.bad_choice"));
        }
    }
    let mut referrals = Vec::new();
    for r in &input.referrals {
        match Referral::parse(r) {
            Some(r) if !referrals.contains(&r) => referrals.push(r),
            Some(_) => {}
            None => c.fail(&field("referrals"), cat.t("consultations.bad_choice")),
        }
    }
    let advice = guarded(state, &mut c, "advice", &input.advice, true);
    let outcome = guarded(state, &mut c, "outcome", &input.outcome, false);
    c.finish()?;
    let (
        Some((administration_id, advisor_administration_id)),
        Some(Some(held_on)),
        Some(follow_up_on),
        Some(age_band),
        Some(gender),
        Some(kind),
        Some(advice),
        Some(outcome),
    ) = (
        sides,
        held_on,
        follow_up_on,
        age_band,
        gender,
        kind,
        advice,
        outcome,
    )
    else {
        return Err(Error::Invalid(vec![]));
    };
    store::create_consultation(
        &state.db,
        &Actor::of(p),
        &NewConsultation {
            administration_id,
            advisor_administration_id,
            held_on,
            age_band,
            gender,
            environment,
            kind,
            advice,
            referrals,
            consent: input.consent,
            outcome,
            follow_up_on,
        },
    )
    .await
}

/// The requests of the administrations `p` coordinates (or all of them for one who reads
/// everything), open ones first.
pub async fn requests(state: &AppState, p: &Principal) -> Result<Vec<ConsultationRequest>> {
    store::requests(&state.db, &p.scope(perm::VIEW), false).await
}

/// A request with its warnings; its note's read is audited. The access rule has already
/// checked that `p` coordinates its administration.
pub async fn request(
    state: &AppState,
    p: &Principal,
    id: ConsultationRequestId,
) -> Result<(ConsultationRequest, Vec<ConsultationWarningRecord>)> {
    let r = store::request(&state.db, id).await?;
    let (actor, entry) = read_entry(p, Record::Request, id, r.administration_id);
    varn_house::audit::record_now(&state.db, &actor, entry)
        .await
        .map_err(Error::Internal)?;
    let w = store::warnings(&state.db, id).await?;
    Ok((r, w))
}

/// A 24-hour request as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct ConsultationRequestInput {
    pub administration_id: Option<AdministrationId>,
    /// Swedish local time, `YYYY-MM-DDTHH:MM`.
    pub received_at: String,
    /// phone, email, visit, police, authority or other
    pub channel: String,
    #[serde(default)]
    pub note: String,
}

pub async fn create_request(
    state: &AppState,
    p: &Principal,
    input: &ConsultationRequestInput,
    now: NaiveDateTime,
) -> Result<(ConsultationRequestId, String)> {
    let cat = i18n::sv();
    let mut c = Checker::default();
    let admin = administration_exists(state, input.administration_id)
        .await
        .filter(|a| p.covers(perm::EDIT, *a));
    if admin.is_none() {
        c.fail(
            &field("administration"),
            cat.t("consultations.unknown_administration"),
        );
    }
    let received = c.check(
        &field("received_at"),
        domain::local_to_utc(&input.received_at),
    );
    let received = received.and_then(|r| {
        if r > now + chrono::Duration::minutes(5) {
            c.fail(&field("received_at"), cat.t("consultations.in_future"));
            None
        } else {
            Some(r)
        }
    });
    let channel = c.check(
        &field("channel"),
        Channel::parse(&input.channel).ok_or(cat.t("consultations.bad_choice")),
    );
    let note = guarded(state, &mut c, "note", &input.note, false);
    c.finish()?;
    let (Some(administration_id), Some(received), Some(channel), Some(note)) =
        (admin, received, channel, note)
    else {
        return Err(Error::Invalid(vec![]));
    };
    store::create_request(
        &state.db,
        &Actor::of(p),
        &NewRequest {
            administration_id,
            received_at: domain::stored(received),
            deadline_at: domain::stored(domain::deadline(received)),
            year: chrono::Datelike::year(&varn_house::kernel::time::stockholm(received)),
            channel,
            note,
        },
    )
    .await
}

/// The first contact as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct ConsultationContactInput {
    /// Swedish local time, `YYYY-MM-DDTHH:MM`.
    pub contact_at: String,
}

/// Records the first contact and stops the clock: never before the request, never in the
/// future, and only once.
pub async fn record_contact(
    state: &AppState,
    p: &Principal,
    id: ConsultationRequestId,
    input: &ConsultationContactInput,
    now: NaiveDateTime,
) -> Result<()> {
    let cat = i18n::sv();
    let r = store::request(&state.db, id).await?;
    if r.contact_at.is_some() {
        return Err(Error::Conflict(
            cat.t("consultations.already_contacted").into(),
        ));
    }
    let mut c = Checker::default();
    let name = field("contact_at");
    let at = c.check(&name, domain::local_to_utc(&input.contact_at));
    let received = varn_house::kernel::time::parse_stored(&r.received_at);
    if let (Some(at), Some(received)) = (at, received) {
        if at < received {
            c.fail(
                &name,
                cat.f(
                    "consultations.before_request",
                    &[(
                        "received",
                        &varn_house::kernel::time::swedish(&r.received_at),
                    )],
                ),
            );
        } else if at > now + chrono::Duration::minutes(5) {
            c.fail(&name, cat.t("consultations.in_future"));
        }
    }
    c.finish()?;
    let Some(at) = at else {
        return Err(Error::Invalid(vec![]));
    };
    if store::record_contact(&state.db, &Actor::of(p), &r, &domain::stored(at)).await? {
        Ok(())
    } else {
        Err(Error::Conflict(
            cat.t("consultations.already_contacted").into(),
        ))
    }
}
