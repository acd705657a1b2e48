//! Words that identify: e-mail addresses, street addresses, vehicle plates and personal
//! names (from the name lists, and from context for names outside them).

use crate::lists::{Lists, NOT_PLATES, STREET_SUFFIXES};
use crate::token::{Tok, TokKind};
use crate::{text_of, Finding, Kind};

fn word<'a>(text: &'a str, tokens: &[Tok], i: usize) -> Option<&'a str> {
    tokens
        .get(i)
        .filter(|t| t.kind == TokKind::Word)
        .map(|t| text_of(text, t))
}

fn is_cap(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && w.chars().count() >= 2
        && chars.any(char::is_lowercase)
}

fn single_space(tokens: &[Tok], i: usize) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| matches!(t.kind, TokKind::Space { newline: false }))
}

/// The next word after one space, if there is one.
fn next_word(tokens: &[Tok], i: usize) -> Option<usize> {
    (single_space(tokens, i + 1) && tokens.get(i + 2).is_some_and(|t| t.kind == TokKind::Word))
        .then_some(i + 2)
}

/// The word before, across one space, lower-cased.
fn prev_word(text: &str, tokens: &[Tok], i: usize) -> Option<String> {
    let s = i.checked_sub(1)?;
    if !single_space(tokens, s) {
        return None;
    }
    word(text, tokens, s.checked_sub(1)?).map(str::to_lowercase)
}

/// Whether a word opens a sentence (or a line, a quote, a list item).
fn sentence_start(text: &str, tokens: &[Tok], i: usize) -> bool {
    let mut j = i;
    while j > 0 {
        j -= 1;
        match tokens[j].kind {
            TokKind::Space { newline: true } => return true,
            TokKind::Space { .. } => continue,
            TokKind::Punct(c) => return ".!?:;\"'(”“–-•*".contains(c),
            _ => {
                let _ = text;
                return false;
            }
        }
    }
    true
}

fn stem(l: &str) -> &str {
    match l.strip_suffix('s') {
        Some(s) if s.chars().count() >= 3 => s,
        _ => l,
    }
}

const SURNAME_ENDINGS: &[&str] = &[
    "sson", "ström", "qvist", "kvist", "gren", "lund", "blom", "holm", "berg", "quist", "strand",
    "dahl", "stedt",
];

/// E-mail addresses, found from their `@`.
fn emails(text: &str, tokens: &[Tok], out: &mut Vec<Finding>) {
    let local_ok = |t: &Tok| {
        matches!(
            t.kind,
            TokKind::Word | TokKind::Number | TokKind::Punct('.' | '_' | '%' | '+' | '-')
        )
    };
    let domain_ok = |t: &Tok| {
        matches!(
            t.kind,
            TokKind::Word | TokKind::Number | TokKind::Punct('.' | '-')
        )
    };
    for (at, t) in tokens.iter().enumerate() {
        if t.kind != TokKind::Punct('@') {
            continue;
        }
        let mut first = at;
        while first > 0 && local_ok(&tokens[first - 1]) && at - first < 64 {
            first -= 1;
        }
        while first < at && matches!(tokens[first].kind, TokKind::Punct(_)) {
            first += 1;
        }
        let mut last = at;
        while last + 1 < tokens.len() && domain_ok(&tokens[last + 1]) && last - at < 64 {
            last += 1;
        }
        while last > at && matches!(tokens[last].kind, TokKind::Punct(_)) {
            last -= 1;
        }
        let domain = &text[t.end..tokens[last].end];
        let tld_ok = domain
            .rsplit('.')
            .next()
            .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic));
        if first < at && last > at && domain.contains('.') && tld_ok {
            out.push(Finding {
                kind: Kind::Email,
                start: tokens[first].start,
                end: tokens[last].end,
                explanation: "Ser ut som en e-postadress.",
                suggestion: Some("Ta bort adressen; samordnaren frågar om det behövs."),
            });
        }
    }
}

/// Vehicle plates: "ABC 123", "ABC12A".
fn plates(text: &str, tokens: &[Tok], out: &mut Vec<Finding>) {
    for i in 0..tokens.len() {
        let Some(w) = word(text, tokens, i) else {
            continue;
        };
        let letters_ok = w.len() == 3
            && w.bytes()
                .all(|b| b.is_ascii_uppercase() && !b"IQV".contains(&b))
            && !NOT_PLATES.contains(&w);
        if !letters_ok || (i > 0 && matches!(tokens[i - 1].kind, TokKind::Word | TokKind::Number)) {
            continue;
        }
        let n = if single_space(tokens, i + 1) {
            i + 2
        } else {
            i + 1
        };
        let Some(num) = tokens
            .get(n)
            .filter(|t| t.kind == TokKind::Number && t.start == tokens[n - 1].end)
        else {
            continue;
        };
        let digits = num.end - num.start;
        let (last, ok) = match digits {
            3 => (n, true),
            2 => match word(text, tokens, n + 1) {
                Some(l)
                    if tokens[n + 1].start == num.end
                        && l.len() == 1
                        && l.bytes()
                            .all(|b| b.is_ascii_uppercase() && !b"IQVO".contains(&b)) =>
                {
                    (n + 1, true)
                }
                _ => (n, false),
            },
            _ => (n, false),
        };
        let boundary = tokens.get(last + 1).is_none_or(|t| {
            !matches!(t.kind, TokKind::Word | TokKind::Number) && t.kind != TokKind::Punct('/')
        });
        if ok && boundary {
            out.push(Finding {
                kind: Kind::Plate,
                start: tokens[i].start,
                end: tokens[last].end,
                explanation: "Ser ut som ett registreringsnummer på ett fordon.",
                suggestion: Some("Skriv ”en bil” eller fordonstypen i stället."),
            });
        }
    }
}

