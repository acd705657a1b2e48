//! Numbers written in words: phone numbers ("noll sju noll, ett två tre, fyrtiofem
//! sextiosju") and personal identity numbers ("nittonåttiotre noll fyra nitton – fyrtio
//! femton"). A run of number words and digit groups is read into its digits once; a run
//! that fits neither is given up and the next word may start one (a run is at most 16
//! digits, so the look-ahead is bounded).

use super::{date_shape, luhn, push_described, Class};
use crate::token::{Tok, TokKind};
use crate::{text_of, Budget, Exceeded, Finding, Kind};

const UNITS: [&str; 10] = [
    "noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
];
const TEENS: [&str; 10] = [
    "tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton",
];
/// Tens, written out and as spoken ("förti", "femti").
const TENS: [(&str, u8); 16] = [
    ("tjugo", 2),
    ("tjuge", 2),
    ("trettio", 3),
    ("treti", 3),
    ("fyrtio", 4),
    ("förti", 4),
    ("femtio", 5),
    ("femti", 5),
    ("sextio", 6),
    ("sexti", 6),
    ("sjuttio", 7),
    ("sjutti", 7),
    ("åttio", 8),
    ("åtti", 8),
    ("nittio", 9),
    ("nitti", 9),
];

/// A part of two digits at the start of `l`: a teen, or tens with an optional unit
/// ("fyrtiofem"); the longest that fits, and the bytes it takes.
fn pair(l: &str) -> Option<(u8, usize)> {
    let teen = TEENS
        .iter()
        .enumerate()
        .filter(|(_, t)| l.starts_with(**t))
        .max_by_key(|(_, t)| t.len())
        .map(|(k, t)| (10 + k as u8, t.len()));
    let tens = TENS
        .iter()
        .filter(|(t, _)| l.starts_with(t))
        .max_by_key(|(t, _)| t.len())
        .map(|(t, v)| {
            let rest = &l[t.len()..];
            let unit = (1..10u8)
                .filter(|u| rest.starts_with(UNITS[usize::from(*u)]))
                .map(|u| (u, UNITS[usize::from(u)].len()))
                .chain(rest.starts_with("en").then_some((1, 2)))
                .max_by_key(|(_, n)| *n);
            match unit {
                Some((u, n)) => (v * 10 + u, t.len() + n),
                None => (v * 10, t.len()),
            }
        });
    match (teen, tens) {
        (Some(a), Some(b)) => Some(if a.1 >= b.1 { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// A house number written as one word ("nittiosex", "tolv", "fem", "hundraåtta"): a whole
/// word read as a number from two to 999 ("ett" and "en" are articles as often).
/// Whether a word in lower case is a digit's name ("noll" … "nio").
pub(crate) fn digit_word(l: &str) -> bool {
    UNITS.contains(&l)
}

pub(crate) fn house_number_word(l: &str) -> bool {
    let whole = |w: &str| pair(w).is_some_and(|(_, n)| n == w.len()) || UNITS[2..].contains(&w);
    if whole(l) {
        return true;
    }
    // Hundreds, with or without the rest: "hundraåtta", "etthundratolv", "trehundra".
    let Some(k) = l.find("hundra") else {
        return false;
    };
    let (head, tail) = (&l[..k], &l[k + "hundra".len()..]);
    (head.is_empty() || head == "ett" || UNITS[2..].contains(&head))
        && (tail.is_empty() || tail == "ett" || tail == "en" || whole(tail))
}

/// A number word in English, as a phone number is read out to someone abroad: a digit
/// ("oh" and "zero" 0, "seven" 7), a teen ("twelve" 12) or tens ("fifty" 50, joined to a
/// digit by a dash in the run: "fifty-four"); or a digit in German, Polish, Spanish,
/// Finnish, Norwegian or Danish, as a colleague or a parent from there reads it
/// ("sieben", "siedem", "siete", "seitsemän", "syv"). Only a
/// short word opening with one of their first letters is compared.
fn english(w: &str) -> Option<u8> {
    let b = w.as_bytes();
    if !(2..=10).contains(&b.len()) {
        return None;
    }
    // The first two letters (bytes) pick at most four words; most words are turned
    // away here.
    let words: &[(&str, u8)] = match (b[0] | 0x20, b[1] | 0x20) {
        (b'z', b'e') => &[("zero", 0)],
        (b'o', b'h') => &[("oh", 0)],
        (b'o', b'n') => &[("one", 1)],
        (b't', b'w') => &[("two", 2), ("twelve", 12), ("twenty", 20)],
        (b't', b'h') => &[("three", 3), ("thirteen", 13), ("thirty", 30)],
        (b't', b'e') => &[("ten", 10)],
        (b'f', b'o') => &[("four", 4), ("fourteen", 14), ("forty", 40)],
        (b'f', b'i') => &[("five", 5), ("fifteen", 15), ("fifty", 50), ("fire", 4)],
        (b's', b'i') => &[
            ("six", 6),
            ("sixteen", 16),
            ("sixty", 60),
            ("sieben", 7),
            ("siedem", 7),
            ("siete", 7),
        ],
        (b's', b'e') => &[
            ("seven", 7),
            ("seventeen", 17),
            ("seventy", 70),
            ("sechs", 6),
            ("seis", 6),
            ("seitsemän", 7),
            ("seks", 6),
        ],
        (b'e', b'i') => &[("eight", 8), ("eighteen", 18), ("eighty", 80), ("eins", 1)],
        (b'e', b'l') => &[("eleven", 11)],
        (b'n', b'i') => &[("nine", 9), ("nineteen", 19), ("ninety", 90), ("ni", 9)],
        // German.
        (b'n', b'u') => &[("null", 0), ("nueve", 9)],
        (b'z', b'w') => &[("zwei", 2)],
        (b'd', b'r') => &[("drei", 3)],
        (b'v', b'i') => &[("vier", 4), ("viisi", 5)],
        // "fünf": the second byte opens "ü".
        (b'f', 0xe3) => &[("fünf", 5)],
        (b'a', b'c') => &[("acht", 8)],
        (b'n', b'e') => &[("neun", 9), ("neljä", 4)],
        // Polish.
        (b'j', b'e') => &[("jeden", 1)],
        (b'd', b'w') => &[("dwa", 2)],
        (b't', b'r') => &[("trzy", 3), ("tres", 3)],
        (b'c', b'z') => &[("cztery", 4)],
        (b'p', b'i') => &[("pięć", 5)],
        (b's', b'z') => &[("sześć", 6)],
        (b'o', b's') => &[("osiem", 8)],
        (b'd', b'z') => &[("dziewięć", 9)],
        // Spanish.
        (b'c', b'e') => &[("cero", 0)],
        (b'u', b'n') => &[("uno", 1)],
        (b'd', b'o') => &[("dos", 2)],
        (b'c', b'u') => &[("cuatro", 4)],
        (b'c', b'i') => &[("cinco", 5)],
        (b'o', b'c') => &[("ocho", 8)],
        // Finnish.
        (b'n', b'o') => &[("nolla", 0)],
        (b'y', b'k') => &[("yksi", 1)],
        (b'k', b'a') => &[("kaksi", 2), ("kahdeksan", 8)],
        (b'k', b'o') => &[("kolme", 3)],
        (b'k', b'u') => &[("kuusi", 6)],
        (b'y', b'h') => &[("yhdeksän", 9)],
        // Norwegian and Danish ("fire", "seks", "ni" above).
        (b't', b'o') => &[("to", 2)],
        (b's', b'y') => &[("syv", 7)],
        (b'o', b't') => &[("otte", 8)],
        // "åtte": the first byte opens "å".
        (0xe3, 0xa5) => &[("åtte", 8)],
        _ => return None,
    };
    words
        .iter()
        .find(|(e, _)| e.len() == b.len() && e.eq_ignore_ascii_case(w))
        .map(|(_, v)| *v)
}

/// The digits one number word stands for: "sju" 7, "fyrtiofem" 45, "nittonåttiotre"
/// 1983, "nittonhundratre" 1903. Appends them to `out`; false (and nothing appended)
/// when the word is no number.
#[inline]
fn word_digits(w: &str, out: &mut Vec<u8>) -> bool {
    if w.len() > 40 || !number_start(w) {
        return english_digits(w, out);
    }
    swedish_digits(w, out)
}

/// Whether a word opens as a Swedish number word does: every one starts with one of these
/// pairs of letters. Most words are turned away here, without lower-casing them.
#[inline]
fn number_start(w: &str) -> bool {
    let lead = match *w.as_bytes() {
        // ASCII first (most words): the bytes lower-cased, no character decoded.
        [a, b, ..] if a.is_ascii() && b.is_ascii() => (
            Some(char::from(a.to_ascii_lowercase())),
            Some(char::from(b.to_ascii_lowercase())),
        ),
        [a] if a.is_ascii() => (Some(char::from(a.to_ascii_lowercase())), None),
        // Then a letter of Latin-1 (two bytes, opened by 0xC3) after an ASCII one
        // ("för"), lower-cased as `chars` does; and one opening the word, which only as
        // "å" or "Å" may open a number word ("är", "över" are turned away).
        [a, 0xC3, x, ..] if a.is_ascii() => {
            let c = char::from(x + 0x40);
            let l = if crate::chars::lowers(c) {
                char::from(x + 0x60)
            } else {
                c
            };
            (Some(char::from(a.to_ascii_lowercase())), Some(l))
        }
        [0xC3, x, ..] if x != 0x85 && x != 0xA5 => return false,
        _ => {
            let mut lead = w.chars().map(|c| c.to_lowercase().next().unwrap_or(c));
            (lead.next(), lead.next())
        }
    };
    matches!(
        lead,
        (Some('n'), Some('o' | 'i'))
            | (Some('e'), Some('t' | 'n' | 'l'))
            | (Some('t'), Some('v' | 'r' | 'i' | 'o' | 'j'))
            | (Some('f'), Some('y' | 'e' | 'j' | 'ö'))
            | (Some('s'), Some('e' | 'j'))
            | (Some('å'), Some('t'))
            | (Some('a'), Some('r'))
            | (Some('h'), Some('u'))
    )
}

/// `word_digits` for a word that opens as a Swedish number word (`number_start`).
#[inline(never)]
fn swedish_digits(w: &str, out: &mut Vec<u8>) -> bool {
    let l: std::borrow::Cow<str> = if w.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(w.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    };
    let l = l.as_ref();
    if let Some(u) = UNITS.iter().position(|u| *u == l) {
        out.push(b'0' + u as u8);
        return true;
    }
    if l == "en" || l == "nolla" {
        out.push(if l == "en" { b'1' } else { b'0' });
        return true;
    }
    if let Some(d) = hundreds(l) {
        out.extend(d);
        return true;
    }
    if english_digits(l, out) {
        return true;
    }
    // One or two parts of two digits, perhaps joined by "hundra" (a year).
    // At most two pairs: four digits, kept on the stack (most words that get here are
    // no number and allocate nothing).
    let mut rest = l;
    let (mut got, mut n_got) = ([0u8; 4], 0usize);
    while !rest.is_empty() && n_got < 4 {
        if n_got > 0 {
            if let Some(r) = rest.strip_prefix("hundra") {
                rest = r;
                if let Some(u) = (1..10).find(|u| rest == UNITS[*u]) {
                    got[n_got..n_got + 2].copy_from_slice(&[b'0', b'0' + u as u8]);
                    n_got += 2;
                    rest = "";
                    break;
                }
            }
        }
        let Some((v, n)) = pair(rest) else {
            return false;
        };
        got[n_got..n_got + 2].copy_from_slice(&[b'0' + v / 10, b'0' + v % 10]);
        n_got += 2;
        rest = &rest[n..];
    }
    if !rest.is_empty() || n_got == 0 {
        return false;
    }
    out.extend_from_slice(&got[..n_got]);
    true
}

/// The digits of an English number word (see `english`), appended to `out`.
fn english_digits(w: &str, out: &mut Vec<u8>) -> bool {
    match english(w) {
        Some(v) if v < 10 => out.push(b'0' + v),
        Some(v) => out.extend([b'0' + v / 10, b'0' + v % 10]),
        None => return false,
    }
    true
}

/// A number of three digits in one word, as a group of a phone number is read aloud:
/// "femhundra" 500, "fyrahundrafemtio" 450, "hundrasjuttiofyra" 174, "tvåhundrafem" 205.
/// "hundra" alone is a word of counting ("hundra kronor"), no digits.
fn hundreds(l: &str) -> Option<[u8; 3]> {
    let (lead, rest) = if let Some(r) = l.strip_prefix("etthundra") {
        (1, r)
    } else if let Some(r) = l.strip_prefix("hundra").filter(|r| !r.is_empty()) {
        (1, r)
    } else {
        (1..10u8).find_map(|u| {
            l.strip_prefix(UNITS[usize::from(u)])
                .and_then(|r| r.strip_prefix("hundra"))
                .map(|r| (u, r))
        })?
    };
    let tail = if rest.is_empty() {
        0
    } else if let Some(u) = (1..10u8).find(|u| rest == UNITS[usize::from(*u)]) {
        u
    } else {
        match pair(rest) {
            Some((v, n)) if n == rest.len() => v,
            _ => return None,
        }
    };
    Some([b'0' + lead, b'0' + tail / 10, b'0' + tail % 10])
}

/// Whether the digits are a personal identity or coordination number: 10 digits, or 12
/// from a century, shaped as a date and a serial.
fn identity(d: &[u8]) -> Option<Class> {
    let ten = match d.len() {
        10 if d[0] != b'0' => d,
        12 if matches!(&d[..2], b"19" | b"20") => &d[2..],
        _ => return None,
    };
    date_shape(ten).map(|coordination| Class::Identity {
        coordination,
        valid: luhn(ten),
    })
}

/// Phone and identity numbers written in words. One pass; a run of number words is read
/// at most once from each word that starts it, and never longer than 16 digits.
pub(super) fn scan(
    text: &str,
    tokens: &[Tok],
    out: &mut Vec<Finding>,
    budget: &mut Budget,
) -> Result<(), Exceeded> {
    let mut digits: Vec<u8> = Vec::with_capacity(24);
    let mut i = 0;
    while i < tokens.len() {
        budget.spend(1)?;
        digits.clear();
        if tokens[i].kind != TokKind::Word || !word_digits(text_of(text, &tokens[i]), &mut digits) {
            i += 1;
            continue;
        }
        digits.clear();
        let (mut words, mut last, mut j) = (0usize, i, i);
        // How many digits the first word gave, and whether a number in digits came in.
        let (mut first_digits, mut figures) = (0usize, false);
        // The last token of the longest prefix that is an identity number, and its class.
        let mut id: Option<(usize, Class)> = None;
        while j < tokens.len() && digits.len() < 16 {
            let t = tokens[j];
            budget.spend(1)?;
            let ok = match t.kind {
                TokKind::Word => {
                    let w = text_of(text, &t);
                    // English tens and a digit joined by a dash: "fifty-four" is 54.
                    let unit = english(w).filter(|v| (1..10).contains(v));
                    // A dash read aloud between the date and the serial: "… nitton
                    // streck tre fyra …" adds no digit.
                    if !digits.is_empty()
                        && matches!(w, "streck" | "bindestreck" | "minus")
                        && tokens.get(j + 2).is_some_and(|n| n.kind == TokKind::Word)
                    {
                        true
                    } else if let Some(u) = unit.filter(|_| {
                        j >= 2
                            && tokens[j - 1].kind == TokKind::Punct('-')
                            && tokens[j - 1].start == tokens[j - 2].end
                            && tokens[j - 1].end == t.start
                            && english(text_of(text, &tokens[j - 2]))
                                .is_some_and(|v| v >= 20 && v % 10 == 0)
                    }) {
                        if let Some(d) = digits.last_mut() {
                            *d = b'0' + u;
                        }
                        true
                    } else {
                        word_digits(w, &mut digits)
                    }
                }
                TokKind::Number => {
                    digits.extend(text_of(text, &t).bytes().map(crate::token::digit));
                    figures = true;
                    true
                }
                _ => false,
            };
            if !ok {
                break;
            }
            // "en" and "ett" are articles far more often than digits: they add their digit
            // but do not make a run of number words ("en en en 08-711 35 02" is a phone
            // number after three articles).
            words += usize::from(
                t.kind == TokKind::Word
                    && !matches!(text_of(text, &t).to_lowercase().as_str(), "en" | "ett"),
            );
            last = j;
            if j == i {
                first_digits = digits.len();
            }
            if words >= 3 {
                if let Some(c) = identity(&digits) {
                    id = Some((j, c));
                }
            }
            // Joined by a space, a dash (perhaps between spaces) or a comma and a space.
            let mut k = j + 1;
            while k < tokens.len()
                && k - j <= 3
                && matches!(
                    tokens[k].kind,
                    TokKind::Space { newline: false } | TokKind::Punct('-' | ',')
                )
            {
                k += 1;
            }
            if k == j + 1 {
                break;
            }
            j = k;
        }
        // A mobile number read without its zero, as to a caller abroad after "+46": nine
        // digits from a 7 ("seven three …", "sju noll …").
        let mobile = digits.len() == 9
            && digits[0] == b'7'
            && matches!(digits[1], b'0' | b'2' | b'3' | b'6');
        let phone = (digits.first() == Some(&b'0') && (8..=14).contains(&digits.len()) || mobile)
            && words >= 3;
        if phone {
            out.push(Finding {
                kind: Kind::Phone,
                start: tokens[i].start,
                end: tokens[last].end,
                explanation: "Ser ut som ett telefonnummer skrivet med ord.",
                suggestion: Some("Ta bort numret; samordnaren frågar om det behövs."),
            });
            i = last + 1;
        } else if let Some((end, class)) = id {
            push_described(out, &class, tokens[i].start, tokens[end].end);
            i = end + 1;
        } else if words == 2
            && !figures
            && first_digits == 3
            && digits.len() == 5
            && digits[0] != b'0'
            && digits[3] != b'0'
            && postal_follows(text, tokens, last)
        {
            // A postal code read aloud: a word of hundreds and a word of tens before a
            // town ("niohundraåttioett fyrtiotvå Ödeby" is 981 42).
            push_described(out, &Class::Postal, tokens[i].start, tokens[last].end);
            i = last + 1;
        } else {
            i += 1;
        }
    }
    Ok(())
}

/// Whether a town may follow the words at `last`: a word after a space, or a comma or
/// the end of the line, and no unit of counting ("kronor", "personer").
fn postal_follows(text: &str, tokens: &[Tok], last: usize) -> bool {
    match tokens.get(last + 1).map(|t| t.kind) {
        None | Some(TokKind::Space { newline: true }) => true,
        Some(TokKind::Space { newline: false }) => tokens.get(last + 2).is_some_and(|t| {
            t.kind == TokKind::Word
                && !matches!(
                    text_of(text, t).to_lowercase().as_str(),
                    "kronor"
                        | "kr"
                        | "personer"
                        | "procent"
                        | "st"
                        | "stycken"
                        | "gånger"
                        | "år"
                        | "och"
                        | "eller"
                        | "till"
                )
        }),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(w: &str) -> Option<String> {
        let mut v = Vec::new();
        word_digits(w, &mut v).then(|| String::from_utf8(v).expect("ascii"))
    }

    #[test]
    fn number_words_read_as_digits() {
        for (w, d) in [
            ("noll", "0"),
            ("sju", "7"),
            ("tio", "10"),
            ("tretton", "13"),
            ("fyrtiofem", "45"),
            ("femtio", "50"),
            ("tjugoen", "21"),
            ("nittonåttiotre", "1983"),
            ("nittonhundraåttiotre", "1983"),
            ("nittonhundratre", "1903"),
            ("tjugohundrafem", "2005"),
            ("sextiosju", "67"),
            // Three digits in one word, as a group of a phone number is read aloud.
            ("trehundra", "300"),
            ("sjuhundratjugoåtta", "728"),
            ("hundranittiotre", "193"),
            ("etthundrafyra", "104"),
        ] {
            assert_eq!(digits(w).as_deref(), Some(d), "{w}");
        }
        for w in [
            "sexa",
            "tiotal",
            "entre",
            "hundra",
            "och",
            "tre-",
            "tjugotal",
            "hundratals",
            "trehundratal",
        ] {
            assert_eq!(digits(w), None, "{w}");
        }
    }
}
