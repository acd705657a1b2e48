//! Listed first names in lower case, even words, that the words beside them make names:
//! a surname after, another first name joined by "och", a role word before and a verb
//! after, a by-line, a closing, an apposition, a person heard from or introducing
//! themself; and a word that is no word before "och hans".

use crate::lists::flag;
use crate::token::TokKind;

use super::super::clues::DETERMINERS;
use super::super::context::Ctx;
use super::super::{shape, Shape};

/// Endings of Nordic surnames that Swedish words rarely have in front of a first name:
/// "-ström", "-berg", "-lund" … A surname so shaped may be a word of the list too
/// ("sandström", in the word list as a proper noun), and a first name before it makes it
/// the surname.
const NORDIC_SURNAME_ENDINGS: &[&str] = &[
    "sson", "ström", "qvist", "kvist", "quist", "berg", "gren", "lund", "holm", "dahl", "stedt",
    "blad", "löf", "bäck", "feldt", "hult",
];

static NORDIC_ENDS: crate::names::Ends = crate::names::Ends::of(&[NORDIC_SURNAME_ENDINGS]);

/// Listed first names that are words of a grammatical class or of time, never taken for a
/// name by the company they keep ("per", "alla", "hans", "maj").
const FUNCTION_NAMES: &[&str] = &[
    "per", "alla", "hans", "inga", "mina", "my", "maj", "juni", "april", "max", "del",
];

