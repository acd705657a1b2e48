//! Personal names, from a model of how Swedish marks a name rather than from lists alone.
//!
//! - Inside a sentence Swedish capitalises only proper nouns, so a capitalised word that
//!   does not open its sentence is a place, an organisation or a person. Places and
//!   organisations can be known (the gazetteer, the municipality's own names handed in at
//!   run time, compounds ending in a place word such as "-skolan"); an unknown proper noun
//!   is taken for a name. The guard fails closed.
//! - A word opening a sentence is capitalised anyway. There it is a name when it is a listed
//!   name that is no ordinary word, or when its lower-case form is not a Swedish word (the
//!   word list, with compounds). A listed name that is also a word ("Dag", "Björn") needs
//!   support: a name after it, a hyphenated part, "och" and a name.
//! - Capitals are evidence where they occur, but their absence is no proof: a word in lower
//!   case or in capitals is a name when it is a listed name that is no Swedish word and
//!   stands beside another name, or when it is no Swedish word and stands where a person
//!   stands: after a role word ("eleven"), "heter", a verb of perception or a social verb
//!   ("såg", "umgås med"), after "och" following a name, or as the subject before a
//!   finite verb at the start of a sentence.
//!
//! One pass over the tokens with a bounded look-around (a few words each way); a lookup in
//! the word list is a binary search. It never echoes the text.

use std::borrow::Cow;

use crate::lexicon::{Gazetteer, Lexicon};
use crate::lists::{flag, Lists, NOT_PLATES, PLACE_HEADS};
use crate::token::{Tok, TokKind};
use crate::{text_of, Budget, Exceeded, Finding, Kind};

const EXPLAIN_LISTED: &str = "Ser ut som ett namn på en person.";
const EXPLAIN_PROPER: &str = "Ett ord med stor bokstav mitt i en mening är ett egennamn; det här är ingen känd plats eller organisation och kan vara en persons namn.";
const EXPLAIN_CONTEXT: &str =
    "Ordet står där ett namn brukar stå och är inget vanligt svenskt ord; det kan vara ett namn.";
const SUGGEST_PERSON: &str = "Skriv vem det är utan namn, till exempel ”eleven”, ”en vårdnadshavare” eller ”en man i 20-årsåldern”.";
const SUGGEST_PERSON_OR_PLACE: &str = "Skriv vem det är utan namn, till exempel ”eleven” eller ”en vårdnadshavare”. Om det är ett område eller en plats: skriv området, t.ex. ”i stadsdelen”.";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// "Hodan"
    Cap,
    /// "HODAN" (two letters or more)
    Upper,
    /// "hodan"
    Lower,
    /// "SoL", "iPhone", "TikTok": abbreviations and brands
    Mixed,
    /// "H"
    Single,
}

fn shape(w: &str) -> Shape {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return Shape::Mixed;
    };
    let (mut upper, mut lower, mut n) = (0usize, 0usize, 0usize);
    for c in chars {
        n += 1;
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    match (first.is_uppercase(), n, upper, lower) {
        (true, 0, _, _) => Shape::Single,
        (true, _, 0, _) => Shape::Cap,
        (true, _, _, 0) => Shape::Upper,
        (false, _, 0, _) => Shape::Lower,
        _ => Shape::Mixed,
    }
}

/// Why a word was taken for a name (it chooses the wording of the finding).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Why {
    Listed,
    Proper,
    Context,
}

struct Ctx<'a> {
    /// Answers of the word list already asked during this scan (a report repeats its
    /// words); local to the scan.
    memo: std::cell::RefCell<
        std::collections::HashMap<
            String,
            (bool, bool),
            std::hash::BuildHasherDefault<crate::lists::WordHasher>,
        >,
    >,
    text: &'a str,
    tokens: &'a [Tok],
    lists: &'a Lists,
    lex: &'a Lexicon,
    places: Option<&'a Gazetteer>,
}

fn stem(l: &str) -> &str {
    match l.strip_suffix('s') {
        Some(s) if s.chars().count() >= 3 => s,
        _ => l,
    }
}

