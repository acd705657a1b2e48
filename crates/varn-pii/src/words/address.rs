//! Street addresses with a house number, a letter and a flat or floor.

use super::{is_cap, single_space, word};
use crate::lexicon::Dict;
use crate::lists::STREET_SUFFIXES;
use crate::names::Ends;
use crate::token::{Tok, TokKind};
use crate::{Budget, Exceeded, Finding, Kind};

/// Street words that stand apart after a name ("Karlbergs allé 3", "Kungsholms strand 12"),
/// besides every street suffix standing alone or ending a word ("slottsväg").
pub(crate) const STREET_WORDS: &[&str] = &[
    // A walkway named after a place: "Akalla gång 7".
    "gång",
    "strand",
    "kaj",
    "hage",
    "brink",
    "udde",
    "gärde",
    "trappa",
    "boulevard",
    "esplanad",
    // A promenade after a genitive ("Lövängens promenad 12"), as "esplanad".
    "promenad",
    // A terrace after a name or a quarter's word ("Västra terrass 5").
    "terrass",
    "plats",
    "park",
    "ås",
    "höjd",
    "äng",
    "gård",
    // Older settlements whose names are addresses ("Akalla by 7", "Kista torp 3").
    "by",
    "torp",
    "holme",
    "hamn",
    // Landforms and settlement words, standing apart after a place's name ("Grönby vik 4",
    // "Tjäderby dal 2", "Lommeby mark 3"), with their definite forms that are no street suffix.
    "vik",
    "viken",
    "dal",
    "lund",
    "mark",
    "marken",
    "vall",
    "vallen",
    "kulle",
    "passage",
    // A passage in the definite form and a bridge, which no street suffix covers ("Smala
    // passagen 5", "Tornets bro 14"). Not "rad", "raden": a row of a table is numbered
    // ("Importfel rad 214").
    "passagen",
    "bro",
    "bron",
    "slätt",
    "slätten",
    "hed",
    "heden",
    "mosse",
    "mossen",
    "näs",
    "näset",
    "sund",
    "sundet",
    "fält",
    "fältet",
    "lid",
    // The indefinite forms of street words whose definite forms are street suffixes
    // ("slingan", "stråket", "bågen", "länken"), standing apart after a name, a genitive or
    // an ordinal ("Tallmons slinga 4", "Tredje stråk 9", "Brattmyr båge 2", "Ekbackens
    // länk 3").
    "slinga",
    "stråk",
    "båge",
    "länk",
    // Plurals name streets too ("Hjulsta backar 12", "Tensta ängar 3").
    "backar",
    "hagar",
    "ängar",
    "höjder",
    "gärden",
    "lider",
    "stigar",
];

/// Words that begin two-word street names: "Västra Skogsbacken", "Gamla Huddingevägen".
/// (The first twelve are words of position and age.)
const STREET_FIRST_WORDS: &[&str] = &[
    "västra",
    "östra",
    "norra",
    "södra",
    "stora",
    "lilla",
    "gamla",
    "nya",
    "övre",
    "nedre",
    "yttre",
    "inre",
    "sankt",
    "s:t",
    "främre",
    "bortre",
    "mellersta",
];

/// The last two bytes of every street word and street suffix: a word that ends in none of
/// them is neither, and is not compared with the lists.
static STREET_ENDS: Ends = Ends::of(&[STREET_WORDS, STREET_SUFFIXES]);

/// The last two bytes of every street suffix alone: a one-word street is asked only of them.
static SUFFIX_ENDS: Ends = Ends::of(&[STREET_SUFFIXES]);

/// Every street word and street suffix standing alone, as one set (one lookup instead of
/// a scan of both lists).
fn street_words() -> &'static crate::lists::WordTable<()> {
    static SET: std::sync::OnceLock<crate::lists::WordTable<()>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let mut set = crate::lists::WordTable::default();
        for w in STREET_WORDS.iter().chain(STREET_SUFFIXES) {
            set.insert(w, ());
        }
        set
    })
}

/// Whether a word in lower case is a street word that stands apart after a name
/// ("gärde", "udde", "viken") or a street suffix standing alone ("torg", "allé").
pub(crate) fn street_word(l: &str) -> bool {
    STREET_ENDS.has(l.as_bytes()) && street_words().contains(l)
}

/// Whether a word in lower case names a street by its suffix ("ringvägen",
/// "ekbackavagen"): it ends in a street suffix with at least two letters before it, or in
/// one typed without its dots.
pub(crate) fn suffixed_street(l: &str) -> bool {
    SUFFIX_ENDS.has(l.as_bytes())
        && STREET_SUFFIXES
            .iter()
            .any(|s| l.len() > s.len() + 1 && ends_in(l, s))
        || crate::lists::undotted_suffix(l).is_some()
}

/// `w.ends_with(suffix)` for a street suffix (three bytes or more), its last two bytes
/// compared first: most suffixes of the list are turned away without a call to compare.
#[inline]
fn ends_in(w: &str, suffix: &str) -> bool {
    let (w, s) = (w.as_bytes(), suffix.as_bytes());
    w.len() >= s.len()
        && w[w.len() - 1] == s[s.len() - 1]
        && w[w.len() - 2] == s[s.len() - 2]
        && w.ends_with(s)
}

/// Month names, also abbreviated: a number before one is a day.
const MONTHS: &[&str] = &[
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "nov",
    "dec",
];

