//! The normalisation pass that runs before detection, so that a disguised identifier looks
//! like a plain one: Unicode NFKC (full-width and mathematical letters and digits, ligatures,
//! `＠`), default-ignorable characters removed (zero-width space and joiner, soft hyphen, word
//! joiner, BOM, variation selectors, bidirectional controls), every kind of white space
//! folded to `' '` or `'\n'`, every Unicode decimal digit mapped to ASCII, dashes to `-`,
//! other control characters removed.
//!
//! It keeps a map back to the original byte offsets (a sorted list of the places where the
//! text changed), so a finding in the normalised text points into the text the person wrote.
//! A text that needs no change (most do not) is borrowed, not copied.
//!
//! It also tells whether a word mixes scripts (a Cyrillic `а` inside a Latin word, or a
//! Cyrillic word made only of letters that look Latin): such a text is built to confuse,
//! and the guard fails closed on it. It must never panic and stays linear in the text.

use std::borrow::Cow;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// One place where the normalised text differs from the original: normalised bytes
/// `ns..ne` came from original bytes `os..oe` (`ns == ne` when a character was removed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Edit {
    ns: usize,
    ne: usize,
    os: usize,
    oe: usize,
}

/// The normalised text and its map back to the original.
#[derive(Debug)]
pub struct Normalised<'a> {
    pub text: Cow<'a, str>,
    edits: Vec<Edit>,
    /// A word mixes scripts, or a non-Latin word is made only of Latin look-alikes.
    pub confusing: bool,
    /// Original byte spans of words the guard cannot read in a text of Latin words: a
    /// word that mixes scripts ("ЈОNАЅ" with Latin N), or a word of three or more letters
    /// in Greek, Cyrillic, Hebrew, Devanagari, Ethiopic, Thai, Hangul, Arabic, Armenian,
    /// Georgian, Tamil or kana (at most 16).
    pub unreadable: Vec<(usize, usize)>,
}

impl Normalised<'_> {
    /// The original byte offset of a finding that starts at normalised byte `n`.
    pub fn start(&self, n: usize) -> usize {
        let i = self.edits.partition_point(|e| e.ns <= n);
        match i.checked_sub(1).map(|i| self.edits[i]) {
            None => n,
            Some(e) if n < e.ne => e.os,
            Some(e) => n - e.ne + e.oe,
        }
    }

    /// The original byte offset (exclusive) of a finding that ends at normalised byte `n`.
    pub fn end(&self, n: usize) -> usize {
        let Some(last) = n.checked_sub(1) else {
            return 0;
        };
        let i = self.edits.partition_point(|e| e.ns <= last);
        match i.checked_sub(1).map(|i| self.edits[i]) {
            None => n,
            Some(e) if last < e.ne => e.oe,
            Some(e) => n - e.ne + e.oe,
        }
    }
}

/// The first code point of every run of ten Unicode decimal digits (category Nd,
/// Unicode 14), so that any of them maps to its ASCII digit.
const DIGIT_ZEROS: &[u32] = &[
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

fn unicode_digit(c: char) -> Option<char> {
    let cp = u32::from(c);
    let i = DIGIT_ZEROS.partition_point(|z| *z <= cp).checked_sub(1)?;
    let d = cp - DIGIT_ZEROS[i];
    (d < 10 && c.is_numeric()).then(|| char::from(b'0' + d as u8))
}

/// The digit of a circled digit that NFKC leaves as it is.
fn circled_digit(c: char) -> Option<char> {
    let cp = u32::from(c);
    let d = match cp {
        0x24FF | 0x1F10B | 0x1F10C => 0,
        0x2776..=0x277E => cp - 0x2775,
        0x2780..=0x2788 => cp - 0x277F,
        0x278A..=0x2792 => cp - 0x2789,
        0x24F5..=0x24FD => cp - 0x24F4,
        _ => return None,
    };
    Some(char::from(b'0' + d as u8))
}

/// The digit a CJK numeral stands for (`〇一二三四五六七八九`, and the financial ones).
fn cjk_digit(c: char) -> Option<char> {
    let d = match c {
        '〇' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        // The financial numerals ("零柒零"), simplified and traditional.
        '零' => 0,
        '壹' => 1,
        '贰' | '貳' => 2,
        '叁' | '參' => 3,
        '肆' => 4,
        '伍' => 5,
        '陆' | '陸' => 6,
        '柒' => 7,
        '捌' => 8,
        '玖' => 9,
        _ => return None,
    };
    Some(char::from(b'0' + d))
}

/// A combining mark that makes a Swedish letter with its base (å, ä, ö, é, ü).
fn swedish_mark(base: char, mark: char) -> bool {
    match mark {
        '\u{030A}' => matches!(base, 'a' | 'A'),
        '\u{0308}' => matches!(base, 'a' | 'A' | 'o' | 'O' | 'u' | 'U'),
        '\u{0301}' => matches!(base, 'e' | 'E'),
        _ => false,
    }
}

/// What a non-ASCII character stands for when its neighbours show a disguise: a CJK
/// numeral beside another ("〇七〇"), a fraction slash between two digits ("070⁄174": a
/// space between groups; a pipe is read by the numbers, see `numbers::separator`), a middle dot between syllables
/// ("Skol·ga·ta": removed; between single letters, "A·n·n·a", it stays a point), a
/// parenthesised letter ("⒫⒠⒯⒠⒭", its first one read as a capital).
fn in_context(text: &str, i: usize, c: char) -> Option<&'static str> {
    let cheap = matches!(
        c,
        '\u{00B7}' | '\u{2022}' | '\u{2044}' | '\u{2474}'..='\u{247C}' | '\u{249C}'..='\u{24B5}'
    ) || ('\u{3007}'..='\u{96F6}').contains(&c)
        || ('\u{1F1E6}'..='\u{1F1FF}').contains(&c);
    if !cheap {
        return None;
    }
    let mut before = text[..i].chars().rev();
    let mut after = text[i + c.len_utf8()..].chars();
    let (b1, a1) = (before.next(), after.next());
    if u32::from(c) >= 0x1F1E6 {
        return regional_letter(text, i, c);
    }
    // A bullet between two letters or digits separates groups: "GZP•407" (a list's
    // bullet stands before a space).
    if c == '\u{2022}' {
        let alnum = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
        return (alnum(b1) && alnum(a1)).then_some(" ");
    }
    // A parenthesised digit beside another: "⑵⑸⑴ ⑷⑹" (NFKC would make "(2)(5)…").
    if ('\u{2474}'..='\u{247C}').contains(&c) {
        let paren = |x: Option<char>| x.is_some_and(|x| ('\u{2474}'..='\u{2487}').contains(&x));
        let d = usize::from(u32::from(c) as u16 - 0x2473);
        return (paren(b1) || paren(a1)).then(|| DIGITS[d]);
    }
    if u32::from(c) >= 0x3007 {
        let d = cjk_digit(c)?;
        let near = |x: Option<char>| x.and_then(cjk_digit).is_some();
        return (near(b1) || near(a1)).then(|| DIGITS[usize::from(d as u8 - b'0')]);
    }
    if c == '\u{2044}' {
        let digit = |x: Option<char>| x.is_some_and(|x| x.is_ascii_digit());
        return (digit(b1) && digit(a1)).then_some(" ");
    }
    if c == '\u{00B7}' {
        let lower = |x: Option<char>| x.is_some_and(char::is_lowercase);
        let b2 = before.next();
        let a2 = after.next();
        let syllable = lower(b1)
            && lower(a1)
            && (lower(b2) || lower(a2) || b2.is_some_and(char::is_uppercase));
        return syllable.then_some("");
    }
    let k = usize::from(u32::from(c) as u16 - 0x249C);
    let first = !b1.is_some_and(|b| ('\u{249C}'..='\u{24B5}').contains(&b));
    Some(if first { &UPPER[k..=k] } else { &LOWER[k..=k] })
}

