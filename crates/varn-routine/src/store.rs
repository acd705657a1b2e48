//! Storage of the routine's versions. A draft can be changed; a published version never is:
//! publishing supersedes the previous one, which stays readable with who published it and
//! when. Writes take the caller's transaction (which also holds the audit entry).

use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::domain::{first_version, Action, Content, Question, RoutineVersionId, Step, When};
use varn_house::audit::{self, Actor, Entry};
use varn_house::db::{self, Db};
use varn_house::i18n;
use varn_house::kernel::error::{Error, Result};

/// Where a version is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = RoutineStatus)]
pub enum Status {
    Draft,
    Published,
    Superseded,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Published => "published",
            Status::Superseded => "superseded",
        }
    }

    fn parse(value: &str) -> Result<Status> {
        match value {
            "draft" => Ok(Status::Draft),
            "published" => Ok(Status::Published),
            "superseded" => Ok(Status::Superseded),
            other => Err(Error::Internal(anyhow::anyhow!(
                "unknown routine status {other}"
            ))),
        }
    }

    pub fn label(self) -> &'static str {
        let cat = i18n::sv();
        match self {
            Status::Draft => cat.t("routine.status.draft"),
            Status::Published => cat.t("routine.status.published"),
            Status::Superseded => cat.t("routine.status.superseded"),
        }
    }
}

/// One version without its content.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct VersionInfo {
    pub id: RoutineVersionId,
    pub number: i64,
    pub status: Status,
    /// What changed in this version.
    pub note: String,
    pub created_at: String,
    pub created_by: String,
    pub published_at: Option<String>,
    pub published_by: Option<String>,
}

impl VersionInfo {
    pub fn is_draft(&self) -> bool {
        self.status == Status::Draft
    }
    /// The publication date, `YYYY-MM-DD`, or "".
    pub fn published_date(&self) -> &str {
        self.published_at
            .as_deref()
            .map(|t| t.get(..10).unwrap_or(t))
            .unwrap_or("")
    }
    pub fn published_by_or_empty(&self) -> &str {
        self.published_by.as_deref().unwrap_or("")
    }
}

/// One version with its questions and steps.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Version {
    pub info: VersionInfo,
    pub content: Content,
}

const INFO_SELECT: &str = "SELECT id, number, status, note, created_at, created_by, published_at, published_by FROM routine_versions";

fn info_from_row(r: &AnyRow) -> Result<VersionInfo> {
    let status: String = r.try_get("status")?;
    Ok(VersionInfo {
        id: r.try_get("id")?,
        number: r.try_get("number")?,
        status: Status::parse(&status)?,
        note: r.try_get("note")?,
        created_at: r.try_get("created_at")?,
        created_by: r.try_get("created_by")?,
        published_at: r.try_get("published_at")?,
        published_by: r.try_get("published_by")?,
    })
}

/// The label of the system itself in the audit log and as the first version's author.
const SYSTEM: &str = "Värn";

