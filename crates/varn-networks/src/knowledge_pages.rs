//! The knowledge pages: the start with search, a page and its versions, the glossary with
//! its images, and the coordinators' contacts.

use askama::Template;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;

use crate::domain::{KnowledgePageId, KnowledgeSymbolId};
use crate::knowledge::{
    self, KnowledgeHit, KnowledgePage, KnowledgePageInput, KnowledgeSymbol, KnowledgeSymbolInput,
};
use crate::perm;
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::web::error::PageError;
use varn_house::web::{
    after_post, notice, render_status, see_other, AppState, Choice, FormFields, NoticeQuery, Path,
    Query, Shell, Upload,
};
use varn_org::ContactCard;

#[derive(Template)]
#[template(path = "networks/knowledge.html")]
struct KnowledgeIndex {
    i: &'static Catalog,
    shell: Shell,
    pages: Vec<KnowledgePage>,
    can_edit: bool,
    kinds: Vec<Choice>,
    title: String,
    body: String,
    problems: Vec<String>,
}

fn kinds() -> Vec<Choice> {
    let cat = i18n::sv();
    knowledge::KINDS
        .iter()
        .map(|k| Choice {
            value: (*k).into(),
            label: cat.t(&format!("networks.knowledge_kind.{k}")).into(),
            selected: false,
        })
        .collect()
}

