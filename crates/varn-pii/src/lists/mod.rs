//! Word lists: first names and surnames (from data/, see data/README.md), the words that
//! introduce a person ("eleven", "mamman" …), first names that are also ordinary words,
//! and places, authorities and calendar words that must never be taken for names.

use std::sync::OnceLock;

mod cues;
mod places;
mod table;

pub use table::WordTable;

use cues::{
    ADVERBS, AMBIGUOUS, CLAUSE, FINITE_VERBS, GREETINGS, HEDGES, NAMING, OPENERS, PARTICLES,
    PERSON_PREPOSITIONS, PERSON_VERBS, REPORTING, ROLE_WORDS, TEXT_WORDS, TOPIC, WITH_VERBS,
};
pub(crate) use cues::{KUNYA, ROLE_TAILS};
use places::NOT_NAMES;
pub(crate) use places::{
    car_make, undotted_suffix, NOT_PLATES, PLACE_HEADS, STREET_SUFFIXES, UNDOTTED_SUFFIXES,
};

const FIRST: &str = include_str!("../../data/first_names.txt");
const LAST: &str = include_str!("../../data/surnames.txt");
/// First names of many countries that are no Swedish or English word (data/README.md).
const WORLD: &str = include_str!("../../data/world_first_names.txt");
const GAZETTEER_FIRST: &str = include_str!("../../data/gazetteer_first_names.txt");
const WORLD_WORD_NAMES: &str = include_str!("../../data/world_word_names.txt");
/// More of the world's names, from Faker's person providers (MIT): East and West African,
/// Pakistani, Turkic, Indian and South-East Asian families (`data/README.md`).
const FAKER_WORLD: &str = include_str!("../../data/faker_world_names.txt");

/// A fast, non-cryptographic hasher for short words (FxHash's multiply-rotate). The sets
/// are fixed data, not keyed by user input in a way that matters: a scan is bounded by its
/// work budget either way.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher(u64);

