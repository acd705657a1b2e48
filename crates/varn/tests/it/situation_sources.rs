//! The situational picture's other sources, on SQLite and PostgreSQL: an IA export read
//! through the saved column mapping (the same file twice counts nothing twice; a file with
//! errors is refused whole), its rows triaged as VBE or not, graffiti, concern reports and
//! the police mapping, the statistics with the previous-year comparison, and suppression
//! for everyone outside the administration.

use crate::common::{call, spawn_app, TestApp};
use reqwest::Method;
use serde_json::{json, Value};
use varn::db::Backend;

/// The status and page a file's upload answers with.
async fn upload(app: &TestApp, path: &str, name: &str, content: &str) -> (u16, String) {
    let r = app.post_file(path, name, content.as_bytes()).await;
    let status = r.status().as_u16();
    (status, r.text().await.unwrap_or_default())
}

/// Imports an IA file through the page and follows its progress page until it is done;
/// returns that page.
async fn import_ia(app: &TestApp, page: &str, name: &str, content: &str) -> String {
    let r = app
        .post_file(&format!("{page}/ia"), name, content.as_bytes())
        .await;
    assert_eq!(r.status(), 303);
    let location = r.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    assert!(
        location.starts_with(&format!("{page}/import/")),
        "{location}"
    );
    for _ in 0..200 {
        let (status, html) = app.get_text(&location).await;
        assert_eq!(status, 200);
        if html.contains("Inläsningen är klar") || html.contains("kunde inte slutföras") {
            return html;
        }
        assert!(
            html.contains("<progress"),
            "the page shows how far it has come"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the import did not finish");
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(app.db.pool())
        .await
        .expect("count")
}

/// The row of `label` in a table of the sources view, at `year`.
fn cell(table: &Value, label: &str, year: i64) -> Value {
    let row = table["labels"]
        .as_array()
        .expect("labels")
        .iter()
        .position(|l| l == label)
        .unwrap_or_else(|| panic!("no row {label} in {table}"));
    let col = table["years"]
        .as_array()
        .expect("years")
        .iter()
        .position(|y| y == year)
        .unwrap_or_else(|| panic!("no year {year} in {table}"));
    table["counts"]["cells"][row][col].clone()
}

/// The trend's years, and the row of `label` in it.
fn trend_row(v: &Value, label: &str) -> (Vec<i64>, usize) {
    let years = v["trend"]["years"]
        .as_array()
        .expect("years")
        .iter()
        .filter_map(Value::as_i64)
        .collect();
    let row = v["trend"]["labels"]
        .as_array()
        .expect("labels")
        .iter()
        .position(|l| l == label)
        .unwrap_or_else(|| panic!("no row {label}"));
    (years, row)
}

fn shown(n: i64) -> Value {
    json!({"kind": "shown", "value": n})
}

const IA_FILE: &str = "Nr;Datum;Typ;Område;VBE\nT-1;2030-02-03;Hot;Högdalen;Ja\nT-2;2030-03-04 10:15;Klotter;Hornstull;ja\nT-3;2030-03-05;Hot;;nej\nT-4;2029-05-06;Hot;Högdalen;x\n";

async fn check_on(backend: Backend) {
    let app = spawn_app(backend).await;
    let sod = app.id_of("administrations", "SOD").await;
    let alv = app.id_of("administrations", "ALV").await;
    let coordinator = app.token("samordnare.sodermalm@demo.example").await;
    let base = format!("/api/v1/administrations/{sod}/situation");

    the_ia_column_mapping_is_kept(&app, &base, &coordinator).await;
    // From here on the coordinator also works through the pages.
    app.sign_in("samordnare.sodermalm@demo.example").await;
    let page = format!("/lagesbild/forvaltningar/{sod}/kallor");
    the_same_ia_file_twice_counts_once(&app, &page).await;
    a_file_with_errors_is_refused_whole(&app, &page).await;
    let (t1, t2, t4, right) = the_flagged_rows_wait_for_triage(&app, &base, &coordinator).await;
    an_assessment_as_vbe_needs_an_environment(&app, &base, &coordinator, t1, t2, right).await;
    another_coordinator_reaches_nothing(&app, alv, t4).await;
    the_page_form_names_the_row(&app, &page, t4, right).await;
    graffiti_counts_once_from_the_api_and_a_file(&app, &base, &page, &coordinator).await;
    concern_reports_count_once(&app, &base, &page, &coordinator).await;
    the_police_mapping_keeps_no_name(&app, &base, &coordinator).await;
    let ia_label = "IA-rapporter bedömda som VBE";
    the_statistics_compare_with_the_year_before(&app, &base, &coordinator, ia_label).await;
    small_counts_are_hidden_outside_the_administration(&app, &base, ia_label).await;
    the_pages_show_the_sources_and_the_triage(&app, &page).await;
    app.shutdown().await;
}

async fn the_ia_column_mapping_is_kept(app: &TestApp, base: &str, coordinator: &str) {
    // The coordinator says which columns of the IA export hold what; it is kept.
    let mapping = json!({"row_key": "Nr", "occurred_on": "Datum", "vbe_flag": "VBE", "event_type": "Typ", "place_type": "", "area": "Område"});
    let (status, saved) = call(
        app,
        Method::PUT,
        &format!("{base}/ia-mapping"),
        coordinator,
        mapping.clone(),
    )
    .await;
    assert_eq!((status, &saved), (200, &mapping));
    let (status, e) = call(
        app,
        Method::PUT,
        &format!("{base}/ia-mapping"),
        coordinator,
        json!({"row_key": "", "occurred_on": "", "vbe_flag": "VBE"}),
    )
    .await;
    assert_eq!(status, 422, "{e}");
    assert_eq!(e["problems"].as_array().map(Vec::len), Some(2));
}

async fn the_same_ia_file_twice_counts_once(app: &TestApp, page: &str) {
    for new in ["varav 4 nya", "varav 0 nya"] {
        let done = import_ia(app, page, "ia-mars.csv", IA_FILE).await;
        assert!(done.contains(new), "{done}");
    }
    assert_eq!(
        count(
            app,
            "SELECT COUNT(*) FROM ia_incidents WHERE row_key LIKE 'T-%'"
        )
        .await,
        4
    );
    let news: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT rows_read, rows_new FROM source_imports WHERE file_name = 'ia-mars.csv' ORDER BY id",
    )
    .fetch_all(app.db.pool())
    .await
    .expect("imports");
    assert_eq!(news, vec![(4, 4), (4, 0)], "provenance of each import");
}

async fn a_file_with_errors_is_refused_whole(app: &TestApp, page: &str) {
    // A file with errors is refused whole, naming rows and fields, never echoing a name.
    let bad = "Nr;Datum;Typ;Område;VBE\nT-5;2030-04-01;Hot;Högdalen;ja\nT-6;igår;Hot;Högdalen;ja\nT-7;2030-04-02;Hot;Ring Anna Svensson 070-174 06 12;ja\n";
    let (status, html) = upload(app, &format!("{page}/ia"), "fel.csv", bad).await;
    assert_eq!(status, 422);
    assert!(
        html.contains("Rad 3") && html.contains("händelsedatum"),
        "{html}"
    );
    assert!(html.contains("Rad 4") && !html.contains("Svensson"));
    let (status, html) = upload(
        app,
        &format!("{page}/ia"),
        "fel.csv",
        "Nummer;Datum\n1;2030-01-01\n",
    )
    .await;
    assert_eq!(status, 422);
    assert!(html.contains("”Nr”"), "the missing header is named");
    assert_eq!(
        count(
            app,
            "SELECT COUNT(*) FROM ia_incidents WHERE row_key LIKE 'T-%'"
        )
        .await,
        4
    );
}

async fn the_flagged_rows_wait_for_triage(
    app: &TestApp,
    base: &str,
    coordinator: &str,
) -> (i64, i64, i64, i64) {
    // Triage: the flagged rows wait; an assessment as VBE needs an environment.
    let (status, triage) = call(
        app,
        Method::GET,
        &format!("{base}/ia/triage"),
        coordinator,
        Value::Null,
    )
    .await;
    assert_eq!(status, 200);
    let id_of = |key: &str| {
        triage["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .find(|r| r["row_key"] == key)
            .and_then(|r| r["id"].as_i64())
    };
    assert!(id_of("T-3").is_none(), "not flagged: nothing to assess");
    let (t1, t2, t4) = (
        id_of("T-1").expect("T-1"),
        id_of("T-2").expect("T-2"),
        id_of("T-4").expect("T-4"),
    );
    let right: i64 =
        sqlx::query_scalar("SELECT id FROM taxonomy_terms WHERE code = 'hogerextremism'")
            .fetch_one(app.db.pool())
            .await
            .expect("term");
    (t1, t2, t4, right)
}

async fn an_assessment_as_vbe_needs_an_environment(
    app: &TestApp,
    base: &str,
    coordinator: &str,
    t1: i64,
    t2: i64,
    right: i64,
) {
    let assess = format!("{base}/ia/assessments");
    let (status, e) = call(
        app,
        Method::POST,
        &assess,
        coordinator,
        json!({"incident": t1, "vbe": true}),
    )
    .await;
    assert_eq!(status, 422, "{e}");
    // The problem names the field as the form does, and the row by its number in IA.
    assert_eq!(e["problems"][0]["field"], "Miljö (rapport T-1)");
    let (status, _) = call(
        app,
        Method::POST,
        &assess,
        coordinator,
        json!({"incident": t1, "vbe": true, "environment_id": right}),
    )
    .await;
    assert_eq!(status, 204);
    let (status, _) = call(
        app,
        Method::POST,
        &assess,
        coordinator,
        json!({"incident": t2, "vbe": false}),
    )
    .await;
    assert_eq!(status, 204);
}

async fn another_coordinator_reaches_nothing(app: &TestApp, alv: i64, t4: i64) {
    // Another administration's coordinator reaches nothing of Södermalm's rows.
    let alv_coordinator = app.token("samordnare.alvsjo@demo.example").await;
    let (status, _) = call(
        app,
        Method::POST,
        &format!("/api/v1/administrations/{alv}/situation/ia/assessments"),
        &alv_coordinator,
        json!({"incident": t4, "vbe": false}),
    )
    .await;
    assert_eq!(status, 404);
}

async fn the_page_form_names_the_row(app: &TestApp, page: &str, t4: i64, right: i64) {
    // The page's form, as the coordinator clicks it: first without an assessment, which
    // names the row, then in full.
    let r = app
        .post_with_csrf(
            &format!("{page}/ia/bedomning"),
            &[("incident", &t4.to_string())],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.expect("page");
    assert!(html.contains("Fältet ”Bedömning (rapport T-4)”"), "{html}");
    let r = app
        .post_with_csrf(
            &format!("{page}/ia/bedomning"),
            &[
                ("incident", &t4.to_string()),
                ("assessment", "vbe"),
                ("environment_id", &right.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
}

async fn graffiti_counts_once_from_the_api_and_a_file(
    app: &TestApp,
    base: &str,
    page: &str,
    coordinator: &str,
) {
    // Graffiti through the API and from a file, each twice; concern reports; police mapping.
    let graffiti = json!([
        {"reported_on": "2030-05-01", "category": "nazi", "area": "Högdalen", "reporter": "Trafikkontorets app"},
        {"reported_on": "2030-05-02", "category": "Vänsterautonom", "area": "Hornstull"},
    ]);
    for expected in [2, 0] {
        let (status, done) = call(
            app,
            Method::POST,
            &format!("{base}/graffiti"),
            coordinator,
            graffiti.clone(),
        )
        .await;
        assert_eq!((status, done["new"].as_i64()), (200, Some(expected)));
    }
    let file = "datum;kategori;område;källa\n2030-06-01;Nazistisk;Högdalen;Skolfastigheter\n";
    for _ in 0..2 {
        assert_eq!(
            upload(app, &format!("{page}/klotter/import"), "klotter.csv", file)
                .await
                .0,
            303
        );
    }
    let (status, e) = call(
        app,
        Method::POST,
        &format!("{base}/graffiti"),
        coordinator,
        json!([{"reported_on": "2030-05-01", "category": "blå"}]),
    )
    .await;
    assert_eq!((status, e["problems"][0]["row"].as_i64()), (422, Some(1)));
}

async fn concern_reports_count_once(app: &TestApp, base: &str, page: &str, coordinator: &str) {
    let (status, _) = call(
        app,
        Method::POST,
        &format!("{base}/concern-reports"),
        coordinator,
        json!([{"year": 2030, "age_band": "13-17", "count": 4}]),
    )
    .await;
    assert_eq!(status, 204);
    let (status, e) = call(
        app,
        Method::POST,
        &format!("{base}/concern-reports"),
        coordinator,
        json!([{"year": 2030, "age_band": "10-20", "count": 4}]),
    )
    .await;
    assert_eq!(
        (status, e["problems"][0]["field"].as_str()),
        (422, Some("åldersgrupp"))
    );
    let concern = "år;åldersgrupp;antal\n2029;0-12;1\n2029;18-20;5\n";
    for _ in 0..2 {
        let (status, _) = upload(
            app,
            &format!("{page}/orosanmalningar/import"),
            "oros.csv",
            concern,
        )
        .await;
        assert_eq!(status, 303);
    }
    let (status, html) = upload(
        app,
        &format!("{page}/orosanmalningar/import"),
        "oros.csv",
        "år;åldersgrupp;antal\n2029;barn;x\n",
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        html.contains("Rad 2") && html.contains("åldersgrupp") && html.contains("antal"),
        "{html}"
    );
    assert_eq!(
        count(app, "SELECT CAST(SUM(count) AS BIGINT) FROM concern_reports WHERE year = 2029 AND source = 'oros.csv'").await,
        6,
        "the same file twice counts once, with the file as its source"
    );
}

async fn the_police_mapping_keeps_no_name(app: &TestApp, base: &str, coordinator: &str) {
    let police = json!({"year": 2030, "narrative": "Mer klistermärken vid skolorna under hösten.", "with_permit": 3, "without_permit": 1});
    let (status, _) = call(
        app,
        Method::PUT,
        &format!("{base}/police-mapping"),
        coordinator,
        police,
    )
    .await;
    assert_eq!(status, 204);
    let (status, e) = call(
        app,
        Method::PUT,
        &format!("{base}/police-mapping"),
        coordinator,
        json!({"year": 2030, "narrative": "Ring Anna Svensson på 070-174 06 12."}),
    )
    .await;
    assert_eq!(status, 422);
    assert!(!e.to_string().contains("Svensson"));
    assert_eq!(
        count(
            app,
            "SELECT COUNT(*) FROM police_mappings WHERE narrative LIKE '%Svensson%'"
        )
        .await,
        0
    );
}

async fn the_statistics_compare_with_the_year_before(
    app: &TestApp,
    base: &str,
    coordinator: &str,
    ia_label: &str,
) {
    // The statistics, exact for the coordinator: 2030 against 2029.
    let (status, v) = call(
        app,
        Method::GET,
        &format!("{base}/sources"),
        coordinator,
        Value::Null,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        (v["exact"].as_bool(), v["year"].as_i64()),
        (Some(true), Some(2030))
    );
    assert_eq!(cell(&v["trend"], ia_label, 2030), shown(1));
    assert_eq!(cell(&v["trend"], "Klotter", 2030), shown(3));
    assert_eq!(cell(&v["trend"], "Demonstrationer", 2030), shown(4));
    let ia = v["comparison"]
        .as_array()
        .expect("comparison")
        .iter()
        .find(|c| c["source"] == ia_label)
        .expect("ia")
        .clone();
    assert_eq!(
        (
            ia["previous"].as_i64(),
            ia["current"].as_i64(),
            ia["change"].as_i64()
        ),
        (Some(1), Some(1), Some(0))
    );
    // The police mapping has only 2030: 2029 has no data, which is no 0 and is never
    // compared (issue 20 point 11).
    let demos = v["comparison"]
        .as_array()
        .expect("comparison")
        .iter()
        .find(|c| c["source"] == "Demonstrationer")
        .expect("demonstrations")
        .clone();
    assert_eq!(
        (
            demos["previous"].as_i64(),
            demos["previous_entered"].as_bool(),
            demos["current"].as_i64(),
            demos["current_entered"].as_bool(),
            demos["change"].as_i64()
        ),
        (None, Some(false), Some(4), Some(true), None)
    );
    let (trend_years, demo_row) = trend_row(&v, "Demonstrationer");
    let at = |y: i64| trend_years.iter().position(|g| *g == y).expect("year");
    assert_eq!(v["trend"]["entered"][demo_row][at(2029)], false);
    assert_eq!(v["trend"]["entered"][demo_row][at(2030)], true);
    let env = &v["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .find(|t| t["id"] == "ia-miljo")
        .expect("ia-miljo")
        .clone();
    assert_eq!(cell(env, "Våldsbejakande högerextremism", 2030), shown(1));
    assert_eq!(v["ia_months"][1], shown(1), "February");
    assert_eq!(v["police"][0]["year"], 2030);
}

async fn small_counts_are_hidden_outside_the_administration(
    app: &TestApp,
    base: &str,
    ia_label: &str,
) {
    // Outside the administration small counts are hidden.
    let central = app.token("central@demo.example").await;
    let (_, outside) = call(
        app,
        Method::GET,
        &format!("{base}/sources"),
        &central,
        Value::Null,
    )
    .await;
    assert_eq!(outside["exact"], false);
    assert_eq!(
        cell(&outside["trend"], ia_label, 2030),
        json!({"kind": "hidden"})
    );
}

async fn the_pages_show_the_sources_and_the_triage(app: &TestApp, page: &str) {
    // The pages: the sources page for readers of the picture, the triage for its editors.
    let (status, html) = app.get_text(page).await;
    assert_eq!(status, 200);
    assert!(html.contains("ia-mars.csv") && html.contains("Mer klistermärken"));
    assert!(
        html.contains("ingen uppgift"),
        "a year without data says so"
    );
    let (status, _) = app.get_text(&format!("{page}/ia/bedomning")).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn sources_on_sqlite() {
    check_on(Backend::Sqlite).await;
}

#[tokio::test]
async fn sources_on_postgres() {
    check_on(Backend::Postgres).await;
}

both_backends!(
    a_year_an_ia_file_covered_without_rows_is_0_not_no_data,
    |app| {
        // Issue 20 point 11: a file with rows in 2031 and 2033 covered 2032 too, in which
        // nothing was recorded: 0, not "ingen uppgift". Undoing the file takes its years along.
        let sod = app.id_of("administrations", "SOD").await;
        let coordinator = app.token("samordnare.sodermalm@demo.example").await;
        let base = format!("/api/v1/administrations/{sod}/situation");
        let mapping = json!({"row_key": "Nr", "occurred_on": "Datum", "vbe_flag": "VBE", "event_type": "Typ", "place_type": "", "area": "Område"});
        let (status, _) = call(
            &app,
            Method::PUT,
            &format!("{base}/ia-mapping"),
            &coordinator,
            mapping,
        )
        .await;
        assert_eq!(status, 200);
        app.sign_in("samordnare.sodermalm@demo.example").await;
        let page = format!("/lagesbild/forvaltningar/{sod}/kallor");
        let file = "Nr;Datum;Typ;Område;VBE\nG-1;2031-02-03;Hot;Högdalen;ja\nG-2;2033-11-04;Hot;Högdalen;nej\n";
        let done = import_ia(&app, &page, "ia-glapp.csv", file).await;
        assert!(done.contains("varav 2 nya"), "{done}");
        let ia_row = |v: &Value| {
            let (years, row) = trend_row(v, "IA-rapporter bedömda som VBE");
            years
                .iter()
                .enumerate()
                .filter(|(_, y)| (2031..=2033).contains(*y))
                .map(|(i, y)| {
                    (
                        *y,
                        v["trend"]["entered"][row][i].as_bool(),
                        v["trend"]["counts"]["cells"][row][i].clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        let (_, v) = call(
            &app,
            Method::GET,
            &format!("{base}/sources"),
            &coordinator,
            Value::Null,
        )
        .await;
        assert_eq!(
            ia_row(&v),
            vec![
                (2031, Some(true), shown(0)),
                (2032, Some(true), shown(0)),
                (2033, Some(true), shown(0)),
            ],
            "{v}"
        );
        let import: varn::situation::domain::SourceImportId =
            sqlx::query_scalar("SELECT id FROM source_imports WHERE file_name = 'ia-glapp.csv'")
                .fetch_one(app.db.pool())
                .await
                .expect("import");
        varn::situation::counts::undo_import(
            &app.db,
            varn::kernel::ids::AdministrationId::new(sod),
            import,
        )
        .await
        .expect("undo")
        .expect("found");
        let (_, v) = call(
            &app,
            Method::GET,
            &format!("{base}/sources"),
            &coordinator,
            Value::Null,
        )
        .await;
        assert!(
            ia_row(&v)
                .iter()
                .all(|(_, entered, _)| *entered != Some(true)),
            "no data once the file is undone: {v}"
        );
        app.shutdown().await;
    }
);
