//! Clauses around a word: a change of habit, a pair at a unit, a finite verb after it,
//! an aside, dotted initials, an organisation's predicate, saying and cleft sentences.

use super::*;

impl<'a> Ctx<'a> {
    /// "har börjat"/"har slutat" and a verb only a person does after the word, perhaps
    /// across a place ("Vilja har slutat komma till gården", "björn på gården har
    /// börjat prata om …"): the subject of such a change of habit is a person.
    pub(in crate::names) fn changed_habit(&self, i: usize) -> bool {
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
    pub(in crate::names) fn pair_at_unit(&self, i: usize) -> bool {
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
    pub(in crate::names) fn before_finite(&self, i: usize) -> bool {
        self.neighbour(i, 1, false)
            .and_then(|n| self.word(n))
            .is_some_and(|v| {
                shape(v) == Shape::Lower
                    && (self.lists.is(v, flag::FINITE | flag::REPORTING) || self.finite(v))
            })
    }

    /// A bracketed aside right after the word, then a verb of saying: "stig (mentor på
    /// skolan) säger att …". The aside is at most 16 tokens on one line.
    pub(in crate::names) fn aside_then_says(&self, i: usize) -> bool {
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
    pub(in crate::names) fn dotted_initials(&self, i: usize) -> bool {
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
    /// After "är" at `v`: perhaps "också"/"även", perhaps "det" or "ett" and one
    /// adjective, then "namnet på" and no possessive.
    fn name_of_a_thing(&self, v: usize) -> bool {
        let next = |k: usize| self.neighbour(k, 1, false);
        let mut k = next(v);
        if k.and_then(|k| self.word(k))
            .is_some_and(|w| matches!(w, "också" | "även"))
        {
            k = k.and_then(next);
        }
        if k.and_then(|k| self.word(k))
            .is_some_and(|w| matches!(w, "det" | "ett"))
        {
            k = k.and_then(next);
            if k.and_then(|k| self.word(k)).is_some_and(|w| w != "namnet") {
                k = k.and_then(next);
            }
        }
        let Some(k) = k.filter(|&k| self.word(k) == Some("namnet")) else {
            return false;
        };
        let Some(p) = next(k).filter(|&p| self.word(p) == Some("på")) else {
            return false;
        };
        !next(p).and_then(|o| self.lower_cow(o)).is_some_and(|o| {
            matches!(
                o.as_ref(),
                "min"
                    | "mitt"
                    | "hans"
                    | "hennes"
                    | "deras"
                    | "vår"
                    | "vårt"
                    | "er"
                    | "sin"
                    | "sitt"
                    | "dess"
            )
        })
    }

    /// Whether the word at `i` opens or ends a title of up to three capitalised words
    /// (joined by spaces, hyphens or "&") that is played or shown somewhere: "Pippi
    /// Långstrump spelas på Cirkus", "Bröderna-Lejonhjärta visades i aulan", "Emil
    /// spelades av en amatörteater". A person is not played or shown "på", "i", "för" or
    /// "av".
    fn performed_title(&self, i: usize) -> bool {
        let mut end = i;
        for step in 0..3 {
            // Through a closing quotation mark: "Filmen ”Mörkret” visades …".
            let before_verb = match self.tokens.get(end + 1).map(|t| t.kind) {
                Some(TokKind::Punct('"' | '”' | '»')) => end + 1,
                _ => end,
            };
            let verb = self
                .neighbour(before_verb, 1, false)
                .and_then(|v| self.word(v).map(|w| (v, w)));
            // The verb's length and first byte before the list.
            if let Some((v, _)) = verb.filter(|&(_, w)| {
                (5..=9).contains(&w.len())
                    && matches!(w.as_bytes()[0], b's' | b'v' | b'u')
                    && matches!(
                        w,
                        "spelas" | "spelades" | "visas" | "visades" | "uppförs" | "uppfördes"
                    )
            }) {
                return self
                    .neighbour(v, 1, false)
                    .and_then(|p| self.word(p))
                    .is_some_and(|p| matches!(p, "på" | "i" | "för" | "av"));
            }
            // Else the title goes on with a capitalised word (after a space, a hyphen or
            // "&").
            let next = self.neighbour(end, 1, true).filter(|&k| {
                self.word(k)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
            });
            match next {
                Some(k) if step < 2 => end = k,
                _ => return false,
            }
        }
        false
    }

    /// Whether "är" at `v` glosses a word in a language: a language's name in lower case
    /// (a word of the list ending in "-ska") and "för" ("X är kurdiska för hopp"): the
    /// word is a word of that language, no person.
    fn gloss_after(&self, v: usize) -> bool {
        let Some(lang) = self.neighbour(v, 1, false) else {
            return false;
        };
        self.word(lang).is_some_and(|w| {
            shape(w) == Shape::Lower && w.len() > 5 && w.ends_with("ska") && self.is_word(w)
        }) && self.neighbour(lang, 1, false).and_then(|f| self.word(f)) == Some("för")
    }

    pub(in crate::names) fn not_a_person_predicate(&self, i: usize) -> bool {
        if self.performed_title(i) {
            return true;
        }
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

            // "X är också namnet på en tidskrift", "X är det gaeliska namnet på
            // Skottland": the name of a thing, not of someone's child ("… på hans dotter").
            Some("är") => self.name_of_a_thing(n) || self.gloss_after(n),
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
    pub(in crate::names) fn at_unit_acts(&self, i: usize) -> bool {
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
    pub(in crate::names) fn says(&self, i: usize) -> bool {
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
    /// X som …", "är det X som …?": "det" and "var"/"är" (an adverb may stand
    /// between; in a question the verb first), then the word, then a comma, a full stop,
    /// "som", or "utan" after "inte".
    pub(in crate::names) fn cleft(&self, i: usize) -> bool {
        // The clause ends after the token at `k`: the text's end, a line's or a point.
        let end_after = |k: usize| {
            matches!(
                self.tokens.get(k + 1).map(|t| t.kind),
                None | Some(
                    TokKind::Punct(',' | '.' | '!' | '?') | TokKind::Space { newline: true }
                )
            )
        };
        let ends = end_after(i)
            || match self.tokens.get(i + 1).map(|t| t.kind) {
                // "utan" after a denial: "det var inte X utan hans bror"; or one more word
                // that is no Swedish word ends the clause, a surname ("det va X Y").
                Some(TokKind::Space { .. }) => self.neighbour(i, 1, false).is_some_and(|n| {
                    self.word(n) == Some("som")
                        || self.word(n) == Some("utan")
                            && self
                                .neighbour(i, -1, false)
                                .is_some_and(|p| self.word(p) == Some("inte"))
                        || end_after(n) && self.lower_cow(n).is_some_and(|l| !self.is_word(&l))
                }),
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
        // The question turns the two round: "är det X som …?", "var det …".
        let asked = || {
            self.word(p) == Some("det")
                && self
                    .neighbour(p, -1, false)
                    .filter(|&v| self.sentence_start(v))
                    .and_then(|v| self.lower_cow(v))
                    .is_some_and(|v| matches!(v.as_ref(), "är" | "var"))
        };
        matches!(self.word(p), Some("var" | "är" | "va" | "e"))
            && self
                .neighbour(p, -1, false)
                .and_then(|q| self.lower_cow(q))
                .is_some_and(|d| matches!(d.as_ref(), "det" | "de" | "d"))
            || asked()
    }
}
