//! E-mail addresses, written plainly or with the "at" and the dots spelled out.

use super::{single_space, word};
use crate::token::{Tok, TokKind};
use crate::{Budget, Exceeded, Finding, Kind};

/// Top-level domains accepted after a spelled-out "at" or "dot" ("anna at gmail dot com"),
/// where an ordinary sentence could otherwise look like an address.
const COMMON_TLDS: &[&str] = &[
    "se", "com", "nu", "net", "org", "eu", "info", "io", "me", "fi", "no", "dk", "de", "uk", "co",
    "edu", "gov", "biz", "app", "online",
];

/// The top-level domains that RFC 2606 reserves for examples and tests: training
/// material and tests write addresses with them. After a spelled "at" they count as
/// common when the rest of the domain is no short word ("… at postlada.example", not
/// "met at home.example").
const RESERVED_TLDS: &[&str] = &["example", "test"];

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
        // The same sign on both sides: "#at#".
        '#' => Some('#'),
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
        if tokens.get(i + 2)?.kind != TokKind::Punct(want) {
            return None;
        }
        // "(a)" for the at-sign, glued on both sides: "lena.b(a)klubben.example" (a
        // bracketed letter with a space beside it is a list item).
        let glued_a = words.contains(&"at")
            && lower_is(text, tokens, i + 1, &["a"])
            && i > 0
            && tokens[i - 1].end == tokens[i].start
            && tokens
                .get(i + 3)
                .is_some_and(|t| t.start == tokens[i + 2].end);
        if glued_a {
            return Some((i - 1, i + 3, false));
        }
        if !lower_is(text, tokens, i + 1, words) {
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
                // "snabel-a" names nothing but the sign, so it is no plain word.
                return Some((i.checked_sub(2)?, i + 4, false));
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

/// The spelled-out "at" in an e-mail address: first the Swedish and English ones
/// ("snabela" is "snabel-a" without its dash), then `FOREIGN_AT`: Spanish and Portuguese
/// say "arroba", German "Klammeraffe", Dutch "apenstaartje", Polish "małpa", Italian
/// "chiocciola", Hungarian "kukac", Turkish "et". (`may_be_at` turns a word away by its length in bytes and
/// first two letters before this list: keep them in step.)
const AT: &[&str] = &[
    "at",
    "snabel-a",
    "snabela",
    "arroba",
    "klammeraffe",
    "apenstaartje",
    "małpa",
    "chiocciola",
    "kukac",
    "et",
];
/// The spelled-out "at"s that are no Swedish or English word: `AT` after its first three.
const FOREIGN_AT: &[&str] = AT.split_at(3).1;
/// The brackets a spelled-out "at" may stand in: "(at)", "[at]", "#at#".
const OPEN_BRACKETS: &[char] = &['(', '[', '{', '<', '#'];

/// The spelled-out dot in an e-mail address.
/// Spanish and Italian say "punto", Dutch "punt", Polish "kropka", Hungarian "pont",
/// Finnish "piste", Turkish "nokta".
const DOT: &[&str] = &[
    "dot", "punkt", "pkt", "punto", "punt", "kropka", "pont", "piste", "nokta",
];

/// Whether a token may be part of an address's local part.
fn local_ok(t: &Tok) -> bool {
    matches!(
        t.kind,
        TokKind::Word | TokKind::Number | TokKind::Punct('.' | '_' | '%' | '+' | '-')
    )
}

/// Whether a token may be part of a domain's label.
fn label_ok(t: &Tok) -> bool {
    matches!(
        t.kind,
        TokKind::Word | TokKind::Number | TokKind::Punct('-')
    )
}

/// Whether a word (its bytes) may be one of `AT`, by its length and its first two
/// letters in any case ("at", "snabel", "małpa"): most words are turned away unread.
fn may_be_at(b: &[u8]) -> bool {
    let [first, second, ..] = *b else {
        return false;
    };
    matches!(
        (b.len(), first | 0x20, second | 0x20),
        (2, b'a' | b'e', b't')
            | (6 | 7, b's', b'n')
            | (6, b'a', b'r')
            | (12, b'a', b'p')
            | (5, b'k', b'u')
            | (11, b'k', b'l')
            | (6, b'm', b'a')
            | (10, b'c', b'h')
    )
}

/// E-mail addresses, found from their `@` or a spelled-out "at" ("(at)", "[at]", " at "),
/// with dots also spelled out ("dot", "punkt"). The look-around is at most 64 tokens each
/// way.
pub(super) fn emails(
    text: &str,
    tokens: &[Tok],
    out: &mut Vec<Finding>,
    budget: &mut Budget,
) -> Result<(), Exceeded> {
    for (at, t) in tokens.iter().enumerate() {
        budget.spend(1)?;
        let mut spaced = false;
        let (left, right, spelled) = match t.kind {
            // An @ in brackets glued between the local part and the domain:
            // "ek(@)post.example", "ek[@]post.example".
            TokKind::Punct('@') if at >= 2 && bracketed_at(tokens, at) => (at - 2, at + 2, false),
            TokKind::Punct('@') => {
                spaced = at > 1 && single_space(tokens, at - 1) && single_space(tokens, at + 1);
                let l = if at > 1 && single_space(tokens, at - 1) {
                    at - 2
                } else {
                    at.saturating_sub(1)
                };
                // A doubled @ ("a.b@@skolan.se") is a typo that still points at the
                // address; the second @ then has no local part before it.
                let doubled = tokens
                    .get(at + 1)
                    .is_some_and(|n| n.kind == TokKind::Punct('@') && n.start == t.end);
                // A line broken right after an @ glued to its local part: "ek@\npost.example".
                let broken = at > 0
                    && tokens[at - 1].end == t.start
                    && tokens.get(at + 1).is_some_and(|n| {
                        n.kind == (TokKind::Space { newline: true }) && n.end - n.start <= 2
                    });
                let r = if doubled || broken || single_space(tokens, at + 1) {
                    at + 2
                } else {
                    at + 1
                };
                (l, r, false)
            }
            TokKind::Punct('%' | '&' | '🐘' | '"') => match encoded_at(text, tokens, at) {
                Some(r) => (at.saturating_sub(1), r, false),
                None => continue,
            },
            TokKind::Punct(c) if !OPEN_BRACKETS.contains(&c) => continue,
            // A word is asked only when it may be one of `AT` (its length and first two
            // letters first).
            TokKind::Word if !may_be_at(&text.as_bytes()[t.start..t.end]) => continue,
            TokKind::Punct(_) | TokKind::Word => match marker(text, tokens, at, AT) {
                Some((l, r, plain)) => (l, r, plain),
                None => continue,
            },
            _ => continue,
        };
        if left >= at
            || !tokens
                .get(left)
                .is_some_and(|t| matches!(t.kind, TokKind::Word | TokKind::Number))
        {
            continue;
        }
        // The look-around below (up to 64 tokens each way) is paid for only where a local
        // part may stand: a run of bare at-signs ("@@@@", "@ @ @") spent the budget before
        // and was refused as too much work.
        budget.spend(128)?;
        let first = local_start(text, tokens, left, spaced);
        let Some(d) = domain(text, tokens, right, spaced) else {
            continue;
        };
        // "snabel-a" is no ordinary word, so after it the plain " punkt " joins labels to
        // any top-level domain; so does the English " dot " after the English " at ",
        // two words a Swedish sentence does not hold together, when the domain is in
        // lower case ("info at kansliet dot example").
        let snabel = t.kind == TokKind::Word;
        let english = spelled && d.plain_dot && !d.plain_swedish;
        // "arroba", "Klammeraffe" and the like are no Swedish or English words either.
        let foreign_at = spelled && lower_is(text, tokens, at, FOREIGN_AT);
        // A plain " at " after a local part that no sentence holds, a word glued to a
        // point, an underscore or digits ("lena.ek at …", "lena_ek at …", "ek84 at …"),
        // before a domain with its points written: an address ("… at post.example").
        let odd_local = spelled
            && !d.plain_dot
            && text[tokens[first].start..tokens[left].end]
                .bytes()
                .any(|b| matches!(b, b'.' | b'_' | b'0'..=b'9'))
            && text[tokens[first].start..tokens[left].end]
                .bytes()
                .any(|b| b.is_ascii_alphabetic());
        // An @ glued between the local part and the domain is an address whatever spells
        // its points ("ek@post punkt example").
        let glued_at = t.kind == TokKind::Punct('@')
            && !spaced
            && tokens[left].end == t.start
            && tokens.get(right).is_some_and(|r| r.start == t.end);
        let loose = snabel && !spelled || english || foreign_at || odd_local || glued_at;
        let rest = &text[tokens[right.min(d.last)].start..tokens[d.last].start];
        let reserved = |t: &str| {
            RESERVED_TLDS.iter().any(|c| t.eq_ignore_ascii_case(c))
                && (rest.len() >= 8 || rest.bytes().any(|b| b == b'-' || b.is_ascii_digit()))
        };
        let tld_ok = d.tld.is_some_and(|t| {
            t.chars().count() >= 2
                && t.chars().all(char::is_alphabetic)
                && (!(spelled || d.plain_dot)
                    || loose && !t.chars().any(char::is_uppercase)
                    || COMMON_TLDS.iter().any(|c| t.eq_ignore_ascii_case(c))
                    || reserved(t))
        });
        // A form's template of the local part ("fornamn.efternamn@…", "förnamn@…") is
        // no address.
        let template = text[tokens[first].start..tokens[at].start]
            .to_lowercase()
            .split(['.', '_', '-'])
            .all(|p| {
                matches!(
                    p,
                    "fornamn" | "förnamn" | "efternamn" | "namn" | "firstname" | "lastname"
                )
            });
        if d.dots > 0 && tld_ok && !template {
            out.push(Finding {
                kind: Kind::Email,
                start: tokens[first].start,
                end: tokens[d.last].end,
                explanation: "Ser ut som en e-postadress.",
                suggestion: Some("Ta bort adressen; samordnaren frågar om det behövs."),
            });
        }
    }
    Ok(())
}

/// Whether the `@` at token `at` stands in a pair of brackets glued on both sides to the
/// words around: "ek(@)post.example".
fn bracketed_at(tokens: &[Tok], at: usize) -> bool {
    let pair = match tokens[at - 1].kind {
        TokKind::Punct('(') => ')',
        TokKind::Punct('[') => ']',
        TokKind::Punct('{') => '}',
        _ => return false,
    };
    tokens
        .get(at + 2)
        .is_some_and(|n| n.start == tokens[at + 1].end)
        && tokens[at + 1].kind == TokKind::Punct(pair)
        && tokens[at + 1].start == tokens[at].end
        && tokens[at - 1].end == tokens[at].start
        && tokens[at - 2].end == tokens[at - 1].start
}

/// An `@` written another way at token `at`, glued between the local part and the
/// domain: percent-encoded in a link (`%40`), an HTML entity (`&#64;`, `&commat;`), or the
/// elephant emoji some write for "snabel-a", or `"` typed for it. The token after it.
fn encoded_at(text: &str, tokens: &[Tok], at: usize) -> Option<usize> {
    let glued = |k: usize| k > 0 && tokens.get(k).is_some_and(|t| t.start == tokens[k - 1].end);
    let is = |k: usize, s: &str| tokens.get(k).is_some_and(|t| &text[t.start..t.end] == s);
    let after = match tokens[at].kind {
        TokKind::Punct('%') if glued(at + 1) && is(at + 1, "40") => at + 2,
        // An HTML entity, decimal, hexadecimal or named: "&#64;", "&#x40;", "&commat;".
        TokKind::Punct('&') => {
            let rest = &text.as_bytes()[tokens[at].start..];
            let len = ["&#64;", "&#x40;", "&commat;"]
                .iter()
                .find(|e| {
                    rest.len() >= e.len() && rest[..e.len()].eq_ignore_ascii_case(e.as_bytes())
                })?
                .len();
            let end = tokens[at].start + len;
            (at + 1..tokens.len().min(at + 6)).find(|&k| tokens[k].start == end)?
        }
        TokKind::Punct('🐘') => at + 1,
        // A Swedish keyboard read as an American one types `"` for `@`: only after a
        // local part of two labels joined by a point ("lina.k"skolan.example").
        TokKind::Punct('"')
            if at >= 3
                && matches!(tokens[at - 2].kind, TokKind::Punct('.' | '_'))
                && glued(at - 1)
                && glued(at - 2)
                && tokens[at - 3].kind == TokKind::Word =>
        {
            at + 1
        }
        _ => return None,
    };
    (glued(at) && glued(after) && tokens[after].kind == TokKind::Word).then_some(after)
}

/// The first token of the local part ending at `left` (at most 64 tokens back), dots
/// spelled out included, plain or in brackets, and points set apart by spaces after an @
/// set apart likewise (`spaced`).
fn local_start(text: &str, tokens: &[Tok], left: usize, spaced: bool) -> usize {
    let walk_back = |left: usize| {
        let mut first = left;
        while first > 0 && local_ok(&tokens[first - 1]) && left - first < 64 {
            first -= 1;
        }
        while first < left && matches!(tokens[first].kind, TokKind::Punct(_)) {
            first += 1;
        }
        first
    };
    let mut first = walk_back(left);
    // Dots spelled out in the local part too: "ali punkt hassan at gmail punkt com",
    // "ali[punkt]hassan[at]…", "ali . hassan @ …".
    for _ in 0..4 {
        let is_label = |i: usize| matches!(tokens[i].kind, TokKind::Word | TokKind::Number);
        let plain = first >= 4
            && single_space(tokens, first - 1)
            && lower_is(text, tokens, first - 2, DOT)
            && single_space(tokens, first - 3)
            && is_label(first - 4);
        let points = spaced && first >= 4 && spaced_dot(tokens, first - 3) && is_label(first - 4);
        let bracketed = (3..=4)
            .filter_map(|back| first.checked_sub(back))
            .find_map(|open| {
                marker(text, tokens, open, DOT)
                    .filter(|&(l, r, plain)| !plain && r == first && is_label(l))
                    .map(|(l, _, _)| l)
            });
        first = match bracketed {
            Some(l) => walk_back(l),
            None if plain || points => walk_back(first - 4),
            None => break,
        };
    }
    first
}

/// A point set apart by single spaces at `i` (the space before it).
fn spaced_dot(tokens: &[Tok], i: usize) -> bool {
    single_space(tokens, i)
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokKind::Punct('.'))
        && single_space(tokens, i + 2)
}

