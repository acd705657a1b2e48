//! Plan storage on SQLite and PostgreSQL: the lifecycle, follow-up and revision in SQL.

#[macro_use]
mod common;

use varn::audit::Actor;
use varn::error::Error;
use varn::org::domain::{AdministrationInput, AdministrationKind, Code};
use varn::org::store as org;
use varn::plans::domain::{FollowUp, PlanStatus, Status};
use varn::plans::input::{ActivityInput, PlanInput, ReportInput};
use varn::plans::{lifecycle, store, write};

on_both!(plan_lifecycle_follow_up_and_revision, |db| {
    let actor = Actor::system("test");
    let mut tx = db.pool().begin().await.expect("tx");
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
    lifecycle::approve(&mut tx, &actor, plan, "2024-06-01")
        .await
        .expect("approve");
    let report = ReportInput {
        point: "vb".into(),
        status: "partly_done".into(),
        comment: "Hälften klar.".into(),
        indicator_value: "40".into(),
    };
    lifecycle::report(&mut tx, &actor, a, &report.check().expect("r"))
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
});