/// A regional indicator letter in a run of three before a space and a digit ("🇬🇿🇵 407":
/// a plate; flags come in pairs): its Latin capital.
fn regional_letter(text: &str, i: usize, c: char) -> Option<&'static str> {
    let ri = |x: &char| ('\u{1F1E6}'..='\u{1F1FF}').contains(x);
    // Only a run of exactly three counts, so reading four on each side is enough: reading
    // the whole run from each of its letters made a long run of them quadratic.
    let back = text[..i].chars().rev().take(4).take_while(ri).count();
    let mut rest = text[i..].chars();
    let ahead = rest.by_ref().take(4).take_while(ri).count();
    // `take_while` consumed the first character after the run.
    let plate = back + ahead == 3 && text[i..].chars().nth(ahead) == Some(' ') && {
        rest.next().is_some_and(|d| d.is_ascii_digit())
    };
    let k = (u32::from(c) - 0x1F1E6) as usize;
    plate.then(|| &UPPER[k..=k])
}

const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";

/// Default-ignorable code points (Unicode's Default_Ignorable_Code_Point, plus the
/// Mongolian vowel separator once counted among them).
fn ignorable(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}' | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}')
}

/// What one character becomes: removed, or one character.
fn fold(c: char) -> Option<char> {
    if c.is_ascii() {
        return match c {
            '\n' | '\r' | '\u{0B}' | '\u{0C}' => Some('\n'),
            // A tab stays: it parts the cells of a pasted table.
            '\t' => Some('\t'),
            ' ' => Some(' '),
            c if c.is_ascii_control() => None,
            c => Some(c),
        };
    }
    // The enclosing marks (a keycap, a circle, a square: "0\u{FE0F}\u{20E3}") leave the
    // character they enclose: keycap emoji digits read as the digits.
    if ignorable(c)
        || c.is_control() && !c.is_whitespace()
        || matches!(c, '\u{20DD}'..='\u{20E0}' | '\u{20E2}'..='\u{20E4}')
    {
        return None;
    }
    if c.is_whitespace() {
        return Some(if matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}') {
            '\n'
        } else {
            ' '
        });
    }
    if let Some(d) = unicode_digit(c) {
        return Some(d);
    }
    // Circled digits that NFKC keeps (the negative and sans-serif circles of the
    // dingbats, the double circles): "⓿❼❸" is "073".
    if let Some(d) = circled_digit(c) {
        return Some(d);
    }
    // A Braille blank looks like a space ("Kapellgränd⠀9").
    if c == '\u{2800}' {
        return Some(' ');
    }
    // The katakana long mark "ー" is drawn as a dash between digits ("070ー174").
    if matches!(
        c,
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' | '\u{30FC}'
    ) {
        return Some('-');
    }
    // Lines drawn through or under letters ("J̶o̶h̶a̶n̶") leave the letters readable.
    if matches!(c, '\u{0332}'..='\u{0338}') {
        return None;
    }
    // The ideographic full stop is a point ("skola。example").
    if c == '\u{3002}' {
        return Some('.');
    }
    // A middle dot (and the dot operators that look like it) is a point: a name or a
    // plate spelt with one between its letters ("A·n·n·a") reads as one spelt with points.
    if matches!(c, '\u{00B7}' | '\u{2219}' | '\u{22C5}' | '\u{30FB}') {
        return Some('.');
    }
    Some(small_capital(c).or_else(|| lisu_letter(c)).unwrap_or(c))
}

/// A Braille cell with dots (U+2800, the blank, is a space).
fn braille(c: char) -> bool {
    ('\u{2801}'..='\u{28FF}').contains(&c)
}

/// The Latin capital a Lisu letter looks like ("ꓟꓮꓣꓔꓲꓠ" is "MARTIN"), for the letters
/// drawn as one.
fn lisu_letter(c: char) -> Option<char> {
    if !('\u{A4D0}'..='\u{A4F4}').contains(&c) {
        return None;
    }
    let k = (u32::from(c) - 0xA4D0) as usize;
    Some(b"BP?DT?GK?JC?ZF?MNLSR??VH??WXY?A?E?IOU"[k] as char).filter(|&l| l != '?')
}

/// The Latin letter a small capital stands for ("ɴɪᴄᴋʟᴀs", a disguise that NFKC keeps):
/// the phonetic small capitals, read as the lower-case letter.
fn small_capital(c: char) -> Option<char> {
    Some(match c {
        '\u{1D00}' => 'a',
        '\u{0299}' => 'b',
        '\u{1D04}' => 'c',
        '\u{1D05}' => 'd',
        '\u{1D07}' => 'e',
        '\u{A730}' => 'f',
        '\u{0262}' => 'g',
        '\u{029C}' => 'h',
        '\u{026A}' => 'i',
        '\u{1D0A}' => 'j',
        '\u{1D0B}' => 'k',
        '\u{029F}' => 'l',
        '\u{1D0D}' => 'm',
        '\u{0274}' => 'n',
        '\u{1D0F}' => 'o',
        '\u{1D18}' => 'p',
        '\u{0280}' => 'r',
        '\u{A731}' => 's',
        '\u{1D1B}' => 't',
        '\u{1D1C}' => 'u',
        '\u{1D20}' => 'v',
        '\u{1D21}' => 'w',
        '\u{028F}' => 'y',
        '\u{1D22}' => 'z',
        _ => return None,
    })
}

/// A character that normalisation leaves as it is.
fn stable(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_control() || c == '\n';
    }
    if ('\u{C0}'..='\u{FF}').contains(&c) {
        return true; // Latin-1 letters (å ä ö é …), ×, ÷: NFKC-stable
    }
    fold(c) == Some(c) && is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Greek,
    Cyrillic,
    /// Hebrew, Devanagari, Ethiopic, Thai, Hangul, Arabic, Armenian, Georgian, Tamil,
    /// kana: scripts the name lists do not hold.
    Unlisted,
    Other,
}

fn script(c: char) -> Option<Script> {
    if c.is_ascii_alphabetic() {
        return Some(Script::Latin);
    }
    // Braille cells are no letters to Unicode, but a word of them is one the guard
    // cannot read ("⠓⠁⠝⠁").
    if braille(c) {
        return Some(Script::Unlisted);
    }
    if !crate::chars::is_alphabetic(c) {
        return None;
    }
    let cp = u32::from(c);
    Some(match cp {
        0xC0..=0x24F
        | 0x250..=0x2AF
        | 0x1E00..=0x1EFF
        | 0x2C60..=0x2C7F
        | 0xA720..=0xA7FF
        | 0xAB30..=0xAB6F => Script::Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        // Hebrew, Devanagari, Thai, Ethiopic, Cherokee (whose capitals look Latin:
        // "ᏦᎪᎡᏞ"), Runic, Hangul (its jamo and syllables).
        0x590..=0x5FF
        | 0x900..=0x97F
        | 0xE00..=0xE7F
        | 0x1200..=0x13FF
        | 0xAB70..=0xABBF
        | 0x16A0..=0x16FF
        | 0x1100..=0x11FF
        | 0xAC00..=0xD7AF
        // Arabic (with Persian, Urdu, Kurdish letters and presentation forms), Armenian,
        // Georgian, Tamil, kana.
        | 0x600..=0x6FF
        | 0x750..=0x77F
        | 0xFB50..=0xFDFF
        | 0xFE70..=0xFEFF
        | 0x530..=0x58F
        | 0x10A0..=0x10FF
        | 0xB80..=0xBFF
        | 0x3040..=0x30FF => Script::Unlisted,
        _ => Script::Other,
    })
}

/// Cyrillic and Greek letters that look like Latin ones.
fn looks_latin(c: char) -> bool {
    "аеорсухіјѕԁһӏԛԝАВЕКМНОРСТХІЈЅУοαικνρτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ".contains(c)
}

