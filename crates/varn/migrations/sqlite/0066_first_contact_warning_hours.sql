-- The 24-hour clock's warnings are set by the municipality's configuration
-- (first_contact_warning_hours): a warning is 'h<hours>' (1 to 23 hours after the request)
-- or 'deadline'. SQLite cannot change a CHECK, so the table is built anew with its rows.

CREATE TABLE first_contact_warnings_new (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES first_contact_requests (id),
    kind TEXT NOT NULL CHECK (kind IN ('h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8', 'h9', 'h10', 'h11', 'h12', 'h13', 'h14', 'h15', 'h16', 'h17', 'h18', 'h19', 'h20', 'h21', 'h22', 'h23', 'deadline')),
    due_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    claimed_until TEXT,
    delivered_at TEXT,
    recipients TEXT NOT NULL DEFAULT '',
    UNIQUE (request_id, kind)
);
INSERT INTO first_contact_warnings_new (id, request_id, kind, due_at, created_at, attempts, claimed_until, delivered_at, recipients)
    SELECT id, request_id, kind, due_at, created_at, attempts, claimed_until, delivered_at, recipients FROM first_contact_warnings;
DROP TABLE first_contact_warnings;
ALTER TABLE first_contact_warnings_new RENAME TO first_contact_warnings;
