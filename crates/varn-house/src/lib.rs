//! The house: the shared rooms every capability of Värn builds on (ARCHITECTURE.md).
//! Nothing here names a capability; the capabilities are crates of their own that
//! depend on this one, and the app (`crates/varn`) lists them.

pub mod audit;
pub mod auth;
pub mod config;
pub mod db;
pub mod export;
pub mod i18n;
pub mod import;
pub mod kernel;
pub mod mail;
pub mod retention;
pub mod web;
