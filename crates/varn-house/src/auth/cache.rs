//! Short-lived caches that spare the database on every page view: the principal behind a
//! session, and each person's rendered start page.
//!
//! Both are checked against the database handle's count of committed writes
//! ([`crate::db::Db::changes`]), so a change in this process is seen at once; a short time
//! limit bounds how stale an entry can be when several processes serve the same database.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::auth::Principal;

/// How long an entry may be used without looking at the database again.
const TTL: Duration = Duration::from_secs(5);
/// Entries kept at most; the cache is emptied when it fills up.
const CAPACITY: usize = 10_000;

#[derive(Debug)]
struct Entry<T> {
    value: T,
    generation: u64,
    at: Instant,
}

/// A small map from key to value, valid for one count of writes and [`TTL`].
#[derive(Debug)]
pub struct Cache<T: Clone> {
    entries: Mutex<HashMap<String, Entry<T>>>,
}

impl<T: Clone> Default for Cache<T> {
    fn default() -> Self {
        Cache {
            entries: Mutex::new(HashMap::new()),
        }
    }
}

impl<T: Clone> Cache<T> {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Entry<T>>> {
        match self.entries.lock() {
            Ok(m) => m,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// The value kept for `key`, if it was kept at this `generation` and is fresh.
    pub fn get(&self, key: &str, generation: u64) -> Option<T> {
        let map = self.lock();
        map.get(key)
            .filter(|e| e.generation == generation && e.at.elapsed() < TTL)
            .map(|e| e.value.clone())
    }

    pub fn put(&self, key: String, value: T, generation: u64) {
        let mut map = self.lock();
        if map.len() >= CAPACITY {
            map.clear();
        }
        map.insert(
            key,
            Entry {
                value,
                generation,
                at: Instant::now(),
            },
        );
    }

    pub fn remove(&self, key: &str) {
        self.lock().remove(key);
    }
}

/// The caches of one application.
#[derive(Debug, Default)]
pub struct Caches {
    /// Session id hash → principal.
    pub principals: Cache<Principal>,
    /// User id → rendered start page.
    pub start_pages: Cache<String>,
}
