//! The newsletter: an issue written in Markdown (past the PII guard) by the central
//! coordinator or a coordinator for their administration, previewed as the page will show
//! it, sent by e-mail to a list (roles, administrations, external addresses) through the
//! mail settings Värn has, and kept as an archive of pages. A list with one bad address is
//! refused whole before anything goes out; a sent issue is no longer changed.

use serde::{Deserialize, Serialize};
use sqlx::any::AnyRow;
use sqlx::Row;
use varn_house::kernel::ids::AdministrationId;

use crate::domain::{self, NewsletterIssueId};
use crate::service::{field, guarded};
use crate::{perm, Record};
use varn_house::audit::{self, Action, Actor, Entry};
use varn_house::auth::{Principal, Role};
use varn_house::db::{self, Db};
use varn_house::i18n;
use varn_house::kernel::check::{required_text, Checker};
use varn_house::kernel::error::{Error, Result};
use varn_house::web::AppState;

/// An issue as stored.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct NewsletterIssue {
    pub id: NewsletterIssueId,
    pub administration_id: AdministrationId,
    pub title: String,
    /// Markdown.
    pub body: String,
    pub created_by: String,
    pub created_at: String,
    /// When it was sent (`None`: a draft).
    pub sent_at: Option<String>,
    pub sent_by: Option<String>,
    pub recipients: i64,
}

impl NewsletterIssue {
    pub fn is_sent(&self) -> bool {
        self.sent_at.is_some()
    }

    /// The body as the page shows it.
    pub fn html(&self) -> String {
        varn_house::web::markdown::render_markdown(&self.body)
    }

    pub fn sent_on(&self) -> &str {
        self.sent_at
            .as_deref()
            .and_then(|s| s.get(..10))
            .unwrap_or("")
    }
}

const SELECT: &str = "SELECT id, administration_id, title, body, created_by, created_at, sent_at, sent_by, recipients FROM newsletter_issues";

fn issue_of(r: &AnyRow) -> Result<NewsletterIssue> {
    Ok(NewsletterIssue {
        id: r.try_get("id")?,
        administration_id: r.try_get("administration_id")?,
        title: r.try_get("title")?,
        body: r.try_get("body")?,
        created_by: r.try_get("created_by")?,
        created_at: r.try_get("created_at")?,
        sent_at: r.try_get("sent_at")?,
        sent_by: r.try_get("sent_by")?,
        recipients: r.try_get("recipients")?,
    })
}

/// Every issue, the newest first.
pub async fn all(db: &Db) -> Result<Vec<NewsletterIssue>> {
    let rows = sqlx::query(&format!(
        "{SELECT} ORDER BY sent_at IS NULL DESC, sent_at DESC, id DESC"
    ))
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(issue_of).collect()
}

pub async fn get(db: &Db, id: NewsletterIssueId) -> Result<NewsletterIssue> {
    let row = sqlx::query(&format!("{SELECT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?
        .ok_or(Error::NotFound)?;
    issue_of(&row)
}

/// May `p` read the issue: a sent one everyone signed in; a draft its writers only.
pub fn may_read(p: &Principal, i: &NewsletterIssue) -> bool {
    i.is_sent() || p.covers(perm::EDIT, i.administration_id)
}

/// The issues `p` may read.
pub async fn list(state: &AppState, p: &Principal) -> Result<Vec<NewsletterIssue>> {
    Ok(all(&state.db)
        .await?
        .into_iter()
        .filter(|i| may_read(p, i))
        .collect())
}

pub async fn readable(
    state: &AppState,
    p: &Principal,
    id: NewsletterIssueId,
) -> Result<NewsletterIssue> {
    let i = get(&state.db, id).await?;
    if may_read(p, &i) {
        Ok(i)
    } else {
        Err(Error::NotFound)
    }
}

/// Issues of `admin` sent in a period (dates inclusive).
pub async fn sent_in(db: &Db, admin: AdministrationId, from: &str, to: &str) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM newsletter_issues WHERE administration_id = $1 AND sent_at IS NOT NULL \
         AND SUBSTR(sent_at, 1, 10) >= $2 AND SUBSTR(sent_at, 1, 10) <= $3",
    )
    .bind(admin)
    .bind(from)
    .bind(to)
    .fetch_one(db.pool())
    .await?)
}

