-- Training tallies from the rows already there (issue 13; the table is made by 0068): for
-- each person and course, the last word of each year they were seen in (the greatest by
-- date, status, manual, unit, as the figures order them) starts to count in that year in the
-- unit it names, and their previous year's last word stops counting there. One statement,
-- the same on both backends: the training tests run it to recount the rows, and the
-- benchmark runs it after writing its rows directly.
WITH ranked AS (
    SELECT administration_id, course_id, person_hash, unit_id, status, manual,
           CAST(SUBSTR(on_date, 1, 4) AS BIGINT) AS year,
           ROW_NUMBER() OVER (
               PARTITION BY administration_id, course_id, person_hash, SUBSTR(on_date, 1, 4)
               ORDER BY on_date DESC,
                        CASE status WHEN 'completed' THEN 2 WHEN 'in_progress' THEN 1 ELSE 0 END DESC,
                        manual DESC, unit_id DESC
           ) AS place
    FROM training_completions
),
last_words AS (
    SELECT administration_id, course_id, person_hash, unit_id, year,
           CASE WHEN status = 'completed' THEN 1 ELSE 0 END AS completed,
           CASE WHEN status = 'in_progress' THEN 1 ELSE 0 END AS in_progress,
           CASE WHEN status = 'completed' AND manual = 1 THEN 1 ELSE 0 END AS manual
    FROM ranked
    WHERE place = 1
),
chained AS (
    SELECT administration_id, course_id, unit_id, year, completed, in_progress, manual,
           LAG(unit_id) OVER (PARTITION BY administration_id, course_id, person_hash ORDER BY year) AS before_unit,
           LAG(completed) OVER (PARTITION BY administration_id, course_id, person_hash ORDER BY year) AS before_completed,
           LAG(in_progress) OVER (PARTITION BY administration_id, course_id, person_hash ORDER BY year) AS before_in_progress,
           LAG(manual) OVER (PARTITION BY administration_id, course_id, person_hash ORDER BY year) AS before_manual
    FROM last_words
),
moves AS (
    SELECT administration_id, course_id, unit_id, year, completed, in_progress, manual
    FROM chained
    UNION ALL
    SELECT administration_id, course_id, before_unit, year, -before_completed, -before_in_progress, -before_manual
    FROM chained
    WHERE before_unit IS NOT NULL
)
INSERT INTO training_tallies (administration_id, course_id, unit_id, year, completed, in_progress, manual)
SELECT administration_id, course_id, unit_id, year, SUM(completed), SUM(in_progress), SUM(manual)
FROM moves
GROUP BY administration_id, course_id, unit_id, year
HAVING SUM(completed) <> 0 OR SUM(in_progress) <> 0 OR SUM(manual) <> 0;
