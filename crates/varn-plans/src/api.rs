//! Plans in the JSON API (`/api/v1`). Same rules and storage as the pages.

use axum::extract::State;

use axum::http::StatusCode;
use axum::{Extension, Json};
use varn_house::web::{Path, Query};

use crate::domain::{ActivityId, PlanId};
use crate::input::{ActivityInput, ApprovalInput, DecisionInput, PlanInput, ReportInput};
use crate::service;
use crate::store::{self, Activity, Plan, PlanSummary, Template};
use varn_house::audit::Actor;
use varn_house::auth::Principal;
use varn_house::kernel::ids::AdministrationId;
use varn_house::web::error::ApiError;
use varn_house::web::AppState;
use varn_house::web::JsonBody;

type ApiResult<T> = Result<T, ApiError>;

async fn read_plan(state: &AppState, id: PlanId) -> ApiResult<Json<Plan>> {
    let mut conn = state.db.pool().acquire().await?;
    Ok(Json(store::get_plan(&mut conn, id).await?))
}

/// `GET /api/v1/plans`
#[utoipa::path(get, path = "/api/v1/plans", tag = "plans",
    responses((status = 200, description = "Plans in the caller's scope", body = [PlanSummary])))]
pub async fn list(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> ApiResult<Json<Vec<PlanSummary>>> {
    Ok(Json(
        store::list_plans(&state.db, &p.scope(crate::perm::VIEW)).await?,
    ))
}

/// `GET /api/v1/plan-template`
#[utoipa::path(get, path = "/api/v1/plan-template", tag = "plans",
    responses((status = 200, description = "The current common structure", body = Template)))]
pub async fn template(State(state): State<AppState>) -> ApiResult<Json<Template>> {
    let mut conn = state.db.pool().acquire().await?;
    Ok(Json(store::current_template(&mut conn).await?))
}

/// `POST /api/v1/administrations/{admin}/plans`
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/plans", tag = "plans", params(("admin" = AdministrationId, Path)), request_body = PlanInput,
    responses((status = 201, body = Plan), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    JsonBody(input): JsonBody<PlanInput>,
) -> ApiResult<(StatusCode, Json<Plan>)> {
    let values = input.check()?;
    let id = service::create_plan(&state.db, &Actor::of(&p), admin, &values).await?;
    Ok((StatusCode::CREATED, read_plan(&state, id).await?))
}