/// An issue as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct NewsletterInput {
    /// Whose newsletter (required when an issue is written; kept when changed).
    pub administration_id: Option<AdministrationId>,
    pub title: String,
    /// Markdown, at most 30,000 characters, nothing identifying.
    pub body: String,
}

fn check(state: &AppState, input: &NewsletterInput) -> Result<(String, String)> {
    let mut c = Checker::default();
    let title = c.check(&field("title"), required_text(&input.title, 200));
    let body = guarded(
        state,
        &mut c,
        "body",
        &input.body,
        domain::MAX_NEWSLETTER,
        true,
    );
    c.finish()?;
    match (title, body) {
        (Some(t), Some(b)) => Ok((t, b.into_string())),
        _ => Err(Error::Invalid(vec![])),
    }
}

/// The issue as it will look, without keeping it: the same checks as saving.
pub fn preview(state: &AppState, input: &NewsletterInput) -> Result<String> {
    let (_, body) = check(state, input)?;
    Ok(varn_house::web::markdown::render_markdown(&body))
}

pub async fn create(
    state: &AppState,
    p: &Principal,
    input: &NewsletterInput,
) -> Result<NewsletterIssueId> {
    let cat = i18n::sv();
    let admin = input.administration_id.filter(|a| p.covers(perm::EDIT, *a));
    let checked = check(state, input);
    let Some(admin) = admin else {
        let mut problems = vec![varn_house::kernel::error::Problem::field(
            field("administration"),
            cat.t("networks.unknown_administration"),
        )];
        if let Err(Error::Invalid(more)) = checked {
            problems.extend(more);
        }
        return Err(Error::Invalid(problems));
    };
    let (title, body) = checked?;
    let actor = Actor::of(p);
    let mut tx = state.db.begin_write().await?;
    let now = db::now();
    let id: NewsletterIssueId = sqlx::query_scalar(
        "INSERT INTO newsletter_issues (administration_id, title, body, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
    )
    .bind(admin)
    .bind(&title)
    .bind(&body)
    .bind(&actor.label)
    .bind(&now)
    .fetch_one(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        &actor,
        Entry::new(Action::Create, Record::Newsletter, id)
            .admin(Some(admin))
            .summary(title),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

fn already_sent() -> Error {
    Error::Conflict(i18n::sv().t("networks.newsletter_sent_already").to_string())
}

pub async fn update(
    state: &AppState,
    p: &Principal,
    id: NewsletterIssueId,
    input: &NewsletterInput,
) -> Result<()> {
    let issue = get(&state.db, id).await?;
    if issue.is_sent() {
        return Err(already_sent());
    }
    let (title, body) = check(state, input)?;
    let actor = Actor::of(p);
    let mut tx = state.db.begin_write().await?;
    sqlx::query("UPDATE newsletter_issues SET title = $1, body = $2, updated_at = $3 WHERE id = $4 AND sent_at IS NULL")
        .bind(&title)
        .bind(&body)
        .bind(db::now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        &actor,
        Entry::new(Action::Update, Record::Newsletter, id)
            .admin(Some(issue.administration_id))
            .summary(title),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Whom an issue goes to.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct NewsletterSend {
    /// Roles whose holders get it: coordinator, central_coordinator, manager, reader, employee.
    #[serde(default)]
    pub roles: Vec<String>,
    /// Only holders in these administrations (empty: all); holders of the whole city always.
    #[serde(default)]
    pub administrations: Vec<AdministrationId>,
    /// External addresses, separated by lines, commas or semicolons.
    #[serde(default)]
    pub addresses: String,
}

/// The addresses a list reaches; refused whole (naming the field) when a role or an address
/// is bad, or the list reaches no one.
pub async fn recipients(state: &AppState, list: &NewsletterSend) -> Result<Vec<String>> {
    let cat = i18n::sv();
    let mut c = Checker::default();
    let mut roles = Vec::new();
    for r in &list.roles {
        match Role::parse(r) {
            Some(role) if role != Role::Partner && role != Role::Administrator => roles.push(role),
            _ => c.fail(&field("roles"), cat.t("networks.unknown_role")),
        }
    }
    let external = c.check(&field("addresses"), domain::addresses(&list.addresses));
    c.finish()?;
    let mut out: Vec<String> = Vec::new();
    if !roles.is_empty() {
        for h in varn_people::holders(&state.db, &roles).await? {
            let reached = list.administrations.is_empty()
                || h.administration_id
                    .is_none_or(|a| list.administrations.contains(&a));
            let email = h.email.to_lowercase();
            if reached && !out.contains(&email) {
                out.push(email);
            }
        }
    }
    for e in external.unwrap_or_default() {
        if !out.contains(&e) {
            out.push(e);
        }
    }
    // Every address must be one the mailer takes, before anything goes out.
    for e in &out {
        if e.parse::<lettre::Address>().is_err() {
            return Err(Error::invalid(
                field("addresses"),
                cat.f("networks.bad_address", &[("address", e)]),
            ));
        }
    }
    if out.is_empty() {
        return Err(Error::invalid(
            field("recipients"),
            cat.t("networks.no_recipients"),
        ));
    }
    if out.len() > domain::MAX_RECIPIENTS {
        return Err(Error::invalid(
            field("recipients"),
            cat.t("networks.too_many_recipients"),
        ));
    }
    Ok(out)
}

/// Sends a draft to a list, one message per address (no one sees the others), and marks
/// it sent. Returns how many it went to.
pub async fn send(
    state: &AppState,
    p: &Principal,
    id: NewsletterIssueId,
    list: &NewsletterSend,
) -> Result<usize> {
    let cat = i18n::sv();
    let issue = get(&state.db, id).await?;
    if issue.is_sent() {
        return Err(already_sent());
    }
    let to = recipients(state, list).await?;
    let Some(mailer) =
        varn_house::mail::Mailer::from_config(&state.config).map_err(Error::Internal)?
    else {
        return Err(Error::Conflict(cat.t("networks.no_mailer").to_string()));
    };
    let subject = issue.title.clone();
    let body = cat.f(
        "networks.newsletter_mail",
        &[
            ("body", issue.body.as_str()),
            (
                "url",
                &format!(
                    "{}/nyhetsbrev/{}",
                    state.config.public_url.trim_end_matches('/'),
                    issue.id
                ),
            ),
        ],
    );
    let mut sent = 0usize;
    for address in &to {
        match mailer
            .send(std::slice::from_ref(address), &subject, &body)
            .await
        {
            Ok(()) => sent += 1,
            Err(e) => {
                tracing::warn!(issue = id.get(), error = %e, "a newsletter could not be sent to one address");
            }
        }
    }
    if sent == 0 {
        // The mail server took nothing: the issue stays a draft, to be sent again.
        return Err(Error::Conflict(cat.t("networks.mail_failed").to_string()));
    }
    let actor = Actor::of(p);
    let mut tx = state.db.begin_write().await?;
    sqlx::query(
        "UPDATE newsletter_issues SET sent_at = $1, sent_by = $2, recipients = $3 WHERE id = $4",
    )
    .bind(db::now())
    .bind(&actor.label)
    .bind(i64::try_from(sent).unwrap_or(i64::MAX))
    .bind(id)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        &actor,
        Entry::new(Action::Publish, Record::Newsletter, id)
            .admin(Some(issue.administration_id))
            .summary(format!("{} / {}", sent, to.len())),
    )
    .await?;
    tx.commit().await?;
    Ok(sent)
}
