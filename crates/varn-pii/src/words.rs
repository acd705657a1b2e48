//! Words that identify: e-mail addresses, street addresses, vehicle plates and personal
//! names (from the name lists, and from context for names outside them).

use crate::lexicon::Gazetteer;
use crate::lists::{Lists, NOT_PLATES, STREET_SUFFIXES};
use crate::token::{Tok, TokKind};
use crate::{text_of, Budget, Exceeded, Finding, Kind};

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

/// Top-level domains accepted after a spelled-out "at" or "dot" ("anna at gmail dot com"),
/// where an ordinary sentence could otherwise look like an address.
const COMMON_TLDS: &[&str] = &[
    "se", "com", "nu", "net", "org", "eu", "info", "io", "me", "fi", "no", "dk", "de", "uk", "co",
    "edu", "gov", "biz", "app", "online",
];

fn lower_is(text: &str, tokens: &[Tok], i: usize, words: &[&str]) -> bool {
    word(text, tokens, i).is_some_and(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

/// A spelled-out marker at `i` ("(at)", "[at]", " at ", or "dot"/"punkt" likewise):
/// the token before it and after it, and whether it was written without brackets.
fn marker(text: &str, tokens: &[Tok], i: usize, words: &[&str]) -> Option<(usize, usize, bool)> {
    let close = |c: char| match c {
        '(' => Some(')'),
        '[' => Some(']'),
        '{' => Some('}'),
        '<' => Some('>'),
        _ => None,
    };
    // Skips one space at `j` in direction `dir`.
    let skip = |j: usize, dir: isize| -> Option<usize> {
        if single_space(tokens, j) {
            j.checked_add_signed(dir)
        } else {
            Some(j)
        }
    };
    if let TokKind::Punct(open) = tokens.get(i)?.kind {
        let want = close(open)?;
        if !lower_is(text, tokens, i + 1, words) || tokens.get(i + 2)?.kind != TokKind::Punct(want)
        {
            return None;
        }
        return Some((skip(i.checked_sub(1)?, -1)?, skip(i + 3, 1)?, false));
    }
    // "snabel-a" is three tokens.
    if words.contains(&"snabel-a") && lower_is(text, tokens, i, &["snabel"]) {
        let dash = tokens.get(i + 1)?.kind == TokKind::Punct('-');
        if dash && lower_is(text, tokens, i + 2, &["a"]) {
            let before = tokens.get(i.checked_sub(1)?)?.kind;
            let after = tokens.get(i + 3)?.kind;
            if let (TokKind::Punct(o), TokKind::Punct(c)) = (before, after) {
                if close(o) == Some(c) {
                    return Some((skip(i.checked_sub(2)?, -1)?, skip(i + 4, 1)?, false));
                }
            }
            if single_space(tokens, i.checked_sub(1)?) && single_space(tokens, i + 3) {
                return Some((i.checked_sub(2)?, i + 4, true));
            }
        }
        return None;
    }
    if lower_is(text, tokens, i, words)
        && single_space(tokens, i.checked_sub(1)?)
        && single_space(tokens, i + 1)
    {
        return Some((i.checked_sub(2)?, i + 2, true));
    }
    None
}

/// E-mail addresses, found from their `@` or a spelled-out "at" ("(at)", "[at]", " at "),
/// with dots also spelled out ("dot", "punkt"). The look-around is at most 64 tokens each
/// way.
fn emails(
    text: &str,
    tokens: &[Tok],
    out: &mut Vec<Finding>,
    budget: &mut Budget,
) -> Result<(), Exceeded> {
    const AT: &[&str] = &["at", "snabel-a"];
    const DOT: &[&str] = &["dot", "punkt", "pkt"];
    let local_ok = |t: &Tok| {
        matches!(
            t.kind,
            TokKind::Word | TokKind::Number | TokKind::Punct('.' | '_' | '%' | '+' | '-')
        )
    };
    let label_ok = |t: &Tok| {
        matches!(
            t.kind,
            TokKind::Word | TokKind::Number | TokKind::Punct('-')
        )
    };
    for (at, t) in tokens.iter().enumerate() {
        budget.spend(1)?;
        let (left, right, spelled) = match t.kind {
            TokKind::Punct('@') => {
                let l = if at > 1 && single_space(tokens, at - 1) {
                    at - 2
                } else {
                    at.saturating_sub(1)
                };
                let r = if single_space(tokens, at + 1) {
                    at + 2
                } else {
                    at + 1
                };
                (l, r, false)
            }
            TokKind::Punct('(' | '[' | '{' | '<') | TokKind::Word => {
                match marker(text, tokens, at, AT) {
                    Some((l, r, plain)) => (l, r, plain),
                    None => continue,
                }
            }
            _ => continue,
        };
        budget.spend(128)?;
        if left >= at
            || !tokens
                .get(left)
                .is_some_and(|t| matches!(t.kind, TokKind::Word | TokKind::Number))
        {
            continue;
        }
        let mut first = left;
        while first > 0 && local_ok(&tokens[first - 1]) && left - first < 64 {
            first -= 1;
        }
        while first < left && matches!(tokens[first].kind, TokKind::Punct(_)) {
            first += 1;
        }
        // The domain: labels joined by dots, written or spelled out.
        let mut j = right;
        let mut dots = 0;
        let mut spelled_dot = false;
        let mut last = None;
        let mut tld: Option<&str> = None;
        while j < tokens.len() && j - right < 64 {
            if !tokens.get(j).is_some_and(label_ok) {
                break;
            }
            let mut k = j;
            while k + 1 < tokens.len()
                && label_ok(&tokens[k + 1])
                && tokens[k + 1].start == tokens[k].end
            {
                k += 1;
            }
            last = Some(k);
            tld = word(text, tokens, k);
            if tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == TokKind::Punct('.'))
                && tokens
                    .get(k + 2)
                    .is_some_and(|t| matches!(t.kind, TokKind::Word | TokKind::Number))
            {
                dots += 1;
                j = k + 2;
            } else if let Some((_, r, _)) = marker(text, tokens, k + 1, DOT).or_else(|| {
                single_space(tokens, k + 1)
                    .then(|| marker(text, tokens, k + 2, DOT))
                    .flatten()
            }) {
                dots += 1;
                spelled_dot = true;
                j = r;
            } else {
                break;
            }
        }
        let Some(last) = last else {
            continue;
        };
        let tld_ok = tld.is_some_and(|d| {
            d.chars().count() >= 2
                && d.chars().all(char::is_alphabetic)
                && (!(spelled || spelled_dot)
                    || COMMON_TLDS.iter().any(|c| d.eq_ignore_ascii_case(c)))
        });
        if dots > 0 && tld_ok {
            out.push(Finding {
                kind: Kind::Email,
                start: tokens[first].start,
                end: tokens[last].end,
                explanation: "Ser ut som en e-postadress.",
                suggestion: Some("Ta bort adressen; samordnaren frågar om det behövs."),
            });
        }
    }
    Ok(())
}

/// Vehicle plates: "ABC 123", "ABC12A".
fn plates(
    text: &str,
    tokens: &[Tok],
    lists: &Lists,
    out: &mut Vec<Finding>,
    budget: &mut Budget,
) -> Result<(), Exceeded> {
    let dict = &crate::lexicon::Lexicon::shared().dict;
    for i in 0..tokens.len() {
        budget.spend(1)?;
        let Some(w) = word(text, tokens, i) else {
            continue;
        };
        let upper = w.len() == 3
            && w.bytes()
                .all(|b| b.is_ascii_uppercase() && !b"IQV".contains(&b))
            && !NOT_PLATES.contains(&w);
        // In lower case ("jwp 48c") only when the letters are no Swedish word or
        // abbreviation ("kap 123", "sid 123" are left alone); checked below, once a number
        // follows.
        let lower = !upper
            && w.len() == 3
            && w.bytes()
                .all(|b| b.is_ascii_lowercase() && !b"iqv".contains(&b));
        if !(upper || lower)
            || (i > 0 && matches!(tokens[i - 1].kind, TokKind::Word | TokKind::Number))
        {
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
        // A word of the language needs a word about vehicles just before: "bilen kry 14o".
        let vehicle = (i.saturating_sub(8)..i).any(|k| {
            word(text, tokens, k).is_some_and(|v| {
                let v = v.to_lowercase();
                v.starts_with("registrering")
                    || v.starts_with("regnr")
                    || v.starts_with("skylt")
                    || v.starts_with("nummerpl")
                    || v.starts_with("bil")
                    || v.starts_with("fordon")
                    || v.starts_with("moped")
                    || v == "reg"
            })
        });
        if lower
            && (lists.is(w, crate::lists::flag::NOT_NAME)
                || NOT_PLATES.iter().any(|p| p.eq_ignore_ascii_case(w))
                || dict.contains(w) && !vehicle)
        {
            continue;
        }
        let digits = num.end - num.start;
        let (last, ok) = match digits {
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
    Ok(())
}

/// Street words that stand apart after a name ("Karlbergs allé 3", "Kungsholms strand 12"),
/// besides every street suffix standing alone or ending a word ("slottsväg").
const STREET_WORDS: &[&str] = &[
    "strand",
    "kaj",
    "hage",
    "brink",
    "udde",
    "gärde",
    "trappa",
    "boulevard",
    "esplanad",
    "plats",
    "park",
    "ås",
    "höjd",
    "äng",
    "gård",
];

/// Words that begin two-word street names: "Västra Skogsbacken", "Gamla Huddingevägen".
const STREET_FIRST_WORDS: &[&str] = &[
    "västra", "östra", "norra", "södra", "stora", "lilla", "gamla", "nya", "övre", "nedre",
    "yttre", "inre", "sankt", "s:t",
];

fn street_word(l: &str) -> bool {
    STREET_WORDS.contains(&l) || STREET_SUFFIXES.iter().any(|s| l.ends_with(s))
}

/// Street addresses: a street name (one word with a street suffix, or a name and a street
/// word standing apart) with a house number, letter and flat or floor. Case does not
/// matter; a word in lower case or capitals must not be an ordinary Swedish word
/// ("handlingsplan 2" is no address).
fn addresses(
    text: &str,
    tokens: &[Tok],
    out: &mut Vec<Finding>,
    budget: &mut Budget,
) -> Result<(), Exceeded> {
    let dict = &crate::lexicon::Lexicon::shared().dict;
    let number_at = |j: usize| {
        single_space(tokens, j - 1)
            && tokens
                .get(j)
                .is_some_and(|t| t.kind == TokKind::Number && t.end - t.start <= 4)
    };
    let name_ok = |w: &str, l: &str| is_cap(w) || !dict.contains(l);
    for i in 0..tokens.len() {
        budget.spend(1)?;
        let Some(w) = word(text, tokens, i) else {
            continue;
        };
        let one = number_at(i + 2);
        let two = !one && number_at(i + 4) && single_space(tokens, i + 1);
        if !one && !two {
            continue;
        }
        let l = w.to_lowercase();
        let num = if one {
            let suffixed = STREET_SUFFIXES
                .iter()
                .any(|s| l.ends_with(s) && l.len() > s.len() + 1);
            // "ringvägen 12", "RINGVÄGEN 12": a street word proper even when the word
            // list has it; weaker endings ("plan", "led") must be no ordinary word.
            let strong = ["gatan", "gata", "vägen", "väg", "gränd", "gränden", "allé"]
                .iter()
                .any(|s| l.ends_with(s));
            if !suffixed || !(strong || name_ok(w, &l)) {
                continue;
            }
            i + 2
        } else {
            let Some(sw) = word(text, tokens, i + 2) else {
                continue;
            };
            let sl = sw.to_lowercase();
            let opener = matches!(
                l.as_str(),
                "på" | "vid" | "i" | "till" | "från" | "mot" | "längs" | "nära" | "utanför"
            );
            let street = STREET_WORDS.contains(&sl.as_str())
                || STREET_SUFFIXES.contains(&sl.as_str())
                || street_word(&sl) && !dict.contains(&sl);
            // An ordinary word before the street word must be a capitalised name inside a
            // sentence ("vid Stora torget 2"), not "Enligt handlingsplan 2".
            let mid_sentence = i >= 2
                && single_space(tokens, i - 1)
                && matches!(
                    tokens[i - 2].kind,
                    TokKind::Word | TokKind::Number | TokKind::Punct(',')
                );
            // A genitive ("bagarmossens allé"), a word of position ("västra", "gamla"), or
            // capitals (a capitalised name, or text all in capitals) make the first word
            // part of a street name.
            // After "på", "vid", "till" … a word and a street word standing alone are a
            // street ("bor på sickla kaj 102") even when the first is an ordinary word.
            let placed = (STREET_WORDS.contains(&sl.as_str())
                || STREET_SUFFIXES.contains(&sl.as_str()))
                && i >= 2
                && single_space(tokens, i - 1)
                && word(text, tokens, i - 2).is_some_and(|p| {
                    matches!(
                        p.to_lowercase().as_str(),
                        "på" | "vid" | "till" | "från" | "utanför" | "mot" | "adress" | "adressen"
                    )
                });
            let shaped = placed
                || l.ends_with('s') && l.chars().count() >= 4
                || STREET_FIRST_WORDS.contains(&l.as_str())
                || w.chars().all(|c| !c.is_lowercase());
            let street = street
                || (shaped || is_cap(w))
                    && STREET_SUFFIXES
                        .iter()
                        .any(|s| sl.ends_with(s) && sl.len() > s.len() + 1);
            if !street || opener || dict.contains(&l) && !(is_cap(w) && mid_sentence) && !shaped {
                continue;
            }
            i + 4
        };
        let mut last = num;
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
    Ok(())
}

/// Runs the word detectors, each a single pass with bounded look-around.
pub fn scan(
    text: &str,
    tokens: &[Tok],
    lists: &Lists,
    places: Option<&Gazetteer>,
    out: &mut Vec<Finding>,
    budget: &mut Budget,
) -> Result<(), Exceeded> {
    emails(text, tokens, out, budget)?;
    plates(text, tokens, lists, out, budget)?;
    addresses(text, tokens, out, budget)?;
    crate::names::scan(text, tokens, lists, places, out, budget)
}

#[cfg(test)]
mod tests {
    use crate::{Guard, Kind};

    fn found(text: &str) -> Vec<(Kind, &str)> {
        Guard::new()
            .scan(text)
            .findings
            .iter()
            .map(|f| (f.kind, &text[f.start..f.end]))
            .collect()
    }

    #[test]
    fn emails() {
        assert_eq!(
            found("Skriv till anna.k_92@skola.stockholm.se."),
            vec![(Kind::Email, "anna.k_92@skola.stockholm.se")]
        );
        assert_eq!(
            found("mejl: x+y@exempel.se"),
            vec![(Kind::Email, "x+y@exempel.se")]
        );
        // An @ without a domain is no address.
        assert!(found("Vi ses @ fritidsgården, eller @hemma.").is_empty());
    }

    #[test]
    fn plates() {
        for p in ["ABC 123", "ABC123", "ABC 12A", "XYZ12D"] {
            assert_eq!(
                found(&format!("Bilen {p} stod där.")),
                vec![(Kind::Plate, p)]
            );
        }
        // Abbreviations followed by a year or a number are registry or law references.
        for t in [
            "Dnr SOF 2024/264",
            "SOL 123",
            "LVU 2 §",
            "HVB 100",
            "BUP 123 besök",
            "SFI 300 timmar",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn addresses() {
        for a in [
            "Ringvägen 12B",
            "Götgatan 5 lgh 1102",
            "Storgatan 3, 2 tr",
            "Skolgränd 4",
            "Kvarnbacken 7",
            "Stortorget 2",
            "Ekstigen 11",
            "Solbergaleden 40",
            "Kyrkogata 3",
            "Tallbacksväg 9",
            "Linnégatan 5",
        ] {
            assert_eq!(
                found(&format!("Hon bor på {a} nu.")),
                vec![(Kind::Address, a)],
                "{a}"
            );
        }
        // A street without a house number is a public place.
        assert!(found("Demonstrationen gick längs Götgatan och Ringvägen.").is_empty());
        assert!(found("De möttes på Sergels torg och Medborgarplatsen.").is_empty());
    }

    #[test]
    fn names_need_capitals_and_context() {
        assert_eq!(
            found("Mannen Ahmed Yilmaz kom."),
            vec![(Kind::Name, "Ahmed Yilmaz")]
        );
        assert_eq!(
            found("Vi såg Zlatan Andersson."),
            vec![(Kind::Name, "Zlatan Andersson")]
        );
        assert_eq!(
            found("Vårdnadshavaren Okonkwo ringde."),
            vec![(Kind::Name, "Okonkwo")]
        );
        assert_eq!(
            found("Johannas mamma ringde."),
            vec![(Kind::Name, "Johannas")]
        );
        assert_eq!(found("Kim sa nej."), vec![(Kind::Name, "Kim")]);
        assert_eq!(
            found("Dag Hammarskjöld var där."),
            vec![(Kind::Name, "Dag Hammarskjöld")]
        );
        assert_eq!(found("Sedan kom Björn."), vec![(Kind::Name, "Björn")]);
        for t in [
            "Samma dag kom de.",
            "Hon hade en rosa jacka och en ros.",
            "Vi såg en björn och malin.",
            "Dag två var lugnare.",
            "Stig in!",
            "Hans mamma ringde.",
            "Alla kom. Klara kom inte.",
            "Linné besökte parken.",
            "Igår Andersson",
        ] {
            assert!(
                found(t).iter().all(|(_, s)| *s == "Andersson"),
                "{t}: {:?}",
                found(t)
            );
        }
    }
}
