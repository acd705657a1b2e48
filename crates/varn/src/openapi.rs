//! The OpenAPI 3 document of `/api/v1`, generated from the handlers' annotations and
//! served at `/api/v1/openapi.json`. A test holds it and the route table in step.

use axum::Json;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

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
    paths(document),
    tags((name = "organisation"), (name = "people"), (name = "audit"), (name = "reports"), (name = "taxonomy"), (name = "routine"), (name = "plans"), (name = "situation"), (name = "meta"))
)]
pub struct ApiDoc;

/// The whole document: the shell's part and every capability's, with the security scheme
/// and the error answers every operation can give.
pub fn build(capabilities: &[crate::web::capability::Capability]) -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    for api in capabilities.iter().filter_map(|c| c.api) {
        doc.merge(api());
    }
    Security.modify(&mut doc);
    Errors.modify(&mut doc);
    doc
}

/// Schema names that two capabilities define differently. A merge keeps only one of them,
/// so the document would describe the other's answers wrongly; a test keeps this empty.
pub fn clashing_schemas(capabilities: &[crate::web::capability::Capability]) -> Vec<String> {
    let mut seen: std::collections::BTreeMap<String, serde_json::Value> = Default::default();
    let mut clashes = Vec::new();
    let apis = std::iter::once(ApiDoc::openapi())
        .chain(capabilities.iter().filter_map(|c| c.api).map(|api| api()));
    for api in apis {
        let Some(components) = api.components else {
            continue;
        };
        for (name, schema) in components.schemas {
            let value = serde_json::to_value(&schema).unwrap_or_default();
            match seen.get(&name) {
                Some(earlier) if *earlier != value => clashes.push(name),
                Some(_) => {}
                None => {
                    seen.insert(name, value);
                }
            }
        }
    }
    clashes
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_two_capabilities_define_a_schema_of_the_same_name_differently() {
        assert_eq!(
            super::clashing_schemas(crate::app::CAPABILITIES),
            Vec::<String>::new()
        );
    }

    /// Every `$ref` in the document names a schema it defines (typed ids and nested types
    /// are referenced by name; a client generator or schemathesis fails on a dangling one).
    #[test]
    fn every_reference_resolves() {
        fn refs(value: &serde_json::Value, out: &mut Vec<String>) {
            match value {
                serde_json::Value::Object(map) => {
                    for (key, v) in map {
                        match (key.as_str(), v.as_str()) {
                            ("$ref", Some(r)) => out.push(r.to_string()),
                            _ => refs(v, out),
                        }
                    }
                }
                serde_json::Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
                _ => {}
            }
        }
        let doc = serde_json::to_value(super::build(crate::app::CAPABILITIES)).expect("json");
        let mut found = Vec::new();
        refs(&doc, &mut found);
        assert!(!found.is_empty(), "the document references its schemas");
        let dangling: Vec<_> = found
            .into_iter()
            .filter(|r| {
                let name = r.trim_start_matches("#/components/schemas/");
                doc["components"]["schemas"].get(name).is_none()
            })
            .collect();
        assert_eq!(dangling, Vec::<String>::new());
    }
}

/// `GET /api/v1/openapi.json`
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "meta", security(()), responses((status = 200, description = "This document")))]
pub async fn document(
    axum::extract::State(state): axum::extract::State<crate::web::AppState>,
) -> Json<utoipa::openapi::OpenApi> {
    Json(build(state.capabilities))
}
