-- Action plans: an activity's indicator may name a figure Värn counts itself
-- (`<capability>/<key>`, offered by a capability's `measures`), so that its follow-up fills
-- itself; empty when the value is typed by hand.
ALTER TABLE plan_activities ADD COLUMN measure TEXT NOT NULL DEFAULT '';
