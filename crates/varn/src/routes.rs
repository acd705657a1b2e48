//! Every route of Värn with its access rule, in one table. A route cannot be added without
//! a rule: [`RouteTable`] takes both together, and the access layer denies anything else.

use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{on, MethodFilter};
use axum::Router;

use crate::auth::access::{perm, Rule, Rules, Target};
use crate::web::AppState;
use crate::{
    audit, auth, home, openapi, org, people, plans, reports, routine, situation, taxonomy, web,
};

/// The largest body each kind of route reads. A body past its route's limit is answered
/// 413 before it is read whole.
pub mod body {
    /// Forms and JSON of ordinary records: the longest field is a few thousand characters.
    pub const SMALL: usize = 64 * 1024;
    /// Long texts: a plan's sections, the picture's narrative (seven sections of 30,000
    /// characters), the routine; written as form fields, each character can take 9 bytes.
    pub const TEXT: usize = 2 * 1024 * 1024;
    /// A file to import, with room for the multipart envelope.
    pub const FILE: usize = crate::import::table::MAX_BYTES + 64 * 1024;
}

/// Builds the router and its rules side by side.
#[derive(Default)]
pub struct RouteTable {
    router: Router<AppState>,
    rules: Rules,
}

impl RouteTable {
    fn add<H, T>(
        mut self,
        method: Method,
        path: &'static str,
        rule: Rule,
        body: usize,
        handler: H,
    ) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let filter = match method {
            Method::GET => MethodFilter::GET,
            Method::POST => MethodFilter::POST,
            Method::PATCH => MethodFilter::PATCH,
            Method::PUT => MethodFilter::PUT,
            Method::DELETE => MethodFilter::DELETE,
            _ => unreachable!("unsupported method in route table"),
        };
        self.rules.insert(method, path, rule);
        self.router = self
            .router
            .route(path, on(filter, handler).layer(DefaultBodyLimit::max(body)));
        self
    }

    pub fn get<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        rule: Rule,
        h: H,
    ) -> Self {
        self.add(Method::GET, path, rule, body::SMALL, h)
    }
    pub fn post<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        rule: Rule,
        h: H,
    ) -> Self {
        self.add(Method::POST, path, rule, body::SMALL, h)
    }
    pub fn patch<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        rule: Rule,
        h: H,
    ) -> Self {
        self.add(Method::PATCH, path, rule, body::SMALL, h)
    }
    pub fn put<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        rule: Rule,
        h: H,
    ) -> Self {
        self.add(Method::PUT, path, rule, body::SMALL, h)
    }
    pub fn delete<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        rule: Rule,
        h: H,
    ) -> Self {
        self.add(Method::DELETE, path, rule, body::SMALL, h)
    }

    /// A post whose body may carry long texts (plans, the picture's narrative, the routine).
    pub fn post_text<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        rule: Rule,
        h: H,
    ) -> Self {
        self.add(Method::POST, path, rule, body::TEXT, h)
    }
    pub fn patch_text<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        rule: Rule,
        h: H,
    ) -> Self {
        self.add(Method::PATCH, path, rule, body::TEXT, h)
    }
    pub fn put_text<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        rule: Rule,
        h: H,
    ) -> Self {
        self.add(Method::PUT, path, rule, body::TEXT, h)
    }
    /// A post whose body is a file to import (or its rows as JSON).
    pub fn post_file<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        rule: Rule,
        h: H,
    ) -> Self {
        self.add(Method::POST, path, rule, body::FILE, h)
    }
}

use Rule::{Any, In, Public, SignedIn};
use Target::{
    Activity as X, Administration as A, Contact as C, Department as D, PartnerLink as L, Plan as P,
    Report as R, Unit as U,
};