/// Street addresses: a street name (one word with a street suffix, or a name and a street
/// word standing apart) with a house number, letter and flat or floor. Case does not
/// matter; a word in lower case or capitals must not be an ordinary Swedish word
/// ("handlingsplan 2" is no address).
pub(super) fn addresses(
    text: &str,
    tokens: &[Tok],
    out: &mut Vec<Finding>,
    budget: &mut Budget,
) -> Result<(), Exceeded> {
    let dict = &crate::lexicon::Lexicon::shared().dict;
    // The end of a public building's address: the words in it open no other.
    let mut public_end = 0;
    for i in 0..tokens.len() {
        budget.spend(1)?;
        if i < public_end {
            continue;
        }
        let Some(w) = word(text, tokens, i) else {
            continue;
        };
        // A word that places a street after it ("på", "vid", "är", a label before its
        // colon): the street two or three tokens on (`placed_street`).
        let placer = if w.len() <= 3 {
            matches!(w, "på" | "vid" | "är" | "var")
        } else {
            tokens
                .get(i + 1)
                .is_some_and(|t| t.kind == TokKind::Punct(':'))
        };
        if placer {
            if let Some((k, last)) = placed_after(text, tokens, i) {
                out.push(Finding {
                    kind: Kind::Address,
                    start: tokens[k].start,
                    end: tokens[last].end,
                    explanation: "Ser ut som en gatuadress.",
                    suggestion: Some("Skriv stadsdelen eller typen av plats i stället, till exempel ”vid en busshållplats”."),
                });
            }
            continue;
        }
        // Cheap gates first: "Box" has three letters, a spaced street opens with one.
        let boxed = w.len() == 3 && matches!(w.as_bytes()[0], b'B' | b'b') || w == "Pl";
        let spaced = (w.len() == 1 || w.len() <= 4 && !w.is_ascii() && w.chars().nth(1).is_none())
            && single_space(tokens, i + 1)
            && word(text, tokens, i + 2).is_some_and(|n| n.len() <= 4);
        let special = if boxed {
            post_box(text, tokens, i, w)
        } else if spaced {
            spaced_street(text, tokens, i, w)
        } else {
            None
        };
        if let Some(last) = (w.len() >= 10 && w.starts_with(['f', 'F']))
            .then(|| property(text, tokens, i, w))
            .flatten()
        {
            out.push(Finding {
                kind: Kind::Address,
                start: tokens[i + 2].start,
                end: tokens[last].end,
                explanation: "Ser ut som en fastighetsbeteckning.",
                suggestion: Some("Skriv stadsdelen eller typen av bostad i stället, till exempel ”ett radhus i området”."),
            });
            continue;
        }
        if special.is_none() && number_first(text, tokens, i, w) {
            out.push(Finding {
                kind: Kind::Address,
                start: tokens[i - 2].start,
                end: tokens[i].end,
                explanation: "Ser ut som en gatuadress.",
                suggestion: Some("Skriv stadsdelen eller typen av plats i stället, till exempel ”vid en busshållplats”."),
            });
            continue;
        }
        if let Some(last) = special {
            out.push(Finding {
                kind: Kind::Address,
                start: tokens[i].start,
                end: tokens[last].end,
                explanation: "Ser ut som en adress.",
                suggestion: Some("Skriv stadsdelen eller typen av plats i stället, till exempel ”vid en busshållplats”."),
            });
            continue;
        }
        let Some(num) = street(text, tokens, dict, i, w)
            .or_else(|| worded_number(text, tokens, dict, i, w))
            .or_else(|| abbreviated_street(text, tokens, dict, i, w))
            .or_else(|| dwelling_street(text, tokens, i, w))
        else {
            continue;
        };
        if no_house_number(text, tokens, i, num) {
            continue;
        }
        let last = address_end(text, tokens, num);
        // A form's example ("Exempelvägen 1") is a placeholder.
        let example = w
            .get(..7)
            .is_some_and(|h| h.eq_ignore_ascii_case("exempel"));
        if example || public_building(text, tokens, i, last) {
            public_end = last + 1;
            continue;
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

/// Public buildings whose address is the body's, not a person's.
const PUBLIC_BUILDINGS: &[&str] = &[
    "stadshuset",
    "rådhuset",
    "kommunhuset",
    "polishuset",
    "tingshuset",
    "kulturhuset",
    "medborgarhuset",
];

/// Whether the street address from token `i` to `last` is a public building's: right
/// after the building's name, a comma or "på" between ("Rådhuset, Torggatan 4",
/// "Polishuset på Stationsvägen 2", "Forsbadet, Strandvägen 9": a public bath or a
/// library in the definite form), or called a public address in the words after it
/// ("Bryggvägen 3 (offentlig adress)").
#[inline(never)]
pub(crate) fn public_building(text: &str, tokens: &[Tok], i: usize, last: usize) -> bool {
    let mut k = i;
    // The administration's district or name between: "Stadsdelsförvaltningen Ekdala,
    // Lärkstigen 9".
    let mut named = false;
    // Or placed there by a verb of location: "Socialförvaltningen finns på …".
    let mut located = false;
    for _ in 0..6 {
        let Some(p) = k.checked_sub(1) else { break };
        k = p;
        match tokens[k].kind {
            TokKind::Space { newline: false } | TokKind::Punct(',') => continue,
            TokKind::Word => {
                let w = &text[tokens[k].start..tokens[k].end];
                if matches!(w, "på" | "vid") {
                    continue;
                }
                if !named && !located && matches!(w, "finns" | "ligger") {
                    located = true;
                    continue;
                }
                // An administration named by its district ("Stadsdelsförvaltningen
                // Ekdala, …"), or placed by a verb; one unnamed before a comma may head a
                // person's signature.
                if (named || located) && administration(w) {
                    return true;
                }
                // Every building's word ends in "et": the others need no lower case.
                if !w.ends_with("et") {
                    if !named && w.starts_with(char::is_uppercase) {
                        named = true;
                        continue;
                    }
                    break;
                }
                let l = w.to_lowercase();
                if PUBLIC_BUILDINGS.contains(&l.as_str())
                    || l.len() > 6 && (l.ends_with("badet") || l.ends_with("biblioteket"))
                {
                    return true;
                }
                break;
            }
            _ => break,
        }
    }
    let after = tokens.get(last + 1..).unwrap_or_default();
    let mut prev_public = false;
    for t in after.iter().take(12) {
        if t.kind == TokKind::Punct('.') || t.kind == (TokKind::Space { newline: true }) {
            break;
        }
        if t.kind == TokKind::Word {
            let w = &text[t.start..t.end];
            if prev_public && w.eq_ignore_ascii_case("adress") || administration(w) {
                return true;
            }
            prev_public = w.eq_ignore_ascii_case("offentlig");
        }
    }
    false
}

/// A municipal administration in the definite form ("stadsdelsförvaltningen",
/// "Socialförvaltningen"): its address is the body's.
fn administration(w: &str) -> bool {
    w.len() > 14 && w.ends_with("förvaltningen")
}

/// A property designation after "fastigheten": a district or a place, a capitalised
/// name and a number, possibly with a colon and a second number ("fastigheten Solna
/// Kvarnlo 3", "fastigheten Tallbo 4:12"). The last token.
fn property(text: &str, tokens: &[Tok], i: usize, w: &str) -> Option<usize> {
    if !matches!(w, "fastigheten" | "Fastigheten" | "fastighet" | "Fastighet") {
        return None;
    }
    let cap = |j: usize| word(text, tokens, j).is_some_and(|x| x.starts_with(char::is_uppercase));
    let mut j = i + 2;
    if !(single_space(tokens, i + 1) && cap(j)) {
        return None;
    }
    if single_space(tokens, j + 1) && cap(j + 2) {
        j += 2;
    }
    let number = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Number && t.end - t.start <= 4)
    };
    if !(single_space(tokens, j + 1) && number(j + 2)) {
        return None;
    }
    let mut last = j + 2;
    if tokens
        .get(last + 1)
        .is_some_and(|t| t.kind == TokKind::Punct(':'))
        && number(last + 2)
    {
        last += 2;
    }
    Some(last)
}

/// A house number before its street, as English writes it after a preposition of place:
/// "lives at 7 Brännvinsgatan", "on 12 Björkvägen" (the street capitalised, with a strong
/// ending; one to three digits standing alone).
fn number_first(text: &str, tokens: &[Tok], i: usize, w: &str) -> bool {
    let b = w.as_bytes();
    if !matches!(b[b.len() - 1], b'n' | b'd' | 0xA9) || !b[0].is_ascii_uppercase() || i < 4 {
        return false;
    }
    let strong = ["gatan", "vägen", "gränd", "gränden", "allé"]
        .iter()
        .any(|s| w.ends_with(s) && w.len() > s.len() + 1);
    let number_before = strong
        && single_space(tokens, i - 1)
        && tokens[i - 2].kind == TokKind::Number
        && tokens[i - 2].end - tokens[i - 2].start <= 3
        && single_space(tokens, i - 3);
    let english = || {
        matches!(
            word(text, tokens, i - 4),
            Some("at" | "on" | "in" | "from" | "to" | "near")
        )
    };
    // Swedish written in that order after a verb of living and "på" ("bor på 7
    // Brännvinsgatan", "flyttade till 12 Björkvägen").
    let swedish = || {
        i >= 6
            && matches!(word(text, tokens, i - 4), Some("på" | "till" | "vid"))
            && single_space(tokens, i - 5)
            && matches!(
                word(text, tokens, i - 6),
                Some("bor" | "bodde" | "bott" | "flyttade" | "flyttat" | "flyttar" | "bo")
            )
    };
    number_before && (english() || swedish())
}

/// Whether a postal code and a word stand from token `j`: "113 55 Stockholm", "11355
/// Stockholm".
fn postal_code_at(text: &str, tokens: &[Tok], j: usize) -> bool {
    let digits = |k: usize, n: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Number && t.end - t.start == n)
    };
    let after = if digits(j, 3) && single_space(tokens, j + 1) && digits(j + 2, 2) {
        j + 3
    } else if digits(j, 5) {
        j + 1
    } else {
        return false;
    };
    single_space(tokens, after) && word(text, tokens, after + 1).is_some()
}