/// Tracks the scripts of the current word.
#[derive(Debug, Default)]
struct WordScripts {
    latin: bool,
    greek: bool,
    cyrillic: bool,
    other: bool,
    all_look_latin: bool,
    letters: usize,
    /// The text holds a Latin word (so a look-alike word is there to confuse).
    text_latin: bool,
    look_alike_word: bool,
    mixed: bool,
    unlisted: bool,
    /// A letter of the IPA's block or a turned one ("ɐ", "ǝ", "ɔ"): text written upside
    /// down ("ʞɔıɹɟ"), or a name of a language that writes with them ("Kɔfi"); no
    /// Swedish word has one.
    turned: bool,
    /// Original byte offset of the current word's first letter.
    start: usize,
    /// Spans of words that mix scripts, and of words in a script without lists.
    mixed_spans: Vec<(usize, usize)>,
    foreign_spans: Vec<(usize, usize)>,
}

impl WordScripts {
    fn letter(&mut self, c: char, at: usize) {
        let Some(s) = script(c) else {
            return self.end(at);
        };
        if self.letters == 0 {
            self.all_look_latin = true;
            self.start = at;
        }
        self.letters += 1;
        match s {
            Script::Latin => self.latin = true,
            Script::Greek => self.greek = true,
            Script::Cyrillic => self.cyrillic = true,
            Script::Unlisted => self.unlisted = true,
            Script::Other => self.other = true,
        }
        self.all_look_latin &= s != Script::Latin && looks_latin(c);
        self.turned |= matches!(u32::from(c), 0x250..=0x2AF | 0x1DD | 0x183 | 0x18E);
    }

    /// `n` ASCII letters from original byte `at`: as `letter` for each.
    fn latin_letters(&mut self, at: usize, n: usize) {
        if self.letters == 0 {
            self.start = at;
        }
        self.letters += n;
        self.latin = true;
        self.all_look_latin = false;
    }

    /// The characters a disguise was read as, all at original byte `at`.
    fn read(&mut self, s: &str, at: usize) {
        for n in s.chars() {
            if n.is_alphabetic() {
                self.letter(n, at);
            } else {
                self.end(at);
            }
        }
    }

    fn end(&mut self, at: usize) {
        if self.letters > 0 {
            let kinds = usize::from(self.latin)
                + usize::from(self.greek)
                + usize::from(self.cyrillic)
                + usize::from(self.unlisted)
                + usize::from(self.other);
            let mixed = kinds > 1 && (self.latin || self.greek && self.cyrillic);
            self.mixed |= mixed;
            self.look_alike_word |= self.all_look_latin && self.letters >= 2;
            self.text_latin |= self.latin && kinds == 1;
            let foreign = kinds == 1
                && self.letters >= 3
                && (self.greek || self.cyrillic || self.unlisted || self.turned);
            let spans = if mixed {
                Some(&mut self.mixed_spans)
            } else if foreign {
                Some(&mut self.foreign_spans)
            } else {
                None
            };
            if let Some(spans) = spans.filter(|s| s.len() < 16 && self.start < at) {
                spans.push((self.start, at));
            }
        }
        self.latin = false;
        self.greek = false;
        self.cyrillic = false;
        self.unlisted = false;
        self.turned = false;
        self.other = false;
        self.letters = 0;
    }

    /// The words the guard cannot read, once the whole text was seen: mixed words, and
    /// words of another script when the text holds Latin words.
    fn unreadable(&mut self) -> Vec<(usize, usize)> {
        let mut spans = std::mem::take(&mut self.mixed_spans);
        if self.text_latin {
            spans.append(&mut self.foreign_spans);
        }
        spans
    }

    fn confusing(&self) -> bool {
        self.mixed || self.look_alike_word && self.text_latin
    }
}

/// The end of a right-to-left override opening at byte `i` (after its closing
/// U+202C, or before the line break or at most 40 characters on) and the characters it
/// shows, in the order shown, folded.
fn overridden(text: &str, i: usize) -> (usize, String) {
    let start = i + '\u{202E}'.len_utf8();
    let mut end = start;
    let mut shown = String::new();
    for (j, c) in text[start..].char_indices().take(40) {
        if c == '\n' || c == '\u{202E}' {
            break;
        }
        end = start + j + c.len_utf8();
        if c == '\u{202C}' {
            break;
        }
        if let Some(f) = fold(c) {
            shown.insert(0, f);
        }
    }
    (end, shown)
}

/// Whether the character at byte `i` is a symbol (an emoji, a dingbat, an arrow) set
/// between two letters or two digits with the same symbol a character before or after:
/// one symbol between every character of a word or a number.
fn separating_symbol(text: &str, i: usize, c: char) -> bool {
    let symbol = matches!(u32::from(c), 0x2190..=0x2BFF | 0x1F000..=0x1FAFF);
    if !symbol {
        return false;
    }
    let mut before = text[..i].chars().rev();
    let mut after = text[i + c.len_utf8()..].chars();
    let (b1, a1) = (before.next(), after.next());
    let (b2, a2) = (before.next(), after.next());
    let same_kind = match (b1, a1) {
        (Some(b), Some(a)) => {
            b.is_ascii_digit() && a.is_ascii_digit() || b.is_alphabetic() && a.is_alphabetic()
        }
        _ => false,
    };
    same_kind && (b2 == Some(c) || a2 == Some(c))
}

/// Whether the character at byte `i` is a symbol (an emoji, a dingbat) between two
/// digits, with the same symbol again after two to four digits on either side: a
/// separator of a number's groups. One between every digit is `separating_symbol`'s.
fn group_symbol(text: &str, i: usize, c: char) -> bool {
    if !matches!(u32::from(c), 0x2190..=0x2BFF | 0x1F000..=0x1FAFF) {
        return false;
    }
    let before_digit = text[..i]
        .chars()
        .next_back()
        .is_some_and(|b| b.is_ascii_digit());
    let after = &text[i + c.len_utf8()..];
    if !before_digit || !after.starts_with(|a: char| a.is_ascii_digit()) {
        return false;
    }
    // The group after, ended by the same symbol; or the group before, opened by it.
    let next_group = after.chars().take_while(char::is_ascii_digit).count();
    let next = after[next_group..].starts_with(c) && (2..=4).contains(&next_group);
    let prev_group = text[..i]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .count();
    let prev = (2..=4).contains(&prev_group) && text[..i - prev_group].ends_with(c);
    next || prev
}

/// Whether a letter ends `text` before byte `i`.
fn letter_before(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_alphabetic)
}

/// Whether a letter starts `text` at byte `i`.
fn letter_at(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|t| t.chars().next())
        .is_some_and(char::is_alphabetic)
}

/// Whether bytes `i..end` stand between two letters (inside a word).
fn between_letters(text: &str, i: usize, end: usize) -> bool {
    letter_before(text, i) && letter_at(text, end)
}

/// Whether bytes `i..end` touch a letter on either side.
fn touches_letter(text: &str, i: usize, end: usize) -> bool {
    letter_before(text, i) || letter_at(text, end)
}

/// Markup or an encoding of a letter that starts at the ASCII character at byte `i`: its
/// end and what it stands for (`None`: nothing). An HTML entity of a letter ("&ouml;",
/// "&#228;", "&#xE4;"); a quoted-printable letter ("=C3=B6") touching a letter; an HTML
/// comment ("<!-- -->") or Markdown emphasis ("**") between two letters.
fn markup(text: &str, i: usize) -> Option<(usize, Option<char>)> {
    let rest = &text.as_bytes()[i..];
    match rest[0] {
        b'&' => entity(rest).map(|(n, c)| (i + n, Some(c))),
        b';' | b'[' => us_keyboard(text, i).map(|c| (i + 1, Some(c))),
        b'?' => lost_letter(text, i).map(|c| (i + 1, Some(c))),
        // A JSON or source-code escape of a letter ("\u00f6"), or of an at-sign between
        // two letters ("gunnvor\u0040post.example").
        b'\\' if rest.get(1) == Some(&b'\'') => rtf_escape(text, i),
        b'\\' => {
            let hex = rest.get(2..6).filter(|_| rest[1] == b'u')?;
            let c = char::from_u32(hex_value(hex)?)?;
            let at = c == '@' && between_letters(text, i, i + 6);
            (c.is_alphabetic() || at).then_some((i + 6, Some(c)))
        }
        // A quoted-printable at-sign between two letters ("gunnvor=40post.example").
        b'=' if rest.get(1..3) == Some(b"40") => {
            between_letters(text, i, i + 3).then_some((i + 3, Some('@')))
        }
        b'=' => {
            let (n, c) = quoted_printable(rest)?;
            touches_letter(text, i, i + n).then_some((i + n, Some(c)))
        }
        b'<' => {
            let body = rest.strip_prefix(b"<!--")?;
            let n = body[..body.len().min(64)]
                .windows(3)
                .position(|w| w == b"-->")?
                + 7;
            between_letters(text, i, i + n).then_some((i + n, None))
        }
        _ => {
            let n = rest.iter().take(3).take_while(|&&b| b == b'*').count();
            (n <= 2 && between_letters(text, i, i + n)).then_some((i + n, None))
        }
    }
}

