//! People in the JSON API, for administrators.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use serde::Deserialize;
use varn_house::kernel::ids::UserId;
use varn_house::web::{Path, Query};

use crate::import::{self, PeopleImportReport};
use crate::pages;
use crate::service;
use crate::store::{self, NewGrant, User};
use varn_house::audit::Actor;
use varn_house::auth::Principal;
use varn_house::web::error::ApiError;
use varn_house::web::AppState;
use varn_house::web::JsonBody;

type ApiResult<T> = Result<T, ApiError>;

/// `GET /api/v1/users`
#[utoipa::path(get, path = "/api/v1/users", tag = "people", params(pages::UserQuery), responses((status = 200, body = [User],
    headers(("x-total-count" = i64, description = "Users that match in all"), ("link" = String, description = "The next and previous pages")))))]
pub async fn list(
    State(state): State<AppState>,
    uri: axum::http::Uri,
    Query(q): Query<pages::UserQuery>,
) -> ApiResult<varn_house::web::paging::Paged<User>> {
    let page = varn_house::kernel::paging::Page::new(q.page, q.per_page, pages::USERS_PAGE);
    let (items, total) = store::list_page(&state.db, q.q.as_deref().unwrap_or(""), page).await?;
    Ok(varn_house::web::paging::Paged {
        items,
        page,
        total,
        uri,
    })
}

/// A new user with their first grant.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    /// Optional; without it the person signs in through the identity provider or gets one later.
    #[serde(default)]
    pub password: String,
    pub grant: NewGrant,
}

/// `POST /api/v1/users`
#[utoipa::path(post, path = "/api/v1/users", tag = "people", request_body = NewUser,
    responses((status = 201, body = User), (status = 409, body = varn_house::web::error::ApiErrorBody), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    JsonBody(new): JsonBody<NewUser>,
) -> ApiResult<(StatusCode, Json<User>)> {
    let id = service::create_user(
        &state.db,
        &Actor::of(&p),
        &new.email,
        &new.name,
        &new.password,
        &new.grant,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(store::get(&state.db, id).await?)))
}

/// `POST /api/v1/users/import`: the body is the CSV or XLSX file.
#[utoipa::path(post, path = "/api/v1/users/import", tag = "people",
    request_body(content = Vec<u8>, description = "CSV or XLSX with columns e-post, namn, roll, förvaltning, enhet", content_type = "application/octet-stream"),
    responses((status = 200, body = PeopleImportReport), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn import(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    body: Bytes,
) -> ApiResult<Json<PeopleImportReport>> {
    Ok(Json(
        import::import(&state.db, &state.work, &Actor::of(&p), body.to_vec()).await?,
    ))
}

/// `GET /api/v1/users/{user}`
#[utoipa::path(get, path = "/api/v1/users/{user}", tag = "people", params(("user" = i64, Path)),
    responses((status = 200, body = User), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn get(State(state): State<AppState>, Path(id): Path<UserId>) -> ApiResult<Json<User>> {
    Ok(Json(store::get(&state.db, id).await?))
}

/// Changes to a user; absent fields stay.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct UserPatch {
    pub name: Option<String>,
    pub active: Option<bool>,
    pub password: Option<String>,
}

/// `PATCH /api/v1/users/{user}`
#[utoipa::path(patch, path = "/api/v1/users/{user}", tag = "people", params(("user" = i64, Path)), request_body = UserPatch,
    responses((status = 200, body = User), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<UserId>,
    JsonBody(patch): JsonBody<UserPatch>,
) -> ApiResult<Json<User>> {
    let current = store::get(&state.db, id).await?;
    let name = patch.name.unwrap_or(current.name);
    let active = patch.active.unwrap_or(current.active);
    service::update_user(
        &state.db,
        &Actor::of(&p),
        id,
        &name,
        active,
        patch.password.as_deref(),
    )
    .await?;
    Ok(Json(store::get(&state.db, id).await?))
}

/// `POST /api/v1/users/{user}/grants`
#[utoipa::path(post, path = "/api/v1/users/{user}/grants", tag = "people", params(("user" = i64, Path)), request_body = NewGrant,
    responses((status = 201, body = User), (status = 422, body = varn_house::web::error::ApiErrorBody)))]
pub async fn add_grant(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<UserId>,
    JsonBody(grant): JsonBody<NewGrant>,
) -> ApiResult<(StatusCode, Json<User>)> {
    service::grant(&state.db, &Actor::of(&p), id, &grant).await?;
    Ok((StatusCode::CREATED, Json(store::get(&state.db, id).await?)))
}

/// `DELETE /api/v1/users/{user}/grants/{grant}`
#[utoipa::path(delete, path = "/api/v1/users/{user}/grants/{grant}", tag = "people", params(("user" = i64, Path), ("grant" = i64, Path)),
    responses((status = 204), (status = 404, body = varn_house::web::error::ApiErrorBody)))]
pub async fn remove_grant(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((id, grant)): Path<(UserId, i64)>,
) -> ApiResult<StatusCode> {
    service::ungrant(&state.db, &Actor::of(&p), id, grant).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The signed-in person and their grants.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Me {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub roles: Vec<varn_house::auth::Role>,
    pub grants: Vec<crate::store::GrantView>,
}

/// `GET /api/v1/me`
#[utoipa::path(get, path = "/api/v1/me", tag = "people", responses((status = 200, body = Me)))]
pub async fn me(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> Result<Json<Me>, ApiError> {
    let user = crate::store::get(&state.db, p.user_id).await?;
    Ok(Json(Me {
        id: p.user_id.get(),
        email: p.email.clone(),
        name: p.name.clone(),
        roles: p.roles(),
        grants: user.grants,
    }))
}

impl axum::response::IntoResponse for Me {
    fn into_response(self) -> axum::response::Response {
        Json(self).into_response()
    }
}
