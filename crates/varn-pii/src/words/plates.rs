//! Vehicle registration plates.

use std::cell::Cell;

use super::{single_space, word};
use crate::lists::{Lists, NOT_PLATES};
use crate::token::{Tok, TokKind};
use crate::{text_of, Budget, Exceeded, Finding, Kind};

/// Vehicle plates: "ABC 123", "ABC12A".
pub(super) fn plates(
    text: &str,
    tokens: &[Tok],
    lists: &Lists,
    out: &mut Vec<Finding>,
    budget: &mut Budget,
) -> Result<(), Exceeded> {
    let dict = &crate::lexicon::Lexicon::shared().dict;
    for i in 0..tokens.len() {
        budget.spend(1)?;
        let vehicle = || Vehicle {
            text,
            tokens,
            i,
            seen: Cell::new(None),
        };
        let Some(w) = word(text, tokens, i) else {
            // Three digits opening a plate written backwards ("…: 736 RKB").
            // (Gated by bytes: a space, then a capital opening a token of three.)
            let gate = tokens[i].kind == TokKind::Number
                && tokens[i].end - tokens[i].start == 3
                && tokens.get(i + 2).is_some_and(|t| {
                    t.end - t.start == 3
                        && t.start == tokens[i].end + 1
                        && text.as_bytes()[t.start].is_ascii_uppercase()
                });
            if gate {
                if let Some(last) = backwards(text, tokens, i, &vehicle()) {
                    out.push(plate(tokens, i, last));
                }
            }
            continue;
        };
        let vehicle = vehicle();
        if let Some(last) = odd_plate(text, tokens, i, w, &vehicle) {
            out.push(plate(tokens, i, last));
            continue;
        }
        // Only a word of three letters (or one or two) can open a plate: the rest is
        // turned away before the look-around.
        if w.len() > 3 {
            continue;
        }
        if let Some(last) = foreign(text, tokens, i, w, &vehicle) {
            out.push(plate(tokens, i, last));
            continue;
        }
        if w.len() == 2 {
            continue;
        }
        let Some(lt) = letters(text, tokens, i, w, &vehicle) else {
            continue;
        };
        // "ABC 123", "ABC123", "ABC-123", "ABC_123" (an underscore in capitals, as a
        // form or an app that takes no space writes it); after a word about vehicles, a
        // point or a slash glued between letters and digits too ("bilen: KLM.47T",
        // "bilen, KLM/47T").
        // In lower case too after such a word ("en ny bil, kbx/41o").
        let dash = tokens.get(lt.end + 1).is_some_and(|t| {
            t.start == tokens[lt.end].end
                && (t.kind == TokKind::Punct('-')
                    || t.kind == TokKind::Punct('_') && lt.caps
                    || matches!(t.kind, TokKind::Punct('.' | '/'))
                        && tokens.get(lt.end + 2).is_some_and(|n| {
                            n.start == t.end && (lt.caps || lt.lower && n.kind == TokKind::Number)
                        })
                        && vehicle.near())
        });
        // The letters at a line's end and the digits on the next, after a word about
        // vehicles ("skylten stod på två rader: KBX⏎417").
        let broken = lt.caps
            && !lt.spaced
            && tokens.get(lt.end + 1).is_some_and(|t| {
                t.kind == (TokKind::Space { newline: true })
                    && matches!(text_of(text, t), "\n" | "\r\n")
            })
            && tokens
                .get(lt.end + 2)
                .is_some_and(|n| n.kind == TokKind::Number)
            && vehicle.within(14);
        // Letters spaced one by one may stand apart from the digits by a dash between
        // spaces: "D K M - 4 1 7".
        let dash_apart = lt.spaced
            && single_space(tokens, lt.end + 1)
            && tokens
                .get(lt.end + 2)
                .is_some_and(|t| t.kind == TokKind::Punct('-'))
            && single_space(tokens, lt.end + 3);
        let n = if dash_apart {
            lt.end + 4
        } else if single_space(tokens, lt.end + 1) || dash || broken {
            lt.end + 2
        } else {
            lt.end + 1
        };
        let Some(num) = tokens
            .get(n)
            .filter(|t| t.kind == TokKind::Number && t.start == tokens[n - 1].end)
        else {
            continue;
        };
        // The number's shape first (cheap), the word list only for what could be a plate.
        let digits = num.end - num.start;
        let (last, ok, spaced_digits) = plate_number(text, tokens, lt.end, n, num, lt.caps);
        let boundary = tokens.get(last + 1).is_none_or(|t| {
            !matches!(t.kind, TokKind::Word | TokKind::Number) && t.kind != TokKind::Punct('/')
        });
        if !ok || !boundary {
            continue;
        }
        // A word of the language needs a word about vehicles just before: "bilen kry 14o".
        if lt.lower
            && (lt.lower_odd && !vehicle.near()
                // An abbreviation ("slk", "sol") is a plate's letters after a word about
                // vehicles, as in capitals.
                || (lists.is(w, crate::lists::flag::NOT_NAME)
                    || NOT_PLATES.iter().any(|p| p.eq_ignore_ascii_case(w)))
                    && !vehicle.near()
                || dict.contains(w) && !vehicle.near())
        {
            continue;
        }
        // Odd capitals need a word about vehicles or a last letter ("SOL 12O").
        let ok = ok && (!lt.odd || lt.spaced || last == n + 1 && digits == 2 || vehicle.near());
        let ok = ok && (!lt.spaced || lt.spaced_caps || spaced_digits || vehicle.near());
        if ok && (!code_before(text, tokens, i) || vehicle.near()) {
            out.push(plate(tokens, i, last));
        }
    }
    Ok(())
}

