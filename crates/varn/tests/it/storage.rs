//! The storage suite: every test runs on SQLite and on PostgreSQL.

use varn::audit::{self, Actor, Entry};
use varn::auth::{session, tokens, Role, Scope};
use varn::kernel::error::Error;
use varn::kernel::ids::{AdministrationId, UnitId};
use varn::org::domain::{AdministrationInput, AdministrationKind, Code, ContactForm, UnitForm};
use varn::org::{import, store as org};
use varn::people::{import as people_import, store as people};

fn admin_input(code: &str, name: &str) -> AdministrationInput {
    AdministrationInput {
        code: Code::parse(code).expect("code"),
        name: name.into(),
        kind: AdministrationKind::District,
    }
}

fn unit_form(department_id: i64, code: &str, headcount: i64) -> UnitForm {
    UnitForm {
        department_id: varn::kernel::ids::DepartmentId::new(department_id),
        code: code.into(),
        name: format!("Enhet {code}"),
        manager_name: "Testa Chefsson".into(),
        manager_user_id: None,
        headcount,
        functions: vec!["förebyggande".into(), "detecting".into()],
        valid_from: Some("2024-01-01".into()),
    }
}

on_both!(migrations_run_twice_without_harm, |db| {
    db.migrate().await.expect("second migration run is a no-op");
    assert!(db.ping().await);
});

on_both!(organisation_round_trip_and_scoped_lists, |db| {
    let mut tx = db.begin_write().await.expect("tx");
    let a = org::create_administration(&mut tx, &admin_input("AAA", "Förvaltning A"))
        .await
        .expect("a");
    let b = org::create_administration(&mut tx, &admin_input("BBB", "Förvaltning B"))
        .await
        .expect("b");
    let dup = org::create_administration(&mut tx, &admin_input("AAA", "Igen")).await;
    assert!(
        matches!(dup, Err(Error::Conflict(ref m)) if m.contains("AAA")),
        "{dup:?}"
    );
    tx.rollback().await.expect("rollback");

    let mut tx = db.begin_write().await.expect("tx");
    let a = org::create_administration(&mut tx, &admin_input("AAA", "Förvaltning A"))
        .await
        .unwrap_or(a);
    let b = org::create_administration(&mut tx, &admin_input("BBB", "Förvaltning B"))
        .await
        .unwrap_or(b);
    let dept = org::create_department(&mut tx, a, "AAA-SOC", "Socialt")
        .await
        .expect("dept");
    let u1 = org::create_unit(
        &mut tx,
        &unit_form(dept.get(), "AAA-1", 12)
            .check(None)
            .expect("valid"),
    )
    .await
    .expect("u1");
    let u2 = org::create_unit(
        &mut tx,
        &unit_form(dept.get(), "AAA-2", 30)
            .check(None)
            .expect("valid"),
    )
    .await
    .expect("u2");
    tx.commit().await.expect("commit");
    // A failed statement spoils a PostgreSQL transaction, so the duplicate gets its own.
    let mut tx = db.begin_write().await.expect("tx");
    let dup = org::create_unit(
        &mut tx,
        &unit_form(dept.get(), "AAA-2", 1)
            .check(None)
            .expect("valid"),
    )
    .await;
    assert!(matches!(dup, Err(Error::Conflict(_))));
    tx.rollback().await.expect("rollback");

    let all = org::list_administrations(db, &Scope::All)
        .await
        .expect("list");
    let got_a = all.iter().find(|x| x.id == a).expect("a listed");
    assert_eq!(
        (got_a.departments, got_a.units, got_a.headcount),
        (1, 2, 42)
    );
    let only_b = org::list_administrations(db, &Scope::Only(vec![b]))
        .await
        .expect("list b");
    assert_eq!(only_b.iter().map(|x| x.id).collect::<Vec<_>>(), vec![b]);
    assert!(org::list_administrations(db, &Scope::Only(vec![]))
        .await
        .expect("none")
        .is_empty());

    let unit = org::get_unit(db, u1).await.expect("unit");
    assert_eq!(unit.functions.len(), 2);
    assert_eq!(unit.department_code, "AAA-SOC");
    assert!(unit.current);

    // Ending a unit keeps it, points at its successor and stops counting it.
    let mut tx = db.begin_write().await.expect("tx");
    let before_start = org::end_unit(&mut tx, u1, "2023-12-31", Some(u2)).await;
    assert!(matches!(before_start, Err(Error::Invalid(_))));
    let self_successor = org::end_unit(&mut tx, u1, "2025-06-30", Some(u1)).await;
    assert!(matches!(self_successor, Err(Error::Invalid(_))));
    org::end_unit(&mut tx, u1, "2025-06-30", Some(u2))
        .await
        .expect("end");
    let again = org::end_unit(&mut tx, u1, "2025-07-30", None).await;
    assert!(matches!(again, Err(Error::Conflict(_))));
    tx.commit().await.expect("commit");
    let ended = org::get_unit(db, u1).await.expect("ended");
    assert_eq!(
        (ended.current, ended.valid_to.as_deref(), ended.successor_id),
        (false, Some("2025-06-30"), Some(u2))
    );
    let a_now = org::get_administration(db, a).await.expect("a");
    assert_eq!((a_now.units, a_now.headcount), (1, 30));
    let units = org::list_units(db, a).await.expect("units");
    assert_eq!(
        units.last().map(|u| u.id),
        Some(u1),
        "ended units come last"
    );
});

