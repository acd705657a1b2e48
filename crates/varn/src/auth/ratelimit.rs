//! Sign-in rate limiting: counts failed attempts per e-mail address and per client address
//! in a sliding window. Only failures count, so a person who signs in often is never
//! locked out; a guesser is. (A general-purpose limiter such as `governor` counts every
//! request, which is not the rule wanted here.)

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Debug)]
pub struct SignInLimiter {
    window: Duration,
    per_account: usize,
    per_client: usize,
    failures: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl SignInLimiter {
    pub fn new(per_account: u32, window: Duration) -> SignInLimiter {
        SignInLimiter {
            window,
            per_account: per_account as usize,
            per_client: (per_account as usize) * 10,
            failures: Mutex::new(HashMap::new()),
        }
    }

    fn count(&self, key: &str, now: Instant) -> usize {
        let mut map = match self.failures.lock() {
            Ok(m) => m,
            Err(poisoned) => poisoned.into_inner(),
        };
        match map.get_mut(key) {
            Some(q) => {
                while q
                    .front()
                    .is_some_and(|t| now.duration_since(*t) > self.window)
                {
                    q.pop_front();
                }
                q.len()
            }
            None => 0,
        }
    }

    /// True when another attempt for this account from this client may be tried now.
    pub fn allowed(&self, email: &str, client: &str) -> bool {
        let now = Instant::now();
        self.count(&format!("a:{email}"), now) < self.per_account
            && self.count(&format!("c:{client}"), now) < self.per_client
    }

    /// True when this client may try another `kind` of guess (receipt codes, link tokens).
    pub fn client_allowed(&self, kind: &str, client: &str) -> bool {
        self.count(&format!("{kind}:{client}"), Instant::now()) < self.per_client
    }

    /// Records a failed guess of `kind` by this client.
    pub fn client_failed(&self, kind: &str, client: &str) {
        let mut map = match self.failures.lock() {
            Ok(m) => m,
            Err(poisoned) => poisoned.into_inner(),
        };
        map.entry(format!("{kind}:{client}"))
            .or_default()
            .push_back(Instant::now());
    }

    /// Records a failed attempt.
    pub fn failed(&self, email: &str, client: &str) {
        let now = Instant::now();
        let mut map = match self.failures.lock() {
            Ok(m) => m,
            Err(poisoned) => poisoned.into_inner(),
        };
        if map.len() > 100_000 {
            map.clear();
        }
        for key in [format!("a:{email}"), format!("c:{client}")] {
            map.entry(key).or_default().push_back(now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_after_failures_only() {
        let limiter = SignInLimiter::new(3, Duration::from_secs(60));
        for _ in 0..3 {
            assert!(limiter.allowed("a@x", "1.2.3.4"));
            limiter.failed("a@x", "1.2.3.4");
        }
        assert!(!limiter.allowed("a@x", "1.2.3.4"));
        assert!(limiter.allowed("b@x", "1.2.3.4"));
    }

    #[test]
    fn window_expires() {
        let limiter = SignInLimiter::new(1, Duration::from_millis(1));
        limiter.failed("a@x", "c");
        std::thread::sleep(Duration::from_millis(5));
        assert!(limiter.allowed("a@x", "c"));
    }
}
