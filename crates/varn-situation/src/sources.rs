//! The situational picture's other sources: IA incident reports (read through a column
//! mapping saved per administration, then triaged row by row as VBE or not), graffiti
//! reports, concern reports by age band, and the police mapping. Imports are all or
//! nothing, name the row and field of every problem, and count nothing twice (each row
//! has a key, unique per administration). Every figure keeps where it came from.
//! Statistics are aggregated in SQL.

use std::collections::{BTreeMap, BTreeSet};
use varn_house::kernel::ids::AdministrationId;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::counts;
use crate::domain::IaIncidentId;
use varn_house::audit::{self, Actor, Entry};
use varn_house::db::{self, Db};
use varn_house::i18n;
use varn_house::import::runner::{self, Imported, Progress, Value};
use varn_house::import::table as tabular;
use varn_house::kernel::error::{Error, Problem, Result};
use varn_house::kernel::text as guard;
use varn_house::kernel::text::{Guarded, Reference, MAX_REFERENCE};

// ---------------------------------------------------------------------------------------
// Shared pieces

/// Counts laid out as rows (labels) by years.
#[derive(Debug, Clone, Default, Serialize, utoipa::ToSchema)]
pub struct Grid {
    pub labels: Vec<String>,
    pub years: Vec<i64>,
    /// counts[label][year]
    pub counts: Vec<Vec<i64>>,
    /// entered[label][year]: whether anything was entered for the cell (a row, even of 0).
    /// Where it is false there is no data, and its count of 0 means nothing: pages,
    /// charts and documents say "ingen uppgift" and never compare it.
    pub entered: Vec<Vec<bool>>,
}

impl Grid {
    /// A grid of (label, year, count) cells; missing cells count 0 and are not entered.
    pub fn of(cells: impl IntoIterator<Item = (String, i64, i64)>) -> Grid {
        let mut map: BTreeMap<(String, i64), i64> = BTreeMap::new();
        let mut years = BTreeSet::new();
        let mut labels = Vec::new();
        for (label, year, n) in cells {
            if !labels.contains(&label) {
                labels.push(label.clone());
            }
            years.insert(year);
            *map.entry((label, year)).or_default() += n;
        }
        // Every year between the first and the last, so that a trend has no silent gap.
        let years: Vec<i64> = match (years.first(), years.last()) {
            (Some(first), Some(last)) => (*first..=*last).collect(),
            _ => vec![],
        };
        let counts = labels
            .iter()
            .map(|l| {
                years
                    .iter()
                    .map(|y| map.get(&(l.clone(), *y)).copied().unwrap_or(0))
                    .collect()
            })
            .collect();
        let entered = labels
            .iter()
            .map(|l| {
                years
                    .iter()
                    .map(|y| map.contains_key(&(l.clone(), *y)))
                    .collect()
            })
            .collect();
        Grid {
            labels,
            years,
            counts,
            entered,
        }
    }

    /// The grid of one source split by category: a year with anything entered under any
    /// label is entered for all of them (the year's figures came in, and a category without
    /// rows had none), a year with nothing at all has no data.
    pub fn by_year(mut self) -> Grid {
        let any: Vec<bool> = (0..self.years.len())
            .map(|i| self.entered.iter().any(|row| row[i]))
            .collect();
        for row in &mut self.entered {
            row.clone_from(&any);
        }
        self
    }

    /// Marks every label entered in `years` too: the years a source brought rows in,
    /// though none of them fell under this grid's labels (then 0, not no data).
    pub fn entered_in(mut self, years: &BTreeSet<i64>) -> Grid {
        for (i, y) in self.years.iter().enumerate() {
            if years.contains(y) {
                for row in &mut self.entered {
                    row[i] = true;
                }
            }
        }
        self
    }

    /// Whether the cell was entered (see `entered`).
    pub fn is_entered(&self, label: usize, year: usize) -> bool {
        self.entered
            .get(label)
            .and_then(|row| row.get(year))
            .copied()
            .unwrap_or(false)
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }
}

/// The text of a catalogue key made at run time.
fn label_of(key: &str) -> String {
    i18n::sv().t(key).to_string()
}

fn problem(row: Option<usize>, field: &str, message: impl Into<String>) -> Problem {
    Problem {
        row,
        field: field.into(),
        message: message.into(),
    }
}

/// A date as YYYY-MM-DD (a time after it is ignored).
fn date(text: &str) -> Option<String> {
    let t = text.trim();
    let d = t.get(..10)?;
    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
        .ok()
        .map(|d| d.format("%Y-%m-%d").to_string())
}

fn short(text: &str, max: usize) -> bool {
    text.chars().count() <= max
}

// ---------------------------------------------------------------------------------------
// IA incident reports

/// Which column of the IA export holds each of our fields (header names as in the file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct IaMapping {
    /// The report's number in IA: what makes a row the same row next time.
    pub row_key: String,
    pub occurred_on: String,
    #[serde(default)]
    pub event_type: String,
    #[serde(default)]
    pub place_type: String,
    #[serde(default)]
    pub area: String,
    /// The VBE box.
    pub vbe_flag: String,
}

impl Default for IaMapping {
    fn default() -> IaMapping {
        IaMapping {
            row_key: "Ärendenummer".into(),
            occurred_on: "Händelsedatum".into(),
            event_type: "Händelsetyp".into(),
            place_type: "Platstyp".into(),
            area: "Område".into(),
            vbe_flag: "VBE".into(),
        }
    }
}

impl IaMapping {
    /// (field key, header) pairs, the required ones first.
    fn pairs(&self) -> [(&'static str, &str); 6] {
        [
            ("row_key", &self.row_key),
            ("occurred_on", &self.occurred_on),
            ("vbe_flag", &self.vbe_flag),
            ("event_type", &self.event_type),
            ("place_type", &self.place_type),
            ("area", &self.area),
        ]
    }

    fn check(&self) -> Result<()> {
        let cat = i18n::sv();
        let mut problems = Vec::new();
        for (i, (key, header)) in self.pairs().iter().enumerate() {
            let field = label_of(&format!("sources.ia_field.{key}"));
            if i < 3 && header.trim().is_empty() {
                problems.push(problem(None, &field, cat.t("validation.required")));
            }
            if !short(header, 100) {
                problems.push(problem(None, &field, cat.t("validation.too_long")));
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid(problems))
        }
    }
}

/// The administration's saved mapping, or the usual IA headers.
pub async fn ia_mapping(db: &Db, admin: AdministrationId) -> Result<IaMapping> {
    let saved: Option<String> =
        sqlx::query_scalar("SELECT mapping FROM ia_mappings WHERE administration_id = $1")
            .bind(admin)
            .fetch_optional(db.pool())
            .await?;
    Ok(saved
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default())
}

/// Saves the mapping for the next imports.
pub async fn save_ia_mapping(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
    m: &IaMapping,
) -> Result<()> {
    m.check()?;
    let json = serde_json::to_string(m).map_err(|e| Error::Internal(e.into()))?;
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO ia_mappings (administration_id, mapping, updated_by, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (administration_id) DO UPDATE SET mapping = excluded.mapping, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
    )
    .bind(admin)
    .bind(&json)
    .bind(&actor.label)
    .bind(db::now())
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            varn_house::audit::Action::Update,
            crate::Record::IaMapping,
            admin,
        )
        .admin(Some(admin)),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// One IA row as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct IaRow {
    pub row_key: String,
    pub occurred_on: String,
    #[serde(default)]
    pub event_type: String,
    #[serde(default)]
    pub place_type: String,
    #[serde(default)]
    pub area: String,
    pub vbe_flag: bool,
}

