-- The situational picture's other sources (SQLite): IA incident reports with their saved
-- column mapping and their triage, graffiti reports, concern reports by age band, and the
-- police mapping. Each imported row keeps the import it came from (file, who, when).

CREATE TABLE source_imports (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    source TEXT NOT NULL CHECK (source IN ('ia', 'graffiti')),
    file_name TEXT NOT NULL,
    rows_read INTEGER NOT NULL,
    rows_new INTEGER NOT NULL,
    imported_by TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

CREATE TABLE ia_mappings (
    administration_id INTEGER PRIMARY KEY REFERENCES administrations (id),
    mapping TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE ia_incidents (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    row_key TEXT NOT NULL,
    occurred_on TEXT NOT NULL,
    event_type TEXT NOT NULL DEFAULT '',
    place_type TEXT NOT NULL DEFAULT '',
    area TEXT NOT NULL DEFAULT '',
    vbe_flag INTEGER NOT NULL CHECK (vbe_flag IN (0, 1)),
    assessment TEXT CHECK (assessment IN ('vbe', 'not_vbe')),
    environment_id INTEGER REFERENCES taxonomy_terms (id),
    assessed_by TEXT,
    assessed_at TEXT,
    import_id INTEGER NOT NULL REFERENCES source_imports (id),
    UNIQUE (administration_id, row_key)
);
CREATE INDEX ia_incidents_triage ON ia_incidents (administration_id, vbe_flag, assessment);

CREATE TABLE graffiti_reports (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    row_key TEXT NOT NULL,
    reported_on TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('left_autonomous', 'nazi', 'racist', 'islamist', 'other')),
    area TEXT NOT NULL DEFAULT '',
    reporter TEXT NOT NULL DEFAULT '',
    import_id INTEGER REFERENCES source_imports (id),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (administration_id, row_key)
);

CREATE TABLE concern_reports (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    age_band TEXT NOT NULL CHECK (age_band IN ('0-12', '13-17', '18-20', '21-')),
    count INTEGER NOT NULL CHECK (count >= 0),
    source TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (administration_id, year, age_band)
);

CREATE TABLE police_mappings (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    narrative TEXT NOT NULL DEFAULT '',
    with_permit INTEGER NOT NULL DEFAULT 0 CHECK (with_permit >= 0),
    without_permit INTEGER NOT NULL DEFAULT 0 CHECK (without_permit >= 0),
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (administration_id, year)
);
