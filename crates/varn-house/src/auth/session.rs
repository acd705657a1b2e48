//! Sessions kept in the database behind an HttpOnly, SameSite=Strict (and Secure) cookie.
//! Only a hash of the session id is stored, so a copy of the database signs nobody in.

use crate::kernel::ids::UserId;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::auth::principal::{Principal, Via};
use crate::db::{self, Db};

pub const COOKIE: &str = "varn_session";

/// 32 random bytes, URL-safe base64.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Starts a session for a user whose identity a provider has proved; returns the cookie value.
pub async fn start(db: &Db, user_id: UserId, hours: u32) -> anyhow::Result<String> {
    start_with(db, user_id, hours, None).await
}

/// Starts a session as [`start`] does, keeping the identity provider's id token (the hint
/// its logout asks for) when the person signed in through it.
pub async fn start_with(
    db: &Db,
    user_id: UserId,
    hours: u32,
    id_token: Option<&str>,
) -> anyhow::Result<String> {
    let token = random_token();
    let expires = (chrono::Utc::now() + chrono::Duration::hours(i64::from(hours)))
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    sqlx::query("INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at, id_token) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(hash_token(&token))
        .bind(user_id)
        .bind(random_token())
        .bind(db::now())
        .bind(expires)
        .bind(id_token)
        .execute(db.pool())
        .await?;
    Ok(token)
}

/// The principal of a live session, if the cookie names one.
pub async fn principal(
    db: &Db,
    identity: &dyn crate::auth::identity::Identity,
    token: &str,
) -> anyhow::Result<Option<Principal>> {
    let row = sqlx::query(
        "SELECT u.id, u.email, u.name, s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id \
         WHERE s.id_hash = $1 AND s.expires_at > $2 AND u.active = 1",
    )
    .bind(hash_token(token))
    .bind(db::now())
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else { return Ok(None) };
    let user_id: UserId = row.try_get("id")?;
    let grants = identity.grants(db, user_id).await?;
    Ok(Some(Principal {
        user_id,
        email: row.try_get("email")?,
        name: row.try_get("name")?,
        grants,
        via: Via::Session {
            csrf: row.try_get("csrf_token")?,
        },
    }))
}

/// Ends a session; returns the identity provider's id token when it was begun through one.
pub async fn end(db: &Db, token: &str) -> anyhow::Result<Option<String>> {
    let row = sqlx::query("DELETE FROM sessions WHERE id_hash = $1 RETURNING id_token")
        .bind(hash_token(token))
        .fetch_optional(db.pool())
        .await?;
    Ok(match row {
        Some(row) => row.try_get("id_token")?,
        None => None,
    })
}

/// Ends every session of a user (an account made inactive), inside the caller's
/// transaction; returns how many there were.
pub async fn end_all(conn: &mut sqlx::AnyConnection, user_id: UserId) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// Removes expired sessions; called now and then.
pub async fn purge_expired(db: &Db) -> anyhow::Result<u64> {
    let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
        .bind(db::now())
        .execute(db.pool())
        .await?;
    Ok(done.rows_affected())
}

/// The `Set-Cookie` value for a session cookie (or its removal when `value` is empty).
pub fn cookie(name: &str, value: &str, secure: bool, max_age_secs: i64) -> String {
    let secure = if secure { "; Secure" } else { "" };
    let age = if value.is_empty() { 0 } else { max_age_secs };
    format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={age}{secure}")
}

/// Reads one cookie from a `Cookie` header.
pub fn read_cookie(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}
