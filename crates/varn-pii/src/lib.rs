//! The PII guard: finds identifying information in Swedish free text.
//!
//! It is the reason an "anonymized" record can be trusted, so it is written to be boring:
//! pure functions over the text, no I/O, no global mutable state, and a scan that is linear
//! in the length of the text (a tokenizer, then detectors with a bounded look-around; no
//! backtracking regular expressions).
//!
//! It finds personal identity and coordination numbers (with or without a valid check
//! digit), organisation numbers, phone numbers, e-mail addresses, street addresses, postal
//! codes, vehicle plates and personal names (from name lists and from context). It leaves
//! alone what these texts are full of: dates, years, registry and case numbers, law
//! references, counts, money, ages, class names, emergency numbers, places and authorities.
//!
//! It fails closed: a text that is too long, or any internal failure, gives
//! [`Verdict::Failed`], which is never clean.

mod lists;
mod numbers;
mod token;
mod words;

#[doc(hidden)]
pub mod eval;

use std::panic::{catch_unwind, AssertUnwindSafe};

use lists::Lists;

/// The kinds of identifying information, named as the CLI contract names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Personnummer,
    Samordningsnummer,
    Organisationsnummer,
    Phone,
    Email,
    Address,
    PostalCode,
    Plate,
    Name,
}

impl Kind {
    pub const ALL: [Kind; 9] = [
        Kind::Personnummer,
        Kind::Samordningsnummer,
        Kind::Organisationsnummer,
        Kind::Phone,
        Kind::Email,
        Kind::Address,
        Kind::PostalCode,
        Kind::Plate,
        Kind::Name,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Personnummer => "personnummer",
            Kind::Samordningsnummer => "samordningsnummer",
            Kind::Organisationsnummer => "organisationsnummer",
            Kind::Phone => "phone",
            Kind::Email => "email",
            Kind::Address => "address",
            Kind::PostalCode => "postal_code",
            Kind::Plate => "plate",
            Kind::Name => "name",
        }
    }

    /// Which kind wins when two findings overlap (lower wins).
    fn rank(self) -> u8 {
        match self {
            Kind::Personnummer | Kind::Samordningsnummer => 0,
            Kind::Organisationsnummer => 1,
            Kind::Email => 2,
            Kind::Phone => 3,
            Kind::Address => 4,
            Kind::Plate => 5,
            Kind::PostalCode => 6,
            Kind::Name => 7,
        }
    }
}

/// One finding: what, where (UTF-8 byte offsets, end exclusive) and why, in Swedish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub explanation: &'static str,
    pub suggestion: Option<&'static str>,
}

/// The guard's verdict on a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Clean,
    Flagged,
    /// The guard could not vouch for the text; treat it as not clean.
    Failed(&'static str),
}

/// The result of a scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scan {
    pub findings: Vec<Finding>,
    pub verdict: Verdict,
}

impl Scan {
    /// True only when the guard vouches for the text.
    pub fn is_clean(&self) -> bool {
        self.verdict == Verdict::Clean
    }
}

/// The longest text scanned; longer texts fail closed.
pub const MAX_TEXT: usize = 16 * 1024 * 1024;

/// The guard with its word lists. Build it once and share it; scanning takes `&self`.
#[derive(Debug, Default)]
pub struct Guard {
    lists: Lists,
}

impl Guard {
    pub fn new() -> Guard {
        Guard::default()
    }

    /// Scans a text. Never panics; never calls a text clean that it could not scan.
    pub fn scan(&self, text: &str) -> Scan {
        if text.len() > MAX_TEXT {
            return Scan {
                findings: vec![],
                verdict: Verdict::Failed("Texten är för lång för att kontrolleras."),
            };
        }
        match catch_unwind(AssertUnwindSafe(|| self.findings(text))) {
            Ok(findings) if findings.is_empty() => Scan {
                findings,
                verdict: Verdict::Clean,
            },
            Ok(findings) => Scan {
                findings,
                verdict: Verdict::Flagged,
            },
            Err(_) => Scan {
                findings: vec![],
                verdict: Verdict::Failed("Texten kunde inte kontrolleras."),
            },
        }
    }

    fn findings(&self, text: &str) -> Vec<Finding> {
        let tokens = token::tokenize(text);
        let mut found = Vec::new();
        numbers::scan(text, &tokens, &mut found);
        words::scan(text, &tokens, &self.lists, &mut found);
        resolve(found)
    }
}