/// A Swedish letter that an old system turned into "?" inside a name: after a capital
/// and at most two lower-case letters, before three lower-case letters ("Tr?gvall"), or
/// opening a word of at least four lower-case letters after a capitalised word and a
/// space ("Sigvard ?dahl"). Which letter it was is lost; "ö" (or "Ö") stands for it, so
/// that the word stays one word. A question mark ends a word or a sentence, with a space
/// or an end after it; inside a word it is no question.
fn lost_letter(text: &str, i: usize) -> Option<char> {
    let b = text.as_bytes();
    let lower = |k: usize| b.get(k).is_some_and(u8::is_ascii_lowercase);
    let after = (1..=3).all(|k| lower(i + k));
    if !after {
        return None;
    }
    let head = b[..i]
        .iter()
        .rev()
        .take(3)
        .take_while(|x| x.is_ascii_alphabetic())
        .count();
    if (1..=3).contains(&head) {
        let start = i - head;
        let opens = start == 0 || !b[start - 1].is_ascii_alphabetic();
        let ok = opens
            && b[start].is_ascii_uppercase()
            && b[start + 1..i].iter().all(u8::is_ascii_lowercase);
        return ok.then_some('ö');
    }
    // Opening a word: the word before is capitalised and its letters lower case after it.
    let before = i.checked_sub(1).filter(|&s| b[s] == b' ')?;
    let word: Vec<u8> = b[..before]
        .iter()
        .rev()
        .take(16)
        .take_while(|x| x.is_ascii_alphabetic() || **x == b'?' || **x >= 0x80)
        .copied()
        .collect();
    let first = *word.last()?;
    (head == 0 && lower(i + 4) && word.len() >= 2 && first.is_ascii_uppercase()).then_some('Ö')
}

/// What the ASCII character `c` (no letter) at byte `i` rewrites on the fast path, read
/// and replaced in `out`: its end. Markup or an encoding inside a word ("Sj&ouml;dal",
/// "L=C3=A5ngberg", "Rut<!-- -->ger", "Leo**pol**d"), or a digit typed for a letter
/// inside a capitalised name ("Gu5tava"); or, after it, two words typed with Caps Lock
/// on ("gUNNEL sTRÖM" is "Gunnel Ström"), asked only where a lower-case letter and a
/// capital follow (a text that opens with them is not read so).
fn fast_rewrite(
    text: &str,
    i: usize,
    c: char,
    words: &mut WordScripts,
    out: &mut Rewritten,
) -> Option<usize> {
    if let Some((end, read)) = encoded(text, i, c, words) {
        let mut b = [0u8; 4];
        read_as(
            text,
            (i, end),
            read.map_or("", |r| r.encode_utf8(&mut b)),
            words,
            out,
        );
        return Some(end);
    }
    let b = text.as_bytes();
    if !b.get(i + 1).is_some_and(u8::is_ascii_lowercase)
        || !b.get(i + 2).is_some_and(u8::is_ascii_uppercase)
    {
        return None;
    }
    let (end, read) = inverted_caps(text, i + 1)?;
    words.end(i);
    read_as(text, (i + 1, end), &read, words, out);
    Some(end)
}