/// A post-office box or a rural one: "Box 4417", "Pl 3120", with its postal code after it ("Box 4417, 102 65
/// Stockholm"), or after a word for an address ("Postadress: Box 4417"). The last token.
#[inline(never)]
fn post_box(text: &str, tokens: &[Tok], i: usize, w: &str) -> Option<usize> {
    // A rural post box ("Pl 3120") is written with a capital P.
    if !(w.eq_ignore_ascii_case("box") || w == "Pl") || !single_space(tokens, i + 1) {
        return None;
    }
    let num = tokens.get(i + 2)?;
    if num.kind != TokKind::Number || num.end - num.start > 5 {
        return None;
    }
    let mut j = i + 3;
    if tokens.get(j).is_some_and(|t| t.kind == TokKind::Punct(',')) {
        j += 1;
    }
    let coded = single_space(tokens, j) && postal_code_at(text, tokens, j + 1);
    // "Postadress: Box 4417", "adress Box 4417"
    let mut k = i;
    while k > 0
        && i - k < 3
        && matches!(
            tokens[k - 1].kind,
            TokKind::Space { .. } | TokKind::Punct(':')
        )
    {
        k -= 1;
    }
    let labelled =
        k > 0 && word(text, tokens, k - 1).is_some_and(|p| p.to_lowercase().ends_with("adress"));
    // "Box" capitalised inside a sentence, before three to five digits: "kom från Box
    // 40122" (a box of things is no proper noun).
    let proper = w == "Box"
        && num.end - num.start >= 3
        && i >= 2
        && tokens[i - 1].kind == (TokKind::Space { newline: false })
        && word(text, tokens, i - 2).is_some_and(|p| p.chars().all(char::is_lowercase));
    (coded || labelled || proper).then_some(i + 2)
}

/// A street spelt letter by letter, its house number digit by digit: "S t o r g a t a n
/// 1 2". At least five letters joined by single spaces that make a word with a street
/// suffix, then one to four digits; read from the first letter only (at most 40 letters).
#[inline(never)]
fn spaced_street(text: &str, tokens: &[Tok], i: usize, w: &str) -> Option<usize> {
    // One character: at most four bytes, and no second character.
    let letter =
        |k: usize| word(text, tokens, k).filter(|l| l.len() <= 4 && l.chars().nth(1).is_none());
    if w.len() > 4 {
        return None;
    }
    letter(i)?;
    if i >= 2 && single_space(tokens, i - 1) && letter(i - 2).is_some() {
        return None;
    }
    let mut joined = w.to_lowercase();
    let mut k = i;
    while joined.chars().count() < 40 && single_space(tokens, k + 1) {
        match letter(k + 2) {
            Some(l) => {
                joined.push_str(&l.to_lowercase());
                k += 2;
            }
            None => break,
        }
    }
    let strong = [
        "gatan", "gata", "vägen", "väg", "gränd", "gränden", "allé", "torget", "backe", "backen",
        "stigen", "plan", "svängen", "slingan", "stråket",
    ];
    if joined.chars().count() < 5
        || !strong
            .iter()
            .any(|s| joined.ends_with(s) && joined.len() > s.len() + 1)
    {
        return None;
    }
    let one_digit = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Number && t.end - t.start <= 2)
    };
    let mut last = None;
    let mut n = 0;
    while n < 4 && single_space(tokens, k + 1) && one_digit(k + 2) {
        k += 2;
        n += 1;
        last = Some(k);
    }
    last
}

/// Whether a number of at most four digits stands at token `j` after a single space.
fn number_at(tokens: &[Tok], j: usize) -> bool {
    // A plus for the space, as in a link's query ("?q=Tallmossevägen+12").
    let plus = tokens.get(j - 1).is_some_and(|p| {
        p.kind == TokKind::Punct('+')
            && p.start == tokens[j - 2].end
            && tokens.get(j).is_some_and(|t| t.start == p.end)
    });
    (single_space(tokens, j - 1) || plus)
        && tokens
            .get(j)
            .is_some_and(|t| t.kind == TokKind::Number && t.end - t.start <= 4)
}

