//! Free text and the PII guard: the findings shown to the person who wrote a text (never
//! the text itself, so nothing flagged can reach a log or an error), and the types that
//! only the guard can make: [`Guarded`] free text and [`Reference`]s to other systems'
//! records. Every free text of an anonymized record, or of a record other administrations
//! can read, is stored as one of these. The guard fails closed: when it cannot vouch for a
//! text, the text is treated as flagged.

use serde::Serialize;

use crate::i18n;

/// One finding in one field, for the sender's eyes.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Flag {
    /// The field, named in Swedish.
    pub field: String,
    /// The kind, as the CLI contract names it (personnummer, phone, name …).
    pub kind: String,
    /// UTF-8 byte offsets into the field's text.
    pub start: usize,
    pub end: usize,
    /// Why this looks identifying, in Swedish.
    pub explanation: String,
    pub suggestion: Option<String>,
}

/// A piece of a text, marked when the guard flagged it.
#[derive(Debug, Clone)]
pub struct Segment {
    pub text: String,
    pub marked: bool,
    /// The number of the finding, from 1, on marked pieces.
    pub number: usize,
}

/// Free text that has passed the PII guard. Only [`Guarded::check`] makes one from text
/// (and [`Guarded::empty`] the empty text), so a store that takes a `Guarded` cannot be
/// handed text the guard has not seen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Guarded(String);

impl Guarded {
    /// The text, trimmed, when the guard finds nothing in it; else what it found.
    pub fn check(guard: &varn_pii::Guard, field: &str, text: &str) -> Result<Guarded, Vec<Flag>> {
        let text = text.trim();
        let flags = check(guard, &[(field, text)]);
        if flags.is_empty() {
            Ok(Guarded(text.to_string()))
        } else {
            Err(flags)
        }
    }

