//! Partner links: a coordinator creates a link that lets an external partner send the form
//! to the coordinator's administration without an account. A link expires, can be revoked,
//! and takes a limited number of forms. Only a hash of its token is stored.

use crate::web::{Path, Query};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::audit::{self, Actor, Entry};
use crate::auth::Principal;
use crate::db;
use crate::i18n::{self, Catalog};
use crate::kernel::error::{Error, Result};
use crate::reports::domain::hash;
use crate::reports::pages::{answer, form_from, form_page, submit};
use crate::web::error::PageError;
use crate::web::AppState;
use crate::web::{notice, render_status, see_other, ClientAddr, FormFields, NoticeQuery, Shell};

/// A partner link as the coordinator sees it (never the token, after creation).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PartnerLink {
    pub id: i64,
    pub administration_id: i64,
    pub label: String,
    pub expires_at: String,
    pub max_reports: i64,
    pub used: i64,
    pub revoked: bool,
    pub created_by: String,
}

impl PartnerLink {
    pub fn live(&self) -> bool {
        !self.revoked
            && self.expires_at.as_str() >= crate::db::today().as_str()
            && self.used < self.max_reports
    }
}

/// A new link: a label saying who it is for, and how many days it lasts (1-365).
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
pub struct NewPartnerLink {
    pub label: String,
    pub days: i64,
    #[serde(default = "default_max")]
    pub max_reports: i64,
}

fn default_max() -> i64 {
    50
}

const SELECT: &str = "SELECT l.id, l.administration_id, l.label, l.expires_at, l.max_reports, \
    (SELECT COUNT(*) FROM reports r WHERE r.partner_link_id = l.id) AS used, l.revoked_at, l.created_by FROM partner_links l";

fn from_row(r: &sqlx::any::AnyRow) -> Result<PartnerLink> {
    let revoked: Option<String> = r.try_get("revoked_at")?;
    Ok(PartnerLink {
        id: r.try_get("id")?,
        administration_id: r.try_get("administration_id")?,
        label: r.try_get("label")?,
        expires_at: r.try_get("expires_at")?,
        max_reports: r.try_get("max_reports")?,
        used: r.try_get("used")?,
        revoked: revoked.is_some(),
        created_by: r.try_get("created_by")?,
    })
}

pub async fn list(db: &db::Db, administration: i64) -> Result<Vec<PartnerLink>> {
    let rows = sqlx::query(&format!(
        "{SELECT} WHERE l.administration_id = $1 ORDER BY l.id DESC"
    ))
    .bind(administration)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(from_row).collect()
}

async fn by_token(db: &db::Db, token: &str) -> Result<Option<PartnerLink>> {
    let row = sqlx::query(&format!("{SELECT} WHERE l.token_hash = $1"))
        .bind(hash(token))
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(from_row).transpose()
}

/// Creates a link; returns it and its token (shown once).
pub async fn create(
    db: &db::Db,
    guard: &varn_pii::Guard,
    actor: &Actor,
    administration: i64,
    new: &NewPartnerLink,
) -> Result<(PartnerLink, String)> {
    let cat = i18n::sv();
    let mut c = crate::kernel::check::Checker::default();
    let label = c.check(
        cat.t("partner.field_label"),
        crate::kernel::check::required_text(&new.label, 120),
    );
    // Other coordinators of the administration read the label, and the audit log keeps it.
    c.problems.extend(crate::kernel::text::problems(
        guard,
        None,
        &[(cat.t("partner.field_label"), &new.label)],
    ));
    if !(1..=365).contains(&new.days) {
        c.fail(cat.t("partner.field_days"), cat.t("partner.bad_days"));
    }
    if !(1..=1000).contains(&new.max_reports) {
        c.fail(cat.t("partner.field_max"), cat.t("partner.bad_max"));
    }
    let Some(label) = label.filter(|_| c.problems.is_empty()) else {
        return Err(Error::Invalid(c.problems));
    };
    let token = crate::auth::session::random_token();
    let expires = (chrono::Utc::now() + chrono::Duration::days(new.days))
        .format("%Y-%m-%d")
        .to_string();
    let mut tx = db.begin_write().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO partner_links (administration_id, token_hash, label, expires_at, max_reports, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(administration)
    .bind(hash(&token))
    .bind(&label)
    .bind(&expires)
    .bind(new.max_reports)
    .bind(db::now())
    .bind(&actor.label)
    .fetch_one(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            crate::audit::Action::Create,
            crate::reports::Record::PartnerLink,
            id,
        )
        .admin(Some(administration))
        .summary(label),
    )
    .await?;
    tx.commit().await?;
    let link = list(db, administration)
        .await?
        .into_iter()
        .find(|l| l.id == id)
        .ok_or(Error::NotFound)?;
    Ok((link, token))
}