impl Ctx<'_> {
    /// Whether the lower-case word at `i` (`l`, with its list flags) is a listed first
    /// name before a surname of a Nordic shape ("bo brolin", "tim edman"), or that
    /// surname after such a first name: a full name, even where both are words. The
    /// surname is listed, or no word of the list.
    pub(super) fn lower_full_name(&self, i: usize, l: &str, flags: u32) -> bool {
        let first = |l: &str, flags: u32| {
            flags & flag::FIRST != 0 && !FUNCTION_NAMES.contains(&l) && !self.not_name(l)
        };
        let surname = |k: usize| {
            self.word(k).is_some_and(|s| {
                shape(s) == Shape::Lower
                    && (NORDIC_SURNAME_ENDINGS
                        .iter()
                        .any(|e| s.len() > e.len() + 2 && s.ends_with(e))
                        && (self.lists.is(s, flag::LAST) || !self.is_word(s))
                        // Or any listed surname that is no word ("… brolin").
                        || s.chars().nth(3).is_some()
                            && self.lists.is(s, flag::LAST)
                            && !self.is_word(s))
                    && !self.not_name(s)
                    && !self.known_place(k, s, false)
            })
        };
        // Cheapest first: most words are no listed first name, and most end in none of
        // the endings' last two bytes.
        if flags & flag::FIRST != 0 {
            return first(l, flags) && self.neighbour(i, 1, false).is_some_and(surname);
        }
        (flags & flag::LAST != 0
            || NORDIC_ENDS.has(l.as_bytes())
                && NORDIC_SURNAME_ENDINGS
                    .iter()
                    .any(|e| l.len() > e.len() + 2 && l.ends_with(e)))
            && self.neighbour(i, -1, false).is_some_and(|p| {
                self.word(p)
                    .is_some_and(|f| shape(f) == Shape::Lower && first(f, self.lists.flags(f)))
            })
            && surname(i)
    }

    /// Whether the lower-case word at `i` (`l`), a listed first name that is also a word
    /// ("liv", "malva"), is joined by "och", "o", "å", "eller", "&" or "+" to a listed
    /// first name in lower case that is no word: first names named together ("mellan liv
    /// och yasir", "farid, idris och malva"). A word so joined to a word is a word ("liv och
    /// hälsa").
    pub(super) fn joined_to_lower_first_name(&self, i: usize, l: &str) -> bool {
        // A finite verb is a verb ("Gunvor och ville veta"; "ville" is a name too), and a
        // word after an article or a determiner is a noun ("en björn och malin").
        if FUNCTION_NAMES.contains(&l)
            || self.not_name(l)
            || self.lists.is(l, flag::FINITE)
            || self.determined(i)
            || self
                .neighbour(i, -1, false)
                .and_then(|p| self.word(p))
                .is_some_and(|p| DETERMINERS.contains(&p) || matches!(p, "vår" | "min" | "din"))
        {
            return false;
        }
        let clear = |k: usize| {
            self.word(k).is_some_and(|o| {
                shape(o) == Shape::Lower
                    && o.chars().nth(2).is_some()
                    && self.lists.flags(o) & (flag::FIRST | flag::AMBIGUOUS | flag::WORD_NAME)
                        == flag::FIRST
                    && !self.is_word(o)
                    && !self.not_name(o)
            })
        };
        let across = |dir: isize| {
            // "&" and "+" are read across by `neighbour`; the words here by hand.
            let n = self.neighbour(i, dir, true)?;
            if matches!(self.word(n), Some("och" | "o" | "å" | "eller")) {
                self.neighbour(n, dir, false)
            } else if n.abs_diff(i) > 2 {
                Some(n)
            } else {
                None
            }
        };
        across(1).is_some_and(clear) || across(-1).is_some_and(clear)
    }

    /// Whether the lower-case word at `i` (`l`), a listed first name, stands where only
    /// a person is named, even where it is a word: between a role word and a finite verb
    /// ("kuratorn dag svarade", "mentorn tuva tycker"), in a by-line before a colon
    /// ("skrivet av malva:"), as the one heard from ("har ni hört av iris?"), or
    /// introducing themself after a greeting ("hej, det är ester på …").
    /// `listed`: the word is a listed first name; only such a word is read between a
    /// role word and a finite verb (the rules for unlisted words read a role word's cue).
    pub(super) fn first_name_placed(&self, i: usize, l: &str, listed: bool) -> bool {
        // The positions first, cheapest first (token kinds, then words compared); the
        // word's own lists last.
        self.placed_for_a_person(i, listed) && !FUNCTION_NAMES.contains(&l) && !self.not_name(l)
    }

    fn placed_for_a_person(&self, i: usize, listed: bool) -> bool {
        let t = self.tokens;
        // Most words follow a word and one space: only the word before is read then.
        let after_word = i >= 2
            && t[i - 1].kind == (TokKind::Space { newline: false })
            && t[i - 2].kind == TokKind::Word;
        if !after_word {
            // Opening a line of a note or a chat written in lower case, before a verb of
            // a person's doings: "x tar kvällen", "x ska till skolan", "x vet"; between
            // commas after a role word: "kuratorn, x, tycker", "eleven, x, sa".
            return self.chat_line_subject(i) || self.comma_apposition_to_role(i);
        }
        let prev = i - 2;
        let prev_word = self.word(prev).unwrap_or_default();
        match prev_word {
            // After a closing, ending its line or before a comma: "hälsningar x, fritids".
            "hälsningar" | "hälsning" | "mvh" => t.get(i + 1).is_none_or(|c| {
                matches!(
                    c.kind,
                    TokKind::Punct(',') | TokKind::Space { newline: true }
                )
            }),
            "av" => {
                let before_av = self.neighbour(prev, -1, false).and_then(|b| self.word(b));
                // "av X:" after a word for writing it down: the one who wrote it.
                let by_line = t
                    .get(i + 1)
                    .is_some_and(|c| c.kind == TokKind::Punct(':') && c.start == t[i].end)
                    && before_av.is_some_and(|b| BY_LINE.contains(&b));
                // "hört av X" ("heard from X"): one hears from a person ("hört av sig" is
                // none).
                by_line || matches!(before_av, Some("hört" | "hörde" | "hör"))
            }
            "är" => self.greeted_introduction(i, prev),
            // Only a listed first name between a role word and a finite verb (below).
            _ if !listed => false,
            // A role word before: the word after a role noun is its apposition, a verb
            // or a preposition; with a finite verb after it, the apposition is a name. An
            // infinitive stands there too ("låter eleven bo hos"), never before a finite
            // verb.
            p => {
                shape(p) == Shape::Lower
                    && self.role(p)
                    && self
                        .neighbour(i, 1, false)
                        .and_then(|n| self.word(n))
                        .is_some_and(|v| shape(v) == Shape::Lower && self.finite(v))
            }
        }
    }

    /// Whether the word at `i` opens its line before a verb of `CHAT_VERBS`.
    pub(super) fn chat_line_subject(&self, i: usize) -> bool {
        self.line_start(i)
            && self
                .neighbour(i, 1, false)
                .and_then(|n| self.word(n))
                .is_some_and(|v| CHAT_VERBS.contains(&v))
    }

    /// Whether the word at `i` opens its line (after a speaker's label or a time stamp,
    /// not after another word).
    fn line_start(&self, i: usize) -> bool {
        let t = self.tokens;
        i == 0
            || matches!(t[i - 1].kind, TokKind::Space { newline: true })
            || i >= 2
                && t[i - 1].kind == (TokKind::Space { newline: false })
                && matches!(t[i - 2].kind, TokKind::Space { newline: true })
    }

    /// Whether the word at `i` stands between commas after a role word: an apposition
    /// naming the person ("kuratorn, x, tycker …").
    fn comma_apposition_to_role(&self, i: usize) -> bool {
        let t = self.tokens;
        i >= 3
            && t[i - 1].kind == (TokKind::Space { newline: false })
            && t[i - 2].kind == TokKind::Punct(',')
            && t.get(i + 1).is_some_and(|c| c.kind == TokKind::Punct(','))
            && self
                .word(i - 3)
                .is_some_and(|r| shape(r) == Shape::Lower && self.role(r))
    }

    /// Whether "och" (or its spoken "o", "å") and a possessive ("hans", "hennes", "hens")
    /// and a word follow the word at `i`: a person and those who belong to them ("x och
    /// hans bror", "x o hans kusin").
    pub(super) fn and_his(&self, i: usize) -> bool {
        let next = |k: usize| self.neighbour(k, 1, false);
        next(i)
            .filter(|&a| matches!(self.word(a), Some("och" | "o" | "å")))
            .and_then(next)
            .filter(|&h| matches!(self.word(h), Some("hans" | "hennes" | "hens")))
            .and_then(next)
            .and_then(|n| self.word(n))
            .is_some_and(|n| self.is_word(n))
    }

    /// Whether the word at `i`, after "är" at `prev`, introduces the writer after a
    /// greeting: "hej det är X från …", "hallå, det är X på …".
    fn greeted_introduction(&self, i: usize, prev: usize) -> bool {
        let det = self
            .neighbour(prev, -1, false)
            .filter(|&d| self.word(d) == Some("det"));
        let greeted = det.is_some_and(|d| {
            self.neighbour(d, -1, false)
                .and_then(|g| self.lower_cow(g))
                .is_some_and(|g| self.lists.is(&g, flag::GREETING))
                || self.greeted_before(d)
        });
        greeted
            && self
                .neighbour(i, 1, false)
                .and_then(|n| self.word(n))
                .is_some_and(|n| matches!(n, "från" | "på" | "här" | "vid"))
    }
}

