//! Demo training: the city's courses (the basic web training, the advanced one on the
//! white-power environment for units that detect and prevent, the APT presentation) and
//! Södermalm's own workshop; Södermalm's completions over the years, made so that in mid
//! January 2021 152 staff had completed the web training and 157 were in progress (as its
//! plan reports), one completion marked by hand, and APT presentations this year; a little
//! for Älvsjö. People are invented keys, stored only as hashes. Rows have fixed keys, so
//! loading again changes nothing.

use sha2::{Digest, Sha256};
use sqlx::{AnyConnection, Row};
use varn_house::kernel::ids::{AdministrationId, UnitId};

use crate::domain::{person_hash, TrainingCompletionId, TrainingCourseId};
use crate::{store, tally_store};
use varn_house::db::{self, Db};
use varn_house::web::capability::DemoReport;

/// (administration or the city, code, name, kind, audience, functions)
type DemoCourse = (
    Option<&'static str>,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const COURSES: &[DemoCourse] = &[
    (
        None,
        "WEBB-BAS",
        "Webbutbildning om våldsbejakande extremism",
        "web_basic",
        "all",
        "",
    ),
    (
        None,
        "WEBB-VITMAKT",
        "Fördjupad webbutbildning om vit makt-miljön",
        "web_advanced",
        "functions",
        "detecting,preventing",
    ),
    (
        None,
        "APT",
        "APT-presentation om arbetet mot våldsbejakande extremism",
        "apt",
        "all",
        "",
    ),
    (
        Some("SOD"),
        "SOD-WORKSHOP",
        "Workshop: oro för en ung person",
        "workshop",
        "all",
        "",
    ),
];

/// A number in 0..n from a text, the same every time.
fn pick(text: &str, n: u64) -> u64 {
    let h = Sha256::digest(text.as_bytes());
    u64::from_be_bytes([h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]]) % n.max(1)
}

fn day(year: i32, offset: u64) -> String {
    let start = chrono::NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default();
    (start + chrono::Days::new(offset % 360))
        .format("%Y-%m-%d")
        .to_string()
}

struct DemoUnit {
    id: UnitId,
    code: String,
    headcount: i64,
    valid_from: String,
    valid_to: Option<String>,
}

async fn units(db: &Db, admin: AdministrationId) -> anyhow::Result<Vec<DemoUnit>> {
    let rows = sqlx::query(
        "SELECT u.id, u.code, u.headcount, u.valid_from, u.valid_to FROM units u JOIN departments d ON d.id = u.department_id \
         WHERE d.administration_id = $1 ORDER BY u.code",
    )
    .bind(admin)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(DemoUnit {
                id: r.try_get("id")?,
                code: r.try_get("code")?,
                headcount: r.try_get("headcount")?,
                valid_from: r.try_get("valid_from")?,
                valid_to: r.try_get("valid_to")?,
            })
        })
        .collect()
}

/// (person key, unit, status, date, manual reason)
type DemoRow = (String, UnitId, &'static str, String, Option<&'static str>);

/// Södermalm's history of the basic web training.
fn sodermalm_rows(units: &[DemoUnit]) -> Vec<DemoRow> {
    // Everyone who worked there, in a fixed but shuffled order.
    let mut people: Vec<(u64, String, UnitId)> = Vec::new();
    for u in units {
        // The unit that ended in 2020 passes its staff on; they are counted there from 2021.
        for i in 0..u.headcount {
            let key = format!("{}-{i:03}@demo.example", u.code.to_lowercase());
            people.push((pick(&key, u64::MAX), key, u.id));
        }
    }
    people.sort();
    let mut rows = Vec::new();
    // Only units that lived in January 2021 (or passed their staff on by then) had staff then.
    let mut n = 0;
    for (_, key, unit) in people {
        let r = pick(&key, 1000);
        let Some(u) = units.iter().find(|u| u.id == unit) else {
            continue;
        };
        let ended = u.valid_to.is_some();
        let then = u.valid_from.as_str() <= "2021-01-15";
        if then {
            n += 1;
        }
        if then && n <= 152 {
            // Completed by January 2021.
            let year = if r < 400 { 2019 } else { 2020 };
            rows.push((key.clone(), unit, "in_progress", day(year, r % 200), None));
            rows.push((key, unit, "completed", day(year, r % 200 + 60), None));
        } else if then && n <= 309 {
            // In progress in January 2021; most finish over the next years.
            rows.push((
                key.clone(),
                unit,
                "in_progress",
                day(2020, 300 + r % 40),
                None,
            ));
            if r < 800 && !ended {
                rows.push((
                    key,
                    unit,
                    "completed",
                    day(2021 + (r % 4) as i32, 30 + r % 300),
                    None,
                ));
            }
        } else if r < 550 && !ended {
            let year = 2021 + (r % 6) as i32;
            rows.push((
                key.clone(),
                unit,
                "in_progress",
                day(year, 30 + r % 150),
                None,
            ));
            if r < 420 {
                rows.push((key, unit, "completed", day(year, 120 + r % 150), None));
            }
        }
    }
    rows
}