/// A plate of an odd shape opening at word `i` (`w`): its last token. In Cyrillic letters
/// that look like Latin ones ("ХВК 812"), personalised ("den personliga skylten FIKA1"),
/// with a zero typed for the letter O, or read aloud after a word about vehicles (three
/// capitals and three digits' names: "KMB fem noll två"). Asked only of a word opening
/// with a capital or a Cyrillic letter (lead byte 0xD0 or 0xD1).
fn odd_plate(text: &str, tokens: &[Tok], i: usize, w: &str, vehicle: &Vehicle) -> Option<usize> {
    let b0 = w.as_bytes()[0];
    let odd = if b0.is_ascii_uppercase() {
        personal(text, tokens, i, w)
    } else if matches!(b0, 0xD0 | 0xD1) {
        cyrillic(text, tokens, i, w)
    } else {
        None
    };
    odd.or_else(|| {
        if b0.is_ascii_uppercase() && w.len() <= 2 {
            zero_for_o(text, tokens, i, w)
        } else {
            None
        }
    })
    .or_else(|| {
        if capitals(w, 3, 3) {
            read_aloud(text, tokens, i).filter(|_| vehicle.near())
        } else if w.len() == 1 {
            newer_backwards(text, tokens, i, w, vehicle)
        } else {
            None
        }
    })
}

/// The finding for a plate from word `i` to token `last`.
fn plate(tokens: &[Tok], i: usize, last: usize) -> Finding {
    Finding {
        kind: Kind::Plate,
        start: tokens[i].start,
        end: tokens[last].end,
        explanation: "Ser ut som ett registreringsnummer på ett fordon.",
        suggestion: Some("Skriv ”en bil” eller fordonstypen i stället."),
    }
}

