-- The elevated risk picture (förhöjd riskbild) (SQLite).
--
-- The central coordinator declares an episode for an area (the administrations it
-- concerns) or the whole city (then every administration at the declaration), with the
-- reason (past the PII guard) and the date; it is lifted once, with its own date and reason.
-- Each administration concerned records the measures it takes: the kind, the date, who (a
-- role or unit, never a person) and a description past the guard. The coordinators of each
-- administration concerned are e-mailed when the state is declared and when it is lifted:
-- each notice recorded once per episode, administration and kind (the unique key is what
-- makes a second server process give up), with its delivery: a claim that expires, the
-- attempts, and when it was delivered.

CREATE TABLE risk_episodes (
    id INTEGER PRIMARY KEY,
    citywide INTEGER NOT NULL CHECK (citywide IN (0, 1)),
    declared_on TEXT NOT NULL,
    reason TEXT NOT NULL,
    declared_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    lifted_on TEXT,
    lift_reason TEXT NOT NULL DEFAULT '',
    lifted_by TEXT,
    lifted_at TEXT
);
CREATE INDEX risk_episodes_open ON risk_episodes (lifted_on, declared_on);

CREATE TABLE risk_episode_administrations (
    episode_id INTEGER NOT NULL REFERENCES risk_episodes (id),
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    PRIMARY KEY (episode_id, administration_id)
);
CREATE INDEX risk_episode_administrations_admin ON risk_episode_administrations (administration_id);

CREATE TABLE risk_measures (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES risk_episodes (id),
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    kind TEXT NOT NULL CHECK (kind IN ('school_information', 'parent_information', 'concern_report', 'knowledge_support', 'knowledge_exchange', 'staff_preparedness', 'local_presence', 'other')),
    taken_on TEXT NOT NULL,
    responsible TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX risk_measures_episode ON risk_measures (episode_id, administration_id);

CREATE TABLE risk_notices (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES risk_episodes (id),
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    kind TEXT NOT NULL CHECK (kind IN ('declared', 'lifted')),
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    claimed_until TEXT,
    delivered_at TEXT,
    recipients TEXT NOT NULL DEFAULT '',
    UNIQUE (episode_id, administration_id, kind)
);
