//! The year's figures of grants: per administration (exact, for its own people) and for the
//! city (counts per administration, suppressed as every figure leaving an administration
//! is), as pages, CSV and the measures a plan's indicators read (controls made in a period,
//! the VBE control among them, stops and withdrawals).

use serde::Serialize;

use crate::domain::{self, ControlKind};
use varn_house::db::Db;
use varn_house::i18n;
use varn_house::kernel::error::Result;
use varn_house::kernel::ids::AdministrationId;
use varn_house::kernel::suppress::{suppress, Cell, THRESHOLD};
use varn_house::web::capability::{Measure, MeasureList, MeasureValue, Period, ValueFuture};

/// One figure of the year, with its Swedish label.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GrantsFigure {
    /// A stable key (`applications`, `controls:vbe` …).
    pub key: String,
    pub label: String,
    pub value: i64,
    /// True when the value is a sum in kronor.
    pub kronor: bool,
}

impl GrantsFigure {
    pub fn display(&self) -> String {
        if self.kronor {
            domain::kronor(self.value)
        } else {
            self.value.to_string()
        }
    }
}

/// The year of one administration.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GrantsYear {
    pub administration_id: AdministrationId,
    pub year: i32,
    pub figures: Vec<GrantsFigure>,
}

fn bounds(year: i32) -> (String, String) {
    (format!("{year:04}-01-01"), format!("{year:04}-12-31"))
}

/// The figures of `admin` between two dates (inclusive), as (key, SQL, kronor). A sum over
/// an integer column is NUMERIC on PostgreSQL: each is cast so both backends give an i64.
fn queries() -> Vec<(String, String, bool)> {
    let mut q = vec![
        ("applications".to_string(), "SELECT COUNT(*) FROM grant_applications WHERE administration_id = $1 AND received_on BETWEEN $2 AND $3".to_string(), false),
        ("applications:premises".into(), "SELECT COUNT(*) FROM grant_applications WHERE administration_id = $1 AND kind = 'premises' AND received_on BETWEEN $2 AND $3".into(), false),
        ("decisions:granted".into(), "SELECT COUNT(*) FROM grant_applications WHERE administration_id = $1 AND outcome IN ('granted', 'partly') AND decided_on BETWEEN $2 AND $3".into(), false),
        ("decisions:refused".into(), "SELECT COUNT(*) FROM grant_applications WHERE administration_id = $1 AND outcome = 'refused' AND decided_on BETWEEN $2 AND $3".into(), false),
        ("sum:granted".into(), "SELECT CAST(COALESCE(SUM(granted_amount), 0) AS BIGINT) FROM grant_applications WHERE administration_id = $1 AND decided_on BETWEEN $2 AND $3".into(), true),
        ("sum:paid".into(), "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM grant_payments WHERE administration_id = $1 AND status = 'paid' AND paid_on BETWEEN $2 AND $3".into(), true),
        ("controls".into(), "SELECT COUNT(*) FROM grant_controls WHERE administration_id = $1 AND controlled_on BETWEEN $2 AND $3".into(), false),
    ];
    for k in ControlKind::ALL {
        q.push((
            format!("controls:{}", k.code()),
            format!("SELECT COUNT(*) FROM grant_controls WHERE administration_id = $1 AND kind = '{}' AND controlled_on BETWEEN $2 AND $3", k.code()),
            false,
        ));
    }
    q.extend([
        ("stops".to_string(), "SELECT COUNT(*) FROM grant_stops WHERE administration_id = $1 AND stopped_on BETWEEN $2 AND $3".to_string(), false),
        ("stops:lifted".into(), "SELECT COUNT(*) FROM grant_stops WHERE administration_id = $1 AND lifted_on BETWEEN $2 AND $3".into(), false),
        ("withdrawals".into(), "SELECT COUNT(*) FROM grant_withdrawals WHERE administration_id = $1 AND decided_on BETWEEN $2 AND $3".into(), false),
        ("sum:claimed".into(), "SELECT CAST(COALESCE(SUM(claim_amount), 0) AS BIGINT) FROM grant_withdrawals WHERE administration_id = $1 AND decided_on BETWEEN $2 AND $3".into(), true),
    ]);
    q
}

fn label(key: &str) -> String {
    i18n::sv()
        .t(&format!("grants.figure.{}", key.replace(':', "_")))
        .to_string()
}

async fn value(db: &Db, admin: AdministrationId, sql: &str, from: &str, to: &str) -> Result<i64> {
    crate::store::scalar(db, sql, admin, from, to).await
}

/// The figures of `admin` over a period.
pub async fn figures(
    db: &Db,
    admin: AdministrationId,
    from: &str,
    to: &str,
) -> Result<Vec<GrantsFigure>> {
    let mut out = Vec::new();
    for (key, sql, kronor) in queries() {
        out.push(GrantsFigure {
            label: label(&key),
            value: value(db, admin, &sql, from, to).await?,
            key,
            kronor,
        });
    }
    Ok(out)
}

/// The year of `admin`.
pub async fn year(db: &Db, admin: AdministrationId, year: i32) -> Result<GrantsYear> {
    let (from, to) = bounds(year);
    Ok(GrantsYear {
        administration_id: admin,
        year,
        figures: figures(db, admin, &from, &to).await?,
    })
}

/// The year as CSV: one row per figure.
pub fn csv(y: &GrantsYear, administration: &str) -> anyhow::Result<Vec<u8>> {
    let cat = i18n::sv();
    let mut out = varn_house::export::Csv::new();
    out.row([
        cat.t("grants.col.administration").to_string(),
        cat.t("grants.col.year").to_string(),
        cat.t("grants.col.figure").to_string(),
        cat.t("grants.col.value").to_string(),
    ])?;
    for f in &y.figures {
        out.row([
            administration.to_string(),
            y.year.to_string(),
            f.label.clone(),
            f.value.to_string(),
        ])?;
    }
    out.finish()
}

