//! What a sentence states about a word that makes it a person's name even where the word is
//! a place, an ordinary word or a title: it is said to be someone's name ("Berlin är hans
//! efternamn"), it stands in apposition to a word of kinship ("sin son Islam"), it is one
//! of a list of first names ("Adnan, Emir och Lamija"). And shapes of names that the word
//! shapes alone do not reach: a Scottish or Irish prefix ("McKenzie"), a name written
//! backwards ("annA"), two initials joined by a dash ("P-O"). Also two things a sentence
//! says that unmake a name in lower case: a word joined to a noun ("tro och iman"), and a
//! word misspelt with a consonant doubled ("nummret").
//!
//! Each rule looks at most four words around the word and is asked only of a word that
//! is capitalised (or, for the shapes, of mixed case or a single letter), so the pass
//! stays linear. None of them makes a name of a word in lower case.

use crate::lists::flag;
use crate::text_of;
use crate::token::TokKind;

use super::context::Ctx;
use super::{shape, Shape};

/// Words for a person's name, as what a word is said to be ("… är hans efternamn").
const NAME_NOUNS: &[&str] = &[
    "namn",
    "förnamn",
    "efternamn",
    "mellannamn",
    "tilltalsnamn",
    "smeknamn",
    "flicknamn",
];

/// Possessive pronouns before a noun ("hans efternamn", "sin son").
const POSSESSIVES: &[&str] = &[
    "min", "mitt", "din", "ditt", "sin", "sitt", "hans", "hennes", "hens", "deras", "vår", "vårt",
    "er", "ert",
];

/// Words of kinship and partnership: a capitalised word in apposition after one, with a
/// possessive or a genitive before it, is the relative's name ("hennes dotter Nur").
const KIN_NOUNS: &[&str] = &[
    "son",
    "dotter",
    "bror",
    "syster",
    "lillebror",
    "storebror",
    "lillasyster",
    "storasyster",
    "halvbror",
    "halvsyster",
    "kusin",
    "brorson",
    "systerson",
    "brorsdotter",
    "systerdotter",
    "barnbarn",
    "make",
    "maka",
    "fru",
    "sambo",
    "pojkvän",
    "flickvän",
    "styvson",
    "styvdotter",
    "fosterson",
    "fosterdotter",
];

