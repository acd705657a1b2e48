//! The survey's e-mail: each recipient's personal link when a round opens, and reminders
//! to those who have not answered (on the round's reminder days, or now). Through the mail
//! settings Värn already has; without them the coordinator passes the links on.

use crate::domain::{SurveyReminderId, SurveyRoundId};
use crate::store::{self, SurveyIssuedLink, SurveyRound};
use crate::Record;
use varn_house::audit::{self, Action, Actor, Entry};
use varn_house::db::{self, Db};
use varn_house::i18n;
use varn_house::kernel::error::Result;
use varn_house::mail::Mailer;

/// The address of a personal link.
pub fn link_url(public_url: &str, token: &str) -> String {
    format!("{}/enkat/svar/{token}", public_url.trim_end_matches('/'))
}

/// Sends each link that has an address; returns the links that were not sent (no address,
/// no mailer, or the server refused), for the coordinator to pass on.
pub async fn send_links(
    db: &Db,
    mailer: Option<&Mailer>,
    public_url: &str,
    round: &SurveyRound,
    links: Vec<SurveyIssuedLink>,
) -> Result<(usize, Vec<SurveyIssuedLink>)> {
    let cat = i18n::sv();
    let mut sent = Vec::new();
    let mut left = Vec::new();
    for link in links {
        let Some(mailer) = mailer.filter(|_| !link.email.is_empty()) else {
            left.push(link);
            continue;
        };
        let url = link_url(public_url, &link.token);
        let values = [
            ("title", round.title.as_str()),
            ("administration", round.administration.as_str()),
            ("closes_on", round.closes_on.as_str()),
            ("url", url.as_str()),
        ];
        match mailer
            .send(
                std::slice::from_ref(&link.email),
                &cat.f("survey.mail_subject", &values),
                &cat.f("survey.mail_body", &values),
            )
            .await
        {
            Ok(()) => sent.push(link.email.clone()),
            Err(e) => {
                tracing::warn!(round = round.id.get(), error = %e, "a survey link could not be sent");
                left.push(link);
            }
        }
    }
    let mut tx = db.begin_write().await?;
    store::mark_mailed(&mut tx, round.id, &sent).await?;
    tx.commit().await?;
    Ok((sent.len(), left))
}

/// Sends a reminder with a fresh link to everyone of an open round who has not answered
/// and has an address. Returns how many were sent.
pub async fn remind(
    db: &Db,
    mailer: &Mailer,
    public_url: &str,
    actor: &Actor,
    round: SurveyRoundId,
    day: &str,
) -> Result<usize> {
    let cat = i18n::sv();
    let mut conn = db.pool().acquire().await?;
    let r = store::get_round(&mut conn, round).await?;
    drop(conn);
    if !r.is_open() {
        return Ok(0);
    }
    let mut tx = db.begin_write().await?;
    let links = store::remind_links(&mut tx, round).await?;
    tx.commit().await?;
    let mut sent = 0;
    for (email, token) in &links {
        let url = link_url(public_url, token);
        let values = [
            ("title", r.title.as_str()),
            ("administration", r.administration.as_str()),
            ("closes_on", r.closes_on.as_str()),
            ("url", url.as_str()),
        ];
        match mailer
            .send(
                std::slice::from_ref(email),
                &cat.f("survey.reminder_subject", &values),
                &cat.f("survey.reminder_body", &values),
            )
            .await
        {
            Ok(()) => sent += 1,
            Err(e) => {
                tracing::warn!(round = round.get(), error = %e, "a survey reminder could not be sent")
            }
        }
    }
    let mut tx = db.begin_write().await?;
    let id: SurveyReminderId = sqlx::query_scalar(
        "INSERT INTO survey_reminders (round_id, day, sent, sent_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(round)
    .bind(day)
    .bind(sent as i64)
    .bind(db::now())
    .fetch_one(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Remind, Record::Reminder, id)
            .admin(Some(r.administration_id))
            .summary(cat.f(
                "survey.audit_reminded",
                &[("title", r.title.as_str()), ("count", &sent.to_string())],
            )),
    )
    .await?;
    tx.commit().await?;
    Ok(sent)
}

/// Sends the reminders of every open round whose reminder day is `today` and has not been
/// sent today. Returns how many e-mails went.
pub async fn send_due(db: &Db, mailer: &Mailer, public_url: &str, today: &str) -> Result<usize> {
    let rounds: Vec<(SurveyRoundId, String)> = sqlx::query_as(
        "SELECT id, reminder_days FROM survey_rounds WHERE status = 'open' AND closes_on >= $1 ORDER BY id",
    )
    .bind(today)
    .fetch_all(db.pool())
    .await?;
    let actor = Actor::system("påminnelser");
    let mut sent = 0;
    for (id, days) in rounds {
        if !days.split(',').any(|d| d == today) {
            continue;
        }
        let done: Option<SurveyReminderId> =
            sqlx::query_scalar("SELECT id FROM survey_reminders WHERE round_id = $1 AND day = $2")
                .bind(id)
                .bind(today)
                .fetch_optional(db.pool())
                .await?;
        if done.is_none() {
            sent += remind(db, mailer, public_url, &actor, id, today).await?;
        }
    }
    Ok(sent)
}

/// The capability's scheduled work: the reminders of open rounds due on the tick's day,
/// when e-mail is configured.
pub fn tick(
    cx: &varn_house::web::capability::TickContext,
) -> varn_house::web::capability::TickFuture<'_> {
    Box::pin(async move {
        let mut report = varn_house::web::capability::TickReport::default();
        let Some(mailer) = &cx.mailer else {
            return Ok(report);
        };
        let sent = send_due(&cx.db, mailer, &cx.public_url, &cx.today()).await?;
        report.lines.push(
            varn_house::i18n::sv().f("survey.reminders_sent", &[("count", &sent.to_string())]),
        );
        Ok(report)
    })
}
