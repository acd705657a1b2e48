//! Statistics of the picture, aggregated with SQL (GROUP BY), never by loading rows.

use std::collections::BTreeMap;
use varn_house::kernel::ids::AdministrationId;

use serde::{Deserialize, Serialize};
use sqlx::Row;

use varn_house::audit::{self, Actor, Entry};
use varn_house::db::{self, Db};
use varn_house::i18n;
use varn_house::import::table as tabular;
use varn_house::kernel::error::{Error, Problem, Result};

/// The two kinds of hate-crime figures the police report.
pub const CATEGORIES: [&str; 2] = ["hets_mot_folkgrupp", "hatbrott"];

/// One figure to store: a count for a year (and area) of one category.
#[derive(Debug, Clone, Deserialize, Serialize, utoipa::ToSchema)]
pub struct HateCrimeInput {
    pub year: i64,
    #[serde(default)]
    pub area: String,
    /// hets_mot_folkgrupp or hatbrott
    pub category: String,
    pub count: i64,
}

/// A year's figures with where they came from.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct YearCount {
    pub year: i64,
    pub count: i64,
    /// The file or "inmatat" (typed in), who and when, for the latest figure of the year.
    pub source: String,
}

fn check(guard: &varn_pii::Guard, input: &HateCrimeInput, row: Option<usize>) -> Vec<Problem> {
    let cat = i18n::sv();
    let mut out = Vec::new();
    let p = |field: &str, message: &str| Problem {
        row,
        field: field.into(),
        message: message.into(),
    };
    if !(1990..=2100).contains(&input.year) {
        out.push(p(
            cat.t("situation.field_year"),
            cat.t("situation.bad_year"),
        ));
    }
    if !CATEGORIES.contains(&input.category.as_str()) {
        out.push(p(
            cat.t("situation.field_category"),
            cat.t("situation.bad_category"),
        ));
    }
    if !(0..=1_000_000).contains(&input.count) {
        out.push(p(
            cat.t("situation.field_count"),
            cat.t("situation.bad_count"),
        ));
    }
    if input.area.chars().count() > 100 {
        out.push(p(
            cat.t("situation.field_area"),
            cat.t("validation.too_long"),
        ));
    }
    out.extend(varn_house::kernel::text::problems(
        guard,
        row,
        &[(cat.t("situation.field_area"), &input.area)],
    ));
    out
}

/// Stores figures, replacing the same (year, area, category): importing a file again
/// counts nothing twice. All or nothing.
pub async fn store_hate_crimes(
    db: &Db,
    guard: &varn_pii::Guard,
    actor: &Actor,
    admin: AdministrationId,
    rows: &[(Option<usize>, HateCrimeInput)],
    source: &str,
) -> Result<usize> {
    let problems: Vec<Problem> = rows.iter().flat_map(|(r, i)| check(guard, i, *r)).collect();
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    if rows.is_empty() {
        return Err(Error::invalid(
            i18n::sv().t("import.file"),
            i18n::sv().t("import.no_rows"),
        ));
    }
    let mut tx = db.begin_write().await?;
    for (_, i) in rows {
        sqlx::query(
            "INSERT INTO hate_crime_counts (administration_id, year, area, category, count, source, imported_by, imported_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
             ON CONFLICT (administration_id, year, area, category) DO UPDATE SET count = excluded.count, source = excluded.source, \
             imported_by = excluded.imported_by, imported_at = excluded.imported_at",
        )
        .bind(admin)
        .bind(i.year)
        .bind(i.area.trim())
        .bind(&i.category)
        .bind(i.count)
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
            varn_house::audit::Action::Import,
            crate::Record::HateCrime,
            admin,
        )
        .admin(Some(admin))
        .summary(format!("{} {source}", rows.len())),
    )
    .await?;
    tx.commit().await?;
    Ok(rows.len())
}