/// The counts the city sees, per administration (suppressed).
pub const CITY_KEYS: &[&str] = &[
    "applications",
    "decisions:granted",
    "controls",
    "controls:vbe",
    "stops",
    "withdrawals",
];

/// The city's year: per administration the counts of [`CITY_KEYS`], suppressed.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GrantsCity {
    pub year: i32,
    /// Labels of the columns, in the order of each row's cells.
    pub columns: Vec<String>,
    pub rows: Vec<GrantsCityRow>,
    pub totals: Vec<Cell>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GrantsCityRow {
    pub administration: String,
    pub cells: Vec<Cell>,
}

/// Every administration with its exact counts of [`CITY_KEYS`] in `year`.
async fn city_counts(db: &Db, year: i32) -> Result<(Vec<varn_org::Administration>, Vec<Vec<i64>>)> {
    let (from, to) = bounds(year);
    let admins = varn_org::list_administrations(db, &varn_house::kernel::scope::Scope::All).await?;
    let all = queries();
    let mut table = Vec::new();
    for a in &admins {
        let mut row = Vec::new();
        for key in CITY_KEYS {
            let sql = all
                .iter()
                .find(|(k, _, _)| k == key)
                .map(|(_, s, _)| s.clone())
                .unwrap_or_default();
            row.push(value(db, a.id, &sql, &from, &to).await?);
        }
        table.push(row);
    }
    Ok((admins, table))
}

/// Grants on the city's desk: the year's counts per administration, which the desk
/// suppresses (`web::capability::City`).
pub fn city_part<'a>(
    db: &'a Db,
    year: i32,
    _today: &'a str,
) -> varn_house::web::capability::CityFuture<'a> {
    Box::pin(async move {
        let (admins, table) = city_counts(db, year).await?;
        let cat = varn_house::i18n::sv();
        Ok(varn_house::web::capability::CityPart {
            columns: vec![],
            counts: vec![varn_house::web::capability::CityCounts {
                id: "bidrag".into(),
                title: cat.f("grants.city_desk_title", &[("year", &year.to_string())]),
                labels: CITY_KEYS.iter().map(|k| label(k)).collect(),
                rows: admins.iter().map(|a| a.id).zip(table).collect(),
                source: cat.t("grants.city_desk_source").into(),
            }],
            ..Default::default()
        })
    })
}

pub async fn city(db: &Db, year: i32) -> Result<GrantsCity> {
    let (admins, table) = city_counts(db, year).await?;
    let s = suppress(&table, THRESHOLD);
    Ok(GrantsCity {
        year,
        columns: CITY_KEYS.iter().map(|k| label(k)).collect(),
        rows: admins
            .iter()
            .zip(s.cells)
            .map(|(a, cells)| GrantsCityRow {
                administration: a.name.clone(),
                cells,
            })
            .collect(),
        totals: s.column_totals,
    })
}

/// The keys a plan's indicator may read.
const MEASURES: &[&str] = &[
    "controls",
    "controls:vbe",
    "controls:yearly",
    "controls:during_grant",
    "stops",
    "withdrawals",
    "applications",
    "decisions:granted",
];

/// The figures grants offer a plan's indicators (area "Föreningsbidrag och lokaler").
pub fn measures(_db: &Db, _admin: AdministrationId) -> MeasureList<'_> {
    Box::pin(async move {
        let cat = i18n::sv();
        Ok(MEASURES
            .iter()
            .map(|k| Measure {
                reference: (*k).to_string(),
                label: cat.f("grants.measure_label", &[("figure", &label(k))]),
                unit: if k.starts_with("controls") {
                    cat.t("grants.unit_controls").to_string()
                } else {
                    cat.t("grants.unit_count").to_string()
                },
            })
            .collect())
    })
}

/// The value of a measure over a period.
pub fn measure_value<'a>(
    db: &'a Db,
    admin: AdministrationId,
    key: &'a str,
    period: Period<'a>,
) -> ValueFuture<'a> {
    Box::pin(async move {
        if !MEASURES.contains(&key) {
            return Ok(None);
        }
        let Some((_, sql, _)) = queries().into_iter().find(|(k, _, _)| k == key) else {
            return Ok(None);
        };
        let v = value(db, admin, &sql, period.from, period.to).await?;
        Ok(Some(MeasureValue {
            value: Some(v),
            source: i18n::sv().f(
                "grants.measure_source",
                &[("from", period.from), ("to", period.to)],
            ),
        }))
    })
}

/// What waits for a grant officer on the start page: per administration within reach, the
/// granted applications whose control is due (the reminder of the follow-up plan).
pub fn work<'a>(
    state: &'a varn_house::web::AppState,
    p: &'a varn_house::auth::Principal,
) -> varn_house::web::capability::WorkFuture<'a> {
    Box::pin(async move {
        let varn_house::kernel::scope::Scope::Only(ids) = p.scope(crate::perm::EDIT) else {
            return Ok(vec![]);
        };
        let cat = i18n::sv();
        let today = varn_house::db::today();
        let mut out = Vec::new();
        for admin in ids {
            let due = crate::store::due_controls(&state.db, admin, &today).await?;
            if !due.is_empty() {
                out.push(varn_house::web::capability::WorkItem {
                    text: cat.f("grants.work_due", &[("count", &due.len().to_string())]),
                    href: format!("/bidrag/forvaltningar/{admin}#due"),
                });
            }
        }
        Ok(out)
    })
}
