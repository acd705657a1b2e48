-- Association grants and premises (DOMAIN.md §9).
--
-- The shared room auth gains a role, the grant officer (bidragshandläggare): SQLite cannot
-- change a CHECK constraint, so role_grants is made again with the new role allowed.
CREATE TABLE role_grants_new (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('employee', 'partner', 'manager', 'grant_officer', 'coordinator', 'central_coordinator', 'reader', 'administrator')),
    administration_id INTEGER REFERENCES administrations (id),
    unit_id INTEGER REFERENCES units (id),
    created_at TEXT NOT NULL
);
INSERT INTO role_grants_new (id, user_id, role, administration_id, unit_id, created_at)
    SELECT id, user_id, role, administration_id, unit_id, created_at FROM role_grants;
DROP TABLE role_grants;
ALTER TABLE role_grants_new RENAME TO role_grants;
CREATE INDEX role_grants_user ON role_grants (user_id);

-- The register: one row per organisation number in the municipality.
CREATE TABLE grant_associations (
    id INTEGER PRIMARY KEY,
    org_number TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('sports', 'culture', 'faith', 'study', 'other')),
    contact_role TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The administrations an association deals with.
CREATE TABLE grant_association_links (
    association_id INTEGER NOT NULL REFERENCES grant_associations (id),
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    touched_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (association_id, administration_id)
);
CREATE INDEX grant_association_links_administration ON grant_association_links (administration_id);

-- Applications for a grant or for premises, with the declaration and the decision.
CREATE TABLE grant_applications (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    association_id INTEGER NOT NULL REFERENCES grant_associations (id),
    kind TEXT NOT NULL CHECK (kind IN ('grant', 'premises')),
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    purpose TEXT NOT NULL,
    amount INTEGER,
    premises TEXT NOT NULL DEFAULT '',
    times TEXT NOT NULL DEFAULT '',
    declared_on TEXT NOT NULL,
    declared_by_role TEXT NOT NULL,
    received_on TEXT NOT NULL,
    outcome TEXT CHECK (outcome IN ('granted', 'partly', 'refused')),
    granted_amount INTEGER,
    decision_reason TEXT NOT NULL DEFAULT '',
    decision_reference TEXT NOT NULL DEFAULT '',
    decided_on TEXT,
    conditions TEXT NOT NULL DEFAULT '',
    follow_up_plan TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX grant_applications_administration ON grant_applications (administration_id, received_on);
CREATE INDEX grant_applications_association ON grant_applications (association_id);

-- Stops of payment; a stop holds until it is lifted with its own reason.
CREATE TABLE grant_stops (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    association_id INTEGER NOT NULL REFERENCES grant_associations (id),
    reason TEXT NOT NULL,
    stopped_on TEXT NOT NULL,
    stopped_by TEXT NOT NULL,
    lifted_on TEXT,
    lift_reason TEXT NOT NULL DEFAULT '',
    lifted_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX grant_stops_active ON grant_stops (administration_id, association_id) WHERE lifted_on IS NULL;
CREATE INDEX grant_stops_association ON grant_stops (association_id);

-- Planned instalments: planned, approved, paid, or stopped.
CREATE TABLE grant_payments (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES grant_applications (id),
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    amount INTEGER NOT NULL,
    due_on TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('planned', 'approved', 'paid', 'stopped')),
    stop_id INTEGER REFERENCES grant_stops (id),
    paid_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX grant_payments_application ON grant_payments (application_id);

-- Control actions, the VBE control among them; a planned control has a due date and no finding yet.
CREATE TABLE grant_controls (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    association_id INTEGER NOT NULL REFERENCES grant_associations (id),
    application_id INTEGER REFERENCES grant_applications (id),
    kind TEXT NOT NULL CHECK (kind IN ('during_grant', 'yearly', 'vbe')),
    checked TEXT NOT NULL,
    finding TEXT NOT NULL,
    controlled_on TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX grant_controls_administration ON grant_controls (administration_id, controlled_on);
CREATE INDEX grant_controls_association ON grant_controls (association_id);

-- Withdrawals of support already paid, with the claim for repayment.
CREATE TABLE grant_withdrawals (
    id INTEGER PRIMARY KEY,
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    application_id INTEGER NOT NULL REFERENCES grant_applications (id),
    claim_amount INTEGER NOT NULL,
    reason TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX grant_withdrawals_application ON grant_withdrawals (application_id);

-- Reminders of controls due, sent once per application.
CREATE TABLE grant_reminders (
    application_id INTEGER PRIMARY KEY REFERENCES grant_applications (id),
    recipients TEXT NOT NULL,
    sent_at TEXT NOT NULL
);