/// Reads a CSV/XLSX of figures: columns år, område (optional), typ, antal.
pub fn read_hate_crime_file(bytes: &[u8]) -> Result<Vec<(Option<usize>, HateCrimeInput)>> {
    let cat = i18n::sv();
    let table = tabular::read(bytes, tabular::Limits::YEARLY_COUNTS)?;
    let year = table.column(&["år", "year"]);
    let area = table.column(&["område", "area", "stadsdel"]);
    let kind = table.column(&["typ", "kategori", "category"]);
    let count = table.column(&["antal", "count"]);
    let mut missing = Vec::new();
    for (col, name) in [(year, "år"), (kind, "typ"), (count, "antal")] {
        if col.is_none() {
            missing.push(Problem::row(1, name, cat.t("import.missing_column")));
        }
    }
    if !missing.is_empty() {
        return Err(Error::Invalid(missing));
    }
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for cells in &table.rows {
        let row = &cells.line;
        let number =
            |col: Option<usize>, field: &str, problems: &mut Vec<Problem>| match tabular::cell(
                cells, col,
            )
            .replace(' ', "")
            .parse::<i64>()
            {
                Ok(n) => n,
                Err(_) => {
                    problems.push(Problem::row(*row, field, cat.t("situation.not_a_number")));
                    -1
                }
            };
        let y = number(year, "år", &mut problems);
        let n = number(count, "antal", &mut problems);
        let k = match tabular::cell(cells, kind).trim().to_lowercase().as_str() {
            "hets mot folkgrupp" | "hets_mot_folkgrupp" => "hets_mot_folkgrupp".to_string(),
            "hatbrott" | "hatbrottsmotiv" => "hatbrott".to_string(),
            other => other.to_string(),
        };
        out.push((
            Some(*row),
            HateCrimeInput {
                year: y,
                area: tabular::cell(cells, area).to_string(),
                category: k,
                count: n,
            },
        ));
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    Ok(out)
}

/// The hate-crime series of an administration: one figure per year, all areas and kinds.
pub async fn hate_crime_series(db: &Db, admin: AdministrationId) -> Result<Vec<YearCount>> {
    let sum = match db.backend() {
        db::Backend::Postgres => "CAST(SUM(count) AS BIGINT)",
        db::Backend::Sqlite => "SUM(count)",
    };
    let rows = sqlx::query(&format!(
        "SELECT year, {sum} AS n, MAX(CASE WHEN source = '' THEN 'inmatat' ELSE source END || ', ' || imported_by || ', ' || SUBSTR(imported_at, 1, 10)) AS provenance \
         FROM hate_crime_counts WHERE administration_id = $1 GROUP BY year ORDER BY year"
    ))
    .bind(admin)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(YearCount {
                year: r.try_get("year")?,
                count: r.try_get("n")?,
                source: r.try_get("provenance")?,
            })
        })
        .collect()
}

/// The hate-crime figures of an administration by kind and year. Returns (kinds present,
/// years, `counts[kind][year]`).
pub async fn hate_crimes_by_category(
    db: &Db,
    admin: AdministrationId,
) -> Result<(Vec<String>, Vec<i64>, Vec<Vec<i64>>)> {
    let sum = match db.backend() {
        db::Backend::Postgres => "CAST(SUM(count) AS BIGINT)",
        db::Backend::Sqlite => "SUM(count)",
    };
    let rows = sqlx::query(&format!(
        "SELECT category, year, {sum} AS n FROM hate_crime_counts WHERE administration_id = $1 GROUP BY category, year"
    ))
    .bind(admin)
    .fetch_all(db.pool())
    .await?;
    let mut grid: BTreeMap<(String, i64), i64> = BTreeMap::new();
    for r in &rows {
        grid.insert(
            (r.try_get("category")?, r.try_get("year")?),
            r.try_get("n")?,
        );
    }
    let kinds: Vec<String> = CATEGORIES
        .iter()
        .filter(|c| grid.keys().any(|(k, _)| k == *c))
        .map(|c| c.to_string())
        .collect();
    let years: Vec<i64> = grid
        .keys()
        .map(|(_, y)| *y)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let counts = kinds
        .iter()
        .map(|k| {
            years
                .iter()
                .map(|y| grid.get(&(k.clone(), *y)).copied().unwrap_or(0))
                .collect()
        })
        .collect();
    Ok((kinds, years, counts))
}

