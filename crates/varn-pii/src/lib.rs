//! The PII guard: finds identifying information in Swedish free text.
//!
//! It is the reason an "anonymized" record can be trusted, so it is written to be boring:
//! pure functions over the text, no I/O, no global mutable state, and a scan that is linear
//! in the length of the text (a tokenizer, then detectors with a bounded look-around; no
//! backtracking regular expressions).
//!
//! Before detection a normalisation pass (`norm`) undoes disguises — NFKC, invisible
//! characters, odd white space, non-ASCII digits — and keeps a map back to the original
//! offsets. Names come from a model of how Swedish marks a name (`names`): an unknown
//! capitalised word inside a sentence is a name, a sentence-opening word is one when it is no
//! Swedish word, and words without capitals are names where a person stands.
//!
//! It finds personal identity and coordination numbers (with or without a valid check
//! digit), organisation numbers, phone numbers, e-mail addresses, street addresses, postal
//! codes, vehicle plates and personal names (from name lists and from context). It leaves
//! alone what these texts are full of: dates, years, registry and case numbers, law
//! references, counts, money, ages, class names, emergency numbers, places and authorities.
//!
//! It fails closed. A text longer than [`Limits::max_bytes`], a scan that spends more than
//! its work budget ([`Limits::steps_per_byte`] steps per byte, counted by the detectors),
//! a word that mixes scripts to confuse, and any panic inside the scan (caught with
//! `catch_unwind`) all give [`Verdict::Failed`],
//! which [`Scan::is_clean`] never calls clean. Callers must treat anything but
//! [`Verdict::Clean`] as "do not store".
//!
//! It must never do I/O, keep state between scans or echo the text it scanned: a finding
//! is a kind, a byte span and fixed Swedish wording. (A panic is caught, but the process's
//! panic hook still runs; an application that logs should install a hook that does not
//! print payloads.)

mod chars;
mod lexicon;
mod lists;
mod names;
mod norm;
mod numbers;
mod token;
mod words;

#[doc(hidden)]
pub mod eval;

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

use lexicon::Gazetteer;
use lists::Lists;
use std::sync::Arc;

/// The kinds of identifying information, named as the CLI contract names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Personal identity number (with or without a valid check digit).
    Personnummer,
    /// Coordination number: a personal identity number with the day plus 60.
    Samordningsnummer,
    /// Organisation number (a sole trader's is a personal identity number).
    Organisationsnummer,
    /// Swedish phone number, national or `+46`/`0046`.
    Phone,
    /// E-mail address.
    Email,
    /// Street address with a house number.
    Address,
    /// Postal code before a town, or after an address.
    PostalCode,
    /// Vehicle registration plate.
    Plate,
    /// Personal name.
    Name,
}

impl Kind {
    /// Every kind, in a fixed order.
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

    /// The kind's name in the CLI and API contract (snake_case).
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

    /// A Swedish label for people ("telefonnummer").
    pub fn label(self) -> &'static str {
        match self {
            Kind::Personnummer => "personnummer",
            Kind::Samordningsnummer => "samordningsnummer",
            Kind::Organisationsnummer => "organisationsnummer",
            Kind::Phone => "telefonnummer",
            Kind::Email => "e-postadress",
            Kind::Address => "gatuadress",
            Kind::PostalCode => "postnummer",
            Kind::Plate => "registreringsnummer",
            Kind::Name => "namn",
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
    /// What was found.
    pub kind: Kind,
    /// Byte offset of the first byte, on a char boundary.
    pub start: usize,
    /// Byte offset just past the last byte, on a char boundary; `start < end`.
    pub end: usize,
    /// Why it was flagged, in Swedish; never contains the found text.
    pub explanation: &'static str,
    /// What to write instead, in Swedish, where there is a sensible alternative.
    pub suggestion: Option<&'static str>,
}

/// The guard's verdict on a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Scanned in full; nothing found.
    Clean,
    /// Scanned in full; see the findings.
    Flagged,
    /// The guard could not vouch for the text; treat it as not clean.
    Failed(&'static str),
}

/// The result of a scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scan {
    /// Sorted by start, non-overlapping.
    pub findings: Vec<Finding>,
    /// Whether the guard vouches for the text.
    pub verdict: Verdict,
}

impl Scan {
    /// True only when the guard vouches for the text.
    pub fn is_clean(&self) -> bool {
        self.verdict == Verdict::Clean
    }
}

/// The longest text scanned by default; longer texts fail closed.
pub const MAX_TEXT: usize = 16 * 1024 * 1024;

/// How much one scan may take before it gives up (and fails closed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The longest text, in bytes.
    pub max_bytes: usize,
    /// Work steps allowed per byte of text (plus a small constant). The detectors are
    /// linear, so the default is far above what any text needs; the budget is there so
    /// that a future mistake becomes a failed scan, not a hung form.
    pub steps_per_byte: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_bytes: MAX_TEXT,
            steps_per_byte: 64,
        }
    }
}

