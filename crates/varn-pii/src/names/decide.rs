//! The name model's decisions for one word: a capitalised word (inside a sentence, or
//! opening one), and a word in lower case or capitals.

use crate::lists::{flag, NOT_PLATES};
use crate::token::TokKind;

use super::context::{stem, Ctx, ABSTRACT_NAMES, ORG_WORDS_EN, SURNAME_ENDINGS, SURNAME_MORPHS};
use super::{shape, Cue, Shape, Why};

impl Ctx<'_> {
    /// Whether the word at `i` opens a message or a line and "här" and a comma or a
    /// dash follow: the writer introducing themself ("bengt här, jag …").
    /// Also after a greeting and a comma ("hej, sune här."), and before a point.
    fn introduces_self(&self, i: usize) -> bool {
        self.neighbour(i, 1, false).is_some_and(|n| {
            self.word(n).is_some_and(|h| h.eq_ignore_ascii_case("här"))
                && self
                    .tokens
                    .get(n + 1)
                    .is_some_and(|t| matches!(t.kind, TokKind::Punct(',' | '-' | '–' | '!' | '.')))
        }) && (self.sentence_start(i) || self.greeted_before(i))
    }

    /// Whether a greeting and a comma stand just before the word at `i`: "hej hej, X".
    fn greeted_before(&self, i: usize) -> bool {
        let t = self.tokens;
        i >= 3
            && t[i - 1].kind == (TokKind::Space { newline: false })
            && t[i - 2].kind == TokKind::Punct(',')
            && self
                .lower_cow(i - 3)
                .is_some_and(|g| self.lists.is(&g, flag::GREETING))
    }

    /// Whether the word at `i` opens a message (or follows a greeting) before a comma, a
    /// modal or "har" and "du" or "ni": a person addressed with a question ("stina, kan
    /// du …", "hej, jonatan, har ni …").
    fn addressed_question(&self, i: usize) -> bool {
        let t = self.tokens;
        t.get(i + 1).is_some_and(|c| c.kind == TokKind::Punct(','))
            && t.get(i + 2)
                .is_some_and(|s| s.kind == (TokKind::Space { newline: false }))
            && self.lower_cow(i + 3).is_some_and(|m| {
                matches!(
                    m.as_ref(),
                    "kan"
                        | "kommer"
                        | "har"
                        | "vill"
                        | "ska"
                        | "hinner"
                        | "orkar"
                        | "får"
                        | "skulle"
                        | "kunde"
                )
            })
            && self
                .neighbour(i + 3, 1, false)
                .and_then(|p| self.word(p))
                .is_some_and(|p| matches!(p, "du" | "ni"))
            && (self.sentence_start(i) || self.greeted_before(i))
    }

    /// Whether the word at `i` opens a sentence and stands in apposition with a role word
    /// in the definite form between commas, before a finite verb: "Asp, kuratorn,
    /// förklarade".
    fn role_apposition(&self, i: usize) -> bool {
        let t = self.tokens;
        let kind = |k: usize| t.get(k).map(|x| x.kind);
        kind(i + 1) == Some(TokKind::Punct(','))
            && kind(i + 2) == Some(TokKind::Space { newline: false })
            && self.word(i + 3).is_some_and(|r| {
                shape(r) == Shape::Lower
                    && r.ends_with('n')
                    && (self.lists.is(r, flag::ROLE) || super::clues::role_compound(r))
            })
            && kind(i + 4) == Some(TokKind::Punct(','))
            && kind(i + 5) == Some(TokKind::Space { newline: false })
            && self.lower_cow(i + 6).is_some_and(|v| {
                self.lists.is(&v, flag::REPORTING | flag::PERSON_VERB) || self.finite(&v)
            })
            && self.sentence_start(i)
    }

    /// Whether a closing greeting stands just before the word at `i`, which ends its line
    /// or the text: "Hälsningar Juli", "Mvh Maj".
    fn closing_before(&self, i: usize) -> bool {
        self.neighbour(i, -1, false)
            .and_then(|p| self.lower_cow(p))
            .is_some_and(|p| {
                matches!(
                    p.as_ref(),
                    "hälsningar" | "hälsning" | "mvh" | "kram" | "kramar"
                )
            })
            && self.tokens.get(i + 1).is_none_or(|t| {
                matches!(
                    t.kind,
                    TokKind::Space { newline: true } | TokKind::Punct('.' | '!')
                )
            })
    }

    /// The rules for a word in lower case that its neighbours mark, cheapest first (each
    /// looks at the next or the previous word before it asks a list). `Some` is the
    /// decision.
    fn lower_marked(&self, i: usize, l: &str) -> Option<Option<Why>> {
        // A listed first name in the genitive before what only a person has, even when
        // the name is also a word: "malvas namn", "linneas mobil".
        let next = || {
            matches!(
                self.tokens.get(i + 1).map(|t| t.kind),
                Some(TokKind::Space { newline: false })
            )
            .then(|| self.word(i + 2))
            .flatten()
        };
        if l.ends_with('s') && next().is_some_and(personal_thing) && self.personal_genitive(l) {
            return Some(Some(Why::Listed));
        }
        None
    }

    /// Where a word in lower case that is no Swedish word, or a listed name, stands as a
    /// person's (asked last, of the few words that reach it): a user name of an initial
    /// and a surname ("kjohansson", "mbergkvist"), a person addressed at the start of a
    /// message before an imperative and "mig" ("nadia ring mig"), the subject after a
    /// modal verb opening a question ("kan ilir eller besnik komma?").
    fn lower_placed(&self, i: usize, l: &str, listed: bool) -> bool {
        let word_at = |k: usize| self.word(k);
        let space = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.kind == (TokKind::Space { newline: false }))
        };
        // A listed first name that is no word, in lower case: addressed before a modal
        // question without a comma ("pelle kan du ringa"), or the subject of a clause
        // after "som", "att", "när" before its finite verb ("det som mustafa skrev").
        if listed && self.lists.is(l, flag::FIRST) && !self.lists.is(l, flag::AMBIGUOUS) {
            let after = |k: usize| self.neighbour(k, 1, false);
            let addressed = self.addressed_modal(i);
            let subject = self.neighbour(i, -1, false).is_some_and(|p| {
                matches!(
                    self.word(p),
                    Some("som" | "att" | "när" | "eftersom" | "innan" | "medan")
                )
            }) && !self.is_word(l)
                && after(i)
                    .and_then(|v| self.word(v))
                    .is_some_and(|v| shape(v) == Shape::Lower && self.finite(v) && v != "är");
            if addressed || subject {
                return true;
            }
        }
        if !listed
            && l.len() >= 7
            && matches!(l.as_bytes()[l.len() - 1], b'n' | b'm' | b't')
            && self.initial_surname(l)
        {
            return true;
        }
        let next = if space(i + 1) { word_at(i + 2) } else { None };
        if next.is_some_and(|v| IMPERATIVES.contains(&v)) && self.addressed_before_imperative(i) {
            return true;
        }
        !listed
            && i >= 2
            && space(i - 1)
            && word_at(i - 2).is_some_and(|m| {
                matches!(
                    m,
                    "kan"
                        | "Kan"
                        | "ska"
                        | "Ska"
                        | "vill"
                        | "Vill"
                        | "får"
                        | "Får"
                        | "måste"
                        | "Måste"
                        | "borde"
                        | "Borde"
                )
            })
            && self.sentence_start(i - 2)
            && self.modal_question_subject(i, l)
    }

    /// Whether the word at `i` opens a sentence before a modal verb and "du" or "ni": a
    /// person addressed with a question, without a comma ("pelle kan du ringa"). A noun
    /// put first before "kan du" is rare, so a listed first name that is also a word
    /// but no hand-kept one ("olle") is the name here too.
    fn addressed_modal(&self, i: usize) -> bool {
        let after = |k: usize| self.neighbour(k, 1, false);
        after(i).is_some_and(|m| {
            matches!(
                self.word(m),
                Some(
                    "kan"
                        | "kommer"
                        | "vill"
                        | "ska"
                        | "hinner"
                        | "orkar"
                        | "får"
                        | "kunde"
                        | "skulle"
                )
            ) && after(m).is_some_and(|d| matches!(self.word(d), Some("du" | "ni")))
        }) && self.sentence_start(i)
    }

    /// Whether the word at `i`, what a report is about ("gäller", "angående"), is
    /// followed by "i" and a school class: "gäller Hanna i åk 3", "angående Mysa i 8a"
    /// (a pupil; a subject taught there is not what a report "gäller").
    fn in_school_class(&self, i: usize) -> bool {
        let t = self.tokens;
        let topic = self.neighbour(i, -1, false).is_some_and(|p| {
            matches!(
                self.word(p),
                Some("gäller" | "gällde" | "angående" | "ang" | "beträffande" | "rörande")
            )
        });
        if !topic {
            return false;
        }
        let Some(p) = self
            .neighbour(i, 1, false)
            .filter(|&p| self.word(p) == Some("i"))
        else {
            return false;
        };
        let Some(c) = self.neighbour(p, 1, false) else {
            return false;
        };
        let number = |k: usize| {
            t.get(k)
                .is_some_and(|n| n.kind == TokKind::Number && n.end - n.start <= 2)
        };
        if self
            .lower_cow(c)
            .is_some_and(|w| matches!(w.as_ref(), "åk" | "årskurs" | "klass"))
        {
            return t
                .get(c + 1)
                .is_some_and(|s| s.kind == (TokKind::Space { newline: false }))
                && number(c + 2);
        }
        number(c)
            && t.get(c + 1).is_some_and(|l| {
                l.kind == TokKind::Word && l.start == t[c].end && l.end - l.start == 1
            })
    }

    /// Whether the word at `i` (`l`) follows the same word capitalised: "Said said".
    fn said_twice(&self, i: usize, l: &str) -> bool {
        self.neighbour(i, -1, false).is_some_and(|p| {
            self.word(p).is_some_and(|pw| {
                pw.len() == l.len()
                    && pw.starts_with(char::is_uppercase)
                    && pw.chars().flat_map(char::to_lowercase).eq(l.chars())
                    && shape(pw) == Shape::Cap
            })
        })
    }

    /// Whether the word `l` (lower case) at `i` stands capitalised in the 2,000 bytes
    /// before it.
    fn written_capitalised_before(&self, i: usize, l: &str) -> bool {
        let end = self.tokens[i].start;
        let mut from = end.saturating_sub(2000);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let mut cs = l.chars();
        let Some(first) = cs.next() else {
            return false;
        };
        let cap: String = first.to_uppercase().chain(cs).collect();
        self.text[from..end].contains(&cap)
    }

    /// Whether a determiner or a possessive stands just before the word at `i`, or the
    /// genitive of a thing in the definite form ("ögats iris", "husets port"; not a
    /// person's: "elevens", "mammans").
    fn determined(&self, i: usize) -> bool {
        self.neighbour(i, -1, false)
            .and_then(|p| self.word(p))
            .is_some_and(|p| {
                p.len() > 4
                    && p.ends_with("ts")
                    && shape(p) == Shape::Lower
                    && self.is_word(p)
                    && !self.lists.is(p, flag::ROLE)
                    && self.is_word(&p[..p.len() - 1])
                    || matches!(
                        p,
                        "något"
                            | "någon"
                            | "inget"
                            | "ingen"
                            | "hennes"
                            | "hans"
                            | "sitt"
                            | "sin"
                            | "mitt"
                            | "ditt"
                            | "vårt"
                            | "deras"
                            | "hens"
                            | "varje"
                    )
            })
    }

    /// Whether the word at `i` (`l`) is a month's abbreviation after a word of time or a
    /// day's number.
    fn month_abbreviation(&self, i: usize, l: &str) -> bool {
        matches!(
            l,
            "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "okt"
                | "nov"
                | "dec"
        ) && self.neighbour(i, -1, false).is_some_and(|p| {
            self.tokens[p].kind == TokKind::Number
                || self.word(p).is_some_and(|w| {
                    matches!(
                        w,
                        "av" | "i"
                            | "från"
                            | "till"
                            | "sedan"
                            | "sen"
                            | "under"
                            | "före"
                            | "efter"
                            | "inför"
                            | "mellan"
                    )
                })
        })
    }

    /// Whether the word at `i` is talked about: "betyder" follows it (through a closing
    /// quotation mark), or comes just before it with the verb put first ("på arabiska
    /// betyder noor ljus").
    fn talked_about(&self, i: usize) -> bool {
        if self
            .neighbour(i, -1, false)
            .is_some_and(|p| matches!(self.word(p), Some("betyder" | "betydde")))
        {
            return true;
        }
        let mut k = i + 1;
        if self.tokens.get(k).is_some_and(|t| super::is_quote(t.kind)) {
            k += 1;
        }
        self.tokens
            .get(k)
            .is_some_and(|t| t.kind == (TokKind::Space { newline: false }))
            && matches!(self.word(k + 1), Some("betyder" | "betydde" | "betyda"))
    }

    /// The genitive of a listed first name (no hand-kept word name) before "namn",
    /// "nummer", "mobil" …: "malvas namn".
    #[inline(never)]
    fn personal_genitive(&self, l: &str) -> bool {
        l.strip_suffix('s').is_some_and(|stem| {
            stem.chars().count() >= 3
                && self.lists.is(stem, flag::FIRST)
                && !self.lists.is(stem, flag::AMBIGUOUS)
                && !self.not_name(stem)
        })
    }

    /// A lower-case word of an initial and a surname, no Swedish word: "mbergkvist"
    /// (a listed surname after the letter) or "kjohansson" (a surname's ending).
    #[inline(never)]
    fn initial_surname(&self, l: &str) -> bool {
        let mut cs = l.char_indices();
        let Some((_, c)) = cs.next() else {
            return false;
        };
        let Some((k, _)) = cs.next() else {
            return false;
        };
        let rest = &l[k..];
        let ending = SURNAME_ENDINGS
            .iter()
            .any(|e| rest.ends_with(e) && rest.len() > e.len() + 1);
        c.is_alphabetic()
            && ending
            && rest.chars().count() >= 5
            && (self.lists.is(rest, flag::LAST) || !self.is_word(rest))
            && !self.is_word(l)
    }

    /// Whether the word at `i` opens a message or a line before an imperative and "mig"
    /// or "oss": a person addressed ("nadia ring mig", "svara oss").
    #[inline(never)]
    fn addressed_before_imperative(&self, i: usize) -> bool {
        self.neighbour(i, 1, false).is_some_and(|v| {
            self.word(v).is_some_and(|v| IMPERATIVES.contains(&v))
                && self
                    .neighbour(v, 1, false)
                    .and_then(|p| self.word(p))
                    .is_some_and(|p| matches!(p, "mig" | "oss" | "av"))
        }) && self.sentence_start(i)
    }

    /// Whether the word at `i` (`l`, no Swedish word), which follows a modal verb opening
    /// a question (the caller checks), comes before "eller", "och", "inte" or an
    /// infinitive: the subject.
    #[inline(never)]
    fn modal_question_subject(&self, i: usize, l: &str) -> bool {
        l.len() >= 3
            && self
                .neighbour(i, 1, false)
                .and_then(|n| self.word(n))
                .is_some_and(|n| {
                    matches!(n, "eller" | "och" | "inte" | "med")
                        || n.ends_with('a') && n.len() >= 4 && self.is_word(n)
                })
            && self.caseless_candidate(i, l)
    }

    /// Whether "heter" or "hette" and a personal pronoun follow the word at `i`.
    fn named_first(&self, i: usize) -> bool {
        self.neighbour(i, 1, false).is_some_and(|n| {
            matches!(self.word(n), Some("heter" | "hette"))
                && self
                    .neighbour(n, 1, false)
                    .and_then(|p| self.word(p))
                    .is_some_and(|p| matches!(p, "hon" | "han" | "hen"))
        })
    }
}

