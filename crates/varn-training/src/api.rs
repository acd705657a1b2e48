//! The JSON API of training: courses, the column mapping, imports of completion files,
//! manual markings, figures per unit at a date and the city's, and events.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};
use varn_house::kernel::ids::AdministrationId;

use crate::domain::TrainingCourseId;
use crate::import::TrainingMapping;
use crate::service::{
    self, TrainingCity, TrainingCourseInput, TrainingEventInput, TrainingFigures, TrainingImported,
    TrainingMarkInput,
};
use crate::store::{self, TrainingCourse, TrainingEvent, TrainingImport};
use varn_house::audit::Actor;
use varn_house::auth::Principal;
use varn_house::i18n;
use varn_house::kernel::error::Error;
use varn_house::kernel::ids::UnitId;
use varn_house::web::error::ApiError;
use varn_house::web::{AppState, JsonBody, Path, Query};

type ApiResult<T> = Result<T, ApiError>;

/// Which course and date the figures are for.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct TrainingFiguresQuery {
    /// The course's id; the basic web training when left out.
    #[param(value_type = Option<i64>)]
    pub course: Option<TrainingCourseId>,
    /// YYYY-MM-DD; today when left out.
    pub date: Option<String>,
}

fn date_or_today(date: Option<&str>) -> Result<String, Error> {
    match date.map(str::trim).filter(|d| !d.is_empty()) {
        None => Ok(varn_house::db::today()),
        Some(d) => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map(|d| d.format("%Y-%m-%d").to_string())
            .map_err(|_| {
                let cat = i18n::sv();
                Error::invalid(cat.t("training.field.date"), cat.t("validation.date"))
            }),
    }
}

fn pick(
    courses: &[TrainingCourse],
    id: Option<TrainingCourseId>,
) -> Result<&TrainingCourse, Error> {
    let found = match id {
        Some(id) => courses.iter().find(|c| c.id == id && !c.kind.is_event()),
        None => service::default_course(courses),
    };
    found.ok_or_else(|| {
        let cat = i18n::sv();
        Error::invalid(
            cat.t("training.field.course"),
            cat.t("training.unknown_course"),
        )
    })
}

/// A course, a mark or an event created (the id is of the one created).
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct TrainingCreated {
    pub id: i64,
}

/// `GET /api/v1/training/courses`: the city's courses.
#[utoipa::path(get, path = "/api/v1/training/courses", tag = "training", responses((status = 200, body = Vec<TrainingCourse>)))]
pub async fn city_courses(State(state): State<AppState>) -> ApiResult<Json<Vec<TrainingCourse>>> {
    Ok(Json(store::courses(&state.db, None).await?))
}

