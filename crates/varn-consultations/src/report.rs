//! The figures of consultations and the 24-hour routine: the yearly report per
//! administration (requests, first contacts within 24 hours, the median and longest times),
//! the city's consultation counts per administration, kind and referral (suppressed as every
//! figure leaving an administration is), what waits on a coordinator's start page, the plan
//! indicators and the city's desk.

use chrono::{Datelike, NaiveDateTime};
use serde::Serialize;
use varn_house::kernel::ids::AdministrationId;

use crate::domain::{self, Kind, Referral};
use crate::store;
use varn_house::db::Db;
use varn_house::i18n;
use varn_house::kernel::error::Result;
use varn_house::kernel::scope::Scope;
use varn_house::kernel::suppress::{suppress, Cell, THRESHOLD};
use varn_house::kernel::time::{parse_stored, stockholm};
use varn_house::web::capability::{
    CityCell, CityColumn, CityCounts, CityFuture, CityPart, Measure, MeasureList, MeasureValue,
    Period, ValueFuture, WorkFuture, WorkItem,
};

/// One administration's 24-hour routine in a year.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ConsultationYearRow {
    pub administration_id: AdministrationId,
    pub administration: String,
    pub requests: i64,
    /// First contacts made within 24 hours of the request.
    pub within_24h: i64,
    /// Requests whose clock still runs.
    pub open: i64,
    /// Minutes from request to first contact (an open request past its deadline counts
    /// with the time so far); `None` when there is none.
    pub median_minutes: Option<i64>,
    pub longest_minutes: Option<i64>,
    /// As people read them ("5 h 12 min").
    pub median: String,
    pub longest: String,
}

/// The minutes a request took, or has taken past its deadline; `None` while its clock runs
/// within the 24 hours.
fn minutes(r: &store::ConsultationRequest, now: NaiveDateTime) -> Option<i64> {
    let received = parse_stored(&r.received_at)?;
    match r.contact_at.as_deref().and_then(parse_stored) {
        Some(at) => Some((at - received).num_minutes()),
        None if domain::deadline(received) <= now => Some((now - received).num_minutes()),
        None => None,
    }
}

/// The requests received in Swedish year `year`.
async fn requests_of_year(db: &Db, year: i32) -> Result<Vec<store::ConsultationRequest>> {
    let from = format!("{:04}-12-31T00:00:00Z", year - 1);
    let to = format!("{:04}-01-01T03:00:00Z", year + 1);
    Ok(store::requests_received(db, &from, &to)
        .await?
        .into_iter()
        .filter(|r| parse_stored(&r.received_at).is_some_and(|t| stockholm(t).year() == year))
        .collect())
}

/// True when a request's first contact came within 24 hours of it.
pub fn met(r: &store::ConsultationRequest) -> bool {
    r.contact_at.is_some() && minutes(r, chrono::NaiveDateTime::MIN).is_some_and(|m| m <= 24 * 60)
}

pub fn row_of(
    admin: AdministrationId,
    name: &str,
    rs: &[&store::ConsultationRequest],
    now: NaiveDateTime,
) -> ConsultationYearRow {
    let mut times: Vec<i64> = rs.iter().filter_map(|r| minutes(r, now)).collect();
    times.sort_unstable();
    let within = rs.iter().filter(|r| met(r)).count() as i64;
    let open = rs.iter().filter(|r| r.contact_at.is_none()).count() as i64;
    shown(
        admin,
        name,
        rs.len() as i64,
        within,
        open,
        domain::median(&times),
        times.last().copied(),
    )
}

fn shown(
    admin: AdministrationId,
    name: &str,
    requests: i64,
    within_24h: i64,
    open: i64,
    median: Option<i64>,
    longest: Option<i64>,
) -> ConsultationYearRow {
    let show = |m: Option<i64>| {
        m.map(|m| domain::hours_minutes(chrono::Duration::minutes(m)))
            .unwrap_or_else(|| "–".into())
    };
    ConsultationYearRow {
        administration_id: admin,
        administration: name.to_string(),
        requests,
        within_24h,
        open,
        median_minutes: median,
        longest_minutes: longest,
        median: show(median),
        longest: show(longest),
    }
}

/// A frozen year's report per administration (`consultations::retention`): `None` when the
/// year is not frozen and is read from the requests.
async fn frozen_year(
    db: &Db,
    year: i32,
) -> Result<
    Option<std::collections::HashMap<AdministrationId, (i64, i64, i64, Option<i64>, Option<i64>)>>,
