//! The SQL of training: courses, the administrations' column mappings, the server's key for
//! person hashes, completions (imported through `import::runner`, or marked by hand),
//! imports and events. Rows are read by column name; every change is audited in its own
//! transaction, which also keeps the tallies (`tally_store::retally`) in step with the rows.
//! The person key never reaches this module, only its keyed hash.

use sqlx::any::AnyRow;
use sqlx::Row;
use varn_house::kernel::ids::{AdministrationId, UnitId};

use crate::domain::{
    CourseKind, Observation, Status, TrainingCompletionId, TrainingCourseId, TrainingEventId,
};
use crate::Record;
use varn_house::audit::{self, Action, Actor, Entry};
use varn_house::db::{self, Db};
use varn_house::kernel::error::{Error, Result};
use varn_org::domain::UnitFunction;

/// A course: city-wide (no administration) or an administration's own.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct TrainingCourse {
    pub id: TrainingCourseId,
    /// `None`: city-wide, set by the central coordinator.
    pub administration_id: Option<AdministrationId>,
    pub code: String,
    pub name: String,
    pub kind: CourseKind,
    /// `all` (all staff) or `functions` (units with one of `functions`).
    pub audience: String,
    /// Unit functions whose staff must take it (when `audience` is `functions`).
    pub functions: Vec<String>,
}

impl TrainingCourse {
    /// True when staff of a unit with these functions must take the course.
    pub fn applies_to(&self, unit_functions: &[UnitFunction]) -> bool {
        self.audience == "all"
            || unit_functions
                .iter()
                .any(|f| self.functions.iter().any(|c| c == f.as_str()))
    }

    pub fn kind_label(&self) -> &'static str {
        self.kind.label()
    }

    pub fn audience_label(&self) -> String {
        let cat = varn_house::i18n::sv();
        if self.audience == "all" {
            return cat.t("training.audience_all").to_string();
        }
        let names: Vec<&str> = self
            .functions
            .iter()
            .filter_map(|f| UnitFunction::parse(f))
            .map(|f| f.label())
            .collect();
        cat.f(
            "training.audience_functions",
            &[("functions", &names.join(", "))],
        )
    }

    pub fn scope_label(&self) -> &'static str {
        let cat = varn_house::i18n::sv();
        match self.administration_id {
            None => cat.t("training.city_wide"),
            Some(_) => cat.t("training.own"),
        }
    }
}

fn course_of(row: &AnyRow) -> Result<TrainingCourse> {
    let kind: String = row.try_get("kind")?;
    let functions: String = row.try_get("functions")?;
    Ok(TrainingCourse {
        id: row.try_get("id")?,
        administration_id: row.try_get("administration_id")?,
        code: row.try_get("code")?,
        name: row.try_get("name")?,
        kind: CourseKind::parse(&kind)
            .ok_or_else(|| Error::Internal(anyhow::anyhow!("unknown course kind")))?,
        audience: row.try_get("audience")?,
        functions: functions
            .split(',')
            .filter(|f| !f.is_empty())
            .map(str::to_string)
            .collect(),
    })
}

const COURSE_SELECT: &str =
    "SELECT id, administration_id, code, name, kind, audience, functions FROM training_courses";

/// The courses an administration's staff may take: the city's and its own. `None`: every
/// course of the city and of every administration.
pub async fn courses(db: &Db, admin: Option<AdministrationId>) -> Result<Vec<TrainingCourse>> {
    let rows = match admin {
        Some(a) => {
            sqlx::query(&format!(
                "{COURSE_SELECT} WHERE administration_id IS NULL OR administration_id = $1 ORDER BY administration_id IS NOT NULL, name"
            ))
            .bind(a)
            .fetch_all(db.pool())
            .await?
        }
        None => {
            sqlx::query(&format!(
                "{COURSE_SELECT} WHERE administration_id IS NULL ORDER BY name"
            ))
            .fetch_all(db.pool())
            .await?
        }
    };
    rows.iter().map(course_of).collect()
}