/// The whole table.
pub fn table() -> (Router<AppState>, Rules) {
    let t = RouteTable::default()
        // Shell, health and sign-in.
        .get("/", Public, home::root)
        .get("/healthz", Public, home::healthz)
        .get("/static/{file}", Public, web::assets::serve)
        .get("/logga-in", Public, auth::routes::sign_in_form)
        .post("/logga-in", Public, auth::routes::sign_in)
        .post("/logga-ut", SignedIn, auth::routes::sign_out)
        .get("/start", SignedIn, home::start)
        .get("/kontakter", SignedIn, home::contacts)
        // Organisation pages.
        .get("/organisation", Any(perm::ORG_VIEW), org::pages::index)
        .post(
            "/organisation",
            Any(perm::ORG_EDIT),
            org::pages::create_administration,
        )
        .get(
            "/organisation/import",
            Any(perm::ORG_EDIT),
            org::pages::import_form,
        )
        .post_file(
            "/organisation/import",
            Any(perm::ORG_EDIT),
            org::pages::import,
        )
        .get(
            "/organisation/enheter.csv",
            Any(perm::ORG_VIEW),
            org::pages::units_csv,
        )
        .get(
            "/organisation/forvaltningar/{admin}",
            In(perm::ORG_VIEW, A),
            org::pages::administration,
        )
        .post(
            "/organisation/forvaltningar/{admin}",
            In(perm::ORG_EDIT, A),
            org::pages::update_administration,
        )
        .post(
            "/organisation/forvaltningar/{admin}/avdelningar",
            In(perm::ORG_EDIT, A),
            org::pages::create_department,
        )
        .post(
            "/organisation/forvaltningar/{admin}/enheter",
            In(perm::ORG_EDIT, A),
            org::pages::create_unit,
        )
        .post(
            "/organisation/forvaltningar/{admin}/kontakter",
            In(perm::CONTACT_EDIT, A),
            org::pages::create_contact,
        )
        .post(
            "/organisation/avdelningar/{department}",
            In(perm::ORG_EDIT, D),
            org::pages::update_department,
        )
        .get(
            "/organisation/enheter/{unit}",
            In(perm::ORG_VIEW, U),
            org::pages::unit,
        )
        .post(
            "/organisation/enheter/{unit}",
            In(perm::ORG_EDIT, U),
            org::pages::update_unit,
        )
        .post(
            "/organisation/enheter/{unit}/avsluta",
            In(perm::ORG_EDIT, U),
            org::pages::end_unit,
        )
        .post(
            "/organisation/kontakter/{contact}/ta-bort",
            In(perm::CONTACT_EDIT, C),
            org::pages::delete_contact,
        )
        // People pages.
        .get("/personer", Any(perm::PEOPLE), people::pages::index)
        .post("/personer", Any(perm::PEOPLE), people::pages::create)
        .post_file("/personer/import", Any(perm::PEOPLE), people::pages::import)
        .get("/personer/{user}", Any(perm::PEOPLE), people::pages::show)
        .post("/personer/{user}", Any(perm::PEOPLE), people::pages::update)
        .post(
            "/personer/{user}/roller",
            Any(perm::PEOPLE),
            people::pages::add_grant,
        )
        .post(
            "/personer/{user}/roller/{grant}/ta-bort",
            Any(perm::PEOPLE),
            people::pages::remove_grant,
        )
        // Audit pages.
        .get("/logg", Any(perm::AUDIT), audit::pages::index)
        .get("/logg.csv", Any(perm::AUDIT), audit::pages::csv)
        // The anonymized form, its receipt, partner links and the inbox.
        .get("/blankett/ny", SignedIn, reports::pages::new_form)
        .post("/blankett", SignedIn, reports::pages::create)
        .get("/blankett/status", Public, reports::pages::status_form)
        .post("/blankett/status", Public, reports::pages::status)
        .get("/blankett/lank/{token}", Public, reports::partner::form)
        .post("/blankett/lank/{token}", Public, reports::partner::send)
        .get("/inkorg", Any(perm::INBOX), reports::inbox::index)
        .get("/inkorg/export", Any(perm::INBOX), reports::export::page)
        .get("/inkorg/{report}", In(perm::INBOX, R), reports::inbox::show)
        .post(
            "/inkorg/{report}/bedomning",
            In(perm::INBOX, R),
            reports::inbox::assess_form,
        )
        .post(
            "/inkorg/{report}/kopplingar",
            In(perm::INBOX, R),
            reports::inbox::link_form,
        )
        .post(
            "/inkorg/{report}/anteckningar",
            In(perm::INBOX, R),
            reports::inbox::note_form,
        )
        .get(
            "/inkorg/forvaltningar/{admin}/lankar",
            In(perm::INBOX, A),
            reports::partner::links,
        )
        .post(
            "/inkorg/forvaltningar/{admin}/lankar",
            In(perm::INBOX, A),
            reports::partner::create_link,
        )
        .post(
            "/inkorg/lankar/{link}/aterkalla",
            In(perm::INBOX, L),
            reports::partner::revoke_link,
        )
        // The taxonomy.
        .get("/taxonomi", SignedIn, taxonomy::pages::index)
        .post("/taxonomi", Any(perm::TAXONOMY_EDIT), taxonomy::pages::add)
        .post(
            "/taxonomi/{term}/byt-namn",
            Any(perm::TAXONOMY_EDIT),
            taxonomy::pages::rename,
        )
        .post(
            "/taxonomi/{term}/avveckla",
            Any(perm::TAXONOMY_EDIT),
            taxonomy::pages::retire,
        )
        // The JSON API.
        .get("/api/v1/openapi.json", Public, openapi::document)
        .get("/api/v1/me", SignedIn, auth::routes::me)
        .get(
            "/api/v1/administrations",
            Any(perm::ORG_VIEW),
            org::api::list_administrations,
        )
        .post(
            "/api/v1/administrations",
            Any(perm::ORG_EDIT),
            org::api::create_administration,
        )
        .get(
            "/api/v1/administrations/{admin}",
            In(perm::ORG_VIEW, A),
            org::api::get_administration,
        )
        .patch(
            "/api/v1/administrations/{admin}",
            In(perm::ORG_EDIT, A),
            org::api::update_administration,
        )
        .get(
            "/api/v1/administrations/{admin}/departments",
            In(perm::ORG_VIEW, A),
            org::api::list_departments,
        )
        .post(
            "/api/v1/administrations/{admin}/departments",
            In(perm::ORG_EDIT, A),
            org::api::create_department,
        )
        .patch(
            "/api/v1/departments/{department}",
            In(perm::ORG_EDIT, D),
            org::api::update_department,
        )
        .get(
            "/api/v1/administrations/{admin}/units",
            In(perm::ORG_VIEW, A),
            org::api::list_units,
        )
        .post(
            "/api/v1/administrations/{admin}/units",
            In(perm::ORG_EDIT, A),
            org::api::create_unit,
        )
        .get(
            "/api/v1/units/{unit}",
            In(perm::ORG_VIEW, U),
            org::api::get_unit,
        )
        .patch(
            "/api/v1/units/{unit}",
            In(perm::ORG_EDIT, U),
            org::api::update_unit,
        )
        .post(
            "/api/v1/units/{unit}/end",
            In(perm::ORG_EDIT, U),
            org::api::end_unit,
        )
        .get(
            "/api/v1/administrations/{admin}/contacts",
            In(perm::ORG_VIEW, A),
            org::api::list_contacts,
        )
        .post(
            "/api/v1/administrations/{admin}/contacts",
            In(perm::CONTACT_EDIT, A),
            org::api::create_contact,
        )
        .delete(
            "/api/v1/contacts/{contact}",
            In(perm::CONTACT_EDIT, C),
            org::api::delete_contact,
        )
        .get("/api/v1/contacts", SignedIn, org::api::all_contacts)
        .post_file(
            "/api/v1/organisation/import",
            Any(perm::ORG_EDIT),
            org::api::import,
        )
        .get("/api/v1/users", Any(perm::PEOPLE), people::api::list)
        .post("/api/v1/users", Any(perm::PEOPLE), people::api::create)
        .post_file(
            "/api/v1/users/import",
            Any(perm::PEOPLE),
            people::api::import,
        )
        .get("/api/v1/users/{user}", Any(perm::PEOPLE), people::api::get)
        .patch(
            "/api/v1/users/{user}",
            Any(perm::PEOPLE),
            people::api::update,
        )
        .post(
            "/api/v1/users/{user}/grants",
            Any(perm::PEOPLE),
            people::api::add_grant,
        )
        .delete(
            "/api/v1/users/{user}/grants/{grant}",
            Any(perm::PEOPLE),
            people::api::remove_grant,
        )
        .get("/api/v1/audit", Any(perm::AUDIT), audit::api::list)
        .get(
            "/api/v1/audit/export.csv",
            Any(perm::AUDIT),
            audit::api::csv,
        )
        .post("/api/v1/reports", SignedIn, reports::api::create)
        .post("/api/v1/reports/status", Public, reports::api::status)
        .post(
            "/api/v1/partner/{token}/reports",
            Public,
            reports::api::partner_create,
        )
        .post_text("/api/v1/pii/check", SignedIn, reports::api::pii_check)
        .get("/api/v1/reports", Any(perm::INBOX), reports::api::list)
        .get(
            "/api/v1/reports/export",
            Any(perm::INBOX),
            reports::export::api,
        )
        .get(
            "/api/v1/reports/{report}",
            In(perm::INBOX, R),
            reports::api::get,
        )
        .patch(
            "/api/v1/reports/{report}",
            In(perm::INBOX, R),
            reports::api::assess,
        )
        .post(
            "/api/v1/reports/{report}/links",
            In(perm::INBOX, R),
            reports::api::link,
        )
        .post(
            "/api/v1/reports/{report}/notes",
            In(perm::INBOX, R),
            reports::api::note,
        )
        .get(
            "/api/v1/administrations/{admin}/partner-links",
            In(perm::INBOX, A),
            reports::api::links,
        )
        .post(
            "/api/v1/administrations/{admin}/partner-links",
            In(perm::INBOX, A),
            reports::api::create_link,
        )
        .post(
            "/api/v1/partner-links/{link}/revoke",
            In(perm::INBOX, L),
            reports::api::revoke_link,
        )
        .get("/api/v1/taxonomy", SignedIn, taxonomy::pages::api_get)
        .post(
            "/api/v1/taxonomy/terms",
            Any(perm::TAXONOMY_EDIT),
            taxonomy::pages::api_add,
        )
        .post(
            "/api/v1/taxonomy/terms/{term}/rename",
            Any(perm::TAXONOMY_EDIT),
            taxonomy::pages::api_rename,
        )
        .post(
            "/api/v1/taxonomy/terms/{term}/retire",
            Any(perm::TAXONOMY_EDIT),
            taxonomy::pages::api_retire,
        );
    let t = routine_routes(t);
    let t = plans_routes(t);
    let t = situation_routes(t);
    (t.router, t.rules)
}

