-- The local situational picture: hate-crime statistics per administration, year, area and
-- kind, with where each figure came from (SQLite).

CREATE TABLE hate_crime_counts (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    area TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL CHECK (category IN ('hets_mot_folkgrupp', 'hatbrott')),
    count INTEGER NOT NULL CHECK (count >= 0),
    source TEXT NOT NULL DEFAULT '',
    imported_by TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (administration_id, year, area, category)
);