fn flag(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "ja" | "j" | "x" | "1" | "true" | "sant" | "yes" => Some(true),
        "nej" | "n" | "" | "0" | "false" | "falskt" | "no" => Some(false),
        _ => None,
    }
}

/// Reads an IA export through the mapping; every problem of every row is named with its
/// row and field (the text checks, the PII guard among them, run here too, so that one
/// round shows them all).
pub fn read_ia(bytes: &[u8], m: &IaMapping, guard: &varn_pii::Guard) -> Result<Checked<IaRow>> {
    let cat = i18n::sv();
    let table = tabular::read(bytes, tabular::Limits::IA_INCIDENTS)?;
    let mut cols = BTreeMap::new();
    let mut missing = Vec::new();
    for (key, header) in m.pairs() {
        if header.trim().is_empty() {
            continue;
        }
        match table.column(&[header]) {
            Some(c) => {
                cols.insert(key, c);
            }
            None => missing.push(problem(
                Some(1),
                &label_of(&format!("sources.ia_field.{key}")),
                cat.f(
                    "sources.missing_header",
                    &[("header", header), ("found", &table.headers.join(", "))],
                ),
            )),
        }
    }
    if !missing.is_empty() {
        return Err(Error::Invalid(missing));
    }
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for cells in &table.rows {
        let row = &cells.line;
        let get = |key: &str| {
            tabular::cell(cells, cols.get(key).copied())
                .trim()
                .to_string()
        };
        let r = Some(*row);
        let raw_date = get("occurred_on");
        let vbe = flag(&get("vbe_flag"));
        if vbe.is_none() {
            problems.push(problem(
                r,
                cat.t("sources.ia_field.vbe_flag"),
                cat.t("sources.bad_flag"),
            ));
        }
        out.push((
            r,
            IaRow {
                row_key: get("row_key"),
                occurred_on: raw_date,
                event_type: get("event_type"),
                place_type: get("place_type"),
                area: get("area"),
                vbe_flag: vbe.unwrap_or(false),
            },
        ));
    }
    match check_ia(guard, out) {
        Ok(checked) if problems.is_empty() => Ok(checked),
        Ok(_) => Err(Error::Invalid(problems)),
        Err(Error::Invalid(more)) => {
            problems.extend(more);
            problems.sort_by_key(|p| p.row);
            Err(Error::Invalid(problems))
        }
        Err(e) => Err(e),
    }
}

/// Rows that passed every check of their kind (the PII guard among them); only the
/// checks of this module make them, so a store cannot be handed rows nobody checked.
#[derive(Debug, Clone)]
pub struct Checked<T>(Vec<T>);

impl<T> Checked<T> {
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Checks IA rows: the key is a reference (its shape, and nothing the guard finds), the
/// date reads, the texts are short and pass the guard. Every problem is named with its row
/// and field. CPU work for a big file: run it off the async threads.
pub fn check_ia(
    guard: &varn_pii::Guard,
    rows: Vec<(Option<usize>, IaRow)>,
) -> Result<Checked<IaRow>> {
    let cat = i18n::sv();
    if rows.is_empty() {
        return Err(Error::invalid(
            cat.t("import.file"),
            cat.t("import.no_rows"),
        ));
    }
    let mut problems = Vec::new();
    for (r, row) in &rows {
        if Reference::parse(guard, &row.row_key).is_none() {
            problems.push(problem(
                *r,
                cat.t("sources.ia_field.row_key"),
                cat.f(
                    "sources.bad_reference",
                    &[("max", &MAX_REFERENCE.to_string())],
                ),
            ));
        }
        if date(&row.occurred_on).is_none() {
            problems.push(problem(
                *r,
                cat.t("sources.ia_field.occurred_on"),
                cat.t("sources.bad_date"),
            ));
        }
        for (key, text) in [
            ("event_type", &row.event_type),
            ("place_type", &row.place_type),
            ("area", &row.area),
        ] {
            if !short(text, 100) {
                problems.push(problem(
                    *r,
                    &label_of(&format!("sources.ia_field.{key}")),
                    cat.t("validation.too_long"),
                ));
            }
        }
        problems.extend(guard::problems(
            guard,
            *r,
            &[
                (cat.t("sources.ia_field.event_type"), &row.event_type),
                (cat.t("sources.ia_field.place_type"), &row.place_type),
                (cat.t("sources.ia_field.area"), &row.area),
            ],
        ));
    }
    problems.sort_by_key(|p| p.row);
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    Ok(Checked(
        rows.into_iter()
            .map(|(_, r)| IaRow {
                row_key: r.row_key.trim().to_string(),
                occurred_on: date(&r.occurred_on).unwrap_or(r.occurred_on),
                ..r
            })
            .collect(),
    ))
}

/// Stores checked IA rows, all or nothing; rows whose key is already there are left as
/// they are (with their assessment). `file_name` is what [`varn_house::kernel::text::file_name`] kept.
pub async fn store_ia(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
    file_name: &Guarded,
    rows: &Checked<IaRow>,
    progress: Option<&Progress>,
) -> Result<Imported> {
    let values: Vec<Vec<Value>> = rows
        .0
        .iter()
        .map(|r| {
            vec![
                Value::Int(admin.get()),
                Value::Text(r.row_key.clone()),
                Value::Text(r.occurred_on.clone()),
                Value::Text(r.event_type.clone()),
                Value::Text(r.place_type.clone()),
                Value::Text(r.area.clone()),
                Value::Int(i64::from(r.vbe_flag)),
            ]
        })
        .collect();
    // The years the file covers, from its first row's to its last's.
    let years = rows
        .0
        .iter()
        .filter_map(|r| r.occurred_on.get(..4)?.parse::<i64>().ok());
    let span = years.clone().min().zip(years.max());
    runner::write_then(
        db,
        actor,
        admin,
        crate::Record::IaImport,
        file_name.as_str(),
        "ia_incidents",
        &[
            "administration_id",
            "row_key",
            "occurred_on",
            "event_type",
            "place_type",
            "area",
            "vbe_flag",
        ],
        &values,
        progress,
        move |conn, import| {
            Box::pin(async move {
                if let Some(span) = span {
                    crate::counts::cover_years(conn, admin, import, span).await?;
                }
                crate::counts::drop_purged(conn, import).await?;
                for sql in crate::counts::import_statements(1) {
                    sqlx::query(&sql).bind(import).execute(&mut *conn).await?;
                }
                Ok(())
            })
        },
    )
    .await
}

/// One IA row with its triage and where it came from.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct IaIncident {
    pub id: IaIncidentId,
    pub row_key: String,
    pub occurred_on: String,
    pub event_type: String,
    pub place_type: String,
    pub area: String,
    pub vbe_flag: bool,
    /// vbe, not_vbe, or none yet
    pub assessment: Option<String>,
    pub environment: Option<String>,
    /// The file, who imported it and when.
    pub source: String,
}