/// Creates the first published version from [`first_version`] when there is no version at
/// all. Safe to call any number of times, also concurrently: the version number is unique.
pub async fn ensure_seeded(db: &Db) -> Result<()> {
    let any: Option<RoutineVersionId> =
        sqlx::query_scalar("SELECT id FROM routine_versions LIMIT 1")
            .fetch_optional(db.pool())
            .await?;
    if any.is_some() {
        return Ok(());
    }
    let now = db::now();
    let mut tx = db.begin_write().await?;
    let id: Option<RoutineVersionId> = sqlx::query_scalar(
        "INSERT INTO routine_versions (number, status, note, created_at, created_by, published_at, published_by) \
         VALUES (1, 'published', $1, $2, $3, $2, $3) ON CONFLICT (number) DO NOTHING RETURNING id",
    )
    .bind(i18n::sv().t("routine.first_note"))
    .bind(&now)
    .bind(SYSTEM)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(id) = id {
        insert_content(&mut tx, id, &first_version()).await?;
        audit::record(
            &mut tx,
            &Actor::system(SYSTEM),
            Entry::new(
                varn_house::audit::Action::Publish,
                crate::Record::Version,
                id,
            )
            .summary("1"),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

async fn insert_content(
    conn: &mut AnyConnection,
    version_id: RoutineVersionId,
    content: &Content,
) -> Result<()> {
    for (i, q) in content.questions.iter().enumerate() {
        sqlx::query(
            "INSERT INTO routine_questions (version_id, code, position, question, help) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(version_id)
        .bind(&q.code)
        .bind(i as i64)
        .bind(&q.text)
        .bind(&q.help)
        .execute(&mut *conn)
        .await?;
    }
    for s in &content.steps {
        sqlx::query(
            "INSERT INTO routine_steps (version_id, position, title, body, legal_ref, show_when, question_code, action) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(version_id)
        .bind(s.position)
        .bind(&s.title)
        .bind(&s.text)
        .bind(&s.legal_ref)
        .bind(s.when.as_str())
        .bind(s.question.as_deref())
        .bind(s.action.map(|a| a.as_str()))
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

async fn info_in(conn: &mut AnyConnection, id: RoutineVersionId) -> Result<VersionInfo> {
    let row = sqlx::query(&format!("{INFO_SELECT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(Error::NotFound)?;
    info_from_row(&row)
}

async fn content_in(conn: &mut AnyConnection, id: RoutineVersionId) -> Result<Content> {
    let questions = sqlx::query(
        "SELECT code, question, help FROM routine_questions WHERE version_id = $1 ORDER BY position, id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| {
        Ok(Question {
            code: r.try_get("code")?,
            text: r.try_get("question")?,
            help: r.try_get("help")?,
        })
    })
    .collect::<Result<Vec<_>>>()?;
    let steps = sqlx::query(
        "SELECT position, title, body, legal_ref, show_when, question_code, action FROM routine_steps \
         WHERE version_id = $1 ORDER BY position, id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| {
        let when: String = r.try_get("show_when")?;
        let action: Option<String> = r.try_get("action")?;
        Ok(Step {
            position: r.try_get("position")?,
            title: r.try_get("title")?,
            text: r.try_get("body")?,
            legal_ref: r.try_get("legal_ref")?,
            when: When::parse(&when)
                .ok_or_else(|| anyhow::anyhow!("unknown routine condition {when}"))?,
            question: r.try_get("question_code")?,
            action: match action {
                None => None,
                Some(code) => Some(
                    Action::parse(&code)
                        .ok_or_else(|| anyhow::anyhow!("unknown routine action {code}"))?,
                ),
            },
        })
    })
    .collect::<Result<Vec<_>>>()?;
    Ok(Content { questions, steps })
}

/// One version with its content.
pub async fn get(db: &Db, id: RoutineVersionId) -> Result<Version> {
    let mut conn = db.pool().acquire().await?;
    let info = info_in(&mut conn, id).await?;
    let content = content_in(&mut conn, id).await?;
    Ok(Version { info, content })
}

/// The version the guide uses: the latest published one (the first is made if none exists).
pub async fn current(db: &Db) -> Result<Version> {
    ensure_seeded(db).await?;
    let id: RoutineVersionId = sqlx::query_scalar(
        "SELECT id FROM routine_versions WHERE status = 'published' ORDER BY number DESC LIMIT 1",
    )
    .fetch_optional(db.pool())
    .await?
    .ok_or(Error::NotFound)?;
    get(db, id).await
}

/// Every version, newest first.
pub async fn list(db: &Db) -> Result<Vec<VersionInfo>> {
    ensure_seeded(db).await?;
    sqlx::query(&format!("{INFO_SELECT} ORDER BY number DESC"))
        .fetch_all(db.pool())
        .await?
        .iter()
        .map(info_from_row)
        .collect()
}

/// Copies the current published version into a new draft; only one draft at a time.
/// Audited as the given actor. Returns the draft's id.
pub async fn create_draft(conn: &mut AnyConnection, actor: &Actor) -> Result<RoutineVersionId> {
    let cat = i18n::sv();
    let draft: Option<i64> =
        sqlx::query_scalar("SELECT number FROM routine_versions WHERE status = 'draft' LIMIT 1")
            .fetch_optional(&mut *conn)
            .await?;
    if let Some(number) = draft {
        return Err(Error::Conflict(cat.f(
            "routine.conflict.draft_exists",
            &[("number", &number.to_string())],
        )));
    }
    let source: Option<RoutineVersionId> = sqlx::query_scalar(
        "SELECT id FROM routine_versions WHERE status = 'published' ORDER BY number DESC LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await?;
    let content = match source {
        Some(id) => content_in(conn, id).await?,
        None => first_version(),
    };
    db::serialise(conn, "routine_versions").await?;
    let next: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(MAX(number), 0) + 1 AS BIGINT) FROM routine_versions",
    )
    .fetch_one(&mut *conn)
    .await?;
    let id: RoutineVersionId = sqlx::query_scalar(
        "INSERT INTO routine_versions (number, status, note, created_at, created_by) \
         VALUES ($1, 'draft', '', $2, $3) RETURNING id",
    )
    .bind(next)
    .bind(db::now())
    .bind(&actor.label)
    .fetch_one(&mut *conn)
    .await?;
    insert_content(conn, id, &content).await?;
    audit::record(
        conn,
        actor,
        Entry::new(
            varn_house::audit::Action::Create,
            crate::Record::Version,
            id,
        )
        .summary(next.to_string()),
    )
    .await?;
    Ok(id)
}

async fn draft_info(conn: &mut AnyConnection, id: RoutineVersionId) -> Result<VersionInfo> {
    let info = info_in(conn, id).await?;
    if !info.is_draft() {
        return Err(Error::Conflict(i18n::sv().f(
            "routine.conflict.not_draft",
            &[("number", &info.number.to_string())],
        )));
    }
    Ok(info)
}

/// Replaces a draft's note and content. A published version is never changed.
pub async fn update_draft(
    conn: &mut AnyConnection,
    actor: &Actor,
    id: RoutineVersionId,
    note: &str,
    content: &Content,
) -> Result<()> {
    let info = draft_info(conn, id).await?;
    sqlx::query("UPDATE routine_versions SET note = $1 WHERE id = $2")
        .bind(note)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM routine_questions WHERE version_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM routine_steps WHERE version_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    insert_content(conn, id, content).await?;
    audit::record(
        conn,
        actor,
        Entry::new(
            varn_house::audit::Action::Update,
            crate::Record::Version,
            id,
        )
        .summary(info.number.to_string()),
    )
    .await?;
    Ok(())
}

/// Publishes a draft: it becomes the version the guide uses and the previous published one
/// is superseded. Returns the version number.
pub async fn publish(conn: &mut AnyConnection, actor: &Actor, id: RoutineVersionId) -> Result<i64> {
    let info = draft_info(conn, id).await?;
    let now = db::now();
    sqlx::query("UPDATE routine_versions SET status = 'superseded' WHERE status = 'published'")
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "UPDATE routine_versions SET status = 'published', published_at = $1, published_by = $2 WHERE id = $3",
    )
    .bind(&now)
    .bind(&actor.label)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    audit::record(
        conn,
        actor,
        Entry::new(
            varn_house::audit::Action::Publish,
            crate::Record::Version,
            id,
        )
        .summary(info.number.to_string()),
    )
    .await?;
    Ok(info.number)
}