/// Whether a word for a code, a receipt or an order stands just before word `i`
/// ("Kvittokod ABC-123", "ordernummer: KLM 456"): then a plate's shape is that code.
fn code_before(text: &str, tokens: &[Tok], i: usize) -> bool {
    let mut k = i;
    for _ in 0..3 {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        k = p;
        match tokens[k].kind {
            TokKind::Space { newline: false } | TokKind::Punct(':') => {}
            TokKind::Word => {
                let v = text_of(text, &tokens[k]).to_lowercase();
                return v.ends_with("kod")
                    || v.ends_with("koden")
                    || ["kvitto", "order", "artikel", "faktura", "boknings"]
                        .iter()
                        .any(|c| v.starts_with(c));
            }
            _ => return false,
        }
    }
    false
}

/// A plate in Cyrillic capitals that all look like Latin letters plates use ("ХВК 812",
/// "АМС 47Т"), opening at word `i` (`w`): its last token. No Swedish text writes three
/// such capitals before a plate's number but to slip a plate past a filter.
fn cyrillic(text: &str, tokens: &[Tok], i: usize, w: &str) -> Option<usize> {
    const LOOK_ALIKE: &str = "АВЕКМНОРСТХ";
    if w.len() != 6
        || w.chars().count() != 3
        || !w.chars().all(|c| LOOK_ALIKE.contains(c))
        || i > 0 && matches!(tokens[i - 1].kind, TokKind::Word | TokKind::Number)
    {
        return None;
    }
    let n = if single_space(tokens, i + 1) {
        i + 2
    } else {
        i + 1
    };
    let num = tokens
        .get(n)
        .filter(|t| t.kind == TokKind::Number && t.start == tokens[n - 1].end)?;
    let last = match num.end - num.start {
        3 => n,
        2 => {
            let l = word(text, tokens, n + 1).filter(|_| glued(tokens, n + 1))?;
            (l.chars().count() == 1 && l.chars().all(|c| c.is_uppercase())).then_some(n + 1)?
        }
        _ => return None,
    };
    alone_after(tokens, last).then_some(last)
}

/// A personalised plate right after a word for a plate that "personlig" goes before
/// ("den personliga skylten FIKA1", "personlig nummerplåt: GOLF"): two to seven capitals
/// and digits, opening with a letter. Its last token.
fn personal(text: &str, tokens: &[Tok], i: usize, w: &str) -> Option<usize> {
    if !(2..=7).contains(&w.len()) || !w.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let last = if tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokKind::Number && glued(tokens, i + 1))
    {
        i + 1
    } else {
        i
    };
    if tokens[i].start + 7 < tokens[last].end
        || tokens.get(last + 1).is_some_and(|t| {
            matches!(t.kind, TokKind::Word | TokKind::Number)
                || glued(tokens, last + 1) && t.kind == TokKind::Punct('-')
        })
    {
        return None;
    }
    // The word for a plate before it (a colon between allowed), and "personlig" before that.
    let mut k = i.checked_sub(1)?;
    if tokens[k].kind == (TokKind::Space { newline: false }) {
        k = k.checked_sub(1)?;
    }
    if tokens[k].kind == TokKind::Punct(':') {
        k = k.checked_sub(1)?;
    }
    let plate = word(text, tokens, k)?.to_lowercase();
    let plate_word = ["skylt", "nummerplåt", "registreringsskylt", "regskylt"]
        .iter()
        .any(|p| plate.starts_with(p));
    let personlig = k >= 2
        && single_space(tokens, k - 1)
        && word(text, tokens, k - 2).is_some_and(|p| {
            let p = p.to_lowercase();
            p == "personlig" || p == "personliga"
        });
    (plate_word && personlig).then_some(last)
}

/// Three digits' names after the letters at word `i`, each after one space: the last
/// one's token.
fn read_aloud(text: &str, tokens: &[Tok], i: usize) -> Option<usize> {
    let digit_at = |k: usize| {
        single_space(tokens, k + 1)
            && word(text, tokens, k + 2).is_some_and(crate::numbers::digit_word)
    };
    let mut k = i;
    for _ in 0..3 {
        if !digit_at(k) {
            return None;
        }
        k += 2;
    }
    // A fourth digit's name makes it some other number.
    (!digit_at(k)).then_some(k)
}

