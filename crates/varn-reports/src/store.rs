//! Storage of forms, their terms, links and notes. Nothing reaches this module before the
//! PII guard has passed the free text.

use serde::{Deserialize, Serialize};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::domain::{
    hash, receipt_for, Action, AgeBand, CheckedReport, Concerns, Gender, PartnerLinkId, ReportId,
    ReportLinkId, ReportNoteId, Status,
};
use varn_house::auth::Scope;
use varn_house::db::{self, Db};
use varn_house::i18n;
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::ids::{AdministrationId, UnitId};
use varn_house::kernel::paging::Page;
use varn_taxonomy::{TermId, Vocabulary};

/// Checks the form's references against the organisation and the taxonomy.
pub async fn check_references(conn: &mut AnyConnection, r: &CheckedReport) -> Result<()> {
    let cat = i18n::sv();
    let mut problems = Vec::new();
    let admin: Option<AdministrationId> =
        sqlx::query_scalar("SELECT id FROM administrations WHERE id = $1")
            .bind(r.administration_id)
            .fetch_optional(&mut *conn)
            .await?;
    if admin.is_none() {
        problems.push(varn_house::kernel::error::Problem::field(
            cat.t("report.field_administration"),
            cat.t("validation.administration"),
        ));
    }
    if let Some(unit) = r.unit_id {
        let owner: Option<AdministrationId> = sqlx::query_scalar("SELECT d.administration_id FROM units u JOIN departments d ON d.id = u.department_id WHERE u.id = $1")
            .bind(unit)
            .fetch_optional(&mut *conn)
            .await?;
        if owner.is_none() {
            problems.push(varn_house::kernel::error::Problem::field(
                cat.t("report.field_unit"),
                cat.t("validation.unit"),
            ));
        }
    }
    let groups = [
        (
            Vocabulary::Environment,
            &r.environments,
            "report.field_environments",
        ),
        (
            Vocabulary::Phenomenon,
            &r.phenomena,
            "report.field_phenomena",
        ),
        (
            Vocabulary::EventType,
            &r.event_types,
            "report.field_event_types",
        ),
    ];
    for (vocabulary, ids, field) in groups {
        for id in ids.iter() {
            if !term_is(conn, *id, vocabulary).await? {
                problems.push(varn_house::kernel::error::Problem::field(
                    cat.t(field),
                    cat.t("report.unknown_term"),
                ));
            }
        }
    }
    if let Some(place) = r.place_type_id {
        if !term_is(conn, place, Vocabulary::PlaceType).await? {
            problems.push(varn_house::kernel::error::Problem::field(
                cat.t("report.field_place_type"),
                cat.t("report.unknown_term"),
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(problems))
    }
}

async fn term_is(conn: &mut AnyConnection, id: TermId, vocabulary: Vocabulary) -> Result<bool> {
    let found: Option<TermId> = sqlx::query_scalar("SELECT id FROM taxonomy_terms WHERE id = $1 AND vocabulary = $2 AND retired_version IS NULL")
        .bind(id)
        .bind(vocabulary.as_str())
        .fetch_optional(conn)
        .await?;
    Ok(found.is_some())
}

/// The form already stored under this submission key, if any.
pub async fn by_submission_key(conn: &mut AnyConnection, key: &str) -> Result<Option<ReportId>> {
    Ok(
        sqlx::query_scalar("SELECT id FROM reports WHERE submission_key_hash = $1")
            .bind(hash(key))
            .fetch_optional(conn)
            .await?,
    )
}

/// Stores a checked, guard-passed form; returns its id.
pub async fn insert(
    conn: &mut AnyConnection,
    r: &CheckedReport,
    channel: &str,
    partner_link_id: Option<PartnerLinkId>,
    submission_key: &str,
    taxonomy_version: i64,
) -> Result<ReportId> {
    let now = db::now();
    let actions = r
        .actions
        .iter()
        .map(|a| a.as_str())
        .collect::<Vec<_>>()
        .join(",");
    let id: ReportId = sqlx::query_scalar(
        "INSERT INTO reports (administration_id, unit_id, channel, partner_link_id, submission_key_hash, receipt_hash, occurred_from, occurred_to, area, \
         place_type_id, concerns, age_band, gender, actions, description, status, taxonomy_version, submitted_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 'new', $16, $17, $17) RETURNING id",
    )
    .bind(r.administration_id)
    .bind(r.unit_id)
    .bind(channel)
    .bind(partner_link_id)
    .bind(hash(submission_key))
    .bind(hash(&receipt_for(submission_key)))
    .bind(&r.occurred_from)
    .bind(&r.occurred_to)
    .bind(&r.area)
    .bind(r.place_type_id)
    .bind(r.concerns.as_str())
    .bind(r.age_band.map(|a| a.as_str()))
    .bind(r.gender.map(|g| g.as_str()))
    .bind(actions)
    .bind(&r.description)
    .bind(taxonomy_version)
    .bind(&now)
    .fetch_one(&mut *conn)
    .await?;
    for term in r
        .environments
        .iter()
        .chain(&r.phenomena)
        .chain(&r.event_types)
    {
        add_term(conn, id, *term, "sender").await?;
    }
    Ok(id)
}

async fn add_term(
    conn: &mut AnyConnection,
    report: ReportId,
    term: TermId,
    source: &str,
) -> Result<()> {
    sqlx::query("INSERT INTO report_terms (report_id, term_id, source) VALUES ($1, $2, $3)")
        .bind(report)
        .bind(term)
        .bind(source)
        .execute(conn)
        .await?;
    Ok(())
}

/// What a sender may see with their receipt: nothing of the content.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReceiptStatus {
    pub status: Status,
    pub status_label: String,
    pub submitted_at: String,
    pub administration: String,
}

impl ReceiptStatus {
    pub fn submitted_on(&self) -> &str {
        self.submitted_at.get(..10).unwrap_or(&self.submitted_at)
    }
}

impl InboxItem {
    pub fn received_on(&self) -> &str {
        self.submitted_at.get(..10).unwrap_or(&self.submitted_at)
    }
}

pub async fn status_by_receipt(db: &Db, receipt: &str) -> Result<Option<ReceiptStatus>> {
    let row = sqlx::query("SELECT r.status, r.submitted_at, a.name AS administration FROM reports r JOIN administrations a ON a.id = r.administration_id WHERE r.receipt_hash = $1")
        .bind(hash(receipt))
        .fetch_optional(db.pool())
        .await?;
    let Some(row) = row else { return Ok(None) };
    let status: String = row.try_get("status")?;
    let status = Status::parse(&status).ok_or_else(|| anyhow::anyhow!("bad status"))?;
    Ok(Some(ReceiptStatus {
        status,
        status_label: status.label().into(),
        submitted_at: row.try_get("submitted_at")?,
        administration: row.try_get("administration")?,
    }))
}

/// Filters of the inbox.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
pub struct InboxFilter {
    pub status: Option<String>,
    /// Occurred on or after (`YYYY-MM-DD`).
    pub from: Option<String>,
    /// Occurred on or before (`YYYY-MM-DD`).
    pub to: Option<String>,
    /// A term id: matches the sender's guess or the assessment.
    pub environment: Option<TermId>,
    pub event_type: Option<TermId>,
    pub unit: Option<UnitId>,
    pub administration: Option<AdministrationId>,
    /// Words to find in the form's fields: its number ("#12" or "12"), a linked IA number,
    /// the unit, the administration, the place type and the environments, phenomena and
    /// event types (the sender's or the assessment's). Never the free text (description,
    /// area, notes, forwarded to), which the list's reader may not be allowed to read.
    pub q: Option<String>,
    /// received_desc (default), received_asc, occurred_desc, occurred_asc or status.
    pub sort: Option<String>,
    /// Page number, from 1.
    pub page: Option<u64>,
    /// Forms a page (at most 1,000; 50 when absent).
    pub per_page: Option<u64>,
}

impl InboxFilter {
    /// The filter from a page's query pairs; empty values are no filter, and values that
    /// do not read are ignored (a page shows the whole inbox rather than an error).
    pub fn from_pairs(raw: &[(String, String)]) -> InboxFilter {
        let get = |k: &str| {
            raw.iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        InboxFilter {
            status: get("status"),
            from: get("from"),
            to: get("to"),
            environment: get("environment").and_then(|v| v.parse().ok()),
            event_type: get("event_type").and_then(|v| v.parse().ok()),
            unit: get("unit").and_then(|v| v.parse().ok()),
            administration: get("administration").and_then(|v| v.parse().ok()),
            q: get("q"),
            sort: get("sort"),
            page: get("page").and_then(|v| v.parse().ok()),
            per_page: get("per_page").and_then(|v| v.parse().ok()),
        }
    }
}

/// The orders the inbox can be sorted in: (code, catalogue key, ORDER BY).
pub const SORTS: &[(&str, &str, &str)] = &[
    ("received_desc", "inbox.sort_received_desc", "r.submitted_at DESC, r.id DESC"),
    ("received_asc", "inbox.sort_received_asc", "r.submitted_at ASC, r.id ASC"),
    ("occurred_desc", "inbox.sort_occurred_desc", "r.occurred_from DESC, r.id DESC"),
    ("occurred_asc", "inbox.sort_occurred_asc", "r.occurred_from ASC, r.id ASC"),
    // The workflow's order: new first, then under assessment, assessed, forwarded.
    ("status", "inbox.sort_status", "CASE r.status WHEN 'new' THEN 0 WHEN 'under_assessment' THEN 1 WHEN 'assessed_vbe' THEN 2 WHEN 'assessed_not_vbe' THEN 3 ELSE 4 END, r.submitted_at DESC, r.id DESC"),
];

/// The ORDER BY of a sort code; an unknown code sorts newest received first.
fn order_by(sort: Option<&str>) -> &'static str {
    SORTS
        .iter()
        .find(|(code, _, _)| Some(*code) == sort)
        .map_or(SORTS[0].2, |(_, _, sql)| *sql)
}

/// The longest search the inbox takes (longer input is cut).
pub const MAX_SEARCH: usize = 100;

/// A column compared without regard to case, the Swedish letters included (SQLite's
/// LOWER folds ASCII only).
fn folded(column: &str) -> String {
    format!("LOWER(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE({column}, 'Å', 'å'), 'Ä', 'ä'), 'Ö', 'ö'), 'É', 'é'), 'Ü', 'ü'))")
}

/// Forms on an inbox page when nothing else is asked for.
pub const INBOX_PAGE: u32 = 50;

/// A form in the inbox list: no free text.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct InboxItem {
    pub id: ReportId,
    pub administration_id: AdministrationId,
    pub administration: String,
    pub unit: Option<String>,
    pub occurred_from: String,
    pub occurred_to: Option<String>,
    pub submitted_at: String,
    pub status: Status,
    pub status_label: String,
    pub concerns: Concerns,
    pub environments: Vec<String>,
    pub event_types: Vec<String>,
    pub channel: String,
}

