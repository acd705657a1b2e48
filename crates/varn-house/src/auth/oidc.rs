//! Sign-in through the municipality's identity provider (OpenID Connect): the authorization
//! code flow with PKCE, state and nonce; the id token verified against the provider's keys
//! (its JWKS, read with its discovery document at every sign-in, so a key rotation needs no
//! restart); and the provider's logout when it offers one (RP-initiated logout).
//!
//! A sign-in under way is a row in `oidc_logins`, keyed by a hash of its state and bound to
//! the browser by a hash of a random cookie value, so the person's return may reach another
//! server process behind the load balancer, and each state is taken once (a replayed return
//! finds nothing). The pages are the `signin` capability's; nothing here knows axum.
//!
//! Never logs or shows a token, a code, a nonce, a verifier or the client secret.

use crate::kernel::ids::UserId;
use std::time::Duration;

use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreIdToken, CoreUserInfoClaims};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, LogoutRequest, Nonce,
    OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier, PostLogoutRedirectUrl,
    ProviderMetadataWithLogout, RedirectUrl, Scope, TokenResponse,
};
use sqlx::Row;

use crate::auth::identity::{normalise_email, Identity};
use crate::auth::session::{hash_token, random_token};
use crate::config::{Config, OidcUserClaim};
use crate::db::{self, Db};

/// The callback path the provider sends people back to (registered at the provider as
/// `<public_url>/logga-in/oidc/svar`).
pub const CALLBACK_PATH: &str = "/logga-in/oidc/svar";

/// How long a person may spend at the provider before the sign-in must start over.
const PENDING_MINUTES: i64 = 10;

/// How long Värn waits for the provider before telling the person it cannot be reached.
const PROVIDER_TIMEOUT: Duration = Duration::from_secs(10);