impl Ctx<'_> {
    /// Whether the word at `i` opens a clause before "från", a body in at most four words
    /// and a verb of a person's doings: "x från polisen ringde", "x från den nya föreningen
    /// berättade". A thing from a body takes other verbs ("svar från skolan kom").
    #[inline]
    pub(super) fn sent_by_a_body(&self, i: usize) -> bool {
        // "från" is five bytes: a length compared before any word is.
        let t = self.tokens;
        let five = |k: usize| t.get(k).is_some_and(|x| x.end - x.start == 5);
        if !five(i + 2) && !five(i + 4) {
            return false;
        }
        // "från" next, or after a surname that is no word ("x y från …"): the words
        // compared first, by token positions, the surname's lists last.
        let fr = if self.word_after(i) == Some("från") {
            i + 2
        } else if self.word_after(i + 2) == Some("från")
            && self.word(i + 2).is_some_and(|w| {
                shape(w) == Shape::Lower && w.chars().nth(2).is_some() && !self.is_word(w)
            })
        {
            i + 4
        } else {
            return false;
        };
        if !self.sentence_start(i) {
            return false;
        }
        let mut k = fr;
        for _ in 0..5 {
            let Some(n) = self.neighbour(k, 1, false) else {
                return false;
            };
            let Some(w) = self.word(n) else {
                return false;
            };
            if k != fr && PERSON_VERBS.contains(&w) {
                return true;
            }
            k = n;
        }
        false
    }

    /// The word after the word at `i` across one space (no line break): a cheaper
    /// `neighbour` for rules asked of every word.
    #[inline]
    pub(super) fn word_after(&self, i: usize) -> Option<&str> {
        let t = self.tokens;
        (t.get(i + 1)?.kind == (TokKind::Space { newline: false }))
            .then(|| self.word(i + 2))
            .flatten()
    }

    /// Whether the word at `i` is the one to reach after "ring", "kontakta", "mejla" …
    /// ("tillbaka" or "upp" between), before a comma, a point, the line's end or a word
    /// of where or when: "ring tillbaka x, …", "kontakta x på fritids".
    #[inline]
    pub(super) fn to_reach(&self, i: usize) -> bool {
        // The verb before first (words compared as written), what follows after.
        let reach = |k: usize| {
            self.word(k).is_some_and(|v| {
                matches!(
                    v,
                    "ring"
                        | "ringa"
                        | "kontakta"
                        | "mejla"
                        | "maila"
                        | "messa"
                        | "smsa"
                        | "Ring"
                        | "Kontakta"
                        | "Mejla"
                        | "Maila"
                )
            })
        };
        let t = self.tokens;
        let before = |k: usize| {
            (k >= 2 && t[k - 1].kind == (TokKind::Space { newline: false })).then(|| k - 2)
        };
        let Some(p) = before(i) else {
            return false;
        };
        // The verbs and "tillbaka", "upp" begin with one of these bytes: one compared
        // before any word is.
        if !b"rRkKmMstu".contains(&self.text.as_bytes()[t[p].start]) {
            return false;
        }
        let verb = reach(p)
            || matches!(self.word(p), Some("tillbaka" | "upp")) && before(p).is_some_and(reach);
        if !verb {
            return false;
        }
        t.get(i + 1).is_none_or(|c| {
            matches!(
                c.kind,
                TokKind::Punct(',' | '.' | '!') | TokKind::Space { newline: true }
            )
        }) || self.word_after(i).is_some_and(|n| {
            matches!(
                n,
                "på" | "och"
                    | "om"
                    | "i"
                    | "idag"
                    | "imorgon"
                    | "ang"
                    | "angående"
                    | "innan"
                    | "efter"
                    | "asap"
            )
        })
    }
}

