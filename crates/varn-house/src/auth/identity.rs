//! Where the access layer finds people: the seam between signing in and the people who
//! may sign in. The `people` capability implements [`Identity`] over Värn's own user
//! table; sign-in through a municipality's identity provider (issue 19) fits here too.
//! Nothing in `auth` reads the people's tables itself.

use crate::kernel::ids::UserId;
use std::future::Future;
use std::pin::Pin;

use crate::auth::principal::Grant;
use crate::db::Db;

/// A boxed future, for the trait's methods.
pub type Pending<'a, T> = Pin<Box<dyn Future<Output = anyhow::Result<T>> + Send + 'a>>;

/// The people who may sign in.
pub trait Identity: Send + Sync + std::fmt::Debug {
    /// The active account with this (normalised) e-mail address: its id and password hash.
    fn credentials<'a>(
        &'a self,
        db: &'a Db,
        email: &'a str,
    ) -> Pending<'a, Option<(UserId, Option<String>)>>;
    /// The grants of an account.
    fn grants<'a>(&'a self, db: &'a Db, user_id: UserId) -> Pending<'a, Vec<Grant>>;
}

/// An e-mail address as accounts are kept: trimmed, in lower case.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}
