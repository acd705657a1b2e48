//! Plan storage on SQLite and PostgreSQL: the lifecycle, follow-up and revision in SQL.

use varn::audit::Actor;
use varn::kernel::error::Error;
use varn::org::domain::{AdministrationInput, AdministrationKind, Code};
use varn::org::store as org;
use varn::plans::domain::{FollowUp, PlanStatus, Status};
use varn::plans::input::{ActivityInput, PlanInput, ReportInput};
use varn::plans::{lifecycle, store, write};

on_both!(plan_lifecycle_follow_up_and_revision, |db| {
    let actor = Actor::system("test");
    let mut tx = db.begin_write().await.expect("tx");
    let admin = org::create_administration(
        &mut tx,
        &AdministrationInput {
            code: Code::parse("PLN").expect("code"),
            name: "Planförvaltningen".into(),
            kind: AdministrationKind::District,
        },
    )
    .await
    .expect("admin");
    let input = PlanInput {
        title: "Plan".into(),
        dnr: "PLN 2024/1".into(),
        period_start: "2024-05-01".into(),
        period_end: "2025-04-30".into(),
        sections: [("analys".to_string(), "Text **fet**".to_string())].into(),
        ..Default::default()
    };
    let plan = write::create_plan(&mut tx, &actor, admin, &input.check().expect("v"), None)
        .await
        .expect("plan");
    let overlapping = PlanInput {
        period_start: "2025-01-01".into(),
        period_end: "2025-12-31".into(),
        ..input.clone()
    };
    let err = write::create_plan(
        &mut tx,
        &actor,
        admin,
        &overlapping.check().expect("v"),
        None,
    )
    .await;
    assert!(matches!(err, Err(Error::Conflict(_))), "{err:?}");
    let activity = ActivityInput {
        area: "competence".into(),
        text: "Utbildning".into(),
        schedule: "4 ggr/år".into(),
        follow_up: FollowUp::from_text("T1, VB"),
        ..Default::default()
    };
    let a = write::add_activity(&mut tx, &actor, plan, &activity.check(None).expect("a"))
        .await
        .expect("activity");
    lifecycle::decide(&mut tx, &actor, plan, "2024-05-20", "§ 4")
        .await
        .expect("decide");
    lifecycle::approve(&mut tx, &actor, plan, "2024-06-01", "KS 2024/5")
        .await
        .expect("approve");
    let report = ReportInput {
        point: "vb".into(),
        status: "partly_done".into(),
        comment: "Hälften klar.".into(),
        indicator_value: "40".into(),
        unit: None,
    };
    lifecycle::report(&mut tx, &actor, a, None, &report.check().expect("r"))
        .await
        .expect("report");
    let next = lifecycle::revise(&mut tx, &actor, plan)
        .await
        .expect("revise");
    tx.commit().await.expect("commit");

    let mut conn = db.pool().acquire().await.expect("conn");
    let old = store::get_plan(&mut conn, plan).await.expect("old");
    assert_eq!(old.status, PlanStatus::Approved);
    assert_eq!(old.next_id, Some(next));
    assert_eq!(
        old.sections
            .iter()
            .find(|s| s.key == "analys")
            .map(|s| s.body.as_str()),
        Some("Text **fet**")
    );
    assert_eq!(old.activities[0].reports[0].point, "VB");
    let new = store::get_plan(&mut conn, next).await.expect("new");
    assert_eq!(new.period_start, "2025-05-01");
    assert_eq!(new.activities[0].previous_status, Some(Status::PartlyDone));
    assert_eq!(new.activities[0].schedule.text, "4 ggr/år");
    let list = store::list_plans(db, &varn::auth::Scope::Only(vec![admin]))
        .await
        .expect("list");
    assert_eq!(list.len(), 2);
    // The plan a year's situational picture is the basis for: the one starting that year,
    // else the latest one covering it.
    let of = |year| varn::plans::plan_of_year(db, admin, year);
    assert_eq!(of(2025).await.expect("2025").map(|p| p.0), Some(next));
    assert_eq!(of(2024).await.expect("2024").map(|p| p.0), Some(plan));
    assert_eq!(of(2027).await.expect("2027"), None);
});

on_both!(demo_plans_json_and_sheet_import, |db| {
    varn::demo::load(db).await.expect("demo");
    let again = varn::demo::load(db).await.expect("demo again");
    assert_eq!((again.created, again.updated), (0, 0), "idempotent");
    let list = store::list_plans(db, &varn::auth::Scope::All)
        .await
        .expect("list");
    assert_eq!(list.len(), 4);
    let sod_current = list
        .iter()
        .find(|p| p.period_start == "2026-01-01")
        .expect("SOD 2026");
    let mut conn = db.pool().acquire().await.expect("conn");
    let exported = varn::plans::json::export(&mut conn, sod_current.id)
        .await
        .expect("export");
    drop(conn);
    let mut moved = exported.clone();
    moved.administration = "FAR".into();
    // Units belong to an administration: the moved plan names none of Södermalm's.
    for a in &mut moved.activities {
        a.unit = None;
    }
    let actor = Actor::system("test");
    let mut tx = db.begin_write().await.expect("tx");
    let id = varn::plans::json::import(&mut tx, &actor, &moved)
        .await
        .expect("import");
    tx.commit().await.expect("commit");
    let mut conn = db.pool().acquire().await.expect("conn");
    let back = varn::plans::json::export(&mut conn, id)
        .await
        .expect("export");
    assert_eq!(back, moved, "round trip on this backend");
    let plan = store::get_plan(&mut conn, id).await.expect("plan");
    drop(conn);
    // Sheet import into a fresh draft.
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in ["Område", "Aktivitet", "Tidplan", "Uppföljning"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, c as u16, *h).expect("w");
    }
    for (c, v) in ["Övrigt", "Ny rutin", "Klar 20270301", "VB"]
        .iter()
        .enumerate()
    {
        ws.write_string(1, c as u16, *v).expect("w");
    }
    let bytes = wb.save_to_buffer().expect("xlsx");
    let rows = varn::plans::import::read(&bytes).expect("read sheet");
    let mut tx = db.begin_write().await.expect("tx");
    let refused = varn::plans::import::import(&mut tx, &actor, id, &rows).await;
    assert!(
        matches!(refused, Err(Error::Conflict(_))),
        "an approved plan takes no new activities: {refused:?}"
    );
    tx.rollback().await.expect("rollback");
    let mut tx = db.begin_write().await.expect("tx");
    let next = lifecycle::revise(&mut tx, &actor, id)
        .await
        .expect("revise");
    let n = varn::plans::import::import(&mut tx, &actor, next, &rows)
        .await
        .expect("import sheet");
    tx.commit().await.expect("commit");
    assert_eq!(n, 1);
    let mut conn = db.pool().acquire().await.expect("conn");
    let revised = store::get_plan(&mut conn, next).await.expect("revised");
    let carried = plan
        .activities
        .iter()
        .filter(|a| a.carry != varn::plans::domain::Carry::Ended)
        .count();
    assert_eq!(revised.activities.len(), carried + 1);
});
