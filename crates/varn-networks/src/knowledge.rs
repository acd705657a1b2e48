//! The knowledge pages: the guidance, the routines and the links (Markdown, owned by the
//! central coordinator, every change a new version), the symbol glossary (a text and an
//! image per symbol, the image checked by its bytes and size and always with alt text),
//! the contact list of every coordinator (read from the organisation each time, so it is
//! always current), and a search over all of it in Swedish. Read by everyone signed in.

use base64::Engine;
use serde::{Deserialize, Serialize};
use sqlx::any::AnyRow;
use sqlx::Row;

use crate::domain::{self, KnowledgePageId, KnowledgeSymbolId};
use crate::service::{field, guarded};
use crate::Record;
use varn_house::audit::{self, Action, Actor, Entry};
use varn_house::auth::Principal;
use varn_house::db::{self, Db};
use varn_house::i18n;
use varn_house::kernel::check::{optional_text, required_text, Checker};
use varn_house::kernel::error::{Error, Result};
use varn_house::web::AppState;

/// The kinds of knowledge page.
pub const KINDS: [&str; 3] = ["guidance", "routine", "links"];

/// A knowledge page at one version.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct KnowledgePage {
    pub id: KnowledgePageId,
    /// guidance, routine or links
    pub kind: String,
    pub version: i64,
    pub title: String,
    /// Markdown.
    pub body: String,
    pub created_by: String,
    pub created_at: String,
}

impl KnowledgePage {
    pub fn html(&self) -> String {
        varn_house::web::markdown::render_markdown(&self.body)
    }

    pub fn kind_label(&self) -> &'static str {
        i18n::sv().t(match self.kind.as_str() {
            "routine" => "networks.knowledge_kind.routine",
            "links" => "networks.knowledge_kind.links",
            _ => "networks.knowledge_kind.guidance",
        })
    }
}

fn page_of(r: &AnyRow) -> Result<KnowledgePage> {
    Ok(KnowledgePage {
        id: r.try_get("id")?,
        kind: r.try_get("kind")?,
        version: r.try_get("version")?,
        title: r.try_get("title")?,
        body: r.try_get("body")?,
        created_by: r.try_get("created_by")?,
        created_at: r.try_get("created_at")?,
    })
}

const PAGE_SELECT: &str =
    "SELECT p.id, p.kind, v.version, v.title, v.body, v.created_by, v.created_at \
     FROM knowledge_pages p JOIN knowledge_versions v ON v.page_id = p.id";

/// Every page at its newest version, by kind and title.
pub async fn pages(db: &Db) -> Result<Vec<KnowledgePage>> {
    let rows = sqlx::query(&format!(
        "{PAGE_SELECT} WHERE v.version = (SELECT MAX(version) FROM knowledge_versions x WHERE x.page_id = p.id) ORDER BY p.kind, v.title"
    ))
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(page_of).collect()
}

/// Every version of a page, the newest first.
pub async fn versions(db: &Db, id: KnowledgePageId) -> Result<Vec<KnowledgePage>> {
    let rows = sqlx::query(&format!(
        "{PAGE_SELECT} WHERE p.id = $1 ORDER BY v.version DESC"
    ))
    .bind(id)
    .fetch_all(db.pool())
    .await?;
    let out = rows.iter().map(page_of).collect::<Result<Vec<_>>>()?;
    if out.is_empty() {
        return Err(Error::NotFound);
    }
    Ok(out)
}

/// A page as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct KnowledgePageInput {
    /// guidance, routine or links (kept when a page gets a new version).
    #[serde(default)]
    pub kind: String,
    pub title: String,
    /// Markdown.
    pub body: String,
}

fn check_page(state: &AppState, input: &KnowledgePageInput) -> Result<(String, String)> {
    let mut c = Checker::default();
    let title = c.check(&field("title"), required_text(&input.title, 200));
    let body = guarded(state, &mut c, "body", &input.body, domain::MAX_PAGE, true);
    c.finish()?;
    match (title, body) {
        (Some(t), Some(b)) => Ok((t, b.into_string())),
        _ => Err(Error::Invalid(vec![])),
    }
}