/// The routine guide (DOMAIN.md §5): the guide for everyone signed in, versions for the
/// central coordinator.
fn routine_routes(t: RouteTable) -> RouteTable {
    use perm::{ROUTINE_EDIT as EDIT, ROUTINE_HISTORY as HISTORY};
    t.get("/rutin", SignedIn, routine::pages::guide)
        .get("/rutin/checklista", SignedIn, routine::pages::checklist)
        .get("/rutin/versioner", Any(HISTORY), routine::pages::versions)
        .post_text("/rutin/versioner", Any(EDIT), routine::pages::create_draft)
        .get(
            "/rutin/versioner/{version}",
            Any(HISTORY),
            routine::pages::version,
        )
        .post_text(
            "/rutin/versioner/{version}",
            Any(EDIT),
            routine::pages::update_draft,
        )
        .post(
            "/rutin/versioner/{version}/publicera",
            Any(EDIT),
            routine::pages::publish,
        )
        .get("/api/v1/routine", SignedIn, routine::api::current)
        .post(
            "/api/v1/routine/evaluate",
            SignedIn,
            routine::api::evaluate_answers,
        )
        .get(
            "/api/v1/routine/versions",
            Any(HISTORY),
            routine::api::list_versions,
        )
        .post_text(
            "/api/v1/routine/versions",
            Any(EDIT),
            routine::api::create_draft,
        )
        .get(
            "/api/v1/routine/versions/{version}",
            Any(HISTORY),
            routine::api::get_version,
        )
        .patch_text(
            "/api/v1/routine/versions/{version}",
            Any(EDIT),
            routine::api::update_draft,
        )
        .post(
            "/api/v1/routine/versions/{version}/publish",
            Any(EDIT),
            routine::api::publish,
        )
}

