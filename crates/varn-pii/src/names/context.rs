//! The look-around of the name model: neighbouring words, the lexicons (word list, name
//! lists, gazetteer, run-time places) and the word lists that tell places, organisations
//! and surnames apart. Only reads; the per-scan memory of word-list answers lives here.

use crate::lexicon::{Gazetteer, Lexicon};
use crate::lists::{flag, Lists, PLACE_HEADS};
use crate::text_of;
use crate::token::{Tok, TokKind};

use super::{shape, Shape};

pub(super) struct Ctx<'a> {
    /// Answers of the word list already asked during this scan (a report repeats its
    /// words); local to the scan.
    pub(super) memo: std::cell::RefCell<
        std::collections::HashMap<
            String,
            (bool, bool),
            std::hash::BuildHasherDefault<crate::lists::WordHasher>,
        >,
    >,
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Tok],
    pub(super) lists: &'a Lists,
    pub(super) lex: &'a Lexicon,
    pub(super) places: Option<&'a Gazetteer>,
    /// Sorted starts of the identity numbers, phone numbers and e-mail addresses found
    /// before the names: a name often stands just before its owner's number.
    pub(super) ids: Vec<usize>,
    /// Where the street addresses found before the names start (byte offsets, sorted).
    pub(super) addresses: Vec<usize>,
    /// The words (lower case, three bytes or more) of the names found so far in this
    /// text: a person named once is named again.
    pub(super) found: std::cell::RefCell<crate::lists::WordSet<String>>,
}

/// Supines of verbs of saying and writing: "Per har ringt", "kalle har sagt att".
const SAYING_SUPINES: &[&str] = &[
    "sagt",
    "berättat",
    "frågat",
    "svarat",
    "skrivit",
    "uppgett",
    "påstått",
    "hävdat",
    "förklarat",
    "hotat",
    "kontaktat",
    // Perception: "har hört", "har sett".
    "hört",
    "sett",
];

/// Common English words that are no Swedish words: two near a word make an English
/// passage.
const ENGLISH: &[&str] = &[
    "the", "him", "her", "she", "he", "and", "after", "only", "call", "has", "have", "was", "with",
    "you", "your", "they", "them", "his", "this", "that", "will", "from", "speaks", "please",
    "would", "should", "could",
];

/// Verbs only a person does as a habit: "har slutat komma", "har börjat prata".
const PERSON_INFINITIVES: &[&str] = &[
    "komma", "gå", "prata", "snacka", "säga", "skriva", "träna", "umgås", "hänga", "plugga",
    "jobba", "svara", "ringa", "dyka", "höra", "posta", "dela", "sprida", "röka", "supa", "bära",
    "klä", "kalla", "hota", "bråka", "vara", "ljuga", "skolka",
];

/// Passive supines of the courts and the police: only a person "har dömts".
const LEGAL_SUPINES: &[&str] = &[
    "dömts",
    "gripits",
    "anhållits",
    "häktats",
    "åtalats",
    "frihetsberövats",
    "misstänkts",
    "polisanmälts",
    "förhörts",
    "utvisats",
    "friats",
    "lagförts",
];

/// Quantifiers and pronouns that open a sentence as a subject: "Många i 9A sa …".
pub(super) const QUANTIFIERS: &[&str] = &[
    "många", "flera", "några", "någon", "något", "ingen", "inget", "samtliga", "hälften", "varje",
    "vissa", "andra", "båda", "bägge", "dem", "vem", "vilka", "somliga", "fler", "få", "resten",
    "ni", "du", "jag", "vi", "de", "han", "hon", "hen", "den", "det", "folk", "var",
    // Chat forms: "dom sa att", "nån sa att".
    "dom", "di", "nån", "nåt", "nåra", "ngn", "ngt", "ngra", "ja", "mej", "dej", "sej", "oss",
    "allihop", "vilken", "vart", "nån", "båda",
];

/// Listed names that are also abstract or mass nouns, months or closed-class words: a
/// bare one may open a sentence as the noun ("Fred har rått", "Dag har blivit natt").
pub(super) const ABSTRACT_NAMES: &[&str] = &[
    "liv", "fred", "frid", "mark", "vilja", "del", "max", "maj", "juni", "april", "alla", "hans",
    "inga", "mina", "my", "love", "dag", "hall", "ben", "tom", "bror", "kaj", "urban", "sten",
    "ros", "ask", "tor",
];

/// Finite verbs whose subject is alive (a person, here): "Ros i 7A grät".
const ANIMATE_VERBS: &[&str] = &[
    "vet", "visste", "tror", "trodde", "mår", "mådde", "känner", "kände", "dog", "sov", "sprang",
    "skrek", "grät", "gråter", "ljög", "ljuger", "tycker", "tyckte", "menar", "menade", "vill",
    "ville", "bor", "bodde", "vägrar", "vägrade", "längtar", "skäms", "bråkar",
];

/// What a place's or a thing's name names, after "är" and an owner in the genitive:
/// "… är fritidsgårdens café".
const THING_NOUNS: &[&str] = &[
    "café",
    "kafé",
    "kafeteria",
    "lokal",
    "mötesplats",
    "butik",
    "restaurang",
    "projekt",
    "förening",
    "satsning",
    "program",
    "tidning",
    "podd",
    "sida",
    "grupp",
    "logga",
    "symbol",
];

/// Finite verbs of going, calling and writing, whose subject at a sentence start is a
/// person when it is a listed surname ("Berg åkte med som ledare").
const PERSON_ACTS: &[&str] = &[
    "åkte", "åker", "gick", "kom", "kommer", "ringde", "ringer", "skrev", "skriver", "svarade",
    "svarar", "mejlade", "hälsade", "jobbar", "jobbade", "arbetar", "arbetade",
];

/// Interjections that open a reply in a chat ("nej sa att …" is no subject).
const INTERJECTIONS: &[&str] = &[
    "ja", "jo", "nej", "nä", "nää", "japp", "nope", "okej", "ok", "asså", "ass", "lol", "eh", "öh",
    "hmm", "aa", "jaha", "aha", "ba", "så", "och", "men", "fan", "shit", "wow", "jaså",
];