impl Ctx<'_> {
    /// Whether the capitalised word at `i` opens a sentence that says it is a name: "X är
    /// hans efternamn", "X är dotterns namn", "X är ett ovanligt förnamn". Not "X är inte
    /// namn här": a possessive, a genitive or an article must stand before the noun.
    pub(super) fn said_to_be_a_name(&self, i: usize) -> bool {
        let Some(v) = self
            .neighbour(i, 1, false)
            .filter(|&v| matches!(self.word(v), Some("är" | "var")))
        else {
            return false;
        };
        if !self.sentence_start(i) {
            return false;
        }
        let Some(d) = self.neighbour(v, 1, false) else {
            return false;
        };
        let Some(det) = self.word(d) else {
            return false;
        };
        let owner = POSSESSIVES.contains(&det)
            || shape(det) == Shape::Lower && det.len() > 4 && det.ends_with('s');
        let article = matches!(det, "ett" | "en");
        if !owner && !article {
            return false;
        }
        // At most two adjectives after an article: "ett ovanligt förnamn".
        let mut k = d;
        for _ in 0..3 {
            let Some(n) = self.neighbour(k, 1, false) else {
                return false;
            };
            let Some(w) = self.word(n) else {
                return false;
            };
            if NAME_NOUNS.contains(&w) {
                return true;
            }
            if !article || shape(w) != Shape::Lower || !self.is_word(w) {
                return false;
            }
            k = n;
        }
        false
    }

    /// Whether the capitalised word at `i` stands in apposition after a word of kinship
    /// with a possessive or a genitive before it: "sin son Islam", "Aminas bror Dag".
    pub(super) fn kin_apposition(&self, i: usize) -> bool {
        let Some(k) = self.neighbour(i, -1, false) else {
            return false;
        };
        if !self.word(k).is_some_and(|w| KIN_NOUNS.contains(&w)) {
            return false;
        }
        self.neighbour(k, -1, false)
            .and_then(|p| self.word(p))
            .is_some_and(|p| {
                POSSESSIVES.contains(&p.to_lowercase().as_str())
                    || shape(p) == Shape::Cap && p.ends_with('s') && {
                        let l = p.to_lowercase();
                        self.lists.is(&l[..l.len() - 1], flag::FIRST | flag::LAST)
                    }
            })
    }

    /// Whether the capitalised word at `i`, inside a sentence, is an item of a list whose
    /// items before it (after a comma) and after it (after a comma or "och") are names: a
    /// word found as a name, or inside the sentence a listed first name or a capitalised
    /// word that is neither a Swedish word nor a known place ("Adnan, Emir och Lamija").
    /// A word of the language is a name there too.
    pub(super) fn in_name_list(&self, i: usize) -> bool {
        let t = self.tokens;
        // A name by the lists, found as one before, or a capitalised word that is no
        // Swedish word and no known place.
        let first_name = |k: usize| {
            self.word(k).is_some_and(|w| shape(w) == Shape::Cap)
                && self.lower_cow(k).is_some_and(|l| {
                    self.found_before(&l)
                        || !self.sentence_start(k)
                            && (self.lists.is(&l, flag::FIRST)
                                || !self.is_word(&l) && !self.known_place(k, &l, false))
                })
        };
        let comma_space = |c: usize| {
            t.get(c).is_some_and(|x| x.kind == TokKind::Punct(','))
                && t.get(c + 1)
                    .is_some_and(|x| x.kind == (TokKind::Space { newline: false }))
        };
        let before = i >= 3 && comma_space(i - 2) && first_name(i - 3);
        let after = comma_space(i + 1) && first_name(i + 3)
            || self
                .neighbour(i, 1, false)
                .filter(|&o| self.word(o) == Some("och"))
                .and_then(|o| self.neighbour(o, 1, false))
                .is_some_and(first_name);
        before && after
    }

    /// Two initials in capitals joined by a hyphen, standing alone ("P-O", "K-G"), after a
    /// social preposition or verb, or before a finite verb or a comma and a personal
    /// pronoun: a person's initials ("hör med P-O", "L-G ringde"). Not a range of grades,
    /// classes or letters ("A-F", "A–Z").
    pub(super) fn dashed_initials(&self, i: usize) -> bool {
        let t = self.tokens;
        let single_cap = |k: usize| {
            self.word(k).is_some_and(|w| {
                let mut cs = w.chars();
                cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
            })
        };
        let glued = |k: usize| k < t.len() && t[k].start == t[k - 1].end;
        // `i` is the first letter or the second.
        let a = if t.get(i + 1).is_some_and(|x| x.kind == TokKind::Punct('-')) && glued(i + 1) {
            i
        } else if i >= 2 && t[i - 1].kind == TokKind::Punct('-') && glued(i) {
            i - 2
        } else {
            return false;
        };
        let b = a + 2;
        // A hyphen as typed, not a dash of a range ("A–Z").
        if !(single_cap(a)
            && single_cap(b)
            && glued(a + 1)
            && glued(b)
            && text_of(self.text, &t[a + 1]) == "-")
        {
            return false;
        }
        // Alone: no word, number or dash right before the first letter or after the
        // second.
        let joins = |x: &crate::token::Tok| {
            matches!(
                x.kind,
                TokKind::Word | TokKind::Number | TokKind::Punct('-')
            )
        };
        let alone_before = a == 0 || !joins(&t[a - 1]);
        let alone_after = t.get(b + 1).is_none_or(|x| !joins(x));
        if !(alone_before && alone_after) {
            return false;
        }
        let (x, y) = (
            self.word(a).unwrap_or_default(),
            self.word(b).unwrap_or_default(),
        );
        if x < y && (y <= "F" || x == "A") {
            return false;
        }
        let before = self
            .neighbour(a, -1, false)
            .and_then(|p| self.lower_cow(p))
            .is_some_and(|p| {
                matches!(
                    p.as_ref(),
                    "med" | "till" | "hos" | "åt" | "av" | "ring" | "ringde" | "fråga" | "frågade"
                )
            });
        // A finite verb after, or a comma and a personal pronoun ("P-O, han har").
        let comma_pronoun = t.get(b + 1).is_some_and(|x| x.kind == TokKind::Punct(','))
            && self
                .neighbour(b + 1, 1, false)
                .is_some_and(|p| matches!(self.word(p), Some("han" | "hon" | "hen")));
        let after = comma_pronoun
            || self
                .neighbour(b, 1, false)
                .and_then(|n| self.lower_cow(n))
                .is_some_and(|v| self.finite(&v) || self.lists.is(&v, flag::REPORTING));
        before || after
    }
}

