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

mod context;
mod decide;

use crate::lexicon::{Gazetteer, Lexicon};
use crate::lists::{flag, Lists};
use crate::token::{Tok, TokKind};
use crate::{Budget, Exceeded, Finding, Kind};

use context::Ctx;

const EXPLAIN_LISTED: &str = "Ser ut som ett namn på en person.";
const EXPLAIN_PROPER: &str = "Ett ord med stor bokstav mitt i en mening är ett egennamn; det här är ingen känd plats eller organisation och kan vara en persons namn.";
const EXPLAIN_CONTEXT: &str =
    "Ordet står där ett namn brukar stå och är inget vanligt svenskt ord; det kan vara ett namn.";
const SUGGEST_PERSON: &str = "Skriv vem det är utan namn, till exempel ”eleven”, ”en vårdnadshavare” eller ”en man i 20-årsåldern”.";
const SUGGEST_PERSON_OR_PLACE: &str = "Skriv vem det är utan namn, till exempel ”eleven” eller ”en vårdnadshavare”. Om det är ett område eller en plats: skriv området, t.ex. ”i stadsdelen”.";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
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

pub(super) fn shape(w: &str) -> Shape {
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
pub(super) enum Why {
    Listed,
    Proper,
    Context,
}

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