impl WordHasher {
    /// One step of the hash: a word of up to eight bytes mixed in.
    #[inline]
    fn mix(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes at a time, the last few zero-padded, read without a copy (a copy
        // of a slice of unknown length called `memcpy` for every word).
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.mix(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.mix(rest.iter().rev().fold(0u64, |v, &b| v << 8 | u64::from(b)));
        }
    }
    fn write_u16(&mut self, i: u16) {
        self.mix(u64::from(i));
    }
    fn write_u8(&mut self, i: u8) {
        self.mix(u64::from(i));
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// What a lower-case word is to the name model, as bit flags (one lookup per word).
pub mod flag {
    pub const FIRST: u32 = 1;
    pub const LAST: u32 = 1 << 1;
    pub const ROLE: u32 = 1 << 2;
    pub const AMBIGUOUS: u32 = 1 << 3;
    pub const NOT_NAME: u32 = 1 << 4;
    pub const PERSON_VERB: u32 = 1 << 5;
    pub const WITH_VERB: u32 = 1 << 6;
    pub const PREPOSITION: u32 = 1 << 7;
    pub const FINITE: u32 = 1 << 8;
    pub const HEDGE: u32 = 1 << 9;
    pub const NAMING: u32 = 1 << 10;
    pub const OPENER: u32 = 1 << 11;
    /// A listed name that the word list also has ("ebba"): a word in lower case.
    pub const WORD_NAME: u32 = 1 << 12;
    pub const TOPIC: u32 = 1 << 13;
    pub const GREETING: u32 = 1 << 14;
    pub const TEXT: u32 = 1 << 15;
    pub const PARTICLE: u32 = 1 << 16;
    pub const CLAUSE: u32 = 1 << 17;
    pub const ADVERB: u32 = 1 << 18;
    pub const REPORTING: u32 = 1 << 19;
    /// A car make or model, also in the definite form ("saaben").
    pub const CAR: u32 = 1 << 20;
    /// A first name only the world's list has (data/world_first_names.txt): a person's
    /// name in lower case, but no more than an unknown word when capitalised, where the
    /// capital already says "proper noun" and the rules' negative knowledge decides.
    pub const WORLD: u32 = 1 << 21;
    /// A single word of the gazetteer that is also a first name in the world's list
    /// (data/gazetteer_first_names.txt: "islam", "salem"): a place or a holiday, unless a
    /// surname follows it.
    pub const GAZETTEER_FIRST: u32 = 1 << 22;
}

/// The lists, built once per process.
#[derive(Debug)]
pub struct Lists {
    flags: WordTable<u32>,
}

impl Lists {
    pub fn new() -> Lists {
        let mut flags: WordTable<u32> = WordTable::default();
        let mut add = |words: &mut dyn Iterator<Item = &str>, f: u32| {
            for w in words {
                let w = w.trim();
                if !w.is_empty() {
                    *flags.entry_or(&w.to_lowercase(), 0) |= f;
                }
            }
        };
        add(&mut FIRST.lines(), flag::FIRST);
        add(&mut LAST.lines(), flag::LAST);
        add(&mut ROLE_WORDS.iter().copied(), flag::ROLE);
        add(&mut AMBIGUOUS.iter().copied(), flag::AMBIGUOUS);
        add(&mut NOT_NAMES.iter().copied(), flag::NOT_NAME);
        add(&mut PERSON_VERBS.iter().copied(), flag::PERSON_VERB);
        add(&mut WITH_VERBS.iter().copied(), flag::WITH_VERB);
        add(&mut PERSON_PREPOSITIONS.iter().copied(), flag::PREPOSITION);
        add(&mut FINITE_VERBS.iter().copied(), flag::FINITE);
        add(&mut HEDGES.iter().copied(), flag::HEDGE);
        add(&mut NAMING.iter().copied(), flag::NAMING);
        add(&mut OPENERS.iter().copied(), flag::OPENER);
        add(&mut TOPIC.iter().copied(), flag::TOPIC);
        add(&mut GREETINGS.iter().copied(), flag::GREETING);
        add(&mut TEXT_WORDS.iter().copied(), flag::TEXT);
        add(&mut PARTICLES.iter().copied(), flag::PARTICLE);
        add(&mut CLAUSE.iter().copied(), flag::CLAUSE);
        add(&mut ADVERBS.iter().copied(), flag::ADVERB);
        add(&mut REPORTING.iter().copied(), flag::REPORTING);
        let cars: Vec<String> = places::car_forms().collect();
        add(&mut cars.iter().map(String::as_str), flag::CAR);
        // The world's first names add only to a word no other list knows: a cue word, a
        // place or a calendar word stays what its list says.
        for w in WORLD
            .lines()
            .chain(FAKER_WORLD.lines().filter(|l| !l.starts_with('#')))
        {
            let f = flags.entry_or(w, 0);
            if *f & !flag::LAST == 0 {
                *f |= flag::FIRST | flag::WORLD;
            }
        }
        // The world's first names that are rare Swedish words ("halvor", "snorre"): listed
        // first names that are also words, as "ebba" and "dag" are.
        for w in WORLD_WORD_NAMES.lines().filter(|l| !l.starts_with('#')) {
            let f = flags.entry_or(w, 0);
            if *f & !flag::LAST == 0 {
                *f |= flag::FIRST;
            }
        }
        for w in GAZETTEER_FIRST.lines().filter(|l| !l.starts_with('#')) {
            *flags.entry_or(w, 0) |= flag::GAZETTEER_FIRST;
        }
        // Every listed name that is also an ordinary word ("ebba", "dag") is a word in lower case.
        let dict = &crate::lexicon::Lexicon::shared().dict;
        flags.for_each_mut(|w, f| {
            if *f & (flag::FIRST | flag::LAST) != 0 && dict.contains(w) {
                *f |= flag::WORD_NAME;
            }
        });
        Lists { flags }
    }

    /// The flags of a lower-case word (0 for a word in no list).
    pub fn flags(&self, l: &str) -> u32 {
        self.flags.get(l).unwrap_or(0)
    }

    /// Whether a lower-case word has a flag.
    pub fn is(&self, l: &str, f: u32) -> bool {
        self.flags(l) & f != 0
    }
}

impl Default for Lists {
    fn default() -> Lists {
        Lists::new()
    }
}

impl Lists {
    /// The lists, parsed on first use and then only read: immutable shared data, not
    /// mutable global state, so every guard shares one copy and building one is cheap.
    pub fn shared() -> &'static Lists {
        static LISTS: OnceLock<Lists> = OnceLock::new();
        LISTS.get_or_init(Lists::new)
    }
}

#[cfg(test)]
mod tests {
    use super::WordHasher;
    use std::hash::Hasher;

    #[test]
    fn the_word_hasher_reads_eight_bytes_at_a_time_zero_padded() {
        let text = "abcdefghijklmnopqrstuvwxyzåäö0123456789";
        for n in 0..=text.len() {
            let bytes = &text.as_bytes()[..n];
            let mut h = WordHasher::default();
            h.write(bytes);
            let mut want = 0u64;
            for chunk in bytes.chunks(8) {
                let mut b = [0u8; 8];
                b[..chunk.len()].copy_from_slice(chunk);
                want = (want.rotate_left(5) ^ u64::from_le_bytes(b))
                    .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
            }
            assert_eq!(h.finish(), want, "{n}");
        }
    }
}
