//! Positions and clues the decisions ask about a word's neighbours: a person addressed,
//! introduced or talked about, a word after a determiner, a month's abbreviation.

use crate::lists::flag;
use crate::token::TokKind;

use super::super::context::{Ctx, SURNAME_ENDINGS};
use super::super::{shape, Shape, Why};
use super::capitalised::{personal_thing, IMPERATIVES};

impl Ctx<'_> {
    /// Whether the word at `i` opens a message or a line and "här" and a comma or a
    /// dash follow: the writer introducing themself ("bengt här, jag …").
    /// Also after a greeting and a comma ("hej, sune här."), and before a point.
    #[inline]
    pub(super) fn introduces_self(&self, i: usize) -> bool {
        // "här" is four bytes and a punctuation mark follows it: token tests first.
        let t = self.tokens;
        let four = t.get(i + 2).is_some_and(|h| h.end - h.start == 4);
        let mark = t
            .get(i + 3)
            .is_some_and(|p| matches!(p.kind, TokKind::Punct(_)));
        if !(four && mark) {
            return false;
        }
        self.neighbour(i, 1, false).is_some_and(|n| {
            self.word(n).is_some_and(|h| h.eq_ignore_ascii_case("här"))
                && self
                    .tokens
                    .get(n + 1)
                    .is_some_and(|t| matches!(t.kind, TokKind::Punct(',' | '-' | '–' | '!' | '.')))
        }) && (self.sentence_start(i)
            || self.greeted_before(i)
            // After the one greeted: "hej X, Y här, …".
            || i >= 3
                && self.tokens[i - 2].kind == TokKind::Punct(',')
                && self.greeted_by_name(i - 3))
    }

    /// Whether the word at `i` is the one greeted at the start of a message, glued to a
    /// comma or an exclamation mark: "hej X, …", "hejsan X! …"; or opens the message
    /// glued to an exclamation mark before "du" or "ni": "X! du glömde …". Only a person
    /// is greeted so (a group is greeted with words: "hej alla", "hej kollegor").
    #[inline]
    pub(super) fn greeted_by_name(&self, i: usize) -> bool {
        let t = self.tokens;
        let Some(c) = t.get(i + 1).filter(|c| c.start == t[i].end) else {
            return false;
        };
        let bang = c.kind == TokKind::Punct('!');
        if !bang && c.kind != TokKind::Punct(',') {
            return false;
        }
        let greeted = self.neighbour(i, -1, false).is_some_and(|g| {
            self.lower_cow(g)
                .is_some_and(|w| OPENING_GREETINGS.contains(&w.as_ref()))
                && self.sentence_start(g)
        });
        greeted
            || bang
                && self.message_start(i)
                && t.get(i + 2)
                    .is_some_and(|s| s.kind == (TokKind::Space { newline: false }))
                && matches!(self.word(i + 3), Some("du" | "ni" | "Du" | "Ni"))
    }

    /// Whether the word at `i` opens the text or a line.
    fn message_start(&self, i: usize) -> bool {
        let t = self.tokens;
        i == 0
            || matches!(t[i - 1].kind, TokKind::Space { newline: true })
            || i == 1 && matches!(t[0].kind, TokKind::Space { .. })
    }

    /// Whether a greeting and a comma stand just before the word at `i`: "hej hej, X".
    pub(super) fn greeted_before(&self, i: usize) -> bool {
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
    pub(super) fn addressed_question(&self, i: usize) -> bool {
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
    pub(super) fn role_apposition(&self, i: usize) -> bool {
        let t = self.tokens;
        let kind = |k: usize| t.get(k).map(|x| x.kind);
        // Between commas, or in brackets: "Ek (fritidsledaren) var inte där".
        let commas = kind(i + 1) == Some(TokKind::Punct(','))
            && kind(i + 2) == Some(TokKind::Space { newline: false })
            && kind(i + 4) == Some(TokKind::Punct(','));
        let brackets = kind(i + 1) == Some(TokKind::Space { newline: false })
            && kind(i + 2) == Some(TokKind::Punct('('))
            && kind(i + 4) == Some(TokKind::Punct(')'))
            // A listed name there, not a body with its head ("Skolan (rektorn)").
            && self.lower_cow(i).is_some_and(|l| {
                let (f, s) = self.listed(&l);
                f || s || self.lists.is(&l, flag::AMBIGUOUS)
            });
        let role = |r: &str| {
            shape(r) == Shape::Lower
                && (self.lists.is(r, flag::ROLE) || crate::names::clues::role_compound(r))
        };
        let verb_at = |k: usize| {
            kind(k) == Some(TokKind::Space { newline: false })
                && self.lower_cow(k + 1).is_some_and(|v| {
                    self.lists.is(&v, flag::REPORTING | flag::PERSON_VERB) || self.finite(&v)
                })
        };
        if (commas || brackets)
            && self
                .word(i + 3)
                .is_some_and(|r| r.ends_with('n') && role(r))
            && verb_at(i + 5)
            && self.sentence_start(i)
        {
            return true;
        }
        // The role with its place between the commas: "Tjärn, samordnaren i Söderort, har …".
        if kind(i + 1) == Some(TokKind::Punct(','))
            && kind(i + 2) == Some(TokKind::Space { newline: false })
            && self
                .word(i + 3)
                .is_some_and(|r| r.ends_with('n') && role(r))
            && kind(i + 4) == Some(TokKind::Space { newline: false })
            && matches!(self.word(i + 5), Some("i" | "på" | "vid" | "från" | "för"))
            && kind(i + 6) == Some(TokKind::Space { newline: false })
            && self.word(i + 7).is_some()
            && kind(i + 8) == Some(TokKind::Punct(','))
            && verb_at(i + 9)
            && self.sentence_start(i)
            // Not a body in the definite form with its head ("Skolan, rektorn i …").
            && self.lower_cow(i).is_some_and(|l| !self.definite_noun(&l))
        {
            return true;
        }
        // In brackets a role after an abbreviation and a hyphen: "X (SSP-koordinator)
        // lämnar …"; the role in any form.
        kind(i + 1) == Some(TokKind::Space { newline: false })
            && kind(i + 2) == Some(TokKind::Punct('('))
            && self
                .word(i + 3)
                .is_some_and(|a| a.len() >= 2 && a.bytes().all(|b| b.is_ascii_uppercase()))
            && kind(i + 4) == Some(TokKind::Punct('-'))
            && self
                .word(i + 5)
                .is_some_and(|r| role(r) || crate::lists::ROLE_TAILS.contains(&r))
            && kind(i + 6) == Some(TokKind::Punct(')'))
            && verb_at(i + 7)
            && self.sentence_start(i)
            && self.lower_cow(i).is_some_and(|l| {
                let (f, s) = self.listed(&l);
                f || s || self.lists.is(&l, flag::AMBIGUOUS)
            })
    }

    /// Whether the word at `i` opens a sentence with a role of someone in brackets after
    /// it and a finite verb after that: "Ofelia (mamma till en elev) har fått …",
    /// "Tindra (syster till en deltagare) ringde".
    pub(super) fn role_of_someone(&self, i: usize) -> bool {
        let t = self.tokens;
        let kind = |k: usize| t.get(k).map(|x| x.kind);
        let sp = |k: usize| kind(k) == Some(TokKind::Space { newline: false });
        if !(sp(i + 1) && kind(i + 2) == Some(TokKind::Punct('(')) && sp(i + 4)) {
            return false;
        }
        // A name, not a word for a person ("Föräldern (mamma till …)").
        let named = self.lower_cow(i).is_some_and(|l| {
            let (f, s) = self.listed(&l);
            !self.lists.is(&l, flag::ROLE | flag::OPENER) && (f || s || !self.is_word(&l))
        });
        if !named {
            return false;
        }
        let role = self.word(i + 3).is_some_and(|r| {
            shape(r) == Shape::Lower
                && (self.lists.is(r, flag::ROLE) || crate::names::clues::role_compound(r))
        });
        if !role || self.word(i + 5) != Some("till") {
            return false;
        }
        // One to three words after "till", then the bracket closes.
        let mut k = i + 6;
        for _ in 0..3 {
            if !(sp(k) && self.word(k + 1).is_some()) {
                return false;
            }
            k += 2;
            if kind(k) == Some(TokKind::Punct(')')) {
                return sp(k + 1)
                    && self.lower_cow(k + 2).is_some_and(|v| self.finite(&v))
                    && self.sentence_start(i);
            }
        }
        false
    }

    /// Whether a closing greeting stands just before the word at `i`, which ends its line
    /// or the text: "Hälsningar Juli", "Mvh Maj".
    pub(super) fn closing_before(&self, i: usize) -> bool {
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
    pub(super) fn lower_marked(&self, i: usize, l: &str) -> Option<Option<Why>> {
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
    pub(super) fn lower_placed(&self, i: usize, l: &str, listed: bool) -> bool {
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
            // Addressed at the start of a message before "du" and a finite verb ("tilda
            // du är bäst", "tilda du har rätt"): no clause opens with a noun and "du".
            let vocative = || {
                self.sentence_start(i)
                    && after(i).is_some_and(|d| {
                        self.word(d) == Some("du")
                            && after(d)
                                .and_then(|v| self.word(v))
                                .is_some_and(|v| shape(v) == Shape::Lower && self.finite(v))
                    })
            };
            if addressed || subject || self.question_subject(i, l) || vocative() {
                return true;
            }
        }
        // A word that is no Swedish word, addressed the same way at the start of a
        // message before "du" and a verb in the present or the past ("ardesh du glömde
        // …"): not an interjection ("asså", "hahaha"), and of three letters or more with a
        // vowel.
        if !listed
            && l.chars().nth(2).is_some()
            && l.chars().any(|c| "aeiouyåäöéêîûı".contains(c))
            && self.sentence_start(i)
            && !super::super::clues::chat_opener(l)
            && self.neighbour(i, 1, false).is_some_and(|d| {
                self.word(d) == Some("du")
                    && self
                        .neighbour(d, 1, false)
                        .and_then(|v| self.word(v))
                        .is_some_and(|v| {
                            shape(v) == Shape::Lower
                                && (self.finite(v)
                                    || (v.ends_with("de") || v.ends_with("te")) && self.is_word(v))
                        })
            })
        {
            return true;
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

    /// Whether a listed first name that is no word, in lower case, is the subject of a
    /// question (a clause or a sentence opening with a modal or a finite verb, a question
    /// mark at most ten tokens on): before an infinitive after a modal ("…, kan hugo ta
    /// passet?"), or after a verb opening the question ("spelar ines ikväll?").
    fn question_subject(&self, i: usize, l: &str) -> bool {
        if self.is_word(l) {
            return false;
        }
        let Some(v) = self.neighbour(i, -1, false) else {
            return false;
        };
        let Some(vw) = self.word(v).filter(|v| shape(v) == Shape::Lower) else {
            return false;
        };
        let end = (i + 11).min(self.tokens.len());
        let question = (i + 1..end).any(|k| self.tokens[k].kind == TokKind::Punct('?'))
            && !(i + 1..end).any(|k| {
                matches!(
                    self.tokens[k].kind,
                    TokKind::Punct('.' | '!') | TokKind::Space { newline: true }
                ) && !self.tokens[i + 1..k]
                    .iter()
                    .any(|t| t.kind == TokKind::Punct('?'))
            });
        if !question {
            return false;
        }
        // Opening the sentence or a clause, also after a comma ("…, kan hugo ta", "hej,
        // spelar ines?").
        let after_comma = v >= 2
            && self.tokens[v - 1].kind == (TokKind::Space { newline: false })
            && self.tokens[v - 2].kind == TokKind::Punct(',');
        let modal = matches!(vw, "kan" | "ska" | "vill" | "får" | "måste" | "borde");
        if modal {
            return (self.clause_start(v) || after_comma)
                && self
                    .neighbour(i, 1, false)
                    .and_then(|n| self.word(n))
                    .is_some_and(|n| shape(n) == Shape::Lower && self.is_word(n));
        }
        (self.sentence_start(v) || after_comma) && self.finite(vw) && vw != "är" && vw != "var"
    }

    /// Whether the word at `i` opens a sentence before a modal verb and "du" or "ni": a
    /// person addressed with a question, without a comma ("pelle kan du ringa"). A noun
    /// put first before "kan du" is rare, so a listed first name that is also a word
    /// but no hand-kept one ("olle") is the name here too.
    pub(super) fn addressed_modal(&self, i: usize) -> bool {
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

    /// Whether "i", a school class (or a workplace's room) and a finite verb follow the
    /// word at `i`: "… i 7B har bytt", "… i sjuan ritade", "… i klassen har", "… i köket
    /// såg".
    pub(super) fn in_class_acts(&self, i: usize) -> bool {
        let t = self.tokens;
        let Some(c) = self
            .neighbour(i, 1, false)
            .filter(|&p| self.word(p) == Some("i"))
            .map(|p| p + 2)
            .filter(|&c| t.get(c - 1).map(|s| s.kind) == Some(TokKind::Space { newline: false }))
        else {
            return false;
        };
        let end = match t.get(c).map(|x| x.kind) {
            // A grade and its letter glued: "8A", "7b".
            Some(TokKind::Number)
                if t[c].end - t[c].start <= 2
                    && t.get(c + 1).is_some_and(|l| l.start == t[c].end)
                    && self.word(c + 1).is_some_and(|w| w.chars().count() == 1) =>
            {
                c + 1
            }
            Some(TokKind::Word)
                if self.lower_cow(c).is_some_and(|w| {
                    matches!(
                        w.as_ref(),
                        "klassen"
                            | "ettan"
                            | "tvåan"
                            | "trean"
                            | "fyran"
                            | "femman"
                            | "sexan"
                            | "sjuan"
                            | "åttan"
                            | "nian"
                            // A workplace's room or desk: "X i köket såg …".
                            | "köket"
                            | "receptionen"
                            | "kassan"
                            | "kiosken"
                            | "matsalen"
                            | "expeditionen"
                            | "vaktmästeriet"
                    )
                }) =>
            {
                c
            }
            _ => return false,
        };
        self.neighbour(end, 1, false)
            .and_then(|v| self.word(v))
            .is_some_and(|v| shape(v) == Shape::Lower && self.finite(v))
    }

    /// Whether the word at `i`, what a report is about ("gäller", "angående"), is
    /// followed by "i" and a school class: "gäller Hanna i åk 3", "angående Mysa i 8a"
    /// (a pupil; a subject taught there is not what a report "gäller").
    pub(super) fn in_school_class(&self, i: usize) -> bool {
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
    pub(super) fn said_twice(&self, i: usize, l: &str) -> bool {
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
    pub(super) fn written_capitalised_before(&self, i: usize, l: &str) -> bool {
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
    pub(super) fn determined(&self, i: usize) -> bool {
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
    pub(super) fn month_abbreviation(&self, i: usize, l: &str) -> bool {
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
    pub(super) fn talked_about(&self, i: usize) -> bool {
        if self
            .neighbour(i, -1, false)
            .is_some_and(|p| matches!(self.word(p), Some("betyder" | "betydde")))
        {
            return true;
        }
        let mut k = i + 1;
        if self
            .tokens
            .get(k)
            .is_some_and(|t| crate::names::is_quote(t.kind))
        {
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
    pub(super) fn personal_genitive(&self, l: &str) -> bool {
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
    pub(super) fn initial_surname(&self, l: &str) -> bool {
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
    pub(super) fn addressed_before_imperative(&self, i: usize) -> bool {
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
    pub(super) fn modal_question_subject(&self, i: usize, l: &str) -> bool {
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
    pub(super) fn named_first(&self, i: usize) -> bool {
        self.neighbour(i, 1, false).is_some_and(|n| {
            matches!(self.word(n), Some("heter" | "hette"))
                && self
                    .neighbour(n, 1, false)
                    .and_then(|p| self.word(p))
                    .is_some_and(|p| matches!(p, "hon" | "han" | "hen"))
        })
    }
}

/// Greetings that open a message, before the one greeted.
const OPENING_GREETINGS: &[&str] = &[
    "hej", "hejsan", "hallå", "tjena", "tjenare", "tja", "hejhej",
];
