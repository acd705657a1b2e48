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
        Some(Quote {
            end,
            first,
            text,
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
        if q.first == Some(i) {
            q.foreign || q.text && (q.title || self.is_word(l))
        } else {
            (q.text || q.foreign) && (q.german || q.title)
        }
    }
}
