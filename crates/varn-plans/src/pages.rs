//! The plan pages: the list, one plan with its sections, activity tables and lifecycle, the
//! activity forms and the downloads. Every change goes through the same storage as the API
//! and is audited there. Follow-up is in [`super::followup`], the common structure in
//! [`super::structure`].

use askama::Template;
use axum::extract::State;
use varn_house::kernel::ids::{AdministrationId, UnitId};

use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use varn_house::web::download;
use varn_house::web::{Path, Query, Upload};

use crate::domain::{ActivityId, Area, Carry, FollowUp, PlanId, PlanStatus};
use crate::input::{ActivityInput, ApprovalInput, DecisionInput, PlanInput};
use crate::service;
use crate::store::{self, Plan, PlanSummary};
use crate::view::{self, ActivityRow, AreaBlock, EventRow, SectionView};
use varn_house::audit::Actor;
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::web::error::PageError;
use varn_house::web::AppState;
use varn_house::web::Choice;
use varn_house::web::{notice, render_status, see_other, FormFields, NoticeQuery, Shell};

#[derive(Template)]
#[template(path = "plans/index.html")]
struct IndexPage {
    i: &'static Catalog,
    shell: Shell,
    plans: Vec<PlanSummary>,
    admins: Vec<Choice>,
    problems: Vec<String>,
    form: PlanInput,
    reminders: Vec<Reminder>,
}

/// A report that is due soon or late, for the list page.
#[derive(Debug, Clone)]
pub struct Reminder {
    pub plan_id: PlanId,
    pub point: String,
    pub activity: String,
    pub message: String,
}

/// Reports due within 30 days or late, in the plans in force that `p` may report on.
async fn reminders(
    state: &AppState,
    p: &Principal,
    plans: &[PlanSummary],
) -> Result<Vec<Reminder>, Error> {
    if !p.has_any(crate::perm::REPORT) {
        return Ok(vec![]);
    }
    let today = chrono::Utc::now().date_naive();
    let mut out = Vec::new();
    for summary in plans.iter().filter(|s| {
        matches!(s.status, PlanStatus::Decided | PlanStatus::Approved)
            && p.covers(crate::perm::REPORT, s.administration_id)
    }) {
        let plan = load(state, summary.id).await?;
        for row in view::follow_up_rows(&plan, None, today) {
            if let Some(message) = row.reminder {
                out.push(Reminder {
                    plan_id: plan.id,
                    point: row.point,
                    activity: row.activity.text,
                    message,
                });
            }
        }
    }
    Ok(out)
}

/// `GET /planer`
pub async fn index(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    index_page(&state, &p, StatusCode::OK, q.klart.as_deref(), vec![], None).await
}

async fn index_page(
    state: &AppState,
    p: &Principal,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
    form: Option<(PlanInput, Option<AdministrationId>)>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let plans = store::list_plans(&state.db, &p.scope(crate::perm::VIEW)).await?;
    let selected = form.as_ref().and_then(|f| f.1);
    let admins = varn_org::list_administrations(&state.db, &p.scope(crate::perm::EDIT))
        .await?
        .into_iter()
        .map(|a| Choice {
            value: a.id.to_string(),
            label: a.name,
            selected: Some(a.id) == selected,
        })
        .collect();
    let reminders = reminders(state, p, &plans).await?;
    let page = IndexPage {
        i: cat,
        reminders,
        shell: Shell::new(Some(p), cat.t("plans.title"), "/planer").with_notice(notice(done)),
        plans,
        admins,
        problems,
        form: form.map(|f| f.0).unwrap_or_default(),
    };
    Ok(render_status(status, &page))
}

fn plan_input(form: &FormFields, sections: &[String]) -> PlanInput {
    PlanInput {
        title: form.get("title").into(),
        dnr: form.get("dnr").into(),
        city_goal: form.get("city_goal").into(),
        period_start: form.get("period_start").into(),
        period_end: form.get("period_end").into(),
        next_revision: Some(form.get("next_revision").to_string()),
        sections: sections
            .iter()
            .map(|k| (k.clone(), form.get(&format!("section_{k}")).to_string()))
            .collect(),
    }
}

