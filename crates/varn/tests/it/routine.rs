//! The routine guide: versioning on both backends, and the guide, the editor and the API
//! over HTTP.

use crate::common::TestApp;
use reqwest::Method;
use serde_json::{json, Value};
use varn::audit::Actor;
use varn::kernel::error::Error;
use varn::routine::domain::{first_version, RoutineVersionId};
use varn::routine::store::{self, Status};

const EMPLOYEE: &str = "medarbetare.sodermalm@demo.example";
const CENTRAL: &str = "central@demo.example";
const COORDINATOR: &str = "samordnare.sodermalm@demo.example";

on_both!(the_first_version_is_seeded_once, |db| {
    let (a, b) = tokio::join!(store::ensure_seeded(db), store::ensure_seeded(db));
    a.expect("seed");
    b.expect("seed");
    store::ensure_seeded(db).await.expect("seed again");
    let versions = store::list(db).await.expect("list");
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].number, 1);
    assert_eq!(versions[0].status, Status::Published);
    let current = store::current(db).await.expect("current");
    assert_eq!(current.content, first_version());
});

on_both!(
    publishing_a_draft_supersedes_and_published_versions_never_change,
    |db| {
        let actor = Actor::system("test");
        let first = store::current(db).await.expect("current");

        let mut tx = db.begin_write().await.expect("tx");
        let draft = store::create_draft(&mut tx, &actor).await.expect("draft");
        tx.commit().await.expect("commit");
        let v2 = store::get(db, draft).await.expect("draft");
        assert_eq!(v2.info.number, 2);
        assert_eq!(v2.info.status, Status::Draft);
        assert_eq!(v2.content, first.content, "a draft starts as a copy");

        let mut tx = db.begin_write().await.expect("tx");
        let again = store::create_draft(&mut tx, &actor).await;
        assert!(
            matches!(again, Err(Error::Conflict(ref m)) if m.contains("version 2")),
            "{again:?}"
        );
        tx.rollback().await.expect("rollback");

        // A draft can be edited, as often as needed.
        let mut changed = v2.content.clone();
        changed.steps[0].title = "Ring 112 omedelbart".into();
        for note in ["Första utkastet", "Tydligare om 112"] {
            let mut tx = db.begin_write().await.expect("tx");
            store::update_draft(&mut tx, &actor, draft, note, &changed)
                .await
                .expect("update draft");
            tx.commit().await.expect("commit");
        }
        let edited = store::get(db, draft).await.expect("get");
        assert_eq!(edited.content, changed);
        assert_eq!(edited.info.note, "Tydligare om 112");
        // The guide still uses the published version.
        assert_eq!(store::current(db).await.expect("current").info.number, 1);

        // A published version is never changed.
        let mut tx = db.begin_write().await.expect("tx");
        let refused = store::update_draft(&mut tx, &actor, first.info.id, "", &changed).await;
        assert!(
            matches!(refused, Err(Error::Conflict(ref m)) if m.contains("Version 1")),
            "{refused:?}"
        );
        tx.rollback().await.expect("rollback");

        let mut tx = db.begin_write().await.expect("tx");
        assert_eq!(
            store::publish(&mut tx, &actor, draft)
                .await
                .expect("publish"),
            2
        );
        tx.commit().await.expect("commit");
        let current = store::current(db).await.expect("current");
        assert_eq!(current.info.number, 2);
        assert_eq!(current.content.steps[0].title, "Ring 112 omedelbart");
        assert_eq!(current.info.published_by.as_deref(), Some("test"));
        assert!(current.info.published_at.is_some());

        // The previous version stays readable, unchanged, with who published it and when.
        let old = store::get(db, first.info.id).await.expect("old");
        assert_eq!(old.info.status, Status::Superseded);
        assert_eq!(old.content, first.content);
        assert!(old.info.published_at.is_some());

        let mut tx = db.begin_write().await.expect("tx");
        assert!(matches!(
            store::publish(&mut tx, &actor, draft).await,
            Err(Error::Conflict(_))
        ));
        tx.rollback().await.expect("rollback");
        let mut tx = db.begin_write().await.expect("tx");
        assert!(matches!(
            store::update_draft(&mut tx, &actor, draft, "", &first.content).await,
            Err(Error::Conflict(_))
        ));
        tx.rollback().await.expect("rollback");
        assert!(matches!(
            store::get(db, RoutineVersionId::new(9999)).await,
            Err(Error::NotFound)
        ));

        // Every change is in the audit log.
        let audited: Vec<String> = sqlx::query_scalar(
            "SELECT action FROM audit_log WHERE record_type = 'routine_version' ORDER BY id",
        )
        .fetch_all(db.pool())
        .await
        .expect("audit");
        assert_eq!(
            audited,
            vec!["publish", "create", "update", "update", "publish"]
        );
    }
);

