-- Training tallies (issue 13): per administration, course, recorded unit and year, the net
-- change during the year of how many people stand completed, in progress and completed by
-- a manual marking (each person once, with their last word). The standing at a year's end is
-- the sum over that year and every year before; after the last row, the sum of all. Kept by
-- the import, the manual marking and the demo in the transaction that writes the rows, and
-- meant to outlive the rows when retention purges them. Filled from the rows by 0069.
--
-- The index on the person lets a change read the rows of the people it touches only.

CREATE TABLE training_tallies (
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    course_id INTEGER NOT NULL REFERENCES training_courses (id),
    unit_id INTEGER NOT NULL REFERENCES units (id),
    year INTEGER NOT NULL,
    completed INTEGER NOT NULL,
    in_progress INTEGER NOT NULL,
    manual INTEGER NOT NULL,
    PRIMARY KEY (administration_id, course_id, unit_id, year)
);

CREATE INDEX training_completions_person ON training_completions (administration_id, course_id, person_hash);
