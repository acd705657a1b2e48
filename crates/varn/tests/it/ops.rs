//! What operators and the public expect of a running Värn: `/readyz`, `/metrics` when
//! turned on, and the accessibility statement with the municipality's own text and contact.

use crate::common::spawn_app_with;

both_backends!(ready_and_health_answer_for_a_load_balancer, |app| {
    let (status, body) = app.get_text("/readyz").await;
    assert_eq!((status, body.as_str()), (200, "ready"));
    // Metrics are off unless configured: the path is not there.
    assert_eq!(app.get("/metrics").await.status(), 404);
    app.shutdown().await;
});

#[tokio::test]
async fn metrics_count_requests_by_route_never_by_path() {
    for backend in crate::common::BACKENDS {
        let app = spawn_app_with(backend, |c| c.metrics = true).await;
        app.sign_in("samordnare.sodermalm@demo.example").await;
        let (status, _) = app.get_text("/inkorg/12345").await;
        assert_eq!(status, 404);
        let (status, text) = app.get_text("/metrics").await;
        assert_eq!(status, 200);
        assert!(
            text.contains(
                r#"varn_http_requests_total{method="GET",route="/inkorg/{report}",status="404"} 1"#
            ),
            "{text}"
        );
        assert!(
            text.contains("varn_http_request_duration_seconds_bucket"),
            "{text}"
        );
        assert!(
            text.contains(r#"varn_db_pool_connections{state="open"}"#),
            "{text}"
        );
        assert!(!text.contains("12345"), "ids stay out of the metrics");
        app.shutdown().await;
    }
}

#[tokio::test]
async fn the_accessibility_statement_is_public_and_the_municipalitys_own() {
    for backend in crate::common::BACKENDS {
        let app = spawn_app_with(backend, |_| {}).await;
        let (status, html) = app.get_text("/tillganglighet").await;
        assert_eq!(status, 200);
        assert!(
            html.contains("Tillgänglighetsredogörelse") && html.contains("Digg"),
            "{html}"
        );
        assert!(
            html.contains("samordnare"),
            "without a contact, the coordinators are named"
        );
        app.shutdown().await;
        let app = spawn_app_with(backend, |c| {
            c.accessibility_statement =
                "## Vår redogörelse\n\nTjänsten uppfyller **delvis** kraven.".into();
            c.accessibility_contact = "tillganglighet@kommun.example".into();
        })
        .await;
        let (_, html) = app.get_text("/tillganglighet").await;
        assert!(
            html.contains("<h2>Vår redogörelse</h2>") && html.contains("<strong>delvis</strong>"),
            "{html}"
        );
        assert!(html.contains("tillganglighet@kommun.example"));
        // Every page links to it.
        let (_, login) = app.get_text("/logga-in").await;
        assert!(login.contains(r#"href="/tillganglighet""#));
        app.shutdown().await;
    }
}
