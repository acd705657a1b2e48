-- The local situational picture as a document: one per administration and year, its
-- narrative sections written by the coordinator, its status (draft or final) and the
-- history of its steps (SQLite).

CREATE TABLE situation_pictures (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (administration_id, year)
);

CREATE TABLE situation_picture_sections (
    picture_id INTEGER NOT NULL REFERENCES situation_pictures (id),
    section_key TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (picture_id, section_key)
);

CREATE TABLE situation_picture_events (
    id INTEGER PRIMARY KEY,
    picture_id INTEGER NOT NULL REFERENCES situation_pictures (id),
    step TEXT NOT NULL CHECK (step IN ('created', 'saved', 'finalized', 'reopened')),
    at TEXT NOT NULL,
    actor TEXT NOT NULL
);
CREATE INDEX situation_picture_events_picture ON situation_picture_events (picture_id);
