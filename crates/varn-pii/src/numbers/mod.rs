//! Numbers that point at a person or an organisation: personal identity and coordination
//! numbers, organisation numbers, phone numbers and postal codes. Dates, years, counts,
//! money, registry and case numbers are left alone.

mod around;
mod spoken;

pub(crate) use spoken::{digit_word, house_number_word};

use around::{
    after_address, before_example, field_before_capital, followed_by_capital, followed_by_place,
    glued_to_letter, org_nr_before, service, word_before,
};

use crate::token::{Tok, TokKind};
use crate::{text_of, Budget, Exceeded, Finding, Kind};

/// A run of digit groups joined by single separators: "070-174 06 12", "19990101-0017".
struct Chunk {
    /// Token index of each digit group.
    groups: Vec<usize>,
    /// The separator after each group but the last (' ', '-', '+').
    seps: Vec<char>,
    /// A leading '+' (international form), as its token index.
    plus: Option<usize>,
    /// A bracket before an area code ("(08) 123 456 78"), as its token index.
    bracket: Option<usize>,
}

/// The Luhn check over ASCII digits.
pub fn luhn(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d - b'0');
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

/// The separator a token makes between two digit groups: one space, a line break (with
/// at most a couple of spaces: a number split over two lines), a dash, a plus, a full stop
/// or a slash (the last two only for identity numbers, see `classify`), a pipe as a space.
fn separator(tokens: &[Tok], i: usize) -> Option<char> {
    let t = tokens.get(i)?;
    match t.kind {
        TokKind::Space { newline: false } if t.end - t.start == 1 => Some(' '),
        // Digits spaced one by one, the gap between their groups doubled: "8 1 3  2 7".
        TokKind::Space { newline: false }
            if t.end - t.start == 2
                && i.checked_sub(1).is_some_and(|p| single_digit(tokens, p))
                && single_digit(tokens, i + 1) =>
        {
            Some(' ')
        }
        TokKind::Space { newline: true } if t.end - t.start <= 3 => Some('\n'),
        TokKind::Punct(c @ ('-' | '+' | '–' | '.' | '/')) => {
            Some(if c == '–' { '-' } else { c })
        }
        // A pipe between groups reads as a space: "073|582|12|99"; an underscore, as in a
        // field or a file name, as a dash: "19870612_4438".
        TokKind::Punct('|') => Some(' '),
        TokKind::Punct('_') => Some('-'),
        // A semicolon after a date written whole, before four digits: a spreadsheet that
        // made a date of an identity number's first part and split the rest into a column
        // of its own ("1978-03-21;4417").
        TokKind::Punct(';') if excel_split(tokens, i) => Some('-'),
        _ => None,
    }
}

/// Whether the token at `k` is a single digit.
fn single_digit(tokens: &[Tok], k: usize) -> bool {
    tokens
        .get(k)
        .is_some_and(|t| t.kind == TokKind::Number && t.end - t.start == 1)
}

/// Whether the token at `i` stands between "YYYY-MM-DD" and four digits, glued to both.
fn excel_split(tokens: &[Tok], i: usize) -> bool {
    let len = |k: usize| tokens.get(k).map(|t| t.end - t.start);
    let number = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokKind::Number);
    let dash = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokKind::Punct('-'));
    i >= 5
        && number(i - 1)
        && len(i - 1) == Some(2)
        && dash(i - 2)
        && number(i - 3)
        && len(i - 3) == Some(2)
        && dash(i - 4)
        && number(i - 5)
        && len(i - 5) == Some(4)
        && number(i + 1)
        && len(i + 1) == Some(4)
}

fn chunk_at(tokens: &[Tok], text: &str, start: usize, chunk: &mut Chunk) {
    chunk.plus = match start.checked_sub(1).map(|p| tokens[p].kind) {
        Some(TokKind::Punct('+')) => Some(start - 1),
        _ => None,
    };
    chunk.groups.clear();
    chunk.groups.push(start);
    chunk.seps.clear();
    chunk.bracket = None;
    let mut i = area_in_brackets(tokens, text, start, chunk).unwrap_or(start + 1);
    if let Some(next) = after_country_code(tokens, text, start, i, chunk) {
        i = next;
    }
    join_groups(tokens, i, chunk);
}

/// An area code in brackets right after the first group: takes the group after the
/// bracket into `chunk` and returns the token to read on from. Not after a leading '+'.
fn area_in_brackets(tokens: &[Tok], text: &str, start: usize, chunk: &mut Chunk) -> Option<usize> {
    // "(08) 123 456 78": an area code in brackets.
    let bracketed = start > 0
        && tokens[start - 1].kind == TokKind::Punct('(')
        && tokens.get(start + 1).map(|t| t.kind) == Some(TokKind::Punct(')'))
        && separator(tokens, start + 2) == Some(' ')
        && tokens
            .get(start + 3)
            .is_some_and(|t| t.kind == TokKind::Number);
    // "(0)8-123 456 78": the national zero alone in brackets, the area code glued after
    // (as written from abroad, without the country code).
    let zero_alone = !bracketed
        && start > 0
        && tokens[start - 1].kind == TokKind::Punct('(')
        && text_of(text, &tokens[start]) == "0"
        && tokens.get(start + 1).map(|t| t.kind) == Some(TokKind::Punct(')'))
        && tokens
            .get(start + 2)
            .is_some_and(|t| t.kind == TokKind::Number && t.start == tokens[start + 1].end);
    let group = if bracketed && chunk.plus.is_none() {
        start + 3
    } else if zero_alone && chunk.plus.is_none() {
        start + 2
    } else {
        return None;
    };
    chunk.seps.push(' ');
    chunk.groups.push(group);
    chunk.bracket = Some(start - 1);
    Some(group + 1)
}

/// "0046 (0)70 …", "+46 (0)8 …": the national zero in brackets after the country code,
/// or "+46 (70) 174 …": the area code without its zero in brackets. Takes the area code
/// into `chunk` and returns the token to read on from; `i` is the token after the groups
/// read so far.
fn after_country_code(
    tokens: &[Tok],
    text: &str,
    start: usize,
    i: usize,
    chunk: &mut Chunk,
) -> Option<usize> {
    // Read with `digit`, so that "0O46" (an O typed for a zero) is the country code too.
    let digits_at = |t: &Tok| text_of(text, t).bytes().map(crate::token::digit).eq(*b"46");
    let country = chunk.plus.is_some() && digits_at(&tokens[start])
        || text_of(text, &tokens[start])
            .bytes()
            .map(crate::token::digit)
            .eq(*b"0046");
    if !country {
        return None;
    }
    let mut j = i;
    if separator(tokens, j) == Some(' ') {
        j += 1;
    }
    let zero = matches!(
        (tokens.get(j), tokens.get(j + 1), tokens.get(j + 2)),
        (Some(a), Some(z), Some(b))
            if a.kind == TokKind::Punct('(')
                && z.kind == TokKind::Number
                && text_of(text, z) == "0"
                && b.kind == TokKind::Punct(')')
    );
    // "+46 (70) 174 …": the area code without its zero in brackets.
    let area = !zero
        && matches!(
            (tokens.get(j), tokens.get(j + 1), tokens.get(j + 2)),
            (Some(a), Some(z), Some(b))
                if a.kind == TokKind::Punct('(')
                    && z.kind == TokKind::Number
                    && (1..=3).contains(&(z.end - z.start))
                    && !text_of(text, z).starts_with('0')
                    && b.kind == TokKind::Punct(')')
        );
    if area {
        chunk.seps.push(' ');
        chunk.groups.push(j + 1);
        return Some(j + 3);
    }
    if zero {
        let mut k = j + 3;
        if separator(tokens, k) == Some(' ') {
            k += 1;
        }
        if tokens.get(k).is_some_and(|t| t.kind == TokKind::Number) {
            chunk.seps.push(' ');
            chunk.groups.push(k);
            return Some(k + 1);
        }
    }
    None
}

/// Reads on from token `i`, taking each digit group after a separator into `chunk`, up to
/// 13 groups in all.
fn join_groups(tokens: &[Tok], mut i: usize, chunk: &mut Chunk) {
    while chunk.groups.len() < 13 {
        let Some(sep) = separator(tokens, i) else {
            break;
        };
        let (sep, next) = joined_by(tokens, i, sep);
        match tokens.get(next) {
            Some(t) if t.kind == TokKind::Number => {
                chunk.seps.push(sep);
                chunk.groups.push(next);
                i = next + 1;
            }
            _ => break,
        }
    }
}

