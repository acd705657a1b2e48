-- Ten years of plans (2017–2026) for the first 20 administrations, 200 activities each, every
-- activity reported at T1, T2 and VB (issue 17's desk benchmark). Written in SQL that SQLite
-- and PostgreSQL both run (recursive CTEs, no generate_series), so both hold the same rows.
-- Run after `varn demo`, whose own plans stay; the bench's are approved plans of one year.
WITH RECURSIVE y (year) AS (SELECT 2017 UNION ALL SELECT year + 1 FROM y WHERE year < 2026),
a AS (SELECT id FROM administrations ORDER BY id LIMIT 20)
INSERT INTO plans (administration_id, template_id, title, dnr, city_goal, period_start, period_end,
                   next_revision, status, decided_on, decision_ref, approved_on, created_at, updated_at)
SELECT a.id, (SELECT MIN(id) FROM plan_templates), 'Handlingsplan ' || y.year, 'BENCH-' || y.year,
       'Stadens mål för året', y.year || '-01-01', y.year || '-12-31', (y.year + 1) || '-01-01',
       'approved', (y.year - 1) || '-12-10', 'Nämndbeslut ' || y.year, (y.year - 1) || '-12-20',
       (y.year - 1) || '-11-01T08:00:00Z', (y.year - 1) || '-12-20T08:00:00Z'
FROM a, y;

WITH RECURSIVE n (k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 200)
INSERT INTO plan_activities (plan_id, position, area, text, responsible, unit_id, person, other_actors,
                             schedule, points, indicator, indicator_unit, carry, carried_from,
                             previous_status, previous_comment, created_at, updated_at)
SELECT p.id, n.k,
       CASE n.k % 5 WHEN 0 THEN 'preventive' WHEN 1 THEN 'preventing' WHEN 2 THEN 'grants_premises'
                    WHEN 3 THEN 'competence' ELSE 'collaboration' END,
       'Aktivitet ' || n.k || ' i planen för ' || SUBSTR(p.period_start, 1, 4),
       'Enhetschef', NULL, '', '', 'Under året', 'T1,T2,VB',
       'Antal genomförda tillfällen', 'st', 'new', NULL, NULL, '',
       p.created_at, p.updated_at
FROM plans p, n
WHERE p.dnr LIKE 'BENCH-%';

WITH RECURSIVE pt (point, k) AS (SELECT 'T1', 1 UNION ALL SELECT 'T2', 2 UNION ALL SELECT 'VB', 3)
INSERT INTO plan_followups (activity_id, point, status, comment, indicator_value, reported_at, reported_by)
SELECT act.id, pt.point,
       CASE WHEN pt.point = 'VB' THEN
            CASE act.position % 4 WHEN 0 THEN 'done' WHEN 1 THEN 'partly_done' WHEN 2 THEN 'ongoing' ELSE 'cancelled' END
            ELSE 'ongoing' END,
       'Genomfört enligt plan, ' || pt.point || '.', CAST(act.position % 9 AS TEXT),
       SUBSTR(p.period_start, 1, 4) || CASE pt.k WHEN 1 THEN '-04-28' WHEN 2 THEN '-08-29' ELSE '-12-30' END || 'T10:00:00Z',
       'bench'
FROM plan_activities act JOIN plans p ON p.id = act.plan_id, pt
WHERE p.dnr LIKE 'BENCH-%';
