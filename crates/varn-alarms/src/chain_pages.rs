//! The pages of a chain: its current steps and versions, and the form that makes a new
//! chain or the chain's next version (rows of steps, blank rows skipped, what was typed
//! given back with the problems).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;

use crate::domain::{self, AlarmChainId, AlarmsStepInput, StepRole};
use crate::pages::{all_admins, id_field, name_of, NoticeQuery};
use crate::perm;
use crate::service::{self, AlarmsChainDetail, AlarmsChainInput};
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::web::error::PageError;
use varn_house::web::{
    after_post, notice, render_status, AppState, Choice, FormFields, Path, Query, Shell,
};

/// A row of the steps form.
#[derive(Debug, Default, Clone)]
pub struct StepRow {
    pub n: usize,
    pub role: String,
    pub email: String,
    pub phone: String,
    pub contact: String,
    pub wait: String,
}

fn rows_from(form: &FormFields) -> Vec<AlarmsStepInput> {
    (1..=domain::MAX_STEPS)
        .map(|n| AlarmsStepInput {
            role: form.get(&format!("s{n}_role")).into(),
            email: form.get(&format!("s{n}_email")).into(),
            phone: form.get(&format!("s{n}_phone")).into(),
            contact: form.get(&format!("s{n}_contact")).into(),
            wait_minutes: form.get(&format!("s{n}_wait")).into(),
        })
        .collect()
}

/// The rows a form shows: what it holds, then spare rows (two, up to the most allowed).
fn form_rows(steps: &[AlarmsStepInput]) -> Vec<StepRow> {
    let filled: Vec<&AlarmsStepInput> = steps.iter().filter(|s| !s.is_blank()).collect();
    let count = (filled.len() + 2).clamp(3, domain::MAX_STEPS);
    (0..count)
        .map(|i| {
            let s = filled.get(i);
            StepRow {
                n: i + 1,
                role: s.map(|s| s.role.clone()).unwrap_or_default(),
                email: s.map(|s| s.email.clone()).unwrap_or_default(),
                phone: s.map(|s| s.phone.clone()).unwrap_or_default(),
                contact: s.map(|s| s.contact.clone()).unwrap_or_default(),
                wait: s.map(|s| s.wait_minutes.clone()).unwrap_or_default(),
            }
        })
        .collect()
}

fn role_choices() -> Vec<Choice> {
    StepRole::ALL
        .iter()
        .map(|r| Choice {
            value: r.code().into(),
            label: r.label().into(),
            selected: false,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "alarms/chain.html")]
struct ChainPage {
    i: &'static Catalog,
    shell: Shell,
    /// `None` on the page of a new chain.
    chain: Option<AlarmsChainDetail>,
    scope: String,
    can_keep: bool,
    action: String,
    name: String,
    administration: String,
    admin_choices: Vec<Choice>,
    city_allowed: bool,
    roles: Vec<Choice>,
    rows: Vec<StepRow>,
    problems: Vec<String>,
}

struct ChainEcho {
    name: String,
    administration: String,
    rows: Vec<AlarmsStepInput>,
}

async fn chain_page(
    state: &AppState,
    p: &Principal,
    id: Option<AlarmChainId>,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
    echo: Option<ChainEcho>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let admins = all_admins(state).await?;
    let mut chain = match id {
        Some(id) => Some(service::chain(state, p, id).await?),
        None => None,
    };
    // The versions name who saved them, in Swedish local time (issue 20 point 7); the API
    // keeps addresses and UTC.
    if let Some(c) = chain.as_mut() {
        let names =
            varn_people::names(&state.db, c.versions.iter().map(|v| v.created_by.as_str())).await?;
        for v in &mut c.versions {
            v.created_by = names.of(&v.created_by);
            v.created_at = varn_house::kernel::time::swedish(&v.created_at);
        }
    }
    let current: Vec<AlarmsStepInput> = chain
        .as_ref()
        .map(|c| {
            c.steps
                .iter()
                .map(|s| AlarmsStepInput {
                    role: s.role.code().into(),
                    email: s.email.clone(),
                    phone: s.phone.clone(),
                    contact: s.contact.clone(),
                    wait_minutes: s.wait_minutes.to_string(),
                })
                .collect()
        })
        .unwrap_or_default();
    let (name, administration, rows) = match echo {
        Some(e) => (e.name, e.administration, e.rows),
        None => (
            chain
                .as_ref()
                .map(|c| c.chain.name.clone())
                .unwrap_or_default(),
            String::new(),
            current,
        ),
    };
    let title = match &chain {
        Some(c) => cat.f("alarms.chain_title", &[("name", &c.chain.name)]),
        None => cat.t("alarms.new_chain").to_string(),
    };
    let page = ChainPage {
        i: cat,
        shell: Shell::new(Some(p), title, "/larm").with_notice(notice(done)),
        scope: chain
            .as_ref()
            .map(|c| name_of(&admins, c.chain.administration_id))
            .unwrap_or_default(),
        can_keep: match &chain {
            Some(c) => service::may_keep(p, c.chain.administration_id),
            None => p.has_any(perm::KEEP),
        },
        action: match &chain {
            Some(c) => format!("/larm/kedjor/{}", c.chain.id),
            None => "/larm/kedjor".into(),
        },
        name,
        administration,
        admin_choices: admins
            .iter()
            .filter(|a| p.covers(perm::KEEP, a.id))
            .map(|a| Choice {
                value: a.id.to_string(),
                label: a.name.clone(),
                selected: false,
            })
            .collect(),
        city_allowed: service::may_keep(p, None),
        roles: role_choices(),
        rows: form_rows(&rows),
        problems,
        chain,
    };
    Ok(render_status(status, &page))
}

/// `GET /larm/kedjor/ny`
pub async fn new_chain(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> Result<Response, PageError> {
    chain_page(&state, &p, None, StatusCode::OK, None, vec![], None).await
}

fn chain_input(form: &FormFields) -> AlarmsChainInput {
    AlarmsChainInput {
        administration_id: id_field(form, "administration_id"),
        name: form.get("name").into(),
        steps: rows_from(form),
    }
}

fn chain_echo(form: &FormFields) -> ChainEcho {
    ChainEcho {
        name: form.get("name").into(),
        administration: form.get("administration_id").into(),
        rows: rows_from(form),
    }
}

/// `POST /larm/kedjor`: a new chain.
pub async fn create_chain(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    form: FormFields,
) -> Result<Response, PageError> {
    match service::create_chain(&state, &p, &chain_input(&form)).await {
        Ok(id) => Ok(varn_house::web::see_other(&format!(
            "/larm/kedjor/{id}?klart=skapat"
        ))),
        Err(e) => {
            after_post(Err::<(), _>(e), "", |status, problems| {
                chain_page(
                    &state,
                    &p,
                    None,
                    status,
                    None,
                    problems,
                    Some(chain_echo(&form)),
                )
            })
            .await
        }
    }
}

/// `GET /larm/kedjor/{chain}`
pub async fn chain(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AlarmChainId>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    chain_page(
        &state,
        &p,
        Some(id),
        StatusCode::OK,
        q.klart.as_deref(),
        vec![],
        None,
    )
    .await
}

/// `POST /larm/kedjor/{chain}`: the chain's next version.
pub async fn revise_chain(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AlarmChainId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let result = service::revise_chain(&state, &p, id, &chain_input(&form)).await;
    after_post(
        result,
        &format!("/larm/kedjor/{id}?klart=sparat"),
        |status, problems| {
            chain_page(
                &state,
                &p,
                Some(id),
                status,
                None,
                problems,
                Some(chain_echo(&form)),
            )
        },
    )
    .await
}
