//! The decisions for a capitalised word, inside a sentence or opening one.

use crate::lists::flag;
use crate::token::TokKind;

use super::super::context::{stem, Ctx, ORG_WORDS_EN};
use super::super::{shape, Cue, Shape, Why};

/// English loanwords of office text that the Swedish word list lacks, capitalised where
/// they open a sentence or a field ("Mail från skolan:", "Hotline?", "Deadline:").
pub(in crate::names) const LOANWORDS: &[&str] = &[
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
    "reminder",
    "timeline",
    // Swish's verb, opening a request: "Swisha 50 kr till …".
    "swisha",
];

/// Nouns of foods and household products that follow a brand ("Tallbo ketchup").
const PRODUCT_NOUNS: &[&str] = &[
    "ketchup",
    "senap",
    "chips",
    "kaviar",
    "glass",
    "läsk",
    "choklad",
    "godis",
    "kaffe",
    "juice",
    "flingor",
    "yoghurt",
    "cider",
    "tvål",
    "schampo",
    "tandkräm",
];

/// A company's legal form after its name ("Lärandegruppen Väst AB"): the capitalised
/// word before it is part of the name of a company.
pub(super) const LEGAL_FORMS: &[&str] = &["AB", "HB", "KB", "Ltd", "Inc", "GmbH", "Oy", "ASA"];

/// Imperatives that follow a person addressed at the start of a message ("nadia ring
/// mig").
pub(super) const IMPERATIVES: &[&str] = &[
    "ring", "svara", "skriv", "messa", "sms:a", "mejla", "maila", "kom", "hör",
];