/// Adds what is missing of the demo.
pub async fn load(db: &Db) -> anyhow::Result<DemoReport> {
    let secret = store::secret(db).await?;
    let mut created = load_courses(db).await?;
    let courses = Courses {
        basic: course_id(db, "WEBB-BAS").await?,
        advanced: course_id(db, "WEBB-VITMAKT").await?,
        apt: course_id(db, "APT").await?,
    };
    for code in ["SOD", "ALV"] {
        let Some(admin) = admin_of(db, code).await? else {
            continue;
        };
        let units = units(db, admin).await?;
        let rows = completion_rows(code, &units, &courses);
        let mut tx = db.begin_write().await?;
        created += load_completions(&mut tx, &secret, admin, rows).await?;
        if code == "SOD" {
            created += load_presentations(&mut tx, admin, courses.apt, &units).await?;
        }
        tx.commit().await?;
    }
    Ok(DemoReport {
        created,
        updated: 0,
    })
}

/// The ids of the demo's courses that completions and presentations refer to.
struct Courses {
    basic: TrainingCourseId,
    advanced: TrainingCourseId,
    apt: TrainingCourseId,
}

/// The id of the administration with this code, if there is one.
async fn admin_of(db: &Db, code: &str) -> sqlx::Result<Option<AdministrationId>> {
    sqlx::query_scalar::<_, AdministrationId>("SELECT id FROM administrations WHERE code = $1")
        .bind(code)
        .fetch_optional(db.pool())
        .await
}

/// The id of the course with this code (which must exist).
async fn course_id(db: &Db, code: &str) -> sqlx::Result<TrainingCourseId> {
    sqlx::query_scalar::<_, TrainingCourseId>("SELECT id FROM training_courses WHERE code = $1")
        .bind(code)
        .fetch_one(db.pool())
        .await
}

/// Creates the courses that are missing; returns how many were created.
async fn load_courses(db: &Db) -> anyhow::Result<usize> {
    let mut created = 0;
    let mut tx = db.begin_write().await?;
    for (admin, code, name, kind, audience, functions) in COURSES {
        let admin_id = match admin {
            Some(a) => match admin_of(db, a).await? {
                Some(id) => Some(id),
                None => continue,
            },
            None => None,
        };
        created += sqlx::query(
            "INSERT INTO training_courses (administration_id, code, name, kind, audience, functions, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 'demo', $7) ON CONFLICT (code) DO NOTHING",
        )
        .bind(admin_id)
        .bind(code)
        .bind(name)
        .bind(kind)
        .bind(audience)
        .bind(functions)
        .bind(db::now())
        .execute(&mut *tx)
        .await?
        .rows_affected() as usize;
    }
    tx.commit().await?;
    Ok(created)
}

