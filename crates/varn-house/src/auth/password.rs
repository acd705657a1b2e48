//! Password hashing with argon2id. Hashing is CPU work and runs off the async threads.
//! Verification of an unknown account still hashes, so timing says nothing about whether
//! the account exists.

use anyhow::Context;
use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;

/// Shortest password accepted.
pub const MIN_LENGTH: usize = 10;

fn hash_blocking(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("argon2 hashing failed: {e}"))
}

/// Hashes a password (argon2id, default parameters, random salt).
pub async fn hash(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || hash_blocking(&password))
        .await
        .context("hashing task failed")?
}

/// A hash of a password nobody has, for verifying against when the account is missing.
fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash_blocking("no-such-account-password").unwrap_or_default())
}

/// Verifies `password` against `stored`; with no stored hash it verifies against a dummy
/// and returns false, taking the same time.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        let (hash, real) = match &stored {
            Some(h) => (h.as_str(), true),
            None => (dummy_hash(), false),
        };
        let ok = PasswordHash::new(hash)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false);
        ok && real
    })
    .await
    .unwrap_or(false)
}

/// Checks the strength rules; the message is Swedish.
pub fn check_strength(password: &str) -> Result<(), &'static str> {
    if password.chars().count() < MIN_LENGTH {
        return Err(crate::i18n::sv().t("password.too_short"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_missing_accounts_fail() {
        let h = hash("korrekt-häst-batteri".into()).await.expect("hash");
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("korrekt-häst-batteri".into(), Some(h.clone())).await);
        assert!(!verify("fel".into(), Some(h)).await);
        assert!(!verify("no-such-account-password".into(), None).await);
    }
}
