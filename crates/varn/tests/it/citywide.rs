//! The central coordinator's desk, on SQLite and PostgreSQL: every district and specialist
//! administration with its plan, follow-up and picture as traffic lights and links; one
//! without a plan stands out; a decided plan waits for the executive board until approved;
//! the city's counts are suppressed; a bad year is refused naming the field.

use crate::common::call;
use reqwest::Method;
use serde_json::{json, Value};

/// The cell of a column in an administration's row.
fn cell<'a>(desk: &'a Value, admin: &str, key: &str) -> &'a Value {
    let col = desk["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .position(|c| c["key"] == key)
        .unwrap_or_else(|| panic!("no column {key}"));
    let row = desk["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| {
            r["administration"]
                .as_str()
                .is_some_and(|n| n.starts_with(admin))
        })
        .unwrap_or_else(|| panic!("no row {admin} in {desk}"));
    &row["cells"][col]
}

both_backends!(the_desk_shows_where_every_administration_stands, |app| {
    let central = app.token("central@demo.example").await;
    let coordinator = app.token("samordnare.sodermalm@demo.example").await;
    let (status, desk) = call(
        &app,
        Method::GET,
        "/api/v1/city/desk",
        &central,
        Value::Null,
    )
    .await;
    assert_eq!(status, 200, "{desk}");
    let keys: Vec<&str> = desk["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .filter_map(|c| c["key"].as_str())
        .collect();
    assert_eq!(
        keys,
        ["picture", "plan", "followup", "year_end", "training", "24h"]
    );
    // How the activities stood at the year-end report, with a link to the VB follow-up.
    let year_end = cell(&desk, "Södermalm", "year_end");
    assert!(
        year_end["href"]
            .as_str()
            .is_some_and(|h| h.ends_with("/uppfoljning?punkt=VB")),
        "{year_end}"
    );
    let text = year_end["text"].as_str().unwrap_or_default();
    assert!(
        text.contains("ej rapporterade") || text.contains("Genomförd") || text.contains("Pågår"),
        "{text}"
    );
    assert!(desk["columns"][1]["rule"]
        .as_str()
        .is_some_and(|r| r.contains("Röd")));

    // A district with no plan at all stands out in red.
    let far = app.id_of("administrations", "FAR").await;
    let plans: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM plans WHERE administration_id = $1")
        .bind(far)
        .fetch_one(app.db.pool())
        .await
        .expect("count");
    assert_eq!(plans, 0, "the demo's Farsta has no plan");
    let none = cell(&desk, "Farsta", "plan");
    assert_eq!(
        (&none["text"], &none["light"]),
        (&json!("Ingen handlingsplan"), &json!("red"))
    );

    // A plan decided by its board waits for the executive board, then is approved.
    let year = chrono::Datelike::year(&chrono::Utc::now().date_naive());
    let (status, plan) = call(
        &app,
        Method::POST,
        &format!("/api/v1/administrations/{far}/plans"),
        &app.token("samordnare.farsta@demo.example").await,
        json!({"title": "Farstas handlingsplan", "period_start": format!("{year}-01-01"),
               "period_end": format!("{year}-12-31")}),
    )
    .await;
    assert_eq!(status, 201, "{plan}");
    let id = plan["id"].as_i64().expect("id");
    let (_, desk) = call(
        &app,
        Method::GET,
        "/api/v1/city/desk",
        &central,
        Value::Null,
    )
    .await;
    assert_eq!(
        cell(&desk, "Farsta", "plan")["light"],
        "red",
        "a draft does not hold"
    );
    let (status, _) = call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{id}/decide"),
        &app.token("samordnare.farsta@demo.example").await,
        json!({"decided_on": format!("{year}-01-20"), "reference": "§ 4"}),
    )
    .await;
    assert_eq!(status, 200);
    let (_, desk) = call(
        &app,
        Method::GET,
        "/api/v1/city/desk",
        &central,
        Value::Null,
    )
    .await;
    let decided = cell(&desk, "Farsta", "plan");
    assert_eq!(decided["light"], "yellow", "{decided}");
    assert_eq!(decided["href"], format!("/planer/{id}"));
    assert!(desk["waiting"]
        .as_array()
        .expect("waiting")
        .iter()
        .any(|w| w["href"] == format!("/planer/{id}")));
    let (status, _) = call(
        &app,
        Method::POST,
        &format!("/api/v1/plans/{id}/approve"),
        &central,
        json!({"approved_on": format!("{year}-02-15"), "reference": "KS § 7"}),
    )
    .await;
    assert_eq!(status, 200);
    let (_, desk) = call(
        &app,
        Method::GET,
        "/api/v1/city/desk",
        &central,
        Value::Null,
    )
    .await;
    assert_eq!(cell(&desk, "Farsta", "plan")["light"], "green");
    assert!(!desk["waiting"]
        .to_string()
        .contains(&format!("/planer/{id}\"")));

    // The forms by environment, and the grants' controls and stops, per administration.
    let ids: Vec<&str> = desk["counts"]
        .as_array()
        .expect("counts")
        .iter()
        .filter_map(|t| t["id"].as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "blanketter-miljo",
            "utbildning",
            "bidrag",
            "konsultationer",
            "24h"
        ],
        "{desk}"
    );
    // The counts leave no small number and no hidden cell to be worked out.
    for t in desk["counts"].as_array().expect("counts") {
        for r in t["rows"].as_array().expect("rows") {
            let cells = r["cells"].as_array().expect("cells");
            for c in cells {
                if c["kind"] == "shown" {
                    let n = c["value"].as_i64().expect("n");
                    assert!(n == 0 || n > 3, "{t}");
                }
            }
            if r["total"]["kind"] == "shown" {
                assert_ne!(
                    cells.iter().filter(|c| c["kind"] == "hidden").count(),
                    1,
                    "{t}"
                );
            }
        }
    }

    // A year that cannot be is refused, naming the field; a coordinator has no desk.
    let (status, e) = call(
        &app,
        Method::GET,
        "/api/v1/city/desk?year=1800",
        &central,
        Value::Null,
    )
    .await;
    assert_eq!(
        (status, &e["problems"][0]["field"]),
        (422, &json!("År")),
        "{e}"
    );
    let (status, _) = call(
        &app,
        Method::GET,
        "/api/v1/city/desk",
        &coordinator,
        Value::Null,
    )
    .await;
    assert_eq!(status, 403);

    // The page, and the start page that points to it.
    app.sign_in("central@demo.example").await;
    let (status, html) = app.get_text("/stad").await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Stadens läge") && html.contains("Ingen handlingsplan"),
        "{html}"
    );
    assert!(html.contains("Så sätts färgerna"));
    // The year's follow-up as Word, PDF, Excel and CSV.
    for (ext, magic) in [
        ("docx", &b"PK"[..]),
        ("pdf", &b"%PDF"[..]),
        ("xlsx", &b"PK"[..]),
    ] {
        let r = app.get(&format!("/stad/uppfoljning.{ext}?ar={year}")).await;
        assert_eq!(r.status(), 200, "{ext}");
        let bytes = r.bytes().await.expect("bytes");
        assert!(bytes.starts_with(magic), "{ext}");
    }
    let r = app.get(&format!("/stad/uppfoljning.docx?ar={year}")).await;
    let bytes = r.bytes().await.expect("docx");
    let xml = crate::common::docx_body(&bytes);
    assert!(xml.contains(&format!("Stadsövergripande uppföljning {year}")));
    assert!(
        xml.contains("Grön: Godkänd av kommunstyrelsen"),
        "the colour written out"
    );
    assert!(xml.contains("Så sätts färgerna"));
    let (status, csv) = app
        .get_text(&format!("/stad/uppfoljning.csv?ar={year}"))
        .await;
    assert_eq!(status, 200);
    assert!(
        csv.starts_with('\u{feff}') && csv.contains("Farsta stadsdelsförvaltning"),
        "{csv}"
    );
    let (status, start) = app.get_text("/start").await;
    assert_eq!(status, 200, "{start}");
    assert!(start.contains("lyser rött i stadens läge"), "{start}");
});

