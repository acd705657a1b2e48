-- The survey's figures that outlive its answers (issue 19 §2, retention). Before the first
-- answer of a closed round is purged, the whole round is frozen here in the same
-- transaction, and every reader (the results, the comparison with the previous round, the
-- picture, the city's desk) reads a frozen round from these counts alone. The counts hold
-- the kind of recipient and the department, never the unit, the response or a text: no
-- person can be joined to them. Free-text answers cannot be counted and are gone.
CREATE TABLE survey_frozen_rounds (
    round_id BIGINT PRIMARY KEY REFERENCES survey_rounds (id) ON DELETE CASCADE,
    frozen_at TEXT NOT NULL
);

-- Responses per kind of recipient and department (NULL: a partner, or no department).
CREATE TABLE survey_response_counts (
    round_id BIGINT NOT NULL REFERENCES survey_frozen_rounds (round_id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    department_id BIGINT REFERENCES departments (id),
    n BIGINT NOT NULL
);
CREATE INDEX survey_response_counts_round ON survey_response_counts (round_id);

-- Per question, kind and department: how many responses answered it (value NULL), and how
-- many answers gave each value (a scale step, an option's number, a percent).
CREATE TABLE survey_answer_counts (
    round_id BIGINT NOT NULL REFERENCES survey_frozen_rounds (round_id) ON DELETE CASCADE,
    question_id BIGINT NOT NULL REFERENCES survey_questions (id),
    kind TEXT NOT NULL,
    department_id BIGINT REFERENCES departments (id),
    value BIGINT,
    n BIGINT NOT NULL
);
CREATE INDEX survey_answer_counts_round ON survey_answer_counts (round_id);