/// What only a person has, after a first name in the genitive ("malvas namn").
/// A regnal number in Roman numerals: "II", "XII", "V" (not "I" alone, a pronoun in
/// capitals, nor "VI", "MC", words in capitals).
pub(super) fn regnal_number(w: &str) -> bool {
    (1..=5).contains(&w.len())
        && w != "I"
        && w != "VI"
        && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// Relatives a person's genitive owns ("Xs pappa").
const KIN: &[&str] = &[
    "pappa",
    "mamma",
    "bror",
    "syster",
    "storebror",
    "lillebror",
    "storasyster",
    "lillasyster",
    "kusin",
    "morbror",
    "farbror",
    "moster",
    "faster",
    "mormor",
    "morfar",
    "farmor",
    "farfar",
    "föräldrar",
    "vårdnadshavare",
    "pojkvän",
    "flickvän",
];

/// A relative (`KIN`) or a thing a person has (`personal_thing`).
pub(super) fn kin_or_personal(n: &str) -> bool {
    KIN.contains(&n) || personal_thing(n)
}

pub(super) fn personal_thing(n: &str) -> bool {
    matches!(
        n,
        "namn" | "nummer" | "mobil" | "mobilnummer" | "telefon" | "adress" | "konto"
    )
}

/// English pronouns and determiners that open an English sentence in a Swedish report.
pub(super) const ENGLISH_OPENERS: &[&str] = &[
    "the", "we", "you", "your", "our", "they", "their", "this", "that", "these", "those", "what",
    "who", "he", "she", "it", "its", "his", "my", "i'm", "there",
];

impl Ctx<'_> {
    /// A capitalised word (`l` its lower-case form), inside a sentence or opening one.
    pub(in crate::names) fn decide_cap(&self, i: usize, l: &str, cue: Cue) -> Option<Why> {
        // A name given first and the one who bears it after "heter": "X heter killen som
        // …", "X heter mentorn" (the word order of speech), even a word.
        if self.named_before_heter(i)
            && !self.not_name(l)
            && !self.definite_noun(l)
            && !self.known_place(i, l, false)
        {
            return Some(Why::Context);
        }
        // A listed name, even a word, opening a sentence before "från", a body and a verb
        // of a person's doings: "Lind från skolan deltog …" (see `sent_by_a_body`).
        if self.sent_by_a_body(i)
            && self.lists.is(l, flag::FIRST | flag::LAST)
            && !self.not_name(l)
            && !self.known_place(i, l, true)
        {
            return Some(Why::Listed);
        }
        if let Some(decision) = self.cap_first(i, l) {
            return decision;
        }
        let (f, s) = self.listed_cap(l);
        let listed = f || s;
        // A name with its vowels left out, first name and surname: "Tmms Brgqvst".
        if !listed && vowelless(l) && self.vowelless_beside(i) {
            return Some(Why::Context);
        }
        // A word of the gazetteer that is also a first name, before a surname or after a
        // role word ("vår tränare Salem"): the person.
        if self.surname_after_gazetteer_word(i, l)
            // Opening a clause in a school class before a finite verb: "Salem i 7B har …",
            // "Paris i sjuan ritade …" (a town is in no class).
            || self.in_class_acts(i)
                && (self.gazetteer_first_name(l) || self.lists.is(l, flag::FIRST))
                && self.clause_start(i)
            || cue >= Cue::Strong
                && self.gazetteer_first_name(l)
                && !self.sentence_start(i)
                && self
                    .neighbour(i, -1, false)
                    .and_then(|p| self.lower_cow(p))
                    .is_some_and(|p| self.role(&p) && !matches!(p.as_ref(), "heter" | "hette"))
        {
            return Some(if listed { Why::Listed } else { Why::Context });
        }
        // A name given by a naming verb ("kallar sig X", "som alla kallar X") is a name
        // even where it reads as a compound of words or of a place; a place itself stays.
        // Not a title's abbreviation before its point ("som ”Dr. …”").
        if cue == Cue::Named
            && !self
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.kind == TokKind::Punct('.') && t.start == self.tokens[i].end)
            && !self.known_place(i, l, listed)
            && !self.own_place(i, l)
            && !self.not_name(l)
        {
            return Some(if listed { Why::Listed } else { Why::Context });
        }
        if self.cap_no_name(i, l, listed) {
            return None;
        }
        // A word that signs off after a slash, or owns a relative, is a person even when
        // it is also a word and opens a sentence: "//Ljuva", "Ljuvas storebror har …".
        if self.kin_genitive(i, l)
            || self.signature(i)
                && !self.lists.is(l, flag::ROLE | flag::OPENER | flag::NOT_NAME)
                // A team or a body signs in the definite form: "/Redaktionen", "/Kansliet"
                // (eight letters or more: short names end so too).
                && (listed || l.chars().nth(7).is_none() || !self.definite_noun(l))
            // A listed first name alone on the line after a closing: "Hälsningar⏎Bo".
            || f && self.signed_after_closing(i) && !self.lists.is(l, flag::ROLE | flag::OPENER)
        {
            return Some(if listed { Why::Listed } else { Why::Context });
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
            return (!self.thing(l) && !self.thing_on_a_name(l)
                || self.found_before(l)
                || self.in_name_list(i)
                || self.contrasted_with_name(i)
                || self.in_school_class(i)
                || self.greeted(i, l)
                || self.person_slot(i, l)
                || self.word_named_in_prose(i, l))
            .then_some(Why::Proper);
        }
        // A listed name that is also a word, opening a sentence before a hyphen and a
        // group of people: "Ek-gänget har …" is named after a person.
        if listed && self.people_group_after(i + 2) {
            return Some(Why::Listed);
        }
        self.cap_opening(i, l, f, s)
    }

    /// Whether the capitalised word at `i` (`l`, an ordinary word of the list), inside a
    /// sentence, stands where Swedish puts a person and the capital marks a proper noun:
    /// the subject of a clause before its finite verb ("att Fläder är ledsen"), the focus of
    /// a cleft ("Det är Ljuva som …"), or a preposition's object put first before the verb
    /// ("Utan Tjärn hade vi …", "Enligt Lärka var …"). A noun in the definite form is an
    /// institution written with a capital ("att Polisen har"), and is left alone.
    fn person_slot(&self, i: usize, l: &str) -> bool {
        if l.chars().count() < 3 || self.not_name(l) || self.definite_noun(l) {
            return false;
        }
        let prev = self.neighbour(i, -1, false);
        let next = self.neighbour(i, 1, false);
        let word = |k: Option<usize>| k.and_then(|k| self.word(k));
        // The cleft: "det är", "det var" just before, "som" just after.
        let cleft = word(next) == Some("som")
            && matches!(word(prev), Some("är" | "var"))
            && prev
                .and_then(|p| self.neighbour(p, -1, false))
                .and_then(|d| self.lower_cow(d))
                .is_some_and(|d| d == "det");
        if cleft {
            return true;
        }
        // ("och" is on the list of finite verbs for "o", "å" in chat.)
        if !self.before_finite(i) || word(next) == Some("och") {
            return false;
        }
        // A preposition that takes a person, opening the sentence.
        let fronted = prev.is_some_and(|p| {
            self.sentence_start(p)
                && self.lower_cow(p).is_some_and(|w| {
                    matches!(
                        w.as_ref(),
                        "utan" | "enligt" | "med" | "hos" | "från" | "för" | "bredvid" | "tack"
                    )
                })
        });
        fronted
            || self.clause_start(i)
                && prev.is_some_and(|p| {
                    !self.sentence_start(p) || {
                        // After a conjunction opening the sentence ("Att Fläder …", "När Ljuva …").
                        self.lower_cow(p)
                            .is_some_and(|w| self.lists.is(&w, flag::CLAUSE))
                    }
                })
    }

    /// Whether the capitalised word at `i` (`l`, a short word of the language), inside a
    /// running sentence, is a person's name by the capital alone: a lower-case word
    /// before it, and after it a verb, a word that goes on with a person ("som", "och",
    /// "i", "själv" …) or the clause's end: "gången Fläder hotar", "orolig för Ljuva som
    /// …", "meddelande till Tjärn i chatten", "har Lärka klottrat". In Swedish only a
    /// proper noun is capitalised there. Left alone: a noun in the definite form or its
    /// genitive (an institution written with a capital, "Kyrkans"), a weak adjective
    /// before its noun ("Sociala insatsgrupper": no verb follows), a car, a field or a room
    /// named after its label ("kolumnen Mobil"), a subject studied, a unit after its area
    /// ("förskoleområde Öst"), and the second of two capitalised words of the language
    /// ("Mod och Framtid", "Ekonomi och Juridik": a body's name).
    fn word_named_in_prose(&self, i: usize, l: &str) -> bool {
        let n = l.chars().count();
        if !(3..=7).contains(&n)
            || l.ends_with("na")
            || l.ends_with("ens")
            || l.ends_with("ets")
            || l.ends_with("ans")
            || self.definite_noun(l)
            || self.not_name(l)
            || self.lists.is(l, flag::CAR)
            // A quarter of the compass names a unit ("hemtjänsten Norr"); a post box.
            || matches!(l, "norr" | "söder" | "öst" | "väst" | "syd" | "nord" | "box")
        {
            return false;
        }
        // A weak adjective ("sociala", "unga") goes before its noun, which may end as a
        // verb does ("insatsgrupper"): only a listed verb or a word of the list below
        // makes a name of it.
        let weak = l.strip_suffix('a').is_some_and(|s| self.is_word(s));
        let Some(p) = self.neighbour(i, -1, false) else {
            return false;
        };
        let Some(pw) = self.word(p).filter(|w| shape(w) == Shape::Lower) else {
            return false;
        };
        if matches!(
            pw,
            "kolumnen" | "kolumn" | "fältet" | "fält" | "rubriken" | "raden" | "cellen"
                | "sal" | "salen" | "rum" | "rummet" | "appen" | "enheten" | "mappen"
                | "svart" | "vit" | "röd" | "blå" | "grå" | "silver" | "grön" | "mörkblå"
                // A subject studied ("läser Teknik"); a contrast, which a rule of its own
                // reads ("inte" before the word).
                | "läser" | "läste" | "pluggar" | "pluggade" | "studerar" | "inte"
        ) || self.place_compound(pw)
        {
            return false;
        }
        // "Mod och Framtid": the other of the two is a capitalised word of the language
        // (or a place) that is no listed name.
        let thing_beyond = |c: usize, dir: isize| {
            self.neighbour(c, dir, false).is_some_and(|q| {
                self.word(q).is_some_and(|w| shape(w) == Shape::Cap)
                    && self.lower_cow(q).is_some_and(|w| {
                        !self.lists.is(&w, flag::FIRST | flag::LAST)
                            && (self.thing(&w) || self.place_compound(&w))
                    })
            })
        };
        if matches!(pw, "och" | "eller") && thing_beyond(p, -1) {
            return false;
        }
        let t = self.tokens;
        let next = self.neighbour(i, 1, false);
        if next.is_some_and(|k| matches!(self.word(k), Some("och" | "eller")) && thing_beyond(k, 1))
        {
            return false;
        }
        match next {
            Some(k) => self.word(k).is_some_and(|v| {
                shape(v) == Shape::Lower
                    && (matches!(
                        v,
                        "som"
                            | "och"
                            | "eller"
                            | "i"
                            | "på"
                            | "hos"
                            | "med"
                            | "om"
                            | "själv"
                            | "också"
                            | "inte"
                            | "aldrig"
                            | "alltid"
                            | "redan"
                            | "nu"
                            | "igen"
                            | "sa"
                            | "sade"
                    ) || self.lists.is(v, flag::FINITE | flag::REPORTING) && v != "och"
                        || !weak
                            && (self.finite(v) || matches!(pw, "har" | "hade") && self.is_word(v)))
            }),
            None => t.get(i + 1).is_none_or(|x| {
                matches!(
                    x.kind,
                    TokKind::Punct(',' | '.' | '!' | '?' | ';' | ')' | '"' | '”' | '…')
                        | TokKind::Space { newline: true }
                )
            }),
        }
    }

    /// Whether the word at `i` is an item's heading in minutes: after "§", a number and
    /// a space, before a colon ("§ 5 Budget:").
    fn minutes_heading(&self, i: usize) -> bool {
        let t = self.tokens;
        let space = |k: usize| t[k].kind == (TokKind::Space { newline: false });
        i >= 4
            && space(i - 1)
            && t[i - 2].kind == TokKind::Number
            && space(i - 3)
            && t[i - 4].kind == TokKind::Punct('§')
            && t.get(i + 1)
                .is_some_and(|c| c.kind == TokKind::Punct(':') && c.start == t[i].end)
    }

    /// Whether the word at `i` (`l` in lower case, two to six letters) stands alone in
    /// brackets right after as many words whose first letters spell it, in order: the
    /// abbreviation of what was just named ("regionala samordningsgruppen (Rs)").
    fn acronym_of_words_before(&self, i: usize, l: &str) -> bool {
        let t = self.tokens;
        let n = l.chars().count();
        if !(2..=6).contains(&n)
            || i < 2
            || t[i - 1].kind != TokKind::Punct('(')
            || t.get(i + 1).is_none_or(|x| x.kind != TokKind::Punct(')'))
            || t[i - 2].kind != (TokKind::Space { newline: false })
        {
            return false;
        }
        // The words before the bracket, last first.
        let mut k = i - 2;
        for c in l.chars().rev() {
            let Some(w) = k.checked_sub(1).and_then(|p| self.word(p)) else {
                return false;
            };
            if w.chars().next().and_then(|f| f.to_lowercase().next()) != Some(c) {
                return false;
            }
            k -= 1;
            if k > 0 && t[k - 1].kind == (TokKind::Space { newline: false }) {
                k -= 1;
            }
        }
        true
    }

    /// Whether the capitalised word at `i` (`l`), in the genitive, owns a relative:
    /// "Fläders pappa", "Ljuvas storebror". Only a person has a father or a cousin, so a
    /// word of the language is a name there (a place is judged before), unless it is a
    /// relative itself ("Mammas pappa").
    fn kin_genitive(&self, i: usize, l: &str) -> bool {
        l.len() >= 4
            && l.ends_with('s')
            // A relative's relative ("Mammas pappa"), a possessive pronoun ("Hans
            // pappa", "Hennes mamma"), a noun in the definite form ("Pojkens pappa").
            && !KIN.contains(&&l[..l.len() - 1])
            && !matches!(l, "hans" | "hennes" | "deras" | "dess" | "ens" | "vems")
            && !self.definite_noun(&l[..l.len() - 1])
            && self
                .neighbour(i, 1, false)
                .and_then(|n| self.word(n))
                .is_some_and(|n| KIN.contains(&n))
            && !self.lists.is(l, flag::ROLE | flag::OPENER | flag::NOT_NAME)
    }

    /// Whether the word at `i` follows a postal code and a space: three digits, a space
    /// and two, or five digits, the first not 0, after a space, a comma or the start of
    /// a line, not glued to more digits (a phone number's groups are two digits).
    pub(in crate::names) fn after_postal_code(&self, i: usize) -> bool {
        let t = self.tokens;
        let space = |k: usize| t[k].kind == (TokKind::Space { newline: false });
        let digits = |k: usize, n: usize| {
            t[k].kind == TokKind::Number
                && t[k].end - t[k].start == n
                && self.text.as_bytes()[t[k].start] != b'0'
        };
        let open = |k: usize| {
            k == 0
                || matches!(t[k - 1].kind, TokKind::Space { .. } | TokKind::Punct(','))
                    && (k < 2 || t[k - 2].kind != TokKind::Number)
        };
        if i < 3 || !space(i - 1) || t[i - 2].kind != TokKind::Number {
            return false;
        }
        if digits(i - 2, 5) {
            return open(i - 2);
        }
        i >= 5 && digits(i - 2, 2) && space(i - 3) && digits(i - 4, 3) && open(i - 4)
    }

    /// A name glued to an ordinary word in the definite form ("Nobelfesten",
    /// "Strindbergspjäserna"): a thing, not a person. The tail is a word of the list of
    /// six letters or more, no surname's part; asked only of a word that would otherwise
    /// be a name, its ending first.
    pub(in crate::names) fn thing_on_a_name(&self, l: &str) -> bool {
        if l.len() < 10 || !(l.ends_with("en") || l.ends_with("et") || l.ends_with("na")) {
            return false;
        }
        l.char_indices().skip(3).any(|(k, _)| {
            let tail = &l[k..];
            tail.len() >= 6
                && tail.chars().count() >= 6
                && !crate::lexicon::surname_part(tail)
                && self.contains(tail)
        })
    }

    /// Whether a capitalised word of four letters or more without a vowel stands right
    /// before or after the word at `i`.
    fn vowelless_beside(&self, i: usize) -> bool {
        [self.neighbour(i, -1, false), self.neighbour(i, 1, false)]
            .into_iter()
            .flatten()
            .filter_map(|k| self.word(k))
            .any(|w| shape(w) == Shape::Cap && vowelless(&w.to_lowercase()))
    }

    /// Whether the capitalised word at `i`, inside a sentence, is greeted: "hej Tuvan,
    /// kan du …" after a greeting in lower case opening the sentence. A capitalised word
    /// amid lower case there is the person spoken to, even when it is also a word.
    /// A capitalised greeting opening the sentence counts too where the word ends the
    /// greeting before a comma or "!" ("Hej Fläder, kan du …", "Hallå Fläder!"), unless
    /// it is a group: a plural or a definite form ("Hej Alla!", "Hej Kollegor,", "Hej
    /// Gruppen!").
    pub(super) fn greeted(&self, i: usize, l: &str) -> bool {
        let group = || {
            ["or", "ar", "er", "na", "en", "et"]
                .iter()
                .any(|e| l.ends_with(e))
                || matches!(
                    l,
                    "alla" | "allihop" | "allihopa" | "allesammans" | "er" | "du"
                )
        };
        self.neighbour(i, -1, false).is_some_and(|g| {
            self.word(g).is_some_and(|w| {
                shape(w) == Shape::Lower && self.lists.is(w, flag::GREETING)
                    || shape(w) == Shape::Cap
                        && self.lists.is(&w.to_lowercase(), flag::GREETING)
                        && self
                            .tokens
                            .get(i + 1)
                            .is_some_and(|t| matches!(t.kind, TokKind::Punct(',' | '!')))
                        && !group()
            }) && self.sentence_start(g)
        }) && !self.lists.is(l, flag::ROLE | flag::OPENER | flag::NOT_NAME)
            && !self.lex.places.single(l)
    }

    /// The first rules for a capitalised word: the municipality's own place, a name put
    /// before "heter", the writer introducing themself, a word that is never a name by
    /// itself, a word talked about. `Some` is the decision.
    pub(super) fn cap_first(&self, i: usize, l: &str) -> Option<Option<Why>> {
        if self.own_place(i, l) || self.cap_reads_as_word(i, l) {
            return Some(None);
        }
        // What the sentence says makes a name of any word: "Lissabon är hennes mellannamn",
        // "sin dotter Ängel" (`stated.rs`).
        if self.said_to_be_a_name(i)
            || self.person_called(i)
            || self.indefinite_apposition(i)
            || self.kin_apposition(i) && !self.lists.is(l, flag::ROLE | flag::OPENER)
            || self.with_own_kin(i) && !self.lists.is(l, flag::ROLE | flag::OPENER)
        {
            return Some(Some(Why::Context));
        }
        // "Hans" opening a sentence right before a finite verb or a preposition: a
        // possessive pronoun needs a noun after it, so this is the name ("Hans kom sent").
        if l == "hans"
            && self.sentence_start(i)
            && self
                .neighbour(i, 1, false)
                .and_then(|n| self.word(n))
                .is_some_and(|v| {
                    self.lists
                        .is(v, flag::FINITE | flag::REPORTING | flag::PERSON_VERB)
                        // Nor a preposition: "Hans på kontoret ringde".
                        || matches!(v, "från" | "på" | "hos" | "vid")
                })
        {
            return Some(Some(Why::Listed));
        }
        // A word in apposition with a role word between commas: "Asp, kuratorn,
        // förklarade".
        if self.role_apposition(i) || self.role_of_someone(i) {
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
                    && !self.definite_noun(l)
                    && (self.sentence_start(i)
                        && (self.person_predicate(i, false, false)
                            || self.person_only_predicate(i))
                        || self.pair_at_unit(i)
                        || self.named_after_pronoun(i)))
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

    /// Whether the word at `i` follows "heter" after a personal pronoun: "Hon heter Sol"
    /// names a person even with a word that is never a name by itself (a place is not
    /// called so by a pronoun: "Området heter …").
    fn named_after_pronoun(&self, i: usize) -> bool {
        self.namer_before(i)
            .is_some_and(|p| matches!(p.as_ref(), "hon" | "han" | "hen" | "jag"))
    }

    /// Whether a capitalised word is no name by its form or what it is: an abbreviation,
    /// an English opener or organisation word, a place, code, a festival.
    pub(super) fn cap_no_name(&self, i: usize, l: &str, listed: bool) -> bool {
        // After "på": a school or a workplace, a hotel, a platform (`place_after_on`),
        // and the capitalised word after its first ("spelas på Lilla Scenen").
        if self.place_after_on(i)
            || self.neighbour(i, -1, false).is_some_and(|p| {
                self.neighbour(p, -1, false).and_then(|q| self.word(q)) == Some("på")
                    && self
                        .word(p)
                        .is_some_and(|w| w.starts_with(char::is_uppercase))
                    && self.place_after_on(p)
            })
        {
            return true;
        }
        // A word for a unit or a meeting place, capitalised as the first word of its
        // name before another capitalised word: "Kontakta Hemtjänst Norr", "Träffpunkt
        // Tallkotten". An ordinary word of the list, so no name by itself.
        if !listed && self.org_name_head(i, l) {
            return true;
        }
        // A unit the reader is told to contact: "Kontakta Tolkförmedlingen". A Swedish
        // noun in the definite form of eight letters or more, as after a slash: a person
        // is contacted by a name, a body by its noun.
        if !listed
            && l.chars().nth(7).is_some()
            && self
                .neighbour(i, -1, false)
                .and_then(|p| self.lower_cow(p))
                .is_some_and(|p| p == "kontakta")
            && self.definite_noun(l)
        {
            return true;
        }
        // The town after a postal code: "123 45 Ödeby", "12345 Ödeby". A name follows no
        // postal code, and a gazetteer cannot hold every locality.
        if self.after_postal_code(i) {
            return true;
        }
        // A heading of an item in minutes, no name a list knows: "§ 5 Budget:".
        if !listed && self.minutes_heading(i) {
            return true;
        }
        // An abbreviation in brackets after the words it shortens: "regionala
        // samordningsgruppen (Rs)".
        if self.acronym_of_words_before(i, l) {
            return true;
        }
        // A municipality named with its kind after it: "Ödeby kommun", "Ödeby stad".
        if self
            .neighbour(i, 1, false)
            .and_then(|n| self.word(n))
            .is_some_and(|n| matches!(n, "kommun" | "stad" | "län" | "socken" | "härad"))
        {
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
                // A number's name: "Swishnummer", "Medlemsnumret".
                || l.len() >= 9 && (l.ends_with("nummer") || l.ends_with("numret"))
                || l.len() >= 2 && l.is_ascii() && !l.chars().any(|c| "aeiouy".contains(c)))
        {
            return true;
        }
        // A role's compound in the plural definite ("Trygghetsvärdarna", "Fritidsledarna"):
        // a group, never one person's name.
        if !listed && l.ends_with("na") && crate::names::clues::role_compound(l) {
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
        // An organisation word in English is no name ("… Strength Club"); nor is a
        // bank's compound ("Ekdalabanken", "Sydbank").
        if !listed
            && (ORG_WORDS_EN.contains(&l)
                || l.len() > 6 && (l.ends_with("bank") || l.ends_with("banken")))
        {
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
        // A name of the gazetteer (a platform, a product, a place) glued to a Swedish
        // noun in the definite form ("Instagramkontot", "Excelraden"): a compound noun.
        if !listed && l.len() >= 9 && self.gazetteer_compound(l) {
            return true;
        }
        // A first name of the world's list is no compound, however it ends ("-kaj",
        // "-stan").
        if self.known_place(i, l, listed) && !self.found_before(l) && !self.person_named(i)
            || !listed && !self.lists.is(l, flag::WORLD) && self.place_compound(l)
        {
            return true;
        }
        self.code(i)
            || listed && self.festival(i, l)
            || self.plus_glued(i)
            || self.brand_before_product(i)
            || !listed && self.used_thing(i)
            || !listed && self.word_quoted(i)
            || listed && self.among_places(i)
    }

    /// Whether the capitalised word at `i` (`l` in lower case) is an organisation word of
    /// the word list that opens a name: a capitalised word follows it.
    fn org_name_head(&self, i: usize, l: &str) -> bool {
        // The next word's capital first (one token test), the word list last.
        let t = self.tokens;
        t.get(i + 1)
            .is_some_and(|s| s.kind == (TokKind::Space { newline: false }))
            && self
                .word(i + 2)
                .is_some_and(|n| n.starts_with(char::is_uppercase) && shape(n) == Shape::Cap)
            && crate::names::context::org_head(l, false)
            && self.contains(l)
    }

    /// Whether the capitalised word at `i` is a member of a list ("A, B och C") whose
    /// other members, two or more, are all known places: a place named like a person
    /// ("Tierp, Heby och Bodin").
    fn among_places(&self, i: usize) -> bool {
        let t = self.tokens;
        let space = |k: usize| {
            t.get(k)
                .is_some_and(|x| x.kind == (TokKind::Space { newline: false }))
        };
        let comma = |k: usize| t.get(k).is_some_and(|x| x.kind == TokKind::Punct(','));
        // The member before `k` and after it, across ", " or " och "/" eller ".
        let before = |k: usize| -> Option<usize> {
            if k >= 3 && space(k - 1) && comma(k - 2) && self.word(k - 3).is_some() {
                return Some(k - 3);
            }
            let p = self.neighbour(k, -1, false)?;
            matches!(self.word(p), Some("och" | "eller"))
                .then(|| self.neighbour(p, -1, false))
                .flatten()
        };
        let after = |k: usize| -> Option<usize> {
            if comma(k + 1) && space(k + 2) && self.word(k + 3).is_some() {
                return Some(k + 3);
            }
            let n = self.neighbour(k, 1, false)?;
            matches!(self.word(n), Some("och" | "eller"))
                .then(|| self.neighbour(n, 1, false))
                .flatten()
        };
        if before(i).is_none() && after(i).is_none() {
            return false;
        }
        let place = |k: usize| {
            self.word(k).is_some_and(|w| {
                shape(w) == Shape::Cap && {
                    let l = w.to_lowercase();
                    !self.lists.is(&l, flag::FIRST | flag::LAST) && self.lex.places.single(&l)
                }
            })
        };
        // The members on one side, at most eight, all places; `None` at the first that
        // is not.
        let places_on = |step: &dyn Fn(usize) -> Option<usize>| -> Option<usize> {
            let (mut count, mut k) = (0, i);
            for _ in 0..8 {
                match step(k) {
                    Some(m) if place(m) => {
                        count += 1;
                        k = m;
                    }
                    Some(_) => return None,
                    None => break,
                }
            }
            Some(count)
        };
        let Some(earlier) = places_on(&before) else {
            return false;
        };
        places_on(&after).is_some_and(|later| earlier + later >= 2)
    }

    /// Whether the word at `i` opens a quotation right after a noun for a word ("ordet
    /// ”Ragnvalla”"): the word written, not a person (a quoted text may name one: "texten
    /// ”X ska dö”"; so may a listed name, asked before).
    fn word_quoted(&self, i: usize) -> bool {
        let t = self.tokens;
        i >= 3
            && crate::names::is_quote(t[i - 1].kind)
            && t[i - 1].end == t[i].start
            && t[i - 2].kind == (TokKind::Space { newline: false })
            && self.word(i - 3).is_some_and(|p| {
                matches!(p, "ordet" | "orden" | "uttrycket" | "termen" | "begreppet")
            })
    }

    /// Whether the capitalised word at `i` is a thing used: the object of "använder"
    /// ("vi använder Xsys för …"), or a list of capitalised words ("A, B och C") whose
    /// predicate is a passive of "använda" ("… används av skolorna", "… får inte
    /// användas"). A person is used only as something ("använder Gottfrid som tolk"), so not
    /// before "som"; nor after a noun for a name ("pseudonymen Gunvor används").
    fn used_thing(&self, i: usize) -> bool {
        let t = self.tokens;
        let using = |k: Option<usize>| {
            k.and_then(|k| self.word(k))
                .is_some_and(|w| matches!(w, "använder" | "använde" | "använt" | "använda"))
        };
        let passive = |k: Option<usize>| {
            k.and_then(|k| self.word(k))
                .is_some_and(|w| matches!(w, "används" | "användas" | "användes" | "använts"))
        };
        let not_as = |k: Option<usize>| {
            k.and_then(|k| self.neighbour(k, 1, false))
                .and_then(|n| self.word(n))
                != Some("som")
        };
        let p = self.neighbour(i, -1, false);
        if using(p) {
            return not_as(Some(i));
        }
        // A name for a person is used too: "Pseudonymen Gunvor används i ärendet".
        let named = || {
            p.and_then(|p| self.lower_cow(p)).is_some_and(|p| {
                p.ends_with("namn")
                    || p.ends_with("namnet")
                    || p.starts_with("pseudonym")
                    || p.starts_with("alias")
            })
        };
        let cap = |k: usize| self.word(k).is_some_and(maybe_cap);
        let mut j = i;
        for _ in 0..8 {
            let n = self.neighbour(j, 1, false);
            match n.and_then(|n| self.word(n)) {
                Some("och" | "eller") => match n.and_then(|n| self.neighbour(n, 1, false)) {
                    Some(m) if cap(m) => j = m,
                    _ => return false,
                },
                _ if passive(n) => return not_as(n) && !named(),
                // A modal before: "… får inte användas", "… kan användas".
                Some("får" | "fick" | "kan" | "kunde" | "ska" | "skulle" | "måste" | "bör") => {
                    let v = n.and_then(|n| self.neighbour(n, 1, false));
                    let v = if v.and_then(|v| self.word(v)) == Some("inte") {
                        v.and_then(|v| self.neighbour(v, 1, false))
                    } else {
                        v
                    };
                    return passive(v) && not_as(v) && !named();
                }
                _ if t.get(j + 1).is_some_and(|x| x.kind == TokKind::Punct(','))
                    && t.get(j + 2)
                        .is_some_and(|x| x.kind == (TokKind::Space { newline: false }))
                    && cap(j + 3) =>
                {
                    j += 3;
                }
                _ => return false,
            }
        }
        false
    }

    /// Whether `l` is a single word of the gazetteer that is also a first name of the
    /// world's list (`data/gazetteer_first_names.txt`), not a car's make ("Nissan").
    fn gazetteer_first_name(&self, l: &str) -> bool {
        self.lex.places.single(l)
            && self.lists.flags(l) & (flag::GAZETTEER_FIRST | flag::CAR) == flag::GAZETTEER_FIRST
    }

    /// Whether a single word of the gazetteer at `i` (`l`) that is also a first name of
    /// the world's list opens a person's full name: a capitalised word that no list and no
    /// word list knows follows it, before a finite verb or a comma ("Salem Hällkvist är
    /// ordförande"). A holiday, a creed or a town is also a first name in the families the
    /// form meets; the word after it is then a surname.
    fn surname_after_gazetteer_word(&self, i: usize, l: &str) -> bool {
        if !self.gazetteer_first_name(l) {
            return false;
        }
        self.neighbour(i, 1, false).is_some_and(|n| {
            self.word(n).is_some_and(|w| shape(w) == Shape::Cap) && {
                let m = self.lower_at(n).unwrap_or_default();
                let (f, s) = self.listed(&m);
                (s || !f && !self.is_word(&m))
                    && !self.not_name(&m)
                    && !self.own_place(n, &m)
                    && !self.known_place(n, &m, false)
                    && !self.place_compound(&m)
                    // A product after its maker ("Microsoft Teams", "Google Assistant").
                    && !self.english_plural(&m)
                    && !LOANWORDS.contains(&m.as_str())
                    && !ORG_WORDS_EN.contains(&m.as_str())
                    // Before a verb, or ending a field: "Bokare: Salem Qarawi, 072-…".
                    && (self.before_finite(n)
                        || self.tokens.get(n + 1).is_some_and(|t| t.kind == TokKind::Punct(','))
                            && self.tokens[n + 1].start == self.tokens[n].end)
            }
        })
    }

    /// Whether the word at `i` follows "heter" or "hette" with a person before it, a
    /// pronoun or a word for a person ("Tjejen heter Volvo", "hon heter Paris"): the
    /// person's name, even where a brand or a place has it.
    /// Whether the word at `i` opens a sentence before "heter" and a word for a person in
    /// the definite form: a role ("mentorn", "vaktmästaren") or "killen", "tjejen",
    /// "familjen" ….
    fn named_before_heter(&self, i: usize) -> bool {
        if self.word_after(i) != Some("heter") {
            return false;
        }
        let h = i + 2;
        self.sentence_start(i)
            && self
                .neighbour(h, 1, false)
                .and_then(|p| self.word(p))
                .is_some_and(|p| {
                    matches!(
                        p,
                        "killen"
                            | "tjejen"
                            | "pojken"
                            | "flickan"
                            | "mannen"
                            | "kvinnan"
                            | "familjen"
                            | "eleven"
                            | "grabben"
                            | "personen"
                    ) || shape(p) == Shape::Lower && self.role(p)
                })
    }

    fn person_named(&self, i: usize) -> bool {
        self.namer_before(i).is_some_and(|p| {
            matches!(
                p.as_ref(),
                "han" | "hon" | "hen" | "tjejen" | "killen" | "flickan" | "pojken"
            ) || self.role(&p)
        })
    }

    /// Whether a plus is glued after the word at `i` and nothing glued after the plus: a
    /// service's or a programme's name ("Disney+", "Canal+"); no person's name takes one
    /// ("Vera+Sten" joins two).
    fn plus_glued(&self, i: usize) -> bool {
        let t = self.tokens;
        t.get(i + 1)
            .is_some_and(|p| p.kind == TokKind::Punct('+') && p.start == t[i].end)
            && t.get(i + 2).is_none_or(|n| {
                n.start != t[i + 1].end || !matches!(n.kind, TokKind::Word | TokKind::Number)
            })
    }

    /// Whether the capitalised word at `i` is a brand before the noun of its product
    /// ("Tallbo ketchup och Lönnvik chips"): opening the sentence or after "och", "eller",
    /// "med", "av", with a food or a household product after it. A person's name stands
    /// before such a noun only in the genitive.
    fn brand_before_product(&self, i: usize) -> bool {
        let product = self
            .neighbour(i, 1, false)
            .and_then(|n| self.word(n))
            .is_some_and(|n| PRODUCT_NOUNS.contains(&n));
        product
            && (self.sentence_start(i)
                || self
                    .neighbour(i, -1, false)
                    .and_then(|p| self.word(p))
                    .is_some_and(|p| matches!(p, "och" | "eller" | "med" | "av")))
    }

    /// Whether the word at `i` follows "på" and words that make it a place or a
    /// platform: the pupils, the staff or the children of a place ("Eleverna på Rudbeck",
    /// "personalen på Tellus": the school, the workplace), where one stays the night
    /// ("bodde på Scandic", "sov på Ibis"; one stays with a person "hos"), a name on a
    /// platform or in a language ("hennes namn på Line", "bytt namn på Kik": a person has
    /// a name, not one on another person).
    fn place_after_on(&self, i: usize) -> bool {
        let Some(p) = self
            .neighbour(i, -1, false)
            .filter(|&p| self.word(p) == Some("på"))
        else {
            return false;
        };
        let Some(g) = self.neighbour(p, -1, false) else {
            return false;
        };
        if self.word(g) == Some("namn") {
            return self.name_on(g);
        }
        self.lower_cow(g).is_some_and(|g| {
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
                    | "bodde"
                    | "bor"
                    | "bo"
                    | "övernattade"
                    | "övernattar"
                    | "sov"
                    | "checkade"
                    // A play or a film on a stage: "spelas på Göteborgsoperan".
                    | "spelas"
                    | "spelades"
                    | "visas"
                    | "visades"
                    | "uppförs"
                    | "uppfördes"
            )
        })
    }

    /// Whether "namn" at `n` (before "på") follows a possessive or a verb of changing.
    fn name_on(&self, n: usize) -> bool {
        self.neighbour(n, -1, false)
            .and_then(|o| self.lower_cow(o))
            .is_some_and(|o| {
                matches!(
                    o.as_ref(),
                    "hans"
                        | "hennes"
                        | "hens"
                        | "deras"
                        | "sitt"
                        | "mitt"
                        | "ditt"
                        | "vårt"
                        | "ert"
                        | "bytt"
                        | "byter"
                        | "bytte"
                        | "ändrat"
                        | "ändrade"
                )
            })
    }

    /// Whether a capitalised word is part of a compound or a make: the first part of a
    /// compound whose tail is shared, an adjective of a people before a hyphen, a make
    /// in the definite form.
    pub(super) fn cap_compound_part(&self, i: usize, l: &str, listed: bool) -> bool {
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
        let definite = !listed
            && matches!(l.as_bytes().last(), Some(b'n' | b't'))
            && !self.lists.is(l, flag::WORLD)
            && self.definite_thing(l);
        shared || definite
    }

    /// Whether a capitalised word is read by the sentence as no person: the name of a
    /// court before its noun ("Norrlands hovrätt", "Gotlands tingsrätt"), a verb with
    /// its particle opening a sentence ("Mojna ut gör …", "Rensa upp …"; a word of the
    /// list in -a), "Hans" as a pronoun before "och" and another possessive ("Hans och
    /// hennes bröder") or before a noun with a hyphen ("Hans e-post", "Hans sms-konto"),
    /// a member of a list after a plural noun of rooms ("Salarna Hassel, Idegran och Mistel"),
    /// a form's placeholder.
    pub(in crate::names) fn cap_reads_as_word(&self, i: usize, l: &str) -> bool {
        let next = self
            .neighbour(i, 1, false)
            .and_then(|n| self.word(n).map(|w| (n, w)));
        let court = next.is_some_and(|(_, w)| {
            matches!(
                w,
                "hovrätt"
                    | "hovrätten"
                    | "tingsrätt"
                    | "tingsrätten"
                    | "kammarrätt"
                    | "kammarrätten"
            )
        });
        let start = self.sentence_start(i);
        let particle = start
            && l.ends_with('a')
            && l.chars().count() >= 4
            && self.contains(l)
            && next.is_some_and(|(_, w)| matches!(w, "ut" | "upp" | "av"));
        let pronoun = start
            && l == "hans"
            && next.is_some_and(|(n, w)| {
                w == "och"
                    && self
                        .neighbour(n, 1, false)
                        .and_then(|m| self.word(m))
                        .is_some_and(|m| matches!(m, "hennes" | "hens" | "deras" | "mina" | "min"))
                    || shape(w) == Shape::Lower
                        && self
                            .tokens
                            .get(n + 1)
                            .is_some_and(|t| t.kind == TokKind::Punct('-'))
                        && self.tokens[n + 1].start == self.tokens[n].end
            });
        // A form's placeholder: "Exempelort", a surname made of "namn" ("Namnsson").
        let placeholder = l.starts_with("exempel")
            || l.starts_with("namn") && (l.ends_with("sson") || l.ends_with("dotter"));
        court
            || particle
            || pronoun
            || placeholder
            || self.listed_after_rooms(i)
            || self.english_title(i)
            || self.names_talked_about(i)
            || self.listed_with_churches(i)
    }

    /// Whether the capitalised word at `i` opens or continues a list of capitalised
    /// words that a plural noun of parishes or churches follows ("A, B och C
    /// församlingar"), or in which a later member is a church ("A, Xkyrkan och Ykyrkan"):
    /// parishes and churches named after saints.
    fn listed_with_churches(&self, i: usize) -> bool {
        let cap = |k: usize| self.word(k).is_some_and(maybe_cap);
        let church = |k: usize| {
            self.lower_at(k)
                .is_some_and(|w| w.len() > 8 && (w.ends_with("kyrkan") || w.ends_with("kyrka")))
        };
        let mut j = i;
        for _ in 0..8 {
            match self.list_step(j) {
                ListStep::Member(m) if church(m) => return true,
                ListStep::Member(m) if cap(m) => j = m,
                ListStep::Word(n) => {
                    return matches!(
                        self.word(n),
                        Some("församlingar" | "församlingarna" | "kyrkor" | "kyrkorna")
                    )
                }
                _ => return false,
            }
        }
        false
    }

    /// Whether the capitalised word at `i` opens or continues a list of capitalised
    /// words ("A, B och C") whose predicate says they are names or slang ("… är namn på
    /// stormar", "… är slangnamn för …"): words talked about. Not "är efternamn", which
    /// speaks of persons' names.
    fn names_talked_about(&self, i: usize) -> bool {
        let t = self.tokens;
        let cap = |k: usize| self.word(k).is_some_and(maybe_cap);
        let mut j = i;
        for _ in 0..8 {
            match self.list_step(j) {
                ListStep::Member(m) if cap(m) => j = m,
                ListStep::Member(_) => return false,
                ListStep::Word(n) if matches!(self.word(n), Some("är" | "var")) => {
                    return self
                        .neighbour(n, 1, false)
                        .and_then(|p| self.word(p))
                        .is_some_and(|p| matches!(p, "namn" | "slangnamn" | "slang" | "kodnamn"));
                }
                ListStep::Word(_) => return false,
                // A colon before what they are: "A och B: polisslang", "A, B: kodnamn".
                ListStep::End if t.get(j + 1).is_some_and(|x| x.kind == TokKind::Punct(':')) => {
                    return self
                        .neighbour(j + 1, 1, false)
                        .and_then(|p| self.word(p))
                        .is_some_and(|p| {
                            matches!(p, "namn" | "slangnamn" | "slang" | "kodnamn")
                                || p.len() > 6 && p.ends_with("slang")
                        });
                }
                ListStep::End => return false,
            }
        }
        false
    }

    /// One step along a list of capitalised words ("A, B och C") from the member ending
    /// at `j`: the next member's first word (after "och" or "eller", after a comma and a
    /// space, or a capitalised word right after: a member of two words), the word after
    /// that is none of these, or the end (no word follows across one space).
    fn list_step(&self, j: usize) -> ListStep {
        let t = self.tokens;
        let n = self.neighbour(j, 1, false);
        match n.and_then(|n| self.word(n)) {
            Some("och" | "eller") => match n.and_then(|n| self.neighbour(n, 1, false)) {
                Some(m) => ListStep::Member(m),
                None => ListStep::End,
            },
            Some(w) if maybe_cap(w) => ListStep::Member(n.unwrap_or(j)),
            Some(_) => ListStep::Word(n.unwrap_or(j)),
            None if t.get(j + 1).is_some_and(|x| x.kind == TokKind::Punct(','))
                && t.get(j + 2)
                    .is_some_and(|x| x.kind == (TokKind::Space { newline: false })) =>
            {
                ListStep::Member(j + 3)
            }
            None => ListStep::End,
        }
    }

    /// Whether the capitalised word at `i` stands beside "of" in an English title of
    /// capitalised words ("Age of Empires", "Lord of the Rings").
    fn english_title(&self, i: usize) -> bool {
        let cap = |k: Option<usize>| {
            k.and_then(|k| self.word(k))
                .is_some_and(|w| shape(w) == Shape::Cap)
        };
        let of = |k: Option<usize>| k.filter(|&k| self.word(k) == Some("of"));
        if let Some(o) = of(self.neighbour(i, 1, false)) {
            let n = self.neighbour(o, 1, false);
            let n = if n.and_then(|n| self.word(n)) == Some("the") {
                n.and_then(|n| self.neighbour(n, 1, false))
            } else {
                n
            };
            return cap(n);
        }
        let p = self.neighbour(i, -1, false);
        let p = if p.and_then(|p| self.word(p)) == Some("the") {
            p.and_then(|p| self.neighbour(p, -1, false))
        } else {
            p
        };
        of(p).is_some_and(|o| cap(self.neighbour(o, -1, false)))
    }

    /// Whether the capitalised word at `i` is a later member of a list of capitalised
    /// words ("A, B och C") that opens right after a plural noun of rooms.
    fn listed_after_rooms(&self, i: usize) -> bool {
        let t = self.tokens;
        let mut j = i;
        for _ in 0..8 {
            let prev = if j >= 3
                && t[j - 1].kind == (TokKind::Space { newline: false })
                && t[j - 2].kind == TokKind::Punct(',')
                && t[j - 3].kind == TokKind::Word
            {
                Some(j - 3)
            } else {
                self.neighbour(j, -1, false)
                    .filter(|&p| matches!(self.word(p), Some("och" | "eller")))
                    .and_then(|p| self.neighbour(p, -1, false))
            };
            match prev.filter(|&p| self.word(p).is_some_and(|w| shape(w) == Shape::Cap)) {
                Some(p) => j = p,
                None => break,
            }
        }
        j != i
            && self
                .neighbour(j, -1, false)
                .and_then(|p| self.lower_at(p))
                .is_some_and(|p| {
                    matches!(
                        p.as_str(),
                        "rummen" | "salarna" | "salar" | "rum" | "avdelningarna" | "avdelningar"
                    )
                })
    }

    /// Whether a capitalised word qualifies what follows or stands where a thing stands:
    /// before a hyphen and a common noun, after a place word, after an article.
    pub(super) fn cap_qualifier(&self, i: usize, l: &str, listed: bool) -> bool {
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
                // A group named after a person: "Ek-gänget", "Tallmo-bröderna".
                && !self.people_group_after(n)
        });
        // A person's name after a place word or an article where a verb follows that
        // things do not take (`stated.rs`): "skolan Jonatan går på", "en Mirella som
        // värvar".
        qualifies
            || self.after_place_word(i, l) && !self.subject_after_place_word(i, l)
            || !listed && self.after_article(i) && !self.someone_called(i)
    }

    /// Whether a word opening a sentence reads as the word it also is, by what
    /// follows: a greeting ("Salam aleikum"), an imperative before an address ("Ring
    /// 070-…", "Maila x@y"), a noun joined to an ordinary noun by "eller" ("Saga eller
    /// verklighet?"), a verb before "kvar" ("Bo kvar i …") or before a subject pronoun
    /// in a question ("Ville han det?").
    pub(super) fn opens_as_word(&self, i: usize, l: &str) -> bool {
        let Some(n) = self.neighbour(i, 1, false) else {
            return false;
        };
        let Some(nw) = self.word(n) else {
            return false;
        };
        if matches!(
            nw,
            "aleikum" | "alaikum" | "alejkum" | "aleykum" | "alaykum"
        ) {
            return true;
        }
        // An imperative before its object or its goal: "Maila mig:", "Mejla till …".
        if matches!(nw, "mig" | "oss" | "till") && IMPERATIVES.contains(&l) {
            return true;
        }
        if IMPERATIVES.contains(&l) {
            let rest = self.text[self.tokens[n].start..]
                .split_whitespace()
                .next()
                .unwrap_or("");
            if rest.contains('@') || rest.starts_with(|c: char| c.is_ascii_digit() || c == '+') {
                return true;
            }
        }
        if !self.lists.is(l, flag::WORD_NAME) {
            return false;
        }
        match nw {
            "kvar" => true,
            // A modal verb before "inte": "Ville inte uppge något." (a name needs its own
            // verb before the negation).
            "inte" => matches!(l, "ville" | "kunde" | "skulle" | "borde"),
            "eller" => self
                .neighbour(n, 1, false)
                .and_then(|k| self.word(k))
                .is_some_and(|k| {
                    shape(k) == Shape::Lower
                        && k.chars().count() >= 4
                        && self.is_word(k)
                        && !self.lists.is(k, flag::FIRST | flag::LAST | flag::ROLE)
                }),
            "han" | "hon" | "hen" | "du" | "ni" | "vi" | "de" | "dom" | "jag" | "man" => self
                .tokens[n..]
                .iter()
                .take(32)
                .take_while(|t| !matches!(t.kind, TokKind::Punct('.' | '!')))
                .any(|t| t.kind == TokKind::Punct('?')),
            _ => false,
        }
    }

    /// The last rules for a capitalised word opening a sentence (`f`, `s`: listed as a
    /// first name, as a surname): a listed name, or a word that is no Swedish word, or
    /// one whose predicate only a person takes.
    pub(super) fn cap_opening(&self, i: usize, l: &str, f: bool, s: bool) -> Option<Why> {
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
        if self.opens_as_word(i, l) {
            return None;
        }
        if listed && !self.lists.is(l, flag::AMBIGUOUS) && !plain_surname {
            return Some(Why::Listed);
        }
        if plain_surname {
            return (self.support(i) || self.found_before(l) || self.person_only_predicate(i))
                .then_some(Why::Listed);
        }
        let word = self.lists.is(l, flag::AMBIGUOUS) || self.contains(l) || self.contains(stem(l));
        if !listed && !word && !self.is_word(l) && !self.thing_on_a_name(l) && !self.thing(l) {
            // A label in English opening an English line ("Receipt code …; status:
            // closed.", "Booking number …"): its first word is English, no name.
            let label = self
                .neighbour(i, 1, false)
                .and_then(|n| self.word(n))
                .is_some_and(|n| matches!(n, "code" | "number" | "no" | "id" | "reference"));
            return (!(label && self.english_near(i))).then_some(Why::Proper);
        }
        // A word the word list lacks, that only the compound rules read as Swedish, shaped
        // as a surname of one of the world's name families ("Hamnakis" read as
        // "hamna|kis"): a name, as a word no rule reads is.
        if !listed && !word && foreign_surname(l) && !self.thing(l) && !self.thing_on_a_name(l) {
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
            && (self.changed_habit(i)
                || self.person_only_predicate(i)
                || self.joined_to_first_name(i))
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
}

/// Endings of surnames of the world's name families that no Swedish word ends in: Greek,
/// South Slavic, Turkish, Persian, Armenian, Polish, Ukrainian (three letters before at
/// least). The endings of Swedish surnames end compounds of the language too.
fn foreign_surname(l: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "idis", "iadis", "akis", "opoulos", "poulos", "oglou", "oglu", "oğlu", "ović", "ević",
        "vić", "ić", "ič", "zadeh", "pour", "yan", "wicz", "enko", "chuk", "czyk",
    ];
    ENDINGS
        .iter()
        .any(|e| l.len() > e.len() + 2 && l.ends_with(e))
}