/// Sorted, non-overlapping findings: where two overlap, the more specific kind stays.
fn resolve(mut found: Vec<Finding>) -> Vec<Finding> {
    found.sort_by_key(|f| (f.kind.rank(), f.start));
    let mut kept: Vec<Finding> = Vec::with_capacity(found.len());
    for f in found {
        if !kept.iter().any(|k| k.start < f.end && f.start < k.end) {
            kept.push(f);
        }
    }
    kept.sort_by_key(|f| f.start);
    kept
}

pub(crate) fn text_of<'a>(text: &'a str, t: &token::Tok) -> &'a str {
    &text[t.start..t.end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(Kind, &str)> {
        let scan = Guard::new().scan(text);
        scan.findings
            .iter()
            .map(|f| (f.kind, &text[f.start..f.end]))
            .collect()
    }

    #[test]
    fn a_whole_report() {
        let text = "Eleven Ahmed Yilmaz i 9B (811218-9876) bor på Ringvägen 12B, lgh 1102, 118 25 Stockholm. Mamman ringde från 070-174 06 12, mejl ahmed.y@exempel.se, bilen ABC 123.";
        let kinds: Vec<Kind> = found(text).iter().map(|f| f.0).collect();
        for k in [
            Kind::Name,
            Kind::Personnummer,
            Kind::Address,
            Kind::PostalCode,
            Kind::Phone,
            Kind::Email,
            Kind::Plate,
        ] {
            assert!(kinds.contains(&k), "{k:?} missing in {:?}", found(text));
        }
        assert_eq!(found(text)[0], (Kind::Name, "Ahmed Yilmaz"));
    }

    #[test]
    fn names_from_lists_and_context() {
        assert_eq!(
            found("Vi träffade Anna Svensson igår."),
            vec![(Kind::Name, "Anna Svensson")]
        );
        assert_eq!(found("Det var Ahmeds idé."), vec![(Kind::Name, "Ahmeds")]);
        assert_eq!(
            found("Pojken Zlatkowicz kom ensam."),
            vec![(Kind::Name, "Zlatkowicz")]
        );
        assert_eq!(
            found("Hon heter Anna-Karin."),
            vec![(Kind::Name, "Anna-Karin")]
        );
        assert_eq!(
            found("Svensson-Berg var där."),
            vec![(Kind::Name, "Svensson-Berg")]
        );
        assert_eq!(
            found("Johansson sa att det hänt förut."),
            vec![(Kind::Name, "Johansson")]
        );
    }

    #[test]
    fn ordinary_words_places_and_authorities_are_not_names() {
        for t in [
            "Samma dag kom polisen.",
            "Dag två var lugnare.",
            "Stig in och vänta.",
            "Hans mamma ringde till skolan.",
            "Klotter vid Medborgarplatsen och på Södermalm i mars.",
            "Polisen och Socialtjänsten i Rinkeby-Kista träffades på måndag.",
            "Nordiska motståndsrörelsen delade ut flygblad vid T-Centralen.",
            "Götgatan var avstängd under demonstrationen.",
            "Ärendet har Dnr SOF 2024/264 och gäller 14 kap. 1 § SoL.",
            "En 16-årig pojke i klass 7A ringde 112 kl. 14.30 den 3 maj 2024.",
            "Bidraget var 5 000 kr och 40 deltagare kom, se IA-2024-00123.",
            "Skolverket, Säpo och Migrationsverket deltog i samverkan.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn fails_closed_on_oversized_text() {
        let big = "a".repeat(MAX_TEXT + 1);
        let scan = Guard::new().scan(&big);
        assert!(!scan.is_clean());
        assert!(matches!(scan.verdict, Verdict::Failed(_)));
        assert!(Guard::new()
            .scan("Ett lugnt möte på fritidsgården.")
            .is_clean());
    }

    #[test]
    fn spans_are_on_char_boundaries_and_sorted() {
        let text = "Åsa Öberg, 070-174 06 12 och Östen Ärlig.";
        let scan = Guard::new().scan(text);
        let mut prev = 0;
        for f in &scan.findings {
            assert!(
                text.is_char_boundary(f.start) && text.is_char_boundary(f.end) && f.start >= prev
            );
            prev = f.end;
        }
    }
}