/// Two words typed with Caps Lock on, at byte `i`: each a lower-case letter and at least
/// two capitals, one space between, opening a word ("gUNNEL sTRÖM"): the end of the
/// pair and the pair with its case turned ("Gunnel Ström"). One such word alone is
/// left alone ("eID", "mRNA").
#[inline(never)]
fn inverted_caps(text: &str, i: usize) -> Option<(usize, String)> {
    if text[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    // One inverted word from byte `s`: its end.
    let word = |s: usize| -> Option<usize> {
        let mut it = text.get(s..)?.char_indices();
        let (_, first) = it.next()?;
        if !first.is_lowercase() {
            return None;
        }
        let mut caps = 0;
        for (k, c) in it {
            if c.is_uppercase() {
                caps += 1;
            } else if c.is_alphanumeric() {
                return None;
            } else {
                return (caps >= 2).then_some(s + k);
            }
        }
        (caps >= 2).then_some(text.len())
    };
    let e1 = word(i)?;
    if text.as_bytes().get(e1) != Some(&b' ') {
        return None;
    }
    let e2 = word(e1 + 1)?;
    let mut read = String::with_capacity(e2 - i);
    let mut opening = true;
    for c in text[i..e2].chars() {
        if c == ' ' {
            opening = true;
            read.push(c);
        } else if opening {
            read.extend(c.to_uppercase());
            opening = false;
        } else {
            read.extend(c.to_lowercase());
        }
    }
    (read.len() == e2 - i).then_some((e2, read))
}

/// What the ASCII character `c` at byte `i` opens on the fast path: markup or an encoding
/// of a letter (`markup`), or a digit typed for a letter (`digit_letter`).
fn encoded(text: &str, i: usize, c: char, words: &WordScripts) -> Option<(usize, Option<char>)> {
    if c.is_ascii_digit() {
        return digit_letter(text, i, words).map(|l| (i + 1, Some(l)));
    }
    if c == '%' {
        return percent(text, i);
    }
    matches!(c, '=' | '&' | '<' | '*' | '\\' | ';' | '[' | '?')
        .then(|| markup(text, i))
        .flatten()
}

/// Percent-encoding, as in a link ("Kv%C3%A4llsgatan%2014", "tel:%2B4670…"): a letter in
/// UTF-8 touching a letter, a space between two letters or digits, a plus before a
/// digit, an at-sign between two letters.
fn percent(text: &str, i: usize) -> Option<(usize, Option<char>)> {
    let b = text.as_bytes();
    let alnum = |k: usize| b.get(k).is_some_and(u8::is_ascii_alphanumeric) || letter_at(text, k);
    let before = i > 0 && (b[i - 1].is_ascii_alphanumeric() || letter_before(text, i));
    match b.get(i + 1..i + 3)? {
        b"20" => (before && alnum(i + 3)).then_some((i + 3, Some(' '))),
        b"2B" => b
            .get(i + 3)
            .is_some_and(u8::is_ascii_digit)
            .then_some((i + 3, Some('+'))),
        b"40" => between_letters(text, i, i + 3).then_some((i + 3, Some('@'))),
        _ => {
            let (n, c) = escaped_utf8(&b[i..], b'%')?;
            touches_letter(text, i, i + n).then_some((i + n, Some(c)))
        }
    }
}

/// A digit typed for the letter it looks like or stands for in leetspeak and in Arabizi
/// ("0" o, "1" i, "3" e, "4" a, "5" s, "7" t) inside a capitalised word of ASCII letters:
/// after its capital and at most seven more letters (or such digits), before two lower-case
/// letters ("Gu5tava", "Sv3ja"). A product's or a code's digits stand at its end ("Tele2",
/// "Mp3") or between capitals ("B2B"), and are left alone.
fn digit_letter(text: &str, i: usize, words: &WordScripts) -> Option<char> {
    let b = text.as_bytes();
    let l = match b[i] {
        b'0' => 'o',
        b'1' => 'i',
        b'3' => 'e',
        b'4' => 'a',
        b'5' => 's',
        b'7' => 't',
        _ => return None,
    };
    if words.letters == 0 || words.start >= i || i - words.start > 8 {
        return None;
    }
    let leet =
        |x: &u8| x.is_ascii_lowercase() || matches!(x, b'0' | b'1' | b'3' | b'4' | b'5' | b'7');
    let ok = b[words.start].is_ascii_uppercase()
        && b[words.start + 1..i].iter().all(leet)
        && b.get(i + 1..i + 3)
            .is_some_and(|t| t.iter().all(u8::is_ascii_lowercase));
    ok.then_some(l)
}

/// Letters typed for the digits they look like, "O"/"o" for 0 and "l"/"I" for 1, at byte
/// `i` inside a number ("87O3l2-4571", "o7o-3l5 42 o8"): a run of only such letters and
/// ASCII digits, with at least one digit, standing apart from letters and other
/// characters. No word is made so, and a code's letters are others ("H2O", "0x1O"); three
/// letters before the digits are a plate's ("OOO037"). The
/// number of such letters at `i`.
fn letters_for_digits(b: &[u8], i: usize) -> Option<usize> {
    let look = |x: &u8| matches!(x, b'O' | b'o' | b'l' | b'I');
    let n = b[i..].iter().take(20).take_while(|x| look(x)).count();
    // A digit right before or after the letters first: most words have none.
    if n == 0
        || !(i > 0 && b[i - 1].is_ascii_digit() || b.get(i + n).is_some_and(u8::is_ascii_digit))
    {
        return None;
    }
    let part = |x: &u8| x.is_ascii_digit() || look(x);
    let back = b[..i].iter().rev().take(21).take_while(|x| part(x)).count();
    let fwd = b[i..].iter().take(21).take_while(|x| part(x)).count();
    let (s, e) = (i - back, i + fwd);
    let apart = |x: Option<&u8>| x.is_none_or(|x| x.is_ascii() && !x.is_ascii_alphanumeric());
    // Three such letters glued before the digits are a plate's letters ("OOO037").
    let plate = b[s..].iter().take_while(|x| look(x)).count() == 3;
    (!plate
        && e - s <= 20
        && b[s..e].iter().any(u8::is_ascii_digit)
        && apart(s.checked_sub(1).and_then(|k| b.get(k)))
        && apart(b.get(e)))
    .then_some(n)
}

/// An RTF escape of a letter of Windows-1252 (the Latin-1 letters), "\\'f6" for "ö", at
/// byte `i`, touching a letter: its end and the letter ("S\\'f6ren").
fn rtf_escape(text: &str, i: usize) -> Option<(usize, Option<char>)> {
    let cp = hex_value(text.as_bytes().get(i + 2..i + 4)?)?;
    let c = char::from_u32(cp).filter(|c| cp >= 0xC0 && c.is_alphabetic())?;
    touches_letter(text, i, i + 4).then_some((i + 4, Some(c)))
}

/// The number that the hex digits `b` write.
fn hex_value(b: &[u8]) -> Option<u32> {
    u32::from_str_radix(std::str::from_utf8(b).ok()?, 16).ok()
}

/// A Swedish letter typed on a US keyboard, where `;` is the key of "ö" and `[` that of
/// "å": inside a capitalised word, after its first one to three letters and before two
/// lower-case letters ("Sj;quist", "Str[hle"). A list's separator has a word of its own on
/// either side ("Namn;adress", "Hed;Gunnvor"), so the word before must be that short.
fn us_keyboard(text: &str, i: usize) -> Option<char> {
    let b = text.as_bytes();
    let head = b[..i]
        .iter()
        .rev()
        .take(4)
        .take_while(|x| x.is_ascii_alphabetic())
        .count();
    let opens = head < i && b[i - head - 1].is_ascii_alphabetic();
    let tail = b
        .get(i + 1..i + 3)
        .is_some_and(|t| t.iter().all(u8::is_ascii_lowercase));
    let ok = (1..=3).contains(&head)
        && !opens
        && b[i - head].is_ascii_uppercase()
        && b[i - head + 1..i].iter().all(u8::is_ascii_lowercase)
        && tail;
    ok.then_some(if b[i] == b';' { 'ö' } else { 'å' })
}

/// An HTML entity of a letter at the start of `b`: its length and the letter.
fn entity(b: &[u8]) -> Option<(usize, char)> {
    let semi = b.iter().take(10).position(|&x| x == b';')?;
    let body = std::str::from_utf8(&b[1..semi]).ok()?;
    let c = if let Some(num) = body.strip_prefix('#') {
        let cp = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(cp)?
    } else {
        match body {
            "auml" => 'ä',
            "Auml" => 'Ä',
            "ouml" => 'ö',
            "Ouml" => 'Ö',
            "aring" => 'å',
            "Aring" => 'Å',
            "uuml" => 'ü',
            "Uuml" => 'Ü',
            "eacute" => 'é',
            "Eacute" => 'É',
            "oslash" => 'ø',
            "Oslash" => 'Ø',
            "aelig" => 'æ',
            "AElig" => 'Æ',
            "ccedil" => 'ç',
            _ => return None,
        }
    };
    c.is_alphabetic().then_some((semi + 1, c))
}

/// A letter in quoted-printable UTF-8 at the start of `b` ("=C3=B6"): its length and the
/// letter.
fn quoted_printable(b: &[u8]) -> Option<(usize, char)> {
    escaped_utf8(b, b'=')
}

/// A letter in UTF-8 escaped byte by byte with `esc` and two capital hex digits at the
/// start of `b` ("=C3=B6", "%C3%B6"): its length and the letter.
fn escaped_utf8(b: &[u8], esc: u8) -> Option<(usize, char)> {
    let hex = |k: usize| -> Option<u8> {
        let h = b.get(k..k + 3)?;
        if h[0] != esc
            || !h[1..]
                .iter()
                .all(|x| x.is_ascii_digit() || (b'A'..=b'F').contains(x))
        {
            return None;
        }
        u8::from_str_radix(std::str::from_utf8(&h[1..]).ok()?, 16).ok()
    };
    let lead = hex(0)?;
    let len = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => return None,
    };
    let mut bytes = [lead, 0, 0];
    for (k, byte) in bytes.iter_mut().enumerate().take(len).skip(1) {
        *byte = hex(3 * k)?;
    }
    let c = std::str::from_utf8(&bytes[..len]).ok()?.chars().next()?;
    c.is_alphabetic().then_some((3 * len, c))
}

/// A letter of UTF-8 read as Windows-1252 at byte `i` (at an "Ã"): the end of the pair and
/// the letter ("Ã¶" is "ö", "Ã…" is "Å", "Ã©" is "é").
fn mojibake(text: &str, i: usize) -> Option<(usize, char)> {
    let next = text[i + 'Ã'.len_utf8()..].chars().next()?;
    let byte = match u32::from(next) {
        cp @ 0xA0..=0xBF => cp as u8,
        _ => match next {
            '€' => 0x80,
            '‚' => 0x82,
            'ƒ' => 0x83,
            '„' => 0x84,
            '…' => 0x85,
            '†' => 0x86,
            '‡' => 0x87,
            'ˆ' => 0x88,
            '‰' => 0x89,
            'Š' => 0x8A,
            '‹' => 0x8B,
            'Œ' => 0x8C,
            'Ž' => 0x8E,
            '\u{2018}' => 0x91,
            '\u{2019}' => 0x92,
            '\u{201C}' => 0x93,
            '\u{201D}' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            '˜' => 0x98,
            '™' => 0x99,
            'š' => 0x9A,
            '›' => 0x9B,
            'œ' => 0x9C,
            'ž' => 0x9E,
            'Ÿ' => 0x9F,
            _ => return None,
        },
    };
    let c = char::from_u32(0xC0 + u32::from(byte - 0x80))?;
    let end = i + 'Ã'.len_utf8() + next.len_utf8();
    (c.is_alphabetic() && touches_letter(text, i, end)).then_some((end, c))
}

