//! The pages of the newsletter: the archive, writing an issue with a preview, and sending
//! it to a list, all or nothing.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use varn_house::kernel::ids::AdministrationId;

use crate::domain::NewsletterIssueId;
use crate::newsletter::{self, NewsletterInput, NewsletterIssue, NewsletterSend};
use crate::perm;
use varn_house::auth::{Principal, Role};
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::web::error::PageError;
use varn_house::web::{
    after_post, notice, render_status, see_other, AppState, Choice, FormFields, NoticeQuery, Path,
    Query, Shell,
};

#[derive(Template)]
#[template(path = "networks/newsletters.html")]
struct NewslettersPage {
    i: &'static Catalog,
    shell: Shell,
    sent: Vec<NewsletterIssue>,
    drafts: Vec<NewsletterIssue>,
    can_write: bool,
    administrations: Vec<Choice>,
    title: String,
    body: String,
    preview: Option<String>,
    problems: Vec<String>,
}

async fn writable_admins(
    state: &AppState,
    p: &Principal,
    selected: Option<AdministrationId>,
) -> Result<Vec<Choice>, Error> {
    Ok(
        varn_org::list_administrations(&state.db, &p.scope(perm::EDIT))
            .await?
            .into_iter()
            .map(|a| Choice {
                selected: Some(a.id) == selected,
                value: a.id.to_string(),
                label: a.name,
            })
            .collect(),
    )
}

