//! Completions from the learning platform: the platform's export (CSV or XLSX, Moodle's
//! completion report or Cornerstone's transcript, or any file with the same columns) read
//! through the column mapping each administration keeps, checked row by row (every problem
//! names its row and field, in Swedish), and written all or nothing by `import::runner`.
//! The person key is turned into a keyed hash as the row is read and is never kept, shown,
//! or echoed in a problem. Each row's key is a hash of what it says, so the same file read
//! twice adds nothing.

use std::collections::HashMap;
use varn_house::kernel::ids::AdministrationId;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::domain::{self, Status, TrainingCourseId};
use varn_house::i18n;
use varn_house::import::runner::{self, Imported, Value};
use varn_house::import::table::{self as tabular, Limits};
use varn_house::kernel::error::{Error, Problem, Result};
use varn_house::kernel::ids::UnitId;

/// What a completion file may hold: a city's 50,000 staff on a few courses in one file,
/// with room to spare; platform exports carry many columns.
pub const COMPLETIONS: Limits = Limits {
    rows: 200_000,
    columns: 60,
    cells: 4_000_000,
};

/// Most problems reported for one file (the first ones; the file is refused whole anyway).
const MAX_PROBLEMS: usize = 100;

/// Which column of the platform's export holds each field, and which of its status words
/// mean what (comma-separated, case ignored).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TrainingMapping {
    /// The employee number or e-mail address; only its keyed hash is kept.
    pub person_key: String,
    pub course: String,
    pub unit: String,
    pub status: String,
    pub date: String,
    pub completed_values: String,
    pub in_progress_values: String,
    pub not_started_values: String,
}

impl TrainingMapping {
    /// Moodle's course completion report, with the unit as a profile field.
    pub fn moodle() -> TrainingMapping {
        TrainingMapping {
            person_key: "E-postadress".into(),
            course: "Kurs".into(),
            unit: "Avdelning".into(),
            status: "Status".into(),
            date: "Datum".into(),
            completed_values: "Slutförd, Avklarad, Completed, Complete".into(),
            in_progress_values: "Pågående, Påbörjad, In progress, Started".into(),
            not_started_values: "Ej påbörjad, Inte påbörjad, Not started, Not yet started".into(),
        }
    }

    /// Cornerstone's transcript report.
    pub fn cornerstone() -> TrainingMapping {
        TrainingMapping {
            person_key: "User ID".into(),
            course: "Training Title".into(),
            unit: "User OU".into(),
            status: "Transcript Status".into(),
            date: "Transcript Status Date".into(),
            completed_values: "Completed, Complete".into(),
            in_progress_values: "In Progress, Started".into(),
            not_started_values: "Registered, Not Started, Approved".into(),
        }
    }

    /// A known shape by name (`moodle`, `cornerstone`).
    pub fn preset(name: &str) -> Option<TrainingMapping> {
        match name {
            "moodle" => Some(TrainingMapping::moodle()),
            "cornerstone" => Some(TrainingMapping::cornerstone()),
            _ => None,
        }
    }

