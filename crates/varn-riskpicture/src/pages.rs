//! The pages of the elevated risk picture: the list of episodes with the declaration form
//! (the central coordinator), and an episode's page: the declaration, every
//! administration's measures with who has reported nothing yet, the e-mail notices and
//! their delivery, the measure form (coordinators of an administration concerned), the
//! lifting form (the central coordinator) and the document.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use varn_house::kernel::ids::AdministrationId;

use crate::domain::{RiskpictureEpisodeId, Suggested};
use crate::perm;
use crate::service::{
    self, RiskpictureDeclareInput, RiskpictureDetail, RiskpictureLiftInput, RiskpictureMeasureInput,
};
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::web::error::PageError;
use varn_house::web::{
    after_post, notice, render_status, AppState, Choice, FormFields, NoticeQuery, Path, Query,
    Shell,
};
use varn_org::Administration;

async fn all_admins(state: &AppState) -> Result<Vec<Administration>, Error> {
    varn_org::list_administrations(&state.db, &varn_house::kernel::scope::Scope::All).await
}

fn name_of(admins: &[Administration], id: AdministrationId) -> String {
    admins
        .iter()
        .find(|a| a.id == id)
        .map(|a| a.name.clone())
        .unwrap_or_default()
}

/// An episode as the list shows it.
pub struct EpisodeLine {
    pub id: RiskpictureEpisodeId,
    pub declared_on: String,
    pub area: String,
    pub status: String,
    pub in_force: bool,
}

/// A refused declaration's values, so nobody types them again.
#[derive(Debug, Default)]
pub struct DeclareEcho {
    pub citywide: bool,
    pub administrations: Vec<String>,
    pub declared_on: String,
    pub reason: String,
}

impl DeclareEcho {
    pub fn has(&self, id: &str) -> bool {
        self.administrations.iter().any(|a| a == id)
    }
}

#[derive(Template)]
#[template(path = "riskpicture/index.html")]
struct IndexPage {
    i: &'static Catalog,
    shell: Shell,
    can_declare: bool,
    episodes: Vec<EpisodeLine>,
    administrations: Vec<Choice>,
    today: String,
    problems: Vec<String>,
    form: DeclareEcho,
}

fn area_of(admins: &[Administration], citywide: bool, ids: &[AdministrationId]) -> String {
    if citywide {
        return i18n::sv().t("riskpicture.area_citywide").to_string();
    }
    admins
        .iter()
        .filter(|a| ids.contains(&a.id))
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

async fn index_page(
    state: &AppState,
    p: &Principal,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
    form: DeclareEcho,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let admins = all_admins(state).await?;
    let episodes = service::list(state, p).await?;
    let page = IndexPage {
        i: cat,
        shell: Shell::new(Some(p), cat.t("riskpicture.title"), "/riskbild")
            .with_notice(notice(done)),
        can_declare: p.has_any(perm::DECLARE),
        episodes: episodes
            .iter()
            .map(|e| EpisodeLine {
                id: e.id,
                declared_on: e.declared_on.clone(),
                area: area_of(&admins, e.citywide, &e.administration_ids),
                status: match &e.lifted_on {
                    Some(l) => cat.f("riskpicture.status_lifted", &[("date", l)]),
                    None => cat.t("riskpicture.status_in_force").to_string(),
                },
                in_force: e.in_force(),
            })
            .collect(),
        administrations: admins
            .iter()
            .map(|a| Choice {
                value: a.id.to_string(),
                label: a.name.clone(),
                selected: false,
            })
            .collect(),
        today: service::today().format("%Y-%m-%d").to_string(),
        problems,
        form,
    };
    Ok(render_status(status, &page))
}

/// `GET /riskbild`
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
        DeclareEcho::default(),
    )
    .await
}

/// `POST /riskbild`: a declaration.
pub async fn declare(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    form: FormFields,
) -> Result<Response, PageError> {
    let ids = form.all("administration_ids");
    let input = RiskpictureDeclareInput {
        citywide: form.get("citywide") == "on",
        // A number that is no number names no administration: refused as one unknown.
        administration_ids: ids
            .iter()
            .map(|v| v.trim().parse().unwrap_or(AdministrationId::new(-1)))
            .collect(),
        declared_on: form.get("declared_on").into(),
        reason: form.get("reason").into(),
    };
    match service::declare(&state, &p, &input).await {
        Ok(id) => Ok(varn_house::web::see_other(&format!(
            "/riskbild/{id}?klart=skapat"
        ))),
        Err(e) => {
            let echo = DeclareEcho {
                citywide: input.citywide,
                administrations: ids,
                declared_on: input.declared_on.clone(),
                reason: input.reason.clone(),
            };
            after_post(Err::<(), _>(e), "", |status, problems| {
                index_page(&state, &p, status, None, problems, echo)
            })
            .await
        }
    }
}

/// A group of suggested measures.
pub struct KindGroup {
    pub label: &'static str,
    pub kinds: Vec<Choice>,
}

/// A measure as the page shows it.
pub struct MeasureLine {
    /// Its edit page, for the reporting administration's coordinators while in force.
    pub edit: Option<String>,
    pub taken_on: String,
    pub administration: String,
    pub kind: &'static str,
    pub responsible: String,
    pub description: String,
}

/// An administration's standing as the page shows it.
pub struct StandingLine {
    pub administration: String,
    pub measures: i64,
    pub notified: Option<String>,
}

/// A notice as the page shows it.
pub struct NoticeLine {
    pub administration: String,
    pub kind: &'static str,
    pub delivered: Option<String>,
    pub attempts: i64,
}

/// A refused measure's values.
#[derive(Debug, Default)]
pub struct MeasureEcho {
    pub administration: String,
    pub kind: String,
    pub taken_on: String,
    pub responsible: String,
    pub description: String,
    pub lifted_on: String,
    pub lift_reason: String,
}