/// Why a sign-in through the provider did not go through. Each becomes its own Swedish
/// page; the technical reason is logged, never shown.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// The provider's discovery document, keys or token endpoint could not be reached or
    /// read.
    #[error("the identity provider could not be reached: {0}")]
    Unreachable(String),
    /// The return carries no state Värn is waiting for in this browser: unknown, used
    /// already, expired, or begun in another browser.
    #[error("unknown, used or expired state")]
    BadState,
    /// The provider refused the code (a replayed or expired code), or sent an error back.
    #[error("the identity provider refused: {0}")]
    Refused(String),
    /// The id token did not verify: signature, issuer, audience, nonce or expiry.
    #[error("the id token did not verify: {0}")]
    BadToken(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// What the provider proved about the person.
#[derive(Debug)]
pub struct Proven {
    pub subject: String,
    /// The e-mail address, normalised, when the token carries one that is not marked
    /// unverified.
    pub email: Option<String>,
    /// The id token itself, kept with the session as the hint for the provider's logout.
    pub id_token: String,
    /// Where the person was going before signing in (a local path).
    pub next: String,
}

/// A sign-in sent to the provider: the address to send the browser to and the value of the
/// cookie that binds the sign-in to this browser.
#[derive(Debug)]
pub struct Begun {
    pub url: String,
    pub binding: String,
}

/// The municipality's provider, as configured.
#[derive(Debug, Clone)]
pub struct Provider {
    issuer: IssuerUrl,
    client_id: ClientId,
    client_secret: Option<ClientSecret>,
    scopes: Vec<String>,
    claim: OidcUserClaim,
    redirect: RedirectUrl,
    after_logout: PostLogoutRedirectUrl,
    http: openidconnect::reqwest::Client,
}

/// The client type after discovery: authorization and token endpoints known.
type Discovered = CoreClient<
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

impl Provider {
    /// The provider of this configuration, or `None` when sign-in through one is off.
    /// The configuration was checked at start ([`Config::check`]).
    pub fn from_config(config: &Config) -> anyhow::Result<Option<Provider>> {
        if !config.oidc_enabled() {
            return Ok(None);
        }
        let public = config.public_url.trim_end_matches('/');
        let secret = config.oidc_client_secret.expose();
        let http = openidconnect::reqwest::Client::builder()
            // Following redirects would let a provider's answer send Värn anywhere.
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .timeout(PROVIDER_TIMEOUT)
            .connect_timeout(PROVIDER_TIMEOUT)
            .build()?;
        Ok(Some(Provider {
            issuer: IssuerUrl::new(config.oidc_issuer.trim().to_string())?,
            client_id: ClientId::new(config.oidc_client_id.trim().to_string()),
            client_secret: (!secret.is_empty()).then(|| ClientSecret::new(secret.to_string())),
            scopes: config.oidc_scopes.clone(),
            claim: config.oidc_user_claim,
            redirect: RedirectUrl::new(format!("{public}{CALLBACK_PATH}"))?,
            after_logout: PostLogoutRedirectUrl::new(format!("{public}/logga-in"))?,
            http,
        }))
    }

    /// Reads the provider's discovery document and keys.
    async fn discover(&self) -> Result<(Discovered, ProviderMetadataWithLogout), Failure> {
        let metadata = ProviderMetadataWithLogout::discover_async(self.issuer.clone(), &self.http)
            .await
            .map_err(|e| Failure::Unreachable(chain(&e)))?;
        let client = CoreClient::from_provider_metadata(
            metadata.clone(),
            self.client_id.clone(),
            self.client_secret.clone(),
        )
        .set_redirect_uri(self.redirect.clone());
        Ok((client, metadata))
    }

    /// Starts a sign-in: records it and returns where to send the browser.
    pub async fn begin(&self, db: &Db, next: &str) -> Result<Begun, Failure> {
        let (client, _) = self.discover().await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .set_pkce_challenge(challenge);
        for scope in &self.scopes {
            request = request.add_scope(Scope::new(scope.clone()));
        }
        let (url, state, nonce) = request.url();
        let binding = random_token();
        store::put(
            db,
            &hash_token(state.secret()),
            &hash_token(&binding),
            nonce.secret(),
            verifier.secret(),
            next,
        )
        .await?;
        Ok(Begun {
            url: url.to_string(),
            binding,
        })
    }

    /// Completes a sign-in from the provider's return: takes the pending sign-in of this
    /// state (once), checks it was begun in this browser, exchanges the code with the PKCE
    /// verifier and verifies the id token with the nonce.
    pub async fn finish(
        &self,
        db: &Db,
        state: &str,
        binding: Option<&str>,
        code: &str,
    ) -> Result<Proven, Failure> {
        let pending = store::take(db, &hash_token(state))
            .await?
            .ok_or(Failure::BadState)?;
        let bound = binding.is_some_and(|b| {
            subtle::ConstantTimeEq::ct_eq(hash_token(b).as_bytes(), pending.binding_hash.as_bytes())
                .into()
        });
        if !bound {
            return Err(Failure::BadState);
        }
        let (client, _) = self.discover().await?;
        let exchange = client
            .exchange_code(AuthorizationCode::new(code.to_string()))
            .map_err(|e| Failure::Unreachable(chain(&e)))?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier));
        let token = exchange
            .request_async(&self.http)
            .await
            .map_err(|e| match e {
                openidconnect::RequestTokenError::ServerResponse(r) => {
                    Failure::Refused(r.error().to_string())
                }
                other => Failure::Unreachable(chain(&other)),
            })?;
        let id_token = token
            .id_token()
            .ok_or_else(|| Failure::BadToken("no id token in the answer".into()))?;
        let verifier = client.id_token_verifier();
        let claims = id_token
            .claims(&verifier, &Nonce::new(pending.nonce))
            .map_err(|e| Failure::BadToken(chain(&e)))?;
        let subject = claims.subject().clone();
        let mut email = claims
            .email()
            .filter(|_| claims.email_verified() != Some(false))
            .map(|e| normalise_email(e.as_str()));
        // Many providers give the scopes' claims only at the userinfo endpoint when an
        // access token is issued (OpenID Connect Core 5.4); ask there, for this subject.
        if email.is_none() && client.user_info_url().is_some() {
            let info: CoreUserInfoClaims = client
                .user_info(token.access_token().clone(), Some(subject.clone()))
                .map_err(|e| Failure::Unreachable(chain(&e)))?
                .request_async(&self.http)
                .await
                .map_err(|e| match e {
                    openidconnect::UserInfoError::ClaimsVerification(e) => {
                        Failure::BadToken(chain(&e))
                    }
                    other => Failure::Unreachable(chain(&other)),
                })?;
            email = info
                .email()
                .filter(|_| info.email_verified() != Some(false))
                .map(|e| normalise_email(e.as_str()));
        }
        Ok(Proven {
            subject: subject.as_str().to_string(),
            email,
            id_token: id_token.to_string(),
            next: pending.next_path,
        })
    }

    /// The Värn account the provider's person is, if any: by e-mail address, or by subject
    /// (linked by e-mail address at the first sign-in). Creates no account.
    pub async fn account(
        &self,
        db: &Db,
        identity: &dyn Identity,
        proven: &Proven,
    ) -> anyhow::Result<Option<UserId>> {
        let by_email = |email: Option<String>| async move {
            match email {
                Some(email) => Ok::<_, anyhow::Error>(
                    identity.credentials(db, &email).await?.map(|(id, _)| id),
                ),
                None => Ok(None),
            }
        };
        match self.claim {
            OidcUserClaim::Email => by_email(proven.email.clone()).await,
            OidcUserClaim::Sub => {
                let issuer = self.issuer.as_str();
                if let Some(id) = store::subject_account(db, issuer, &proven.subject).await? {
                    return Ok(Some(id));
                }
                let Some(id) = by_email(proven.email.clone()).await? else {
                    return Ok(None);
                };
                // An account linked to another subject is not taken over by a new one.
                if store::has_subject(db, issuer, id).await? {
                    return Ok(None);
                }
                store::link(db, issuer, &proven.subject, id).await?;
                Ok(Some(id))
            }
        }
    }

    /// Where to send the browser to sign out at the provider too, when it offers that.
    pub async fn logout_url(&self, id_token: &str) -> Result<Option<String>, Failure> {
        let (_, metadata) = self.discover().await?;
        let Some(endpoint) = metadata.additional_metadata().end_session_endpoint.clone() else {
            return Ok(None);
        };
        let mut request = LogoutRequest::from(endpoint)
            .set_client_id(self.client_id.clone())
            .set_post_logout_redirect_uri(self.after_logout.clone());
        if let Ok(hint) = id_token.parse::<CoreIdToken>() {
            request = request.set_id_token_hint(&hint);
        }
        Ok(Some(request.http_get_url().to_string()))
    }
}