async fn add_version(
    tx: &mut varn_house::db::Write<'_>,
    actor: &Actor,
    page: KnowledgePageId,
    version: i64,
    title: &str,
    body: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO knowledge_versions (page_id, version, title, body, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(page)
    .bind(version)
    .bind(title)
    .bind(body)
    .bind(&actor.label)
    .bind(db::now())
    .execute(&mut **tx)
    .await?;
    audit::record(
        tx,
        actor,
        Entry::new(
            if version == 1 {
                Action::Create
            } else {
                Action::Publish
            },
            Record::KnowledgePage,
            page,
        )
        .summary(format!("{title} v{version}")),
    )
    .await?;
    Ok(())
}

pub async fn create_page(
    state: &AppState,
    p: &Principal,
    input: &KnowledgePageInput,
) -> Result<KnowledgePageId> {
    let cat = i18n::sv();
    let kind = KINDS.iter().find(|k| **k == input.kind.trim()).copied();
    let checked = check_page(state, input);
    let Some(kind) = kind else {
        let mut problems = vec![varn_house::kernel::error::Problem::field(
            field("kind"),
            cat.t("networks.unknown_page_kind"),
        )];
        if let Err(Error::Invalid(more)) = checked {
            problems.extend(more);
        }
        return Err(Error::Invalid(problems));
    };
    let (title, body) = checked?;
    let actor = Actor::of(p);
    let mut tx = state.db.begin_write().await?;
    let id: KnowledgePageId = sqlx::query_scalar(
        "INSERT INTO knowledge_pages (slug, kind, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(uuid::Uuid::new_v4().simple().to_string())
    .bind(kind)
    .bind(db::now())
    .fetch_one(&mut *tx)
    .await?;
    add_version(&mut tx, &actor, id, 1, &title, &body).await?;
    tx.commit().await?;
    Ok(id)
}

/// Publishes a new version of a page; the earlier ones are kept.
pub async fn new_version(
    state: &AppState,
    p: &Principal,
    id: KnowledgePageId,
    input: &KnowledgePageInput,
) -> Result<i64> {
    // A page that does not exist answers as missing before its input is judged (an
    // existence query: the page's versions and their bodies are not loaded for it).
    let pages: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM knowledge_pages WHERE id = $1")
        .bind(id)
        .fetch_one(state.db.pool())
        .await?;
    if pages == 0 {
        return Err(Error::NotFound);
    }
    let (title, body) = check_page(state, input)?;
    let actor = Actor::of(p);
    let mut tx = state.db.begin_write().await?;
    // The number is read inside the transaction, after any other edit of the page has
    // committed: two people saving at once get versions n and n + 1, not a clash.
    db::serialise(&mut tx, &format!("knowledge_versions:{}", id.get())).await?;
    let latest: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM knowledge_versions WHERE page_id = $1")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
    let next = latest.unwrap_or(0) + 1;
    add_version(&mut tx, &actor, id, next, &title, &body).await?;
    tx.commit().await?;
    Ok(next)
}

/// A symbol of the glossary.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct KnowledgeSymbol {
    pub id: KnowledgeSymbolId,
    pub name: String,
    pub description: String,
    /// The image's alternative text.
    pub alt: String,
    pub has_image: bool,
}

pub async fn symbols(db: &Db) -> Result<Vec<KnowledgeSymbol>> {
    let rows = sqlx::query(
        "SELECT id, name, description, alt, image_type FROM knowledge_symbols ORDER BY name",
    )
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(KnowledgeSymbol {
                id: r.try_get("id")?,
                name: r.try_get("name")?,
                description: r.try_get("description")?,
                alt: r.try_get("alt")?,
                has_image: r.try_get::<Option<String>, _>("image_type")?.is_some(),
            })
        })
        .collect()
}

/// A symbol's image: its type and bytes.
pub async fn symbol_image(db: &Db, id: KnowledgeSymbolId) -> Result<(String, Vec<u8>)> {
    let row = sqlx::query("SELECT image_type, image FROM knowledge_symbols WHERE id = $1")
        .bind(id)
        .fetch_optional(db.pool())
        .await?
        .ok_or(Error::NotFound)?;
    let (Some(kind), Some(data)) = (
        row.try_get::<Option<String>, _>("image_type")?,
        row.try_get::<Option<String>, _>("image")?,
    ) else {
        return Err(Error::NotFound);
    };
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data)
        .map_err(|e| Error::Internal(e.into()))?;
    Ok((kind, bytes))
}

/// A symbol as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct KnowledgeSymbolInput {
    pub name: String,
    pub description: String,
    /// Required with an image: what it shows, for those who cannot see it.
    #[serde(default)]
    pub alt: String,
    /// The image (PNG, JPEG, GIF or WebP, at most 1 MB), base64 in the API.
    #[serde(default)]
    pub image: Option<String>,
}

