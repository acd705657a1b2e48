//! Action plans (DOMAIN.md §1, §14, §15): the common structure owned by the central
//! coordinator, one plan per administration and period with its lifecycle, the activities
//! with their schedules and follow-up, revision into the next period, and the documents.

pub mod activity_pages;
pub mod api;
pub mod city;
pub mod compare;
pub mod demo;
pub mod diff;
pub mod doc;
pub mod domain;
pub mod export;
pub mod followup;
pub mod import;
pub mod input;
pub mod json;
pub mod lifecycle;
pub mod measured;
pub mod pages;
pub mod reminders;
pub mod schedule;
pub mod service;
pub mod store;
pub mod structure;
pub mod view;
pub mod write;

// What other capabilities may read of this one.
pub use store::{get_plan, list_plans, plan_of_year, Plan, Report, Section};

varn_house::audit_records!(
    /// The records of this capability that the audit log names.
    pub enum Record {
        Plan = "plan",
        Activity = "plan_activity",
        FollowUp = "plan_followup",
        Template = "plan_template",
        Reminder = "plan_reminder",
    }
);

/// `{activity}` in a path: an activity of an action plan, and the administration it belongs to.
pub const ACTIVITY: varn_house::web::access::Target = varn_house::web::access::Target {
    param: "activity",
    administration: "SELECT p.administration_id FROM plan_activities a JOIN plans p ON p.id = a.plan_id WHERE a.id = $1",
};

/// `{plan}` in a path: an action plan id, and the administration it belongs to.
pub const PLAN: varn_house::web::access::Target = varn_house::web::access::Target {
    param: "plan",
    administration: "SELECT administration_id FROM plans WHERE id = $1",
};

/// Who may do what in this capability (role sets for rules and for filtering lists).
pub mod perm {
    #[allow(unused_imports)]
    use varn_house::auth::Role::{self, *};

    /// Record the executive board's approval.
    pub const APPROVE: &[Role] = &[Coordinator, CentralCoordinator];
    /// Write the plans of one's own administration.
    pub const EDIT: &[Role] = &[Coordinator];
    /// Report follow-up on activities (managers; coordinators on their behalf).
    pub const REPORT: &[Role] = &[Manager, Coordinator];
    /// Send a decided plan back for the executive board.
    pub const SEND_BACK: &[Role] = &[CentralCoordinator];
    /// Own the common structure (the plan template).
    pub const TEMPLATE: &[Role] = &[CentralCoordinator];
    /// Read action plans (in scope).
    pub const VIEW: &[Role] = &[Manager, Coordinator, CentralCoordinator, Reader];
}

/// This capability's routes, each with its access rule: its pages, then its API.
pub fn routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    api_routes(page_routes(t))
}

