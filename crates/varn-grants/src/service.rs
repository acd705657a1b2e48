//! The services of grants: each checks what a person gives (problems name the field in
//! Swedish), runs free text past the PII guard, opens one write transaction, calls the
//! store and audits in it. A payment is approved or paid only through [`step_payment`],
//! which the store refuses while the association has an active stop; a stop stops every
//! planned instalment at once.

use serde::{Deserialize, Serialize};
use varn_house::kernel::ids::AdministrationId;

use crate::domain::{
    self, ApplicationKind, AssociationKind, ControlKind, GrantApplicationId, GrantAssociationId,
    GrantControlId, GrantPaymentId, GrantWithdrawalId, OrgNumber, Outcome, PaymentStatus, Step,
};
use crate::store::{
    self, GrantsApplication, GrantsAssociation, GrantsControl, GrantsElsewhere, GrantsPayment,
    GrantsStop, GrantsWithdrawal, NewApplication, NewAssociation, NewControl, NewDecision,
};
use crate::Record;
use varn_house::audit::{self, Action, Actor, Entry};
use varn_house::db::Db;
use varn_house::i18n;
use varn_house::kernel::check::{optional_text, required_text, Checker};
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::text::Guarded;

mod money;
pub use money::*;

/// The Swedish name of a field.
pub fn field(key: &str) -> String {
    i18n::sv().t(&format!("grants.field.{key}")).to_string()
}

/// Checks a free text: length, then the PII guard; a finding is refused naming the field.
fn text(
    c: &mut Checker,
    guard: &varn_pii::Guard,
    key: &str,
    value: &str,
    max: usize,
    required: bool,
) -> Option<String> {
    let name = field(key);
    let v = c.check(
        &name,
        if required {
            required_text(value, max)
        } else {
            optional_text(value, max)
        },
    )?;
    match Guarded::check(guard, &name, &v) {
        Ok(g) => Some(g.into_string()),
        Err(flags) => {
            let cat = i18n::sv();
            let why = flags
                .first()
                .map(|f| f.explanation.clone())
                .unwrap_or_default();
            c.fail(&name, cat.f("grants.identifying", &[("why", &why)]));
            None
        }
    }
}

fn date(c: &mut Checker, key: &str, value: &str) -> Option<String> {
    c.check(
        &field(key),
        domain::date(value).ok_or(i18n::sv().t("validation.date")),
    )
}

fn amount(c: &mut Checker, key: &str, value: &str) -> Option<i64> {
    c.check(
        &field(key),
        domain::amount(value).ok_or(i18n::sv().t("grants.bad_amount")),
    )
}

/// An association to register, as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct GrantsAssociationInput {
    /// `NNNNNN-NNNN`; a personal identity number is refused.
    pub org_number: String,
    pub name: String,
    /// sports, culture, faith, study or other
    pub kind: String,
    /// The contact's role in the association (ordförande …), not a name.
    #[serde(default)]
    pub contact_role: String,
}

impl GrantsAssociationInput {
    /// Checks the input; `row` names the row of an imported list.
    pub fn check(&self, guard: &varn_pii::Guard, row: Option<usize>) -> Result<NewAssociation> {
        let cat = i18n::sv();
        let mut c = Checker {
            row,
            problems: vec![],
        };
        let org = c.check(
            &field("org_number"),
            OrgNumber::parse(&self.org_number).map_err(|e| e.message()),
        );
        let name = text(&mut c, guard, "name", &self.name, 200, true);
        let kind = c.check(
            &field("kind"),
            AssociationKind::parse(&self.kind).ok_or(cat.t("grants.unknown_kind")),
        );
        let contact_role = text(
            &mut c,
            guard,
            "contact_role",
            &self.contact_role,
            100,
            false,
        );
        c.finish()?;
        match (org, name, kind, contact_role) {
            (Some(org), Some(name), Some(kind), Some(contact_role)) => Ok(NewAssociation {
                org_number: org.to_string(),
                name,
                kind,
                contact_role,
            }),
            _ => Err(Error::Invalid(vec![])),
        }
    }
}

