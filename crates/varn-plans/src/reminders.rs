//! E-mail reminders of follow-up. For every plan in force, each activity's report at a
//! follow-up point that is due within 30 days, or late, is reminded once of each kind: to
//! the manager of the activity's unit, or to the administration's coordinators when no
//! unit with a manager is named. One e-mail per recipients, plan, point and kind lists its
//! activities; what was sent is recorded (and audited) so that nothing is sent twice.
//! Reports more than [`OVERDUE_DAYS`] late are left to the follow-up page.

use std::collections::BTreeMap;
use varn_house::kernel::ids::{AdministrationId, UnitId};

use chrono::NaiveDate;
use sqlx::AnyConnection;

use crate::domain::{ActivityId, PlanId, ReminderId};
use crate::store;
use crate::view::{self, FollowUpRow};
use varn_house::audit::{self, Actor, Entry};
use varn_house::db::{self, Db};
use varn_house::i18n;
use varn_house::kernel::error::Result;
use varn_house::mail::Mailer;

/// How long after its deadline a missing report is still reminded of by e-mail.
pub const OVERDUE_DAYS: u64 = 30;

/// What a run of the reminders did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Sent {
    /// E-mails the SMTP server took.
    pub emails: usize,
    /// Activity reminders in them.
    pub reminders: usize,
    /// E-mails that could not be sent (tried again on the next run).
    pub failed: usize,
}

/// One e-mail to send: its recipients, the plan and point, the kind, and the rows.
struct Batch {
    to: Vec<String>,
    plan: PlanId,
    admin: AdministrationId,
    subject: String,
    body: String,
    rows: Vec<(ActivityId, String)>,
    kind: &'static str,
}

/// Who hears about an activity: its unit's manager, or else the coordinators.
async fn recipients(
    conn: &mut AnyConnection,
    admin: AdministrationId,
    unit: Option<UnitId>,
) -> Result<Vec<String>> {
    if let Some(unit) = unit {
        let manager: Option<String> = sqlx::query_scalar(
            "SELECT u.email FROM units n JOIN users u ON u.id = n.manager_user_id \
             WHERE n.id = $1 AND u.active = 1",
        )
        .bind(unit)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(manager) = manager {
            return Ok(vec![manager]);
        }
    }
    Ok(sqlx::query_scalar(
        "SELECT DISTINCT u.email FROM users u JOIN role_grants g ON g.user_id = u.id \
         WHERE g.role = 'coordinator' AND g.administration_id = $1 AND u.active = 1 \
         ORDER BY u.email",
    )
    .bind(admin)
    .fetch_all(&mut *conn)
    .await?)
}

async fn already_sent(
    conn: &mut AnyConnection,
    activity: ActivityId,
    point: &str,
    kind: &str,
) -> Result<bool> {
    let found: Option<ReminderId> = sqlx::query_scalar(
        "SELECT id FROM plan_reminders WHERE activity_id = $1 AND point = $2 AND kind = $3",
    )
    .bind(activity)
    .bind(point)
    .bind(kind)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(found.is_some())
}