pub async fn course(db: &Db, id: TrainingCourseId) -> Result<TrainingCourse> {
    let row = sqlx::query(&format!("{COURSE_SELECT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?
        .ok_or(Error::NotFound)?;
    course_of(&row)
}

/// A checked course to store.
#[derive(Debug, Clone)]
pub struct NewCourse {
    pub administration_id: Option<AdministrationId>,
    pub code: String,
    pub name: String,
    pub kind: CourseKind,
    pub audience: &'static str,
    pub functions: Vec<UnitFunction>,
}

pub async fn create_course(db: &Db, actor: &Actor, c: &NewCourse) -> Result<TrainingCourseId> {
    let mut tx = db.begin_write().await?;
    let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM training_courses WHERE code = $1")
        .bind(&c.code)
        .fetch_optional(&mut *tx)
        .await?;
    if taken.is_some() {
        return Err(Error::Conflict(
            varn_house::i18n::sv().t("training.code_taken").to_string(),
        ));
    }
    let id: TrainingCourseId = sqlx::query_scalar(
        "INSERT INTO training_courses (administration_id, code, name, kind, audience, functions, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(c.administration_id)
    .bind(&c.code)
    .bind(&c.name)
    .bind(c.kind.code())
    .bind(c.audience)
    .bind(UnitFunction::store_list(&c.functions))
    .bind(&actor.label)
    .bind(db::now())
    .fetch_one(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Create, Record::Course, id)
            .admin(c.administration_id)
            .summary(format!("{} {}", c.code, c.name)),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The server's secret for person hashes: made once, at first use, by whichever process
/// comes first (the others read the one that won).
pub async fn secret(db: &Db) -> Result<Vec<u8>> {
    let read = || async {
        sqlx::query_scalar::<_, String>("SELECT secret FROM training_keys WHERE id = 1")
            .fetch_optional(db.pool())
            .await
    };
    if let Some(s) = read().await? {
        return hex::decode(s).map_err(|e| Error::Internal(e.into()));
    }
    let fresh: [u8; 32] = rand::random();
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO training_keys (id, secret, created_at) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING",
    )
    .bind(hex::encode(fresh))
    .bind(db::now())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    let s = read().await?.ok_or(Error::NotFound)?;
    hex::decode(s).map_err(|e| Error::Internal(e.into()))
}

/// The administration's saved column mapping (JSON), if any.
pub async fn mapping(db: &Db, admin: AdministrationId) -> Result<Option<String>> {
    Ok(
        sqlx::query_scalar("SELECT mapping FROM training_mappings WHERE administration_id = $1")
            .bind(admin)
            .fetch_optional(db.pool())
            .await?,
    )
}

pub async fn save_mapping(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
    json: &str,
) -> Result<()> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO training_mappings (administration_id, mapping, updated_by, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (administration_id) DO UPDATE SET mapping = excluded.mapping, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
    )
    .bind(admin)
    .bind(json)
    .bind(&actor.label)
    .bind(db::now())
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Update, Record::Mapping, admin).admin(Some(admin)),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Everything known of an administration's staff and one course, oldest first.
pub async fn observations(
    db: &Db,
    admin: AdministrationId,
    course: TrainingCourseId,
) -> Result<Vec<Observation>> {
    let rows = sqlx::query(
        "SELECT person_hash, unit_id, status, on_date, manual FROM training_completions \
         WHERE administration_id = $1 AND course_id = $2 ORDER BY on_date",
    )
    .bind(admin)
    .bind(course)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(observation).collect()
}

fn observation(r: &AnyRow) -> Result<Observation> {
    let status: String = r.try_get("status")?;
    let manual: i64 = r.try_get("manual")?;
    Ok(Observation {
        person: r.try_get("person_hash")?,
        unit_id: r.try_get("unit_id")?,
        status: Status::parse(&status)
            .ok_or_else(|| Error::Internal(anyhow::anyhow!("unknown status")))?,
        on: r.try_get("on_date")?,
        manual: manual == 1,
    })
}

/// Every row dated on or before `through` of each person with a row after `after` and on or
/// before `through` (both `YYYY-MM-DD`), for the figures on a day inside a year
/// ([`crate::tally::standing_within`]).
pub async fn observations_of_people_seen(
    db: &Db,
    admin: AdministrationId,
    course: TrainingCourseId,
    after: &str,
    through: &str,
) -> Result<Vec<Observation>> {
    let rows = sqlx::query(
        "SELECT person_hash, unit_id, status, on_date, manual FROM training_completions \
         WHERE administration_id = $1 AND course_id = $2 AND on_date <= $4 AND person_hash IN \
         (SELECT person_hash FROM training_completions \
          WHERE administration_id = $1 AND course_id = $2 AND on_date > $3 AND on_date <= $4) \
         ORDER BY on_date",
    )
    .bind(admin)
    .bind(course)
    .bind(after)
    .bind(through)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(observation).collect()
}

/// The first year anything is known of the course in the administration.
pub async fn first_year(
    db: &Db,
    admin: AdministrationId,
    course: TrainingCourseId,
) -> Result<Option<i32>> {
    let first: Option<String> = sqlx::query_scalar(
        "SELECT MIN(on_date) FROM training_completions WHERE administration_id = $1 AND course_id = $2",
    )
    .bind(admin)
    .bind(course)
    .fetch_one(db.pool())
    .await?;
    Ok(first.and_then(|d| d.get(..4).and_then(|y| y.parse().ok())))
}

/// A completion marked by hand, checked.
#[derive(Debug, Clone)]
pub struct NewMark {
    pub person_hash: String,
    pub course_id: TrainingCourseId,
    pub unit_id: UnitId,
    pub on: String,
    pub reason: varn_house::kernel::text::Guarded,
}

pub async fn mark(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
    m: &NewMark,
) -> Result<TrainingCompletionId> {
    let mut tx = db.begin_write().await?;
    // A mark dated before the purge's cut-off would change years whose rows are gone, so
    // its tallies could not be worked out (see `tally_store::PURGE`).
    if let Some(cutoff) =
        varn_house::retention::purged_before(&mut tx, crate::tally_store::PURGE.key).await?
    {
        if m.on < cutoff {
            let cat = varn_house::i18n::sv();
            return Err(Error::invalid(
                cat.t("training.field.date"),
                cat.f("training.before_retention", &[("cutoff", &cutoff)]),
            ));
        }
    }
    let id: TrainingCompletionId = sqlx::query_scalar(
        "INSERT INTO training_completions (administration_id, row_key, person_hash, course_id, unit_id, status, on_date, manual, reason, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, 'completed', $6, 1, $7, $8, $9) RETURNING id",
    )
    .bind(admin)
    .bind(format!("manual:{}", uuid::Uuid::new_v4()))
    .bind(&m.person_hash)
    .bind(m.course_id)
    .bind(m.unit_id)
    .bind(&m.on)
    .bind(m.reason.as_str())
    .bind(&actor.label)
    .bind(db::now())
    .fetch_one(&mut *tx)
    .await?;
    crate::tally_store::retally(
        &mut tx,
        admin,
        &[(m.course_id, m.person_hash.clone())],
        crate::tally_store::Added::Rows(&[id].into_iter().collect()),
    )
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Create, Record::ManualMark, id)
            .admin(Some(admin))
            .summary(m.reason.as_str().to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// A completion marked by hand, as the list shows it (never the person).
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct TrainingMark {
    pub id: TrainingCompletionId,
    pub course: String,
    pub unit: String,
    pub on: String,
    pub reason: String,
    pub marked_by: String,
    pub marked_at: String,
    /// When, in Swedish local time, for the page (the API keeps `marked_at`).
    #[serde(skip)]
    pub marked_when: String,
}

pub async fn marks(db: &Db, admin: AdministrationId) -> Result<Vec<TrainingMark>> {
    let rows = sqlx::query(
        "SELECT m.id, c.name AS course, u.name AS unit, m.on_date, m.reason, m.created_by, SUBSTR(m.created_at, 1, 10) AS created, m.created_at \
         FROM training_completions m JOIN training_courses c ON c.id = m.course_id JOIN units u ON u.id = m.unit_id \
         WHERE m.administration_id = $1 AND m.manual = 1 ORDER BY m.id DESC LIMIT 100",
    )
    .bind(admin)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(TrainingMark {
                id: r.try_get("id")?,
                course: r.try_get("course")?,
                unit: r.try_get("unit")?,
                on: r.try_get("on_date")?,
                reason: r
                    .try_get::<Option<String>, _>("reason")?
                    .unwrap_or_default(),
                marked_by: r.try_get("created_by")?,
                marked_at: r.try_get("created")?,
                marked_when: varn_house::kernel::time::swedish(
                    &r.try_get::<String, _>("created_at")?,
                ),
            })
        })
        .collect()
}

/// One import of a completion file: the file, who, when, rows read and new.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct TrainingImport {
    pub id: varn_house::kernel::ids::SourceImportId,
    pub file_name: String,
    pub rows_read: i64,
    pub rows_new: i64,
    pub imported_by: String,
    pub imported_at: String,
}