/// Registers an association in `admin` (or links the one registered with its number).
pub async fn register(
    db: &Db,
    guard: &varn_pii::Guard,
    actor: &Actor,
    admin: AdministrationId,
    input: &GrantsAssociationInput,
) -> Result<GrantAssociationId> {
    let a = input.check(guard, None)?;
    let mut tx = db.begin_write().await?;
    let (id, new) = store::register(&mut tx, &actor.label, admin, &a).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            if new { Action::Create } else { Action::Update },
            Record::Association,
            id,
        )
        .admin(Some(admin))
        .summary(a.org_number.clone()),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// An application, as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct GrantsApplicationInput {
    /// grant or premises
    pub kind: String,
    /// YYYY-MM-DD
    pub period_from: String,
    /// YYYY-MM-DD
    pub period_to: String,
    pub purpose: String,
    /// Whole kronor (grants).
    #[serde(default)]
    pub amount: String,
    /// The premises (premises).
    #[serde(default)]
    pub premises: String,
    /// The times (premises).
    #[serde(default)]
    pub times: String,
    /// The date of the democracy declaration.
    pub declared_on: String,
    /// Who signed the declaration in the association's name: a role, not a name.
    pub declared_by_role: String,
    /// YYYY-MM-DD; today when left out.
    #[serde(default)]
    pub received_on: String,
}

impl GrantsApplicationInput {
    fn check(&self, guard: &varn_pii::Guard) -> Result<NewApplication> {
        let cat = i18n::sv();
        let mut c = Checker::default();
        let kind = c.check(
            &field("application_kind"),
            ApplicationKind::parse(&self.kind).ok_or(cat.t("grants.unknown_application_kind")),
        );
        let from = date(&mut c, "period_from", &self.period_from);
        let to = date(&mut c, "period_to", &self.period_to);
        if let (Some(f), Some(t)) = (&from, &to) {
            if t < f {
                c.fail(&field("period_to"), cat.t("grants.period_backwards"));
            }
        }
        let purpose = text(&mut c, guard, "purpose", &self.purpose, 2000, true);
        let amount = match kind {
            Some(ApplicationKind::Grant) => amount(&mut c, "amount", &self.amount).map(Some),
            _ => Some(None),
        };
        let premises = text(
            &mut c,
            guard,
            "premises",
            &self.premises,
            300,
            kind == Some(ApplicationKind::Premises),
        );
        let times = text(
            &mut c,
            guard,
            "times",
            &self.times,
            300,
            kind == Some(ApplicationKind::Premises),
        );
        let declared_on = date(&mut c, "declared_on", &self.declared_on);
        let by = text(
            &mut c,
            guard,
            "declared_by_role",
            &self.declared_by_role,
            100,
            true,
        );
        let received = if self.received_on.trim().is_empty() {
            Some(varn_house::db::today())
        } else {
            date(&mut c, "received_on", &self.received_on)
        };
        if let (Some(d), Some(r)) = (&declared_on, &received) {
            if d > r {
                c.fail(&field("declared_on"), cat.t("grants.declared_after"));
            }
        }
        c.finish()?;
        match (
            kind,
            from,
            to,
            purpose,
            amount,
            premises,
            times,
            declared_on,
            by,
            received,
        ) {
            (
                Some(kind),
                Some(period_from),
                Some(period_to),
                Some(purpose),
                Some(amount),
                Some(premises),
                Some(times),
                Some(declared_on),
                Some(declared_by_role),
                Some(received_on),
            ) => Ok(NewApplication {
                kind,
                period_from,
                period_to,
                purpose,
                amount,
                premises,
                times,
                declared_on,
                declared_by_role,
                received_on,
            }),
            _ => Err(Error::Invalid(vec![])),
        }
    }
}

