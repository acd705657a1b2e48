//! The pages of networks and meetings: the list of networks a person may read (with forms
//! to make a network and record a meeting), a network with its members, its meetings and,
//! for a forum where VBE is a standing item, each meeting's VBE item or its absence, and a
//! meeting with its agenda, minutes and attendance.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use varn_house::kernel::ids::{AdministrationId, UserId};

use crate::domain::{self, NetworkId, NetworkKind, NetworkMeetingId, NetworkMemberId};
use crate::perm;
use crate::service::{
    self, AttendanceInput, Meeting, MeetingInput, Member, MemberInput, NetworkInput,
};
use crate::store::{self, NetworkRow};
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::web::error::PageError;
use varn_house::web::{
    after_post, notice, render_status, AppState, Choice, FormFields, NoticeQuery, Path, Query,
    Shell,
};
use varn_org::Administration;

/// A network as a list shows it.
pub struct NetworkView {
    pub network: NetworkRow,
    pub administration: String,
    pub kind: &'static str,
}

fn admin_name(admins: &[Administration], id: AdministrationId) -> String {
    admins
        .iter()
        .find(|a| a.id == id)
        .map(|a| a.name.clone())
        .unwrap_or_default()
}

async fn all_admins(state: &AppState) -> Result<Vec<Administration>, Error> {
    varn_org::list_administrations(&state.db, &varn_house::auth::Scope::All).await
}

#[derive(Template)]
#[template(path = "networks/index.html")]
struct IndexPage {
    i: &'static Catalog,
    shell: Shell,
    city: Vec<NetworkView>,
    forums: Vec<NetworkView>,
    can_edit: bool,
    kinds: Vec<Choice>,
    administrations: Vec<Choice>,
    editable: Vec<Choice>,
    today: String,
    problems: Vec<String>,
}

