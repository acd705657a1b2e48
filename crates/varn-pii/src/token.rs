//! A linear tokenizer: words (letters), numbers (ASCII digits), white space and single
//! punctuation characters, each with its byte span. Every detector works over these
//! tokens with a bounded look-around, so a scan is linear in the length of the text.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Number,
    /// White space; `newline` tells whether it holds a line break.
    Space {
        newline: bool,
    },
    Punct(char),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub kind: TokKind,
    pub start: usize,
    pub end: usize,
}

/// Whether `tok` is white space on one line that holds a tab: the border of two cells of a
/// table pasted from a spreadsheet (the normaliser keeps tabs).
pub(crate) fn holds_tab(text: &str, tok: &Tok) -> bool {
    tok.kind == (TokKind::Space { newline: false })
        && text.as_bytes()[tok.start..tok.end].contains(&b'\t')
}

pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 4);
    let bytes = text.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        let (c, len) = char_at(text, start);
        let kind = if crate::chars::is_alphabetic(c) {
            TokKind::Word
        } else if c.is_ascii_digit() {
            TokKind::Number
        } else if c.is_whitespace() {
            TokKind::Space {
                newline: c == '\n' || c == '\r',
            }
        } else {
            TokKind::Punct(c)
        };
        let mut end = start + len;
        match kind {
            TokKind::Word => {
                // ASCII letters first, one byte at a time; any other letter by its char.
                while end < bytes.len() {
                    if bytes[end].is_ascii_alphabetic() {
                        end += 1;
                        continue;
                    }
                    let (n, len) = char_at(text, end);
                    if n.is_ascii() || !crate::chars::is_alphabetic(n) {
                        break;
                    }
                    end += len;
                }
            }
            TokKind::Number => {
                while end < bytes.len() && bytes[end].is_ascii_digit() {
                    end += 1;
                }
            }
            TokKind::Space { newline } => {
                let mut newline = newline;
                while end < bytes.len() {
                    let (n, len) = char_at(text, end);
                    if !n.is_whitespace() {
                        break;
                    }
                    newline |= n == '\n' || n == '\r';
                    end += len;
                }
                out.push(Tok {
                    kind: TokKind::Space { newline },
                    start,
                    end,
                });
                start = end;
                continue;
            }
            TokKind::Punct(_) => {}
        }
        out.push(Tok { kind, start, end });
        start = end;
    }
    zero_letters(text, &mut out);
    letter_digit_runs(text, &mut out);
    out
}

/// The character at byte `i` (a char boundary inside the text) and its length in bytes.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let c = crate::chars::at(text, i).unwrap_or('\0');
    (c, c.len_utf8())
}

