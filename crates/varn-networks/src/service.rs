//! The services of networks and meetings: who may read a network (every coordinator and
//! reader the city's networks, a forum inside its administration only), checking what
//! people give with Swedish problems naming the field, free text through the PII guard,
//! attendance (an account that is not a member is marked a guest) and the standing-item
//! view of a forum.

use serde::{Deserialize, Serialize};
use varn_house::kernel::ids::{AdministrationId, UserId};

use crate::domain::{
    self, NetworkId, NetworkKind, NetworkMeetingId, NetworkMemberId, OrganisationCount,
};
use crate::perm;
use crate::store::{self, Attendee, MeetingRow, MeetingText, NetworkRow, NewNetwork};
use varn_house::audit::Actor;
use varn_house::auth::{Principal, Role};
use varn_house::i18n;
use varn_house::kernel::check::{optional_text, required_text, Checker};
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::text::{Flag, Guarded};
use varn_house::web::AppState;

pub fn field(key: &str) -> String {
    i18n::sv().t(&format!("networks.field.{key}")).to_string()
}

/// The guard's findings as a problem of `field`: what it found, never the text.
pub fn identifying(c: &mut Checker, field: &str, flags: &[Flag]) {
    let cat = i18n::sv();
    let mut found: Vec<&str> = flags.iter().map(|f| f.explanation.as_str()).collect();
    found.dedup();
    c.fail(
        field,
        cat.f("networks.identifying", &[("found", &found.join(" "))]),
    );
}

/// Free text of at most `max` characters past the guard, or a problem of the field.
pub fn guarded(
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
            identifying(c, &name, &flags);
            None
        }
    }
}

/// True when `p` may read `n`.
pub fn may_read(p: &Principal, n: &NetworkRow) -> bool {
    if n.kind.is_local() {
        p.covers(perm::VIEW, n.administration_id)
    } else {
        p.has_any(perm::VIEW)
    }
}

/// True when `p` may change `n` and its meetings.
pub fn may_edit(p: &Principal, n: &NetworkRow) -> bool {
    p.covers(perm::EDIT, n.administration_id)
}

/// The network, when `p` may read it; else not found (as a missing one).
pub async fn readable(state: &AppState, p: &Principal, id: NetworkId) -> Result<NetworkRow> {
    let n = store::network(&state.db, id).await?;
    if may_read(p, &n) {
        Ok(n)
    } else {
        Err(Error::NotFound)
    }
}

/// The networks `p` may read.
pub async fn list(state: &AppState, p: &Principal) -> Result<Vec<NetworkRow>> {
    Ok(store::networks(&state.db)
        .await?
        .into_iter()
        .filter(|n| may_read(p, n))
        .collect())
}

/// A network as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct NetworkInput {
    pub administration_id: Option<AdministrationId>,
    /// city, national, nordic, reference or forum
    pub kind: String,
    pub name: String,
    #[serde(default)]
    pub purpose: String,
    /// VBE is a standing item of its meetings.
    #[serde(default)]
    pub standing_item: bool,
}

pub async fn create_network(
    state: &AppState,
    p: &Principal,
    input: &NetworkInput,
) -> Result<NetworkId> {
    let cat = i18n::sv();
    let mut c = Checker::default();
    let admin = input.administration_id.filter(|a| p.covers(perm::EDIT, *a));
    let admin = match admin {
        Some(a) if varn_org::get_administration(&state.db, a).await.is_ok() => Some(a),
        _ => {
            c.fail(
                &field("administration"),
                cat.t("networks.unknown_administration"),
            );
            None
        }
    };
    let kind = c.check(
        &field("kind"),
        NetworkKind::parse(&input.kind).ok_or(cat.t("networks.unknown_kind")),
    );
    let name = c.check(&field("name"), required_text(&input.name, 200));
    let purpose = guarded(state, &mut c, "purpose", &input.purpose, 1_000, false);
    c.finish()?;
    let (Some(administration_id), Some(kind), Some(name), Some(purpose)) =
        (admin, kind, name, purpose)
    else {
        return Err(Error::Invalid(vec![]));
    };
    store::create_network(
        &state.db,
        &Actor::of(p),
        &NewNetwork {
            administration_id,
            kind,
            name,
            purpose,
            standing_item: input.standing_item,
        },
    )
    .await
}

/// A member as a form or the API gives it: an account, or an organisation by name.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct MemberInput {
    pub user_id: Option<UserId>,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub member_role: String,
}

/// The accounts that may be members or marked present: coordinators, central coordinators,
/// managers and readers.
pub async fn accounts(state: &AppState) -> Result<Vec<varn_people::Holder>> {
    let mut all = varn_people::holders(
        &state.db,
        &[
            Role::Coordinator,
            Role::CentralCoordinator,
            Role::Manager,
            Role::Reader,
        ],
    )
    .await?;
    all.dedup_by_key(|h| h.user_id);
    Ok(all)
}

