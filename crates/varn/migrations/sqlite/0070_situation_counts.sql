-- Counts of the IA rows kept with every write that changes the rows (issue 17): the city
-- pages and the grouped statistics read these instead of a million rows, and retention
-- (issue 19 §2) may purge rows while their counts stay. Written in the same transaction as
-- the rows by situation::counts (import, triage, undo of an import); a test compares them
-- with a recount.
--
-- ia_counts: every row, by administration, year and month of the event, the IA flag, the
-- assessment ('' none yet, 'vbe', 'not_vbe') and the environment (0 none).
CREATE TABLE ia_counts (
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    year INTEGER NOT NULL,
    month INTEGER NOT NULL,
    vbe_flag INTEGER NOT NULL,
    assessment TEXT NOT NULL,
    environment_id INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (administration_id, year, month, vbe_flag, assessment, environment_id)
);

-- ia_counts_by: the rows assessed as VBE, by administration, one of the row's columns
-- (event_type, place_type, area), its value and the year.
CREATE TABLE ia_counts_by (
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    dimension TEXT NOT NULL CHECK (dimension IN ('event_type', 'place_type', 'area')),
    year INTEGER NOT NULL,
    value TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (administration_id, dimension, year, value)
);

-- An import's rows are counted (and an undone import's uncounted) through its id.
CREATE INDEX ia_incidents_import ON ia_incidents (import_id);

-- The rows already there.
INSERT INTO ia_counts (administration_id, year, month, vbe_flag, assessment, environment_id, n)
SELECT administration_id, CAST(SUBSTR(occurred_on, 1, 4) AS INTEGER), CAST(SUBSTR(occurred_on, 6, 2) AS INTEGER),
       vbe_flag, COALESCE(assessment, ''), COALESCE(environment_id, 0), COUNT(*)
FROM ia_incidents
GROUP BY administration_id, CAST(SUBSTR(occurred_on, 1, 4) AS INTEGER), CAST(SUBSTR(occurred_on, 6, 2) AS INTEGER),
         vbe_flag, COALESCE(assessment, ''), COALESCE(environment_id, 0);

INSERT INTO ia_counts_by (administration_id, dimension, year, value, n)
SELECT administration_id, 'event_type', CAST(SUBSTR(occurred_on, 1, 4) AS INTEGER), event_type, COUNT(*)
FROM ia_incidents WHERE assessment = 'vbe'
GROUP BY administration_id, CAST(SUBSTR(occurred_on, 1, 4) AS INTEGER), event_type;
INSERT INTO ia_counts_by (administration_id, dimension, year, value, n)
SELECT administration_id, 'place_type', CAST(SUBSTR(occurred_on, 1, 4) AS INTEGER), place_type, COUNT(*)
FROM ia_incidents WHERE assessment = 'vbe'
GROUP BY administration_id, CAST(SUBSTR(occurred_on, 1, 4) AS INTEGER), place_type;
INSERT INTO ia_counts_by (administration_id, dimension, year, value, n)
SELECT administration_id, 'area', CAST(SUBSTR(occurred_on, 1, 4) AS INTEGER), area, COUNT(*)
FROM ia_incidents WHERE assessment = 'vbe'
GROUP BY administration_id, CAST(SUBSTR(occurred_on, 1, 4) AS INTEGER), area;
