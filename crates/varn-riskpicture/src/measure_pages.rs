//! The pages of one reported measure: its edit page (the reporting administration's
//! coordinators, while the state is in force) with the form to change it and the one to
//! remove it, and every measure of an episode as CSV for the follow-up.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;

use crate::domain::{RiskpictureEpisodeId, RiskpictureMeasureId, Suggested};
use crate::measures;
use crate::pages::KindGroup;
use crate::service::RiskpictureMeasureInput;
use crate::store::{RiskpictureEpisode, RiskpictureMeasure};
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::web::error::PageError;
use varn_house::web::{after_post, render_status, AppState, Choice, FormFields, Path, Shell};

/// What the form shows: the measure as stored, or what was typed when refused.
#[derive(Debug, Default)]
pub struct MeasureForm {
    pub kind: String,
    pub taken_on: String,
    pub responsible: String,
    pub description: String,
}

impl MeasureForm {
    fn of(m: &RiskpictureMeasure) -> MeasureForm {
        MeasureForm {
            kind: m.kind.code().into(),
            taken_on: m.taken_on.clone(),
            responsible: m.responsible.clone(),
            description: m.description.clone(),
        }
    }

    fn typed(form: &FormFields) -> MeasureForm {
        MeasureForm {
            kind: form.get("kind").into(),
            taken_on: form.get("taken_on").into(),
            responsible: form.get("responsible").into(),
            description: form.get("description").into(),
        }
    }
}

#[derive(Template)]
#[template(path = "riskpicture/measure.html")]
struct MeasurePage {
    i: &'static Catalog,
    shell: Shell,
    e: RiskpictureEpisode,
    m: RiskpictureMeasure,
    administration: String,
    groups: Vec<KindGroup>,
    problems: Vec<String>,
    form: MeasureForm,
}

async fn measure_page(
    state: &AppState,
    p: &Principal,
    episode: RiskpictureEpisodeId,
    id: RiskpictureMeasureId,
    status: StatusCode,
    problems: Vec<String>,
    form: Option<MeasureForm>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let (e, m) = measures::read(state, p, episode, id).await?;
    let administration = varn_org::get_administration(&state.db, m.administration_id)
        .await?
        .name;
    let form = form.unwrap_or_else(|| MeasureForm::of(&m));
    let page = MeasurePage {
        i: cat,
        shell: Shell::new(
            Some(p),
            cat.f("riskpicture.edit_measure_title", &[("date", &m.taken_on)]),
            "/riskbild",
        ),
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
        administration,
        problems,
        form,
        e,
        m,
    };
    Ok(render_status(status, &page))
}

/// `GET /riskbild/{episode}/atgarder/{measure}`
pub async fn edit_page(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((episode, id)): Path<(RiskpictureEpisodeId, RiskpictureMeasureId)>,
) -> Result<Response, PageError> {
    measure_page(&state, &p, episode, id, StatusCode::OK, vec![], None).await
}

/// `POST /riskbild/{episode}/atgarder/{measure}`: the changed measure.
pub async fn edit(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((episode, id)): Path<(RiskpictureEpisodeId, RiskpictureMeasureId)>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = RiskpictureMeasureInput {
        administration_id: None,
        kind: form.get("kind").into(),
        taken_on: form.get("taken_on").into(),
        responsible: form.get("responsible").into(),
        description: form.get("description").into(),
    };
    let result = measures::edit(&state, &p, episode, id, &input).await;
    after_post(
        result,
        &format!("/riskbild/{episode}?klart=sparat"),
        |status, problems| {
            measure_page(
                &state,
                &p,
                episode,
                id,
                status,
                problems,
                Some(MeasureForm::typed(&form)),
            )
        },
    )
    .await
}

/// `POST /riskbild/{episode}/atgarder/{measure}/ta-bort`
pub async fn remove(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((episode, id)): Path<(RiskpictureEpisodeId, RiskpictureMeasureId)>,
) -> Result<Response, PageError> {
    let result = measures::remove(&state, &p, episode, id).await;
    after_post(
        result,
        &format!("/riskbild/{episode}?klart=borttaget"),
        |status, problems| measure_page(&state, &p, episode, id, status, problems, None),
    )
    .await
}

/// `GET /riskbild/{episode}/atgarder.csv`: every measure of the episode.
pub async fn csv(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(episode): Path<RiskpictureEpisodeId>,
) -> Result<Response, PageError> {
    let (bytes, name) = measures::file(&state, &p, episode).await?;
    Ok(varn_house::web::download(
        bytes,
        "text/csv; charset=utf-8",
        &name,
    ))
}
