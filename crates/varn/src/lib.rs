//! Värn: the system a Swedish municipality runs its work against violent extremism on.
//!
//! The crate is laid out by capability (organisation, people, audit, …), each with its
//! domain types, storage and routes together; shared plumbing (database, authentication,
//! the web shell, texts) sits apart. `main.rs` only parses the command line.

pub mod alarms;
pub mod app;
pub mod audit;
pub mod auditlog;
pub mod auth;
pub mod citywide;
pub mod cli;
pub mod config;
pub mod consultations;
pub mod db;
pub mod demo;
pub mod export;
pub mod grants;
pub mod home;
pub mod i18n;
pub mod import;
pub mod kernel;
pub mod mail;
pub mod networks;
pub mod openapi;
pub mod org;
pub mod people;
pub mod pii_cli;
pub mod plans;
pub mod reports;
pub mod retention;
pub mod riskpicture;
pub mod routine;
pub mod signin;
pub mod situation;
pub mod survey;
pub mod taxonomy;
pub mod training;
pub mod web;