    /// (field key, header) pairs.
    fn columns(&self) -> [(&'static str, &str); 5] {
        [
            ("person_key", &self.person_key),
            ("course", &self.course),
            ("unit", &self.unit),
            ("status", &self.status),
            ("date", &self.date),
        ]
    }

    fn values(&self) -> [(&'static str, &str, Status); 3] {
        [
            (
                "completed_values",
                &self.completed_values,
                Status::Completed,
            ),
            (
                "in_progress_values",
                &self.in_progress_values,
                Status::InProgress,
            ),
            (
                "not_started_values",
                &self.not_started_values,
                Status::NotStarted,
            ),
        ]
    }

    /// Every field is required and short; a status word may mean one thing only.
    pub fn check(&self) -> Result<()> {
        let cat = i18n::sv();
        let mut problems = Vec::new();
        for (key, text) in self
            .columns()
            .into_iter()
            .chain(self.values().into_iter().map(|(k, t, _)| (k, t)))
        {
            let field = field_label(key);
            if let Err(m) = varn_house::kernel::check::required_text(text, 300) {
                problems.push(Problem::field(field, m));
            }
        }
        let mut seen: HashMap<String, &str> = HashMap::new();
        for (key, text, _) in self.values() {
            for word in words(text) {
                if let Some(other) = seen.insert(word.clone(), key) {
                    if other != key {
                        problems.push(Problem::field(
                            field_label(key),
                            cat.f("training.word_twice", &[("word", &word)]),
                        ));
                    }
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid(problems))
        }
    }

    fn status_of(&self, text: &str) -> Option<Status> {
        let t = text.trim().to_lowercase();
        self.values()
            .into_iter()
            .find(|(_, list, _)| words(list).any(|w| w == t))
            .map(|(_, _, s)| s)
    }
}

fn words(list: &str) -> impl Iterator<Item = String> + '_ {
    list.split([',', ';'])
        .map(|w| w.trim().to_lowercase())
        .filter(|w| !w.is_empty())
}

/// The Swedish name of a mapping field.
pub fn field_label(key: &str) -> String {
    i18n::sv().t(&format!("training.field.{key}")).to_string()
}

/// Courses and units a file may name, by code or name (case ignored), and the key.
pub struct Lookup {
    pub courses: HashMap<String, TrainingCourseId>,
    pub units: HashMap<String, UnitId>,
    pub secret: Vec<u8>,
    /// YYYY-MM-DD: no row may be dated after it.
    pub today: String,
}

impl Lookup {
    pub fn key(text: &str) -> String {
        text.trim().to_lowercase()
    }
}

/// One checked row: the person only as a hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompletionRow {
    pub person_hash: String,
    pub course_id: TrainingCourseId,
    pub unit_id: UnitId,
    pub status: Status,
    pub on: String,
}

impl CompletionRow {
    /// What makes the row the same row next time: a hash of all it says.
    pub fn row_key(&self) -> String {
        let mut h = Sha256::new();
        h.update(self.person_hash.as_bytes());
        h.update(
            format!(
                "|{}|{}|{}|{}",
                self.course_id,
                self.unit_id,
                self.status.code(),
                self.on
            )
            .as_bytes(),
        );
        hex::encode(&h.finalize()[..16])
    }
}

/// A file read and checked: its rows, and how many keys looked like identity numbers.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    pub rows: Vec<CompletionRow>,
    pub identity_like: usize,
}

/// A date as YYYY-MM-DD (a time after it is ignored; 2024-03-05, 2024/03/05 or 5.3.2024).
fn date(text: &str) -> Option<String> {
    let t = text.trim();
    let first = t.split([' ', 'T']).next().unwrap_or("");
    for f in ["%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%d/%m/%Y"] {
        if let Ok(d) = chrono::NaiveDate::parse_from_str(first, f) {
            return Some(d.format("%Y-%m-%d").to_string());
        }
    }
    None
}