fn text_filter(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// One page of the inbox within `scope`, newest first, and how many forms match in all.
/// Three queries whatever the page holds: the count, the page, and the page's terms.
/// The WHERE clause of the inbox for a scope and filter, with its text and integer values
/// in the order they are bound; `None` when the scope reaches nothing.
struct InboxWhere {
    filter: String,
    texts: Vec<String>,
    ints: Vec<i64>,
}

impl InboxWhere {
    fn of(scope: &Scope, f: &InboxFilter) -> Option<InboxWhere> {
        let in_scope = scope.clause("r.administration_id")?;
        let mut filter = format!(" WHERE 1 = 1{in_scope}");
        let mut texts = Vec::new();
        let mut ints = Vec::new();
        let mut n = 0;
        if let Some(s) = text_filter(&f.status) {
            n += 1;
            filter.push_str(&format!(" AND r.status = ${n}"));
            texts.push(s);
        }
        if let Some(s) = text_filter(&f.from) {
            n += 1;
            filter.push_str(&format!(
                " AND COALESCE(r.occurred_to, r.occurred_from) >= ${n}"
            ));
            texts.push(s);
        }
        if let Some(s) = text_filter(&f.to) {
            n += 1;
            filter.push_str(&format!(" AND r.occurred_from <= ${n}"));
            texts.push(s);
        }
        if let Some(q) = text_filter(&f.q) {
            // Wildcards typed are taken literally.
            let q: String = q
                .chars()
                .take(MAX_SEARCH)
                .collect::<String>()
                .to_lowercase();
            let escaped = q
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            n += 1;
            let like = n;
            texts.push(format!("%{escaped}%"));
            n += 1;
            let number = n;
            texts.push(q.trim_start_matches('#').trim().to_string());
            let has = |column: &str| format!("{} LIKE ${like} ESCAPE '\\'", folded(column));
            filter.push_str(&format!(
                " AND (EXISTS (SELECT 1 FROM report_links l WHERE l.report_id = r.id AND l.kind = 'ia' AND {}) \
                 OR EXISTS (SELECT 1 FROM units su WHERE su.id = r.unit_id AND {}) \
                 OR EXISTS (SELECT 1 FROM administrations sa WHERE sa.id = r.administration_id AND {}) \
                 OR EXISTS (SELECT 1 FROM taxonomy_terms sp WHERE sp.id = r.place_type_id AND {}) \
                 OR EXISTS (SELECT 1 FROM report_terms st JOIN taxonomy_terms stt ON stt.id = st.term_id WHERE st.report_id = r.id AND {}) \
                 OR CAST(r.id AS TEXT) = ${number})",
                has("l.reference"),
                has("su.name"),
                has("sa.name"),
                has("sp.label"),
                has("stt.label"),
            ));
        }
        for (value, column) in [
            (f.environment.map(TermId::get), "term"),
            (f.event_type.map(TermId::get), "term"),
            (f.unit.map(UnitId::get), "unit"),
            (f.administration.map(AdministrationId::get), "admin"),
        ] {
            if let Some(v) = value {
                n += 1;
                match column {
                    "term" => filter.push_str(&format!(" AND EXISTS (SELECT 1 FROM report_terms t WHERE t.report_id = r.id AND t.term_id = ${n})")),
                    "unit" => filter.push_str(&format!(" AND r.unit_id = ${n}")),
                    _ => filter.push_str(&format!(" AND r.administration_id = ${n}")),
                }
                ints.push(v);
            }
        }
        Some(InboxWhere {
            filter,
            texts,
            ints,
        })
    }

    /// The query with this clause's values bound (texts first: they take the first numbers).
    fn bind<'q>(
        &self,
        sql: &'q str,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
        let mut q = sqlx::query(sql);
        for t in &self.texts {
            q = q.bind(t.clone());
        }
        for i in &self.ints {
            q = q.bind(*i);
        }
        q
    }
}

