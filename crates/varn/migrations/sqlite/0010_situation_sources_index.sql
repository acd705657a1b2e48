-- The statistics read the IA rows an administration has assessed, by year: an index that
-- finds them without reading the administration's other rows.
CREATE INDEX ia_incidents_assessed ON ia_incidents (administration_id, assessment, occurred_on);
CREATE INDEX graffiti_reports_admin ON graffiti_reports (administration_id, reported_on);
