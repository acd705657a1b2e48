//! Training on the central coordinator's desk and in the year's follow-up (issue 17), on
//! SQLite and PostgreSQL: each district's share of the basic training completed at the
//! year's end (this year: today) with its colour by the written rule, the counts behind it
//! suppressed by the desk, and the share shown only where the desk shows the count; an
//! administration with nothing known says so without a colour.

use crate::common::{call, TestApp};
use reqwest::Method;
use serde_json::Value;

fn column(desk: &Value, key: &str) -> usize {
    desk["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .position(|c| c["key"] == key)
        .unwrap_or_else(|| panic!("no column {key} in {desk}"))
}

/// An administration's training cell.
fn cell<'a>(desk: &'a Value, admin: &str) -> &'a Value {
    let col = column(desk, "training");
    let row = desk["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| {
            r["administration"]
                .as_str()
                .is_some_and(|n| n.starts_with(admin))
        })
        .unwrap_or_else(|| panic!("no row {admin}"));
    &row["cells"][col]
}

fn expected_light(rate: i64) -> &'static str {
    if rate >= 80 {
        "green"
    } else if rate >= 50 {
        "yellow"
    } else {
        "red"
    }
}

async fn desk(app: &TestApp, token: &str, year: i32) -> Value {
    let (status, desk) = call(
        app,
        Method::GET,
        &format!("/api/v1/city/desk?year={year}"),
        token,
        Value::Null,
    )
    .await;
    assert_eq!(status, 200, "{desk}");
    desk
}

/// Where the desk's training counts hide the number completed, the share is not shown;
/// where they show it, the cell gives the share.
fn the_share_goes_with_the_count(desk: &Value) {
    let counts = desk["counts"]
        .as_array()
        .expect("counts")
        .iter()
        .find(|t| t["id"] == "utbildning")
        .unwrap_or_else(|| panic!("no training counts in {desk}"));
    for r in counts["rows"].as_array().expect("rows") {
        let name = r["administration"].as_str().expect("name");
        let text = cell(desk, name)["text"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        if r["cells"][0]["kind"] == "hidden" {
            assert!(!text.contains('%'), "{name}: {text}");
        }
    }
}

both_backends!(the_desk_shows_each_districts_basic_training, |app| {
    let central = app.token("central@demo.example").await;
    let sod = app.id_of("administrations", "SOD").await;
    let coordinator = app.token("samordnare.sodermalm@demo.example").await;

    // Södermalm at the end of 2025: the share its coordinator reads, with its colour.
    let d = desk(&app, &central, 2025).await;
    let col = &d["columns"][column(&d, "training")];
    assert!(
        col["rule"]
            .as_str()
            .is_some_and(|r| r.contains("Grön: minst 80 %")),
        "{col}"
    );
    let (status, f) = call(
        &app,
        Method::GET,
        &format!("/api/v1/administrations/{sod}/training/figures?date=2025-12-31"),
        &coordinator,
        Value::Null,
    )
    .await;
    assert_eq!(status, 200, "{f}");
    let rate = f["total"]["rate"].as_i64().expect("a rate");
    let sod_cell = cell(&d, "Södermalm");
    assert_eq!(
        sod_cell["text"],
        format!("{rate} % slutförda 2025-12-31"),
        "{sod_cell}"
    );
    assert_eq!(sod_cell["light"], expected_light(rate));
    assert_eq!(
        sod_cell["href"],
        format!("/utbildning/forvaltningar/{sod}?datum=2025-12-31")
    );
    // The counts behind it, as the desk publishes them.
    let counts = d["counts"]
        .as_array()
        .expect("counts")
        .iter()
        .find(|t| t["id"] == "utbildning")
        .expect("training counts");
    let sod_counts = counts["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| {
            r["administration"]
                .as_str()
                .is_some_and(|n| n.starts_with("Södermalm"))
        })
        .expect("Södermalm");
    assert_eq!(sod_counts["cells"][0], f["total"]["completed"]);
    // Farsta knows nothing of the training: said, without a colour.
    let farsta = cell(&d, "Farsta");
    assert_eq!(farsta["text"], "Inga uppgifter om grundutbildningen");
    assert!(farsta["light"].is_null());
    the_share_goes_with_the_count(&d);

    // Rinkeby-Kista's first two completions: a small count, hidden, and its share with it.
    let rik = app.id_of("administrations", "RIK").await;
    let file = "E-postadress;Kurs;Avdelning;Status;Datum\n\
        a@stad.example;WEBB-BAS;RIK-IFO-05;Slutförd;2025-03-01\n\
        b@stad.example;WEBB-BAS;RIK-IFO-05;Slutförd;2025-04-01\n";
    let r = app
        .api(
            Method::POST,
            &format!("/api/v1/administrations/{rik}/training/import?file_name=rik.csv"),
            &app.token("samordnare.rinkeby-kista@demo.example").await,
        )
        .header("content-type", "application/octet-stream")
        .body(file)
        .send()
        .await
        .expect("import");
    assert_eq!(r.status().as_u16(), 200);
    let d = desk(&app, &central, 2025).await;
    let rik_cell = cell(&d, "Rinkeby");
    assert!(
        rik_cell["text"]
            .as_str()
            .is_some_and(|t| t.contains("döljs") && !t.contains('%')),
        "{rik_cell}"
    );
    assert_eq!(rik_cell["light"], "red");
    the_share_goes_with_the_count(&d);
    // The year before, nothing was known there.
    let d = desk(&app, &central, 2024).await;
    assert_eq!(
        cell(&d, "Rinkeby")["text"],
        "Inga uppgifter om grundutbildningen"
    );

    // This year is read at today.
    let today = varn::db::today();
    let year: i32 = today[..4].parse().expect("year");
    let d = desk(&app, &central, year).await;
    assert!(
        cell(&d, "Södermalm")["text"]
            .as_str()
            .is_some_and(|t| t.contains(&today)),
        "{}",
        cell(&d, "Södermalm")
    );

    // The year's follow-up carries the column as the desk shows it now (Rinkeby's rows
    // since may hide Södermalm's share as a secondary cell), its rule and the counts.
    let d = desk(&app, &central, 2025).await;
    let now = cell(&d, "Södermalm")["text"]
        .as_str()
        .expect("Södermalm's cell")
        .to_string();
    assert!(now.contains("2025-12-31"), "{now}");
    app.sign_in("central@demo.example").await;
    let (status, csv) = app.get_text("/stad/uppfoljning.csv?ar=2025").await;
    assert_eq!(status, 200, "{csv}");
    assert!(
        csv.contains("Grundutbildning") && csv.contains(&now),
        "{csv}"
    );
    let r = app.get("/stad/uppfoljning.docx?ar=2025").await;
    assert_eq!(r.status(), 200);
    let bytes = r.bytes().await.expect("docx");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("zip");
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("word/document.xml").expect("doc"),
        &mut xml,
    )
    .expect("utf-8");
    assert!(
        xml.contains("Grundutbildningen 2025 (per 2025-12-31)")
            && xml.contains("Så sätts färgerna"),
        "the counts and the rule in the follow-up"
    );
});
