-- The consultations' and the 24-hour routine's figures that outlive their rows (issue 19 §2,
-- retention). The purge adds a row's share here in the transaction that deletes it, so that
-- every reader (the city's counts, the plan measures, the yearly report) gives the same
-- figures after a purge as before it.
--
-- Consultations, per day held, sides, kind and referrals (the stored codes, comma
-- separated): the advice, outcome, age band, gender, environment and follow-up are gone.
-- Readers read the rows still there plus these counts.
CREATE TABLE consultation_counts (
    held_on TEXT NOT NULL,
    administration_id BIGINT NOT NULL REFERENCES administrations (id),
    advisor_administration_id BIGINT NOT NULL REFERENCES administrations (id),
    kind TEXT NOT NULL,
    referrals TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (held_on, administration_id, advisor_administration_id, kind, referrals)
);

-- 24-hour requests, per UTC day received and administration: how many, and how many had
-- their first contact within 24 hours (the plan measures). Readers add them to the rows.
CREATE TABLE first_contact_day_counts (
    day TEXT NOT NULL,
    administration_id BIGINT NOT NULL REFERENCES administrations (id),
    requests BIGINT NOT NULL,
    within_24h BIGINT NOT NULL,
    PRIMARY KEY (day, administration_id)
);

-- The yearly report of a closed (Swedish) year, frozen whole before the first of its
-- requests is purged: a median cannot be added up, so a frozen year is read from here
-- alone. A year is listed in first_contact_frozen_years even when no administration had a
-- request.
CREATE TABLE first_contact_frozen_years (
    year BIGINT PRIMARY KEY,
    frozen_at TEXT NOT NULL
);
CREATE TABLE first_contact_year_counts (
    year BIGINT NOT NULL REFERENCES first_contact_frozen_years (year),
    administration_id BIGINT NOT NULL REFERENCES administrations (id),
    requests BIGINT NOT NULL,
    within_24h BIGINT NOT NULL,
    open BIGINT NOT NULL,
    median_minutes BIGINT,
    longest_minutes BIGINT,
    PRIMARY KEY (year, administration_id)
);

CREATE INDEX consultations_held_on ON consultations (held_on);
CREATE INDEX first_contact_requests_received ON first_contact_requests (received_at);