async fn knowledge_page(
    state: &AppState,
    p: &Principal,
    status: StatusCode,
    done: Option<&str>,
    input: KnowledgePageInput,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let page = KnowledgeIndex {
        i: cat,
        shell: Shell::new(Some(p), cat.t("networks.knowledge_title"), "/kunskap")
            .with_notice(notice(done)),
        pages: knowledge::pages(&state.db).await?,
        can_edit: p.has_any(perm::KNOWLEDGE),
        kinds: kinds(),
        title: input.title,
        body: input.body,
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /kunskap`: the knowledge pages, the glossary, the contacts, the newsletter and search.
pub async fn knowledge(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    knowledge_page(
        &state,
        &p,
        StatusCode::OK,
        q.klart.as_deref(),
        KnowledgePageInput::default(),
        vec![],
    )
    .await
}

fn page_input(form: &FormFields) -> KnowledgePageInput {
    KnowledgePageInput {
        kind: form.get("kind").into(),
        title: form.get("title").into(),
        body: form.get("body").into(),
    }
}

/// `POST /kunskap/sidor`: a new page.
pub async fn create_page(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = page_input(&form);
    match knowledge::create_page(&state, &p, &input).await {
        Ok(id) => Ok(see_other(&format!("/kunskap/sidor/{id}?klart=skapat"))),
        Err(e) => {
            after_post(Err::<(), _>(e), "", |status, problems| {
                knowledge_page(&state, &p, status, None, input.clone(), problems)
            })
            .await
        }
    }
}

#[derive(Template)]
#[template(path = "networks/page.html")]
struct PageView {
    i: &'static Catalog,
    shell: Shell,
    page: KnowledgePage,
    html: String,
    versions: Vec<KnowledgePage>,
    newest: i64,
    can_edit: bool,
    title: String,
    body: String,
    problems: Vec<String>,
}

/// `?version=` of a knowledge page.
#[derive(Debug, Default, serde::Deserialize)]
pub struct VersionQuery {
    pub version: Option<i64>,
    pub klart: Option<String>,
}

#[allow(clippy::too_many_arguments)]
async fn page_view(
    state: &AppState,
    p: &Principal,
    id: KnowledgePageId,
    version: Option<i64>,
    status: StatusCode,
    done: Option<&str>,
    input: Option<KnowledgePageInput>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let mut versions = knowledge::versions(&state.db, id).await?;
    // The page names authors and gives Swedish local time (issue 20 point 7); the API keeps
    // addresses and UTC.
    let names =
        varn_people::names(&state.db, versions.iter().map(|v| v.created_by.as_str())).await?;
    for v in &mut versions {
        v.created_by = names.of(&v.created_by);
        v.created_at = varn_house::kernel::time::swedish(&v.created_at);
    }
    let newest = versions.first().map(|v| v.version).unwrap_or(1);
    let page = match version {
        Some(n) => versions
            .iter()
            .find(|v| v.version == n)
            .cloned()
            .ok_or(Error::NotFound)?,
        None => versions.first().cloned().ok_or(Error::NotFound)?,
    };
    let input = input.unwrap_or(KnowledgePageInput {
        kind: page.kind.clone(),
        title: page.title.clone(),
        body: page.body.clone(),
    });
    let view = PageView {
        i: cat,
        shell: Shell::new(Some(p), page.title.clone(), "/kunskap").with_notice(notice(done)),
        html: page.html(),
        versions,
        newest,
        can_edit: p.has_any(perm::KNOWLEDGE),
        title: input.title,
        body: input.body,
        page,
        problems,
    };
    Ok(render_status(status, &view))
}

/// `GET /kunskap/sidor/{knowledge}?version=`
pub async fn page(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<KnowledgePageId>,
    Query(q): Query<VersionQuery>,
) -> Result<Response, PageError> {
    page_view(
        &state,
        &p,
        id,
        q.version,
        StatusCode::OK,
        q.klart.as_deref(),
        None,
        vec![],
    )
    .await
}

/// `POST /kunskap/sidor/{knowledge}`: a new version.
pub async fn new_version(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<KnowledgePageId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = page_input(&form);
    let result = knowledge::new_version(&state, &p, id, &input).await;
    after_post(
        result,
        &format!("/kunskap/sidor/{id}?klart=sparat"),
        |status, problems| {
            page_view(
                &state,
                &p,
                id,
                None,
                status,
                None,
                Some(input.clone()),
                problems,
            )
        },
    )
    .await
}

/// `?q=` of the search.
#[derive(Debug, Default, serde::Deserialize)]
pub struct SearchQuery {
    pub q: Option<String>,
}

#[derive(Template)]
#[template(path = "networks/search.html")]
struct SearchPage {
    i: &'static Catalog,
    shell: Shell,
    query: String,
    hits: Vec<KnowledgeHit>,
}

/// `GET /kunskap/sok?q=`
pub async fn search(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<SearchQuery>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let query: String = q.q.unwrap_or_default().chars().take(200).collect();
    let page = SearchPage {
        i: cat,
        shell: Shell::new(Some(&p), cat.t("networks.search_title"), "/kunskap"),
        hits: knowledge::search(&state.db, &query).await?,
        query,
    };
    Ok(render_status(StatusCode::OK, &page))
}

#[derive(Template)]
#[template(path = "networks/contacts.html")]
struct ContactsPage {
    i: &'static Catalog,
    shell: Shell,
    contacts: Vec<ContactCard>,
}

/// `GET /kunskap/kontakter`: every coordinator, from the organisation as it is now.
pub async fn contacts(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let page = ContactsPage {
        i: cat,
        shell: Shell::new(Some(&p), cat.t("networks.contacts_title"), "/kunskap"),
        contacts: varn_org::list_contacts(&state.db, None).await?,
    };
    Ok(render_status(StatusCode::OK, &page))
}

#[derive(Template)]
#[template(path = "networks/symbols.html")]
struct SymbolsPage {
    i: &'static Catalog,
    shell: Shell,
    symbols: Vec<KnowledgeSymbol>,
    can_edit: bool,
    problems: Vec<String>,
}

async fn symbols_page(
    state: &AppState,
    p: &Principal,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let page = SymbolsPage {
        i: cat,
        shell: Shell::new(Some(p), cat.t("networks.symbols_title"), "/kunskap")
            .with_notice(notice(done)),
        symbols: knowledge::symbols(&state.db).await?,
        can_edit: p.has_any(perm::KNOWLEDGE),
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /kunskap/symboler`
pub async fn symbols(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    symbols_page(&state, &p, StatusCode::OK, q.klart.as_deref(), vec![]).await
}

/// Reads the symbol form: its text fields and its image (at most a little over the limit,
/// so that a too large image is named rather than cut).
async fn symbol_form(
    Upload(mut multipart): Upload,
) -> Result<(KnowledgeSymbolInput, Option<Vec<u8>>), Error> {
    let cat = i18n::sv();
    let bad = || {
        Error::invalid(
            crate::service::field("image"),
            cat.t("networks.not_an_image"),
        )
    };
    let mut input = KnowledgeSymbolInput::default();
    let mut image = None;
    while let Some(mut field) = multipart.next_field().await.map_err(|_| bad())? {
        let name = field.name().unwrap_or("").to_string();
        if name == "image" {
            let mut bytes = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(|_| bad())? {
                bytes.extend_from_slice(&chunk);
                if bytes.len() > crate::domain::MAX_IMAGE + 1 {
                    return Err(Error::invalid(
                        crate::service::field("image"),
                        cat.t("networks.image_too_large"),
                    ));
                }
            }
            image = Some(bytes);
        } else {
            let text = field.text().await.map_err(|_| bad())?;
            let text: String = text.chars().take(10_000).collect();
            match name.as_str() {
                "name" => input.name = text,
                "description" => input.description = text,
                "alt" => input.alt = text,
                _ => {}
            }
        }
    }
    Ok((input, image))
}

/// `POST /kunskap/symboler` (multipart, CSRF token in the query): a symbol and its image.
pub async fn save_symbol(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    upload: Upload,
) -> Result<Response, PageError> {
    let result = async {
        let (input, image) = symbol_form(upload).await?;
        knowledge::save_symbol(&state, &p, &input, image).await
    }
    .await;
    after_post(
        result,
        "/kunskap/symboler?klart=sparat",
        |status, problems| symbols_page(&state, &p, status, None, problems),
    )
    .await
}

/// `GET /kunskap/symboler/{symbol}/bild`
pub async fn symbol_image(
    State(state): State<AppState>,
    Path(id): Path<KnowledgeSymbolId>,
) -> Result<Response, PageError> {
    let (kind, bytes) = knowledge::symbol_image(&state.db, id).await?;
    Ok((
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "private, max-age=300".to_string()),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
        ],
        bytes,
    )
        .into_response())
}
