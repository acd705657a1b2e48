//! The services of the survey that change it: publishing the city's template, opening a
//! round (once per form), closing a round and adding a local question, each in one
//! transaction with its audit entries; and taking an answer through a personal link (kept
//! for later or sent), which is not audited (see `answer`). The pages and the API call the
//! same ones.

use crate::domain::SurveyRoundId;
use crate::domain::{self, Raw, SurveyQuestion};
use crate::store::{
    self, Recipient, SurveyIssuedLink, SurveyQuestionInput, SurveyRound, SurveyRoundInput,
    SurveyTemplate, SurveyTemplateInput,
};
use varn_house::audit::Actor;
use varn_house::db::Db;
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::ids::AdministrationId;
use varn_house::kernel::text::Flag;

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
    Now(SurveyRoundId, Vec<SurveyIssuedLink>),
    /// The same form key opened this round before; nothing was opened now.
    Before(SurveyRoundId),
}

/// Opens a round in an administration; with a form key, only the first time that key
/// comes (a second time gives the round the first one opened).
pub async fn open_round(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
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
pub async fn close_round(db: &Db, actor: &Actor, id: SurveyRoundId) -> Result<()> {
    let mut tx = db.begin_write().await?;
    store::close_round(&mut tx, actor, id).await?;
    tx.commit().await?;
    Ok(())
}

/// Adds a local question to a round.
pub async fn add_question(
    db: &Db,
    actor: &Actor,
    round: SurveyRoundId,
    input: &SurveyQuestionInput,
) -> Result<()> {
    let mut tx = db.begin_write().await?;
    store::add_question(&mut tx, actor, round, input).await?;
    tx.commit().await?;
    Ok(())
}

/// A link that can take an answer: its recipient, round and questions.
pub struct Live {
    pub recipient: Recipient,
    pub round: SurveyRound,
    pub questions: Vec<SurveyQuestion>,
}

/// What a personal link's token came to.
pub enum Link {
    /// No recipient has this token (a guess, or a mistyped link).
    Unknown,
    /// The link was used, or its round is not open.
    Dead,
    /// The link can take an answer.
    Live(Box<Live>),
}

/// Finds the link of a token.
pub async fn link(db: &Db, token: &str) -> Result<Link> {
    let mut conn = db.pool().acquire().await?;
    let Some(recipient) = store::recipient_by_token(&mut conn, token).await? else {
        return Ok(Link::Unknown);
    };
    let round = store::get_round(&mut conn, recipient.round_id).await?;
    if recipient.answered || !round.is_open() {
        return Ok(Link::Dead);
    }
    let questions = store::questions(&mut conn, round.id).await?;
    Ok(Link::Live(Box::new(Live {
        recipient,
        round,
        questions,
    })))
}

/// What a respondent asked for: keep the answers for later, or send them.
pub enum Outcome {
    Saved,
    Sent,
}

/// Saves or sends an answer through a live link. A refusal of the guard comes with its
/// flags (the text it found identifying), any other error without.
pub async fn answer(
    db: &Db,
    guard: &varn_pii::Guard,
    live: &Live,
    raw: &Raw,
    complete: bool,
) -> std::result::Result<Outcome, (Error, Vec<Flag>)> {
    let values = match domain::check(guard, &live.questions, raw, complete) {
        Ok(v) => v,
        Err(refusal) => return Err((Error::Invalid(refusal.problems), refusal.flags)),
    };
    let run = async {
        let mut tx = db.begin_write().await?;
        if complete {
            store::submit(&mut tx, &live.recipient, &values).await?;
        } else {
            // Only what passed the guard is kept (so a flagged text is never stored).
            store::save_draft(&mut tx, live.recipient.id, &domain::draft_to_json(raw)).await?;
        }
        tx.commit().await?;
        Ok::<_, Error>(())
    };
    run.await.map_err(|e| (e, vec![]))?;
    Ok(if complete {
        Outcome::Sent
    } else {
        Outcome::Saved
    })
}
