//! The services of the anonymized form: storing a checked and guarded form with its audit
//! entry in one transaction.

use crate::audit::{self, Actor, Entry};
use crate::db::Db;
use crate::kernel::error::Result;
use crate::reports::domain::CheckedReport;
use crate::reports::store;
use crate::taxonomy;

/// Stores a checked form (the PII guard has passed it) under its submission key, with the
/// taxonomy version of now, and audits it; the form's id.
pub async fn store_form(
    db: &Db,
    actor: &Actor,
    checked: &CheckedReport,
    channel: &str,
    partner_link: Option<i64>,
    key: &str,
) -> Result<i64> {
    let version = taxonomy::store::current_version(db).await?;
    let mut tx = db.begin_write().await?;
    store::check_references(&mut tx, checked).await?;
    let id = store::insert(&mut tx, checked, channel, partner_link, key, version).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            crate::audit::Action::Create,
            crate::reports::Record::Report,
            id,
        )
        .admin(Some(checked.administration_id))
        .summary(crate::i18n::sv().t(&format!("report.channel.{channel}"))),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}