pub async fn revoke(db: &db::Db, actor: &Actor, id: i64) -> Result<i64> {
    let mut tx = db.begin_write().await?;
    let admin: i64 =
        sqlx::query_scalar("SELECT administration_id FROM partner_links WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(Error::NotFound)?;
    sqlx::query("UPDATE partner_links SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
        .bind(db::now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            crate::audit::Action::End,
            crate::reports::Record::PartnerLink,
            id,
        )
        .admin(Some(admin)),
    )
    .await?;
    tx.commit().await?;
    Ok(admin)
}

/// Finds a live link for a token, counting failed guesses per client.
pub async fn live_link(state: &AppState, token: &str, client: &str) -> Result<PartnerLink> {
    let cat = i18n::sv();
    if !state.limiter.client_allowed("partner", client).await {
        return Err(Error::Conflict(cat.t("partner.too_many").into()));
    }
    match by_token(&state.db, token).await? {
        Some(link) if link.live() => Ok(link),
        Some(_) => Err(Error::Conflict(cat.t("partner.expired").into())),
        None => {
            state.limiter.client_failed("partner", client).await;
            Err(Error::Conflict(cat.t("partner.expired").into()))
        }
    }
}

fn link_actor(link: &PartnerLink) -> Actor {
    Actor {
        user_id: None,
        label: format!("partnerlänk {}", link.id),
    }
}

/// `GET /blankett/lank/{token}`
pub async fn form(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    let link = match live_link(&state, &token, &client).await {
        Ok(l) => l,
        Err(Error::Conflict(m)) => {
            return Ok(crate::web::error_page(
                StatusCode::GONE,
                i18n::sv().t("partner.expired_title"),
                &m,
                vec![],
                None,
            ))
        }
        Err(e) => return Err(e.into()),
    };
    let form = crate::reports::domain::ReportForm {
        administration_id: Some(link.administration_id),
        ..Default::default()
    };
    let page = form_page(
        &state,
        None,
        format!("/blankett/lank/{token}"),
        Some(link.administration_id),
        &form,
        vec![],
        vec![],
    )
    .await?;
    Ok(render_status(StatusCode::OK, &page))
}

/// `POST /blankett/lank/{token}`
pub async fn send(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    Path(token): Path<String>,
    fields: FormFields,
) -> Result<Response, PageError> {
    let link = match live_link(&state, &token, &client).await {
        Ok(l) => l,
        Err(Error::Conflict(m)) => {
            return Ok(crate::web::error_page(
                StatusCode::GONE,
                i18n::sv().t("partner.expired_title"),
                &m,
                vec![],
                None,
            ))
        }
        Err(e) => return Err(e.into()),
    };
    let mut form = form_from(&fields);
    form.administration_id = Some(link.administration_id);
    form.unit_id = None;
    let result = submit(&state, &link_actor(&link), &form, "partner", Some(link.id)).await;
    answer(
        &state,
        None,
        format!("/blankett/lank/{token}"),
        Some(link.administration_id),
        &form,
        result,
    )
    .await
}

/// Sends a form through a link (the API's side of [`send`]).
pub async fn send_api(
    state: &AppState,
    token: &str,
    client: &str,
    mut form: crate::reports::domain::ReportForm,
) -> Result<crate::reports::pages::Submitted> {
    let link = live_link(state, token, client).await?;
    form.administration_id = Some(link.administration_id);
    form.unit_id = None;
    submit(state, &link_actor(&link), &form, "partner", Some(link.id)).await
}

#[derive(Template)]
#[template(path = "reports/links.html")]
struct LinksPage {
    i: &'static Catalog,
    shell: Shell,
    administration: crate::org::Administration,
    links: Vec<PartnerLink>,
    new_url: Option<String>,
    problems: Vec<String>,
    /// Whether the reader may give and revoke links (not the central coordinator).
    can_handle: bool,
}

async fn links_page(
    state: &AppState,
    p: &Principal,
    admin: i64,
    status: StatusCode,
    done: Option<&str>,
    new_url: Option<String>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let page = LinksPage {
        can_handle: p.has_any(crate::reports::perm::HANDLE),
        i: cat,
        shell: Shell::new(Some(p), cat.t("partner.title"), "/inkorg").with_notice(notice(done)),
        administration: crate::org::get_administration(&state.db, admin).await?,
        links: list(&state.db, admin).await?,
        new_url,
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /inkorg/forvaltningar/{admin}/lankar`
pub async fn links(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<i64>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    links_page(
        &state,
        &p,
        admin,
        StatusCode::OK,
        q.klart.as_deref(),
        None,
        vec![],
    )
    .await
}

/// `POST /inkorg/forvaltningar/{admin}/lankar`
pub async fn create_link(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<i64>,
    fields: FormFields,
) -> Result<Response, PageError> {
    let new = NewPartnerLink {
        label: fields.get("label").into(),
        days: fields.get("days").trim().parse().unwrap_or(0),
        max_reports: fields.get("max_reports").trim().parse().unwrap_or(0),
    };
    match create(&state.db, &state.pii.get(), &Actor::of(&p), admin, &new).await {
        Ok((_, token)) => {
            links_page(
                &state,
                &p,
                admin,
                StatusCode::CREATED,
                Some("skapat"),
                Some(format!("/blankett/lank/{token}")),
                vec![],
            )
            .await
        }
        Err(Error::Invalid(problems)) => {
            links_page(
                &state,
                &p,
                admin,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                None,
                problems.iter().map(|x| x.sentence()).collect(),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /inkorg/lankar/{link}/aterkalla`
pub async fn revoke_link(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let admin = revoke(&state.db, &Actor::of(&p), id).await?;
    Ok(see_other(&format!(
        "/inkorg/forvaltningar/{admin}/lankar?klart=sparat"
    )))
}