/// Whether a word may be part of a street's name: capitalised, or no ordinary word.
fn name_ok(dict: &Dict, w: &str, l: &str) -> bool {
    is_cap(w) || !dict.contains(l)
}

/// A street name opening at word `i` (`w`) and followed by a number: the number's token.
fn street(text: &str, tokens: &[Tok], dict: &Dict, i: usize, w: &str) -> Option<usize> {
    // A street glued to its number: "Vantörsvägen45" (typed without the space).
    let glued = tokens.get(i + 1).is_some_and(|t| {
        t.kind == TokKind::Number && t.start == tokens[i].end && t.end - t.start <= 3
    });
    // A street at the end of a line and its number alone on the next: "Ängsvägen\n17".
    let broken = broken_number(text, tokens, i);
    // The number after "nr", a comma before it or not: "Tallmossevägen, nr 12",
    // "Tallmossevägen nr 12". The number's token.
    // Asked only when no number follows the word itself.
    let nr_word = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| matches!(t.end - t.start, 2 | 6))
            && matches!(word(text, tokens, k), Some("nr" | "Nr" | "nummer"))
    };
    let direct = glued || broken || number_at(tokens, i + 2);
    let nr_at = if direct {
        None
    } else if tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokKind::Punct(','))
    {
        (single_space(tokens, i + 2) && nr_word(i + 3) && number_at(tokens, i + 5)).then_some(i + 5)
    } else {
        (single_space(tokens, i + 1) && nr_word(i + 2) && number_at(tokens, i + 4)).then_some(i + 4)
    };
    let nr = nr_at.is_some();
    let one = direct || nr;
    // Two words, then the number, or "nr" and the number: "Stora torget 2", "Kvarnhjulets
    // hägn nr 44".
    let two = if one || !single_space(tokens, i + 1) {
        None
    } else if number_at(tokens, i + 4) {
        Some(i + 4)
    } else if w.starts_with(char::is_uppercase)
        && tokens.get(i + 3).is_some_and(|t| {
            t.kind == TokKind::Number && t.start == tokens[i + 2].end && t.end - t.start <= 3
        })
    {
        // A capitalised street of two words glued to its number ("Ekbackens slinga9"),
        // or with its number alone on the next line ("Ekbackens slinga\n9").
        Some(i + 3)
    } else if w.starts_with(char::is_uppercase) && broken_number(text, tokens, i + 2) {
        Some(i + 4)
    } else {
        // The rare number six tokens on is asked first.
        (tokens.get(i + 6).is_some_and(|t| t.kind == TokKind::Number)
            && single_space(tokens, i + 3)
            && nr_word(i + 4)
            && number_at(tokens, i + 6))
        .then_some(i + 6)
    };
    if !one && two.is_none() {
        return None;
    }
    let l = crate::lower_cow(w);
    if let Some(num) = two {
        return two_word_street(text, tokens, dict, i, w, &l, num).then_some(num);
    }
    // A road's number, not a house's: "riksväg 40", "länsväg 512".
    if matches!(&*l, "riksväg" | "länsväg" | "europaväg" | "motorväg") {
        return None;
    }
    let suffixed = suffixed_street(&l);
    // "ringvägen 12", "RINGVÄGEN 12": a street word proper even when the word
    // list has it; weaker endings ("plan", "led") must be no ordinary word.
    let strong = ["gatan", "gata", "vägen", "väg", "gränd", "gränden", "allé"]
        .iter()
        .any(|s| l.ends_with(s));
    if !suffixed || !(strong || name_ok(dict, w, &l)) || (broken || nr) && !strong && !is_cap(w) {
        return None;
    }
    Some(if glued {
        i + 1
    } else if let Some(n) = nr_at {
        n
    } else {
        i + 2
    })
}

/// Whether the word at `i` ends a line and a house number of at most three digits stands
/// alone at the start of the next: "Ängsvägen\n17", with a house letter glued or after a
/// space ("Ängsvägen\n17 B,", "Ängsvägen\n17 b,"), or a range of numbers
/// ("Ängsvägen\n17-19").
#[inline]
fn broken_number(text: &str, tokens: &[Tok], i: usize) -> bool {
    let ends = |k: usize| {
        tokens.get(k).is_none_or(|t| {
            matches!(
                t.kind,
                TokKind::Space { newline: true } | TokKind::Punct(',' | '.' | ')')
            )
        })
    };
    let glued = |k: usize| tokens.get(k).is_some_and(|t| t.start == tokens[k - 1].end);
    tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == (TokKind::Space { newline: true }) && t.end - t.start <= 3)
        && tokens
            .get(i + 2)
            .is_some_and(|t| t.kind == TokKind::Number && t.end - t.start <= 3)
        && (ends(i + 3)
            || tokens.get(i + 3).is_some_and(|t| {
                t.kind == TokKind::Word && glued(i + 3) && t.end - t.start == 1
            })
            // A house letter after a space, in either case, alone before the line's
            // end or a comma.
            || single_space(tokens, i + 3)
                && tokens.get(i + 4).is_some_and(|l| {
                    l.kind == TokKind::Word
                        && l.end - l.start == 1
                        && text[l.start..l.end].bytes().all(|b| b.is_ascii_alphabetic())
                })
                && ends(i + 5)
            // A range of house numbers: "17-19".
            || tokens
                .get(i + 3)
                .is_some_and(|t| t.kind == TokKind::Punct('-') && glued(i + 3))
                && tokens
                    .get(i + 4)
                    .is_some_and(|t| t.kind == TokKind::Number && t.end - t.start <= 3)
                && glued(i + 4))
}