/// The e-mails due on `today`, not yet sent.
async fn due(db: &Db, public_url: &str, today: NaiveDate) -> Result<Vec<Batch>> {
    let cat = i18n::sv();
    let mut conn = db.pool().acquire().await?;
    let plans = store::in_force(&mut conn, &varn_house::auth::Scope::All).await?;
    let mut batches = Vec::new();
    for id in plans {
        let plan = store::get_plan(&mut conn, id).await?;
        let mut groups: BTreeMap<(Vec<String>, String, &'static str, String), Vec<FollowUpRow>> =
            BTreeMap::new();
        for row in view::follow_up_rows(&plan, None, today) {
            if row.reminder.is_none() {
                continue;
            }
            let Ok(deadline) = NaiveDate::parse_from_str(&row.deadline, "%Y-%m-%d") else {
                continue;
            };
            // A report late by more than a month is followed up by people, not e-mail (and
            // the first run against old plans sends nothing about years gone by).
            if deadline < today - chrono::Days::new(OVERDUE_DAYS) {
                continue;
            }
            let late = deadline < today;
            let kind = if late { "overdue" } else { "due_soon" };
            if already_sent(&mut conn, row.activity.id, &row.point, kind).await? {
                continue;
            }
            let to = recipients(&mut conn, plan.administration_id, row.unit_id).await?;
            if to.is_empty() {
                continue;
            }
            groups
                .entry((to, row.point.clone(), kind, row.deadline.clone()))
                .or_default()
                .push(row);
        }
        for ((to, point, kind, deadline), rows) in groups {
            let values = [
                ("point", point.as_str()),
                ("plan", plan.title.as_str()),
                ("administration", plan.administration.as_str()),
                ("date", deadline.as_str()),
            ];
            let lead = cat.f(&format!("plans.reminder_lead_{kind}"), &values);
            let activities: Vec<String> = rows
                .iter()
                .map(|r| format!("- {} ({})", r.activity.text, r.activity.responsible))
                .collect();
            let url = format!(
                "{}/planer/{}/uppfoljning?punkt={point}",
                public_url.trim_end_matches('/'),
                plan.id
            );
            batches.push(Batch {
                subject: cat.f(&format!("plans.reminder_subject_{kind}"), &values),
                body: cat.f(
                    "plans.reminder_body",
                    &[
                        ("lead", lead.as_str()),
                        ("activities", activities.join("\n").as_str()),
                        ("url", url.as_str()),
                    ],
                ),
                to,
                plan: plan.id,
                admin: plan.administration_id,
                rows: rows
                    .iter()
                    .map(|r| (r.activity.id, point.clone()))
                    .collect(),
                kind,
            });
        }
    }
    Ok(batches)
}

/// Sends the reminders due on `today` that have not been sent; records each one sent.
pub async fn send_due(
    db: &Db,
    mailer: &Mailer,
    public_url: &str,
    today: NaiveDate,
) -> Result<Sent> {
    let mut sent = Sent::default();
    let actor = Actor::system("påminnelser");
    for batch in due(db, public_url, today).await? {
        if let Err(e) = mailer.send(&batch.to, &batch.subject, &batch.body).await {
            tracing::warn!(plan = batch.plan.get(), error = %e, "a follow-up reminder could not be sent");
            sent.failed += 1;
            continue;
        }
        let mut tx = db.begin_write().await?;
        for (activity, point) in &batch.rows {
            let id: ReminderId = sqlx::query_scalar(
                "INSERT INTO plan_reminders (activity_id, point, kind, recipients, sent_at) \
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(activity)
            .bind(point)
            .bind(batch.kind)
            .bind(batch.to.join(", "))
            .bind(db::now())
            .fetch_one(&mut *tx)
            .await?;
            audit::record(
                &mut tx,
                &actor,
                Entry::new(
                    varn_house::audit::Action::Remind,
                    crate::Record::Reminder,
                    id,
                )
                .admin(Some(batch.admin))
                .summary(format!(
                    "{point} {} → {}",
                    varn_house::audit::readable(batch.kind),
                    batch.to.join(", ")
                )),
            )
            .await?;
        }
        tx.commit().await?;
        sent.emails += 1;
        sent.reminders += batch.rows.len();
    }
    Ok(sent)
}

/// The capability's scheduled work: the reminders due on the tick's day, when e-mail is
/// configured.
pub fn tick(
    cx: &varn_house::web::capability::TickContext,
) -> varn_house::web::capability::TickFuture<'_> {
    Box::pin(async move {
        let mut report = varn_house::web::capability::TickReport::default();
        let Some(mailer) = &cx.mailer else {
            return Ok(report);
        };
        let sent = send_due(&cx.db, mailer, &cx.public_url, cx.now.date()).await?;
        report.lines.push(i18n::sv().f(
            "plans.reminders_sent",
            &[
                ("emails", &sent.emails.to_string()),
                ("reminders", &sent.reminders.to_string()),
            ],
        ));
        report.failed = sent.failed;
        Ok(report)
    })
}
