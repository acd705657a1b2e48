//! Demo hate-crime statistics: a ten-year series for Södermalm and a shorter one for
//! Älvsjö. Södermalm's 2011, 2018, 2019 and 2020 figures are the ones its 2021 picture
//! reports; the other years are illustrative. Stored by (year, area, kind), so loading
//! again changes nothing.

use sqlx::AnyConnection;

use crate::db;

const SOD: &[(i64, i64)] = &[
    (2011, 11),
    (2012, 14),
    (2013, 17),
    (2014, 16),
    (2015, 22),
    (2016, 27),
    (2017, 33),
    (2018, 40),
    (2019, 25),
    (2020, 30),
];
const ALV: &[(i64, i64)] = &[(2017, 4), (2018, 6), (2019, 2), (2020, 5)];

/// Adds the figures that are missing; returns how many were added.
pub async fn load(conn: &mut AnyConnection) -> anyhow::Result<usize> {
    let mut added = 0;
    for (code, series) in [("SOD", SOD), ("ALV", ALV)] {
        let Some(admin) =
            sqlx::query_scalar::<_, i64>("SELECT id FROM administrations WHERE code = $1")
                .bind(code)
                .fetch_optional(&mut *conn)
                .await?
        else {
            continue;
        };
        for (year, count) in series {
            let done = sqlx::query(
                "INSERT INTO hate_crime_counts (administration_id, year, area, category, count, source, imported_by, imported_at) \
                 VALUES ($1, $2, '', 'hets_mot_folkgrupp', $3, 'demo', 'demo', $4) ON CONFLICT (administration_id, year, area, category) DO NOTHING",
            )
            .bind(admin)
            .bind(year)
            .bind(count)
            .bind(db::now())
            .execute(&mut *conn)
            .await?;
            added += done.rows_affected() as usize;
        }
    }
    Ok(added)
}
