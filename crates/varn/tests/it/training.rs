//! Training, on SQLite and PostgreSQL: a coordinator maps the platform's export, imports it
//! (the same file twice adds nothing; a bad file is refused whole with rows and fields
//! named; a key like a personal identity number is hashed and warned of), marks one
//! completion by hand (a reason is required), records an event, and reads the rates per
//! unit at a date, in the page, the API and CSV; a manager sees only their own unit; from
//! outside the administration the figures are suppressed.

use crate::common::{call, TestApp};
use reqwest::Method;
use serde_json::{json, Value};

async fn import(app: &TestApp, admin: i64, token: &str, name: &str, file: &str) -> (u16, Value) {
    let r = app
        .api(
            Method::POST,
            &format!("/api/v1/administrations/{admin}/training/import?file_name={name}"),
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

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(app.db.pool())
        .await
        .expect("count")
}

/// The row of a unit in the figures.
fn unit<'a>(figures: &'a Value, code: &str) -> &'a Value {
    figures["units"]
        .as_array()
        .expect("units")
        .iter()
        .find(|u| u["code"] == code)
        .unwrap_or_else(|| panic!("no unit {code} in {figures}"))
}

fn shown(n: i64) -> Value {
    json!({"kind": "shown", "value": n})
}

const FILE: &str = "Anställningsnummer;Kursnamn;Enhet;Resultat;Datum\n\
    E-1001;TEST-BAS;SOD-SOC-01;Godkänd;2024-02-01\n\
    E-1002;TEST-BAS;Fältassistenterna;Godkänd;2024-03-01\n\
    E-1003;TEST-BAS;SOD-SOC-01;Påbörjad;2024-03-02\n\
    811228-9874;TEST-BAS;SOD-SOC-01;Påbörjad;2024-03-03\n";