/// The flagged rows still to triage (oldest first), at most `limit`, and how many there are.
pub async fn ia_to_triage(
    db: &Db,
    admin: AdministrationId,
    limit: i64,
) -> Result<(Vec<IaIncident>, i64)> {
    let rows = sqlx::query(
        "SELECT i.id, i.row_key, i.occurred_on, i.event_type, i.place_type, i.area, i.vbe_flag, \
         s.file_name || ', ' || s.imported_by || ', ' || SUBSTR(s.imported_at, 1, 10) AS source \
         FROM ia_incidents i JOIN source_imports s ON s.id = i.import_id \
         WHERE i.administration_id = $1 AND i.vbe_flag = 1 AND i.assessment IS NULL \
         ORDER BY i.occurred_on, i.id LIMIT $2",
    )
    .bind(admin)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    let total: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM ia_incidents WHERE administration_id = $1 AND vbe_flag = 1 AND assessment IS NULL",
    )
    .bind(admin)
    .fetch_one(db.pool())
    .await?;
    let list = rows
        .iter()
        .map(|r| {
            Ok(IaIncident {
                id: r.try_get("id")?,
                row_key: r.try_get("row_key")?,
                occurred_on: r.try_get("occurred_on")?,
                event_type: r.try_get("event_type")?,
                place_type: r.try_get("place_type")?,
                area: r.try_get("area")?,
                vbe_flag: r.try_get::<i64, _>("vbe_flag")? == 1,
                assessment: None,
                environment: None,
                source: r.try_get("source")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok((list, total))
}

/// The coordinator's assessment of one IA row: VBE (with its environment) or not.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
pub struct IaAssessment {
    pub vbe: bool,
    /// The environment term's id; required when `vbe`.
    #[serde(default)]
    pub environment_id: Option<i64>,
}

/// A field of one IA row as a problem names it: "Miljö (rapport IA-2026-0042)".
pub fn field_of_row(field: &str, key: &str) -> String {
    i18n::sv().f("sources.field_of_row", &[("field", field), ("key", key)])
}

/// The number in IA of a row of `admin` (`None`: no such row there).
pub async fn ia_row_key(
    db: &Db,
    admin: AdministrationId,
    incident: IaIncidentId,
) -> Result<Option<String>> {
    Ok(sqlx::query_scalar(
        "SELECT row_key FROM ia_incidents WHERE id = $1 AND administration_id = $2",
    )
    .bind(incident)
    .bind(admin)
    .fetch_optional(db.pool())
    .await?)
}

/// Records an assessment of a row of `admin` (a row of another administration is not found).
pub async fn assess_ia(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
    incident: IaIncidentId,
    a: &IaAssessment,
) -> Result<()> {
    let cat = i18n::sv();
    // A problem names the row it is about by its number in IA, as the triage page lists it.
    let Some(key) = ia_row_key(db, admin, incident).await? else {
        return Err(Error::NotFound);
    };
    let field = field_of_row(cat.t("sources.field_environment"), &key);
    let environment = if a.vbe {
        let Some(id) = a.environment_id else {
            return Err(Error::invalid(field, cat.t("sources.environment_required")));
        };
        let ok: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM taxonomy_terms WHERE id = $1 AND vocabulary = 'environment'",
        )
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
        if ok.is_none() {
            return Err(Error::invalid(field, cat.t("sources.environment_unknown")));
        }
        Some(id)
    } else {
        None
    };
    let mut tx = db.begin_write().await?;
    let Some(before) = counts::key_of(&mut tx, db.backend(), admin, incident).await? else {
        return Err(Error::NotFound);
    };
    let done = sqlx::query(
        "UPDATE ia_incidents SET assessment = $1, environment_id = $2, assessed_by = $3, assessed_at = $4 \
         WHERE id = $5 AND administration_id = $6",
    )
    .bind(if a.vbe { "vbe" } else { "not_vbe" })
    .bind(environment)
    .bind(&actor.label)
    .bind(db::now())
    .bind(incident)
    .bind(admin)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound);
    }
    let after = counts::Key {
        assessment: Some(if a.vbe { "vbe" } else { "not_vbe" }.into()),
        environment_id: environment,
        ..before.clone()
    };
    counts::assess(&mut tx, admin, &before, &after).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            varn_house::audit::Action::Assess,
            crate::Record::IaIncident,
            incident,
        )
        .admin(Some(admin))
        .summary(varn_house::i18n::sv().t(if a.vbe {
            "sources.assessed_vbe"
        } else {
            "sources.assessed_not_vbe"
        })),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Graffiti

/// The graffiti categories of DOMAIN.md §6.
pub const GRAFFITI: [&str; 5] = ["left_autonomous", "nazi", "racist", "islamist", "other"];

/// One graffiti report.
#[derive(Debug, Clone, Deserialize, Serialize, utoipa::ToSchema)]
pub struct GraffitiInput {
    /// The report's number at its source; when absent, the row itself is its key.
    #[serde(default)]
    pub key: Option<String>,
    pub reported_on: String,
    /// left_autonomous, nazi, racist, islamist or other (or the Swedish name)
    pub category: String,
    #[serde(default)]
    pub area: String,
    /// Who reported it: the traffic office's app, the school-property company, …
    #[serde(default)]
    pub reporter: String,
}

