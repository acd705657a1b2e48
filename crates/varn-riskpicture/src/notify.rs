//! The e-mail to the coordinators concerned (the capability's `tick`, and right after a
//! declaration or a lifting): each notice was recorded once when the state was declared or
//! lifted; here it is claimed by one process at a time and sent to the administration's
//! coordinators. One that cannot be sent (no coordinator, or the mail server refuses) stays
//! undelivered, is shown so on the episode's page and is tried again on the next tick. The
//! e-mail says that the state is declared or lifted, the date and where to read more; never
//! the reason, which stays behind the sign-in.

use chrono::{Duration, NaiveDateTime};

use crate::domain::{NoticeKind, RiskpictureEpisodeId};
use crate::store::{self, RiskpictureEpisode, RiskpictureNotice};
use varn_house::db::Db;
use varn_house::i18n;
use varn_house::kernel::error::Result;
use varn_house::mail::Mailer;
use varn_house::web::capability::{TickContext, TickFuture, TickReport};

/// How long a process may hold a notice before another may try, in minutes.
const CLAIM: i64 = 5;

fn stored(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// What one run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct NoticeRun {
    /// E-mails sent by this run.
    pub sent: usize,
    /// E-mails that could not be sent; tried again later.
    pub failed: usize,
}

fn message(e: &RiskpictureEpisode, kind: NoticeKind, public_url: &str) -> (String, String) {
    let cat = i18n::sv();
    let url = format!("{}/riskbild/{}", public_url.trim_end_matches('/'), e.id);
    match kind {
        NoticeKind::Declared => (
            cat.f(
                "riskpicture.mail_declared_subject",
                &[("date", &e.declared_on)],
            ),
            cat.f(
                "riskpicture.mail_declared_body",
                &[("date", &e.declared_on), ("url", &url)],
            ),
        ),
        NoticeKind::Lifted => {
            let lifted = e.lifted_on.clone().unwrap_or_default();
            (
                cat.f("riskpicture.mail_lifted_subject", &[("date", &lifted)]),
                cat.f(
                    "riskpicture.mail_lifted_body",
                    &[
                        ("declared", &e.declared_on),
                        ("date", &lifted),
                        ("url", &url),
                    ],
                ),
            )
        }
    }
}

async fn deliver(
    db: &Db,
    mailer: &Mailer,
    public_url: &str,
    n: &RiskpictureNotice,
    now: NaiveDateTime,
) -> Result<Option<bool>> {
    let until = stored(now + Duration::minutes(CLAIM));
    if !store::claim(db, n.id, &stored(now), &until).await? {
        return Ok(None);
    }
    let e = store::episode(db, n.episode_id).await?;
    let to = store::coordinators(db, n.administration_id).await?;
    let (subject, body) = message(&e, n.kind, public_url);
    if to.is_empty() || mailer.send(&to, &subject, &body).await.is_err() {
        store::release(db, n.id).await?;
        return Ok(Some(false));
    }
    store::delivered(db, n, &to.join(", "), &stored(now)).await?;
    Ok(Some(true))
}

/// Sends the undelivered notices (of one episode, or of all) as of `now`.
pub async fn run(
    db: &Db,
    mailer: Option<&Mailer>,
    public_url: &str,
    episode: Option<RiskpictureEpisodeId>,
    now: NaiveDateTime,
) -> Result<NoticeRun> {
    let mut out = NoticeRun::default();
    let Some(mailer) = mailer else {
        return Ok(out);
    };
    for n in store::undelivered(db, episode).await? {
        match deliver(db, mailer, public_url, &n, now).await? {
            Some(true) => out.sent += 1,
            Some(false) => out.failed += 1,
            None => {}
        }
    }
    Ok(out)
}

/// The capability's scheduled work: sends what is undelivered.
pub fn tick(cx: &TickContext) -> TickFuture<'_> {
    Box::pin(async move {
        let done = run(&cx.db, cx.mailer.as_ref(), &cx.public_url, None, cx.now).await?;
        let mut report = TickReport::default();
        if done.sent > 0 || done.failed > 0 {
            report.lines.push(i18n::sv().f(
                "riskpicture.tick_line",
                &[
                    ("sent", &done.sent.to_string()),
                    ("failed", &done.failed.to_string()),
                ],
            ));
        }
        report.failed = done.failed;
        Ok(report)
    })
}