/// Where an administration's hate-crime figures up to `until` came from: (source, who
/// imported, latest date), one line per source and person.
pub async fn hate_crime_provenance(
    db: &Db,
    admin: AdministrationId,
    until: i64,
) -> Result<Vec<(String, String, String)>> {
    let rows = sqlx::query(
        "SELECT h.source, COALESCE(who.name, h.imported_by) AS imported_by_name, \
         MAX(SUBSTR(h.imported_at, 1, 10)) AS imported_on \
         FROM hate_crime_counts h LEFT JOIN users who ON who.email = h.imported_by \
         WHERE h.administration_id = $1 AND h.year <= $2 \
         GROUP BY h.source, COALESCE(who.name, h.imported_by) ORDER BY 1, 2",
    )
    .bind(admin)
    .bind(until)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get("source")?,
                r.try_get("imported_by_name")?,
                r.try_get("imported_on")?,
            ))
        })
        .collect()
}

/// Assessed VBE forms by environment and year, with renamed terms counted under their
/// current name: the forms there are, and those purged (`report_year_counts`). Returns (environment labels, years, counts[environment][year]).
pub async fn forms_by_environment(
    db: &Db,
    admins: &[AdministrationId],
) -> Result<(Vec<String>, Vec<i64>, Vec<Vec<i64>>)> {
    if admins.is_empty() {
        return Ok((vec![], vec![], vec![]));
    }
    let rows = varn_reports::figures::vbe_by_environment(db, admins).await?;
    let terms = varn_taxonomy::all(db).await?;
    let mut grid: BTreeMap<(String, i64), i64> = BTreeMap::new();
    let mut years = std::collections::BTreeSet::new();
    for (term, year, n) in rows {
        let current = varn_taxonomy::domain::current_successor(&terms, term);
        let label = terms
            .iter()
            .find(|t| t.id == current)
            .map(|t| t.label.clone())
            .unwrap_or_default();
        *grid.entry((label, year)).or_default() += n;
        years.insert(year);
    }
    let labels: Vec<String> = grid
        .keys()
        .map(|(l, _)| l.clone())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let years: Vec<i64> = years.into_iter().collect();
    let counts = labels
        .iter()
        .map(|l| {
            years
                .iter()
                .map(|y| grid.get(&(l.clone(), *y)).copied().unwrap_or(0))
                .collect()
        })
        .collect();
    Ok((labels, years, counts))
}

/// Assessed VBE forms per administration and year, for the city view (suppressed by the
/// caller): the forms there are, and those purged (`report_year_counts`).
pub async fn city_forms(db: &Db) -> Result<(Vec<String>, Vec<i64>, Vec<Vec<i64>>)> {
    let mut grid: BTreeMap<(String, i64), i64> = BTreeMap::new();
    let mut years = std::collections::BTreeSet::new();
    for (name, year, n) in varn_reports::figures::vbe_by_administration(db).await? {
        *grid.entry((name, year)).or_default() += n;
        years.insert(year);
    }
    let names: Vec<String> = grid
        .keys()
        .map(|(n, _)| n.clone())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let years: Vec<i64> = years.into_iter().collect();
    let counts = names
        .iter()
        .map(|n| {
            years
                .iter()
                .map(|y| grid.get(&(n.clone(), *y)).copied().unwrap_or(0))
                .collect()
        })
        .collect();
    Ok((names, years, counts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_of_figures_is_read_with_its_row_numbers() {
        let rows = read_hate_crime_file(
            "år;typ;område;antal\n2021;Hets mot folkgrupp;Högdalen;7\n2021;hatbrott;;5\n"
                .as_bytes(),
        )
        .expect("read");
        assert_eq!(rows.len(), 2);
        assert_eq!(
            (rows[0].0, rows[0].1.category.as_str(), rows[0].1.count),
            (Some(2), "hets_mot_folkgrupp", 7)
        );
        let Err(Error::Invalid(problems)) =
            read_hate_crime_file("år;typ;antal\nx;hatbrott;3\n".as_bytes())
        else {
            panic!("invalid")
        };
        assert_eq!(
            (problems[0].row, problems[0].field.as_str()),
            (Some(2), "år")
        );
        let Err(Error::Invalid(missing)) = read_hate_crime_file("år;antal\n2020;3\n".as_bytes())
        else {
            panic!("invalid")
        };
        assert_eq!(missing[0].field, "typ");
    }
}