impl Ctx<'_> {
    /// Whether the word at `i` stands where an item of a list does: a comma or a colon
    /// and a space before it, or a comma, a bracket or "och" after it (cheap token tests
    /// before `in_list_of_names` reads the line).
    #[inline]
    pub(super) fn in_list_position(&self, i: usize) -> bool {
        let t = self.tokens;
        let after = t.get(i + 1).is_some_and(|c| c.kind == TokKind::Punct(','))
            || t.get(i + 2).is_some_and(|c| c.kind == TokKind::Punct('('));
        let before = i >= 2
            && t[i - 1].kind == (TokKind::Space { newline: false })
            && matches!(t[i - 2].kind, TokKind::Punct(',' | ':'));
        after || before
    }

    /// Whether the word at `i` opens an item of a list after a label's colon on its line,
    /// items parted by commas (or "och"), each a word and perhaps an initial and an aside
    /// in brackets, three items or more, another of them a listed first name that is no
    /// word: "närvaro: x, y (polis), z, jag". The line is read at most 60 tokens each way.
    pub(super) fn in_list_of_names(&self, i: usize) -> bool {
        let t = self.tokens;
        let newline = |k: usize| t[k].kind == (TokKind::Space { newline: true });
        let start = (i.saturating_sub(60)..i)
            .rev()
            .find(|&k| newline(k))
            .map_or(i.saturating_sub(60), |k| k + 1);
        let end = (i..(i + 60).min(t.len()))
            .find(|&k| newline(k))
            .unwrap_or((i + 60).min(t.len()));
        // The label: one to three words and a colon opening the line.
        let Some(colon) = (start..i).find(|&k| t[k].kind == TokKind::Punct(':')) else {
            return false;
        };
        if colon == start
            || !t[start..colon]
                .iter()
                .all(|x| matches!(x.kind, TokKind::Word | TokKind::Space { newline: false }))
        {
            return false;
        }
        // The items' first words (at most 16), read before any list is asked.
        let mut firsts = [0usize; 16];
        let (mut items, mut mine) = (0usize, false);
        let mut k = colon + 1;
        while k < end {
            // Spaces, then the item's word.
            while k < end && t[k].kind == (TokKind::Space { newline: false }) {
                k += 1;
            }
            if k >= end {
                break;
            }
            let Some(w) = self.word(k) else {
                return false;
            };
            if matches!(w, "och" | "o" | "samt") {
                k += 1;
                continue;
            }
            if shape(w) != Shape::Lower {
                return false;
            }
            if items == firsts.len() {
                return false;
            }
            firsts[items] = k;
            items += 1;
            mine |= k == i;
            k += 1;
            // An initial: "x m".
            if k + 1 < end
                && t[k].kind == (TokKind::Space { newline: false })
                && self.word(k + 1).is_some_and(|c| c.chars().count() == 1)
            {
                k += 2;
            }
            // An aside in brackets: "(polis)".
            let mut j = k;
            while j < end && t[j].kind == (TokKind::Space { newline: false }) {
                j += 1;
            }
            if j < end && t[j].kind == TokKind::Punct('(') {
                match (j..end).find(|&c| t[c].kind == TokKind::Punct(')')) {
                    Some(c) => k = c + 1,
                    None => return false,
                }
            }
            // The item ends at a comma, the line's end or "och".
            while k < end && t[k].kind == (TokKind::Space { newline: false }) {
                k += 1;
            }
            if k < end {
                match t[k].kind {
                    TokKind::Punct(',') => k += 1,
                    TokKind::Word if matches!(self.word(k), Some("och" | "o" | "samt")) => {}
                    _ => return false,
                }
            }
        }
        mine && items >= 3
            && firsts[..items].iter().any(|&f| {
                f != i
                    && self.word(f).is_some_and(|w| {
                        let fl = self.lists.flags(w);
                        fl & flag::FIRST != 0
                            && fl & (flag::WORD_NAME | flag::AMBIGUOUS) == 0
                            && !self.not_name(w)
                            && !self.is_word(w)
                    })
            })
    }
}

