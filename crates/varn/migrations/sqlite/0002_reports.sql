-- The taxonomy (versioned vocabularies) and the anonymized information form with its
-- assessment, links, notes and partner links (SQLite).

CREATE TABLE taxonomy_versions (
    version INTEGER PRIMARY KEY,
    published_at TEXT NOT NULL,
    published_by TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE taxonomy_terms (
    id INTEGER PRIMARY KEY,
    vocabulary TEXT NOT NULL CHECK (vocabulary IN ('environment', 'phenomenon', 'event_type', 'place_type')),
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    introduced_version INTEGER NOT NULL,
    retired_version INTEGER,
    replaced_by INTEGER REFERENCES taxonomy_terms (id),
    UNIQUE (vocabulary, code)
);

CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    unit_id INTEGER REFERENCES units (id),
    channel TEXT NOT NULL CHECK (channel IN ('employee', 'partner')),
    partner_link_id INTEGER,
    submission_key_hash TEXT NOT NULL UNIQUE,
    receipt_hash TEXT NOT NULL UNIQUE,
    occurred_from TEXT NOT NULL,
    occurred_to TEXT,
    area TEXT NOT NULL DEFAULT '',
    place_type_id INTEGER REFERENCES taxonomy_terms (id),
    concerns TEXT NOT NULL CHECK (concerns IN ('individual', 'group', 'none')),
    age_band TEXT,
    gender TEXT,
    actions TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'under_assessment', 'assessed_vbe', 'assessed_not_vbe', 'forwarded')),
    forwarded_to TEXT NOT NULL DEFAULT '',
    taxonomy_version INTEGER NOT NULL,
    submitted_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    assessed_at TEXT,
    assessed_by TEXT
);
CREATE INDEX reports_administration ON reports (administration_id, status);
CREATE INDEX reports_occurred ON reports (occurred_from);

-- The sender's first guess ('sender') and the coordinator's classification ('assessed').
CREATE TABLE report_terms (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    term_id INTEGER NOT NULL REFERENCES taxonomy_terms (id),
    source TEXT NOT NULL CHECK (source IN ('sender', 'assessed')),
    PRIMARY KEY (report_id, term_id, source)
);

CREATE TABLE report_links (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('ia', 'report')),
    reference TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX report_links_report ON report_links (report_id);

CREATE TABLE report_notes (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX report_notes_report ON report_notes (report_id);

CREATE TABLE partner_links (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    token_hash TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    max_reports INTEGER NOT NULL DEFAULT 50,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    revoked_at TEXT
);
