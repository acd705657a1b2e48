//! The chains as time passes (the capability's `tick`): as of the tick's `now`, each open,
//! unacknowledged event gets every step that has fallen due recorded once (a conditional
//! insert on its unique key, event and step, with its line on the timeline and audited in
//! the same transaction), and once its last step's wait has run out, that too. Each step's
//! e-mail is claimed by one process at a time, with a fresh personal link, and sent; one
//! that cannot be sent stays undelivered, is shown so on the event's page and is tried
//! again on a later tick.

use chrono::{Duration, NaiveDateTime};

use crate::domain::{self, AlarmEventId};
use crate::store::{self, AlarmsEvent, AlarmsNotification};
use varn_house::db::Db;
use varn_house::i18n;
use varn_house::kernel::error::Result;
use varn_house::kernel::scope::Scope;
use varn_house::mail::Mailer;
use varn_house::web::capability::{TickContext, TickFuture, TickReport};

/// How long a process may hold a notification's e-mail before another may try (minutes).
const CLAIM: i64 = 2;

/// What one run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct AlarmRun {
    /// Steps notified by this run.
    pub notified: usize,
    /// E-mails sent by this run.
    pub sent: usize,
    /// E-mails that could not be sent.
    pub failed: usize,
}

async fn record_event(db: &Db, e: &AlarmsEvent, now: NaiveDateTime) -> Result<usize> {
    if e.closed_at.is_some() || e.acknowledged_at.is_some() {
        return Ok(0);
    }
    let Some(started) = varn_house::kernel::time::parse_stored(&e.started_at) else {
        return Ok(0);
    };
    let waits: Vec<i64> = store::steps(db, e.version_id)
        .await?
        .iter()
        .map(|s| s.wait_minutes)
        .collect();
    let mut notified = 0;
    for (position, due) in domain::due_steps(&waits, started, now) {
        if store::record_step(
            db,
            e,
            position as i64,
            &domain::stored(due),
            &domain::stored(now),
        )
        .await?
        {
            notified += 1;
        }
    }
    let out = domain::runs_out_at(&waits, started);
    if e.exhausted_at.is_none() && out <= now {
        store::mark_exhausted(db, e, &domain::stored(out)).await?;
    }
    Ok(notified)
}

/// Records the steps due at `now` of every open event.
pub async fn record_due(db: &Db, now: NaiveDateTime) -> Result<usize> {
    let mut notified = 0;
    for e in store::events(db, &Scope::All, true).await? {
        notified += record_event(db, &e, now).await?;
    }
    Ok(notified)
}

/// The address of a personal link.
pub fn link_url(public_url: &str, token: &str) -> String {
    format!("{}/larm/kvittera/{token}", public_url.trim_end_matches('/'))
}

fn message(
    e: &AlarmsEvent,
    step: &domain::AlarmsStep,
    token: &str,
    public_url: &str,
) -> (String, String) {
    let cat = i18n::sv();
    let subject = cat.f(
        "alarms.mail_subject",
        &[("chain", &e.chain_name), ("n", &step.position.to_string())],
    );
    let body = cat.f(
        "alarms.mail_body",
        &[
            ("chain", &e.chain_name),
            ("n", &step.position.to_string()),
            ("role", step.role.label()),
            ("started", &varn_house::kernel::time::swedish(&e.started_at)),
            ("description", &e.description),
            ("wait", &step.wait_minutes.to_string()),
            ("link", &link_url(public_url, token)),
            (
                "page",
                &format!(
                    "{}/larm/handelser/{}",
                    public_url.trim_end_matches('/'),
                    e.id
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
    n: &AlarmsNotification,
    now: NaiveDateTime,
) -> Result<Option<bool>> {
    let token = varn_house::auth::session::random_token();
    let until = domain::stored(now + Duration::minutes(CLAIM));
    if !store::claim(
        db,
        n.id,
        &domain::stored(now),
        &until,
        &varn_house::auth::session::hash_token(&token),
    )
    .await?
    {
        return Ok(None);
    }
    let e = store::event(db, n.event_id).await?;
    let steps = store::steps(db, e.version_id).await?;
    let Some(step) = steps.iter().find(|s| s.position == n.position) else {
        store::release(db, n, n.attempts == 0, &domain::stored(now)).await?;
        return Ok(Some(false));
    };
    let (subject, body) = message(&e, step, &token, public_url);
    let to = vec![step.email.clone()];
    if mailer.send(&to, &subject, &body).await.is_err() {
        store::release(db, n, n.attempts == 0, &domain::stored(now)).await?;
        return Ok(Some(false));
    }
    store::delivered(
        db,
        n,
        e.administration_id,
        &step.email,
        &domain::stored(now),
    )
    .await?;
    Ok(Some(true))
}

/// Sends what is undelivered, as of `now`.
pub async fn send_due(
    db: &Db,
    mailer: &Mailer,
    public_url: &str,
    now: NaiveDateTime,
    out: &mut AlarmRun,
) -> Result<()> {
    for n in store::undelivered(db).await? {
        match deliver(db, mailer, public_url, &n, now).await? {
            Some(true) => out.sent += 1,
            Some(false) => out.failed += 1,
            None => {}
        }
    }
    Ok(())
}

/// One run of the chains as of `now`: records what is due and sends what is undelivered.
pub async fn run(
    db: &Db,
    mailer: Option<&Mailer>,
    public_url: &str,
    now: NaiveDateTime,
) -> Result<AlarmRun> {
    let mut out = AlarmRun {
        notified: record_due(db, now).await?,
        ..AlarmRun::default()
    };
    if let Some(mailer) = mailer {
        send_due(db, mailer, public_url, now, &mut out).await?;
    }
    Ok(out)
}

/// Right after an activation: notifies step 1 of this event at once rather than on the
/// next tick (whatever fails here, the tick does again).
pub async fn start(
    db: &Db,
    mailer: Option<&Mailer>,
    public_url: &str,
    event: AlarmEventId,
    now: NaiveDateTime,
) -> Result<AlarmRun> {
    let e = store::event(db, event).await?;
    let mut out = AlarmRun {
        notified: record_event(db, &e, now).await?,
        ..AlarmRun::default()
    };
    if let Some(mailer) = mailer {
        for n in store::notifications(db, event).await? {
            if n.delivered_at.is_none() {
                match deliver(db, mailer, public_url, &n, now).await? {
                    Some(true) => out.sent += 1,
                    Some(false) => out.failed += 1,
                    None => {}
                }
            }
        }
    }
    Ok(out)
}

/// The capability's scheduled work.
pub fn tick(cx: &TickContext) -> TickFuture<'_> {
    Box::pin(async move {
        let done = run(&cx.db, cx.mailer.as_ref(), &cx.public_url, cx.now).await?;
        let mut report = TickReport::default();
        report.lines.push(i18n::sv().f(
            "alarms.tick_line",
            &[
                ("notified", &done.notified.to_string()),
                ("sent", &done.sent.to_string()),
            ],
        ));
        report.failed = done.failed;
        Ok(report)
    })
}