on_both!(contact_cards, |db| {
    let mut tx = db.begin_write().await.expect("tx");
    let a = org::create_administration(&mut tx, &admin_input("CCC", "C"))
        .await
        .expect("a");
    let card = ContactForm {
        name: "Sam Ordnare".into(),
        title: "Samordnare".into(),
        phone: "08-465 004 99".into(),
        email: "sam@demo.example".into(),
    };
    let id = org::create_contact(
        &mut tx,
        a,
        &card.check(&varn_pii::Guard::default()).expect("valid"),
    )
    .await
    .expect("card");
    tx.commit().await.expect("commit");
    let cards = org::list_contacts(db, Some(a)).await.expect("cards");
    assert_eq!(cards.len(), 1);
    assert_eq!(cards[0].tel(), "0846500499");
    let mut tx = db.begin_write().await.expect("tx");
    assert_eq!(org::delete_contact(&mut tx, id).await.expect("delete"), a);
    assert!(matches!(
        org::delete_contact(&mut tx, id).await,
        Err(Error::NotFound)
    ));
    tx.commit().await.expect("commit");
});

on_both!(people_grants_and_sessions, |db| {
    let mut tx = db.begin_write().await.expect("tx");
    let a = org::create_administration(&mut tx, &admin_input("DDD", "D"))
        .await
        .expect("a");
    let hash = varn::auth::password::hash("ett-långt-lösenord".into())
        .await
        .expect("hash");
    let user = people::create(&mut tx, "Anna.Test@Demo.Example", "Anna Test", Some(&hash))
        .await
        .expect("user");
    let dup = people::create(&mut tx, "anna.test@demo.example", "Igen", None).await;
    assert!(matches!(dup, Err(Error::Conflict(_))));
    tx.rollback().await.expect("rollback");

    let mut tx = db.begin_write().await.expect("tx");
    let a = org::create_administration(&mut tx, &admin_input("DDD", "D"))
        .await
        .unwrap_or(a);
    let user = people::create(&mut tx, "Anna.Test@Demo.Example", "Anna Test", Some(&hash))
        .await
        .unwrap_or(user);
    let central_scoped = people::NewGrant {
        role: "central_coordinator".into(),
        administration_id: Some(a),
        unit_id: None,
    };
    assert!(matches!(
        people::check_grant(&mut tx, &central_scoped, None).await,
        Err(Error::Invalid(_))
    ));
    let unknown = people::NewGrant {
        role: "kung".into(),
        administration_id: None,
        unit_id: None,
    };
    assert!(matches!(
        people::check_grant(&mut tx, &unknown, None).await,
        Err(Error::Invalid(_))
    ));
    // The administration and the unit are looked up through org's own functions.
    for (administration_id, unit_id) in [
        (Some(AdministrationId::new(a.get() + 1000)), None),
        (Some(a), Some(UnitId::new(987_654))),
    ] {
        let missing = people::NewGrant {
            role: "manager".into(),
            administration_id,
            unit_id,
        };
        let Err(Error::Invalid(problems)) = people::check_grant(&mut tx, &missing, None).await
        else {
            panic!("a grant on what does not exist is refused: {administration_id:?} {unit_id:?}")
        };
        let why = if unit_id.is_some() {
            "enheten finns inte"
        } else {
            "förvaltningen finns inte"
        };
        assert!(
            problems.iter().any(|p| p.sentence().contains(why)),
            "{problems:?}"
        );
    }
    let coord = people::NewGrant {
        role: "samordnare".into(),
        administration_id: Some(a),
        unit_id: None,
    };
    let role = people::check_grant(&mut tx, &coord, None)
        .await
        .expect("valid grant");
    assert_eq!(role, Role::Coordinator);
    let (g1, new1) = people::add_grant(&mut tx, user, role, Some(a), None)
        .await
        .expect("grant");
    let (g2, new2) = people::add_grant(&mut tx, user, role, Some(a), None)
        .await
        .expect("grant again");
    assert!(new1 && !new2 && g1 == g2, "granting twice keeps one grant");
    tx.commit().await.expect("commit");

    let token = session::start(db, user, 1).await.expect("session");
    let p = session::principal(db, &varn::people::People, &token)
        .await
        .expect("lookup")
        .expect("live");
    assert_eq!(p.email, "anna.test@demo.example");
    assert!(p.covers(&[Role::Coordinator], a));
    assert!(!p.csrf().is_empty());
    assert!(
        session::principal(db, &varn::people::People, "not-a-session")
            .await
            .expect("lookup")
            .is_none()
    );

    // Deactivating a user ends their sessions.
    let mut tx = db.begin_write().await.expect("tx");
    people::update(&mut tx, user, "Anna Test", false)
        .await
        .expect("deactivate");
    tx.commit().await.expect("commit");
    assert!(session::principal(db, &varn::people::People, &token)
        .await
        .expect("lookup")
        .is_none());
    assert!(people::credentials(db, "anna.test@demo.example")
        .await
        .expect("creds")
        .is_none());

    let mut tx = db.begin_write().await.expect("tx");
    people::update(&mut tx, user, "Anna Test", true)
        .await
        .expect("activate");
    tx.commit().await.expect("commit");
    let api = tokens::create(db, user, "skript").await.expect("token");
    assert!(api.starts_with("varn_"));
    let p = tokens::principal(db, &varn::people::People, &api)
        .await
        .expect("lookup")
        .expect("live token");
    assert_eq!(p.user_id, user);
    assert!(tokens::principal(db, &varn::people::People, "varn_wrong")
        .await
        .expect("lookup")
        .is_none());
    let stored: String = sqlx::query_scalar("SELECT token_hash FROM api_tokens WHERE user_id = $1")
        .bind(user)
        .fetch_one(db.pool())
        .await
        .expect("hash");
    assert_ne!(stored, api, "tokens are stored hashed");
});

