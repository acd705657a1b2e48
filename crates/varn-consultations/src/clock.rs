//! The 24-hour clock as time passes (the capability's `tick`): as of the tick's `now`, each
//! open request gets its warnings at the configured hours (`first_contact_warning_hours`,
//! 16 and 22 by default) and when the deadline passes, each
//! recorded once (a conditional insert on its unique key, audited in the same transaction),
//! and each warning's e-mail to the administration's coordinators is claimed by one process
//! at a time and sent; one that cannot be sent stays undelivered, is shown so on the
//! request's page and is tried again on a later tick. The e-mail names the reference and the
//! time left, never the note.

use chrono::{Duration, NaiveDateTime};

use crate::domain::{self, Warning};
use crate::store::{self, ConsultationRequest, ConsultationWarningRecord};
use varn_house::db::Db;
use varn_house::i18n;
use varn_house::kernel::error::Result;
use varn_house::kernel::scope::Scope;
use varn_house::mail::Mailer;
use varn_house::web::capability::{TickContext, TickFuture, TickReport};

/// How long a process may hold a warning's e-mail before another may try.
const CLAIM: i64 = 5;

/// What one run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ClockRun {
    /// Warnings recorded by this run.
    pub warned: usize,
    /// E-mails sent by this run.
    pub sent: usize,
    /// E-mails that could not be sent.
    pub failed: usize,
}

/// Records the warnings due at `now`, `hours` after each request and at its deadline.
pub async fn record_due(db: &Db, hours: &[u32], now: NaiveDateTime) -> Result<usize> {
    let mut warned = 0;
    for r in store::requests(db, &Scope::All, true).await? {
        let Some(received) = varn_house::kernel::time::parse_stored(&r.received_at) else {
            continue;
        };
        for w in domain::due_warnings(received, now, hours) {
            let due = domain::stored(received + w.after());
            if store::record_warning(db, &r, w, &due, &domain::stored(now)).await? {
                warned += 1;
            }
        }
    }
    Ok(warned)
}

fn message(r: &ConsultationRequest, w: Warning, public_url: &str) -> (String, String) {
    let cat = i18n::sv();
    let subject = cat.f(
        "consultations.mail_subject",
        &[("reference", &r.reference), ("warning", &w.label())],
    );
    let body = cat.f(
        "consultations.mail_body",
        &[
            ("reference", &r.reference),
            ("warning", &w.label()),
            (
                "received",
                &varn_house::kernel::time::swedish(&r.received_at),
            ),
            (
                "deadline",
                &varn_house::kernel::time::swedish(&r.deadline_at),
            ),
            (
                "url",
                &format!(
                    "{}/konsultationer/24h/{}",
                    public_url.trim_end_matches('/'),
                    r.id
                ),
            ),
        ],
    );
    (subject, body)
}

async fn deliver(
    db: &Db,
    mailer: &Mailer,
    public_url: &str,
    w: &ConsultationWarningRecord,
    now: NaiveDateTime,
) -> Result<Option<bool>> {
    let until = domain::stored(now + Duration::minutes(CLAIM));
    if !store::claim(db, w.id, &domain::stored(now), &until).await? {
        return Ok(None);
    }
    let r = store::request(db, w.request_id).await?;
    let to = store::coordinators(db, r.administration_id).await?;
    let (subject, body) = message(&r, w.kind, public_url);
    if to.is_empty() || mailer.send(&to, &subject, &body).await.is_err() {
        store::release(db, w.id).await?;
        return Ok(Some(false));
    }
    store::delivered(
        db,
        w,
        r.administration_id,
        &to.join(", "),
        &domain::stored(now),
    )
    .await?;
    Ok(Some(true))
}

/// One run of the clock as of `now`: records what is due (warnings `hours` after each
/// request, as configured, and at the deadline) and sends what is undelivered.
pub async fn run(
    db: &Db,
    mailer: Option<&Mailer>,
    public_url: &str,
    hours: &[u32],
    now: NaiveDateTime,
) -> Result<ClockRun> {
    let mut out = ClockRun {
        warned: record_due(db, hours, now).await?,
        ..ClockRun::default()
    };
    let Some(mailer) = mailer else {
        return Ok(out);
    };
    for w in store::undelivered(db).await? {
        match deliver(db, mailer, public_url, &w, now).await? {
            Some(true) => out.sent += 1,
            Some(false) => out.failed += 1,
            None => {}
        }
    }
    Ok(out)
}

/// The capability's scheduled work.
pub fn tick(cx: &TickContext) -> TickFuture<'_> {
    Box::pin(async move {
        let done = run(
            &cx.db,
            cx.mailer.as_ref(),
            &cx.public_url,
            &cx.config.first_contact_warning_hours,
            cx.now,
        )
        .await?;
        let mut report = TickReport::default();
        report.lines.push(i18n::sv().f(
            "consultations.tick_line",
            &[
                ("warned", &done.warned.to_string()),
                ("sent", &done.sent.to_string()),
            ],
        ));
        report.failed = done.failed;
        Ok(report)
    })
}
