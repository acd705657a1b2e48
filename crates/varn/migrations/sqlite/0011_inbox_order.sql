-- The inbox lists forms newest first, within the reader's administrations, a page at a time.
CREATE INDEX reports_submitted ON reports (submitted_at, id);
CREATE INDEX reports_administration_submitted ON reports (administration_id, submitted_at, id);