/// A word of four letters or more with no vowel: no Swedish word or abbreviation of that
/// length is shaped so ("Frdrk" is a name with its vowels left out; "Tfn" is short).
fn vowelless(l: &str) -> bool {
    // Most words are turned away at their first or second letter.
    let mut n = 0;
    for c in l.chars() {
        if !c.is_alphabetic()
            || matches!(
                c,
                'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'å' | 'ä' | 'ö' | 'é' | 'ü' | 'æ' | 'ø'
            )
        {
            return false;
        }
        n += 1;
    }
    n >= 4
}

/// Whether a word is capitalised, its first byte asked first (no lower-case ASCII letter
/// or digit) so that most words are turned away without reading their shape.
/// One step along a list of capitalised words (`list_step`).
enum ListStep {
    /// The next member's first word (not yet known to be capitalised).
    Member(usize),
    /// A word after the member that continues no list.
    Word(usize),
    /// No word after the member across one space.
    End,
}

fn maybe_cap(w: &str) -> bool {
    w.as_bytes()
        .first()
        .is_some_and(|b| !b.is_ascii_lowercase() && !b.is_ascii_digit())
        && shape(w) == Shape::Cap
}

impl Ctx<'_> {
    /// Whether a word splits into a name of the gazetteer (four letters or more) and a
    /// Swedish word of four letters or more in the definite form ("instagram|kontot").
    fn gazetteer_compound(&self, l: &str) -> bool {
        let definite = ["en", "et", "na", "an"].iter().any(|e| l.ends_with(e));
        definite
            && l.char_indices()
                .map(|(k, _)| k)
                .filter(|&k| k >= 4 && l.len() - k >= 4)
                .any(|k| self.lex.places.single(&l[..k]) && self.contains(&l[k..]))
    }
}
