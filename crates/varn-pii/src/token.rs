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

pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut iter = text.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        let kind = if c.is_alphabetic() {
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
        let mut end = start + c.len_utf8();
        if !matches!(kind, TokKind::Punct(_)) {
            let mut newline = matches!(kind, TokKind::Space { newline: true });
            while let Some(&(i, n)) = iter.peek() {
                let same = match kind {
                    TokKind::Word => n.is_alphabetic(),
                    TokKind::Number => n.is_ascii_digit(),
                    TokKind::Space { .. } => n.is_whitespace(),
                    TokKind::Punct(_) => false,
                };
                if !same {
                    break;
                }
                newline |= n == '\n' || n == '\r';
                end = i + n.len_utf8();
                iter.next();
            }
            if let TokKind::Space { .. } = kind {
                out.push(Tok {
                    kind: TokKind::Space { newline },
                    start,
                    end,
                });
                continue;
            }
        }
        out.push(Tok { kind, start, end });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
