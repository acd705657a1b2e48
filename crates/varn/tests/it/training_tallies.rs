//! Training's tallies, on SQLite and PostgreSQL: after the demo, and after every step of
//! several random sequences of imports (new files, the same file again, files refused whole)
//! and manual markings, over every unit of Södermalm (one of them merged into another at
//! the end of 2020) and two courses, the tallies equal a recount from the rows (migration
//! 0069's statement), and the figures read from them equal the figures counted from the rows
//! at every year's end, today and a few other dates. The city's figures and the year ends
//! are then shown to come from the tallies.

use crate::common::{call, TestApp};
use reqwest::Method;
use serde_json::{json, Value};
use varn::training::counts;

/// A small generator of numbers, the same sequence for the same seed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

async fn import(app: &TestApp, admin: i64, token: &str, file: &str) -> (u16, Value) {
    let r = app
        .api(
            Method::POST,
            &format!("/api/v1/administrations/{admin}/training/import?file_name=export.csv"),
            token,
        )
        .header("content-type", "application/octet-stream")
        .body(file.to_string())
        .send()
        .await
        .expect("import");
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// The tallies against a recount of the rows, and the figures from both at many dates.
async fn assert_exact(app: &TestApp, admin: i64, courses: &[i64], extra: &[String], step: &str) {
    let admin = varn::kernel::ids::AdministrationId::new(admin);
    let courses: Vec<_> = courses
        .iter()
        .map(|c| varn::training::domain::TrainingCourseId::new(*c))
        .collect();
    let (kept, counted) = varn::training::tally_store::recount(&app.db)
        .await
        .expect("recount");
    assert!(!kept.is_empty(), "{step}: there is something to tally");
    assert_eq!(kept, counted, "{step}: the tallies equal a recount");
    let (_, spans) = counts::spans(&app.db, admin).await.expect("units");
    let mut dates: Vec<String> = (2014..=2027).map(|y| format!("{y}-12-31")).collect();
    dates.push(varn::db::today());
    dates.extend(extra.iter().cloned());
    for course in &courses {
        let from_tallies = counts::at_dates(&app.db, admin, *course, &spans, &dates)
            .await
            .expect("figures");
        for (date, got) in dates.iter().zip(from_tallies) {
            let rows = counts::from_rows(&app.db, admin, *course, &spans, date)
                .await
                .expect("rows");
            assert_eq!(got, rows, "{step}: course {course} at {date}");
        }
    }
}

fn date_after_2015(rng: &mut Rng) -> String {
    let start = chrono::NaiveDate::from_ymd_opt(2015, 1, 1).expect("date");
    let today = chrono::NaiveDate::parse_from_str(&varn::db::today(), "%Y-%m-%d").expect("today");
    let span = (today - start).num_days().max(1) as u64;
    (start + chrono::Days::new(rng.below(span + 1)))
        .format("%Y-%m-%d")
        .to_string()
}

both_backends!(the_tallies_equal_a_recount_after_every_change, |app| {
    let sod = app.id_of("administrations", "SOD").await;
    let coordinator = app.token("samordnare.sodermalm@demo.example").await;
    let units: Vec<(i64, String)> = sqlx::query_as(
        "SELECT u.id, u.code FROM units u JOIN departments d ON d.id = u.department_id \
         WHERE d.administration_id = $1 ORDER BY u.code",
    )
    .bind(sod)
    .fetch_all(app.db.pool())
    .await
    .expect("units");
    assert!(
        units.iter().any(|(_, c)| c == "SOD-SOC-05"),
        "the merged unit takes part"
    );
    let courses = [
        ("WEBB-BAS", app.id_of("training_courses", "WEBB-BAS").await),
        (
            "WEBB-VITMAKT",
            app.id_of("training_courses", "WEBB-VITMAKT").await,
        ),
    ];
    let course_ids: Vec<i64> = courses.iter().map(|c| c.1).collect();
    assert_exact(&app, sod, &course_ids, &[], "after the demo").await;

    let statuses = ["Slutförd", "Pågående", "Ej påbörjad"];
    for seed in [
        0x9e37_79b9_7f4a_7c15_u64,
        0x2545_f491_4f6c_dd1d,
        0x1357_9bdf_0246_8ace,
    ] {
        let mut rng = Rng(seed);
        // New people, and people of the demo's history (with rows of their own already).
        let mut people: Vec<String> = (0..10)
            .map(|n| format!("p{seed:x}-{n}@stad.example"))
            .collect();
        people.extend(
            [
                "sod-soc-01-008",
                "sod-soc-01-001",
                "sod-soc-05-002",
                "sod-soc-04-003",
            ]
            .iter()
            .map(|k| format!("{k}@demo.example")),
        );
        let mut files: Vec<String> = Vec::new();
        let mut extra: Vec<String> = Vec::new();
        for step in 0..8 {
            let what = rng.below(10);
            let label = format!("seed {seed:x}, step {step}");
            extra.push(date_after_2015(&mut rng));
            if what < 5 || files.is_empty() {
                // A new file: one row per person and course, as the import requires.
                let mut file = String::from("E-postadress;Kurs;Avdelning;Status;Datum\n");
                let mut seen = std::collections::HashSet::new();
                for _ in 0..(1 + rng.below(8)) {
                    let person = rng.pick(&people).clone();
                    let course = rng.pick(&courses).0;
                    if !seen.insert((person.clone(), course)) {
                        continue;
                    }
                    let unit = &rng.pick(&units).1;
                    let status = rng.pick(&statuses);
                    let on = date_after_2015(&mut rng);
                    file.push_str(&format!("{person};{course};{unit};{status};{on}\n"));
                }
                let (status, done) = import(&app, sod, &coordinator, &file).await;
                assert_eq!(status, 200, "{label}: {done}\n{file}");
                files.push(file);
            } else if what < 7 {
                // The same file again adds nothing.
                let file = rng.pick(&files).clone();
                let (status, done) = import(&app, sod, &coordinator, &file).await;
                assert_eq!((status, done["new"].as_i64()), (200, Some(0)), "{label}");
            } else if what < 8 {
                // A file refused whole changes nothing.
                let file = format!(
                    "E-postadress;Kurs;Avdelning;Status;Datum\n{};WEBB-BAS;{};Slutförd;2019-05-05\n{};WEBB-BAS;FINNS-EJ;Slutförd;2019-05-05\n",
                    rng.pick(&people),
                    rng.pick(&units).1,
                    rng.pick(&people)
                );
                let (status, _) = import(&app, sod, &coordinator, &file).await;
                assert_eq!(status, 422, "{label}");
            } else {
                // A completion marked by hand.
                let (_, course) = *rng.pick(&courses);
                let (unit, _) = *rng.pick(&units);
                let (status, e) = call(
                    &app,
                    Method::POST,
                    &format!("/api/v1/administrations/{sod}/training/marks"),
                    &coordinator,
                    json!({"person_key": rng.pick(&people), "course_id": course, "unit_id": unit,
                           "date": date_after_2015(&mut rng),
                           "reason": "Plattformen tappade registreringen; intyg från kursledaren finns."}),
                )
                .await;
                assert_eq!(status, 201, "{label}: {e}");
            }
            assert_exact(&app, sod, &course_ids, &extra, &label).await;
        }
    }

    // Loading the demo again adds nothing, and the tallies stay.
    varn::demo::load(&app.db).await.expect("demo");
    assert_exact(&app, sod, &course_ids, &[], "after the demo again").await;

    // The city's figures and the year ends are read from the tallies: a tally of 2016 changed
    // by hand shows there, and on a day inside a later year (the tallies up to the year
    // before, then that year's rows), while a day inside 2016 itself takes 2016 from the rows.
    let central = app.token("central@demo.example").await;
    let city_completed = |v: &Value| {
        v["administrations"]
            .as_array()
            .expect("rows")
            .iter()
            .find(|a| a["code"] == "SOD")
            .map(|a| a["completed"]["value"].as_i64().unwrap_or(-1))
            .unwrap_or(-1)
    };
    let figures = |date: &str| {
        format!(
            "/api/v1/administrations/{sod}/training/figures?course={}&date={date}",
            courses[0].1
        )
    };
    let total = |v: &Value| v["total"]["completed"]["value"].as_i64().unwrap_or(-1);
    // The city's completed in Södermalm, and its total at a year's end, inside a later year
    // and inside 2016, as the API gives them.
    let read = || async {
        let city = call(
            &app,
            Method::GET,
            "/api/v1/training/city",
            &central,
            Value::Null,
        )
        .await
        .1;
        let mut at = Vec::new();
        for date in ["2024-12-31", "2024-06-30", "2016-06-30"] {
            let (_, v) = call(&app, Method::GET, &figures(date), &coordinator, Value::Null).await;
            at.push(total(&v));
        }
        (city_completed(&city), at)
    };
    let (city_before, before) = read().await;
    let soc01 = units
        .iter()
        .find(|(_, c)| c == "SOD-SOC-01")
        .expect("unit")
        .0;
    sqlx::query(
        "INSERT INTO training_tallies (administration_id, course_id, unit_id, year, completed, in_progress, manual) \
         VALUES ($1, $2, $3, 2016, 1000, 0, 0) ON CONFLICT (administration_id, course_id, unit_id, year) \
         DO UPDATE SET completed = training_tallies.completed + 1000",
    )
    .bind(sod)
    .bind(courses[0].1)
    .bind(soc01)
    .execute(app.db.pool())
    .await
    .expect("tally by hand");
    let (city_after, after) = read().await;
    assert_eq!(city_after, city_before + 1000);
    assert_eq!(after[0], before[0] + 1000, "at the end of 2024");
    assert_eq!(after[1], before[1] + 1000, "on 2024-06-30");
    assert_eq!(after[2], before[2], "on 2016-06-30");
});