impl<'a> Ctx<'a> {
    fn word(&self, i: usize) -> Option<&'a str> {
        self.tokens
            .get(i)
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| text_of(self.text, t))
    }

    /// The word next to `i` in direction `dir` (±1) across one space (or a glued hyphen
    /// when `hyphen`).
    fn neighbour(&self, i: usize, dir: isize, hyphen: bool) -> Option<usize> {
        let j = i.checked_add_signed(dir)?;
        let sep = self.tokens.get(j)?;
        // " & " joins the words of a name too ("Blood & Honour"); the gazetteer keeps
        // only the words.
        if hyphen
            && matches!(sep.kind, TokKind::Space { newline: false })
            && self.tokens.get(j.checked_add_signed(dir)?).map(|t| t.kind)
                == Some(TokKind::Punct('&'))
            && matches!(
                self.tokens
                    .get(j.checked_add_signed(2 * dir)?)
                    .map(|t| t.kind),
                Some(TokKind::Space { newline: false })
            )
        {
            let k = j.checked_add_signed(3 * dir)?;
            return self.word(k).map(|_| k);
        }
        let ok = matches!(sep.kind, TokKind::Space { newline: false })
            || hyphen && sep.kind == TokKind::Punct('-');
        if !ok {
            return None;
        }
        let k = j.checked_add_signed(dir)?;
        self.word(k).map(|_| k)
    }

    /// Whether a lower-case word is in the word list, and whether it is an ordinary word
    /// (compounds included); remembered for the rest of the scan.
    fn dict(&self, l: &str) -> (bool, bool) {
        if let Some(a) = self.memo.borrow().get(l) {
            return *a;
        }
        let d = &self.lex.dict;
        let contains = d.contains(l);
        let a = (contains, contains || d.is_word(l));
        self.memo.borrow_mut().insert(l.to_owned(), a);
        a
    }

    fn contains(&self, l: &str) -> bool {
        self.dict(l).0
    }

    fn is_word(&self, l: &str) -> bool {
        self.dict(l).1
    }

    fn lower_at(&self, i: usize) -> Option<String> {
        self.word(i).map(str::to_lowercase)
    }

    /// The lower-case word `off` words from `i`, across spaces and hyphens.
    fn word_off(&self, i: usize, off: isize) -> Option<String> {
        let mut k = i;
        for _ in 0..off.unsigned_abs() {
            k = self.neighbour(k, off.signum(), true)?;
        }
        self.lower_at(k)
    }

    fn listed(&self, l: &str) -> (bool, bool) {
        let mut f = self.lists.flags(l);
        if l.ends_with('s') {
            f |= self.lists.flags(stem(l));
        }
        (f & flag::FIRST != 0, f & flag::LAST != 0)
    }

    /// Listed, or shaped like a surname of one of the name families ("bergkvist",
    /// "hadžić", "öztürkoğlu", "hosseinzadeh"): for words without capitals.
    fn name_like(&self, l: &str) -> bool {
        let (f, s) = self.listed(l);
        f || s
            || SURNAME_MORPHS
                .iter()
                .any(|e| l.ends_with(e) && l.len() > e.len() + 2)
    }

    /// A place or organisation handed in at run time (these win over the name lists).
    fn own_place(&self, i: usize, l: &str) -> bool {
        self.places
            .is_some_and(|g| g.single(l) || g.in_phrase(l, &|off| self.word_off(i, off)))
    }

    /// A place or organisation from the built-in gazetteer: a phrase always, a single
    /// word unless it is also a listed name ("Nora", "Maria": fail closed).
    fn known_place(&self, i: usize, l: &str, listed: bool) -> bool {
        let g = &self.lex.places;
        // Exact beats a listed name's genitive ("Willys" the shop, not Willy's).
        let exact = g.single(l)
            && l.strip_suffix('s').is_some()
            && !self.lists.is(l, flag::FIRST | flag::LAST);
        g.in_phrase(l, &|off| self.word_off(i, off)) || !listed && g.single(l) || exact
    }

    /// A compound ending in a word for a place, an institution or a group.
    fn place_compound(&self, l: &str) -> bool {
        // A street name without a house number is a public place ("Essingeleden").
        PLACE_HEADS
            .iter()
            .chain(crate::lists::STREET_SUFFIXES)
            .any(|h| l.len() > h.len() + 2 && l.ends_with(h))
    }

    fn not_name(&self, l: &str) -> bool {
        self.lists.is(l, flag::NOT_NAME | flag::ROLE | flag::OPENER)
    }

    /// Whether a word opens a sentence (or a line, a list item). Quotes and brackets are
    /// looked through: "kallar honom ”Emir”" is inside a sentence.
    fn sentence_start(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 {
            j -= 1;
            match self.tokens[j].kind {
                TokKind::Space { newline: true } => return true,
                TokKind::Space { .. } => continue,
                // A hyphen glued to a word or a number joins a compound ("Al-Hassan",
                // "40-årsåldern").
                TokKind::Punct('-')
                    if j > 0
                        && matches!(self.tokens[j - 1].kind, TokKind::Word | TokKind::Number)
                        && self.tokens[j].start == self.tokens[j - 1].end =>
                {
                    return false
                }
                TokKind::Punct('"' | '\'' | '(' | '[' | '”' | '“' | '»' | '«' | '‘' | '’') => {
                    continue
                }
                // A colon glued between a number and letters is an inflection
                // ("9:orna", "1:a"), not a sentence boundary.
                TokKind::Punct(':')
                    if j > 0
                        && self.tokens[j - 1].kind == TokKind::Number
                        && self.tokens[j - 1].end == self.tokens[j].start
                        && self.tokens[j].end == self.tokens[j + 1].start =>
                {
                    return false
                }
                TokKind::Punct(c) => return ".!?:;–-•*".contains(c),
                _ => return false,
            }
        }
        true
    }

    /// A proper noun made of ordinary words, or of a known name and an ordinary word: an
    /// organisation, a title, a thing ("Gemenskap", "Stockholmshem", "Discordserver").
    fn thing(&self, l: &str) -> bool {
        if self.contains(l) || self.contains(stem(l)) {
            return true;
        }
        // Both parts of at least four letters here: "Jobbtorg" is a thing, "Solbritt"
        // (sol + britt) a name.
        l.char_indices().skip(3).any(|(k, _)| {
            let (head, tail) = l.split_at(k);
            let h = head.trim_end_matches('s');
            tail.chars().count() >= 4
                && !crate::lexicon::SURNAME_PARTS
                    .iter()
                    .any(|p| tail.starts_with(p))
                && self.contains(tail)
                && (self.lex.places.single(head)
                    || self.lex.places.single(h)
                    || h.chars().count() >= 4 && (self.contains(head) || self.contains(h)))
        })
    }

    /// The word before is an organisation or a place ("Föreningen Gemenskap",
    /// "Kampsportsklubben Nordlys"), or a preposition of place ("i Srebrenica").
    fn after_place_word(&self, i: usize, l: &str) -> bool {
        let Some(p) = self.neighbour(i, -1, false) else {
            return false;
        };
        let Some(pl) = self.lower_at(p) else {
            return false;
        };
        let place_prep = matches!(pl.as_str(), "i" | "utanför" | "längs" | "genom" | "inom")
            && !l.ends_with('s');
        // A capitalised word after a known organisation or place continues its name
        // ("Kampfgruppe Nord").
        let after_known = self.word(p).is_some_and(|pw| shape(pw) == Shape::Cap)
            && (self.lex.places.single(&pl) || self.own_place(p, &pl))
            && {
                let (f, s) = self.listed(&pl);
                !(f || s)
            };
        place_prep || after_known || ORG_HEADS.iter().any(|h| pl.ends_with(h))
    }

    /// A capitalised word that is a person's name by itself (listed, or unknown).
    fn cap_name(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else {
            return false;
        };
        if shape(w) != Shape::Cap {
            return false;
        }
        let l = w.to_lowercase();
        let (f, s) = self.listed(&l);
        !self.not_name(&l)
            && !self.own_place(i, &l)
            && !self.known_place(i, &l, f || s)
            && (f || s || !self.is_word(&l))
    }

    /// Support for a listed name that is also a word, at a sentence start: a name after
    /// it, a hyphenated capitalised part, or "och" and a name.
    fn support(&self, i: usize) -> bool {
        if let Some(n) = self.neighbour(i, 1, true) {
            if self.cap_name(n) {
                return true;
            }
            if self.word(n) == Some("och") {
                if let Some(m) = self.neighbour(n, 1, false) {
                    return self.cap_name(m);
                }
            }
        }
        false
    }

    /// A word in lower case or capitals that is no Swedish word and no place.
    fn caseless_candidate(&self, i: usize, l: &str) -> bool {
        l.chars().count() >= 2
            && !self.not_name(l)
            && !self.own_place(i, l)
            && !self.known_place(i, l, false)
            && !self.is_word(l)
    }

    /// A capitalised word (or a word in capitals among words that are not).
    fn decide_cap(&self, i: usize, lw: &str, cue: bool) -> Option<Why> {
        let l = lw.to_owned();
        if self.not_name(&l) || self.own_place(i, &l) {
            return None;
        }
        let (f, s) = self.listed(&l);
        let listed = f || s;
        if self.known_place(i, &l, listed) || !listed && self.place_compound(&l) {
            return None;
        }
        if cue {
            return Some(if listed { Why::Listed } else { Why::Context });
        }
        // "Tyr-runan", "Christchurch-attentatet": a name qualifying a common noun.
        let qualifies = self
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokKind::Punct('-'))
            && self
                .word(i + 2)
                .is_some_and(|n| shape(n) == Shape::Lower && self.is_word(n));
        if qualifies || self.after_place_word(i, &l) {
            return None;
        }
        if !self.sentence_start(i) {
            if listed {
                return Some(Why::Listed);
            }
            return (!self.thing(&l)).then_some(Why::Proper);
        }
        if self.lists.is(&l, flag::OPENER) {
            return None;
        }
        // A listed name opens a sentence as a name unless it is one of the names
        // that are common words ("Dag", "Stig", "Klara": the hand-kept list);
        // "Ebba" is a verb too, but far more often the name.
        if listed && !self.lists.is(&l, flag::AMBIGUOUS) {
            return Some(Why::Listed);
        }
        let word =
            self.lists.is(&l, flag::AMBIGUOUS) || self.contains(&l) || self.contains(stem(&l));
        if !listed && !word && !self.is_word(&l) {
            return Some(Why::Proper);
        }
        (listed && self.support(i)).then_some(Why::Listed)
    }

    fn decide(&self, i: usize, w: &str, lw: &str, cue: bool) -> Option<Why> {
        let sh = shape(w);
        match sh {
            Shape::Mixed | Shape::Single => None,
            Shape::Cap => self.decide_cap(i, lw, cue),
            Shape::Lower | Shape::Upper => {
                let l = lw;
                let flags = self.lists.flags(l);
                // A listed name that is also an ordinary word ("hans", "alla") is a word
                // where capitals do not say otherwise.
                if flags & flag::AMBIGUOUS != 0
                    || sh == Shape::Lower && flags & flag::WORD_NAME != 0
                {
                    return None;
                }
                let (f, s) = self.listed(l);
                let listed = f || s;
                // Capitals after "med", "och", "till", "från", "hos" stand where a name
                // stands ("umgås mest med CEM"), however short, when no list knows them.
                let after_preposition = sh == Shape::Upper
                    && self
                        .neighbour(i, -1, false)
                        .and_then(|p| self.word(p))
                        .is_some_and(|p| {
                            matches!(
                                p.to_lowercase().as_str(),
                                "med" | "och" | "till" | "från" | "hos"
                            ) && !NOT_PLATES.contains(&w)
                        });
                let abbreviation = sh == Shape::Upper
                    && (w.chars().count() <= 3 || NOT_PLATES.contains(&w))
                    && !listed
                    && !after_preposition;
                if abbreviation {
                    return None;
                }
                // The subject: one to three words that are no Swedish words opening a
                // sentence, then a finite verb ("mirza hadžić har slutat").
                let subject = || {
                    if !self.sentence_start(i) {
                        return false;
                    }
                    let mut k = i;
                    for _ in 0..3 {
                        let Some(n) = self.neighbour(k, 1, true) else {
                            return false;
                        };
                        let Some(v) = self.lower_at(n) else {
                            return false;
                        };
                        if self.lists.is(&v, flag::FINITE) && v != "och" {
                            return true;
                        }
                        if self.is_word(&v) {
                            return false;
                        }
                        k = n;
                    }
                    false
                };
                // A word in capitals among words that are not: capitals as emphasis, so
                // evidence of a proper noun ("Igår kom HODAN"), unless it is short enough
                // to be an abbreviation.
                // Four capitals with two vowels read as a name ("EDIN", "GEDI"), fewer
                // vowels as an abbreviation ("SSPF", "BBIC").
                let vowels = l.chars().filter(|c| "aeiouyåäöéüıêîø".contains(*c)).count();
                let n = w.chars().count();
                let shouted =
                    sh == Shape::Upper && (n >= 5 || n == 4 && vowels >= 2 || listed) && {
                        let lo = i.saturating_sub(6);
                        let hi = (i + 7).min(self.tokens.len());
                        (lo..hi).any(|k| {
                            self.word(k)
                                .is_some_and(|v| matches!(shape(v), Shape::Cap | Shape::Lower))
                        })
                    };
                // Capitals among words that are not are capitals: judged as a capitalised
                // word ("Pojken heter SOLBRITT").
                if shouted || after_preposition {
                    return self.decide_cap(i, l, cue || after_preposition);
                }
                if !listed && !cue && !shouted && !after_preposition && !subject() {
                    return None;
                }
                let morph = shouted
                    && SURNAME_MORPHS
                        .iter()
                        .any(|e| l.ends_with(e) && l.len() > e.len() + 2)
                    && !self.not_name(l)
                    && !self.lex.places.single(l);
                if !morph && !self.caseless_candidate(i, l) {
                    return None;
                }
                if cue || subject() {
                    return Some(if listed { Why::Listed } else { Why::Context });
                }
                if shouted || after_preposition {
                    return Some(if listed { Why::Listed } else { Why::Proper });
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
                let surname = (s || !f) && SURNAME_ENDINGS.iter().any(|e| l.ends_with(e));
                (surname
                    || beside(self.neighbour(i, 1, true))
                    || beside(self.neighbour(i, -1, true)))
                .then_some(Why::Listed)
            }
        }
    }

    /// A lower-case ordinary word after a hyphen: "-firandet", "-gruppen".
    fn common_after_hyphen(&self, n: usize) -> bool {
        self.word(n)
            .is_some_and(|w| shape(w) == Shape::Lower && self.is_word(w))
    }

    /// Whether the name ending at `last` is part of the name of a place: a place word or a
    /// street name follows it, or a hyphen and a common noun.
    fn names_a_place(&self, last: usize) -> bool {
        if self
            .tokens
            .get(last + 1)
            .is_some_and(|t| t.kind == TokKind::Punct('-'))
            && self.common_after_hyphen(last + 2)
        {
            return true;
        }
        let Some(n) = self.neighbour(last, 1, false) else {
            return false;
        };
        let Some(l) = self.lower_at(n) else {
            return false;
        };
        PLACE_NOUNS.contains(&l.as_str())
            || crate::lists::STREET_SUFFIXES
                .iter()
                .any(|s| l.ends_with(s) && l.len() > s.len() + 1)
                && self
                    .tokens
                    .get(n + 2)
                    .is_some_and(|t| t.kind == TokKind::Number)
    }

    /// Whether the word at `n` continues a name (a surname, a double name, an initial).
    fn continues(&self, n: usize, caseless: bool) -> bool {
        let Some(w) = self.word(n) else {
            return false;
        };
        let l = w.to_lowercase();
        match shape(w) {
            Shape::Cap => {
                let (f, s) = self.listed(&l);
                !self.not_name(&l) && !self.own_place(n, &l) && !self.known_place(n, &l, f || s)
            }
            // A regnal number: "Karl XII".
            Shape::Upper if !caseless && w.bytes().all(|b| b"IVXL".contains(&b)) => true,
            Shape::Single => self
                .tokens
                .get(n + 1)
                .is_some_and(|t| t.kind == TokKind::Punct('.')),
            Shape::Lower | Shape::Upper if caseless => {
                let (f, s) = self.listed(&l);
                // A listed name continues a name even when it is also a word ("OSMAN").
                (f || s) && !self.not_name(&l) && !self.lex.places.single(&l)
                    || (shape(w) == Shape::Upper || l.chars().count() >= 3)
                        && self.caseless_candidate(n, &l)
            }
            _ => false,
        }
    }
}

