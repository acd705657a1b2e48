-- The key of the form that opened a round: a page reloaded after opening a round sends the
-- form again, and the key tells Värn that the round is already open (issue 12).
CREATE TABLE survey_round_forms (
    form_key TEXT PRIMARY KEY,
    round_id BIGINT NOT NULL REFERENCES survey_rounds (id) ON DELETE CASCADE
);
