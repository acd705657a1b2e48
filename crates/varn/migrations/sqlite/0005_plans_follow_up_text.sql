-- Action plans: the follow-up of an activity exactly as the plan writes it
-- ("T2 samt verksamhetsberättelse 2019"), kept beside its structured points (SQLite).
-- Numbered 1004 (issue 4's second migration) so that it cannot collide with the next
-- issues' 0005, 0006 …; it only needs to run after 0004_plans.
ALTER TABLE plan_activities ADD COLUMN follow_up_text TEXT NOT NULL DEFAULT '';
