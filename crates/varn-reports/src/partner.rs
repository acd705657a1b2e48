//! Partner links: a coordinator creates a link that lets an external partner send the form
//! to the coordinator's administration without an account. A link expires, can be revoked,
//! and takes a limited number of forms. Only a hash of its token is stored.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use varn_house::kernel::ids::AdministrationId;
use varn_house::web::{Path, Query};

use crate::domain::PartnerLinkId;
use crate::pages::{answer, form_from, form_page, submit};
use crate::{service, store};
use varn_house::audit::Actor;
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::{Error, Result};
use varn_house::web::error::PageError;
use varn_house::web::AppState;
use varn_house::web::{
    notice, render_status, see_other, ClientAddr, FormFields, NoticeQuery, Shell,
};

pub use crate::domain::NewPartnerLink;
pub use crate::store::PartnerLink;

/// Finds a live link for a token, counting failed guesses per client.
pub async fn live_link(state: &AppState, token: &str, client: &str) -> Result<PartnerLink> {
    let cat = i18n::sv();
    if !state.limiter.client_allowed("partner", client).await {
        return Err(Error::Conflict(cat.t("partner.too_many").into()));
    }
    match store::partner_link_by_token(&state.db, token).await? {
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
            return Ok(varn_house::web::error_page(
                StatusCode::GONE,
                i18n::sv().t("partner.expired_title"),
                &m,
                vec![],
                None,
            ))
        }
        Err(e) => return Err(e.into()),
    };
    let form = crate::domain::ReportForm {
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
            return Ok(varn_house::web::error_page(
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
    mut form: crate::domain::ReportForm,
) -> Result<crate::pages::Submitted> {
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
    administration: varn_org::Administration,
    links: Vec<PartnerLink>,
    new_url: Option<String>,
    problems: Vec<String>,
    /// Whether the reader may give and revoke links (not the central coordinator).
    can_handle: bool,
}

async fn links_page(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    status: StatusCode,
    done: Option<&str>,
    new_url: Option<String>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let page = LinksPage {
        can_handle: p.has_any(crate::perm::HANDLE),
        i: cat,
        shell: Shell::new(Some(p), cat.t("partner.title"), "/inkorg").with_notice(notice(done)),
        administration: varn_org::get_administration(&state.db, admin).await?,
        links: store::partner_links(&state.db, admin).await?,
        new_url,
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /inkorg/forvaltningar/{admin}/lankar`
pub async fn links(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
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
    Path(admin): Path<AdministrationId>,
    fields: FormFields,
) -> Result<Response, PageError> {
    let new = NewPartnerLink {
        label: fields.get("label").into(),
        days: fields.get("days").trim().parse().unwrap_or(0),
        max_reports: fields.get("max_reports").trim().parse().unwrap_or(0),
    };
    match service::create_partner_link(&state.db, &state.pii.get(), &Actor::of(&p), admin, &new)
        .await
    {
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
    Path(id): Path<PartnerLinkId>,
) -> Result<Response, PageError> {
    let admin = service::revoke_partner_link(&state.db, &Actor::of(&p), id).await?;
    Ok(see_other(&format!(
        "/inkorg/forvaltningar/{admin}/lankar?klart=sparat"
    )))
}
