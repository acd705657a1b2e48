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
//! rule wanted here.) Where the failures are counted depends on the database: on SQLite,
//! which serves one process, in this process's memory; on PostgreSQL, where several
//! processes may serve behind a load balancer, in the database (`guess_failures`, keyed by
//! a hash of the kind and the account or address), so that a guesser spreading attempts
//! over the processes meets the same limits. The database answering wrongly never opens
//! the door: the guess itself needs the same database.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

use crate::db::{Backend, Db};

/// The longest delay an account's attempts must wait.
const MAX_DELAY: Duration = Duration::from_secs(60);

/// Where the failures are counted.
#[derive(Debug)]
enum Store {
    /// This process's memory: key → times of failures (ms since 1970), oldest first.
    Memory(Mutex<HashMap<String, VecDeque<i64>>>),
    /// The database every process shares.
    Database(Db),
}

#[derive(Debug)]
pub struct SignInLimiter {
    window: Duration,
    per_account: usize,
    per_client: usize,
    store: Store,
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

/// Now, in milliseconds since 1970 (UTC): the clock every process shares.
fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

impl SignInLimiter {
    /// A limiter counting in this process's memory.
    pub fn new(per_account: u32, window: Duration) -> SignInLimiter {
        SignInLimiter {
            window,
            per_account: per_account.max(1) as usize,
            per_client: (per_account.max(1) as usize) * 10,
            store: Store::Memory(Mutex::new(HashMap::new())),
        }
    }

    /// A limiter for an app on `db`: in memory on SQLite, in the database on PostgreSQL.
    pub fn for_db(db: &Db, per_account: u32, window: Duration) -> SignInLimiter {
        let mut limiter = SignInLimiter::new(per_account, window);
        if db.backend() == Backend::Postgres {
            limiter.store = Store::Database(db.clone());
        }
        limiter
    }

    fn window_ms(&self) -> i64 {
        self.window.as_millis() as i64
    }

    /// The failures of `key` still inside the window at `now`, oldest first (at most
    /// `per_client` of them: no rule looks further back).
    async fn recent(&self, key: &str, now: i64) -> Vec<i64> {
        let since = now - self.window_ms();
        match &self.store {
            Store::Memory(map) => {
                let mut map = lock(map);
                match map.get_mut(key) {
                    Some(q) => {
                        while q.front().is_some_and(|t| *t < since) {
                            q.pop_front();
                        }
                        q.iter().copied().collect()
                    }
                    None => Vec::new(),
                }
            }
            Store::Database(db) => {
                let found: Result<Vec<i64>, sqlx::Error> = sqlx::query_scalar(
                    "SELECT failed_at FROM guess_failures WHERE key_hash = $1 AND failed_at >= $2 \
                     ORDER BY failed_at DESC LIMIT $3",
                )
                .bind(hashed(key))
                .bind(since)
                .bind(self.per_client as i64)
                .fetch_all(db.pool())
                .await;
                match found {
                    Ok(mut times) => {
                        times.reverse();
                        times
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "failed guesses could not be read");
                        Vec::new()
                    }
                }
            }
        }
    }

