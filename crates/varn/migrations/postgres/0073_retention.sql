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
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND EXISTS (
        SELECT 1 FROM retention_cutoffs WHERE record_type = 'audit_log' AND OLD.at < cutoff
    ) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

-- The purge deletes by date.
CREATE INDEX ia_incidents_occurred ON ia_incidents (occurred_on);
CREATE INDEX training_completions_on_date ON training_completions (on_date);