/// The separator `sep` at token `i` as it joins two groups, with the token the next group
/// would be.
fn joined_by(tokens: &[Tok], i: usize, sep: char) -> (char, usize) {
    // " - " (a dash between spaces, or an en dash) and "-\n" (a dash before a line
    // break) also join groups.
    match (sep, tokens.get(i + 1).map(|t| t.kind)) {
        (' ' | '\n', Some(TokKind::Punct('-' | '–')))
            if matches!(separator(tokens, i + 2), Some(' ' | '\n')) =>
        {
            ('-', i + 3)
        }
        (' ' | '\n', Some(TokKind::Punct('-' | '–'))) => ('-', i + 2),
        // " + " between spaces (a centenarian's identity number written as " - " is):
        // "190314 + 2956".
        (' ', Some(TokKind::Punct('+'))) if separator(tokens, i + 2) == Some(' ') => ('+', i + 3),
        // " / " between spaces: "951283 / 6249".
        (' ', Some(TokKind::Punct('/'))) if separator(tokens, i + 2) == Some(' ') => ('/', i + 3),
        // A point, a dash and a point: "19.82.04.11.-.3.3.2.1".
        ('.', Some(TokKind::Punct('-')))
            if tokens.get(i + 2).map(|t| t.kind) == Some(TokKind::Punct('.')) =>
        {
            ('-', i + 3)
        }
        // A point and a dash: "89.05.14.-3387".
        ('.', Some(TokKind::Punct('-'))) => ('-', i + 2),
        ('-', Some(TokKind::Space { .. })) if separator(tokens, i + 1).is_some() => ('-', i + 2),
        // A doubled dash: "070--174--06--94".
        ('-', Some(TokKind::Punct('-'))) => ('-', i + 2),
        _ => (sep, i + 1),
    }
}

/// The digits of every group of a chunk and each group's length, into buffers reused from
/// chunk to chunk: the first `n` groups' are a prefix of both.
fn digits_into(
    tokens: &[Tok],
    text: &str,
    groups: &[usize],
    digits: &mut Vec<u8>,
    lens: &mut Vec<usize>,
) {
    digits.clear();
    lens.clear();
    for g in groups {
        digits.extend(text_of(text, &tokens[*g]).bytes().map(crate::token::digit));
        lens.push(tokens[*g].end - tokens[*g].start);
    }
}

fn two(d: &[u8]) -> u32 {
    u32::from(d[0] - b'0') * 10 + u32::from(d[1] - b'0')
}

/// Whether YYMMDD (with the day plus 60 for coordination numbers) is a real date shape.
pub(super) fn date_shape(d: &[u8]) -> Option<bool> {
    let month = two(&d[2..4]);
    let day = two(&d[4..6]);
    if !(1..=12).contains(&month) {
        return None;
    }
    match day {
        1..=31 => Some(false),
        61..=91 => Some(true),
        _ => None,
    }
}

enum Class {
    Identity {
        coordination: bool,
        valid: bool,
    },
    Org,
    Phone,
    Postal,
    /// A switchboard or a service number: read, so that no part of it is taken for
    /// another number, and left alone.
    Service,
}

/// The date written with its own separators, then the serial: "81.12.28-9874",
/// "81.12.28.9874" (the check digit holding),
/// "07/03/15-1134", "2009-03-17-4563". The date's separators are alike; a serial of four
/// digits followed by more of the number ("2024-01-01-2024-06-08") is a date range.
/// With spaces alone ("1981 12 28 9874") the check digit must hold, so that a date and a
/// time are not read as one.
fn dated(lens: &[usize], seps: &[char], then: Option<char>, digits: &[u8]) -> bool {
    let [a, b, serial] = seps else {
        return false;
    };
    let date_sep = a == b && matches!(a, '.' | ' ' | '-' | '/');
    let continued = matches!(then, Some('-' | '/' | '.'));
    match lens {
        // A point before the serial too ("81.12.28.9874"), when the check digit holds.
        [2, 2, 2, 4] => {
            date_sep
                && !continued
                && (matches!(serial, '-' | '+' | ' ' | '\n' | '/')
                    || *serial == '.' && *a == '.' && luhn(digits))
        }
        [4, 2, 2, 4] => {
            date_sep
                && !continued
                && (matches!(serial, '-' | '+' | '/') || *serial == ' ' && luhn(&digits[2..]))
        }
        _ => false,
    }
}

/// The first `n` digit groups of a chunk, read for classifying.
struct Groups<'a> {
    tokens: &'a [Tok],
    text: &'a str,
    c: &'a Chunk,
    n: usize,
    groups: &'a [usize],
    seps: &'a [char],
    digits: &'a [u8],
    /// The length of each group in digits.
    lens: &'a [usize],
    /// Token index of the last group.
    last: usize,
    /// The word before the first group, lower-cased (`word_before`), asked by many rules:
    /// read once for the chunk.
    before: Option<&'a str>,
}

/// What the first `n` digit groups of chunk `c` are, if anything that identifies.
///
/// `digits` and `lens` are those of all the chunk's groups (`digits_into`).
fn classify(
    tokens: &[Tok],
    text: &str,
    c: &Chunk,
    n: usize,
    digits: &[u8],
    lens: &[usize],
    before: Option<&str>,
) -> Option<Class> {
    let groups = &c.groups[..n];
    let x = Groups {
        tokens,
        text,
        c,
        n,
        groups,
        seps: &c.seps[..n - 1],
        digits: &digits[..lens[..n].iter().sum::<usize>()],
        lens: &lens[..n],
        last: *groups.last()?,
        before,
    };
    if glued_to_letter(tokens, x.last) || registry(&x) {
        return None;
    }
    if let Some(class) = foreign_phone(&x) {
        return class;
    }
    if let Some(class) = spaced_identity(&x) {
        return Some(class);
    }
    let (lens, seps, digits) = (x.lens, x.seps, x.digits);
    // An identity number written backwards, its groups mirrored: "4789-822118" is
    // "811228-9874". The date and the check digit must hold read forwards; a year first
    // is a registry's number ("IA-nummer 2025-119054").
    if lens == [4, 6] && seps == ['-'] && !matches!(&digits[..2], b"19" | b"20") {
        let mut forward = [0u8; 10];
        for (k, d) in digits.iter().rev().enumerate() {
            forward[k] = *d;
        }
        if let Some(coordination) = date_shape(&forward) {
            if luhn(&forward) {
                return Some(Class::Identity {
                    coordination,
                    valid: true,
                });
            }
        }
    }
    // A mobile number a spreadsheet made a number of: the country code without its "+"
    // ("46739812240", eleven digits), or the leading zero dropped under a label for
    // phones ("telefon 739812240").
    if lens.len() == 1
        && (digits.len() == 11 && digits.starts_with(b"467")
            || digits.len() == 9 && digits[0] == b'7' && phone_label_near(&x))
        && mobile_series(digits[digits.len() - 8])
    {
        return Some(Class::Phone);
    }
    // A phone number with a slash between every digit: "0/7/3/…".
    if lens.len() >= 8
        && lens.iter().all(|l| *l == 1)
        && seps.iter().all(|s| *s == '/')
        && digits[0] == b'0'
        && digits[1] != b'0'
        && digits.len() <= 10
    {
        return Some(Class::Phone);
    }
    // A phone number with a slash after the area code: "08/123 456 78", "070/123 45 67"
    // (after a two-digit code a group of three or more, so that a date "08/12 2024" is
    // not one; a longer code is no day or month: "0611/27 40 93").
    if lens.len() >= 2
        && (2..=4).contains(&lens[0])
        && (lens[1] >= 3 || lens[0] >= 3 && lens.len() >= 3)
        && digits[0] == b'0'
        && digits[1] != b'0'
        && seps[0] == '/'
        && seps[1..].iter().all(|s| matches!(s, ' ' | '-'))
        && (8..=10).contains(&digits.len())
    {
        return Some(Class::Phone);
    }
    // Separators that only an identity number is written with: "81.12.28-9874",
    // "811228/9874", a line break inside the number, digits spaced one by one.
    let odd = seps.iter().any(|s| matches!(s, '.' | '/' | '\n'));
    let spaced = lens.len() >= 5
        && lens.iter().all(|l| *l <= 2)
        && seps.iter().all(|s| matches!(s, ' ' | '-'));
    let identity_shape = identity_shape(&x, spaced);
    // A phone number written with points: "070.123.45.67" (nine or ten digits, so that a
    // date such as "07.03.2015" is not one).
    let dotted_phone = seps.iter().all(|s| *s == '.')
        && lens.len() >= 3
        && lens[0] <= 4
        && digits[0] == b'0'
        && digits[1] != b'0'
        && (9..=10).contains(&digits.len());
    // Or with one point after the area code and the rest whole or in groups spaced:
    // "031.5812794", "073.581 27 94".
    let dotted_phone = dotted_phone
        || seps.first() == Some(&'.')
            && seps[1..].iter().all(|s| *s == ' ')
            && (2..=4).contains(&lens[0])
            && digits[0] == b'0'
            && digits[1] != b'0'
            && (9..=10).contains(&digits.len());
    if dotted_phone && !identity_shape {
        return Some(Class::Phone);
    }
    // Three digits, a point and two are read as a postal code only between a street and
    // a town (`phone_or_postal`): "Ekvägen 4, 813.27 Ödeby".
    if lens == [3, 2] && seps == ['.'] {
        return phone_or_postal(&x);
    }
    if odd && !identity_shape {
        return newline_phone(&x).then_some(Class::Phone);
    }
    if identity_shape {
        if let Some(class) = identity_or_org(&x, spaced) {
            return Some(class);
        }
    }
    if odd {
        return None;
    }
    phone_or_postal(&x)
}

