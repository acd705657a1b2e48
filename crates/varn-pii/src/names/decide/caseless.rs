//! The decisions for a word in lower case or in capitals.

use crate::lists::{flag, NOT_PLATES};
use crate::token::TokKind;

use super::super::context::{Ctx, ABSTRACT_NAMES, SURNAME_ENDINGS, SURNAME_MORPHS};
use super::super::{shape, Cue, Shape, Why};

impl Ctx<'_> {
    /// A word in lower case or in capitals.
    pub(super) fn decide_caseless(
        &self,
        i: usize,
        w: &str,
        l: &str,
        flags: u32,
        sh: Shape,
        cue: Cue,
    ) -> Option<Why> {
        // An ending glued by a colon to a number or an abbreviation ("9:orna", "SD:are",
        // "1:an") is an inflection, no word of its own.
        let t = self.tokens;
        if sh == Shape::Lower
            && i >= 2
            && t[i - 1].kind == TokKind::Punct(':')
            && t[i - 1].start == t[i - 2].end
            && t[i - 1].end == t[i].start
            && (t[i - 2].kind == TokKind::Number
                || self.word(i - 2).is_some_and(|a| shape(a) == Shape::Upper))
        {
            return None;
        }
        // A pet form between a verb of reaching someone and "på" and a phone number:
        // the person to reach, even when it is also a word ("sms:a lisen på 070 …");
        // pet forms double their consonants ("pyttan"), so no rule below turns it
        // away. Pet forms are short: "ring tillbaka på …" is an adverb.
        if sh == Shape::Lower
            && !self.ids.is_empty()
            && l.len() <= 6
            && self.word(i + 2) == Some("på")
            && crate::names::clues::pet_form(l)
            && self.reached_on_id(i)
        {
            return Some(Why::Context);
        }
        // The genitive of a word that is no word, before a relative or a thing a person
        // has ("zorans nummer", "ardeshs mamma"): only a person owns these.
        if sh == Shape::Lower && self.unknown_owner(i, l) {
            return Some(Why::Context);
        }
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
                    && crate::names::stated::doubled_consonant(l, |x| self.is_word(x)))
        {
            return None;
        }
        Some(why)
    }

    /// Whether the lower-case word at `i` (`l`) is the genitive of a word that is no
    /// Swedish word and no place, before a relative or a thing a person has
    /// (`KIN`, `personal_thing`, and a person's situation or account).
    fn unknown_owner(&self, i: usize, l: &str) -> bool {
        let Some(stem) = l.strip_suffix('s') else {
            return false;
        };
        stem.len() >= 3
            && self
                .neighbour(i, 1, false)
                .and_then(|n| self.word(n))
                .is_some_and(|n| {
                    (3..=14).contains(&n.len())
                        && (super::capitalised::kin_or_personal(n)
                            || matches!(
                                n,
                                "situation" | "mående" | "familj" | "bil" | "lägenhet" | "klass"
                            ))
                })
            && !self.lists.is(stem, flag::NOT_NAME | flag::ROLE)
            && self.caseless_candidate(i, stem)
            && self.caseless_candidate(i, l)
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
        // A double first name in lower case, its first part a word ("sten-ove", "rut-marie"):
        // the second a listed first name that is none.
        if sh == Shape::Lower && flags & flag::FIRST != 0 && self.double_first_name(i) {
            return Some(Why::Listed);
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
        let n = if w.is_ascii() {
            w.len()
        } else {
            w.chars().count()
        };
        // Vowels matter only for short words (abbreviations).
        let vowels = if n <= 5 {
            l.chars()
                .filter(|c| {
                    matches!(
                        c,
                        'a' | 'e'
                            | 'i'
                            | 'o'
                            | 'u'
                            | 'y'
                            | 'å'
                            | 'ä'
                            | 'ö'
                            | 'é'
                            | 'ü'
                            | 'ı'
                            | 'ê'
                            | 'î'
                            | 'ø'
                    ) || !c.is_ascii() && accented_vowel(*c)
                })
                .count()
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

    /// Whether a comma stands before the word at `i` and initials (two or three capitals)
    /// opened an entry before it on its line: "HB ringde, OS återkopplade".
    fn initials_entry_after_comma(&self, i: usize) -> bool {
        i >= 2
            && self.tokens[i - 2].kind == TokKind::Punct(',')
            && self.tokens[i.saturating_sub(40)..i - 2]
                .iter()
                .rev()
                .take_while(|t| t.kind != (TokKind::Space { newline: true }))
                .any(|t| {
                    let x = crate::text_of(self.text, t);
                    t.kind == TokKind::Word
                        && (2..=3).contains(&x.chars().count())
                        && shape(x) == Shape::Upper
                })
    }

    /// Whether a hyphen and a listed first name that is no word and no place are glued
    /// after the word at `i` ("sten-ove").
    fn double_first_name(&self, i: usize) -> bool {
        let t = self.tokens;
        t.get(i + 1)
            .is_some_and(|h| h.kind == TokKind::Punct('-') && h.start == t[i].end)
            && t.get(i + 2).is_some_and(|n| n.start == t[i + 1].end)
            && self.lower_cow(i + 2).is_some_and(|n| {
                let f = self.lists.flags(&n);
                f & flag::FIRST != 0
                    && f & (flag::AMBIGUOUS | flag::WORD_NAME | flag::NOT_NAME) == 0
                    && !self.is_word(&n)
            })
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
        // A listed first name as a chat log's speaker after the time, even one that is
        // also a word: "[22.15] enar: …", "22:15 andres: …" (a colon glued after it first).
        if flags & flag::FIRST != 0
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.kind == TokKind::Punct(':') && t.start == self.tokens[i].end)
            && self.time_stamped(i)
            && !self.not_name(l)
        {
            return Some(Why::Listed);
        }
        // Initials opening a clause of minutes before a verb only a person does there:
        // "GB förde protokoll", "enligt MH har …" is not enough, "HK redogjorde för …".
        if sh == Shape::Upper
            && w.chars().count() == 2
            && !matches!(
                l,
                "sd" | "kd"
                    | "mp"
                    | "eu"
                    | "fn"
                    | "ia"
                    | "it"
                    | "hr"
                    | "pr"
                    | "vd"
                    | "ok"
                    | "ps"
                    | "ud"
                    | "sr"
                    | "tv"
                    | "ks"
                    | "sl"
                    | "sj"
                    | "lo"
                    | "ab"
            )
            && (self.clause_start(i) || self.initials_entry_after_comma(i))
            && self
                .neighbour(i, 1, false)
                .and_then(|v| self.word(v))
                .is_some_and(|v| MINUTES_VERBS.contains(&v))
        {
            return Some(Why::Listed);
        }
        // Initials in a list after a label for those present: "Deltagare: EM, JK och AB".
        if sh == Shape::Upper
            && (2..=3).contains(&w.chars().count())
            && !NOT_PLATES.contains(&w)
            && !matches!(
                l,
                "hr" | "it" | "ks" | "pr" | "vd" | "ok" | "ps" | "eu" | "fn"
                // A district administration among those present: "SDF".
                | "sdf"
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
        // Where only a person stands, a listed first name in lower case, even a word or a
        // place, or a word that is no word (`min` letters or more): introducing the writer
        // ("bengt här, ring mig …"), greeted at the start of a message ("hej dag! kan du
        // …", "hej nora, …", "x! du glömde …"), the one from a body who did something ("x
        // från polisen ringde"), the one to call or write to ("ring tillbaka x, …"), an
        // item of a list after a label where another item is a name ("närvaro: x, y
        // (polis), z"). The word first: most words in lower case are ordinary words, which
        // the word list's remembered answer turns away before any position is asked.
        let first = flags & flag::FIRST != 0;
        let unknown =
            sh == Shape::Lower && l.chars().nth(2).is_some() && self.caseless_candidate(i, l);
        if sh == Shape::Lower && (first || unknown) {
            let min = if self.introduces_self(i)
                || self.greeted_by_name(i)
                || self.in_list_position(i) && self.in_list_of_names(i)
            {
                3
            } else if self.sent_by_a_body(i) || self.to_reach(i) {
                4
            } else {
                0
            };
            if min > 0
                && (first && !self.not_name(l) || l.chars().nth(min - 1).is_some() && unknown)
            {
                return Some(Why::Listed);
            }
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
        // A listed first name and a Nordic surname after it, both in lower case, even
        // words ("bo brolin"); a listed first name that is a word joined by "och" to
        // one that is none ("mellan liv och yasir"); one where only a person is named
        // ("kuratorn dag svarade", "skrivet av malva:"): see `joined.rs`.
        if sh == Shape::Lower
            && (self.lower_full_name(i, l, flags)
                || flags & (flag::FIRST | flag::LAST) != 0 && self.joined_to_lower_first_name(i, l)
                // A listed first name, or a word that is no word (asked above, before
                // any position); not an abbreviation without vowels ("kbt").
                || if first {
                    self.first_name_placed(i, l, true)
                } else {
                    unknown
                        && self.first_name_placed(i, l, false)
                        && l.chars().any(|c| "aeiouyåäöé".contains(c))
                }
                // A pet form, even a word, opening a chat's line: "x tar kvällen".
                || crate::names::clues::pet_form(l)
                    && self.chat_line_subject(i)
                    && !self.not_name(l))
            && !self.own_place(i, l)
            && !self.lower_place(i, l, sh == Shape::Lower && flags & flag::FIRST != 0)
        {
            return Some(Why::Listed);
        }
        None
    }

    /// Whether the word at `i` opens a line after a time of day, bare or in brackets:
    /// "[22.15] …", "22:15 …".
    #[inline(never)]
    fn time_stamped(&self, i: usize) -> bool {
        let t = self.tokens;
        let kind = |k: usize| t[k].kind;
        let time_ending_at = |e: usize| {
            e >= 2
                && kind(e) == TokKind::Number
                && t[e].end - t[e].start == 2
                && matches!(kind(e - 1), TokKind::Punct('.' | ':'))
                && kind(e - 2) == TokKind::Number
                && t[e - 2].end - t[e - 2].start <= 2
        };
        let line_starts = |k: usize| k == 0 || kind(k - 1) == (TokKind::Space { newline: true });
        if i < 4 || kind(i - 1) != (TokKind::Space { newline: false }) {
            return false;
        }
        if kind(i - 2) == TokKind::Punct(']') {
            i >= 6
                && time_ending_at(i - 3)
                && kind(i - 6) == TokKind::Punct('[')
                && line_starts(i - 6)
        } else {
            time_ending_at(i - 2) && line_starts(i - 4)
        }
    }

    /// Whether the word at `i` (`l`) is a known place or a law's name ("lex" before it), a
    /// listed first name in lower case (`first`) counting as a name before the gazetteer's
    /// single words: a place is rarely written in lower case.
    #[inline(never)]
    fn lower_place(&self, i: usize, l: &str, first: bool) -> bool {
        self.known_place(i, l, first) || first && i >= 2 && self.word(i - 2) == Some("lex")
    }

    /// Whether the word at `i` is joined to "jag" by "och" ("o", "å"), the two the
    /// subject of a finite verb in lower case: "jag och X tog …", "X och jag tog …".
    fn with_me(&self, i: usize) -> bool {
        let and = |k: usize| matches!(self.word(k), Some("och" | "o" | "å"));
        let me = |k: usize| self.lower_cow(k).is_some_and(|w| w == "jag");
        let finite_after = |k: usize| {
            self.neighbour(k, 1, false)
                .and_then(|v| self.word(v))
                .is_some_and(|v| shape(v) == Shape::Lower && self.finite(v))
        };
        let before = |k: usize| self.neighbour(k, -1, false);
        let after = |k: usize| self.neighbour(k, 1, false);
        // "jag och X tog": "jag" opens the clause.
        let first = before(i)
            .filter(|&o| and(o))
            .and_then(before)
            .is_some_and(|j| me(j) && self.clause_start(j))
            && finite_after(i);
        first
            || after(i)
                .filter(|&o| and(o))
                .and_then(after)
                .is_some_and(|j| me(j) && finite_after(j))
                && self.clause_start(i)
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
            && !self.lower_place(i, l, true)
        {
            return Some(Why::Listed);
        }
        // A listed first name that is also a word, joined to "jag" as the subject of a
        // finite verb: "jag och frans tog …", "frans o jag åkte …". A thing is not the
        // writer's fellow subject, and a role word or a relative is no listed name.
        if sh == Shape::Lower
            && flags & flag::FIRST != 0
            && flags & (flag::ROLE | flag::NOT_NAME | flag::OPENER) == 0
            && self.with_me(i)
            && !self.not_name(l)
            && !self.own_place(i, l)
        {
            return Some(Why::Context);
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
            && !self.lower_place(i, l, true)
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
        // A word in capitals amid lower case where the sentence puts a person (after a
        // role word, a verb of perception, a social verb and its preposition) is judged as
        // a capitalised word even where it is also a word of the list or a compound of
        // its words ("Kuratorn såg TORVALD gå", "pratade med SOLVIND om"), or found as a
        // name before in the text: a name spelt in capitals is no word there. Not a noun in the definite
        // form ("pratade med SKOLAN"), nor a word a list knows for its class.
        let placed_word = shouted
            && !listed
            && (cue >= Cue::Via || self.found_before(l))
            && n >= 4
            && vowels >= 2
            && !["en", "et", "na", "rna", "n"]
                .iter()
                .any(|e| l.ends_with(e))
            && self.lists.flags(l) == 0;
        if (shouted || after_preposition) && (listed || placed_word || !self.contains(l)) {
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
        // name that is also a word. The word list's remembered answer first: most words
        // in lower case are ordinary words in no label.
        // A speaker's label (which opens a line: `speaker` asks), or a word that makes a
        // name of the next one ("abu tayyib"), may be an ordinary word.
        if !listed
            && cue == Cue::None
            && !self.caseless_candidate(i, l)
            && !self.speaker(i)
            && !self.kunya(i, l)
        {
            return None;
        }
        let label = self.speaker(i) || self.kunya(i, l);
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
                && (rung || !self.lower_place(i, l, sh == Shape::Lower && f))
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
        let opens = sh == Shape::Upper && listed && self.sentence_start(i);
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
            s,
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
        // A listed first name that is no word after a preposition that takes a person
        // ("med", "till", "hos", "för", "från", "av", "åt", "genom"; also in chat forms):
        // "på gården me wilma", "hälsa till gunilla", "ersättare för gunvald", "hörde av
        // lisa att". Not after "och", which joins any two nouns ("en björn och malin").
        // Two words in lower case that are no words, after punctuation or a function
        // word that comes before a person and before a Swedish word or punctuation, are
        // a full name ("… till ardesh tulvikka, …", "som ardesh tulvikka
        // höll", "Hälsar ardesh tulvikka,"): one foreign noun is common ("med hijra"), but a pair of them
        // framed so is no quotation of another language, whose words come in longer
        // runs ("huolissaan veljestään kanssa"), nor a topic ("om lone actors").
        let swedish_or_none = |k: Option<usize>| {
            k.and_then(|k| self.lower_cow(k))
                .is_none_or(|v| self.is_word(&v))
        };
        let person_before = |k: Option<usize>| {
            k.and_then(|k| self.lower_cow(k)).is_none_or(|v| {
                matches!(
                    v.as_ref(),
                    "till"
                        | "på"
                        | "med"
                        | "hos"
                        | "för"
                        | "från"
                        | "av"
                        | "åt"
                        | "genom"
                        | "vare"
                        | "som"
                        | "att"
                        | "och"
                        | "eller"
                        | "när"
                        | "hälsar"
                        // A label for the person to turn to, without its colon:
                        // "Kontakt x y.", "Ansvarig x y.".
                        | "kontakt"
                        | "kontaktperson"
                        | "ansvarig"
                )
            })
        };
        let unknown_pair = || {
            !listed
                && !short
                && self.neighbour(i, 1, false).is_some_and(|n| {
                    self.word(n).is_some_and(|v| {
                        shape(v) == Shape::Lower
                            && v.chars().nth(2).is_some()
                            && self.lists.flags(v) & flag::NOT_NAME == 0
                            && self.caseless_candidate(n, v)
                    }) && swedish_or_none(self.neighbour(n, 1, false))
                })
                && person_before(self.neighbour(i, -1, false))
                // Not glued to what stands before it ("home.example yesterday").
                && (i == 0 || matches!(self.tokens[i - 1].kind, TokKind::Space { .. }))
                && !self.english_near(i)
        };
        // A word that is no word joined by "och" or "eller" to a capitalised name after
        // it inside the sentence, where a person stands ("Varken ardesh eller Algot",
        // "med ardesh och Algot"; not a topic: "om hijra och …"), or opening a sentence
        // joined to another such word before a finite verb ("ardesh och nadira har …"):
        // persons named together.
        let joined_to_name = || {
            sh == Shape::Lower
                && !listed
                && !short
                && self
                    .neighbour(i, 1, false)
                    .filter(|&o| matches!(self.word(o), Some("och" | "eller")))
                    .and_then(|o| self.neighbour(o, 1, false))
                    .is_some_and(|k| {
                        !self.sentence_start(k)
                            && self.cap_name(k)
                            && self.neighbour(i, -1, false).is_none_or(|p| {
                                self.lower_cow(p).is_some_and(|p| {
                                    matches!(
                                        p.as_ref(),
                                        "varken"
                                            | "både"
                                            | "med"
                                            | "till"
                                            | "hos"
                                            | "för"
                                            | "från"
                                            | "åt"
                                            | "att"
                                            | "som"
                                            | "när"
                                    )
                                })
                            })
                            || self.sentence_start(i)
                                && self.lower_cow(k).is_some_and(|v| {
                                    shape(&v) == Shape::Lower
                                        && v.chars().nth(2).is_some()
                                        && self.caseless_candidate(k, &v)
                                })
                                && self
                                    .neighbour(k, 1, false)
                                    .and_then(|v| self.word(v))
                                    .is_some_and(|v| shape(v) == Shape::Lower && self.finite(v))
                    })
        };
        // Or a word that is no word ending its clause after such a preposition: "åker dit
        // med tharvon", "har någon hört av qorxoob?".
        let ends_clause = || {
            !listed
                && !short
                && n >= 4
                && self.tokens.get(i + 1).is_none_or(|t| {
                    matches!(
                        t.kind,
                        TokKind::Space { newline: true } | TokKind::Punct('.' | '!' | '?' | ',')
                    )
                })
                && !self.english_near(i)
                // No compound on a Swedish word ("odalrunan", "exitarbete", "solkors").
                && !l
                    .char_indices()
                    .skip(2)
                    .any(|(k, _)| l[k..].chars().count() >= 4 && self.contains(&l[k..]))
        };
        // (The preposition first: most words stand after none.)
        let after_with = sh == Shape::Lower
            && self
                .neighbour(i, -1, false)
                .and_then(|p| self.word(p))
                .is_some_and(|p| {
                    matches!(
                        p,
                        "med"
                            | "me"
                            | "m"
                            | "till"
                            | "hos"
                            | "för"
                            | "från"
                            | "av"
                            | "åt"
                            | "genom"
                    )
                })
            && ((f || s) && !word_name || unknown_pair() || ends_clause());
        cue != Cue::None
            || after_with
            || sh == Shape::Lower && unknown_pair()
            || joined_to_name()
            || label
            || pair
            || all_caps
            || self.found_before(l)
            || sh == Shape::Lower && self.plus_list(i)
            || listed && self.listed_genitive(i, l)
            || self.age_after(i, listed)
            || sh == Shape::Lower && self.bare_age_before_verb(i)
            // A group of people named after one of them: "x-gänget", "x-killarna".
            || sh == Shape::Lower && self.people_group_after(i + 2)
            || sh == Shape::Lower && !listed && self.with_a_named_person(i)
            || sh == Shape::Lower && self.emphatic_self(i)
            || sh == Shape::Lower && self.subject_again(i)
            || !short
                && (self.subject(i)
                    || self.says_that(i)
                    // An office loanword is a label there: "min mail: …".
                    || self.before_id(i) && !super::capitalised::LOANWORDS.contains(&l)
                    || self.possessive(i, l)
                    || self.role_after(i))
            || short && vowels > 0 && n >= 2 && self.short_subject(i)
            || sh == Shape::Lower && !listed && !short && self.cleft(i)
            || sh == Shape::Lower && self.lower_placed(i, l, listed)
            || sh == Shape::Lower && !listed && self.pet_subject(i, l)
            || sh == Shape::Lower && self.introduced_as(i, l, f && !word_name)
            || sh == Shape::Lower && self.asked_along(i)
            || sh == Shape::Lower && f && !word_name && self.bare_first_name(i, l, n)
            || sh == Shape::Lower && !listed && pet_shape(l) && self.bare_first_name(i, l, n)
            || sh == Shape::Lower && !short && self.colon_genitive(i)
            // The subject of a question, with no pet form's ending asked (`pet_subject`):
            // an unlisted word there that is no Swedish word is a name.
            // A listed name there too, if no word ("var inte qvarnlöf med?").
            || sh == Shape::Lower && !word_name && !short && self.question_subject_place(i)
            || sh == Shape::Lower && !listed && self.after_arabic_article(i, l)
            // Before "och hans …" ("x och hans bror"): see `joined.rs`.
            || sh == Shape::Lower && !listed && !short && self.and_his(i)
    }
}

impl Ctx<'_> {
    /// Whether a listed first name in lower case that is no Swedish word stands as a name
    /// with no cue around it ("hej melker!", "tack till ottilia"): capitals are evidence of a
    /// name, their absence no proof, so such a word is a name wherever it stands (fail
    /// closed). Not where it is part of a token of another kind: glued to an at-sign, a
    /// point, a slash, an underscore, a hash or a dash (an e-mail's local part, a domain,
    /// a URL, a file name, a hashtag, a compound), nor in an English passage.
    fn bare_first_name(&self, i: usize, l: &str, n: usize) -> bool {
        if n < BARE_MIN || self.is_word(l) {
            return false;
        }
        let t = self.tokens;
        let glued = |k: usize| -> bool {
            t.get(k).is_some_and(|x| match x.kind {
                TokKind::Punct(c) => matches!(
                    c,
                    '@' | '.' | '/' | '\\' | '_' | '#' | '-' | '=' | '&' | '%' | '+' | '~'
                ),
                TokKind::Word | TokKind::Number => true,
                TokKind::Space { .. } => false,
            })
        };
        // A quotation that ends on the word is a word talked about or the name of a
        // thing ("ordet ”x”"); one that opens with it may be a sentence.
        let quote = |k: usize| {
            t.get(k).is_some_and(|x| {
                matches!(
                    x.kind,
                    TokKind::Punct('"' | '\'' | '”' | '“' | '’' | '«' | '»')
                )
            })
        };
        // A double first name joined by a hyphen ("x-y", both parts listed first names)
        // is one name, not a compound: the hyphen does not set it apart.
        let paired = |dash: usize, other: usize| {
            t.get(dash).zip(t.get(other)).is_some_and(|(d, o)| {
                d.kind == TokKind::Punct('-')
                    && (d.start == o.end || d.end == o.start)
                    && o.kind == TokKind::Word
            }) && self
                .lower_cow(other)
                .is_some_and(|o| self.lists.is(&o, flag::FIRST))
        };
        let me = &t[i];
        let before = i > 0
            && t[i - 1].end == me.start
            && glued(i - 1)
            && !(i >= 2 && t[i - 2].end == t[i - 1].start && paired(i - 1, i - 2));
        let after = t.get(i + 1).is_some_and(|x| {
            x.start == me.end
                && match x.kind {
                    TokKind::Punct('-') if paired(i + 1, i + 2) => {
                        // Not a longer chain ("x-y-z", a code).
                        t.get(i + 3)
                            .is_some_and(|z| z.start == t[i + 2].end && glued(i + 3))
                    }
                    // A point ends a sentence unless a word is glued after it ("ottilia.doc").
                    TokKind::Punct('.') => t.get(i + 2).is_some_and(|y| {
                        y.start == x.end && matches!(y.kind, TokKind::Word | TokKind::Number)
                    }),
                    _ => glued(i + 1) || quote(i + 1),
                }
        });
        if before || after {
            return false;
        }
        // A room named after a person ("i rum x") is the room; a name joined by "&" is a
        // firm's ("x & son").
        let prev = self.neighbour(i, -1, false).and_then(|p| self.word(p));
        if matches!(prev, Some("rum" | "rummet" | "sal" | "salen"))
            || [i.wrapping_sub(2), i + 2]
                .iter()
                .any(|&k| t.get(k).is_some_and(|x| x.kind == TokKind::Punct('&')))
        {
            return false;
        }
        // A word joined by "och" or "eller" to an ordinary noun before it ("en hund och
        // x"), a word placed in a text ("x i texten är ett skrivfel": talked about), and
        // a text that is the word alone have nothing that makes a person of it.
        let after_noun = self
            .neighbour(i, -1, false)
            .filter(|&o| matches!(self.word(o), Some("och" | "eller")))
            .and_then(|o| self.neighbour(o, -1, false))
            .is_some_and(|q| {
                self.lower_cow(q).is_some_and(|p| {
                    p.chars().count() >= 3
                        && self.is_word(&p)
                        && !crate::names::stated::PERSONAL_PRONOUNS.contains(&p.as_ref())
                        && !self.role(&p)
                        // A listed name that is also a word is that word's noun after an
                        // article or a determiner.
                        && (!self.lists.is(&p, flag::FIRST | flag::LAST | flag::AMBIGUOUS)
                            || self.determined(q)
                            || self
                                .neighbour(q, -1, false)
                                .is_some_and(|a| matches!(self.word(a), Some("en" | "ett"))))
                })
            });
        let in_text = self.neighbour(i, 1, false).is_some_and(|k| {
            self.word(k) == Some("i")
                && self.neighbour(k, 1, false).is_some_and(|m| {
                    matches!(
                        self.word(m),
                        Some("texten" | "meningen" | "rubriken" | "stycket" | "listan")
                    )
                })
        });
        // Read only to the nearest word on each side, and only when asked: every stretch
        // between two words is read at most twice, so the scan stays linear (reading the
        // whole text for every such name made a text of many of them quadratic).
        let word_like = |x: &crate::token::Tok| matches!(x.kind, TokKind::Word | TokKind::Number);
        let alone = || !t[..i].iter().rev().any(word_like) && !t[i + 1..].iter().any(word_like);
        !after_noun && !in_text && !alone() && !self.english_near(i)
    }
}

/// Whether a word in lower case has the shape of a Swedish pet form of a first name: five
/// letters, a consonant, a vowel, a doubled consonant (or "ck") and "e" (an invented one:
/// "fibbe"). Such a word that is no Swedish word is taken as a name where a
/// listed first name in lower case would be (`bare_first_name`): the lists hold the
/// names, not their pet forms, and the shape is the class (fail closed). Its ordinary
/// words of that shape are in the word list.
fn pet_shape(l: &str) -> bool {
    let b = l.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let consonant = |c: u8| c.is_ascii_lowercase() && !vowel(c);
    b.len() == 5
        && consonant(b[0])
        && vowel(b[1])
        && (b[2] == b[3] && consonant(b[2]) || &b[2..4] == b"ck")
        && b[4] == b'e'
}

impl Ctx<'_> {
    /// Whether the word at `i` takes its genitive after a colon, "x:s" with nothing glued
    /// after: Swedish writes so after an abbreviation ("sms:s", turned away as too short
    /// or too few vowels, or listed as no name) and after a name whose ending does not
    /// take a plain "s" (a foreign one). A word in lower case so, no Swedish word, with
    /// vowels enough for a name, is a name in the genitive (fail closed). Reads three
    /// tokens after the word.
    fn colon_genitive(&self, i: usize) -> bool {
        let t = self.tokens;
        let glued = |k: usize| t.get(k).is_some_and(|x| x.start == t[k - 1].end);
        glued(i + 1)
            && t[i + 1].kind == TokKind::Punct(':')
            && glued(i + 2)
            && self.word(i + 2) == Some("s")
            && !(glued(i + 3) && matches!(t[i + 3].kind, TokKind::Word | TokKind::Number))
    }
}

/// The shortest listed first name in lower case taken for a name with no cue.
const BARE_MIN: usize = 4;

impl Ctx<'_> {
    /// Whether the word at `i` is the subject of a question that opens with "är" and asks
    /// whether a person comes along: "är X med på mötet?", "är X med imorgon".
    fn asked_along(&self, i: usize) -> bool {
        self.neighbour(i, 1, false)
            .is_some_and(|n| self.word(n) == Some("med"))
            && self.neighbour(i, -1, false).is_some_and(|p| {
                matches!(self.word(p), Some("är" | "Är")) && self.sentence_start(p)
            })
    }
}

impl Ctx<'_> {
    /// Whether the word at `i` follows a verb of reaching someone ("ring", "sms:a",
    /// "messa", "mejla") and precedes "på" and an identifier found before.
    fn reached_on_id(&self, i: usize) -> bool {
        let t = self.tokens;
        let space = |k: usize| {
            t.get(k)
                .is_some_and(|x| x.kind == TokKind::Space { newline: false })
        };
        let id_after = space(i + 1)
            && self.word(i + 2) == Some("på")
            && space(i + 3)
            && t.get(i + 4)
                .is_some_and(|x| self.ids.binary_search(&x.start).is_ok());
        id_after
            && self.neighbour(i, -1, false).is_some_and(|p| {
                match self.word(p) {
                    Some(
                        "ring" | "ringa" | "ringer" | "ringde" | "smsa" | "sms:a" | "messa"
                        | "messar" | "mejla" | "maila" | "kontakta" | "kontaktar",
                    ) => true,
                    // "sms:a" read as three tokens.
                    Some("a") => {
                        p >= 2
                            && t[p - 1].kind == TokKind::Punct(':')
                            && self
                                .word(p - 2)
                                .is_some_and(|w| w.eq_ignore_ascii_case("sms"))
                    }
                    _ => false,
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

/// Whether a letter is a vowel with a mark ("á", "ũ", "ư", "ě"): its canonical
/// decomposition opens with a vowel. Sámi, Vietnamese and Czech names in lower case have
/// their vowels so, and are no abbreviations for want of a plain vowel.
#[inline(never)]
fn accented_vowel(c: char) -> bool {
    let mut first = None;
    unicode_normalization::char::decompose_canonical(c, |b| {
        first.get_or_insert(b);
    });
    first.is_some_and(|b| b != c && matches!(b, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
}

/// Verbs of what a member does at a meeting, after initials opening a clause of minutes:
/// "GB förde protokoll", "HK redogjorde för …".
const MINUTES_VERBS: &[&str] = &[
    "redogjorde",
    "redogör",
    "förde",
    "för",
    "återkopplade",
    "återkopplar",
    "föredrog",
    "föredrar",
    "presenterade",
    "informerade",
    "informerar",
    "påpekade",
    "kvitterade",
    "ringde",
    "sammankallar",
    "sammankallade",
    "rapporterade",
    "rapporterar",
];
