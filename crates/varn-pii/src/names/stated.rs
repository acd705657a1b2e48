//! What a sentence states about a word that makes it a person's name even where the word is
//! a place, an ordinary word or a title: it is said to be someone's name ("Lissabon är hennes
//! mellannamn"), it stands in apposition to a word of kinship ("sin dotter Ängel"), it is
//! one of a list of names ("Tarik, Kung och Yasmina"). And shapes of names that the word
//! shapes alone do not reach: a Scottish or Irish prefix ("MacDougall"), a name
//! written backwards ("nitraM"), two initials joined by a dash ("K-G"). Also two things a sentence
//! says that unmake a name in lower case: a word joined to a noun ("mörker och noor"), and a
//! word misspelt with a consonant doubled ("lekktion").
//!
//! Each rule looks at most four words around the word and is asked only of a word that
//! is capitalised (or, for the shapes, of mixed case or a single letter), so the pass
//! stays linear. None of them makes a name of a word in lower case.

use crate::lists::flag;
use crate::text_of;
use crate::token::TokKind;

use super::context::Ctx;
use super::{shape, Shape};

/// Words for a person's name, as what a word is said to be ("… är hans efternamn").
const NAME_NOUNS: &[&str] = &[
    "namn",
    "förnamn",
    "efternamn",
    "mellannamn",
    "tilltalsnamn",
    "smeknamn",
    "flicknamn",
];

/// Possessive pronouns before a noun ("hans efternamn", "sin son").
const POSSESSIVES: &[&str] = &[
    "min", "mitt", "din", "ditt", "sin", "sitt", "hans", "hennes", "hens", "deras", "vår", "vårt",
    "er", "ert",
];

/// Words of kinship and partnership: a capitalised word in apposition after one, with a
/// possessive or a genitive before it, is the relative's name ("hennes dotter Nur").
const KIN_NOUNS: &[&str] = &[
    "son",
    "dotter",
    "bror",
    "syster",
    "lillebror",
    "storebror",
    "lillasyster",
    "storasyster",
    "halvbror",
    "halvsyster",
    "kusin",
    "brorson",
    "systerson",
    "brorsdotter",
    "systerdotter",
    "barnbarn",
    "make",
    "maka",
    // A husband: "hennes man Jorma".
    "man",
    "hustru",
    "fru",
    "sambo",
    "pojkvän",
    "flickvän",
    "styvson",
    "styvdotter",
    "fosterson",
    "fosterdotter",
];

/// Words for one person that are neither roles nor kin, in the indefinite form: the one
/// "som heter …" refers to ("en man som heter …", "killen som kallas …"). Not
/// `context::PERSON_NOUNS`, the bare nouns before an age, which counts groups and bodies
/// too ("personal", "media").
const INDIVIDUALS: &[&str] = &[
    "man",
    "kvinna",
    "kille",
    "tjej",
    "pojke",
    "flicka",
    "grabb",
    "person",
    "vän",
    "kompis",
    "kamrat",
    "granne",
    "elev",
    "ungdom",
    "unge",
    "tonåring",
    "deltagare",
    // Persons by what they do on the net.
    "användare",
    "streamer",
    "youtuber",
    "tiktokare",
    "influencer",
    "spelare",
];