/// Capitals only, none of them a letter plates avoid (I, Q, V), between `min` and `max`.
fn capitals(w: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&w.len())
        && w.bytes()
            .all(|b| b.is_ascii_uppercase() && !b"IQV".contains(&b))
}

/// Currencies written in capitals after an amount: no plate's letters.
const CURRENCIES: &[&str] = &["SEK", "EUR", "NOK", "DKK", "USD", "GBP"];

/// Whether no word or number follows the plate's last token `last` (glued or not).
fn alone_after(tokens: &[Tok], last: usize) -> bool {
    tokens
        .get(last + 1)
        .is_none_or(|t| !matches!(t.kind, TokKind::Word | TokKind::Number))
}

/// Whether token `k` is glued to the token before it.
fn glued(tokens: &[Tok], k: usize) -> bool {
    k > 0 && tokens.get(k).is_some_and(|t| t.start == tokens[k - 1].end)
}

/// A plate of another shape than the Swedish civil one, opening at word `i` (`w`): its
/// last token. After a word about vehicles, a German plate (a district of one to three
/// capitals, a dash, one or two capitals, a space and one to four digits: "M-XY 123");
/// a diplomatic plate (two capitals, three digits and a capital, spaced: "AB 123 C")
/// after a word about vehicles or with the diplomatic corps' or consular prefix.
fn foreign(text: &str, tokens: &[Tok], i: usize, w: &str, vehicle: &Vehicle) -> Option<usize> {
    if !capitals(w, 1, 3)
        || i > 0
            && matches!(
                tokens[i - 1].kind,
                TokKind::Word | TokKind::Number | TokKind::Punct('-')
            )
    {
        return None;
    }
    let number = |k: usize, min: usize, max: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Number && (min..=max).contains(&(t.end - t.start)))
    };
    let end_ok = |k: usize| {
        tokens.get(k + 1).is_none_or(|t| {
            !matches!(
                t.kind,
                TokKind::Word | TokKind::Number | TokKind::Punct('-')
            )
        })
    };
    let german = tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokKind::Punct('-'))
        && glued(tokens, i + 1)
        && glued(tokens, i + 2)
        && word(text, tokens, i + 2).is_some_and(|l| capitals(l, 1, 2))
        && single_space(tokens, i + 3)
        && number(i + 4, 1, 4);
    if german {
        // An electric or a historic vehicle's final letter: "M-XY 123E".
        let last = if glued(tokens, i + 5)
            && word(text, tokens, i + 5).is_some_and(|l| l == "E" || l == "H")
        {
            i + 5
        } else {
            i + 4
        };
        return (end_ok(last) && vehicle.near()).then_some(last);
    }
    // After a word about vehicles, two or three capitals, a space and five digits, or
    // four and a final capital: a Norwegian, a Danish or a Polish plate ("NK 40712",
    // "KRA 5137T"); four digits alone would be a year. Not an amount of a currency.
    let long = (2..=3).contains(&w.len())
        && !CURRENCIES.contains(&w)
        && w != "KR"
        && single_space(tokens, i + 1)
        && (number(i + 2, 5, 5) && end_ok(i + 2)
            || number(i + 2, 4, 4)
                && glued(tokens, i + 3)
                && word(text, tokens, i + 3).is_some_and(|l| capitals(l, 1, 1))
                && end_ok(i + 3));
    if long && vehicle.near() {
        return Some(if number(i + 2, 5, 5) { i + 2 } else { i + 3 });
    }
    if let Some(last) = other_shapes(text, tokens, i, w).filter(|_| vehicle.near()) {
        return Some(last);
    }
    // After a word about vehicles, three European shapes of two capitals: a British
    // plate ("AB12 CDE"), a French one ("AB-123-CD"), an Ukrainian one ("AB 1234 CD").
    if w.len() == 2 && vehicle.near() {
        let caps_at = |k: usize, n: usize| word(text, tokens, k).is_some_and(|l| capitals(l, n, n));
        let dash = |k: usize| {
            glued(tokens, k) && tokens.get(k).is_some_and(|t| t.kind == TokKind::Punct('-'))
        };
        if glued(tokens, i + 1)
            && number(i + 1, 2, 2)
            && single_space(tokens, i + 2)
            && caps_at(i + 3, 3)
            && end_ok(i + 3)
        {
            return Some(i + 3);
        }
        if dash(i + 1)
            && glued(tokens, i + 2)
            && number(i + 2, 3, 3)
            && dash(i + 3)
            && glued(tokens, i + 4)
            && caps_at(i + 4, 2)
            && end_ok(i + 4)
        {
            return Some(i + 4);
        }
        if single_space(tokens, i + 1)
            && number(i + 2, 4, 4)
            && single_space(tokens, i + 3)
            && caps_at(i + 4, 2)
            && end_ok(i + 4)
        {
            return Some(i + 4);
        }
    }
    let diplomatic = w.len() == 2
        && single_space(tokens, i + 1)
        && number(i + 2, 3, 3)
        && single_space(tokens, i + 3)
        && word(text, tokens, i + 4).is_some_and(|l| capitals(l, 1, 1))
        && end_ok(i + 4);
    (diplomatic && (matches!(w, "CD" | "CC") || vehicle.near())).then_some(i + 4)
}