/// A phone number split over two lines: an area code or mobile prefix set off by a dash,
/// the rest in groups with one line break among them ("070-174\n06 83"). Only a dash
/// after the prefix marks it, so a date or a list of numbers on lines is not one.
fn newline_phone(x: &Groups) -> bool {
    let (digits, lens, seps) = (x.digits, x.lens, x.seps);
    lens.len() >= 3
        && (2..=4).contains(&lens[0])
        && seps[0] == '-'
        && seps[1..].iter().filter(|s| **s == '\n').count() == 1
        && seps[1..].iter().all(|s| matches!(s, ' ' | '\n'))
        && digits[0] == b'0'
        && digits[1] != b'0'
        && (8..=10).contains(&digits.len())
        && !service(digits)
}

/// Whether the number is a case or registry number or a law reference after its word:
/// "IA-2024-00123", "Dnr 2024/264", "kap. 14".
fn registry(x: &Groups) -> bool {
    let (tokens, text, groups, digits) = (x.tokens, x.text, x.groups, x.digits);
    // "org.nr 802519-4369" names an organisation number, not a registry number.
    let org_nr = org_nr_before(tokens, text, groups[0]);
    // "nr" alone means "nummer": a number from a zero after it is a phone number
    // ("nytt nr 072-315 92 07"), not a registry number.
    // So is one with a leading plus ("tel nr +46-70-…"): a country code; and one with
    // the international prefix "00" for the plus ("nr 0046 70-…", "nr 00252 61 …").
    let phone_nr = digits[0] == b'0' && digits.get(1) != Some(&b'0')
        || x.c.plus.is_some()
        || digits.starts_with(b"00") && digits.get(2).is_some_and(|d| *d != b'0');
    // So is a number shaped as a personal identity number ("nr 20100305-1234"): ten or
    // twelve digits whose first six (after the century) are a date.
    let identity_nr = match digits.len() {
        10 => date_shape(&digits[..6]).is_some(),
        12 => matches!(&digits[..2], b"19" | b"20") && date_shape(&digits[2..8]).is_some(),
        _ => false,
    };
    // An identity number's check digit decides after a word for an invoice or an
    // article: "Fakturan 770812-4730" (failing the check) is the invoice's number.
    let ten = &digits[digits.len().saturating_sub(10)..];
    // So does an organisation number's ("Från leverantörens faktura: 802519-4369"): six
    // digits, a dash and four, a legal form's third digit (2 or more).
    let org_shaped = x.lens == [6, 4] && x.seps == ['-'] && digits[2] >= b'2';
    // A registry's word before an identity number whose check digit holds decides
    // nothing: a case may be filed under a person ("ärende: 770102-…"), and a registry
    // number that happens to be a valid identity number still is one (fail closed).
    let valid_identity = identity_nr && luhn(ten);
    let identity_nr = identity_nr || org_shaped;
    x.before
        .filter(|w| !(org_nr || *w == "nr" && (phone_nr || identity_nr)))
        .filter(|w| {
            !(valid_identity && matches!(*w, "ärende" | "ärendenummer" | "diarienummer" | "dnr"))
        })
        .is_some_and(|w| {
            matches!(
                w,
                "ia" | "dnr"
                    | "nr"
                    | "kap"
                    | "ärende"
                    | "ärendenummer"
                    | "diarienummer"
                    | "lag"
                    | "sfs"
            ) || (goods_number(w) || goods_before(tokens, text, groups[0], w))
                && !(identity_nr && luhn(ten))
        })
}

/// Whether "nummer" before the number belongs to a word for goods or a registry a word or
/// two before: "Fakturan har nummer 850101-…", "ordern med nr …".
fn goods_before(tokens: &[Tok], text: &str, first: usize, w: &str) -> bool {
    if !matches!(w, "nummer" | "nr" | "numret") {
        return false;
    }
    let mut j = first;
    for _ in 0..3 {
        let Some(k) = (0..j)
            .rev()
            .take(3)
            .find(|&k| tokens[k].kind == TokKind::Word)
        else {
            return false;
        };
        let b = text_of(text, &tokens[k]).to_lowercase();
        if b != w && goods_number(&b) {
            return true;
        }
        j = k;
    }
    false
}

/// A word for the number of an article, an invoice, an order, a receipt or a payment
/// account ("Artikelnr", "fakturanummer", "bankgiro"): the number after it is none of a
/// person's phone, though it may be shaped as one ("Fakturanr 0733-4410"), nor an
/// identity number when it fails the check digit.
fn goods_number(w: &str) -> bool {
    let stem = w
        .strip_suffix("nummer")
        .or_else(|| w.strip_suffix("nr"))
        .map(|s| s.trim_end_matches(['.', '-']));
    stem.is_some_and(|s| {
        matches!(
            s,
            "artikel"
                | "art"
                | "faktura"
                | "order"
                | "kund"
                | "journal"
                | "kvitto"
                | "boknings"
                | "ocr"
                | "lager"
                | "löp"
        )
    }) || matches!(
        w,
        "bankgiro"
            | "plusgiro"
            | "bg"
            | "pg"
            | "ocr"
            | "faktura"
            | "fakturan"
            | "kvitto"
            | "kvittot"
            | "order"
            | "ordern"
    )
}

/// An international phone number: "+46 …", "0046 …", and other countries' numbers.
/// `Some` is the decision.
fn foreign_phone(x: &Groups) -> Option<Option<Class>> {
    let (c, digits, lens, seps) = (x.c, x.digits, x.lens, x.seps);
    // International phone numbers: +46 …, 0046 …
    let international =
        (c.plus.is_some() && digits.starts_with(b"46")) || digits.starts_with(b"0046");
    if international {
        let national = if digits.starts_with(b"0046") {
            &digits[4..]
        } else {
            &digits[2..]
        };
        let national = national.strip_prefix(b"0").unwrap_or(national);
        return Some((7..=9).contains(&national.len()).then_some(Class::Phone));
    }
    // Other countries' numbers: "+47 915 62 280", "+252 61 503 2874", "00252 61 503 2874".
    let abroad = c.plus.is_some() && digits[0] != b'0' && (9..=15).contains(&digits.len())
        || digits.starts_with(b"00")
            && lens[0] >= 4
            && digits.get(2) != Some(&b'0')
            && (11..=17).contains(&digits.len());
    if abroad {
        return Some(
            seps.iter()
                .all(|s| matches!(s, ' ' | '-'))
                .then_some(Class::Phone),
        );
    }
    None
}

/// An identity number after its word, the date and the serial spaced apart.
///
/// After a word for an identity number they are one even when the check digit fails
/// ("pnr 1985 03 12 2398": a mistyped number still points at a person).
fn spaced_identity(x: &Groups) -> Option<Class> {
    let (digits, lens, seps) = (x.digits, x.lens, x.seps);
    let id_word = x.before.is_some_and(|w| {
        matches!(
            w,
            "pnr" | "personnummer" | "personnumret" | "personnr" | "persnr" | "födelsenummer"
        )
    });
    if id_word && matches!(lens, [4, 2, 2, 4] | [2, 2, 2, 4]) && seps.iter().all(|s| *s == ' ') {
        let ten: &[u8] = if digits.len() == 12 {
            &digits[2..]
        } else {
            digits
        };
        if let Some(coordination) = date_shape(ten) {
            return Some(Class::Identity {
                coordination,
                valid: luhn(ten),
            });
        }
    }
    None
}

