//! The services of the routine guide's versions: creating, saving and publishing a draft,
//! each in one transaction with its audit entry. The page and the API call the same ones.

use crate::domain::{Content, RoutineVersionId};
use crate::store;
use varn_house::audit::Actor;
use varn_house::db::Db;
use varn_house::kernel::error::Result;

/// A new draft copied from the current version; its id. A conflict if a draft exists.
pub async fn create_draft(db: &Db, actor: &Actor) -> Result<RoutineVersionId> {
    let mut tx = db.begin_write().await?;
    let id = store::create_draft(&mut tx, actor).await?;
    tx.commit().await?;
    Ok(id)
}

/// Replaces a draft's note, questions and steps (already checked).
pub async fn update_draft(
    db: &Db,
    actor: &Actor,
    id: RoutineVersionId,
    note: &str,
    content: &Content,
) -> Result<()> {
    let mut tx = db.begin_write().await?;
    store::update_draft(&mut tx, actor, id, note, content).await?;
    tx.commit().await?;
    Ok(())
}

/// Publishes a draft: it becomes the current version.
pub async fn publish(db: &Db, actor: &Actor, id: RoutineVersionId) -> Result<()> {
    let mut tx = db.begin_write().await?;
    store::publish(&mut tx, actor, id).await?;
    tx.commit().await?;
    Ok(())
}