on_both!(expired_sessions_sign_nobody_in, |db| {
    let mut tx = db.begin_write().await.expect("tx");
    let user = people::create(&mut tx, "gammal@demo.example", "Gammal", None)
        .await
        .expect("user");
    tx.commit().await.expect("commit");
    let token = session::start(db, user, 1).await.expect("session");
    sqlx::query("UPDATE sessions SET expires_at = '2000-01-01T00:00:00Z'")
        .execute(db.pool())
        .await
        .expect("age");
    assert!(session::principal(db, &varn::people::People, &token)
        .await
        .expect("lookup")
        .is_none());
    assert_eq!(session::purge_expired(db).await.expect("purge"), 1);
});

on_both!(audit_is_append_only_filtered_and_scoped, |db| {
    let mut tx = db.begin_write().await.expect("tx");
    let a = org::create_administration(&mut tx, &admin_input("EEE", "E"))
        .await
        .expect("a");
    let b = org::create_administration(&mut tx, &admin_input("FFF", "F"))
        .await
        .expect("b");
    let actor = Actor {
        user_id: None,
        label: "granskare@demo.example".into(),
    };
    audit::record(
        &mut tx,
        &actor,
        Entry::new(varn::audit::Action::Create, varn::org::Record::Unit, 1)
            .admin(Some(a))
            .summary("ny enhet"),
    )
    .await
    .expect("a1");
    audit::record(
        &mut tx,
        &actor,
        Entry::new(varn::audit::Action::Update, varn::org::Record::Unit, 2).admin(Some(b)),
    )
    .await
    .expect("b1");
    audit::record(
        &mut tx,
        &Actor::system("cli"),
        Entry::new(varn::audit::Action::SignIn, varn::auth::Record::Session, 3),
    )
    .await
    .expect("c1");
    tx.commit().await.expect("commit");

    let all = audit::store::list(db, &Scope::All, &Default::default(), Some(100))
        .await
        .expect("all");
    assert_eq!(all.len(), 3);
    assert_eq!(all[0].action, "sign_in", "newest first");
    let only_a = audit::store::list(db, &Scope::Only(vec![a]), &Default::default(), Some(100))
        .await
        .expect("a");
    assert_eq!(only_a.len(), 1);
    assert_eq!(only_a[0].administration.as_deref(), Some("E"));
    let filter = audit::store::Filter {
        actor: Some("GRANSKARE".into()),
        action: Some("update".into()),
        ..Default::default()
    };
    assert_eq!(
        audit::store::list(db, &Scope::All, &filter, Some(100))
            .await
            .expect("f")
            .len(),
        1
    );
    let future = audit::store::Filter {
        from: Some("2999-01-01".into()),
        ..Default::default()
    };
    assert!(audit::store::list(db, &Scope::All, &future, Some(100))
        .await
        .expect("f")
        .is_empty());
    let csv =
        String::from_utf8(audit::store::to_csv(&all, str::to_string).expect("csv")).expect("utf8");
    assert!(csv.contains("Tid (svensk tid)") && csv.contains("granskare@demo.example"));

    assert!(
        sqlx::query("UPDATE audit_log SET actor = 'x'")
            .execute(db.pool())
            .await
            .is_err(),
        "updates are refused"
    );
    assert!(
        sqlx::query("DELETE FROM audit_log")
            .execute(db.pool())
            .await
            .is_err(),
        "deletes are refused"
    );
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
        .fetch_one(db.pool())
        .await
        .expect("count");
    assert_eq!(count, 3);
});

