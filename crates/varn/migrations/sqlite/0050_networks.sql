-- Networks, forums and meetings, the newsletter and the knowledge pages (SQLite).
--
-- A network belongs to an administration: a local forum to the administration it serves,
-- the city's networks (and the national, Nordic and reference ones) to the central
-- administration that leads them. Members are Värn accounts or external organisations by
-- name. A meeting keeps its agenda, whether VBE was on it, the minutes of the VBE item
-- (passed by the PII guard), the accounts present (a guest when not a member, with the
-- administration the account served when marked) and external attendees counted per
-- organisation.

CREATE TABLE networks (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    kind TEXT NOT NULL CHECK (kind IN ('city', 'national', 'nordic', 'reference', 'forum')),
    name TEXT NOT NULL,
    purpose TEXT NOT NULL DEFAULT '',
    standing_item INTEGER NOT NULL CHECK (standing_item IN (0, 1)),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (administration_id, name)
);

CREATE TABLE network_members (
    id INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES networks (id),
    user_id INTEGER REFERENCES users (id),
    organisation TEXT,
    member_role TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK ((user_id IS NULL) <> (organisation IS NULL))
);
CREATE UNIQUE INDEX network_members_account ON network_members (network_id, user_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX network_members_organisation ON network_members (network_id, organisation) WHERE organisation IS NOT NULL;

CREATE TABLE network_meetings (
    id INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES networks (id),
    held_on TEXT NOT NULL,
    agenda TEXT NOT NULL DEFAULT '',
    vbe_item INTEGER NOT NULL CHECK (vbe_item IN (0, 1)),
    minutes TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX network_meetings_held ON network_meetings (network_id, held_on);

CREATE TABLE meeting_attendees (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES network_meetings (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id),
    administration_id INTEGER REFERENCES administrations (id),
    guest INTEGER NOT NULL CHECK (guest IN (0, 1)),
    UNIQUE (meeting_id, user_id)
);
CREATE INDEX meeting_attendees_admin ON meeting_attendees (administration_id, meeting_id);

CREATE TABLE meeting_organisations (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES network_meetings (id) ON DELETE CASCADE,
    organisation TEXT NOT NULL,
    attendees INTEGER NOT NULL CHECK (attendees >= 1),
    UNIQUE (meeting_id, organisation)
);

CREATE TABLE newsletter_issues (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sent_at TEXT,
    sent_by TEXT,
    recipients INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX newsletter_issues_sent ON newsletter_issues (administration_id, sent_at);

CREATE TABLE knowledge_pages (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('guidance', 'routine', 'links')),
    created_at TEXT NOT NULL
);

CREATE TABLE knowledge_versions (
    id INTEGER PRIMARY KEY,
    page_id INTEGER NOT NULL REFERENCES knowledge_pages (id),
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (page_id, version)
);

CREATE TABLE knowledge_symbols (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    alt TEXT NOT NULL DEFAULT '',
    image_type TEXT,
    image TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