impl Ctx<'_> {
    /// Whether the capitalised word at `i` opens a sentence that says it is a name: "X är
    /// hans efternamn", "X är dotterns namn", "X är ett ovanligt förnamn". Not "X är inte
    /// namn här": a possessive, a genitive or an article must stand before the noun.
    pub(super) fn said_to_be_a_name(&self, i: usize) -> bool {
        // A pronoun points back at a name given before, and is none itself: "Det är
        // hennes förnamn", "Den är hans smeknamn".
        if matches!(
            self.word(i),
            Some("Det" | "Den" | "Detta" | "Denna" | "Dessa" | "De" | "Han" | "Hon" | "Hen")
        ) {
            return false;
        }
        // Two words said to be names together: "X och Y är efternamn i samma släkt".
        if let Some(v) = self.pair_said_to_be_names(i) {
            return v;
        }
        let Some(v) = self
            .neighbour(i, 1, false)
            .filter(|&v| matches!(self.word(v), Some("är" | "var")))
        else {
            return false;
        };
        if !self.sentence_start(i) {
            return false;
        }
        let Some(d) = self.neighbour(v, 1, false) else {
            return false;
        };
        let Some(det) = self.word(d) else {
            return false;
        };
        // "X är efternamnet på läraren": a person's name of someone the sentence goes on
        // to (not "namnet på", which things have too: "X är namnet på en app").
        if matches!(
            det,
            "efternamnet" | "förnamnet" | "smeknamnet" | "mellannamnet"
        ) && self
            .neighbour(d, 1, false)
            .is_some_and(|p| self.word(p) == Some("på"))
        {
            return true;
        }
        let owner = POSSESSIVES.contains(&det)
            || shape(det) == Shape::Lower && det.len() > 4 && det.ends_with('s');
        let article = matches!(det, "ett" | "en");
        if !owner && !article {
            return false;
        }
        // At most two adjectives after an article: "ett ovanligt förnamn".
        let mut k = d;
        for _ in 0..3 {
            let Some(n) = self.neighbour(k, 1, false) else {
                return false;
            };
            let Some(w) = self.word(n) else {
                return false;
            };
            if NAME_NOUNS.contains(&w) {
                return true;
            }
            // After a possessive too: "X är hans riktiga namn".
            if !(article || owner) || shape(w) != Shape::Lower || !self.is_word(w) {
                return false;
            }
            k = n;
        }
        false
    }

    /// "X och Y är (två) efternamn/namn": `Some(true)` for X and for Y, `None` where the
    /// shape does not fit (then the other rules decide).
    fn pair_said_to_be_names(&self, i: usize) -> Option<bool> {
        let is_cap = |k: usize| self.word(k).is_some_and(|w| shape(w) == Shape::Cap);
        let after = |k: usize| self.neighbour(k, 1, false);
        let before = |k: usize| self.neighbour(k, -1, false);
        // "och" on either side first: most words are turned away here.
        let och = |k: Option<usize>| k.and_then(|k| self.word(k)) == Some("och");
        if !och(after(i)) && !och(before(i)) {
            return None;
        }
        // The verb after the pair, whichever of the two `i` is.
        let v = if self.sentence_start(i) {
            let o = after(i).filter(|&o| self.word(o) == Some("och"))?;
            let y = after(o).filter(|&y| is_cap(y))?;
            after(y)?
        } else {
            let o = before(i).filter(|&o| self.word(o) == Some("och"))?;
            before(o).filter(|&x| is_cap(x) && self.sentence_start(x))?;
            after(i)?
        };
        // "X och Y heter de två poliserna": what the persons are called.
        if matches!(self.word(v), Some("heter" | "hette")) {
            return after(v)
                .is_some_and(|d| self.word(d) == Some("de"))
                .then_some(true);
        }
        if !matches!(self.word(v), Some("är" | "var")) {
            return None;
        }
        let mut n = after(v)?;
        if matches!(self.word(n), Some("två" | "båda" | "bägge")) {
            n = after(n)?;
        }
        let plural = matches!(
            self.word(n),
            Some("efternamn" | "förnamn" | "namn" | "mellannamn" | "smeknamn" | "släktnamn")
        );
        plural.then_some(true)
    }

    /// Whether the capitalised word at `i` is what a person is called: it follows "heter",
    /// "hette", "kallas" or "kallades" (or "kallar sig", "kallade sig", each with "för" or
    /// not), and the one called so is a person: a personal pronoun, a word for a person
    /// in the definite form, or "som" after a word for a person ("en äldre man som heter
    /// Dag", "en kille som kallar sig Arvika"). The sentence gives the word as a name, so
    /// it is one even where it is also a word or a place; a thing named so is not
    /// (`thing_named`).
    #[inline(always)]
    pub(super) fn person_called(&self, i: usize) -> bool {
        // Asked of most words: the word before is turned away by its first byte and its
        // length before it is compared ("för", "sig", "heter", "hette", "kallas",
        // "kallades").
        let Some(v) = self.neighbour(i, -1, false) else {
            return false;
        };
        let t = &self.tokens[v];
        let lead = self.text.as_bytes().get(t.start).copied().unwrap_or(0);
        matches!(lead, b'f' | b's' | b'h' | b'k')
            && (3..=8).contains(&(t.end - t.start))
            && self.called_by(v)
    }

    /// `person_called` once the word before, at `v`, may be a naming word.
    fn called_by(&self, mut v: usize) -> bool {
        let before = |k: usize| self.neighbour(k, -1, false);
        if self.word(v) == Some("för") {
            let Some(p) = before(v) else {
                return false;
            };
            v = p;
        }
        let verb = match self.word(v) {
            Some("heter" | "hette" | "kallas" | "kallades") => v,
            Some("sig") => match before(v) {
                Some(k) if matches!(self.word(k), Some("kallar" | "kallade")) => k,
                _ => return false,
            },
            _ => return false,
        };
        self.person_subject(verb) && !self.thing_named(verb)
    }

    /// Whether the capitalised word at `i` stands in apposition after a comma to a word
    /// for a person with an article, and ends there: "en äldre kompis, Arvika.", "en ny
    /// deltagare, Gran, skrev …". The apposition names the person, even with a word or a
    /// place; a body in the definite form is no apposition of a person
    /// ("handläggaren, Socialtjänsten.").
    pub(super) fn indefinite_apposition(&self, i: usize) -> bool {
        let t = self.tokens;
        let kind = |k: usize| t.get(k).map(|x| x.kind);
        // The comma before and the end after first: most words have neither.
        if i < 3
            || kind(i - 1) != Some(TokKind::Space { newline: false })
            || kind(i - 2) != Some(TokKind::Punct(','))
            || !matches!(
                kind(i + 1),
                None | Some(
                    TokKind::Punct(',' | '.' | '!' | '?') | TokKind::Space { newline: true }
                )
            )
        {
            return false;
        }
        let Some(noun) = self.lower_cow(i - 3) else {
            return false;
        };
        if !self.person_noun(&noun, false) || t[i - 2].start != t[i - 3].end {
            return false;
        }
        // An article before the noun, perhaps with one adjective between.
        let article = |k: usize| {
            self.lower_cow(k)
                .is_some_and(|a| matches!(a.as_ref(), "en" | "ett" | "min" | "sin" | "vår"))
        };
        let before = |k: usize| self.neighbour(k, -1, false);
        let introduced = before(i - 3).is_some_and(|a| {
            article(a)
                || self.word(a).is_some_and(|w| shape(w) == Shape::Lower)
                    && before(a).is_some_and(article)
        });
        introduced && self.lower_cow(i).is_some_and(|l| !self.definite_noun(&l))
    }

    /// Whether the one a naming verb at `verb` names is a person: a personal pronoun, a
    /// word for a person in the definite form, or "som" after a word for a person.
    pub(super) fn person_subject(&self, verb: usize) -> bool {
        let before = |k: usize| self.neighbour(k, -1, false);
        let Some(s) = before(verb) else {
            return false;
        };
        let Some(subject) = self.lower_cow(s) else {
            return false;
        };
        match subject.as_ref() {
            "han" | "hon" | "hen" | "jag" | "du" => true,
            // "den ena kallas …", "den andra heter …": one of two persons.
            "ena" | "andra" => before(s).is_some_and(|d| self.word(d) == Some("den")),
            "som" => before(s)
                .and_then(|a| self.lower_cow(a))
                .is_some_and(|a| a == "någon" || a == "en" || self.person_noun(&a, false)),
            a => self.person_noun(a, true),
        }
    }

    /// Whether a lower-case word is a word for a person: a role, a word of kinship, or
    /// one of `INDIVIDUALS`, in the definite form only where `definite`.
    fn person_noun(&self, w: &str, definite: bool) -> bool {
        let listed = |b: &str| INDIVIDUALS.contains(&b);
        let the = w == "mannen"
            || w.strip_suffix("en").is_some_and(listed)
            || w.strip_suffix('n').is_some_and(listed);
        the || !definite && listed(w) || KIN_NOUNS.contains(&w) || self.role(w)
    }

    /// Whether the capitalised word at `i` opens a sentence with "och hans"/"och hennes"
    /// and a word of kinship or friendship: "Vide och hennes kompis blev …". The
    /// possessive points back at a person.
    pub(super) fn with_own_kin(&self, i: usize) -> bool {
        let after = |k: usize| self.neighbour(k, 1, false);
        let Some(o) = after(i).filter(|&o| self.word(o) == Some("och")) else {
            return false;
        };
        let Some(p) = after(o).filter(|&p| matches!(self.word(p), Some("hans" | "hennes"))) else {
            return false;
        };
        self.sentence_start(i)
            && after(p).and_then(|n| self.word(n)).is_some_and(|n| {
                KIN_NOUNS.contains(&n)
                    || matches!(
                        n,
                        "kompis"
                            | "kompisar"
                            | "vän"
                            | "vänner"
                            | "väninna"
                            | "kamrat"
                            | "kamrater"
                            | "mamma"
                            | "pappa"
                            | "föräldrar"
                            | "bröder"
                            | "systrar"
                    )
            })
    }

    /// Whether the capitalised word at `i` stands in apposition after a word of kinship
    /// with a possessive or a genitive before it: "sin dotter Ängel", "Aminas bror Dag".
    pub(super) fn kin_apposition(&self, i: usize) -> bool {
        let Some(k) = self.neighbour(i, -1, false) else {
            return false;
        };
        // Most words are turned away by their length before the list is searched.
        if !self
            .word(k)
            .is_some_and(|w| (3..=13).contains(&w.len()) && KIN_NOUNS.contains(&w))
        {
            return false;
        }
        self.neighbour(k, -1, false)
            .and_then(|p| self.word(p))
            .is_some_and(|p| {
                POSSESSIVES.contains(&p.to_lowercase().as_str())
                    || shape(p) == Shape::Cap && p.ends_with('s') && {
                        let l = p.to_lowercase();
                        self.lists.is(&l[..l.len() - 1], flag::FIRST | flag::LAST)
                    }
            })
    }

    /// Whether the capitalised word at `i`, inside a sentence, is an item of a list whose
    /// items before it (after a comma) and after it (after a comma or "och") are names: a
    /// word found as a name, or inside the sentence a listed first name or a capitalised
    /// word that is neither a Swedish word nor a known place ("Tarik, Kung och Yasmina").
    /// A word of the language is a name there too, and so is the first item of such a
    /// list, or one joined to a name by "och" or "eller".
    pub(super) fn in_name_list(&self, i: usize) -> bool {
        let t = self.tokens;
        // A name by the lists, found as one before, or a capitalised word that is no
        // Swedish word and no known place.
        let first_name = |k: usize| {
            self.word(k).is_some_and(|w| shape(w) == Shape::Cap)
                && self.lower_cow(k).is_some_and(|l| {
                    self.found_before(&l)
                        || !self.sentence_start(k)
                            && (self.lists.is(&l, flag::FIRST)
                                || !self.is_word(&l) && !self.known_place(k, &l, false))
                })
        };
        let comma_space = |c: usize| {
            t.get(c).is_some_and(|x| x.kind == TokKind::Punct(','))
                && t.get(c + 1)
                    .is_some_and(|x| x.kind == (TokKind::Space { newline: false }))
        };
        let before = i >= 3 && comma_space(i - 2) && first_name(i - 3);
        let after = comma_space(i + 1) && first_name(i + 3)
            || self
                .neighbour(i, 1, false)
                .filter(|&o| self.word(o) == Some("och"))
                .and_then(|o| self.neighbour(o, 1, false))
                .is_some_and(first_name);
        if before && after {
            return true;
        }
        // The first item of a list of three or more ("Fläder, Ardesh och Nadira"), or
        // of two joined by "och" or "eller" ("Fläder och Ardesh"), or the last after "och"
        // or "eller" ("Ardesh och Fläder"): a word beside names is a name there too,
        // where its neighbours are names by the lists or no words at all (not found
        // before: one name found so would pull in the next) and it is no compound in
        // the definite form ("Nobelpriset, Augustpriset och Polarpriset").
        let named = |k: usize| {
            self.word(k).is_some_and(|w| shape(w) == Shape::Cap)
                && !self.sentence_start(k)
                && self.lower_cow(k).is_some_and(|l| {
                    (self.lists.is(&l, flag::FIRST)
                        || !self.is_word(&l) && !self.known_place(k, &l, false))
                        && !self.thing_on_a_name(&l)
                })
        };
        let joined_after = |k: usize| {
            self.neighbour(k, 1, false)
                .filter(|&o| matches!(self.word(o), Some("och" | "eller")))
                .and_then(|o| self.neighbour(o, 1, false))
                .is_some_and(named)
        };
        // The word stands alone, no part of a longer proper noun ("Operation Fläder").
        let capitalised = |k: Option<usize>| {
            k.is_some_and(|k| {
                !self.sentence_start(k) && self.word(k).is_some_and(|w| shape(w) == Shape::Cap)
            })
        };
        if self.lower_cow(i).is_some_and(|l| self.thing_on_a_name(&l))
            || capitalised(self.neighbour(i, -1, false))
            || capitalised(self.neighbour(i, 1, false))
        {
            return false;
        }
        let first = comma_space(i + 1)
            && named(i + 3)
            && (comma_space(i + 4) && named(i + 6) || joined_after(i + 3))
            || joined_after(i);
        let last = self
            .neighbour(i, -1, false)
            .filter(|&o| matches!(self.word(o), Some("och" | "eller")))
            .and_then(|o| self.neighbour(o, -1, false))
            .is_some_and(named);
        first || last
    }

    /// Two initials in capitals joined by a hyphen, standing alone ("K-G", "L-E"), after a
    /// social preposition or verb, or before a finite verb or a comma and a personal
    /// pronoun: a person's initials ("ge den till K-G", "L-E ringde"). Not a range of grades,
    /// classes or letters ("A-F", "A–Z").
    pub(super) fn dashed_initials(&self, i: usize) -> bool {
        let t = self.tokens;
        let single_cap = |k: usize| {
            self.word(k).is_some_and(|w| {
                let mut cs = w.chars();
                cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
            })
        };
        let glued = |k: usize| k < t.len() && t[k].start == t[k - 1].end;
        // `i` is the first letter or the second.
        let a = if t.get(i + 1).is_some_and(|x| x.kind == TokKind::Punct('-')) && glued(i + 1) {
            i
        } else if i >= 2 && t[i - 1].kind == TokKind::Punct('-') && glued(i) {
            i - 2
        } else {
            return false;
        };
        let b = a + 2;
        // A hyphen as typed, not a dash of a range ("A–Z").
        if !(single_cap(a)
            && single_cap(b)
            && glued(a + 1)
            && glued(b)
            && text_of(self.text, &t[a + 1]) == "-")
        {
            return false;
        }
        // Alone: no word, number or dash right before the first letter or after the
        // second.
        let joins = |x: &crate::token::Tok| {
            matches!(
                x.kind,
                TokKind::Word | TokKind::Number | TokKind::Punct('-')
            )
        };
        let alone_before = a == 0 || !joins(&t[a - 1]);
        let alone_after = t.get(b + 1).is_none_or(|x| !joins(x));
        if !(alone_before && alone_after) {
            return false;
        }
        let (x, y) = (
            self.word(a).unwrap_or_default(),
            self.word(b).unwrap_or_default(),
        );
        if x < y && (y <= "F" || x == "A") {
            return false;
        }
        let before = self
            .neighbour(a, -1, false)
            .and_then(|p| self.lower_cow(p))
            .is_some_and(|p| {
                matches!(
                    p.as_ref(),
                    "med" | "till" | "hos" | "åt" | "av" | "ring" | "ringde" | "fråga" | "frågade"
                )
            });
        // A finite verb after, or a comma and a personal pronoun ("K-G, han låser").
        let comma_pronoun = t.get(b + 1).is_some_and(|x| x.kind == TokKind::Punct(','))
            && self
                .neighbour(b + 1, 1, false)
                .is_some_and(|p| matches!(self.word(p), Some("han" | "hon" | "hen")));
        let after = comma_pronoun
            || self
                .neighbour(b, 1, false)
                .and_then(|n| self.lower_cow(n))
                .is_some_and(|v| self.finite(&v) || self.lists.is(&v, flag::REPORTING));
        // A capitalised word after, the surname, even one that is a place ("V-H Falun").
        let surname = self
            .neighbour(b, 1, false)
            .and_then(|n| self.word(n))
            .is_some_and(|n| n.chars().count() >= 3 && shape(n) == Shape::Cap);
        before || after || surname
    }
}