/// `POST /api/v1/training/courses`: a city-wide course (the central coordinator).
#[utoipa::path(post, path = "/api/v1/training/courses", tag = "training", request_body = TrainingCourseInput,
    responses((status = 201, body = TrainingCreated), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn create_city_course(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(input): JsonBody<TrainingCourseInput>,
) -> ApiResult<(StatusCode, Json<TrainingCreated>)> {
    let id = service::create_course(&state.db, &Actor::of(&p), None, &input).await?;
    Ok((StatusCode::CREATED, Json(TrainingCreated { id: id.get() })))
}

/// `GET /api/v1/administrations/{admin}/training/courses`: the city's and the administration's own.
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/training/courses", tag = "training", params(("admin" = i64, Path)), responses((status = 200, body = Vec<TrainingCourse>)))]
pub async fn courses(
    State(state): State<AppState>,
    Path(admin): Path<AdministrationId>,
) -> ApiResult<Json<Vec<TrainingCourse>>> {
    Ok(Json(store::courses(&state.db, Some(admin)).await?))
}

/// `POST /api/v1/administrations/{admin}/training/courses`: the administration's own course.
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/training/courses", tag = "training", params(("admin" = i64, Path)), request_body = TrainingCourseInput,
    responses((status = 201, body = TrainingCreated), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn create_course(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    JsonBody(input): JsonBody<TrainingCourseInput>,
) -> ApiResult<(StatusCode, Json<TrainingCreated>)> {
    let id = service::create_course(&state.db, &Actor::of(&p), Some(admin), &input).await?;
    Ok((StatusCode::CREATED, Json(TrainingCreated { id: id.get() })))
}

/// `GET /api/v1/administrations/{admin}/training/mapping`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/training/mapping", tag = "training", params(("admin" = i64, Path)), responses((status = 200, body = TrainingMapping)))]
pub async fn mapping(
    State(state): State<AppState>,
    Path(admin): Path<AdministrationId>,
) -> ApiResult<Json<TrainingMapping>> {
    Ok(Json(service::mapping(&state.db, admin).await?))
}

/// `PUT /api/v1/administrations/{admin}/training/mapping`
#[utoipa::path(put, path = "/api/v1/administrations/{admin}/training/mapping", tag = "training", params(("admin" = i64, Path)), request_body = TrainingMapping,
    responses((status = 200, body = TrainingMapping), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn save_mapping(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    JsonBody(m): JsonBody<TrainingMapping>,
) -> ApiResult<Json<TrainingMapping>> {
    service::save_mapping(&state.db, &Actor::of(&p), admin, &m).await?;
    Ok(Json(service::mapping(&state.db, admin).await?))
}

/// The name of the file an API import came from.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct TrainingImportQuery {
    /// Kept with the import (cut to 100 characters; a name the PII guard flags is not kept).
    pub file_name: Option<String>,
}

/// `POST /api/v1/administrations/{admin}/training/import`: the body is the platform's
/// export itself, read through the saved mapping, all or nothing.
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/training/import", tag = "training", params(("admin" = i64, Path), TrainingImportQuery),
    request_body(content = Vec<u8>, description = "CSV (UTF-8, `,` or `;`) or XLSX file", content_type = "application/octet-stream"),
    responses((status = 200, body = TrainingImported), (status = 422, description = "Every problem with its row and field; nothing was imported", body = varn_house::web::error::ApiErrorBody)))]
pub async fn import(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    Query(q): Query<TrainingImportQuery>,
    body: Bytes,
) -> ApiResult<Json<TrainingImported>> {
    let name = q.file_name.unwrap_or_else(|| "api".into());
    Ok(Json(
        service::import(&state, &Actor::of(&p), admin, &name, body.to_vec()).await?,
    ))
}

/// `GET /api/v1/administrations/{admin}/training/imports`: the latest imports.
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/training/imports", tag = "training", params(("admin" = i64, Path)), responses((status = 200, body = Vec<TrainingImport>)))]
pub async fn imports(
    State(state): State<AppState>,
    Path(admin): Path<AdministrationId>,
) -> ApiResult<Json<Vec<TrainingImport>>> {
    Ok(Json(store::imports(&state.db, admin).await?))
}