const ORG_CSV: &str = "förvaltning;förvaltningens namn;förvaltningstyp;avdelningskod;avdelning;enhetskod;enhet;chef;antal medarbetare;funktioner;giltig från\n\
GGG;Gröna stadsdelsförvaltningen;stadsdelsförvaltning;GGG-SOC;Socialt;GGG-01;Fältgruppen;Kim Chef;9;förebyggande, upptäckande;2024-01-01\n\
GGG;;;GGG-SOC;;GGG-02;Mottagningen;Li Chef;14;åtgärdande;\n";

on_both!(organisation_import_creates_then_updates, |db| {
    let actor = Actor::system("test");
    let report = import::import(
        db,
        &varn::web::Work::default(),
        &actor,
        ORG_CSV.as_bytes().to_vec(),
    )
    .await
    .expect("import");
    assert_eq!(
        report,
        import::ImportReport {
            administrations_created: 1,
            departments_created: 1,
            units_created: 2,
            units_updated: 0
        }
    );
    let again = import::import(
        db,
        &varn::web::Work::default(),
        &actor,
        ORG_CSV.replace(";9;", ";11;").as_bytes().to_vec(),
    )
    .await
    .expect("reimport");
    assert_eq!(
        (
            again.units_created,
            again.units_updated,
            again.departments_created
        ),
        (0, 2, 0)
    );
    let a = org::administration_by_code(db, "GGG")
        .await
        .expect("q")
        .expect("created");
    let units = org::list_units(db, a).await.expect("units");
    assert_eq!(units.iter().map(|u| u.headcount).sum::<i64>(), 25);
    let audited: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'import'")
        .fetch_one(db.pool())
        .await
        .expect("audit");
    assert_eq!(audited, 2);
});

