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

/// E-mail addresses, found from their `@`.
fn emails(
    text: &str,
    tokens: &[Tok],
    out: &mut Vec<Finding>,
    budget: &mut Budget,
) -> Result<(), Exceeded> {
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
        budget.spend(1)?;
        if t.kind != TokKind::Punct('@') {
            continue;
        }
        // The look-around is at most 64 tokens each way.
        budget.spend(128)?;
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
    Ok(())
}

/// Vehicle plates: "ABC 123", "ABC12A".
fn plates(
    text: &str,
    tokens: &[Tok],
    out: &mut Vec<Finding>,
    budget: &mut Budget,
) -> Result<(), Exceeded> {
    for i in 0..tokens.len() {
        budget.spend(1)?;
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
    Ok(())
}

/// Street addresses: a street name with a number, letter and flat or floor.
fn addresses(
    text: &str,
    tokens: &[Tok],
    out: &mut Vec<Finding>,
    budget: &mut Budget,
) -> Result<(), Exceeded> {
    for i in 0..tokens.len() {
        budget.spend(1)?;
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
    plates(text, tokens, out, budget)?;
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