/// `POST /api/v1/administrations/{admin}/training/marks`: a completion marked by hand.
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/training/marks", tag = "training", params(("admin" = i64, Path)), request_body = TrainingMarkInput,
    responses((status = 201, body = TrainingCreated), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn mark(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    JsonBody(input): JsonBody<TrainingMarkInput>,
) -> ApiResult<(StatusCode, Json<TrainingCreated>)> {
    let id = service::mark(&state, &Actor::of(&p), admin, &input).await?;
    Ok((StatusCode::CREATED, Json(TrainingCreated { id: id.get() })))
}

/// `GET /api/v1/administrations/{admin}/training/figures?course=&date=`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/training/figures", tag = "training", params(("admin" = i64, Path), TrainingFiguresQuery),
    responses((status = 200, body = TrainingFigures), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn figures(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    Query(q): Query<TrainingFiguresQuery>,
) -> ApiResult<Json<TrainingFigures>> {
    let date = date_or_today(q.date.as_deref())?;
    let courses = store::courses(&state.db, Some(admin)).await?;
    let course = pick(&courses, q.course)?;
    Ok(Json(
        service::figures(&state.db, &p, admin, course, &date).await?,
    ))
}

/// `GET /api/v1/training/city?course=&date=`: per administration, suppressed.
#[utoipa::path(get, path = "/api/v1/training/city", tag = "training", params(TrainingFiguresQuery),
    responses((status = 200, body = TrainingCity), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn city(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<TrainingFiguresQuery>,
) -> ApiResult<Json<TrainingCity>> {
    let date = date_or_today(q.date.as_deref())?;
    let courses = store::courses(&state.db, None).await?;
    let course = pick(&courses, q.course)?;
    Ok(Json(service::city(&state.db, &p, course, &date).await?))
}

/// Which year's events.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct TrainingEventsQuery {
    /// This year when left out.
    pub year: Option<i32>,
}

/// `GET /api/v1/administrations/{admin}/training/events?year=`
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/training/events", tag = "training", params(("admin" = i64, Path), TrainingEventsQuery), responses((status = 200, body = Vec<TrainingEvent>)))]
pub async fn events(
    State(state): State<AppState>,
    Path(admin): Path<AdministrationId>,
    Query(q): Query<TrainingEventsQuery>,
) -> ApiResult<Json<Vec<TrainingEvent>>> {
    let this_year: i32 = varn_house::db::today()
        .get(..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or(2026);
    let year = q.year.unwrap_or(this_year).clamp(1990, 2100);
    Ok(Json(store::events(&state.db, admin, year).await?))
}

/// `POST /api/v1/administrations/{admin}/training/events`: an event held.
#[utoipa::path(post, path = "/api/v1/administrations/{admin}/training/events", tag = "training", params(("admin" = i64, Path)), request_body = TrainingEventInput,
    responses((status = 201, body = TrainingCreated), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn create_event(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    JsonBody(input): JsonBody<TrainingEventInput>,
) -> ApiResult<(StatusCode, Json<TrainingCreated>)> {
    let id = service::create_event(&state.db, &Actor::of(&p), admin, &input).await?;
    Ok((StatusCode::CREATED, Json(TrainingCreated { id: id.get() })))
}

/// Which indicator, for whom and when.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct TrainingIndicatorQuery {
    /// The course's code, e.g. `WEBB-BAS`.
    pub course: String,
    /// completed, rate or in_progress; completed when left out.
    pub measure: Option<String>,
    /// One unit (with what merged into it); the whole administration when left out.
    #[param(value_type = Option<i64>)]
    pub unit: Option<UnitId>,
    /// YYYY-MM-DD (a follow-up point's date); today when left out.
    pub date: Option<String>,
}

/// `GET /api/v1/administrations/{admin}/training/indicator?course=&measure=&unit=&date=`:
/// the value a plan's training indicator takes at a date, with where it came from.
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/training/indicator", tag = "training", params(("admin" = i64, Path), TrainingIndicatorQuery),
    responses((status = 200, body = crate::TrainingIndicator), (status = 404, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn indicator(
    State(state): State<AppState>,
    Path(admin): Path<AdministrationId>,
    Query(q): Query<TrainingIndicatorQuery>,
) -> ApiResult<Json<crate::TrainingIndicator>> {
    use crate::TrainingMeasure;
    let cat = i18n::sv();
    let date = date_or_today(q.date.as_deref())?;
    let measure = match q.measure.as_deref().unwrap_or("completed") {
        "completed" => TrainingMeasure::Completed,
        "rate" => TrainingMeasure::Rate,
        "in_progress" => TrainingMeasure::InProgress,
        _ => {
            return Err(Error::invalid(
                cat.t("training.field.measure"),
                cat.t("training.unknown_measure"),
            )
            .into())
        }
    };
    let value = crate::indicator(&state.db, admin, &q.course, q.unit, measure, &date)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(Json(value))
}

/// Which years of the picture.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct TrainingPictureQuery {
    pub from: i32,
    pub to: i32,
}

/// `GET /api/v1/administrations/{admin}/training/picture?from=&to=`: training per year as a
/// source of the situational picture.
#[utoipa::path(get, path = "/api/v1/administrations/{admin}/training/picture", tag = "training", params(("admin" = i64, Path), TrainingPictureQuery),
    responses((status = 200, body = Vec<crate::TrainingPictureYear>)))]
pub async fn picture(
    State(state): State<AppState>,
    Path(admin): Path<AdministrationId>,
    Query(q): Query<TrainingPictureQuery>,
) -> ApiResult<Json<Vec<crate::TrainingPictureYear>>> {
    let from = q.from.clamp(1990, 2100);
    let to = q.to.clamp(from, 2100);
    Ok(Json(
        crate::picture_source(&state.db, admin, from, to).await?,
    ))
}