on_both!(organisation_import_is_all_or_nothing_and_names_rows, |db| {
    let actor = Actor::system("test");
    let bad = format!(
        "{ORG_CSV}HHH;;;HHH-X;X;HHH-1;Okänd;;3;;\nGGG;;;GGG-SOC;;GGG-01;Dubblett;;x;magisk;2024-13-40\n;;;;;;;;;;\nGGG;;;GGG-SOC;;;;;;;\n"
    );
    let Err(Error::Invalid(problems)) = import::import(
        db,
        &varn::web::Work::default(),
        &actor,
        bad.as_bytes().to_vec(),
    )
    .await
    else {
        panic!("must be refused")
    };
    let text: Vec<String> = problems.iter().map(|p| p.sentence()).collect();
    let joined = text.join("\n");
    assert!(
        joined.contains("Rad 4, fältet ”förvaltning”: det finns ingen förvaltning med koden HHH."),
        "{joined}"
    );
    assert!(
        joined.contains("Rad 5, fältet ”enhetskod”: enhetskoden GGG-01 finns redan på rad 2."),
        "{joined}"
    );
    assert!(
        joined.contains("Rad 5, fältet ”antal medarbetare”"),
        "{joined}"
    );
    assert!(
        joined.contains("Rad 5, fältet ”funktioner”: ”magisk” är ingen funktion"),
        "{joined}"
    );
    assert!(joined.contains("Rad 5, fältet ”giltig från”"), "{joined}");
    assert!(
        joined.contains("Rad 7, fältet ”enhetskod”: värdet saknas."),
        "{joined}"
    );
    assert!(
        joined.contains("Rad 7, fältet ”enhet”: värdet saknas."),
        "{joined}"
    );
    // Nothing of the good rows was kept.
    assert!(org::administration_by_code(db, "GGG")
        .await
        .expect("q")
        .is_none());
    let units: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM units")
        .fetch_one(db.pool())
        .await
        .expect("count");
    assert_eq!(units, 0);

    let Err(Error::Invalid(missing)) = import::import(
        db,
        &varn::web::Work::default(),
        &actor,
        "förvaltning;enhet\nX;Y\n".as_bytes().to_vec(),
    )
    .await
    else {
        panic!("missing columns")
    };
    let fields: Vec<&str> = missing.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, vec!["avdelningskod", "enhetskod"]);
});

on_both!(organisation_import_reads_xlsx, |db| {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    let rows = [
        [
            "förvaltning",
            "förvaltningens namn",
            "förvaltningstyp",
            "avdelningskod",
            "avdelning",
            "enhetskod",
            "enhet",
            "antal medarbetare",
        ],
        [
            "KKK",
            "Kulturen",
            "facknämnd",
            "KKK-BIB",
            "Bibliotek",
            "KKK-1",
            "Stadsbiblioteket",
            "40",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r as u32, c as u16, *v).expect("write");
        }
    }
    let bytes = wb.save_to_buffer().expect("xlsx");
    let report = import::import(
        db,
        &varn::web::Work::default(),
        &Actor::system("test"),
        bytes,
    )
    .await
    .expect("xlsx import");
    assert_eq!(report.units_created, 1);
    let a = org::administration_by_code(db, "KKK")
        .await
        .expect("q")
        .expect("created");
    assert_eq!(
        org::get_administration(db, a).await.expect("a").kind,
        AdministrationKind::Specialist
    );
});

on_both!(people_import_checks_roles_and_scopes, |db| {
    let mut tx = db.begin_write().await.expect("tx");
    org::create_administration(&mut tx, &admin_input("PPP", "P"))
        .await
        .expect("a");
    tx.commit().await.expect("commit");
    let actor = Actor::system("test");
    let bad = "e-post;namn;roll;förvaltning\nny@demo.example;Ny Person;samordnare;PPP\nfel@demo.example;Fel;kung;PPP\nokand@demo.example;Okänd;läsare;ZZZ\ninte-epost;X;läsare;\n";
    let Err(Error::Invalid(problems)) = people_import::import(
        db,
        &varn::web::Work::default(),
        &actor,
        bad.as_bytes().to_vec(),
    )
    .await
    else {
        panic!("refused")
    };
    let joined = problems
        .iter()
        .map(|p| p.sentence())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        joined.contains("Rad 3, fältet ”roll”: ”kung” är ingen roll"),
        "{joined}"
    );
    assert!(
        joined.contains("Rad 4, fältet ”förvaltning”: det finns ingen förvaltning med koden ZZZ."),
        "{joined}"
    );
    assert!(joined.contains("Rad 5, fältet ”e-post”"), "{joined}");
    let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(db.pool())
        .await
        .expect("count");
    assert_eq!(users, 0, "nothing imported");

    let good = "e-post;namn;roll;förvaltning\nny@demo.example;Ny Person;samordnare;PPP\nny@demo.example;Ny Person;läsare;\n";
    let report = people_import::import(
        db,
        &varn::web::Work::default(),
        &actor,
        good.as_bytes().to_vec(),
    )
    .await
    .expect("import");
    assert_eq!((report.users_created, report.grants_added), (1, 2));
    let again = people_import::import(
        db,
        &varn::web::Work::default(),
        &actor,
        good.as_bytes().to_vec(),
    )
    .await
    .expect("import again");
    assert_eq!((again.users_created, again.grants_added), (0, 0));
});