pub async fn add_member(
    state: &AppState,
    p: &Principal,
    network: &NetworkRow,
    input: &MemberInput,
) -> Result<NetworkMemberId> {
    let cat = i18n::sv();
    let mut c = Checker::default();
    let organisation = input.organisation.trim();
    let user = match (input.user_id, organisation.is_empty()) {
        (Some(id), true) => {
            if accounts(state).await?.iter().any(|h| h.user_id == id) {
                Some(id)
            } else {
                c.fail(&field("member"), cat.t("networks.unknown_account"));
                None
            }
        }
        (None, false) => None,
        _ => {
            c.fail(&field("member"), cat.t("networks.account_or_organisation"));
            None
        }
    };
    let organisation = if user.is_none() && !organisation.is_empty() {
        c.check(&field("organisation"), required_text(organisation, 200))
            .and_then(
                |o| match Guarded::check(&state.pii.get(), &field("organisation"), &o) {
                    Ok(g) => Some(g.into_string()),
                    Err(flags) => {
                        identifying(&mut c, &field("organisation"), &flags);
                        None
                    }
                },
            )
    } else {
        None
    };
    let role = guarded(state, &mut c, "member_role", &input.member_role, 200, false);
    c.finish()?;
    let role = role.unwrap_or_default();
    store::add_member(
        &state.db,
        &Actor::of(p),
        network,
        user,
        organisation.as_deref(),
        role.as_str(),
    )
    .await
}

/// Removes a member of a network.
pub async fn remove_member(
    state: &AppState,
    p: &Principal,
    network: &NetworkRow,
    member: NetworkMemberId,
) -> Result<()> {
    store::remove_member(&state.db, &Actor::of(p), network, member).await
}

/// Records that `p` read the free text of a network's meetings (their minutes).
pub async fn audit_read(
    state: &AppState,
    p: &Principal,
    record: crate::Record,
    id: impl ToString,
    admin: AdministrationId,
) -> Result<()> {
    varn_house::audit::record_now(
        &state.db,
        &Actor::of(p),
        varn_house::audit::Entry::new(varn_house::audit::Action::Read, record, id)
            .admin(Some(admin)),
    )
    .await
    .map_err(Error::Internal)
}

/// A member with the name a person reads.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Member {
    pub id: NetworkMemberId,
    pub user_id: Option<UserId>,
    /// The account's name, or the organisation's.
    pub name: String,
    pub organisation: bool,
    pub member_role: String,
}

pub async fn members(state: &AppState, network: NetworkId) -> Result<Vec<Member>> {
    let accounts = accounts(state).await?;
    Ok(store::members(&state.db, network)
        .await?
        .into_iter()
        .map(|m| Member {
            id: m.id,
            user_id: m.user_id,
            name: match (&m.organisation, m.user_id) {
                (Some(o), _) => o.clone(),
                (None, Some(id)) => accounts
                    .iter()
                    .find(|h| h.user_id == id)
                    .map(|h| h.name.clone())
                    .unwrap_or_else(|| i18n::sv().t("networks.former_account").to_string()),
                (None, None) => String::new(),
            },
            organisation: m.organisation.is_some(),
            member_role: m.member_role,
        })
        .collect())
}

/// A meeting as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct MeetingInput {
    /// Required when a meeting is created; ignored when one is changed.
    pub network_id: Option<NetworkId>,
    /// YYYY-MM-DD
    pub held_on: String,
    #[serde(default)]
    pub agenda: String,
    /// VBE was an item of the meeting.
    #[serde(default)]
    pub vbe_item: bool,
    /// The minutes of the VBE item (at most 5,000 characters, nothing identifying).
    #[serde(default)]
    pub minutes: String,
}

fn check_meeting(state: &AppState, c: &mut Checker, input: &MeetingInput) -> Option<MeetingText> {
    let cat = i18n::sv();
    let held_on = c.check(
        &field("held_on"),
        required_text(&input.held_on, 10).and_then(|d| {
            chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                .map(|d| d.format("%Y-%m-%d").to_string())
                .map_err(|_| cat.t("validation.date"))
        }),
    );
    let agenda = guarded(state, c, "agenda", &input.agenda, domain::MAX_AGENDA, false);
    let minutes = guarded(
        state,
        c,
        "minutes",
        &input.minutes,
        domain::MAX_MINUTES,
        false,
    );
    Some(MeetingText {
        held_on: held_on?,
        agenda: agenda?,
        vbe_item: input.vbe_item || !minutes.as_ref()?.is_empty(),
        minutes: minutes?,
    })
}

/// Records a meeting of a network `p` may change (a network out of reach is named as the
/// field's problem, like a missing one).
pub async fn create_meeting(
    state: &AppState,
    p: &Principal,
    input: &MeetingInput,
) -> Result<NetworkMeetingId> {
    let cat = i18n::sv();
    let mut c = Checker::default();
    let network = match input.network_id {
        Some(id) => match store::network(&state.db, id).await {
            Ok(n) if may_edit(p, &n) => Some(n),
            Ok(_) | Err(Error::NotFound) => None,
            Err(e) => return Err(e),
        },
        None => None,
    };
    if network.is_none() {
        c.fail(&field("network"), cat.t("networks.unknown_network"));
    }
    let text = check_meeting(state, &mut c, input);
    c.finish()?;
    let (Some(network), Some(text)) = (network, text) else {
        return Err(Error::Invalid(vec![]));
    };
    store::create_meeting(&state.db, &Actor::of(p), &network, &text).await
}