/// The action plans' routes (issue 4).
fn plans_routes(t: RouteTable) -> RouteTable {
    use plans::pages as pp;
    t.get("/planer", Any(perm::PLAN_VIEW), pp::index)
        .post_text("/planer", Any(perm::PLAN_EDIT), pp::create)
        .get(
            "/planer/struktur",
            Any(perm::PLAN_VIEW),
            plans::structure::template,
        )
        .post_text(
            "/planer/struktur",
            Any(perm::PLAN_TEMPLATE),
            plans::structure::publish_template,
        )
        .get(
            "/planer/uppfoljning",
            Any(perm::PLAN_VIEW),
            plans::followup::overview,
        )
        .get("/planer/{plan}", In(perm::PLAN_VIEW, P), pp::show)
        .post_text("/planer/{plan}", In(perm::PLAN_EDIT, P), pp::update)
        .post_text(
            "/planer/{plan}/aktiviteter",
            In(perm::PLAN_EDIT, P),
            pp::add_activity,
        )
        .post_file(
            "/planer/{plan}/aktiviteter/import",
            In(perm::PLAN_EDIT, P),
            pp::import_activities,
        )
        .post("/planer/{plan}/beslut", In(perm::PLAN_EDIT, P), pp::decide)
        .post(
            "/planer/{plan}/godkannande",
            In(perm::PLAN_APPROVE, P),
            pp::approve,
        )
        .post_text(
            "/planer/{plan}/revidera",
            In(perm::PLAN_EDIT, P),
            pp::revise,
        )
        .get(
            "/planer/{plan}/uppfoljning",
            In(perm::PLAN_VIEW, P),
            plans::followup::follow_up,
        )
        .get(
            "/planer/{plan}/uppfoljning.csv",
            In(perm::PLAN_VIEW, P),
            plans::followup::follow_up_csv,
        )
        .get(
            "/planer/{plan}/uppfoljning.docx",
            In(perm::PLAN_VIEW, P),
            plans::followup::report_docx,
        )
        .get(
            "/planer/{plan}/uppfoljning.pdf",
            In(perm::PLAN_VIEW, P),
            plans::followup::report_pdf,
        )
        .get(
            "/planer/{plan}/uppfoljning.xlsx",
            In(perm::PLAN_VIEW, P),
            plans::followup::follow_up_xlsx,
        )
        .get(
            "/planer/{plan}/handlingsplan.docx",
            In(perm::PLAN_VIEW, P),
            pp::docx,
        )
        .get(
            "/planer/{plan}/handlingsplan.pdf",
            In(perm::PLAN_VIEW, P),
            pp::pdf,
        )
        .get(
            "/planer/{plan}/skillnader",
            In(perm::PLAN_VIEW, P),
            plans::compare::show,
        )
        .get(
            "/planer/{plan}/handlingsplan.json",
            In(perm::PLAN_VIEW, P),
            pp::json,
        )
        .get(
            "/planer/aktiviteter/{activity}",
            In(perm::PLAN_EDIT, X),
            plans::activity_pages::edit,
        )
        .post_text(
            "/planer/aktiviteter/{activity}",
            In(perm::PLAN_EDIT, X),
            plans::activity_pages::update,
        )
        .post(
            "/planer/aktiviteter/{activity}/ta-bort",
            In(perm::PLAN_EDIT, X),
            pp::delete_activity,
        )
        .post(
            "/planer/aktiviteter/{activity}/beslut",
            In(perm::PLAN_EDIT, X),
            pp::carry_activity,
        )
        .post_text(
            "/planer/aktiviteter/{activity}/uppfoljning",
            In(perm::PLAN_REPORT, X),
            plans::followup::report,
        )
        .get("/api/v1/plans", Any(perm::PLAN_VIEW), plans::api::list)
        .get(
            "/api/v1/plan-template",
            Any(perm::PLAN_VIEW),
            plans::api::template,
        )
        .post_text(
            "/api/v1/administrations/{admin}/plans",
            In(perm::PLAN_EDIT, A),
            plans::api::create,
        )
        .get(
            "/api/v1/plans/{plan}",
            In(perm::PLAN_VIEW, P),
            plans::api::get,
        )
        .get(
            "/api/v1/plans/{plan}/document.docx",
            In(perm::PLAN_VIEW, P),
            plans::api::docx,
        )
        .get(
            "/api/v1/plans/{plan}/document.pdf",
            In(perm::PLAN_VIEW, P),
            plans::api::pdf,
        )
        .get(
            "/api/v1/plans/{plan}/followups",
            In(perm::PLAN_VIEW, P),
            plans::api::followups,
        )
        .get(
            "/api/v1/plans/{plan}/diff",
            In(perm::PLAN_VIEW, P),
            plans::api::diff,
        )
        .get(
            "/api/v1/plans/{plan}/export.json",
            In(perm::PLAN_VIEW, P),
            plans::api::export_json,
        )
        .post_file(
            "/api/v1/plans/{plan}/activities/import",
            In(perm::PLAN_EDIT, P),
            plans::api::import_activities,
        )
        .post_text(
            "/api/v1/plans/import",
            Any(perm::PLAN_EDIT),
            plans::api::import_json,
        )
        .patch_text(
            "/api/v1/plans/{plan}",
            In(perm::PLAN_EDIT, P),
            plans::api::update,
        )
        .post_text(
            "/api/v1/plans/{plan}/activities",
            In(perm::PLAN_EDIT, P),
            plans::api::add_activity,
        )
        .patch_text(
            "/api/v1/activities/{activity}",
            In(perm::PLAN_EDIT, X),
            plans::api::update_activity,
        )
        .delete(
            "/api/v1/activities/{activity}",
            In(perm::PLAN_EDIT, X),
            plans::api::delete_activity,
        )
        .post(
            "/api/v1/plans/{plan}/decide",
            In(perm::PLAN_EDIT, P),
            plans::api::decide,
        )
        .post(
            "/api/v1/plans/{plan}/approve",
            In(perm::PLAN_APPROVE, P),
            plans::api::approve,
        )
        .post_text(
            "/api/v1/plans/{plan}/revise",
            In(perm::PLAN_EDIT, P),
            plans::api::revise,
        )
        .post_text(
            "/api/v1/activities/{activity}/followups",
            In(perm::PLAN_REPORT, X),
            plans::api::report,
        )
}