/// A plate written backwards, opening at the three digits at `i`, after a word about
/// vehicles: three digits and three capitals ("736 RKB" for "BKR 637"). The last token.
/// A currency, a speed or an abbreviation of the list is none. (The newer shape
/// backwards is `newer_backwards`.)
#[inline(never)]
fn backwards(text: &str, tokens: &[Tok], i: usize, vehicle: &Vehicle) -> Option<usize> {
    let letters = word(text, tokens, i + 2).is_some_and(|l| {
        capitals(l, 3, 3)
            && !NOT_PLATES.contains(&l)
            && !CURRENCIES.contains(&l)
            && !matches!(l, "KRN" | "KMH")
    });
    if !letters {
        return None;
    }
    let opens = i == 0
        || !matches!(
            tokens[i - 1].kind,
            TokKind::Word | TokKind::Number | TokKind::Punct('-' | '.' | ',')
        );
    // The word about vehicles may stand a little further off: a clause saying how the
    // plate was written comes between ("Skylten skrevs baklänges: …").
    (opens && single_space(tokens, i + 1) && alone_after(tokens, i + 2) && vehicle.within(14))
        .then_some(i + 2)
}

/// The newer shape backwards, opening at the capital at `i`: a capital glued to two
/// digits and three capitals ("B13 KJM" for "MJK 31B"), after a word about vehicles.
fn newer_backwards(
    text: &str,
    tokens: &[Tok],
    i: usize,
    w: &str,
    vehicle: &Vehicle,
) -> Option<usize> {
    let ok = capitals(w, 1, 1)
        && (i == 0 || !matches!(tokens[i - 1].kind, TokKind::Word | TokKind::Number))
        && glued(tokens, i + 1)
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokKind::Number && t.end - t.start == 2)
        && single_space(tokens, i + 2)
        && word(text, tokens, i + 3).is_some_and(|l| capitals(l, 3, 3) && !NOT_PLATES.contains(&l))
        && alone_after(tokens, i + 3);
    (ok && vehicle.within(14)).then_some(i + 3)
}