/// A name with a Scottish or Irish prefix and a capital after it: "MacDougall", "McAllister"
/// (read then as a capitalised word; "McDonalds" after "på" stays a place).
pub(super) fn prefixed_surname(w: &str) -> bool {
    let rest = w
        .strip_prefix("Mc")
        .or_else(|| w.strip_prefix("Mac"))
        .filter(|r| r.chars().count() >= 3);
    rest.is_some_and(|r| {
        let mut cs = r.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
    })
}

impl Ctx<'_> {
    /// A word of four letters or more whose only capital is its last letter, which read
    /// backwards is a listed name: a name written backwards ("nitraM", "nossleiN").
    pub(super) fn reversed_name(&self, w: &str) -> bool {
        let mut cs = w.chars();
        let Some(last) = cs.next_back() else {
            return false;
        };
        if !last.is_uppercase() || w.chars().count() < 4 || !cs.all(char::is_lowercase) {
            return false;
        }
        let back: String = w.chars().rev().collect::<String>().to_lowercase();
        // Or, from five letters, when the word as written is no word of the language
        // ("nessaH"): no word is written with only its last letter a capital, and a
        // word typed with a stray capital at the end ("kompiS") is a word.
        self.lists.is(&back, flag::FIRST | flag::LAST)
            || w.chars().count() >= 5 && !self.is_word(&w.to_lowercase())
    }
}

/// Personal pronouns before "och": "jag och X" joins two persons.
pub(crate) const PERSONAL_PRONOUNS: &[&str] = &[
    "jag", "du", "han", "hon", "hen", "vi", "ni", "de", "dom", "mig", "dig", "honom", "henne",
    "oss", "dem", "mej", "dej",
];

impl Ctx<'_> {
    /// Whether a word in lower case, found as a name before in capitals, is joined by
    /// "och" or "eller" to a word of the language that is no person ("Noor … mörker och
    /// noor"): two nouns, the same word used as a word. Not after a pronoun, a role word
    /// or a name ("jag och leo", "eleven och lina").
    pub(super) fn joined_to_a_noun(&self, i: usize, l: &str) -> bool {
        let Some(o) = self
            .neighbour(i, -1, false)
            .filter(|&o| matches!(self.word(o), Some("och" | "eller")))
        else {
            return false;
        };
        let Some(q) = self.neighbour(o, -1, false) else {
            return false;
        };
        let Some(w) = self.word(q) else {
            return false;
        };
        let plain = shape(w) == Shape::Lower || shape(w) == Shape::Cap && self.sentence_start(q);
        plain
            && self.found_before(l)
            && self.lower_cow(q).is_some_and(|p| {
                p.chars().count() >= 3
                    && self.is_word(&p)
                    && !PERSONAL_PRONOUNS.contains(&p.as_ref())
                    && !self.role(&p)
                    && !self
                        .lists
                        .is(&p, flag::FIRST | flag::LAST | flag::AMBIGUOUS)
                    && !self.found_before(&p)
            })
    }
}