    /// The empty text.
    pub fn empty() -> Guarded {
        Guarded(String::new())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl std::fmt::Display for Guarded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The longest free text of any record (a section of the situational picture's narrative);
/// no field takes more.
pub const MAX_FREE_TEXT: usize = 30_000;

/// Longest reference to a record of another system (an IA case, a row of an export).
pub const MAX_REFERENCE: usize = 64;

/// A reference to a record of another system: letters, digits and `- / _ . :`, at most
/// [`MAX_REFERENCE`] characters, and nothing the PII guard finds (so an identity number
/// cannot pass for a case number).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference(String);

impl Reference {
    pub fn parse(guard: &varn_pii::Guard, text: &str) -> Option<Reference> {
        let text = text.trim();
        let shaped = !text.is_empty()
            && text.chars().count() <= MAX_REFERENCE
            && text
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | '_' | '.' | ':'));
        (shaped && guard.scan(text).is_clean()).then(|| Reference(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Longest file name kept with an import.
const MAX_FILE_NAME: usize = 100;

/// The name of an uploaded file as it may be kept with its import: cut to a hundred
/// characters, and replaced by a neutral word when the guard finds anything in it
/// (`Johan Andersson 811228-9874.csv` is not kept).
pub fn file_name(guard: &varn_pii::Guard, name: &str) -> Guarded {
    let name: String = name
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_FILE_NAME)
        .collect();
    let cat = i18n::sv();
    match Guarded::check(guard, cat.t("import.file"), &name) {
        Ok(clean) if !clean.is_empty() => clean,
        _ => Guarded(cat.t("import.unnamed_file").to_string()),
    }
}

/// Runs free text through the guard for a form or an import: each text that looks
/// identifying is a problem naming its field (and row), never echoing the text.
pub fn problems(
    guard: &varn_pii::Guard,
    row: Option<usize>,
    fields: &[(&str, &str)],
) -> Vec<crate::kernel::error::Problem> {
    let cat = i18n::sv();
    check(guard, fields)
        .into_iter()
        .map(|f| crate::kernel::error::Problem {
            row,
            field: f.field,
            message: cat.f("sources.pii", &[("what", &f.explanation)]),
        })
        .collect()
}

/// Scans each (field name, text) pair; an empty result means every text is clean.
pub fn check(guard: &varn_pii::Guard, fields: &[(&str, &str)]) -> Vec<Flag> {
    let mut flags = Vec::new();
    for (field, text) in fields {
        if text.trim().is_empty() {
            continue;
        }
        let scan = guard.scan(text);
        for f in &scan.findings {
            flags.push(Flag {
                field: field.to_string(),
                kind: f.kind.as_str().to_string(),
                start: f.start,
                end: f.end,
                explanation: f.explanation.to_string(),
                suggestion: f.suggestion.map(str::to_string),
            });
        }
        if !scan.is_clean() && scan.findings.is_empty() {
            // Failed closed without a finding to point at.
            flags.push(Flag {
                field: field.to_string(),
                kind: "unknown".into(),
                start: 0,
                end: 0,
                explanation: i18n::sv().t("report.guard_failed").into(),
                suggestion: None,
            });
        }
    }
    flags
}

/// Cuts a text into pieces at the flagged spans of one field, for showing the marks.
pub fn segments(text: &str, field: &str, flags: &[Flag]) -> Vec<Segment> {
    let mut spans: Vec<(usize, usize, usize)> = flags
        .iter()
        .enumerate()
        .filter(|(_, f)| {
            f.field == field
                && f.end > f.start
                && f.end <= text.len()
                && text.is_char_boundary(f.start)
                && text.is_char_boundary(f.end)
        })
        .map(|(i, f)| (f.start, f.end, i + 1))
        .collect();
    spans.sort_unstable();
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end, number) in spans {
        if start < at {
            continue;
        }
        if start > at {
            out.push(Segment {
                text: text[at..start].to_string(),
                marked: false,
                number: 0,
            });
        }
        out.push(Segment {
            text: text[start..end].to_string(),
            marked: true,
            number,
        });
        at = end;
    }
    if at < text.len() {
        out.push(Segment {
            text: text[at..].to_string(),
            marked: false,
            number: 0,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flag(start: usize, end: usize) -> Flag {
        Flag {
            field: "beskrivning".into(),
            kind: "name".into(),
            start,
            end,
            explanation: String::new(),
            suggestion: None,
        }
    }

    #[test]
    fn segments_mark_the_spans_in_order() {
        let text = "Elev Åsa och Bo";
        let flags = vec![flag(14, 16), flag(5, 9)];
        let segs = segments(text, "beskrivning", &flags);
        let marked: Vec<(&str, usize)> = segs
            .iter()
            .filter(|s| s.marked)
            .map(|s| (s.text.as_str(), s.number))
            .collect();
        assert_eq!(marked, vec![("Åsa", 2), ("Bo", 1)]);
        assert_eq!(
            segs.iter().map(|s| s.text.as_str()).collect::<String>(),
            text
        );
    }

    #[test]
    fn only_clean_text_becomes_guarded() {
        let guard = varn_pii::Guard::default();
        assert!(Guarded::check(&guard, "f", "Klotter vid skolan.").is_ok());
        let flags = Guarded::check(&guard, "f", "Ring 070-174 06 12").expect_err("phone");
        assert_eq!(flags[0].kind, "phone");
    }

    #[test]
    fn references_take_only_their_shape_and_no_identity() {
        let guard = varn_pii::Guard::default();
        assert!(Reference::parse(&guard, "IA-2026-0153").is_some());
        assert!(Reference::parse(&guard, " T-17 ").is_some());
        assert!(Reference::parse(&guard, "811228-9874").is_none());
        assert!(Reference::parse(&guard, "19811228-9874").is_none());
        assert!(Reference::parse(&guard, "Johan Andersson").is_none());
        assert!(Reference::parse(&guard, "").is_none());
        assert!(Reference::parse(&guard, &"A".repeat(MAX_REFERENCE + 1)).is_none());
    }

    #[test]
    fn identifying_file_names_are_not_kept() {
        let guard = varn_pii::Guard::default();
        assert_eq!(
            file_name(&guard, "ia-export-2026.xlsx").as_str(),
            "ia-export-2026.xlsx"
        );
        let hidden = file_name(&guard, "Johan Andersson 811228-9874.csv");
        assert!(!hidden.as_str().contains("811228"), "{hidden}");
        assert_eq!(file_name(&guard, &"a".repeat(300)).as_str().len(), 100);
    }

    #[test]
    fn the_guard_flags_an_identity_number_and_a_name() {
        let guard = varn_pii::Guard::default();
        let flags = check(
            &guard,
            &[(
                "beskrivning",
                "Eleven Ahmed Yilmaz, 070-174 06 12, bor på Ringvägen 12B.",
            )],
        );
        assert!(flags.iter().any(|f| f.kind == "phone"), "{flags:?}");
        assert!(flags.iter().any(|f| f.kind == "name"), "{flags:?}");
        assert!(check(
            &guard,
            &[(
                "beskrivning",
                "Klotter med symboler vid skolan i mars 2024, Dnr SOF 2024/264."
            )]
        )
        .is_empty());
    }
}
