//! Places, organisations and things a capitalised word may be: after a place word,
//! in an organisation's name, a make in the definite form, a capitalised name after it.

use super::*;

impl<'a> Ctx<'a> {
    /// The word before is an organisation or a place ("Föreningen Gemenskap",
    /// "Kampsportsklubben Nordlys"), or a preposition of place ("i Srebrenica").
    pub(in crate::names) fn after_place_word(&self, i: usize, l: &str) -> bool {
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
        // Or through a quotation mark opening the name: "rummet ”Algot”", "chattboten
        // ”Gunvor”" (only a room or an organisation's word then).
        let t = self.tokens;
        let quoted = |i: usize| {
            i >= 3
                && crate::names::is_quote(t[i - 1].kind)
                && t[i - 1].end == t[i].start
                && t[i - 2].kind == (TokKind::Space { newline: false })
                && self.word(i - 3).is_some()
        };
        let (p, quoted) = match self.neighbour(i, -1, false) {
            Some(p) => (p, false),
            None if quoted(i) => (i - 3, true),
            None => return false,
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
        // A compound too: "Hörsalen Astrid", "mötesrummet Ek".
        let room = matches!(
            pl.as_str(),
            "sal"
                | "salen"
                | "rum"
                | "rummet"
                | "rummen"
                | "avdelningarna"
                | "avdelningar"
                | "hörsal"
                | "hörsalen"
                | "lokal"
                | "lokalen"
                | "konferensrummet"
                | "aula"
                | "aulan"
                | "salong"
                | "salongen"
                // A campus's name: "på Campus Ekdala".
                | "campus"
        ) || pl.len() > 7 && (pl.ends_with("salen") || pl.ends_with("rummet"));
        // A capitalised word after a known organisation or place continues its name
        // ("Kampfgruppe Nord").
        // Not "Polisen" as a title before a listed name: "Polisen Gran ringde".
        let title = pl == "polisen" && {
            let (f, s) = self.listed(l);
            f || s
        };
        // Nor a listed name that is no word: a person named after the word ("Islam
        // Karimi").
        let first_name = || {
            let f = self.lists.flags(l);
            f & (flag::FIRST | flag::LAST) != 0 && f & flag::WORD_NAME == 0
        };
        let after_known = self.word(p).is_some_and(|pw| shape(pw) == Shape::Cap)
            && (self.lex.places.single(&pl) || self.own_place(p, &pl))
            && !title
            && !first_name()
            && !self.place_as_first_name(p, l)
            && {
                let (f, s) = self.listed(&pl);
                !(f || s)
            };
        if quoted {
            return room || org_head(&pl, false);
        }
        // One learns a thing through a person: "genom Torbjörn" names no place.
        let place_prep = place_prep && !(pl == "genom" && first_name());
        place_prep
            || saint
            || at_place
            || room
            || after_known
            || org_head(&pl, false)
            || self.ship_prefix(p)
            || self.in_org_name(p)
    }

    /// Whether the place at `p` stands where a person's first name stands and the word
    /// after it (`l`, in lower case) is no Swedish word and no place, so a surname: after
    /// a role word, "som" or a full name and "och" ("Kuratorn Sala Tulvikka", "Algot
    /// Ardesh och Sala Tulvikka"). A first name may be a place; not after a single name
    /// that may be an assistant's ("<name> eller <brand> Assistant").
    pub(in crate::names) fn place_as_first_name(&self, p: usize, l: &str) -> bool {
        !self.is_word(l)
            && !self.lex.places.single(l)
            && self.neighbour(p, -1, false).is_some_and(|q| {
                self.lower_cow(q).is_some_and(|ql| {
                    self.role(&ql)
                        || ql == "som"
                        || matches!(ql.as_ref(), "och" | "eller")
                            && self.neighbour(q, -1, false).is_some_and(|n| {
                                self.cap_name(n)
                                    && self.neighbour(n, -1, false).is_some_and(|m| {
                                        !self.sentence_start(m) && self.cap_name(m)
                                    })
                            })
                })
            })
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
            if self.lower_cow(q).is_some_and(|ql| org_head(&ql, true)) || self.ship_prefix(q) {
                return true;
            }
            k = q;
        }
        false
    }

    /// Whether the word at `q` ends a ship's prefix ("M/S", "M/Y", "S/S", "M/T"): the
    /// capitalised words after it are the ship's name ("M/S Gunnvor Brattö").
    fn ship_prefix(&self, q: usize) -> bool {
        let t = self.tokens;
        q >= 2
            && matches!(self.word(q), Some("S" | "Y" | "T" | "V"))
            && t[q - 1].kind == TokKind::Punct('/')
            && t[q - 1].end == t[q].start
            && t[q - 2].end == t[q - 1].start
            && matches!(self.word(q - 2), Some("M" | "S"))
    }

    /// A make, a platform or another thing of the gazetteer in the definite form
    /// ("Saaben", "Caddyn", "Discorden", "Volvon").
    pub(in crate::names) fn definite_thing(&self, l: &str) -> bool {
        crate::lists::car_make(l)
            || ["en", "n", "et"].iter().any(|e| {
                l.strip_suffix(e).is_some_and(|s| {
                    s.chars().count() >= 4
                        && self.lex.places.single(s)
                        && !self.lists.is(s, flag::FIRST | flag::LAST)
                })
            })
    }

    /// A common noun in the definite form, whose bare form is a Swedish word and no
    /// listed name ("blanketten", "skolan", "biblioteket"): such a word opens a sentence
    /// as the thing, never as a person, whatever its predicate ("Blanketten kom in").
    pub(in crate::names) fn definite_noun(&self, l: &str) -> bool {
        ["en", "et", "n", "t"].iter().any(|e| {
            l.strip_suffix(e).is_some_and(|s| {
                s.chars().count() >= 3
                    && self.is_word(s)
                    && !self.lists.is(s, flag::FIRST | flag::LAST)
            })
        })
    }

    /// A capitalised word that is a person's name by itself (listed, or unknown).
    pub(in crate::names) fn cap_name(&self, i: usize) -> bool {
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
    pub(super) fn cap_surname_word(&self, n: usize) -> bool {
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
}
