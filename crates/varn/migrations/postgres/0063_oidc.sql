-- Sign-in through the municipality's identity provider (OpenID Connect) (PostgreSQL).

-- Sign-ins under way: between sending a person to the provider and their return. Kept in
-- the database, not in the process, so that the return may reach another server process
-- behind the load balancer. Each row is taken (deleted) once, by its state; a row past
-- expires_at is refused and purged. Only hashes of the state and of the browser's binding
-- cookie are kept; the nonce and the PKCE verifier are single-use and die with the row.
CREATE TABLE oidc_logins (
    state_hash TEXT PRIMARY KEY,
    binding_hash TEXT NOT NULL,
    nonce TEXT NOT NULL,
    pkce_verifier TEXT NOT NULL,
    next_path TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX oidc_logins_expires ON oidc_logins (expires_at);

-- The provider's subject of an account (oidc_user_claim = "sub"), linked at the first
-- sign-in by the e-mail address; afterwards the subject alone names the account.
CREATE TABLE oidc_subjects (
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    linked_at TEXT NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX oidc_subjects_user ON oidc_subjects (user_id);

-- The id token of a session begun through the provider, sent back to it as the hint when
-- the person signs out (RP-initiated logout). Empty for a password sign-in.
ALTER TABLE sessions ADD COLUMN id_token TEXT;
