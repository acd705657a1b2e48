-- The survey (issue 12): the city's versioned template, rounds with their own local
-- questions, recipients with the hash of their personal link, and the answers. Answers
-- (survey_responses, survey_answers) hold no recipient, no time and no address: whether a
-- recipient has answered is kept on the recipient alone and cannot be joined to an answer
-- (SQLite).

CREATE TABLE survey_templates (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE survey_rounds (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    template_id INTEGER NOT NULL REFERENCES survey_templates (id),
    title TEXT NOT NULL,
    period TEXT NOT NULL,
    closes_on TEXT NOT NULL,
    reminder_days TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    closed_at TEXT
);
CREATE INDEX survey_rounds_administration ON survey_rounds (administration_id);

-- A question of the city's template (template_id) or a local question of one round (round_id).
CREATE TABLE survey_questions (
    id INTEGER PRIMARY KEY,
    template_id INTEGER REFERENCES survey_templates (id),
    round_id INTEGER REFERENCES survey_rounds (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    part TEXT NOT NULL CHECK (part IN ('events', 'knowledge', 'local')),
    kind TEXT NOT NULL CHECK (kind IN ('scale', 'choice', 'multi', 'percent', 'text')),
    text TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '',
    required INTEGER NOT NULL DEFAULT 0,
    CHECK ((template_id IS NULL) <> (round_id IS NULL))
);
CREATE INDEX survey_questions_template ON survey_questions (template_id);
CREATE INDEX survey_questions_round ON survey_questions (round_id);

-- Who was asked, for links, reminders and response rates only.
CREATE TABLE survey_recipients (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES survey_rounds (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('internal', 'partner', 'specialist')),
    unit_id INTEGER REFERENCES units (id),
    department_id INTEGER REFERENCES departments (id),
    email TEXT NOT NULL DEFAULT '',
    token_hash TEXT NOT NULL UNIQUE,
    -- The link of the latest reminder (the first link keeps working too).
    reminder_token_hash TEXT UNIQUE,
    draft TEXT NOT NULL DEFAULT '',
    answered INTEGER NOT NULL DEFAULT 0,
    mailed INTEGER NOT NULL DEFAULT 0,
    reminders INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX survey_recipients_round ON survey_recipients (round_id);

-- One submitted answer: the unit (internal and specialist) or only the kind (partners).
CREATE TABLE survey_responses (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES survey_rounds (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('internal', 'partner', 'specialist')),
    unit_id INTEGER REFERENCES units (id),
    department_id INTEGER REFERENCES departments (id)
);
CREATE INDEX survey_responses_round ON survey_responses (round_id);

-- A value (scale step, option number, percent) or a text; a multiple choice has one row per option.
CREATE TABLE survey_answers (
    id INTEGER PRIMARY KEY,
    response_id INTEGER NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES survey_questions (id),
    value INTEGER,
    text TEXT
);
CREATE INDEX survey_answers_response ON survey_answers (response_id);
CREATE INDEX survey_answers_question ON survey_answers (question_id);

-- Reminder days already sent for a round (each once).
CREATE TABLE survey_reminders (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES survey_rounds (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    sent INTEGER NOT NULL,
    sent_at TEXT NOT NULL
);
CREATE INDEX survey_reminders_round ON survey_reminders (round_id);

INSERT INTO survey_templates (version, created_at, created_by) VALUES (1, '2026-01-01T00:00:00Z', 'system');
INSERT INTO survey_questions (template_id, position, key, part, kind, text, options, required) VALUES
((SELECT id FROM survey_templates WHERE version = 1), 1, 'events_any', 'events', 'choice', 'Har verksamheten under perioden haft händelser eller iakttagelser som kan höra ihop med våldsbejakande extremism?', 'Ja
Nej
Vet inte', 1),
((SELECT id FROM survey_templates WHERE version = 1), 2, 'events_environment', 'events', 'multi', 'Vilken miljö hörde händelserna ihop med?', 'Vit makt-miljön
Den autonoma miljön
Våldsbejakande islamistisk extremism
Annan eller oklar', 0),
((SELECT id FROM survey_templates WHERE version = 1), 3, 'events_type', 'events', 'multi', 'Vad var det för slags händelser?', 'Hot eller kränkningar
Våldsbejakande åsikter som uttrycktes
Våld
Skadegörelse eller klotter
Rekrytering eller propaganda
Annat', 0),
((SELECT id FROM survey_templates WHERE version = 1), 4, 'events_action', 'events', 'multi', 'Vad gjordes åt händelserna?', 'Polisanmälan
Anmälan i IA
Blankett för avidentifierad information
Inget av detta', 0),
((SELECT id FROM survey_templates WHERE version = 1), 5, 'knowledge_level', 'knowledge', 'scale', 'Hur bedömer ni verksamhetens kunskap om våldsbejakande extremism? (1 = ingen kunskap, 5 = mycket bra kunskap)', '', 1),
((SELECT id FROM survey_templates WHERE version = 1), 6, 'managers_know', 'knowledge', 'multi', 'Vad känner verksamhetens chefer till?', 'Handlingsplanen
Samordnaren
Blanketten för avidentifierad information
Rutinen vid oro eller händelse
Vägledningen', 0),
((SELECT id FROM survey_templates WHERE version = 1), 7, 'staff_know', 'knowledge', 'multi', 'Vad känner medarbetarna till?', 'Handlingsplanen
Samordnaren
Blanketten för avidentifierad information
Rutinen vid oro eller händelse
Vägledningen', 0),
((SELECT id FROM survey_templates WHERE version = 1), 8, 'web_training', 'knowledge', 'percent', 'Hur stor andel av medarbetarna har gått webbutbildningen (procent)?', '', 0),
((SELECT id FROM survey_templates WHERE version = 1), 9, 'collaboration', 'knowledge', 'text', 'Var behöver samverkan utvecklas?', '', 0),
((SELECT id FROM survey_templates WHERE version = 1), 10, 'plan_changed_work', 'knowledge', 'choice', 'Har handlingsplanens aktiviteter förändrat verksamhetens arbete?', 'Ja
Delvis
Nej
Vet inte', 0),
((SELECT id FROM survey_templates WHERE version = 1), 11, 'missing', 'knowledge', 'text', 'Vad saknas i dag för att kunna arbeta mot våldsbejakande extremism?', '', 0),
((SELECT id FROM survey_templates WHERE version = 1), 12, 'other', 'knowledge', 'text', 'Något annat ni vill framföra?', '', 0);