pub async fn imports(db: &Db, admin: AdministrationId) -> Result<Vec<TrainingImport>> {
    let rows = sqlx::query(
        "SELECT id, file_name, rows_read, rows_new, imported_by, imported_at FROM source_imports \
         WHERE administration_id = $1 AND source = $2 ORDER BY id DESC LIMIT 50",
    )
    .bind(admin)
    .bind(varn_house::audit::RecordKind::code(Record::Import))
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let at: String = r.try_get("imported_at")?;
            Ok(TrainingImport {
                id: r.try_get("id")?,
                file_name: r.try_get("file_name")?,
                rows_read: r.try_get("rows_read")?,
                rows_new: r.try_get("rows_new")?,
                imported_by: r.try_get("imported_by")?,
                imported_at: varn_house::kernel::time::swedish(&at),
            })
        })
        .collect()
}

/// An event held: a workshop, lecture or APT presentation for a unit.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct TrainingEvent {
    pub id: TrainingEventId,
    pub course_id: TrainingCourseId,
    pub course: String,
    pub unit_id: UnitId,
    pub unit: String,
    pub held_on: String,
    pub attendees: i64,
}

/// A checked event to store.
#[derive(Debug, Clone)]
pub struct NewEvent {
    pub course_id: TrainingCourseId,
    pub unit_id: UnitId,
    pub held_on: String,
    pub attendees: i64,
}

