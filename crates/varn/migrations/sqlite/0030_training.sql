-- Training and competence (SQLite): courses (city-wide or an administration's own, with who
-- must take them), completions from the learning platform or marked by hand (the person only
-- as a keyed hash), each administration's column mapping, and events with their attendance.
--
-- Imports are recorded in source_imports, which so far only took the situational picture's
-- sources: its CHECK on `source` is lifted (the code writes that column from its own record
-- kinds, never from input), so that every import the runner writes is kept the same way.
-- SQLite cannot drop a CHECK, so the table is rebuilt inside the migration's transaction with
-- foreign keys on: the rows go back in after the new table has the old name, which settles
-- the deferred checks of the rows that refer to them (ia_incidents, graffiti_reports).

PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE source_imports_copy AS SELECT * FROM source_imports;
CREATE TABLE source_imports_new (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    source TEXT NOT NULL,
    file_name TEXT NOT NULL,
    rows_read INTEGER NOT NULL,
    rows_new INTEGER NOT NULL,
    imported_by TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
DROP TABLE source_imports;
ALTER TABLE source_imports_new RENAME TO source_imports;
INSERT INTO source_imports (id, administration_id, source, file_name, rows_read, rows_new, imported_by, imported_at)
    SELECT id, administration_id, source, file_name, rows_read, rows_new, imported_by, imported_at FROM temp.source_imports_copy;
DROP TABLE temp.source_imports_copy;

CREATE TABLE training_courses (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER REFERENCES administrations (id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('web_basic', 'web_advanced', 'workshop', 'lecture', 'apt')),
    audience TEXT NOT NULL CHECK (audience IN ('all', 'functions')),
    functions TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (code)
);

CREATE TABLE training_mappings (
    administration_id INTEGER PRIMARY KEY REFERENCES administrations (id),
    mapping TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE training_keys (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE training_completions (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    row_key TEXT NOT NULL,
    person_hash TEXT NOT NULL,
    course_id INTEGER NOT NULL REFERENCES training_courses (id),
    unit_id INTEGER NOT NULL REFERENCES units (id),
    status TEXT NOT NULL CHECK (status IN ('completed', 'in_progress', 'not_started')),
    on_date TEXT NOT NULL,
    manual INTEGER NOT NULL CHECK (manual IN (0, 1)),
    reason TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    import_id INTEGER REFERENCES source_imports (id),
    UNIQUE (administration_id, row_key)
);
CREATE INDEX training_completions_course ON training_completions (administration_id, course_id, on_date);

CREATE TABLE training_events (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    course_id INTEGER NOT NULL REFERENCES training_courses (id),
    unit_id INTEGER NOT NULL REFERENCES units (id),
    held_on TEXT NOT NULL,
    attendees INTEGER NOT NULL CHECK (attendees >= 0),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX training_events_admin ON training_events (administration_id, held_on);