/// Adds a symbol, or replaces the one of the same name; the image is checked by its first
/// bytes and its size, and needs alt text.
pub async fn save_symbol(
    state: &AppState,
    p: &Principal,
    input: &KnowledgeSymbolInput,
    image: Option<Vec<u8>>,
) -> Result<KnowledgeSymbolId> {
    let cat = i18n::sv();
    let mut c = Checker::default();
    let name = c.check(&field("symbol_name"), required_text(&input.name, 200));
    let description = guarded(
        state,
        &mut c,
        "description",
        &input.description,
        5_000,
        true,
    );
    let alt = c.check(&field("alt"), optional_text(&input.alt, 300));
    let image = image.filter(|b| !b.is_empty());
    let kind = match &image {
        None => None,
        Some(bytes) if bytes.len() > domain::MAX_IMAGE => {
            c.fail(&field("image"), cat.t("networks.image_too_large"));
            None
        }
        Some(bytes) => match domain::image_type(bytes) {
            Some(k) => Some(k),
            None => {
                c.fail(&field("image"), cat.t("networks.not_an_image"));
                None
            }
        },
    };
    if image.is_some() && alt.as_deref().is_some_and(str::is_empty) {
        c.fail(&field("alt"), cat.t("networks.alt_required"));
    }
    c.finish()?;
    let (Some(name), Some(description), Some(alt)) = (name, description, alt) else {
        return Err(Error::Invalid(vec![]));
    };
    let data = image.map(|b| base64::engine::general_purpose::STANDARD.encode(b));
    let actor = Actor::of(p);
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    let existing: Option<KnowledgeSymbolId> =
        sqlx::query_scalar("SELECT id FROM knowledge_symbols WHERE name = $1")
            .bind(&name)
            .fetch_optional(&mut *tx)
            .await?;
    let id = match existing {
        Some(id) => {
            sqlx::query(
                "UPDATE knowledge_symbols SET description = $1, alt = $2, \
                 image_type = COALESCE($3, image_type), image = COALESCE($4, image), updated_at = $5 WHERE id = $6",
            )
            .bind(description.as_str())
            .bind(&alt)
            .bind(kind)
            .bind(data.as_deref())
            .bind(&now)
            .bind(id)
            .execute(&mut *tx)
            .await?;
            id
        }
        None => {
            sqlx::query_scalar(
                "INSERT INTO knowledge_symbols (name, description, alt, image_type, image, created_by, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
            )
            .bind(&name)
            .bind(description.as_str())
            .bind(&alt)
            .bind(kind)
            .bind(data.as_deref())
            .bind(&actor.label)
            .bind(&now)
            .fetch_one(&mut *tx)
            .await?
        }
    };
    audit::record(
        &mut tx,
        &actor,
        Entry::new(
            if existing.is_some() {
                Action::Update
            } else {
                Action::Create
            },
            Record::Symbol,
            id,
        )
        .summary(name),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// A search hit.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct KnowledgeHit {
    /// page, symbol or contact
    pub kind: String,
    pub title: String,
    pub href: String,
    /// A little of the text around the first word found.
    pub excerpt: String,
}

fn excerpt(text: &str, word: &str) -> String {
    let lower = text.to_lowercase();
    let chars: Vec<char> = text.chars().collect();
    let at = lower
        .find(word)
        .map(|b| lower[..b].chars().count())
        .unwrap_or(0);
    let from = at.saturating_sub(60);
    let to = (at + 140).min(chars.len());
    let mut s: String = chars[from..to].iter().collect();
    if from > 0 {
        s.insert(0, '…');
    }
    if to < chars.len() {
        s.push('…');
    }
    s.replace(['#', '*', '_', '`'], "")
}

/// Searches the pages, the glossary and the contacts for every word of `query`.
pub async fn search(db: &Db, query: &str) -> Result<Vec<KnowledgeHit>> {
    let words = domain::search_words(query);
    if words.is_empty() {
        return Ok(vec![]);
    }
    let first = words[0].as_str();
    let mut out = Vec::new();
    for s in symbols(db).await? {
        let text = format!("{} {} {}", s.name, s.description, s.alt);
        if domain::matches(&words, &text) {
            out.push(KnowledgeHit {
                kind: "symbol".into(),
                title: s.name.clone(),
                href: format!("/kunskap/symboler#symbol-{}", s.id),
                excerpt: excerpt(&s.description, first),
            });
        }
    }
    for p in pages(db).await? {
        let text = format!("{} {}", p.title, p.body);
        if domain::matches(&words, &text) {
            out.push(KnowledgeHit {
                kind: "page".into(),
                title: p.title.clone(),
                href: format!("/kunskap/sidor/{}", p.id),
                excerpt: excerpt(&p.body, first),
            });
        }
    }
    for c in varn_org::list_contacts(db, None).await? {
        let text = format!("{} {} {} {}", c.name, c.title, c.administration, c.email);
        if domain::matches(&words, &text) {
            out.push(KnowledgeHit {
                kind: "contact".into(),
                title: format!("{} – {}", c.name, c.administration),
                href: "/kunskap/kontakter".into(),
                excerpt: c.title.clone(),
            });
        }
    }
    Ok(out)
}