/// A plate with a zero typed for the letter O among its letters ("D0B 61K", "KL0 482"):
/// one or two capitals, a zero and perhaps a capital glued, three characters in all, a
/// space, and three digits or two and a capital. No text but a plate has that shape.
fn zero_for_o(text: &str, tokens: &[Tok], i: usize, w: &str) -> Option<usize> {
    let caps = |k: usize, n: usize| word(text, tokens, k).is_some_and(|l| capitals(l, n, n));
    if !capitals(w, 1, 2)
        || i > 0 && matches!(tokens[i - 1].kind, TokKind::Word | TokKind::Number)
        || !(glued(tokens, i + 1) && text_of(text, tokens.get(i + 1)?) == "0")
    {
        return None;
    }
    let mut k = i + 2;
    if w.len() == 1 {
        if !(glued(tokens, k) && caps(k, 1)) {
            return None;
        }
        k += 1;
    }
    if !single_space(tokens, k) {
        return None;
    }
    let n = tokens.get(k + 1).filter(|t| t.kind == TokKind::Number)?;
    let last = match n.end - n.start {
        3 => k + 1,
        2 if glued(tokens, k + 2) && caps(k + 2, 1) => k + 2,
        _ => return None,
    };
    alone_after(tokens, last).then_some(last)
}

/// Plates of other shapes, read only after a word about vehicles: a Danish plate (two
/// capitals, two digits and three, spaced: "AB 12 345"), a Polish one (three capitals, two
/// digits, a capital and a digit: "KRA 12A3"), a moped's (three capitals and two digits:
/// "ABC 12"). `w` is two or three capitals; the last token.
fn other_shapes(text: &str, tokens: &[Tok], i: usize, w: &str) -> Option<usize> {
    let number = |k: usize, n: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Number && t.end - t.start == n)
    };
    let end_ok = |k: usize| {
        tokens.get(k + 1).is_none_or(|t| {
            !matches!(
                t.kind,
                TokKind::Word | TokKind::Number | TokKind::Punct('-')
            )
        })
    };
    if w.len() < 2 || !single_space(tokens, i + 1) || !number(i + 2, 2) {
        return None;
    }
    if w.len() == 2 {
        return (single_space(tokens, i + 3) && number(i + 4, 3) && end_ok(i + 4)).then_some(i + 4);
    }
    if CURRENCIES.contains(&w) {
        return None;
    }
    let polish = glued(tokens, i + 3)
        && word(text, tokens, i + 3).is_some_and(|l| capitals(l, 1, 1))
        && glued(tokens, i + 4)
        && number(i + 4, 1)
        && end_ok(i + 4);
    if polish {
        return Some(i + 4);
    }
    end_ok(i + 2).then_some(i + 2)
}

/// A word about vehicles just before word `i` ("bilen", "regnr", "Saaben", "en Volvo"):
/// then the letters may be a word or an abbreviation, in any case, and a letter Swedish
/// plates do not use (I, Q, V) is a typo that still points at a car.
struct Vehicle<'a> {
    text: &'a str,
    tokens: &'a [Tok],
    i: usize,
    /// The answer, once asked.
    seen: Cell<Option<bool>>,
}

impl Vehicle<'_> {
    /// Whether a word about vehicles stands among the eight tokens before; looked at only
    /// when the letters need it (remembered for this word).
    fn near(&self) -> bool {
        if let Some(v) = self.seen.get() {
            return v;
        }
        let v = self.within(8);
        self.seen.set(Some(v));
        v
    }

    /// Whether a word about vehicles stands among the `reach` tokens before.
    fn within(&self, reach: usize) -> bool {
        (self.i.saturating_sub(reach)..self.i).any(|k| {
            word(self.text, self.tokens, k).is_some_and(|v| {
                let v = crate::lower_cow(v);
                v.starts_with("registrering")
                    || v.starts_with("regnr")
                    || v.starts_with("skylt")
                    || v.starts_with("nummerpl")
                    || v.starts_with("bil")
                    || v.starts_with("fordon")
                    || v.starts_with("moped")
                    // A motorcycle, a moped, a caravan, the plate itself ("plåten").
                    || v.starts_with("motorcyk")
                    || v.starts_with("mopp")
                    || v.starts_with("plåt")
                    || v.starts_with("husvagn")
                    || v == "mc"
                    || v.starts_with("diplomat")
                    // A compound ending in a word for a car ("polisbilen", "tjänstebil"),
                    // not "mobil".
                    || (v.ends_with("bil") || v.ends_with("bilen")) && !v.contains("mobil")
                    || v == "reg"
                    || crate::lists::car_make(&v)
            })
        })
    }
}