const SURNAME_ENDINGS: &[&str] = &["sson", "ström", "qvist", "kvist", "quist"];

/// Endings of surnames in the name families the form meets: Nordic (-sson, -berg, -kvist,
/// -löf …), Bosnian, Croatian and Serbian (-ić), Turkish (-oğlu), Persian (-zadeh, -pour),
/// Armenian (-yan), Slavic (-ski, -ska).
const SURNAME_MORPHS: &[&str] = &[
    "sson", "ström", "qvist", "kvist", "quist", "berg", "gren", "lund", "holm", "dahl", "stedt",
    "blad", "löf", "lööf", "bäck", "feldt", "hult", "ić", "ič", "vić", "oğlu", "oglu", "zadeh",
    "zada", "pour", "yan", "ski", "ska", "sky", "wicz", "ović", "ević",
];

/// Words for organisations and groups: a capitalised word after one of them names the
/// organisation, not a person ("Föreningen Gemenskap", "Kampsportsklubben Nordlys").
const ORG_HEADS: &[&str] = &[
    "föreningen",
    "förening",
    "klubben",
    "klubb",
    "gruppen",
    "grupp",
    "nätverket",
    "nätverk",
    "stiftelsen",
    "förbundet",
    "rörelsen",
    "organisationen",
    "partiet",
    "kanalen",
    "sidan",
    "servern",
    "chatten",
    "appen",
    "tidningen",
    "bolaget",
    "företaget",
    "firman",
    "projektet",
    "skolan",
    "gymnasiet",
    "moskén",
    "församlingen",
    "kyrkan",
    "restaurangen",
    "butiken",
    "gymmet",
    "festivalen",
    "kampanjen",
    "rörelse",
    "bandet",
    "låten",
    "boken",
    "filmen",
    "spelet",
    "märket",
    "loggan",
    "symbolen",
    "tröjan",
];

