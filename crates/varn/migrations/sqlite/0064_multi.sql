-- Several Värn processes on one database (issue 19): what one process used to keep in its
-- own memory lives here, so that any process answers for it.

-- An import being written in the background, so that its progress page answers from any
-- process. The process writing it updates `done` and `updated_at` as it goes; a running
-- import whose process stopped is seen by its old `updated_at`.
CREATE TABLE import_jobs (
    id TEXT PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    user_id INTEGER NOT NULL REFERENCES users (id),
    total INTEGER NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL CHECK (state IN ('running', 'done', 'failed')),
    rows_read INTEGER NOT NULL DEFAULT 0,
    rows_new INTEGER NOT NULL DEFAULT 0,
    -- The problems of a failed import (Swedish sentences, one a line).
    problems TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX import_jobs_updated ON import_jobs (updated_at);

-- Failed guesses (passwords, receipt codes, partner-link tokens) inside the limits' window,
-- so that the limits on guessing hold across processes on PostgreSQL. `key_hash` is a hash
-- of the kind and the account or client address, never the address itself; `failed_at` is
-- milliseconds since 1970 (UTC). Rows older than the window are deleted as new ones come.
-- SQLite serves one process, which counts in its memory: the table stays empty there.
CREATE TABLE guess_failures (
    id INTEGER PRIMARY KEY,
    key_hash TEXT NOT NULL,
    failed_at INTEGER NOT NULL
);
CREATE INDEX guess_failures_key ON guess_failures (key_hash, failed_at);
CREATE INDEX guess_failures_at ON guess_failures (failed_at);