/// The digit a sign of the Swedish keyboard's number row stands for when typed with
/// Shift held ("!" is 1, "=" is 0).
fn shifted_digit(c: char) -> Option<char> {
    let k = "=!\"#¤%&/()".chars().position(|x| x == c)?;
    Some(char::from(b'0' + k as u8))
}

/// A run of shifted digits (with spaces and hyphens between groups) around the "¤" at
/// byte `i`, not reaching back before `from` (the text already rewritten): its start,
/// its end and its digits. Five signs or more, of three kinds or more ("¤¤¤¤¤", a mask,
/// is none).
fn shifted_number(text: &str, i: usize, from: usize) -> Option<(usize, usize, String)> {
    let in_run = |c: char| c == ' ' || c == '-' || shifted_digit(c).is_some();
    let mut start = i;
    for (j, c) in text[from..i].char_indices().rev().take(24) {
        if !in_run(c) {
            break;
        }
        start = from + j;
    }
    let mut end = i;
    for (j, c) in text[i..].char_indices().take(24) {
        if !in_run(c) {
            break;
        }
        end = i + j + c.len_utf8();
    }
    let run = text[start..end].trim_matches([' ', '-']);
    let start = start + text[start..end].find(run)?;
    let end = start + run.len();
    let (mut signs, mut kinds) = (0, 0u16);
    let digits: String = run
        .chars()
        .map(|c| match shifted_digit(c) {
            Some(d) => {
                signs += 1;
                kinds |= 1 << (d as u8 - b'0');
                d
            }
            None => c,
        })
        .collect();
    (signs >= 5 && kinds.count_ones() >= 3 && !run.contains("  ")).then_some((start, end, digits))
}

/// Skips the characters that start before byte `end` (a rewritten stretch).
fn skip_to(chars: &mut Chars<'_>, end: usize) {
    while chars.peek().is_some_and(|(j, _)| j < end) {
        chars.next();
    }
}

/// The characters of a text with their byte offsets (as `char_indices().peekable()`),
/// which can also step over a run of ASCII letters read at once.
struct Chars<'a> {
    text: &'a str,
    at: usize,
}

impl Chars<'_> {
    fn peek(&self) -> Option<(usize, char)> {
        crate::chars::at(self.text, self.at).map(|c| (self.at, c))
    }
}

impl Iterator for Chars<'_> {
    type Item = (usize, char);

    fn next(&mut self) -> Option<(usize, char)> {
        let (i, c) = self.peek()?;
        self.at = i + c.len_utf8();
        Some((i, c))
    }
}

/// Original bytes `i..end` are read as `read`: the word's letters take it in, and the
/// copy has it in their place.
fn read_as(
    text: &str,
    (i, end): (usize, usize),
    read: &str,
    words: &mut WordScripts,
    out: &mut Rewritten,
) {
    words.read(read, i);
    out.replace(text, i, end, read);
}

/// Pushes a segment, NFKC-normalised and folded, onto `buf`.
fn fold_into(buf: &mut String, segment: impl Iterator<Item = char>) {
    buf.extend(segment.nfkc().filter_map(fold));
}

/// Whether a Latin-1 letter that normalisation leaves as it is starts at byte `i`: any of
/// U+00C0 to U+00FF but the signs × and ÷, and Ã (which may open mojibake, "MÃ¶lna").
/// Followed by no combining mark, each is read as a Latin letter, as an ASCII one is.
fn latin1_letter(b: &[u8], i: usize) -> bool {
    b.get(i) == Some(&0xC3)
        && b.get(i + 1)
            .is_some_and(|x| matches!(x, 0x80..=0xBF) && !matches!(x, 0x83 | 0x97 | 0xB7))
}

/// The run of letters (ASCII ones and `latin1_letter`s) from byte `i`, but its last
/// letter when a character that is not ASCII follows (it may be a combining mark on
/// it): its end and its number of letters.
fn letter_run(b: &[u8], i: usize) -> (usize, usize) {
    let (mut end, mut letters, mut last) = (i, 0, 0);
    loop {
        if b.get(end).is_some_and(u8::is_ascii_alphabetic) {
            last = 1;
        } else if latin1_letter(b, end) {
            last = 2;
        } else {
            break;
        }
        end += last;
        letters += 1;
    }
    if b.get(end).is_some_and(|x| !x.is_ascii()) && letters > 0 {
        (end - last, letters - 1)
    } else {
        (end, letters)
    }
}

/// Normalises a text; linear in its length.
pub fn normalise(text: &str) -> Normalised<'_> {
    let mut out = Rewritten::default();
    let mut words = WordScripts::default();
    let mut chars = Chars { text, at: 0 };
    let mut buf = String::new();
    while let Some((i, c)) = chars.next() {
        // A run of letters, ASCII or the Latin-1 ones Swedish is written with (å, ä, ö,
        // é), is read at once (all but its last letter when a character that is not ASCII
        // follows, which may be a combining mark on it).
        if c.is_ascii_alphabetic() || latin1_letter(text.as_bytes(), i) {
            if c.is_ascii_alphabetic() {
                if let Some(n) = letters_for_digits(text.as_bytes(), i) {
                    words.end(i);
                    for k in i..i + n {
                        let d = if matches!(text.as_bytes()[k], b'O' | b'o') {
                            "0"
                        } else {
                            "1"
                        };
                        out.replace(text, k, k + 1, d);
                    }
                    chars.at = i + n;
                    continue;
                }
            }
            let (end, letters) = letter_run(text.as_bytes(), i);
            if letters > 0 {
                words.latin_letters(i, letters);
                chars.at = end;
                continue;
            }
        }
        // The fast path: ASCII letters, digits, punctuation and ordinary space.
        // A keycap ("0\u{FE0F}\u{20E3}") is one segment too, so that a finding ending
        // in it ends after it.
        let keycap = |m: char| c.is_ascii_digit() && matches!(m, '\u{FE0F}' | '\u{20E3}');
        let marked = chars.peek().is_some_and(|(_, m)| {
            !m.is_ascii() && (canonical_combining_class(m) != 0 || keycap(m))
        });
        if !marked && c.is_ascii() && (c == ' ' || c == '\n' || !c.is_ascii_control()) {
            if c.is_ascii_alphabetic() {
                words.letter(c, i);
                continue;
            }
            // Markup or an encoding inside a word, two words typed with Caps Lock on.
            if let Some(end) = fast_rewrite(text, i, c, &mut words, &mut out) {
                skip_to(&mut chars, end);
                continue;
            }
            words.end(i);
            continue;
        }
        // A number typed with Shift held on a Swedish keyboard ("=(-!\"# ¤% &/" is
        // "08-123 45 67"), read from its "¤" (the shifted 4, a sign no other text uses
        // among such signs).
        if c == '¤' {
            if let Some((start, end, digits)) = shifted_number(text, i, out.copied) {
                words.end(start);
                out.replace(text, start, end, &digits);
                skip_to(&mut chars, end);
                continue;
            }
        }
        // UTF-8 read as Windows-1252: "MÃ¶lna" is "Mölna", "Ã…" is "Å".
        if c == 'Ã' {
            if let Some((end, read)) = mojibake(text, i) {
                read_as(
                    text,
                    (i, end),
                    read.encode_utf8(&mut [0u8; 4]),
                    &mut words,
                    &mut out,
                );
                skip_to(&mut chars, end);
                continue;
            }
        }
        // A right-to-left override shows the characters up to its end in reverse: they
        // are read as shown ("\u{202E}65 60 471-070\u{202C}" is "070-174 06 56").
        if c == '\u{202E}' {
            let (end, shown) = overridden(text, i);
            read_as(text, (i, end), &shown, &mut words, &mut out);
            skip_to(&mut chars, end);
            continue;
        }
        // A character read by its neighbours: a CJK numeral, a separator between digits,
        // a syllable's middle dot, a parenthesised letter.
        if let Some(read) = in_context(text, i, c) {
            read_as(text, (i, i + c.len_utf8()), read, &mut words, &mut out);
            continue;
        }
        // A symbol set between the groups of a number ("070🔹174🔹06🔹58") is a space.
        if group_symbol(text, i, c) {
            words.end(i);
            out.replace(text, i, i + c.len_utf8(), " ");
            continue;
        }
        // A symbol set between every character ("0🔹7🔹0", "A🌸m🌸i🌸n🌸a") is removed.
        let removed = separating_symbol(text, i, c);
        // A character and the combining marks after it form one segment.
        let (end, marks, kept) = marks_after(&mut chars, c, i + c.len_utf8(), keycap);
        if !marks && !removed && stable(c) {
            if crate::chars::is_alphabetic(c) || braille(c) {
                words.letter(c, i);
            } else {
                words.end(i);
            }
            continue;
        }
        buf.clear();
        if !removed {
            if !marks || c.is_ascii_digit() {
                fold_into(&mut buf, text[i..end].chars());
            } else {
                fold_into(&mut buf, std::iter::once(c).chain(kept));
            }
        }
        for n in buf.chars() {
            if crate::chars::is_alphabetic(n) {
                words.letter(n, i);
            } else if canonical_combining_class(n) == 0 && !ignorable(n) {
                words.end(i);
            }
        }
        if buf.as_str() != &text[i..end] {
            out.replace(text, i, end, &buf);
        }
    }
    words.end(text.len());
    let confusing = words.confusing();
    let unreadable = words.unreadable();
    let (text, edits) = out.finish(text);
    Normalised {
        text,
        edits,
        confusing,
        unreadable,
    }
}

