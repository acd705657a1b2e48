//! The two lexicons behind the name model: the Swedish word list (which words are ordinary
//! Swedish words, so that a capitalised word opening a sentence can be told from a name)
//! and the gazetteer (places, organisations, platforms, holidays: proper nouns that are not
//! persons), built in and handed in at run time.
//!
//! Both are immutable once built and only read during a scan. A lookup never allocates
//! more than the lower-cased word; the word list is binary-searched in its front-coded form.

use crate::lists::WordTable;

const WORDS: &str = include_str!("../data/sv_words.txt");
const PLACES: &str = include_str!("../data/places.txt");
/// Localities from hunspell-sv (LGPL-3), built by `data/build_localities.py`.
const LOCALITIES: &str = include_str!("../data/localities.txt");

/// The Swedish word list (data/sv_words.txt, front-coded, every 32nd line written whole).
#[derive(Debug)]
pub struct Dict {
    /// Byte offsets of the lines written whole (their prefix character included).
    blocks: Vec<usize>,
    /// The byte range of each of those lines' word.
    heads: Vec<(u32, u32)>,
}

/// The lines of a block: (bytes shared with the previous word, the rest).
fn block_lines(from: usize) -> impl Iterator<Item = (usize, &'static str)> {
    WORDS[from..]
        .split('\n')
        .take(32)
        .enumerate()
        .map(|(k, l)| {
            let shared = l
                .bytes()
                .next()
                .map_or(0, |b| usize::from(b.saturating_sub(b'0')));
            (if k == 0 { 0 } else { shared }, l.get(1..).unwrap_or(""))
        })
}

impl Dict {
    fn new() -> Dict {
        let mut blocks = Vec::with_capacity(WORDS.len() / 128);
        let mut heads = Vec::with_capacity(WORDS.len() / 128);
        let mut at = 0usize;
        for (line, l) in WORDS.split('\n').enumerate() {
            if line % 32 == 0 && !l.is_empty() {
                blocks.push(at);
                heads.push(((at + 1) as u32, (at + l.len()) as u32));
            }
            at += l.len() + 1;
        }
        Dict { blocks, heads }
    }

