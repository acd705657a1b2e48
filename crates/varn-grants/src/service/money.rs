//! The services of the money side of grants: planning an instalment within the granted sum,
//! approving and paying it (never while a stop holds, by any path), stopping every further
//! payment of an association and lifting the stop, and withdrawing support already paid.

use super::*;

/// A planned instalment, as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct GrantsPaymentInput {
    /// Whole kronor.
    pub amount: String,
    /// YYYY-MM-DD
    pub due_on: String,
}

/// Plans an instalment of a granted application: within the granted sum, and never while
/// the association's payments are stopped.
pub async fn add_payment(
    db: &Db,
    actor: &Actor,
    application: GrantApplicationId,
    input: &GrantsPaymentInput,
) -> Result<GrantPaymentId> {
    let cat = i18n::sv();
    let mut tx = db.begin_write().await?;
    let app = store::application(&mut tx, application).await?;
    store::lock(&mut tx, app.administration_id, app.association_id).await?;
    let mut c = Checker::default();
    let amount = amount(&mut c, "payment_amount", &input.amount);
    let due = date(&mut c, "due_on", &input.due_on);
    let Some(granted) = app.granted_amount else {
        c.fail(&field("payment_amount"), cat.t("grants.not_granted"));
        return Err(c.finish().err().unwrap_or(Error::Invalid(vec![])));
    };
    if store::active_stop(&mut tx, app.administration_id, app.association_id)
        .await?
        .is_some()
    {
        c.fail(&field("payment_amount"), cat.t("grants.payment_after_stop"));
    }
    let planned: Vec<i64> = store::payments(&mut tx, application)
        .await?
        .iter()
        .filter(|p| p.status != PaymentStatus::Stopped)
        .map(|p| p.amount)
        .collect();
    if let Some(a) = amount {
        if !domain::within_granted(granted, &planned, a) {
            c.fail(
                &field("payment_amount"),
                cat.f(
                    "grants.above_granted",
                    &[
                        ("granted", &domain::kronor(granted)),
                        ("planned", &domain::kronor(planned.iter().sum())),
                    ],
                ),
            );
        }
    }
    c.finish()?;
    let (Some(amount), Some(due)) = (amount, due) else {
        return Err(Error::Invalid(vec![]));
    };
    let id = store::add_payment(&mut tx, &app, amount, &due).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Create, Record::Payment, id)
            .admin(Some(app.administration_id))
            .summary(format!("{} {due}", domain::kronor(amount))),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Approves or pays an instalment. Refused while the association's payments are stopped,
/// whatever path asks.
pub async fn step_payment(
    db: &Db,
    actor: &Actor,
    payment: GrantPaymentId,
    step: Step,
) -> Result<GrantsPayment> {
    let cat = i18n::sv();
    let mut tx = db.begin_write().await?;
    let p = store::payment(&mut tx, payment).await?;
    let app = store::application(&mut tx, p.application_id).await?;
    store::lock(&mut tx, app.administration_id, app.association_id).await?;
    let to = p
        .status
        .after(step)
        .map_err(|m| Error::invalid(field("payment"), m))?;
    if store::active_stop(&mut tx, app.administration_id, app.association_id)
        .await?
        .is_some()
    {
        return Err(Error::invalid(
            field("payment"),
            cat.t("grants.payment_after_stop"),
        ));
    }
    if !store::move_payment(&mut tx, payment, p.status, to).await? {
        return Err(Error::Conflict(cat.t("grants.payment_moved").to_string()));
    }
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            if step == Step::Pay {
                Action::Update
            } else {
                Action::Approve
            },
            Record::Payment,
            payment,
        )
        .admin(Some(app.administration_id))
        .summary(to.label()),
    )
    .await?;
    let after = store::payment(&mut tx, payment).await?;
    tx.commit().await?;
    Ok(after)
}

/// A reason for a stop or for lifting one.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct GrantsReasonInput {
    pub reason: String,
}

/// What a stop or a lift did.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GrantsStopped {
    /// The instalments it stopped (or, lifted, planned again).
    pub payments: u64,
}

