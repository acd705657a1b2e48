//! A map from short words to small values, for the lookups every word of a scan makes.
//!
//! A standard hash map keyed by `String` keeps each key on the heap: a lookup that finds
//! its bucket still follows a pointer to compare the bytes, a second cache miss and a call
//! to `memcmp` for every hit. Almost every word is at most sixteen bytes, so this table
//! keeps such keys inline, as two integers beside their value, and compares them with two
//! integer comparisons. Longer keys live in an ordinary map beside it.
//!
//! Open addressing with linear probing, at most half full, with a byte of the hash per
//! slot beside the slots, as in a SwissTable: a lookup reads one or two of these bytes and
//! compares keys only where one matches. Keys are never removed.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::WordHasher;

/// The longest key kept inline, in bytes.
const INLINE: usize = 16;

#[derive(Debug, Clone, Copy)]
struct Slot<V> {
    key: [u64; 2],
    /// The key's length in bytes.
    len: u8,
    value: V,
}

/// A word-keyed map with inline short keys (see the module's doc).
#[derive(Debug, Clone)]
pub struct WordTable<V: Copy + Default> {
    /// A byte per slot: 0 for an empty one, else seven bits of the key's hash with the
    /// top bit set. A lookup reads these first (64 to a cache line) and compares a key
    /// only where the byte matches, so a word the table lacks costs a byte or two.
    tags: Vec<u8>,
    slots: Vec<Slot<V>>,
    /// Keys kept inline.
    inline: usize,
    long: HashMap<Box<str>, V, BuildHasherDefault<WordHasher>>,
}

impl<V: Copy + Default> Default for WordTable<V> {
    fn default() -> Self {
        WordTable {
            tags: Vec::new(),
            slots: Vec::new(),
            inline: 0,
            long: HashMap::default(),
        }
    }
}

/// Eight bytes from `at` as a little-endian integer.
#[inline(always)]
fn u64_at(b: &[u8], at: usize) -> u64 {
    let mut v = [0u8; 8];
    v.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(v)
}

/// Up to sixteen bytes as two little-endian integers, zero-padded, read without a copy
/// of unknown length (which would call `memcpy`).
#[inline]
fn load(b: &[u8]) -> [u64; 2] {
    let n = b.len();
    debug_assert!(n <= INLINE);
    if n >= 8 {
        // The second half as the last eight bytes, shifted down past the ones the
        // first half already holds.
        let hi = if n == 8 {
            0
        } else {
            u64_at(b, n - 8) >> (8 * (INLINE - n))
        };
        [u64_at(b, 0), hi]
    } else if n >= 4 {
        // Two overlapping four-byte reads; the overlap holds the same bytes in the
        // same places.
        let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
        [u64::from(lo) | u64::from(hi) << (8 * (n - 4)), 0]
    } else {
        [b.iter().rev().fold(0u64, |v, &x| v << 8 | u64::from(x)), 0]
    }
}

/// The key's first slot (under `mask`) and its tag.
#[inline]
fn place(key: [u64; 2], len: usize, mask: usize) -> (usize, u8) {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let h = (key[0] ^ len as u64).wrapping_mul(K);
    let h = (h.rotate_left(23) ^ key[1]).wrapping_mul(K);
    ((h >> 32) as usize & mask, (h >> 57) as u8 | 0x80)
}

impl<V: Copy + Default> WordTable<V> {
    /// The value of `word`, if the table holds it.
    #[inline]
    pub fn get(&self, word: &str) -> Option<V> {
        let b = word.as_bytes();
        if b.len() > INLINE || b.is_empty() {
            return self.long_get(word);
        }
        if self.slots.is_empty() {
            return None;
        }
        let key = load(b);
        self.find(key, b.len()).ok().map(|at| self.slots[at].value)
    }

    /// The slot of an inline key: `Ok` where the table holds it, else `Err` with the
    /// empty slot where it would go. The table must have slots.
    #[inline]
    fn find(&self, key: [u64; 2], len: usize) -> Result<usize, (usize, u8)> {
        let mask = self.slots.len() - 1;
        let (mut at, tag) = place(key, len, mask);
        loop {
            let t = self.tags[at];
            if t == 0 {
                return Err((at, tag));
            }
            if t == tag {
                let s = &self.slots[at];
                if s.key == key && usize::from(s.len) == len {
                    return Ok(at);
                }
            }
            at = (at + 1) & mask;
        }
    }

    /// Whether the table holds `word`.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    #[cold]
    #[inline(never)]
    fn long_get(&self, word: &str) -> Option<V> {
        self.long.get(word).copied()
    }