/// A capitalised street without a street ending ("Jungfrudansen", "Bergsgruvan": many of
/// a city's streets have none) and its house number, where the text says it is a home:
/// after a word of living there and "på" ("bor på X 4", "hyresgästen på X 4"), or before a
/// flat's number ("X 4, lgh 1102"). The number's token.
fn dwelling_street(text: &str, tokens: &[Tok], i: usize, w: &str) -> Option<usize> {
    // The number first (a token test), the word's shape after.
    let num = i + 2;
    if !number_at(tokens, num)
        || tokens[num].end - tokens[num].start > 3
        || !single_space(tokens, i + 1)
        || w.len() < 5
        || !is_cap(w)
    {
        return None;
    }
    let lived = i >= 4
        && single_space(tokens, i - 1)
        && word(text, tokens, i - 2) == Some("på")
        && single_space(tokens, i - 3)
        && word(text, tokens, i - 4).is_some_and(|v| {
            matches!(
                v.to_lowercase().as_str(),
                "bor"
                    | "bodde"
                    | "bott"
                    | "boende"
                    | "hyresgästen"
                    | "hyresgäst"
                    | "lägenheten"
                    | "lägenhet"
                    | "flyttat"
                    | "flyttade"
                    | "skriven"
                    | "folkbokförd"
            )
        });
    // The flat's number after the house's (and its letter): ", lgh" or " lgh".
    let mut k = num + 1;
    if tokens
        .get(k)
        .is_some_and(|t| t.kind == TokKind::Word && t.start == tokens[num].end)
    {
        k += 1;
    } else if single_space(tokens, k)
        && tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == TokKind::Word && t.end - t.start == 1)
    {
        k += 2;
    }
    if tokens.get(k).is_some_and(|t| t.kind == TokKind::Punct(',')) {
        k += 1;
    }
    let flat = single_space(tokens, k)
        && word(text, tokens, k + 1).is_some_and(|f| f.eq_ignore_ascii_case("lgh"));
    (lived || flat).then_some(num)
}

/// The street `placed_street` reads after the placing word at `k`: its first word's token
/// and its last token.
#[inline(never)]
fn placed_after(text: &str, tokens: &[Tok], k: usize) -> Option<(usize, usize)> {
    let i = if tokens.get(k + 1)?.kind == TokKind::Punct(':') {
        if single_space(tokens, k + 2) {
            k + 3
        } else {
            k + 2
        }
    } else {
        k + 2
    };
    let w = word(text, tokens, i)?;
    let num = placed_street(text, tokens, i, w)?;
    if no_house_number(text, tokens, i, num) {
        return None;
    }
    let last = address_end(text, tokens, num);
    (!public_building(text, tokens, i, last)).then_some((i, last))
}

/// A street of one to three words without a street ending and its house number, where
/// the text places a home or premises there: after a label ("Adress: X 4", "adressen är
/// Östra X 4", "Mötesplats: X 2"), or after "på"/"vid" and a word of living or of premises
/// ("bor på Nya X 14", "lokalen på Y källa 9", "hemma hos dem på Z ring 21"). The first
/// word capitalised; after the number no word that counts ("3 nätter", "2 gånger"). The
/// number's token. (`dwelling_street` reads one word after a verb of living.)
#[inline(never)]
fn placed_street(text: &str, tokens: &[Tok], i: usize, w: &str) -> Option<usize> {
    if i < 3 || !is_cap(w) || w.len() < 3 {
        return None;
    }
    let lw = |k: usize| word(text, tokens, k).map(str::to_lowercase);
    // What stands before: a label's colon, "är" after a label, or "på"/"vid" after a word
    // of living or of premises.
    let label = |k: usize| {
        lw(k).is_some_and(|l| {
            matches!(
                l.as_str(),
                "adress"
                    | "adressen"
                    | "hemadress"
                    | "hemadressen"
                    | "besöksadress"
                    | "bostadsadress"
                    | "gatuadress"
                    | "postadress"
                    | "mötesplats"
                    | "mötesplatsen"
            )
        })
    };
    let placed = if tokens[i - 1].kind == TokKind::Punct(':') {
        label(i - 2)
    } else if single_space(tokens, i - 1) && tokens[i - 2].kind == TokKind::Punct(':') {
        label(i - 3)
    } else if single_space(tokens, i - 1) && i >= 4 && single_space(tokens, i - 3) {
        match word(text, tokens, i - 2) {
            Some("är" | "var") => label(i - 4),
            Some("på" | "vid") => lw(i - 4).is_some_and(|l| {
                matches!(
                    l.as_str(),
                    "bor"
                        | "bodde"
                        | "bott"
                        | "boende"
                        | "hyresgästen"
                        | "lägenheten"
                        | "lägenhet"
                        | "flyttat"
                        | "flyttade"
                        | "skriven"
                        | "folkbokförd"
                        | "lokalen"
                        | "lokal"
                        | "föreningslokalen"
                        | "källarlokalen"
                        | "huset"
                        | "porten"
                        | "bostaden"
                        | "dem"
                        | "honom"
                        | "henne"
                )
            }),
            _ => false,
        }
    } else {
        false
    };
    if !placed {
        return None;
    }
    // The street's words: up to three, then the number of one to three digits.
    let mut k = i;
    for _ in 0..3 {
        if !single_space(tokens, k + 1) {
            return None;
        }
        let t = tokens.get(k + 2)?;
        if t.kind == TokKind::Number {
            if t.end - t.start > 3 {
                return None;
            }
            let num = k + 2;
            // After the number, no word of a count or a unit.
            let counted = single_space(tokens, num + 1)
                && word(text, tokens, num + 2).is_some_and(|n| {
                    matches!(
                        n,
                        "gånger"
                            | "gång"
                            | "dagar"
                            | "dag"
                            | "veckor"
                            | "vecka"
                            | "år"
                            | "månader"
                            | "timmar"
                            | "minuter"
                            | "nätter"
                            | "natt"
                            | "kronor"
                            | "kr"
                            | "procent"
                            | "st"
                            | "personer"
                            | "elever"
                            | "barn"
                            | "stycken"
                    )
                });
            return (!counted).then_some(num);
        }
        let n = word(text, tokens, k + 2)?;
        if !n.chars().all(char::is_alphabetic)
            || matches!(
                n,
                "i" | "på"
                    | "och"
                    | "med"
                    | "till"
                    | "från"
                    | "nr"
                    | "nummer"
                    | "kl"
                    | "sedan"
                    | "den"
                    | "det"
                    | "en"
                    | "ett"
                    | "vecka"
                    | "sida"
                    | "rum"
                    | "plan"
            )
        {
            return None;
        }
        k += 2;
    }
    None
}

