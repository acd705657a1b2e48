//! The page that changes one activity of a draft. Changing a kept, carried-over activity
//! marks it as changed, so that the revision shows what the coordinator did with it.

use askama::Template;
use axum::extract::State;

use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use varn_house::web::Path;

use crate::domain::{ActivityId, Carry, PlanId};
use crate::input::ActivityInput;
use crate::pages::{activity_input, area_choices, load, point_choices, point_date, unit_choices};
use crate::service;
use crate::store::{self, Activity};
use varn_house::audit::Actor;
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::web::error::PageError;
use varn_house::web::AppState;
use varn_house::web::Choice;
use varn_house::web::{render_status, see_other, FormFields, Shell};

#[derive(Template)]
#[template(path = "plans/activity.html")]
struct ActivityPage {
    i: &'static Catalog,
    shell: Shell,
    plan_id: PlanId,
    plan_title: String,
    activity_id: ActivityId,
    activity: ActivityInput,
    area_choices: Vec<Choice>,
    point_choices: Vec<Choice>,
    point_date: String,
    unit_choices: Vec<Choice>,
    measure_choices: Vec<Choice>,
    carried: bool,
    carry_choices: Vec<Choice>,
    problems: Vec<String>,
}

fn input_of(a: &Activity) -> ActivityInput {
    ActivityInput {
        area: a.area.as_str().into(),
        text: a.text.clone(),
        responsible: a.responsible.clone(),
        unit_id: a.unit_id,
        person: a.person.clone(),
        other_actors: a.other_actors.clone(),
        schedule: a.schedule.text.clone(),
        follow_up: a.follow_up.clone(),
        carry: Some(a.carry.as_str().into()),
    }
}

async fn page(
    state: &AppState,
    p: &Principal,
    id: ActivityId,
    input: Option<ActivityInput>,
    status: StatusCode,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let mut conn = state.db.pool().acquire().await?;
    let plan_id = store::activity_plan(&mut conn, id).await?;
    drop(conn);
    let plan = load(state, plan_id).await?;
    let stored = plan
        .activities
        .iter()
        .find(|a| a.id == id)
        .ok_or(Error::NotFound)?;
    let input = input.unwrap_or_else(|| input_of(stored));
    let units = unit_choices(state, plan.administration_id, input.unit_id).await?;
    let carry = input.carry.clone().unwrap_or_default();
    let page = ActivityPage {
        i: cat,
        shell: Shell::new(Some(p), cat.t("plans.edit_activity"), "/planer"),
        plan_id,
        plan_title: plan.title.clone(),
        activity_id: id,
        area_choices: area_choices(&input.area),
        point_choices: point_choices(Some(&input)),
        point_date: point_date(Some(&input)),
        unit_choices: units,
        measure_choices: crate::pages::measure_choices(
            state,
            plan.administration_id,
            &input.follow_up.measure,
        )
        .await?,
        carried: stored.carried_from.is_some(),
        carry_choices: [Carry::Kept, Carry::Changed, Carry::Ended]
            .iter()
            .map(|c| Choice {
                value: c.as_str().into(),
                label: c.label().into(),
                selected: c.as_str() == carry,
            })
            .collect(),
        activity: input,
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /planer/aktiviteter/{activity}`
pub async fn edit(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ActivityId>,
) -> Result<Response, PageError> {
    page(&state, &p, id, None, StatusCode::OK, vec![]).await
}

/// `POST /planer/aktiviteter/{activity}`
pub async fn update(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ActivityId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = activity_input(&form);
    let result = async {
        let values = input.check(None)?;
        let (admin, _) = store::activity_owner(&mut *state.db.pool().acquire().await?, id).await?;
        crate::measured::check(&state, admin, &values).await?;
        service::edit_activity(&state.db, &Actor::of(&p), id, values).await
    }
    .await;
    match result {
        Ok(plan) => Ok(see_other(&format!("/planer/{plan}?klart=sparat"))),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            page(
                &state,
                &p,
                id,
                Some(input),
                varn_house::web::error::page_status(&e),
                e.sentences(),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