/// The category's code from its code or Swedish name.
pub fn graffiti_category(value: &str) -> Option<&'static str> {
    let t = value.trim().to_lowercase();

    GRAFFITI.into_iter().find(|c| {
        *c == t
            || label_of(&format!("sources.graffiti.{c}")).to_lowercase() == t
            || match *c {
                "left_autonomous" => t.starts_with("vänster"),
                "nazi" => t.starts_with("nazi"),
                "racist" => t.starts_with("rasis"),
                "islamist" => t.starts_with("islamis"),
                _ => t == "annat" || t == "övrigt",
            }
    })
}

/// Reads a graffiti file: datum, kategori, område, källa (and nummer, when the source has one).
pub fn read_graffiti(bytes: &[u8]) -> Result<Vec<(Option<usize>, GraffitiInput)>> {
    let cat = i18n::sv();
    let table = tabular::read(bytes, tabular::Limits::GRAFFITI)?;
    let key = table.column(&["nummer", "id", "ärendenummer", "ärende"]);
    let day = table.column(&["datum", "date", "rapporterad"]);
    let category = table.column(&["kategori", "category", "typ"]);
    let area = table.column(&["område", "area", "plats"]);
    let reporter = table.column(&["källa", "rapportör", "inrapporterad av", "source"]);
    let mut missing = Vec::new();
    for (col, name) in [(day, "datum"), (category, "kategori")] {
        if col.is_none() {
            missing.push(Problem::row(1, name, cat.t("import.missing_column")));
        }
    }
    if !missing.is_empty() {
        return Err(Error::Invalid(missing));
    }
    Ok(table
        .rows
        .iter()
        .map(|cells| {
            let row = &cells.line;
            let k = tabular::cell(cells, key).trim();
            (
                Some(*row),
                GraffitiInput {
                    key: (!k.is_empty()).then(|| k.to_string()),
                    reported_on: tabular::cell(cells, day).trim().to_string(),
                    category: tabular::cell(cells, category).trim().to_string(),
                    area: tabular::cell(cells, area).trim().to_string(),
                    reporter: tabular::cell(cells, reporter).trim().to_string(),
                },
            )
        })
        .collect())
}

