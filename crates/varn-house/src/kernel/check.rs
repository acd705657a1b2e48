//! Checking fields of a form or a row of an import: each problem is kept with its field's
//! Swedish name (and the row), so that a person sees every mistake at once, never a
//! stack trace. Pure.

use crate::i18n;
use crate::kernel::error::Problem;

/// A required, trimmed text of at most `max` characters.
pub fn required_text(value: &str, max: usize) -> Result<String, &'static str> {
    let v = value.trim();
    if v.is_empty() {
        return Err(i18n::sv().t("validation.required"));
    }
    if v.chars().count() > max {
        return Err(i18n::sv().t("validation.too_long"));
    }
    Ok(v.to_string())
}

/// An optional text of at most `max` characters.
pub fn optional_text(value: &str, max: usize) -> Result<String, &'static str> {
    let v = value.trim();
    if v.chars().count() > max {
        return Err(i18n::sv().t("validation.too_long"));
    }
    Ok(v.to_string())
}

/// Collects field problems while checking a record, naming each field in Swedish.
#[derive(Debug, Default)]
pub struct Checker {
    pub row: Option<usize>,
    pub problems: Vec<Problem>,
}

impl Checker {
    pub fn for_row(row: usize) -> Checker {
        Checker {
            row: Some(row),
            problems: Vec::new(),
        }
    }

    /// Records the outcome of a check of `field` (its Swedish name).
    pub fn check<T>(&mut self, field: &str, outcome: Result<T, impl AsRef<str>>) -> Option<T> {
        match outcome {
            Ok(v) => Some(v),
            Err(message) => {
                self.problems.push(Problem {
                    row: self.row,
                    field: field.to_string(),
                    message: message.as_ref().to_string(),
                });
                None
            }
        }
    }

    pub fn fail(&mut self, field: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            row: self.row,
            field: field.to_string(),
            message: message.into(),
        });
    }

    pub fn finish(self) -> Result<(), crate::kernel::error::Error> {
        if self.problems.is_empty() {
            Ok(())
        } else {
            Err(crate::kernel::error::Error::Invalid(self.problems))
        }
    }
}

/// A plain shape check of an e-mail address: one `@`, a dot in the domain, no spaces.
pub fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.chars().any(char::is_whitespace)
        && !domain.contains('@')
}
