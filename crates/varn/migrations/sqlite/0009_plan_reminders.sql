-- E-mail reminders of follow-up: one row per activity, point and kind of reminder sent,
-- so that each is sent once (SQLite).

CREATE TABLE plan_reminders (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES plan_activities (id) ON DELETE CASCADE,
    point TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('due_soon', 'overdue')),
    recipients TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    UNIQUE (activity_id, point, kind)
);
