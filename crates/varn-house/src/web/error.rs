//! The two faces of [`Error`]: [`ApiError`] (JSON) and [`PageError`] (HTML).
//!
//! Internal errors are logged with their whole chain and a reference id, and shown to the
//! user only as an opaque message with that reference: never a stack trace, never the
//! text the user typed.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::kernel::error::{Error, Problem};

/// A short random reference shown to the user and written to the log line of the failure.
pub fn new_reference() -> String {
    let id = uuid::Uuid::new_v4().simple().to_string();
    id[..12].to_string()
}

fn log_internal(err: &anyhow::Error) -> String {
    let reference = new_reference();
    tracing::error!(reference = %reference, error = %format!("{err:#}"), "internal error");
    reference
}

/// The JSON body of every API error.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ApiErrorBody {
    /// Machine-readable code: not_found, forbidden, unauthorized, invalid, identifying,
    /// conflict, too_large, internal.
    pub error: String,
    /// Swedish message for people.
    pub message: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Problem>,
    /// What the PII guard found in the free text (code `identifying`); nothing was stored.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<crate::kernel::text::Flag>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// An error answered as JSON.
#[derive(Debug)]
pub struct ApiError(pub Error);

impl<E: Into<Error>> From<E> for ApiError {
    fn from(err: E) -> ApiError {
        ApiError(err.into())
    }
}

pub fn api_error(
    status: StatusCode,
    code: &str,
    message: String,
    problems: Vec<Problem>,
    reference: Option<String>,
) -> Response {
    let body = ApiErrorBody {
        error: code.to_string(),
        message,
        problems,
        findings: vec![],
        reference,
    };
    (status, axum::Json(body)).into_response()
}

/// The answer when the PII guard stopped a text: 422 with what it found, never the text.
pub fn identifying(findings: Vec<crate::kernel::text::Flag>) -> Response {
    let body = ApiErrorBody {
        error: "identifying".to_string(),
        message: crate::i18n::sv().t("error.identifying").to_string(),
        problems: vec![],
        findings,
        reference: None,
    };
    (StatusCode::UNPROCESSABLE_ENTITY, axum::Json(body)).into_response()
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let cat = crate::i18n::sv();
        match self.0 {
            Error::NotFound => api_error(
                StatusCode::NOT_FOUND,
                "not_found",
                cat.t("error.not_found").into(),
                vec![],
                None,
            ),
            Error::Forbidden => api_error(
                StatusCode::FORBIDDEN,
                "forbidden",
                cat.t("error.forbidden").into(),
                vec![],
                None,
            ),
            Error::Invalid(problems) => api_error(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid",
                cat.t("error.invalid").into(),
                problems,
                None,
            ),
            Error::Conflict(message) => {
                api_error(StatusCode::CONFLICT, "conflict", message, vec![], None)
            }
            Error::TooLarge(message) => api_error(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                message,
                vec![],
                None,
            ),
            Error::Internal(err) => {
                let reference = log_internal(&err);
                api_error(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    cat.t("error.internal").into(),
                    vec![],
                    Some(reference),
                )
            }
        }
    }
}

/// The status of a page answered again with its problems: 409 for a conflict with what is
/// stored, 422 for input it cannot take.
pub fn page_status(err: &Error) -> StatusCode {
    match err {
        Error::Conflict(_) => StatusCode::CONFLICT,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

/// What a refused page tells its reader: "ask the administrator", unless the reader is the
/// administrator, who is told where roles are given instead.
pub fn forbidden_message() -> &'static str {
    let cat = crate::i18n::sv();
    let admin =
        crate::web::access::current().is_some_and(|p| p.has(crate::auth::Role::Administrator));
    cat.t(if admin {
        "error.forbidden_admin"
    } else {
        "error.forbidden"
    })
}

/// An error answered as an HTML page in the shell.
#[derive(Debug)]
pub struct PageError(pub Error);

impl<E: Into<Error>> From<E> for PageError {
    fn from(err: E) -> PageError {
        PageError(err.into())
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let cat = crate::i18n::sv();
        let (status, title, message, problems, reference) = match self.0 {
            Error::NotFound => (
                StatusCode::NOT_FOUND,
                "error.not_found_title",
                cat.t("error.not_found").to_string(),
                vec![],
                None,
            ),
            Error::Forbidden => (
                StatusCode::FORBIDDEN,
                "error.forbidden_title",
                forbidden_message().to_string(),
                vec![],
                None,
            ),
            Error::Invalid(problems) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "error.invalid_title",
                cat.t("error.invalid").to_string(),
                problems.iter().map(Problem::sentence).collect(),
                None,
            ),
            Error::Conflict(message) => (
                StatusCode::CONFLICT,
                "error.conflict_title",
                message,
                vec![],
                None,
            ),
            Error::TooLarge(message) => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "error.too_large_title",
                message,
                vec![],
                None,
            ),
            Error::Internal(err) => {
                let reference = log_internal(&err);
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "error.internal_title",
                    cat.t("error.internal").to_string(),
                    vec![],
                    Some(reference),
                )
            }
        };
        crate::web::error_page(status, cat.t(title), &message, problems, reference)
    }
}
