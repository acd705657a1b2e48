//! Action plans (DOMAIN.md §1, §14, §15): the common structure owned by the central
//! coordinator, one plan per administration and period with its lifecycle, the activities
//! with their schedules and follow-up, revision into the next period, and the documents.

pub mod api;
pub mod doc;
pub mod docx;
pub mod domain;
pub mod export;
pub mod input;
pub mod json;
pub mod lifecycle;
pub mod pages;
pub mod pdf;
pub mod schedule;
pub mod store;
pub mod view;
pub mod write;