/// A street abbreviated with a point before its house number: "Fridhemsg. 31" (gatan),
/// "ekbacksv. 4" (vägen): a word that is no ordinary word, ending in a consonant and "g"
/// or "v", a point glued, a space and a number of one to three digits. The number's token.
///
/// Without the point the word must be capitalised and the number must carry an
/// entrance's letter ("Ekbacksv 4 C"): a space, one capital and no letter after it.
fn abbreviated_street(text: &str, tokens: &[Tok], dict: &Dict, i: usize, w: &str) -> Option<usize> {
    let b = w.as_bytes();
    if !matches!(b[b.len() - 1], b'g' | b'v')
        || b.len() < 4
        || b"aeiouy".contains(&b[b.len() - 2].to_ascii_lowercase())
    {
        return None;
    }
    let pointed = tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokKind::Punct('.') && t.start == tokens[i].end);
    let num = if pointed { i + 3 } else { i + 2 };
    if !number_at(tokens, num) || tokens[num].end - tokens[num].start > 3 {
        return None;
    }
    if !pointed {
        let entrance = single_space(tokens, num + 1)
            && tokens.get(num + 2).is_some_and(|t| {
                t.kind == TokKind::Word
                    && t.end - t.start == 1
                    && text.as_bytes()[t.start].is_ascii_uppercase()
            });
        if !b[0].is_ascii_uppercase() || !single_space(tokens, i + 1) || !entrance {
            return None;
        }
    }
    let l = w.to_lowercase();
    (!dict.contains(&l) && !dict.is_word(&l)).then_some(num)
}

/// A street with a proper street ending and its house number written in words
/// ("Storgatan tolv", "Ringvägen sjuttiotre", in lower case too), or a genitive and a
/// street word standing apart ("Lönnens väg fjorton"), with "nummer" or "nr" between
/// or not: the number word's token.
fn worded_number(text: &str, tokens: &[Tok], dict: &Dict, i: usize, w: &str) -> Option<usize> {
    if !single_space(tokens, i + 1) {
        return None;
    }
    // The ending is looked at first, as written, so that most words are turned away
    // without a copy. The last byte before any list: every strong ending ends in "n",
    // "d", "t" or "é", and a genitive in "s".
    let b = w.as_bytes();
    let last = b[b.len() - 1];
    // A genitive opens a street of two words only capitalised.
    let genitive = last == b's' && b[0].is_ascii_uppercase();
    let ending = matches!(last, b'n' | b'd' | b't' | 0xA9) || genitive;
    // A place's name and a street word standing apart ("Ödeby allé fyrtiotvå", "tallmo
    // gata nummer tolv"): the name capitalised, or in lower case no word of the language.
    let apart = !ending
        && word(text, tokens, i + 2).is_some_and(|s| {
            matches!(
                s,
                "allé"
                    | "väg"
                    | "gata"
                    | "gränd"
                    | "backe"
                    | "torg"
                    | "stig"
                    | "gång"
                    | "strand"
                    | "kaj"
            )
        })
        && single_space(tokens, i + 3)
        && w.chars().count() >= 3
        && (is_cap(w)
            || w.chars().all(char::is_lowercase) && {
                let l = w.to_lowercase();
                !dict.contains(&l) && !dict.is_word(&l)
            });
    if !(ending || apart) {
        return None;
    }
    let strong = !genitive
        && [
            "gatan", "vägen", "gränd", "gränden", "allé", "backen", "stigen", "slingan", "gången",
            "leden", "torget",
        ]
        .iter()
        .any(|s| w.ends_with(s) && w.len() > s.len() + 1);
    let lower = w.bytes().all(|b| !b.is_ascii_uppercase());
    let mut k = if strong && (is_cap(w) || lower) {
        i + 2
    } else if apart
        || genitive
            && is_cap(w)
            && w.len() > 3
            && word(text, tokens, i + 2).is_some_and(|s| {
                matches!(
                    s,
                    "väg" | "gata" | "gränd" | "allé" | "backe" | "stig" | "torg" | "plan"
                )
            })
            && single_space(tokens, i + 3)
    {
        i + 4
    } else {
        return None;
    };
    // "nummer", "nr" or "nr." between: then the number follows whatever comes after.
    let numbered = match word(text, tokens, k) {
        Some("nummer" | "nr") if single_space(tokens, k + 1) => {
            k += 2;
            true
        }
        Some("nr")
            if tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == TokKind::Punct('.'))
                && single_space(tokens, k + 2) =>
        {
            k += 3;
            true
        }
        _ => false,
    };
    let n = word(text, tokens, k)?;
    // Then the sentence ends or goes on with a small word, not with what was counted
    // ("längs Ringvägen tre gånger").
    let end_ok = numbered
        || tokens
            .get(k + 1)
            .is_none_or(|t| !matches!(t.kind, TokKind::Word | TokKind::Number))
            && (!single_space(tokens, k + 1)
                || word(text, tokens, k + 2).is_none_or(|v| {
                    matches!(
                        v,
                        "och"
                            | "i"
                            | "på"
                            | "med"
                            | "men"
                            | "där"
                            | "som"
                            | "hos"
                            | "eller"
                            | "nu"
                            // Prepositions that take no count: "… enligt henne".
                            | "enligt"
                            | "sedan"
                            | "från"
                            | "utanför"
                            | "bakom"
                    )
                }));
    // A Roman numeral only after a capitalised street ("på storgatan vi och de").
    (end_ok && (crate::numbers::house_number_word(n) || !lower && roman_house_number(n)))
        .then_some(k)
}

/// A house number in Roman numerals ("Storgatan XIV"): two letters or more, a value of
/// below 400, written in the usual form (no "IIII", no "VX").
fn roman_house_number(n: &str) -> bool {
    let value = |b: u8| match b {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        b'L' => 50,
        b'C' => 100,
        _ => 0,
    };
    let b = n.as_bytes();
    if b.len() < 2 || b.len() > 9 || b.iter().any(|&c| value(c) == 0) {
        return false;
    }
    let mut total = 0;
    for (k, &c) in b.iter().enumerate() {
        let v = value(c);
        match b.get(k + 1).map(|&d| value(d)) {
            Some(w) if w > v => total -= v,
            _ => total += v,
        }
    }
    // Written back in the usual form, the numeral must be the one read.
    (1..400).contains(&total) && roman(total) == n
}

/// `v` (1 to 399) in Roman numerals.
fn roman(mut v: i32) -> String {
    let mut out = String::new();
    for (n, s) in [
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ] {
        while v >= n {
            out.push_str(s);
            v -= n;
        }
    }
    out
}