/// `POST /planer`: a new draft.
pub async fn create(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = plan_input(&form, &[]);
    // None when no administration was chosen (the form's empty choice reads as 0).
    let admin = form
        .id("administration")
        .ok()
        .flatten()
        .filter(|a| *a != 0)
        .map(AdministrationId::new);
    if admin.is_some_and(|a| !p.covers(crate::perm::EDIT, a)) {
        return Err(Error::Forbidden.into());
    }
    let result = async {
        let values = input.check()?;
        let Some(admin) = admin else {
            let cat = i18n::sv();
            return Err(Error::invalid(
                cat.t("plans.field.administration"),
                cat.t("validation.required"),
            ));
        };
        service::create_plan(&state.db, &Actor::of(&p), admin, &values).await
    }
    .await;
    match result {
        Ok(id) => Ok(see_other(&format!("/planer/{id}?klart=skapat"))),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            index_page(
                &state,
                &p,
                varn_house::web::error::page_status(&e),
                None,
                e.sentences(),
                Some((input, admin)),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "plans/plan.html")]
struct PlanPage {
    i: &'static Catalog,
    shell: Shell,
    plan: Plan,
    period: String,
    status: &'static str,
    sections: Vec<SectionView>,
    areas: Vec<AreaBlock>,
    carried: Vec<ActivityRow>,
    events: Vec<EventRow>,
    problems: Vec<String>,
    editable: bool,
    can_approve: bool,
    can_send_back: bool,
    can_revise: bool,
    area_choices: Vec<Choice>,
    point_choices: Vec<Choice>,
    point_date: String,
    unit_choices: Vec<Choice>,
    measure_choices: Vec<Choice>,
    activity: ActivityInput,
    version_text: String,
    /// The situational picture of the plan's first year, for the section on it.
    picture: Option<varn_situation::picture_pages::PictureLink>,
}

/// The current units of an administration, for the activity form's responsible unit.
pub async fn unit_choices(
    state: &AppState,
    admin: AdministrationId,
    selected: Option<UnitId>,
) -> Result<Vec<Choice>, Error> {
    Ok(varn_org::list_units(&state.db, admin)
        .await?
        .into_iter()
        .filter(|u| u.current || Some(u.id) == selected)
        .map(|u| Choice {
            value: u.id.to_string(),
            label: format!("{} ({})", u.name, u.code),
            selected: Some(u.id) == selected,
        })
        .collect())
}

/// The figures Värn can count for the activity form's indicator, the first meaning "typed
/// by hand".
pub async fn measure_choices(
    state: &AppState,
    admin: AdministrationId,
    selected: &str,
) -> Result<Vec<Choice>, Error> {
    let mut out = vec![Choice {
        value: String::new(),
        label: i18n::sv().t("plans.measure_none").into(),
        selected: selected.is_empty(),
    }];
    for m in crate::measured::offered(state, admin).await? {
        out.push(Choice {
            selected: m.reference == selected,
            value: m.reference,
            label: m.label,
        });
    }
    Ok(out)
}

/// The T1/T2/VB checkboxes of the activity form.
pub fn point_choices(activity: Option<&ActivityInput>) -> Vec<Choice> {
    ["T1", "T2", "VB"]
        .iter()
        .map(|code| Choice {
            value: code.to_string(),
            label: code.to_string(),
            selected: activity.is_some_and(|a| a.follow_up.points.iter().any(|p| p == code)),
        })
        .collect()
}

/// The dated follow-up point of the activity form, if any.
pub fn point_date(activity: Option<&ActivityInput>) -> String {
    activity
        .and_then(|a| {
            a.follow_up
                .points
                .iter()
                .find(|p| !["T1", "T2", "VB"].contains(&p.as_str()))
                .cloned()
        })
        .unwrap_or_default()
}

pub fn area_choices(selected: &str) -> Vec<Choice> {
    Area::ALL
        .iter()
        .map(|a| Choice {
            value: a.as_str().into(),
            label: a.label().into(),
            selected: a.as_str() == selected,
        })
        .collect()
}

pub async fn load(state: &AppState, id: PlanId) -> Result<Plan, Error> {
    let mut conn = state.db.pool().acquire().await?;
    store::get_plan(&mut conn, id).await
}

async fn plan_page(
    state: &AppState,
    p: &Principal,
    id: PlanId,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
    activity: Option<ActivityInput>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let plan = load(state, id).await?;
    let can_edit = p.covers(crate::perm::EDIT, plan.administration_id);
    let (units, measures) = if can_edit && plan.status == PlanStatus::Draft {
        let chosen = activity
            .as_ref()
            .map(|a| a.follow_up.measure.as_str())
            .unwrap_or("");
        (
            unit_choices(
                state,
                plan.administration_id,
                activity.as_ref().and_then(|a| a.unit_id),
            )
            .await?,
            measure_choices(state, plan.administration_id, chosen).await?,
        )
    } else {
        (vec![], vec![])
    };
    let picture = varn_situation::picture_pages::plan_link(
        state,
        p,
        plan.administration_id,
        &plan.period_start,
    )
    .await?;
    let page = PlanPage {
        picture,
        unit_choices: units,
        measure_choices: measures,
        i: cat,
        shell: Shell::new(Some(p), plan.title.clone(), "/planer").with_notice(notice(done)),
        period: plan.period(),
        status: plan.status.label(),
        sections: view::sections(&plan),
        areas: view::areas(&plan),
        carried: view::carried(&plan),
        events: view::events(&plan),
        problems,
        editable: can_edit && plan.status == PlanStatus::Draft,
        can_approve: p.covers(crate::perm::APPROVE, plan.administration_id)
            && plan.status == PlanStatus::Decided,
        can_send_back: p.covers(crate::perm::SEND_BACK, plan.administration_id)
            && plan.status == PlanStatus::Decided,
        can_revise: can_edit && plan.status != PlanStatus::Draft && plan.next_id.is_none(),
        area_choices: area_choices(activity.as_ref().map(|a| a.area.as_str()).unwrap_or("")),
        point_choices: point_choices(activity.as_ref()),
        point_date: point_date(activity.as_ref()),
        activity: activity.unwrap_or_default(),
        version_text: cat.f(
            "plans.template_version",
            &[("version", &plan.template_version.to_string())],
        ),
        plan,
    };
    Ok(render_status(status, &page))
}

/// `GET /planer/{plan}`
pub async fn show(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    plan_page(
        &state,
        &p,
        id,
        StatusCode::OK,
        q.klart.as_deref(),
        vec![],
        None,
    )
    .await
}

/// Answers a form post on a plan: back to the plan with a notice, or the plan page with
/// the problems.
async fn after(
    state: &AppState,
    p: &Principal,
    id: PlanId,
    result: Result<(), Error>,
    activity: Option<ActivityInput>,
) -> Result<Response, PageError> {
    match result {
        Ok(()) => Ok(see_other(&format!("/planer/{id}?klart=sparat"))),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            plan_page(
                state,
                p,
                id,
                varn_house::web::error::page_status(&e),
                None,
                e.sentences(),
                activity,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /planer/{plan}`: the head and the sections of a draft.
pub async fn update(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let keys: Vec<String> = load(&state, id)
        .await?
        .sections
        .iter()
        .map(|s| s.key.clone())
        .collect();
    let input = plan_input(&form, &keys);
    let result = async {
        let values = input.check()?;
        service::update_plan(&state.db, &Actor::of(&p), id, &values).await
    }
    .await;
    after(&state, &p, id, result, None).await
}

/// Reads the activity form's fields.
pub fn activity_input(form: &FormFields) -> ActivityInput {
    let mut points = form.all("points");
    let date = form.get("point_date").trim();
    if !date.is_empty() {
        points.push(date.to_string());
    }
    ActivityInput {
        area: form.get("area").into(),
        text: form.get("text").into(),
        responsible: form.get("responsible").into(),
        unit_id: form.id("unit_id").ok().flatten().map(UnitId::new),
        person: form.get("person").into(),
        other_actors: form.get("other_actors").into(),
        schedule: form.get("schedule").into(),
        follow_up: FollowUp {
            points,
            indicator: form.get("indicator").into(),
            unit: form.get("indicator_unit").into(),
            text: form.get("follow_up_text").into(),
            measure: form.get("measure").into(),
        },
        carry: Some(form.get("carry").to_string()).filter(|c| !c.is_empty()),
    }
}

/// `POST /planer/{plan}/aktiviteter`
pub async fn add_activity(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = activity_input(&form);
    let result = async {
        let values = input.check(None)?;
        let (admin, _) = store::plan_state(&mut *state.db.pool().acquire().await?, id).await?;
        crate::measured::check(&state, admin, &values).await?;
        service::add_activity(&state.db, &Actor::of(&p), id, &values).await?;
        Ok(())
    }
    .await;
    after(&state, &p, id, result, Some(input)).await
}

/// `POST /planer/aktiviteter/{activity}/ta-bort`
pub async fn delete_activity(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(activity): Path<ActivityId>,
) -> Result<Response, PageError> {
    let plan = store::activity_plan(&mut *state.db.pool().acquire().await?, activity).await?;
    let result = service::delete_activity(&state.db, &Actor::of(&p), activity)
        .await
        .map(|_| ());
    after(&state, &p, plan, result, None).await
}

/// `POST /planer/aktiviteter/{activity}/beslut`: keep, change or end a carried activity.
pub async fn carry_activity(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(activity): Path<ActivityId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let plan_id = store::activity_plan(&mut *state.db.pool().acquire().await?, activity).await?;
    let result = async {
        let cat = i18n::sv();
        let carry = Carry::parse(form.get("carry")).ok_or_else(|| {
            Error::invalid(cat.t("plans.field.carry"), cat.t("plans.validation.carry"))
        })?;
        service::carry_activity(&state.db, &Actor::of(&p), activity, carry).await?;
        Ok(())
    }
    .await;
    after(&state, &p, plan_id, result, None).await
}

/// `POST /planer/{plan}/beslut`: the board's decision.
pub async fn decide(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = DecisionInput {
        decided_on: form.get("decided_on").into(),
        reference: form.get("reference").into(),
    };
    let result = async {
        let (date, reference) = input.check()?;
        service::decide(&state.db, &Actor::of(&p), id, &date, &reference).await
    }
    .await;
    after(&state, &p, id, result, None).await
}

/// `POST /planer/{plan}/godkannande`: the executive board's approval.
pub async fn approve(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = ApprovalInput {
        approved_on: form.get("approved_on").into(),
        reference: form.get("approval_ref").into(),
    };
    let result = async {
        let (date, reference) = input.check()?;
        service::approve(&state.db, &Actor::of(&p), id, &date, &reference).await
    }
    .await;
    after(&state, &p, id, result, None).await
}

/// `POST /planer/{plan}/aterforvisning`: the executive board sends the plan back.
pub async fn send_back(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = crate::input::ReturnInput {
        comment: form.get("comment").into(),
    };
    let result = async {
        let comment = input.check()?;
        service::send_back(&state.db, &Actor::of(&p), id, &comment).await
    }
    .await;
    after(&state, &p, id, result, None).await
}

/// `POST /planer/{plan}/revidera`: new plan from this one.
pub async fn revise(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
) -> Result<Response, PageError> {
    let result = service::revise(&state.db, &Actor::of(&p), id).await;
    match result {
        Ok(new) => Ok(see_other(&format!("/planer/{new}?klart=skapat"))),
        Err(e) => after(&state, &p, id, Err(e), None).await,
    }
}

/// Renders a plan's document off the async threads; with `picture`, the administration's
/// local situational picture of the plan's first year (or the year before) as its appendix,
/// as `p` may read it.
pub async fn document(
    state: &AppState,
    p: &Principal,
    id: PlanId,
    format: &str,
    picture: bool,
) -> Result<(Vec<u8>, &'static str, String), Error> {
    let plan = load(state, id).await?;
    let appendix = match (
        picture,
        plan.period_start.get(..4).and_then(|y| y.parse().ok()),
    ) {
        (true, Some(year)) => {
            varn_situation::plan_appendix(state, p, plan.administration_id, year, format).await?
        }
        _ => vec![],
    };
    let name = format!(
        "handlingsplan-{}-{}",
        plan.administration_code,
        plan.period_start.get(..4).unwrap_or("")
    );
    let format = format.to_string();
    state
        .work
        .try_run(move || -> Result<(Vec<u8>, &'static str, String), Error> {
            Ok(match format.as_str() {
                "docx" => (
                    crate::doc::docx_with(&plan, appendix)?,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    format!("{name}.docx"),
                ),
                "pdf" => (
                    crate::doc::pdf_with(&plan, appendix),
                    "application/pdf",
                    format!("{name}.pdf"),
                ),
                _ => return Err(Error::NotFound),
            })
        })
        .await
}

/// What a plan's document includes: `?bilaga=lagesbild` adds the local situational picture.
#[derive(Debug, serde::Deserialize)]
pub struct DocumentQuery {
    pub bilaga: Option<String>,
}

impl DocumentQuery {
    fn picture(&self) -> bool {
        self.bilaga.as_deref() == Some("lagesbild")
    }
}

/// `GET /planer/{plan}/handlingsplan.docx[?bilaga=lagesbild]`
pub async fn docx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
    Query(q): Query<DocumentQuery>,
) -> Result<Response, PageError> {
    let (bytes, content_type, name) = document(&state, &p, id, "docx", q.picture()).await?;
    Ok(download(bytes, content_type, &name))
}

/// `GET /planer/{plan}/handlingsplan.pdf[?bilaga=lagesbild]`
pub async fn pdf(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
    Query(q): Query<DocumentQuery>,
) -> Result<Response, PageError> {
    let (bytes, content_type, name) = document(&state, &p, id, "pdf", q.picture()).await?;
    Ok(download(bytes, content_type, &name))
}

/// `GET /planer/{plan}/handlingsplan.json`
pub async fn json(
    State(state): State<AppState>,
    Path(id): Path<PlanId>,
) -> Result<Response, PageError> {
    let mut conn = state.db.pool().acquire().await?;
    let plan = crate::json::export(&mut conn, id).await?;
    let bytes = serde_json::to_vec_pretty(&plan).map_err(|e| Error::Internal(e.into()))?;
    Ok(download(
        bytes,
        "application/json",
        &format!("handlingsplan-{id}.json"),
    ))
}

/// `POST /planer/{plan}/aktiviteter/import` (multipart, CSRF token in the query).
pub async fn import_activities(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
    upload: Upload,
) -> Result<Response, PageError> {
    let result = async {
        let bytes = varn_house::web::uploaded_file(upload).await?;
        let rows = state
            .work
            .try_run(move || crate::import::read(&bytes))
            .await?;
        service::import_activities(&state.db, &Actor::of(&p), id, &rows).await?;
        Ok(())
    }
    .await;
    match result {
        Ok(()) => Ok(see_other(&format!("/planer/{id}?klart=importerat"))),
        Err(e) => after(&state, &p, id, Err(e), None).await,
    }
}