/// The combining marks after a character (`end` is where it ends): the segment's end,
/// whether it had marks, and the first mark while it is the only one and makes a
/// Swedish letter; any other mark, or a stack of them ("Zalgo"), is removed and the base
/// letter kept.
fn marks_after(
    chars: &mut Chars<'_>,
    c: char,
    mut end: usize,
    keycap: impl Fn(char) -> bool,
) -> (usize, bool, Option<char>) {
    let mut kept = None;
    let mut count = 0;
    while let Some((j, m)) = chars.peek() {
        if canonical_combining_class(m) == 0 && !keycap(m) {
            break;
        }
        count += 1;
        kept = (count == 1 && swedish_mark(c, m)).then_some(m);
        end = j + m.len_utf8();
        chars.next();
    }
    (end, count > 0, kept)
}

/// The normalised text as it is built: a copy made only at the first change, and the
/// map of the changes.
#[derive(Default)]
struct Rewritten {
    out: Option<String>,
    /// Original bytes before this are in `out` (when it exists).
    copied: usize,
    edits: Vec<Edit>,
}

impl Rewritten {
    /// Original bytes `os..oe` of `text` become `with`.
    fn replace(&mut self, text: &str, os: usize, oe: usize, with: &str) {
        let o = self
            .out
            .get_or_insert_with(|| String::with_capacity(text.len()));
        o.push_str(&text[self.copied..os]);
        let ns = o.len();
        o.push_str(with);
        self.edits.push(Edit {
            ns,
            ne: o.len(),
            os,
            oe,
        });
        self.copied = oe;
    }

