-- De-identified case consultations and the 24-hour first-contact routine (SQLite).
--
-- A consultation never holds who the person is: the administration asking, the one
-- advising (the social services' coordinator, or the asking administration's own), the date,
-- an optional age band and gender, the environment, the kind of concern, the advice (past
-- the PII guard), the referrals, whether consent was given, the outcome and a follow-up date.
--
-- A first-contact request is registered with its time and channel and a reference of its
-- own; its deadline is 24 hours later on the wall clock. Each warning (16 and 22 hours in,
-- and the deadline) is recorded once per request and kind (the unique key is what makes a
-- second server process give up), with its e-mail's delivery: a claim that expires, the
-- attempts, and when it was delivered.

CREATE TABLE consultations (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    advisor_administration_id INTEGER NOT NULL REFERENCES administrations (id),
    held_on TEXT NOT NULL,
    age_band TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT '',
    environment TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('child', 'radicalisation', 'returnee', 'relative', 'leave', 'other')),
    advice TEXT NOT NULL,
    referrals TEXT NOT NULL DEFAULT '',
    consent INTEGER NOT NULL CHECK (consent IN (0, 1)),
    outcome TEXT NOT NULL DEFAULT '',
    follow_up_on TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX consultations_administration ON consultations (administration_id, held_on);
CREATE INDEX consultations_advisor ON consultations (advisor_administration_id, held_on);

CREATE TABLE first_contact_requests (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    reference TEXT NOT NULL UNIQUE,
    received_at TEXT NOT NULL,
    deadline_at TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'visit', 'police', 'authority', 'other')),
    note TEXT NOT NULL DEFAULT '',
    contact_at TEXT,
    contact_by TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX first_contact_requests_open ON first_contact_requests (administration_id, contact_at);

CREATE TABLE first_contact_warnings (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES first_contact_requests (id),
    kind TEXT NOT NULL CHECK (kind IN ('h16', 'h22', 'deadline')),
    due_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    claimed_until TEXT,
    delivered_at TEXT,
    recipients TEXT NOT NULL DEFAULT '',
    UNIQUE (request_id, kind)
);