#[derive(Template)]
#[template(path = "riskpicture/episode.html")]
struct EpisodePage {
    i: &'static Catalog,
    shell: Shell,
    d: RiskpictureDetail,
    area: String,
    standing: Vec<StandingLine>,
    measures: Vec<MeasureLine>,
    notices: Vec<NoticeLine>,
    /// The administrations concerned the person reports for (empty: no measure form).
    mine: Vec<Choice>,
    groups: Vec<KindGroup>,
    can_lift: bool,
    today: String,
    problems: Vec<String>,
    form: MeasureEcho,
}

async fn episode_page(
    state: &AppState,
    p: &Principal,
    id: RiskpictureEpisodeId,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
    form: MeasureEcho,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let d = service::read(state, p, id).await?;
    let admins = all_admins(state).await?;
    let in_force = d.episode.in_force();
    let mine: Vec<Choice> = if in_force {
        d.standing
            .iter()
            .filter(|s| p.covers(perm::MEASURE, s.administration_id))
            .map(|s| Choice {
                value: s.administration_id.to_string(),
                label: s.administration.clone(),
                selected: false,
            })
            .collect()
    } else {
        vec![]
    };
    let page = EpisodePage {
        i: cat,
        shell: Shell::new(
            Some(p),
            cat.f(
                "riskpicture.episode_title",
                &[("date", &d.episode.declared_on)],
            ),
            "/riskbild",
        )
        .with_notice(notice(done)),
        area: area_of(&admins, d.episode.citywide, &d.episode.administration_ids),
        standing: d
            .standing
            .iter()
            .map(|s| StandingLine {
                administration: s.administration.clone(),
                measures: s.measures,
                notified: s
                    .notified_at
                    .as_deref()
                    .map(varn_house::kernel::time::swedish),
            })
            .collect(),
        measures: d
            .measures
            .iter()
            .map(|m| MeasureLine {
                edit: (in_force && p.covers(perm::MEASURE, m.administration_id))
                    .then(|| format!("/riskbild/{}/atgarder/{}", m.episode_id, m.id)),
                taken_on: m.taken_on.clone(),
                administration: name_of(&admins, m.administration_id),
                kind: m.kind.label(),
                responsible: m.responsible.clone(),
                description: m.description.clone(),
            })
            .collect(),
        notices: d
            .notices
            .iter()
            .map(|n| NoticeLine {
                administration: name_of(&admins, n.administration_id),
                kind: n.kind.label(),
                delivered: n
                    .delivered_at
                    .as_deref()
                    .map(varn_house::kernel::time::swedish),
                attempts: n.attempts,
            })
            .collect(),
        mine,
        groups: Suggested::ALL
            .iter()
            .map(|g| KindGroup {
                label: g.label(),
                kinds: g
                    .kinds()
                    .iter()
                    .map(|k| Choice {
                        value: k.code().into(),
                        label: k.label().into(),
                        selected: form.kind == k.code(),
                    })
                    .collect(),
            })
            .collect(),
        can_lift: in_force && p.has_any(perm::DECLARE),
        today: service::today().format("%Y-%m-%d").to_string(),
        problems,
        form,
        d,
    };
    Ok(render_status(status, &page))
}

/// `GET /riskbild/{episode}`
pub async fn episode(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<RiskpictureEpisodeId>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    episode_page(
        &state,
        &p,
        id,
        StatusCode::OK,
        q.klart.as_deref(),
        vec![],
        MeasureEcho::default(),
    )
    .await
}

fn echo(form: &FormFields) -> MeasureEcho {
    let g = |k: &str| form.get(k).to_string();
    MeasureEcho {
        administration: g("administration_id"),
        kind: g("kind"),
        taken_on: g("taken_on"),
        responsible: g("responsible"),
        description: g("description"),
        lifted_on: g("lifted_on"),
        lift_reason: g("reason"),
    }
}

/// `POST /riskbild/{episode}/atgarder`: a measure.
pub async fn measure(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<RiskpictureEpisodeId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = RiskpictureMeasureInput {
        administration_id: form.get("administration_id").trim().parse().ok(),
        kind: form.get("kind").into(),
        taken_on: form.get("taken_on").into(),
        responsible: form.get("responsible").into(),
        description: form.get("description").into(),
    };
    let result = service::add_measure(&state, &p, id, &input).await;
    after_post(
        result,
        &format!("/riskbild/{id}?klart=sparat"),
        |status, problems| episode_page(&state, &p, id, status, None, problems, echo(&form)),
    )
    .await
}

/// `POST /riskbild/{episode}/hav`: the lifting.
pub async fn lift(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<RiskpictureEpisodeId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = RiskpictureLiftInput {
        lifted_on: form.get("lifted_on").into(),
        reason: form.get("reason").into(),
    };
    let result = service::lift(&state, &p, id, &input).await;
    after_post(
        result,
        &format!("/riskbild/{id}?klart=sparat"),
        |status, problems| episode_page(&state, &p, id, status, None, problems, echo(&form)),
    )
    .await
}

/// `GET /riskbild/{episode}/riskbild.docx`
pub async fn docx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<RiskpictureEpisodeId>,
) -> Result<Response, PageError> {
    let (bytes, kind, name) = service::document(&state, &p, id, "docx").await?;
    Ok(varn_house::web::download(bytes, kind, &name))
}

/// `GET /riskbild/{episode}/riskbild.pdf`
pub async fn pdf(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<RiskpictureEpisodeId>,
) -> Result<Response, PageError> {
    let (bytes, kind, name) = service::document(&state, &p, id, "pdf").await?;
    Ok(varn_house::web::download(bytes, kind, &name))
}