    fn head(&self, b: usize) -> &'static [u8] {
        let (at, end) = self.heads[b];
        WORDS
            .as_bytes()
            .get(at as usize..end as usize)
            .unwrap_or(b"")
    }

    /// Whether a lower-case word form is in the list.
    pub fn contains(&self, w: &str) -> bool {
        if w.is_empty() || self.blocks.is_empty() {
            return false;
        }
        let i = {
            let (mut lo, mut hi) = (0usize, self.blocks.len());
            while lo < hi {
                let mid = (lo + hi) / 2;
                if self.head(mid) <= w.as_bytes() {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            lo
        };
        let Some(block) = i.checked_sub(1) else {
            return false;
        };
        if w.len() > 120 {
            return false;
        }
        let mut buf = [0u8; 128];
        let mut len = 0usize;
        for (shared, rest) in block_lines(self.blocks[block]) {
            let keep = shared.min(len);
            let end = keep + rest.len();
            if end > buf.len() {
                return false;
            }
            buf[keep..end].copy_from_slice(rest.as_bytes());
            len = end;
            match buf[..len].cmp(w.as_bytes()) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Greater => return false,
                std::cmp::Ordering::Less => {}
            }
        }
        false
    }

    /// Whether a lower-case word is an ordinary Swedish word: in the list, or a compound
    /// of words in it ("fritidsledarens" = "fritids" + "ledarens"), possibly with a linking
    /// -s- or a dropped final vowel. Compounds whose last part is a usual element of
    /// Swedish surnames (-berg, -ström, -gren …) do not count: "Sandberg" stays a name.
    pub fn is_word(&self, w: &str) -> bool {
        self.contains(w) || self.compound(w, 2) || self.number_abbreviation(w)
    }

    /// "nummer" shortened to "nr" after a word: "bokningsnr", "kundnr", "ärendenr".
    fn number_abbreviation(&self, w: &str) -> bool {
        w.strip_suffix("nr")
            .is_some_and(|h| h.chars().count() >= 3 && self.first_part(h, 1))
    }

    fn first_part(&self, p: &str, depth: u8) -> bool {
        if p.chars().count() < 2 {
            return false;
        }
        if self.contains(p) {
            return true;
        }
        if let Some(s) = p.strip_suffix('s') {
            if s.chars().count() >= 2 && (self.contains(s) || self.compound(s, depth)) {
                return true;
            }
        }
        // A first part that dropped its final vowel ("skol|gård" from "skola"); not after
        // three letters, where it makes words of names ("bir|gitta").
        for v in ["a", "e", "o"] {
            if p.chars().count() < 4 {
                break;
            }
            let mut with = String::with_capacity(p.len() + 1);
            with.push_str(p);
            with.push_str(v);
            if self.contains(&with) {
                return true;
            }
        }
        depth > 0 && self.compound(p, depth)
    }

    fn compound(&self, w: &str, depth: u8) -> bool {
        if depth == 0 || w.len() > 64 {
            return false;
        }
        for (i, _) in w.char_indices().skip(3) {
            let (head, tail) = w.split_at(i);
            // A first part of three letters needs a longer last part: "bil|branden" is a
            // compound, "jas|mina" is a name.
            let (h, t) = (head.chars().count(), tail.chars().count());
            // Three like consonants are written as two where the parts meet: "snitt|tid"
            // is written "snittid", "natt|tåg" "nattåg". The first part gets its letter
            // back when it then ends in a double consonant.
            let tb = tail.as_bytes();
            let hb = head.as_bytes();
            if tb[0] == hb[hb.len() - 1]
                && hb[hb.len() - 2] != tb[0]
                && tb[0].is_ascii_lowercase()
                && !b"aeiouy".contains(&tb[0])
                && h >= 3
                && t >= 3
                && !(t == 3 && h + 1 < 5)
                && !surname_part(tail)
                && self.contains(tail)
            {
                let mut with = String::with_capacity(head.len() + 1);
                with.push_str(head);
                with.push(char::from(tb[0]));
                if self.contains(&with) {
                    return true;
                }
            }
            // A last part of three letters only after a long first part ("kvitto|kod"),
            // or "kod" itself, which ends no name ("dörr|kod", "port|kod").
            if h < 3
                || t < 3
                || t == 3 && h < 5 && tail != "kod"
                || h == 3 && t < 5
                || surname_part(tail)
            {
                continue;
            }
            if self.contains(tail) && self.first_part(head, depth - 1) {
                return true;
            }
        }
        false
    }
}

/// Whether the last part of a compound is a usual element of Swedish surnames, as it is
/// or in the genitive ("berg", "ströms"). Only the part itself: "överenskommelsen" and
/// "byggnaden" start with "ö" and "by" but are ordinary words.
pub fn surname_part(tail: &str) -> bool {
    let bare = tail.strip_suffix('s').unwrap_or(tail);
    SURNAME_PARTS.iter().any(|s| tail == *s || bare == *s)
}

/// Last parts of Swedish surnames that are also ordinary words (berg, ström …): a
/// compound ending in one of them is not taken as an ordinary word.
pub const SURNAME_PARTS: &[&str] = &[
    "berg", "ström", "gren", "lund", "holm", "kvist", "qvist", "dahl", "dal", "blad", "bäck",
    "sten", "stedt", "strand", "man", "son", "mark", "vall", "hed", "fors", "borg", "by", "ek",
    "lind", "löf", "ros", "sjö", "hag", "näs", "ström", "bom", "ling", "lin", "stam", "rot", "ö",
    "å", "quist", "blom", "gård", "dorff", "feldt", "hielm", "hjelm", "skog", "stjerna", "stierna",
    "sköld", "kull", "bring", "rud",
];

/// Proper nouns that are not persons, matched as words or phrases.
#[derive(Debug, Default)]
pub struct Gazetteer {
    /// One-word names, lower case.
    single: WordTable<()>,
    /// Each word of a several-word name, lower case, as an index into `part_of`.
    parts: WordTable<u32>,
    /// The phrases of each word in `parts`, with the word's position in each.
    part_of: Vec<Vec<(u32, u8)>>,
    /// Several-word names as lower-case words.
    phrases: Vec<Vec<String>>,
}