/// `GET /api/v1/plans/{plan}`
#[utoipa::path(get, path = "/api/v1/plans/{plan}", tag = "plans", params(("plan" = PlanId, Path)),
    responses((status = 200, body = Plan), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn get(State(state): State<AppState>, Path(id): Path<PlanId>) -> ApiResult<Json<Plan>> {
    read_plan(&state, id).await
}

/// `PATCH /api/v1/plans/{plan}`: the head and the sections given; drafts only.
#[utoipa::path(patch, path = "/api/v1/plans/{plan}", tag = "plans", params(("plan" = PlanId, Path)), request_body = PlanInput,
    responses((status = 200, body = Plan), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
    JsonBody(input): JsonBody<PlanInput>,
) -> ApiResult<Json<Plan>> {
    let values = input.check()?;
    service::update_plan(&state.db, &Actor::of(&p), id, &values).await?;
    read_plan(&state, id).await
}

async fn read_activity(
    state: &AppState,
    plan: PlanId,
    id: ActivityId,
) -> ApiResult<Json<Activity>> {
    let mut conn = state.db.pool().acquire().await?;
    let list = store::activities(&mut conn, plan).await?;
    Ok(Json(
        list.into_iter()
            .find(|a| a.id == id)
            .ok_or(varn_house::kernel::error::Error::NotFound)?,
    ))
}

/// `POST /api/v1/plans/{plan}/activities`
#[utoipa::path(post, path = "/api/v1/plans/{plan}/activities", tag = "plans", params(("plan" = PlanId, Path)), request_body = ActivityInput,
    responses((status = 201, body = Activity), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn add_activity(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(plan): Path<PlanId>,
    JsonBody(input): JsonBody<ActivityInput>,
) -> ApiResult<(StatusCode, Json<Activity>)> {
    let values = input.check(None)?;
    let (admin, _) = store::plan_state(&mut *state.db.pool().acquire().await?, plan).await?;
    crate::measured::check(&state, admin, &values).await?;
    let id = service::add_activity(&state.db, &Actor::of(&p), plan, &values).await?;
    Ok((StatusCode::CREATED, read_activity(&state, plan, id).await?))
}

/// `PATCH /api/v1/activities/{activity}`: replaces the activity's fields; drafts only.
#[utoipa::path(patch, path = "/api/v1/activities/{activity}", tag = "plans", params(("activity" = ActivityId, Path)), request_body = ActivityInput,
    responses((status = 200, body = Activity), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn update_activity(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ActivityId>,
    JsonBody(input): JsonBody<ActivityInput>,
) -> ApiResult<Json<Activity>> {
    let values = input.check(None)?;
    let (admin, _) = store::activity_owner(&mut *state.db.pool().acquire().await?, id).await?;
    crate::measured::check(&state, admin, &values).await?;
    let plan = service::update_activity(&state.db, &Actor::of(&p), id, &values).await?;
    read_activity(&state, plan, id).await
}

/// `DELETE /api/v1/activities/{activity}`: drafts only.
#[utoipa::path(delete, path = "/api/v1/activities/{activity}", tag = "plans", params(("activity" = ActivityId, Path)),
    responses((status = 204), (status = 409, body = varn_house::web::error::ApiErrorBody)))]
pub async fn delete_activity(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ActivityId>,
) -> ApiResult<StatusCode> {
    service::delete_activity(&state.db, &Actor::of(&p), id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/plans/{plan}/decide`: the board's decision on a draft.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/decide", tag = "plans", params(("plan" = PlanId, Path)), request_body = DecisionInput,
    responses((status = 200, body = Plan), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn decide(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
    JsonBody(input): JsonBody<DecisionInput>,
) -> ApiResult<Json<Plan>> {
    let (date, reference) = input.check()?;
    service::decide(&state.db, &Actor::of(&p), id, &date, &reference).await?;
    read_plan(&state, id).await
}

/// `POST /api/v1/plans/{plan}/approve`: the executive board's approval of a decided plan.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/approve", tag = "plans", params(("plan" = PlanId, Path)), request_body = ApprovalInput,
    responses((status = 200, body = Plan), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn approve(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
    JsonBody(input): JsonBody<ApprovalInput>,
) -> ApiResult<Json<Plan>> {
    let (date, reference) = input.check()?;
    service::approve(&state.db, &Actor::of(&p), id, &date, &reference).await?;
    read_plan(&state, id).await
}

/// `POST /api/v1/plans/{plan}/return`: the executive board sends a decided plan back with
/// its comments; the plan is a draft again.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/return", tag = "plans", params(("plan" = PlanId, Path)), request_body = crate::input::ReturnInput,
    responses((status = 200, body = Plan), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn send_back(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
    JsonBody(input): JsonBody<crate::input::ReturnInput>,
) -> ApiResult<Json<Plan>> {
    let comment = input.check()?;
    service::send_back(&state.db, &Actor::of(&p), id, &comment).await?;
    read_plan(&state, id).await
}

/// `POST /api/v1/plans/{plan}/revise`: a draft for the next period from this plan.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/revise", tag = "plans", params(("plan" = PlanId, Path)),
    responses((status = 201, body = Plan), (status = 409, body = varn_house::web::error::ApiErrorBody)))]
pub async fn revise(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
) -> ApiResult<(StatusCode, Json<Plan>)> {
    let new = service::revise(&state.db, &Actor::of(&p), id).await?;
    Ok((StatusCode::CREATED, read_plan(&state, new).await?))
}

/// `POST /api/v1/activities/{activity}/followups`: a status report at a follow-up point.
#[utoipa::path(post, path = "/api/v1/activities/{activity}/followups", tag = "plans", params(("activity" = ActivityId, Path)), request_body = ReportInput,
    responses((status = 201, body = Activity), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn report(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ActivityId>,
    JsonBody(input): JsonBody<ReportInput>,
) -> ApiResult<(StatusCode, Json<Activity>)> {
    let plan = service::report(&state.db, &p, &state.pii.get(), id, &input).await?;
    Ok((StatusCode::CREATED, read_activity(&state, plan, id).await?))
}

/// What a plan's document includes.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
pub struct AppendixParam {
    /// `picture`: the administration's local situational picture of the plan's first year
    /// (or the year before) as the appendix, suppressed unless the caller coordinates the
    /// administration; 403 for whoever may not read the picture, 422 when there is none.
    pub appendix: Option<String>,
}

/// `GET /api/v1/plans/{plan}/document.docx`: the plan as a Word document.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/document.docx", tag = "plans", params(("plan" = PlanId, Path), AppendixParam),
    responses((status = 200, description = "The plan as .docx", content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn docx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
    Query(q): Query<AppendixParam>,
) -> ApiResult<axum::response::Response> {
    let picture = q.appendix.as_deref() == Some("picture");
    let (bytes, content_type, name) =
        crate::pages::document(&state, &p, id, "docx", picture).await?;
    Ok(varn_house::web::download(bytes, content_type, &name))
}

/// `GET /api/v1/plans/{plan}/document.pdf`: the plan as PDF.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/document.pdf", tag = "plans", params(("plan" = PlanId, Path), AppendixParam),
    responses((status = 200, description = "The plan as PDF", content_type = "application/pdf"),
        (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn pdf(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
    Query(q): Query<AppendixParam>,
) -> ApiResult<axum::response::Response> {
    let picture = q.appendix.as_deref() == Some("picture");
    let (bytes, content_type, name) =
        crate::pages::document(&state, &p, id, "pdf", picture).await?;
    Ok(varn_house::web::download(bytes, content_type, &name))
}

/// `GET /api/v1/plans/{plan}/export.json`: the plan in the exchange format.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/export.json", tag = "plans", params(("plan" = PlanId, Path)),
    responses((status = 200, body = crate::json::PlanJson)))]
pub async fn export_json(
    State(state): State<AppState>,
    Path(id): Path<PlanId>,
) -> ApiResult<Json<crate::json::PlanJson>> {
    let mut conn = state.db.pool().acquire().await?;
    Ok(Json(crate::json::export(&mut conn, id).await?))
}

/// `POST /api/v1/plans/import`: a plan in the exchange format; all or nothing.
#[utoipa::path(post, path = "/api/v1/plans/import", tag = "plans", request_body = crate::json::PlanJson,
    responses((status = 201, body = Plan), (status = 403, body = varn_house::web::error::ApiErrorBody), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn import_json(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(json): JsonBody<crate::json::PlanJson>,
) -> ApiResult<(StatusCode, Json<Plan>)> {
    let id = service::import_json(&state.db, &p, &json).await?;
    Ok((StatusCode::CREATED, read_plan(&state, id).await?))
}

/// How many activities an import added.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
#[schema(as = PlanActivitiesImported)]
pub struct Imported {
    pub imported: usize,
}

/// `POST /api/v1/plans/{plan}/activities/import`: an XLSX or CSV sheet as the body.
#[utoipa::path(post, path = "/api/v1/plans/{plan}/activities/import", tag = "plans", params(("plan" = PlanId, Path)),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "XLSX or CSV"),
    responses((status = 200, body = Imported), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn import_activities(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<PlanId>,
    body: axum::body::Bytes,
) -> ApiResult<Json<Imported>> {
    let rows = state
        .work
        .try_run(move || crate::import::read(&body))
        .await?;
    let imported = service::import_activities(&state.db, &Actor::of(&p), id, &rows).await?;
    Ok(Json(Imported { imported }))
}

/// One activity at one follow-up point with its latest report.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct FollowUpLine {
    pub activity_id: ActivityId,
    pub area: crate::domain::Area,
    pub text: String,
    pub responsible: String,
    pub point: String,
    /// The last day for the report, `YYYY-MM-DD`.
    pub deadline: String,
    /// The latest status reported (code), absent when none.
    pub status: Option<String>,
    pub comment: String,
    pub indicator: String,
    pub indicator_value: String,
    /// The figure Värn counts for the indicator, when the activity names one.
    pub measure: Option<String>,
    /// Its value for the point's period (up to today while the point is ahead), with where
    /// it came from.
    pub measured: Option<varn_house::web::capability::MeasureValue>,
    /// A reminder when the report is due within 30 days or late.
    pub reminder: Option<String>,
}

/// Which follow-up point.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
pub struct PointParam {
    /// T1, T2, VB or a date; every point when absent.
    pub point: Option<String>,
}

/// `GET /api/v1/plans/{plan}/followups`: the follow-up table.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/followups", tag = "plans", params(("plan" = PlanId, Path), PointParam),
    responses((status = 200, body = [FollowUpLine])))]
pub async fn followups(
    State(state): State<AppState>,
    Path(id): Path<PlanId>,
    Query(q): Query<PointParam>,
) -> ApiResult<Json<Vec<FollowUpLine>>> {
    let mut conn = state.db.pool().acquire().await?;
    let plan = store::get_plan(&mut conn, id).await?;
    let point = q
        .point
        .as_deref()
        .map(|p| crate::domain::Point::parse(p).ok_or(varn_house::kernel::error::Error::NotFound))
        .transpose()?;
    let today = chrono::Utc::now().date_naive();
    let mut rows = crate::view::follow_up_rows(&plan, point.as_ref(), today);
    crate::measured::fill(&state, &plan, &mut rows, today).await?;
    Ok(Json(
        rows.into_iter()
            .map(|r| FollowUpLine {
                activity_id: r.activity.id,
                area: r.activity.area,
                text: r.activity.text,
                responsible: r.activity.responsible,
                point: r.point,
                deadline: r.deadline,
                status: Some(r.status_code).filter(|s| !s.is_empty()),
                comment: r.comment,
                indicator: r.indicator,
                indicator_value: r.value,
                measure: Some(r.measure).filter(|m| !m.is_empty()),
                measured: r.measured,
                reminder: r.reminder,
            })
            .collect(),
    ))
}

/// `GET /api/v1/administrations/{admin}/plan-measures`: the figures Värn can count for the
/// administration's plan indicators (an activity's `follow_up.measure` names one).
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/plan-measures", tag = "plans", params(("admin" = AdministrationId, Path)),
    responses((status = 200, body = [varn_house::web::capability::Measure])))]
pub async fn measures(
    State(state): State<AppState>,
    Path(admin): Path<AdministrationId>,
) -> ApiResult<Json<Vec<varn_house::web::capability::Measure>>> {
    Ok(Json(crate::measured::offered(&state, admin).await?))
}

/// The other version to compare with.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
pub struct WithParam {
    /// The other plan's id; the previous version when absent.
    pub with: Option<PlanId>,
}

/// `GET /api/v1/plans/{plan}/diff`: what changed from the other version to this one.
#[utoipa::path(get, path = "/api/v1/plans/{plan}/diff", tag = "plans", params(("plan" = PlanId, Path), WithParam),
    responses((status = 200, body = crate::diff::Diff), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn diff(
    State(state): State<AppState>,
    Path(id): Path<PlanId>,
    Query(q): Query<WithParam>,
) -> ApiResult<Json<crate::diff::Diff>> {
    let mut conn = state.db.pool().acquire().await?;
    let this = store::get_plan(&mut conn, id).await?;
    let other = q
        .with
        .or(this.previous_id)
        .ok_or(varn_house::kernel::error::Error::NotFound)?;
    let other = store::get_plan(&mut conn, other).await?;
    if other.administration_id != this.administration_id {
        return Err(varn_house::kernel::error::Error::NotFound.into());
    }
    let (before, after) = if other.period_start <= this.period_start {
        (other, this)
    } else {
        (this, other)
    };
    Ok(Json(crate::diff::diff(&before, &after)))
}
