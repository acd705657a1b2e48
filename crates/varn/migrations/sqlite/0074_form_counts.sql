-- The forms' figures that outlive the forms (issue 19 §2): retention deletes a form only
-- after adding it here, in the same transaction, so that every figure read from the forms
-- (the picture's forms by environment and year, the trend of the sources, the city's forms
-- per administration) reads the rows still there plus these counts, and is the same after a
-- purge as before it.
--
-- Per administration and year of the event (occurred_from): environment_id 0 counts every
-- form assessed as VBE (assessed_vbe or forwarded); any other the assessed VBE forms
-- classified under that environment term (a form with two terms counts under each).
CREATE TABLE report_year_counts (
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    year INTEGER NOT NULL,
    environment_id INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (administration_id, year, environment_id)
);

-- The purge finds closed forms by when they came in through reports_submitted (0011).