/// A name with a Scottish or Irish prefix and a capital after it: "McKenzie", "MacLeod"
/// (read then as a capitalised word; "McDonalds" after "på" stays a place).
pub(super) fn prefixed_surname(w: &str) -> bool {
    let rest = w
        .strip_prefix("Mc")
        .or_else(|| w.strip_prefix("Mac"))
        .filter(|r| r.chars().count() >= 3);
    rest.is_some_and(|r| {
        let mut cs = r.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
    })
}

impl Ctx<'_> {
    /// A word of four letters or more whose only capital is its last letter, which read
    /// backwards is a listed name: a name written backwards ("annA", "nossleiN").
    pub(super) fn reversed_name(&self, w: &str) -> bool {
        let mut cs = w.chars();
        let Some(last) = cs.next_back() else {
            return false;
        };
        if !last.is_uppercase() || w.chars().count() < 4 || !cs.all(char::is_lowercase) {
            return false;
        }
        let back: String = w.chars().rev().collect::<String>().to_lowercase();
        self.lists.is(&back, flag::FIRST | flag::LAST)
    }
}

/// Personal pronouns before "och": "jag och X" joins two persons.
const PERSONAL_PRONOUNS: &[&str] = &[
    "jag", "du", "han", "hon", "hen", "vi", "ni", "de", "dom", "mig", "dig", "honom", "henne",
    "oss", "dem", "mej", "dej",
];

impl Ctx<'_> {
    /// Whether a word in lower case, found as a name before in capitals, is joined by
    /// "och" or "eller" to a word of the language that is no person ("Iman … tro och
    /// iman"): two nouns, the same word used as a word. Not after a pronoun, a role word
    /// or a name ("jag och leo", "eleven och lina").
    pub(super) fn joined_to_a_noun(&self, i: usize, l: &str) -> bool {
        let Some(o) = self
            .neighbour(i, -1, false)
            .filter(|&o| matches!(self.word(o), Some("och" | "eller")))
        else {
            return false;
        };
        let Some(q) = self.neighbour(o, -1, false) else {
            return false;
        };
        let Some(w) = self.word(q) else {
            return false;
        };
        let plain = shape(w) == Shape::Lower || shape(w) == Shape::Cap && self.sentence_start(q);
        plain
            && self.found_before(l)
            && self.lower_cow(q).is_some_and(|p| {
                p.chars().count() >= 3
                    && self.is_word(&p)
                    && !PERSONAL_PRONOUNS.contains(&p.as_ref())
                    && !self.role(&p)
                    && !self.lists.is(&p, flag::FIRST | flag::LAST | flag::AMBIGUOUS)
                    && !self.found_before(&p)
            })
    }
}

/// Whether a word in lower case is a word of the language misspelt with one consonant
/// doubled ("nummret" for "numret", "lekktion"): no name, unless a list knows it.
pub(super) fn doubled_consonant(l: &str, is_word: impl Fn(&str) -> bool) -> bool {
    let b = l.as_bytes();
    (1..b.len()).any(|k| {
        b[k] == b[k - 1]
            && b[k].is_ascii_lowercase()
            && !b"aeiouy".contains(&b[k])
            && is_word(&format!("{}{}", &l[..k], &l[k + 1..]))
    })
}