/// How many forms of each status the inbox holds for the scope and the filter's other
/// fields (its status ignored), for the counts above the list.
pub async fn status_counts(db: &Db, scope: &Scope, f: &InboxFilter) -> Result<Vec<(Status, i64)>> {
    let all = InboxFilter {
        status: None,
        ..f.clone()
    };
    let Some(w) = InboxWhere::of(scope, &all) else {
        return Ok(vec![]);
    };
    let sql = format!(
        "SELECT r.status AS status, COUNT(*) AS n FROM reports r{} GROUP BY r.status",
        w.filter
    );
    let rows = w.bind(&sql).fetch_all(db.pool()).await?;
    let mut counts = Vec::new();
    for status in Status::ALL {
        let n = rows
            .iter()
            .find(|r| {
                r.try_get::<String, _>("status")
                    .is_ok_and(|s| s == status.as_str())
            })
            .map(|r| r.try_get::<i64, _>("n"))
            .transpose()?
            .unwrap_or(0);
        counts.push((*status, n));
    }
    Ok(counts)
}

pub async fn inbox(
    db: &Db,
    scope: &Scope,
    f: &InboxFilter,
    page: Page,
) -> Result<(Vec<InboxItem>, i64)> {
    let Some(w) = InboxWhere::of(scope, f) else {
        return Ok((vec![], 0));
    };
    let filter = &w.filter;
    let count_sql = format!("SELECT COUNT(*) AS total FROM reports r{filter}");
    let total: i64 = w
        .bind(&count_sql)
        .fetch_one(db.pool())
        .await?
        .try_get("total")?;
    let sql = format!(
        "SELECT r.id, r.administration_id, a.name AS administration, u.name AS unit, r.occurred_from, r.occurred_to, r.submitted_at, r.status, r.concerns, r.channel \
         FROM reports r JOIN administrations a ON a.id = r.administration_id LEFT JOIN units u ON u.id = r.unit_id{filter} \
         ORDER BY {} LIMIT {} OFFSET {}",
        order_by(f.sort.as_deref()),
        page.limit(),
        page.offset()
    );
    let rows = w.bind(&sql).fetch_all(db.pool()).await?;
    let ids: Vec<ReportId> = rows
        .iter()
        .map(|r| r.try_get("id"))
        .collect::<std::result::Result<_, _>>()?;
    let mut terms = terms_of_many(db, &ids).await?;
    let mut out = Vec::new();
    for row in &rows {
        let id: ReportId = row.try_get("id")?;
        let terms = terms.remove(&id).unwrap_or_default();
        let status: String = row.try_get("status")?;
        let status = Status::parse(&status).ok_or_else(|| anyhow::anyhow!("bad status"))?;
        let concerns: String = row.try_get("concerns")?;
        let labels = |v: Vocabulary| -> Vec<String> {
            // The coordinator's assessment wins over the sender's guess where it exists.
            let assessed: Vec<String> = terms
                .iter()
                .filter(|t| t.vocabulary == v && t.source == "assessed")
                .map(|t| t.label.clone())
                .collect();
            if assessed.is_empty() {
                terms
                    .iter()
                    .filter(|t| t.vocabulary == v && t.source == "sender")
                    .map(|t| t.label.clone())
                    .collect()
            } else {
                assessed
            }
        };
        out.push(InboxItem {
            id,
            administration_id: row.try_get("administration_id")?,
            administration: row.try_get("administration")?,
            unit: row.try_get("unit")?,
            occurred_from: row.try_get("occurred_from")?,
            occurred_to: row.try_get("occurred_to")?,
            submitted_at: row.try_get("submitted_at")?,
            status,
            status_label: status.label().into(),
            concerns: Concerns::parse(&concerns).ok_or_else(|| anyhow::anyhow!("bad concerns"))?,
            environments: labels(Vocabulary::Environment),
            event_types: labels(Vocabulary::EventType),
            channel: row.try_get("channel")?,
        });
    }
    Ok((out, total))
}