/// Whether the groups are shaped as an identity or organisation number (`spaced`: digits
/// spaced one by one).
fn identity_shape(x: &Groups, spaced: bool) -> bool {
    let (c, n, digits, lens, seps) = (x.c, x.n, x.digits, x.lens, x.seps);
    matches!(
        (lens, seps),
        ([6, 4], [' ' | '-' | '+' | '\n' | '/' | '.'])
            | ([8, 4], [' ' | '-' | '+' | '\n' | '/' | '.'])
            | ([10], [])
            | ([12], [])
    ) || dated(lens, seps, c.seps.get(n - 1).copied(), digits)
        // The date as a date and the serial spaced digit by digit: "2015 06 14 - 2 8 1 7".
        || lens.len() > 4
            && lens[3..].iter().all(|l| *l <= 2)
            && lens[3..].iter().sum::<usize>() == 4
            && seps[3..].iter().all(|s| *s == ' ')
            && dated(
                &[lens[0], lens[1], lens[2], 4],
                &seps[..3],
                c.seps.get(n - 1).copied(),
                digits,
            )
        // An organisation number written with points: "802.451.2348" (no leading zero,
        // which a phone number has).
        || lens == [3, 3, 4] && seps.iter().all(|s| *s == '.') && digits[0] != b'0'
        // An organisation number grouped oddly ("5567 31-4421", "55 6731 4421", the last
        // digits spaced one by one: "556 731 - 4 4 2 1"): ten digits whose month would be
        // 20 or more (no date), opening with a digit of a legal form (2, 5-9; not a year
        // "2024 …"), and a check digit that holds.
        || ((2..=4).contains(&lens.len()) || lens.len() <= 7 && lens[0] >= 3)
            && digits.len() == 10
            && matches!(digits[0], b'2' | b'5'..=b'9')
            && !(lens[0] == 4 && matches!(&digits[..2], b"19" | b"20"))
            && digits[2] >= b'2'
            && seps.iter().all(|s| matches!(s, ' ' | '-'))
            && luhn(digits)
        || spaced && matches!(digits.len(), 10 | 12)
        // The date spaced digit by digit, the serial whole after a dash ("6 4 0 5 2 3-1116").
        || lens.len() >= 4
            && lens.last() == Some(&4)
            && matches!(seps.last(), Some('-' | '+'))
            && lens[..lens.len() - 1].iter().all(|l| *l <= 2)
            && matches!(digits.len(), 10 | 12)
            && seps[..seps.len() - 1].iter().all(|s| *s == ' ')
        // Every group of one or two digits set apart by points, with one dash before the
        // serial ("19.82.04.11.-.3.3.2.1"): an identity number when its date and its
        // check digit hold (a date and a time have no check digit).
        || lens.len() >= 5
            && lens.iter().all(|l| *l <= 2)
            && seps.iter().all(|s| matches!(s, '.' | '-'))
            && seps.iter().filter(|s| **s == '-').count() == 1
            && match digits.len() {
                10 => date_shape(digits).is_some() && luhn(digits),
                12 => date_shape(&digits[2..]).is_some() && luhn(&digits[2..]),
                _ => false,
            }
        // Ten or twelve digits grouped in thousands with points, as a spreadsheet in a
        // German locale shows a number ("8.103.224.468"): an identity number when its
        // date and its check digit hold.
        || matches!(lens, [1, 3, 3, 3] | [3, 3, 3, 3])
            && seps.iter().all(|s| *s == '.')
            && match digits.len() {
                10 => date_shape(digits).is_some() && luhn(digits),
                12 => date_shape(&digits[2..]).is_some() && luhn(&digits[2..]),
                _ => false,
            }
        // The date and the serial split anywhere by spaces and dashes ("197311 02-6046"),
        // where no phone number could be meant (no leading zero, or a century).
        // A first group of four and one of two are a year and a month ("2024 05 …")
        // unless the four are no year ("9207 76-1 231").
        || (2..=4).contains(&lens.len())
            && !matches!(lens, [2, 2, ..])
            && !(matches!(lens, [4, 2, ..]) && matches!(&digits[..2], b"19" | b"20"))
            && seps.iter().all(|s| matches!(s, ' ' | '-'))
            && match digits.len() {
                // A leading zero is a phone number's, unless the first group is longer
                // than any area code ("0408183 523").
                10 => digits[0] != b'0' || lens[0] >= 5,
                12 => matches!(&digits[..2], b"19" | b"20"),
                _ => false,
            }
}

/// A number of an identity number's shape: an identity number whose date holds, or an
/// organisation number.
fn identity_or_org(x: &Groups, spaced: bool) -> Option<Class> {
    let (digits, lens) = (x.digits, x.lens);
    let ten: &[u8] = if digits.len() == 12 {
        &digits[2..]
    } else {
        digits
    };
    let century_ok = digits.len() != 12 || matches!(&digits[..2], b"18" | b"19" | b"20");
    if century_ok {
        if let Some(coordination) = date_shape(ten) {
            // A contiguous 0… number that fails the check is more likely a phone
            // number (and is flagged as one below); "00…" is no Swedish phone number.
            let valid = luhn(ten);
            if !valid
                && (corrected_after(x.tokens, x.text, x.last)
                    || denied_after(x.tokens, x.text, x.last))
                || test_person_after(x.tokens, x.text, x.last)
                || x.before.is_some_and(|w| {
                    w.starts_with("testperson")
                        || w.contains("testpersonnum")
                        || w.starts_with("testnum")
                })
                || swish_label(x) && !matches!(lens, [6, 4] | [8, 4])
            {
                return None;
            }
            let phone_like = (lens.len() == 1 || spaced)
                && digits.first() == Some(&b'0')
                && digits.get(1) != Some(&b'0');
            if valid || !phone_like {
                return Some(Class::Identity {
                    coordination,
                    valid,
                });
            }
        }
    }
    let org = if digits.len() == 12 {
        digits.starts_with(b"16").then_some(&digits[2..])
    } else {
        Some(digits)
    };
    if let Some(org) = org {
        // A mistyped check digit still points at an organisation (or, for a sole
        // trader, a person): fail closed when the number is no date at all.
        let no_date = date_shape(org).is_none();
        let classic = matches!(lens, [6, 4] | [10] | [8, 4] | [12]);
        let valid = luhn(org);
        // A public body's number (legal form 2: the state, a region, a municipality, a
        // parish) identifies no person and is published ("Stockholms stad 212000-…").
        // Not when the text gives it to an association, a company or a club: those are
        // no public bodies, and a number of their own that starts so is mistyped.
        if valid && org[0] == b'2' && !private_body_before(x) {
            return None;
        }
        if !valid && corrected_after(x.tokens, x.text, x.last) {
            return None;
        }
        // A business's Swish number (123 and seven digits) after the word for Swish is
        // the payee's public number, published for payments ("Swish 123 456 78 90").
        if org.starts_with(b"123") && swish_before(x) {
            return None;
        }
        if org[2] >= b'2' && !digits.starts_with(b"0") && (valid || no_date && classic) {
            return Some(Class::Org);
        }
    }
    None
}

/// Whether the writer says right after the number that it is wrong ("… (stämmer inte)",
/// "…? Fel, rätt är …", "… angavs men kontrollsiffran är fel, det riktiga är …"): a
/// number that fails its check digit there is a mistake the text corrects, and the right
/// form is read by itself. Or that it is an example or a test ("… i en testrad").
fn corrected_after(tokens: &[Tok], text: &str, last: usize) -> bool {
    let mut words = [""; 16];
    let mut n = 0;
    for t in tokens[last + 1..]
        .iter()
        .take(40)
        .take_while(|t| !matches!(t.kind, TokKind::Number))
        .filter(|t| t.kind == TokKind::Word)
        .take(16)
    {
        words[n] = text_of(text, t);
        n += 1;
    }
    let words = &words[..n];
    let is = |k: usize, set: &[&str]| {
        words
            .get(k)
            .is_some_and(|w| set.iter().any(|s| w.eq_ignore_ascii_case(s)))
    };
    // An example or a test, said within a few words: "… angavs i en test-rad".
    let example = (0..words.len().min(6)).any(|k| {
        let w = words[k].to_lowercase();
        w.starts_with("test") || w.starts_with("exempel") || w == "påhittat"
    });
    // The wrong form is named right after the number, or within eight words as a wrong
    // check digit ("… angavs men kontrollsiffran är fel"), and the right one follows
    // within eight more: "rätt är …", "Rätt nummer enligt …", "det riktiga är …",
    // "rättat till …" (a note on the check digit alone corrects nothing: "(fel
    // kontrollsiffra)"; and "… är felaktigt enligt X; rätt nummer är …" some writers
    // still mark as the person's, so the wider reach needs the check digit named).
    let wrong = (0..words.len().min(8)).find(|&k| {
        (is(k, &["fel", "felaktigt", "felskrivet", "ogiltigt"])
            || is(k, &["stämmer"]) && is(k + 1, &["inte"]))
            && (k == 0 || (0..k).any(|j| is(j, &["kontrollsiffran"])))
    });
    let right = ["rätt", "korrekt", "korrekta", "riktiga", "rättat", "rättad"];
    example || wrong.is_some_and(|k| (k + 1..words.len().min(k + 9)).any(|j| is(j, &right)))
}

/// The first words after the number (at most `n`, up to the next number).
fn words_after<'t>(
    tokens: &'t [Tok],
    text: &'t str,
    last: usize,
    n: usize,
) -> impl Iterator<Item = &'t str> {
    tokens[last + 1..]
        .iter()
        .take(24)
        .take_while(|t| !matches!(t.kind, TokKind::Number))
        .filter(|t| t.kind == TokKind::Word)
        .take(n)
        .map(move |t| text_of(text, t))
}

/// Whether the writer calls the number a test person's, right before it
/// ("testpersonnumret …", "Skatteverkets testpersonnummer …": see the call) or within four
/// words after it, even a valid
/// one ("… är en testperson", "… är stadens standardtestperson"): a test person is
/// nobody. Only the noun of a test person counts, not "test" alone ("… testade
/// positivt"), nor a number "used as a test number", which some writers still mark.
fn test_person_after(tokens: &[Tok], text: &str, last: usize) -> bool {
    words_after(tokens, text, last, 4).any(|w| {
        w.len() >= 10 && {
            let w = w.to_lowercase();
            w.ends_with("testperson") || w.ends_with("testpersonen")
        }
    })
}

/// Whether the writer says within eight words after a number that fails its check
/// digit that it is no identity number: "…, inte ett personnummer", "… är bokningens,
/// inte någons personnummer".
fn denied_after(tokens: &[Tok], text: &str, last: usize) -> bool {
    let mut not = false;
    words_after(tokens, text, last, 8).any(|w| {
        let denies = not && w.len() >= 12 && w.to_lowercase().starts_with("personnum");
        not |= w.eq_ignore_ascii_case("inte");
        denies
    })
}