/// An error and its causes on one line, for the log.
fn chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

/// The rows of sign-ins under way and of linked subjects.
mod store {
    use super::*;

    pub(super) struct Pending {
        pub binding_hash: String,
        pub nonce: String,
        pub pkce_verifier: String,
        pub next_path: String,
    }

    fn at(minutes_ahead: i64) -> String {
        (chrono::Utc::now() + chrono::Duration::minutes(minutes_ahead))
            .format("%Y-%m-%dT%H:%M:%SZ")
            .to_string()
    }

    /// Records a sign-in under way; forgets the expired ones on the way.
    pub(super) async fn put(
        db: &Db,
        state_hash: &str,
        binding_hash: &str,
        nonce: &str,
        verifier: &str,
        next: &str,
    ) -> anyhow::Result<()> {
        sqlx::query("DELETE FROM oidc_logins WHERE expires_at <= $1")
            .bind(db::now())
            .execute(db.pool())
            .await?;
        sqlx::query(
            "INSERT INTO oidc_logins (state_hash, binding_hash, nonce, pkce_verifier, next_path, \
             created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(state_hash)
        .bind(binding_hash)
        .bind(nonce)
        .bind(verifier)
        .bind(next)
        .bind(db::now())
        .bind(at(PENDING_MINUTES))
        .execute(db.pool())
        .await?;
        Ok(())
    }

    /// Takes the sign-in of this state: deletes it and returns it when it was still valid.
    /// Two returns with the same state, in one process or two, get it at most once.
    pub(super) async fn take(db: &Db, state_hash: &str) -> anyhow::Result<Option<Pending>> {
        let row = sqlx::query(
            "DELETE FROM oidc_logins WHERE state_hash = $1 \
             RETURNING binding_hash, nonce, pkce_verifier, next_path, expires_at",
        )
        .bind(state_hash)
        .fetch_optional(db.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let expires: String = row.try_get("expires_at")?;
        if expires <= db::now() {
            return Ok(None);
        }
        Ok(Some(Pending {
            binding_hash: row.try_get("binding_hash")?,
            nonce: row.try_get("nonce")?,
            pkce_verifier: row.try_get("pkce_verifier")?,
            next_path: row.try_get("next_path")?,
        }))
    }

    /// The active account linked to this subject.
    pub(super) async fn subject_account(
        db: &Db,
        issuer: &str,
        subject: &str,
    ) -> anyhow::Result<Option<UserId>> {
        let row = sqlx::query(
            "SELECT s.user_id FROM oidc_subjects s JOIN users u ON u.id = s.user_id \
             WHERE s.issuer = $1 AND s.subject = $2 AND u.active = 1",
        )
        .bind(issuer)
        .bind(subject)
        .fetch_optional(db.pool())
        .await?;
        Ok(match row {
            Some(row) => Some(row.try_get("user_id")?),
            None => None,
        })
    }

    pub(super) async fn has_subject(
        db: &Db,
        issuer: &str,
        user_id: UserId,
    ) -> anyhow::Result<bool> {
        let row =
            sqlx::query("SELECT 1 AS one FROM oidc_subjects WHERE issuer = $1 AND user_id = $2")
                .bind(issuer)
                .bind(user_id)
                .fetch_optional(db.pool())
                .await?;
        Ok(row.is_some())
    }

    /// Links a subject to an account; a second sign-in racing the first links it once.
    pub(super) async fn link(
        db: &Db,
        issuer: &str,
        subject: &str,
        user_id: UserId,
    ) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO oidc_subjects (issuer, subject, user_id, linked_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (issuer, subject) DO NOTHING",
        )
        .bind(issuer)
        .bind(subject)
        .bind(user_id)
        .bind(db::now())
        .execute(db.pool())
        .await?;
        Ok(())
    }
}
