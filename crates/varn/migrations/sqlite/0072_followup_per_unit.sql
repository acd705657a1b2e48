-- An activity whose responsible is each unit manager ("Respektive enhetschef") is reported
-- per unit: each report names the unit it answers for. A report without a unit answers for
-- the whole activity, as every report did before (issue 20 point 18).
ALTER TABLE plan_followups ADD COLUMN unit_id INTEGER REFERENCES units (id);
CREATE INDEX plan_followups_unit ON plan_followups (unit_id);