/// English loanwords of office text that the Swedish word list lacks, capitalised where
/// they open a sentence or a field ("Mail från skolan:", "Hotline?", "Deadline:").
const LOANWORDS: &[&str] = &[
    "mail",
    "mailen",
    "mailet",
    "hotline",
    "hotlinen",
    "deadline",
    "deadlinen",
    "feedback",
    "kickoff",
    "workshop",
    "workshopen",
    "helpdesk",
    "meeting",
    "update",
    "followup",
    "note",
    "notes",
];

/// A company's legal form after its name ("Lärandegruppen Väst AB"): the capitalised
/// word before it is part of the name of a company.
const LEGAL_FORMS: &[&str] = &["AB", "HB", "KB", "Ltd", "Inc", "GmbH", "Oy", "ASA"];

/// Imperatives that follow a person addressed at the start of a message ("nadia ring
/// mig").
const IMPERATIVES: &[&str] = &[
    "ring", "svara", "skriv", "messa", "sms:a", "mejla", "maila", "kom", "hör",
];

/// What only a person has, after a first name in the genitive ("malvas namn").
/// A regnal number in Roman numerals: "II", "XII", "V" (not "I" alone, a pronoun in
/// capitals, nor "VI", "MC", words in capitals).
fn regnal_number(w: &str) -> bool {
    (1..=5).contains(&w.len())
        && w != "I"
        && w != "VI"
        && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

fn personal_thing(n: &str) -> bool {
    matches!(
        n,
        "namn" | "nummer" | "mobil" | "mobilnummer" | "telefon" | "adress" | "konto"
    )
}

/// English pronouns and determiners that open an English sentence in a Swedish report.
const ENGLISH_OPENERS: &[&str] = &[
    "the", "we", "you", "your", "our", "they", "their", "this", "that", "these", "those", "what",
    "who", "he", "she", "it", "its", "his", "my", "i'm", "there",
];

impl Ctx<'_> {
    /// A capitalised word (`l` its lower-case form), inside a sentence or opening one.
    pub(super) fn decide_cap(&self, i: usize, l: &str, cue: Cue) -> Option<Why> {
        if let Some(decision) = self.cap_first(i, l) {
            return decision;
        }
        let (f, s) = self.listed(l);
        let listed = f || s;
        if self.cap_no_name(i, l, listed) {
            return None;
        }
        if self.after_initial(i) && !self.lists.is(l, flag::OPENER) {
            return Some(Why::Context);
        }
        if self.cap_compound_part(i, l, listed) {
            return None;
        }
        // A cue does not make a name of an ordinary word (of the list itself, not a
        // compound) opening a sentence ("samordnaren: ”Se …”").
        if cue >= Cue::Via && !(!listed && self.sentence_start(i) && self.contains(l)) {
            return Some(if listed { Why::Listed } else { Why::Context });
        }
        // Two persons at a unit: "till Sol och Ros på elevhälsan".
        if !listed && !self.sentence_start(i) && self.pair_at_unit(i) {
            return Some(Why::Context);
        }
        if self.cap_qualifier(i, l, listed) {
            return None;
        }
        if !self.sentence_start(i) {
            if listed {
                return Some(Why::Listed);
            }
            return (!self.thing(l)
                || self.found_before(l)
                || self.in_name_list(i)
                || self.contrasted_with_name(i)
                || self.in_school_class(i))
            .then_some(Why::Proper);
        }
        self.cap_opening(i, l, f, s)
    }

    /// The first rules for a capitalised word: the municipality's own place, a name put
    /// before "heter", the writer introducing themself, a word that is never a name by
    /// itself, a word talked about. `Some` is the decision.
    fn cap_first(&self, i: usize, l: &str) -> Option<Option<Why>> {
        if self.own_place(i, l) {
            return Some(None);
        }
        // What the sentence says makes a name of any word: "Lissabon är hennes mellannamn",
        // "sin dotter Ängel" (`stated.rs`).
        if self.said_to_be_a_name(i)
            || self.kin_apposition(i) && !self.lists.is(l, flag::ROLE | flag::OPENER)
        {
            return Some(Some(Why::Context));
        }
        // "Hans" opening a sentence right before a finite verb: a possessive pronoun
        // needs a noun after it, so this is the name ("Hans kom sent").
        if l == "hans"
            && self.sentence_start(i)
            && self
                .neighbour(i, 1, false)
                .and_then(|n| self.word(n))
                .is_some_and(|v| {
                    self.lists
                        .is(v, flag::FINITE | flag::REPORTING | flag::PERSON_VERB)
                })
        {
            return Some(Some(Why::Listed));
        }
        // A word in apposition with a role word between commas: "Asp, kuratorn,
        // förklarade".
        if self.role_apposition(i) {
            return Some(Some(Why::Context));
        }
        let lf = self.lists.flags(l);
        // A listed first name that is also a month or another word that is never a
        // name by itself: after a closing at the end of a line ("Hälsningar Juli"), or
        // capitalised inside a sentence where a clause opens before a finite verb
        // (months are written in lower case: "eftersom Juli var sjuk").
        if lf & flag::NOT_NAME != 0
            && lf & (flag::FIRST | flag::AMBIGUOUS) != 0
            && (self.closing_before(i)
                || !self.sentence_start(i) && self.clause_start(i) && self.before_finite(i))
        {
            return Some(Some(Why::Listed));
        }
        // A word that is never a name by itself ("Sol" for SoL) is one where the
        // sentence says it is a person ("Sol och Ask är tvillingar"); a role word or an
        // opener never is (one lookup for the three lists).
        // A name put first before "heter" and a personal pronoun: "Vide heter han i
        // förnamn", even an ordinary word.
        if self.sentence_start(i) && self.named_first(i) {
            return Some(Some(Why::Context));
        }
        // A listed first name introducing the writer: "Bengt här, …".
        if self.lists.is(l, flag::FIRST) && self.introduces_self(i) {
            return Some(Some(Why::Listed));
        }
        if lf & (flag::NOT_NAME | flag::ROLE | flag::OPENER) != 0 {
            return Some(
                (lf & (flag::ROLE | flag::OPENER) == 0
                    && (self.sentence_start(i)
                        && (self.person_predicate(i, false, false)
                            || self.person_only_predicate(i))
                        || self.pair_at_unit(i)))
                .then_some(Why::Proper),
            );
        }
        // A word talked about or an organisation's predicate: "Amal betyder hopp", "X
        // har 240 medlemmar".
        if self.not_a_person_predicate(i) {
            return Some(None);
        }
        None
    }

    /// Whether a capitalised word is no name by its form or what it is: an abbreviation,
    /// an English opener or organisation word, a place, code, a festival.
    fn cap_no_name(&self, i: usize, l: &str, listed: bool) -> bool {
        // After the pupils, the staff or the children of a place and "på", a proper noun
        // is the school or the workplace ("Eleverna på Rudbeck", "personalen på Tellus").
        if self.neighbour(i, -1, false).is_some_and(|p| {
            self.word(p) == Some("på")
                && self
                    .neighbour(p, -1, false)
                    .and_then(|g| self.lower_cow(g))
                    .is_some_and(|g| {
                        matches!(
                            g.as_ref(),
                            "eleverna"
                                | "lärarna"
                                | "personalen"
                                | "barnen"
                                | "föräldrarna"
                                | "pedagogerna"
                                | "medarbetarna"
                                | "ungdomarna"
                        )
                    })
        }) {
            return true;
        }
        // A first name with a regnal number is a monarch, and in these texts a place or a
        // thing named after one ("Karl XII:s torg", "Gustav III:s paviljong").
        if listed
            && self
                .tokens
                .get(i + 2)
                .is_some_and(|t| t.start == self.tokens[i].end + 1)
            && self.word(i + 2).is_some_and(regnal_number)
        {
            return true;
        }
        // An abbreviation of "nummer" ("Kundnr", "Lghnr", "Ordernr") or a word without a vowel
        // in Latin letters ("Fd", "Tfn"): no name has that shape unless a list knows
        // it.
        if !listed
            && (l.len() >= 3 && l.ends_with("nr")
                || l.len() >= 2 && l.is_ascii() && !l.chars().any(|c| "aeiouy".contains(c)))
        {
            return true;
        }
        // An English pronoun or determiner opening a sentence ("We hope …", "The
        // workshop …"): an English passage, no name (the list holds no word that is a
        // name, such as "Will").
        if !listed && ENGLISH_OPENERS.contains(&l) && self.sentence_start(i) {
            return true;
        }
        // An English verb opening a sentence before an English article or pronoun
        // ("Save the date", "Join our …"), and loanwords of office text ("Mail:").
        if !listed
            && (LOANWORDS.contains(&l)
                || self.sentence_start(i)
                    && self
                        .neighbour(i, 1, false)
                        .and_then(|n| self.word(n))
                        .is_some_and(|n| matches!(n, "the" | "our" | "your" | "us")))
        {
            return true;
        }
        // An adjective of a people or a language before an association ("Eritreanska
        // kulturföreningen", "Bosniska förbundet"): part of the association's name.
        if !listed && l.len() >= 6 && l.ends_with("ska") && self.association_next(i) {
            return true;
        }
        // The first word of an e-mail's subject line in English ("Subject: Bullying in
        // year 7"): a title; a listed name there is still read.
        if !listed && self.subject_line(i) {
            return true;
        }
        // A word with digits glued after it names a product or a company ("Tele2",
        // "Com4"); a user name built from a name is read before (`handle.rs`).
        if !listed
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.kind == TokKind::Number && t.start == self.tokens[i].end)
        {
            return true;
        }
        // An organisation word in English is no name ("… Strength Club").
        if !listed && ORG_WORDS_EN.contains(&l) {
            return true;
        }
        // A word before a company's legal form ("Skolbolaget Norr AB"; a surname that is
        // a word too), and a compound of an office loanword ("Mailkonto",
        // "Deadlinedatum"). The next word and the length are looked at first.
        let legal_form = self
            .neighbour(i, 1, false)
            .and_then(|n| self.word(n))
            .is_some_and(|n| n.len() <= 4 && LEGAL_FORMS.contains(&n));
        if legal_form
            && (!listed || self.lists.is(l, flag::WORD_NAME) && !self.lists.is(l, flag::FIRST))
        {
            return true;
        }
        if !listed
            && l.len() > 6
            && LOANWORDS
                .iter()
                .any(|p| l.len() > p.len() + 2 && l.starts_with(p) && self.contains(&l[p.len()..]))
        {
            return true;
        }
        if self.known_place(i, l, listed) && !self.found_before(l)
            || !listed && self.place_compound(l)
        {
            return true;
        }
        self.code(i) || listed && self.festival(i, l)
    }

    /// Whether a capitalised word is part of a compound or a make: the first part of a
    /// compound whose tail is shared, an adjective of a people before a hyphen, a make
    /// in the definite form.
    fn cap_compound_part(&self, i: usize, l: &str, listed: bool) -> bool {
        // The first part of a compound whose tail is shared: "El- och energiprogrammet",
        // "Bild- eller formspråk".
        let shared = self
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokKind::Punct('-'))
            && {
                let n = i + 2;
                self.tokens
                    .get(n)
                    .is_some_and(|t| t.kind == TokKind::Space { newline: false })
                    && matches!(self.word(n + 1), Some("och" | "eller" | "samt" | "till"))
            };
        // An adjective of a people or a country before a hyphen: "Bosnisk-", "Somalisk-".
        // So is the word after it: "Bosnisk-Hercegovinska".
        let shared = shared
            || l.ends_with("isk")
                && self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|t| t.kind == TokKind::Punct('-'))
            || i >= 2
                && self.tokens[i - 1].kind == TokKind::Punct('-')
                && self.tokens[i - 1].start == self.tokens[i - 2].end
                && self.word(i - 2).is_some_and(|p| p.ends_with("isk"));
        // A make or a product in the definite form: "Saaben", "Caddyn", "Discorden"
        // (asked last, only of a word that ends like a definite form).
        let definite =
            !listed && matches!(l.as_bytes().last(), Some(b'n' | b't')) && self.definite_thing(l);
        shared || definite
    }

    /// Whether a capitalised word qualifies what follows or stands where a thing stands:
    /// before a hyphen and a common noun, after a place word, after an article.
    fn cap_qualifier(&self, i: usize, l: &str, listed: bool) -> bool {
        // "Tyr-runan", "”Wanted”-motiv": a name qualifying a common noun.
        let hyphen = match self.tokens.get(i + 1).map(|t| t.kind) {
            Some(TokKind::Punct('-')) => Some(i + 2),
            Some(TokKind::Punct('"' | '”' | '»'))
                if self
                    .tokens
                    .get(i + 2)
                    .is_some_and(|t| t.kind == TokKind::Punct('-')) =>
            {
                Some(i + 3)
            }
            _ => None,
        };
        let qualifies = hyphen.is_some_and(|n| {
            self.word(n)
                .is_some_and(|w| shape(w) == Shape::Lower && self.is_word(w))
                && !(listed && self.case_word(n))
        });
        // A person's name after a place word or an article where a verb follows that
        // things do not take (`stated.rs`): "skolan Jonatan går på", "en Mirella som
        // värvar".
        qualifies
            || self.after_place_word(i, l) && !self.subject_after_place_word(i, l)
            || !listed && self.after_article(i) && !self.someone_called(i)
    }

    /// The last rules for a capitalised word opening a sentence (`f`, `s`: listed as a
    /// first name, as a surname): a listed name, or a word that is no Swedish word, or
    /// one whose predicate only a person takes.
    fn cap_opening(&self, i: usize, l: &str, f: bool, s: bool) -> Option<Why> {
        let listed = f || s;
        if self.lists.is(l, flag::OPENER) {
            return None;
        }
        // A word found as a name earlier in the text is the same person here.
        if self.found_before(l) {
            return Some(Why::Listed);
        }
        // A listed name opens a sentence as a name unless it is one of the names
        // that are common words ("Dag", "Stig", "Klara": the hand-kept list);
        // "Ebba" is a verb too, but far more often the name.
        // A surname that is an ordinary word and no compound of a surname's parts
        // ("Storm", "Frisk", "Stark", but not "Lindgren") is the word here too.
        let plain_surname = s
            && !f
            && self.lists.is(l, flag::WORD_NAME)
            && !crate::lexicon::SURNAME_PARTS
                .iter()
                .any(|p| l.len() > p.len() + 1 && l.ends_with(p));
        if listed && !self.lists.is(l, flag::AMBIGUOUS) && !plain_surname {
            return Some(Why::Listed);
        }
        if plain_surname {
            return (self.support(i) || self.found_before(l) || self.person_only_predicate(i))
                .then_some(Why::Listed);
        }
        let word = self.lists.is(l, flag::AMBIGUOUS) || self.contains(l) || self.contains(stem(l));
        if !listed && !word && !self.is_word(l) {
            return Some(Why::Proper);
        }
        if listed {
            return (self.support(i)
                || self.found_before(l)
                || self.age_after(i, true)
                || self.changed_habit(i)
                || self.addressed_question(i)
                || self.person_only_predicate(i))
            .then_some(Why::Listed);
        }
        // A hand-kept name that is a word before a change of habit or a predicate only a
        // person takes: "Vilja har slutat komma till gården", "Ask från kansliet ringde".
        if self.lists.is(l, flag::AMBIGUOUS)
            && (self.changed_habit(i) || self.person_only_predicate(i))
        {
            return Some(Why::Listed);
        }
        if self.genitive_before_role(i, l) {
            return Some(Why::Listed);
        }
        if self.age_after(i, false) && !self.lists.is(l, flag::ROLE | flag::OPENER) {
            return Some(Why::Proper);
        }
        // An ordinary word whose predicate only a person takes: "Sol och Ask är
        // tvillingar", "Vide i 4B har …".
        self.person_predicate(i, false, true).then_some(Why::Proper)
    }

    /// `flags` are the word's flags in the lists (looked up once per word).
    pub(super) fn decide(&self, i: usize, w: &str, lw: &str, flags: u32, cue: Cue) -> Option<Why> {
        let sh = shape(w);
        // One letter repeated is a placeholder: "ÅÅÅÅ-MM-DD", "XX"; two capitals in a
        // list of initials after a label for those present are a person's ("JJ").
        let mut cs = lw.chars();
        if let Some(c) = cs.next() {
            if cs.as_str().len() >= c.len_utf8()
                && cs.all(|d| d == c)
                && !(sh == Shape::Upper && lw.chars().count() == 2 && self.initials_after_label(i))
            {
                return None;
            }
        }
        match sh {
            // Two names written as one word ("AliReza", or "Ali" and "Reza" joined by an
            // invisible character): both parts listed or shaped like names.
            Shape::Mixed if self.camel_names(w) => Some(Why::Listed),
            // A name given by a naming verb, whatever its case: "kallar sig JärnVarg".
            Shape::Mixed if cue == Cue::Named && w.chars().count() >= 3 => Some(Why::Context),
            // Initials standing for a person: "A.K.", "L.M." (not "P.S.", "O.K.").
            Shape::Single if self.dotted_initials(i) || self.dashed_initials(i) => {
                Some(Why::Context)
            }
            Shape::Upper if self.initials_in_a_list(i, w) => Some(Why::Context),
            // A name written backwards ("nitraM"), or with a prefix ("MacDougall", read as a
            // capitalised word).
            Shape::Mixed if self.reversed_name(w) => Some(Why::Listed),
            Shape::Mixed if super::stated::prefixed_surname(w) => self.decide_cap(i, lw, cue),
            Shape::Mixed | Shape::Single => None,
            Shape::Cap => self.decide_cap(i, lw, cue),
            Shape::Lower | Shape::Upper => self.decide_caseless(i, w, lw, flags, sh, cue),
        }
    }

    /// A word in lower case or in capitals.
    fn decide_caseless(
        &self,
        i: usize,
        w: &str,
        l: &str,
        flags: u32,
        sh: Shape,
        cue: Cue,
    ) -> Option<Why> {
        let why = self.caseless_rules(i, w, l, flags, sh, cue)?;
        // Asked only of a word taken for a name: a word talked about ("”deniz” betyder
        // hav") and a name said twice in a row, the second in lower case ("Said said
        // nothing"), are words.
        if sh == Shape::Lower && (self.talked_about(i) || self.said_twice(i, l)) {
            return None;
        }
        // A word in lower case after a determiner or a possessive is a noun ("något
        // hopp", "hennes dröm"), and a month's abbreviation after a word of time ("i
        // början av mar", "sedan okt") is the month, even where the same word was a
        // name before.
        if sh == Shape::Lower && (self.determined(i) || self.month_abbreviation(i, l)) {
            return None;
        }
        // A name written capitalised before, used again in lower case as a word of the
        // language inside a sentence and not as a subject ("Fred kom till mötet om fred
        // och demokrati"): the writer capitalises names, so this is the word.
        if sh == Shape::Lower
            && cue < Cue::Strong
            && self.found_before(l)
            && self.is_word(l)
            && !self.sentence_start(i)
            && !self
                .neighbour(i, 1, false)
                .and_then(|v| self.word(v))
                .is_some_and(|v| shape(v) == Shape::Lower && self.finite(v))
            && self.written_capitalised_before(i, l)
        {
            return None;
        }
        // An adjective of an ideology ("suveränistiska idéer") is no name.
        if sh == Shape::Lower
            && flags & (flag::FIRST | flag::LAST) == 0
            && ["istisk", "istiska", "istiskt", "istiske"]
                .iter()
                .any(|e| l.len() > e.len() + 2 && l.ends_with(e))
        {
            return None;
        }
        // A word joined to a noun by "och" ("mörker och noor"), and a word misspelt with a
        // consonant doubled ("lekktion"), unless a list knows it (`stated.rs`).
        if sh == Shape::Lower
            && (self.joined_to_a_noun(i, l)
                || flags & (flag::FIRST | flag::LAST) == 0
                    && super::stated::doubled_consonant(l, |x| self.is_word(x)))
        {
            return None;
        }
        Some(why)
    }

    /// The rules for a word in lower case or in capitals (see `decide_caseless`).
    fn caseless_rules(
        &self,
        i: usize,
        w: &str,
        l: &str,
        flags: u32,
        sh: Shape,
        cue: Cue,
    ) -> Option<Why> {
        // A listed name that is also an ordinary word ("hans", "alla") is a word where
        // capitals do not say otherwise; one that is no common word ("kasper") is a name
        // where a role word or a verb about a person says so ("skriver kasper att").
        let word_name = sh == Shape::Lower && flags & flag::WORD_NAME != 0;
        // An abbreviation of "nummer" in lower case ("regnr", "kundnr") is no name.
        if l.len() >= 4 && l.ends_with("nr") && flags & (flag::FIRST | flag::LAST) == 0 {
            return None;
        }
        if sh == Shape::Lower {
            if let Some(decision) = self.lower_marked(i, l) {
                return decision;
            }
        }
        if let Some(why) = self.caseless_marked(i, w, l, flags, sh) {
            return Some(why);
        }
        if let Some(why) = self.caseless_speaker(i, l, flags, sh, cue) {
            return Some(why);
        }
        // A listed first name that is also a word, with an initial after it ("har
        // malva k svarat?", "ebba s."): a word takes no initial.
        if word_name
            && flags & flag::FIRST != 0
            && flags & flag::AMBIGUOUS == 0
            && (self.initial_next(i) || self.addressed_modal(i))
        {
            return Some(Why::Listed);
        }
        if flags & flag::AMBIGUOUS != 0 || word_name && cue < Cue::Strong {
            return None;
        }
        // A finite verb of the list is a verb in lower case, even where a role word
        // stands before it ("anmälaren ville vara anonym"): closed-class words are no
        // names.
        if word_name && flags & flag::FINITE != 0 {
            return None;
        }
        let (f, s) = self.listed_with(l, flags);
        let listed = f || s;
        let n = w.chars().count();
        // Vowels matter only for short words (abbreviations).
        let vowels = if n <= 5 {
            l.chars().filter(|c| "aeiouyåäöéüıêîø".contains(*c)).count()
        } else {
            2
        };
        // In lower case a short word without vowels enough for a name ("adhd", "kbt") is
        // an abbreviation, unless a role word or a social verb points at a person.
        // Three letters with two vowels ("aya", "ida") are shaped like a name.
        let short = sh == Shape::Lower
            && !listed
            && (n <= 2 || n == 3 && vowels < 2 || n <= 5 && vowels < 2);
        let cue = if short && cue == Cue::Weak {
            Cue::None
        } else {
            cue
        };
        let x = Caseless {
            i,
            w,
            l,
            sh,
            word_name,
            f,
            s,
            listed,
            n,
            vowels,
            short,
            cue,
        };
        // In text all in capitals a word after a preposition of place is the place, as
        // it is in capitalised text ("… VID KORPSTA.").
        if sh == Shape::Upper && !listed && self.after_place_word(i, l) {
            return None;
        }
        if let Some(decision) = self.caseless_capitals(&x) {
            return decision;
        }
        self.caseless_placed(&x)
    }

    /// The rules for a word in lower case or capitals that its form or the line marks
    /// as a name: a signature, "heter", a list in capitals, a chat line, an aside.
    fn caseless_marked(&self, i: usize, w: &str, l: &str, flags: u32, sh: Shape) -> Option<Why> {
        // A signature after a slash at the end of a line: a listed first name even when it
        // is a word ("/per"), or two or three capitals ("/AK"): initials.
        if self.signature(i) {
            let n = w.chars().count();
            let initials = sh == Shape::Upper
                && (2..=3).contains(&n)
                && !NOT_PLATES.contains(&w)
                && !matches!(l, "hr" | "it" | "ks" | "pr" | "vd" | "ok" | "ps")
                && !self.known_place(i, l, false);
            // One letter signs off too ("/j"), and a listed first name in capitals
            // ("/ BIRGITTA").
            let letter = n == 1 && w.chars().all(char::is_alphabetic);
            if initials || letter || flags & flag::FIRST != 0 && !self.not_name(l) {
                return Some(Why::Listed);
            }
        }
        // Initials in a list after a label for those present: "Deltagare: EM, JK och AB".
        if sh == Shape::Upper
            && (2..=3).contains(&w.chars().count())
            && !NOT_PLATES.contains(&w)
            && !matches!(
                l,
                "hr" | "it" | "ks" | "pr" | "vd" | "ok" | "ps" | "eu" | "fn"
            )
            && self.initials_after_label(i)
        {
            return Some(Why::Listed);
        }
        // What a person is called after "heter" and a personal pronoun, even an ordinary
        // word ("hon heter ros"); and such a word found as a name before is the person
        // again ("ros är 16").
        if sh == Shape::Lower
            && (self.called(i)
                || flags & flag::AMBIGUOUS != 0 && self.found_before(l) && self.before_finite(i))
        {
            return Some(Why::Listed);
        }
        // Text all in capitals: words joined by commas and "OCH" opening a sentence
        // before a finite verb, one of them a listed first name, are all names, short
        // ones too ("EK, LINDA OCH MO HAR PRATAT …").
        if sh == Shape::Upper && self.caps_subject_list(i) {
            return Some(Why::Listed);
        }
        // A listed first name or a hand-kept name that is a word, in lower case, opening
        // a clause before a change of habit: "asså björn på gården har börjat prata …".
        if sh == Shape::Lower
            && flags & (flag::FIRST | flag::AMBIGUOUS) != 0
            && !self.not_name(l)
            && self.clause_start(i)
            && self.changed_habit(i)
        {
            return Some(Why::Listed);
        }
        // A listed first name in lower case addressed in a chat line, even one that is a
        // word: "haha tyra du glömde …"; not an abstract noun or "per".
        if sh == Shape::Lower
            && flags & flag::FIRST != 0
            && !ABSTRACT_NAMES.contains(&l)
            && l != "per"
            && !self.not_name(l)
            && self.vocative(i)
        {
            return Some(Why::Listed);
        }
        // A listed first name in lower case, even one that is a word, opening a clause
        // at a unit before a verb only a person does: "om sven på polisen fortfarande
        // jobbar kvar" (not a hand-kept word name: "sten på gården ligger").
        if sh == Shape::Lower
            && flags & flag::FIRST != 0
            && flags & flag::AMBIGUOUS == 0
            && !self.not_name(l)
            && self.at_unit_acts(i)
        {
            return Some(Why::Listed);
        }
        // A listed first name in lower case introducing the writer, even one that is a
        // word: "bengt här, ring mig …".
        if sh == Shape::Lower
            && flags & flag::FIRST != 0
            && !self.not_name(l)
            && self.introduces_self(i)
        {
            return Some(Why::Listed);
        }
        // A listed first name in lower case addressed with a question at the start of a
        // message: "stina, kan du …".
        if sh == Shape::Lower
            && flags & flag::FIRST != 0
            && flags & flag::AMBIGUOUS == 0
            && !self.not_name(l)
            && self.addressed_question(i)
        {
            return Some(Why::Listed);
        }
        // A listed first name in lower case opening a clause, a bracketed aside, and a
        // verb of saying: "stig (mentor på skolan) säger att …".
        if sh == Shape::Lower && flags & flag::FIRST != 0 && self.aside_then_says(i) {
            return Some(Why::Listed);
        }
        None
    }

    /// The rules for a word in lower case where only a person stands: the subject of a
    /// verb of saying, a cleft, after a social verb or "och" after a name.
    fn caseless_speaker(&self, i: usize, l: &str, flags: u32, sh: Shape, cue: Cue) -> Option<Why> {
        // A listed first name in lower case where only a person stands, even one that is
        // also a word: the subject of a verb of saying ("liv säger att …"), or pointed
        // out by a cleft ("det var inte kalle, det var …"; not a word there).
        if sh == Shape::Lower
            && flags & flag::FIRST != 0
            && (flags & flag::AMBIGUOUS == 0 && self.cleft(i)
                || self.says(i) && self.person_predicate(i, true, true))
            && !self.not_name(l)
            && !self.own_place(i, l)
            && !self.known_place(i, l, false)
        {
            return Some(Why::Listed);
        }
        // An ordinary word in lower case as the subject of a verb of saying and "att"
        // ("mo sa att …"): see `person_predicate`.
        if sh == Shape::Lower
            && flags & (flag::FIRST | flag::LAST | flag::NOT_NAME | flag::ROLE | flag::OPENER) == 0
            && self
                .neighbour(i, 1, false)
                .and_then(|n| self.word(n))
                .is_some_and(|v| {
                    matches!(
                        v,
                        "sa" | "sade" | "säger" | "berättade" | "berättar" | "frågade" | "svarade"
                    )
                })
            && self.says(i)
            && self.person_predicate(i, false, true)
            && self.is_word(l)
            && !self.own_place(i, l)
            && !self.known_place(i, l, false)
        {
            return Some(Why::Context);
        }
        // A listed name that is also a word, in lower case, where a social verb and its
        // preposition or "och" after a name point at a person ("snackade med saga",
        // "hodan och lina"); not an abstract noun, a preposition or an adjective ("umgås
        // med max två", "med per telefon", "med klara besked"). Not after a role word: a
        // verb may stand there ("såg eleven rita").
        if flags & flag::AMBIGUOUS != 0
            && sh == Shape::Lower
            && flags & flag::FIRST != 0
            && cue == Cue::Via
            && !ABSTRACT_NAMES.contains(&l)
            && !matches!(l, "per" | "klara" | "rosa" | "frank")
            && !self.not_name(l)
            && !self.own_place(i, l)
            && !self.known_place(i, l, false)
        {
            return Some(Why::Listed);
        }
        None
    }

    /// The rules for capitals: an abbreviation is no name, capitals among words that are
    /// not are judged as a capitalised word. `Some` is the decision.
    fn caseless_capitals(&self, x: &Caseless) -> Option<Option<Why>> {
        let Caseless {
            i,
            w,
            l,
            sh,
            listed,
            n,
            vowels,
            cue,
            ..
        } = *x;
        // Capitals after "med", "och", "till", "från", "hos" stand where a name stands
        // ("PRATADE MED HODAN"), unless they are shaped like an abbreviation.
        let after_preposition = sh == Shape::Upper
            && self
                .neighbour(i, -1, false)
                .and_then(|p| self.word(p))
                .is_some_and(|p| {
                    matches!(
                        p.to_lowercase().as_str(),
                        "med" | "och" | "till" | "från" | "hos"
                    )
                });
        // An abbreviation is no name unless a list knows it: two letters ("IT", "HR"),
        // three without a vowel or where nothing points at a person ("KS", "SFI"), four
        // or five with fewer than two vowels unless a role word points at a person
        // ("SSPF", "UNHCR"; "eleven MERT"), and the known ones.
        let abbreviation = sh == Shape::Upper
            && !listed
            && (NOT_PLATES.contains(&w)
                || n <= 2
                || n == 3 && (vowels == 0 || cue < Cue::Via)
                || (4..=5).contains(&n) && (vowels == 0 || vowels < 2 && cue < Cue::Strong));
        if abbreviation {
            return Some(None);
        }
        // A word in capitals among words that are not: capitals as emphasis, so
        // evidence of a proper noun ("Igår kom HODAN"); four capitals need two vowels
        // ("EDIN", "GEDI") to read as a name.
        let shouted = sh == Shape::Upper && (n >= 5 || n == 4 && vowels >= 2 || listed) && {
            let lo = i.saturating_sub(6);
            let hi = (i + 7).min(self.tokens.len());
            (lo..hi).any(|k| {
                self.word(k)
                    .is_some_and(|v| matches!(shape(v), Shape::Cap | Shape::Lower))
            })
        };
        // Capitals among words that are not are capitals: judged as a capitalised word
        // ("Pojken heter SOLBRITT").
        // A Swedish word in capitals that no list holds as a name is emphasis or text all
        // in capitals, no proper noun ("TACK FÖR HJÄLPEN MED FLYTTEN", "ANGE KLASS
        // OCH SKOLA"): capitals are evidence only where the word could be a name.
        if (shouted || after_preposition) && (listed || !self.contains(l)) {
            let cue = if after_preposition {
                cue.max(Cue::Via)
            } else {
                cue
            };
            return Some(self.decide_cap(i, l, cue));
        }
        None
    }

    /// The last rules for a word in lower case or capitals: it stands where a person
    /// stands, is no ordinary word, or stands beside another name.
    fn caseless_placed(&self, x: &Caseless) -> Option<Why> {
        let Caseless {
            i,
            l,
            sh,
            word_name,
            f,
            s,
            listed,
            cue,
            ..
        } = *x;
        // Where a person stands, cheapest first. An ordinary word is no name unless it
        // is in a speaker's label ("adel mansour:") or a role word points at a listed
        // name that is also a word ("kasper").
        let start = self.sentence_start(i);
        // A speaker's label, or a word that makes a name of the next one ("abu hamza"),
        // may be an ordinary word.
        let label = start && self.speaker(i) || self.kunya(i, l);
        if !listed && cue == Cue::None && !label && !self.caseless_candidate(i, l) {
            return None;
        }
        if self.code(i) {
            return None;
        }
        let pair = !listed && self.surname_next(i);
        let placed = self.caseless_where(x, label, pair);
        if !listed && !placed {
            return None;
        }
        // A listed name is no compound of words however it splits ("bir|gitta").
        // After "kallar honom" an ordinary word in the definite form is a nickname
        // ("lillen", "kungen"); an insult or a description is not ("kallat honom
        // terrorist", "presenterar sig som folkets advokat").
        let nickname = cue == Cue::Named
            && l.chars().count() >= 4
            && ["en", "an", "et", "n"].iter().any(|e| l.ends_with(e))
            && !self.lists.is(l, flag::HEDGE);
        // One rings or meets a person, not a place: a listed first name that is also a
        // place is the person after such a verb ("jag ringer maria imorgon").
        let rung = f
            && sh == Shape::Lower
            && self
                .neighbour(i, -1, false)
                .and_then(|p| self.word(p))
                .is_some_and(|p| {
                    matches!(
                        p,
                        "ringer"
                            | "ringde"
                            | "ring"
                            | "ringa"
                            | "träffar"
                            | "träffade"
                            | "träffa"
                            | "frågar"
                            | "frågade"
                            | "fråga"
                    )
                });
        let candidate = if label || word_name || listed || nickname {
            (label || word_name || nickname || !self.contains(l))
                && l.chars().count() >= 2
                && !self.not_name(l)
                && !self.own_place(i, l)
                && (rung || !self.known_place(i, l, false))
        } else {
            self.caseless_candidate(i, l)
        };
        if !candidate {
            return None;
        }
        if placed && !pair {
            // A word of an English passage is no name by its position alone.
            if !listed && self.english_near(i) {
                return None;
            }
            return Some(if listed { Why::Listed } else { Why::Context });
        }
        // A listed name beside another name: "johan andersson".
        let beside = |n: Option<usize>| {
            n.and_then(|n| self.word(n).map(|w| (n, w)))
                .is_some_and(|(n, w)| {
                    let nl = w.to_lowercase();
                    let morph = SURNAME_MORPHS.iter().any(|e| nl.ends_with(e))
                        && !self.not_name(&nl)
                        && !self.lex.places.single(&nl);
                    self.name_like(&nl) && (morph || self.caseless_candidate(n, &nl))
                })
        };
        // In text all in capitals a listed name opening a sentence is a name, as it is in
        // capitalised text ("OLIVIA I 7C VÄGRAR …").
        let opens = sh == Shape::Upper && listed && start;
        let surname = (s || !f) && SURNAME_ENDINGS.iter().any(|e| l.ends_with(e));
        (pair
            || f && self.initial_next(i)
            || opens
            || surname
            || beside(self.neighbour(i, 1, true))
            || beside(self.neighbour(i, -1, true)))
        .then_some(Why::Listed)
    }

    /// Whether a word in lower case or capitals stands where a person stands: after a
    /// cue, "med", in a label, before a surname, in text all in capitals, as a subject.
    fn caseless_where(&self, x: &Caseless, label: bool, pair: bool) -> bool {
        let Caseless {
            i,
            l,
            sh,
            word_name,
            f,
            listed,
            n,
            vowels,
            short,
            cue,
            ..
        } = *x;
        // Text all in capitals has lost the capitals' evidence: there a word that is no
        // Swedish word, among Swedish words, stands where a proper noun stands ("VI VET VAR
        // DU BOR YONAS").
        let all_caps = sh == Shape::Upper && n >= 4 && vowels >= 2 && {
            let lo = i.saturating_sub(8);
            let hi = (i + 9).min(self.tokens.len());
            (lo..hi)
                .filter(|&k| k != i)
                .filter(|&k| self.lower_cow(k).is_some_and(|v| self.is_word(&v)))
                .count()
                >= 3
        };
        // A listed first name that is no word after "med", "till", "hos" (also in chat
        // forms): "på gården me wilma", "hälsa till gunilla". Not after "och", which
        // joins any two nouns ("en björn och malin").
        let after_with = f
            && !word_name
            && sh == Shape::Lower
            && self
                .neighbour(i, -1, false)
                .and_then(|p| self.word(p))
                .is_some_and(|p| {
                    matches!(p, "med" | "me" | "m" | "till" | "hos")
                        // "hörde av X att": the person one heard it from.
                        || p == "av"
                            && self
                                .neighbour(self.neighbour(i, -1, false).unwrap_or(i), -1, false)
                                .and_then(|q| self.word(q))
                                .is_some_and(|q| matches!(q, "hörde" | "hört" | "hör" | "höra"))
                });
        cue != Cue::None
            || after_with
            || label
            || pair
            || all_caps
            || self.found_before(l)
            || sh == Shape::Lower && self.plus_list(i)
            || listed && self.listed_genitive(i, l)
            || self.age_after(i, listed)
            || !short
                && (self.subject(i)
                    || self.says_that(i)
                    || self.before_id(i)
                    || self.possessive(i, l)
                    || self.role_after(i))
            || short && vowels > 0 && n >= 2 && self.short_subject(i)
            || sh == Shape::Lower && self.lower_placed(i, l, listed)
            || sh == Shape::Lower && self.introduced_as(i, l, f && !word_name)
    }

    /// A word of two capitalised parts that are both names: "AliReza", "MohammadAli".
    fn camel_names(&self, w: &str) -> bool {
        let Some((k, _)) = w.char_indices().skip(1).find(|(_, c)| c.is_uppercase()) else {
            return false;
        };
        let (a, b) = w.split_at(k);
        [a, b].iter().all(|p| {
            shape(p) == Shape::Cap && p.chars().count() >= 2 && {
                let l = p.to_lowercase();
                let (f, s) = self.listed(&l);
                (f || s) && !self.not_name(&l)
            }
        })
    }
}

/// What is known of a word in lower case or capitals while the name model's rules are
/// asked of it.
#[derive(Clone, Copy)]
struct Caseless<'w> {
    i: usize,
    w: &'w str,
    l: &'w str,
    sh: Shape,
    /// A listed name that is also an ordinary word, in lower case.
    word_name: bool,
    /// Listed as a first name, as a surname.
    f: bool,
    s: bool,
    listed: bool,
    /// Its length in characters, and its vowels (2 for a word longer than five).
    n: usize,
    vowels: usize,
    /// Too short, or too few vowels, for a name in lower case.
    short: bool,
    /// The cue, with a weak one dropped for a short word.
    cue: Cue,
}
