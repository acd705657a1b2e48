//! The people pages, for administrators: list, create, edit, roles and scopes, import.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use varn_house::kernel::ids::{AdministrationId, UnitId, UserId};
use varn_house::web::{Path, Query, Upload};

use crate::import::{self, PeopleImportReport};
use crate::service;
use crate::store::{self, NewGrant, User};
use varn_house::audit::Actor;
use varn_house::auth::{Principal, Role, Scope};
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::kernel::paging::Page;
use varn_house::web::error::PageError;
use varn_house::web::paging::Pager;
use varn_house::web::AppState;
use varn_house::web::{notice, render_status, see_other, FormFields, NoticeQuery, Shell};
use varn_house::web::{uploaded_file, Choice};
use varn_org::{self as org, Administration, Unit};

fn role_choices() -> Vec<Choice> {
    Role::ALL
        .iter()
        .map(|r| Choice {
            value: r.as_str().into(),
            label: r.label().into(),
            selected: false,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "people/index.html")]
struct IndexPage {
    i: &'static Catalog,
    shell: Shell,
    users: Vec<User>,
    search: String,
    pager: Pager,
    roles: Vec<Choice>,
    administrations: Vec<Administration>,
    problems: Vec<String>,
    report: Option<PeopleImportReport>,
    form_email: String,
    form_name: String,
}

/// Users a page of the list shows.
pub const USERS_PAGE: u32 = 50;

/// The list's search and page, from `GET /personer?q=…&page=…`.
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct UserQuery {
    /// Part of a name or an e-mail address, in any case.
    pub q: Option<String>,
    /// Page number, from 1.
    pub page: Option<u64>,
    /// Users a page (at most 1,000; 50 when absent).
    pub per_page: Option<u64>,
    /// A notice after a change (pages only).
    #[serde(default)]
    #[param(ignore)]
    pub klart: Option<String>,
}

#[allow(clippy::too_many_arguments)]
async fn index_page(
    state: &AppState,
    q: &UserQuery,
    p: &Principal,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
    form: Option<&FormFields>,
    report: Option<PeopleImportReport>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let search = q.q.clone().unwrap_or_default();
    let paging = Page::new(q.page, q.per_page, USERS_PAGE);
    let (users, total) = store::list_page(&state.db, &search, paging).await?;
    let query = [("q".to_string(), search.clone())];
    let page = IndexPage {
        i: cat,
        shell: Shell::new(Some(p), cat.t("people.title"), "/personer").with_notice(notice(done)),
        users,
        pager: Pager::new("/personer", &query, paging, total, "people.users_plural"),
        search,
        roles: role_choices(),
        administrations: org::list_administrations(&state.db, &Scope::All).await?,
        problems,
        report,
        form_email: form.map(|f| f.get("email").to_string()).unwrap_or_default(),
        form_name: form.map(|f| f.get("name").to_string()).unwrap_or_default(),
    };
    Ok(render_status(status, &page))
}

/// `GET /personer`
pub async fn index(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<UserQuery>,
) -> Result<Response, PageError> {
    index_page(
        &state,
        &q,
        &p,
        StatusCode::OK,
        q.klart.as_deref(),
        vec![],
        None,
        None,
    )
    .await
}

fn grant_from(form: &FormFields) -> Result<NewGrant, Error> {
    let cat = i18n::sv();
    Ok(NewGrant {
        role: form.get("role").to_string(),
        administration_id: (form.id("administration_id").map_err(|_| {
            Error::invalid(
                cat.t("field.administration"),
                cat.t("validation.administration"),
            )
        })?)
        .map(AdministrationId::new),
        unit_id: (form
            .id("unit_id")
            .map_err(|_| Error::invalid(cat.t("field.unit"), cat.t("validation.unit")))?)
        .map(UnitId::new),
    })
}

/// `POST /personer`
pub async fn create(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    form: FormFields,
) -> Result<Response, PageError> {
    let result = match grant_from(&form) {
        Ok(grant) => {
            service::create_user(
                &state.db,
                &Actor::of(&p),
                form.get("email"),
                form.get("name"),
                form.get("password"),
                &grant,
            )
            .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(id) => Ok(see_other(&format!("/personer/{id}?klart=skapat"))),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            index_page(
                &state,
                &UserQuery::default(),
                &p,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                e.sentences(),
                Some(&form),
                None,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /personer/import` (multipart, CSRF token in the query).
pub async fn import(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    upload: Upload,
) -> Result<Response, PageError> {
    let result = match uploaded_file(upload).await {
        Ok(bytes) => import::import(&state.db, &state.work, &Actor::of(&p), bytes).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(report) => {
            index_page(
                &state,
                &UserQuery::default(),
                &p,
                StatusCode::OK,
                Some("importerat"),
                vec![],
                None,
                Some(report),
            )
            .await
        }
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            index_page(
                &state,
                &UserQuery::default(),
                &p,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                e.sentences(),
                None,
                None,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "people/show.html")]
struct ShowPage {
    i: &'static Catalog,
    shell: Shell,
    user: User,
    roles: Vec<Choice>,
    administrations: Vec<Administration>,
    units: Vec<UnitGroup>,
    problems: Vec<String>,
}

/// An administration's current units, for the grant form's grouped list.
struct UnitGroup {
    id: i64,
    name: String,
    units: Vec<Unit>,
}

/// Groups current units under their administrations, in the administrations' order;
/// an administration without current units is left out.
fn unit_groups(administrations: &[Administration], units: Vec<(String, Unit)>) -> Vec<UnitGroup> {
    let mut groups: Vec<UnitGroup> = administrations
        .iter()
        .map(|a| UnitGroup {
            id: a.id.get(),
            name: a.name.clone(),
            units: vec![],
        })
        .collect();
    for (code, unit) in units.into_iter().filter(|(_, u)| u.current) {
        if let Some(i) = administrations.iter().position(|a| a.code == code) {
            groups[i].units.push(unit);
        }
    }
    groups.retain(|g| !g.units.is_empty());
    groups
}

async fn show_page(
    state: &AppState,
    p: &Principal,
    id: UserId,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let user = store::get(&state.db, id).await?;
    let administrations = org::list_administrations(&state.db, &Scope::All).await?;
    let units = org::list_all_units(&state.db, &Scope::All).await?;
    let page = ShowPage {
        i: cat,
        shell: Shell::new(Some(p), user.name.clone(), "/personer").with_notice(notice(done)),
        user,
        roles: role_choices(),
        units: unit_groups(&administrations, units),
        administrations,
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /personer/{user}`
pub async fn show(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<UserId>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    show_page(&state, &p, id, StatusCode::OK, q.klart.as_deref(), vec![]).await
}

async fn after_change(
    state: &AppState,
    p: &Principal,
    id: UserId,
    result: Result<(), Error>,
    done: &str,
) -> Result<Response, PageError> {
    match result {
        Ok(()) => Ok(see_other(&format!("/personer/{id}?klart={done}"))),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            show_page(
                state,
                p,
                id,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                e.sentences(),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /personer/{user}`
pub async fn update(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<UserId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let active = form.get("active") == "1";
    let result = service::update_user(
        &state.db,
        &Actor::of(&p),
        id,
        form.get("name"),
        active,
        Some(form.get("password")),
    )
    .await;
    after_change(&state, &p, id, result, "sparat").await
}

/// `POST /personer/{user}/roller`
pub async fn add_grant(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<UserId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let result = match grant_from(&form) {
        Ok(g) => service::grant(&state.db, &Actor::of(&p), id, &g)
            .await
            .map(|_| ()),
        Err(e) => Err(e),
    };
    after_change(&state, &p, id, result, "sparat").await
}

/// `POST /personer/{user}/roller/{grant}/ta-bort`
pub async fn remove_grant(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((id, grant_id)): Path<(UserId, i64)>,
) -> Result<Response, PageError> {
    let result = service::ungrant(&state.db, &Actor::of(&p), id, grant_id).await;
    after_change(&state, &p, id, result, "borttaget").await
}

/// `GET …/import/exempel.csv`: an example of the file the import takes.
pub async fn import_example() -> Result<Response, PageError> {
    let bytes = import::example_csv()?;
    Ok(varn_house::web::download(
        bytes,
        "text/csv; charset=utf-8",
        "exempel.csv",
    ))
}
