//! Värn's integration tests, as one test binary (one link instead of one per file): storage
//! and HTTP tests on SQLite and PostgreSQL (PostgreSQL on 127.0.0.1:5432, or
//! `TEST_POSTGRES_URL`), the access matrix, the command line and the documents' snapshots.

#[macro_use]
mod common;

mod access_matrix;
mod alarms;
mod auditlog;
mod backup;
mod citywide;
mod cli;
mod consultations;
mod document_snapshots;
mod grants;
mod http;
mod multi;
mod networks;
mod oidc;
mod ops;
mod plan_appendix;
mod plans;
mod plans_reminders;
mod plans_storage;
mod reliability;
mod reports;
mod retention;
mod retention_more;
mod retention_survey;
mod riskpicture;
mod routine;
mod schema;
mod situation;
mod situation_counts;
mod situation_picture;
mod situation_sources;
mod storage;
mod survey;
mod training;
mod training_desk;
mod training_tallies;