const ALL_NO: &str = "fara=nej&brott=nej&under18=nej&arbete=nej&lamna=nej&atervandare=nej&dela=nej";

async fn signed_in(app: &TestApp, email: &str) -> TestApp {
    let s = app.fresh_client();
    s.sign_in(email).await;
    s
}

both_backends!(
    an_employee_gets_the_checklist_with_their_own_coordinator_and_the_form_link,
    |app| {
        let employee = signed_in(&app, EMPLOYEE).await;
        let (status, html) = employee.get_text("/rutin").await;
        assert_eq!(status, 200);
        assert!(html.contains("Visa vad jag ska göra"));
        assert!(html.contains("<legend>Är någon i akut fara just nu"));
        assert!(html.contains("action=\"/rutin/checklista\""));
        assert!(html.contains("href=\"/rutin\" aria-current=\"page\">Rutin vid oro"));

        let query = ALL_NO
            .replace("brott=nej", "brott=ja")
            .replace("under18=nej", "under18=ja");
        let (status, html) = employee
            .get_text(&format!("/rutin/checklista?{query}"))
            .await;
        assert_eq!(status, 200);
        assert!(html.contains("Överväg en polisanmälan"));
        assert!(html.contains("14 kap. 1 § SoL"));
        assert!(html.contains("version 1"));
        let police = html.find("Överväg en polisanmälan").expect("police");
        let manager = html.find("Berätta för din närmaste chef").expect("manager");
        assert!(police < manager, "the checklist keeps its order");
        assert!(!html.contains("Ring 112 direkt"));
        assert!(html.contains("Dragan Lindqvist"), "Södermalm's coordinator");
        assert!(
            !html.contains("Gustav Åström"),
            "no other administration's coordinator"
        );
        // The advised actions are offered to tick, none ticked: only the person knows
        // what was done. Each has the name the form gives it.
        for (code, label) in [
            ("police_report", "Polisanmälan"),
            ("concern_report", "Orosanmälan till socialtjänsten"),
            ("told_manager", "Berättat för närmaste chef"),
            ("contacted_coordinator", "Kontaktat samordnaren"),
        ] {
            assert!(
                html.contains(&format!(
                    "<input type=\"checkbox\" name=\"gjort\" value=\"{code}\"> {label}</label>"
                )),
                "{code} offered unticked as '{label}'"
            );
        }
        assert!(!html.contains("Rapport i IA") && !html.contains("Pratat med chefen"));
        assert!(html.contains("<form method=\"get\" action=\"/blankett/ny\""));
        // The form is prefilled with what was ticked, and nothing else.
        let (_, form) = employee
            .get_text("/blankett/ny?gjort=concern_report&gjort=told_manager")
            .await;
        assert!(
            form.contains("value=\"concern_report\" checked")
                && form.contains("value=\"told_manager\" checked")
        );
        assert!(!form.contains("value=\"police_report\" checked"));
        assert!(html.contains("data-print"));

        // Unanswered questions are named; the answers given stay chosen.
        let (status, html) = employee.get_text("/rutin/checklista?fara=ja").await;
        assert_eq!(status, 422);
        assert!(html.contains("Misstänker du att ett brott"));
        assert!(html.contains("svara på frågan"));
        assert!(html.contains("value=\"ja\" required checked"));
        app.shutdown().await;
    }
);

/// The editor's form for a version as a browser would send it, with `change` applied.
async fn editor_fields(
    app: &TestApp,
    id: RoutineVersionId,
    change: impl Fn(&mut Vec<(String, String)>),
) -> Vec<(String, String)> {
    let v = store::get(&app.db, id).await.expect("version");
    let mut fields = vec![("note".to_string(), "Ändrad".to_string())];
    for (n, q) in v.content.questions.iter().enumerate() {
        fields.push((format!("q{n}.code"), q.code.clone()));
        fields.push((format!("q{n}.text"), q.text.clone()));
        fields.push((format!("q{n}.help"), q.help.clone()));
    }
    for (n, s) in v.content.steps.iter().enumerate() {
        let when = match &s.question {
            Some(code) => format!("{}:{code}", s.when.as_str()),
            None => "always".into(),
        };
        fields.push((format!("s{n}.title"), s.title.clone()));
        fields.push((format!("s{n}.text"), s.text.clone()));
        fields.push((format!("s{n}.legal_ref"), s.legal_ref.clone()));
        fields.push((format!("s{n}.when"), when));
        fields.push((format!("s{n}.position"), s.position.to_string()));
        fields.push((
            format!("s{n}.action"),
            s.action.map(|a| a.as_str().to_string()).unwrap_or_default(),
        ));
    }
    change(&mut fields);
    fields
}