/// A run of digit groups in which letters stand for digits anywhere (a group of O's
/// alone, an l opening a group, an O in a first group of two, an I ending a group:
/// "O7O-l22 34 56", "076-44 OO 9I3", "O8-5O7 33 2I"): when the run is shaped like a
/// phone number (it opens with a zero or an O, has two groups or more joined by single
/// spaces or dashes, eight to twelve characters in its groups) and is mostly digits (at
/// least twice as many digits as letters), every group becomes one number, so that the
/// number fails closed. A group of letters alone must be capitals ("OO", not the chat
/// "o" for "och"). One pass, a bounded look-ahead (six groups).
fn letter_digit_runs(text: &str, toks: &mut Vec<Tok>) {
    let alt = |t: &Tok| {
        t.kind == TokKind::Word
            && t.end - t.start <= 3
            && text[t.start..t.end]
                .bytes()
                .all(|b| matches!(b, b'O' | b'o' | b'I' | b'l'))
    };
    if !toks.iter().any(alt) {
        return;
    }
    let glued = |toks: &[Tok], k: usize| k > 0 && toks[k].start == toks[k - 1].end;
    let part = |t: &Tok| t.kind == TokKind::Number || alt(t);
    // The end (exclusive) of the group from `k`, its digits and letters, or None when a
    // word is glued to it or a group of letters alone is not in capitals.
    let group = |toks: &[Tok], k: usize| {
        let mut j = k;
        let (mut digits, mut letters) = (0usize, 0usize);
        while j < toks.len() && (j == k || glued(toks, j)) && part(&toks[j]) {
            let n = toks[j].end - toks[j].start;
            if toks[j].kind == TokKind::Number {
                digits += n;
            } else {
                letters += n;
            }
            j += 1;
        }
        let word_after = toks
            .get(j)
            .is_some_and(|t| t.kind == TokKind::Word && glued(toks, j));
        let lower_alone = digits == 0
            && text[toks[k].start..toks[j - 1].end]
                .bytes()
                .any(|b| b.is_ascii_lowercase());
        (!word_after && !lower_alone).then_some((j, digits, letters))
    };
    // The new tokens, made only once a run is merged: most texts have none, and are
    // left as they are without a copy. `copied` is how many tokens of `toks` are in it.
    let mut out: Vec<Tok> = Vec::new();
    let mut copied = 0;
    let mut merged = false;
    let mut i = 0;
    while i < toks.len() {
        // A run opens with a zero or an O, or with a country code after a plus
        // ("+46 7O l74 …").
        let country = glued(toks, i) && toks[i - 1].kind == TokKind::Punct('+');
        let opens = part(&toks[i])
            && !(glued(toks, i) && matches!(toks[i - 1].kind, TokKind::Word | TokKind::Number))
            && (country || text[toks[i].start..].starts_with(['0', 'O']));
        let Some((mut end, mut digits, mut letters)) = opens.then(|| group(toks, i)).flatten()
        else {
            i += 1;
            continue;
        };
        let mut groups = [(i, end); 6];
        let mut n = 1;
        while n < 6 && digits + letters <= 12 {
            let one = |k: usize| {
                toks.get(k).is_some_and(|t| {
                    t.end - t.start == 1
                        && matches!(
                            t.kind,
                            TokKind::Space { newline: false } | TokKind::Punct('-')
                        )
                })
            };
            // One space or dash, or a dash between spaces ("O7 - 312 OO5 27").
            let spaced_dash = one(end)
                && toks[end].kind != TokKind::Punct('-')
                && toks
                    .get(end + 1)
                    .is_some_and(|t| t.kind == TokKind::Punct('-'))
                && toks.get(end + 2).is_some_and(|t| {
                    t.kind == (TokKind::Space { newline: false }) && t.end - t.start == 1
                });
            let next = if spaced_dash { end + 3 } else { end + 1 };
            if !one(end) || !toks.get(next).is_some_and(part) {
                break;
            }
            let Some((e, d, l)) = group(toks, next) else {
                break;
            };
            groups[n] = (next, e);
            n += 1;
            digits += d;
            letters += l;
            end = e;
        }
        let phone = n >= 2
            && letters >= 1
            && digits >= 2 * letters
            && (8..=12).contains(&(digits + letters));
        if phone {
            if !merged {
                out.reserve(toks.len());
                merged = true;
            }
            out.extend_from_slice(&toks[copied..i]);
            for (k, (a, b)) in groups[..n].iter().enumerate() {
                if k > 0 {
                    out.extend_from_slice(&toks[groups[k - 1].1..*a]);
                }
                out.push(Tok {
                    kind: TokKind::Number,
                    start: toks[*a].start,
                    end: toks[b - 1].end,
                });
            }
            i = end;
            copied = end;
        } else {
            // Only the first group is passed: a later one may open a run of its own.
            i = groups[0].1;
        }
    }
    if merged {
        out.extend_from_slice(&toks[copied..]);
        *toks = out;
    }
}