/// How the letters of a plate opening at a word are written.
struct Letters {
    /// In capitals (three glued, or spaced or dashed one by one).
    caps: bool,
    /// Spaced one by one ("A B C"), and then all capitals plates use.
    spaced: bool,
    spaced_caps: bool,
    /// The token of the last letter.
    end: usize,
    /// Capitals that are an abbreviation or hold a letter plates do not use.
    odd: bool,
    /// In lower case, and then holding a letter plates do not use.
    lower: bool,
    lower_odd: bool,
}

/// The letters of a plate opening at word `i` (`w`), if they can open one.
fn letters(text: &str, tokens: &[Tok], i: usize, w: &str, vehicle: &Vehicle) -> Option<Letters> {
    // The letters spaced one by one: "A B C 123", "A B C 1 2 3"; in lower case after
    // a word about vehicles ("bil: a b c 4 5 6").
    let one = |k: usize| {
        word(text, tokens, k).filter(|l| l.len() == 1 && l.bytes().all(|b| b.is_ascii_alphabetic()))
    };
    // Or with a dash between every letter ("M-N-P 1-2-3"): then in capitals, or in lower
    // case after a word about vehicles. After such a word a point too ("K.L.M 4.1.7",
    // also written with middle dots, which the normaliser reads as points).
    let glued_punct = |k: usize, c: char| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Punct(c) && t.start == tokens[k - 1].end)
    };
    // Points only in the whole shape ("K.L.M"), and only then is a word about vehicles
    // looked for ("t.ex." is turned away by its shape, "o.s.v" by the missing word).
    let dotted = glued_punct(i + 1, '.')
        && glued_punct(i + 3, '.')
        && one(i).is_some()
        && one(i + 2).is_some()
        && one(i + 4).is_some()
        && vehicle.near();
    let dash = |k: usize| glued_punct(k, '-') || dotted && glued_punct(k, '.');
    let dashed = dash(i + 1) && dash(i + 3) && one(i).is_some();
    let gap = |k: usize| {
        if dashed {
            dash(k)
        } else {
            single_space(tokens, k)
        }
    };
    let spaced_shape = one(i).is_some()
        && gap(i + 1)
        && one(i + 2).is_some()
        && gap(i + 3)
        && one(i + 4).is_some();
    let spaced_caps = spaced_shape
        && [i, i + 2, i + 4].iter().all(|&k| {
            one(k).is_some_and(|l| {
                l.bytes()
                    .all(|b| b.is_ascii_uppercase() && !b"IQV".contains(&b))
            })
        });
    // Three letters in lower case and three digits, all spaced one by one ("k j b 3 4
    // 7"), are a plate without a word about vehicles: no Swedish text has that shape.
    // Checked below, once the digits are read.
    let spaced_lower = spaced_shape
        && !dashed
        && !spaced_caps
        && [i, i + 2, i + 4].iter().all(|&k| {
            one(k).is_some_and(|l| {
                l.bytes()
                    .all(|b| b.is_ascii_lowercase() && !b"iqv".contains(&b))
            })
        });
    // Dashed in lower case ("h-k-r-3-0-1") only after a word about vehicles.
    let spaced = spaced_shape && (spaced_caps || !dashed && spaced_lower || vehicle.near());
    let end = if spaced { i + 4 } else { i };
    // Capitals that are an abbreviation ("SOL", "LSS") or hold a letter plates do not
    // use: a plate only after a word about vehicles, or with the last character a
    // letter ("SOL 12O", checked below once the number is read).
    let caps = w.len() == 3 && w.bytes().all(|b| b.is_ascii_uppercase());
    let odd = caps && (w.bytes().any(|b| b"IQV".contains(&b)) || NOT_PLATES.contains(&w));
    let upper = spaced || caps;
    // In lower case ("jwp 48c") only when the letters are no Swedish word or
    // abbreviation ("kap 123", "sid 123" are left alone); checked below, once a number
    // follows.
    // I, Q, V only after a word about vehicles (checked once a number follows).
    // Letters whose case changes from small to capital inside ("xWd 25O") are a
    // disguise of a plate's letters, read as in lower case; a capitalised word ("Sid")
    // is not.
    let mixed = |b: &[u8]| {
        b.iter().all(u8::is_ascii_alphabetic)
            && b.windows(2)
                .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
    };
    let lower = !upper
        && w.len() == 3
        && (w.bytes().all(|b| b.is_ascii_lowercase()) || mixed(w.as_bytes()));
    let lower_odd = lower && w.bytes().any(|b| b"iqvIQV".contains(&b));
    if !(upper || lower) || (i > 0 && matches!(tokens[i - 1].kind, TokKind::Word | TokKind::Number))
    {
        return None;
    }
    Some(Letters {
        caps: caps || spaced_caps,
        spaced,
        spaced_caps,
        end,
        odd,
        lower,
        lower_odd,
    })
}

