//! Limits on guessing: passwords, receipt codes, partner-link tokens. Only failures count,
//! so a person who signs in often is never held back; a guesser is.
//!
//! - **Per client address** (the real client's, behind a trusted proxy: see
//!   [`crate::web::ClientAddr`]): at most `10 × sign_in_attempts` failures of each kind in a
//!   sliding window of 15 minutes, then a refusal until the window has moved on.
//! - **Per account**: after `sign_in_attempts` failures in the window, each further attempt
//!   must wait a delay that doubles with every failure (1 s, 2 s, 4 s … at most a minute),
//!   and an attempt before its time is refused without looking at the password. The right
//!   password after the delay still signs in: a guesser cannot lock a colleague out.
//!
//! (A general-purpose limiter such as `governor` counts every request, which is not the
//! rule wanted here.) The counts live in the process; several processes each count their
//! own.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The longest delay an account's attempts must wait.
const MAX_DELAY: Duration = Duration::from_secs(60);

#[derive(Debug)]
pub struct SignInLimiter {
    window: Duration,
    per_account: usize,
    per_client: usize,
    failures: Mutex<HashMap<String, VecDeque<Instant>>>,
}

/// What the limiter says about an attempt to sign in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Check the password.
    Try,
    /// The account's attempts must wait this long before the next.
    Wait(Duration),
    /// This client has failed too often; it may try again when the window has moved on.
    Refused,
}

impl SignInLimiter {
    pub fn new(per_account: u32, window: Duration) -> SignInLimiter {
        SignInLimiter {
            window,
            per_account: per_account.max(1) as usize,
            per_client: (per_account.max(1) as usize) * 10,
            failures: Mutex::new(HashMap::new()),
        }
    }

    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<String, VecDeque<Instant>>> {
        match self.failures.lock() {
            Ok(m) => m,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// The failures of `key` still inside the window, oldest first.
    fn recent(&self, key: &str, now: Instant) -> Vec<Instant> {
        let mut map = self.map();
        match map.get_mut(key) {
            Some(q) => {
                while q
                    .front()
                    .is_some_and(|t| now.saturating_duration_since(*t) > self.window)
                {
                    q.pop_front();
                }
                q.iter().copied().collect()
            }
            None => Vec::new(),
        }
    }

    fn record(&self, keys: &[String], now: Instant) {
        let mut map = self.map();
        if map.len() > 100_000 {
            // Bounded memory under a flood of distinct keys: forget the oldest state.
            map.clear();
        }
        for key in keys {
            let q = map.entry(key.clone()).or_default();
            q.push_back(now);
            // Only the last per_client failures of a key are ever looked at.
            while q.len() > self.per_client {
                q.pop_front();
            }
        }
    }

    /// May this client try a password for this account now?
    pub fn check(&self, email: &str, client: &str) -> Verdict {
        self.check_at(email, client, Instant::now())
    }

    fn check_at(&self, email: &str, client: &str, now: Instant) -> Verdict {
        if self.recent(&format!("c:{client}"), now).len() >= self.per_client {
            return Verdict::Refused;
        }
        let account = self.recent(&format!("a:{email}"), now);
        if account.len() < self.per_account {
            return Verdict::Try;
        }
        let over = (account.len() - self.per_account).min(6) as u32;
        let delay = Duration::from_secs(1u64 << over).min(MAX_DELAY);
        let last = account.last().copied().unwrap_or(now);
        match (last + delay).checked_duration_since(now) {
            Some(left) if !left.is_zero() => Verdict::Wait(left),
            _ => Verdict::Try,
        }
    }

    /// Records a wrong password for this account from this client.
    pub fn failed(&self, email: &str, client: &str) {
        self.failed_at(email, client, Instant::now());
    }

    fn failed_at(&self, email: &str, client: &str, now: Instant) {
        self.record(&[format!("a:{email}"), format!("c:{client}")], now);
    }

    /// Forgets an account's failures once its owner has signed in.
    pub fn succeeded(&self, email: &str) {
        self.map().remove(&format!("a:{email}"));
    }

    /// True when this client may try another `kind` of guess (receipt codes, link tokens).
    pub fn client_allowed(&self, kind: &str, client: &str) -> bool {
        self.recent(&format!("{kind}:{client}"), Instant::now())
            .len()
            < self.per_client
    }

    /// Records a failed guess of `kind` by this client.
    pub fn client_failed(&self, kind: &str, client: &str) {
        self.record(&[format!("{kind}:{client}")], Instant::now());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_waits_longer_after_each_failure_but_is_never_locked() {
        let limiter = SignInLimiter::new(3, Duration::from_secs(900));
        let t0 = Instant::now();
        for i in 0..3 {
            assert_eq!(limiter.check_at("a@x", "c1", t0), Verdict::Try);
            limiter.failed_at("a@x", &format!("c{i}"), t0);
        }
        // The fourth attempt waits a second, then may go ahead.
        assert_eq!(
            limiter.check_at("a@x", "c9", t0),
            Verdict::Wait(Duration::from_secs(1))
        );
        let t1 = t0 + Duration::from_secs(1);
        assert_eq!(limiter.check_at("a@x", "c9", t1), Verdict::Try);
        limiter.failed_at("a@x", "c9", t1);
        assert_eq!(
            limiter.check_at("a@x", "c9", t1),
            Verdict::Wait(Duration::from_secs(2))
        );
        // Many failures later the delay stops growing at a minute.
        let mut t = t1;
        for _ in 0..20 {
            t += MAX_DELAY;
            limiter.failed_at("a@x", "c9", t);
        }
        assert_eq!(limiter.check_at("a@x", "c8", t), Verdict::Wait(MAX_DELAY));
        assert_eq!(limiter.check_at("a@x", "c8", t + MAX_DELAY), Verdict::Try);
        // Other accounts are not held back.
        assert_eq!(limiter.check_at("b@x", "c8", t), Verdict::Try);
        limiter.succeeded("a@x");
        assert_eq!(limiter.check_at("a@x", "c8", t), Verdict::Try);
    }

    #[test]
    fn a_client_that_fails_too_often_is_refused_for_the_window() {
        let limiter = SignInLimiter::new(1, Duration::from_secs(60));
        let t0 = Instant::now();
        for i in 0..10 {
            limiter.failed_at(&format!("u{i}@x"), "1.2.3.4", t0);
        }
        assert_eq!(limiter.check_at("new@x", "1.2.3.4", t0), Verdict::Refused);
        assert_eq!(limiter.check_at("new@x", "5.6.7.8", t0), Verdict::Try);
        let later = t0 + Duration::from_secs(61);
        assert_eq!(limiter.check_at("new@x", "1.2.3.4", later), Verdict::Try);
    }
}