/// Stops every further payment of the association in `admin`, with a reason.
pub async fn stop(
    db: &Db,
    guard: &varn_pii::Guard,
    actor: &Actor,
    admin: AdministrationId,
    association: GrantAssociationId,
    input: &GrantsReasonInput,
) -> Result<GrantsStopped> {
    let mut c = Checker::default();
    let reason = text(&mut c, guard, "stop_reason", &input.reason, 2000, true);
    c.finish()?;
    let reason = reason.ok_or(Error::Invalid(vec![]))?;
    let mut tx = db.begin_write().await?;
    store::lock(&mut tx, admin, association).await?;
    if store::active_stop(&mut tx, admin, association)
        .await?
        .is_some()
    {
        return Err(Error::Conflict(
            i18n::sv().t("grants.already_stopped").to_string(),
        ));
    }
    let (id, payments) = store::stop(&mut tx, &actor.label, admin, association, &reason).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Create, Record::Stop, id)
            .admin(Some(admin))
            .summary(i18n::sv().f("grants.stop_summary", &[("n", &payments.to_string())])),
    )
    .await?;
    tx.commit().await?;
    Ok(GrantsStopped { payments })
}

/// Lifts the association's stop in `admin`, with its own reason.
pub async fn lift(
    db: &Db,
    guard: &varn_pii::Guard,
    actor: &Actor,
    admin: AdministrationId,
    association: GrantAssociationId,
    input: &GrantsReasonInput,
) -> Result<GrantsStopped> {
    let mut c = Checker::default();
    let reason = text(&mut c, guard, "lift_reason", &input.reason, 2000, true);
    c.finish()?;
    let reason = reason.ok_or(Error::Invalid(vec![]))?;
    let mut tx = db.begin_write().await?;
    store::lock(&mut tx, admin, association).await?;
    let Some(stop) = store::active_stop(&mut tx, admin, association).await? else {
        return Err(Error::Conflict(
            i18n::sv().t("grants.not_stopped").to_string(),
        ));
    };
    let payments = store::lift(&mut tx, &actor.label, stop, &reason).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::End, Record::Stop, stop).admin(Some(admin)),
    )
    .await?;
    tx.commit().await?;
    Ok(GrantsStopped { payments })
}

/// A withdrawal, as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct GrantsWithdrawalInput {
    /// The claim for repayment, whole kronor (at most what was paid).
    pub claim_amount: String,
    pub reason: String,
    /// YYYY-MM-DD
    pub decided_on: String,
}

/// Withdraws support already paid and records the claim for repayment.
pub async fn withdraw(
    db: &Db,
    guard: &varn_pii::Guard,
    actor: &Actor,
    application: GrantApplicationId,
    input: &GrantsWithdrawalInput,
) -> Result<GrantWithdrawalId> {
    let cat = i18n::sv();
    let mut tx = db.begin_write().await?;
    let app = store::application(&mut tx, application).await?;
    let paid: i64 = store::payments(&mut tx, application)
        .await?
        .iter()
        .filter(|p| p.status == PaymentStatus::Paid)
        .map(|p| p.amount)
        .sum();
    let claimed: i64 = store::withdrawals(&mut tx, application)
        .await?
        .iter()
        .map(|w| w.claim_amount)
        .sum();
    let mut c = Checker::default();
    let claim = amount(&mut c, "claim_amount", &input.claim_amount);
    if claim.is_some_and(|a| a + claimed > paid) {
        c.fail(
            &field("claim_amount"),
            cat.f(
                "grants.claim_above_paid",
                &[("paid", &domain::kronor(paid - claimed))],
            ),
        );
    }
    let reason = text(
        &mut c,
        guard,
        "withdrawal_reason",
        &input.reason,
        2000,
        true,
    );
    let on = date(&mut c, "withdrawn_on", &input.decided_on);
    c.finish()?;
    let (Some(claim), Some(reason), Some(on)) = (claim, reason, on) else {
        return Err(Error::Invalid(vec![]));
    };
    let id = store::add_withdrawal(&mut tx, &actor.label, &app, claim, &reason, &on).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Create, Record::Withdrawal, id)
            .admin(Some(app.administration_id))
            .summary(domain::kronor(claim)),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}