/// Street addresses: a street name with a number, letter and flat or floor.
fn addresses(text: &str, tokens: &[Tok], out: &mut Vec<Finding>) {
    for i in 0..tokens.len() {
        let Some(w) = word(text, tokens, i) else {
            continue;
        };
        if !is_cap(w) {
            continue;
        }
        let l = w.to_lowercase();
        if !STREET_SUFFIXES
            .iter()
            .any(|s| l.ends_with(s) && l.len() > s.len() + 1)
        {
            continue;
        }
        if !single_space(tokens, i + 1)
            || !tokens
                .get(i + 2)
                .is_some_and(|t| t.kind == TokKind::Number && t.end - t.start <= 4)
        {
            continue;
        }
        let mut last = i + 2;
        // A letter glued to the number: "12B".
        if word(text, tokens, last + 1).is_some_and(|l| l.chars().count() == 1)
            && tokens[last + 1].start == tokens[last].end
        {
            last += 1;
        }
        // ", lgh 1102", " lgh 1102", ", 2 tr", " 2 tr"
        let mut j = last + 1;
        if tokens.get(j).is_some_and(|t| t.kind == TokKind::Punct(',')) {
            j += 1;
        }
        if single_space(tokens, j) {
            match (
                word(text, tokens, j + 1).map(str::to_lowercase).as_deref(),
                tokens.get(j + 1),
            ) {
                (Some("lgh" | "lägenhet"), _)
                    if single_space(tokens, j + 2)
                        && tokens.get(j + 3).is_some_and(|t| t.kind == TokKind::Number) =>
                {
                    last = j + 3
                }
                (None, Some(t))
                    if t.kind == TokKind::Number
                        && single_space(tokens, j + 2)
                        && word(text, tokens, j + 3)
                            .is_some_and(|w| w == "tr" || w == "trappor") =>
                {
                    last = j + 3
                }
                _ => {}
            }
        }
        out.push(Finding {
            kind: Kind::Address,
            start: tokens[i].start,
            end: tokens[last].end,
            explanation: "Ser ut som en gatuadress.",
            suggestion: Some("Skriv stadsdelen eller typen av plats i stället, till exempel ”vid en busshållplats”."),
        });
    }
}

/// Personal names.
fn names(text: &str, tokens: &[Tok], lists: &Lists, out: &mut Vec<Finding>) {
    let mut i = 0;
    while i < tokens.len() {
        let Some(w) = word(text, tokens, i) else {
            i += 1;
            continue;
        };
        if !is_cap(w) {
            i += 1;
            continue;
        }
        let l = w.to_lowercase();
        if lists.not_names.contains(l.as_str()) {
            i += 1;
            continue;
        }
        let first_hit = lists.first.contains(&l) || lists.first.contains(stem(&l));
        let last_hit = lists.last.contains(&l) || lists.last.contains(stem(&l));
        let role = prev_word(text, tokens, i).is_some_and(|p| lists.roles.contains(p.as_str()));
        let next_cap = next_word(tokens, i)
            .and_then(|n| word(text, tokens, n))
            .is_some_and(|n| is_cap(n) && !lists.not_names.contains(n.to_lowercase().as_str()));
        let hyphen_cap = tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokKind::Punct('-'))
            && word(text, tokens, i + 2).is_some_and(is_cap);
        let start = sentence_start(text, tokens, i);
        let name = role
            || (first_hit
                && (!lists.ambiguous.contains(l.as_str()) || !start || next_cap || hyphen_cap))
            || (last_hit
                && (next_cap
                    || hyphen_cap
                    || SURNAME_ENDINGS
                        .iter()
                        .any(|e| l.ends_with(e) && l.len() > e.len() + 1)
                        && !start))
            || (last_hit && l.ends_with("sson"));
        if !name {
            i += 1;
            continue;
        }
        // Take the following capitalised words (a surname, a double name) with it.
        let mut last = i;
        for _ in 0..3 {
            let next = if tokens
                .get(last + 1)
                .is_some_and(|t| t.kind == TokKind::Punct('-'))
                && word(text, tokens, last + 2).is_some()
            {
                Some(last + 2)
            } else {
                next_word(tokens, last)
            };
            match next.and_then(|n| word(text, tokens, n).map(|w| (n, w))) {
                Some((n, w))
                    if is_cap(w)
                        && !lists.not_names.contains(w.to_lowercase().as_str())
                        && !lists.roles.contains(w.to_lowercase().as_str()) =>
                {
                    last = n
                }
                _ => break,
            }
        }
        out.push(Finding {
            kind: Kind::Name,
            start: tokens[i].start,
            end: tokens[last].end,
            explanation: "Ser ut som ett namn på en person.",
            suggestion: Some("Skriv vem det är utan namn, till exempel ”eleven”, ”en vårdnadshavare” eller ”en man i 20-årsåldern”."),
        });
        i = last + 1;
    }
}

pub fn scan(text: &str, tokens: &[Tok], lists: &Lists, out: &mut Vec<Finding>) {
    emails(text, tokens, out);
    plates(text, tokens, out);
    addresses(text, tokens, out);
    names(text, tokens, lists, out);
}