/// Whether a word in lower case is a word of the language misspelt with one consonant
/// doubled ("lekktion" for "lektion"): no name, unless a list knows it.
pub(super) fn doubled_consonant(l: &str, is_word: impl Fn(&str) -> bool) -> bool {
    let b = l.as_bytes();
    (1..b.len()).any(|k| {
        b[k] == b[k - 1]
            && b[k].is_ascii_lowercase()
            && !b"aeiouy".contains(&b[k])
            && is_word(&format!("{}{}", &l[..k], &l[k + 1..]))
    })
}

impl Ctx<'_> {
    /// Whether the word at `i` (`l`, in lower case) follows "jag är" and comes before
    /// "på", "från", "i", "hos", "här" or the end of the phrase: the writer introducing
    /// themself ("jag är gunnel på kansliet"). The word is no Swedish word, or a listed
    /// first name that is none (`name_no_word`): "jag är trött på" is no name.
    pub(super) fn introduced_as(&self, i: usize, l: &str, name_no_word: bool) -> bool {
        let Some(v) = self
            .neighbour(i, -1, false)
            .filter(|&v| self.word(v) == Some("är"))
        else {
            return false;
        };
        let after_jag = self
            .neighbour(v, -1, false)
            .and_then(|j| self.lower_cow(j))
            .is_some_and(|j| j == "jag");
        if !after_jag {
            return false;
        }
        let ends = self.tokens.get(i + 1).is_none_or(|t| {
            matches!(
                t.kind,
                TokKind::Punct('.' | ',' | '!' | '?') | TokKind::Space { newline: true }
            )
        }) || self
            .neighbour(i, 1, false)
            .is_some_and(|n| matches!(self.word(n), Some("på" | "från" | "i" | "hos" | "här")));
        ends && (name_no_word || !self.is_word(l) && !self.lists.is(l, flag::HEDGE))
    }
}

/// Units of an organisation in the definite form, as the end of a compound
/// ("stadsbyggnadskontoret", "Schackföreningen") or alone ("polisen", "kansliet"): where
/// a person works or comes from.
const UNIT_TAILS: &[&str] = &[
    "kontoret",
    "enheten",
    "avdelningen",
    "förvaltningen",
    "mottagningen",
    "expeditionen",
    "kansliet",
    "receptionen",
    "jouren",
    "hälsan",
    "föreningen",
    "förbundet",
    "tjänsten",
    "gruppen",
    "teamet",
    "gården",
    "skolan",
    "boendet",
    "polisen",
    // A school class named by its kind: "förskoleklassen", "mentorsklassen".
    "klassen",
    // A library, a company, a home, a house of the municipality: "stadsbiblioteket",
    // "bostadsbolaget", "hvb-hemmet", "kulturhuset".
    "biblioteket",
    "bolaget",
    "hemmet",
    "huset",
];

/// Units that stand alone as a word: elsewhere a unit's word is the end of a compound
/// ("fritidsgården"; "på gården" may be a yard).
const UNITS_ALONE: &[&str] = &[
    "vaktmästeriet",
    "kundtjänst",
    "kundtjänsten",
    "växeln",
    "polisen",
    "socialtjänsten",
    "kansliet",
    "expeditionen",
    "receptionen",
    "mottagningen",
    "förvaltningen",
    "avdelningen",
    "enheten",
    "biblioteket",
    // Departments named bare: "på ekonomi", "på fastighet", "från fritids".
    "ekonomi",
    "fastighet",
    "fritids",
];

/// Finite verbs whose subject is a person, whatever word opens the sentence but a body's
/// or a place's name: reading, baking, throwing ("Saga läste en saga", "Sten kastade en
/// sten").
const AGENT_VERBS: &[&str] = &["läste", "bakade", "bakar", "kastade"];

/// Finite verbs of passing on news, whose subject is a person or a body ("Storm meddelar
/// deltagarna", "Polisen meddelade").
const NEWS_VERBS: &[&str] = &[
    "meddelar",
    "meddelade",
    "informerar",
    "informerade",
    "mejlade",
    "ringde",
];

/// Supines after "har"/"hade" of verbs only a person does: "Ros hade bakat en tårta",
/// "Ek har jobbat här länge".
const AGENT_SUPINES: &[&str] = &["bakat", "kastat", "jobbat"];

/// Verbs that things take as well as persons: after a unit they make no person ("Sten
/// på gården ligger kvar").
const STATIVE: &[&str] = &[
    "är", "var", "blir", "blev", "ligger", "låg", "står", "stod", "finns", "fanns", "råder",
    "rådde", "e", "va",
];

/// Supines that things take as well: "har legat", "har varit".
const STATIVE_SUPINES: &[&str] = &["varit", "legat", "stått", "funnits", "blivit", "rått"];