/// A step counter for one scan. Local to the scan, never shared.
#[derive(Debug)]
pub(crate) struct Budget {
    left: u64,
}

/// The work budget ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Exceeded;

impl Budget {
    pub(crate) fn new(steps: u64) -> Budget {
        Budget { left: steps }
    }

    /// Takes `n` steps from the budget, or says it is spent.
    pub(crate) fn spend(&mut self, n: u64) -> Result<(), Exceeded> {
        self.left = self.left.checked_sub(n).ok_or(Exceeded)?;
        Ok(())
    }
}

/// Why a scan stopped short of a verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    Exceeded,
    Confusing,
}

const TOO_LONG: &str = "Texten är för lång för att kontrolleras; dela upp den.";
const TOO_MUCH_WORK: &str =
    "Kontrollen tog för mycket arbete och avbröts; texten räknas inte som ren.";
const CONFUSING: &str = "Texten blandar skriftsystem inom ett ord (till exempel kyrilliska bokstäver bland latinska) och kan inte kontrolleras; skriv den med vanliga bokstäver.";
const INTERNAL: &str =
    "Texten kunde inte kontrolleras på grund av ett internt fel; den räknas inte som ren.";

/// The guard with its word lists. Build it once and share it (it is `Send + Sync`);
/// scanning takes `&self` and keeps all its state on the stack.
#[derive(Debug)]
pub struct Guard {
    /// Parsed once per process and never changed (see [`Lists::shared`]).
    lists: &'static Lists,
    limits: Limits,
    /// The municipality's own places and organisations, handed in at run time.
    places: Option<Arc<Gazetteer>>,
}

impl Default for Guard {
    fn default() -> Guard {
        Guard::with_limits(Limits::default())
    }
}

impl Guard {
    /// A guard with the built-in name lists and the default [`Limits`].
    pub fn new() -> Guard {
        Guard::default()
    }

    /// A guard with other limits (tests, or callers with a tighter budget).
    pub fn with_limits(limits: Limits) -> Guard {
        Guard {
            lists: Lists::shared(),
            limits,
            places: None,
        }
    }

    /// A guard that also knows the municipality's own places and organisations
    /// (administrations, departments, units, districts and areas from Värn's organisation
    /// data): a capitalised word or phrase among them is never taken for a person's name.
    /// A name of several words ("Fältgruppen Södermalm", "Skärholmens gård") is matched as
    /// a phrase; a one-word name also in the genitive.
    pub fn with_places<I, S>(places: I) -> Guard
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        Guard::builder().places(places).build()
    }

    /// A builder for a guard with other limits or run-time places.
    pub fn builder() -> GuardBuilder {
        GuardBuilder::default()
    }

    /// Scans a text. Never panics; never calls a text clean that it could not scan: a text
    /// over the length limit, a spent work budget or an internal panic give
    /// [`Verdict::Failed`] (with whatever was found before the budget ran out).
    pub fn scan(&self, text: &str) -> Scan {
        if text.len() > self.limits.max_bytes {
            return Scan {
                findings: vec![],
                verdict: Verdict::Failed(TOO_LONG),
            };
        }
        let steps = (text.len() as u64)
            .saturating_mul(self.limits.steps_per_byte)
            .saturating_add(1024);
        match catch_unwind(AssertUnwindSafe(|| self.findings(text, steps))) {
            Ok((findings, Err(Stop::Confusing))) => Scan {
                findings,
                verdict: Verdict::Failed(CONFUSING),
            },
            Ok((findings, Ok(()))) if findings.is_empty() => Scan {
                findings,
                verdict: Verdict::Clean,
            },
            Ok((findings, Ok(()))) => Scan {
                findings,
                verdict: Verdict::Flagged,
            },
            Ok((findings, Err(Stop::Exceeded))) => Scan {
                findings,
                verdict: Verdict::Failed(TOO_MUCH_WORK),
            },
            Err(_) => Scan {
                findings: vec![],
                verdict: Verdict::Failed(INTERNAL),
            },
        }
    }

    /// Normalises the text, runs the detectors on the normalised text and maps the
    /// findings back to the original's byte offsets.
    fn findings(&self, original: &str, steps: u64) -> (Vec<Finding>, Result<(), Stop>) {
        let mut budget = Budget::new(steps);
        let norm = norm::normalise(original);
        let text = norm.text.as_ref();
        let tokens = token::tokenize(text);
        let mut found = Vec::new();
        let outcome = budget
            .spend(tokens.len() as u64)
            .and_then(|()| numbers::scan(text, &tokens, &mut found, &mut budget))
            .and_then(|()| {
                words::scan(
                    text,
                    &tokens,
                    self.lists,
                    self.places.as_deref(),
                    &mut found,
                    &mut budget,
                )
            });
        for f in &mut found {
            f.start = norm.start(f.start);
            f.end = norm.end(f.end);
        }
        found.retain(|f| f.start < f.end);
        // A word the guard cannot read (mixed scripts, or a script without name lists in
        // a text of Latin words) is most likely a name written to pass: flagged as one.
        found.extend(norm.unreadable.iter().map(|&(start, end)| Finding {
            kind: Kind::Name,
            start,
            end,
            explanation:
                "Ett ord i en annan skrift eller med blandade skrifter; det kan vara ett namn.",
            suggestion: Some("Skriv en roll i stället, till exempel ”en förälder”."),
        }));
        let outcome = match outcome {
            Err(Exceeded) => Err(Stop::Exceeded),
            Ok(()) if norm.confusing => Err(Stop::Confusing),
            Ok(()) => Ok(()),
        };
        (resolve(found), outcome)
    }
}

