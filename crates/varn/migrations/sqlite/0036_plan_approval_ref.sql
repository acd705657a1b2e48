-- Action plans: the executive board's approval keeps its decision reference beside its date,
-- so that the plan's documents can name both decisions.
ALTER TABLE plans ADD COLUMN approval_ref TEXT;
