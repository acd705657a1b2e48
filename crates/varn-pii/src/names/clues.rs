//! Clues from the sentence around a word, for names written without capitals and for
//! capitalised words that are no person: where a subject stands, a speaker's label in a
//! chat, a name before its owner's number, a user name built from names, a thing that is
//! given a name, a quotation of a text or in another language, code and abbreviations, a
//! festival named like a person. Each looks a bounded number of tokens around the word.

use crate::lists::{flag, KUNYA, ROLE_TAILS};
use crate::token::TokKind;

use super::context::{Ctx, SuffixIndex, SURNAME_MORPHS};
use super::{shape, Shape};

/// Nouns for things that are given names: a group, an account, a server, a list, a song
/// ("en chattgrupp som heter …", "Telegramkontot heter …", "en Spotifylista med namnet …").
/// A compound ending in one of them counts.
const THING_HEADS: &[&str] = &[
    "grupp",
    "gruppen",
    "gäng",
    "gänget",
    "gruppering",
    "grupperingen",
    "server",
    "servern",
    "konto",
    "kontot",
    "sida",
    "sidan",
    "lista",
    "listan",
    "kanal",
    "kanalen",
    "chatt",
    "chatten",
    "tråd",
    "tråden",
    "förening",
    "föreningen",
    "nätverk",
    "nätverket",
    "organisation",
    "organisationen",
    "band",
    "bandet",
    "låt",
    "låten",
    "bok",
    "boken",
    "film",
    "filmen",
    "spel",
    "spelet",
    "app",
    "appen",
    "podd",
    "podden",
    "forum",
    "forumet",
    "sajt",
    "sajten",
    "blogg",
    "bloggen",
    "tidning",
    "tidningen",
    "företag",
    "företaget",
    "firma",
    "firman",
    "butik",
    "butiken",
    "klubb",
    "klubben",
    "parti",
    "partiet",
    "rörelse",
    "rörelsen",
    "projekt",
    "projektet",
    "kampanj",
    "kampanjen",
    "profil",
    "profilen",
    "hashtag",
    "hashtaggen",
    "video",
    "videon",
    "klipp",
    "klippet",
    "sång",
    "sången",
    "album",
    "albumet",
    "laget",
    "märke",
    "märket",
    "logga",
    "loggan",
    "symbol",
    "symbolen",
    "flagga",
    "flaggan",
    "fest",
    "festen",
    "evenemang",
    "evenemanget",
];

/// Garments in every form, and compounds ending in one ("munkjackan", "t-tröjorna"):
/// what is "från" a make.
const GARMENTS: &[&str] = &[
    "tröja",
    "tröjan",
    "tröjor",
    "tröjorna",
    "jacka",
    "jackan",
    "jackor",
    "jackorna",
    "keps",
    "kepsen",
    "kepsar",
    "kepsarna",
    "skjorta",
    "skjortan",
    "skjortor",
    "skjortorna",
    "kostym",
    "kostymen",
    "kostymer",
    "kostymerna",
    "byxor",
    "byxorna",
    "jeans",
    "jeansen",
    "skor",
    "skorna",
    "kängor",
    "kängorna",
    "mössa",
    "mössan",
    "mössor",
    "mössorna",
    "väska",
    "väskan",
    "väskor",
    "väskorna",
    "klänning",
    "klänningen",
    "kläder",
    "kläderna",
    "overall",
    "overallen",
    "halsduk",
    "halsduken",
    "sneakers",
    "hoodie",
    "hoodien",
];

/// Interjections that open a chat line before its subject: "asså hampus sa …".
const CHAT_OPENERS: &[&str] = &[
    "asså", "ass", "lol", "ja", "jo", "nej", "nä", "okej", "ok", "aa", "jaha", "aha", "ba", "fan",
    "shit", "wow", "jaså", "hmm", "eh", "öh", "haha", "hehe", "hihi",
    // Notes that open a line of chat: "fyi stina slutar …", "obs …", "btw …".
    "fyi", "btw", "obs",
];

/// An interjection that opens a line of chat, laughter of any length among them
/// ("hahaha", "hehehe").
pub(super) fn chat_opener(w: &str) -> bool {
    CHAT_OPENERS.contains(&w)
        || w.len() >= 6
            && w.len() % 2 == 0
            && w.as_bytes()
                .chunks(2)
                .all(|c| matches!(c, b"ha" | b"he" | b"hi"))
}

/// Endings of Swedish pet forms of first names ("Lollan", "Jeppa", "Tuvis", "Giffe"):
/// a cue only where the sentence already puts a person.
pub(super) fn pet_form(l: &str) -> bool {
    l.len() >= 4
        && ["an", "is", "pa", "ta", "ka", "sse", "ffe"]
            .iter()
            .any(|e| l.ends_with(e))
}

/// Auxiliaries that open a question before its subject: "har X skickat …?", "kan X ta
/// …?".
const QUESTION_AUXILIARIES: &[&str] = &[
    "har", "hade", "kan", "kunde", "ska", "skulle", "vill", "får", "måste", "borde",
];

/// Whether a word in lower case has a supine's ending of a weak or a strong verb
/// ("hotat", "slagit", "sett"); the caller asks the word list.
fn supine(v: &str) -> bool {
    v.len() >= 5 && (v.ends_with("at") || v.ends_with("it")) || v.len() >= 4 && v.ends_with("tt")
}

/// Articles and determiners: the noun after one is no name ("en influencer som …").
pub(super) const DETERMINERS: &[&str] = &[
    "en", "ett", "den", "det", "denna", "denne", "detta", "någon", "något", "varje", "ingen",
    "inget", "vilken", "vilket", "annan", "annat", "samma",
];

/// Names of persons that are also days and festivals: "inför Lucia", "firade Valborg".
const FESTIVALS: &[&str] = &["lucia", "valborg", "mårten"];

/// Holidays and school holidays: a festival named like a person listed with one is the
/// day too ("jul, nyår och Valborg").
const HOLIDAYS: &[&str] = &[
    "jul",
    "julen",
    "julafton",
    "nyår",
    "nyåret",
    "nyårsafton",
    "påsk",
    "påsken",
    "pingst",
    "midsommar",
    "midsommarafton",
    "advent",
    "trettondagen",
    "halloween",
    "nationaldagen",
    "lucia",
    "valborg",
    "sportlovet",
    "påsklovet",
    "höstlovet",
    "jullovet",
    "sommarlovet",
];

/// A compound ending in a role word ("storebror", "enhetschefen").
pub(super) fn role_compound(l: &str) -> bool {
    // The last two letters of every role tail, to turn most words away at once.
    let end = l.as_bytes().get(l.len().saturating_sub(2)..).unwrap_or(b"");
    l.len() >= 7
        && matches!(
            end,
            b"or"
                | b"er"
                | b"rn"
                | b"an"
                | b"ma"
                | b"pa"
                | b"is"
                | b"en"
                | b"at"
                | b"ga"
                | b"ka"
                | b"nt"
                | b"re"
                | b"og"
                | b"ar"
                | b"na"
                | b"lk"
        )
        && {
            // Only the tails that end as the word does are compared.
            static TAILS: std::sync::OnceLock<SuffixIndex> = std::sync::OnceLock::new();
            TAILS
                .get_or_init(|| SuffixIndex::of(&[ROLE_TAILS]))
                .ends(l, 2)
        }
}

