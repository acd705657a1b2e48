-- The routine guide (DOMAIN.md §5): versioned questions and checklist steps (SQLite).
-- A version is a draft while the central coordinator edits it, then published; publishing
-- supersedes the previous published version, which stays readable but never changes.

CREATE TABLE routine_versions (
    id INTEGER PRIMARY KEY,
    number INTEGER NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'superseded')),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    published_at TEXT,
    published_by TEXT
);

CREATE TABLE routine_questions (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES routine_versions (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    position INTEGER NOT NULL,
    question TEXT NOT NULL,
    help TEXT NOT NULL DEFAULT '',
    UNIQUE (version_id, code)
);
CREATE INDEX routine_questions_version ON routine_questions (version_id);

CREATE TABLE routine_steps (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES routine_versions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    legal_ref TEXT NOT NULL DEFAULT '',
    show_when TEXT NOT NULL CHECK (show_when IN ('always', 'yes', 'no')),
    question_code TEXT,
    action TEXT
);
CREATE INDEX routine_steps_version ON routine_steps (version_id);