/// Builds a [`Guard`]: `Guard::builder().places(names).limits(limits).build()`.
#[derive(Debug, Default)]
pub struct GuardBuilder {
    limits: Limits,
    places: Vec<String>,
}

impl GuardBuilder {
    /// Places and organisations of the municipality that are never names (added to any
    /// given before).
    pub fn places<I, S>(mut self, places: I) -> GuardBuilder
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.places
            .extend(places.into_iter().map(|p| p.as_ref().to_owned()));
        self
    }

    /// Other limits than the default.
    pub fn limits(mut self, limits: Limits) -> GuardBuilder {
        self.limits = limits;
        self
    }

    /// The guard.
    pub fn build(self) -> Guard {
        let places = Gazetteer::from_names(&self.places);
        Guard {
            lists: Lists::shared(),
            limits: self.limits,
            places: (!places.is_empty()).then(|| Arc::new(places)),
        }
    }
}

/// Sorted, non-overlapping findings: where two overlap, the more specific kind stays.
/// Findings are taken most specific first; a kept interval map answers "does this overlap
/// anything kept?" in O(log n), so many findings in a long text stay cheap.
fn resolve(mut found: Vec<Finding>) -> Vec<Finding> {
    found.sort_by_key(|f| (f.kind.rank(), f.start, std::cmp::Reverse(f.end)));
    let mut kept: BTreeMap<usize, Finding> = BTreeMap::new();
    for f in found {
        // Kept findings never overlap, so only the last one starting before `f.end` can.
        let overlaps = kept
            .range(..f.end)
            .next_back()
            .is_some_and(|(_, k)| k.end > f.start);
        if !overlaps {
            kept.insert(f.start, f);
        }
    }
    kept.into_values().collect()
}

#[inline]
pub(crate) fn text_of<'a>(text: &'a str, t: &token::Tok) -> &'a str {
    &text[t.start..t.end]
}

