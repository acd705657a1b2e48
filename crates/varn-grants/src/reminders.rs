//! E-mail reminders of controls due, as plan follow-up has them: once per granted
//! application whose period ends within 30 days (or has ended) with no control since the
//! decision, one e-mail per administration to its grant officers listing the associations.
//! What was sent is recorded (and audited) so that nothing is sent twice; an e-mail that
//! could not be sent is tried again on the next run. No finding or reason is ever mailed.

use crate::domain::GrantApplicationId;
use crate::{store, Record};
use varn_house::audit::{self, Action, Actor, Entry};
use varn_house::db::{self, Db};
use varn_house::i18n;
use varn_house::kernel::error::Result;
use varn_house::kernel::ids::AdministrationId;
use varn_house::mail::Mailer;

/// What a run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct GrantsSent {
    pub emails: usize,
    /// Applications reminded of.
    pub reminders: usize,
    pub failed: usize,
}

/// Sends the reminders due on `today` (`YYYY-MM-DD`).
pub async fn send_due(
    db: &Db,
    mailer: &Mailer,
    public_url: &str,
    today: &str,
) -> Result<GrantsSent> {
    let cat = i18n::sv();
    let mut sent = GrantsSent::default();
    let admins: Vec<AdministrationId> = sqlx::query_scalar(
        "SELECT DISTINCT administration_id FROM role_grants WHERE role = 'grant_officer' AND administration_id IS NOT NULL ORDER BY administration_id",
    )
    .fetch_all(db.pool())
    .await?;
    for admin in admins {
        let reminded: Vec<GrantApplicationId> = sqlx::query_scalar(
            "SELECT r.application_id FROM grant_reminders r JOIN grant_applications p ON p.id = r.application_id WHERE p.administration_id = $1",
        )
        .bind(admin)
        .fetch_all(db.pool())
        .await?;
        let due: Vec<_> = store::due_controls(db, admin, today)
            .await?
            .into_iter()
            .filter(|a| !reminded.contains(&a.id))
            .collect();
        if due.is_empty() {
            continue;
        }
        let to: Vec<String> = sqlx::query_scalar(
            "SELECT DISTINCT u.email FROM role_grants g JOIN users u ON u.id = g.user_id \
             WHERE g.role = 'grant_officer' AND g.administration_id = $1 AND u.active = 1 ORDER BY u.email",
        )
        .bind(admin)
        .fetch_all(db.pool())
        .await?;
        if to.is_empty() {
            continue;
        }
        let mut body = cat.f("grants.mail_intro", &[("count", &due.len().to_string())]);
        body.push_str("\n\n");
        for a in &due {
            body.push_str(&format!(
                "- {}: {}\n",
                a.association,
                cat.f(
                    "grants.due_item",
                    &[("kind", a.kind.label()), ("end", a.period_to.as_str())]
                )
            ));
        }
        body.push('\n');
        body.push_str(&cat.f(
            "grants.mail_link",
            &[(
                "url",
                &format!(
                    "{}/bidrag/forvaltningar/{admin}",
                    public_url.trim_end_matches('/')
                ),
            )],
        ));
        let subject = cat.f("grants.mail_subject", &[("count", &due.len().to_string())]);
        if mailer.send(&to, &subject, &body).await.is_err() {
            sent.failed += 1;
            continue;
        }
        sent.emails += 1;
        let actor = Actor::system("reminders");
        let mut tx = db.begin_write().await?;
        for a in &due {
            sqlx::query(
                "INSERT INTO grant_reminders (application_id, recipients, sent_at) VALUES ($1, $2, $3) ON CONFLICT (application_id) DO NOTHING",
            )
            .bind(a.id)
            .bind(to.join(", "))
            .bind(db::now())
            .execute(&mut *tx)
            .await?;
            audit::record(
                &mut tx,
                &actor,
                Entry::new(Action::Remind, Record::Application, a.id)
                    .admin(Some(admin))
                    .summary(to.join(", ")),
            )
            .await?;
            sent.reminders += 1;
        }
        tx.commit().await?;
    }
    Ok(sent)
}

/// The capability's scheduled work: the control reminders due on the tick's day, when
/// e-mail is configured.
pub fn tick(
    cx: &varn_house::web::capability::TickContext,
) -> varn_house::web::capability::TickFuture<'_> {
    Box::pin(async move {
        let mut report = varn_house::web::capability::TickReport::default();
        let Some(mailer) = &cx.mailer else {
            return Ok(report);
        };
        let sent = send_due(&cx.db, mailer, &cx.public_url, &cx.today()).await?;
        report.lines.push(i18n::sv().f(
            "grants.reminders_sent",
            &[
                ("emails", &sent.emails.to_string()),
                ("reminders", &sent.reminders.to_string()),
            ],
        ));
        report.failed = sent.failed;
        Ok(report)
    })
}