/// Common nouns for a person, bare before an age ("Barn, 6 år, …").
const PERSON_NOUNS: &[&str] = &[
    "personal",
    "polis",
    "folk",
    "media",
    "publik",
    "ledning",
    "styrelse",
    "forskning",
    "statistik",
    "mamma",
    "pappa",
    "barn",
    "pojke",
    "flicka",
    "kvinna",
    "man",
    "tjej",
    "kille",
    "ungdom",
    "person",
    "elev",
    "individ",
    "patient",
    "vuxen",
    "bebis",
    "spädbarn",
    "syskon",
    "tonåring",
    "kvinnor",
    "män",
    "ungdomar",
    "personer",
    "deltagare",
    "besökare",
];

/// Words for persons in the plural, after "är" ("Sol och Ask är tvillingar").
const PERSON_PLURALS: &[&str] = &[
    "tvillingar",
    "syskon",
    "bröder",
    "systrar",
    "kusiner",
    "kompisar",
    "vänner",
    "grannar",
    "klasskamrater",
    "elever",
    "bästisar",
];

pub(super) fn stem(l: &str) -> &str {
    match l.strip_suffix('s') {
        Some(s) if s.chars().count() >= 3 => s,
        _ => l,
    }
}

impl<'a> Ctx<'a> {
    pub(super) fn word(&self, i: usize) -> Option<&'a str> {
        self.tokens
            .get(i)
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| text_of(self.text, t))
    }

    /// The word next to `i` in direction `dir` (±1) across one space (or a glued hyphen
    /// when `hyphen`).
    pub(super) fn neighbour(&self, i: usize, dir: isize, hyphen: bool) -> Option<usize> {
        let j = i.checked_add_signed(dir)?;
        let sep = self.tokens.get(j)?;
        // " & " joins the words of a name too ("Blood & Honour"); the gazetteer keeps
        // only the words. " + " joins names in chat ("yonatan + abel").
        if hyphen
            && matches!(sep.kind, TokKind::Space { newline: false })
            && self
                .tokens
                .get(j.checked_add_signed(dir)?)
                .map(|t| t.kind)
                .is_some_and(|k| matches!(k, TokKind::Punct('&' | '+')))
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
    pub(super) fn dict(&self, l: &str) -> (bool, bool) {
        if let Some(a) = self.memo.borrow().get(l) {
            return *a;
        }
        let d = &self.lex.dict;
        let mut contains = d.contains(l);
        let mut a = (contains, contains || d.is_word(l));
        // An accent Swedish writes by choice: "muséet", "kafé" are the words "museet",
        // "kafe" (the list has "idé" and "armé" with theirs).
        if !a.1 && l.contains('é') {
            let plain = l.replace('é', "e");
            contains = d.contains(&plain);
            a = (contains, contains || d.is_word(&plain));
        }
        self.memo.borrow_mut().insert(l.to_owned(), a);
        a
    }

    pub(super) fn contains(&self, l: &str) -> bool {
        self.dict(l).0
    }

    pub(super) fn is_word(&self, l: &str) -> bool {
        self.dict(l).1
    }

    pub(super) fn lower_at(&self, i: usize) -> Option<String> {
        self.word(i).map(str::to_lowercase)
    }

    /// The word at `i` in lower case, borrowed when it already is.
    pub(super) fn lower_cow(&self, i: usize) -> Option<std::borrow::Cow<'a, str>> {
        self.word(i).map(|w| {
            if w.chars().any(char::is_uppercase) {
                std::borrow::Cow::Owned(w.to_lowercase())
            } else {
                std::borrow::Cow::Borrowed(w)
            }
        })
    }

    /// The lower-case word `off` words from `i`, across spaces and hyphens.
    pub(super) fn word_off(&self, i: usize, off: isize) -> Option<String> {
        let mut k = i;
        for _ in 0..off.unsigned_abs() {
            k = self.neighbour(k, off.signum(), true)?;
        }
        self.lower_at(k)
    }

    pub(super) fn listed(&self, l: &str) -> (bool, bool) {
        self.listed_with(l, self.lists.flags(l))
    }

    /// `listed` with the word's flags already looked up.
    pub(super) fn listed_with(&self, l: &str, mut f: u32) -> (bool, bool) {
        if l.ends_with('s') {
            f |= self.lists.flags(stem(l));
        }
        (f & flag::FIRST != 0, f & flag::LAST != 0)
    }

    /// Listed, or shaped like a surname of one of the name families ("bergkvist",
    /// "hadžić", "öztürkoğlu", "hosseinzadeh"): for words without capitals.
    pub(super) fn name_like(&self, l: &str) -> bool {
        let (f, s) = self.listed(l);
        f || s
            || SURNAME_MORPHS
                .iter()
                .any(|e| l.ends_with(e) && l.len() > e.len() + 2)
    }

    /// A place or organisation handed in at run time (these win over the name lists).
    pub(super) fn own_place(&self, i: usize, l: &str) -> bool {
        self.places
            .is_some_and(|g| g.single(l) || g.in_phrase(l, &|off| self.word_off(i, off)))
    }

    /// A place or organisation from the built-in gazetteer: a phrase always, a single
    /// word unless it is also a listed name ("Nora", "Maria": fail closed).
    pub(super) fn known_place(&self, i: usize, l: &str, listed: bool) -> bool {
        let g = &self.lex.places;
        // Exact beats a listed name's genitive ("Willys" the shop, not Willy's).
        let exact = g.single(l)
            && l.strip_suffix('s').is_some()
            && !self.lists.is(l, flag::FIRST | flag::LAST);
        g.in_phrase(l, &|off| self.word_off(i, off)) || !listed && g.single(l) || exact
    }

    /// A compound ending in a word for a place, an institution or a group.
    pub(super) fn place_compound(&self, l: &str) -> bool {
        // "Stor-" and a known place is the greater area ("Storgöteborg").
        if l.len() > 7 && l.starts_with("stor") && self.lex.places.single(&l[4..]) {
            return true;
        }
        // A street name without a house number is a public place ("Essingeleden").
        PLACE_HEADS
            .iter()
            .chain(crate::lists::STREET_SUFFIXES)
            .any(|h| l.len() > h.len() + 2 && l.ends_with(h))
    }

    pub(super) fn not_name(&self, l: &str) -> bool {
        self.lists.is(l, flag::NOT_NAME | flag::ROLE | flag::OPENER)
    }

    /// Whether a word opens a sentence (or a line, a list item). Quotes and brackets are
    /// looked through: "kallar honom ”Emir”" is inside a sentence.
    pub(super) fn sentence_start(&self, i: usize) -> bool {
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
                // A cell of a table written as text opens like a line: "Vecka | Dag | Kväll".
                TokKind::Punct(c) => return ".!?:;–-•*|".contains(c),
                _ => return false,
            }
        }
        true
    }

    /// A proper noun made of ordinary words, or of a known name and an ordinary word: an
    /// organisation, a title, a thing ("Gemenskap", "Stockholmshem", "Discordserver").
    pub(super) fn thing(&self, l: &str) -> bool {
        if self.contains(l) || self.contains(stem(l)) {
            return true;
        }
        // Both parts of at least four letters here: "Jobbtorg" is a thing, "Solbritt"
        // (sol + britt) a name.
        l.char_indices().skip(3).any(|(k, _)| {
            let (head, tail) = l.split_at(k);
            let h = head.trim_end_matches('s');
            tail.chars().count() >= 4
                && !crate::lexicon::surname_part(tail)
                && self.contains(tail)
                && (self.lex.places.single(head)
                    || self.lex.places.single(h)
                    || h.chars().count() >= 4 && (self.contains(head) || self.contains(h)))
        })
    }

    /// The word before is an organisation or a place ("Föreningen Gemenskap",
    /// "Kampsportsklubben Nordlys"), or a preposition of place ("i Srebrenica").
    pub(super) fn after_place_word(&self, i: usize, l: &str) -> bool {
        // Through an article glued by a hyphen: "i al-Hol", "i el-Fasher".
        let i = if i >= 2
            && self.tokens[i - 1].kind == TokKind::Punct('-')
            && self.tokens[i - 1].start == self.tokens[i - 2].end
            && self.lower_cow(i - 2).is_some_and(|a| {
                matches!(a.as_ref(), "al" | "el" | "an" | "ad" | "as" | "ar" | "at")
            }) {
            i - 2
        } else {
            i
        };
        let Some(p) = self.neighbour(i, -1, false) else {
            return false;
        };
        let Some(pl) = self.lower_at(p) else {
            return false;
        };
        // A word in -s there is a genitive only before the noun it owns ("i Annas rum");
        // before a preposition, a conjunction or the end it is the place ("bor i Leeds
        // enligt …", "i Paris.").
        let place_prep = matches!(
            pl.as_str(),
            "i" | "utanför" | "längs" | "genom" | "inom" | "vid"
        ) && (!l.ends_with('s') || !self.owns_next(i));
        // In text all in capitals "VID" is no cue of a person either: "VID VIVSTA".
        let place_prep = place_prep
            || pl == "vid"
                && self.word(p).is_some_and(|pw| shape(pw) == Shape::Upper)
                && self.word(i).is_some_and(|w| shape(w) == Shape::Upper);
        // A saint's name names a place, a church or a hospital: "S:t Eriks ögonklinik",
        // "Sankt Göran".
        let saint = pl == "sankt"
            || pl == "t"
                && p >= 2
                && self.tokens[p - 1].kind == TokKind::Punct(':')
                && self.tokens[p - 1].start == self.tokens[p - 2].end
                && matches!(self.word(p - 2), Some("S" | "s"));
        // "på" after a noun in the definite form is a place ("lägerhelgen på X",
        // "utställningen på X"); after a verb it may point at a person ("väntade på X").
        let at_place = pl == "på"
            && self
                .neighbour(p, -1, false)
                .and_then(|q| self.lower_cow(q))
                .is_some_and(|q| {
                    q.chars().count() >= 6
                        && (q.ends_with("en") || q.ends_with("et"))
                        && !q.ends_with("ade")
                        && self.is_word(&q)
                        && !self.role(&q)
                        && !self
                            .lists
                            .is(&q, flag::PERSON_VERB | flag::WITH_VERB | flag::FINITE)
                });
        // A room's name: "sal Sandrew", "i rummet Oden".
        let room = matches!(
            pl.as_str(),
            "sal" | "salen" | "rum" | "rummet" | "lokal" | "lokalen" | "konferensrummet"
        );
        // A capitalised word after a known organisation or place continues its name
        // ("Kampfgruppe Nord").
        // Not "Polisen" as a title before a listed name: "Polisen Gran ringde".
        let title = pl == "polisen" && {
            let (f, s) = self.listed(l);
            f || s
        };
        let after_known = self.word(p).is_some_and(|pw| shape(pw) == Shape::Cap)
            && (self.lex.places.single(&pl) || self.own_place(p, &pl))
            && !title
            && {
                let (f, s) = self.listed(&pl);
                !(f || s)
            };
        place_prep
            || saint
            || at_place
            || room
            || after_known
            || ORG_HEADS.iter().any(|h| pl.ends_with(h))
            || self.in_org_name(p)
    }

    /// Whether the word at `i` (in -s) is a genitive: a lower-case word of the word list
    /// that is no preposition, conjunction or adverb follows it ("Annas rum").
    fn owns_next(&self, i: usize) -> bool {
        self.neighbour(i, 1, false)
            .and_then(|n| self.word(n))
            .is_some_and(|n| {
                shape(n) == Shape::Lower
                    && !matches!(
                        n,
                        "och"
                            | "men"
                            | "eller"
                            | "enligt"
                            | "med"
                            | "på"
                            | "i"
                            | "till"
                            | "från"
                            | "för"
                            | "hos"
                            | "sedan"
                            | "nu"
                            | "där"
                            | "som"
                            | "när"
                            | "då"
                            | "under"
                            | "efter"
                            | "innan"
                            | "också"
                            | "att"
                            | "igen"
                            | "idag"
                            | "igår"
                            | "just"
                            | "ibland"
                    )
                    && self.lists.flags(n) & (flag::FINITE | flag::PREPOSITION | flag::ADVERB) == 0
                    && self.is_word(n)
            })
    }

    /// Whether the capitalised word at `p` is part of an organisation's name that an
    /// organisation word opened: "kulturföreningen Víctor Jara", "föreningen Al-Nur
    /// Ungdom" (at most three words back).
    fn in_org_name(&self, p: usize) -> bool {
        let mut k = p;
        for _ in 0..3 {
            if !self.word(k).is_some_and(|w| shape(w) == Shape::Cap) {
                return false;
            }
            let Some(q) = self.neighbour(k, -1, true) else {
                return false;
            };
            if self
                .lower_cow(q)
                .is_some_and(|ql| ORG_NAMERS.iter().any(|h| ql.ends_with(h)))
            {
                return true;
            }
            k = q;
        }
        false
    }

    /// A make, a platform or another thing of the gazetteer in the definite form
    /// ("Saaben", "Caddyn", "Discorden", "Volvon").
    pub(super) fn definite_thing(&self, l: &str) -> bool {
        crate::lists::car_make(l)
            || ["en", "n", "et"].iter().any(|e| {
                l.strip_suffix(e).is_some_and(|s| {
                    s.chars().count() >= 4
                        && self.lex.places.single(s)
                        && !self.lists.is(s, flag::FIRST | flag::LAST)
                })
            })
    }

    /// A capitalised word that is a person's name by itself (listed, or unknown).
    pub(super) fn cap_name(&self, i: usize) -> bool {
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

    /// A capitalised ordinary word right after a listed first name, inside the sentence:
    /// a surname that is a word ("Björn Lager", "Stig Holm"), unless it is a place, an
    /// organisation, a place word or a role.
    fn cap_surname_word(&self, n: usize) -> bool {
        let Some(w) = self.word(n) else {
            return false;
        };
        if shape(w) != Shape::Cap {
            return false;
        }
        let l = w.to_lowercase();
        !self.not_name(&l)
            && !self.own_place(n, &l)
            && !self.known_place(n, &l, false)
            && !self.place_compound(&l)
            && !PLACE_NOUNS.contains(&l.as_str())
            && !ORG_WORDS_EN.contains(&l.as_str())
            && !self
                .lists
                .is(&l, flag::FINITE | flag::PREPOSITION | flag::HEDGE)
            && !self.definite_thing(&l)
    }

    /// Support for a listed name that is also a word, at a sentence start: a name after
    /// it, a hyphenated capitalised part, "och" and a name, or a predicate that only a
    /// person takes (`person_predicate`).
    pub(super) fn support(&self, i: usize) -> bool {
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
    pub(super) fn person_predicate(&self, i: usize, listed: bool, saying: bool) -> bool {
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
                || self.lists.is(&w, flag::AMBIGUOUS);
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
    pub(super) fn age_after(&self, i: usize, listed: bool) -> bool {
        let kind = |k: usize| self.tokens.get(k).map(|t| t.kind);
        let (open, n) = match (kind(i + 1), kind(i + 2), kind(i + 3)) {
            (Some(TokKind::Punct(',')), Some(TokKind::Space { newline: false }), _) => (',', i + 3),
            (Some(TokKind::Space { newline: false }), Some(TokKind::Punct('(')), _) => ('(', i + 3),
            (Some(TokKind::Punct('(')), _, _) => ('(', i + 2),
            _ => return false,
        };
        let Some(t) = self.tokens.get(n).filter(|t| t.kind == TokKind::Number) else {
            return false;
        };
        let digits = &self.text[t.start..t.end];
        if !(1..=2).contains(&digits.len()) || digits.starts_with('0') {
            return false;
        }
        let mut k = n + 1;
        let years = kind(k) == Some(TokKind::Space { newline: false })
            && matches!(self.word(k + 1), Some("år" | "åring" | "årig" | "åringen"));
        if years {
            k += 2;
        }
        let close = match kind(k) {
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
                })
    }

    /// The genitive of a listed first name before a word for a person: "Björns mamma",
    /// "Stigs storebror".
    pub(super) fn genitive_before_role(&self, i: usize, l: &str) -> bool {
        l != "hans"
            && l.strip_suffix('s')
                .is_some_and(|s| s.chars().count() >= 2 && self.lists.is(s, flag::FIRST))
            && self
                .neighbour(i, 1, false)
                .and_then(|n| self.word(n))
                .is_some_and(|n| shape(n) == Shape::Lower && self.role(n))
    }

    /// Whether the word at `i` signs off after a slash: "/per", "//AK (Anna K)", at the
    /// end of a line or the text, or before a bracket.
    pub(super) fn signature(&self, i: usize) -> bool {
        let t = self.tokens;
        let ws = |k: usize| matches!(t[k].kind, TokKind::Space { .. });
        // The slash glued to the word ("/per"), or one space between ("/ PER").
        let s = if i >= 1 && t[i - 1].kind == TokKind::Punct('/') && t[i - 1].end == t[i].start {
            i - 1
        } else if i >= 2
            && t[i - 1].kind == (TokKind::Space { newline: false })
            && t[i - 1].end - t[i - 1].start == 1
            && t[i - 2].kind == TokKind::Punct('/')
        {
            i - 2
        } else {
            return false;
        };
        let opens =
            s == 0 || ws(s - 1) || t[s - 1].kind == TokKind::Punct('/') && (s == 1 || ws(s - 2));
        let ends = match t.get(i + 1).map(|t| t.kind) {
            None | Some(TokKind::Space { newline: true }) => true,
            Some(TokKind::Punct('(' | '.' | ',')) => true,
            Some(TokKind::Space { newline: false }) => {
                matches!(
                    t.get(i + 2).map(|t| t.kind),
                    None | Some(TokKind::Space { newline: true } | TokKind::Punct('('))
                ) || self.date_ends_line(i + 2)
            }
            _ => false,
        };
        opens && ends
    }

    /// Whether a date written "2026-05-14" stands at `k` and ends its line: a signature
    /// dated ("// ER 2026-05-14").
    fn date_ends_line(&self, k: usize) -> bool {
        let t = self.tokens;
        let num = |j: usize, n: usize| {
            t.get(j)
                .is_some_and(|x| x.kind == TokKind::Number && x.end - x.start == n)
        };
        let dash = |j: usize| t.get(j).is_some_and(|x| x.kind == TokKind::Punct('-'));
        num(k, 4)
            && dash(k + 1)
            && num(k + 2, 2)
            && dash(k + 3)
            && num(k + 4, 2)
            && t.get(k + 5).is_none_or(|x| {
                matches!(
                    x.kind,
                    TokKind::Space { newline: true } | TokKind::Punct('.')
                )
            })
    }

    /// Whether the word at `i` (two or three capitals) is one of a list of initials after
    /// a label for those present: "Deltagare: EM, JK och AB", "Närvarande: LK, PO".
    pub(super) fn initials_after_label(&self, i: usize) -> bool {
        let t = self.tokens;
        let mut k = i;
        while k > 0 && i - k < 24 {
            k -= 1;
            match t[k].kind {
                TokKind::Space { newline: false } | TokKind::Punct(',' | '&') => {}
                TokKind::Punct(':') => {
                    // A word in brackets between the label and the colon: "Närvaro
                    // (initialer):".
                    let mut p = k.checked_sub(1);
                    if p.is_some_and(|p| p >= 3 && t[p].kind == TokKind::Punct(')'))
                        && p.is_some_and(|p| t[p - 2].kind == TokKind::Punct('('))
                    {
                        p = p
                            .and_then(|p| p.checked_sub(4))
                            .filter(|&q| t[q + 1].kind == (TokKind::Space { newline: false }));
                    }
                    return p.and_then(|p| self.lower_cow(p)).is_some_and(|p| {
                        matches!(
                            p.as_ref(),
                            "deltagare"
                                    | "närvarande"
                                    | "frånvarande"
                                    | "deltog"
                                    | "närvaro"
                                    | "kallade"
                                    | "anmälda"
                                    // A role in minutes that the initials fill.
                                    | "ansvarig"
                                    | "ansvariga"
                                    | "justerare"
                                    | "sekreterare"
                                    | "protokollförare"
                                    | "mötesledare"
                        )
                    });
                }
                TokKind::Word => {
                    let w = self.word(k).unwrap_or("");
                    let initials = shape(w) == Shape::Upper && (2..=3).contains(&w.chars().count());
                    if !(initials || matches!(w, "och" | "samt")) {
                        return false;
                    }
                }
                _ => return false,
            }
        }
        false
    }

    /// Whether the word at `i` follows "heter"/"hette" and a personal pronoun: what a
    /// person is called ("hon heter ros"), unless it is an adverb or a pronoun ("han
    /// heter inte så").
    pub(super) fn called(&self, i: usize) -> bool {
        let Some(v) = self.neighbour(i, -1, false) else {
            return false;
        };
        if !matches!(self.word(v), Some("heter" | "hette")) {
            return false;
        }
        let pronoun = self
            .neighbour(v, -1, false)
            .and_then(|p| self.lower_cow(p))
            .is_some_and(|p| matches!(p.as_ref(), "hon" | "han" | "hen" | "jag" | "du"));
        let l = self.lower_cow(i).unwrap_or_default();
        pronoun
            && l.chars().count() >= 2
            && !matches!(
                l.as_ref(),
                "inte"
                    | "så"
                    | "nog"
                    | "ju"
                    | "också"
                    | "något"
                    | "nåt"
                    | "samma"
                    | "typ"
                    | "bara"
                    | "väl"
                    | "faktiskt"
                    | "egentligen"
                    | "visst"
                    | "det"
                    | "likadant"
                    | "som"
                    | "alltså"
                    | "men"
                    | "och"
                    | "eller"
                    | "enligt"
                    | "nu"
                    | "då"
                    | "där"
                    | "att"
                    | "med"
                    | "på"
                    | "i"
                    | "för"
                    | "efter"
                    | "ändå"
            )
            && !self
                .lists
                .is(&l, flag::FINITE | flag::ADVERB | flag::HEDGE | flag::ROLE)
    }

    /// An English plural in -ers of a word that is no listed name: "influencers",
    /// "gamers", "followers" (not "anders", "peters").
    fn english_plural(&self, l: &str) -> bool {
        l.len() >= 6
            && l.ends_with("ers")
            && !self.lists.is(&l[..l.len() - 1], flag::FIRST | flag::LAST)
            && !self.lists.is(l, flag::FIRST | flag::LAST)
    }

    /// Whether the next word is an association in the definite form, or a compound
    /// ending in one: "föreningen", "kulturföreningen", "förbundet", "församlingen".
    pub(super) fn association_next(&self, i: usize) -> bool {
        self.neighbour(i, 1, false)
            .and_then(|n| self.word(n))
            .is_some_and(|n| {
                shape(n) == Shape::Lower
                    && [
                        "föreningen",
                        "förbundet",
                        "församlingen",
                        "samfundet",
                        "klubben",
                    ]
                    .iter()
                    .any(|a| n.ends_with(a))
            })
    }

    /// Whether word `i` opens the subject line of an e-mail header in English: "Subject:"
    /// (or "Re:", "Fwd:" after it) and a space just before.
    pub(super) fn subject_line(&self, i: usize) -> bool {
        let t = self.tokens;
        let mut k = i;
        for _ in 0..3 {
            if k < 3
                || t[k - 1].kind != (TokKind::Space { newline: false })
                || t[k - 2].kind != TokKind::Punct(':')
            {
                return false;
            }
            match self.word(k - 3) {
                Some(w) if w.eq_ignore_ascii_case("subject") => return true,
                Some(w) if w.eq_ignore_ascii_case("re") || w.eq_ignore_ascii_case("fwd") => k -= 3,
                _ => return false,
            }
        }
        false
    }

    /// Whether two common English words stand within eight words of `i`: an English
    /// passage ("the dad, …, only speaks English – call him …").
    pub(super) fn english_near(&self, i: usize) -> bool {
        let lo = i.saturating_sub(16);
        let hi = (i + 17).min(self.tokens.len());
        (lo..hi)
            .filter(|&k| {
                self.word(k)
                    .is_some_and(|w| ENGLISH.iter().any(|e| w.eq_ignore_ascii_case(e)))
            })
            .count()
            >= 2
    }

    /// Whether the word at `i`, in capitals, is one of two to four words in capitals
    /// joined by commas and "OCH" that open a sentence before a finite verb, one of them
    /// a listed first name, none a place, an organisation or a role.
    pub(super) fn caps_subject_list(&self, i: usize) -> bool {
        let t = self.tokens;
        let caps = |k: usize| {
            self.word(k)
                .is_some_and(|w| shape(w) == Shape::Upper && w.chars().count() <= 8)
        };
        let comma_before = |k: usize| {
            k >= 3
                && t[k - 1].kind == (TokKind::Space { newline: false })
                && t[k - 2].kind == TokKind::Punct(',')
                && caps(k - 3)
        };
        let och = |k: Option<usize>| k.filter(|&k| self.word(k) == Some("OCH"));
        let mut first = i;
        for _ in 0..3 {
            if comma_before(first) {
                first -= 3;
            } else if let Some(m) =
                och(self.neighbour(first, -1, false)).and_then(|o| self.neighbour(o, -1, false))
            {
                if !caps(m) {
                    break;
                }
                first = m;
            } else {
                break;
            }
        }
        let mut last = i;
        for _ in 0..3 {
            if t.get(last + 1).map(|x| x.kind) == Some(TokKind::Punct(','))
                && t.get(last + 2).map(|x| x.kind) == Some(TokKind::Space { newline: false })
                && caps(last + 3)
            {
                last += 3;
            } else if let Some(m) =
                och(self.neighbour(last, 1, false)).and_then(|o| self.neighbour(o, 1, false))
            {
                if !caps(m) {
                    break;
                }
                last = m;
            } else {
                break;
            }
        }
        if first == last || !self.sentence_start(first) {
            return false;
        }
        let verb = self
            .neighbour(last, 1, false)
            .and_then(|v| self.lower_cow(v))
            .is_some_and(|v| self.lists.is(&v, flag::FINITE) || self.finite(&v));
        if !verb {
            return false;
        }
        let l = self.lower_cow(i).unwrap_or_default();
        let member_ok = |k: usize, l: &str| {
            !self.not_name(l) && !self.own_place(k, l) && !self.known_place(k, l, false)
        };
        if !member_ok(i, &l) {
            return false;
        }
        (first..=last).any(|k| {
            self.lower_cow(k)
                .is_some_and(|m| self.lists.is(&m, flag::FIRST) && member_ok(k, &m))
        })
    }

    /// "har börjat"/"har slutat" and a verb only a person does after the word, perhaps
    /// across a place ("Vilja har slutat komma till gården", "björn på gården har
    /// börjat prata om …"): the subject of such a change of habit is a person.
    pub(super) fn changed_habit(&self, i: usize) -> bool {
        let Some(mut n) = self.neighbour(i, 1, false) else {
            return false;
        };
        if matches!(self.word(n), Some("på" | "i" | "från")) {
            let Some(g) = self.group_after(n) else {
                return false;
            };
            let Some(a) = self.neighbour(g, 1, false) else {
                return false;
            };
            n = a;
        }
        if !matches!(self.word(n), Some("har" | "hade")) {
            return false;
        }
        let Some(mut m) = self.neighbour(n, 1, false) else {
            return false;
        };
        if self.word(m).is_some_and(|a| self.lists.is(a, flag::ADVERB)) {
            let Some(b) = self.neighbour(m, 1, false) else {
                return false;
            };
            m = b;
        }
        if !matches!(self.word(m), Some("börjat" | "slutat" | "fortsatt")) {
            return false;
        }
        let Some(mut k) = self.neighbour(m, 1, false) else {
            return false;
        };
        if self.word(k) == Some("att") {
            let Some(b) = self.neighbour(k, 1, false) else {
                return false;
            };
            k = b;
        }
        self.word(k)
            .is_some_and(|v| PERSON_INFINITIVES.contains(&v))
    }

    /// Whether the capitalised word at `i` is one of two joined by "och" and followed by
    /// "på" or "från" and a unit of an organisation in the definite form: "till Sol och
    /// Ros på elevhälsan" (persons who work there). Neither word a known place.
    pub(super) fn pair_at_unit(&self, i: usize) -> bool {
        let cap = |k: usize| {
            self.word(k).is_some_and(|w| shape(w) == Shape::Cap)
                && self
                    .lower_cow(k)
                    .is_some_and(|l| !self.known_place(k, &l, false) && !self.own_place(k, &l))
        };
        let och = |k: Option<usize>| k.filter(|&k| self.word(k) == Some("och"));
        let (a, b) = if let Some(m) =
            och(self.neighbour(i, 1, false)).and_then(|o| self.neighbour(o, 1, false))
        {
            (i, m)
        } else if let Some(m) =
            och(self.neighbour(i, -1, false)).and_then(|o| self.neighbour(o, -1, false))
        {
            (m, i)
        } else {
            return false;
        };
        // One of them a name by the lists or no Swedish word: "Ekonomi och Personal på
        // förvaltningen" are departments.
        let namish = |k: usize| {
            self.lower_cow(k).is_some_and(|l| {
                self.lists
                    .is(&l, flag::FIRST | flag::LAST | flag::AMBIGUOUS)
                    || !self.is_word(&l)
            })
        };
        if !cap(a) || !cap(b) || !(namish(a) || namish(b)) {
            return false;
        }
        let Some(p) = self.neighbour(b, 1, false) else {
            return false;
        };
        matches!(self.word(p), Some("på" | "från"))
            && self
                .neighbour(p, 1, false)
                .and_then(|u| self.word(u))
                .is_some_and(|u| {
                    [
                        "hälsan",
                        "expeditionen",
                        "kansliet",
                        "mottagningen",
                        "enheten",
                        "kontoret",
                        "avdelningen",
                        "förvaltningen",
                        "jouren",
                        "receptionen",
                    ]
                    .iter()
                    .any(|e| u.ends_with(e))
                })
    }

    /// Whether a finite verb follows the word: "ros är 16" (a subject).
    pub(super) fn before_finite(&self, i: usize) -> bool {
        self.neighbour(i, 1, false)
            .and_then(|n| self.word(n))
            .is_some_and(|v| {
                shape(v) == Shape::Lower
                    && (self.lists.is(v, flag::FINITE | flag::REPORTING) || self.finite(v))
            })
    }

    /// A bracketed aside right after the word, then a verb of saying: "stig (mentor på
    /// skolan) säger att …". The aside is at most 16 tokens on one line.
    pub(super) fn aside_then_says(&self, i: usize) -> bool {
        let t = self.tokens;
        let mut k = i + 1;
        if matches!(
            t.get(k).map(|t| t.kind),
            Some(TokKind::Space { newline: false })
        ) {
            k += 1;
        }
        if t.get(k).map(|t| t.kind) != Some(TokKind::Punct('(')) || !self.clause_start(i) {
            return false;
        }
        let Some(close) = (k + 1..(k + 17).min(t.len())).find(|&j| {
            matches!(
                t[j].kind,
                TokKind::Punct(')') | TokKind::Space { newline: true }
            )
        }) else {
            return false;
        };
        t[close].kind == TokKind::Punct(')')
            && self
                .neighbour(close, 1, false)
                .and_then(|v| self.word(v))
                .is_some_and(|v| self.lists.is(v, flag::REPORTING))
    }

    /// Initials with points, glued: "A.K.", "L.M.", standing apart; not "P.S.", "O.K.".
    pub(super) fn dotted_initials(&self, i: usize) -> bool {
        let t = self.tokens;
        let single_cap = |k: usize| {
            self.word(k).is_some_and(|w| {
                let mut cs = w.chars();
                cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
            })
        };
        let dot = |k: usize| t.get(k).is_some_and(|x| x.kind == TokKind::Punct('.'));
        let glued = |k: usize| k < t.len() && t[k].start == t[k - 1].end;
        let apart = |k: usize| {
            k == 0
                || matches!(
                    t[k - 1].kind,
                    TokKind::Space { .. } | TokKind::Punct('"' | '”' | '“' | '(' | '/')
                )
        };
        if !(single_cap(i) && apart(i) && dot(i + 1) && glued(i + 1)) {
            return false;
        }
        // The first of the pair, or the second after one.
        let (a, b) = if glued(i + 2) && single_cap(i + 2) && dot(i + 3) && glued(i + 3) {
            (i, i + 2)
        } else {
            return false;
        };
        let after_ok = t
            .get(b + 2)
            .is_none_or(|x| !matches!(x.kind, TokKind::Word | TokKind::Number));
        let pair = [self.word(a).unwrap_or(""), self.word(b).unwrap_or("")].concat();
        after_ok
            && !matches!(
                pair.as_str(),
                "PS" | "OK" | "EU" | "US" | "UK" | "TV" | "AB" | "VD" | "FN" | "DS" | "EM" | "VM"
            )
    }

    /// A predicate no person takes, after a word opening a sentence: the word is talked
    /// about ("Amal betyder hopp", "… står för"), or an organisation's ("har 240
    /// medlemmar").
    pub(super) fn not_a_person_predicate(&self, i: usize) -> bool {
        // "X & Y är fritidsgårdens café": a place's or a thing's name, what it is follows
        // in the genitive of its owner (through a second name joined by "&").
        let amp = self
            .tokens
            .get(i + 2)
            .is_some_and(|t| t.kind == TokKind::Punct('&'));
        let subject_end = if amp {
            self.neighbour(i, 1, true)
        } else {
            Some(i)
        };
        if let Some(v) = subject_end.and_then(|e| self.neighbour(e, 1, false)) {
            if matches!(self.word(v), Some("är" | "var")) {
                let owned = self.neighbour(v, 1, false).and_then(|g| {
                    self.word(g)
                        .filter(|g| shape(g) == Shape::Lower && g.ends_with('s') && g.len() > 4)
                        .and_then(|_| self.neighbour(g, 1, false))
                });
                if owned
                    .and_then(|n| self.word(n))
                    .is_some_and(|n| THING_NOUNS.contains(&n))
                {
                    return true;
                }
            }
        }
        let Some(n) = self.neighbour(i, 1, false) else {
            return false;
        };
        match self.word(n) {
            Some("betyder" | "innebär" | "översätts") => true,
            Some("har") => {
                // "har 240 medlemmar": a number, then members or employees.
                let k = n + 2;
                self.tokens
                    .get(k)
                    .is_some_and(|x| x.kind == TokKind::Number)
                    && self
                        .neighbour(k, 1, false)
                        .and_then(|m| self.word(m))
                        .is_some_and(|m| matches!(m, "medlemmar" | "anställda" | "avdelningar"))
            }
            _ => false,
        }
    }

    /// Whether the word at `i` opens a clause, a place or a unit follows ("på polisen",
    /// "i köket"), perhaps an adverb, and then a verb only a person does ("jobbar",
    /// "ringde", "vet"): "om sven på polisen fortfarande jobbar kvar".
    pub(super) fn at_unit_acts(&self, i: usize) -> bool {
        if !self.clause_start(i) {
            return false;
        }
        let Some(p) = self
            .neighbour(i, 1, false)
            .filter(|&p| matches!(self.word(p), Some("på" | "i" | "från")))
        else {
            return false;
        };
        let Some(mut v) = self
            .group_after(p)
            .and_then(|g| self.neighbour(g, 1, false))
        else {
            return false;
        };
        if self
            .lower_cow(v)
            .is_some_and(|a| self.lists.is(&a, flag::ADVERB))
        {
            let Some(n) = self.neighbour(v, 1, false) else {
                return false;
            };
            v = n;
        }
        self.word(v).is_some_and(|v| {
            ANIMATE_VERBS.contains(&v)
                || PERSON_ACTS.contains(&v)
                || self.lists.is(v, flag::REPORTING)
        })
    }

    /// A listed first name in lower case opening a clause before a verb of saying, or
    /// "har" and a verb about a person ("liv säger att …", "eftersom kalle har ringt").
    pub(super) fn says(&self, i: usize) -> bool {
        let Some(mut n) = self.neighbour(i, 1, false) else {
            return false;
        };
        // Through a place or a class: "lina i köket har hört", "saga från gården sa".
        if matches!(self.word(n), Some("i" | "på" | "från")) {
            let Some(g) = self
                .group_after(n)
                .and_then(|g| self.neighbour(g, 1, false))
            else {
                return false;
            };
            n = g;
        }
        let Some(v) = self.word(n) else {
            return false;
        };
        let verb = self.lists.is(v, flag::REPORTING)
            || matches!(v, "har" | "hade")
                && self
                    .neighbour(n, 1, false)
                    .and_then(|m| self.word(m))
                    .is_some_and(|s| {
                        self.lists.is(s, flag::REPORTING) || SAYING_SUPINES.contains(&s)
                    });
        verb && self.clause_start(i)
    }

    /// A cleft that points out a person: "det var inte kalle, det var …", "det är
    /// rebecka som …": "det" and "var"/"är" (an adverb may stand between), then the word,
    /// then a comma, a full stop or "som".
    pub(super) fn cleft(&self, i: usize) -> bool {
        let ends = match self.tokens.get(i + 1).map(|t| t.kind) {
            None => true,
            Some(TokKind::Punct(',' | '.' | '!' | '?')) => true,
            Some(TokKind::Space { .. }) => self
                .neighbour(i, 1, false)
                .is_some_and(|n| self.word(n) == Some("som")),
            _ => false,
        };
        if !ends {
            return false;
        }
        let Some(mut p) = self.neighbour(i, -1, false) else {
            return false;
        };
        if self
            .word(p)
            .is_some_and(|a| matches!(a, "inte" | "ju" | "nog" | "bara" | "faktiskt"))
        {
            let Some(q) = self.neighbour(p, -1, false) else {
                return false;
            };
            p = q;
        }
        matches!(self.word(p), Some("var" | "är" | "va" | "e"))
            && self
                .neighbour(p, -1, false)
                .and_then(|q| self.lower_cow(q))
                .is_some_and(|d| matches!(d.as_ref(), "det" | "de" | "d"))
    }

    /// A word in lower case or capitals that is no Swedish word and no place.
    pub(super) fn caseless_candidate(&self, i: usize, l: &str) -> bool {
        // The word list first: most words are ordinary words, and its answer is
        // remembered.
        l.chars().count() >= 2
            && !self.is_word(l)
            && !self.english_plural(l)
            && !self.not_name(l)
            && !self.own_place(i, l)
            && !self.known_place(i, l, false)
    }

    /// A capitalised word (or a word in capitals among words that are not).
    /// A lower-case ordinary word after a hyphen: "-firandet", "-gruppen".
    /// Whether the word at `n` is a word for a person's case ("fallet", "ärendet",
    /// "domen"): a name before it by a hyphen is the person's.
    pub(super) fn case_word(&self, n: usize) -> bool {
        self.word(n).is_some_and(|w| CASE_WORDS.contains(&w))
    }

    pub(super) fn common_after_hyphen(&self, n: usize) -> bool {
        self.word(n)
            .is_some_and(|w| shape(w) == Shape::Lower && self.is_word(w))
    }

    /// Whether the name ending at `last` is part of the name of a place: a place word or a
    /// street name follows it, or a hyphen and a common noun.
    pub(super) fn names_a_place(&self, last: usize) -> bool {
        if self
            .tokens
            .get(last + 1)
            .is_some_and(|t| t.kind == TokKind::Punct('-'))
            && self.common_after_hyphen(last + 2)
        {
            // A person's case is the person's: "Conny Blom-fallet", "Lind-ärendet".
            return !self.case_word(last + 2);
        }
        let Some(n) = self.neighbour(last, 1, false) else {
            return false;
        };
        let Some(l) = self.lower_at(n) else {
            return false;
        };
        let cap = self.word(n).is_some_and(|w| shape(w) == Shape::Cap);
        PLACE_NOUNS.contains(&l.as_str())
            || cap && ORG_WORDS_EN.contains(&l.as_str())
            || cap && !self.name_like(&l) && self.place_compound(&l)
            || crate::lists::STREET_SUFFIXES
                .iter()
                .any(|s| l.ends_with(s) && l.len() > s.len() + 1)
                && self
                    .tokens
                    .get(n + 2)
                    .is_some_and(|t| t.kind == TokKind::Number)
    }

    /// Whether the word at `n` continues a name (a surname, a double name, an initial).
    pub(super) fn continues(&self, n: usize, caseless: bool) -> bool {
        let Some(w) = self.word(n) else {
            return false;
        };
        let l = w.to_lowercase();
        match shape(w) {
            Shape::Cap => {
                let (f, s) = self.listed(&l);
                !self.not_name(&l)
                    && !self.own_place(n, &l)
                    && !self.known_place(n, &l, f || s)
                    // "Al-Nour Kulturcenter": an institution word ends the name, and
                    // `names_a_place` then makes the whole a place.
                    && (f || s || !self.place_compound(&l))
                    // "Nordic Strength Club": an organisation word in English ends the
                    // name, and `names_a_place` makes the whole an organisation.
                    && !ORG_WORDS_EN.contains(&l.as_str())
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

pub(super) const SURNAME_ENDINGS: &[&str] = &["sson", "ström", "qvist", "kvist", "quist"];

/// Endings of surnames in the name families the form meets: Nordic (-sson, -berg, -kvist,
/// -löf …), Bosnian, Croatian and Serbian (-ić), Turkish (-oğlu), Persian (-zadeh, -pour),
/// Armenian (-yan), Slavic (-ski, -ska, -czyk), Finnish (-nen), Greek (-poulos, -akis,
/// -idis), Ukrainian (-enko, -chuk), Spanish (-ez).
pub(super) const SURNAME_MORPHS: &[&str] = &[
    "sson", "ström", "qvist", "kvist", "quist", "berg", "gren", "lund", "holm", "dahl", "stedt",
    "blad", "löf", "lööf", "bäck", "feldt", "hult", "ić", "ič", "vić", "oğlu", "oglu", "zadeh",
    "zada", "pour", "yan", "ski", "ska", "sky", "wicz", "ović", "ević", "nen", "poulos", "akis",
    "idis", "enko", "chuk", "czyk", "ez",
];

/// Words for a person's case: "Conny Blom-fallet", "Lind-ärendet" name the person.
const CASE_WORDS: &[&str] = &[
    "fallet",
    "ärendet",
    "målet",
    "domen",
    "utredningen",
    "rättegången",
    "anmälan",
    "anmälningen",
    "orosanmälan",
];

/// Organisation words in English (and in Northern Sámi: "searvi", an association): the
/// capitalised words before one name an organisation ("Nordic Strength Club", "Sámi
/// Searvi").
pub(super) const ORG_WORDS_EN: &[&str] = &[
    "searvi",
    "club",
    "gym",
    "team",
    "crew",
    "academy",
    "society",
    "association",
    "foundation",
    "brotherhood",
    "alliance",
    "network",
    "centre",
    "fc",
    "forum",
    "forums",
    "institute",
    "council",
    "museum",
];

/// Words for organisations whose name may be of several words, even a person's
/// ("kulturföreningen Víctor Jara"): the capitalised words after them are the name.
const ORG_NAMERS: &[&str] = &[
    "föreningen",
    "förening",
    "klubben",
    "klubb",
    "stiftelsen",
    "förbundet",
    "rörelsen",
    "organisationen",
    "partiet",
    "församlingen",
];

/// Words for organisations and groups: a capitalised word after one of them names the
/// organisation, not a person ("Föreningen Gemenskap", "Kampsportsklubben Nordlys").
pub(super) const ORG_HEADS: &[&str] = &[
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
pub(super) const PLACE_NOUNS: &[&str] = &[
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
    // A hall or a room named after a person: "Ragnar Östbergs sal".
    "sal",
    "salen",
    "aula",
    "aulan",
    "paviljong",
    "paviljongen",
    // A diaconal foundation named after its place: "Ersta diakoni".
    "diakoni",
];

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