fn set(fields: &mut [(String, String)], key: &str, value: &str) {
    for (k, v) in fields.iter_mut() {
        if k == key {
            *v = value.to_string();
        }
    }
}

async fn post_fields(app: &TestApp, path: &str, fields: &[(String, String)]) -> reqwest::Response {
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    app.post_with_csrf(path, &refs).await
}

both_backends!(
    the_central_coordinator_edits_and_publishes_and_the_guide_follows,
    |app| {
        let central = signed_in(&app, CENTRAL).await;
        let r = central.post_with_csrf("/rutin/versioner", &[]).await;
        assert_eq!(r.status(), 303);
        let location = r.headers()["location"]
            .to_str()
            .expect("location")
            .to_string();
        assert!(location.starts_with("/rutin/versioner/"), "{location}");
        let id: RoutineVersionId = location
            .trim_start_matches("/rutin/versioner/")
            .split('?')
            .next()
            .and_then(|s| s.parse().ok())
            .expect("draft id");
        let (status, html) = central.get_text(&location).await;
        assert_eq!(status, 200);
        assert!(html.contains("Spara utkastet"));
        assert!(html.contains("Publicera"));

        // Bad input is named by step and field, in Swedish, and nothing is saved.
        let bad = editor_fields(&app, id, |f| {
            set(f, "s0.title", " ");
            set(f, "s1.when", "yes:finns-inte");
        })
        .await;
        let r = post_fields(&central, &format!("/rutin/versioner/{id}"), &bad).await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.expect("body");
        assert!(html.contains("Steg 1: rubrik"), "{html}");
        assert!(html.contains("värdet saknas"));
        assert!(html.contains("Steg 2: visas när"));
        assert!(html.contains("finns-inte"));

        let good = editor_fields(&app, id, |f| {
            set(f, "s0.title", "Ring 112 omedelbart");
            // A new step at the end.
            f.push((
                "s99.title".into(),
                "ignored: rows are read in sequence".into(),
            ));
        })
        .await;
        let r = post_fields(&central, &format!("/rutin/versioner/{id}"), &good).await;
        assert_eq!(r.status(), 303);
        let draft = store::get(&app.db, id).await.expect("draft");
        assert_eq!(draft.content.steps[0].title, "Ring 112 omedelbart");
        assert_eq!(draft.info.note, "Ändrad");
        assert_eq!(draft.content.steps.len(), first_version().steps.len());

        // Until it is published, the guide keeps the old text.
        let employee = signed_in(&app, EMPLOYEE).await;
        let danger = ALL_NO.replace("fara=nej", "fara=ja");
        let (_, html) = employee
            .get_text(&format!("/rutin/checklista?{danger}"))
            .await;
        assert!(html.contains("Ring 112 direkt"));

        let r = central
            .post_with_csrf(&format!("/rutin/versioner/{id}/publicera"), &[])
            .await;
        assert_eq!(r.status(), 303);
        let (_, html) = central.get_text("/rutin/versioner?klart=publicerat").await;
        assert!(html.contains("används nu i guiden"));
        assert!(html.contains("Ersatt"));
        // Who published, by name (issue 20 point 7), in the list and on the version's page.
        let who = crate::common::name_of(&app, CENTRAL).await;
        crate::common::assert_named(
            crate::common::part(&html, "id=\"versions-caption\"", "</table>"),
            &who,
            CENTRAL,
        );
        let (_, html) = central.get_text(&format!("/rutin/versioner/{id}")).await;
        crate::common::assert_named(crate::common::part(&html, "<h1", "</main>"), &who, CENTRAL);

        let (_, html) = employee
            .get_text(&format!("/rutin/checklista?{danger}"))
            .await;
        assert!(html.contains("Ring 112 omedelbart"));
        assert!(html.contains("version 2"));
        assert!(html.contains("name=\"gjort\" value=\"called_112\""));

        // The published version can no longer be changed.
        let r = post_fields(&central, &format!("/rutin/versioner/{id}"), &good).await;
        assert_eq!(r.status(), 409);
        app.shutdown().await;
    }
);

