//! Värn: the system a Swedish municipality runs its work against violent extremism on.
//!
//! The crate is laid out by capability (organisation, people, audit, …), each with its
//! domain types, storage and routes together; shared plumbing (database, authentication,
//! the web shell, texts) sits apart. `main.rs` only parses the command line.

pub mod app;
pub mod cli;
pub mod demo;
pub mod home;
pub mod openapi;
pub mod pii_cli;
pub mod tables;

// The shared rooms and the capabilities, under the names the app and the tests use.
pub use varn_alarms as alarms;
pub use varn_auditlog as auditlog;
pub use varn_citywide as citywide;
pub use varn_consultations as consultations;
pub use varn_grants as grants;
pub use varn_house::{audit, auth, config, db, export, i18n, import, kernel, mail, retention, web};
pub use varn_house::{audit_records, code_enum, id};
pub use varn_networks as networks;
pub use varn_org as org;
pub use varn_people as people;
pub use varn_plans as plans;
pub use varn_reports as reports;
pub use varn_riskpicture as riskpicture;
pub use varn_routine as routine;
pub use varn_signin as signin;
pub use varn_situation as situation;
pub use varn_survey as survey;
pub use varn_taxonomy as taxonomy;
pub use varn_training as training;