/// The terms of several forms at once, by form.
async fn terms_of_many(
    db: &Db,
    ids: &[ReportId],
) -> Result<std::collections::HashMap<ReportId, Vec<ReportTerm>>> {
    let mut out: std::collections::HashMap<ReportId, Vec<ReportTerm>> = Default::default();
    if ids.is_empty() {
        return Ok(out);
    }
    // Integers from the database, never user text.
    let list = ids
        .iter()
        .map(ReportId::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let rows = sqlx::query(&format!(
        "SELECT rt.report_id, t.id AS term_id, t.vocabulary, t.label, rt.source FROM report_terms rt \
         JOIN taxonomy_terms t ON t.id = rt.term_id WHERE rt.report_id IN ({list}) ORDER BY rt.report_id, t.position"
    ))
    .fetch_all(db.pool())
    .await?;
    for r in &rows {
        let vocabulary: String = r.try_get("vocabulary")?;
        out.entry(r.try_get("report_id")?)
            .or_default()
            .push(ReportTerm {
                term_id: r.try_get("term_id")?,
                vocabulary: Vocabulary::parse(&vocabulary)
                    .ok_or_else(|| anyhow::anyhow!("bad vocabulary"))?,
                label: r.try_get("label")?,
                source: r.try_get("source")?,
            });
    }
    Ok(out)
}

/// A term on a form, with where it came from.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReportTerm {
    pub term_id: TermId,
    pub vocabulary: Vocabulary,
    pub label: String,
    /// sender or assessed
    pub source: String,
}