/// Changes a meeting's date, agenda and minutes.
pub async fn update_meeting(
    state: &AppState,
    p: &Principal,
    meeting: NetworkMeetingId,
    input: &MeetingInput,
) -> Result<()> {
    let m = store::meeting(&state.db, meeting).await?;
    let network = store::network(&state.db, m.network_id).await?;
    let mut c = Checker::default();
    let text = check_meeting(state, &mut c, input);
    c.finish()?;
    let text = text.ok_or(Error::Invalid(vec![]))?;
    store::update_meeting(&state.db, &Actor::of(p), &network, meeting, &text).await
}

/// Who attended, as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct AttendanceInput {
    /// Värn accounts present (a non-member is marked a guest).
    #[serde(default)]
    pub user_ids: Vec<UserId>,
    /// External attendees per organisation.
    #[serde(default)]
    pub organisations: Vec<OrganisationCount>,
}

/// Replaces a meeting's attendance; returns how many accounts were marked guests.
pub async fn set_attendance(
    state: &AppState,
    p: &Principal,
    meeting: NetworkMeetingId,
    input: &AttendanceInput,
) -> Result<usize> {
    let cat = i18n::sv();
    let m = store::meeting(&state.db, meeting).await?;
    let network = store::network(&state.db, m.network_id).await?;
    let accounts = accounts(state).await?;
    let members = store::members(&state.db, network.id).await?;
    let mut c = Checker::default();
    let mut attendees = Vec::new();
    for id in &input.user_ids {
        if attendees.iter().any(|a: &Attendee| a.user_id == *id) {
            continue;
        }
        let Some(h) = accounts.iter().find(|h| h.user_id == *id) else {
            c.fail(&field("attendees"), cat.t("networks.unknown_account"));
            continue;
        };
        attendees.push(Attendee {
            user_id: *id,
            // An account of the whole city counts for the network's own administration.
            administration_id: Some(h.administration_id.unwrap_or(network.administration_id)),
            guest: !members.iter().any(|m| m.user_id == Some(*id)),
        });
    }
    let mut organisations: Vec<OrganisationCount> = Vec::new();
    for o in &input.organisations {
        let name = o.organisation.trim();
        if name.is_empty() || name.chars().count() > 200 || !(1..=500).contains(&o.attendees) {
            c.fail(&field("organisations"), cat.t("networks.bad_organisation"));
            continue;
        }
        if Guarded::check(&state.pii.get(), &field("organisations"), name).is_err() {
            c.fail(
                &field("organisations"),
                cat.t("networks.organisation_identifying"),
            );
            continue;
        }
        match organisations
            .iter_mut()
            .find(|x| x.organisation.eq_ignore_ascii_case(name))
        {
            Some(x) => x.attendees += o.attendees,
            None => organisations.push(OrganisationCount {
                organisation: name.to_string(),
                attendees: o.attendees,
            }),
        }
    }
    c.finish()?;
    store::set_attendance(
        &state.db,
        &Actor::of(p),
        &network,
        meeting,
        &attendees,
        &organisations,
    )
    .await?;
    Ok(attendees.iter().filter(|a| a.guest).count())
}

/// An attendee with the name a person reads.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Present {
    pub user_id: UserId,
    pub name: String,
    pub guest: bool,
}

/// A meeting with names, for a page or the API.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Meeting {
    #[serde(flatten)]
    pub meeting: MeetingRow,
    pub present: Vec<Present>,
    /// External attendees in all.
    pub external: i64,
}

pub async fn named(state: &AppState, meetings: Vec<MeetingRow>) -> Result<Vec<Meeting>> {
    let accounts = accounts(state).await?;
    let cat = i18n::sv();
    Ok(meetings
        .into_iter()
        .map(|m| Meeting {
            present: m
                .attendees
                .iter()
                .map(|a| Present {
                    user_id: a.user_id,
                    name: accounts
                        .iter()
                        .find(|h| h.user_id == a.user_id)
                        .map(|h| h.name.clone())
                        .unwrap_or_else(|| cat.t("networks.former_account").to_string()),
                    guest: a.guest,
                })
                .collect(),
            external: m.organisations.iter().map(|o| o.attendees).sum(),
            meeting: m,
        })
        .collect())
}

/// The meeting and its network, when `p` may read them.
pub async fn readable_meeting(
    state: &AppState,
    p: &Principal,
    id: NetworkMeetingId,
) -> Result<(NetworkRow, Meeting)> {
    let m = store::meeting(&state.db, id).await?;
    let n = readable(state, p, m.network_id).await?;
    let m = named(state, vec![m]).await?.pop().ok_or(Error::NotFound)?;
    audit_read(state, p, crate::Record::Meeting, id, n.administration_id).await?;
    Ok((n, m))
}
