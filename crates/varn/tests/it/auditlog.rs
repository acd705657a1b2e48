//! The audit log as people read it (issue 20 point 20): codes in Swedish, Swedish local
//! time, and readers (auditors) who read their administrations' entries without free text.

use reqwest::Method;
use serde_json::Value;
use varn::audit::{record_now, Action, Actor, Entry};

/// Entries as capabilities once wrote them, with codes in their summaries: one of
/// Södermalm, one of Farsta.
async fn entries_with_codes(app: &crate::common::TestApp) -> (i64, i64) {
    let sod = app.id_of("administrations", "SOD").await;
    let far = app.id_of("administrations", "FAR").await;
    let actor = Actor::system("samordnare.sodermalm@demo.example");
    for (record, admin, summary) in [
        (99101, sod, "2026 docx"),
        (99102, sod, "assessed_vbe"),
        (99103, sod, "T1 not_started Två möten hölls"),
        (99201, far, "Farstas egen anteckning"),
    ] {
        record_now(
            &app.db,
            &actor,
            Entry::new(Action::Update, varn::reports::Record::Report, record)
                .admin(Some(varn::kernel::ids::AdministrationId::new(admin)))
                .summary(summary),
        )
        .await
        .expect("entry");
    }
    (sod, far)
}

both_backends!(the_log_reads_in_swedish, |app| {
    entries_with_codes(&app).await;
    app.sign_in("samordnare.sodermalm@demo.example").await;
    let (status, html) = app.get_text("/logg?actor=samordnare").await;
    assert_eq!(status, 200);
    for want in [
        "Tid (svensk tid)",
        "<td>2026 Word</td>",
        "<td>Bedömd som VBE</td>",
        "<td>T1 Ej påbörjad Två möten hölls</td>",
    ] {
        assert!(html.contains(want), "{want} in {html}");
    }
    for code in ["docx", "assessed_vbe", "not_started", "(UTC)"] {
        assert!(!html.contains(code), "{code} shown");
    }
    let (_, csv) = app.get_text("/logg.csv?actor=samordnare").await;
    assert!(
        csv.contains("2026 Word") && csv.contains("Bedömd som VBE"),
        "{csv}"
    );
    assert!(!csv.contains("assessed_vbe"));
    app.shutdown().await;
});

both_backends!(the_log_names_people_by_name, |app| {
    // Issue 20 point 7: people by name on the page and in the export; the address stays
    // beside it, since two people may share a name and the log must tell them apart.
    entries_with_codes(&app).await;
    let address = "samordnare.sodermalm@demo.example";
    let name = crate::common::name_of(&app, address).await;
    assert!(!name.is_empty() && !name.contains('@'), "{name}");
    app.sign_in(address).await;
    let (_, html) = app.get_text("/logg?actor=samordnare").await;
    assert!(
        html.contains(&format!(
            "<td>{name}<br><span class=\"hint\">{address}</span></td>"
        )),
        "{html}"
    );
    let (_, csv) = app.get_text("/logg.csv?actor=samordnare").await;
    let header = csv.lines().next().expect("header");
    assert!(header.contains("Vem,Vems konto (e-post)"), "{header}");
    assert!(csv.contains(&format!("{name},{address}")), "{csv}");
    app.shutdown().await;
});

both_backends!(
    a_reader_reads_the_log_of_their_administrations_without_free_text,
    |app| {
        // DOMAIN.md §2: a reader (auditor) reads what their scope allows, never free text;
        // §12: the log says who read which form and who changed what. The demo's auditor
        // reads Södermalm and Älvsjö.
        entries_with_codes(&app).await;
        let reader = app.fresh_client();
        reader.sign_in("revisor@demo.example").await;
        let (status, html) = reader.get_text("/logg").await;
        assert_eq!(status, 200, "{html}");
        assert!(
            html.contains("href=\"/logg\""),
            "in the reader's navigation"
        );
        assert!(
            html.contains("99101") && html.contains("99102"),
            "Södermalm's entries"
        );
        assert!(!html.contains("99201"), "no entry of Farsta");
        assert!(html.contains("Beskrivningarna visas inte"), "{html}");
        for hidden in [
            "Beskrivning</th>",
            "2026 Word",
            "Två möten",
            "Bedömd som VBE",
        ] {
            assert!(!html.contains(hidden), "{hidden} shown to a reader");
        }
        let (status, csv) = reader.get_text("/logg.csv").await;
        assert_eq!(status, 200);
        assert!(csv.contains("99101") && !csv.contains("99201"));
        assert!(
            !csv.contains("Två möten") && !csv.contains("2026 Word"),
            "{csv}"
        );
        let token = app.token("revisor@demo.example").await;
        let r = app
            .api(Method::GET, "/api/v1/audit", &token)
            .send()
            .await
            .expect("api");
        assert_eq!(r.status(), 200);
        let list: Value = r.json().await.expect("json");
        let list = list.as_array().expect("entries");
        assert!(!list.is_empty());
        assert!(
            list.iter().all(|e| e["summary"] == ""),
            "no summaries through the API"
        );
        assert!(list.iter().all(|e| e["record_id"] != "99201"));
        // The coordinator of Södermalm still reads the summaries, and the central coordinator
        // Farsta's too.
        app.sign_in("central@demo.example").await;
        let (_, html) = app.get_text("/logg?actor=samordnare").await;
        assert!(html.contains("Farstas egen anteckning"));
        app.shutdown().await;
    }
);