/// The number of a plate at token `n` (`num`) after its letters ending at `letters_end`:
/// its last token, whether it is shaped as a plate's, and whether its digits are spaced.
fn plate_number(
    text: &str,
    tokens: &[Tok],
    letters_end: usize,
    n: usize,
    num: &Tok,
    caps: bool,
) -> (usize, bool, bool) {
    let digits = num.end - num.start;
    // One space, or a dash or a point glued on both sides ("1-2-3", "1.2.3").
    let gap = |k: usize| {
        single_space(tokens, k)
            || tokens.get(k).is_some_and(|t| {
                matches!(t.kind, TokKind::Punct('-' | '.'))
                    && t.start == tokens[k - 1].end
                    && tokens.get(k + 1).is_some_and(|u| u.start == t.end)
            })
    };
    // After capitals, the last letter of a plate written apart: "KDM 47 F".
    let apart_letter = caps
        && single_space(tokens, n + 1)
        && word(text, tokens, n + 2).is_some_and(|l| {
            l.len() == 1
                && l.bytes()
                    .all(|b| b.is_ascii_uppercase() && !b"IQV".contains(&b))
        });
    // The digits spaced one by one: "ABC 1 2 3", the last perhaps a letter.
    let single = |k: usize, letter_ok: bool| {
        tokens.get(k).is_some_and(|t| {
            t.end - t.start == 1
                && (t.kind == TokKind::Number
                    || letter_ok
                        && t.kind == TokKind::Word
                        && text_of(text, t)
                            .bytes()
                            .all(|b| b.is_ascii_alphabetic() && !b"IQViqv".contains(&b)))
        })
    };
    let spaced_digits = digits == 1
        && n > letters_end + 1
        && gap(n + 1)
        && single(n + 2, false)
        && gap(n + 3)
        && single(n + 4, true);
    let (last, ok) = match digits {
        _ if spaced_digits => (n + 4, true),
        3 => (n, true),
        2 => match word(text, tokens, n + 1) {
            Some(l)
                if tokens[n + 1].start == num.end
                    && l.len() == 1
                    // A final letter O is a mistyped zero that still points at a car.
                    && l.bytes().all(|b| {
                        b.is_ascii_alphabetic() && !b"IQV".contains(&b.to_ascii_uppercase())
                    }) =>
            {
                (n + 1, true)
            }
            _ if apart_letter => (n + 2, true),
            _ => (n, false),
        },
        _ => (n, false),
    };
    (last, ok, spaced_digits)
}