async fn terms_of(db: &Db, report: ReportId) -> Result<Vec<ReportTerm>> {
    Ok(terms_of_many(db, &[report])
        .await?
        .remove(&report)
        .unwrap_or_default())
}

/// A link from a form to an IA case or another form.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReportLink {
    pub id: ReportLinkId,
    /// ia or report
    pub kind: String,
    pub reference: String,
    pub created_at: String,
    pub created_by: String,
    /// The name of whoever made it, as people read it (the address when no account has it).
    pub created_by_name: String,
}

/// A coordinator's note.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReportNote {
    pub id: ReportNoteId,
    pub body: String,
    pub created_at: String,
    pub created_by: String,
    /// The name of whoever wrote it (the address when no account has it).
    pub created_by_name: String,
}

impl ReportNote {
    /// When, in Swedish local time ("30 nov 2026 kl. 02.41").
    pub fn created_when(&self) -> String {
        varn_house::kernel::time::swedish(&self.created_at)
    }
}

/// A whole form as the coordinator reads it (reading it is audited by the caller).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReportDetail {
    #[serde(flatten)]
    pub item: InboxItem,
    pub area: String,
    pub place_type: Option<String>,
    pub age_band: Option<AgeBand>,
    pub gender: Option<Gender>,
    pub actions: Vec<Action>,
    pub description: String,
    pub forwarded_to: String,
    pub assessed_at: Option<String>,
    pub assessed_by: Option<String>,
    /// The assessor's name (the address when no account has it).
    pub assessed_by_name: Option<String>,
    pub taxonomy_version: i64,
    pub terms: Vec<ReportTerm>,
    pub links: Vec<ReportLink>,
    pub notes: Vec<ReportNote>,
}

