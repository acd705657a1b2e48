//! Pure machinery every capability shares: the domain's errors, free text past the PII
//! guard, scopes and their one SQL filter, typed ids, checks of fields, pages of lists,
//! small-cell suppression and statistics, time as people read it. No I/O here: nothing in
//! `kernel` touches the database, the network or the clock's side effects beyond reading it.

pub mod check;
pub mod codes;
pub mod error;
pub mod ids;
pub mod paging;
pub mod scope;
pub mod suppress;
pub mod text;
pub mod time;
