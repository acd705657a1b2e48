//! Writing and reading audit entries.

use crate::kernel::ids::{AdministrationId, UserId};
use serde::{Deserialize, Serialize};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::db::{self, Db};
use crate::kernel::scope::Scope;

/// Who did it.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user_id: Option<UserId>,
    pub label: String,
}

impl Actor {
    /// A change made by the system itself or a command-line operator.
    pub fn system(label: &str) -> Actor {
        Actor {
            user_id: None,
            label: label.to_string(),
        }
    }
}

/// What happened, to which record.
#[derive(Debug, Clone)]
pub struct Entry {
    pub action: crate::audit::Action,
    pub record_type: &'static str,
    pub record_id: String,
    pub administration_id: Option<AdministrationId>,
    pub summary: String,
}

impl Entry {
    pub fn new(
        action: crate::audit::Action,
        record: impl crate::audit::RecordKind,
        record_id: impl ToString,
    ) -> Entry {
        Entry {
            action,
            record_type: record.code(),
            record_id: record_id.to_string(),
            administration_id: None,
            summary: String::new(),
        }
    }
    pub fn admin(mut self, administration_id: Option<AdministrationId>) -> Entry {
        self.administration_id = administration_id;
        self
    }
    pub fn summary(mut self, summary: impl Into<String>) -> Entry {
        self.summary = summary.into();
        self
    }
}

/// Appends an entry, inside the caller's transaction so that a change and its entry land together.
pub async fn record(conn: &mut AnyConnection, actor: &Actor, entry: Entry) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (at, actor_user_id, actor, action, record_type, record_id, administration_id, summary) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(db::now())
    .bind(actor.user_id)
    .bind(&actor.label)
    .bind(entry.action.code())
    .bind(entry.record_type)
    .bind(&entry.record_id)
    .bind(entry.administration_id)
    .bind(&entry.summary)
    .execute(conn)
    .await?;
    Ok(())
}

/// Appends an entry outside any transaction (sign-ins, reads).
pub async fn record_now(db: &Db, actor: &Actor, entry: Entry) -> anyhow::Result<()> {
    let mut conn = db.pool().acquire().await?;
    record(&mut conn, actor, entry).await?;
    db.changed();
    Ok(())
}

/// One entry as read back.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub record_type: String,
    pub record_id: String,
    pub administration_id: Option<AdministrationId>,
    pub administration: Option<String>,
    pub summary: String,
}

/// Filters of the audit list; all optional.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
pub struct Filter {
    /// From this date (`YYYY-MM-DD`), inclusive.
    pub from: Option<String>,
    /// To this date (`YYYY-MM-DD`), inclusive.
    pub to: Option<String>,
    /// Part of the actor's e-mail address.
    pub actor: Option<String>,
    pub action: Option<String>,
    pub record_type: Option<String>,
    pub administration_id: Option<i64>,
    /// Page number, from 1.
    pub page: Option<u64>,
}

pub const PAGE_SIZE: i64 = 100;

/// The most entries one export holds (the newest that match); narrow the dates for more.
pub const MAX_EXPORT: i64 = 100_000;