/// The pages' routes.
fn page_routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    t.get("/planer", Any(perm::VIEW), pages::index)
        .post_text("/planer", Any(perm::EDIT), pages::create)
        .get("/planer/struktur", Any(perm::VIEW), structure::template)
        .post_text(
            "/planer/struktur",
            Any(perm::TEMPLATE),
            structure::publish_template,
        )
        .get("/planer/uppfoljning", Any(perm::VIEW), followup::overview)
        .get("/planer/{plan}", In(perm::VIEW, PLAN), pages::show)
        .post_text("/planer/{plan}", In(perm::EDIT, PLAN), pages::update)
        .post_text(
            "/planer/{plan}/aktiviteter",
            In(perm::EDIT, PLAN),
            pages::add_activity,
        )
        .post_file(
            "/planer/{plan}/aktiviteter/import",
            In(perm::EDIT, PLAN),
            pages::import_activities,
        )
        .post("/planer/{plan}/beslut", In(perm::EDIT, PLAN), pages::decide)
        .post(
            "/planer/{plan}/godkannande",
            In(perm::APPROVE, PLAN),
            pages::approve,
        )
        .post_text(
            "/planer/{plan}/aterforvisning",
            In(perm::SEND_BACK, PLAN),
            pages::send_back,
        )
        .post_text(
            "/planer/{plan}/revidera",
            In(perm::EDIT, PLAN),
            pages::revise,
        )
        .get(
            "/planer/{plan}/uppfoljning",
            In(perm::VIEW, PLAN),
            followup::follow_up,
        )
        .get(
            "/planer/{plan}/uppfoljning.csv",
            In(perm::VIEW, PLAN),
            followup::follow_up_csv,
        )
        .get(
            "/planer/{plan}/uppfoljning.docx",
            In(perm::VIEW, PLAN),
            followup::report_docx,
        )
        .get(
            "/planer/{plan}/uppfoljning.pdf",
            In(perm::VIEW, PLAN),
            followup::report_pdf,
        )
        .get(
            "/planer/{plan}/uppfoljning.xlsx",
            In(perm::VIEW, PLAN),
            followup::follow_up_xlsx,
        )
        .get(
            "/planer/{plan}/handlingsplan.docx",
            In(perm::VIEW, PLAN),
            pages::docx,
        )
        .get(
            "/planer/{plan}/handlingsplan.pdf",
            In(perm::VIEW, PLAN),
            pages::pdf,
        )
        .get(
            "/planer/{plan}/skillnader",
            In(perm::VIEW, PLAN),
            compare::show,
        )
        .get(
            "/planer/{plan}/handlingsplan.json",
            In(perm::VIEW, PLAN),
            pages::json,
        )
        .get(
            "/planer/aktiviteter/{activity}",
            In(perm::EDIT, ACTIVITY),
            activity_pages::edit,
        )
        .post_text(
            "/planer/aktiviteter/{activity}",
            In(perm::EDIT, ACTIVITY),
            activity_pages::update,
        )
        .post(
            "/planer/aktiviteter/{activity}/ta-bort",
            In(perm::EDIT, ACTIVITY),
            pages::delete_activity,
        )
        .post(
            "/planer/aktiviteter/{activity}/beslut",
            In(perm::EDIT, ACTIVITY),
            pages::carry_activity,
        )
        .post_text(
            "/planer/aktiviteter/{activity}/uppfoljning",
            In(perm::REPORT, ACTIVITY),
            followup::report,
        )
}

/// The API's routes.
fn api_routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    t.get("/api/v1/plans", Any(perm::VIEW), api::list)
        .get("/api/v1/plan-template", Any(perm::VIEW), api::template)
        .post_text(
            "/api/v1/administrations/{admin}/plans",
            In(perm::EDIT, varn_org::ADMINISTRATION),
            api::create,
        )
        .get("/api/v1/plans/{plan}", In(perm::VIEW, PLAN), api::get)
        .get(
            "/api/v1/plans/{plan}/document.docx",
            In(perm::VIEW, PLAN),
            api::docx,
        )
        .get(
            "/api/v1/plans/{plan}/document.pdf",
            In(perm::VIEW, PLAN),
            api::pdf,
        )
        .get(
            "/api/v1/plans/{plan}/followups",
            In(perm::VIEW, PLAN),
            api::followups,
        )
        .get("/api/v1/plans/{plan}/diff", In(perm::VIEW, PLAN), api::diff)
        .get(
            "/api/v1/administrations/{admin}/plan-measures",
            In(perm::EDIT, varn_org::ADMINISTRATION),
            api::measures,
        )
        .get(
            "/api/v1/plans/{plan}/export.json",
            In(perm::VIEW, PLAN),
            api::export_json,
        )
        .post_file(
            "/api/v1/plans/{plan}/activities/import",
            In(perm::EDIT, PLAN),
            api::import_activities,
        )
        .post_text("/api/v1/plans/import", Any(perm::EDIT), api::import_json)
        .patch_text("/api/v1/plans/{plan}", In(perm::EDIT, PLAN), api::update)
        .post_text(
            "/api/v1/plans/{plan}/activities",
            In(perm::EDIT, PLAN),
            api::add_activity,
        )
        .patch_text(
            "/api/v1/activities/{activity}",
            In(perm::EDIT, ACTIVITY),
            api::update_activity,
        )
        .delete(
            "/api/v1/activities/{activity}",
            In(perm::EDIT, ACTIVITY),
            api::delete_activity,
        )
        .post(
            "/api/v1/plans/{plan}/decide",
            In(perm::EDIT, PLAN),
            api::decide,
        )
        .post(
            "/api/v1/plans/{plan}/approve",
            In(perm::APPROVE, PLAN),
            api::approve,
        )
        .post_text(
            "/api/v1/plans/{plan}/return",
            In(perm::SEND_BACK, PLAN),
            api::send_back,
        )
        .post_text(
            "/api/v1/plans/{plan}/revise",
            In(perm::EDIT, PLAN),
            api::revise,
        )
        .post_text(
            "/api/v1/activities/{activity}/followups",
            In(perm::REPORT, ACTIVITY),
            api::report,
        )
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    api::list,
    api::template,
    api::create,
    api::get,
    api::update,
    api::add_activity,
    api::update_activity,
    api::delete_activity,
    api::decide,
    api::approve,
    api::send_back,
    api::revise,
    api::report,
    api::docx,
    api::pdf,
    api::export_json,
    api::import_json,
    api::import_activities,
    api::followups,
    api::measures,
    api::diff
))]
pub struct Api;

