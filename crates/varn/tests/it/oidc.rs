//! Sign-in through the municipality's identity provider, the parts that need no provider:
//! without one configured its routes are not there; with one that does not answer, the
//! person gets a Swedish page (never a 500); a return Värn is not waiting for is refused;
//! password sign-in can be turned off. The flow against a real provider is
//! `tests/browser/oidc.test.js`.

use crate::common::{spawn_app_with, PASSWORD};

/// A loopback port nothing listens on.
fn closed_port() -> u16 {
    let probe = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    probe.local_addr().expect("addr").port()
}

fn with_provider(config: &mut varn::config::Config, port: u16) {
    config.oidc_issuer = format!("http://127.0.0.1:{port}");
    config.oidc_provider_name = "Stadens inloggning".into();
    config.oidc_client_id = "varn".into();
    config.oidc_client_secret = varn::config::Secret::new("hemligt");
}

both_backends!(without_a_provider_there_is_no_way_there, |app| {
    let (status, page) = app.get_text("/logga-in").await;
    assert_eq!(status, 200);
    assert!(!page.contains("/logga-in/oidc"), "{page}");
    assert!(page.contains("name=\"password\""));
    assert_eq!(app.get("/logga-in/oidc").await.status(), 404);
    assert_eq!(
        app.get("/logga-in/oidc/svar?code=a&state=b").await.status(),
        404
    );
    app.shutdown().await;
});

#[tokio::test]
async fn an_unreachable_provider_gets_a_swedish_page_and_an_unknown_state_is_refused() {
    for backend in crate::common::BACKENDS {
        let port = closed_port();
        let app = spawn_app_with(backend, |c| with_provider(c, port)).await;
        let (status, page) = app.get_text("/logga-in").await;
        assert_eq!(status, 200);
        assert!(page.contains("Logga in med Stadens inloggning"), "{page}");
        assert!(
            page.contains("href=\"/logga-in/oidc?next=%2Fstart\""),
            "{page}"
        );

        let (status, page) = app.get_text("/logga-in/oidc?next=/inkorg").await;
        assert_eq!(status, 503);
        assert!(
            page.contains("Stadens inloggning svarar inte just nu"),
            "{page}"
        );

        // No sign-in was begun with this state: refused before the provider is asked.
        let (status, page) = app
            .get_text("/logga-in/oidc/svar?code=en-kod&state=ett-tillstand")
            .await;
        assert_eq!(status, 400);
        assert!(page.contains("Inloggningen kunde inte slutföras"), "{page}");
        // The provider's own refusal (the person cancelled) is named too.
        let (status, page) = app
            .get_text("/logga-in/oidc/svar?error=access_denied&state=ett-tillstand")
            .await;
        assert_eq!(status, 401);
        assert!(
            page.contains("Inloggningen avbröts hos Stadens inloggning"),
            "{page}"
        );
        let (status, _) = app
            .get_text(&format!(
                "/logga-in/oidc/svar?code={}&state=x",
                "a".repeat(5000)
            ))
            .await;
        assert_eq!(status, 400);
        app.shutdown().await;
    }
}

#[tokio::test]
async fn password_sign_in_can_be_turned_off() {
    for backend in crate::common::BACKENDS {
        let port = closed_port();
        let app = spawn_app_with(backend, |c| {
            with_provider(c, port);
            c.password_sign_in = false;
        })
        .await;
        let (status, page) = app.get_text("/logga-in").await;
        assert_eq!(status, 200);
        assert!(!page.contains("name=\"password\""), "{page}");
        assert!(page.contains("Logga in med Stadens inloggning"));
        let response = app
            .post_form(
                "/logga-in",
                &[
                    ("csrf", "x"),
                    ("email", "admin@demo.example"),
                    ("password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(response.status(), 403);
        let page = response.text().await.expect("body");
        assert!(
            page.contains("Inloggning med lösenord är avstängd"),
            "{page}"
        );
        assert_eq!(app.get("/start").await.status(), 303);
        app.shutdown().await;
    }
}