/// Whether word `i` (`w`, lower case `l`) and the word after it are a street's name
/// standing apart: "Karlbergs allé", "Västra Skogsbacken", "sickla kaj".
#[inline(never)]
fn two_word_street(
    text: &str,
    tokens: &[Tok],
    dict: &Dict,
    i: usize,
    w: &str,
    l: &str,
    num: usize,
) -> bool {
    // A word that places what follows opens no street ("på sidan 4", "till rum 2").
    let opener = matches!(
        l,
        "på" | "vid" | "i" | "till" | "från" | "mot" | "längs" | "nära" | "utanför"
    );
    if opener {
        return false;
    }
    let Some(sw) = word(text, tokens, i + 2) else {
        return false;
    };
    // A street is written in one case: a word with lower case before a street word in
    // capitals ("hölls KAJ 685": a plate) is no street.
    if sw.len() >= 2 && !sw.chars().any(char::is_lowercase) && w.chars().any(char::is_lowercase) {
        return false;
    }
    let sl = crate::lower_cow(sw);
    // The lists are asked once each: a street word standing alone, and the shortest
    // street suffix the word ends in.
    // A word that ends as none of them is neither (most words).
    let ends = STREET_ENDS.has(sl.as_bytes());
    let listed = ends && street_words().contains(&sl);
    let suffix = if ends {
        STREET_SUFFIXES
            .iter()
            .filter(|s| ends_in(&sl, s))
            .map(|s| s.len())
            .min()
    } else {
        None
    }
    .or_else(|| crate::lists::undotted_suffix(&sl));
    // An ordinary word before the street word must be a capitalised name inside a
    // sentence ("vid Stora torget 2") or after a label ("Besöksadress: Ekö Allé 4"), not
    // "Enligt handlingsplan 2".
    let mid_sentence = i >= 2
        && single_space(tokens, i - 1)
        && matches!(
            tokens[i - 2].kind,
            TokKind::Word | TokKind::Number | TokKind::Punct(',' | ':')
        );
    // A genitive ("bagarmossens allé"), a word of position ("västra", "gamla"), or
    // capitals (a capitalised name, or text all in capitals) make the first word
    // part of a street name.
    // After "på", "vid", "till" … a word and a street word standing alone are a
    // street ("bor på sickla kaj 102") even when the first is an ordinary word.
    let placed = listed
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
        || STREET_FIRST_WORDS.contains(&l)
        || w.chars().all(|c| !c.is_lowercase());
    // The word list last: it is the dearest question.
    let street = listed
        || (shaped || is_cap(w)) && suffix.is_some_and(|n| sl.len() > n + 1)
        || suffix.is_some() && !dict.contains(&sl);
    // A definite noun's genitive before any lower-case noun and a house number of at most
    // three digits names a street whatever its street word ("Fyrtornets spång 12"), where
    // a place is given: after "på", "vid", "till", "utanför" …, a word of position or a
    // label's colon. "Zdenkas bok 3" (no definite genitive) and "enligt Polisens rapport 12"
    // (no place) stay text.
    let street = street || genitive_street(text, tokens, i, w, l, sw, num);
    // A word of position before a capitalised piece of nature in the definite form names
    // a street too ("Västra Berget 4", "Övre Holmen 2"), as the suffixes do glued on.
    let street = street
        || is_cap(w)
            && is_cap(sw)
            && STREET_FIRST_WORDS[..12].contains(&l)
            && matches!(
                &*sl,
                "skogen" | "berget" | "holmen" | "viken" | "åsen" | "näset" | "fältet" | "torpet"
            );
    street && (shaped || is_cap(w) && mid_sentence || !dict.contains(l))
}

/// Whether word `i` (`w`, lower case `l`) is a definite noun's genitive ("-ens", "-ets",
/// "-ans", "-rnas") before a lower-case noun `sw` of two to eight letters, a house number of
/// at most three digits after it (and no group of digits after that), and a place given
/// before it: a word that places ("på", "vid", "till", "från", "utanför", "mot", "längs",
/// "adress", "adressen"), a word of position ("Södra", "Lilla"), a label's colon, or a
/// comma when the genitive is capitalised.
#[inline(never)]
fn genitive_street(
    text: &str,
    tokens: &[Tok],
    i: usize,
    w: &str,
    l: &str,
    sw: &str,
    num: usize,
) -> bool {
    let definite = l.len() >= 6
        && (l.ends_with("ens") || l.ends_with("ets") || l.ends_with("ans") || l.ends_with("rnas"));
    if !definite
        || tokens[num].end - tokens[num].start > 3
        || !(2..=8).contains(&sw.chars().count())
        || !sw.chars().all(char::is_lowercase)
        || w.chars().all(|c| !c.is_lowercase())
        || i < 2
        // A number in groups ("föreningens plusgiro 90 20 04-1") is an account's.
        || single_space(tokens, num + 1)
            && tokens.get(num + 2).is_some_and(|t| t.kind == TokKind::Number)
    {
        return false;
    }
    // A label's colon, or a comma before a capitalised genitive: "Adress: …",
    // "Adressen i blanketten, Fyrtornets spång 12, …".
    if tokens[i - 1].kind == TokKind::Punct(':')
        || single_space(tokens, i - 1)
            && (tokens[i - 2].kind == TokKind::Punct(':')
                || tokens[i - 2].kind == TokKind::Punct(',') && is_cap(w))
    {
        return true;
    }
    single_space(tokens, i - 1)
        && word(text, tokens, i - 2).is_some_and(|p| {
            let p = p.to_lowercase();
            STREET_FIRST_WORDS.contains(&p.as_str())
                || matches!(
                    p.as_str(),
                    "på" | "vid"
                        | "till"
                        | "från"
                        | "utanför"
                        | "mot"
                        | "längs"
                        | "adress"
                        | "adressen"
                )
        })
}