#[allow(clippy::too_many_arguments)]
async fn newsletters_page(
    state: &AppState,
    p: &Principal,
    status: StatusCode,
    done: Option<&str>,
    input: NewsletterInput,
    preview: Option<String>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let (sent, drafts): (Vec<_>, Vec<_>) = newsletter::list(state, p)
        .await?
        .into_iter()
        .partition(NewsletterIssue::is_sent);
    let page = NewslettersPage {
        i: cat,
        shell: Shell::new(Some(p), cat.t("networks.newsletter_title"), "/natverk")
            .with_notice(notice(done)),
        sent,
        drafts,
        can_write: p.has_any(perm::EDIT),
        administrations: writable_admins(state, p, input.administration_id).await?,
        title: input.title,
        body: input.body,
        preview,
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /nyhetsbrev`: the archive, and for writers their drafts and a new issue.
pub async fn newsletters(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    newsletters_page(
        &state,
        &p,
        StatusCode::OK,
        q.klart.as_deref(),
        NewsletterInput::default(),
        None,
        vec![],
    )
    .await
}

fn newsletter_input(form: &FormFields) -> NewsletterInput {
    NewsletterInput {
        administration_id: form.get("administration_id").trim().parse().ok(),
        title: form.get("title").into(),
        body: form.get("body").into(),
    }
}

/// `POST /nyhetsbrev`: a new issue, or its preview (`action=preview`).
pub async fn create_newsletter(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = newsletter_input(&form);
    if form.get("action") == "preview" {
        return match newsletter::preview(&state, &input) {
            Ok(html) => {
                newsletters_page(&state, &p, StatusCode::OK, None, input, Some(html), vec![]).await
            }
            Err(e @ Error::Invalid(_)) => {
                newsletters_page(
                    &state,
                    &p,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    None,
                    input,
                    None,
                    e.sentences(),
                )
                .await
            }
            Err(e) => Err(e.into()),
        };
    }
    match newsletter::create(&state, &p, &input).await {
        Ok(id) => Ok(see_other(&format!("/nyhetsbrev/{id}?klart=skapat"))),
        Err(e) => {
            after_post(Err::<(), _>(e), "", |status, problems| {
                newsletters_page(&state, &p, status, None, input.clone(), None, problems)
            })
            .await
        }
    }
}

#[derive(Template)]
#[template(path = "networks/newsletter.html")]
struct NewsletterPage {
    i: &'static Catalog,
    shell: Shell,
    issue: NewsletterIssue,
    html: String,
    can_write: bool,
    title: String,
    body: String,
    preview: Option<String>,
    roles: Vec<Choice>,
    administrations: Vec<Choice>,
    addresses: String,
    problems: Vec<String>,
}

struct Draft {
    title: String,
    body: String,
    preview: Option<String>,
    addresses: String,
}

async fn newsletter_page(
    state: &AppState,
    p: &Principal,
    id: NewsletterIssueId,
    status: StatusCode,
    done: Option<&str>,
    draft: Option<Draft>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let issue = newsletter::readable(state, p, id).await?;
    let can_write = !issue.is_sent() && p.covers(perm::EDIT, issue.administration_id);
    let draft = draft.unwrap_or(Draft {
        title: issue.title.clone(),
        body: issue.body.clone(),
        preview: None,
        addresses: String::new(),
    });
    let mut shell = Shell::new(Some(p), issue.title.clone(), "/natverk");
    shell = match (done, issue.recipients) {
        (Some("skickat"), n) => shell.with_notice(Some(
            cat.f("networks.newsletter_sent", &[("n", &n.to_string())]),
        )),
        (code, _) => shell.with_notice(notice(code)),
    };
    let roles = [
        Role::Coordinator,
        Role::CentralCoordinator,
        Role::Manager,
        Role::Reader,
        Role::Employee,
    ]
    .iter()
    .map(|r| Choice {
        value: r.as_str().into(),
        label: r.label().into(),
        selected: false,
    })
    .collect();
    let page = NewsletterPage {
        i: cat,
        shell,
        html: issue.html(),
        can_write,
        title: draft.title,
        body: draft.body,
        preview: draft.preview,
        roles,
        administrations: varn_org::list_administrations(&state.db, &varn_house::auth::Scope::All)
            .await?
            .into_iter()
            .map(|a| Choice {
                value: a.id.to_string(),
                label: a.name,
                selected: false,
            })
            .collect(),
        addresses: draft.addresses,
        issue,
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /nyhetsbrev/{issue}`
pub async fn newsletter(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<NewsletterIssueId>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    newsletter_page(
        &state,
        &p,
        id,
        StatusCode::OK,
        q.klart.as_deref(),
        None,
        vec![],
    )
    .await
}

/// `POST /nyhetsbrev/{issue}`: saves a draft, or previews it (`action=preview`).
pub async fn update_newsletter(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<NewsletterIssueId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = newsletter_input(&form);
    let draft = |preview| Draft {
        title: input.title.clone(),
        body: input.body.clone(),
        preview,
        addresses: String::new(),
    };
    if form.get("action") == "preview" {
        return match newsletter::preview(&state, &input) {
            Ok(html) => {
                newsletter_page(
                    &state,
                    &p,
                    id,
                    StatusCode::OK,
                    None,
                    Some(draft(Some(html))),
                    vec![],
                )
                .await
            }
            Err(e @ Error::Invalid(_)) => {
                newsletter_page(
                    &state,
                    &p,
                    id,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    None,
                    Some(draft(None)),
                    e.sentences(),
                )
                .await
            }
            Err(e) => Err(e.into()),
        };
    }
    let result = newsletter::update(&state, &p, id, &input).await;
    after_post(
        result,
        &format!("/nyhetsbrev/{id}?klart=sparat"),
        |status, problems| {
            newsletter_page(&state, &p, id, status, None, Some(draft(None)), problems)
        },
    )
    .await
}

/// `POST /nyhetsbrev/{issue}/skicka`: sends to a list, all or nothing.
pub async fn send_newsletter(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<NewsletterIssueId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let list = NewsletterSend {
        roles: form.all("roles"),
        administrations: form
            .all("administrations")
            .iter()
            .filter_map(|a| a.trim().parse().ok())
            .collect(),
        addresses: form.get("addresses").into(),
    };
    let result = newsletter::send(&state, &p, id, &list).await;
    after_post(
        result,
        &format!("/nyhetsbrev/{id}?klart=skickat"),
        |status, problems| async move {
            let issue = newsletter::get(&state.db, id).await?;
            let draft = Draft {
                title: issue.title,
                body: issue.body,
                preview: None,
                addresses: list.addresses.clone(),
            };
            newsletter_page(&state, &p, id, status, None, Some(draft), problems).await
        },
    )
    .await
}
