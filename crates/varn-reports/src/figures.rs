//! The form figures others read (the situational picture and its city view): forms
//! assessed as VBE, counted per year from the rows there are and from those purged
//! (`report_year_counts`, kept by [`crate::retention`]). Counts only: never a form's text.

use sqlx::Row;
use varn_house::db::Db;
use varn_house::kernel::error::Result;
use varn_house::kernel::ids::AdministrationId;
use varn_taxonomy::TermId;

/// The year of a form's occurrence, as an integer on either backend.
const YEAR: &str = "CAST(SUBSTR(occurred_from, 1, 4) AS BIGINT)";

/// Forms of `admin` by year: per year with forms, how many were assessed as VBE (0 in a
/// year whose forms were not), then the purged forms' counts per year (a year may come
/// twice; the caller adds them up).
pub async fn vbe_by_year(db: &Db, admin: AdministrationId) -> Result<Vec<(i64, i64)>> {
    let vbe =
        "CAST(SUM(CASE WHEN status IN ('assessed_vbe', 'forwarded') THEN 1 ELSE 0 END) AS BIGINT)";
    let queries = [
        format!(
            "SELECT {YEAR} AS year, {vbe} AS n FROM reports WHERE administration_id = $1 \
             GROUP BY {YEAR}"
        ),
        "SELECT year, n FROM report_year_counts WHERE administration_id = $1 \
         AND environment_id = 0"
            .to_string(),
    ];
    let mut out = Vec::new();
    for sql in &queries {
        for r in sqlx::query(sql).bind(admin).fetch_all(db.pool()).await? {
            out.push((r.try_get("year")?, r.try_get("n")?));
        }
    }
    Ok(out)
}

/// Forms of the administrations `admins` assessed as VBE, by the environment their
/// assessment named (as named then: the caller follows renamed terms) and year, the
/// purged ones too: (term, year, count), a pair possibly more than once.
pub async fn vbe_by_environment(
    db: &Db,
    admins: &[AdministrationId],
) -> Result<Vec<(TermId, i64, i64)>> {
    if admins.is_empty() {
        return Ok(Vec::new());
    }
    let ids = admins
        .iter()
        .map(AdministrationId::to_string)
        .collect::<Vec<_>>()
        .join(",");
    // Integers from the database, never user text.
    let sql = format!(
        "SELECT rt.term_id, CAST(SUBSTR(r.occurred_from, 1, 4) AS BIGINT) AS year, COUNT(*) AS n FROM reports r \
         JOIN report_terms rt ON rt.report_id = r.id AND rt.source = 'assessed' \
         JOIN taxonomy_terms t ON t.id = rt.term_id AND t.vocabulary = 'environment' \
         WHERE r.status IN ('assessed_vbe', 'forwarded') AND r.administration_id IN ({ids}) \
         GROUP BY rt.term_id, CAST(SUBSTR(r.occurred_from, 1, 4) AS BIGINT) \
         UNION ALL SELECT environment_id, year, n FROM report_year_counts \
         WHERE environment_id <> 0 AND administration_id IN ({ids})"
    );
    sqlx::query(&sql)
        .fetch_all(db.pool())
        .await?
        .iter()
        .map(|r| Ok((r.try_get("term_id")?, r.try_get("year")?, r.try_get("n")?)))
        .collect()
}

/// Forms assessed as VBE by administration (its name) and year, the purged ones too:
/// (administration, year, count), a pair possibly more than once. Unsuppressed: the
/// caller suppresses before anything leaves an administration.
pub async fn vbe_by_administration(db: &Db) -> Result<Vec<(String, i64, i64)>> {
    sqlx::query(
        "SELECT a.name AS administration, CAST(SUBSTR(r.occurred_from, 1, 4) AS BIGINT) AS year, COUNT(*) AS n FROM reports r JOIN administrations a ON a.id = r.administration_id \
         WHERE r.status IN ('assessed_vbe', 'forwarded') GROUP BY a.name, CAST(SUBSTR(r.occurred_from, 1, 4) AS BIGINT) \
         UNION ALL SELECT a.name, c.year, c.n FROM report_year_counts c JOIN administrations a ON a.id = c.administration_id \
         WHERE c.environment_id = 0",
    )
    .fetch_all(db.pool())
    .await?
    .iter()
    .map(|r| Ok((r.try_get("administration")?, r.try_get("year")?, r.try_get("n")?)))
    .collect()
}