both_backends!(only_the_central_coordinator_may_edit_the_routine, |app| {
    let current = store::current(&app.db).await.expect("current").info.id;
    for email in [EMPLOYEE, COORDINATOR] {
        let s = signed_in(&app, email).await;
        let r = s.post_with_csrf("/rutin/versioner", &[]).await;
        assert_eq!(r.status(), 403, "{email}");
        let r = s
            .post_with_csrf(&format!("/rutin/versioner/{current}/publicera"), &[])
            .await;
        assert_eq!(r.status(), 403, "{email}");
        let token = app.token(email).await;
        let r = app
            .api(Method::POST, "/api/v1/routine/versions", &token)
            .send()
            .await
            .expect("api");
        assert_eq!(r.status(), 403, "{email}");
    }
    // A coordinator may read the versions; an employee may not.
    let coordinator = signed_in(&app, COORDINATOR).await;
    let (status, html) = coordinator.get_text("/rutin/versioner").await;
    assert_eq!(status, 200);
    assert!(!html.contains("Ny version"));
    let employee = signed_in(&app, EMPLOYEE).await;
    assert_eq!(employee.get_text("/rutin/versioner").await.0, 403);
    app.shutdown().await;
});

both_backends!(the_api_evaluates_answers_and_manages_versions, |app| {
    let employee = app.token(EMPLOYEE).await;
    let r = app
        .api(Method::GET, "/api/v1/routine", &employee)
        .send()
        .await
        .expect("current");
    assert_eq!(r.status(), 200);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["info"]["number"], 1);
    assert_eq!(v["content"]["questions"][0]["code"], "fara");

    let answers = json!({"answers": {"fara": "no", "brott": "yes", "under18": "unknown",
        "arbete": "yes", "lamna": "no", "atervandare": "no", "dela": "no"}});
    let r = app
        .api(Method::POST, "/api/v1/routine/evaluate", &employee)
        .json(&answers)
        .send()
        .await
        .expect("evaluate");
    assert_eq!(r.status(), 200);
    let e: Value = r.json().await.expect("json");
    assert_eq!(e["form_link"], "/blankett/ny", "nothing prefilled as done");
    assert_eq!(
        e["actions"],
        json!([
            "police_report",
            "concern_report",
            "ia_report",
            "told_manager",
            "contacted_coordinator"
        ]),
        "the advised actions, in the checklist's order"
    );
    assert_eq!(e["version"]["number"], 1);
    assert_eq!(
        e["contacts"][0]["administration"],
        "Södermalms stadsdelsförvaltning"
    );

    let r = app
        .api(Method::POST, "/api/v1/routine/evaluate", &employee)
        .json(&json!({"answers": {"fara": "kanske", "okand": "yes"}}))
        .send()
        .await
        .expect("evaluate");
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.expect("json");
    let fields: Vec<&str> = body["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .filter_map(|p| p["field"].as_str())
        .collect();
    assert!(fields.contains(&"okand"), "{fields:?}");

    let central = app.token(CENTRAL).await;
    let r = app
        .api(Method::POST, "/api/v1/routine/versions", &central)
        .send()
        .await
        .expect("draft");
    assert_eq!(r.status(), 201);
    let draft: Value = r.json().await.expect("json");
    let id = draft["info"]["id"].as_i64().expect("id");
    assert_eq!(draft["info"]["status"], "draft");

    let mut content = json!({
        "note": "Ny ordning",
        "questions": draft["content"]["questions"].clone(),
        "steps": draft["content"]["steps"].clone(),
    });
    content["steps"][2]["action"] = json!("ringde_hem");
    content["steps"][3]["title"] = json!("");
    let r = app
        .api(
            Method::PATCH,
            &format!("/api/v1/routine/versions/{id}"),
            &central,
        )
        .json(&content)
        .send()
        .await
        .expect("patch");
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.expect("json");
    let problems = body["problems"].as_array().expect("problems");
    assert!(problems
        .iter()
        .any(|p| p["field"] == "Steg 3: åtgärd i blanketten"
            && p["message"]
                .as_str()
                .is_some_and(|m| m.contains("ringde_hem"))));
    assert!(problems
        .iter()
        .any(|p| p["field"] == "Steg 4: rubrik" && p["message"] == "värdet saknas."));

    content["steps"][2]["action"] = json!("concern_report");
    content["steps"][3]["title"] = json!("Överväg en anmälan om en vuxen");
    let r = app
        .api(
            Method::PATCH,
            &format!("/api/v1/routine/versions/{id}"),
            &central,
        )
        .json(&content)
        .send()
        .await
        .expect("patch");
    assert_eq!(r.status(), 200);
    let r = app
        .api(
            Method::POST,
            &format!("/api/v1/routine/versions/{id}/publish"),
            &central,
        )
        .send()
        .await
        .expect("publish");
    assert_eq!(r.status(), 200);
    let published: Value = r.json().await.expect("json");
    assert_eq!(published["info"]["status"], "published");
    assert_eq!(published["info"]["published_by"], CENTRAL);

    let r = app
        .api(Method::GET, "/api/v1/routine/versions", &central)
        .send()
        .await
        .expect("list");
    let list: Value = r.json().await.expect("json");
    assert_eq!(list[0]["number"], 2);
    assert_eq!(list[1]["status"], "superseded");
    app.shutdown().await;
});