    fn finish(self, text: &str) -> (Cow<'_, str>, Vec<Edit>) {
        let t = match self.out {
            Some(mut o) => {
                o.push_str(&text[self.copied..]);
                Cow::Owned(o)
            }
            None => Cow::Borrowed(text),
        };
        (t, self.edits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        normalise(s).text.into_owned()
    }

    #[test]
    fn plain_text_is_borrowed() {
        let n = normalise("Åsa bor i Farsta, 070-123 45 67.\nHej!");
        assert!(matches!(n.text, Cow::Borrowed(_)));
        assert_eq!(n.start(3), 3);
        assert!(!n.confusing);
    }

    #[test]
    fn disguises_are_undone() {
        assert_eq!(
            norm("Jo\u{200B}han An\u{00AD}ders\u{2060}son"),
            "Johan Andersson"
        );
        assert_eq!(norm("ＪＯＨＡＮ"), "JOHAN");
        assert_eq!(norm("８１１２２８−９８７４"), "811228-9874");
        assert_eq!(norm("٨١١٢٢٨-٩٨٧٤"), "811228-9874");
        assert_eq!(norm("۸۱۱۲۲۸"), "811228");
        assert_eq!(norm("811228\u{00A0}-\u{202F}9874"), "811228 - 9874");
        assert_eq!(norm("a＠b.se"), "a@b.se");
        assert_eq!(norm("a\r\nb\u{2028}c"), "a\n\nb\nc");
        assert_eq!(norm("e\u{0301}"), "é");
        assert_eq!(norm("𝐉𝐨𝐡𝐚𝐧"), "Johan");
        // Letters typed for digits inside a number, and words and codes left alone.
        assert_eq!(norm("ring o7o-l2 34 O5"), "ring 070-12 34 05");
        assert_eq!(
            norm("Ola, lol, H2O, 0x1O, Oslo2"),
            "Ola, lol, H2O, 0x1O, Oslo2"
        );
        // Keycap emoji digits.
        assert_eq!(norm("3\u{FE0F}\u{20E3}9\u{FE0F}\u{20E3} 5\u{20E3}"), "39 5");
        let keys = "ring 4\u{FE0F}\u{20E3}2\u{FE0F}\u{20E3}!";
        let n = normalise(keys);
        assert_eq!(
            &keys[n.start(5)..n.end(7)],
            "4\u{FE0F}\u{20E3}2\u{FE0F}\u{20E3}"
        );
        // Small capitals, which NFKC keeps, read as the letters.
        assert_eq!(norm("ʙᴇʀɴᴛ ᴊᴏʜᴀɴꜱꜱᴏɴ"), "bernt johansson");
        assert!(!normalise("ʜᴀᴍᴢᴀ skrev").confusing);
    }

    #[test]
    fn overrides_strokes_and_symbols_between_characters_are_undone() {
        let rev = "ring \u{202E}32 71 555-670\u{202C} nu";
        let n = normalise(rev);
        assert_eq!(n.text, "ring 076-555 17 23 nu");
        let s = n.text.find("076").expect("digits");
        assert_eq!(
            &rev[n.start(s)..n.end(s + 13)],
            "\u{202E}32 71 555-670\u{202C}"
        );
        assert_eq!(norm("B\u{336}e\u{336}r\u{336}i\u{336}t\u{336}"), "Berit");
        assert_eq!(norm("0⭐8⭐5⭐5"), "0855");
        assert_eq!(norm("T🌼o🌼r🌼a"), "Tora");
        assert_eq!(norm("a。b 08ー55"), "a.b 08-55");
        // One symbol between two words is left alone.
        assert_eq!(norm("tack🌼Tora"), "tack🌼Tora");
    }

    #[test]
    fn other_digits_separators_and_marks_are_read() {
        assert_eq!(norm("⓿❽❷-❶❾❺ ➊➋"), "082-195 12");
        assert_eq!(norm("ring 〇八-五二 一九"), "ring 08-52 19");
        assert_eq!(norm("一月"), "一月"); // a numeral alone is left
        assert_eq!(norm("08|52 och 08⁄52 a⁄b"), "08|52 och 08 52 a⁄b");
        assert_eq!(norm("Lo·ve·ga·tan 3, O·t·t·o"), "Lovegatan 3, O.t.t.o");
        assert_eq!(norm("⒢⒭⒠⒯⒜"), "Greta");
        assert_eq!(norm("Vägen⠀5"), "Vägen 5");
        // A stack of marks is removed; one mark of a Swedish letter stays.
        assert_eq!(norm("H\u{301}\u{353}o\u{308}\u{316}l\u{334}ger"), "Holger");
        assert_eq!(norm("Go\u{308}ta Ha\u{30A}kan"), "Göta Håkan");
        assert_eq!(norm("Mi\u{303}lo"), "Milo");
        // Runes and Cherokee letters are words of a script without lists.
        assert_eq!(normalise("skrev ᚺᛟᛚᚷᛖᚱ").unreadable.len(), 1);
        assert_eq!(normalise("skrev ᎢᎪᎡᎪ").unreadable.len(), 1);
    }

    #[test]
    fn percent_encoding_in_a_link_is_read() {
        assert_eq!(norm("q=Gunnvor%20T%C3%A5llbo&x"), "q=Gunnvor Tållbo&x");
        assert_eq!(norm("tel:%2B46703321457"), "tel:+46703321457");
        assert_eq!(
            norm("Kv%C3%A4llsgatan%2014,+118%2026"),
            "Kvällsgatan 14,+118 26"
        );
        // A percent sign in text is left alone.
        assert_eq!(norm("50% i dag, 20%20"), "50% i dag, 20%20");
        assert_eq!(norm("rabatt 50%."), "rabatt 50%.");
    }

    #[test]
    fn a_symbol_between_a_number_s_groups_is_a_space() {
        assert_eq!(norm("073🔹552🔹18🔹40"), "073 552 18 40");
        // One symbol between two numbers is no separator of groups.
        assert_eq!(norm("12🔹34 och 56"), "12🔹34 och 56");
    }

    #[test]
    fn encodings_and_markup_inside_words_are_read() {
        // UTF-8 read as Windows-1252.
        assert_eq!(
            norm("Sigvard Ã…dahl, RenÃ©, MÃ¶lna"),
            "Sigvard Ådahl, René, Mölna"
        );
        assert_eq!(norm("Ã"), "Ã");
        // Quoted-printable letters touching a letter; not "=C3" alone or a sum.
        assert_eq!(norm("Gottfrid L=C3=A5ngberg"), "Gottfrid Långberg");
        assert_eq!(norm("x =C3 y, 3=C3"), "x =C3 y, 3=C3");
        // A digit for a letter inside a capitalised name; not a product's or a code's.
        assert_eq!(norm("Gu5tava Bj0rkvall"), "Gustava Bjorkvall");
        assert_eq!(
            norm("Tele2 Mp3 B2B Covid19 Win10 3dje"),
            "Tele2 Mp3 B2B Covid19 Win10 3dje"
        );
        // A quoted-printable at-sign between two letters; not after a digit.
        assert_eq!(
            norm("gunnvor.tallbo=40post.example"),
            "gunnvor.tallbo@post.example"
        );
        assert_eq!(norm("x 3=40 y"), "x 3=40 y");
        // RTF escapes of letters touching a letter; not of other bytes.
        assert_eq!(norm("Gottfrid L\\'e5ngberg"), "Gottfrid Långberg");
        assert_eq!(norm("a \\'41 b \\'e5"), "a \\'41 b \\'e5");
        // A letter lost to "?" inside a capitalised name, or opening the word after one;
        // not a question mark that ends a word or a sentence.
        assert_eq!(norm("S?lve ?dvall"), "Sölve Ödvall");
        assert_eq!(
            norm("Kommer du? Nej. Vem?du? vad ?nej"),
            "Kommer du? Nej. Vem?du? vad ?nej"
        );
        // HTML entities of letters, named and numbered; not of other signs.
        assert_eq!(
            norm("Sj&ouml;dal &Aring;dahl L&#228;nna &#xE5;"),
            "Sjödal Ådahl Länna å"
        );
        assert_eq!(norm("Ek &amp; Ask &#64;"), "Ek &amp; Ask &#64;");
        // Swedish letters typed on a US keyboard inside a capitalised word; not a list's
        // separator.
        assert_eq!(norm("Gunnvor Sj;quist Str[hle"), "Gunnvor Sjöquist Stråhle");
        assert_eq!(
            norm("Namn;adress Hed;Gunnvor x;y A;B [ab] Ab[c]"),
            "Namn;adress Hed;Gunnvor x;y A;B [ab] Ab[c]"
        );
        // JSON escapes of letters, and of an at-sign between letters; not of other signs.
        assert_eq!(
            norm("Torgny \\u00c5kerl\\u00f6f, torgny\\u0040exempel.example"),
            "Torgny Åkerlöf, torgny@exempel.example"
        );
        assert_eq!(
            norm("a \\u0040 b \\u0031 \\u00"),
            "a \\u0040 b \\u0031 \\u00"
        );
        // An HTML comment or Markdown emphasis between two letters is removed.
        assert_eq!(norm("Rut<!-- x -->ger Dahl<!---->bom"), "Rutger Dahlbom");
        assert_eq!(norm("Ti**mo**thy"), "Timothy");
        assert_eq!(
            norm("<!-- not -->här, **viktigt**, 5*3"),
            "<!-- not -->här, **viktigt**, 5*3"
        );
        let n = normalise("Mo Sj&ouml;dal");
        assert_eq!(
            n.start(n.text.find("dal").expect("dal")),
            "Mo Sj&ouml;".len()
        );
    }

    #[test]
    fn look_alike_letters_cells_and_other_numerals_are_read() {
        // Lisu letters that look Latin; a bullet between letters and digits.
        assert_eq!(norm("ꓖꓜꓑ 407, ꓢꓰꓠ"), "GZP 407, SEN");
        assert_eq!(norm("GZP•407 • punkt"), "GZP 407 • punkt");
        // Three regional indicators before a number are a plate's letters; a flag stays.
        assert_eq!(norm("🇬🇿🇵 407 🇸🇪"), "GZP 407 🇸🇪");
        assert_eq!(norm("🇸🇪 2026"), "🇸🇪 2026");
        // Parenthesised digits beside one another; one alone is NFKC's.
        assert_eq!(norm("⑵⑸⑴ ⑷⑹"), "251 46");
        assert_eq!(norm("punkt ⑶"), "punkt (3)");
        // Financial numerals beside one another.
        assert_eq!(norm("捌壹 玖參"), "81 93");
        // A word of Braille cells is a word the guard cannot read.
        assert_eq!(normalise("skrev ⠓⠁⠝⠁").unreadable.len(), 1);
    }

    #[test]
    fn two_words_typed_with_caps_lock_on() {
        assert_eq!(norm("med gUNNEL sTRÖM i dag"), "med Gunnel Ström i dag");
        assert_eq!(norm("ett eID och mRNA"), "ett eID och mRNA");
    }

    #[test]
    fn a_number_typed_with_shift_held() {
        assert_eq!(norm("ring =/#-%(& !) ¤& nu"), "ring 073-586 19 46 nu");
        assert_eq!(norm("Postnummer !%¤ )# Ort"), "Postnummer 154 93 Ort");
        // A mask, a price and a few signs stay as they are.
        assert_eq!(norm("¤¤¤¤¤¤-¤¤¤¤, 100 ¤, (%)!"), "¤¤¤¤¤¤-¤¤¤¤, 100 ¤, (%)!");
    }

    #[test]
    fn offsets_map_back_to_the_original() {
        let orig = "Hej Jo\u{200B}han, ring ０７０!";
        let n = normalise(orig);
        let t = n.text.as_ref();
        let s = t.find("Johan").expect("name");
        assert_eq!(&orig[n.start(s)..n.end(s + "Johan".len())], "Jo\u{200B}han");
        let p = t.find("070").expect("digits");
        assert_eq!(&orig[n.start(p)..n.end(p + 3)], "０７０");
        let b = t.find('!').expect("bang");
        assert_eq!(&orig[n.start(b)..n.end(b + 1)], "!");
    }

    #[test]
    fn mixed_scripts_confuse() {
        assert!(normalise("Johаn").confusing); // Cyrillic а
        assert!(normalise("Ring АВС 123 nu").confusing); // a Cyrillic look-alike plate
        assert!(!normalise("Анна и Иван").confusing); // Russian is not a disguise
        assert!(!normalise("Zoë Öztürk, Čelić, Şahin").confusing);
        assert!(!normalise("محمد").confusing);
    }
}