/// The local situational picture (issue 5).
fn situation_routes(t: RouteTable) -> RouteTable {
    use situation::pages as sp;
    let t = t
        .get("/lagesbild", Any(perm::SITUATION_VIEW), sp::index)
        .get("/lagesbild/stad", Any(perm::SITUATION_VIEW), sp::city_page)
        .get(
            "/lagesbild/forvaltningar/{admin}",
            In(perm::SITUATION_VIEW, A),
            sp::administration,
        )
        .get(
            "/lagesbild/forvaltningar/{admin}/hatbrott.svg",
            In(perm::SITUATION_VIEW, A),
            sp::hate_crime_svg,
        )
        .post(
            "/lagesbild/forvaltningar/{admin}/hatbrott",
            In(perm::SITUATION_EDIT, A),
            sp::add_hate_crime,
        )
        .post_file(
            "/lagesbild/forvaltningar/{admin}/hatbrott/import",
            In(perm::SITUATION_EDIT, A),
            sp::import_hate_crimes,
        )
        .get(
            "/api/v1/administrations/{admin}/situation",
            In(perm::SITUATION_VIEW, A),
            sp::api_picture,
        )
        .post_file(
            "/api/v1/administrations/{admin}/hate-crimes",
            In(perm::SITUATION_EDIT, A),
            sp::api_hate_crimes,
        )
        .get(
            "/api/v1/situation/city",
            Any(perm::SITUATION_VIEW),
            sp::api_city,
        );
    sources_routes(picture_routes(t))
}

