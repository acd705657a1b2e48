//! The errors of the domain: what services and stores answer when they cannot do what was
//! asked. Client mistakes carry a Swedish message that names the field (and row, for
//! imports); internal errors carry their cause for the log. Their faces for people and
//! programs (an HTML page, a JSON body) are in `web::error`; this module must never know
//! about HTTP.

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
