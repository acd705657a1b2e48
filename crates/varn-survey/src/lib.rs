//! The survey (DOMAIN.md §7): the city's versioned template, rounds that an
//! administration's coordinator opens with local questions and recipients, personal links
//! without accounts, reminders to those who have not answered, live response rates, and
//! exact results compared with the previous round.
//!
//! Must never: store who answered what (an answer holds the unit or the kind of recipient,
//! never the person, the address, the link or a time), join the "has answered" flag to an
//! answer, or store free text the PII guard flags.

pub mod answer;
pub mod api;
pub mod demo;
pub mod document;
pub mod domain;
pub mod feeds;
pub mod mail;
pub mod pages;
pub mod recipients;
pub mod results;
pub mod retention;
pub mod service;
pub mod stats;
pub mod store;

varn_house::audit_records!(
    /// The records of this capability that the audit log names.
    pub enum Record {
        Round = "survey_round",
        Question = "survey_question",
        Reminder = "survey_reminder",
        Template = "survey_template",
    }
);

/// `{round}` in a path: a survey round, and the administration it belongs to.
pub const ROUND: varn_house::web::access::Target = varn_house::web::access::Target {
    param: "round",
    administration: "SELECT administration_id FROM survey_rounds WHERE id = $1",
};

/// Who may do what in this capability (role sets for rules and for filtering lists).
pub mod perm {
    #[allow(unused_imports)]
    use varn_house::auth::Role::{self, *};

    /// Own the city's template (publish new versions).
    pub const TEMPLATE: &[Role] = &[CentralCoordinator];
    /// Open, run and close rounds of one's own administration.
    pub const RUN: &[Role] = &[Coordinator];
    /// Read rounds, response rates and results (in scope).
    pub const VIEW: &[Role] = &[Coordinator, CentralCoordinator, Reader];
    /// Read exact figures, free-text answers and the answers as data: the coordinators of
    /// the round's administration (outside it, figures are suppressed).
    pub const EXACT: &[Role] = &[Coordinator];
}

/// This capability's routes, each with its access rule: its pages, then its API.
pub fn routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    api_routes(page_routes(t))
}

/// The pages' routes.
fn page_routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    use varn_org::ADMINISTRATION;
    t.get("/enkat", Any(perm::VIEW), pages::index)
        .get("/enkat/mall", Any(perm::VIEW), pages::template)
        .post_text("/enkat/mall", Any(perm::TEMPLATE), pages::publish_template)
        .get(
            "/enkat/forvaltningar/{admin}/ny",
            In(perm::RUN, ADMINISTRATION),
            pages::new_round,
        )
        .post_text(
            "/enkat/forvaltningar/{admin}/ny",
            In(perm::RUN, ADMINISTRATION),
            pages::create_round,
        )
        .post_file(
            "/enkat/forvaltningar/{admin}/mottagare",
            In(perm::RUN, ADMINISTRATION),
            pages::import_recipients,
        )
        .get(
            "/enkat/omgangar/{round}",
            In(perm::VIEW, ROUND),
            pages::show,
        )
        .post(
            "/enkat/omgangar/{round}/stang",
            In(perm::RUN, ROUND),
            pages::close,
        )
        .post(
            "/enkat/omgangar/{round}/paminn",
            In(perm::RUN, ROUND),
            pages::remind,
        )
        .post_text(
            "/enkat/omgangar/{round}/fragor",
            In(perm::RUN, ROUND),
            pages::add_question,
        )
        .get(
            "/enkat/omgangar/{round}/resultat",
            In(perm::VIEW, ROUND),
            pages::results,
        )
        .get(
            "/enkat/omgangar/{round}/resultat.docx",
            In(perm::VIEW, ROUND),
            pages::results_docx,
        )
        .get(
            "/enkat/omgangar/{round}/resultat.pdf",
            In(perm::VIEW, ROUND),
            pages::results_pdf,
        )
        .get(
            "/enkat/omgangar/{round}/svar.csv",
            In(perm::EXACT, ROUND),
            pages::csv,
        )
        .get(
            "/enkat/omgangar/{round}/svar.xlsx",
            In(perm::EXACT, ROUND),
            pages::xlsx,
        )
        .get("/enkat/svar/{token}", Public, answer::form)
        .post_text("/enkat/svar/{token}", Public, answer::send)
}