impl ReportDetail {
    /// When it was assessed, in Swedish local time.
    pub fn assessed_when(&self) -> Option<String> {
        self.assessed_at
            .as_deref()
            .map(varn_house::kernel::time::swedish)
    }
}

pub async fn administration_of(db: &Db, id: ReportId) -> Result<AdministrationId> {
    sqlx::query_scalar("SELECT administration_id FROM reports WHERE id = $1")
        .bind(id)
        .fetch_optional(db.pool())
        .await?
        .ok_or(Error::NotFound)
}

fn item_from(row: &AnyRow, terms: &[ReportTerm]) -> Result<InboxItem> {
    let status: String = row.try_get("status")?;
    let status = Status::parse(&status).ok_or_else(|| anyhow::anyhow!("bad status"))?;
    let concerns: String = row.try_get("concerns")?;
    let pick = |v: Vocabulary| {
        terms
            .iter()
            .filter(|t| t.vocabulary == v)
            .map(|t| t.label.clone())
            .collect::<Vec<_>>()
    };
    Ok(InboxItem {
        id: row.try_get("id")?,
        administration_id: row.try_get("administration_id")?,
        administration: row.try_get("administration")?,
        unit: row.try_get("unit")?,
        occurred_from: row.try_get("occurred_from")?,
        occurred_to: row.try_get("occurred_to")?,
        submitted_at: row.try_get("submitted_at")?,
        status,
        status_label: status.label().into(),
        concerns: Concerns::parse(&concerns).ok_or_else(|| anyhow::anyhow!("bad concerns"))?,
        environments: pick(Vocabulary::Environment),
        event_types: pick(Vocabulary::EventType),
        channel: row.try_get("channel")?,
    })
}