impl Ctx<'_> {
    /// Whether the word at `i`, opening a sentence, has a predicate only a person takes:
    /// - after a unit of an organisation ("på stadsbyggnadskontoret", "från
    ///   Schackföreningen"), any finite verb but one things take too ("Ek på kansliet
    ///   har svarat"; not "Sten på gården ligger kvar");
    /// - retiring ("har gått i pension", "går i pension"), being born ("föddes"),
    ///   turning an age ("fyller 12"), coming in or going home ("kom in", "gick hem").
    ///
    /// A bare noun opens a Swedish sentence only as a name: the noun would take the
    /// definite form there ("Dagen kom", "Majen").
    pub(super) fn person_only_predicate(&self, i: usize) -> bool {
        // A pronoun or a quantifier is the subject itself ("Alla på enheten har gått
        // …", "Ingen på kansliet har svarat"), even where a list has it as a name; asked
        // only once a predicate is found.
        self.person_only_predicate_after(i)
            && !self.lower_cow(i).is_some_and(|l| {
                matches!(l.as_ref(), "alla" | "inga" | "allt")
                    || super::context::QUANTIFIERS.contains(&l.as_ref())
            })
    }

    fn person_only_predicate_after(&self, i: usize) -> bool {
        let Some(mut v) = self.neighbour(i, 1, false) else {
            return false;
        };
        // Two at a unit: "Ek och Al från kansliet har svarat".
        if self.word(v) == Some("och") {
            if let Some(y) = self
                .neighbour(v, 1, false)
                .filter(|&y| self.word(y).is_some_and(|w| shape(w) == Shape::Cap))
            {
                if let Some(p) = self
                    .neighbour(y, 1, false)
                    .filter(|&p| matches!(self.word(p), Some("på" | "från")))
                {
                    v = p;
                } else if let Some(n) = self
                    .neighbour(y, 1, false)
                    .filter(|&n| matches!(self.word(n), Some("skrev" | "undertecknade" | "tog")))
                {
                    // Two who sign or raise a question: "Ek och Asp skrev under".
                    v = n;
                }
            }
        }
        if matches!(self.word(v), Some("på" | "från")) {
            return self.acts_at_unit(v);
        }
        let word_at = |k: Option<usize>| k.and_then(|k| self.word(k));
        let next = |k: usize| self.neighbour(k, 1, false);
        // Where in the workplace, before a verb only a person takes: "Ros i köket hade
        // bakat", "Al i receptionen ringde".
        // In a unit of the workplace or a class, as after "på": "Ek i fritidsgruppen har
        // svarat".
        if self.word(v) == Some("i") {
            return self.acts_in_room(i, v) || self.acts_at_unit(v);
        }
        let Some(verb) = self.word(v) else {
            return false;
        };
        // A body of the gazetteer reads too ("Polisen läste skylten"): for reading, baking
        // and throwing, as for passing on news, only a word that is no body's or place's
        // name.
        if AGENT_VERBS.contains(&verb) || NEWS_VERBS.contains(&verb) {
            return self.lower_cow(i).is_some_and(|l| {
                !self.lists.is(&l, flag::NOT_NAME) && !self.lex.places.single(&l)
            });
        }
        if matches!(verb, "har" | "hade") {
            let Some(s) = next(v) else {
                return false;
            };
            match self.word(s) {
                Some(x) if AGENT_SUPINES.contains(&x) => return true,
                // Leave only persons take: "Maj har semester".
                Some("semester" | "ledigt" | "föräldraledigt" | "tjänstledigt") => return true,
                Some("gått") => v = s,
                Some("fyllt") => {
                    return self
                        .tokens
                        .get(s + 2)
                        .is_some_and(|t| t.kind == TokKind::Number)
                }
                _ => return false,
            }
        }
        match self.word(v) {
            Some("gått" | "går" | "gick") => {
                let i_ = next(v);
                word_at(i_) == Some("i") && word_at(i_.and_then(next)) == Some("pension")
                    || self.word(v) == Some("gick") && word_at(next(v)) == Some("hem")
            }
            Some("föddes" | "pensionerades" | "undertecknade") => true,
            // Signing a record, raising a question at a meeting: "Falk skrev under", "Ek
            // tog upp frågan".
            Some("skrev") => word_at(next(v)) == Some("under"),
            Some("tog") => {
                word_at(next(v)) == Some("upp")
                    && matches!(
                        word_at(next(v).and_then(next)),
                        Some("frågan" | "saken" | "ärendet" | "ämnet")
                    )
            }
            Some("fyller" | "fyllde") => self
                .tokens
                .get(v + 2)
                .is_some_and(|t| t.kind == TokKind::Number),
            Some("kom") => {
                matches!(word_at(next(v)), Some("in" | "hem" | "förbi"))
                    || self.came_to_a_meeting(v)
            }
            // Asking at a meeting: "Ek ställde frågor", "ställer en fråga".
            Some("ställde" | "ställer") => match word_at(next(v)) {
                Some("frågor" | "frågan" | "följdfrågor") => true,
                Some("en") => word_at(next(v).and_then(next)) == Some("fråga"),
                _ => false,
            },
            // Started work with someone: "började hos oss".
            Some("började" | "börjar") => word_at(next(v)) == Some("hos"),
            // A bare role word after "är": a profession ("Ek är kurator").
            // An age in years: "Ek är 15 år" (a number of one or two digits; a building
            // is older than that only rarely, and is no name).
            Some("är" | "var") => {
                word_at(next(v)).is_some_and(|r| {
                    shape(r) == Shape::Lower && self.role(r) && !STATIVE.contains(&r)
                }) || self.tokens.get(v + 2).is_some_and(|t| {
                    t.kind == TokKind::Number
                        && (1..=2).contains(&(t.end - t.start))
                        && !self.text[t.start..].starts_with('0')
                }) && self.word(v + 4) == Some("år")
            }
            // Leading a meeting or a group, not leading to something.
            Some("ledde" | "leder") => word_at(next(v))
                .is_some_and(|o| o != "till" && (o.ends_with("et") || o.ends_with("en"))),
            _ => false,
        }
    }

    /// After "på"/"från" at `v`: a unit of the workplace and a verb a person does there
    /// ("Ek på kansliet har svarat", "var med på mötet").
    fn acts_at_unit(&self, v: usize) -> bool {
        let Some(mut u) = self.neighbour(v, 1, false) else {
            return false;
        };
        // A unit with an article and an adjective: "från den engelska skolan".
        if matches!(self.word(u), Some("den" | "det")) {
            let Some(n) = self
                .neighbour(u, 1, false)
                .and_then(|a| self.neighbour(a, 1, false))
            else {
                return false;
            };
            u = n;
        }
        let Some(unit) = self.lower_cow(u) else {
            return false;
        };
        let is_unit = UNITS_ALONE.contains(&unit.as_ref())
            || UNIT_TAILS
                .iter()
                .any(|t| unit.len() > t.len() + 2 && unit.ends_with(t));
        if !is_unit {
            return false;
        }
        let Some(n) = self.neighbour(u, 1, false) else {
            return false;
        };
        let Some(verb) = self.word(n) else {
            return false;
        };
        // Taking part: "var med på mötet".
        if matches!(verb, "var" | "är")
            && self.neighbour(n, 1, false).and_then(|m| self.word(m)) == Some("med")
        {
            return true;
        }
        if shape(verb) != Shape::Lower || STATIVE.contains(&verb) || !self.finite(verb) {
            return false;
        }
        if matches!(verb, "har" | "hade") {
            return self
                .neighbour(n, 1, false)
                .and_then(|s| self.word(s))
                .is_some_and(|s| !STATIVE_SUPINES.contains(&s) && shape(s) == Shape::Lower);
        }
        true
    }

    /// After "i" at `v`: a room of the workplace and a verb only a person takes ("Ros i
    /// köket hade bakat", "Al i receptionen ringde").
    fn acts_in_room(&self, i: usize, v: usize) -> bool {
        let word_at = |k: Option<usize>| k.and_then(|k| self.word(k));
        let next = |k: usize| self.neighbour(k, 1, false);
        let Some(room) = next(v) else {
            return false;
        };
        let definite = self.word(room).is_some_and(|r| {
            shape(r) == Shape::Lower && r.len() > 4 && (r.ends_with("et") || r.ends_with("en"))
        });
        let Some(after) = next(room).filter(|_| definite) else {
            return false;
        };
        let Some(verb) = self.word(after) else {
            return false;
        };
        AGENT_VERBS.contains(&verb)
            || NEWS_VERBS.contains(&verb)
                && !self
                    .lower_cow(i)
                    .is_some_and(|l| self.lists.is(&l, flag::NOT_NAME))
            || matches!(verb, "har" | "hade")
                && word_at(next(after)).is_some_and(|s| AGENT_SUPINES.contains(&s))
    }

    /// Whether "kom" at `v` goes on, after at most one adverb, with "till" and a meeting
    /// or a lesson: "kom ändå till mötet", "kom till APT:n".
    fn came_to_a_meeting(&self, v: usize) -> bool {
        let mut t = self.neighbour(v, 1, false);
        if t.and_then(|k| self.word(k)).is_some_and(|w| {
            matches!(
                w,
                "ändå" | "också" | "sent" | "inte" | "även" | "tidigt" | "direkt"
            )
        }) {
            t = t.and_then(|k| self.neighbour(k, 1, false));
        }
        let Some(t) = t.filter(|&k| self.word(k) == Some("till")) else {
            return false;
        };
        self.neighbour(t, 1, false)
            .and_then(|m| self.lower_cow(m))
            .is_some_and(|m| {
                matches!(
                    m.as_ref(),
                    "mötet"
                        | "möten"
                        | "apt"
                        | "samrådet"
                        | "träffen"
                        | "lektionen"
                        | "utbildningen"
                        | "samtalet"
                        | "intervjun"
                        | "jobbet"
                        | "arbetet"
                        | "konferensen"
                )
            })
    }
}

/// Weekdays, in full and cut short as in a roster ("mån AB, tis CD").
pub(crate) const WEEKDAYS: &[&str] = &[
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mån", "tis", "ons",
    "tors", "tor", "fre", "lör", "sön",
];

