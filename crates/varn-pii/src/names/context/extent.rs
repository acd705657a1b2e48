//! How far a name reaches: the words it takes along, and a place named after a person.

use super::*;

/// The heads of a foundation's or an association's compound name.
const ORG_COMPOUNDS: &[&str] = &["stiftelse", "stiftelsen", "förening", "föreningen"];

impl<'a> Ctx<'a> {
    /// A word in lower case or capitals that is no Swedish word and no place.
    pub(in crate::names) fn caseless_candidate(&self, i: usize, l: &str) -> bool {
        // The word list first: most words are ordinary words, and its answer is
        // remembered.
        l.chars().nth(1).is_some()
            && !self.is_word(l)
            // An office loanword is a word in lower case too ("att swisha pengar").
            && !super::super::decide::capitalised::LOANWORDS.contains(&l)
            && !self.english_plural(l)
            && !self.not_name(l)
            && !self.own_place(i, l)
            && !self.known_place(i, l, false)
    }

    /// A capitalised word (or a word in capitals among words that are not).
    /// A lower-case ordinary word after a hyphen: "-firandet", "-gruppen".
    /// Whether the word at `n` is a word for a person's case ("fallet", "ärendet",
    /// "domen"): a name before it by a hyphen is the person's.
    pub(in crate::names) fn case_word(&self, n: usize) -> bool {
        self.word(n).is_some_and(|w| CASE_WORDS.contains(&w))
    }

    /// Whether the word at `n` is a noun for a group of people glued after a hyphen
    /// (`PEOPLE_GROUPS`): "-gänget", "-killarna".
    pub(in crate::names) fn people_group_after(&self, n: usize) -> bool {
        let t = self.tokens;
        // The hyphen first: most words have none after them.
        n >= 2
            && t.get(n - 1).is_some_and(|h| h.kind == TokKind::Punct('-'))
            && t[n - 1].start == t[n - 2].end
            && t.get(n).is_some_and(|w| w.start == t[n - 1].end)
            && self.word(n).is_some_and(|w| PEOPLE_GROUPS.contains(&w))
    }

    pub(in crate::names) fn common_after_hyphen(&self, n: usize) -> bool {
        self.word(n)
            .is_some_and(|w| shape(w) == Shape::Lower && self.is_word(w))
    }

    /// Whether the name ending at `last` is part of the name of a place: a place word or a
    /// street name follows it, or a hyphen and a common noun.
    pub(in crate::names) fn names_a_place(&self, last: usize) -> bool {
        if self.place_word_ends(last) {
            return true;
        }
        if self
            .tokens
            .get(last + 1)
            .is_some_and(|t| t.kind == TokKind::Punct('-'))
            && self.common_after_hyphen(last + 2)
        {
            // A person's case is the person's: "Gunnvald Hägervall-fallet", "Lind-ärendet".
            // A group named after a person too: "Ek-gänget".
            return !self.case_word(last + 2) && !self.people_group_after(last + 2);
        }
        let Some(n) = self.cell_neighbour(last, 1, false) else {
            return false;
        };
        // A brand of a name and a letter before a hyphen and a common noun: "Ester
        // L-butiken", "Urban K-kollektionen".
        if self
            .word(n)
            .is_some_and(|w| w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase()))
            && self
                .tokens
                .get(n + 1)
                .is_some_and(|t| t.kind == TokKind::Punct('-') && t.start == self.tokens[n].end)
            && self.common_after_hyphen(n + 2)
            && !self.case_word(n + 2)
        {
            return true;
        }
        let Some(l) = self.lower_at(n) else {
            return false;
        };
        let cap = self.word(n).is_some_and(|w| shape(w) == Shape::Cap);
        // An adjective of an institution between: "Olof Palmes internationella center".
        let institutional = !cap
            && (l.ends_with("ella") || l.ends_with("iska"))
            && self
                .neighbour(n, 1, false)
                .and_then(|m| self.lower_at(m))
                .is_some_and(|m| PLACE_NOUNS.contains(&m.as_str()));
        PLACE_NOUNS.contains(&l.as_str())
            || institutional
            || !cap && place_noun_form(&l)
            || cap && ORG_WORDS_EN.contains(&l.as_str())
            || cap
                && !self.name_like(&l)
                && self.place_compound(&l)
                && !self.surname_after_first(last, &l)
            || crate::lists::STREET_SUFFIXES
                .iter()
                .any(|s| l.ends_with(s) && l.len() > s.len() + 1)
                && self
                    .tokens
                    .get(n + 2)
                    .is_some_and(|t| t.kind == TokKind::Number)
    }

    /// Whether the name ends in a capitalised place word after a genitive ("Halvdans
    /// Livs", "Magnhild Rydqvists Värld"), or in an old school's word ("Östra Real"): the name
    /// is the place's.
    fn place_word_ends(&self, last: usize) -> bool {
        let Some(w) = self.word(last) else {
            return false;
        };
        // A foundation or an association named after its owner or founder
        // ("Ekdalas Kulturstiftelse", "Bodins Idrottsförening").
        let org = w.len() > 12 && ORG_COMPOUNDS.iter().any(|h| w.ends_with(h));
        if shape(w) != Shape::Cap || !(3..=10).contains(&w.len()) && !org {
            return false;
        }
        let school = matches!(w, "Real" | "Latin");
        if !school
            && !self
                .neighbour(last, -1, false)
                .and_then(|p| self.word(p))
                .is_some_and(|p| p.ends_with('s') && shape(p) == Shape::Cap)
        {
            return false;
        }
        let l = w.to_lowercase();
        org || PLACE_NOUNS.contains(&l.as_str()) && !self.lists.is(&l, flag::FIRST | flag::LAST)
    }

    /// Whether the word at `n` continues a name (a surname, a double name, an initial).
    pub(in crate::names) fn continues(&self, n: usize, caseless: bool) -> bool {
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
                    && (f
                        || s
                        || !self.place_compound(&l)
                        || self
                            .neighbour(n, -1, false)
                            .is_some_and(|p| self.surname_after_first(p, &l)))
                    // "Nordic Strength Club": an organisation word in English ends the
                    // name, and `names_a_place` makes the whole an organisation.
                    && !ORG_WORDS_EN.contains(&l.as_str())
                    // "Tessins Byggnad", "Östra Real": a place word after a genitive, or an
                    // old school's, ends the name, and `names_a_place` makes it a place.
                    && !((matches!(l.as_str(), "real" | "latin")
                        || self
                            .neighbour(n, -1, false)
                            .and_then(|p| self.word(p))
                            .is_some_and(|p| p.ends_with('s')))
                        && PLACE_NOUNS.contains(&l.as_str())
                        && !self.lists.is(&l, flag::FIRST | flag::LAST))
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

/// Buildings that take a person's name as a compound's head: "Alfred Nobels
/// björkborg", "Karin Boyes sommarslott".
const BUILDING_TAILS: &[&str] = &[
    "borg",
    "slott",
    "slottet",
    "villa",
    "villan",
    "museum",
    "museet",
    "verkstad",
    "verkstaden",
];

/// A place word in the genitive ("Sofia skolas kurator") or a compound ending in a building
/// ("björkborg"): the name before it names the place.
fn place_noun_form(l: &str) -> bool {
    l.strip_suffix('s')
        .is_some_and(|s| s.len() >= 4 && PLACE_NOUNS.contains(&s))
        || BUILDING_TAILS
            .iter()
            .any(|t| l.len() > t.len() + 2 && l.ends_with(t))
}