/// Whether a word for Swish labels the number within its clause, up to four words
/// before it ("Swish-nummer för insamlingen: 900 …"): a Swish number, written in the
/// groups of a phone number and not of an identity number.
fn swish_label(x: &Groups) -> bool {
    let mut j = x.groups[0];
    let mut words = 0;
    while j > 0 && words < 4 {
        j -= 1;
        let t = x.tokens[j];
        match t.kind {
            TokKind::Word => {
                words += 1;
                if text_of(x.text, &t).to_lowercase().starts_with("swish") {
                    return true;
                }
            }
            TokKind::Space { newline: false } | TokKind::Punct(':' | '-') => {}
            _ => return false,
        }
    }
    false
}

/// Whether the group at `first` carries Sweden's country prefix of a postal address,
/// glued on by a hyphen: "SE-987 65", or the older "S-987 65" (the prefix before 2000).
fn country_prefixed(tokens: &[Tok], text: &str, first: usize) -> bool {
    first >= 2
        && tokens[first - 1].kind == TokKind::Punct('-')
        && tokens[first - 1].end == tokens[first].start
        && tokens[first - 2].kind == TokKind::Word
        && tokens[first - 2].end == tokens[first - 1].start
        && matches!(text_of(text, &tokens[first - 2]), "SE" | "S")
}

/// Whether the word before the number is Swish's: "Swish", "swishnummer".
/// Whether a word for an association, a company or a club stands among the twelve
/// tokens before the number: "föreningen (org.nr …)", "hos föreningen, org.nr …".
fn private_body_before(x: &Groups) -> bool {
    let first = x.groups[0];
    x.tokens[first.saturating_sub(12)..first].iter().any(|t| {
        t.kind == TokKind::Word && {
            let w = crate::lower_cow(text_of(x.text, t));
            ["förening", "företag", "firma", "bolag", "klubb"]
                .iter()
                .any(|p| w.starts_with(p))
        }
    })
}

fn swish_before(x: &Groups) -> bool {
    x.before.is_some_and(|w| w.starts_with("swish"))
}

/// Whether the word before the number names it as a switchboard or a press line, a
/// body's public number: "växeln 031-12 34 56", "pressjouren 040-98 76 54",
/// "Presslinje: 090-12 34 56".
fn switchboard(x: &Groups) -> bool {
    let public = |w: &str| {
        matches!(
            w,
            "växel"
                | "växeln"
                | "pressjour"
                | "pressjouren"
                | "presstelefon"
                | "presstelefonen"
                | "presslinje"
                | "presslinjen"
                | "presstjänst"
                | "presstjänsten"
        )
    };
    let Some(w) = x.before else {
        return false;
    };
    if public(w) {
        return true;
    }
    // Or reached there: "Pressjouren nås på 08-…".
    if w != "på" {
        return false;
    }
    let mut j = x.groups[0];
    let mut words = 0;
    while j > 0 && words < 3 {
        j -= 1;
        let t = x.tokens[j];
        match t.kind {
            TokKind::Word => {
                words += 1;
                let l = text_of(x.text, &t).to_lowercase();
                if words == 2 && l != "nås" {
                    return false;
                }
                // A body's unit reached there is the body's line too:
                // "Kommunikationsavdelningen nås på 08-…".
                if words == 3 {
                    return public(&l)
                        || ["avdelningen", "förvaltningen", "kansliet", "expeditionen"]
                            .iter()
                            .any(|e| l.ends_with(e));
                }
            }
            TokKind::Space { newline: false } => {}
            _ => return false,
        }
    }
    false
}

/// A Swedish phone number (or a service number), or a postal code before a place.
fn phone_or_postal(x: &Groups) -> Option<Class> {
    let (digits, lens, seps) = (x.digits, x.lens, x.seps);
    // A mobile number written backwards to get past a filter, its groups mirrored too:
    // "04 22 189-370" is "073-981 22 40". No other number is grouped so.
    if lens == [2, 2, 3, 3] && seps == [' ', ' ', '-'] && reversed_mobile(digits) {
        return Some(Class::Phone);
    }
    // The same with spaces only, where a word says it is written backwards: "46 60 471
    // 070 baklänges".
    if lens == [2, 2, 3, 3]
        && seps == [' ', ' ', ' ']
        && reversed_mobile(digits)
        && backwards_said(x)
    {
        return Some(Class::Phone);
    }
    // Swedish phone numbers: a leading 0 (not 00), 8-10 digits in all (11 for a British
    // number written the national way: "07700 900123").
    if digits.first() == Some(&b'0')
        && digits.get(1) != Some(&b'0')
        && ((8..=10).contains(&digits.len()) || digits.len() == 11 && matches!(lens[0], 5 | 11))
    {
        let dates = matches!(lens, [4, 2, 2]);
        // A first group of two digits is Stockholm's area code or a mobile prefix.
        // Or the first of five pairs, as some write every number: "03 17 40 52 86".
        let pair_ok =
            lens[0] != 2 || matches!(&digits[..2], b"07" | b"08") || lens == [2, 2, 2, 2, 2];
        if !dates && pair_ok && lens[0] <= 5 || lens.len() == 1 {
            return Some(if service(digits) || switchboard(x) {
                Class::Service
            } else {
                Class::Phone
            });
        }
    }
    // Postal codes: "118 25" or "11825" before a place name.
    let postal_shape = matches!((lens, seps), ([3, 2], [' ']) | ([5], []));
    let label = |w: &str| matches!(w, "postnr" | "postnummer" | "postnumret");
    let labelled = || {
        x.before.is_some_and(label)
            // The label, then a copula or the country's prefix set apart: "postnumret var
            // 813 27", "Postnr: SE 813 27".
            || label_across(x.tokens, x.text, x.groups[0], label)
            // A field of a data format, its key and value quoted: "\"postnr\": \"12345\"".
            || json_key(x.tokens, x.text, x.groups[0]).is_some_and(|w| label(&w))
            // A key and its value in a settings-like export: "postnummer = 813 27".
            || equals_label(x.tokens, x.text, x.groups[0], label)
            // The label after it, with a copula: "813 27 är postnumret".
            || label_after(x.tokens, x.text, x.last, label)
            // The label a few words before in the same sentence, or a compound of it:
            // "postnummer till boendet: 813 27", "postnummerområdet 813 27".
            || postal_shape && label_near(x.tokens, x.text, x.groups[0])
            // The second of a list after the label: "Postnummer NNN NN och NNN NN".
            || listed_postal(x.tokens, x.text, x.groups[0])
                .is_some_and(|f| word_before(x.tokens, x.text, f).is_some_and(|w| label(&w)))
    };
    // The street before the code, looked up once: it is asked twice below.
    let street_before = std::cell::OnceCell::new();
    let street = || *street_before.get_or_init(|| after_address(x.tokens, x.text, x.groups[0]));
    // After its label a hyphen may stand for the space: "Postnummer 123-45".
    let hyphened = matches!((lens, seps), ([3, 2], ['-'])) && digits[0] != b'0';
    if postal_shape
        && digits[0] != b'0'
        && (followed_by_capital(x.tokens, x.text, x.last)
            || followed_by_place(x.tokens, x.text, x.last)
            || street().is_some()
            || field_before_capital(x.tokens, x.text, x.groups[0], x.last)
            // The town in another field: "Postnr 11357 och ort …".
            || labelled()
            // Sweden's country prefix glued on: "SE-987 65" or "S-987 65", also without
            // a town.
            || country_prefixed(x.tokens, x.text, x.groups[0]))
        && !before_example(x.tokens, x.text, x.last)
        // The postal code of a public building's address is the body's too: "Stadshuset,
        // Vitsippegatan 1, 174 41 Kvarnbyn".
        && !street().is_some_and(|j| {
            crate::words::public_building(x.text, x.tokens, j, x.groups[0] - 1)
        })
        || hyphened && labelled()
        // Or between a street and a capitalised town, as the code's other shapes are:
        // "Ekvägen 4, 813-27 Ödeby"; so with a point for the space or the space one digit
        // early: "Ekvägen 4, 813.27 Ödeby", "Ekvägen 4, 81 327 Ödeby".
        || (hyphened
            || matches!((lens, seps), ([3, 2], ['.']) | ([2, 3], [' '])) && digits[0] != b'0')
            && street().is_some_and(|j| {
                !crate::words::public_building(x.text, x.tokens, j, x.groups[0] - 1)
            })
            && followed_by_capital(x.tokens, x.text, x.last)
            && !before_example(x.tokens, x.text, x.last)
        // The postal code's field of a contact card's address ("ADR:;;Storgatan 4;Ödeby;;813
        // 27"), Sweden's prefix allowed before it.
        || (postal_shape || hyphened) && digits[0] != b'0' && card_address_field(x)
        // A field of a table's row under a column headed for postal codes ("pnr;namn;postnr"
        // above "…;Brattmyr;28493"), in any of the code's shapes.
        || (postal_shape || hyphened) && digits[0] != b'0' && column_labelled(x, label)
        // The last field of a row after an identity number's field, the row separated
        // by ";" or "|": "Namn, Förnamn; ÅÅMMDD-NNNN; 813 27".
        || (postal_shape || hyphened) && digits[0] != b'0' && after_identity_field(x)
        // Or spaced digit by digit after its label, or between a street and a town:
        // "Postnummer 1 2 3 4 5", "Storgatan 4, 1 2 3 4 5 Ödeby"; after its label
        // spaced any other way too ("Postnr 12 3 45").
        || lens.len() >= 2
            && digits.len() == 5
            && seps.iter().all(|s| *s == ' ')
            && digits[0] != b'0'
            && (labelled()
                || lens == [1, 1, 1, 1, 1]
                    && street().is_some()
                    && followed_by_capital(x.tokens, x.text, x.last))
    {
        // After a word for a body's public line ("via växeln 114 14") the digits are its
        // number, whatever a word before ends like ("Fritidsgården … via växeln").
        return Some(if switchboard(x) {
            Class::Service
        } else {
            Class::Postal
        });
    }
    None
}