/// Whether `w` is one of the abbreviations of two or three capitals that name a
/// department, a party or a body, never a person's initials ("HR bokar lokal"). A match
/// on the string (by length, then bytes), not a scan of a list: it is asked of every word
/// in capitals that might be initials.
pub(crate) fn is_body(w: &str) -> bool {
    matches!(
        w,
        "HR" | "IT" | "PR" | "KS" | "UD" | "JO" | "SD" | "MP" | "KD" | "SL" | "SJ" | "SR" | "TV"
            | "EU" | "FN" | "VD" | "AB" | "OK" | "PS" | "UK" | "US" | "DS" | "EM" | "VM" | "IVO"
            | "BUP" | "SFI" | "CVE" | "MSB" | "SOF"
            // A board whose abbreviation opens with a Swedish letter (äldrenämnden).
            | "ÄN"
            // The council and boards of a municipality (kommunfullmäktige, utbildnings-,
            // teknik-, barn- och ungdoms-, kultur- och fritids-, stadsdels-,
            // överförmyndar-, stadsbyggnads-, miljö- och hälsoskyddsnämnden), its social
            // services' units and homes (IFO, HVB), authorities (Försäkringskassan,
            // Arbetsförmedlingen, the ombudsmen DO and KO, SiS, SKR, SCB, CSN), the system
            // for reporting incidents at work (IA), laws and statute books (LSS, LVU, LVM,
            // OSL, SFS, SOU) and forms of company (EF, BRF).
            | "KF" | "UN" | "TN" | "BUN" | "KFN" | "SDN" | "ÖFN" | "SBN" | "MBN" | "IFO" | "HVB"
            | "FK" | "AF" | "DO" | "KO" | "SIS" | "SKR" | "SCB" | "CSN" | "IA" | "LSS" | "LVU"
            | "LVM" | "OSL" | "SFS" | "SOU" | "EF" | "BRF"
    )
}

/// Whether two or three capitals can never be a person's initials: a body's abbreviation
/// or a word that looks like a plate's letters but is none.
fn never_initials(w: &str) -> bool {
    is_body(w) || crate::lists::NOT_PLATES.contains(&w)
}

/// Whether a word can be a person's initials by itself: two or three capitals, none a
/// body's abbreviation or a plate's look-alike.
fn may_be_initials(w: &str) -> bool {
    (2..=3).contains(&w.chars().count()) && w.chars().all(char::is_uppercase) && !never_initials(w)
}