impl Gazetteer {
    /// A gazetteer from names, one each (several words joined by spaces or hyphens).
    pub fn from_names<I, S>(names: I) -> Gazetteer
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut g = Gazetteer::default();
        for n in names {
            g.add(n.as_ref());
        }
        g
    }

    fn add(&mut self, name: &str) {
        let norm = crate::norm::normalise(name);
        let words: Vec<String> = norm
            .text
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        match words.len() {
            0 => {}
            1 => {
                self.single.insert(&words[0], ());
            }
            n if n <= 8 => {
                let id = self.phrases.len() as u32;
                for (k, w) in words.iter().enumerate() {
                    let next = self.part_of.len() as u32;
                    let at = *self.parts.entry_or(w, next);
                    if at == next {
                        self.part_of.push(Vec::new());
                    }
                    self.part_of[at as usize].push((id, k as u8));
                }
                self.phrases.push(words);
            }
            _ => {}
        }
    }

    /// Whether a lower-case word is a one-word name (also in the genitive).
    pub fn single(&self, l: &str) -> bool {
        self.single.contains(l)
            || l.strip_suffix('s')
                .is_some_and(|s| s.chars().count() >= 2 && self.single.contains(s))
    }

    /// Whether the word at `at` (of `words`, a window of lower-case words joined by single
    /// spaces or hyphens) lies inside a several-word name. `words[k]` is the word `k - at`
    /// positions away; `None` where the window ends or the joint is not a space or hyphen.
    pub fn in_phrase(&self, l: &str, word_at: &dyn Fn(isize) -> Option<String>) -> bool {
        let Some(at) = self.parts.get(l) else {
            return false;
        };
        self.part_of[at as usize].iter().any(|&(id, k)| {
            let phrase = &self.phrases[id as usize];
            phrase.iter().enumerate().all(|(j, pw)| {
                let off = j as isize - isize::from(k);
                off == 0
                    || word_at(off).is_some_and(|w| {
                        w == *pw
                            || (j + 1 == phrase.len()
                                && w.strip_suffix('s').is_some_and(|s| s == pw))
                    })
            })
        })
    }

    pub fn is_empty(&self) -> bool {
        self.single.is_empty() && self.phrases.is_empty()
    }
}

/// The built-in lexicons, parsed once per process.
#[derive(Debug)]
pub struct Lexicon {
    pub dict: Dict,
    pub places: Gazetteer,
}

impl Lexicon {
    pub fn shared() -> &'static Lexicon {
        static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(|| Lexicon {
            dict: Dict::new(),
            places: Gazetteer::from_names(
                PLACES
                    .lines()
                    .chain(LOCALITIES.lines())
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#')),
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_list_knows_swedish_words() {
        let d = &Lexicon::shared().dict;
        for w in [
            "abakus",
            "polisen",
            "fritidsledaren",
            "klara",
            "igår",
            "och",
            "är",
            "zoo",
        ] {
            assert!(d.contains(w), "{w}");
        }
        for w in ["hodan", "warsame", "johansson", "xq", ""] {
            assert!(!d.contains(w), "{w}");
        }
        for w in [
            "fritidsledarens",
            "skolgårdsvakten",
            "mobilfilmerna",
            "samverkansöverenskommelsen",
            "skolbyggnaden",
            "bokningsnr",
            "kundnr",
        ] {
            assert!(d.is_word(w), "{w}");
        }
        for w in [
            "sandberg",
            "sandbergs",
            "holmgrens",
            "hodan",
            "kovačević",
            "öztürk",
            "rashidi",
        ] {
            assert!(!d.is_word(w), "{w}");
        }
    }

    #[test]
    fn the_gazetteer_knows_places_and_phrases() {
        let g = Gazetteer::from_names(["Fältgruppen Södermalm", "Skärholmens gård", "Farsta"]);
        assert!(g.single("farsta") && g.single("farstas"));
        let words = ["fältgruppen", "södermalm"];
        let at =
            |i: usize| move |o: isize| words.get((i as isize + o) as usize).map(|s| s.to_string());
        assert!(g.in_phrase("södermalm", &at(1)));
        assert!(g.in_phrase("fältgruppen", &at(0)));
        assert!(!g.in_phrase("gård", &at(1)));
    }
}