/// Whether a word for a phone number stands just before the number (a colon and a quote
/// allowed), or heads its column: "telefon: 739812240", "Mobil;…".
fn phone_label_near(x: &Groups) -> bool {
    let label = |w: &str| {
        matches!(
            w,
            "telefon" | "tel" | "mobil" | "mobilnummer" | "telefonnummer" | "tfn" | "mobilnr"
        )
    };
    (x.groups[0].saturating_sub(4)..x.groups[0])
        .rev()
        .find(|&k| x.tokens[k].kind == TokKind::Word)
        .is_some_and(|k| label(&crate::lower_cow(text_of(x.text, &x.tokens[k]))))
        || column_labelled(x, label)
}

/// Whether a word for "backwards" stands among the four words before the number or the
/// three after it in its line.
fn backwards_said(x: &Groups) -> bool {
    let is_back = |t: &Tok| {
        t.kind == TokKind::Word
            && matches!(
                crate::lower_cow(text_of(x.text, t)).as_ref(),
                "baklänges" | "bakvänt" | "bakåt" | "omvänt" | "omvänd" | "backwards"
            )
    };
    let line = |t: &&Tok| t.kind != (TokKind::Space { newline: true });
    let before = x.tokens[..x.groups[0]]
        .iter()
        .rev()
        .take_while(line)
        .take(8);
    let after = x.tokens[x.last + 1..].iter().take_while(line).take(6);
    before.chain(after).any(is_back)
}

/// Whether ten digits read backwards are a Swedish mobile number ("07" and 0, 2, 3, 6 or
/// 9 first).
fn reversed_mobile(digits: &[u8]) -> bool {
    digits.len() == 10 && digits[9] == b'0' && digits[8] == b'7' && mobile_series(digits[7])
}

/// Whether the digit after "07" opens a series of Swedish mobile numbers (070, 072,
/// 073, 076, 079).
fn mobile_series(d: u8) -> bool {
    matches!(d, b'0' | b'2' | b'3' | b'6' | b'9')
}

/// Whether a copula and a label follow the number: "813 27 är postnumret".
fn label_after(tokens: &[Tok], text: &str, last: usize, label: impl Fn(&str) -> bool) -> bool {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| crate::lower_cow(text_of(text, t)))
    };
    let space = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Space { newline: false })
    };
    space(last + 1)
        && word(last + 2).is_some_and(|w| matches!(w.as_ref(), "är" | "var" | "som"))
        && space(last + 3)
        && word(last + 4).is_some_and(|w| label(&w))
}

/// Whether a label for postal codes stands before the number with one word between: a
/// copula ("postnumret var 813 27", "postnumret är …") or Sweden's prefix set apart
/// ("Postnr: SE 813 27").
fn label_across(tokens: &[Tok], text: &str, first: usize, label: impl Fn(&str) -> bool) -> bool {
    let Some(j) = (first.saturating_sub(3)..first)
        .rev()
        .find(|&k| tokens[k].kind == TokKind::Word)
    else {
        return false;
    };
    matches!(
        text_of(text, &tokens[j]),
        "var" | "är" | "SE" | "S" | "skrivet" | "skrevs" | "skriven"
    ) && word_before(tokens, text, j).is_some_and(|w| label(&w))
}

/// Whether a word for a postal code stands at most four words before the number in the
/// same sentence and line, or a compound beginning with one ("postnummerområdet"):
/// "Postnumret på blanketten (813 27)", "postnummer till boendet: 813 27".
fn label_near(tokens: &[Tok], text: &str, first: usize) -> bool {
    let mut words = 0;
    for t in tokens[..first].iter().rev().take(12) {
        match t.kind {
            TokKind::Word => {
                let l = crate::lower_cow(text_of(text, t));
                if l.starts_with("postnummer") || l.starts_with("postnumr") || l == "postnr" {
                    return true;
                }
                words += 1;
                if words == 4 {
                    return false;
                }
            }
            TokKind::Space { newline: true } | TokKind::Punct('.' | '!' | '?' | ';') => {
                return false
            }
            TokKind::Number => return false,
            _ => {}
        }
    }
    false
}

/// Whether "=" and the label stand before the number: "postnummer = 813 27".
fn equals_label(tokens: &[Tok], text: &str, first: usize, label: impl Fn(&str) -> bool) -> bool {
    let space = |k: usize| tokens[k].kind == TokKind::Space { newline: false };
    let mut j = first;
    if j > 0 && space(j - 1) {
        j -= 1;
    }
    if j == 0 || tokens[j - 1].kind != TokKind::Punct('=') {
        return false;
    }
    j -= 1;
    if j > 0 && space(j - 1) {
        j -= 1;
    }
    j > 0
        && tokens[j - 1].kind == TokKind::Word
        && label(&crate::lower_cow(text_of(text, &tokens[j - 1])))
}

/// Whether the number opens a field of a contact card's address line (vCard's `ADR`,
/// fields separated by ";"; Sweden's prefix allowed): the line's first word is `ADR`, read
/// back at most 40 tokens.
fn card_address_field(x: &Groups) -> bool {
    let (tokens, text) = (x.tokens, x.text);
    let mut j = x.groups[0];
    // Sweden's prefix set apart: "…;;SE 813 27".
    if j >= 2
        && tokens[j - 1].kind == (TokKind::Space { newline: false })
        && matches!(text_of(text, &tokens[j - 2]), "SE" | "S")
    {
        j -= 2;
    }
    if j == 0 || tokens[j - 1].kind != TokKind::Punct(';') {
        return false;
    }
    let mut k = j - 1;
    for _ in 0..40 {
        if k == 0 || tokens[k - 1].kind == (TokKind::Space { newline: true }) {
            return tokens[k].kind == TokKind::Word
                && text_of(text, &tokens[k]).eq_ignore_ascii_case("adr");
        }
        k -= 1;
    }
    false
}

/// Whether the number fills the last field of a row separated by ";" or "|" (Sweden's
/// prefix allowed before it) and the field before holds only an identity number's ten or
/// twelve digits (a dash, a plus, spaces or a line break between its groups), after a
/// field with a word: "Qvarnlöf, Ylvina; 19800101-1234; 813 27". A postal code is what a row of a
/// person's identity number and name ends with. Each field reads at most 16 tokens.
/// A row of quoted fields separated by commas (CSV) counts too:
/// `"Qvarnlöf","Ylvina","19800101-1234","813 27"`.
fn after_identity_field(x: &Groups) -> bool {
    let (tokens, text) = (x.tokens, x.text);
    let quiet = |k: usize| {
        tokens[k].kind == TokKind::Space { newline: false }
            || tokens[k].kind == TokKind::Punct('"')
            || tokens[k].kind == TokKind::Word && matches!(text_of(text, &tokens[k]), "S" | "SE")
    };
    // The row ends after the number (and a quote closing its field).
    let mut j = x.last + 1;
    while tokens.get(j).is_some_and(|t| {
        t.kind == TokKind::Space { newline: false } || t.kind == TokKind::Punct('"')
    }) {
        j += 1;
    }
    if tokens
        .get(j)
        .is_some_and(|t| t.kind != TokKind::Space { newline: true })
    {
        return false;
    }
    // The separator before the number.
    let mut j = x.groups[0];
    let sep = loop {
        let Some(k) = j.checked_sub(1) else {
            return false;
        };
        j = k;
        match tokens[k].kind {
            TokKind::Punct(c @ (';' | '|')) => break TokKind::Punct(c),
            // A comma separates quoted fields: `…","813 27"`.
            TokKind::Punct(',')
                if k + 1 < x.groups[0] && tokens[k + 1].kind == TokKind::Punct('"') =>
            {
                break TokKind::Punct(',')
            }
            _ if quiet(k) && x.groups[0] - k <= 3 => {}
            _ => return false,
        }
    };
    // The identity number's field: digits, dashes, a plus and spaces only.
    let mut digits = 0;
    let mut k = j;
    loop {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        k = p;
        if j - k > 16 {
            return false;
        }
        match tokens[k].kind {
            TokKind::Number => digits += tokens[k].end - tokens[k].start,
            TokKind::Punct('-' | '+') | TokKind::Space { .. } => {}
            TokKind::Punct('"') if sep == TokKind::Punct(',') => {}
            s if s == sep => break,
            _ => return false,
        }
    }
    // A word in the field before it.
    matches!(digits, 10 | 12)
        && (k.saturating_sub(16)..k)
            .rev()
            .map(|q| tokens[q].kind)
            .take_while(|&q| q != sep && q != TokKind::Space { newline: true })
            .any(|q| q == TokKind::Word)
}

