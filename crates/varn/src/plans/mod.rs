//! Action plans (DOMAIN.md §1, §14, §15): the common structure owned by the central
//! coordinator, one plan per administration and period with its lifecycle, the activities
//! with their schedules and follow-up, revision into the next period, and the documents.

pub mod activity_pages;
pub mod api;
pub mod compare;
pub mod demo;
pub mod diff;
pub mod doc;
pub mod domain;
pub mod export;
pub mod followup;
pub mod import;
pub mod input;
pub mod json;
pub mod lifecycle;
pub mod pages;
pub mod reminders;
pub mod schedule;
pub mod store;
pub mod structure;
pub mod view;
pub mod write;
