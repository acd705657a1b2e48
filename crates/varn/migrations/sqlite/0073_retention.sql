-- Retention (issue 19 §2): how far each record type has been purged. The purge writes a
-- type's cut-off (a date, YYYY-MM-DD: rows dated before it are gone) in the transaction of
-- its first batch, and only ever moves it forward. Paths that add dated rows read it: the
-- training refuses a mark or an imported row dated before its type's cut-off, whose tallies
-- could no longer be worked out from the rows kept.
CREATE TABLE retention_cutoffs (
    record_type TEXT PRIMARY KEY,
    cutoff TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The audit log stays append-only, except that the purge may delete an entry dated before
-- the audit log's cut-off, which it records first in the same transaction.
DROP TRIGGER audit_log_no_delete;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN NOT EXISTS (SELECT 1 FROM retention_cutoffs WHERE record_type = 'audit_log' AND old.at < cutoff)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- The purge deletes by date.
CREATE INDEX ia_incidents_occurred ON ia_incidents (occurred_on);
CREATE INDEX training_completions_on_date ON training_completions (on_date);