pub async fn create_event(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
    e: &NewEvent,
) -> Result<TrainingEventId> {
    let mut tx = db.begin_write().await?;
    let id: TrainingEventId = sqlx::query_scalar(
        "INSERT INTO training_events (administration_id, course_id, unit_id, held_on, attendees, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(admin)
    .bind(e.course_id)
    .bind(e.unit_id)
    .bind(&e.held_on)
    .bind(e.attendees)
    .bind(&actor.label)
    .bind(db::now())
    .fetch_one(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Create, Record::Event, id)
            .admin(Some(admin))
            .summary(format!("{} {} deltagare", e.held_on, e.attendees)),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The administration's events of `year`, newest first.
pub async fn events(db: &Db, admin: AdministrationId, year: i32) -> Result<Vec<TrainingEvent>> {
    let rows = sqlx::query(
        "SELECT e.id, e.course_id, c.name AS course, e.unit_id, u.name AS unit, e.held_on, e.attendees \
         FROM training_events e JOIN training_courses c ON c.id = e.course_id JOIN units u ON u.id = e.unit_id \
         WHERE e.administration_id = $1 AND e.held_on >= $2 AND e.held_on <= $3 ORDER BY e.held_on DESC, e.id DESC",
    )
    .bind(admin)
    .bind(format!("{year:04}-01-01"))
    .bind(format!("{year:04}-12-31"))
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(TrainingEvent {
                id: r.try_get("id")?,
                course_id: r.try_get("course_id")?,
                course: r.try_get("course")?,
                unit_id: r.try_get("unit_id")?,
                unit: r.try_get("unit")?,
                held_on: r.try_get("held_on")?,
                attendees: r.try_get("attendees")?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course(audience: &str, functions: &[&str]) -> TrainingCourse {
        TrainingCourse {
            id: TrainingCourseId::new(1),
            administration_id: None,
            code: "X".into(),
            name: "X".into(),
            kind: CourseKind::WebAdvanced,
            audience: audience.into(),
            functions: functions.iter().map(|f| f.to_string()).collect(),
        }
    }

    #[test]
    fn a_course_for_given_functions_applies_to_units_with_one_of_them() {
        use UnitFunction::*;
        let advanced = course("functions", &["detecting", "preventing"]);
        assert!(advanced.applies_to(&[Preventive, Detecting]));
        assert!(advanced.applies_to(&[Preventing]));
        assert!(!advanced.applies_to(&[Preventive, Remedial]));
        assert!(!advanced.applies_to(&[]));
        assert!(course("all", &[]).applies_to(&[]));
        assert_eq!(
            advanced.audience_label(),
            "Enheter med någon av funktionerna Upptäckande, Förhindrande"
        );
    }
}