/// Checks graffiti reports: the date reads, the category is known, the texts are short
/// and pass the guard, and a number given is a reference. A row without a number is keyed
/// by its own content (and its place among identical rows of the file), so the same file
/// twice counts nothing twice; a report typed in (`typed`) gets a key of its own.
pub fn check_graffiti(
    guard: &varn_pii::Guard,
    rows: Vec<(Option<usize>, GraffitiInput)>,
    typed: bool,
) -> Result<Checked<GraffitiRow>> {
    let cat = i18n::sv();
    if rows.is_empty() {
        return Err(Error::invalid(
            cat.t("import.file"),
            cat.t("import.no_rows"),
        ));
    }
    let mut problems = Vec::new();
    let mut out = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (r, g) in &rows {
        let day = date(&g.reported_on);
        if day.is_none() {
            problems.push(problem(
                *r,
                cat.t("sources.field_date"),
                cat.t("sources.bad_date"),
            ));
        }
        let category = graffiti_category(&g.category);
        if category.is_none() {
            problems.push(problem(
                *r,
                cat.t("sources.field_category"),
                cat.t("sources.bad_graffiti"),
            ));
        }
        for (field, text) in [
            (cat.t("sources.field_area"), &g.area),
            (cat.t("sources.field_reporter"), &g.reporter),
        ] {
            if !short(text, 100) {
                problems.push(problem(*r, field, cat.t("validation.too_long")));
            }
        }
        problems.extend(guard::problems(
            guard,
            *r,
            &[
                (cat.t("sources.field_area"), &g.area),
                (cat.t("sources.field_reporter"), &g.reporter),
            ],
        ));
        let given = match g.key.as_deref().map(str::trim).filter(|k| !k.is_empty()) {
            Some(k) => match Reference::parse(guard, k) {
                Some(k) => Some(k.as_str().to_string()),
                None => {
                    problems.push(problem(
                        *r,
                        cat.t("sources.field_number"),
                        cat.f(
                            "sources.bad_reference",
                            &[("max", &MAX_REFERENCE.to_string())],
                        ),
                    ));
                    continue;
                }
            },
            None => None,
        };
        let (Some(day), Some(category)) = (day, category) else {
            continue;
        };
        let key = match (given, typed) {
            (Some(k), _) => k,
            (None, true) => format!("inmatad-{}", uuid::Uuid::new_v4().simple()),
            (None, false) => {
                let content = format!("{day}|{category}|{}|{}", g.area.trim(), g.reporter.trim());
                let n = seen.entry(content.clone()).or_default();
                *n += 1;
                let digest = Sha256::digest(format!("{content}#{n}").as_bytes());
                format!("rad-{}", hex::encode(&digest[..12]))
            }
        };
        out.push(GraffitiRow {
            key,
            reported_on: day,
            category,
            area: g.area.trim().to_string(),
            reporter: g.reporter.trim().to_string(),
        });
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    Ok(Checked(out))
}

/// A graffiti report as checked.
#[derive(Debug, Clone)]
pub struct GraffitiRow {
    key: String,
    reported_on: String,
    category: &'static str,
    area: String,
    reporter: String,
}

/// Stores checked graffiti reports, all or nothing. `file_name` is what
/// [`varn_house::kernel::text::file_name`] kept, or `None` for reports typed in.
pub async fn store_graffiti(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
    file_name: Option<&Guarded>,
    rows: &Checked<GraffitiRow>,
) -> Result<Imported> {
    let cat = i18n::sv();
    let now = db::now();
    let values: Vec<Vec<Value>> = rows
        .0
        .iter()
        .map(|g| {
            vec![
                Value::Int(admin.get()),
                Value::Text(g.key.clone()),
                Value::Text(g.reported_on.clone()),
                Value::Text(g.category.to_string()),
                Value::Text(g.area.clone()),
                Value::Text(g.reporter.clone()),
                Value::Text(actor.label.clone()),
                Value::Text(now.clone()),
            ]
        })
        .collect();
    runner::write(
        db,
        actor,
        admin,
        crate::Record::GraffitiImport,
        file_name.map_or(cat.t("sources.typed_in"), Guarded::as_str),
        "graffiti_reports",
        &[
            "administration_id",
            "row_key",
            "reported_on",
            "category",
            "area",
            "reporter",
            "created_by",
            "created_at",
        ],
        &values,
        None,
    )
    .await
}

// ---------------------------------------------------------------------------------------
// Concern reports and the police mapping

/// The age bands concern reports are counted in.
pub const AGE_BANDS: [&str; 4] = ["0-12", "13-17", "18-20", "21-"];

/// Concern reports linked to VBE in a year and age band.
#[derive(Debug, Clone, Deserialize, Serialize, utoipa::ToSchema)]
pub struct ConcernInput {
    pub year: i64,
    /// 0-12, 13-17, 18-20 or 21-
    pub age_band: String,
    pub count: i64,
}

fn year_ok(year: i64) -> bool {
    (1990..=2100).contains(&year)
}

/// Reads concern-report counts from a file: år, åldersgrupp, antal.
pub fn read_concern(bytes: &[u8]) -> Result<Vec<(Option<usize>, ConcernInput)>> {
    let cat = i18n::sv();
    let table = tabular::read(bytes, tabular::Limits::YEARLY_COUNTS)?;
    let year = table.column(&["år", "year"]);
    let band = table.column(&["åldersgrupp", "ålder", "age_band"]);
    let count = table.column(&["antal", "count"]);
    let missing: Vec<Problem> = [(year, "år"), (band, "åldersgrupp"), (count, "antal")]
        .into_iter()
        .filter(|(c, _)| c.is_none())
        .map(|(_, name)| Problem::row(1, name, cat.t("import.missing_column")))
        .collect();
    if !missing.is_empty() {
        return Err(Error::Invalid(missing));
    }
    // Numbers that do not read stay out of range, and the checks name them.
    let number = |cells: &tabular::Row, c| {
        tabular::cell(cells, c)
            .replace(' ', "")
            .parse()
            .unwrap_or(-1)
    };
    Ok(table
        .rows
        .iter()
        .map(|cells| {
            let row = &cells.line;
            (
                Some(*row),
                ConcernInput {
                    year: number(cells, year),
                    age_band: tabular::cell(cells, band)
                        .trim()
                        .trim_end_matches(" år")
                        .to_string(),
                    count: number(cells, count),
                },
            )
        })
        .collect())
}

/// Stores concern-report counts (the same year and band replace), all or nothing.
pub async fn store_concern(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
    rows: &[(Option<usize>, ConcernInput)],
    source: &str,
) -> Result<usize> {
    let cat = i18n::sv();
    if rows.is_empty() {
        return Err(Error::invalid(
            cat.t("import.file"),
            cat.t("import.no_rows"),
        ));
    }
    let mut problems = Vec::new();
    for (r, c) in rows {
        if !year_ok(c.year) {
            problems.push(problem(
                *r,
                cat.t("situation.field_year"),
                cat.t("situation.bad_year"),
            ));
        }
        if !AGE_BANDS.contains(&c.age_band.trim()) {
            problems.push(problem(
                *r,
                cat.t("sources.field_age_band"),
                cat.t("sources.bad_age_band"),
            ));
        }
        if !(0..=1_000_000).contains(&c.count) {
            problems.push(problem(
                *r,
                cat.t("situation.field_count"),
                cat.t("situation.bad_count"),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let mut tx = db.begin_write().await?;
    for (_, c) in rows {
        sqlx::query(
            "INSERT INTO concern_reports (administration_id, year, age_band, count, source, updated_by, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (administration_id, year, age_band) DO UPDATE SET \
             count = excluded.count, source = excluded.source, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
        )
        .bind(admin)
        .bind(c.year)
        .bind(c.age_band.trim())
        .bind(c.count)
        .bind(source)
        .bind(&actor.label)
        .bind(db::now())
        .execute(&mut *tx)
        .await?;
    }
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            varn_house::audit::Action::Update,
            crate::Record::ConcernReports,
            admin,
        )
        .admin(Some(admin))
        .summary(format!("{} {source}", rows.len())),
    )
    .await?;
    tx.commit().await?;
    Ok(rows.len())
}

/// The police mapping of a year: the municipal police officer's account and the counts of
/// demonstrations with and without permit.
#[derive(Debug, Clone, Deserialize, Serialize, utoipa::ToSchema)]
pub struct PoliceInput {
    pub year: i64,
    #[serde(default)]
    pub narrative: String,
    #[serde(default)]
    pub with_permit: i64,
    #[serde(default)]
    pub without_permit: i64,
}

/// A stored police mapping with who wrote it and when.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PoliceMapping {
    pub year: i64,
    pub narrative: String,
    pub with_permit: i64,
    pub without_permit: i64,
    pub source: String,
}

/// Stores a year's police mapping (replacing the year's earlier one).
pub async fn store_police(
    db: &Db,
    guard: &varn_pii::Guard,
    actor: &Actor,
    admin: AdministrationId,
    p: &PoliceInput,
) -> Result<()> {
    let cat = i18n::sv();
    let mut problems = Vec::new();
    if !year_ok(p.year) {
        problems.push(problem(
            None,
            cat.t("situation.field_year"),
            cat.t("situation.bad_year"),
        ));
    }
    for (field, n) in [
        ("sources.field_with_permit", p.with_permit),
        ("sources.field_without_permit", p.without_permit),
    ] {
        if !(0..=100_000).contains(&n) {
            problems.push(problem(None, cat.t(field), cat.t("situation.bad_count")));
        }
    }
    if !short(&p.narrative, 20_000) {
        problems.push(problem(
            None,
            cat.t("sources.field_narrative"),
            cat.t("validation.too_long"),
        ));
    }
    problems.extend(guard::problems(
        guard,
        None,
        &[(cat.t("sources.field_narrative"), &p.narrative)],
    ));
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO police_mappings (administration_id, year, narrative, with_permit, without_permit, updated_by, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (administration_id, year) DO UPDATE SET narrative = excluded.narrative, \
         with_permit = excluded.with_permit, without_permit = excluded.without_permit, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
    )
    .bind(admin)
    .bind(p.year)
    .bind(p.narrative.trim())
    .bind(p.with_permit)
    .bind(p.without_permit)
    .bind(&actor.label)
    .bind(db::now())
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            varn_house::audit::Action::Update,
            crate::Record::PoliceMapping,
            admin,
        )
        .admin(Some(admin))
        .summary(format!("{}", p.year)),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The police mappings of an administration, newest first; reading the text is audited.
pub async fn police_mappings(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
) -> Result<Vec<PoliceMapping>> {
    let rows = sqlx::query(
        "SELECT p.year, p.narrative, p.with_permit, p.without_permit, COALESCE(who.name, p.updated_by) AS updated_by_name, \
         p.updated_at FROM police_mappings p LEFT JOIN users who ON who.email = p.updated_by \
         WHERE p.administration_id = $1 ORDER BY p.year DESC",
    )
    .bind(admin)
    .fetch_all(db.pool())
    .await?;
    let list: Vec<PoliceMapping> = rows
        .iter()
        .map(|r| {
            Ok(PoliceMapping {
                year: r.try_get("year")?,
                narrative: r.try_get("narrative")?,
                with_permit: r.try_get("with_permit")?,
                without_permit: r.try_get("without_permit")?,
                // Who wrote it, by name, and when in Swedish local time.
                source: format!(
                    "{}, {}",
                    r.try_get::<String, _>("updated_by_name")?,
                    varn_house::kernel::time::swedish(&r.try_get::<String, _>("updated_at")?)
                ),
            })
        })
        .collect::<Result<_>>()?;
    if list.iter().any(|p| !p.narrative.is_empty()) {
        let mut conn = db.pool().acquire().await?;
        audit::record(
            &mut conn,
            actor,
            Entry::new(
                varn_house::audit::Action::Read,
                crate::Record::PoliceMapping,
                admin,
            )
            .admin(Some(admin)),
        )
        .await?;
    }
    Ok(list)
}

/// One import: the file, who, when, and how many rows were new.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ImportInfo {
    pub source: String,
    pub file_name: String,
    pub rows_read: i64,
    pub rows_new: i64,
    pub imported_by: String,
    pub imported_at: String,
}

/// The latest 20 imports of an administration, newest first, each source under its Swedish
/// name and the importer by name.
pub async fn imports(db: &Db, admin: AdministrationId) -> Result<Vec<ImportInfo>> {
    let rows = sqlx::query(
        "SELECT s.source, s.file_name, s.rows_read, s.rows_new, \
         COALESCE(who.name, s.imported_by) AS imported_by_name, SUBSTR(s.imported_at, 1, 10) AS imported_on \
         FROM source_imports s LEFT JOIN users who ON who.email = s.imported_by \
         WHERE s.administration_id = $1 ORDER BY s.id DESC LIMIT 20",
    )
    .bind(admin)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let source: String = r.try_get("source")?;
            Ok(ImportInfo {
                source: label_of(&format!("sources.row.{source}")),
                file_name: r.try_get("file_name")?,
                rows_read: r.try_get("rows_read")?,
                rows_new: r.try_get("rows_new")?,
                imported_by: r.try_get("imported_by_name")?,
                imported_at: r.try_get("imported_on")?,
            })
        })
        .collect()
}

