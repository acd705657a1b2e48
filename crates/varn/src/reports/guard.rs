//! The PII guard applied to the form's free-text fields. It answers with findings to show
//! the sender, never with the text itself, so nothing flagged can reach a log or an error.
//! The guard fails closed: when it cannot vouch for a text, the text is treated as flagged.

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
