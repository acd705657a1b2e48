//! The look-around of the name model: neighbouring words, the lexicons (word list, name
//! lists, gazetteer, run-time places) and the word lists that tell places, organisations
//! and surnames apart. Only reads; the per-scan memory of word-list answers lives here.

mod clauses;
mod extent;
mod marks;
mod places;
mod predicate;

use crate::lexicon::{Gazetteer, Lexicon};
use crate::lists::{flag, Lists, PLACE_HEADS};
use crate::text_of;
use crate::token::{Tok, TokKind};
use std::sync::OnceLock;

use super::{shape, Shape};

pub(super) struct Ctx<'a> {
    /// Answers of the word list already asked during this scan (a report repeats its
    /// words); local to the scan.
    pub(super) memo: std::cell::RefCell<crate::lists::WordTable<(bool, bool)>>,
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
    pub(super) found: std::cell::RefCell<crate::lists::WordTable<()>>,
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
    "would", "should", "could", "code", "closed", "number",
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
            return self.is_word_token(k).then_some(k);
        }
        let ok = matches!(sep.kind, TokKind::Space { newline: false })
            || hyphen && sep.kind == TokKind::Punct('-');
        if !ok {
            return None;
        }
        let k = j.checked_add_signed(dir)?;
        self.is_word_token(k).then_some(k)
    }

    /// Whether token `k` is a word (the kind alone: `word` also slices the text, and
    /// checks the slice's ends).
    #[inline]
    fn is_word_token(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| t.kind == TokKind::Word)
    }

    /// The word after the word at `i` in the same cell of a pasted table: `neighbour`,
    /// not across a tab (asked only where a name was found, so `neighbour` itself, asked
    /// for every word, stays as cheap as it is).
    pub(super) fn cell_neighbour(&self, i: usize, dir: isize, hyphen: bool) -> Option<usize> {
        let n = self.neighbour(i, dir, hyphen)?;
        let (a, b) = if n > i { (i, n) } else { (n, i) };
        (!self.text[self.tokens[a].end..self.tokens[b].start].contains('\t')).then_some(n)
    }

    /// Whether a lower-case word is in the word list, and whether it is an ordinary word
    /// (compounds included); remembered for the rest of the scan.
    pub(super) fn dict(&self, l: &str) -> (bool, bool) {
        if let Some(a) = self.memo.borrow().get(l) {
            return a;
        }
        let d = &self.lex.dict;
        let mut contains = d.contains(l);
        let mut a = (contains, contains || d.is_word(l));
        // An accent Swedish writes by choice: "muséet", "kafé" are the words "museet",
        // "kafe" (the list has "idé" and "armé" with theirs). Not a first name of the
        // world's list, whose accent is its own ("Rémi" is no "remi").
        if !a.1 && l.contains('é') && !self.lists.is(l, flag::WORLD) {
            let plain = l.replace('é', "e");
            contains = d.contains(&plain);
            a = (contains, contains || d.is_word(&plain));
        }
        // A Latin noun in "-arium", "-orium", "-erium" is a word however new, in either
        // form ("webbinariet", "webbinarium", like "seminariet" and "laboratorium"); no
        // name ends so.
        if !a.1
            && l.len() >= 9
            && ["ariet", "oriet", "eriet", "arium", "orium", "erium"]
                .iter()
                .any(|e| l.ends_with(e))
        {
            a.1 = true;
        }
        self.memo.borrow_mut().insert(l, a);
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
        self.word(i).map(crate::lower_cow)
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

    /// `listed` for a capitalised word: a first name only the world's list has counts as
    /// unlisted, so a thing's, a room's or an association's name stays what the rules say.
    pub(super) fn listed_cap(&self, l: &str) -> (bool, bool) {
        let own = |f: u32| {
            if f & flag::WORLD != 0 {
                f & !flag::FIRST
            } else {
                f
            }
        };
        let mut f = own(self.lists.flags(l));
        if l.ends_with('s') {
            f |= own(self.lists.flags(stem(l)));
        }
        (f & flag::FIRST != 0, f & flag::LAST != 0)
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
        // The last two bytes first: most words end as no head does.
        let genitive_head =
            l.len() > 4 && l.ends_with('s') && HEAD_ENDS.has(&l.as_bytes()[..l.len() - 1]);
        if !genitive_head && !HEAD_OR_STREET_ENDS.has(l.as_bytes()) && !l.starts_with("stor") {
            return false;
        }
        // "Stor-" and a known place is the greater area ("Storgöteborg").
        if l.len() > 7 && l.starts_with("stor") && self.lex.places.single(&l[4..]) {
            return true;
        }
        // A street name without a house number is a public place ("Essingeleden").
        static HEADS_OR_STREETS: OnceLock<SuffixIndex> = OnceLock::new();
        static HEADS: OnceLock<SuffixIndex> = OnceLock::new();
        HEADS_OR_STREETS
            .get_or_init(|| SuffixIndex::of(&[PLACE_HEADS, crate::lists::STREET_SUFFIXES]))
            .ends(l, 2)
            // Also in the genitive of a definite head: "Tallbackaskolans",
            // "Nobelinstitutets".
            || l.strip_suffix('s')
                .filter(|s| s.ends_with('n') || s.ends_with('t'))
                .is_some_and(|s| HEADS.get_or_init(|| SuffixIndex::of(&[PLACE_HEADS])).ends(s, 2))
    }

    /// Whether `l`, after the word at `prev`, is a surname built like a place: a
    /// compound on a head that Swedish surnames take in the indefinite form ("-gård",
    /// "-strand", "-backe") after a capitalised listed first name. "Åke" and such a compound
    /// name a person; a farm, a beach or a slope is named with the definite form or a
    /// genitive ("Ekgården", "Bodins backe").
    pub(super) fn surname_after_first(&self, prev: usize, l: &str) -> bool {
        SURNAME_PLACE_HEADS
            .iter()
            .any(|h| l.len() > h.len() + 2 && l.ends_with(h))
            && self.word(prev).is_some_and(|w| {
                shape(w) == Shape::Cap && {
                    let p = w.to_lowercase();
                    self.listed(&p).0 && !self.not_name(&p) && !self.is_word(&p)
                }
            })
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
                // The point of a title's abbreviation ends no sentence: "Dr. X", "prof. X".
                // The number of an item in minutes opens it: "§ 4 Inga frågor".
                TokKind::Number => {
                    let para = |k: usize| self.tokens[k].kind == TokKind::Punct('§');
                    return j >= 1 && para(j - 1)
                        || j >= 2
                            && para(j - 2)
                            && self.tokens[j - 1].kind == (TokKind::Space { newline: false });
                }
                // The point of a title's abbreviation ends no sentence: "Dr. X", "prof. X".
                TokKind::Punct('.') => return !self.title_point(j),
                // A time in brackets opens a line of a chat log as the line's own start:
                // "[21.40] name: …".
                TokKind::Punct(']')
                    if j >= 4
                        && self.tokens[j - 1].kind == TokKind::Number
                        && matches!(self.tokens[j - 2].kind, TokKind::Punct('.' | ':'))
                        && self.tokens[j - 3].kind == TokKind::Number
                        && self.tokens[j - 4].kind == TokKind::Punct('[') =>
                {
                    j -= 3;
                }
                // A cell of a table written as text opens like a line: "Vecka | Dag | Kväll".
                TokKind::Punct(c) => return "!?:;–-•*|".contains(c),
                _ => return false,
            }
        }
        true
    }

    /// Whether the point at `j` is glued to a title's abbreviation: "Dr.", "prof.", "Mr.".
    #[inline]
    fn title_point(&self, j: usize) -> bool {
        let Some(p) = j.checked_sub(1).map(|p| &self.tokens[p]) else {
            return false;
        };
        p.end == self.tokens[j].start
            && p.end - p.start <= 4
            && matches!(
                self.text.as_bytes()[p.start],
                b'd' | b'D' | b'p' | b'P' | b'm' | b'M'
            )
            && p.kind == TokKind::Word
            && ["dr", "prof", "doc", "mr", "mrs", "ms"]
                .iter()
                .any(|a| self.text[p.start..p.end].eq_ignore_ascii_case(a))
    }

    /// A proper noun made of ordinary words, or of a known name and an ordinary word: an
    /// organisation, a title, a thing ("Gemenskap", "Stockholmshem", "Discordserver").
    pub(super) fn thing(&self, l: &str) -> bool {
        if self.contains(l) || self.contains(stem(l)) {
            return true;
        }
        // A first name of the world's list is no compound of Swedish words, however it
        // splits ("Gudbrand" is no "gud" and "brand").
        if self.lists.is(l, flag::WORLD) {
            return false;
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

/// Heads of place compounds that Swedish surnames also end in (`surname_after_first`).
const SURNAME_PLACE_HEADS: &[&str] = &["gård", "strand", "backe"];

/// Nouns for a group of people in the definite form, glued by a hyphen after the name
/// that stands for them ("X-gänget", "x-killarna", "X-familjen"): the name is a person's,
/// never a place's.
pub(super) const PEOPLE_GROUPS: &[&str] = &[
    "gänget",
    "killarna",
    "grabbarna",
    "tjejerna",
    "bröderna",
    "systrarna",
    "syskonen",
    "familjen",
    "klanen",
    "ligan",
];

/// Words for a person's case: "Gunnvald Hägervall-fallet", "Lind-ärendet" name the person.
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
    // Hotels and hostels ("Hotel Tegnér", "Hostel Nordic") are businesses; in Spanish and
    // Portuguese "unidos" (united) and in Northern Sámi "nuorra" (youth) end an
    // organisation's name ("Trabajadores Unidos", "Sámi Nuorra").
    "hotel",
    "hostel",
    "united",
    // A care provider or its journal system: "Nordic Care", "Pro Care".
    "care",
    // A network of cities: "Bright Cities".
    "cities",
    "unidos",
    "unidas",
    "nuorra",
    // A congregation: "Grace Church", "Victory Chapel".
    "church",
    "chapel",
];

/// Words for organisations and groups: a capitalised word after one of them names the
/// organisation, not a person ("Föreningen Gemenskap", "Kampsportsklubben Nordlys").
/// Flagged `true`: an organisation whose name may be of several words, even a person's
/// ("kulturföreningen Víctor Jara", a band's "bandet Carl Gustaf", a hotel's "Hotel Anna
/// Berg"): the capitalised words after it are the name (`in_org_name`).
pub(super) const ORG_HEADS: &[(&str, bool)] = &[
    ("föreningen", true),
    ("förening", true),
    ("klubben", true),
    ("klubb", true),
    ("gruppen", false),
    ("grupp", false),
    ("nätverket", false),
    ("nätverk", false),
    ("stiftelsen", true),
    ("förbundet", true),
    ("rörelsen", true),
    ("organisationen", true),
    ("partiet", true),
    ("kanalen", false),
    ("sidan", false),
    ("servern", false),
    ("chatten", false),
    ("appen", false),
    ("tidningen", false),
    ("bolaget", false),
    ("företaget", false),
    ("firman", false),
    ("projektet", false),
    ("skolan", false),
    ("gymnasiet", false),
    ("moskén", false),
    ("församlingen", true),
    ("kyrkan", false),
    ("restaurangen", false),
    ("butiken", false),
    ("gymmet", false),
    ("festivalen", false),
    ("kampanjen", false),
    ("rörelse", false),
    ("bandet", true),
    ("låten", false),
    ("boken", false),
    ("filmen", false),
    ("spelet", false),
    ("märket", false),
    ("loggan", false),
    ("symbolen", false),
    ("tröjan", false),
    // A home or a residence of care, a youth centre: "äldreboendet Ekhagen",
    // "gruppboendet Lärkan".
    ("boendet", false),
    ("fritidsgården", false),
    // A cinema or a theatre: "Bio Fenix", "biografen Saga".
    ("bio", false),
    ("biograf", false),
    ("biografen", false),
    ("teatern", false),
    // A hotel, and a unit of home care named by its area ("Hemtjänst Väst"; not in the
    // definite form, where a person may follow: "chefen för hemtjänsten Anna").
    ("hotel", true),
    ("hotell", true),
    ("hotellet", true),
    ("hemtjänst", false),
    // A meeting place for the elderly or the young named by a word: "Träffpunkt Tallkotten",
    // "Mötesplats Gläntan".
    ("träffpunkt", false),
    ("träffpunkten", false),
    ("mötesplats", false),
    ("mötesplatsen", false),
    // A system or a program: "HR-systemet Kvarnlo", "lönesystemet Palvo".
    ("systemet", false),
    ("programmet", false),
    // A city block: "kvarteret Hägern".
    ("kvarteret", false),
    // Things named like people, by a noun of their kind before them: a storm, a ferry, a
    // dog ("terapihunden Bamse"), an exercise or an operation of the police
    // ("övningen Nordvind", "insatsen Tornado"), a law named after a case ("lex Tova").
    ("stormen", false),
    ("orkanen", false),
    ("färjan", false),
    ("hunden", false),
    ("övningen", false),
    ("insats", false),
    ("insatsen", false),
    ("operation", false),
    ("lex", false),
    // A frog or a magazine of that name, a series, a play or a show ("grodan Kvack",
    // "tidskriften Morgonbris", "serien Sigvor Ekorrbo", "föreställningen Lilla Fridolf i
    // skogen"), a police area ("Polisområde Tuvalund"), a system of any kind ("låssystem
    // Låsbo"), a feast's day after "tjugondag" (the twentieth day after Christmas).
    ("grodan", false),
    ("tidskriften", false),
    ("tidskrifterna", false),
    ("serien", true),
    ("föreställningen", true),
    ("polisområde", true),
    ("polisområdet", true),
    ("system", false),
    ("tjugondag", false),
    // A café, whose name may be of several words: "Café Kaffestugan Tallbo".
    ("café", true),
    ("kafé", true),
    // A department of a preschool named after a book's character ("avdelningen Pelikanen",
    // "förskoleavdelning Knyttet"), a figure of a children's series ("Mumin-figuren
    // Snorkfröken"), a siren, and a chatbot or an assistant of that name ("chattboten
    // Tilda").
    ("avdelningen", false),
    ("avdelning", false),
    ("figuren", false),
    ("sirenen", false),
    ("chattbot", false),
    ("chattboten", false),
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
    // A terrace named after a person: "Sigvard Hjertströms terrass".
    "terrass",
    "terrassen",
    "salong",
    "salongen",
    // An organisation's premises: "Karin Boyes lokaler".
    "lokal",
    "lokaler",
    "lokalerna",
    // A diaconal foundation named after its place: "Ersta diakoni".
    "diakoni",
    // A museum, a theme park: "Carl Millesgårdens museum", "Elsa Beskows värld".
    "museum",
    "museet",
    "värld",
    // A shop or a restaurant named after its owner: "Aminas pizzeria".
    "kebab",
    "pizzeria",
    "pizzerian",
    "grill",
    "grillen",
    "kiosk",
    "kiosken",
    "bageri",
    "bageriet",
    "konditori",
    "restaurang",
    "frisör",
    // A grocer's, a workshop, a building, an entrance or a room named after a person or a
    // family: "Halvdans Livs", "Yngves verkstad", "Tessins byggnad", "Wachtmeisterska
    // entrén", "Gröna rummet".
    "livs",
    "verkstad",
    "verkstaden",
    "byggnad",
    "byggnaden",
    "entré",
    "entrén",
    "rummet",
    // An old grammar school: "Östra Real", "Södra Latin".
    "real",
    "latin",
    // A law or a syndrome named after the person who stated or described it ("Murphys
    // lag", "Downs syndrom").
    "lag",
    "lagen",
    "syndrom",
    "syndromet",
    // A theory, a principle, a paradox or a model of needs named after the one who put it
    // forward ("Arkimedes princip", "Zenons paradox", "Piagets teori", "Sigvors behovstrappa").
    "teori",
    "teorin",
    "princip",
    "principen",
    "paradox",
    "paradoxen",
    "behovstrappa",
    "behovstrappan",
];

/// The last two bytes of every word in some lists, as a bit set: a word whose last two
/// bytes are not in it ends in none of the words, and is turned away without comparing.
/// Lists of suffixes grouped by their last two bytes, so that a word is compared only
/// with the suffixes that end as it does (each suffix has two bytes or more).
pub(super) struct SuffixIndex(
    std::collections::HashMap<
        u16,
        Vec<Tail>,
        std::hash::BuildHasherDefault<crate::lists::WordHasher>,
    >,
);

/// A suffix of a `SuffixIndex`, with its last eight bytes (or all of a shorter one) as
/// they stand at the end of a word, for one integer comparison before any byte is read.
struct Tail {
    last: u64,
    mask: u64,
    text: &'static str,
}

/// The last eight bytes of `b` as a little-endian integer, zeros in front of a shorter
/// `b`: a suffix of `b` of `k <= 8` bytes is then the top `k` bytes.
fn last_eight(b: &[u8]) -> u64 {
    let from = b.len().saturating_sub(8);
    b[from..]
        .iter()
        .fold(0u64, |v, &x| v >> 8 | u64::from(x) << 56)
}

impl SuffixIndex {
    pub(super) fn of(lists: &[&[&'static str]]) -> SuffixIndex {
        let mut map: std::collections::HashMap<u16, Vec<Tail>, _> = Default::default();
        for s in lists.iter().flat_map(|l| l.iter()) {
            let b = s.as_bytes();
            let k = b.len().min(8);
            map.entry(u16::from_le_bytes([b[b.len() - 2], b[b.len() - 1]]))
                .or_default()
                .push(Tail {
                    last: last_eight(b),
                    mask: u64::MAX << (8 * (8 - k)),
                    text: s,
                });
        }
        SuffixIndex(map)
    }

    /// Whether `l` ends in one of the suffixes with more than `extra` bytes before it.
    pub(super) fn ends(&self, l: &str, extra: usize) -> bool {
        let [.., a, b] = l.as_bytes() else {
            return false;
        };
        self.0.get(&u16::from_le_bytes([*a, *b])).is_some_and(|v| {
            let last = last_eight(l.as_bytes());
            v.iter().any(|h| {
                last & h.mask == h.last
                    && l.len() > h.text.len() + extra
                    && (h.text.len() <= 8 || l.ends_with(h.text))
            })
        })
    }
}

pub(crate) struct Ends([u64; 1024]);

impl Ends {
    pub(crate) const fn of(lists: &[&[&str]]) -> Ends {
        let mut bits = [0u64; 1024];
        let mut i = 0;
        while i < lists.len() {
            let mut j = 0;
            while j < lists[i].len() {
                let b = lists[i][j].as_bytes();
                let key = (b[b.len() - 2] as usize) << 8 | b[b.len() - 1] as usize;
                bits[key / 64] |= 1 << (key % 64);
                j += 1;
            }
            i += 1;
        }
        Ends(bits)
    }

    /// The same for a list of flagged words: those flagged `flag`, or all when `flag` is
    /// false.
    const fn of_flagged(words: &[(&str, bool)], flag: bool) -> Ends {
        let mut bits = [0u64; 1024];
        let mut i = 0;
        while i < words.len() {
            if words[i].1 || !flag {
                let b = words[i].0.as_bytes();
                let key = (b[b.len() - 2] as usize) << 8 | b[b.len() - 1] as usize;
                bits[key / 64] |= 1 << (key % 64);
            }
            i += 1;
        }
        Ends(bits)
    }

    /// Whether a word of the lists may end the bytes `w`.
    pub(crate) fn has(&self, w: &[u8]) -> bool {
        let [.., a, b] = w else {
            return false;
        };
        let key = (*a as usize) << 8 | *b as usize;
        self.0[key / 64] & 1 << (key % 64) != 0
    }
}

static HEAD_ENDS: Ends = Ends::of(&[PLACE_HEADS]);
/// The last two bytes of the organisation words: most words end in none of them.
pub(super) static ORG_HEAD_ENDS: Ends = Ends::of_flagged(ORG_HEADS, false);
/// The same for the organisation words flagged as naming several words.
pub(super) static ORG_NAMER_ENDS: Ends = Ends::of_flagged(ORG_HEADS, true);

/// Whether a lower-case word ends in an organisation word ("kampsportsklubben"), or in
/// one whose name may be of several words (`namer`).
pub(super) fn org_head(l: &str, namer: bool) -> bool {
    let ends = if namer {
        &ORG_NAMER_ENDS
    } else {
        &ORG_HEAD_ENDS
    };
    ends.has(l.as_bytes())
        && ORG_HEADS
            .iter()
            .any(|&(h, n)| (n || !namer) && l.ends_with(h))
}
static HEAD_OR_STREET_ENDS: Ends = Ends::of(&[PLACE_HEADS, crate::lists::STREET_SUFFIXES]);

#[cfg(test)]
mod tests {
    use super::SuffixIndex;
    use proptest::prelude::*;

    const TAILS: &[&str] = &[
        "en",
        "gatan",
        "pedagogen",
        "handläggaren",
        "skolan",
        "ån",
        "ör",
    ];

    proptest! {
        /// The index answers as comparing every suffix would, with suffixes shorter and
        /// longer than its eight-byte comparison and with letters of two bytes.
        #[test]
        fn the_suffix_index_answers_as_every_suffix_compared(
            w in "[a-zåäö]{0,16}(en|gatan|pedagogen|handläggaren|skolan|ån|ör)?",
            extra in 0usize..4,
        ) {
            let index = SuffixIndex::of(&[TAILS]);
            let want = TAILS.iter().any(|h| w.len() > h.len() + extra && w.ends_with(h));
            prop_assert_eq!(index.ends(&w, extra), want);
        }
    }
}