/// Where the sources' figures came from: each import (its file, who, when), and the latest
/// update of the concern reports and of the police mapping up to `until`.
pub async fn provenance(
    db: &Db,
    admin: AdministrationId,
    until: Option<i64>,
) -> Result<Vec<(String, String, String)>> {
    let cat = i18n::sv();
    let mut out = Vec::new();
    let rows = sqlx::query(
        "SELECT s.source, s.file_name, COALESCE(who.name, s.imported_by) AS imported_by_name, \
         SUBSTR(s.imported_at, 1, 10) AS imported_on \
         FROM source_imports s LEFT JOIN users who ON who.email = s.imported_by \
         WHERE s.administration_id = $1 ORDER BY s.id",
    )
    .bind(admin)
    .fetch_all(db.pool())
    .await?;
    for r in &rows {
        let source: String = r.try_get("source")?;
        let file: String = r.try_get("file_name")?;
        out.push((
            format!("{} ({file})", label_of(&format!("sources.row.{source}"))),
            r.try_get("imported_by_name")?,
            r.try_get("imported_on")?,
        ));
    }
    for (key, table) in [
        ("sources.row.concern", "concern_reports"),
        ("sources.row.demonstrations", "police_mappings"),
    ] {
        // The table name is one of two constants.
        let latest = sqlx::query(&format!(
            "SELECT COALESCE(who.name, t.updated_by) AS updated_by_name, \
             SUBSTR(t.updated_at, 1, 10) AS updated_on FROM {table} t \
             LEFT JOIN users who ON who.email = t.updated_by WHERE t.administration_id = $1 \
             AND t.year <= $2 ORDER BY t.updated_at DESC LIMIT 1"
        ))
        .bind(admin)
        .bind(until.unwrap_or(2100))
        .fetch_optional(db.pool())
        .await?;
        if let Some(r) = latest {
            out.push((
                cat.t(key).to_string(),
                r.try_get("updated_by_name")?,
                r.try_get("updated_on")?,
            ));
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// Statistics

/// Runs a query whose columns are `label`, `year` and `n` (aliased so) and returns its rows.
async fn cells(db: &Db, sql: &str, admin: AdministrationId) -> Result<Vec<(String, i64, i64)>> {
    let rows = sqlx::query(sql).bind(admin).fetch_all(db.pool()).await?;
    rows.iter()
        .map(|r| Ok((r.try_get("label")?, r.try_get("year")?, r.try_get("n")?)))
        .collect()
}

const YEAR_OF: &str = "CAST(SUBSTR({col}, 1, 4) AS BIGINT)";

fn year_of(col: &str) -> String {
    YEAR_OF.replace("{col}", col)
}

/// Labels the empty value "unknown".
fn named(cells: Vec<(String, i64, i64)>) -> Vec<(String, i64, i64)> {
    let unknown = i18n::sv().t("sources.unknown");
    cells
        .into_iter()
        .map(|(l, y, n)| (if l.is_empty() { unknown.to_string() } else { l }, y, n))
        .collect()
}

/// IA rows assessed as VBE, by a column (event_type, place_type or area) and year, from
/// the counts kept with the rows ([`counts`]).
pub async fn ia_by(db: &Db, admin: AdministrationId, column: &str) -> Result<Grid> {
    let Some(col) = counts::DIMENSIONS.into_iter().find(|c| *c == column) else {
        return Ok(Grid::default());
    };
    let rows = sqlx::query(
        "SELECT value, year, n FROM ia_counts_by WHERE administration_id = $1 AND dimension = $2 \
         ORDER BY 1, 2",
    )
    .bind(admin)
    .bind(col)
    .fetch_all(db.pool())
    .await?;
    let cells = rows
        .iter()
        .map(|r| Ok((r.try_get("value")?, r.try_get("year")?, r.try_get("n")?)))
        .collect::<Result<Vec<_>>>()?;
    Ok(Grid::of(named(cells))
        .by_year()
        .entered_in(&ia_years(db, admin).await?))
}

/// The years in which an administration has IA data: rows at all (assessed or not), or a
/// file that covered the year.
async fn ia_years(db: &Db, admin: AdministrationId) -> Result<BTreeSet<i64>> {
    counts::covered_years(db, admin).await
}

/// Labels (environment term, year, count) under each term's current name.
async fn environment_cells(db: &Db, rows: &[sqlx::any::AnyRow]) -> Result<Vec<(String, i64, i64)>> {
    let terms = varn_taxonomy::all(db).await?;
    let mut out = Vec::new();
    for r in rows {
        let term: varn_taxonomy::TermId = r.try_get("environment_id")?;
        let current = varn_taxonomy::domain::current_successor(&terms, term);
        let label = terms
            .iter()
            .find(|t| t.id == current)
            .map(|t| t.label.clone())
            .unwrap_or_default();
        out.push((label, r.try_get("year")?, r.try_get("n")?));
    }
    Ok(out)
}

/// IA rows assessed as VBE by environment (renamed terms under their current name) and year.
pub async fn ia_by_environment(db: &Db, admin: AdministrationId) -> Result<Grid> {
    let rows = sqlx::query(
        "SELECT environment_id, year, CAST(SUM(n) AS BIGINT) AS n FROM ia_counts WHERE administration_id = $1 \
         AND assessment = 'vbe' AND environment_id <> 0 GROUP BY environment_id, year ORDER BY 1, 2",
    )
    .bind(admin)
    .fetch_all(db.pool())
    .await?;
    Ok(Grid::of(environment_cells(db, &rows).await?)
        .by_year()
        .entered_in(&ia_years(db, admin).await?))
}

/// IA rows assessed as VBE across the city by environment and year (one query over the
/// counts, for the city view).
pub async fn city_ia_by_environment(db: &Db) -> Result<Vec<(String, i64, i64)>> {
    let rows = sqlx::query(
        "SELECT environment_id, year, CAST(SUM(n) AS BIGINT) AS n FROM ia_counts \
         WHERE assessment = 'vbe' AND environment_id <> 0 GROUP BY environment_id, year ORDER BY 1, 2",
    )
    .fetch_all(db.pool())
    .await?;
    environment_cells(db, &rows).await
}

/// IA rows assessed as VBE in each month of `year` (January first).
pub async fn ia_by_month(db: &Db, admin: AdministrationId, year: i64) -> Result<Vec<i64>> {
    let rows = sqlx::query(
        "SELECT month, CAST(SUM(n) AS BIGINT) AS n FROM ia_counts \
         WHERE administration_id = $1 AND assessment = 'vbe' AND year = $2 GROUP BY month",
    )
    .bind(admin)
    .bind(year)
    .fetch_all(db.pool())
    .await?;
    let mut months = vec![0; 12];
    for r in &rows {
        let m: i64 = r.try_get("month")?;
        if (1..=12).contains(&m) {
            months[(m - 1) as usize] = r.try_get("n")?;
        }
    }
    Ok(months)
}

/// IA triage so far: (flagged, assessed VBE, assessed not VBE, still to assess).
pub async fn ia_triage_counts(db: &Db, admin: AdministrationId) -> Result<(i64, i64, i64, i64)> {
    let r = sqlx::query(
        "SELECT COALESCE(CAST(SUM(n) AS BIGINT), 0) AS flagged, \
         COALESCE(CAST(SUM(CASE WHEN assessment = 'vbe' THEN n ELSE 0 END) AS BIGINT), 0) AS vbe, \
         COALESCE(CAST(SUM(CASE WHEN assessment = 'not_vbe' THEN n ELSE 0 END) AS BIGINT), 0) AS not_vbe, \
         COALESCE(CAST(SUM(CASE WHEN assessment = '' THEN n ELSE 0 END) AS BIGINT), 0) AS to_assess \
         FROM ia_counts WHERE administration_id = $1 AND vbe_flag = 1",
    )
    .bind(admin)
    .fetch_one(db.pool())
    .await?;
    Ok((
        r.try_get("flagged")?,
        r.try_get("vbe")?,
        r.try_get("not_vbe")?,
        r.try_get("to_assess")?,
    ))
}

/// Graffiti reports by category (Swedish names) and year.
pub async fn graffiti_by_category(db: &Db, admin: AdministrationId) -> Result<Grid> {
    let year = year_of("reported_on");
    let raw = cells(
        db,
        &format!(
            "SELECT category AS label, {year} AS year, COUNT(*) AS n FROM graffiti_reports WHERE administration_id = $1 \
             GROUP BY category, {year} ORDER BY 1, 2"
        ),
        admin,
    )
    .await?;
    let mut ordered = Vec::new();
    for code in GRAFFITI {
        for (c, y, n) in raw.iter().filter(|(c, _, _)| c == code) {
            ordered.push((label_of(&format!("sources.graffiti.{c}")), *y, *n));
        }
    }
    Ok(Grid::of(ordered).by_year())
}

/// Graffiti reports by area and year.
pub async fn graffiti_by_area(db: &Db, admin: AdministrationId) -> Result<Grid> {
    let year = year_of("reported_on");
    let sql = format!(
        "SELECT area AS label, {year} AS year, COUNT(*) AS n FROM graffiti_reports WHERE administration_id = $1 \
         GROUP BY area, {year} ORDER BY 1, 2"
    );
    Ok(Grid::of(named(cells(db, &sql, admin).await?)).by_year())
}

/// Concern reports by age band and year.
pub async fn concern_by_band(db: &Db, admin: AdministrationId) -> Result<Grid> {
    let raw = cells(
        db,
        "SELECT age_band AS label, year, count AS n FROM concern_reports WHERE administration_id = $1 ORDER BY year",
        admin,
    )
    .await?;
    let cat = i18n::sv();
    let mut ordered = Vec::new();
    for band in AGE_BANDS {
        for (b, y, n) in raw.iter().filter(|(b, _, _)| b == band) {
            ordered.push((cat.f("sources.age_band", &[("band", b)]), *y, *n));
        }
    }
    Ok(Grid::of(ordered).by_year())
}

/// Every source's yearly total: the trend over all years present, one row per source.
pub async fn sources_by_year(db: &Db, admin: AdministrationId) -> Result<Grid> {
    let cat = i18n::sv();
    let sum = match db.backend() {
        db::Backend::Postgres => "CAST(SUM(count) AS BIGINT)",
        db::Backend::Sqlite => "SUM(count)",
    };
    let demos = match db.backend() {
        db::Backend::Postgres => "CAST(SUM(with_permit + without_permit) AS BIGINT)",
        db::Backend::Sqlite => "SUM(with_permit + without_permit)",
    };
    let graffiti_year = year_of("reported_on");
    let queries: [(&str, String); 6] = [
        (
            "sources.row.ia",
            "SELECT '' AS label, year, CAST(SUM(CASE WHEN assessment = 'vbe' THEN n ELSE 0 END) AS BIGINT) AS n \
             FROM ia_counts WHERE administration_id = $1 GROUP BY year"
                .to_string(),
        ),
        // The years an IA file covered without rows in them: 0, not no data.
        (
            "sources.row.ia",
            "SELECT DISTINCT '' AS label, year, CAST(0 AS BIGINT) AS n FROM ia_import_years WHERE administration_id = $1"
                .to_string(),
        ),
        (
            "sources.row.graffiti",
            format!(
                "SELECT '' AS label, {graffiti_year} AS year, COUNT(*) AS n FROM graffiti_reports WHERE administration_id = $1 \
                 GROUP BY {graffiti_year}"
            ),
        ),
        (
            "sources.row.hate_crimes",
            format!(
                "SELECT '' AS label, year, {sum} AS n FROM hate_crime_counts WHERE administration_id = $1 GROUP BY year"
            ),
        ),
        (
            "sources.row.concern",
            format!(
                "SELECT '' AS label, year, {sum} AS n FROM concern_reports WHERE administration_id = $1 GROUP BY year"
            ),
        ),
        (
            "sources.row.demonstrations",
            format!(
                "SELECT '' AS label, year, {demos} AS n FROM police_mappings WHERE administration_id = $1 GROUP BY year"
            ),
        ),
    ];
    // The forms (a year with forms has data even when none was assessed as VBE, then 0),
    // and those purged by retention, counted before they went.
    let mut all: Vec<(String, i64, i64)> = varn_reports::figures::vbe_by_year(db, admin)
        .await?
        .into_iter()
        .map(|(year, n)| (cat.t("sources.row.forms").to_string(), year, n))
        .collect();
    for (key, sql) in &queries {
        for (_, year, n) in cells(db, sql, admin).await? {
            all.push((cat.t(key).to_string(), year, n));
        }
    }
    Ok(Grid::of(all))
}

/// One source's figure this year against the year before.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Comparison {
    pub source: String,
    /// `None`: no data entered for the year.
    pub previous: Option<i64>,
    pub current: Option<i64>,
    /// current − previous, when both years have data
    pub change: Option<i64>,
}

/// Each source in `year` against `year - 1`, from the yearly totals; a year without data
/// is `None`, and so is the change from or to it.
pub fn compare(grid: &Grid, year: i64) -> Vec<Comparison> {
    let at = |label: usize, y: i64| {
        grid.years
            .iter()
            .position(|g| *g == y)
            .filter(|&i| grid.is_entered(label, i))
            .map(|i| grid.counts[label][i])
    };
    grid.labels
        .iter()
        .enumerate()
        .map(|(l, label)| {
            let (previous, current) = (at(l, year - 1), at(l, year));
            Comparison {
                source: label.clone(),
                previous,
                current,
                change: previous.zip(current).map(|(p, c)| c - p),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_grid_fills_missing_cells_and_keeps_label_order() {
        let g = Grid::of([
            ("b".to_string(), 2021, 2),
            ("a".to_string(), 2020, 1),
            ("b".to_string(), 2021, 3),
            ("a".to_string(), 2023, 4),
        ]);
        assert_eq!(g.labels, ["b", "a"]);
        assert_eq!(g.years, [2020, 2021, 2022, 2023], "no year left out");
        assert_eq!(g.counts, vec![vec![0, 5, 0, 0], vec![1, 0, 0, 4]]);
        // A cell nobody entered is no data, never a 0 to compare with.
        assert_eq!(
            g.entered,
            vec![
                vec![false, true, false, false],
                vec![true, false, false, true]
            ]
        );
        let c = compare(&g, 2021);
        assert_eq!(
            (c[0].previous, c[0].current, c[0].change),
            (None, Some(5), None)
        );
        assert_eq!(
            (c[1].previous, c[1].current, c[1].change),
            (Some(1), None, None)
        );
        let c = compare(
            &Grid::of([("a".to_string(), 2020, 0), ("a".to_string(), 2021, 3)]),
            2021,
        );
        assert_eq!(
            (c[0].previous, c[0].change),
            (Some(0), Some(3)),
            "0 entered is 0"
        );
        // One source's categories: a year with anything entered is entered for every label.
        let b = g.by_year();
        assert_eq!(b.entered[0], vec![true, true, false, true]);
        assert_eq!(b.entered[0], b.entered[1]);
        // A year the source brought rows in, none under these labels, is 0, not no data.
        let e = b.entered_in(&BTreeSet::from([2022]));
        assert_eq!(e.entered[1], vec![true, true, true, true]);
    }

    #[test]
    fn ia_rows_are_read_through_the_mapping_with_rows_named() {
        let m = IaMapping {
            row_key: "Nr".into(),
            occurred_on: "Datum".into(),
            vbe_flag: "VBE-ruta".into(),
            event_type: "Typ".into(),
            place_type: String::new(),
            area: "Område".into(),
        };
        let guard = varn_pii::Guard::new();
        let rows = read_ia(
            "Nr;Datum;Typ;Område;VBE-ruta\nIA-1;2024-03-02 14:10;Klotter;Högdalen;Ja\nIA-2;2024-03-05;Hot;;nej\n".as_bytes(),
            &m,
            &guard,
        )
        .expect("read");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows.0[0].occurred_on, "2024-03-02");
        assert!(rows.0[0].vbe_flag && !rows.0[1].vbe_flag);
        let Err(Error::Invalid(p)) = read_ia(
            "Nr;Datum;Typ;Område;VBE-ruta\nIA-1;igår;Hot;;kanske\n".as_bytes(),
            &m,
            &guard,
        ) else {
            panic!("invalid")
        };
        assert_eq!(p.len(), 2);
        assert!(p.iter().all(|x| x.row == Some(2)));
        let Err(Error::Invalid(p)) = read_ia("Nummer;Datum\n1;2024-01-01\n".as_bytes(), &m, &guard)
        else {
            panic!("invalid")
        };
        assert!(p[0].message.contains("Nr"), "{:?}", p[0]);
    }

    #[test]
    fn graffiti_categories_are_read_from_codes_and_swedish_names() {
        assert_eq!(graffiti_category("Nazistisk"), Some("nazi"));
        assert_eq!(graffiti_category("vänsterautonom"), Some("left_autonomous"));
        assert_eq!(graffiti_category("islamist"), Some("islamist"));
        assert_eq!(graffiti_category("Annan"), Some("other"));
        assert_eq!(graffiti_category("blå"), None);
    }
}
