//! Quotations: what a quotation is (a text after a word for writing, words in another
//! language, a title) and which capitalised words inside it are no names. A quotation is
//! read once, at most 60 tokens ahead.

use crate::lists::flag;
use crate::token::TokKind;

use super::context::Ctx;
use super::{shape, Shape};

/// Words only German has among its most common ones: a quotation with one is German, and
/// German capitalises its nouns.
const GERMAN: &[&str] = &[
    "und", "der", "die", "das", "ist", "nicht", "mein", "meine", "unser", "unsere", "ein", "eine",
    "für", "mit", "wir", "heißt", "heisst", "auf", "zum", "zur", "im", "sind",
];

/// Common words of other languages that are no Swedish words (English, Spanish, French,
/// Italian): a quotation with one is in another language.
const FOREIGN: &[&str] = &[
    "the", "of", "you", "your", "we", "our", "are", "will", "this", "that", "with", "they", "them",
    "his", "what", "who", "que", "una", "les", "des", "pour", "della", "sono",
];

/// A quotation: the token that closes it, its first word, and what it is.
#[derive(Debug, Clone, Copy)]
pub(super) struct Quote {
    pub(super) end: usize,
    first: Option<usize>,
    /// After a word for a text or for writing: "med texten ”…”", "har skrivit ”…”".
    pub(super) text: bool,
    /// Most of its lower-case words are no Swedish words: "Kill all antifa".
    foreign: bool,
    /// Every word capitalised, two or more: "Free Palestine".
    title: bool,
    /// German: "Meine Ehre heißt Treue".
    german: bool,
    /// After a verb of signing: "undertecknat ”…”", an alias or a name.
    signed: bool,
}