/// Whether the number at token `num` after a street at word `i` is no house number: a
/// date, a year, a range of days, or the next item's number in a numbered list.
fn no_house_number(text: &str, tokens: &[Tok], i: usize, num: usize) -> bool {
    // A date or a year after a street or a square, not a house number: "vid
    // Mynttorget 15 augusti", "på Drottninggatan 2017" (no house is numbered 1900 to
    // 2099).
    let digits = &text[tokens[num].start..tokens[num].end];
    let month = single_space(tokens, num + 1)
        && word(text, tokens, num + 2).is_some_and(|m| MONTHS.contains(&m.to_lowercase().as_str()));
    let year = digits.len() == 4
        && (digits.starts_with("19") || digits.starts_with("20"))
        && !tokens
            .get(num + 1)
            .is_some_and(|t| t.kind == TokKind::Word && t.start == tokens[num].end);
    // A range of days before a month: "vid Stortorget 12–18 maj".
    let range = tokens
        .get(num + 1)
        .is_some_and(|t| matches!(t.kind, TokKind::Punct('-' | '–')) && t.start == tokens[num].end)
        && tokens
            .get(num + 2)
            .is_some_and(|t| t.kind == TokKind::Number && t.start == tokens[num + 1].end)
        && single_space(tokens, num + 3)
        && word(text, tokens, num + 4).is_some_and(|m| MONTHS.contains(&m.to_lowercase().as_str()));
    // A numbered list of places, no street and its number: "1. Tallkrogen 2. Fruängen
    // 3. Bagarmossen" — a point follows the number, which is one more than the item's
    // own number before the word.
    let value = |k: usize| text[tokens[k].start..tokens[k].end].parse::<u32>().ok();
    let enumerated = i >= 3
        && single_space(tokens, i - 1)
        && tokens[i - 2].kind == TokKind::Punct('.')
        && tokens[i - 3].kind == TokKind::Number
        && tokens[i - 2].start == tokens[i - 3].end
        && tokens
            .get(num + 1)
            .is_some_and(|t| t.kind == TokKind::Punct('.') && t.start == tokens[num].end)
        && value(i - 3)
            .zip(value(num))
            .is_some_and(|(a, b)| a + 1 == b);
    // A time of day after a square or a street: "startar vid Hagsätra torg 18.30" (the
    // hour at most 23, a point or a colon, two digits of minutes glued).
    let time = value(num).is_some_and(|h| h <= 23)
        && tokens.get(num + 1).is_some_and(|t| {
            matches!(t.kind, TokKind::Punct('.' | ':')) && t.start == tokens[num].end
        })
        && tokens.get(num + 2).is_some_and(|t| {
            t.kind == TokKind::Number
                && t.start == tokens[num + 1].end
                && t.end - t.start == 2
                && text[t.start..t.end].parse::<u32>().is_ok_and(|m| m < 60)
        });
    // A floor after a room's name in the definite form ("Lillsalen plan 2",
    // "Konferensrummet plan 4"): "plan" is the floor, not a square's name.
    let floor = num >= 2
        && word(text, tokens, num - 2) == Some("plan")
        && word(text, tokens, i).is_some_and(|w| {
            let l = w.to_lowercase();
            l.len() > 6 && (l.ends_with("salen") || l.ends_with("rummet"))
        });
    month || year || range || enumerated || time || floor || counted(text, tokens, num)
}

/// Units of what a number after a street counts or how long it lasts: "patrullerade
/// Brännvinsgatan 4 gånger", "stod vid Torget 3 dygn".
const COUNTED: &[&str] = &[
    "gång", "gånger", "ggr", "dygn", "dagar", "timmar", "tim", "minuter", "min", "veckor",
    "månader", "år", "varv", "meter", "km", "kvällar", "nätter", "helger", "morgnar", "timme",
    "dag", "vecka",
    // A share or a sum: "vid årets slut 74 procent", "Torget 3 kronor".
    "procent", "kronor", "kr", "st", "stycken", "personer",
];

/// Whether the number at token `num` after a street counts something or begins a date:
/// a unit after it ("Brännvinsgatan 4 gånger", "74 procent", "74 %"), a share ("12/15"), a second day and a
/// month after "och" ("på Brännvinsgatan 7 och 14 mars"), or a word glued by a hyphen
/// that it compounds with ("Tallmossevägens 50-årsfirande": no house number is written
/// with a word after a hyphen).
fn counted(text: &str, tokens: &[Tok], num: usize) -> bool {
    let unit = single_space(tokens, num + 1)
        && word(text, tokens, num + 2).is_some_and(|u| COUNTED.contains(&u))
        // A per cent sign, glued or after a space: "74 %".
        || tokens.get(num + 1).is_some_and(|t| t.kind == TokKind::Punct('%'))
        || single_space(tokens, num + 1)
            && tokens.get(num + 2).is_some_and(|t| t.kind == TokKind::Punct('%'));
    let glued = |k: usize| tokens.get(k).is_some_and(|t| t.start == tokens[k - 1].end);
    let compound = tokens
        .get(num + 1)
        .is_some_and(|t| matches!(t.kind, TokKind::Punct('-' | '–')))
        && glued(num + 1)
        && glued(num + 2)
        && word(text, tokens, num + 2).is_some_and(|c| {
            c.len() >= 3 && c.bytes().all(|b| b.is_ascii_lowercase() || b >= 0x80)
        });
    let and_date = single_space(tokens, num + 1)
        && word(text, tokens, num + 2) == Some("och")
        && single_space(tokens, num + 3)
        && tokens
            .get(num + 4)
            .is_some_and(|t| t.kind == TokKind::Number)
        && single_space(tokens, num + 5)
        && word(text, tokens, num + 6).is_some_and(|m| MONTHS.contains(&m.to_lowercase().as_str()));
    // A share or a score: "Tallmossevägen 12/15" (a house number has no slash).
    let share = tokens
        .get(num + 1)
        .is_some_and(|t| t.kind == TokKind::Punct('/'))
        && glued(num + 1)
        && glued(num + 2)
        && tokens[num + 2].kind == TokKind::Number;
    unit || compound || and_date || share
}

/// The last token of an address whose house number is at `num`: with its letter and its
/// flat or floor.
fn address_end(text: &str, tokens: &[Tok], num: usize) -> usize {
    let mut last = num;
    // A letter glued to the number ("12B"), or a capital after a space ("12 B").
    if word(text, tokens, last + 1).is_some_and(|l| l.chars().count() == 1)
        && tokens[last + 1].start == tokens[last].end
    {
        last += 1;
    } else if single_space(tokens, last + 1)
        && word(text, tokens, last + 2)
            .is_some_and(|l| l.len() == 1 && l.bytes().all(|b| b.is_ascii_uppercase()))
        && tokens
            .get(last + 3)
            .is_none_or(|t| !matches!(t.kind, TokKind::Word | TokKind::Number))
    {
        last += 2;
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
                    && word(text, tokens, j + 3).is_some_and(|w| w == "tr" || w == "trappor") =>
            {
                last = j + 3
            }
            _ => {}
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use super::ends_in;
    use crate::lists::STREET_SUFFIXES;

    /// `ends_in` compares a suffix's last two bytes before the rest: it needs every street
    /// suffix to have at least two, and must agree with `ends_with`.
    #[test]
    fn ends_in_agrees_with_ends_with_for_every_street_suffix() {
        for s in STREET_SUFFIXES {
            assert!(s.len() >= 2, "{s}");
            for w in [
                format!("stor{s}"),
                s.to_string(),
                "gata".to_string(),
                "x".to_string(),
            ] {
                assert_eq!(ends_in(&w, s), w.ends_with(s), "{w} / {s}");
            }
        }
    }
}