/// A word in lower case at `i`: a domain's label after a spaced point, where a sentence
/// that goes on would open with a capital.
fn lower_label(text: &str, tokens: &[Tok], i: usize) -> bool {
    word(text, tokens, i).is_some_and(|w| !w.chars().any(char::is_uppercase))
}

/// The domain of an address.
struct Domain<'t> {
    /// Its last token.
    last: usize,
    /// The dots between its labels, and whether one was spelled out as a plain word
    /// (" punkt ", not "(punkt)": only the plain word is ordinary text too).
    dots: usize,
    plain_dot: bool,
    /// Whether a plain spelled-out dot was a Swedish word (" punkt ", " pkt ").
    plain_swedish: bool,
    /// Its last label when that is a word.
    tld: Option<&'t str>,
}

/// The domain opening at token `right`: labels joined by dots, written or spelled out (at
/// most 64 tokens). After an @ set apart by spaces, a point set apart by spaces joins labels
/// too, when the label after it is in lower case.
fn domain<'t>(text: &'t str, tokens: &[Tok], right: usize, spaced: bool) -> Option<Domain<'t>> {
    let mut j = right;
    let mut dots = 0;
    let mut plain_dot = false;
    let mut plain_swedish = false;
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
        } else if dots == 0
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == TokKind::Punct(',') && t.start == tokens[k].end)
            && tokens.get(k + 2).is_some_and(|t| {
                t.start == tokens[k + 1].end
                    && COMMON_TLDS
                        .iter()
                        .any(|c| text[t.start..t.end].eq_ignore_ascii_case(c))
            })
            && tokens
                .get(k + 3)
                .is_none_or(|t| !matches!(t.kind, TokKind::Word | TokKind::Number))
        {
            // A comma typed for the point before a common top-level domain:
            // "anna@gmail,com".
            dots += 1;
            j = k + 2;
        } else if let Some((_, r, plain)) = marker(text, tokens, k + 1, DOT).or_else(|| {
            single_space(tokens, k + 1)
                .then(|| marker(text, tokens, k + 2, DOT))
                .flatten()
        }) {
            dots += 1;
            plain_dot |= plain;
            plain_swedish |= plain && !lower_is(text, tokens, r - 2, &["dot"]);
            j = r;
        } else if spaced && spaced_dot(tokens, k + 1) && lower_label(text, tokens, k + 4) {
            // "yusuf . demir @ hotmail . com": spaces around every point as around the @.
            dots += 1;
            j = k + 4;
        } else {
            break;
        }
    }
    Some(Domain {
        last: last?,
        dots,
        plain_dot,
        plain_swedish,
        tld,
    })
}

#[cfg(test)]
mod tests {
    use super::{may_be_at, AT};

    /// `may_be_at` turns words away before `AT` is read: every spelled-out "at" (its first
    /// token, in any case) must pass it, or the list and the gate have drifted apart.
    #[test]
    fn the_gate_lets_every_spelled_out_at_through() {
        for at in AT {
            let first = at.split('-').next().unwrap_or(at);
            assert!(may_be_at(first.as_bytes()), "{first}");
            assert!(
                may_be_at(first.to_uppercase().as_bytes()),
                "{first} in capitals"
            );
        }
        assert!(!may_be_at(b"skolan"));
        assert!(!may_be_at(b"mellan"));
    }
}
