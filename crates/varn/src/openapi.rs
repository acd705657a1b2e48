//! The OpenAPI 3 document of `/api/v1`, generated from the handlers' annotations and
//! served at `/api/v1/openapi.json`. A test holds it and the route table in step.

use axum::Json;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::{audit, auth, org, people, plans, reports, routine, situation, taxonomy};

struct Security;

impl Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("A token from `varn token create --email E`"))
                    .build(),
            ),
        );
        openapi.security = Some(vec![utoipa::openapi::security::SecurityRequirement::new(
            "bearer",
            Vec::<String>::new(),
        )]);
    }
}

/// Every operation documents the errors the access layer and the extractors can answer,
/// all with the one error body: 401 and 403 where a sign-in is needed, 404 where the path
/// names a record, 413 and 422 where a body or query is read, and 500.
struct Errors;

impl Modify for Errors {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let error = |description: &str| {
            ResponseBuilder::new()
                .description(description)
                .content(
                    "application/json",
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("ApiErrorBody")))
                        .build(),
                )
                .build()
        };
        for (path, item) in openapi.paths.paths.iter_mut() {
            if path == "/api/v1/openapi.json" {
                continue;
            }
            let named = path.contains('{');
            for op in [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ]
            .into_iter()
            .flatten()
            {
                let public = op
                    .security
                    .as_ref()
                    .is_some_and(|s| s.iter().all(|r| r == &Default::default()));
                let reads_input = op.request_body.is_some()
                    || op.parameters.as_ref().is_some_and(|p| {
                        p.iter()
                            .any(|p| p.parameter_in == utoipa::openapi::path::ParameterIn::Query)
                    });
                let mut add = |code: &str, description: &str| {
                    op.responses
                        .responses
                        .entry(code.to_string())
                        .or_insert_with(|| error(description).into());
                };
                if !public {
                    add("401", "Not signed in (no valid token)");
                    add("403", "The caller's roles or scope do not reach this");
                }
                if named {
                    add("404", "No such record (or one the caller may not know of)");
                }
                if reads_input {
                    add("422", "Bad input: the problems by field (and row)");
                }
                if op.request_body.is_some() {
                    add("413", "The body is larger than this route takes");
                }
                add("500", "An internal error, with a reference for the log");
            }
        }
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Värn API", version = "1", description = "The JSON API of Värn. Every answer for people is in Swedish; errors carry a code, a message and, for bad input, the problems by field and row."),
    paths(
        document,
        auth::routes::me,
        org::api::list_administrations, org::api::create_administration, org::api::get_administration, org::api::update_administration,
        org::api::list_departments, org::api::create_department, org::api::update_department,
        org::api::list_units, org::api::create_unit, org::api::get_unit, org::api::update_unit, org::api::end_unit,
        org::api::list_contacts, org::api::all_contacts, org::api::create_contact, org::api::delete_contact, org::api::import,
        people::api::list, people::api::create, people::api::import, people::api::get, people::api::update, people::api::add_grant, people::api::remove_grant,
        audit::api::list, audit::api::csv,
        reports::api::create, reports::api::status, reports::api::partner_create, reports::api::pii_check, reports::api::list,
        reports::export::api, reports::api::get, reports::api::assess, reports::api::link, reports::api::note,
        reports::api::links, reports::api::create_link, reports::api::revoke_link,
        taxonomy::pages::api_get, taxonomy::pages::api_add, taxonomy::pages::api_rename, taxonomy::pages::api_retire,
        routine::api::current, routine::api::evaluate_answers, routine::api::list_versions, routine::api::create_draft,
        routine::api::get_version, routine::api::update_draft, routine::api::publish,
        situation::pages::api_picture, situation::pages::api_hate_crimes, situation::pages::api_city,
        situation::picture_pages::api_get, situation::picture_pages::api_save, situation::picture_pages::api_finalize,
        situation::picture_pages::api_reopen, situation::picture_pages::api_docx, situation::picture_pages::api_pdf,
        situation::source_pages::api_view, situation::source_pages::api_mapping, situation::source_pages::api_ia,
        situation::source_pages::api_triage, situation::source_pages::api_assess, situation::source_pages::api_graffiti,
        situation::source_pages::api_concern, situation::source_pages::api_police,
        plans::api::list, plans::api::template, plans::api::create, plans::api::get, plans::api::update,
        plans::api::add_activity, plans::api::update_activity, plans::api::delete_activity,
        plans::api::decide, plans::api::approve, plans::api::revise, plans::api::report,
        plans::api::docx, plans::api::pdf, plans::api::export_json, plans::api::import_json, plans::api::import_activities, plans::api::followups, plans::api::diff,
    ),
    modifiers(&Security, &Errors),
    tags((name = "organisation"), (name = "people"), (name = "audit"), (name = "reports"), (name = "taxonomy"), (name = "routine"), (name = "plans"), (name = "situation"), (name = "meta"))
)]
pub struct ApiDoc;

/// `GET /api/v1/openapi.json`
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "meta", security(()), responses((status = 200, description = "This document")))]
pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
