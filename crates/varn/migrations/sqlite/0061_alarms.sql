-- Alarm chains for an extraordinary event (SQLite).
--
-- A chain belongs to an administration, or to the whole city when administration_id is
-- empty (kept by the central coordinator). Its steps live in versions: editing a chain
-- makes a new version, and an event keeps the version it started with. Each step names a
-- role, how to reach it (e-mail, phone, a contact card text) and how many minutes to wait
-- for an acknowledgement before the chain moves on.
--
-- An event is one activation: its administration, a short description (past the PII
-- guard), when it started, the first acknowledgement, when the last step's wait ran out
-- without one, and its closing with a summary. Each step's notification is recorded once
-- per event and step (the unique key is what makes a second server process give up), with
-- its e-mail's delivery: a claim that expires, the attempts, the hash of the personal
-- link's token (never the token) and when it was delivered. The timeline keeps every
-- step, delivery, acknowledgement and note with its time.

CREATE TABLE alarm_chains (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER REFERENCES administrations (id),
    name TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX alarm_chains_administration ON alarm_chains (administration_id);

CREATE TABLE alarm_chain_versions (
    id INTEGER PRIMARY KEY,
    chain_id INTEGER NOT NULL REFERENCES alarm_chains (id),
    version INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (chain_id, version)
);

CREATE TABLE alarm_steps (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES alarm_chain_versions (id),
    position INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('social_emergency', 'official_on_duty', 'coordinator', 'central_coordinator', 'communications', 'head_of_administration', 'other')),
    email TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    wait_minutes INTEGER NOT NULL CHECK (wait_minutes > 0),
    UNIQUE (version_id, position)
);

CREATE TABLE alarm_events (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    chain_id INTEGER NOT NULL REFERENCES alarm_chains (id),
    version_id INTEGER NOT NULL REFERENCES alarm_chain_versions (id),
    description TEXT NOT NULL,
    started_at TEXT NOT NULL,
    started_by TEXT NOT NULL,
    acknowledged_at TEXT,
    exhausted_at TEXT,
    closed_at TEXT,
    closed_by TEXT,
    summary TEXT NOT NULL DEFAULT ''
);
CREATE INDEX alarm_events_open ON alarm_events (administration_id, closed_at);

CREATE TABLE alarm_notifications (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES alarm_events (id),
    position INTEGER NOT NULL,
    due_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    token_hash TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    claimed_until TEXT,
    delivered_at TEXT,
    recipients TEXT NOT NULL DEFAULT '',
    UNIQUE (event_id, position)
);
CREATE UNIQUE INDEX alarm_notifications_token ON alarm_notifications (token_hash);

CREATE TABLE alarm_timeline (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES alarm_events (id),
    at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('activated', 'step', 'delivered', 'not_delivered', 'acknowledged', 'note', 'exhausted', 'closed')),
    position INTEGER,
    actor TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT ''
);
CREATE INDEX alarm_timeline_event ON alarm_timeline (event_id, at);