on_both!(demo_loads_once_and_twice_changes_nothing, |db| {
    let first = varn::demo::load(db).await.expect("demo");
    assert!(first.created > 300, "{first}");
    let audit_rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
        .fetch_one(db.pool())
        .await
        .expect("count");
    let second = varn::demo::load(db).await.expect("demo again");
    assert_eq!(second, varn::web::capability::DemoReport::default());
    let audit_after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
        .fetch_one(db.pool())
        .await
        .expect("count");
    assert_eq!(audit_rows, audit_after);
    let districts = org::list_administrations(db, &Scope::All)
        .await
        .expect("list")
        .into_iter()
        .filter(|a| a.kind == AdministrationKind::District)
        .count();
    assert!(districts >= 14);
    let ended: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM units WHERE valid_to IS NOT NULL AND successor_id IS NOT NULL",
    )
    .fetch_one(db.pool())
    .await
    .expect("ended");
    assert!(ended >= 2, "demo shows merged units");
});

on_both!(reports_inbox_and_assessment_round_trip, |db| {
    use varn::kernel::ids::AdministrationId;
    use varn::reports::domain::{receipt_for, ReportForm, Status};
    use varn::reports::{partner, service, store as reports};
    varn::taxonomy::store::seed_if_empty(db)
        .await
        .expect("taxonomy");
    let mut tx = db.begin_write().await.expect("tx");
    let a = org::create_administration(&mut tx, &admin_input("RRR", "R"))
        .await
        .expect("a");
    let b = org::create_administration(&mut tx, &admin_input("SSS", "S"))
        .await
        .expect("b");
    tx.commit().await.expect("commit");
    let env: varn::taxonomy::TermId =
        sqlx::query_scalar("SELECT id FROM taxonomy_terms WHERE code = 'vansterextremism'")
            .fetch_one(db.pool())
            .await
            .expect("env");
    let old_env: varn::taxonomy::TermId =
        sqlx::query_scalar("SELECT id FROM taxonomy_terms WHERE code = 'autonoma'")
            .fetch_one(db.pool())
            .await
            .expect("old");
    let form = |admin: i64, from: &str| ReportForm {
        administration_id: Some(AdministrationId::new(admin)),
        occurred_from: from.into(),
        concerns: "group".into(),
        environments: vec![env],
        description: "Banderoll med budskap om våld vid torget.".into(),
        ..Default::default()
    };
    let mut tx = db.begin_write().await.expect("tx");
    let checked = form(a.get(), "2025-05-01")
        .check("2026-11-23")
        .expect("valid");
    reports::check_references(&mut tx, &checked)
        .await
        .expect("refs");
    let retired = ReportForm {
        environments: vec![old_env],
        ..form(a.get(), "2025-05-01")
    }
    .check("2026-11-23")
    .expect("valid");
    assert!(
        matches!(
            reports::check_references(&mut tx, &retired).await,
            Err(Error::Invalid(_))
        ),
        "retired terms cannot be chosen"
    );
    let r1 = reports::insert(
        &mut tx,
        &checked,
        "employee",
        None,
        "key-one-long-enough-123",
        2,
    )
    .await
    .expect("r1");
    let r2 = reports::insert(
        &mut tx,
        &form(a.get(), "2026-02-01")
            .check("2026-11-23")
            .expect("valid"),
        "employee",
        None,
        "key-two-long-enough-123",
        2,
    )
    .await
    .expect("r2");
    let r3 = reports::insert(
        &mut tx,
        &form(b.get(), "2026-02-01")
            .check("2026-11-23")
            .expect("valid"),
        "employee",
        None,
        "key-three-long-enough-1",
        2,
    )
    .await
    .expect("r3");
    assert_eq!(
        reports::by_submission_key(&mut tx, "key-one-long-enough-123")
            .await
            .expect("q"),
        Some(r1)
    );
    tx.commit().await.expect("commit");

    let page = varn::kernel::paging::Page::new(None, None, 50);
    let (in_a, total) = reports::inbox(db, &Scope::Only(vec![a]), &Default::default(), page)
        .await
        .expect("inbox");
    assert_eq!(in_a.iter().map(|i| i.id).collect::<Vec<_>>(), vec![r2, r1]);
    assert_eq!(total, 2);
    // One a page: the newest first, then the next, and the total on each.
    let one = |n| varn::kernel::paging::Page::new(Some(n), Some(1), 50);
    let (first, total) = reports::inbox(db, &Scope::Only(vec![a]), &Default::default(), one(1))
        .await
        .expect("page 1");
    let (second, _) = reports::inbox(db, &Scope::Only(vec![a]), &Default::default(), one(2))
        .await
        .expect("page 2");
    assert_eq!((first[0].id, second[0].id, total), (r2, r1, 2));
    let filter = reports::InboxFilter {
        from: Some("2026-01-01".into()),
        environment: Some(env),
        ..Default::default()
    };
    assert_eq!(
        reports::inbox(db, &Scope::All, &filter, page)
            .await
            .expect("filtered")
            .0
            .len(),
        2
    );
    assert!(
        reports::inbox(db, &Scope::Only(vec![]), &Default::default(), page)
            .await
            .expect("none")
            .0
            .is_empty()
    );

    let mut tx = db.begin_write().await.expect("tx");
    reports::set_status(
        &mut tx,
        r1,
        Status::Forwarded,
        "Polisen",
        "samordnare@demo.example",
    )
    .await
    .expect("status");
    reports::classify(&mut tx, r1, &[env, env])
        .await
        .expect("classify");
    reports::add_link(
        &mut tx,
        r1,
        "ia",
        "IA-2025-00007",
        "samordnare@demo.example",
    )
    .await
    .expect("link");
    reports::add_note(
        &mut tx,
        r1,
        "Uppföljt med skolan.",
        "samordnare@demo.example",
    )
    .await
    .expect("note");
    tx.commit().await.expect("commit");
    let detail = reports::get(db, r1).await.expect("detail");
    assert_eq!(detail.item.status, Status::Forwarded);
    assert_eq!(detail.forwarded_to, "Polisen");
    assert!(detail.assessed_at.is_some());
    assert_eq!(
        detail
            .terms
            .iter()
            .filter(|t| t.source == "assessed")
            .count(),
        1
    );
    assert_eq!((detail.links.len(), detail.notes.len()), (1, 1));
    let status = reports::status_by_receipt(db, &receipt_for("key-one-long-enough-123"))
        .await
        .expect("q")
        .expect("found");
    assert_eq!(status.status, Status::Forwarded);
    assert!(reports::status_by_receipt(db, "AAAA-BBBB-CCCC")
        .await
        .expect("q")
        .is_none());
    assert_eq!(reports::administration_of(db, r3).await.expect("admin"), b);

    let new = partner::NewPartnerLink {
        label: "Fritidsgården".into(),
        days: 7,
        max_reports: 1,
    };
    let (link, token) = service::create_partner_link(
        db,
        &varn_pii::Guard::default(),
        &varn::audit::Actor::system("test"),
        a,
        &new,
    )
    .await
    .expect("link");
    assert!(link.live() && token.len() > 20);
    let bad = partner::NewPartnerLink {
        label: "".into(),
        days: 0,
        max_reports: 0,
    };
    let Err(Error::Invalid(problems)) = service::create_partner_link(
        db,
        &varn_pii::Guard::default(),
        &varn::audit::Actor::system("test"),
        a,
        &bad,
    )
    .await
    else {
        panic!("invalid link")
    };
    assert_eq!(problems.len(), 3);
    service::revoke_partner_link(db, &varn::audit::Actor::system("test"), link.id)
        .await
        .expect("revoke");
    assert!(!reports::partner_links(db, a).await.expect("links")[0].live());
});