> {
    use sqlx::Row;
    let frozen: Option<i64> =
        sqlx::query_scalar("SELECT year FROM first_contact_frozen_years WHERE year = $1")
            .bind(year as i64)
            .fetch_optional(db.pool())
            .await?;
    if frozen.is_none() {
        return Ok(None);
    }
    let rows = sqlx::query(
        "SELECT administration_id, requests, within_24h, open, median_minutes, longest_minutes \
         FROM first_contact_year_counts WHERE year = $1",
    )
    .bind(year as i64)
    .fetch_all(db.pool())
    .await?;
    let mut out = std::collections::HashMap::new();
    for r in &rows {
        out.insert(
            r.try_get::<AdministrationId, _>("administration_id")?,
            (
                r.try_get("requests")?,
                r.try_get("within_24h")?,
                r.try_get("open")?,
                r.try_get("median_minutes")?,
                r.try_get("longest_minutes")?,
            ),
        );
    }
    Ok(Some(out))
}

/// The year's 24-hour report for each administration in `scope` that had a request.
pub async fn year_report(
    db: &Db,
    scope: &Scope,
    year: i32,
    now: NaiveDateTime,
) -> Result<Vec<ConsultationYearRow>> {
    let admins = varn_org::list_administrations(db, scope).await?;
    if let Some(frozen) = frozen_year(db, year).await? {
        return Ok(admins
            .iter()
            .filter_map(|a| {
                let id = a.id;
                let (n, within, open, median, longest) = *frozen.get(&id)?;
                Some(shown(id, &a.name, n, within, open, median, longest))
            })
            .collect());
    }
    let all = requests_of_year(db, year).await?;
    Ok(admins
        .iter()
        .filter_map(|a| {
            let id = a.id;
            let rs: Vec<_> = all.iter().filter(|r| r.administration_id == id).collect();
            (!rs.is_empty()).then(|| row_of(id, &a.name, &rs, now))
        })
        .collect())
}

/// The city's consultation figures of a year: per asking administration, counts per kind
/// and per referral, suppressed.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ConsultationCity {
    pub year: i32,
    pub columns: Vec<String>,
    pub rows: Vec<ConsultationCityRow>,
    pub totals: Vec<Cell>,
    pub referral_columns: Vec<String>,
    pub referral_rows: Vec<ConsultationCityRow>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ConsultationCityRow {
    pub administration: String,
    pub cells: Vec<Cell>,
}

/// Per administration (those with any), counts per kind and per referral.
async fn city_table(
    db: &Db,
    year: i32,
) -> Result<(
    Vec<(AdministrationId, String)>,
    Vec<Vec<i64>>,
    Vec<Vec<i64>>,
)> {
    let facts =
        store::consultation_facts(db, &format!("{year:04}-01-01"), &format!("{year:04}-12-31"))
            .await?;
    let admins = varn_org::list_administrations(db, &Scope::All).await?;
    let mut names = Vec::new();
    let (mut kinds, mut referrals) = (Vec::new(), Vec::new());
    for a in admins {
        let mine: Vec<_> = facts.iter().filter(|f| f.0 == a.id).collect();
        if mine.is_empty() {
            continue;
        }
        kinds.push(
            Kind::ALL
                .iter()
                .map(|k| mine.iter().filter(|f| f.1 == *k).count() as i64)
                .collect(),
        );
        referrals.push(
            Referral::ALL
                .iter()
                .map(|r| mine.iter().filter(|f| f.2.contains(r)).count() as i64)
                .collect(),
        );
        names.push((a.id, a.name));
    }
    Ok((names, kinds, referrals))
}

pub async fn city(db: &Db, year: i32) -> Result<ConsultationCity> {
    let (names, kinds, referrals) = city_table(db, year).await?;
    let k = suppress(&kinds, THRESHOLD);
    let r = suppress(&referrals, THRESHOLD);
    let rows = |cells: Vec<Vec<Cell>>| {
        names
            .iter()
            .zip(cells)
            .map(|((_, n), cells)| ConsultationCityRow {
                administration: n.clone(),
                cells,
            })
            .collect()
    };
    Ok(ConsultationCity {
        year,
        columns: Kind::ALL.iter().map(|k| k.label().to_string()).collect(),
        rows: rows(k.cells),
        totals: k.column_totals,
        referral_columns: Referral::ALL
            .iter()
            .map(|r| r.label().to_string())
            .collect(),
        referral_rows: rows(r.cells),
    })
}

/// What waits for a coordinator on duty: each open request with the time left (or how long
/// past the deadline it is).
pub fn work<'a>(
    state: &'a varn_house::web::AppState,
    p: &'a varn_house::auth::Principal,
) -> WorkFuture<'a> {
    Box::pin(async move {
        let scope = p.scope(&[varn_house::auth::Role::Coordinator]);
        if scope.is_empty() {
            return Ok(vec![]);
        }
        let cat = i18n::sv();
        let now = chrono::Utc::now().naive_utc();
        let mut out = Vec::new();
        for r in store::requests(&state.db, &scope, true).await? {
            let Some(deadline) = parse_stored(&r.deadline_at) else {
                continue;
            };
            let left = deadline - now;
            let key = if left.num_seconds() > 0 {
                "consultations.work_left"
            } else {
                "consultations.work_late"
            };
            out.push(WorkItem {
                text: cat.f(
                    key,
                    &[
                        ("reference", &r.reference),
                        ("time", &domain::hours_minutes(left)),
                    ],
                ),
                href: format!("/konsultationer/24h/{}", r.id),
            });
        }
        Ok(out)
    })
}