/// The completions of an administration (by code) with their courses: Södermalm's history
/// of the basic training, the advanced course and one completion marked by hand; half of
/// each of Älvsjö's units through the basic training.
fn completion_rows(
    code: &str,
    units: &[DemoUnit],
    courses: &Courses,
) -> Vec<(TrainingCourseId, DemoRow)> {
    let Courses {
        basic, advanced, ..
    } = *courses;
    if code != "SOD" {
        return units
            .iter()
            .filter(|u| u.valid_to.is_none())
            .flat_map(|u| {
                (0..u.headcount / 2).map(move |i| {
                    let key = format!("{}-{i:03}@demo.example", u.code.to_lowercase());
                    let r = pick(&key, 1000);
                    (
                        basic,
                        (key, u.id, "completed", day(2022 + (r % 4) as i32, r), None),
                    )
                })
            })
            .collect();
    }
    let mut rows: Vec<(TrainingCourseId, DemoRow)> = sodermalm_rows(units)
        .into_iter()
        .map(|r| (basic, r))
        .collect();
    // The advanced course, for a few in the units that detect and prevent.
    for u in units
        .iter()
        .filter(|u| u.code.starts_with("SOD-SOC") && u.valid_to.is_none())
    {
        for i in 0..(u.headcount / 4) {
            let key = format!("{}-{i:03}@demo.example", u.code.to_lowercase());
            let r = pick(&key, 1000);
            rows.push((
                advanced,
                (key, u.id, "completed", day(2023 + (r % 3) as i32, r), None),
            ));
        }
    }
    // The platform lost one completion when it changed servers; marked by hand.
    if let Some(u) = units.iter().find(|u| u.code == "SOD-SOC-01") {
        rows.push((
            basic,
            (
                "sod-soc-01-008@demo.example".into(),
                u.id,
                "completed",
                "2025-03-14".into(),
                Some("Utbildningsplattformen tappade registreringen vid serverbytet i mars; intyg från kursledaren finns."),
            ),
        ));
    }
    rows
}

/// Inserts the completions that are missing and retallies what they touched; returns how
/// many were created.
async fn load_completions(
    conn: &mut AnyConnection,
    secret: &[u8],
    admin: AdministrationId,
    rows: Vec<(TrainingCourseId, DemoRow)>,
) -> anyhow::Result<usize> {
    let mut created = 0;
    let mut added = std::collections::HashSet::new();
    let mut touched = Vec::new();
    for (course_id, (key, unit, status, on, reason)) in rows {
        let hash = person_hash(secret, &key);
        let row_key = format!(
            "demo:{}",
            hex::encode(&Sha256::digest(format!("{hash}|{course_id}|{status}|{on}"))[..16])
        );
        let id: Option<TrainingCompletionId> = sqlx::query_scalar(
            "INSERT INTO training_completions (administration_id, row_key, person_hash, course_id, unit_id, status, on_date, manual, reason, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'demo', $10) ON CONFLICT (administration_id, row_key) DO NOTHING RETURNING id",
        )
        .bind(admin)
        .bind(row_key)
        .bind(&hash)
        .bind(course_id)
        .bind(unit)
        .bind(status)
        .bind(on)
        .bind(i64::from(reason.is_some()))
        .bind(reason)
        .bind(db::now())
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(id) = id {
            created += 1;
            added.insert(id);
            touched.push((course_id, hash));
        }
    }
    // The tallies, with the rows.
    touched.sort();
    touched.dedup();
    tally_store::retally(conn, admin, &touched, tally_store::Added::Rows(&added)).await?;
    Ok(created)
}

/// APT presentations, unless the administration has some: most of its units this year, all
/// of them last year. Returns how many were created.
async fn load_presentations(
    conn: &mut AnyConnection,
    admin: AdministrationId,
    apt: TrainingCourseId,
    units: &[DemoUnit],
) -> anyhow::Result<usize> {
    let mut created = 0;
    let held: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM training_events WHERE administration_id = $1")
            .bind(admin)
            .fetch_one(&mut *conn)
            .await?;
    if held != 0 {
        return Ok(0);
    }
    for (n, u) in units.iter().filter(|u| u.valid_to.is_none()).enumerate() {
        let r = pick(&u.code, 1000);
        let mut dates = vec![day(2025, 30 + r % 300)];
        if n % 5 != 4 {
            dates.push(day(2026, 20 + r % 280));
        }
        for d in dates {
            sqlx::query(
                "INSERT INTO training_events (administration_id, course_id, unit_id, held_on, attendees, created_by, created_at) \
                 VALUES ($1, $2, $3, $4, $5, 'demo', $6)",
            )
            .bind(admin)
            .bind(apt)
            .bind(u.id)
            .bind(d)
            .bind((u.headcount * 3 / 4).max(1))
            .bind(db::now())
            .execute(&mut *conn)
            .await?;
            created += 1;
        }
    }
    Ok(created)
}