both_backends!(a_year_without_plans_has_no_follow_up_to_write, |app| {
    // The demo's plans begin in 2025: 2010 had none in any administration.
    app.sign_in("central@demo.example").await;
    for ext in ["docx", "pdf", "xlsx", "csv"] {
        let (status, html) = app
            .get_text(&format!("/stad/uppfoljning.{ext}?ar=2010"))
            .await;
        assert_eq!(status, 422, "{ext}");
        assert!(html.contains("År"), "{html}");
        assert!(
            html.contains("Ingen förvaltning har en handlingsplan som gäller någon del av 2010")
        );
    }
    let (status, html) = app.get_text("/stad?ar=2010").await;
    assert_eq!(status, 200);
    assert!(html.contains("id=\"empty-year\""), "{html}");
    assert!(!html.contains("/stad/uppfoljning.docx?ar=2010"));
    let token = app.token("central@demo.example").await;
    let desk: Value = app
        .api(Method::GET, "/api/v1/city/desk?year=2010", &token)
        .send()
        .await
        .expect("desk")
        .json()
        .await
        .expect("json");
    assert_eq!(
        desk["empty_year"].as_array().map(Vec::len),
        Some(1),
        "{desk}"
    );
    // A year with plans is written.
    let year = chrono::Datelike::year(&chrono::Utc::now().date_naive());
    let r = app.get(&format!("/stad/uppfoljning.csv?ar={year}")).await;
    assert_eq!(r.status(), 200);
});