pub async fn get(db: &Db, id: ReportId) -> Result<ReportDetail> {
    let row = sqlx::query(
        "SELECT r.id, r.administration_id, a.name AS administration, u.name AS unit, r.occurred_from, r.occurred_to, r.submitted_at, r.status, r.concerns, r.channel, \
         r.area, p.label AS place_type, r.age_band, r.gender, r.actions, r.description, r.forwarded_to, r.assessed_at, r.assessed_by, r.taxonomy_version, \
         COALESCE(who.name, r.assessed_by) AS assessed_by_name \
         FROM reports r JOIN administrations a ON a.id = r.administration_id LEFT JOIN units u ON u.id = r.unit_id \
         LEFT JOIN taxonomy_terms p ON p.id = r.place_type_id LEFT JOIN users who ON who.email = r.assessed_by WHERE r.id = $1",
    )
    .bind(id)
    .fetch_optional(db.pool())
    .await?
    .ok_or(Error::NotFound)?;
    let terms = terms_of(db, id).await?;
    let item = item_from(&row, &terms)?;
    let age: Option<String> = row.try_get("age_band")?;
    let gender: Option<String> = row.try_get("gender")?;
    let actions: String = row.try_get("actions")?;
    let links = sqlx::query("SELECT l.id, l.kind, l.reference, l.created_at, l.created_by, COALESCE(who.name, l.created_by) AS created_by_name \
         FROM report_links l LEFT JOIN users who ON who.email = l.created_by WHERE l.report_id = $1 ORDER BY l.id")
        .bind(id)
        .fetch_all(db.pool())
        .await?
        .iter()
        .map(|r| Ok(ReportLink { id: r.try_get("id")?, kind: r.try_get("kind")?, reference: r.try_get("reference")?, created_at: r.try_get("created_at")?, created_by: r.try_get("created_by")?, created_by_name: r.try_get("created_by_name")? }))
        .collect::<Result<Vec<_>>>()?;
    let notes = sqlx::query("SELECT n.id, n.body, n.created_at, n.created_by, COALESCE(who.name, n.created_by) AS created_by_name \
         FROM report_notes n LEFT JOIN users who ON who.email = n.created_by WHERE n.report_id = $1 ORDER BY n.id")
        .bind(id)
        .fetch_all(db.pool())
        .await?
        .iter()
        .map(|r| Ok(ReportNote { id: r.try_get("id")?, body: r.try_get("body")?, created_at: r.try_get("created_at")?, created_by: r.try_get("created_by")?, created_by_name: r.try_get("created_by_name")? }))
        .collect::<Result<Vec<_>>>()?;
    Ok(ReportDetail {
        item,
        area: row.try_get("area")?,
        place_type: row.try_get("place_type")?,
        age_band: age.as_deref().and_then(AgeBand::parse),
        gender: gender.as_deref().and_then(Gender::parse),
        actions: actions.split(',').filter_map(Action::parse).collect(),
        description: row.try_get("description")?,
        forwarded_to: row.try_get("forwarded_to")?,
        assessed_at: row.try_get("assessed_at")?,
        assessed_by: row.try_get("assessed_by")?,
        assessed_by_name: row.try_get("assessed_by_name")?,
        taxonomy_version: row.try_get("taxonomy_version")?,
        terms,
        links,
        notes,
    })
}