/// The situational picture of one administration and year: narrative, status, charts and
/// documents (issue 5).
/// The situational picture's other sources: IA reports and their triage, graffiti,
/// concern reports and the police mapping (issue 5).
fn sources_routes(t: RouteTable) -> RouteTable {
    use situation::source_pages as sr;
    let view = || In(perm::SITUATION_VIEW, A);
    let edit = || In(perm::SITUATION_EDIT, A);
    t.get("/lagesbild/forvaltningar/{admin}/kallor", view(), sr::page)
        .post(
            "/lagesbild/forvaltningar/{admin}/kallor/ia-kolumner",
            edit(),
            sr::save_mapping,
        )
        .post_file(
            "/lagesbild/forvaltningar/{admin}/kallor/ia",
            edit(),
            sr::import_ia,
        )
        .get(
            "/lagesbild/forvaltningar/{admin}/kallor/import/{job}",
            edit(),
            sr::import_progress,
        )
        .get(
            "/lagesbild/forvaltningar/{admin}/kallor/ia/bedomning",
            edit(),
            sr::triage,
        )
        .post(
            "/lagesbild/forvaltningar/{admin}/kallor/ia/bedomning",
            edit(),
            sr::assess,
        )
        .post(
            "/lagesbild/forvaltningar/{admin}/kallor/klotter",
            edit(),
            sr::add_graffiti,
        )
        .post_file(
            "/lagesbild/forvaltningar/{admin}/kallor/klotter/import",
            edit(),
            sr::import_graffiti,
        )
        .post(
            "/lagesbild/forvaltningar/{admin}/kallor/orosanmalningar",
            edit(),
            sr::save_concern,
        )
        .post_file(
            "/lagesbild/forvaltningar/{admin}/kallor/orosanmalningar/import",
            edit(),
            sr::import_concern,
        )
        .post_text(
            "/lagesbild/forvaltningar/{admin}/kallor/polisen",
            edit(),
            sr::save_police,
        )
        .get(
            "/api/v1/administrations/{admin}/situation/sources",
            view(),
            sr::api_view,
        )
        .put(
            "/api/v1/administrations/{admin}/situation/ia-mapping",
            edit(),
            sr::api_mapping,
        )
        .post_file(
            "/api/v1/administrations/{admin}/situation/ia",
            edit(),
            sr::api_ia,
        )
        .get(
            "/api/v1/administrations/{admin}/situation/ia/triage",
            edit(),
            sr::api_triage,
        )
        .post(
            "/api/v1/administrations/{admin}/situation/ia/assessments",
            edit(),
            sr::api_assess,
        )
        .post_file(
            "/api/v1/administrations/{admin}/situation/graffiti",
            edit(),
            sr::api_graffiti,
        )
        .post_file(
            "/api/v1/administrations/{admin}/situation/concern-reports",
            edit(),
            sr::api_concern,
        )
        .put_text(
            "/api/v1/administrations/{admin}/situation/police-mapping",
            edit(),
            sr::api_police,
        )
}

