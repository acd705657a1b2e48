//! The errors of the domain and their two faces: [`ApiError`] (JSON) and [`PageError`] (HTML).
//!
//! Client mistakes carry a Swedish message that names the field (and row, for imports).
//! Internal errors are logged with their whole chain and a reference id, and shown to the
//! user only as an opaque message with that reference: never a stack trace, never the
//! text the user typed.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// One thing wrong with the input: which row (for imports), which field, and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Problem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    pub field: String,
    pub message: String,
}

impl Problem {
    pub fn field(field: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            row: None,
            field: field.into(),
            message: message.into(),
        }
    }
    pub fn row(row: usize, field: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            row: Some(row),
            field: field.into(),
            message: message.into(),
        }
    }
    /// The problem as one Swedish sentence, e.g. "Rad 4, fältet ”enhet”: värdet saknas."
    pub fn sentence(&self) -> String {
        let cat = crate::i18n::sv();
        match self.row {
            Some(row) => cat.f(
                "problem.row_field",
                &[
                    ("row", &row.to_string()),
                    ("field", &self.field),
                    ("message", &self.message),
                ],
            ),
            None => cat.f(
                "problem.field",
                &[("field", &self.field), ("message", &self.message)],
            ),
        }
    }
}

/// Errors of the domain and storage layers.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("invalid input")]
    Invalid(Vec<Problem>),
    /// A conflict with the stored state, with a Swedish message.
    #[error("conflict")]
    Conflict(String),
    /// A body larger than its route takes, with a Swedish message.
    #[error("too large")]
    TooLarge(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for Error {
    fn from(err: sqlx::Error) -> Error {
        match err {
            sqlx::Error::RowNotFound => Error::NotFound,
            other => Error::Internal(anyhow::Error::new(other)),
        }
    }
}

impl Error {
    /// The error as Swedish sentences for a page: each problem, or the conflict's message.
    pub fn sentences(&self) -> Vec<String> {
        match self {
            Error::Invalid(problems) => problems.iter().map(Problem::sentence).collect(),
            Error::Conflict(message) | Error::TooLarge(message) => vec![message.clone()],
            _ => vec![],
        }
    }

    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Error {
        Error::Invalid(vec![Problem::field(field, message)])
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

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
    pub findings: Vec<crate::reports::guard::Flag>,
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
pub fn identifying(findings: Vec<crate::reports::guard::Flag>) -> Response {
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
                cat.t("error.forbidden").to_string(),
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