/// The first token of a postal code's shape ("NNN NN" or "NNNNN") that comes right before
/// the number at `first` in a list, "och", "eller" or a comma between.
fn listed_postal(tokens: &[Tok], text: &str, first: usize) -> Option<usize> {
    let space = |k: usize| matches!(tokens[k].kind, TokKind::Space { newline: false });
    let digits = |k: usize, n: usize| {
        tokens[k].kind == TokKind::Number && tokens[k].end - tokens[k].start == n
    };
    // The last token of the code before: after "och" or "eller" and a space, or a comma.
    let end = if first >= 4
        && space(first - 1)
        && matches!(text_of(text, &tokens[first - 2]), "och" | "eller")
        && space(first - 3)
    {
        first - 4
    } else if first >= 3 && space(first - 1) && tokens[first - 2].kind == TokKind::Punct(',') {
        first - 3
    } else {
        return None;
    };
    if digits(end, 5) {
        Some(end)
    } else if end >= 2 && digits(end, 2) && space(end - 1) && digits(end - 2, 3) {
        Some(end - 2)
    } else {
        None
    }
}

/// The field separator of a table's row at token `k`: `;`, `|` or `,` typed as text, or a
/// tab (inside a space: a row pasted from a spreadsheet).
fn field_separator(tokens: &[Tok], text: &str, k: usize) -> Option<char> {
    match tokens[k].kind {
        TokKind::Punct(c @ (';' | '|' | ',')) => Some(c),
        _ if crate::token::holds_tab(text, &tokens[k]) => Some('\t'),
        _ => None,
    }
}

/// Whether the number fills a whole field of a table's row (separated by `;`, `|`, `,` or
/// tabs, spaces or quotes around it allowed, and "S-" or "SE-" before it) and a line above,
/// at most four lines up, heads the same field with a word that `label` accepts: "pnr;
/// namn;postnr" above "…;Brattmyr;284 93", "Namn | Postnr" above "Brattmyr | 284-93". A row's
/// field is counted by its separators, so a comma inside a field of a row separated by
/// `;` or `|` is no separator there. The look-back is bounded (64 tokens a line, four
/// lines), so the scan stays linear.
fn column_labelled(x: &Groups, label: impl Fn(&str) -> bool) -> bool {
    column_headed(x.tokens, x.text, x.groups[0], x.last, true, label)
}

/// Whether tokens `first` to `last` fill a whole field of a table's row (separated by
/// `;`, `|`, `,` or tabs; spaces, quotes and, with `prefix`, a country's "S"/"SE" before
/// it) and a line above, at most four lines up, heads the same field with a word that
/// `label` accepts. Shared by the postal codes and the names ("förnamn;efternamn" above a row).
pub(crate) fn column_headed(
    tokens: &[Tok],
    text: &str,
    first: usize,
    last: usize,
    prefix: bool,
    label: impl Fn(&str) -> bool,
) -> bool {
    const LINE: usize = 64;
    let quiet = |k: TokKind| {
        matches!(
            k,
            TokKind::Space { newline: false } | TokKind::Punct('"' | '\'' | '-')
        )
    };
    let separator = |k: usize| field_separator(tokens, text, k);
    // The field's end: a separator, a line's end or the text's.
    let mut j = last + 1;
    while tokens
        .get(j)
        .is_some_and(|t| quiet(t.kind) && separator(j).is_none())
    {
        j += 1;
    }
    let sep = match tokens.get(j).map(|t| t.kind) {
        None | Some(TokKind::Space { newline: true }) => None,
        Some(_) => match separator(j) {
            Some(c) => Some(c),
            None => return false,
        },
    };
    // The field's start, then the separators before it on its line.
    let mut j = first;
    let mut fields = 0usize;
    let mut sep = sep;
    let mut start = true;
    let mut steps = 0;
    loop {
        if j == 0 {
            break;
        }
        j -= 1;
        steps += 1;
        if steps > LINE {
            return false;
        }
        let k = tokens[j].kind;
        if k == (TokKind::Space { newline: true }) {
            break;
        }
        if let Some(c) = separator(j).filter(|&c| sep.is_none_or(|s| s == c)) {
            sep = Some(c);
            fields += 1;
            start = false;
        } else if start {
            // Only spaces, quotes and a country's prefix between the number and the
            // field's separator.
            let w = text_of(text, &tokens[j]);
            if !(quiet(k) || prefix && k == TokKind::Word && matches!(w, "S" | "SE")) {
                return false;
            }
        }
    }
    let Some(sep) = sep else {
        return false;
    };
    // The lines above, nearest first: the field of the same number heads the column.
    for _ in 0..4 {
        if j == 0 {
            return false;
        }
        let end = j;
        let mut b = j;
        let mut steps = 0;
        while b > 0 && tokens[b - 1].kind != (TokKind::Space { newline: true }) {
            b -= 1;
            steps += 1;
            if steps > LINE {
                return false;
            }
        }
        let mut field = 0usize;
        let mut words = 0usize;
        let mut hit = false;
        for (k, t) in tokens.iter().enumerate().take(end).skip(b) {
            if separator(k) == Some(sep) {
                field += 1;
            } else if field == fields && t.kind == TokKind::Word {
                words += 1;
                hit |= label(&crate::lower_cow(text_of(text, t)));
            }
        }
        if hit && words == 1 {
            return true;
        }
        j = b.saturating_sub(1);
    }
    false
}

/// The key before a quoted value of a data format ("\"postnr\": \"12345\"", also with
/// single quotes or without the space), in lower case: the word before the quotation mark
/// glued to the number, its closing quotation mark and a colon between.
fn json_key(tokens: &[Tok], text: &str, first: usize) -> Option<String> {
    let quote = |k: usize| matches!(tokens[k].kind, TokKind::Punct('"' | '\''));
    let mut j = first.checked_sub(1)?;
    if !quote(j) || tokens[j].end != tokens[first].start {
        return None;
    }
    j = j.checked_sub(1)?;
    if matches!(tokens[j].kind, TokKind::Space { newline: false }) {
        j = j.checked_sub(1)?;
    }
    if tokens[j].kind != TokKind::Punct(':') {
        return None;
    }
    j = j.checked_sub(1)?;
    if !quote(j) {
        return None;
    }
    let k = j.checked_sub(1)?;
    (tokens[k].kind == TokKind::Word).then(|| text_of(text, &tokens[k]).to_lowercase())
}

/// Scans the tokens for numbers that identify. Each token costs a step; the look-around
/// per number is bounded (at most six digit groups).
pub fn scan(
    text: &str,
    tokens: &[Tok],
    out: &mut Vec<Finding>,
    budget: &mut Budget,
) -> Result<(), Exceeded> {
    let mut i = 0;
    let (mut digits, mut lens) = (Vec::new(), Vec::new());
    // One chunk's buffers, reused for every number.
    let mut chunk = Chunk {
        groups: Vec::new(),
        seps: Vec::new(),
        plus: None,
        bracket: None,
    };
    while i < tokens.len() {
        budget.spend(1)?;
        if let Some((first, class)) = linked_or_vat(tokens, text, i) {
            push_described(out, &class, tokens[first].start, tokens[i].end);
            i += 1;
            continue;
        }
        // Digits glued to letters ("9B", "T1", "ABC123") are not numbers of this kind.
        if tokens[i].kind != TokKind::Number
            || (i > 0
                && tokens[i - 1].kind == TokKind::Word
                && tokens[i - 1].end == tokens[i].start)
        {
            i = if tokens[i].kind == TokKind::Number {
                iban_end(tokens, text, i)
            } else {
                i + 1
            };
            continue;
        }
        chunk_at(tokens, text, i, &mut chunk);
        digits_into(tokens, text, &chunk.groups, &mut digits, &mut lens);
        let before = chunk
            .groups
            .first()
            .and_then(|&g| word_before(tokens, text, g));
        let mut matched = None;
        for n in (1..=chunk.groups.len()).rev() {
            if let Some(class) =
                classify(tokens, text, &chunk, n, &digits, &lens, before.as_deref())
            {
                matched = Some((n, class));
                break;
            }
        }
        match matched {
            Some((n, class)) => {
                let first = match chunk.bracket {
                    Some(b) if n >= 2 => b,
                    _ => chunk.plus.unwrap_or(chunk.groups[0]),
                };
                let last = chunk.groups[n - 1];
                push_described(out, &class, tokens[first].start, tokens[last].end);
                i = last + 1;
            }
            // Nothing starts here; the next group may start something ("17 168 51 Bromma").
            // Only after a space or a line break (a house number ends its line before
            // the postal code's: "…gatan 12\n123 45 Ort"): inside "2024-01-01" no
            // number starts.
            None => {
                i = chunk
                    .seps
                    .iter()
                    .position(|s| matches!(s, ' ' | '\n'))
                    .map_or_else(
                        || chunk.groups.last().map_or(i + 1, |l| l + 1),
                        |k| chunk.groups[k + 1],
                    )
            }
        }
    }
    halves(text, tokens, out);
    spoken::scan(text, tokens, out, budget)
}