/// Registers an application of an association `admin` deals with.
pub async fn apply(
    db: &Db,
    guard: &varn_pii::Guard,
    actor: &Actor,
    admin: AdministrationId,
    association: GrantAssociationId,
    input: &GrantsApplicationInput,
) -> Result<GrantApplicationId> {
    let a = input.check(guard)?;
    let mut tx = db.begin_write().await?;
    store::lock(&mut tx, admin, association).await?;
    let id = store::create_application(&mut tx, &actor.label, admin, association, &a).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Create, Record::Application, id)
            .admin(Some(admin))
            .summary(a.kind.label()),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// A decision, as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct GrantsDecisionInput {
    /// granted, partly or refused
    pub outcome: String,
    /// Whole kronor granted (a grant granted or partly granted).
    #[serde(default)]
    pub granted_amount: String,
    /// Required.
    pub reason: String,
    /// The decision's registry reference (Dnr).
    pub reference: String,
    /// YYYY-MM-DD
    pub decided_on: String,
    #[serde(default)]
    pub conditions: String,
    /// The plan for follow-up that the decision fixes (required unless refused).
    #[serde(default)]
    pub follow_up_plan: String,
}

/// Records the decision on an application.
pub async fn decide(
    db: &Db,
    guard: &varn_pii::Guard,
    actor: &Actor,
    application: GrantApplicationId,
    input: &GrantsDecisionInput,
) -> Result<()> {
    let cat = i18n::sv();
    let mut tx = db.begin_write().await?;
    let app = store::application(&mut tx, application).await?;
    let mut c = Checker::default();
    let outcome = c.check(
        &field("outcome"),
        Outcome::parse(&input.outcome).ok_or(cat.t("grants.unknown_outcome")),
    );
    let money = app.kind == ApplicationKind::Grant && outcome != Some(Outcome::Refused);
    let granted = if money {
        amount(&mut c, "granted_amount", &input.granted_amount).and_then(|g| {
            if app.amount.is_some_and(|asked| g > asked) {
                c.fail(
                    &field("granted_amount"),
                    cat.t("grants.granted_above_asked"),
                );
                None
            } else {
                Some(Some(g))
            }
        })
    } else {
        Some(None)
    };
    let reason = text(&mut c, guard, "reason", &input.reason, 2000, true);
    let reference = text(&mut c, guard, "reference", &input.reference, 64, true);
    let decided_on = date(&mut c, "decided_on", &input.decided_on);
    if decided_on
        .as_deref()
        .is_some_and(|d| d < app.received_on.as_str())
    {
        c.fail(
            &field("decided_on"),
            cat.t("grants.decided_before_received"),
        );
    }
    let conditions = text(&mut c, guard, "conditions", &input.conditions, 2000, false);
    let plan = text(
        &mut c,
        guard,
        "follow_up_plan",
        &input.follow_up_plan,
        2000,
        outcome.is_some_and(|o| o != Outcome::Refused),
    );
    c.finish()?;
    let (Some(outcome), Some(granted_amount), Some(reason), Some(reference), Some(decided_on)) =
        (outcome, granted, reason, reference, decided_on)
    else {
        return Err(Error::Invalid(vec![]));
    };
    let d = NewDecision {
        outcome,
        granted_amount,
        reason,
        reference,
        decided_on,
        conditions: conditions.unwrap_or_default(),
        follow_up_plan: plan.unwrap_or_default(),
    };
    store::decide(&mut tx, application, &d).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Decide, Record::Application, application)
            .admin(Some(app.administration_id))
            .summary(format!("{} {}", outcome.label(), d.reference)),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A control, as a form or the API gives it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct GrantsControlInput {
    /// during_grant, yearly or vbe
    pub kind: String,
    /// The application the control concerns, if one.
    #[serde(default)]
    pub application_id: Option<GrantApplicationId>,
    /// What was checked.
    pub checked: String,
    pub finding: String,
    /// YYYY-MM-DD, not after today and not before the grant.
    pub controlled_on: String,
}