/// Words for places and institutions that follow the person they are named after:
/// "Anna Whitlocks gymnasium", "Sofia skola", "Björns trädgård", "Olof Palmes gata".
const PLACE_NOUNS: &[&str] = &[
    "gymnasium",
    "gymnasiet",
    "skola",
    "skolan",
    "församling",
    "församlingen",
    "kyrka",
    "kyrkan",
    "park",
    "parken",
    "trädgård",
    "trädgården",
    "gata",
    "gatan",
    "väg",
    "vägen",
    "torg",
    "torget",
    "plan",
    "sjukhus",
    "sjukhuset",
    "hall",
    "hallen",
    "bad",
    "badet",
    "gård",
    "gården",
    "backe",
    "allé",
    "institut",
    "institutet",
    "bibliotek",
    "biblioteket",
    "stiftelse",
    "stiftelsen",
    "minnesfond",
    "pris",
    "priset",
    "gränd",
    "strand",
    "kaj",
    "plats",
    "platsen",
    "hus",
    "huset",
    "center",
    "centrum",
    "skolgård",
    "förskola",
    "förskolan",
    "fritidsgård",
    "fritidsgården",
    "moské",
    "moskén",
    "dag",
    "dagen",
    "firandet",
    "sällskap",
    "sällskapet",
    "kapell",
    "kapellet",
    "högskola",
    "universitet",
];