async fn index_page(
    state: &AppState,
    p: &Principal,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let admins = all_admins(state).await?;
    let (forums, city): (Vec<_>, Vec<_>) = service::list(state, p)
        .await?
        .into_iter()
        .map(|n| NetworkView {
            administration: admin_name(&admins, n.administration_id),
            kind: n.kind.label(),
            network: n,
        })
        .partition(|v| v.network.kind.is_local());
    let editable = city
        .iter()
        .chain(forums.iter())
        .filter(|v| service::may_edit(p, &v.network))
        .map(|v| Choice {
            value: v.network.id.to_string(),
            label: v.network.name.clone(),
            selected: false,
        })
        .collect();
    let page = IndexPage {
        i: cat,
        shell: Shell::new(Some(p), cat.t("networks.title"), "/natverk").with_notice(notice(done)),
        city,
        forums,
        can_edit: p.has_any(perm::EDIT),
        kinds: NetworkKind::ALL
            .iter()
            .map(|k| Choice {
                value: k.code().into(),
                label: k.label().into(),
                selected: *k == NetworkKind::Forum,
            })
            .collect(),
        administrations: admins
            .iter()
            .filter(|a| p.covers(perm::EDIT, a.id))
            .map(|a| Choice {
                value: a.id.to_string(),
                label: a.name.clone(),
                selected: false,
            })
            .collect(),
        editable,
        today: varn_house::db::today(),
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /natverk`
pub async fn index(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    index_page(&state, &p, StatusCode::OK, q.klart.as_deref(), vec![]).await
}

/// `POST /natverk`: a network or forum.
pub async fn create_network(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = NetworkInput {
        administration_id: form.get("administration_id").trim().parse().ok(),
        kind: form.get("kind").into(),
        name: form.get("name").into(),
        purpose: form.get("purpose").into(),
        standing_item: form.get("standing_item") == "on",
    };
    let result = service::create_network(&state, &p, &input).await;
    match result {
        Ok(id) => Ok(varn_house::web::see_other(&format!(
            "/natverk/{id}?klart=skapat"
        ))),
        Err(e) => {
            after_post(Err::<(), _>(e), "", |status, problems| {
                index_page(&state, &p, status, None, problems)
            })
            .await
        }
    }
}

/// A meeting's row in the standing-item view.
pub struct StandingRow {
    pub id: NetworkMeetingId,
    pub held_on: String,
    pub vbe_item: bool,
    pub minutes: String,
}

#[derive(Template)]
#[template(path = "networks/network.html")]
struct NetworkPage {
    i: &'static Catalog,
    shell: Shell,
    network: NetworkRow,
    administration: String,
    kind: &'static str,
    members: Vec<Member>,
    meetings: Vec<Meeting>,
    standing: Vec<StandingRow>,
    /// "VBE was raised at 5 of 6 meetings."
    standing_summary: String,
    /// This year's attendance per person: (name, meetings attended), most first.
    year_attendance: Vec<(String, usize)>,
    year_caption: String,
    can_edit: bool,
    accounts: Vec<Choice>,
    today: String,
    minutes_hint: String,
    problems: Vec<String>,
}

async fn network_page(
    state: &AppState,
    p: &Principal,
    id: NetworkId,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let network = service::readable(state, p, id).await?;
    service::audit_read(
        state,
        p,
        crate::Record::Network,
        id,
        network.administration_id,
    )
    .await?;
    let admins = all_admins(state).await?;
    let meetings = service::named(state, store::meetings(&state.db, id).await?).await?;
    let standing: Vec<StandingRow> = meetings
        .iter()
        .map(|m| StandingRow {
            id: m.meeting.id,
            held_on: m.meeting.held_on.clone(),
            vbe_item: m.meeting.vbe_item,
            minutes: m.meeting.minutes.clone(),
        })
        .collect();
    let year = varn_house::db::today().get(..4).unwrap_or("").to_string();
    let this_year: Vec<&Meeting> = meetings
        .iter()
        .filter(|m| m.meeting.held_on.starts_with(&year))
        .collect();
    let mut year_attendance: Vec<(String, usize)> = Vec::new();
    for m in &this_year {
        for a in &m.present {
            match year_attendance.iter_mut().find(|(n, _)| *n == a.name) {
                Some((_, count)) => *count += 1,
                None => year_attendance.push((a.name.clone(), 1)),
            }
        }
    }
    year_attendance.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let year_caption = cat.f(
        "networks.year_caption",
        &[("year", &year), ("held", &this_year.len().to_string())],
    );
    let can_edit = service::may_edit(p, &network);
    let accounts = if can_edit {
        service::accounts(state)
            .await?
            .into_iter()
            .map(|h| Choice {
                value: h.user_id.to_string(),
                label: h.name,
                selected: false,
            })
            .collect()
    } else {
        vec![]
    };
    let page = NetworkPage {
        i: cat,
        shell: Shell::new(Some(p), network.name.clone(), "/natverk").with_notice(notice(done)),
        administration: admin_name(&admins, network.administration_id),
        kind: network.kind.label(),
        members: service::members(state, id).await?,
        standing_summary: cat.f(
            "networks.standing_summary",
            &[
                (
                    "raised",
                    &standing.iter().filter(|s| s.vbe_item).count().to_string(),
                ),
                ("all", &standing.len().to_string()),
            ],
        ),
        standing,
        year_attendance,
        year_caption,
        meetings,
        can_edit,
        accounts,
        today: varn_house::db::today(),
        minutes_hint: minutes_hint(),
        network,
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /natverk/{network}`
pub async fn network(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<NetworkId>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    network_page(&state, &p, id, StatusCode::OK, q.klart.as_deref(), vec![]).await
}

/// `POST /natverk/{network}/medlemmar`
pub async fn add_member(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<NetworkId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let network = store::network(&state.db, id).await?;
    let input = MemberInput {
        user_id: form.get("user_id").trim().parse().ok(),
        organisation: form.get("organisation").into(),
        member_role: form.get("member_role").into(),
    };
    let result = service::add_member(&state, &p, &network, &input).await;
    after_post(
        result,
        &format!("/natverk/{id}?klart=sparat"),
        |status, problems| network_page(&state, &p, id, status, None, problems),
    )
    .await
}

fn minutes_hint() -> String {
    i18n::sv().f(
        "networks.minutes_hint",
        &[("max", &domain::MAX_MINUTES.to_string())],
    )
}

/// `POST /natverk/{network}/medlemmar/{member}/ta-bort`
pub async fn remove_member(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((id, member)): Path<(NetworkId, NetworkMemberId)>,
) -> Result<Response, PageError> {
    let network = store::network(&state.db, id).await?;
    service::remove_member(&state, &p, &network, member).await?;
    Ok(varn_house::web::see_other(&format!(
        "/natverk/{id}?klart=borttaget"
    )))
}

fn meeting_input(form: &FormFields) -> MeetingInput {
    MeetingInput {
        network_id: form.get("network_id").trim().parse().ok(),
        held_on: form.get("held_on").into(),
        agenda: form.get("agenda").into(),
        vbe_item: form.get("vbe_item") == "on",
        minutes: form.get("minutes").into(),
    }
}

/// `POST /natverk/moten`: a meeting of a network (from the network's page or the list).
pub async fn create_meeting(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = meeting_input(&form);
    match service::create_meeting(&state, &p, &input).await {
        Ok(id) => Ok(varn_house::web::see_other(&format!(
            "/natverk/moten/{id}?klart=skapat"
        ))),
        Err(e) => {
            // Back to the network's page when it is one the person may change.
            let back = match input.network_id {
                Some(n) => match store::network(&state.db, n).await {
                    Ok(net) if service::may_edit(&p, &net) => Some(n),
                    _ => None,
                },
                None => None,
            };
            after_post(Err::<(), _>(e), "", |status, problems| async move {
                match back {
                    Some(n) => network_page(&state, &p, n, status, None, problems).await,
                    None => index_page(&state, &p, status, None, problems).await,
                }
            })
            .await
        }
    }
}

#[derive(Template)]
#[template(path = "networks/meeting.html")]
struct MeetingPage {
    i: &'static Catalog,
    shell: Shell,
    network: NetworkRow,
    meeting: Meeting,
    can_edit: bool,
    /// Members first (checked when present), then other accounts (guests when checked).
    members: Vec<Choice>,
    others: Vec<Choice>,
    organisations: String,
    minutes_hint: String,
    problems: Vec<String>,
}

async fn meeting_page(
    state: &AppState,
    p: &Principal,
    id: NetworkMeetingId,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
    guests: Option<usize>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let (network, meeting) = service::readable_meeting(state, p, id).await?;
    let can_edit = service::may_edit(p, &network);
    let mut members = Vec::new();
    let mut others = Vec::new();
    if can_edit {
        let member_ids: Vec<UserId> = store::members(&state.db, network.id)
            .await?
            .iter()
            .filter_map(|m| m.user_id)
            .collect();
        for h in service::accounts(state).await? {
            let choice = Choice {
                value: h.user_id.to_string(),
                label: h.name,
                selected: meeting.present.iter().any(|a| a.user_id == h.user_id),
            };
            if member_ids.contains(&h.user_id) {
                members.push(choice);
            } else {
                others.push(choice);
            }
        }
    }
    let organisations = meeting
        .meeting
        .organisations
        .iter()
        .map(|o| format!("{}: {}", o.organisation, o.attendees))
        .collect::<Vec<_>>()
        .join("\n");
    let mut shell = Shell::new(
        Some(p),
        cat.f(
            "networks.meeting_title",
            &[
                ("network", network.name.as_str()),
                ("date", meeting.meeting.held_on.as_str()),
            ],
        ),
        "/natverk",
    )
    .with_notice(notice(done));
    if let Some(n) = guests.filter(|n| *n > 0) {
        shell = shell.with_notice(Some(
            cat.f("networks.guests_marked", &[("n", &n.to_string())]),
        ));
    }
    let page = MeetingPage {
        i: cat,
        shell,
        network,
        meeting,
        can_edit,
        members,
        others,
        organisations,
        minutes_hint: minutes_hint(),
        problems,
    };
    Ok(render_status(status, &page))
}

/// `?klart=&gaster=` after attendance was saved.
#[derive(Debug, Default, serde::Deserialize)]
pub struct MeetingQuery {
    pub klart: Option<String>,
    pub gaster: Option<usize>,
}

/// `GET /natverk/moten/{meeting}`
pub async fn meeting(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<NetworkMeetingId>,
    Query(q): Query<MeetingQuery>,
) -> Result<Response, PageError> {
    meeting_page(
        &state,
        &p,
        id,
        StatusCode::OK,
        q.klart.as_deref(),
        vec![],
        q.gaster,
    )
    .await
}

/// `POST /natverk/moten/{meeting}`: date, agenda and minutes.
pub async fn update_meeting(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<NetworkMeetingId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let result = service::update_meeting(&state, &p, id, &meeting_input(&form)).await;
    after_post(
        result,
        &format!("/natverk/moten/{id}?klart=sparat"),
        |status, problems| meeting_page(&state, &p, id, status, None, problems, None),
    )
    .await
}

/// `POST /natverk/moten/{meeting}/narvaro`: who attended.
pub async fn attendance(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<NetworkMeetingId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let organisations = match domain::organisation_counts(form.get("organisations")) {
        Ok(o) => o,
        Err(message) => {
            let problem =
                varn_house::kernel::error::Problem::field(service::field("organisations"), message);
            return meeting_page(
                &state,
                &p,
                id,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                vec![problem.sentence()],
                None,
            )
            .await;
        }
    };
    let mut user_ids = Vec::new();
    for v in form.all("user_ids") {
        match v.trim().parse::<UserId>() {
            Ok(id) => user_ids.push(id),
            Err(_) => {
                return Err(Error::invalid(
                    service::field("attendees"),
                    cat.t("networks.unknown_account"),
                )
                .into())
            }
        }
    }
    let input = AttendanceInput {
        user_ids,
        organisations,
    };
    match service::set_attendance(&state, &p, id, &input).await {
        Ok(guests) => Ok(varn_house::web::see_other(&format!(
            "/natverk/moten/{id}?klart=sparat&gaster={guests}"
        ))),
        Err(e) => {
            after_post(Err::<(), _>(e), "", |status, problems| {
                meeting_page(&state, &p, id, status, None, problems, None)
            })
            .await
        }
    }
}