    /// The value of `word`, `default` inserted first where it has none, for update.
    pub fn entry_or(&mut self, word: &str, default: V) -> &mut V {
        let b = word.as_bytes();
        if b.len() > INLINE || b.is_empty() {
            return self.long.entry(word.into()).or_insert(default);
        }
        if (self.inline + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let key = load(b);
        let at = match self.find(key, b.len()) {
            Ok(at) => at,
            Err((at, tag)) => {
                self.inline += 1;
                self.tags[at] = tag;
                self.slots[at] = Slot {
                    key,
                    len: b.len() as u8,
                    value: default,
                };
                at
            }
        };
        &mut self.slots[at].value
    }

    /// Sets the value of `word`.
    pub fn insert(&mut self, word: &str, value: V) {
        *self.entry_or(word, value) = value;
    }

    /// Calls `f` with every key and its value, for updates that depend on the key.
    pub fn for_each_mut(&mut self, mut f: impl FnMut(&str, &mut V)) {
        for (s, _) in self
            .slots
            .iter_mut()
            .zip(&self.tags)
            .filter(|(_, &t)| t != 0)
        {
            let mut bytes = [0u8; INLINE];
            bytes[..8].copy_from_slice(&s.key[0].to_le_bytes());
            bytes[8..].copy_from_slice(&s.key[1].to_le_bytes());
            let n = usize::from(s.len);
            // Inline keys were written from a `&str`, so their bytes are UTF-8.
            if let Ok(k) = std::str::from_utf8(&bytes[..n]) {
                f(k, &mut s.value);
            }
        }
        for (k, v) in self.long.iter_mut() {
            f(k, v);
        }
    }

    /// How many keys the table holds.
    pub fn len(&self) -> usize {
        self.inline + self.long.len()
    }

    /// Whether the table holds no key.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn grow(&mut self) {
        let cap = (self.slots.len() * 2).max(64);
        let empty = Slot {
            key: [0; 2],
            len: 0,
            value: V::default(),
        };
        let old = std::mem::replace(&mut self.slots, vec![empty; cap]);
        let old_tags = std::mem::replace(&mut self.tags, vec![0; cap]);
        let mask = cap - 1;
        for (s, _) in old.into_iter().zip(old_tags).filter(|&(_, t)| t != 0) {
            let (mut at, tag) = place(s.key, usize::from(s.len), mask);
            while self.tags[at] != 0 {
                at = (at + 1) & mask;
            }
            self.tags[at] = tag;
            self.slots[at] = s;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{load, WordTable};
    use proptest::prelude::*;
    use std::collections::HashMap;

    #[test]
    fn a_key_loads_as_its_bytes_zero_padded() {
        let text = "abcdefghijklmnopqråäö";
        for n in 0..=16 {
            let Some(w) = text.get(..n) else { continue };
            let mut b = [0u8; 16];
            b[..n].copy_from_slice(w.as_bytes());
            let want = [
                u64::from_le_bytes(b[..8].try_into().expect("eight bytes")),
                u64::from_le_bytes(b[8..].try_into().expect("eight bytes")),
            ];
            assert_eq!(load(w.as_bytes()), want, "{n}");
        }
    }

    #[test]
    fn keys_that_differ_only_in_length_or_trailing_zeros_stay_apart() {
        let mut t = WordTable::default();
        t.insert("a", 1u32);
        t.insert("a\0", 2);
        t.insert("a\0\0\0\0\0\0\0\0", 3);
        t.insert("", 4);
        t.insert("en mycket lång nyckel över sexton byte", 5);
        assert_eq!(t.get("a"), Some(1));
        assert_eq!(t.get("a\0"), Some(2));
        assert_eq!(t.get("a\0\0\0\0\0\0\0\0"), Some(3));
        assert_eq!(t.get(""), Some(4));
        assert_eq!(t.get("en mycket lång nyckel över sexton byte"), Some(5));
        assert_eq!(t.get("a\0\0"), None);
        assert_eq!(t.len(), 5);
    }

    proptest! {
        /// The table answers as a standard map, through growth, for keys short and long.
        #[test]
        fn the_table_answers_as_a_hash_map(
            ops in proptest::collection::vec(("[a-zåäö\\- ]{0,24}", any::<u16>()), 0..400),
            probes in proptest::collection::vec("[a-zåäö\\- ]{0,24}", 0..50),
        ) {
            let mut t = WordTable::default();
            let mut m = HashMap::new();
            for (k, v) in &ops {
                *t.entry_or(k, 0u16) ^= v;
                *m.entry(k.clone()).or_insert(0u16) ^= v;
            }
            prop_assert_eq!(t.len(), m.len());
            for k in ops.iter().map(|(k, _)| k).chain(&probes) {
                prop_assert_eq!(t.get(k), m.get(k).copied(), "{:?}", k);
            }
            let mut seen = HashMap::new();
            t.for_each_mut(|k, v| {
                seen.insert(k.to_owned(), *v);
            });
            prop_assert_eq!(seen, m);
        }
    }
}
