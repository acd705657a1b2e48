//! The local situational picture travels with the plan (issue 17): the plan's Word and PDF
//! can carry the year's picture as "Bilaga 1", as seed 002's plan does; only for those who
//! may read the picture, suppressed outside the administration, the read audited.

use reqwest::Method;
use serde_json::{json, Value};

use crate::common::docx_body as docx_text;

both_backends!(the_plan_carries_the_picture_as_its_appendix, |app| {
    let sodermalm = app.id_of("administrations", "SOD").await;
    let plan: i64 = sqlx::query_scalar(
        "SELECT id FROM plans WHERE administration_id = $1 ORDER BY period_start DESC LIMIT 1",
    )
    .bind(sodermalm)
    .fetch_one(app.db.pool())
    .await
    .expect("Södermalm's plan");
    let coordinator = app.token("samordnare.sodermalm@demo.example").await;
    let reads = || async {
        sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'read' AND record_type = 'situation_picture'",
        )
        .fetch_one(app.db.pool())
        .await
        .expect("reads")
    };
    let before = reads().await;
    let plain = app
        .api(
            Method::GET,
            &format!("/api/v1/plans/{plan}/document.docx"),
            &coordinator,
        )
        .send()
        .await
        .expect("plain");
    assert_eq!(plain.status(), 200);
    let plain = docx_text(&plain.bytes().await.expect("bytes"));
    assert!(
        !plain.contains("Bilaga 1. Lokal lägesbild"),
        "no appendix unless asked"
    );
    let with = app
        .api(
            Method::GET,
            &format!("/api/v1/plans/{plan}/document.docx?appendix=picture"),
            &coordinator,
        )
        .send()
        .await
        .expect("with");
    assert_eq!(with.status(), 200);
    let with = docx_text(&with.bytes().await.expect("bytes"));
    assert!(
        with.contains("Bilaga 1. Lokal lägesbild"),
        "the appendix's heading"
    );
    assert!(
        with.len() > plain.len() + 500,
        "the picture's sections follow"
    );
    assert_eq!(reads().await, before + 1, "reading the picture is audited");
    let pdf = app
        .api(
            Method::GET,
            &format!("/api/v1/plans/{plan}/document.pdf?appendix=picture"),
            &coordinator,
        )
        .send()
        .await
        .expect("pdf");
    assert_eq!(pdf.status(), 200);
    assert!(pdf.bytes().await.expect("pdf").starts_with(b"%PDF"));

    // A unit manager reads the plan, not the picture.
    let manager = app.token("chef.sodermalm@demo.example").await;
    let r = app
        .api(
            Method::GET,
            &format!("/api/v1/plans/{plan}/document.docx?appendix=picture"),
            &manager,
        )
        .send()
        .await
        .expect("manager");
    assert_eq!(r.status(), 403);

    // An administration without a picture in the plan's year or the year before is told so.
    let farsta = app.id_of("administrations", "FAR").await;
    let farsta_coordinator = app.token("samordnare.farsta@demo.example").await;
    let (status, created) = crate::common::call(
        &app,
        Method::POST,
        &format!("/api/v1/administrations/{farsta}/plans"),
        &farsta_coordinator,
        json!({"title": "Farstas plan", "period_start": "2031-01-01", "period_end": "2031-12-31"}),
    )
    .await;
    assert_eq!(status, 201, "{created}");
    let (status, e) = crate::common::call(
        &app,
        Method::GET,
        &format!(
            "/api/v1/plans/{}/document.pdf?appendix=picture",
            created["id"]
        ),
        &farsta_coordinator,
        Value::Null,
    )
    .await;
    assert_eq!(status, 422, "{e}");
    assert_eq!(e["problems"][0]["field"], "Bilaga", "{e}");

    // The page offers it to the coordinator.
    app.sign_in("samordnare.sodermalm@demo.example").await;
    let (status, html) = app.get_text(&format!("/planer/{plan}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("id=\"docx-with-picture\""), "the link");
    let r = app
        .get(&format!(
            "/planer/{plan}/handlingsplan.docx?bilaga=lagesbild"
        ))
        .await;
    assert_eq!(r.status(), 200);
    assert!(docx_text(&r.bytes().await.expect("docx")).contains("Bilaga 1. Lokal lägesbild"));
});
