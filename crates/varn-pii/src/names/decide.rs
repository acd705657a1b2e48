//! The name model's decisions for one word: a capitalised word (inside a sentence, or
//! opening one), and a word in lower case or capitals.

use crate::lists::{flag, NOT_PLATES};
use crate::token::TokKind;

use super::context::{stem, Ctx, SURNAME_ENDINGS, SURNAME_MORPHS};
use super::{shape, Shape, Why};

impl Ctx<'_> {
    pub(super) fn decide_cap(&self, i: usize, lw: &str, cue: bool) -> Option<Why> {
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

    pub(super) fn decide(&self, i: usize, w: &str, lw: &str, cue: bool) -> Option<Why> {
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
                // In text all in capitals a listed name opening a sentence is a name, as
                // it is in capitalised text ("OLIVIA I 7C VÄGRAR …").
                let opens = sh == Shape::Upper && listed && self.sentence_start(i);
                let surname = (s || !f) && SURNAME_ENDINGS.iter().any(|e| l.ends_with(e));
                (opens
                    || surname
                    || beside(self.neighbour(i, 1, true))
                    || beside(self.neighbour(i, -1, true)))
                .then_some(Why::Listed)
            }
        }
    }
}