const MEASURES: &[&str] = &[
    "requests",
    "requests:met",
    "consultations",
    "consultations:advised",
];

fn measure_label(key: &str) -> String {
    i18n::sv()
        .t(&format!("consultations.measure.{}", key.replace(':', "_")))
        .to_string()
}

/// The figures offered to plan indicators.
pub fn measures(_db: &Db, _admin: AdministrationId) -> MeasureList<'_> {
    Box::pin(async move {
        let cat = i18n::sv();
        Ok(MEASURES
            .iter()
            .map(|k| Measure {
                reference: (*k).to_string(),
                label: measure_label(k),
                unit: cat
                    .t(if k.starts_with("requests") {
                        "consultations.unit_requests"
                    } else {
                        "consultations.unit_consultations"
                    })
                    .to_string(),
            })
            .collect())
    })
}

/// A measure's value for `admin` over a period.
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
        let cat = i18n::sv();
        let value = if key.starts_with("requests") {
            let from = format!("{}T00:00:00Z", period.from);
            let to = format!("{}T23:59:59Z", period.to);
            let rs: Vec<_> = store::requests_received(db, &from, &to)
                .await?
                .into_iter()
                .filter(|r| r.administration_id == admin)
                .collect();
            // And those the purge has counted (`consultations::retention`).
            let (purged, purged_met): (i64, i64) = {
                use sqlx::Row;
                let row = sqlx::query(
                    "SELECT CAST(COALESCE(SUM(requests), 0) AS BIGINT) AS n, CAST(COALESCE(SUM(within_24h), 0) AS BIGINT) AS m \
                     FROM first_contact_day_counts WHERE administration_id = $1 AND day BETWEEN $2 AND $3",
                )
                .bind(admin)
                .bind(period.from)
                .bind(period.to)
                .fetch_one(db.pool())
                .await?;
                (row.try_get("n")?, row.try_get("m")?)
            };
            if key == "requests" {
                rs.len() as i64 + purged
            } else {
                rs.iter().filter(|r| met(r)).count() as i64 + purged_met
            }
        } else {
            let facts = store::consultation_facts_sides(db, period.from, period.to).await?;
            facts
                .iter()
                .filter(|(asking, advisor)| {
                    if key == "consultations" {
                        *asking == admin
                    } else {
                        *advisor == admin
                    }
                })
                .count() as i64
        };
        Ok(Some(MeasureValue {
            value: Some(value),
            source: cat.t("consultations.measure_source").to_string(),
        }))
    })
}

/// The consultations and the 24-hour routine on the city's desk.
pub fn city_part<'a>(db: &'a Db, year: i32, _today: &'a str) -> CityFuture<'a> {
    Box::pin(async move {
        let cat = i18n::sv();
        let (names, kinds, _) = city_table(db, year).await?;
        let now = chrono::Utc::now().naive_utc();
        let report = year_report(db, &Scope::All, year, now).await?;
        let mut part = CityPart::default();
        part.counts.push(CityCounts {
            id: "konsultationer".into(),
            title: cat.f(
                "consultations.city_counts_title",
                &[("year", &year.to_string())],
            ),
            labels: Kind::ALL.iter().map(|k| k.label().to_string()).collect(),
            rows: names.iter().map(|(id, _)| *id).zip(kinds).collect(),
            source: cat.t("consultations.city_source").into(),
        });
        part.counts.push(CityCounts {
            id: "24h".into(),
            title: cat.f(
                "consultations.city_24h_title",
                &[("year", &year.to_string())],
            ),
            labels: vec![
                cat.t("consultations.col.requests").into(),
                cat.t("consultations.col.within").into(),
            ],
            rows: report
                .iter()
                .map(|r| (r.administration_id, vec![r.requests, r.within_24h]))
                .collect(),
            source: cat.t("consultations.city_source").into(),
        });
        part.columns.push(CityColumn {
            key: "24h".into(),
            heading: cat.t("consultations.city_column").into(),
            rule: cat.t("consultations.city_rule").into(),
            cells: report
                .iter()
                .map(|r| {
                    let all_met = r.within_24h == r.requests - r.open;
                    CityCell {
                        administration_id: r.administration_id,
                        // Times only where the count is above the threshold, so a single
                        // request's time is not given away.
                        text: if r.requests > THRESHOLD {
                            cat.f(
                                "consultations.city_cell",
                                &[("median", &r.median), ("longest", &r.longest)],
                            )
                        } else {
                            cat.t("consultations.city_cell_few").into()
                        },
                        href: None,
                        light: Some(if all_met {
                            varn_house::web::capability::CityLight::Green
                        } else {
                            varn_house::web::capability::CityLight::Red
                        }),
                    }
                })
                .collect(),
        });
        Ok(part)
    })
}
