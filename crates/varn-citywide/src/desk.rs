//! The desk for a year: the capabilities' parts put together per administration, the
//! counts suppressed, what waits for the central coordinator.

use serde::Serialize;

use varn_house::auth::Principal;
use varn_house::i18n;
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::ids::AdministrationId;
use varn_house::kernel::suppress::{suppress, Cell, THRESHOLD};
use varn_house::web::capability::{self, CityCell, CityDetail, CityLight, WorkItem};
use varn_house::web::AppState;
use varn_org::domain::AdministrationKind;

/// One column's heading and how its colours are set.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CityDeskColumn {
    pub key: String,
    pub heading: String,
    pub rule: String,
}

/// One administration's line.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CityDeskRow {
    pub administration_id: AdministrationId,
    pub administration: String,
    /// One per column; `None`: nothing to say.
    pub cells: Vec<Option<CityCell>>,
    /// The worst light of the line.
    pub light: Option<CityLight>,
}

/// A table of counts after suppression.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CityDeskCounts {
    pub id: String,
    pub title: String,
    pub labels: Vec<String>,
    /// `(administration, cells, row total)`.
    pub rows: Vec<CityDeskCountRow>,
    pub column_totals: Vec<Cell>,
    pub total: Cell,
    pub source: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CityDeskCountRow {
    pub administration: String,
    pub cells: Vec<Cell>,
    pub total: Cell,
}

/// The desk for a year.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CityDesk {
    pub year: i32,
    pub columns: Vec<CityDeskColumn>,
    pub rows: Vec<CityDeskRow>,
    pub counts: Vec<CityDeskCounts>,
    pub waiting: Vec<CityDeskItem>,
    /// Why the year's follow-up cannot be written (empty when it can).
    pub empty_year: Vec<String>,
    /// Per administration of the scope, in the desk's order: its tables for the year's
    /// follow-up (the plan's activities at VB with comments and indicators …).
    pub details: Vec<CityDeskDetails>,
}

/// One administration's tables in the year's follow-up.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CityDeskDetails {
    pub administration_id: AdministrationId,
    pub administration: String,
    pub tables: Vec<CityDetail>,
}

/// Something waiting, with where to do it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CityDeskItem {
    pub text: String,
    pub href: String,
}

/// The year asked for (`None`: this year); a year outside 2000–2100 is refused, naming it.
pub fn year_of(asked: Option<&str>) -> Result<i32> {
    let this = chrono::Datelike::year(&chrono::Utc::now().date_naive());
    match asked.map(str::trim).filter(|y| !y.is_empty()) {
        None => Ok(this),
        Some(y) => y
            .parse::<i32>()
            .ok()
            .filter(|y| (2000..=2100).contains(y))
            .ok_or_else(|| {
                let cat = i18n::sv();
                Error::invalid(
                    cat.t("citywide.field.year"),
                    cat.t("citywide.validation.year"),
                )
            }),
    }
}

/// The desk of `year` as `p` may see it: the administrations of their scope (districts and
/// specialist administrations), every count suppressed.
pub async fn desk(state: &AppState, p: &Principal, year: i32) -> Result<CityDesk> {
    let scope = p.scope(crate::perm::VIEW);
    desk_for(state.capabilities, &state.db, &scope, year).await
}

/// The desk of `year` for the administrations of `scope`, every count suppressed (also for
/// the command line's export).
pub async fn desk_for(
    capabilities: &[varn_house::web::capability::Capability],
    db: &varn_house::db::Db,
    scope: &varn_house::kernel::scope::Scope,
    year: i32,
) -> Result<CityDesk> {
    let admins: Vec<varn_org::Administration> = varn_org::list_administrations(db, scope)
        .await?
        .into_iter()
        .filter(|a| {
            matches!(
                a.kind,
                AdministrationKind::District | AdministrationKind::Specialist
            )
        })
        .collect();
    let today = varn_house::db::today();
    let part = capability::city(capabilities, db, year, &today).await?;
    let rows = admins
        .iter()
        .map(|a| {
            let cells: Vec<Option<CityCell>> = part
                .columns
                .iter()
                .map(|c| {
                    c.cells
                        .iter()
                        .find(|x| x.administration_id == a.id)
                        .cloned()
                })
                .collect();
            let light = cells.iter().flatten().filter_map(|c| c.light).max();
            CityDeskRow {
                administration_id: a.id,
                administration: a.name.clone(),
                cells,
                light,
            }
        })
        .collect();
    let counts = part
        .counts
        .iter()
        .map(|t| {
            let mine: Vec<(&varn_org::Administration, Vec<i64>)> = admins
                .iter()
                .map(|a| {
                    let row = t
                        .rows
                        .iter()
                        .find(|(id, _)| *id == a.id)
                        .map(|(_, r)| r.clone())
                        .unwrap_or_else(|| vec![0; t.labels.len()]);
                    (a, row)
                })
                .collect();
            let grid: Vec<Vec<i64>> = mine.iter().map(|(_, r)| r.clone()).collect();
            let s = suppress(&grid, THRESHOLD);
            CityDeskCounts {
                id: t.id.clone(),
                title: t.title.clone(),
                labels: t.labels.clone(),
                rows: mine
                    .iter()
                    .zip(s.cells.iter().zip(&s.row_totals))
                    .map(|((a, _), (cells, total))| CityDeskCountRow {
                        administration: a.name.clone(),
                        cells: cells.clone(),
                        total: *total,
                    })
                    .collect(),
                column_totals: s.column_totals.clone(),
                total: s.total,
                source: t.source.clone(),
            }
        })
        .collect();
    let details = admins
        .iter()
        .map(|a| CityDeskDetails {
            administration_id: a.id,
            administration: a.name.clone(),
            tables: part
                .details
                .iter()
                .filter(|d| d.administration_id == a.id)
                .cloned()
                .collect(),
        })
        .filter(|d| !d.tables.is_empty())
        .collect();
    Ok(CityDesk {
        year,
        details,
        empty_year: part.empty_year.clone(),
        columns: part
            .columns
            .iter()
            .map(|c| CityDeskColumn {
                key: c.key.clone(),
                heading: c.heading.clone(),
                rule: c.rule.clone(),
            })
            .collect(),
        rows,
        counts,
        waiting: part
            .waiting
            .into_iter()
            .map(|w: WorkItem| CityDeskItem {
                text: w.text,
                href: w.href,
            })
            .collect(),
    })
}

/// What waits for the central coordinator: the plans to approve, and the administrations
/// whose line is red, each with the desk one click away.
pub async fn work(state: &AppState, p: &Principal) -> Result<Vec<WorkItem>> {
    if !p.has_any(&[varn_house::auth::Role::CentralCoordinator]) {
        return Ok(vec![]);
    }
    let year = year_of(None)?;
    let d = desk(state, p, year).await?;
    let cat = i18n::sv();
    let mut out: Vec<WorkItem> = d
        .waiting
        .into_iter()
        .map(|w| WorkItem {
            text: w.text,
            href: w.href,
        })
        .collect();
    let red = d
        .rows
        .iter()
        .filter(|r| r.light == Some(CityLight::Red))
        .count();
    if red > 0 {
        out.push(WorkItem {
            text: cat.f("citywide.work_red", &[("n", &red.to_string())]),
            href: "/stad".into(),
        });
    }
    Ok(out)
}
