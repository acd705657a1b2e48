//! The character classes and the lower-casing asked of every character, answered at once
//! for the Latin-1 letters Swedish is written with (å, ä, ö, é …) instead of through
//! Unicode's tables; every other character is asked of the standard library. The answers
//! are the standard library's own (a test compares every code point). Pure and cheap; it
//! must never answer differently from `char`.

/// The character at byte `i` of `text` (a char boundary), read from its byte at once when
/// it is ASCII; `None` at the end.
#[inline]
pub(crate) fn at(text: &str, i: usize) -> Option<char> {
    match *text.as_bytes().get(i)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text.get(i..)?.chars().next(),
    }
}

/// `char::is_alphabetic`.
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c < '\u{100}' {
        c.is_ascii_alphabetic() || matches!(c, 'ª' | 'µ' | 'º' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ')
    } else {
        c.is_alphabetic()
    }
}

/// Whether lower-casing changes `c`: `c.is_uppercase() || c.is_alphabetic() &&
/// !c.is_lowercase()` (a capital, or a letter without case such as a title-case one).
#[inline]
pub(crate) fn lowers(c: char) -> bool {
    if c < '\u{100}' {
        matches!(c, 'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ')
    } else {
        c.is_uppercase() || c.is_alphabetic() && !c.is_lowercase()
    }
}

/// Pushes `c` in lower case, as `char::to_lowercase` gives it.
#[inline]
pub(crate) fn push_lower(buf: &mut String, c: char) {
    if c < '\u{100}' {
        let b = c as u8;
        buf.push(if lowers(c) { char::from(b + 32) } else { c });
    } else {
        buf.extend(c.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_point_is_answered_as_the_standard_library_answers() {
        let mut buf = String::new();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(
                lowers(c),
                c.is_uppercase() || c.is_alphabetic() && !c.is_lowercase(),
                "{c:?}"
            );
            buf.clear();
            push_lower(&mut buf, c);
            assert!(buf.chars().eq(c.to_lowercase()), "{c:?}");
        }
    }
}
