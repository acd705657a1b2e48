-- The years an IA file covered (issue 20 point 11): every year from its first row's date to
-- its last, whether or not any row fell in it. A covered year without rows is a year of 0
-- in the picture, not "ingen uppgift". Kept per import so that undoing an import takes its
-- years with it; kept past the purge of the import's record and of its rows, as the counts
-- are (nothing here names a person or an event).
CREATE TABLE ia_import_years (
    import_id BIGINT NOT NULL,
    administration_id BIGINT NOT NULL REFERENCES administrations (id),
    year BIGINT NOT NULL,
    PRIMARY KEY (import_id, administration_id, year)
);

-- Files read before this were known only by their rows: their years are those with rows.
INSERT INTO ia_import_years (import_id, administration_id, year)
SELECT DISTINCT 0, administration_id, year FROM ia_counts;
