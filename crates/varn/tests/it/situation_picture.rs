//! The situational picture as a document: the coordinator writes the narrative, marks it
//! final (then it is locked until reopened), every step and every read is audited; the
//! compiled Word and PDF carry the sections, the statistics with their charts and the
//! sources; charts download as SVG and PNG; figures are suppressed for everyone outside
//! the administration, in the documents too; the plan and the picture link to each other.

use std::io::Read;

use crate::common::{spawn_app, TestApp};
use reqwest::Method;
use serde_json::{json, Value};
use varn::db::Backend;

const YEAR: i64 = 2030;

async fn get_json(app: &TestApp, path: &str, token: &str) -> Value {
    let r = app.api(Method::GET, path, token).send().await.expect("get");
    assert_eq!(r.status(), 200, "{path}");
    r.json().await.expect("json")
}

async fn count(app: &TestApp, action: &str, admin: i64) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE record_type = 'situation_picture' AND action = $1 AND administration_id = $2",
    )
    .bind(action)
    .bind(admin)
    .fetch_one(app.db.pool())
    .await
    .expect("count")
}

/// Every value of every figure, hidden ones as None.
fn values(doc: &Value) -> Vec<Option<i64>> {
    doc["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .flat_map(|f| f["series"].as_array().expect("series").clone())
        .flat_map(|s| s["values"].as_array().expect("values").clone())
        .map(|v| v.as_i64())
        .collect()
}

/// The parts of a .docx, each checked to be well-formed XML (images kept as bytes).
fn docx_parts(bytes: &[u8]) -> (Vec<String>, std::collections::HashMap<String, Vec<u8>>) {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("zip");
    let names: Vec<String> = zip
        .file_names()
        .map(|n| n.expect("name").to_string())
        .collect();
    let mut parts = std::collections::HashMap::new();
    for name in &names {
        let mut data = Vec::new();
        zip.by_name(name)
            .expect("part")
            .read_to_end(&mut data)
            .expect("read");
        if name.ends_with(".xml") || name.ends_with(".rels") {
            let text = String::from_utf8(data.clone()).expect("utf-8");
            let mut reader = quick_xml::Reader::from_str(&text);
            loop {
                match reader.read_event() {
                    Ok(quick_xml::events::Event::Eof) => break,
                    Ok(_) => {}
                    Err(e) => panic!("{name} is not well-formed: {e}"),
                }
            }
        }
        parts.insert(name.clone(), data);
    }
    (names, parts)
}

fn is_png(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.len() > 1000
}

/// The text of a PDF as `pdftotext` reads it (the PDF's fonts are embedded subsets, its
/// content compressed), whitespace collapsed.
fn pdf_text(pdf: &[u8]) -> String {
    crate::document_snapshots::pdftotext(pdf)
}

/// The body of the narrative's section `key`, empty if it has none.
fn body(doc: &Value, key: &str) -> String {
    doc["narrative"]["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .find(|s| s["key"] == key)
        .map(|s| s["body"].as_str().unwrap_or("").to_string())
        .unwrap_or_default()
}

async fn check_on(backend: Backend) {
    let app = spawn_app(backend).await;
    let sod = app.id_of("administrations", "SOD").await;
    let coordinator = app.token("samordnare.sodermalm@demo.example").await;
    let base = format!("/api/v1/administrations/{sod}/situation/pictures/{YEAR}");

    an_empty_draft_has_the_sections_in_order(&app, &base, &coordinator).await;
    an_unknown_section_is_refused(&app, &base, &coordinator).await;
    a_text_pointing_out_a_person_is_refused(&app, &base, &coordinator).await;
    written_sections_stay_and_are_audited(&app, &base, &coordinator, sod).await;
    a_final_picture_is_locked(&app, &base, &coordinator).await;
    app.sign_in("samordnare.sodermalm@demo.example").await;
    let page = format!("/lagesbild/forvaltningar/{sod}/ar/{YEAR}");
    the_final_page_is_locked_too(&app, &base, &page, &coordinator).await;
    reopened_corrected_and_final_again(&app, &base, &page, &coordinator, sod).await;
    the_page_shows_the_history_and_no_form(&app, &page).await;
    the_word_document_holds_sections_charts_and_sources(&app, &base, &coordinator, sod).await;
    the_pdf_has_the_same_headings(&app, &base, &coordinator).await;
    charts_download_as_svg_png_and_csv(&app, &page, sod).await;
    let reader = figures_are_hidden_outside_the_administration(&app, &base, &coordinator).await;
    a_chart_with_hidden_values_says_so(&app, sod).await;
    the_reader_may_not_write(&app, &base, &reader).await;
    the_plan_and_the_picture_link_to_each_other(&app, sod).await;
    a_renamed_environment_keeps_its_old_section(&app, sod, &coordinator).await;
    app.shutdown().await;
}

async fn an_empty_draft_has_the_sections_in_order(app: &TestApp, base: &str, coordinator: &str) {
    // Nothing written yet: an empty draft with the sections in order, one per environment.
    let doc = get_json(app, base, coordinator).await;
    assert!(doc["narrative"]["id"].is_null());
    assert_eq!(doc["narrative"]["status"], "draft");
    let keys: Vec<&str> = doc["narrative"]["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .map(|s| s["key"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(keys[..2], ["internationellt", "nationellt"]);
    assert_eq!(keys[keys.len() - 3..], ["lokalt", "kallor", "analys"]);
    for env in [
        "miljo_hogerextremism",
        "miljo_vansterextremism",
        "miljo_islamistisk_extremism",
    ] {
        assert!(keys.contains(&env), "{env} in {keys:?}");
    }
}

async fn an_unknown_section_is_refused(app: &TestApp, base: &str, coordinator: &str) {
    // An unknown section is refused and nothing is stored.
    let r = app
        .api(Method::PATCH, base, coordinator)
        .json(&json!({"sections": {"lokalt": "x", "okänt": "y"}}))
        .send()
        .await
        .expect("patch");
    assert_eq!(r.status(), 422);
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM situation_pictures WHERE year = $1")
        .bind(YEAR)
        .fetch_one(app.db.pool())
        .await
        .expect("count");
    assert_eq!(stored, 0);
}

async fn a_text_pointing_out_a_person_is_refused(app: &TestApp, base: &str, coordinator: &str) {
    // A text that points out a person is refused, naming the section, not echoing the text.
    let r = app
        .api(Method::PATCH, base, coordinator)
        .json(&json!({"sections": {"lokalt": "Eleven Anna Svensson, 070-123 45 67, har hotat andra."}}))
        .send()
        .await
        .expect("patch");
    assert_eq!(r.status(), 422);
    let err: Value = r.json().await.expect("json");
    assert_eq!(err["problems"][0]["field"], "Lokalt");
    assert!(!err.to_string().contains("Svensson"), "{err}");
}

async fn written_sections_stay_and_are_audited(
    app: &TestApp,
    base: &str,
    coordinator: &str,
    sod: i64,
) {
    // The coordinator writes two sections, then a third; the first ones stay.
    for sections in [
        json!({"internationellt": "Propagandan sprids över gränserna.", "lokalt": "Fler klistermärken vid skolorna."}),
        json!({"analys": "Skolorna behöver **stöd** i samtalen."}),
    ] {
        let r = app
            .api(Method::PATCH, base, coordinator)
            .json(&json!({ "sections": sections }))
            .send()
            .await
            .expect("patch");
        assert_eq!(r.status(), 200);
    }
    let doc = get_json(app, base, coordinator).await;
    assert_eq!(body(&doc, "lokalt"), "Fler klistermärken vid skolorna.");
    assert_eq!(
        body(&doc, "analys"),
        "Skolorna behöver **stöd** i samtalen."
    );
    assert_eq!(
        (
            count(app, "create", sod).await,
            count(app, "update", sod).await
        ),
        (1, 1)
    );
    assert!(
        count(app, "read", sod).await >= 1,
        "reading the text is audited"
    );
}

async fn a_final_picture_is_locked(app: &TestApp, base: &str, coordinator: &str) {
    // Final: locked, with a Swedish message, on the API and on the page alike.
    let r = app
        .api(Method::POST, &format!("{base}/finalize"), coordinator)
        .send()
        .await
        .expect("finalize");
    assert_eq!(r.status(), 200);
    let doc: Value = r.json().await.expect("json");
    assert_eq!(doc["narrative"]["status"], "final");
    let r = app
        .api(Method::PATCH, base, coordinator)
        .json(&json!({"sections": {"lokalt": "Ändrat i efterhand."}}))
        .send()
        .await
        .expect("patch");
    assert_eq!(r.status(), 409);
    let err: Value = r.json().await.expect("json");
    assert!(
        err["message"].as_str().unwrap_or("").contains("fastställd"),
        "{err}"
    );
    let r = app
        .api(Method::POST, &format!("{base}/finalize"), coordinator)
        .send()
        .await
        .expect("finalize");
    assert_eq!(r.status(), 409);
}

async fn the_final_page_is_locked_too(app: &TestApp, base: &str, page: &str, coordinator: &str) {
    let r = app
        .post_with_csrf(page, &[("section_lokalt", "Ändrat på sidan.")])
        .await;
    assert_eq!(r.status(), 409);
    assert!(r
        .text()
        .await
        .expect("body")
        .contains("Lägesbilden är fastställd"));
    assert_eq!(
        body(&get_json(app, base, coordinator).await, "lokalt"),
        "Fler klistermärken vid skolorna."
    );
}

async fn reopened_corrected_and_final_again(
    app: &TestApp,
    base: &str,
    page: &str,
    coordinator: &str,
    sod: i64,
) {
    // Reopened, corrected and final again: every step in the history and the audit log.
    let r = app.post_with_csrf(&format!("{page}/ateroppna"), &[]).await;
    assert_eq!(r.status(), 303);
    let r = app
        .post_with_csrf(
            page,
            &[("section_lokalt", "Fler klistermärken vid två skolor.")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let r = app.post_with_csrf(&format!("{page}/faststall"), &[]).await;
    assert_eq!(r.status(), 303);
    let doc = get_json(app, base, coordinator).await;
    let steps: Vec<&str> = doc["narrative"]["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["step"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        steps,
        [
            "created",
            "saved",
            "finalized",
            "reopened",
            "saved",
            "finalized"
        ]
    );
    assert_eq!(
        (
            count(app, "finalize", sod).await,
            count(app, "reopen", sod).await
        ),
        (2, 1)
    );
}

async fn the_page_shows_the_history_and_no_form(app: &TestApp, page: &str) {
    let (status, html) = app.get_text(page).await;
    assert_eq!(status, 200);
    assert!(html.contains("Fastställd") && html.contains("Fler klistermärken vid två skolor."));
    // The history names the coordinator and gives Swedish local time; the page opens with
    // its contents and its figures folded (issue 20 points 7 and 12).
    let history = html
        .split("id=\"history-caption\"")
        .nth(1)
        .and_then(|h| h.split("</table>").next())
        .expect("history");
    assert!(
        !history.contains('@') && history.contains(" kl. "),
        "{history}"
    );
    assert!(html.contains("aria-labelledby=\"toc-heading\"") && html.contains("href=\"#history\""));
    assert!(
        !html.contains("name=\"section_lokalt\""),
        "no editing form on a final picture"
    );
}

async fn the_word_document_holds_sections_charts_and_sources(
    app: &TestApp,
    base: &str,
    coordinator: &str,
    sod: i64,
) {
    // The Word document: sections, statistics with embedded charts, sources; fetching
    // it is a read of the text and is audited.
    let reads = count(app, "read", sod).await;
    let r = app
        .api(Method::GET, &format!("{base}/document.docx"), coordinator)
        .send()
        .await
        .expect("docx");
    assert_eq!(r.status(), 200);
    assert_eq!(count(app, "read", sod).await, reads + 1);
    let (names, parts) = docx_parts(&r.bytes().await.expect("bytes"));
    let xml = String::from_utf8(parts["word/document.xml"].clone()).expect("utf-8");
    // Sections nobody wrote and that hold no figures are left out, with no placeholder.
    assert!(
        !xml.contains(">Nationellt<"),
        "an unwritten section is not in the Word document"
    );
    assert!(
        !xml.contains("Inget är skrivet"),
        "no placeholder in the Word document"
    );
    for heading in [
        "Lokal lägesbild 2030",
        "Internationellt",
        "Lokalt",
        "Statistik",
        "Källor",
        "Analys",
        "Fastställd",
        "Propagandan sprids över gränserna.",
        "Varifrån siffrorna kommer",
    ] {
        assert!(
            xml.contains(&format!(">{heading}")),
            "{heading} in the Word document"
        );
    }
    assert!(
        !xml.contains("Tal mellan 1 och 3"),
        "exact numbers for the coordinator"
    );
    let images: Vec<&String> = names
        .iter()
        .filter(|n| n.starts_with("word/media/") && n.ends_with(".png"))
        .collect();
    assert!(images.len() >= 2, "{names:?}");
    assert!(images.iter().all(|n| is_png(&parts[*n])));
    let rels = String::from_utf8(parts["word/_rels/document.xml.rels"].clone()).expect("utf-8");
    assert!(rels.contains("media/figur1.png") && xml.contains("r:embed=\"rIdFig1\""));
}

async fn the_pdf_has_the_same_headings(app: &TestApp, base: &str, coordinator: &str) {
    // The PDF: the same headings as text.
    let r = app
        .api(Method::GET, &format!("{base}/document.pdf"), coordinator)
        .send()
        .await
        .expect("pdf");
    assert_eq!(r.status(), 200);
    let pdf = r.bytes().await.expect("bytes").to_vec();
    assert!(pdf.starts_with(b"%PDF"));
    let shown = pdf_text(&pdf);
    for heading in [
        "Lokal lägesbild 2030",
        "Internationellt",
        "Statistik",
        "Källor",
        "Analys",
        "Figur 1.",
    ] {
        assert!(shown.contains(heading), "{heading} in the PDF");
    }
}

async fn charts_download_as_svg_png_and_csv(app: &TestApp, page: &str, sod: i64) {
    // Charts to download: SVG with title and description, PNG.
    for (file, mark) in [("hatbrott.svg", "<polyline"), ("blanketter.svg", "<rect")] {
        let r = app.get(&format!("{page}/diagram/{file}")).await;
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()["content-type"], "image/svg+xml; charset=utf-8");
        let svg = r.text().await.expect("svg");
        assert!(
            svg.contains("<title id=") && svg.contains("<desc id=") && svg.contains(mark),
            "{file}"
        );
    }
    let r = app.get(&format!("{page}/diagram/blanketter.png")).await;
    assert_eq!(r.headers()["content-type"], "image/png");
    assert!(is_png(&r.bytes().await.expect("png")));
    let r = app.get(&format!("{page}/diagram/blanketter.csv")).await;
    assert_eq!(r.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = r.text().await.expect("csv");
    assert!(
        csv.starts_with('\u{feff}') && csv.contains("År,") && csv.contains("\n2023,"),
        "{csv}"
    );
    assert_eq!(
        app.get(&format!("{page}/diagram/okand.png")).await.status(),
        404
    );
    assert_eq!(
        app.get(&format!("/lagesbild/forvaltningar/{sod}/ar/1800"))
            .await
            .status(),
        404
    );
}

/// Returns the reader's token.
async fn figures_are_hidden_outside_the_administration(
    app: &TestApp,
    base: &str,
    coordinator: &str,
) -> String {
    // Outside the administration small counts are hidden, in the JSON and the documents.
    let exact = values(&get_json(app, base, coordinator).await);
    assert!(
        exact.iter().any(|v| matches!(v, Some(1..=3))),
        "the demo has small counts: {exact:?}"
    );
    let reader = app.token("revisor@demo.example").await;
    let outside = get_json(app, base, &reader).await;
    assert_eq!(outside["exact"], false);
    let hidden = values(&outside);
    assert!(
        hidden.iter().all(|v| !matches!(v, Some(1..=3))),
        "{hidden:?}"
    );
    assert!(hidden.iter().any(Option::is_none));
    let r = app
        .api(Method::GET, &format!("{base}/document.docx"), &reader)
        .send()
        .await
        .expect("docx");
    let (_, parts) = docx_parts(&r.bytes().await.expect("bytes"));
    let xml = String::from_utf8(parts["word/document.xml"].clone()).expect("utf-8");
    assert!(xml.contains("Tal mellan 1 och 3") && xml.contains(">–<"));
    reader
}

async fn a_chart_with_hidden_values_says_so(app: &TestApp, sod: i64) {
    // On the page, a chart with hidden values says so under it; the coordinator's does not.
    let page = format!("/lagesbild/forvaltningar/{sod}/ar/{YEAR}");
    let reading = app.fresh_client();
    reading.sign_in("revisor@demo.example").await;
    let (status, html) = reading.get_text(&page).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("värden i diagrammet är dolda"),
        "the reader is told values are hidden"
    );
    let (_, html) = app.get_text(&page).await;
    assert!(
        !html.contains("värden i diagrammet är dolda"),
        "the coordinator sees exact figures"
    );
}

async fn the_reader_may_not_write(app: &TestApp, base: &str, reader: &str) {
    let r = app
        .api(Method::PATCH, base, reader)
        .json(&json!({"sections": {"lokalt": "x"}}))
        .send()
        .await
        .expect("patch");
    assert_eq!(r.status(), 403);
}

async fn the_plan_and_the_picture_link_to_each_other(app: &TestApp, sod: i64) {
    // The plan of the same year links to the picture with a summary, and back.
    let plan: i64 = sqlx::query_scalar(
        "SELECT id FROM plans WHERE administration_id = $1 AND period_start = '2026-01-01'",
    )
    .bind(sod)
    .fetch_one(app.db.pool())
    .await
    .expect("plan");
    let (status, html) = app.get_text(&format!("/planer/{plan}")).await;
    assert_eq!(status, 200);
    assert!(html.contains(&format!("href=\"/lagesbild/forvaltningar/{sod}/ar/2026\"")));
    assert!(
        html.contains("vi väntar in polisens kartläggning"),
        "the summary of the demo draft"
    );
    let (_, html) = app
        .get_text(&format!("/lagesbild/forvaltningar/{sod}/ar/2026"))
        .await;
    assert!(html.contains(&format!("href=\"/planer/{plan}\"")));
}

async fn a_renamed_environment_keeps_its_old_section(app: &TestApp, sod: i64, coordinator: &str) {
    // An environment renamed in the taxonomy: a draft keeps the old section's text under
    // its old title, it can still be edited, and the new name gets a section of its own.
    let draft = format!("/api/v1/administrations/{sod}/situation/pictures/2031");
    let patch = |text: &'static str| {
        app.api(Method::PATCH, &draft, coordinator)
            .json(&json!({"sections": {"miljo_vansterextremism": text}}))
            .send()
    };
    assert_eq!(
        patch("Klotter på västra sidan.")
            .await
            .expect("patch")
            .status(),
        200
    );
    let term: varn::taxonomy::TermId = sqlx::query_scalar(
        "SELECT id FROM taxonomy_terms WHERE code = 'vansterextremism' AND retired_version IS NULL",
    )
    .fetch_one(app.db.pool())
    .await
    .expect("term");
    varn::taxonomy::store::rename(
        &app.db,
        &varn::audit::Actor::system("test"),
        term,
        "vanster_ny",
        "Vänsterextremism med nytt namn",
    )
    .await
    .expect("rename");
    assert_eq!(
        patch("Klotter på västra sidan, mindre än förut.")
            .await
            .expect("patch")
            .status(),
        200
    );
    let doc = get_json(app, &draft, coordinator).await;
    let sections = doc["narrative"]["sections"].as_array().expect("sections");
    let old = sections
        .iter()
        .find(|s| s["key"] == "miljo_vansterextremism")
        .expect("old section");
    assert_eq!(
        (old["title"].as_str(), old["body"].as_str()),
        (
            Some("Våldsbejakande vänsterextremism"),
            Some("Klotter på västra sidan, mindre än förut.")
        )
    );
    assert!(sections
        .iter()
        .any(|s| s["key"] == "miljo_vanster_ny" && s["title"] == "Vänsterextremism med nytt namn"));
}

#[tokio::test]
async fn the_written_picture_on_sqlite() {
    check_on(Backend::Sqlite).await;
}

#[tokio::test]
async fn the_written_picture_on_postgres() {
    check_on(Backend::Postgres).await;
}

/// A figure of the picture by its id.
fn figure<'a>(doc: &'a Value, id: &str) -> &'a Value {
    doc["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .find(|f| f["id"] == id)
        .unwrap_or_else(|| panic!("no figure {id} in {doc}"))
}

both_backends!(training_and_the_survey_add_their_figures, |app| {
    // The demo's Södermalm: the web training since 2020, and last year's closed survey round
    // where three answers named an environment.
    let sod = app.id_of("administrations", "SOD").await;
    let year = i64::from(chrono::Datelike::year(&chrono::Utc::now().date_naive()));
    let path = format!("/api/v1/administrations/{sod}/situation/pictures/{year}");
    let own = get_json(
        &app,
        &path,
        &app.token("samordnare.sodermalm@demo.example").await,
    )
    .await;
    let training = figure(&own, "utbildning");
    let labels = training["labels"].as_array().expect("labels");
    let at = labels.iter().position(|l| l == "2021").expect("2021");
    let completed = training["series"][0]["values"][at].as_i64().expect("value");
    assert!(completed >= 152, "{training}");
    assert!(training["sources"][0]["source"]
        .as_str()
        .is_some_and(|s| s.contains("Utbildningssiffrorna")));
    let survey = figure(&own, "enkat-miljo");
    assert_eq!(
        survey["labels"],
        json!([(year - 1).to_string()]),
        "{survey}"
    );
    let total: i64 = survey["series"]
        .as_array()
        .expect("series")
        .iter()
        .map(|s| s["values"][0].as_i64().expect("exact inside"))
        .sum();
    assert_eq!(total, 3, "{survey}");
    // The knowledge level of the same round: the demo's 27 unit answers of seed 002 and its
    // ten partners' answers on the scale, by level, and the round named with its answers
    // and response rate.
    let knowledge = figure(&own, "enkat-kunskap");
    assert_eq!(knowledge["labels"], json!([(year - 1).to_string()]));
    let levels: Vec<i64> = knowledge["series"]
        .as_array()
        .expect("series")
        .iter()
        .map(|s| s["values"][0].as_i64().expect("exact inside"))
        .collect();
    assert_eq!(levels.len(), 5, "{knowledge}");
    assert_eq!(levels.iter().sum::<i64>(), 37, "{knowledge}");
    let source = knowledge["sources"][0]["source"].as_str().expect("source");
    assert!(
        source.contains("Enkät om våldsbejakande extremism (") && source.contains("svarsfrekvens"),
        "{source}"
    );
    // From outside the administration the survey's small counts are hidden like any other.
    let central = get_json(&app, &path, &app.token("central@demo.example").await).await;
    assert!(figure(&central, "enkat-miljo")["series"]
        .as_array()
        .expect("series")
        .iter()
        .all(|s| s["values"][0].is_null()));
});