/// Moves a form in the workflow; "forwarded" needs to say where.
pub async fn set_status(
    conn: &mut AnyConnection,
    id: ReportId,
    status: Status,
    forwarded_to: &str,
    by: &str,
) -> Result<()> {
    let assessed = status.is_assessed();
    sqlx::query(
        "UPDATE reports SET status = $1, forwarded_to = $2, updated_at = $3, \
         assessed_at = CASE WHEN $4 = 1 THEN $3 ELSE NULL END, assessed_by = CASE WHEN $4 = 1 THEN $5 ELSE NULL END WHERE id = $6",
    )
    .bind(status.as_str())
    .bind(forwarded_to)
    .bind(db::now())
    .bind(i64::from(assessed))
    .bind(by)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Replaces the coordinator's classification of a form.
pub async fn classify(conn: &mut AnyConnection, id: ReportId, terms: &[TermId]) -> Result<()> {
    sqlx::query("DELETE FROM report_terms WHERE report_id = $1 AND source = 'assessed'")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    let mut seen = Vec::new();
    for t in terms {
        if !seen.contains(t) {
            add_term(conn, id, *t, "assessed").await?;
            seen.push(*t);
        }
    }
    Ok(())
}

pub async fn add_link(
    conn: &mut AnyConnection,
    id: ReportId,
    kind: &str,
    reference: &str,
    by: &str,
) -> Result<ReportLinkId> {
    Ok(sqlx::query_scalar("INSERT INTO report_links (report_id, kind, reference, created_at, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(id)
        .bind(kind)
        .bind(reference)
        .bind(db::now())
        .bind(by)
        .fetch_one(conn)
        .await?)
}

pub async fn add_note(
    conn: &mut AnyConnection,
    id: ReportId,
    body: &str,
    by: &str,
) -> Result<ReportNoteId> {
    Ok(sqlx::query_scalar("INSERT INTO report_notes (report_id, body, created_at, created_by) VALUES ($1, $2, $3, $4) RETURNING id")
        .bind(id)
        .bind(body)
        .bind(db::now())
        .bind(by)
        .fetch_one(conn)
        .await?)
}

/// Whether a term may classify a form: a live environment, phenomenon or event type.
pub async fn classifies(conn: &mut AnyConnection, term: TermId) -> Result<bool> {
    let found: Option<TermId> = sqlx::query_scalar("SELECT id FROM taxonomy_terms WHERE id = $1 AND vocabulary IN ('environment', 'phenomenon', 'event_type') AND retired_version IS NULL")
        .bind(term)
        .fetch_optional(conn)
        .await?;
    Ok(found.is_some())
}

/// A partner link as the coordinator sees it (never the token, after creation).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PartnerLink {
    pub id: PartnerLinkId,
    pub administration_id: AdministrationId,
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
            && self.expires_at.as_str() >= varn_house::db::today().as_str()
            && self.used < self.max_reports
    }
}

const PARTNER_SELECT: &str = "SELECT l.id, l.administration_id, l.label, l.expires_at, l.max_reports, \
    (SELECT COUNT(*) FROM reports r WHERE r.partner_link_id = l.id) AS used, l.revoked_at, l.created_by FROM partner_links l";

fn partner_link_from(r: &AnyRow) -> Result<PartnerLink> {
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

/// An administration's partner links, newest first.
pub async fn partner_links(db: &Db, administration: AdministrationId) -> Result<Vec<PartnerLink>> {
    let rows = sqlx::query(&format!(
        "{PARTNER_SELECT} WHERE l.administration_id = $1 ORDER BY l.id DESC"
    ))
    .bind(administration)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(partner_link_from).collect()
}

/// The partner link of a token, if any (live or not).
pub async fn partner_link_by_token(db: &Db, token: &str) -> Result<Option<PartnerLink>> {
    let row = sqlx::query(&format!("{PARTNER_SELECT} WHERE l.token_hash = $1"))
        .bind(hash(token))
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(partner_link_from).transpose()
}

/// Stores a new partner link under its token's hash; its id.
pub async fn insert_partner_link(
    conn: &mut AnyConnection,
    administration: AdministrationId,
    token: &str,
    label: &str,
    expires: &str,
    max_reports: i64,
    by: &str,
) -> Result<PartnerLinkId> {
    Ok(sqlx::query_scalar(
        "INSERT INTO partner_links (administration_id, token_hash, label, expires_at, max_reports, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(administration)
    .bind(hash(token))
    .bind(label)
    .bind(expires)
    .bind(max_reports)
    .bind(db::now())
    .bind(by)
    .fetch_one(conn)
    .await?)
}

/// Revokes a partner link (a revoked one stays as it was); the administration it belongs to.
pub async fn revoke_partner_link(
    conn: &mut AnyConnection,
    id: PartnerLinkId,
) -> Result<AdministrationId> {
    let admin: AdministrationId =
        sqlx::query_scalar("SELECT administration_id FROM partner_links WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(Error::NotFound)?;
    sqlx::query("UPDATE partner_links SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
        .bind(db::now())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(admin)
}