impl Ctx<'_> {
    /// A quotation opening at `i`, read once: where it closes and what it is.
    pub(super) fn quote(&self, i: usize) -> Option<Quote> {
        let TokKind::Punct(open) = self.tokens.get(i)?.kind else {
            return None;
        };
        let close: &[char] = match open {
            '"' => &['"'],
            '”' => &['”'],
            '“' => &['”', '“'],
            '»' => &['«', '»'],
            '«' => &['»'],
            _ => return None,
        };
        let mut end = None;
        let mut first = None;
        let (mut lower, mut foreign, mut words, mut caps) = (0usize, 0usize, 0usize, 0usize);
        let (mut german, mut marked) = (false, false);
        for j in i + 1..(i + 60).min(self.tokens.len()) {
            match self.tokens[j].kind {
                TokKind::Punct(c) if close.contains(&c) => {
                    end = Some(j);
                    break;
                }
                TokKind::Space { newline: true } => return None,
                TokKind::Word => {
                    let w = crate::text_of(self.text, &self.tokens[j]);
                    first = first.or(Some(j));
                    words += 1;
                    german |= w.contains('ß');
                    match shape(w) {
                        Shape::Lower => {
                            lower += 1;
                            let (f, s) = self.listed(w);
                            foreign += usize::from(!f && !s && !self.is_word(w));
                            german |= GERMAN.contains(&w);
                            marked |= FOREIGN.contains(&w);
                        }
                        Shape::Cap | Shape::Upper => caps += 1,
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        let end = end?;
        let mut p = i;
        while p > 0
            && matches!(
                self.tokens[p - 1].kind,
                TokKind::Space { newline: false } | TokKind::Punct(':')
            )
        {
            p -= 1;
        }
        let text = p > 0
            && self
                .lower_at(p - 1)
                .is_some_and(|b| self.lists.is(&b, flag::TEXT));
        let signed = self.signed_before(i);
        Some(Quote {
            end,
            first,
            text: text && !signed,
            signed,
            foreign: german || marked || foreign >= 1 && 2 * foreign >= lower,
            title: words >= 2 && caps == words,
            german,
        })
    }

    /// Whether a capitalised word inside a quotation is no name: the quotation's first
    /// word when the quotation is in another language, or is a text and the word is an
    /// ordinary word ("har skrivit ”Rasförrädare”"); a later word when the quotation is
    /// German (nouns are capitalised) or every word is ("med texten ”Free Palestine”").
    /// A proper noun inside a text in another language stays a name ("Ave Roberto el
    /// martir").
    pub(super) fn quoted_text(&self, q: &Quote, i: usize, l: &str) -> bool {
        if q.signed {
            false
        } else if q.first == Some(i) {
            q.foreign || q.text && (q.title || self.is_word(l))
        } else {
            (q.text || q.foreign) && (q.german || q.title)
        }
    }
}

impl Ctx<'_> {
    /// Whether a verb of signing stands before the quotation mark at `q` (a colon, "med"
    /// or "under med" between): "undertecknat ”…”", "signerat med ”…”", "skriver under
    /// med ”…”".
    pub(super) fn signed_before(&self, q: usize) -> bool {
        let Some(mut p) = self.neighbour_across_space(q) else {
            return false;
        };
        if self.word(p) == Some("med") {
            match self.neighbour(p, -1, false) {
                Some(v) => p = v,
                None => return false,
            }
            if self.word(p) == Some("under") {
                return self
                    .neighbour(p, -1, false)
                    .and_then(|v| self.word(v))
                    .is_some_and(|v| matches!(v, "skriver" | "skrev" | "skrivit"));
            }
        }
        self.lower_cow(p).is_some_and(|v| {
            matches!(
                v.as_ref(),
                "undertecknat"
                    | "undertecknad"
                    | "undertecknade"
                    | "undertecknades"
                    | "signerat"
                    | "signerad"
                    | "signerade"
                    | "signerades"
            )
        })
    }

    /// The word before the token at `q`, across a space and a colon.
    fn neighbour_across_space(&self, q: usize) -> Option<usize> {
        let mut p = q.checked_sub(1)?;
        while matches!(
            self.tokens[p].kind,
            TokKind::Space { newline: false } | TokKind::Punct(':')
        ) {
            p = p.checked_sub(1)?;
        }
        self.word(p).map(|_| p)
    }

    /// Whether the word at `i` is the alias a text was signed with: the first word of a
    /// quotation after a verb of signing, or after "din vän" or "er vän" opening it
    /// ("undertecknat ”X”", "undertecknat ”Din vän X”"). Not a role, a body, or a group
    /// in the plural ("Krigarna").
    #[inline]
    pub(super) fn signed_alias(&self, i: usize, l: &str) -> bool {
        let t = self.tokens;
        let open = |q: usize| {
            crate::names::is_quote(t[q].kind) && t[q].end == t[q + 1].start && self.signed_before(q)
        };
        // The alias alone in the quotation.
        if !t
            .get(i + 1)
            .is_some_and(|c| crate::names::is_quote(c.kind) && c.start == t[i].end)
        {
            return false;
        }
        let first = i >= 1 && open(i - 1);
        let friend = !first
            && i >= 5
            && t[i - 1].kind == (TokKind::Space { newline: false })
            && matches!(
                self.word(i - 2),
                Some("vän" | "väninna" | "broder" | "kamrat")
            )
            && t[i - 3].kind == (TokKind::Space { newline: false })
            && self
                .lower_cow(i - 4)
                .is_some_and(|d| matches!(d.as_ref(), "din" | "er" | "eder"))
            && open(i - 5);
        // In lower case, only a word that is no word ("kcirtap").
        let shaped =
            self.word(i).is_some_and(|w| shape(w) != Shape::Lower) || self.caseless_candidate(i, l);
        (first || friend)
            && shaped
            // A kinship word is a name after "din vän" ("Din vän Bror").
            && !(first && self.not_name(l) || self.lists.is(l, flag::NOT_NAME))
            && !["arna", "erna", "orna", "rna"].iter().any(|e| l.ends_with(e))
            && !super::context::org_head(l, false)
            && !BODIES.contains(&l)
            && !self.known_place(i, l, false)
    }
}

/// Bodies that sign a letter in the definite form: "undertecknat ”Styrelsen”".
const BODIES: &[&str] = &[
    "styrelsen",
    "ledningen",
    "redaktionen",
    "kansliet",
    "personalen",
    "administrationen",
    "rörelsen",
    "nätverket",
    "brödraskapet",
];