both_backends!(
    the_follow_up_shows_each_administrations_activities_at_vb,
    |app| {
        let central = app.token("central@demo.example").await;
        let coordinator = app.token("samordnare.sodermalm@demo.example").await;
        let (_, desk) = call(
            &app,
            Method::GET,
            "/api/v1/city/desk",
            &central,
            Value::Null,
        )
        .await;
        let href = cell(&desk, "Södermalm", "year_end")["href"]
            .as_str()
            .expect("a VB link")
            .to_string();
        let plan: i64 = href
            .trim_start_matches("/planer/")
            .split('/')
            .next()
            .and_then(|id| id.parse().ok())
            .expect("plan id");
        let (status, rows) = call(
            &app,
            Method::GET,
            &format!("/api/v1/plans/{plan}/followups?point=VB"),
            &coordinator,
            Value::Null,
        )
        .await;
        assert_eq!(status, 200, "{rows}");
        let activity = rows[0]["activity_id"].as_i64().expect("activity");
        let text = rows[0]["text"].as_str().expect("text").to_string();
        let (status, r) = call(
            &app,
            Method::POST,
            &format!("/api/v1/activities/{activity}/followups"),
            &coordinator,
            json!({"point": "VB", "status": "partly_done",
               "comment": "Genomfört på fyra av sex skolor.", "indicator_value": "4"}),
        )
        .await;
        assert_eq!(status, 201, "{r}");

        // The API: the administration's table names the activity, its status, comment and value.
        let (_, desk) = call(
            &app,
            Method::GET,
            "/api/v1/city/desk",
            &central,
            Value::Null,
        )
        .await;
        let sodermalm = desk["details"]
            .as_array()
            .expect("details")
            .iter()
            .find(|d| {
                d["administration"]
                    .as_str()
                    .is_some_and(|n| n.starts_with("Södermalm"))
            })
            .unwrap_or_else(|| panic!("Södermalm's tables: {desk}"));
        let table = &sodermalm["tables"][0];
        assert_eq!(
            table["header"],
            json!([
                "Aktivitet",
                "Status vid VB",
                "Kommentar",
                "Indikator",
                "Indikatorns värde"
            ])
        );
        let row = table["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .find(|r| r[0] == text.as_str())
            .unwrap_or_else(|| panic!("the activity's row: {table}"));
        assert_eq!(row[1], "Delvis genomförd", "{row}");
        assert_eq!(row[2], "Genomfört på fyra av sex skolor.");
        assert_eq!(row[4], "4");
        // An administration without a plan has no table.
        assert!(!desk["details"].to_string().contains("Farsta"));

        // The page folds each administration's table; Word and Excel carry it.
        let year = chrono::Datelike::year(&chrono::Utc::now().date_naive());
        app.sign_in("central@demo.example").await;
        let (status, html) = app.get_text("/stad").await;
        assert_eq!(status, 200);
        assert!(
            html.contains("Per förvaltning") && html.contains("Genomfört på fyra av sex skolor."),
            "{html}"
        );
        let bytes = app
            .get(&format!("/stad/uppfoljning.docx?ar={year}"))
            .await
            .bytes()
            .await
            .expect("docx");
        let xml = crate::common::docx_body(&bytes);
        assert!(xml.contains("Per förvaltning"), "the section");
        assert!(
            xml.contains("Genomfört på fyra av sex skolor."),
            "the comment"
        );
        let bytes = app
            .get(&format!("/stad/uppfoljning.xlsx?ar={year}"))
            .await
            .bytes()
            .await
            .expect("xlsx");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("zip");
        let mut book = String::new();
        std::io::Read::read_to_string(
            &mut zip.by_name("xl/workbook.xml").expect("book"),
            &mut book,
        )
        .expect("utf-8");
        assert!(book.contains("Per förvaltning"), "{book}");
    }
);

both_backends!(the_surveys_knowledge_level_reaches_the_desk, |app| {
    // The demo's Södermalm closed last year's round: 37 answers on the knowledge scale.
    let central = app.token("central@demo.example").await;
    let last = chrono::Datelike::year(&chrono::Utc::now().date_naive()) - 1;
    let (status, desk) = call(
        &app,
        Method::GET,
        &format!("/api/v1/city/desk?year={last}"),
        &central,
        Value::Null,
    )
    .await;
    assert_eq!(status, 200, "{desk}");
    let table = desk["counts"]
        .as_array()
        .expect("counts")
        .iter()
        .find(|t| t["id"] == "enkat-kunskap")
        .unwrap_or_else(|| panic!("the survey's table: {desk}"));
    assert_eq!(
        table["labels"],
        json!(["Nivå 1", "Nivå 2", "Nivå 3", "Nivå 4", "Nivå 5"])
    );
    let sodermalm = table["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| {
            r["administration"]
                .as_str()
                .is_some_and(|n| n.starts_with("Södermalm"))
        })
        .expect("Södermalm's row");
    assert_eq!(sodermalm["total"]["value"], 37, "{table}");
    // A year without a closed round has no such table.
    let (_, desk) = call(
        &app,
        Method::GET,
        &format!("/api/v1/city/desk?year={}", last + 1),
        &central,
        Value::Null,
    )
    .await;
    assert!(!desk["counts"].to_string().contains("enkat-kunskap"));
});