/// The tables this capability owns; no other capability reads or writes them.
pub const TABLES: &[varn_house::web::capability::Table] = &[
    varn_house::web::capability::Table::own("plan_templates"),
    varn_house::web::capability::Table::own("plan_template_sections"),
    varn_house::web::capability::Table::own("plans"),
    varn_house::web::capability::Table::own("plan_sections"),
    varn_house::web::capability::Table::own("plan_events"),
    varn_house::web::capability::Table::own("plan_activities"),
    varn_house::web::capability::Table::own("plan_followups"),
    varn_house::web::capability::Table::own("plan_reminders"),
];

/// What this capability gives the app.
pub const CAPABILITY: varn_house::web::capability::Capability =
    varn_house::web::capability::Capability {
        name: "plans",
        tables: TABLES,
        routes,
        api: Some(<Api as utoipa::OpenApi>::openapi),
        records: <Record as varn_house::audit::RecordKind>::codes,
        nav: &[varn_house::web::capability::NavItem {
            href: "/planer",
            label: "nav.plans",
            roles: Some(perm::VIEW),
            order: 60,
        }],
        demo: Some(load_demo),
        work: Some(work),
        measures: None,
        plan_of_year: Some(|db, admin, year| Box::pin(store::plan_of_year(db, admin, year))),
        picture: None,
        city: Some(city::city),
        retention: &[],
        import_rows: &[],
        tick: Some(varn_house::web::capability::Tick {
            every: std::time::Duration::from_secs(3600),
            run: crate::reminders::tick,
        }),
    };

/// This capability's part of the demo, in one write transaction.
fn load_demo(
    db: &varn_house::db::Db,
) -> std::pin::Pin<
    Box<
        dyn std::future::Future<Output = anyhow::Result<varn_house::web::capability::DemoReport>>
            + Send
            + '_,
    >,
> {
    Box::pin(async move {
        let mut tx = db.begin_write().await?;
        let created = demo::load(&mut tx).await?;
        tx.commit().await?;
        Ok(varn_house::web::capability::DemoReport {
            created,
            updated: 0,
        })
    })
}

fn work<'a>(
    state: &'a varn_house::web::AppState,
    p: &'a varn_house::auth::Principal,
) -> varn_house::web::capability::WorkFuture<'a> {
    Box::pin(followup::work(state, p))
}