/// A word in lower case, borrowed when lower-casing would not change it (as
/// `str::to_lowercase`, without a new string for a word already in lower case).
pub(crate) fn lower_cow(w: &str) -> std::borrow::Cow<'_, str> {
    // One pass over the bytes turns away most words: no capital among ASCII letters and
    // the small letters of Latin-1 (å, ä, ö, é …).
    if plainly_lower(w) {
        std::borrow::Cow::Borrowed(w)
    } else if w.is_ascii() {
        std::borrow::Cow::Owned(w.to_ascii_lowercase())
    } else if w.chars().any(chars::lowers) {
        let mut l = String::with_capacity(w.len());
        lower_into(&mut l, w);
        std::borrow::Cow::Owned(l)
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

/// Whether lower-casing leaves `w` as it is, read byte by byte: ASCII without a capital,
/// and the small letters of Latin-1 (two bytes, `0xC3` and one of `0xA0` or more: `à` to
/// `ÿ`). False for any other character, which the callers then look at as characters.
#[inline]
pub(crate) fn plainly_lower(w: &str) -> bool {
    let b = w.as_bytes();
    let mut k = 0;
    while k < b.len() {
        match b[k] {
            b'A'..=b'Z' => return false,
            0..=0x7f => k += 1,
            0xc3 if b.get(k + 1).is_some_and(|&d| d >= 0xa0) => k += 2,
            _ => return false,
        }
    }
    true
}

/// Writes `w` in lower case into `buf` (cleared first), as `str::to_lowercase` would, so
/// that a word read in a loop reuses one buffer instead of a new string each time.
pub(crate) fn lower_into(buf: &mut String, w: &str) {
    buf.clear();
    if w.is_ascii() {
        buf.push_str(w);
        buf.make_ascii_lowercase();
    } else {
        for c in w.chars() {
            if c == 'Σ' {
                // The final sigma depends on the letters around it: the standard
                // library knows.
                buf.clear();
                buf.push_str(&w.to_lowercase());
                return;
            }
            chars::push_lower(buf, c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_into_is_to_lowercase() {
        let mut buf = String::from("left over");
        for w in [
            "",
            "ordet",
            "ORDET",
            "Ingegärd-Ödbert",
            "ÖSTERGÅRD",
            "İlkay",
            "ΟΔΥΣΣΕΑΣ",
            "Σ",
            "ǅemal",
            "Ｆｕｌｌ",
        ] {
            lower_into(&mut buf, w);
            assert_eq!(buf, w.to_lowercase(), "{w}");
            assert_eq!(lower_cow(w), w.to_lowercase(), "{w}");
        }
    }

    proptest::proptest! {
        /// A word read as plainly lower case is its own lower case, and `lower_cow` is
        /// `to_lowercase` (Latin-1's letters and the rest of Unicode among ASCII).
        #[test]
        fn plainly_lower_only_where_lower_casing_changes_nothing(
            w in "[a-zA-Z\u{c0}-\u{ff}\u{100}-\u{17f}ßΣσ ]{0,12}|\\PC{0,8}",
        ) {
            if plainly_lower(&w) {
                proptest::prop_assert_eq!(w.to_lowercase(), w.clone());
            }
            proptest::prop_assert_eq!(lower_cow(&w), w.to_lowercase());
        }
    }

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

    /// Every must-not-flag example from the issue, one by one.
    #[test]
    fn what_these_texts_are_full_of_is_left_alone() {
        for t in [
            "2024-03-12",
            "12 mars 2024",
            "kl. 14.30",
            "14:30",
            "år 2023",
            "Dnr SOF 2024/264",
            "Dnr 1.2.3-456/2023",
            "14 kap. 1 § SoL",
            "LVU 2 §",
            "lag (2018:1937)",
            "SOF 2024 och LVU 1990",
            "40 anmälningar",
            "5 000 kr",
            "15-17 år",
            "en 16-årig pojke",
            "9B",
            "klass 7A",
            "Klass 7A hade temadag.",
            "112",
            "1177",
            "114 14",
            "IA-2024-00123",
            "IA 12345",
            "Södermalm, Älvsjö, Rinkeby-Kista, Spånga-Tensta, Hässelby-Vällingby.",
            "Bromma, Kungsholmen, Norrmalm, Östermalm, Enskede-Årsta-Vantör.",
            "Farsta, Skarpnäck, Hägersten-Älvsjö, Skärholmen.",
            "Medborgarplatsen, Sergels torg, T-Centralen, Götgatan.",
            "Polisen, Socialtjänsten, Skolverket, Säpo, Stockholms stad.",
            "Migrationsverket, Försäkringskassan, Region Stockholm.",
            "Nordiska motståndsrörelsen",
            "Center mot våldsbejakande extremism (CVE)",
            "Januari, Februari, Mars, April, Maj, Juni, Juli, Augusti.",
            "Måndag, Tisdag, Onsdag, Torsdag, Fredag, Lördag, Söndag.",
            "samma dag",
            "en rosa",
            "ros",
            "björn",
            "malin",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn every_kind_has_its_contract_name() {
        let names: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(
            names,
            [
                "personnummer",
                "samordningsnummer",
                "organisationsnummer",
                "phone",
                "email",
                "address",
                "postal_code",
                "plate",
                "name"
            ]
        );
    }

    #[test]
    fn overlaps_keep_the_more_specific_kind() {
        let f = |kind, start, end| Finding {
            kind,
            start,
            end,
            explanation: "",
            suggestion: None,
        };
        let kept = resolve(vec![
            f(Kind::Name, 0, 10),
            f(Kind::Phone, 5, 15),
            f(Kind::Personnummer, 12, 20),
            f(Kind::Name, 20, 25),
        ]);
        let spans: Vec<(Kind, usize, usize)> =
            kept.iter().map(|k| (k.kind, k.start, k.end)).collect();
        assert_eq!(
            spans,
            vec![
                (Kind::Name, 0, 10),
                (Kind::Personnummer, 12, 20),
                (Kind::Name, 20, 25)
            ]
        );
    }

    #[test]
    fn a_spent_work_budget_fails_closed_with_what_was_found() {
        let guard = Guard::with_limits(Limits {
            max_bytes: MAX_TEXT,
            steps_per_byte: 0,
        });
        let text = "Ring 070-174 06 12. ".repeat(200);
        let scan = guard.scan(&text);
        assert!(matches!(scan.verdict, Verdict::Failed(_)));
        assert!(!scan.is_clean());
    }

    #[test]
    fn the_guard_can_be_shared_between_threads() {
        fn shared<T: Send + Sync + std::fmt::Debug>() {}
        shared::<Guard>();
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