fn picture_routes(t: RouteTable) -> RouteTable {
    use perm::{SITUATION_EDIT as EDIT, SITUATION_VIEW as VIEW};
    use situation::picture_pages as pp;
    t.get(
        "/lagesbild/forvaltningar/{admin}/diagram/{file}",
        In(VIEW, A),
        pp::chart,
    )
    .get(
        "/lagesbild/forvaltningar/{admin}/ar/{year}",
        In(VIEW, A),
        pp::show,
    )
    .post_text(
        "/lagesbild/forvaltningar/{admin}/ar/{year}",
        In(EDIT, A),
        pp::save,
    )
    .post(
        "/lagesbild/forvaltningar/{admin}/ar/{year}/faststall",
        In(EDIT, A),
        pp::finalize,
    )
    .post(
        "/lagesbild/forvaltningar/{admin}/ar/{year}/ateroppna",
        In(EDIT, A),
        pp::reopen,
    )
    .get(
        "/lagesbild/forvaltningar/{admin}/ar/{year}/lagesbild.docx",
        In(VIEW, A),
        pp::docx,
    )
    .get(
        "/lagesbild/forvaltningar/{admin}/ar/{year}/lagesbild.pdf",
        In(VIEW, A),
        pp::pdf,
    )
    .get(
        "/lagesbild/forvaltningar/{admin}/ar/{year}/diagram/{file}",
        In(VIEW, A),
        pp::year_chart,
    )
    .get(
        "/api/v1/administrations/{admin}/situation/pictures/{year}",
        In(VIEW, A),
        pp::api_get,
    )
    .patch_text(
        "/api/v1/administrations/{admin}/situation/pictures/{year}",
        In(EDIT, A),
        pp::api_save,
    )
    .post(
        "/api/v1/administrations/{admin}/situation/pictures/{year}/finalize",
        In(EDIT, A),
        pp::api_finalize,
    )
    .post(
        "/api/v1/administrations/{admin}/situation/pictures/{year}/reopen",
        In(EDIT, A),
        pp::api_reopen,
    )
    .get(
        "/api/v1/administrations/{admin}/situation/pictures/{year}/document.docx",
        In(VIEW, A),
        pp::api_docx,
    )
    .get(
        "/api/v1/administrations/{admin}/situation/pictures/{year}/document.pdf",
        In(VIEW, A),
        pp::api_pdf,
    )
}
