//! The look-around of a number: the word before it (registry context, "org.nr"), what
//! follows it (a letter glued on, a town), an address before a postal code, and whether a
//! phone number is an organisation's switchboard or service number.

use super::date_shape;
use crate::lists::STREET_SUFFIXES;
use crate::text_of;
use crate::token::{Tok, TokKind};

pub(super) fn glued_to_letter(tokens: &[Tok], last: usize) -> bool {
    matches!(tokens.get(last + 1).map(|t| t.kind), Some(TokKind::Word))
}

pub(super) fn followed_by_capital(tokens: &[Tok], text: &str, last: usize) -> bool {
    let mut j = last + 1;
    if matches!(tokens.get(j).map(|t| t.kind), Some(TokKind::Punct(','))) {
        j += 1;
    }
    // Not across a tab: the next cell of a table's row is another field ("25000<TAB>Bifall"
    // is a sum and a decision); a known town there still counts (`followed_by_place`).
    if !matches!(
        tokens.get(j).map(|t| t.kind),
        Some(TokKind::Space { newline: false })
    ) || text_of(text, &tokens[j]).contains('\t')
    {
        return false;
    }
    tokens.get(j + 1).is_some_and(|t| {
        let w = text_of(text, t);
        t.kind == TokKind::Word
            && w.chars().next().is_some_and(char::is_uppercase)
            && !function_word(w)
    })
}

/// Whether the number is a field of a row separated by semicolons, a capitalised word
/// in the next field: "Ängsvägen 17;412 63;Vallby" (a town after a postal code), also
/// with every field quoted: "\"412 63\";\"Vallby\"".
pub(super) fn field_before_capital(tokens: &[Tok], text: &str, first: usize, last: usize) -> bool {
    let glued_semicolon = |k: usize| {
        tokens.get(k).is_some_and(|t| t.kind == TokKind::Punct(';'))
            && tokens[k - 1].end == tokens[k].start
            && tokens.get(k + 1).is_some_and(|n| n.start == tokens[k].end)
    };
    let quote = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokKind::Punct('"'));
    // The semicolons before and after, and the next field's word.
    let (before, after, next) =
        if first >= 3 && quote(first - 1) && quote(last + 1) && quote(last + 3) {
            (first - 2, last + 2, last + 4)
        } else {
            (first.wrapping_sub(1), last + 1, last + 2)
        };
    first >= 2
        && glued_semicolon(before)
        && glued_semicolon(after)
        && tokens.get(next).is_some_and(|t| {
            let w = text_of(text, t);
            t.kind == TokKind::Word
                && w.chars().next().is_some_and(char::is_uppercase)
                && !function_word(w)
        })
}

/// Whether the word after the number (a comma and a space between) is a form's example
/// town ("123 45 Exempelby"): a placeholder, no place.
pub(super) fn before_example(tokens: &[Tok], text: &str, last: usize) -> bool {
    let mut j = last + 1;
    if matches!(tokens.get(j).map(|t| t.kind), Some(TokKind::Punct(','))) {
        j += 1;
    }
    if matches!(
        tokens.get(j).map(|t| t.kind),
        Some(TokKind::Space { newline: false })
    ) {
        j += 1;
    }
    tokens.get(j).is_some_and(|t| {
        t.kind == TokKind::Word
            && text_of(text, t)
                .get(..7)
                .is_some_and(|h| h.eq_ignore_ascii_case("exempel"))
    })
}

/// A conjunction, preposition or adverb after a number is no town, even in capitals:
/// "RING 114 14 OM …", "SMS:A 118 25 ELLER …".
fn function_word(w: &str) -> bool {
    w.len() <= 6 && {
        let l = crate::lower_cow(w);
        [
            "om", "och", "eller", "men", "så", "som", "att", "i", "på", "till", "för", "från",
            "med", "av", "vid", "när", "nu", "direkt", "genast", "dygnet",
        ]
        .contains(&l.as_ref())
    }
}