/// The next word is a person when this one is a role word, a verb of perception or a
/// social verb, or a preposition after such a verb.
fn is_cue(lists: &Lists, l: &str, prev_verb: bool) -> (bool, bool) {
    let f = lists.flags(l);
    let verb = f & flag::PERSON_VERB != 0;
    let cue = f & flag::ROLE != 0 || verb || prev_verb && f & flag::PREPOSITION != 0;
    (cue, verb || f & flag::WITH_VERB != 0)
}

/// Finds personal names; one pass, bounded look-around.
pub fn scan(
    text: &str,
    tokens: &[Tok],
    lists: &Lists,
    places: Option<&Gazetteer>,
    out: &mut Vec<Finding>,
    budget: &mut Budget,
) -> Result<(), Exceeded> {
    let cx = Ctx {
        memo: Default::default(),
        text,
        tokens,
        lists,
        lex: Lexicon::shared(),
        places,
    };
    let mut cue = false;
    let mut prev_verb = false;
    let mut naming = 0u8; // 1 after a naming verb, 2 after "presenterade sig"
    let mut last_name: Option<usize> = None; // token index of the last name's last word
    let mut i = 0;
    while i < tokens.len() {
        budget.spend(1)?;
        let Some(w) = cx.word(i) else {
            let through = matches!(
                tokens[i].kind,
                TokKind::Space { newline: false }
                    | TokKind::Punct('"' | '\'' | '”' | '“' | '»' | '«' | '‘' | '’')
            );
            if !through {
                cue = false;
                prev_verb = false;
                naming = 0;
            }
            i += 1;
            continue;
        };
        let lw: Cow<str> = if w.bytes().any(|b| b.is_ascii_uppercase()) || !w.is_ascii() {
            Cow::Owned(w.to_lowercase())
        } else {
            Cow::Borrowed(w)
        };
        let Some(why) = cx.decide(i, w, &lw, cue) else {
            if cue && lists.is(&lw, flag::HEDGE) {
                i += 1;
                continue;
            }
            let (c, v) = is_cue(lists, &lw, prev_verb);
            // "och" after a name: the next word is a name too ("Hodan och warsame").
            let coordinated =
                lw == "och" && last_name.is_some_and(|e| cx.neighbour(e, 1, false) == Some(i));
            let named = matches!(
                (naming, lw.as_ref()),
                (1, "honom" | "henne" | "hen" | "för") | (2, "som")
            );
            naming = match lw.as_ref() {
                "sig" if naming == 1 => 2,
                l if lists.is(l, flag::NAMING) => 1,
                _ => 0,
            };
            cue = c || coordinated || named;
            prev_verb = v;
            i += 1;
            continue;
        };
        let caseless = shape(w) != Shape::Cap;
        // A word glued before by a hyphen ("Al-Hassan"), or a capitalised word before
        // that is no opener ("Zlatan Andersson").
        let mut first = i;
        if let Some(p) = cx.neighbour(i, -1, true) {
            let hyphen = tokens[p + 1].kind == TokKind::Punct('-');
            let free = out.last().is_none_or(|f| f.end <= tokens[p].start);
            let take = free
                && cx.word(p).is_some_and(|pw| {
                    let pl = pw.to_lowercase();
                    let cap = shape(pw) == Shape::Cap;
                    (hyphen && (cap || caseless))
                        || cap
                            && !cx.lists.is(&pl, flag::OPENER)
                            && !cx.not_name(&pl)
                            && !cx.own_place(p, &pl)
                            && !cx.known_place(p, &pl, false)
                            && (!cx.sentence_start(p) || !cx.is_word(&pl))
                });
            if take {
                first = p;
            }
        }
        let mut last = i;
        for _ in 0..3 {
            match cx.neighbour(last, 1, true) {
                Some(n)
                    if tokens[n - 1].kind == TokKind::Punct('-') && !cx.common_after_hyphen(n)
                        || cx.continues(n, caseless) =>
                {
                    last = n
                }
                _ => break,
            }
        }
        budget.spend((last - first) as u64 + 4)?;
        // A place, a school or a street named after a person ("Anna Whitlocks gymnasium",
        // "Sofia skola", "Birger Jarlsgatan 57"), or a name qualifying a common noun
        // ("Karl XII-firandet") is no person.
        if cx.names_a_place(last) {
            cue = false;
            prev_verb = false;
            naming = 0;
            i = last + 1;
            continue;
        }
        let (explanation, suggestion) = match why {
            Why::Listed => (EXPLAIN_LISTED, SUGGEST_PERSON),
            Why::Proper => (EXPLAIN_PROPER, SUGGEST_PERSON_OR_PLACE),
            Why::Context => (EXPLAIN_CONTEXT, SUGGEST_PERSON_OR_PLACE),
        };
        out.push(Finding {
            kind: Kind::Name,
            start: tokens[first].start,
            end: tokens[last].end,
            explanation,
            suggestion: Some(suggestion),
        });
        last_name = Some(last);
        cue = false;
        prev_verb = false;
        naming = 0;
        i = last + 1;
    }
    Ok(())
}