/// Verbs of belief after which Swedish may drop "att", so that a clause opens right after
/// them ("jag tror nasrin har …", "vi tycker kevin borde …"); only after a personal
/// pronoun as their subject, or opening a message that leaves the pronoun out ("tror
/// ardesh bor där").
const BELIEF_VERBS: &[&str] = &[
    "tror",
    "trodde",
    "tycker",
    "tyckte",
    "antar",
    "misstänker",
    "misstänkte",
    "hoppas",
];

impl Ctx<'_> {
    /// Whether a lower-case word is a role word or a compound ending in one
    /// ("storebror", "klasskompisen", "enhetschefen").
    pub(super) fn role(&self, l: &str) -> bool {
        self.lists.is(l, flag::ROLE) || role_compound(l)
    }

    /// Whether a lower-case word is a finite verb: a listed one, or a Swedish word with
    /// the ending of the present or the past ("vägrar", "driver", "hotade").
    pub(super) fn finite(&self, v: &str) -> bool {
        self.lists.is(v, flag::FINITE) && v != "och"
            || v.chars().count() >= 4
                && ["ar", "er", "ade", "dde", "tte"]
                    .iter()
                    .any(|e| v.ends_with(e))
                && self.is_word(v)
    }

    /// Whether a clause opens at `i`: a sentence start, or after a word that opens a
    /// clause ("eftersom", "att", "när").
    /// Also after an interjection or a hedge opening a chat line ("asså hampus sa …").
    pub(super) fn clause_start(&self, i: usize) -> bool {
        self.sentence_start(i)
            || self.neighbour(i, -1, false).is_some_and(|p| {
                self.lower_cow(p).is_some_and(|w| {
                    let f = self.lists.flags(&w);
                    f & flag::CLAUSE != 0
                        || (f & flag::HEDGE != 0 || chat_opener(&w)) && self.sentence_start(p)
                        || BELIEF_VERBS.contains(&w.as_ref())
                            && (self.pronoun_before(p) || self.sentence_start(p))
                })
            })
            || self.after_clause_comma(i)
    }

    /// Whether the word at `i` is a listed first name in lower case that is no word (or an
    /// unlisted one before "är", "har" …), after a comma that ends a clause of words:
    /// "orkar inte, X tar över". In capitalised
    /// text a comma opens no clause this way (a list of nouns).
    fn after_clause_comma(&self, i: usize) -> bool {
        let t = self.tokens;
        i >= 3
            && t[i - 1].kind == (TokKind::Space { newline: false })
            && t[i - 2].kind == TokKind::Punct(',')
            && t[i - 3].kind == TokKind::Word
            && self.word(i).is_some_and(|w| {
                shape(w) == Shape::Lower
                    && !self.lists.is(w, flag::AMBIGUOUS | flag::WORD_NAME)
                    && !self.is_word(w)
                    && (self.lists.is(w, flag::FIRST) || self.unlisted_after_comma(i, w))
            })
    }

    /// Whether the unlisted word `w` at `i` after a clause's comma, no word of the language
    /// and of three letters or more, stands right before "är", "har", "tar", "kommer" or
    /// "ska": the subject of the next clause ("orkar inte, <name> tar över").
    #[inline(never)]
    fn unlisted_after_comma(&self, i: usize, w: &str) -> bool {
        w.chars().nth(2).is_some()
            && !self.lists.is(w, flag::NOT_NAME)
            && self
                .neighbour(i, 1, false)
                .and_then(|v| self.word(v))
                .is_some_and(|v| matches!(v, "är" | "har" | "tar" | "kommer" | "ska"))
            && self.caseless_candidate(i, w)
    }

    /// Whether the word at `i`, no word of the language and with the ending of a pet
    /// form, is the subject of a question or of a group: after an auxiliary opening the
    /// sentence and before a verb ("har lollan skickat …?", "kan jeppa ta …"), or before
    /// "och hans kompisar" ("bara giffe och hans kompisar").
    pub(super) fn pet_subject(&self, i: usize, l: &str) -> bool {
        if !pet_form(l) {
            return false;
        }
        let next = |k: usize| self.neighbour(k, 1, false);
        self.question_subject_place(i)
            || next(i)
                .filter(|&a| self.word(a) == Some("och"))
                .and_then(next)
                .is_some_and(|h| {
                    matches!(self.word(h), Some("hans" | "hennes" | "hens"))
                        && next(h)
                            .and_then(|n| self.word(n))
                            .is_some_and(|n| self.is_word(n))
                })
    }

    /// Whether the word at `i`, in lower case, follows the Arabic article glued by a
    /// hyphen ("al-", "el-") and is no Swedish word: a family name of the Arabic naming
    /// tradition ("… och al-x har …"), unless the whole is a known place or organisation
    /// or a preposition of place stands before it ("i al-x" is a town).
    pub(super) fn after_arabic_article(&self, i: usize, l: &str) -> bool {
        let t = self.tokens;
        i >= 2
            && t[i - 1].kind == TokKind::Punct('-')
            && t[i - 1].end == t[i].start
            && t[i - 2].end == t[i - 1].start
            && matches!(self.word(i - 2), Some("al" | "el"))
            && l.chars().count() >= 4
            && !self.is_word(l)
            && !self.known_place(i, l, false)
            && !self.neighbour(i - 2, -1, false).is_some_and(|p| {
                matches!(
                    self.word(p),
                    Some("i" | "vid" | "från" | "till" | "mot" | "nära")
                )
            })
    }

    /// Whether the word before `i` opens a subordinate clause: "att", "eftersom", "när",
    /// "som" …
    fn after_subordinator(&self, i: usize) -> bool {
        self.neighbour(i, -1, false)
            .and_then(|p| self.word(p))
            .is_some_and(|p| {
                matches!(
                    p,
                    "att" | "eftersom" | "när" | "som" | "sedan" | "innan" | "tills" | "medan"
                )
            })
    }

    /// Whether the word at `i` stands where a question puts its subject: after an
    /// auxiliary opening the sentence and before a word of the language ("har X skickat
    /// …?", "kan X ta …"). Swedish inverts subject and verb in a question, so the word
    /// there is the subject; one that is no Swedish word is a name (the caller asks).
    ///
    /// A negation may stand before the subject, and "var"/"är" open a question too, both
    /// only before a question mark at most ten tokens on ("var inte X med på mötet?",
    /// "har inte X svarat?").
    pub(super) fn question_subject_place(&self, i: usize) -> bool {
        let Some(mut p) = self.neighbour(i, -1, false) else {
            return false;
        };
        let negated = self.word(p) == Some("inte");
        if negated {
            let Some(a) = self.neighbour(p, -1, false) else {
                return false;
            };
            p = a;
        }
        let Some(a) = self.word(p) else {
            return false;
        };
        let copula = matches!(a, "var" | "är");
        if !(copula || QUESTION_AUXILIARIES.contains(&a))
            || !self
                .neighbour(i, 1, false)
                .and_then(|v| self.word(v))
                .is_some_and(|v| {
                    // After a copula a predicative of any kind ("var X med?", "är X
                    // hemma?").
                    shape(v) == Shape::Lower && self.is_word(v) && (copula || !self.not_name(v))
                })
            || !self.sentence_start(p)
        {
            return false;
        }
        !(negated || copula)
            || self.tokens[i + 1..(i + 11).min(self.tokens.len())]
                .iter()
                .any(|t| t.kind == TokKind::Punct('?'))
    }

    /// A listed first name addressed in a chat line: after an interjection opening it
    /// and before "du" and a finite verb ("haha tyra du glömde …").
    pub(super) fn vocative(&self, i: usize) -> bool {
        self.neighbour(i, -1, false).is_some_and(|p| {
            self.sentence_start(p) && self.lower_cow(p).is_some_and(|w| chat_opener(&w))
        }) && self.neighbour(i, 1, false).is_some_and(|n| {
            self.word(n) == Some("du")
                && self
                    .neighbour(n, 1, false)
                    .and_then(|v| self.lower_cow(v))
                    .is_some_and(|v| {
                        // The past in "-de", "-te" too: "glömde", "köpte".
                        self.finite(&v)
                            || (v.ends_with("de") || v.ends_with("te")) && self.is_word(&v)
                    })
        })
    }

    /// Words in lower case joined by "+" or "&" ("amina + sagal + nasrin"), one of them a
    /// listed first name that is no word, none an ordinary word: a list of persons.
    pub(super) fn plus_list(&self, i: usize) -> bool {
        let t = self.tokens;
        let joined = |a: usize, dir: isize| -> Option<usize> {
            // a, space, '+' or '&', space, b (or the mirror image).
            let step = |k: usize, d: isize| k.checked_add_signed(d);
            let s1 = step(a, dir)?;
            let op = step(a, 2 * dir)?;
            let s2 = step(a, 3 * dir)?;
            let b = step(a, 4 * dir)?;
            (matches!(t.get(s1)?.kind, TokKind::Space { newline: false })
                && matches!(t.get(op)?.kind, TokKind::Punct('+' | '&'))
                && matches!(t.get(s2)?.kind, TokKind::Space { newline: false })
                && t.get(b)?.kind == TokKind::Word)
                .then_some(b)
        };
        let mut first = false;
        let mut any = false;
        let mut ok = |k: usize| -> bool {
            let Some(l) = self.lower_cow(k) else {
                return false;
            };
            if self.contains(&l) || self.not_name(&l) {
                return false;
            }
            let f = self.lists.flags(&l);
            first |= f & flag::FIRST != 0 && f & flag::AMBIGUOUS == 0;
            true
        };
        if !ok(i) {
            return false;
        }
        for dir in [-1isize, 1] {
            let mut k = i;
            for _ in 0..4 {
                match joined(k, dir) {
                    Some(b) if ok(b) => {
                        any = true;
                        k = b;
                    }
                    Some(_) => return false,
                    None => break,
                }
            }
        }
        any && first
    }

    /// Whether a verb of saying and "att" follow the word at `i`: only a person "sa att"
    /// ("…, i går gulnaz sa att"), wherever the clause opens.
    pub(super) fn says_that(&self, i: usize) -> bool {
        self.neighbour(i, 1, false).is_some_and(|n| {
            matches!(
                self.word(n),
                Some("sa" | "sade" | "säger" | "berättade" | "berättar" | "skrev" | "skriver")
            ) && self
                .neighbour(n, 1, false)
                .is_some_and(|a| self.word(a) == Some("att"))
        })
    }

    /// Whether a personal pronoun, the subject, stands just before `p` ("jag tror").
    fn pronoun_before(&self, p: usize) -> bool {
        self.neighbour(p, -1, false)
            .and_then(|b| self.lower_cow(b))
            .is_some_and(|b| {
                matches!(
                    b.as_ref(),
                    "jag" | "du" | "han" | "hon" | "hen" | "vi" | "ni" | "de" | "dom" | "man"
                )
            })
    }

    /// The last token of a group glued together after the single space after `n`
    /// ("i 8a": the "a"), where the group is a word or a class.
    pub(super) fn group_after(&self, n: usize) -> Option<usize> {
        if !matches!(
            self.tokens.get(n + 1)?.kind,
            TokKind::Space { newline: false }
        ) {
            return None;
        }
        let mut m = n + 2;
        if !matches!(self.tokens.get(m)?.kind, TokKind::Word | TokKind::Number) {
            return None;
        }
        while self.tokens.get(m + 1).is_some_and(|t| {
            matches!(t.kind, TokKind::Word | TokKind::Number) && t.start == self.tokens[m].end
        }) {
            m += 1;
        }
        // A class written out: "i klass 5", "i årskurs 4B".
        if matches!(self.word(m), Some("klass" | "årskurs" | "åk"))
            && matches!(
                self.tokens.get(m + 1).map(|t| t.kind),
                Some(TokKind::Space { newline: false })
            )
            && self
                .tokens
                .get(m + 2)
                .is_some_and(|t| t.kind == TokKind::Number && t.end - t.start <= 2)
        {
            m += 2;
            if self
                .tokens
                .get(m + 1)
                .is_some_and(|t| t.kind == TokKind::Word && t.start == self.tokens[m].end)
            {
                m += 1;
            }
        }
        Some(m)
    }

    /// The subject of a clause: one to three words that are no Swedish words (name
    /// particles such as "van" allowed) opening a clause, then a finite verb, "som" and a
    /// word, or a class or place and a finite verb ("mirza hadžić har …", "eftersom elin
    /// som hade …", "ceren i 8a sa …", "tran van minh som driver …").
    pub(super) fn subject(&self, i: usize) -> bool {
        if self.relative(i) || self.inverted(i) {
            return true;
        }
        if !self.clause_start(i) {
            return false;
        }
        let mut k = i;
        let mut placed = false;
        let mut and = false;
        for _ in 0..4 {
            let Some(n) = self.neighbour(k, 1, true) else {
                return false;
            };
            let Some(v) = self.lower_at(n) else {
                return false;
            };
            if v == "som" {
                return self
                    .neighbour(n, 1, false)
                    .and_then(|m| self.lower_at(m))
                    .is_some_and(|m| self.is_word(&m));
            }
            if self.finite(&v) {
                return true;
            }
            // A supine right after the subject of a subordinate clause, its "har" left
            // out as Swedish does there ("sa att X hotat honom", "eftersom X slutat").
            if k == i && supine(&v) && self.after_subordinator(i) && self.is_word(&v) {
                return true;
            }
            if !placed && matches!(v.as_str(), "i" | "på" | "från" | "ur") {
                // "kourosh i min mentorsklass pratar": a possessive or an article
                // before the class or place.
                let det = self.neighbour(n, 1, false).filter(|&d| {
                    self.word(d).is_some_and(|d| {
                        matches!(
                            d,
                            "min"
                                | "din"
                                | "sin"
                                | "hans"
                                | "hennes"
                                | "vår"
                                | "deras"
                                | "den"
                                | "det"
                                | "samma"
                                | "andra"
                        )
                    })
                });
                let Some(m) = self.group_after(det.unwrap_or(n)) else {
                    return false;
                };
                placed = true;
                k = m;
                continue;
            }
            // Particles inside a name, and subjects joined by "och" ("kevin och noah
            // har …"): the words after must be no Swedish words either.
            if self.lists.is(&v, flag::PARTICLE) || matches!(v.as_str(), "och" | "o" | "å") {
                and = matches!(v.as_str(), "och" | "o" | "å");
                k = n;
                continue;
            }
            // Subjects joined by "och", the second an ordinary word ("bilal o musse
            // va …", "elin och mamman har …", "arvin och hans bror är …"): the first is
            // still a subject.
            if and
                && matches!(
                    v.as_str(),
                    "hans" | "hennes" | "hens" | "min" | "din" | "sin" | "deras" | "vår" | "er"
                )
            {
                k = n;
                continue;
            }
            // An adverb before the verb of a subordinate clause: "eftersom rahwa inte
            // kom".
            if self.lists.is(&v, flag::ADVERB) {
                k = n;
                continue;
            }
            if self.is_word(&v) && !std::mem::take(&mut and) {
                return false;
            }
            k = n;
        }
        false
    }

    /// A relative clause about the word: "rebecka som såg det", "… elin som hade koll".
    /// Not after an article or a determiner: a name takes none ("en influencer som …").
    fn relative(&self, i: usize) -> bool {
        let determined = || {
            self.neighbour(i, -1, false)
                .and_then(|p| self.lower_cow(p))
                .is_some_and(|p| DETERMINERS.contains(&p.as_ref()))
        };
        // The object of a verb that takes no person ("delar memes som hyllar …",
        // "tittar på klipp som …"): a thing. After a verb of perception, a social verb or
        // a verb of saying the object may be a person ("träffade rebecka som …").
        let object = || {
            self.neighbour(i, -1, false).is_some_and(|p| {
                let p = match self.word(p) {
                    Some("på" | "om") => match self.neighbour(p, -1, false) {
                        Some(q) => q,
                        None => return false,
                    },
                    _ => p,
                };
                self.lower_cow(p).is_some_and(|v| {
                    self.finite(&v)
                        && !self.lists.is(
                            &v,
                            flag::PERSON_VERB | flag::WITH_VERB | flag::REPORTING | flag::NAMING,
                        )
                        && !matches!(v.as_ref(), "är" | "var" | "heter" | "hette" | "blev")
                })
            })
        };
        // The clause set off by a comma too: "… mot x, som arbetar i kassan".
        let t = self.tokens;
        let after = if t.get(i + 1).is_some_and(|c| c.kind == TokKind::Punct(','))
            && t.get(i + 2)
                .is_some_and(|s| s.kind == (TokKind::Space { newline: false }))
        {
            Some(i + 3)
        } else {
            self.neighbour(i, 1, false)
        };
        after.is_some_and(|n| {
            self.word(n) == Some("som")
                && self
                    .neighbour(n, 1, false)
                    .and_then(|m| self.lower_cow(m))
                    .is_some_and(|m| {
                        self.finite(&m)
                            || self.lists.is(&m, flag::ADVERB)
                            // A supine, its "har" left out in the relative clause: "X som
                            // slutat komma".
                            || supine(&m) && self.is_word(&m)
                    })
                && !determined()
                && !object()
        })
    }

    /// The subject after the finite verb, when something else opens the sentence ("igår
    /// kom milad och …", "i chatten skriver kasper att …"): the verb is at most the fourth
    /// word of its sentence.
    fn inverted(&self, i: usize) -> bool {
        let Some(p) = self.neighbour(i, -1, false) else {
            return false;
        };
        if !self.lower_cow(p).is_some_and(|v| self.finite(&v)) || self.sentence_start(p) {
            return false;
        }
        let mut k = p;
        for _ in 0..3 {
            match self.neighbour(k, -1, false) {
                Some(b) if self.sentence_start(b) => {
                    // Not after a subject pronoun: "han har …" puts an object there.
                    return !self.lower_cow(b).is_some_and(|w| {
                        matches!(
                            w.as_ref(),
                            "jag" | "du" | "han" | "hon" | "hen" | "vi" | "ni" | "de" | "dom"
                        )
                    });
                }
                Some(b) => k = b,
                None => return false,
            }
        }
        false
    }

    /// A speaker's label in a chat log: one to three words opening a line or a quotation,
    /// then a colon, at least one of them no Swedish word ("adel mansour: vi ses …").
    pub(super) fn speaker(&self, i: usize) -> bool {
        if !self.sentence_start(i) {
            return false;
        }
        let mut k = i;
        let mut unknown = false;
        for _ in 0..3 {
            let Some(l) = self.lower_at(k) else {
                return false;
            };
            if self.not_name(&l) || self.role(&l) {
                return false;
            }
            unknown |= self.caseless_candidate(k, &l);
            if self
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == TokKind::Punct(':'))
            {
                // A field's label, not a speaker's, when a number or a word in capitals
                // and a number follow ("org: 802488", "plates: GHT 441").
                let field = match self.tokens.get(k + 3).map(|t| t.kind) {
                    Some(TokKind::Number) => true,
                    Some(TokKind::Word) => {
                        self.word(k + 3).is_some_and(|w| shape(w) == Shape::Upper)
                            && self
                                .tokens
                                .get(k + 5)
                                .is_some_and(|t| t.kind == TokKind::Number)
                    }
                    _ => false,
                };
                return unknown
                    && !field
                    && self
                        .tokens
                        .get(k + 2)
                        .is_some_and(|t| matches!(t.kind, TokKind::Space { .. }));
            }
            match self.neighbour(k, 1, false) {
                Some(n) => k = n,
                None => return false,
            }
        }
        false
    }

    /// Words that are no Swedish words just before a personal identity number, a phone
    /// number or an e-mail address: the owner's name ("3. mehdi karimi 060730 4151").
    pub(super) fn before_id(&self, i: usize) -> bool {
        if self.ids.is_empty() && self.addresses.is_empty() {
            return false;
        }
        // Or "på" and an address: the person who lives there ("ovanför svetlana på
        // pilgatan 6").
        let address_after = |k: usize| {
            let space = |j: usize| {
                self.tokens
                    .get(j)
                    .is_some_and(|t| t.kind == TokKind::Space { newline: false })
            };
            space(k + 1)
                && self.word(k + 2) == Some("på")
                && space(k + 3)
                && self
                    .tokens
                    .get(k + 4)
                    .is_some_and(|t| self.addresses.binary_search(&t.start).is_ok())
        };
        // Where the id would start after the word at `k`: a space, a comma or a colon and
        // a space, or "på" ("ring jocke på 070 …", "pnr till hussein: 19 99 …").
        let id_after = |k: usize| {
            let mut j = k + 1;
            if self
                .tokens
                .get(j)
                .is_some_and(|t| matches!(t.kind, TokKind::Punct(',' | ':')))
            {
                j += 1;
            } else if self.word(k + 2) == Some("på")
                && self
                    .tokens
                    .get(k + 3)
                    .is_some_and(|t| t.kind == TokKind::Space { newline: false })
            {
                j += 2;
            }
            self.tokens
                .get(j)
                .is_some_and(|t| t.kind == TokKind::Space { newline: false })
                && self
                    .tokens
                    .get(j + 1)
                    .is_some_and(|t| self.ids.binary_search(&t.start).is_ok())
        };
        let mut k = i;
        let mut between = [0usize; 2];
        for step in 0..3 {
            if id_after(k) || address_after(k) {
                // The words between are no Swedish words either: "mehdi karimi".
                return between[..step].iter().all(|&n| {
                    self.lower_cow(n)
                        .is_some_and(|l| self.caseless_candidate(n, &l))
                });
            }
            if step == 2 {
                return false;
            }
            match self.neighbour(k, 1, true) {
                Some(n) => {
                    between[step] = n;
                    k = n;
                }
                None => return false,
            }
        }
        false
    }

    /// A word that makes a name of the next one, which is no Swedish word ("abu hamza",
    /// "umm safiyya").
    pub(super) fn kunya(&self, i: usize, l: &str) -> bool {
        KUNYA.contains(&l)
            && self.neighbour(i, 1, true).is_some_and(|n| {
                self.lower_cow(n)
                    .is_some_and(|nl| self.caseless_candidate(n, &nl))
            })
    }

    /// A listed first name in the genitive before an ordinary word in lower case:
    /// "emmas mobil", "leos jacka". The name is no word itself ("hans", "mars" stay).
    pub(super) fn listed_genitive(&self, i: usize, l: &str) -> bool {
        let Some(stem) = l.strip_suffix('s') else {
            return false;
        };
        let f = self.lists.flags(stem);
        stem.chars().count() >= 3
            && f & flag::FIRST != 0
            && f & (flag::AMBIGUOUS | flag::WORD_NAME) == 0
            && !self.is_word(l)
            && self
                .neighbour(i, 1, false)
                .and_then(|n| self.word(n))
                .is_some_and(|n| {
                    shape(n) == Shape::Lower && n.chars().count() >= 3 && self.is_word(n)
                })
    }

    /// A genitive before a role word: "zilans mamma", "aminas storebror".
    pub(super) fn possessive(&self, i: usize, l: &str) -> bool {
        l.ends_with('s')
            && self
                .neighbour(i, 1, false)
                .and_then(|n| self.lower_cow(n))
                .is_some_and(|n| self.role(&n))
    }

    /// The next word is shaped like a surname of the name families and is no Swedish
    /// word ("jussi heikkinen", "mirza hadžić").
    pub(super) fn surname_next(&self, i: usize) -> bool {
        let Some(n) = self.neighbour(i, 1, true) else {
            return false;
        };
        let Some(nl) = self.lower_cow(n) else {
            return false;
        };
        SURNAME_MORPHS
            .iter()
            .any(|e| nl.ends_with(e) && nl.len() > e.len() + 2)
            && self.caseless_candidate(n, &nl)
            && !self.lex.places.single(&nl)
    }

    /// Whether the naming word at `i` ("heter", "kallar", "namnet") names a thing: a noun
    /// for a group, an account, a list … stands before it ("en chattgrupp som heter",
    /// "ett konto med namnet").
    pub(super) fn thing_named(&self, i: usize) -> bool {
        // A person as the subject after the verb names persons, wherever they are ("I
        // chatten kallar de sig …").
        // So does a person as the object ("Gruppen kallar ledaren för …").
        if self
            .neighbour(i, 1, false)
            .and_then(|n| self.word(n))
            .is_some_and(|n| {
                matches!(n, "de" | "dom" | "han" | "hon" | "hen" | "honom" | "henne")
                    || self.lists.is(n, flag::ROLE)
            })
        {
            return false;
        }
        let mut k = i;
        let mut place = false;
        for _ in 0..6 {
            let Some(p) = self.neighbour(k, -1, true) else {
                return false;
            };
            let Some(pl) = self.lower_at(p) else {
                return false;
            };
            // The noun itself or a compound ending in it; a first part of one letter
            // is none ("lapp" is no app: "en lapp med namnet …" holds a person's name).
            if THING_HEADS
                .iter()
                .any(|h| pl.ends_with(h) && (pl.len() == h.len() || pl.len() >= h.len() + 2))
            {
                // Unless the noun hangs on a person by a preposition: "Ledaren för gruppen
                // kallas …" names the leader.
                let owner = self
                    .neighbour(p, -1, false)
                    .filter(|&q| {
                        self.word(q)
                            .is_some_and(|q| matches!(q, "för" | "i" | "inom" | "av"))
                    })
                    .and_then(|q| self.neighbour(q, -1, false))
                    .and_then(|o| self.lower_cow(o))
                    .is_some_and(|o| self.lists.is(&o, flag::ROLE));
                // An account or a profile named by a listed first name is a person's
                // ("Kontot heter Zarifa"): a handle, which names its holder.
                let handle =
                    (pl.ends_with("konto") || pl.ends_with("kontot") || pl.starts_with("profil"))
                        && self
                            .neighbour(i, 1, false)
                            .and_then(|n| self.lower_cow(n))
                            .is_some_and(|n| self.lists.is(&n, flag::FIRST));
                return !owner && !handle;
            }
            // A place between the noun and "som": "en grupp i Bagarmossen som kallar sig".
            let prep = self.neighbour(p, -1, false).filter(|&q| {
                self.word(q)
                    .is_some_and(|q| matches!(q, "i" | "på" | "från" | "vid"))
            });
            // Or a platform or place in lower case: "en grupp på snap som heter …".
            if let Some(q) = prep.filter(|_| {
                !place
                    && self
                        .word(p)
                        .is_some_and(|w| shape(w) == Shape::Cap || self.lex.places.single(&pl))
            }) {
                place = true;
                k = q;
                continue;
            }
            if !matches!(
                pl.as_str(),
                "som" | "sig" | "med" | "numera" | "nu" | "också" | "även" | "officiellt"
            ) {
                return false;
            }
            k = p;
        }
        false
    }

    /// A listed name that is also a day or a festival, where a day stands ("inför Lucia",
    /// "firade Lucia", "Lucia firades").
    pub(super) fn festival(&self, i: usize, l: &str) -> bool {
        if !FESTIVALS.contains(&l) {
            return false;
        }
        let before = self.neighbour(i, -1, false).and_then(|p| self.lower_at(p));
        let after = self.neighbour(i, 1, false).and_then(|n| self.lower_at(n));
        before.is_some_and(|b| {
            matches!(
                b.as_str(),
                "inför" | "före" | "efter" | "under" | "kring" | "runt" | "på" | "pga" | "över"
                    // A wish: "Glad påsk och glad X!" with a festival's name for X.
                    | "glad" | "god"
            ) || b.starts_with("fira")
        }) || after.is_some_and(|a| a.starts_with("fira"))
            || self.among_holidays(i)
    }

    /// Whether the word at `i` is listed with a holiday by "och" or "eller": "Jul, nyår
    /// och Valborg", "Valborg och midsommar".
    fn among_holidays(&self, i: usize) -> bool {
        let holiday_across = |dir: isize| {
            self.neighbour(i, dir, false)
                .filter(|&c| matches!(self.word(c), Some("och" | "eller")))
                .and_then(|c| self.neighbour(c, dir, false))
                .and_then(|h| self.lower_at(h))
                .is_some_and(|h| HOLIDAYS.contains(&h.as_str()))
        };
        holiday_across(-1) || holiday_across(1)
    }

    /// Whether the name at `first` is a make: it follows "från" after a garment, directly
    /// or over "var", "är", "kom" ("Skjortorna från X", "Mössan var från X Y"). A person
    /// who gave the garment is read as a make too ("jackan var från Anna"); no corpus
    /// writes so, and the gift reads "fick jackan av Anna".
    pub(super) fn garment_make(&self, first: usize) -> bool {
        let Some(p) = self.neighbour(first, -1, false) else {
            return false;
        };
        if self.word(p) != Some("från") {
            return false;
        }
        let Some(mut g) = self.neighbour(p, -1, false) else {
            return false;
        };
        if self
            .word(g)
            .is_some_and(|w| matches!(w, "var" | "är" | "kom" | "kommer"))
        {
            let Some(h) = self.neighbour(g, -1, false) else {
                return false;
            };
            g = h;
        }
        self.lower_cow(g)
            .is_some_and(|w| GARMENTS.iter().any(|e| w.ends_with(e)))
    }

    /// A capitalised word after "en" or "ett" and at most two ordinary words: a thing or a
    /// make ("en grön Berlingo", "ett nytt Instagramkonto").
    pub(super) fn after_article(&self, i: usize) -> bool {
        let mut k = i;
        for step in 0..3 {
            let Some(p) = self.neighbour(k, -1, false) else {
                return false;
            };
            let Some(w) = self.word(p) else {
                return false;
            };
            if w == "en" || w == "ett" {
                return true;
            }
            // "en viss X": one the writer names without knowing, a person, no make.
            if step == 0 && matches!(w, "viss" | "visst") {
                return false;
            }
            // Not across a word that opens a clause or a sentence ("en video där Jorge"),
            // nor across a preposition that takes a person: the article's phrase ends
            // before it ("en lapp åt X").
            if step == 2
                || shape(w) != Shape::Lower
                || !self.is_word(w)
                || self
                    .lists
                    .is(w, flag::OPENER | flag::CLAUSE | flag::PREPOSITION)
                || w == "som"
            {
                return false;
            }
            k = p;
        }
        false
    }

    /// Code and abbreviations: a function ("SUMMA(", "=OM"), a field code before an
    /// address (`HYPERLINK "http…"`), a word cut by a point before a short word
    /// ("Reg.nr", "Org.nr").
    pub(super) fn code(&self, i: usize) -> bool {
        let t = |k: usize| self.tokens.get(k);
        let glued = |k: usize| {
            t(k).zip(t(k.wrapping_sub(1)))
                .is_some_and(|(a, b)| a.start == b.end)
        };
        let call = t(i + 1).is_some_and(|n| n.kind == TokKind::Punct('(')) && glued(i + 1);
        let formula = i > 0 && t(i - 1).is_some_and(|p| p.kind == TokKind::Punct('='));
        let field = t(i + 1).is_some_and(|s| s.kind == TokKind::Space { newline: false })
            && t(i + 2).is_some_and(|q| q.kind == TokKind::Punct('"'))
            && self.lower_at(i + 3).is_some_and(|u| {
                matches!(u.as_str(), "http" | "https" | "mailto" | "www" | "file")
            });
        let cut = t(i + 1).is_some_and(|n| n.kind == TokKind::Punct('.'))
            && glued(i + 1)
            && glued(i + 2)
            && self
                .word(i + 2)
                .is_some_and(|w| shape(w) == Shape::Lower && w.chars().count() <= 3);
        // A parameter's key between ";" and "=" ("TEL;LABEL=HEM" in a vCard).
        let key = t(i + 1).is_some_and(|n| n.kind == TokKind::Punct('='))
            && glued(i + 1)
            && i > 0
            && t(i - 1).is_some_and(|p| p.kind == TokKind::Punct(';'))
            && glued(i);
        call || formula || field || cut || key
    }

    /// One or two words that are no Swedish words followed by their role in brackets or
    /// after a comma: "mahtab karimi (kurator) ringde", "ali, eleven i 8b, sa".
    pub(super) fn role_after(&self, i: usize) -> bool {
        let mut k = i;
        for step in 0..2 {
            let t = |j: usize| self.tokens.get(j).map(|t| t.kind);
            let role_at = |j: usize| {
                self.lower_cow(j)
                    .is_some_and(|r| self.role(&r) && !r.starts_with("namn"))
            };
            let bracket = t(k + 1) == Some(TokKind::Space { newline: false })
                && t(k + 2) == Some(TokKind::Punct('('))
                && role_at(k + 3);
            let comma = t(k + 1) == Some(TokKind::Punct(','))
                && t(k + 2) == Some(TokKind::Space { newline: false })
                && role_at(k + 3);
            if bracket || comma {
                return true;
            }
            if step == 1 {
                break;
            }
            match self.neighbour(k, 1, true) {
                Some(n)
                    if self
                        .lower_cow(n)
                        .is_some_and(|l| self.caseless_candidate(n, &l)) =>
                {
                    k = n
                }
                _ => return false,
            }
        }
        false
    }

    /// A word before "och" (or "o", "&") and the name starting at `first`, that is no
    /// Swedish word and lies after `free_from` (the end of the last finding): "yusuf o
    /// hamid som …", "Amal och Hodan".
    pub(super) fn coordinated_before(
        &self,
        first: usize,
        free_from: Option<usize>,
    ) -> Option<usize> {
        let and = self.neighbour(first, -1, false)?;
        if !matches!(self.word(and)?, "och" | "o" | "å" | "samt") {
            return None;
        }
        let before = self.neighbour(and, -1, false)?;
        if free_from.is_some_and(|e| e > self.tokens[before].start) {
            return None;
        }
        let w = self.word(before)?;
        let l = w.to_lowercase();
        let n = l.chars().count();
        let ok = match shape(w) {
            Shape::Cap => self.cap_name(before) && !self.sentence_start(before),
            Shape::Lower | Shape::Upper => n >= 3 && self.caseless_candidate(before, &l),
            _ => false,
        };
        (ok && !self.code(before)).then_some(before)
    }

    /// A capitalised word after an initial inside a sentence: "enligt namnskylten A.
    /// Jama". The initial follows a word in lower case that does not number things
    /// ("bilaga A. Sammanfattning").
    pub(super) fn after_initial(&self, i: usize) -> bool {
        if i < 3 {
            return false;
        }
        let t = |j: usize| self.tokens[j].kind;
        if t(i - 1) != (TokKind::Space { newline: false }) || t(i - 2) != TokKind::Punct('.') {
            return false;
        }
        let initial_at = |k: usize| {
            self.word(k)
                .is_some_and(|w| shape(w) == Shape::Single && w.chars().all(char::is_uppercase))
                && self.tokens[k + 1].kind == TokKind::Punct('.')
                && self.tokens[k].end == self.tokens[k + 1].start
        };
        let mut initial = i - 3;
        if !initial_at(initial) {
            return false;
        }
        // A second initial before the first: "B. L. Qvist" is read from "B.".
        while initial >= 3
            && t(initial - 1) == (TokKind::Space { newline: false })
            && initial_at(initial - 3)
        {
            initial -= 3;
        }
        // Opening a sentence before a finite verb, the word no word of the language: "A.
        // K. Lindbeck har undertecknat" (not a section's letter: "A. Rapporten kommer").
        if self.sentence_start(initial)
            && self.lower_at(i).is_some_and(|l| !self.contains(&l))
            && self
                .neighbour(i, 1, false)
                .and_then(|v| self.word(v))
                .is_some_and(|v| shape(v) == Shape::Lower && self.finite(v))
        {
            return true;
        }
        // The next of a list of initials and surnames: "A. Tarvonen, K. Stam".
        if self.initial_listed_before(initial) {
            return true;
        }
        // A name in brackets: "(A. Rosén)", "(K. Lind,".
        if initial > 0
            && self.tokens[initial - 1].kind == TokKind::Punct('(')
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|t| matches!(t.kind, TokKind::Punct(')' | ',')))
        {
            return true;
        }
        // The first of a list after a label's colon, a comma, "och" or the line's end
        // after it: "Närvarande: K. Ek, …", "Deltog: T. Sten.".
        if initial >= 2
            && self.tokens[initial - 1].kind == (TokKind::Space { newline: false })
            && self.tokens[initial - 2].kind == TokKind::Punct(':')
            && self.tokens.get(i + 1).is_none_or(|t| {
                matches!(
                    t.kind,
                    TokKind::Punct(',' | ';' | '.') | TokKind::Space { newline: true }
                )
            })
        {
            return true;
        }
        self.neighbour(initial, -1, false)
            .and_then(|p| self.word(p))
            .is_some_and(|p| {
                shape(p) == Shape::Lower
                    && !matches!(
                        p,
                        "bilaga"
                            | "bilagan"
                            | "alternativ"
                            | "punkt"
                            | "punkten"
                            | "avsnitt"
                            | "del"
                            | "typ"
                            | "kategori"
                            | "nivå"
                            | "steg"
                            | "fas"
                            | "hus"
                            | "trappa"
                            | "sal"
                            | "rum"
                            | "klass"
                            | "grupp"
                            | "version"
                            | "variant"
                            | "modell"
                            | "plan"
                            | "bild"
                            | "figur"
                            | "tabell"
                            | "sida"
                            | "kapitel"
                            | "avdelning"
                            | "block"
                            | "zon"
                            | "uppgång"
                            // A door or an entrance: "port B. Fastighetsskötaren …".
                            | "port"
                            | "porten"
                            | "entré"
                            | "ingång"
                            | "dörr"
                            | "hiss"
                            | "våning"
                            | "korridor"
                    )
            })
    }

    /// Whether a comma and a space stand before the initial at `initial`, and before them
    /// another initial, its point, a space and a capitalised word: the list's member
    /// before ("A. Tarvonen, K. …").
    fn initial_listed_before(&self, initial: usize) -> bool {
        let t = self.tokens;
        let Some(w) = initial.checked_sub(3) else {
            return false;
        };
        initial >= 6
            && t[initial - 1].kind == (TokKind::Space { newline: false })
            && t[initial - 2].kind == TokKind::Punct(',')
            && t[initial - 2].start == t[w].end
            && self.word(w).is_some_and(|x| shape(x) == Shape::Cap)
            && t[w - 1].kind == (TokKind::Space { newline: false })
            && t[w - 2].kind == TokKind::Punct('.')
            && self
                .word(w - 3)
                .is_some_and(|x| shape(x) == Shape::Single && x.chars().all(char::is_uppercase))
            && t[w - 3].end == t[w - 2].start
    }

    /// Remembers the words of the name from `first` to `last` (at most 256 words per
    /// text).
    pub(super) fn remember(&self, first: usize, last: usize) {
        let mut found = self.found.borrow_mut();
        for k in first..=last {
            if found.len() >= 256 {
                return;
            }
            if let Some(l) = self.lower_cow(k) {
                // Initials of two capitals too, for `initials_again` ("KE").
                if l.len() >= 3
                    || l.len() == 2 && self.word(k).is_some_and(|w| shape(w) == Shape::Upper)
                {
                    found.insert(&l, ());
                }
            }
        }
    }

    /// Whether the word was part of a name found earlier in the text.
    /// Also in the genitive: "Lillen … Lillens mamma".
    pub(super) fn found_before(&self, l: &str) -> bool {
        let found = self.found.borrow();
        !found.is_empty()
            && l.len() >= 3
            && (found.contains(l)
                || l.strip_suffix('s')
                    .is_some_and(|s| s.len() >= 3 && found.contains(s)))
    }

    /// A short word that is no Swedish word, opening a clause just before a finite verb
    /// of the list: "mo sa att …", "li har …".
    pub(super) fn short_subject(&self, i: usize) -> bool {
        self.clause_start(i)
            && self
                .neighbour(i, 1, false)
                .and_then(|n| self.lower_cow(n))
                .is_some_and(|v| self.lists.is(&v, flag::FINITE) && v != "och")
    }

    /// An initial after a first name: "emma s.", "leo k,", "har emma s gjort". The
    /// letter is no one-letter word ("i", "å", "o", "e" …) and ends the phrase or comes
    /// before a finite verb or a supine.
    pub(super) fn initial_next(&self, i: usize) -> bool {
        let Some(n) = self.neighbour(i, 1, false) else {
            return false;
        };
        let Some(w) = self.word(n) else {
            return false;
        };
        let mut c = w.chars();
        let (Some(ch), None) = (c.next(), c.next()) else {
            return false;
        };
        // The phrase ends after the letter, or a verb follows it: "har emma s gjort …",
        // "leo k kommer".
        let verb_after = || {
            self.neighbour(n, 1, false)
                .and_then(|v| self.word(v))
                .is_some_and(|v| {
                    shape(v) == Shape::Lower
                        && (self.finite(v)
                            || v.chars().count() >= 4 && v.ends_with('t') && self.is_word(v))
                })
        };
        // Not the first letter of an abbreviation with points ("m.m.", "s.k.").
        let abbreviation = self
            .tokens
            .get(n + 1)
            .is_some_and(|t| t.kind == TokKind::Punct('.'))
            && self
                .tokens
                .get(n + 2)
                .is_some_and(|t| t.kind == TokKind::Word && t.start == self.tokens[n + 1].end);
        ch.is_alphabetic()
            && !abbreviation
            && !"ioåeaäöIOÅEAÄÖ".contains(ch)
            && (self.tokens.get(n + 1).is_none_or(|t| {
                matches!(
                    t.kind,
                    TokKind::Punct('.' | ',' | '!' | '?' | ')') | TokKind::Space { newline: true }
                )
            }) || verb_after())
    }

    /// A name spaced letter by letter ("j o h a n n a", "Đ u r o"): four letters or
    /// more, each a one-letter word after one space, that together are a listed name, or
    /// no Swedish word with two vowels and not opening with a run of the alphabet ("a b c
    /// d"). Not
    /// before a number (a plate's letters). The last token, or None.
    pub(super) fn spaced_name(&self, i: usize, w: &str) -> Option<usize> {
        let one = |k: usize| {
            self.word(k).filter(|w| {
                let mut c = w.chars();
                c.next().is_some_and(char::is_alphabetic) && c.next().is_none()
            })
        };
        // One character: at most four bytes (most words are turned away here).
        if w.len() > 4 {
            return None;
        }
        one(i)?;
        // The letters are apart by one space, or by a point or a dash glued on both sides
        // ("J.o.n.a.s", "e-m-i-l"): the same mark all through the run.
        let sep = self.tokens.get(i + 1).map(|t| t.kind);
        let marked = matches!(sep, Some(TokKind::Punct('.' | '-')));
        let space = |k: usize| {
            self.tokens.get(k).is_some_and(|t| {
                if marked {
                    Some(t.kind) == sep
                        && t.start == self.tokens[k - 1].end
                        && self.tokens.get(k + 1).is_some_and(|u| u.start == t.end)
                } else {
                    t.kind == TokKind::Space { newline: false }
                }
            })
        };
        // Another one-letter word must follow: most ("i", "å") stand alone.
        if !(space(i + 1) && one(i + 2).is_some()) {
            return None;
        }
        // Only from the first letter of the run.
        if i >= 2 && space(i - 1) && one(i - 2).is_some() {
            return None;
        }
        // The run first, without allocating: most one-letter words ("i", "å") stand alone.
        let mut last = i;
        let mut n = 1;
        for _ in 0..24 {
            if space(last + 1) && one(last + 2).is_some() {
                last += 2;
                n += 1;
            } else {
                break;
            }
        }
        // Three letters marked apart ("E.L.I") only when they are a listed name (checked
        // below): "p.g.a", "o.s.v", "d.v.s" are abbreviations.
        // Three letters only with a capital first (checked again below, with the list).
        let three_ok = marked && n == 3 && w.starts_with(char::is_uppercase);
        if n < 4 && !three_ok
            || space(last + 1)
                && self
                    .tokens
                    .get(last + 2)
                    .is_some_and(|t| t.kind == TokKind::Number)
        {
            return None;
        }
        let joined: String = (i..=last)
            .step_by(2)
            .filter_map(|k| self.word(k))
            .map(str::to_lowercase)
            .collect();
        let vowels = joined
            .chars()
            .filter(|c| "aeiouyåäöéüı".contains(*c))
            .count();
        let bytes: Vec<char> = joined.chars().collect();
        // A run of the alphabet from the start: "a b c d", "x y z i".
        let alphabet = bytes[..3]
            .windows(2)
            .all(|p| p[1] as u32 == p[0] as u32 + 1);
        let (f, s) = self.listed(&joined);
        // Three letters (marked apart, see above) only as a listed first name opening
        // with a capital: "t.o.m" is an abbreviation.
        let name = if n < 4 {
            f && w.chars().next().is_some_and(char::is_uppercase) && !self.is_word(&joined)
        } else {
            f || s || vowels >= 2 && !alphabet && !self.is_word(&joined) && !self.not_name(&joined)
        };
        name.then_some(last)
    }

    /// A name with digits or signs typed for letters ("N1na", "h@nna", "r3za_99"): from
    /// word `i`, glued words and the stand-ins 0 (o), 1 (i or l), 3 (e), 4 (a), 5 (s), @
    /// (a) and $ (s), at most eight pieces, at least one stand-in and two letters, that
    /// read as a listed first name of three letters or more; a glued "_" and digits or a
    /// word after it belong to the name (a user name). The last token, or None. Asked only
    /// when a digit or a sign is glued after the word.
    pub(super) fn leet_name(&self, i: usize) -> Option<usize> {
        let glued = |k: usize| {
            k > 0
                && self
                    .tokens
                    .get(k)
                    .is_some_and(|t| t.start == self.tokens[k - 1].end)
        };
        let mut read = String::new();
        let mut ones = Vec::new();
        let (mut letters, mut stand_ins, mut signs) = (0usize, 0usize, 0usize);
        // Digits standing between two letters ("D4vid", not "Pixel4"), and letters in
        // capitals after the first one ("IPv4" is a code).
        let (mut inside, mut capitals) = (0usize, 0usize);
        let mut last = i;
        let mut k = i;
        while k < i + 8 && (k == i || glued(k)) {
            let t = self.tokens[k];
            let piece = crate::text_of(self.text, &t);
            match t.kind {
                TokKind::Word => {
                    letters += piece.chars().count();
                    capitals += piece
                        .chars()
                        .skip(usize::from(k == i))
                        .filter(|c| c.is_uppercase())
                        .count();
                    read.extend(piece.chars().flat_map(char::to_lowercase));
                }
                TokKind::Number
                    if piece.len() <= 2 && piece.bytes().all(|b| b"01345".contains(&b)) =>
                {
                    if k > i
                        && glued(k + 1)
                        && self
                            .tokens
                            .get(k + 1)
                            .is_some_and(|n| n.kind == TokKind::Word)
                    {
                        inside += piece.len();
                    }
                    for b in piece.bytes() {
                        if b == b'1' {
                            ones.push(read.len());
                        }
                        read.push(match b {
                            b'0' => 'o',
                            b'1' => 'i',
                            b'3' => 'e',
                            b'4' => 'a',
                            _ => 's',
                        });
                    }
                    stand_ins += piece.len();
                }
                TokKind::Punct('@') => {
                    read.push('a');
                    stand_ins += 1;
                    signs += 1;
                }
                TokKind::Punct('$') => {
                    read.push('s');
                    stand_ins += 1;
                    signs += 1;
                }
                _ => break,
            }
            last = k;
            k += 1;
        }
        // Nothing else glued on: "K1m" ends, "A4-papper" does not read as a name.
        if stand_ins == 0 || letters < 2 || read.chars().count() < 3 || last == i {
            return None;
        }
        let end_ok = |k: usize| {
            !glued(k)
                || self.tokens.get(k).is_some_and(|t| {
                    !matches!(
                        t.kind,
                        TokKind::Word | TokKind::Number | TokKind::Punct('@' | '$')
                    )
                })
        };
        // A user name's tail: "_1", "_99", "_sthlm".
        let mut end = last;
        if glued(last + 1)
            && self.tokens[last + 1].kind == TokKind::Punct('_')
            && glued(last + 2)
            && matches!(self.tokens[last + 2].kind, TokKind::Number | TokKind::Word)
        {
            end = last + 2;
        } else if !end_ok(last + 1) {
            return None;
        }
        let first = |r: &str| self.listed(r).0;
        if first(&read) {
            return Some(end);
        }
        // A sign for a letter inside a capitalised word ("P@risa"): also an unlisted name
        // when it reads as no Swedish word with two vowels (a digit alone is not enough:
        // "Windows10").
        let signed = signs > 0
            && self
                .word(i)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && read.chars().count() >= 4
            && read.chars().filter(|c| "aeiouyåäö".contains(*c)).count() >= 2
            && !self.is_word(&read)
            && !self.not_name(&read);
        if signed {
            return Some(end);
        }
        // Digits for letters inside a word that then reads as no Swedish word, with two
        // vowels or more: a disguised name, listed or not ("T3lvina", "gr1mh1lda"). Capitals
        // are evidence and their absence no proof, so a word in lower case counts too
        // (fail closed), with two such digits; a capitalised one needs one. A product's
        // or a version's digits stand at its end ("Ryzen5", "Sims4"), a code's among
        // capitals ("IPv4", "B2B"): both are left alone.
        let opens_cap = self
            .word(i)
            .is_some_and(|w| w.starts_with(char::is_uppercase));
        let disguised = inside > 0
            && capitals == 0
            && (opens_cap || inside >= 2 || stand_ins >= 2)
            && read.chars().count() >= 4
            && read.chars().filter(|c| "aeiouyåäöéüı".contains(*c)).count() >= 2
            && !self.is_word(&read)
            && !self.not_name(&read)
            && !self.english_near(i);
        if disguised {
            return Some(end);
        }
        // A one for a small l: "E1in", "1isa".
        if !ones.is_empty() {
            let mut b = read.into_bytes();
            for &o in &ones {
                b[o] = b'l';
            }
            let r = String::from_utf8(b).ok()?;
            if first(&r) {
                return Some(end);
            }
        }
        None
    }
}