/// Reads and checks a completion file through `mapping`. CPU-heavy for big files: call it
/// off the async threads. Nothing of a refused file is kept.
pub fn read(bytes: &[u8], mapping: &TrainingMapping, lookup: &Lookup) -> Result<Checked> {
    let cat = i18n::sv();
    let table = tabular::read(bytes, COMPLETIONS)?;
    let mut missing = Vec::new();
    let mut cols = HashMap::new();
    for (key, header) in mapping.columns() {
        match table.column(&[header]) {
            Some(c) => {
                cols.insert(key, c);
            }
            None => missing.push(Problem::field(
                field_label(key),
                cat.f("training.no_column", &[("header", header.trim())]),
            )),
        }
    }
    if !missing.is_empty() {
        return Err(Error::Invalid(missing));
    }
    let col = |k: &str| cols.get(k).copied();
    let mut problems: Vec<Problem> = Vec::new();
    let mut out = Checked::default();
    let mut first_row: HashMap<(String, TrainingCourseId), usize> = HashMap::new();
    for row in &table.rows {
        if problems.len() >= MAX_PROBLEMS {
            break;
        }
        let line = row.line;
        let mut fail = |key: &str, message: String| {
            problems.push(Problem::row(line, field_label(key), message));
        };
        let key = tabular::cell(row, col("person_key")).trim();
        let person = if key.is_empty() {
            fail("person_key", cat.t("validation.required").into());
            None
        } else {
            if domain::looks_like_personnummer(key) {
                out.identity_like += 1;
            }
            Some(domain::person_hash(&lookup.secret, key))
        };
        let course_text = tabular::cell(row, col("course"));
        let course = match lookup.courses.get(&Lookup::key(course_text)) {
            Some(id) => Some(*id),
            None => {
                fail(
                    "course",
                    if course_text.trim().is_empty() {
                        cat.t("validation.required").into()
                    } else {
                        cat.t("training.unknown_course").into()
                    },
                );
                None
            }
        };
        let unit_text = tabular::cell(row, col("unit"));
        let unit = match lookup.units.get(&Lookup::key(unit_text)) {
            Some(id) => Some(*id),
            None => {
                fail(
                    "unit",
                    if unit_text.trim().is_empty() {
                        cat.t("validation.required").into()
                    } else {
                        cat.t("training.unknown_unit").into()
                    },
                );
                None
            }
        };
        let status = mapping.status_of(tabular::cell(row, col("status")));
        if status.is_none() {
            fail("status", cat.t("training.unknown_status").into());
        }
        let on = match date(tabular::cell(row, col("date"))) {
            Some(d) if d > lookup.today => {
                fail("date", cat.t("training.future_date").into());
                None
            }
            Some(d) => Some(d),
            None => {
                fail("date", cat.t("validation.date").into());
                None
            }
        };
        let (Some(person_hash), Some(course_id), Some(unit_id), Some(status), Some(on)) =
            (person, course, unit, status, on)
        else {
            continue;
        };
        if let Some(first) = first_row.insert((person_hash.clone(), course_id), line) {
            fail(
                "person_key",
                cat.f("training.duplicate_row", &[("row", &first.to_string())]),
            );
            continue;
        }
        out.rows.push(CompletionRow {
            person_hash,
            course_id,
            unit_id,
            status,
            on,
        });
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    if out.rows.is_empty() {
        return Err(Error::invalid(cat.t("import.file"), cat.t("import.empty")));
    }
    Ok(out)
}

/// Writes checked rows, all or nothing, with the tallies in the same transaction; rows
/// already there add nothing.
pub async fn store(
    db: &varn_house::db::Db,
    actor: &varn_house::audit::Actor,
    admin: AdministrationId,
    file_name: &varn_house::kernel::text::Guarded,
    rows: &[CompletionRow],
) -> Result<Imported> {
    let now = varn_house::db::now();
    let values: Vec<Vec<Value>> = rows
        .iter()
        .map(|r| {
            vec![
                Value::Int(admin.get()),
                Value::Text(r.row_key()),
                Value::Text(r.person_hash.clone()),
                Value::Int(r.course_id.get()),
                Value::Int(r.unit_id.get()),
                Value::Text(r.status.code().into()),
                Value::Text(r.on.clone()),
                Value::Int(0),
                Value::Text(actor.label.clone()),
                Value::Text(now.clone()),
            ]
        })
        .collect();
    // The people and courses touched, for the tallies kept in the import's transaction.
    let mut touched: Vec<(TrainingCourseId, String)> = rows
        .iter()
        .map(|r| (r.course_id, r.person_hash.clone()))
        .collect();
    touched.sort();
    touched.dedup();
    runner::write_then(
        db,
        actor,
        admin,
        crate::Record::Import,
        file_name.as_str(),
        "training_completions",
        &[
            "administration_id",
            "row_key",
            "person_hash",
            "course_id",
            "unit_id",
            "status",
            "on_date",
            "manual",
            "created_by",
            "created_at",
        ],
        &values,
        None,
        move |conn, import| {
            Box::pin(async move {
                crate::tally_store::drop_purged(conn, import).await?;
                crate::tally_store::retally(
                    conn,
                    admin,
                    &touched,
                    crate::tally_store::Added::Import(import),
                )
                .await
            })
        },
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup() -> Lookup {
        Lookup {
            courses: [
                ("webbutbildning".to_string(), TrainingCourseId::new(1)),
                ("web-1".to_string(), TrainingCourseId::new(1)),
            ]
            .into_iter()
            .collect(),
            units: [
                ("sod-soc-01".to_string(), UnitId::new(10)),
                ("fältassistenterna".to_string(), UnitId::new(10)),
            ]
            .into_iter()
            .collect(),
            secret: b"k".to_vec(),
            today: "2024-06-01".into(),
        }
    }

    #[test]
    fn a_moodle_export_is_read_with_the_person_only_as_a_hash() {
        let file = "E-postadress;Kurs;Avdelning;Status;Datum\nanna@stad.example;Webbutbildning;SOD-SOC-01;Slutförd;2024-03-05\nbo@stad.example;web-1;Fältassistenterna;Påbörjad;2024-03-06 10:00\n";
        let checked = read(file.as_bytes(), &TrainingMapping::moodle(), &lookup()).expect("read");
        assert_eq!(checked.rows.len(), 2);
        assert_eq!(checked.rows[0].status, Status::Completed);
        assert_eq!(checked.rows[1].on, "2024-03-06");
        assert!(!checked.rows[0].person_hash.contains("anna"));
        assert_eq!(checked.identity_like, 0);
        assert_ne!(checked.rows[0].row_key(), checked.rows[1].row_key());
    }

    #[test]
    fn every_bad_row_is_named_with_its_field_and_nothing_is_echoed() {
        let file = "E-postadress;Kurs;Avdelning;Status;Datum\n\
            anna@stad.example;Okänd kurs;SOD-SOC-01;Slutförd;2024-03-05\n\
            ;Webbutbildning;SOD-SOC-99;Slutförd;2024-03-05\n\
            bo@stad.example;Webbutbildning;SOD-SOC-01;Kanske;2030-01-01\n\
            cy@stad.example;Webbutbildning;SOD-SOC-01;Slutförd;2024-03-05\n\
            CY@stad.example;Webbutbildning;SOD-SOC-01;Slutförd;2024-03-06\n";
        let Err(Error::Invalid(problems)) =
            read(file.as_bytes(), &TrainingMapping::moodle(), &lookup())
        else {
            panic!("must be refused");
        };
        let said: Vec<(Option<usize>, String)> =
            problems.iter().map(|p| (p.row, p.field.clone())).collect();
        assert!(said.contains(&(Some(2), field_label("course"))));
        assert!(said.contains(&(Some(3), field_label("person_key"))));
        assert!(said.contains(&(Some(3), field_label("unit"))));
        assert!(said.contains(&(Some(4), field_label("status"))));
        assert!(said.contains(&(Some(4), field_label("date"))));
        assert!(
            said.contains(&(Some(6), field_label("person_key"))),
            "{said:?}"
        );
        for p in &problems {
            assert!(!p.message.contains("stad.example"));
        }
    }

    #[test]
    fn a_missing_column_and_identity_numbers_are_spoken_of() {
        let Err(Error::Invalid(p)) = read(
            "Kurs;Status\nx;y\n".as_bytes(),
            &TrainingMapping::moodle(),
            &lookup(),
        ) else {
            panic!("must be refused");
        };
        assert_eq!(p.len(), 3, "{p:?}");
        let file = "E-postadress;Kurs;Avdelning;Status;Datum\n811228-9874;Webbutbildning;SOD-SOC-01;Slutförd;2024-03-05\n";
        let c = read(file.as_bytes(), &TrainingMapping::moodle(), &lookup()).expect("read");
        assert_eq!(c.identity_like, 1);
        assert_eq!(c.rows[0].person_hash.len(), 64);
    }

    #[test]
    fn a_status_word_may_mean_one_thing_only() {
        let mut m = TrainingMapping::moodle();
        assert!(m.check().is_ok());
        assert!(TrainingMapping::cornerstone().check().is_ok());
        m.in_progress_values = "Slutförd".into();
        m.person_key = String::new();
        let Err(Error::Invalid(p)) = m.check() else {
            panic!("must be refused");
        };
        assert_eq!(p.len(), 2);
    }
}