    async fn record(&self, keys: &[String], now: i64) {
        match &self.store {
            Store::Memory(map) => {
                let mut map = lock(map);
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
            Store::Database(db) => {
                let written = async {
                    let mut tx = db.begin_write().await?;
                    // What has left the window is of no more use: the table holds one window.
                    sqlx::query("DELETE FROM guess_failures WHERE failed_at < $1")
                        .bind(now - self.window_ms())
                        .execute(&mut *tx)
                        .await?;
                    for key in keys {
                        sqlx::query(
                            "INSERT INTO guess_failures (key_hash, failed_at) VALUES ($1, $2)",
                        )
                        .bind(hashed(key))
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                    }
                    tx.commit().await
                }
                .await;
                if let Err(e) = written {
                    tracing::warn!(error = %e, "a failed guess could not be recorded");
                }
            }
        }
    }

    async fn forget(&self, key: &str) {
        match &self.store {
            Store::Memory(map) => {
                lock(map).remove(key);
            }
            Store::Database(db) => {
                let deleted = sqlx::query("DELETE FROM guess_failures WHERE key_hash = $1")
                    .bind(hashed(key))
                    .execute(db.pool())
                    .await;
                if let Err(e) = deleted {
                    tracing::warn!(error = %e, "failed guesses could not be forgotten");
                }
            }
        }
    }

    /// May this client try a password for this account now?
    pub async fn check(&self, email: &str, client: &str) -> Verdict {
        self.check_at(email, client, now_ms()).await
    }

    /// As [`SignInLimiter::check`], at `now` (milliseconds since 1970, UTC).
    pub async fn check_at(&self, email: &str, client: &str, now: i64) -> Verdict {
        if self.recent(&format!("c:{client}"), now).await.len() >= self.per_client {
            return Verdict::Refused;
        }
        let account = self.recent(&format!("a:{email}"), now).await;
        if account.len() < self.per_account {
            return Verdict::Try;
        }
        let over = (account.len() - self.per_account).min(6) as u32;
        let delay = Duration::from_secs(1u64 << over).min(MAX_DELAY);
        let last = account.last().copied().unwrap_or(now);
        let left = last + delay.as_millis() as i64 - now;
        if left > 0 {
            Verdict::Wait(Duration::from_millis(left as u64))
        } else {
            Verdict::Try
        }
    }

    /// Records a wrong password for this account from this client.
    pub async fn failed(&self, email: &str, client: &str) {
        self.failed_at(email, client, now_ms()).await;
    }

    /// As [`SignInLimiter::failed`], at `now` (milliseconds since 1970, UTC).
    pub async fn failed_at(&self, email: &str, client: &str, now: i64) {
        self.record(&[format!("a:{email}"), format!("c:{client}")], now)
            .await;
    }

    /// Forgets an account's failures once its owner has signed in.
    pub async fn succeeded(&self, email: &str) {
        self.forget(&format!("a:{email}")).await;
    }

    /// True when this client may try another `kind` of guess (receipt codes, link tokens).
    pub async fn client_allowed(&self, kind: &str, client: &str) -> bool {
        self.recent(&format!("{kind}:{client}"), now_ms())
            .await
            .len()
            < self.per_client
    }

    /// Records a failed guess of `kind` by this client.
    pub async fn client_failed(&self, kind: &str, client: &str) {
        self.record(&[format!("{kind}:{client}")], now_ms()).await;
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    match m.lock() {
        Ok(g) => g,
        Err(poisoned) => poisoned.into_inner(),
    }
}

/// What the database keeps of a key: its hash, never an address or an account's e-mail.
fn hashed(key: &str) -> String {
    crate::auth::session::hash_token(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECOND: i64 = 1000;

    #[tokio::test]
    async fn an_account_waits_longer_after_each_failure_but_is_never_locked() {
        let limiter = SignInLimiter::new(3, Duration::from_secs(900));
        let t0 = now_ms();
        for i in 0..3 {
            assert_eq!(limiter.check_at("a@x", "c1", t0).await, Verdict::Try);
            limiter.failed_at("a@x", &format!("c{i}"), t0).await;
        }
        // The fourth attempt waits a second, then may go ahead.
        assert_eq!(
            limiter.check_at("a@x", "c9", t0).await,
            Verdict::Wait(Duration::from_secs(1))
        );
        let t1 = t0 + SECOND;
        assert_eq!(limiter.check_at("a@x", "c9", t1).await, Verdict::Try);
        limiter.failed_at("a@x", "c9", t1).await;
        assert_eq!(
            limiter.check_at("a@x", "c9", t1).await,
            Verdict::Wait(Duration::from_secs(2))
        );
        // Many failures later the delay stops growing at a minute.
        let minute = MAX_DELAY.as_millis() as i64;
        let mut t = t1;
        for _ in 0..20 {
            t += minute;
            limiter.failed_at("a@x", "c9", t).await;
        }
        assert_eq!(
            limiter.check_at("a@x", "c8", t).await,
            Verdict::Wait(MAX_DELAY)
        );
        assert_eq!(
            limiter.check_at("a@x", "c8", t + minute).await,
            Verdict::Try
        );
        // Other accounts are not held back.
        assert_eq!(limiter.check_at("b@x", "c8", t).await, Verdict::Try);
        limiter.succeeded("a@x").await;
        assert_eq!(limiter.check_at("a@x", "c8", t).await, Verdict::Try);
    }

    #[tokio::test]
    async fn a_client_that_fails_too_often_is_refused_for_the_window() {
        let limiter = SignInLimiter::new(1, Duration::from_secs(60));
        let t0 = now_ms();
        for i in 0..10 {
            limiter.failed_at(&format!("u{i}@x"), "1.2.3.4", t0).await;
        }
        assert_eq!(
            limiter.check_at("new@x", "1.2.3.4", t0).await,
            Verdict::Refused
        );
        assert_eq!(limiter.check_at("new@x", "5.6.7.8", t0).await, Verdict::Try);
        let later = t0 + 61 * SECOND;
        assert_eq!(
            limiter.check_at("new@x", "1.2.3.4", later).await,
            Verdict::Try
        );
    }
}