both_backends!(the_editor_adds_and_removes_questions_and_steps, |app| {
    let central = signed_in(&app, CENTRAL).await;
    assert_eq!(
        central
            .post_with_csrf("/rutin/versioner", &[])
            .await
            .status(),
        303
    );
    let id = store::list(&app.db).await.expect("list")[0].id;
    // A second "Ny version" while a draft exists is refused in Swedish.
    let r = central.post_with_csrf("/rutin/versioner", &[]).await;
    assert_eq!(r.status(), 409);
    assert!(r
        .text()
        .await
        .expect("body")
        .contains("finns redan ett utkast"));

    let first = first_version();
    let last_q = first.questions.len() - 1;
    let last_s = first.steps.len() - 1;
    let fields = editor_fields(&app, id, |f| {
        // Remove the last question and the step that hangs on it.
        f.push((format!("q{last_q}.remove"), "1".into()));
        f.push((format!("s{last_s}.remove"), "1".into()));
        // A new question (its code is made up) and a new step on the first question.
        let q = first.questions.len();
        f.push((format!("q{q}.code"), String::new()));
        f.push((format!("q{q}.text"), "Finns det vapen på platsen?".into()));
        f.push((format!("q{q}.help"), String::new()));
        let s = first.steps.len();
        for (k, v) in [
            ("new", "1"),
            ("title", "Håll avstånd och vänta på polisen"),
            ("text", ""),
            ("legal_ref", ""),
            ("when", "yes:fara"),
            ("position", "15"),
            ("action", ""),
        ] {
            f.push((format!("s{s}.{k}"), v.into()));
        }
    })
    .await;
    let r = post_fields(&central, &format!("/rutin/versioner/{id}"), &fields).await;
    assert_eq!(r.status(), 303);
    let draft = store::get(&app.db, id).await.expect("draft");
    let codes: Vec<&str> = draft
        .content
        .questions
        .iter()
        .map(|q| q.code.as_str())
        .collect();
    assert!(!codes.contains(&"dela"));
    assert_eq!(codes.last(), Some(&"fraga-1"));
    assert_eq!(draft.content.steps.len(), first.steps.len());
    assert_eq!(
        draft.content.steps[1].title,
        "Håll avstånd och vänta på polisen"
    );
    assert_eq!(draft.content.steps[1].question.as_deref(), Some("fara"));

    // Removing a question that a step still hangs on is named, and nothing is saved.
    let fields = editor_fields(&app, id, |f| f.push(("q0.remove".into(), "1".into()))).await;
    let r = post_fields(&central, &format!("/rutin/versioner/{id}"), &fields).await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.expect("body");
    assert!(html.contains("Steg 1: visas när"), "{html}");
    assert!(html.contains("frågan ”fara” finns inte"));
    assert_eq!(
        store::get(&app.db, id).await.expect("draft").content,
        draft.content
    );

    // The API answers 404 for no such version and 409 for a published one.
    let token = app.token(CENTRAL).await;
    let r = app
        .api(Method::GET, "/api/v1/routine/versions/9999", &token)
        .send()
        .await
        .expect("get");
    assert_eq!(r.status(), 404);
    let published = store::current(&app.db).await.expect("current");
    let body =
        json!({"questions": [], "steps": [{"title": "Ett steg", "when": "always", "position": 1}]});
    let r = app
        .api(
            Method::PATCH,
            &format!("/api/v1/routine/versions/{}", published.info.id),
            &token,
        )
        .json(&body)
        .send()
        .await
        .expect("patch");
    assert_eq!(r.status(), 409);
    app.shutdown().await;
});