impl Ctx<'_> {
    /// Whether the word at `i` is what a person is called: after "kallas" (or
    /// "kallades") with a person as its subject ("han kallas X", "killen som kallas X",
    /// "besökaren kallas ”X”", "den ena kallas X"), or after "kallar honom/henne" ("kallar
    /// honom bara för X"); "bara", "ofta", "för" and a quotation mark may stand between.
    /// Some(true) after "kallas", Some(false) after "kallar honom", None elsewhere.
    #[inline]
    pub(super) fn nicknamed(&self, i: usize) -> Option<bool> {
        let t = self.tokens;
        // Back over a glued quotation mark.
        let mut k = i;
        if k >= 1 && crate::names::is_quote(t[k - 1].kind) && t[k - 1].end == t[k].start {
            k -= 1;
        }
        // Back over the small words between.
        let mut v = None;
        for _ in 0..4 {
            let p = self.back_word(k)?;
            // The words looked for begin with one of these bytes: one compared first.
            if !b"bofankh".contains(&self.text.as_bytes()[t[p].start]) {
                return None;
            }
            match self.word(p) {
                Some("bara" | "ofta" | "för" | "alltid" | "också" | "numera") => k = p,
                _ => {
                    v = Some(p);
                    break;
                }
            }
        }
        let v = v?;
        match self.word(v)? {
            "kallas" | "kallades" => {
                let mut s = self.back_word(v)?;
                if self.word(s) == Some("som") {
                    s = self.back_word(s)?;
                }
                self.lower_cow(s)
                    .is_some_and(|w| person_subject(&w) || self.role(&w))
                    .then_some(true)
            }
            "honom" | "henne" | "hen" => self
                .back_word(v)
                .and_then(|c| self.word(c))
                .is_some_and(|c| matches!(c, "kallar" | "kallade" | "kallat"))
                .then_some(false),
            _ => None,
        }
    }

    /// The word before the token at `k`, across one space.
    #[inline]
    fn back_word(&self, k: usize) -> Option<usize> {
        let t = self.tokens;
        (k >= 2 && t[k - 1].kind == (TokKind::Space { newline: false }))
            .then(|| k - 2)
            .filter(|&p| self.word(p).is_some())
    }
}

/// Words for a person as the subject of "kallas": pronouns, "den ena", persons in the
/// definite form, and nouns of agents ("besökaren", "användaren").
fn person_subject(w: &str) -> bool {
    matches!(
        w,
        "han"
            | "hon"
            | "hen"
            | "ena"
            | "andra"
            | "killen"
            | "tjejen"
            | "pojken"
            | "flickan"
            | "mannen"
            | "kvinnan"
            | "eleven"
            | "ungdomen"
            | "grabben"
            | "personen"
    ) || w.len() > 6 && (w.ends_with("aren") || w.ends_with("eren"))
}

/// Verbs of what a person from a body did or does: "x från polisen ringde".
const PERSON_VERBS: &[&str] = &[
    "kan",
    "ska",
    "deltog",
    "tog",
    "såg",
    "ringde",
    "ringer",
    "sa",
    "säger",
    "skrev",
    "skriver",
    "mejlade",
    "mailade",
    "smsade",
    "berättade",
    "berättar",
    "hörde",
    "undrar",
    "undrade",
    "tycker",
    "tyckte",
    "meddelade",
    "frågade",
    "frågar",
    "vill",
    "ville",
    "kom",
    "kommer",
];

/// Verbs after a person's name opening a line of a chat or a note in lower case.
const CHAT_VERBS: &[&str] = &[
    "har", "är", "kommer", "tar", "jobbar", "fyller", "vet", "ska", "slutar", "börjar", "sa",
    "skrev", "ringde", "var",
];

/// Words for writing a text down, before "av X:": its author's by-line.
const BY_LINE: &[&str] = &[
    "skrivet",
    "skriven",
    "skrivna",
    "anteckning",
    "anteckningar",
    "antecknat",
    "antecknad",
    "noterat",
    "sammanställt",
    "sammanställd",
    "protokoll",
    "fört",
    "förd",
    "rapport",
];