fn non_empty(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Lists entries visible in `scope`, newest first; `limit` None reads all (for export).
pub async fn list(
    db: &Db,
    scope: &Scope,
    filter: &Filter,
    limit: Option<i64>,
) -> anyhow::Result<Vec<AuditEntry>> {
    let mut sql = String::from(
        "SELECT a.id, a.at, a.actor, a.action, a.record_type, a.record_id, a.administration_id, ad.name AS administration, a.summary \
         FROM audit_log a LEFT JOIN administrations ad ON ad.id = a.administration_id WHERE 1 = 1",
    );
    let mut args: Vec<String> = Vec::new();
    let mut ints: Vec<(usize, i64)> = Vec::new();
    let mut n = 0;
    let mut next = || {
        n += 1;
        n
    };
    match scope.clause("a.administration_id") {
        Some(clause) => sql.push_str(&clause),
        None => return Ok(vec![]),
    }
    if let Some(from) = non_empty(&filter.from) {
        sql.push_str(&format!(" AND a.at >= ${}", next()));
        args.push(from.to_string());
    }
    if let Some(to) = non_empty(&filter.to) {
        sql.push_str(&format!(" AND a.at <= ${}", next()));
        args.push(format!("{to}T23:59:59Z"));
    }
    if let Some(actor) = non_empty(&filter.actor) {
        sql.push_str(&format!(" AND LOWER(a.actor) LIKE ${}", next()));
        args.push(format!("%{}%", actor.to_lowercase()));
    }
    if let Some(action) = non_empty(&filter.action) {
        sql.push_str(&format!(" AND a.action = ${}", next()));
        args.push(action.to_string());
    }
    if let Some(rt) = non_empty(&filter.record_type) {
        sql.push_str(&format!(" AND a.record_type = ${}", next()));
        args.push(rt.to_string());
    }
    if let Some(admin) = filter.administration_id {
        let i = next();
        sql.push_str(&format!(" AND a.administration_id = ${i}"));
        ints.push((i, admin));
    }
    sql.push_str(" ORDER BY a.id DESC");
    match limit {
        Some(limit) => {
            let page = crate::kernel::paging::Page::new(
                filter.page,
                Some(PAGE_SIZE as u64),
                PAGE_SIZE as u32,
            );
            sql.push_str(&format!(" LIMIT {limit} OFFSET {}", page.offset()));
        }
        None => sql.push_str(&format!(" LIMIT {MAX_EXPORT}")),
    }
    // Bind in placeholder order: texts were numbered first, then the integer.
    let mut query = sqlx::query(&sql);
    for a in &args {
        query = query.bind(a.clone());
    }
    for (_, v) in &ints {
        query = query.bind(*v);
    }
    let rows = query.fetch_all(db.pool()).await?;
    rows.iter().map(entry_from_row).collect()
}

impl AuditEntry {
    /// The time as people read it, in Swedish local time: "23 nov 2026 kl. 10.15".
    pub fn display_at(&self) -> String {
        crate::kernel::time::swedish(&self.at)
    }
    /// The summary with its codes in Swedish ([`crate::audit::readable`]).
    pub fn display_summary(&self) -> String {
        crate::audit::readable(&self.summary)
    }
}

fn entry_from_row(row: &AnyRow) -> anyhow::Result<AuditEntry> {
    Ok(AuditEntry {
        id: row.try_get("id")?,
        at: row.try_get("at")?,
        actor: row.try_get("actor")?,
        action: row.try_get("action")?,
        record_type: row.try_get("record_type")?,
        record_id: row.try_get("record_id")?,
        administration_id: row.try_get("administration_id")?,
        administration: row.try_get("administration")?,
        summary: row.try_get("summary")?,
    })
}

/// The entries as CSV with Swedish headers.
/// The entries as CSV: the actor by name (`name_of` gives it from the address, which the
/// audit log keeps) and by address, so that a reader of the file sees who, and an auditor
/// can still tell two people of the same name apart.
pub fn to_csv(entries: &[AuditEntry], name_of: impl Fn(&str) -> String) -> anyhow::Result<Vec<u8>> {
    let cat = crate::i18n::sv();
    let mut w = crate::export::Csv::new();
    w.row([
        cat.t("audit.col_at"),
        cat.t("audit.col_actor"),
        cat.t("audit.col_actor_address"),
        cat.t("audit.col_action"),
        cat.t("audit.col_record_type"),
        cat.t("audit.col_record_id"),
        cat.t("audit.col_administration"),
        cat.t("audit.col_summary"),
    ])?;
    for e in entries {
        w.row([
            crate::kernel::time::local_iso(&e.at).as_str(),
            name_of(&e.actor).as_str(),
            e.actor.as_str(),
            crate::audit::action_label(&e.action),
            crate::audit::record_label(&e.record_type),
            e.record_id.as_str(),
            e.administration.as_deref().unwrap_or(""),
            e.display_summary().as_str(),
        ])?;
    }
    w.finish()
}
