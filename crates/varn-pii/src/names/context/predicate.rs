//! What the predicate after a word says of it: a person's predicate, an age after it,
//! a genitive before a role word, a name beside it.

use super::*;

impl<'a> Ctx<'a> {
    /// Support for a listed name that is also a word, at a sentence start: a name after
    /// it, a hyphenated capitalised part, "och" and a name, or a predicate that only a
    /// person takes (`person_predicate`).
    pub(in crate::names) fn support(&self, i: usize) -> bool {
        if let Some(n) = self.neighbour(i, 1, true) {
            if self.cap_name(n) || self.cap_surname_word(n) {
                return true;
            }
            if self.word(n) == Some("och") {
                if let Some(m) = self.neighbour(n, 1, false) {
                    // "och" and a name, or a person: "Björn och jag", "Saga och hennes
                    // mamma".
                    if self.cap_name(m)
                        || matches!(
                            self.word(m),
                            Some("jag" | "hans" | "hennes" | "hens" | "min" | "hon" | "han")
                        ) && !ABSTRACT_NAMES
                            .contains(&self.lower_cow(i).unwrap_or_default().as_ref())
                    {
                        return true;
                    }
                }
            }
        }
        // A relative clause set off by a comma: "Björn, som går i 9A, …".
        let relative = self
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokKind::Punct(','))
            && self.neighbour(i + 1, 1, false).is_some_and(|s| {
                self.word(s) == Some("som")
                    && self
                        .neighbour(s, 1, false)
                        .and_then(|v| self.lower_cow(v))
                        .is_some_and(|v| self.finite(&v))
            });
        relative && !ABSTRACT_NAMES.contains(&self.lower_cow(i).unwrap_or_default().as_ref())
            || self.person_predicate(i, true, true)
    }

    /// What follows a word opening a sentence says that it is a person (Swedish puts a
    /// noun there in the definite form or with an article, "Björnen såg", "En sol"):
    /// - a verb of saying or of perception right after ("Björn sa", "Saga såg"), also
    ///   after a class or a place ("Lina från skolan berättade");
    /// - "har"/"hade" and such a verb ("Per har ringt");
    /// - a class and a finite verb ("Björn i 9A har slutat");
    /// - "är"/"var" and a word for a person ("Sol och Ask är tvillingar", "Vide är min
    ///   kompis").
    ///
    /// - for an ordinary word (`saying`), a verb of saying and "att" ("Kid säger att").
    ///
    /// The subject may be two capitalised words joined by "och". `listed`: the word is a
    /// listed name; an ordinary word needs a class or a word for a person. Not a pronoun
    /// or a quantifier that is also a name ("Alla sa", "Inga såg", "Hans har sett").
    pub(in crate::names) fn person_predicate(&self, i: usize, listed: bool, saying: bool) -> bool {
        let Some(w) = self.predicate_subject(i, listed) else {
            return false;
        };
        let Some(Predicate {
            n,
            coordinated,
            class,
            phrase,
        }) = self.predicate_verb(i, listed)
        else {
            return false;
        };
        let Some(v) = self.lower_cow(n) else {
            return false;
        };
        if self.word(n).is_some_and(|v| shape(v) != Shape::Lower) {
            return false;
        }
        if self.lists.is(&v, flag::REPORTING | flag::PERSON_VERB) {
            // A bare word in the singular as the subject of a verb of saying and "att":
            // "Kid säger att …" (not "Unga säger att", "Äldre sa att": adjectives).
            return listed
                || class
                || saying
                    && !coordinated
                    && matches!(
                        v.as_ref(),
                        "sa" | "sade" | "säger" | "berättade" | "berättar" | "frågade" | "svarade"
                    )
                    && !w.ends_with('a')
                    && !w.ends_with('e')
                    && !self.lists.is(&w, flag::HEDGE | flag::GREETING)
                    && !INTERJECTIONS.contains(&w.as_ref())
                    && self
                        .neighbour(n, 1, false)
                        .is_some_and(|a| self.word(a) == Some("att"));
        }
        if !self.finite(&v) && !PERSON_ACTS.contains(&v.as_ref()) {
            return false;
        }
        // A class and any finite verb for a listed name or a hand-kept name that is a
        // word ("Vilja i klass 5 har …"); for an ordinary word a verb whose subject is
        // alive ("Ros i 7A grät", not "Matte i 9A har prov").
        if class {
            return listed
                || ANIMATE_VERBS.contains(&v.as_ref())
                || self.lists.is(&w, flag::AMBIGUOUS)
                || self.mood_after(n, &v);
        }
        // A listed name that is also a concrete noun, a verb or a preposition, right
        // before a finite verb: such a word would take an article or the definite form
        // there, or could not be a subject at all ("Björn kom inte", "Per kommer"). Not
        // an abstract noun or an adjective ("Fred råder", "Rosa är fint").
        if listed
            && !coordinated
            && !phrase
            && self.lists.is(&w, flag::FIRST)
            && !ABSTRACT_NAMES.contains(&w.as_ref())
            && !matches!(w.as_ref(), "rosa" | "frank" | "klara")
            && !matches!(v.as_ref(), "och" | "e" | "va")
        {
            return true;
        }
        // A listed surname that is also a word, right before a verb only the living do
        // or a verb of going and calling ("Berg åkte med", "Falk ringde"): a bare noun
        // there would take the definite form ("Berget").
        if listed
            && !coordinated
            && !phrase
            && self.lists.is(&w, flag::LAST)
            && (ANIMATE_VERBS.contains(&v.as_ref()) || PERSON_ACTS.contains(&v.as_ref()))
        {
            return true;
        }
        self.predicate_complement(n, &v, &w, listed, coordinated)
    }

    /// The subject of `person_predicate` at word `i` in lower case, if it can be one: a
    /// word followed by "och", a preposition of a class or a place, or a verb; no pronoun
    /// or quantifier, and for an ordinary word (not `listed`) a bare singular.
    fn predicate_subject(&self, i: usize, listed: bool) -> Option<std::borrow::Cow<'a, str>> {
        // Cheapest first: the next word must be "och", a preposition of a class or a
        // place, or a verb in lower case; most words are turned away here.
        let next = self.neighbour(i, 1, true).and_then(|n| self.word(n))?;
        if !matches!(next, "och" | "i" | "från" | "på")
            && !(shape(next) == Shape::Lower
                && (self
                    .lists
                    .is(next, flag::REPORTING | flag::PERSON_VERB | flag::FINITE)
                    || self.finite(next)
                    || PERSON_ACTS.contains(&next)))
        {
            return None;
        }
        let w = self.lower_cow(i)?;
        // "Vilja i klass 5 har …": before a class even an abstract noun is a person.
        let abstract_ok = matches!(w.as_ref(), "vilja" | "maj")
            && next == "i"
            && self
                .group_after(self.neighbour(i, 1, true)?)
                .is_some_and(|g| (i + 2..=g).any(|k| self.tokens[k].kind == TokKind::Number));
        if !abstract_ok
            && matches!(
                w.as_ref(),
                "alla" | "inga" | "hans" | "mina" | "del" | "my" | "vilja" | "man" | "maj"
            )
            || QUANTIFIERS.contains(&w.as_ref())
            || self.lists.is(&w, flag::OPENER)
        {
            return None;
        }
        // An ordinary word: a bare singular ("Sol", "Ask"), no role word, no plural or
        // definite form ("Eleverna", "Skolan", "Flickor").
        if !listed
            && (self.lists.is(&w, flag::ROLE)
                || PERSON_NOUNS.contains(&w.as_ref())
                || ["en", "an", "et", "na", "ar", "er", "or"]
                    .iter()
                    .any(|e| w.ends_with(e)))
        {
            return None;
        }
        Some(w)
    }

    /// Where the verb after the subject at word `i` stands: after a second capitalised
    /// subject joined by "och" and after a class or a place ("i 9A", "från skolan").
    fn predicate_verb(&self, i: usize, listed: bool) -> Option<Predicate> {
        let mut n = self.neighbour(i, 1, true)?;
        // "Sol och Ask …": a second capitalised subject.
        let coordinated = self.word(n) == Some("och");
        if coordinated {
            let m = self
                .neighbour(n, 1, false)
                .filter(|&m| self.word(m).is_some_and(|v| shape(v) == Shape::Cap))?;
            n = self.neighbour(m, 1, false)?;
        }
        // A class or a place: "i 9A", "från skolan".
        let mut class = false;
        let phrase = matches!(self.word(n), Some("i" | "från" | "på"));
        if phrase {
            let g = self.group_after(n)?;
            class = (n + 2..=g).any(|k| self.tokens[k].kind == TokKind::Number);
            if !class && !listed {
                return None;
            }
            n = self.neighbour(g, 1, false)?;
        }
        Some(Predicate {
            n,
            coordinated,
            class,
            phrase,
        })
    }

    /// What follows the finite verb `v` at `n` after the subject `w`: "har"/"hade" and a
    /// verb about a person, or "är"/"var" and a word for a person.
    /// Whether "har", "hade", "är" or "var" at `n` (`v`), perhaps with "varit" or
    /// "blivit", says how someone feels or behaves: "har varit ledsen", "har blivit
    /// tystare", "är orolig" (after a class: "Ek i 3B har varit ledsen"; not "Matte i 9A
    /// har varit svårt").
    fn mood_after(&self, n: usize, v: &str) -> bool {
        if !matches!(v, "har" | "hade" | "är" | "var") {
            return false;
        }
        let mut m = self.neighbour(n, 1, false);
        if m.and_then(|m| self.word(m))
            .is_some_and(|b| matches!(b, "varit" | "blivit"))
        {
            m = m.and_then(|m| self.neighbour(m, 1, false));
        }
        m.and_then(|m| self.word(m))
            .is_some_and(|a| MOODS.contains(&a))
    }

    fn predicate_complement(
        &self,
        n: usize,
        v: &str,
        w: &str,
        listed: bool,
        coordinated: bool,
    ) -> bool {
        let mut m = self.neighbour(n, 1, false);
        if m.and_then(|m| self.lower_cow(m))
            .is_some_and(|a| self.lists.is(&a, flag::ADVERB) || a == "tidigare")
        {
            m = m.and_then(|m| self.neighbour(m, 1, false));
        }
        let Some(m) = m else {
            return false;
        };
        let Some(next) = self.lower_cow(m) else {
            return false;
        };
        match v {
            // "har"/"hade" and a verb about a person; after a listed name that is no
            // abstract or mass noun, any supine ("Saga har varit borta": a bare noun
            // takes an article there, "Sagan har …").
            "har" | "hade" => {
                listed
                    && (self.lists.is(&next, flag::PERSON_VERB)
                        || SAYING_SUPINES.contains(&next.as_ref())
                        // A passive supine of a verb of the courts or the police: "Borg
                        // har tidigare dömts", "har gripits", "har åtalats".
                        || LEGAL_SUPINES.contains(&next.as_ref())
                        || !ABSTRACT_NAMES.contains(&w)
                            && next.chars().count() >= 4
                            && next.ends_with('t')
                            && !matches!(
                                next.as_ref(),
                                "mycket" | "något" | "inget" | "allt" | "litet" | "annat" | "eget"
                            )
                            && self.is_word(&next))
            }
            // A word for a person after "är": with a possessive or an article ("är min
            // kompis", "är en elev"); bare only after two subjects or a listed name ("Sol
            // och Ask är tvillingar"; not "Fokus är elever").
            // "X och Y var de som larmade", "X var den som såg": a cleft points at
            // persons.
            "är" | "var"
                if matches!(next.as_ref(), "de" | "den")
                    && (next == "de") == coordinated
                    && self.neighbour(m, 1, false).and_then(|s| self.word(s)) == Some("som") =>
            {
                true
            }
            "är" | "var" | "blev" => {
                let det = matches!(
                    next.as_ref(),
                    "min" | "din" | "sin" | "hans" | "hennes" | "deras" | "vår" | "er" | "en"
                );
                let m = if det {
                    self.neighbour(m, 1, false)
                } else {
                    Some(m)
                };
                (det || coordinated || listed)
                    && m.and_then(|m| self.lower_cow(m))
                        .is_some_and(|p| self.role(&p) || PERSON_PLURALS.contains(&p.as_ref()))
            }
            _ => false,
        }
    }

    /// An age in apposition: "Ask, 14 år, …", "Vide (15) …". A bare number only after a
    /// listed name (`listed`): "Sten, 15, har …".
    pub(in crate::names) fn age_after(&self, i: usize, listed: bool) -> bool {
        const AGE_WORDS: &[&str] = &[
            "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv",
            "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton",
        ];
        let kind = |k: usize| self.tokens.get(k).map(|t| t.kind);
        let (open, n) = match (kind(i + 1), kind(i + 2), kind(i + 3)) {
            (Some(TokKind::Punct(',')), Some(TokKind::Space { newline: false }), _) => (',', i + 3),
            (Some(TokKind::Space { newline: false }), Some(TokKind::Punct('(')), _) => ('(', i + 3),
            (Some(TokKind::Punct('(')), _, _) => ('(', i + 2),
            // A relative clause giving the age: "X som är 78 år har …".
            (Some(TokKind::Space { newline: false }), _, _)
                if self.word(i + 2) == Some("som")
                    && matches!(self.word(i + 4), Some("är" | "var" | "fyller" | "fyllde"))
                    && kind(i + 5) == Some(TokKind::Space { newline: false }) =>
            {
                ('s', i + 6)
            }
            // The age as the predicate: "X är 15 år", "X fyllde tio år i maj".
            (
                Some(TokKind::Space { newline: false }),
                _,
                Some(TokKind::Space { newline: false }),
            ) if matches!(
                self.word(i + 2),
                Some("är" | "var" | "fyller" | "fyllde" | "blir" | "blev")
            ) =>
            {
                ('s', i + 4)
            }
            _ => return false,
        };
        let Some(t) = self.tokens.get(n) else {
            return false;
        };
        // In digits, or in words from one to nineteen ("tio år").
        let age = if t.kind == TokKind::Number {
            let digits = &self.text[t.start..t.end];
            (1..=2).contains(&digits.len()) && !digits.starts_with('0')
        } else {
            open == 's' && self.word(n).is_some_and(|w| AGE_WORDS.contains(&w))
        };
        if !age {
            return false;
        }
        let mut k = n + 1;
        let years = kind(k) == Some(TokKind::Space { newline: false })
            && matches!(self.word(k + 1), Some("år" | "åring" | "årig" | "åringen"));
        if years {
            k += 2;
        }
        let close = match kind(k) {
            _ if open == 's' => years,
            Some(TokKind::Punct(')')) => open == '(',
            Some(TokKind::Punct(',')) => open == ',',
            None | Some(TokKind::Punct('.')) => open == ',' && years,
            _ => false,
        };
        close
            && (listed
                || years && {
                    let l = self.lower_cow(i).unwrap_or_default();
                    !self.role(&l)
                        && !PERSON_NOUNS.contains(&l.as_ref())
                        && !PERSON_PLURALS.contains(&l.as_ref())
                        // A thing in the definite form has an age too ("Huset är 15 år"),
                        // and a pronoun of number is none ("Båda är 15 år").
                        && (open != 's'
                            || !self.definite_noun(&l)
                                && !matches!(
                                    l.as_ref(),
                                    "båda" | "bägge" | "alla" | "många" | "flera" | "några"
                                        | "dessa" | "de" | "dom" | "vi" | "ni"
                                ))
                })
    }

    /// A bare age between a word opening a sentence and its finite verb, as a chat
    /// writes it: "x 16 var där igen", "x 15 har slutat". The word is the subject and the
    /// number its age: two digits from 10 to 99 (a count or a line's number has no
    /// subject before it in this shape).
    pub(in crate::names) fn bare_age_before_verb(&self, i: usize) -> bool {
        let t = self.tokens;
        let space = |k: usize| {
            t.get(k)
                .is_some_and(|x| x.kind == (TokKind::Space { newline: false }))
        };
        space(i + 1)
            && t.get(i + 2).is_some_and(|n| {
                n.kind == TokKind::Number
                    && n.end - n.start == 2
                    && !self.text[n.start..].starts_with('0')
            })
            && space(i + 3)
            && self
                .word(i + 4)
                .is_some_and(|v| shape(v) == Shape::Lower && self.finite(v))
            && self.sentence_start(i)
    }

    /// Whether the word at `i` follows "med" right after a word found as a name: a
    /// person's company is a person ("såg x med y vid kiosken").
    pub(in crate::names) fn with_a_named_person(&self, i: usize) -> bool {
        self.neighbour(i, -1, false)
            .filter(|&m| matches!(self.word(m), Some("med" | "me")))
            .and_then(|m| self.neighbour(m, -1, false))
            .and_then(|p| self.lower_cow(p))
            .is_some_and(|p| self.found_before(&p))
    }

    /// Whether "själv" follows the word at `i`: the emphatic pronoun of one person ("x
    /// själv säger att …", "inte x själv"). A thing or a body takes "självt" or stands
    /// as an ordinary word, which the rules that ask this turn away first.
    pub(in crate::names) fn emphatic_self(&self, i: usize) -> bool {
        self.neighbour(i, 1, false)
            .is_some_and(|n| self.word(n) == Some("själv"))
    }

    /// Whether the word at `i` opens a sentence that is only it and "igen" ("x igen.",
    /// "x igen!"): a chat's complaint about someone who did it again, the verb left out.
    pub(in crate::names) fn subject_again(&self, i: usize) -> bool {
        let t = self.tokens;
        t.get(i + 1)
            .is_some_and(|s| s.kind == (TokKind::Space { newline: false }))
            && self.word(i + 2) == Some("igen")
            && t.get(i + 3).is_none_or(|e| {
                matches!(
                    e.kind,
                    TokKind::Punct('.' | '!' | '?') | TokKind::Space { newline: true }
                )
            })
            && self.sentence_start(i)
    }

    /// The genitive of a listed first name before a word for a person: "Björns mamma",
    /// "Stigs storebror".
    pub(in crate::names) fn genitive_before_role(&self, i: usize, l: &str) -> bool {
        l != "hans"
            && l.strip_suffix('s')
                .is_some_and(|s| s.chars().count() >= 2 && self.lists.is(s, flag::FIRST))
            && self
                .neighbour(i, 1, false)
                .and_then(|n| self.word(n))
                .is_some_and(|n| shape(n) == Shape::Lower && self.role(n))
    }
}

/// Where the verb after the subject of `Ctx::person_predicate` stands, and what came
/// between them.
struct Predicate {
    /// The verb's token.
    n: usize,
    /// A second subject joined by "och".
    coordinated: bool,
    /// A class ("i 9A") between, or any such phrase ("från skolan").
    class: bool,
    phrase: bool,
}

/// Adjectives of how a person feels or behaves, after a class and "har varit", "har
/// blivit", "är": only a person is so ("Ek i 3B har varit ledsen").
const MOODS: &[&str] = &[
    "ledsen",
    "glad",
    "arg",
    "argare",
    "orolig",
    "oroligare",
    "rädd",
    "tyst",
    "tystare",
    "tystlåten",
    "nedstämd",
    "ensam",
    "frånvarande",
    "stökig",
    "stökigare",
    "utåtagerande",
    "hotfull",
    "mobbad",
    "kränkt",
    "sjukskriven",
    "ledsnare",
    "inåtvänd",
];