/// The digits at `i` as a Swedish VAT number, or a phone number in a chat link; with the
/// first token of the finding.
///
/// A VAT number is `SE`, ten digits and `01` ("SE802519436901"; glued or after a space):
/// the ten digits are the organisation number, or for a sole trader the owner's
/// personnummer, when the check digit holds. A phone number in a `wa.me/` or `tel:` link
/// is written with its country code and without a plus ("wa.me/46731234567").
fn linked_or_vat(tokens: &[Tok], text: &str, i: usize) -> Option<(usize, Class)> {
    let t = &tokens[i];
    let len = t.end - t.start;
    if t.kind != TokKind::Number || !(10..=12).contains(&len) || i == 0 {
        return None;
    }
    let d = &text.as_bytes()[t.start..t.end];
    let glued = |k: usize| tokens[k].end == tokens[k + 1].start;
    let word_at = |k: usize| (tokens[k].kind == TokKind::Word).then(|| text_of(text, &tokens[k]));
    if len == 12 && d.ends_with(b"01") {
        let first = if i >= 2 && tokens[i - 1].kind == (TokKind::Space { newline: false }) {
            i - 2
        } else {
            i - 1
        };
        let ten = &d[..10];
        if !matches!(word_at(first), Some("SE" | "se")) || !luhn(ten) {
            return None;
        }
        if let Some(coordination) = date_shape(ten) {
            return Some((
                first,
                Class::Identity {
                    coordination,
                    valid: true,
                },
            ));
        }
        return (ten[2] >= b'2' && ten[0] != b'2').then_some((first, Class::Org));
    }
    // "wa.me/46…" or "tel:46…": the mark glued before, the scheme's word before it.
    let link = i >= 2
        && glued(i - 1)
        && glued(i - 2)
        && match (tokens[i - 1].kind, word_at(i - 2)) {
            (TokKind::Punct('/'), Some("me")) => i >= 4 && word_at(i - 4) == Some("wa"),
            (TokKind::Punct(':'), Some(w)) => w.eq_ignore_ascii_case("tel"),
            _ => false,
        };
    let alone = !tokens
        .get(i + 1)
        .is_some_and(|n| n.start == t.end && matches!(n.kind, TokKind::Word | TokKind::Number));
    (link && alone && d.starts_with(b"46") && d[2] != b'0').then_some((i, Class::Phone))
}

/// After digits glued to letters at `i`: the index after an IBAN written in groups
/// ("SE45 5000 0000 0583 …": two capitals and two check digits, then groups of four
/// digits set apart by spaces), whose groups are an account's, not a phone number; else
/// `i + 1`.
fn iban_end(tokens: &[Tok], text: &str, i: usize) -> usize {
    let country = text_of(text, &tokens[i - 1]);
    if !(country.len() == 2
        && country.bytes().all(|b| b.is_ascii_uppercase())
        && tokens[i].end - tokens[i].start == 2)
    {
        return i + 1;
    }
    let mut k = i + 1;
    while k + 1 < tokens.len()
        && separator(tokens, k) == Some(' ')
        && tokens[k + 1].kind == TokKind::Number
        && (1..=4).contains(&(tokens[k + 1].end - tokens[k + 1].start))
    {
        k += 2;
    }
    k
}

/// A phone number told in two halves within a sentence: "numret börjar på 070-318 och
/// slutar på 52 97". The first half is a prefix from a zero (two to four digits) with a
/// dash and a group; the second one to three groups of two digits. Both are findings.
fn halves(text: &str, tokens: &[Tok], out: &mut Vec<Finding>) {
    let sp = |k: usize| separator(tokens, k) == Some(' ');
    let num = |k: usize, min: usize, max: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokKind::Number && (min..=max).contains(&(t.end - t.start)))
    };
    // "börjar på " or "slutar på " at word `k` ("på" may be left out: "börjar 070-…"):
    // the token after.
    let told = |k: usize, verb: &str| {
        if !(text_of(text, &tokens[k]).eq_ignore_ascii_case(verb) && sp(k + 1)) {
            return None;
        }
        if tokens.get(k + 2).is_some_and(|t| text_of(text, t) == "på") {
            return sp(k + 3).then_some(k + 4);
        }
        Some(k + 2)
    };
    for k in 0..tokens.len() {
        // "börjar" is seven bytes.
        if tokens[k].kind != TokKind::Word || tokens[k].end - tokens[k].start != 7 {
            continue;
        }
        let Some(a) = told(k, "börjar") else {
            continue;
        };
        let first_ok = num(a, 2, 4).is_some_and(|t| text[t.start..].starts_with('0'))
            && tokens
                .get(a + 1)
                .is_some_and(|t| t.kind == TokKind::Punct('-') && t.start == tokens[a].end)
            && num(a + 2, 2, 3).is_some_and(|t| t.start == tokens[a + 1].end)
            && tokens
                .get(a + 3)
                .is_none_or(|t| !matches!(t.kind, TokKind::Number | TokKind::Punct('-')));
        if !first_ok {
            continue;
        }
        // The second half later in the same sentence (at most 16 tokens on).
        let second = (a + 3..(a + 19).min(tokens.len()))
            .take_while(|&j| {
                !matches!(tokens[j].kind, TokKind::Punct('.' | '!' | '?'))
                    && tokens[j].kind != (TokKind::Space { newline: true })
            })
            .find_map(|j| {
                if tokens[j].kind != TokKind::Word || tokens[j].end - tokens[j].start != 6 {
                    return None;
                }
                let b = told(j, "slutar")?;
                num(b, 2, 2)?;
                let mut last = b;
                while last < b + 4 && sp(last + 1) && num(last + 2, 2, 2).is_some() {
                    last += 2;
                }
                tokens
                    .get(last + 1)
                    .is_none_or(|t| !matches!(t.kind, TokKind::Number | TokKind::Word))
                    .then_some((b, last))
            });
        if let Some((b, last)) = second {
            for (s, e) in [(a, a + 2), (b, last)] {
                out.push(Finding {
                    kind: Kind::Phone,
                    start: tokens[s].start,
                    end: tokens[e].end,
                    explanation: "Ser ut som ett telefonnummer, delat i två halvor.",
                    suggestion: Some("Ta bort numret; samordnaren frågar om det behövs."),
                });
            }
        }
    }
}

/// Pushes the finding a class describes, over `start..end`; a class that is nobody's
/// (a service number) describes none.
fn push_described(out: &mut Vec<Finding>, class: &Class, start: usize, end: usize) {
    if let Some((kind, explanation, suggestion)) = describe(class) {
        out.push(Finding {
            kind,
            start,
            end,
            explanation,
            suggestion,
        });
    }
}

fn describe(class: &Class) -> Option<(Kind, &'static str, Option<&'static str>)> {
    const AGE: Option<&str> = Some("Skriv en åldersgrupp i stället, till exempel ”15–17 år”.");
    Some(match class {
        Class::Service => return None,
        Class::Identity {
            coordination: false,
            valid: true,
        } => (
            Kind::Personnummer,
            "Ser ut som ett personnummer (kontrollsiffran stämmer).",
            AGE,
        ),
        Class::Identity {
            coordination: false,
            valid: false,
        } => (
            Kind::Personnummer,
            "Ser ut som ett personnummer, kanske felskrivet – det kan ändå peka ut en person.",
            AGE,
        ),
        Class::Identity {
            coordination: true,
            valid: true,
        } => (
            Kind::Samordningsnummer,
            "Ser ut som ett samordningsnummer (kontrollsiffran stämmer).",
            AGE,
        ),
        Class::Identity {
            coordination: true,
            valid: false,
        } => (
            Kind::Samordningsnummer,
            "Ser ut som ett samordningsnummer, kanske felskrivet – det kan ändå peka ut en person.",
            AGE,
        ),
        Class::Org => (
            Kind::Organisationsnummer,
            "Ser ut som ett organisationsnummer. En enskild firmas nummer är ägarens personnummer.",
            Some("Skriv vilken sorts verksamhet det gäller i stället."),
        ),
        Class::Phone => (
            Kind::Phone,
            "Ser ut som ett telefonnummer.",
            Some("Ta bort numret; samordnaren frågar om det behövs."),
        ),
        Class::Postal => (
            Kind::PostalCode,
            "Ser ut som ett postnummer, som tillsammans med annat kan peka ut en bostad.",
            Some("Skriv stadsdelen i stället."),
        ),
    })
}

#[cfg(test)]
mod tests;
