//! API bearer tokens. The token is shown once when created; only its hash is stored.

use crate::kernel::ids::UserId;
use sqlx::Row;

use crate::auth::principal::{Principal, Via};
use crate::auth::session::{hash_token, random_token};
use crate::db::{self, Db};

pub const PREFIX: &str = "varn_";

/// Creates a token for a user and returns it in clear (the only time it exists so).
pub async fn create(db: &Db, user_id: UserId, label: &str) -> anyhow::Result<String> {
    let token = format!("{PREFIX}{}", random_token());
    sqlx::query(
        "INSERT INTO api_tokens (user_id, token_hash, label, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(user_id)
    .bind(hash_token(&token))
    .bind(label)
    .bind(db::now())
    .execute(db.pool())
    .await?;
    Ok(token)
}

/// The principal a bearer token stands for, if it is live.
pub async fn principal(
    db: &Db,
    identity: &dyn crate::auth::identity::Identity,
    token: &str,
) -> anyhow::Result<Option<Principal>> {
    if !token.starts_with(PREFIX) {
        return Ok(None);
    }
    let row = sqlx::query(
        "SELECT u.id, u.email, u.name FROM api_tokens t JOIN users u ON u.id = t.user_id \
         WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.active = 1",
    )
    .bind(hash_token(token))
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
        via: Via::Token,
    }))
}