/// The API's routes.
fn api_routes(t: varn_house::web::routes::RouteTable) -> varn_house::web::routes::RouteTable {
    #[allow(unused_imports)]
    use varn_house::web::access::Rule::{Any, In, Public, SignedIn};
    use varn_org::ADMINISTRATION;
    t.get("/api/v1/survey/template", Any(perm::VIEW), api::template)
        .post_text(
            "/api/v1/survey/template",
            Any(perm::TEMPLATE),
            api::publish_template,
        )
        .get("/api/v1/survey/rounds", Any(perm::VIEW), api::list)
        .post_text(
            "/api/v1/administrations/{admin}/survey-rounds",
            In(perm::RUN, ADMINISTRATION),
            api::open,
        )
        .post_file(
            "/api/v1/administrations/{admin}/survey-recipients/import",
            In(perm::RUN, ADMINISTRATION),
            api::import_recipients,
        )
        .get(
            "/api/v1/survey/rounds/{round}",
            In(perm::VIEW, ROUND),
            api::get,
        )
        .post(
            "/api/v1/survey/rounds/{round}/close",
            In(perm::RUN, ROUND),
            api::close,
        )
        .post(
            "/api/v1/survey/rounds/{round}/remind",
            In(perm::RUN, ROUND),
            api::remind,
        )
        .post_text(
            "/api/v1/survey/rounds/{round}/questions",
            In(perm::RUN, ROUND),
            api::add_question,
        )
        .get(
            "/api/v1/survey/rounds/{round}/results",
            In(perm::VIEW, ROUND),
            api::results,
        )
        .get(
            "/api/v1/survey/rounds/{round}/results.docx",
            In(perm::VIEW, ROUND),
            api::results_docx,
        )
        .get(
            "/api/v1/survey/rounds/{round}/results.pdf",
            In(perm::VIEW, ROUND),
            api::results_pdf,
        )
        .get("/api/v1/survey/answer/{token}", Public, api::answer_form)
        .put_text("/api/v1/survey/answer/{token}", Public, api::save_draft)
        .post_text("/api/v1/survey/answer/{token}", Public, api::submit)
}

/// This capability's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    api::template,
    api::publish_template,
    api::list,
    api::open,
    api::import_recipients,
    api::get,
    api::close,
    api::remind,
    api::add_question,
    api::results,
    api::results_docx,
    api::results_pdf,
    api::answer_form,
    api::save_draft,
    api::submit
))]
pub struct Api;

/// The tables this capability owns; no other capability reads or writes them.
pub const TABLES: &[varn_house::web::capability::Table] = &[
    varn_house::web::capability::Table::own("survey_templates"),
    varn_house::web::capability::Table::own("survey_rounds"),
    varn_house::web::capability::Table::own("survey_questions"),
    varn_house::web::capability::Table::own("survey_recipients"),
    varn_house::web::capability::Table::own("survey_responses"),
    varn_house::web::capability::Table::own("survey_answers"),
    varn_house::web::capability::Table::own("survey_reminders"),
    varn_house::web::capability::Table::own("survey_round_forms"),
    varn_house::web::capability::Table::own("survey_frozen_rounds"),
    varn_house::web::capability::Table::own("survey_response_counts"),
    varn_house::web::capability::Table::own("survey_answer_counts"),
];

/// What this capability gives the app.
pub const CAPABILITY: varn_house::web::capability::Capability =
    varn_house::web::capability::Capability {
        name: "survey",
        tables: TABLES,
        routes,
        api: Some(<Api as utoipa::OpenApi>::openapi),
        records: <Record as varn_house::audit::RecordKind>::codes,
        nav: &[varn_house::web::capability::NavItem {
            href: "/enkat",
            label: "nav.survey",
            roles: Some(perm::VIEW),
            order: 65,
        }],
        demo: Some(load_demo),
        work: None,
        measures: None,
        plan_of_year: None,
        picture: Some(feeds::picture),
        city: Some(feeds::city),
        retention: &[retention::PURGE],
        import_rows: &[],
        tick: Some(varn_house::web::capability::Tick {
            every: std::time::Duration::from_secs(3600),
            run: crate::mail::tick,
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
