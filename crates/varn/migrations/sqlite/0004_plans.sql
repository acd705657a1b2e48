-- Action plans (issue 4): the common structure (versioned template), plans with their
-- lifecycle, activities and follow-up reports (SQLite).

CREATE TABLE plan_templates (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE plan_template_sections (
    id INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES plan_templates (id),
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    guidance TEXT NOT NULL,
    UNIQUE (template_id, key)
);

CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    template_id INTEGER NOT NULL REFERENCES plan_templates (id),
    title TEXT NOT NULL,
    dnr TEXT NOT NULL,
    city_goal TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    next_revision TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'decided', 'approved', 'superseded')),
    decided_on TEXT,
    decision_ref TEXT,
    approved_on TEXT,
    previous_id INTEGER REFERENCES plans (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX plans_administration ON plans (administration_id);

CREATE TABLE plan_sections (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans (id),
    key TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (plan_id, key)
);

CREATE TABLE plan_events (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans (id),
    step TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    on_date TEXT,
    reference TEXT NOT NULL
);
CREATE INDEX plan_events_plan ON plan_events (plan_id);

CREATE TABLE plan_activities (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans (id),
    position INTEGER NOT NULL,
    area TEXT NOT NULL,
    text TEXT NOT NULL,
    responsible TEXT NOT NULL,
    unit_id INTEGER REFERENCES units (id),
    person TEXT NOT NULL,
    other_actors TEXT NOT NULL,
    schedule TEXT NOT NULL,
    points TEXT NOT NULL,
    indicator TEXT NOT NULL,
    indicator_unit TEXT NOT NULL,
    carry TEXT NOT NULL,
    carried_from INTEGER REFERENCES plan_activities (id),
    previous_status TEXT,
    previous_comment TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX plan_activities_plan ON plan_activities (plan_id);

CREATE TABLE plan_followups (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES plan_activities (id),
    point TEXT NOT NULL,
    status TEXT NOT NULL,
    comment TEXT NOT NULL,
    indicator_value TEXT NOT NULL,
    reported_at TEXT NOT NULL,
    reported_by TEXT NOT NULL
);
CREATE INDEX plan_followups_activity ON plan_followups (activity_id);

-- Version 1 of the common structure; the central coordinator publishes later versions.
INSERT INTO plan_templates (version, created_at, created_by) VALUES (1, '2026-01-01T00:00:00Z', 'system');
INSERT INTO plan_template_sections (template_id, position, key, title, guidance) VALUES
    ((SELECT id FROM plan_templates WHERE version = 1), 1, 'inledning', 'Inledning och uppdrag',
     'Beskriv kort nämndens uppdrag i arbetet mot våldsbejakande extremism och hur arbetet är organiserat i förvaltningen: vem som samordnar och vilka verksamheter som berörs.'),
    ((SELECT id FROM plan_templates WHERE version = 1), 2, 'lagesbild', 'Lokal lägesbild',
     'Sammanfatta vad den lokala lägesbilden visar: källorna ni har använt, vad som har förändrats sedan förra året och vilka miljöer som märks i området.'),
    ((SELECT id FROM plan_templates WHERE version = 1), 3, 'analys', 'Analys och prioriteringar',
     'Förklara vilka behov lägesbilden pekar på och varför ni väljer just de aktiviteter som följer. Knyt gärna an till förra periodens uppföljning.'),
    ((SELECT id FROM plan_templates WHERE version = 1), 4, 'aktiviteter', 'Aktiviteter',
     'Aktiviteterna redovisas i tabeller per område. Skriv för varje aktivitet vem som ansvarar, när den ska göras och hur den följs upp.'),
    ((SELECT id FROM plan_templates WHERE version = 1), 5, 'uppfoljning', 'Uppföljning och revidering',
     'Ange hur planen följs upp vid tertialrapporterna och i verksamhetsberättelsen, och när den ska revideras nästa gång.');
