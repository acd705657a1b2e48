//! The services of the survey that change it: publishing the city's template, opening a
//! round (once per form), closing a round and adding a local question, each in one
//! transaction with its audit entries. The pages and the API call the same ones.

use crate::audit::Actor;
use crate::db::Db;
use crate::kernel::error::{Error, Result};
use crate::survey::store::{
    self, SurveyIssuedLink, SurveyQuestionInput, SurveyRoundInput, SurveyTemplate,
    SurveyTemplateInput,
};

/// Publishes a new version of the city's template (rounds keep theirs).
pub async fn publish_template(
    db: &Db,
    actor: &Actor,
    input: &SurveyTemplateInput,
) -> Result<SurveyTemplate> {
    let mut tx = db.begin_write().await?;
    let t = store::publish_template(&mut tx, actor, input).await?;
    tx.commit().await?;
    Ok(t)
}

/// What opening a round in the store came to.
pub enum OpenedRound {
    /// Opened now: its id and the links issued.
    Now(i64, Vec<SurveyIssuedLink>),
    /// The same form key opened this round before; nothing was opened now.
    Before(i64),
}

/// Opens a round in an administration; with a form key, only the first time that key
/// comes (a second time gives the round the first one opened).
pub async fn open_round(
    db: &Db,
    actor: &Actor,
    admin: i64,
    input: &SurveyRoundInput,
    once: Option<&str>,
) -> Result<OpenedRound> {
    let mut tx = db.begin_write().await?;
    let (id, links) = store::open_round(&mut tx, actor, admin, input).await?;
    if let Some(key) = once {
        if !store::claim_form_key(&mut tx, key, id).await? {
            // The same form opened a round before: this one is not opened.
            tx.rollback().await?;
            let mut conn = db.pool().acquire().await?;
            let before = store::round_of_form_key(&mut conn, key).await?;
            return before.map(OpenedRound::Before).ok_or(Error::NotFound);
        }
    }
    tx.commit().await?;
    Ok(OpenedRound::Now(id, links))
}

/// Closes a round; closing a closed round changes nothing.
pub async fn close_round(db: &Db, actor: &Actor, id: i64) -> Result<()> {
    let mut tx = db.begin_write().await?;
    store::close_round(&mut tx, actor, id).await?;
    tx.commit().await?;
    Ok(())
}

/// Adds a local question to a round.
pub async fn add_question(
    db: &Db,
    actor: &Actor,
    round: i64,
    input: &SurveyQuestionInput,
) -> Result<()> {
    let mut tx = db.begin_write().await?;
    store::add_question(&mut tx, actor, round, input).await?;
    tx.commit().await?;
    Ok(())
}