impl Ctx<'_> {
    /// A word opening a sentence, "och", a capitalised name (listed or unknown) that is no
    /// word of the language and no hand-kept ambiguous one, then a finite verb: two persons as
    /// the subject ("Ek och Brynolf har gått hem"); a thing is not joined to a person so.
    pub(super) fn joined_to_first_name(&self, i: usize) -> bool {
        let Some(o) = self
            .neighbour(i, 1, false)
            .filter(|&o| self.word(o) == Some("och"))
        else {
            return false;
        };
        let Some(m) = self.neighbour(o, 1, false) else {
            return false;
        };
        self.word(m).is_some_and(|w| shape(w) == Shape::Cap)
            && self
                .neighbour(m, 1, false)
                .and_then(|v| self.word(v))
                .is_some_and(|v| shape(v) == Shape::Lower && self.finite(v))
            && self.cap_name(m)
            && self.lower_cow(m).is_some_and(|n| {
                !self.lists.is(&n, flag::AMBIGUOUS | flag::WORD_NAME) && !self.is_word(&n)
            })
    }

    /// A capitalised word directly after "en" or "ett", then "som" and a finite verb that
    /// things do not take ("en Mirella som värvar …"): a person called so, not a make.
    pub(super) fn someone_called(&self, i: usize) -> bool {
        let after_en = self
            .neighbour(i, -1, false)
            .is_some_and(|p| matches!(self.word(p), Some("en" | "ett")));
        if !after_en {
            return false;
        }
        let Some(s) = self
            .neighbour(i, 1, false)
            .filter(|&s| self.word(s) == Some("som"))
        else {
            return false;
        };
        self.neighbour(s, 1, false)
            .and_then(|v| self.word(v))
            .is_some_and(|v| {
                shape(v) == Shape::Lower
                    && !STATIVE.contains(&v)
                    && !matches!(v, "heter" | "hette" | "kallas" | "har" | "hade")
                    && self.finite(v)
            })
    }

    /// A listed first name that is no word after an organisation or a place word, right
    /// before a finite verb that things do not take: the subject of a relative clause
    /// without "som" ("skolan Jonatan går på"), not the organisation's name.
    pub(super) fn subject_after_place_word(&self, i: usize, l: &str) -> bool {
        // The place word right before, not an article glued by a hyphen ("Al-Nour").
        let apart = i >= 2
            && self.tokens[i - 1].kind == (TokKind::Space { newline: false })
            && self.tokens[i - 2].kind == TokKind::Word;
        // Not after a noun of a kind of thing named like people ("stormen Signhild drog
        // in", "lex Ragnfrid gäller"): there the name is the thing's.
        let kind = self
            .neighbour(i, -1, false)
            .and_then(|p| self.lower_at(p))
            .is_some_and(|p| THING_KINDS.contains(&p.as_str()));
        apart
            && !kind
            // A first name only the world's list knows is no more than an unknown word.
            && self.lists.flags(l) & (flag::FIRST | flag::WORLD) == flag::FIRST
            && !self.lists.is(l, flag::AMBIGUOUS | flag::WORD_NAME)
            && self
                .neighbour(i, 1, false)
                .and_then(|v| self.word(v))
                .is_some_and(|v| {
                    shape(v) == Shape::Lower
                        && !STATIVE.contains(&v)
                        && !matches!(v, "har" | "hade")
                        && self.finite(v)
                })
            && !self.is_word(l)
    }

    /// Two or three capitals opening an item of a numbered list ("2) KL ringer …", "3.
    /// MN bokar …") before a finite verb: a person's initials, unless a body's
    /// abbreviation ("HR", "IT", "SFI").
    pub(super) fn initials_in_a_list(&self, i: usize, w: &str) -> bool {
        let t = self.tokens;
        let item = i >= 3
            && t[i - 1].kind == (TokKind::Space { newline: false })
            && matches!(t[i - 2].kind, TokKind::Punct(')' | '.'))
            && t[i - 3].kind == TokKind::Number
            && t[i - 3].end - t[i - 3].start <= 2;
        if !item || !(2..=3).contains(&w.chars().count()) || never_initials(w) {
            return false;
        }
        self.neighbour(i, 1, false)
            .and_then(|v| self.word(v))
            .is_some_and(|v| shape(v) == Shape::Lower && !STATIVE.contains(&v) && self.finite(v))
    }

    /// Two or three capitals after a day and a month ("24/12 QX, 25/12 WZ"), a weekday
    /// ("mån QX, tis WZ"), a range of them, the weekend or a week ("v12 QX, v13 WZ"), in a
    /// roster of such pairs (another one right before or after, a
    /// comma between): the initials of the person on duty that day.
    pub(super) fn initials_on_dates(&self, i: usize) -> bool {
        let t = self.tokens;
        let small = |k: usize| {
            t.get(k)
                .is_some_and(|x| x.kind == TokKind::Number && x.end - x.start <= 2)
        };
        let space = |k: usize| {
            t.get(k)
                .is_some_and(|x| x.kind == (TokKind::Space { newline: false }))
        };
        let weekday = |k: usize| {
            self.lower_cow(k)
                .is_some_and(|d| WEEKDAYS.contains(&d.as_ref()))
        };
        // The first token of the day before the word at `k` and a space: a date "d/m", a
        // weekday, in full or cut short, a range of weekdays ("mån–ons"), the weekend
        // ("helg"), or a week ("v49", "v. 49", "vecka 49").
        let day = |k: usize| {
            if k < 2 || !space(k - 1) {
                return None;
            }
            if k >= 4 && small(k - 2) && t[k - 3].kind == TokKind::Punct('/') && small(k - 4) {
                return Some(k - 4);
            }
            if small(k - 2) {
                // The week's word before its number: glued, after a point, or apart.
                let w = |q: usize| {
                    self.lower_cow(q)
                        .is_some_and(|v| matches!(v.as_ref(), "v" | "vecka"))
                };
                // No token before the number (a text that opens with it): no week.
                let p = k.checked_sub(3)?;
                return if w(p) {
                    Some(p)
                } else if p >= 1
                    && matches!(
                        t[p].kind,
                        TokKind::Punct('.') | TokKind::Space { newline: false }
                    )
                    && w(p - 1)
                {
                    Some(p - 1)
                } else if p >= 2 && space(p) && t[p - 1].kind == TokKind::Punct('.') && w(p - 2) {
                    Some(p - 2)
                } else {
                    None
                };
            }
            let d = self.lower_cow(k - 2)?;
            let d = d.as_ref();
            if WEEKDAYS.contains(&d)
                && k >= 4
                && matches!(t[k - 3].kind, TokKind::Punct('–' | '-'))
                && weekday(k - 4)
            {
                return Some(k - 4);
            }
            (WEEKDAYS.contains(&d) || matches!(d, "helg" | "helgen")).then_some(k - 2)
        };
        let initials = |k: usize| {
            self.word(k).is_some_and(|x| {
                (2..=3).contains(&x.chars().count())
                    && shape(x) == Shape::Upper
                    && !never_initials(x)
            })
        };
        let Some(first) = day(i) else {
            return false;
        };
        let comma = |k: usize| t.get(k).is_some_and(|x| x.kind == TokKind::Punct(','));
        // The next pair: ", <day> XY", its initials two tokens after a weekday or four
        // after a date.
        let next = (comma(i + 1) && space(i + 2))
            .then(|| (i + 5..=i + 9).find(|&k| day(k) == Some(i + 3)))
            .flatten();
        // The pair before: "XY, " before this one's day (`then`, not `then_some`: its
        // argument is evaluated first, and `first - 3` underflows at the text's start).
        let before =
            (first >= 3 && space(first - 1) && comma(first - 2) && day(first - 3).is_some())
                .then(|| first - 3);
        initials(i) && (next.is_some_and(initials) || before.is_some_and(initials))
    }

    /// Two capitals (Swedish letters too: "ÅV") opening a sentence before a finite verb
    /// that things do not take, or coordinated with such initials before one ("VJ ringde i morse", "ZT och VJ
    /// föreslog …"): a person's initials, unless a body's abbreviation or a plate's
    /// look-alike; one of two coordinated may be a company form ("AB").
    pub(super) fn initials_acting(&self, i: usize, w: &str) -> bool {
        let pair = |k: usize| {
            self.word(k).is_some_and(|x| {
                (2..=4).contains(&x.len())
                    && x.chars().count() == 2
                    && x.chars().all(char::is_uppercase)
            })
        };
        let plain = |x: &str| !never_initials(x);
        if !pair(i) {
            return false;
        }
        let acts = |v: usize| {
            self.word(v).is_some_and(|v| {
                shape(v) == Shape::Lower && !STATIVE.contains(&v) && self.finite(v)
            })
        };
        let next = |k: usize| self.neighbour(k, 1, false);
        let Some(v) = next(i) else {
            return false;
        };
        // "ZT och VJ ringde": the first opens the sentence.
        if self.word(v) == Some("och") {
            let Some(o) = next(v).filter(|&o| pair(o)) else {
                return false;
            };
            let other = self.word(o).unwrap_or_default();
            return self.sentence_start(i)
                && (plain(w) || plain(other))
                && next(o).is_some_and(acts);
        }
        // "ZT och VJ ringde": the second after "och" and the first.
        let after_first = self
            .neighbour(i, -1, false)
            .filter(|&a| self.word(a) == Some("och"))
            .and_then(|a| self.neighbour(a, -1, false))
            .filter(|&f| pair(f) && self.sentence_start(f));
        if let Some(f) = after_first {
            let first = self.word(f).unwrap_or_default();
            return (plain(w) || plain(first)) && acts(v);
        }
        // After a clock time in a log or a timeline ("14.10 QX ringde", "09:30 QX
        // kvitterade"): the time opens the entry as a sentence's start would.
        let t = self.tokens;
        let timed = i >= 4
            && t[i - 1].kind == (TokKind::Space { newline: false })
            && t[i - 2].kind == TokKind::Number
            && matches!(t[i - 3].kind, TokKind::Punct('.' | ':'))
            && t[i - 4].kind == TokKind::Number
            && t[i - 2].end - t[i - 2].start == 2
            && t[i - 4].end - t[i - 4].start <= 2;
        // After a comma that ends an entry opened by such initials ("QX tog emot samtalet,
        // ZV ringde tillbaka"): the next entry of the same timeline.
        let entry = || {
            i >= 3
                && t[i - 1].kind == (TokKind::Space { newline: false })
                && t[i - 2].kind == TokKind::Punct(',')
                && {
                    // The entry before: at most 16 tokens back to its first word.
                    let mut k = i - 2;
                    let mut first = None;
                    while k > 0 && i - k < 18 {
                        k -= 1;
                        match t[k].kind {
                            TokKind::Word => first = Some(k),
                            TokKind::Punct(',' | ':' | '.') | TokKind::Space { newline: true } => {
                                break
                            }
                            _ => {}
                        }
                    }
                    first.is_some_and(|f| {
                        f != i - 3
                            && pair(f)
                            && plain(self.word(f).unwrap_or_default())
                            && next(f).is_some_and(acts)
                    })
                }
        };
        plain(w) && (self.sentence_start(i) || timed || entry()) && acts(v)
    }

    /// Two capitals (Swedish letters too) a task is given to in minutes: after "åt" ("uppdra åt XY att …", the
    /// minutes' formula), or after "till" behind a word for the task ("Uppdrag till XY
    /// och ZW:"), and the second of two joined by "och": a person's initials, unless a
    /// body's abbreviation or a plate's look-alike ("uppdra åt HR").
    pub(super) fn initials_assigned(&self, i: usize, w: &str) -> bool {
        let pair = |x: &str| {
            (2..=4).contains(&x.len())
                && x.chars().count() == 2
                && x.chars().all(char::is_uppercase)
                && !never_initials(x)
        };
        if !pair(w) {
            return false;
        }
        let before = |k: usize| self.neighbour(k, -1, false);
        let given = |k: usize| {
            before(k).is_some_and(|p| match self.word(p) {
                Some("åt") => true,
                Some("till") => before(p)
                    .and_then(|t| self.lower_cow(t))
                    .is_some_and(|t| t.starts_with("uppdrag")),
                _ => false,
            })
        };
        if given(i)
            || before(i)
                .filter(|&a| self.word(a) == Some("och"))
                .and_then(before)
                .is_some_and(|f| self.word(f).is_some_and(pair) && given(f))
        {
            return true;
        }
        // Two such pairs joined by "och" after "av": the agents of a passive or a
        // participle ("bedömningen gjord av XY och ZW", "justerat av XY och ZW"). A body
        // acts so too, but two bodies' abbreviations are listed ("av KF och KS" has one).
        let after = |k: usize| self.neighbour(k, 1, false);
        let by = |k: usize| before(k).is_some_and(|p| self.word(p) == Some("av"));
        let joined = |k: usize| self.word(k) == Some("och");
        after(i)
            .filter(|&o| joined(o))
            .and_then(after)
            .is_some_and(|o| by(i) && self.word(o).is_some_and(pair))
            || before(i)
                .filter(|&o| joined(o))
                .and_then(before)
                .is_some_and(|f| by(f) && self.word(f).is_some_and(pair))
    }

    /// Two capitals that end a clause after "av" and a participle or a passive ("Rättat av
    /// QX.", "Kallelse skickas av QX.", "Ändrad av QX 2025-01-02", "kvitterat av QX
    /// 14.10"), or after the role "ansvarig" ("ansvarig QX."): who signed, read or
    /// answers for an item, in minutes and logs. A body acts and answers so too: the
    /// abbreviations of bodies and plates' look-alikes are left out.
    pub(super) fn initials_as_agent(&self, i: usize, w: &str) -> bool {
        let t = self.tokens;
        if !(2..=4).contains(&w.len())
            || w.chars().count() != 2
            || !w.chars().all(char::is_uppercase)
        {
            return false;
        }
        // The clause ends after the initials: a point, a comma, a line, the text's end,
        // or a date or a time standing after them.
        let ends = match t.get(i + 1).map(|x| x.kind) {
            None | Some(TokKind::Space { newline: true }) => true,
            Some(TokKind::Punct(c)) => matches!(c, '.' | ',' | ';' | ')' | '!' | '?'),
            // Or a conjunction opens the next clause: "Handläggs av QX medan …".
            Some(TokKind::Space { newline: false }) => {
                t.get(i + 2).is_some_and(|x| x.kind == TokKind::Number)
                    || matches!(
                        self.word(i + 2),
                        Some("medan" | "när" | "eftersom" | "tills")
                    )
            }
            _ => false,
        };
        if !ends {
            return false;
        }
        let Some(p) = self.neighbour(i, -1, false) else {
            return false;
        };
        let plain = || !never_initials(w);
        match self.word(p) {
            Some("ansvarig") => plain(),
            Some("av") => {
                plain()
                    && self
                        .neighbour(p, -1, false)
                        .and_then(|v| self.lower_cow(v))
                        .is_some_and(|v| {
                            ["t", "d", "s", "de"].iter().any(|e| v.ends_with(e)) && self.is_word(&v)
                        })
            }
            _ => false,
        }
    }

    /// Two or three capitals before a colon after a word for a note, alone or with
    /// "från" ("Anteckning QX:", "Notering från QX:"): who wrote the entry in a log. A
    /// body's abbreviation there is a unit's note and left out.
    pub(super) fn initials_of_a_note(&self, i: usize, w: &str) -> bool {
        if self.tokens.get(i + 1).map(|x| x.kind) != Some(TokKind::Punct(':'))
            || !may_be_initials(w)
        {
            return false;
        }
        let note = |k: usize| {
            self.lower_cow(k).is_some_and(|n| {
                matches!(
                    n.as_ref(),
                    "anteckning" | "notering" | "kommentar" | "noterat" | "antecknat"
                )
            })
        };
        let Some(p) = self.neighbour(i, -1, false) else {
            return false;
        };
        note(p) || self.word(p) == Some("från") && self.neighbour(p, -1, false).is_some_and(note)
    }

    /// Two pairs of initials joined by a slash before a colon after a word for a note
    /// ("Notering QX/WZ:"): the two who wrote the entry together. Neither may be a body's
    /// abbreviation.
    pub(super) fn initials_of_a_joint_note(&self, i: usize, w: &str) -> bool {
        let t = self.tokens;
        let pair = |k: usize| self.word(k).is_some_and(may_be_initials);
        let slash = |k: usize| t.get(k).is_some_and(|x| x.kind == TokKind::Punct('/'));
        // The first of the two: the slash, the second and the colon after it.
        let first = if slash(i + 1)
            && pair(i + 2)
            && t.get(i + 3).map(|x| x.kind) == Some(TokKind::Punct(':'))
        {
            i
        } else if i >= 2
            && slash(i - 1)
            && pair(i - 2)
            && t.get(i + 1).map(|x| x.kind) == Some(TokKind::Punct(':'))
        {
            i - 2
        } else {
            return false;
        };
        pair(i)
            && !never_initials(w)
            && self
                .neighbour(first, -1, false)
                .and_then(|p| self.lower_cow(p))
                .is_some_and(|n| matches!(n.as_ref(), "anteckning" | "notering" | "kommentar"))
    }

    /// Two or three capitals in brackets that hold only a list of such (commas, "och")
    /// right after a word for a group or a team ("arbetsgruppen (QX, WZ, YV)"): its
    /// members. Two at least, none a body's abbreviation; each side reads at most 16
    /// tokens.
    pub(super) fn initials_in_a_group(&self, i: usize) -> bool {
        let t = self.tokens;
        let initials = |k: usize| self.word(k).is_some_and(may_be_initials);
        // Cheap first: a comma, the closing bracket or " och" right after the word.
        let listed = match t.get(i + 1).map(|x| x.kind) {
            Some(TokKind::Punct(',' | ')')) => true,
            Some(TokKind::Space { newline: false }) => self.word(i + 2) == Some("och"),
            _ => false,
        };
        if !listed || !initials(i) {
            return false;
        }
        let mut count = 1;
        // Between the brackets: initials, commas, spaces and "och"; any other token ends
        // the walk.
        let mut walk = |k: usize| -> Option<bool> {
            match t[k].kind {
                TokKind::Space { newline: false } | TokKind::Punct(',') => Some(true),
                TokKind::Word if self.word(k) == Some("och") => Some(true),
                TokKind::Word if initials(k) => {
                    count += 1;
                    Some(true)
                }
                TokKind::Punct('(' | ')') => Some(false),
                _ => None,
            }
        };
        let mut open = None;
        for k in (i.saturating_sub(16)..i).rev() {
            match walk(k) {
                Some(true) => {}
                Some(false) if t[k].kind == TokKind::Punct('(') => {
                    open = Some(k);
                    break;
                }
                _ => return false,
            }
        }
        let Some(open) = open else {
            return false;
        };
        let mut closed = false;
        for (k, x) in t.iter().enumerate().take(i + 17).skip(i + 1) {
            match walk(k) {
                Some(true) => {}
                Some(false) if x.kind == TokKind::Punct(')') => {
                    closed = true;
                    break;
                }
                _ => return false,
            }
        }
        let group = open >= 2
            && t[open - 1].kind == (TokKind::Space { newline: false })
            && self.lower_cow(open - 2).is_some_and(|g| {
                ["gruppen", "grupp", "teamet", "team"]
                    .iter()
                    .any(|e| g.ends_with(e))
            });
        closed && count >= 2 && group
    }

    /// Initials found once (in a list of those present) are the person again before a
    /// finite verb: "Närvarande: KE, TB. … KE berättade om …".
    /// So are they after "av" and a verb of adjusting or signing: "Justeras av KE.".
    pub(super) fn initials_again(&self, i: usize, w: &str, l: &str) -> bool {
        let t = self.tokens;
        // A speaker's label at the start of a line in minutes: "GH: Inget nytt".
        let label = t
            .get(i + 1)
            .is_some_and(|c| c.kind == TokKind::Punct(':') && c.start == t[i].end)
            && (i == 0 || matches!(t[i - 1].kind, TokKind::Space { newline: true }));
        w.chars().count() == 2
            && self.found.borrow().contains(l)
            && (label
                || self
                    .neighbour(i, 1, false)
                    .and_then(|v| self.word(v))
                    .is_some_and(|v| shape(v) == Shape::Lower && self.finite(v))
                || self
                    .neighbour(i, -1, false)
                    .filter(|&a| self.word(a) == Some("av"))
                    .and_then(|a| self.neighbour(a, -1, false))
                    .and_then(|v| self.lower_cow(v))
                    .is_some_and(|v| {
                        v.starts_with("juster")
                            || v.starts_with("signer")
                            || v.starts_with("underteckna")
                    }))
    }

    /// A capitalised word after ", inte" that ends a clause whose first word was found as
    /// a name: the contrast names a person too ("Asp skrev det, inte Kärr.").
    pub(super) fn contrasted_with_name(&self, i: usize) -> bool {
        let t = self.tokens;
        let ends = t.get(i + 1).is_none_or(|x| {
            matches!(
                x.kind,
                TokKind::Punct('.' | '!' | '?' | ',' | ';') | TokKind::Space { newline: true }
            )
        });
        if !ends
            || !self.neighbour(i, -1, false).is_some_and(|n| {
                self.word(n) == Some("inte") && n >= 2 && t[n - 2].kind == TokKind::Punct(',')
            })
        {
            return false;
        }
        // The clause's first word, at most 24 tokens back.
        (i.saturating_sub(24)..i)
            .rev()
            .filter(|&k| t[k].kind == TokKind::Word)
            .find(|&k| self.sentence_start(k))
            .and_then(|k| self.lower_cow(k))
            .is_some_and(|f| self.found_before(&f))
    }
}

/// Nouns of kinds of things that are named like people: a storm, a law named after a
/// case, a ferry, a dog, an exercise, a magazine, a series.
const THING_KINDS: &[&str] = &[
    "lex",
    "stormen",
    "orkanen",
    "färjan",
    "hunden",
    "grodan",
    "övningen",
    "insatsen",
    "operation",
    "tidskriften",
    "serien",
];