both_backends!(a_coordinator_imports_marks_and_reads_the_rates, |app| {
    let sod = app.id_of("administrations", "SOD").await;
    let soc01 = app.id_of("units", "SOD-SOC-01").await;
    let coordinator = app.token("samordnare.sodermalm@demo.example").await;
    let base = format!("/api/v1/administrations/{sod}/training");

    // The administration's own course, all staff.
    let (status, created) = call(
        &app,
        Method::POST,
        &format!("{base}/courses"),
        &coordinator,
        json!({"code": "TEST-BAS", "name": "Testkursen", "kind": "web_basic"}),
    )
    .await;
    assert_eq!(status, 201, "{created}");
    let course = created["id"].as_i64().expect("id");
    let (status, e) = call(
        &app,
        Method::POST,
        &format!("{base}/courses"),
        &coordinator,
        json!({"code": "", "name": "", "kind": "okänd"}),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(e["problems"].as_array().map(Vec::len), Some(3), "{e}");

    // The columns, mapped once and kept.
    let mapping = json!({
        "person_key": "Anställningsnummer", "course": "Kursnamn", "unit": "Enhet",
        "status": "Resultat", "date": "Datum",
        "completed_values": "Godkänd", "in_progress_values": "Påbörjad",
        "not_started_values": "Ej påbörjad"
    });
    let (status, saved) = call(
        &app,
        Method::PUT,
        &format!("{base}/mapping"),
        &coordinator,
        mapping.clone(),
    )
    .await;
    assert_eq!((status, &saved), (200, &mapping));

    // The file twice: the second time nothing is new. The key that looks like a personal
    // identity number is hashed like the others, and warned of in Swedish.
    let (status, done) = import(&app, sod, &coordinator, "export.csv", FILE).await;
    assert_eq!(status, 200, "{done}");
    assert_eq!(
        (done["read"].as_i64(), done["new"].as_i64()),
        (Some(4), Some(4))
    );
    assert_eq!(done["identity_like"], 1);
    assert!(done["warnings"][0]
        .as_str()
        .expect("warning")
        .contains("personnummer"));
    let (status, again) = import(&app, sod, &coordinator, "export.csv", FILE).await;
    assert_eq!((status, again["new"].as_i64()), (200, Some(0)));
    let (status, imports) = call(
        &app,
        Method::GET,
        &format!("{base}/imports"),
        &coordinator,
        Value::Null,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(imports[0]["file_name"], "export.csv");
    assert_eq!(
        imports[0]["imported_by"],
        "samordnare.sodermalm@demo.example"
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM training_completions WHERE person_hash LIKE '%E-10%' OR person_hash LIKE '%811228%' OR row_key LIKE '%E-10%'").await,
        0,
        "no key is kept in readable form"
    );

    // A bad file is refused whole, naming rows and fields, never echoing a key.
    let bad = "Anställningsnummer;Kursnamn;Enhet;Resultat;Datum\n\
        E-2001;TEST-BAS;SOD-SOC-01;Godkänd;2024-02-01\n\
        E-2002;Okänd kurs;SOD-SOC-01;Godkänd;2024-02-01\n\
        E-2003;TEST-BAS;ALV-KF-01;Kanske;2099-01-01\n\
        E-2001;TEST-BAS;SOD-SOC-01;Godkänd;2024-02-02\n\
        ;TEST-BAS;SOD-SOC-01;Godkänd;2024-02-02\n";
    let before = count(&app, "SELECT COUNT(*) FROM training_completions").await;
    let (status, e) = import(&app, sod, &coordinator, "fel.csv", bad).await;
    assert_eq!(status, 422, "{e}");
    let problems: Vec<(i64, String)> = e["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| {
            (
                p["row"].as_i64().unwrap_or(0),
                p["field"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    for expected in [
        (3, "kurs"),
        (4, "enhet"),
        (4, "status"),
        (4, "datum"),
        (5, "personnyckel"),
        (6, "personnyckel"),
    ] {
        assert!(
            problems.contains(&(expected.0, expected.1.to_string())),
            "{expected:?} in {problems:?}"
        );
    }
    assert!(!e.to_string().contains("E-200"), "no key is echoed");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM training_completions").await,
        before
    );

    // Manual marking: a reason is required; it is audited and counted as manual.
    let mark = json!({"person_key": "E-1003", "course_id": course, "unit_id": soc01, "date": "2024-04-01", "reason": ""});
    let (status, e) = call(
        &app,
        Method::POST,
        &format!("{base}/marks"),
        &coordinator,
        mark.clone(),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(e["problems"][0]["field"], "skäl");
    let mut mark = mark;
    mark["reason"] = json!("Plattformen registrerade inte kursen efter bytet av server.");
    let (status, _) = call(
        &app,
        Method::POST,
        &format!("{base}/marks"),
        &coordinator,
        mark,
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM audit_log WHERE record_type = 'training_mark'"
        )
        .await,
        1
    );

    // The figures at a date: Fältassistenterna has 9 staff; at the end of 2024, three
    // completed (one marked by hand) and one in progress. Before the rows, nothing.
    let figures_at = |date: &str| format!("{base}/figures?course={course}&date={date}");
    let (status, f) = call(
        &app,
        Method::GET,
        &figures_at("2024-12-31"),
        &coordinator,
        Value::Null,
    )
    .await;
    assert_eq!(status, 200, "{f}");
    assert_eq!(f["exact"], true);
    let u = unit(&f, "SOD-SOC-01");
    assert_eq!(u["headcount"], 9);
    assert_eq!(
        (
            &u["completed"],
            &u["in_progress"],
            &u["not_started"],
            &u["manual"]
        ),
        (&shown(3), &shown(1), &shown(5), &shown(1))
    );
    assert_eq!(u["rate"], 33);
    let (_, early) = call(
        &app,
        Method::GET,
        &figures_at("2024-01-31"),
        &coordinator,
        Value::Null,
    )
    .await;
    assert_eq!(unit(&early, "SOD-SOC-01")["completed"], shown(0));
    let (status, e) = call(
        &app,
        Method::GET,
        &figures_at("igår"),
        &coordinator,
        Value::Null,
    )
    .await;
    assert_eq!(
        (status, e["problems"][0]["field"].as_str()),
        (422, Some("datum"))
    );

    // The manager of Fältassistenterna sees that unit only.
    let manager = app.token("chef.sodermalm@demo.example").await;
    let (status, own) = call(
        &app,
        Method::GET,
        &figures_at("2024-12-31"),
        &manager,
        Value::Null,
    )
    .await;
    assert_eq!(status, 200, "{own}");
    assert_eq!(own["partial"], true);
    assert_eq!(own["units"].as_array().map(Vec::len), Some(1));
    assert_eq!(unit(&own, "SOD-SOC-01")["completed"], shown(3));

    // From outside the administration, small counts are hidden.
    let central = app.token("central@demo.example").await;
    let (status, outside) = call(
        &app,
        Method::GET,
        &figures_at("2024-12-31"),
        &central,
        Value::Null,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(outside["exact"], false);
    assert_eq!(unit(&outside, "SOD-SOC-01")["completed"]["kind"], "hidden");
    let other = app.token("samordnare.rinkeby-kista@demo.example").await;
    let (status, _) = call(
        &app,
        Method::GET,
        &figures_at("2024-12-31"),
        &other,
        Value::Null,
    )
    .await;
    assert!(status == 403 || status == 404, "{status}");
    let (status, city) = call(
        &app,
        Method::GET,
        "/api/v1/training/city",
        &central,
        Value::Null,
    )
    .await;
    assert_eq!(status, 200, "{city}");
    assert!(city["administrations"]
        .as_array()
        .expect("rows")
        .iter()
        .any(|a| a["code"] == "SOD"));

    // An APT presentation held; a date in the future is refused.
    let apt = app.id_of("training_courses", "APT").await;
    let (status, _) = call(
        &app,
        Method::POST,
        &format!("{base}/events"),
        &coordinator,
        json!({"course_id": apt, "unit_id": soc01, "date": "2024-05-02", "attendees": 8}),
    )
    .await;
    assert_eq!(status, 201);
    let (status, e) = call(
        &app,
        Method::POST,
        &format!("{base}/events"),
        &coordinator,
        json!({"course_id": apt, "unit_id": soc01, "date": "2099-05-02", "attendees": -1}),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(e["problems"].as_array().map(Vec::len), Some(2), "{e}");
    let (_, events) = call(
        &app,
        Method::GET,
        &format!("{base}/events?year=2024"),
        &coordinator,
        Value::Null,
    )
    .await;
    assert_eq!(events.as_array().map(Vec::len), Some(1));

    // The pages: the figures, the CSV, and an import through the form.
    app.sign_in("samordnare.sodermalm@demo.example").await;
    let page = format!("/utbildning/forvaltningar/{sod}");
    let (status, html) = app
        .get_text(&format!("{page}?kurs={course}&datum=2024-12-31"))
        .await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Fältassistenterna") && html.contains("33 %"),
        "{html}"
    );
    let r = app
        .get(&format!(
            "{page}/siffror.csv?kurs={course}&datum=2024-12-31"
        ))
        .await;
    assert_eq!(r.status(), 200);
    let csv = r.text().await.expect("csv");
    assert!(
        csv.contains("Fältassistenterna") && csv.contains("Andel slutförda"),
        "{csv}"
    );
    let r = app
        .post_file(
            &format!("{page}/import"),
            "mars.csv",
            FILE.replace("2024-03-03", "2024-03-04").as_bytes(),
        )
        .await;
    assert_eq!(r.status(), 303);
    let to = r.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    let (status, html) = app.get_text(&to).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("4 rader, varav 1 nya") && html.contains("personnummer"),
        "{html}"
    );
    // The imports and the marked completions name the coordinator, in Swedish local time
    // (issue 20 point 7).
    let (status, html) = app.get_text(&format!("{page}/hantera")).await;
    assert_eq!(status, 200);
    let who = crate::common::name_of(&app, "samordnare.sodermalm@demo.example").await;
    for marker in ["id=\"imports-caption\"", "id=\"marks-caption\""] {
        crate::common::assert_named_in_local_time(
            crate::common::part(&html, marker, "</table>"),
            &who,
            "samordnare.sodermalm@demo.example",
        );
    }
    let r = app
        .post_file(&format!("{page}/import"), "fel.csv", bad.as_bytes())
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.expect("html");
    assert!(html.contains("Rad 4") && html.contains("enhet"), "{html}");
});

both_backends!(the_demo_answers_the_coordinators_question, |app| {
    // Södermalm, January 2021: 152 completed and 157 in progress (seed 002).
    let sod = varn::kernel::ids::AdministrationId::new(app.id_of("administrations", "SOD").await);
    let coordinator = app.token("samordnare.sodermalm@demo.example").await;
    let (status, f) = call(
        &app,
        Method::GET,
        &format!("/api/v1/administrations/{sod}/training/figures?date=2021-01-15"),
        &coordinator,
        Value::Null,
    )
    .await;
    assert_eq!(status, 200, "{f}");
    assert_eq!(f["course"]["code"], "WEBB-BAS");
    assert_eq!(
        (&f["total"]["completed"], &f["total"]["in_progress"]),
        (&shown(152), &shown(157))
    );
    // The unit that ended in 2020 is no longer there; its people count in its successor.
    assert!(f["units"]
        .as_array()
        .expect("units")
        .iter()
        .all(|u| u["code"] != "SOD-SOC-05"));
    let (_, end_2020) = call(
        &app,
        Method::GET,
        &format!("/api/v1/administrations/{sod}/training/figures?date=2020-12-31"),
        &coordinator,
        Value::Null,
    )
    .await;
    assert!(end_2020["units"]
        .as_array()
        .expect("units")
        .iter()
        .any(|u| u["code"] == "SOD-SOC-05"));
    // A plan's indicator fills itself from the same figures, saying where they came from.
    use varn::training::{indicator, picture_source, TrainingMeasure};
    let value = indicator(
        &app.db,
        sod,
        "webb-bas",
        None,
        TrainingMeasure::Completed,
        "2021-01-15",
    )
    .await
    .expect("indicator")
    .expect("a course with figures");
    assert_eq!((value.value, value.in_progress), (Some(152), 157));
    assert!(
        value
            .source
            .contains("Webbutbildning om våldsbejakande extremism"),
        "{}",
        value.source
    );
    let rate = indicator(
        &app.db,
        sod,
        "WEBB-BAS",
        None,
        TrainingMeasure::Rate,
        "2021-01-15",
    )
    .await
    .expect("indicator")
    .expect("rate");
    assert_eq!(
        rate.value,
        Some((152 * 100 + rate.headcount / 2) / rate.headcount)
    );
    let soc01 = app.id_of("units", "SOD-SOC-01").await;
    let one = indicator(
        &app.db,
        sod,
        "WEBB-BAS",
        Some(varn::kernel::ids::UnitId::new(soc01)),
        TrainingMeasure::Completed,
        "2025-12-31",
    )
    .await
    .expect("indicator")
    .expect("unit");
    assert_eq!(one.headcount, 9);
    assert!(
        one.manual >= 1 && one.source.contains("för hand"),
        "{one:?}"
    );
    assert!(
        indicator(
            &app.db,
            sod,
            "APT",
            None,
            TrainingMeasure::Completed,
            "2025-12-31"
        )
        .await
        .expect("indicator")
        .is_none(),
        "events have no figures per person"
    );
    let years = picture_source(&app.db, sod, 2020, 2025)
        .await
        .expect("picture");
    assert_eq!(years.len(), 6);
    assert!(years[5].completed > years[0].completed);
    assert!(years[5].events > 0 && years[5].attendees > 0);
    let (status, v) = call(
        &app,
        Method::GET,
        &format!(
            "/api/v1/administrations/{sod}/training/indicator?course=WEBB-BAS&date=2021-01-15"
        ),
        &coordinator,
        Value::Null,
    )
    .await;
    assert_eq!((status, &v["value"]), (200, &json!(152)), "{v}");
    let (status, v) = call(
        &app,
        Method::GET,
        &format!("/api/v1/administrations/{sod}/training/picture?from=2020&to=2021"),
        &coordinator,
        Value::Null,
    )
    .await;
    assert_eq!((status, v.as_array().map(Vec::len)), (200, Some(2)), "{v}");
    // Loading the demo again adds nothing.
    let n = count(&app, "SELECT COUNT(*) FROM training_completions").await;
    varn::demo::load(&app.db).await.expect("demo");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM training_completions").await,
        n
    );
});

on_both!(the_key_for_person_hashes_is_made_once, |db| {
    let first = varn::training::store::secret(db).await.expect("secret");
    let again = varn::training::store::secret(db).await.expect("secret");
    assert_eq!(first.len(), 32);
    assert_eq!(first, again);
});

both_backends!(a_plan_indicator_counts_the_training_itself, |app| {
    // A Södermalm plan whose competence activity names the web training's completions: at
    // its dated point the follow-up shows the demo's 152 (seed 002) without anyone typing it.
    let sod = app.id_of("administrations", "SOD").await;
    let coordinator = app.token("samordnare.sodermalm@demo.example").await;
    let (status, offered) = call(
        &app,
        Method::GET,
        &format!("/api/v1/administrations/{sod}/plan-measures"),
        &coordinator,
        Value::Null,
    )
    .await;
    assert_eq!(status, 200, "{offered}");
    let reference = "training/course:WEBB-BAS:completed";
    assert!(
        offered
            .as_array()
            .expect("list")
            .iter()
            .any(|m| m["reference"] == reference && m["unit"] == "medarbetare"),
        "{offered}"
    );
    let (status, plan) = call(
        &app,
        Method::POST,
        &format!("/api/v1/administrations/{sod}/plans"),
        &coordinator,
        json!({"title": "Handlingsplan med räknade indikatorer", "period_start": "2021-01-01",
               "period_end": "2021-12-31"}),
    )
    .await;
    assert_eq!(status, 201, "{plan}");
    let id = plan["id"].as_i64().expect("id");
    let activity = |measure: &str| {
        json!({"area": "competence", "text": "Alla medarbetare går webbutbildningen.",
               "follow_up": {"points": ["2021-01-15", "VB"],
                             "indicator": "Antal medarbetare som har gått utbildningen",
                             "measure": measure}})
    };
    // A figure Värn does not count is refused, naming the field; nothing is written.
    let (status, e) = call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{id}/activities"),
        &coordinator,
        activity("training/course:FINNS-EJ:completed"),
    )
    .await;
    assert_eq!(status, 422, "{e}");
    assert_eq!(e["problems"][0]["field"], "Värdet räknas av Värn", "{e}");
    let (status, a) = call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{id}/activities"),
        &coordinator,
        activity(reference),
    )
    .await;
    assert_eq!(status, 201, "{a}");
    assert_eq!(a["follow_up"]["measure"], reference);

    let (status, rows) = call(
        &app,
        Method::GET,
        &format!("/api/v1/plans/{id}/followups?point=2021-01-15"),
        &coordinator,
        Value::Null,
    )
    .await;
    assert_eq!(status, 200, "{rows}");
    assert_eq!(rows[0]["measured"]["value"], 152, "{rows}");
    assert!(rows[0]["measured"]["source"]
        .as_str()
        .is_some_and(|s| s.contains("2021-01-15")));
    // Nothing was reported: the value is offered, not claimed.
    assert_eq!(rows[0]["indicator_value"], "");

    // Once decided, the report form offers the counted value.
    let (status, _) = call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{id}/decide"),
        &coordinator,
        json!({"decided_on": "2021-01-10", "reference": "§ 3"}),
    )
    .await;
    assert_eq!(status, 200);
    app.sign_in("samordnare.sodermalm@demo.example").await;
    let (status, html) = app
        .get_text(&format!("/planer/{id}/uppfoljning?punkt=2021-01-15"))
        .await;
    assert_eq!(status, 200);
    assert!(html.contains("Räknat av Värn: 152"), "{html}");
    assert!(html.contains("name=\"indicator_value\" maxlength=\"200\" value=\"152\""));
});