/// Letters typed for digits inside a number: the letter O for a zero ("07O-123 45 67",
/// "TKC 59O"), and a capital I or a small l for a one between digits ("O7O-4I2"): a run
/// of glued digit groups and such letters, with two digits or more (or one, after another
/// group of digits and a space) and no other letters glued after it, is one number. Its
/// digits are read with `digit`.
fn zero_letters(text: &str, toks: &mut Vec<Tok>) {
    let o_word = |t: &Tok| {
        t.kind == TokKind::Word
            && t.end - t.start <= 3
            && text[t.start..t.end].bytes().all(|b| b == b'O' || b == b'o')
    };
    let one_letter =
        |t: &Tok| t.kind == TokKind::Word && matches!(&text[t.start..t.end], "I" | "l");
    if !toks.iter().any(|t| o_word(t) || one_letter(t)) {
        return;
    }
    // A one only between glued digits (or O's): "4I2", not "5l" or "Il".
    let one_at = |toks: &[Tok], j: usize| {
        j > 0
            && one_letter(&toks[j])
            && toks
                .get(j + 1)
                .is_some_and(|n| n.start == toks[j].end && (n.kind == TokKind::Number || o_word(n)))
    };
    // One pass into a new vector, so that many merges stay linear.
    let mut out = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        if !(toks[i].kind == TokKind::Number || o_word(&toks[i])) {
            out.push(toks[i]);
            i += 1;
            continue;
        }
        let mut j = i;
        let (mut digits, mut os) = (0, 0);
        while j < toks.len()
            && (j == i || toks[j].start == toks[j - 1].end)
            && (toks[j].kind == TokKind::Number || o_word(&toks[j]) || j > i && one_at(toks, j))
        {
            if toks[j].kind == TokKind::Number {
                digits += toks[j].end - toks[j].start;
            } else {
                os += 1;
            }
            j += 1;
        }
        let glued_word = toks
            .get(j)
            .is_some_and(|t| t.kind == TokKind::Word && t.start == toks[j - 1].end);
        // A group of one digit and an O ends a number in groups: "0722 48 73 1O".
        let in_groups = digits == 1
            && out.len() >= 2
            && out[out.len() - 1].kind == (TokKind::Space { newline: false })
            && out[out.len() - 2].kind == TokKind::Number;
        // A first group of three before a dash and digits: "O7O-412 33 90".
        let area = digits >= 1
            && digits + os >= 3
            && toks
                .get(j)
                .is_some_and(|t| t.kind == TokKind::Punct('-') && t.start == toks[j - 1].end)
            && toks
                .get(j + 1)
                .is_some_and(|t| t.kind == TokKind::Number && t.start == toks[j].end);
        // Three capital O's glued to three digits are a plate's letters ("OOO037", as
        // "ABO037" is), not a number with zeros typed as O's: the plate fails closed.
        let plate = j == i + 2
            && &text[toks[i].start..toks[i].end] == "OOO"
            && toks[i + 1].end - toks[i + 1].start == 3;
        if os > 0 && (digits >= 2 || in_groups || area) && !glued_word && !plate {
            out.push(Tok {
                kind: TokKind::Number,
                start: toks[i].start,
                end: toks[j - 1].end,
            });
        } else {
            out.extend_from_slice(&toks[i..j]);
        }
        i = j;
    }
    *toks = out;
}

/// The value of a character of a number token: a digit, the letter O typed for zero, or
/// I or l typed for one.
pub fn digit(b: u8) -> u8 {
    match b {
        b'O' | b'o' => b'0',
        b'I' | b'l' => b'1',
        b => b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_letter_o_inside_a_number_is_a_zero() {
        for (text, number) in [
            ("07O-1", "07O"),
            ("TKC 59O.", "59O"),
            ("O7O1", "O7O1"),
            ("O7O-4I2 33", "4I2"),
            ("O7O-4I2 33", "O7O"),
            ("07l2", "07l2"),
            // Letters anywhere in a run shaped like a phone number.
            ("O7O-l22 34 56", "l22"),
            ("O7O-l22 34 56", "O7O"),
            ("076-44 OO 9I3", "OO"),
            ("O8-5O7 33 2I", "O8"),
            ("O8-5O7 33 2I", "2I"),
        ] {
            let toks = tokenize(text);
            assert!(
                toks.iter()
                    .any(|t| t.kind == TokKind::Number && &text[t.start..t.end] == number),
                "{text}"
            );
        }
        for text in [
            "o 12",
            "5 o 6",
            "Bo 2",
            "1Oth",
            "5l mjölk",
            "10l",
            "Il 12",
            "1I a",
            "070 o 12 l",
            "08 OO",
            "Olle 070",
        ] {
            assert!(
                tokenize(text).iter().all(|t| t.kind != TokKind::Number
                    || text[t.start..t.end].bytes().all(|b| b.is_ascii_digit())),
                "{text}"
            );
        }
    }

    #[test]
    fn splits_words_numbers_spaces_and_punctuation() {
        let text = "Åsa, 070-12\n9B";
        let kinds: Vec<(TokKind, &str)> = tokenize(text)
            .iter()
            .map(|t| (t.kind, &text[t.start..t.end]))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (TokKind::Word, "Åsa"),
                (TokKind::Punct(','), ","),
                (TokKind::Space { newline: false }, " "),
                (TokKind::Number, "070"),
                (TokKind::Punct('-'), "-"),
                (TokKind::Number, "12"),
                (TokKind::Space { newline: true }, "\n"),
                (TokKind::Number, "9"),
                (TokKind::Word, "B"),
            ]
        );
    }
}