/// A street name with a suffix ("…gatan") within the few tokens before, with no sentence
/// end between ("Götgatan 5, 11825"): its word's token. The street word may stand apart
/// after a capitalised word or a genitive ("Ekmans gata 6, 117 39"); the points
/// of an abbreviation ("ö.g.,": glued to letters on both sides or before a comma) end no
/// sentence.
pub(super) fn after_address(tokens: &[Tok], text: &str, first: usize) -> Option<usize> {
    let mut j = first;
    for _ in 0..10 {
        j = j.checked_sub(1)?;
        match tokens[j].kind {
            TokKind::Punct('.')
                if j > 0
                    && tokens.get(j + 1).is_some_and(|n| {
                        n.kind == TokKind::Punct(',')
                            || n.kind == TokKind::Word
                                && n.start == tokens[j].end
                                && tokens[j - 1].kind == TokKind::Word
                                && tokens[j - 1].end == tokens[j].start
                    }) => {}
            TokKind::Punct('.' | '!' | '?' | ':' | ';') | TokKind::Space { newline: true } => {
                return None
            }
            TokKind::Word if street_end(text_of(text, &tokens[j])) => {
                let w = crate::lower_cow(text_of(text, &tokens[j]));
                if crate::words::suffixed_street(&w) {
                    return Some(j);
                }
                // A street word standing apart after a capitalised word: "… gata 6",
                // "Smedjans gärde 7", "Östra Kvarnbäckens äng 3".
                if w.len() <= 9
                    && crate::words::street_word(&w)
                    && j >= 2
                    && matches!(tokens[j - 1].kind, TokKind::Space { newline: false })
                    && text_of(text, &tokens[j - 2])
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

/// The last two bytes of every street suffix, also typed without dots, and of the street
/// words that stand apart ("gärde", "udde").
static STREET_END_BYTES: crate::names::Ends = crate::names::Ends::of(&[
    STREET_SUFFIXES,
    crate::lists::UNDOTTED_SUFFIXES,
    crate::words::STREET_WORDS,
]);

/// Whether a word may end in a street suffix: its last two bytes, in lower case, end one
/// (one bit test; a word ending in a letter outside ASCII is always asked).
fn street_end(w: &str) -> bool {
    let [.., x, y] = w.as_bytes() else {
        return false;
    };
    !x.is_ascii()
        || !y.is_ascii()
        || STREET_END_BYTES.has(&[x.to_ascii_lowercase(), y.to_ascii_lowercase()])
}

/// "org.nr", "org. nr" or "org nr" just before the number: an organisation number follows.
pub(super) fn org_nr_before(tokens: &[Tok], text: &str, first: usize) -> bool {
    let word_is = |j: usize, w: &str| {
        tokens[j].kind == TokKind::Word && text_of(text, &tokens[j]).eq_ignore_ascii_case(w)
    };
    // The index after skipping, leftwards from `j`, the tokens `skip` accepts.
    let back = |mut j: usize, skip: &dyn Fn(TokKind) -> bool| {
        while j > 0 && skip(tokens[j - 1].kind) {
            j -= 1;
        }
        j
    };
    // "Org.nr. 802…": a point may end the abbreviation too, and a bracket may open the
    // number ("org.nr (802…)").
    let j = back(first, &|k| {
        matches!(k, TokKind::Space { .. } | TokKind::Punct(':' | '.' | '('))
    });
    if j == 0 || !word_is(j - 1, "nr") {
        return false;
    }
    let j = back(j - 1, &|k| {
        matches!(k, TokKind::Space { newline: false } | TokKind::Punct('.'))
    });
    j > 0 && word_is(j - 1, "org")
}

/// The word just before the number (skipping one space or punctuation), lower-cased.
/// Borrowed when the word already is in lower case (it is asked of most numbers).
pub(super) fn word_before<'a>(
    tokens: &[Tok],
    text: &'a str,
    first: usize,
) -> Option<std::borrow::Cow<'a, str>> {
    let mut j = first.checked_sub(1)?;
    for _ in 0..3 {
        let t = tokens[j];
        if t.kind == TokKind::Word {
            return Some(crate::lower_cow(text_of(text, &t)));
        }
        j = j.checked_sub(1)?;
    }
    None
}

/// Public service numbers that no rule below covers, as digits: Giftinformationscentralen
/// (010-456 67 00, giftinformation.se) and Jourhavande medmänniska (08-702 16 80,
/// jourhavande-medmanniska.se), and the City of Stockholm's switchboard (08-508 00 508,
/// stockholm.se), which the city's texts give in tables of contacts. A number published
/// for the public is no person's.
const PUBLIC_NUMBERS: &[&str] = &["0104566700", "087021680", "0850800508"];

/// A number of an organisation, not of a person: a switchboard (the subscriber part all
/// zeros, "08-508 000 00", or a landline ending in four) or a service prefix (020 and 0200 freephone, 0770 and 0771
/// shared cost, 0900, 0939 and 0944 premium rate).
pub(super) fn service(digits: &[u8]) -> bool {
    // Ten digits shaped as a date may be a personal identity number ("020328…"): never
    // left alone.
    if digits.len() == 10 && date_shape(digits).is_some() {
        return false;
    }
    let zeros = digits.len() >= 8 && digits[digits.len() - 5..].iter().all(|d| *d == b'0');
    // The City of Stockholm's own series (08-508 …): a number ending in four zeros is a
    // unit's main line, such as the social emergency service's "08-508 400 00"; so are
    // the public numbers listed (national helplines that are not freephone).
    let city = digits.starts_with(b"08508")
        && digits.len() == 10
        && digits[6..].iter().all(|d| *d == b'0');
    let public = PUBLIC_NUMBERS.iter().any(|p| p.as_bytes() == digits);
    let prefix = digits.len() <= 10
        && ["020", "0770", "0771", "0900", "0939", "0944"]
            .iter()
            .any(|p| digits.starts_with(p.as_bytes()));
    // A landline ending in four zeros ("08-15 00 00") is a company's or a body's main
    // number, chosen to be remembered; a mobile number is a person's even so.
    let landline = digits.len() <= 10
        && !digits.starts_with(b"07")
        && digits[digits.len().saturating_sub(4)..]
            .iter()
            .all(|d| *d == b'0');
    zeros || prefix || city || public || landline
}

/// Whether a known place follows the number, in any case: "118 25 stockholm".
pub(super) fn followed_by_place(tokens: &[Tok], text: &str, last: usize) -> bool {
    let mut j = last + 1;
    if matches!(tokens.get(j).map(|t| t.kind), Some(TokKind::Punct(','))) {
        j += 1;
    }
    if !matches!(
        tokens.get(j).map(|t| t.kind),
        Some(TokKind::Space { newline: false })
    ) {
        return false;
    }
    tokens.get(j + 1).is_some_and(|t| {
        t.kind == TokKind::Word
            && crate::lexicon::Lexicon::shared()
                .places
                .single(&text_of(text, t).to_lowercase())
    })
}