/// Records a control of an association `admin` deals with.
pub async fn control(
    db: &Db,
    guard: &varn_pii::Guard,
    actor: &Actor,
    admin: AdministrationId,
    association: GrantAssociationId,
    input: &GrantsControlInput,
) -> Result<GrantControlId> {
    let cat = i18n::sv();
    let mut tx = db.begin_write().await?;
    store::lock(&mut tx, admin, association).await?;
    let mut c = Checker::default();
    let kind = c.check(
        &field("control_kind"),
        ControlKind::parse(&input.kind).ok_or(cat.t("grants.unknown_control_kind")),
    );
    let checked = text(&mut c, guard, "checked", &input.checked, 2000, true);
    let finding = text(&mut c, guard, "finding", &input.finding, 4000, true);
    let on = date(&mut c, "controlled_on", &input.controlled_on);
    if on
        .as_deref()
        .is_some_and(|d| d > varn_house::db::today().as_str())
    {
        c.fail(&field("controlled_on"), cat.t("grants.future_date"));
    }
    let application = match input.application_id {
        Some(id) => match store::application(&mut tx, id).await {
            Ok(a) if a.administration_id == admin && a.association_id == association => Some(a),
            Ok(_) | Err(Error::NotFound) => {
                c.fail(&field("application"), cat.t("grants.unknown_application"));
                None
            }
            Err(e) => return Err(e),
        },
        None => None,
    };
    if let (Some(a), Some(d)) = (&application, &on) {
        let start = a.decided_on.as_deref().unwrap_or(&a.received_on);
        if d.as_str() < start {
            c.fail(
                &field("controlled_on"),
                cat.f("grants.control_before_grant", &[("date", start)]),
            );
        }
    }
    c.finish()?;
    let (Some(kind), Some(checked), Some(finding), Some(controlled_on)) =
        (kind, checked, finding, on)
    else {
        return Err(Error::Invalid(vec![]));
    };
    let id = store::add_control(
        &mut tx,
        &actor.label,
        admin,
        association,
        &NewControl {
            application_id: input.application_id,
            kind,
            checked,
            finding,
            controlled_on,
        },
    )
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(Action::Create, Record::Control, id)
            .admin(Some(admin))
            .summary(kind.label()),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// An association as its administration sees it: its applications, controls (their
/// findings: the read is audited), stops, and what other administrations have on record.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GrantsAssociationView {
    pub association: GrantsAssociation,
    pub applications: Vec<GrantsApplication>,
    pub controls: Vec<GrantsControl>,
    pub stops: Vec<GrantsStop>,
    /// Other administrations with a control or a stop on record (that they exist, only).
    pub elsewhere: Vec<GrantsElsewhere>,
}

pub async fn association_view(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
    association: GrantAssociationId,
) -> Result<GrantsAssociationView> {
    let a = store::association(db, admin, association).await?;
    let controls = store::controls(db, admin, association).await?;
    if !controls.is_empty() {
        audit::record_now(
            db,
            actor,
            Entry::new(Action::Read, Record::Association, association)
                .admin(Some(admin))
                .summary(i18n::sv().f(
                    "grants.read_findings",
                    &[("n", &controls.len().to_string())],
                )),
        )
        .await?;
    }
    Ok(GrantsAssociationView {
        applications: store::applications(db, admin, Some(association)).await?,
        stops: store::stops(db, admin, association).await?,
        elsewhere: store::elsewhere(db, admin, association).await?,
        association: a,
        controls,
    })
}

/// An application with its instalments and withdrawals.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GrantsApplicationView {
    pub application: GrantsApplication,
    pub payments: Vec<GrantsPayment>,
    pub withdrawals: Vec<GrantsWithdrawal>,
    /// True while the association's payments are stopped in the administration.
    pub stopped: bool,
}

pub async fn application_view(db: &Db, id: GrantApplicationId) -> Result<GrantsApplicationView> {
    let mut conn = db.pool().acquire().await?;
    let application = store::application(&mut conn, id).await?;
    let payments = store::payments(&mut conn, id).await?;
    let withdrawals = store::withdrawals(&mut conn, id).await?;
    let stopped = store::active_stop(
        &mut conn,
        application.administration_id,
        application.association_id,
    )
    .await?
    .is_some();
    Ok(GrantsApplicationView {
        application,
        payments,
        withdrawals,
        stopped,
    })
}
