//! The pages of grants: the start (administrations within reach, the city's figures), an
//! administration's register and applications, an association (applications, controls,
//! stops, and what other administrations have on record), an application (decision,
//! instalments, withdrawals), the year's figures with CSV, and the city's figures.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use serde::Deserialize;
use varn_house::kernel::ids::AdministrationId;

use crate::document;
use crate::domain::{
    ApplicationKind, AssociationKind, ControlKind, GrantApplicationId, GrantAssociationId,
    GrantPaymentId, Outcome, Step,
};
use crate::report::{self, GrantsCity, GrantsYear};
use crate::service::{
    self, GrantsApplicationInput, GrantsApplicationView, GrantsAssociationInput,
    GrantsAssociationView, GrantsControlInput, GrantsDecisionInput, GrantsPaymentInput,
    GrantsReasonInput, GrantsWithdrawalInput,
};
use crate::store::{self, GrantsApplication, GrantsAssociation};
use crate::{perm, Record};
use varn_house::audit::Actor;
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::web::error::PageError;
use varn_house::web::{
    after_post, download, notice, render_status, AppState, Choice, FormFields, Path, Query, Shell,
};
use varn_org::{self as org, Administration};

mod year;
pub use year::*;

fn choices<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<Choice> {
    all.iter()
        .map(|k| Choice {
            value: code(*k).into(),
            label: label(*k).into(),
            selected: false,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "grants/index.html")]
struct IndexPage {
    i: &'static Catalog,
    shell: Shell,
    administrations: Vec<Administration>,
    reports: Vec<Administration>,
    city: bool,
}

/// `GET /bidrag`
pub async fn index(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let view = p.scope(perm::VIEW);
    let administrations = if view.is_empty() {
        vec![]
    } else {
        org::list_administrations(&state.db, &view).await?
    };
    let report_scope = p.scope(&[varn_house::auth::Role::Reader]);
    let reports = if report_scope.is_empty() || p.has_any(perm::VIEW) {
        vec![]
    } else {
        org::list_administrations(&state.db, &report_scope).await?
    };
    let page = IndexPage {
        i: cat,
        shell: Shell::new(Some(&p), cat.t("grants.title"), "/bidrag"),
        administrations,
        reports,
        city: p.has_any(perm::CITY),
    };
    Ok(render_status(StatusCode::OK, &page))
}

#[derive(Template)]
#[template(path = "grants/administration.html")]
struct AdministrationPage {
    i: &'static Catalog,
    shell: Shell,
    admin: Administration,
    associations: Vec<GrantsAssociation>,
    applications: Vec<GrantsApplication>,
    /// Granted applications whose control is due.
    due: Vec<GrantsApplication>,
    kinds: Vec<Choice>,
    can_edit: bool,
    problems: Vec<String>,
    form: GrantsAssociationInput,
}

async fn administration_page(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
    form: GrantsAssociationInput,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let administration = org::get_administration(&state.db, admin).await?;
    let page = AdministrationPage {
        i: cat,
        shell: Shell::new(
            Some(p),
            cat.f(
                "grants.admin_title",
                &[("administration", &administration.name)],
            ),
            "/bidrag",
        )
        .with_notice(notice(done)),
        admin: administration,
        associations: store::associations(&state.db, admin).await?,
        applications: store::applications(&state.db, admin, None).await?,
        due: store::due_controls(&state.db, admin, &varn_house::db::today()).await?,
        kinds: choices(
            AssociationKind::ALL,
            AssociationKind::code,
            AssociationKind::label,
        ),
        can_edit: p.covers(perm::EDIT, admin),
        problems,
        form,
    };
    Ok(render_status(status, &page))
}

/// `GET /bidrag/forvaltningar/{admin}`
pub async fn administration(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    Query(q): Query<varn_house::web::NoticeQuery>,
) -> Result<Response, PageError> {
    administration_page(
        &state,
        &p,
        admin,
        StatusCode::OK,
        q.klart.as_deref(),
        vec![],
        GrantsAssociationInput::default(),
    )
    .await
}

/// `POST /bidrag/forvaltningar/{admin}/foreningar`
pub async fn register(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = GrantsAssociationInput {
        org_number: form.get("org_number").into(),
        name: form.get("name").into(),
        kind: form.get("kind").into(),
        contact_role: form.get("contact_role").into(),
    };
    let result =
        service::register(&state.db, &state.pii.get(), &Actor::of(&p), admin, &input).await;
    let to = match &result {
        Ok(id) => format!("/bidrag/forvaltningar/{admin}/foreningar/{id}?klart=sparat"),
        Err(_) => String::new(),
    };
    after_post(result, &to, |status, problems| {
        administration_page(&state, &p, admin, status, None, problems, input.clone())
    })
    .await
}

/// `POST /bidrag/forvaltningar/{admin}/foreningar/import` (multipart, CSRF token in the
/// query): an association list, all or nothing.
pub async fn import(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(admin): Path<AdministrationId>,
    upload: varn_house::web::Upload,
) -> Result<Response, PageError> {
    let result = async {
        let (_, bytes) = varn_house::web::uploaded_named(upload).await?;
        crate::import::import(&state, &Actor::of(&p), admin, bytes).await
    }
    .await;
    after_post(
        result,
        &format!("/bidrag/forvaltningar/{admin}?klart=importerat"),
        |status, problems| {
            administration_page(
                &state,
                &p,
                admin,
                status,
                None,
                problems,
                GrantsAssociationInput::default(),
            )
        },
    )
    .await
}

#[derive(Template)]
#[template(path = "grants/association.html")]
struct AssociationPage {
    i: &'static Catalog,
    shell: Shell,
    admin: Administration,
    view: GrantsAssociationView,
    stopped: bool,
    application_kinds: Vec<Choice>,
    control_kinds: Vec<Choice>,
    can_edit: bool,
    can_stop: bool,
    today: String,
    problems: Vec<String>,
}

async fn association_page(
    state: &AppState,
    p: &Principal,
    admin: AdministrationId,
    association: GrantAssociationId,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let administration = org::get_administration(&state.db, admin).await?;
    let mut view = service::association_view(&state.db, &Actor::of(p), admin, association).await?;
    // The page names who controlled, stopped and lifted (issue 20 point 7); the API keeps
    // addresses.
    let names = varn_people::names(
        &state.db,
        view.controls.iter().map(|c| c.created_by.as_str()).chain(
            view.stops
                .iter()
                .flat_map(|s| [s.stopped_by.as_str(), s.lifted_by.as_str()]),
        ),
    )
    .await?;
    for c in &mut view.controls {
        c.created_by = names.of(&c.created_by);
    }
    for s in &mut view.stops {
        s.stopped_by = names.of(&s.stopped_by);
        s.lifted_by = names.of(&s.lifted_by);
    }
    let page = AssociationPage {
        i: cat,
        shell: Shell::new(Some(p), view.association.name.clone(), "/bidrag")
            .with_notice(notice(done)),
        admin: administration,
        stopped: view.association.stopped,
        view,
        application_kinds: choices(
            ApplicationKind::ALL,
            ApplicationKind::code,
            ApplicationKind::label,
        ),
        control_kinds: choices(ControlKind::ALL, ControlKind::code, ControlKind::label),
        can_edit: p.covers(perm::EDIT, admin),
        can_stop: p.covers(perm::STOP, admin),
        today: varn_house::db::today(),
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /bidrag/forvaltningar/{admin}/foreningar/{association}`
pub async fn association(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((admin, association)): Path<(AdministrationId, GrantAssociationId)>,
    Query(q): Query<varn_house::web::NoticeQuery>,
) -> Result<Response, PageError> {
    association_page(
        &state,
        &p,
        admin,
        association,
        StatusCode::OK,
        q.klart.as_deref(),
        vec![],
    )
    .await
}

async fn after_association<T>(
    state: &AppState,
    p: &Principal,
    (admin, association): (AdministrationId, GrantAssociationId),
    result: Result<T, Error>,
) -> Result<Response, PageError> {
    let to = format!("/bidrag/forvaltningar/{admin}/foreningar/{association}?klart=sparat");
    after_post(result, &to, |status, problems| {
        association_page(state, p, admin, association, status, None, problems)
    })
    .await
}

/// `POST …/foreningar/{association}/ansokningar`
pub async fn apply(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(ids): Path<(AdministrationId, GrantAssociationId)>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = GrantsApplicationInput {
        kind: form.get("kind").into(),
        period_from: form.get("period_from").into(),
        period_to: form.get("period_to").into(),
        purpose: form.get("purpose").into(),
        amount: form.get("amount").into(),
        premises: form.get("premises").into(),
        times: form.get("times").into(),
        declared_on: form.get("declared_on").into(),
        declared_by_role: form.get("declared_by_role").into(),
        received_on: form.get("received_on").into(),
    };
    let result = service::apply(
        &state.db,
        &state.pii.get(),
        &Actor::of(&p),
        ids.0,
        ids.1,
        &input,
    )
    .await;
    match result {
        Ok(id) => Ok(varn_house::web::see_other(&format!(
            "/bidrag/ansokningar/{id}?klart=skapat"
        ))),
        Err(e) => after_association(&state, &p, ids, Err::<(), _>(e)).await,
    }
}

/// `POST …/foreningar/{association}/kontroller`
pub async fn control(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(ids): Path<(AdministrationId, GrantAssociationId)>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = GrantsControlInput {
        kind: form.get("kind").into(),
        application_id: form.get("application_id").trim().parse().ok(),
        checked: form.get("checked").into(),
        finding: form.get("finding").into(),
        controlled_on: form.get("controlled_on").into(),
    };
    let result = service::control(
        &state.db,
        &state.pii.get(),
        &Actor::of(&p),
        ids.0,
        ids.1,
        &input,
    )
    .await;
    after_association(&state, &p, ids, result).await
}

/// `POST …/foreningar/{association}/stopp`
pub async fn stop(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(ids): Path<(AdministrationId, GrantAssociationId)>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = GrantsReasonInput {
        reason: form.get("reason").into(),
    };
    let result = service::stop(
        &state.db,
        &state.pii.get(),
        &Actor::of(&p),
        ids.0,
        ids.1,
        &input,
    )
    .await;
    after_association(&state, &p, ids, result).await
}

/// `POST …/foreningar/{association}/hav-stopp`
pub async fn lift(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(ids): Path<(AdministrationId, GrantAssociationId)>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = GrantsReasonInput {
        reason: form.get("reason").into(),
    };
    let result = service::lift(
        &state.db,
        &state.pii.get(),
        &Actor::of(&p),
        ids.0,
        ids.1,
        &input,
    )
    .await;
    after_association(&state, &p, ids, result).await
}

#[derive(Template)]
#[template(path = "grants/application.html")]
struct ApplicationPage {
    i: &'static Catalog,
    shell: Shell,
    view: GrantsApplicationView,
    outcomes: Vec<Choice>,
    can_edit: bool,
    money: bool,
    paid: bool,
    today: String,
    problems: Vec<String>,
}

async fn application_page(
    state: &AppState,
    p: &Principal,
    id: GrantApplicationId,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let view = service::application_view(&state.db, id).await?;
    let admin = view.application.administration_id;
    let page = ApplicationPage {
        i: cat,
        shell: Shell::new(
            Some(p),
            cat.f(
                "grants.application_title",
                &[
                    ("association", &view.application.association),
                    ("kind", view.application.kind.label()),
                ],
            ),
            "/bidrag",
        )
        .with_notice(notice(done)),
        outcomes: choices(Outcome::ALL, Outcome::code, Outcome::label),
        can_edit: p.covers(perm::EDIT, admin),
        money: view.application.granted_amount.is_some(),
        paid: view
            .payments
            .iter()
            .any(|p| p.status == crate::domain::PaymentStatus::Paid),
        view,
        today: varn_house::db::today(),
        problems,
    };
    Ok(render_status(status, &page))
}

/// `GET /bidrag/ansokningar/{application}`
pub async fn application(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<GrantApplicationId>,
    Query(q): Query<varn_house::web::NoticeQuery>,
) -> Result<Response, PageError> {
    application_page(&state, &p, id, StatusCode::OK, q.klart.as_deref(), vec![]).await
}

async fn after_application<T>(
    state: &AppState,
    p: &Principal,
    id: GrantApplicationId,
    result: Result<T, Error>,
) -> Result<Response, PageError> {
    let to = format!("/bidrag/ansokningar/{id}?klart=sparat");
    after_post(result, &to, |status, problems| {
        application_page(state, p, id, status, None, problems)
    })
    .await
}

/// `POST /bidrag/ansokningar/{application}/beslut`
pub async fn decide(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<GrantApplicationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = GrantsDecisionInput {
        outcome: form.get("outcome").into(),
        granted_amount: form.get("granted_amount").into(),
        reason: form.get("reason").into(),
        reference: form.get("reference").into(),
        decided_on: form.get("decided_on").into(),
        conditions: form.get("conditions").into(),
        follow_up_plan: form.get("follow_up_plan").into(),
    };
    let result = service::decide(&state.db, &state.pii.get(), &Actor::of(&p), id, &input).await;
    after_application(&state, &p, id, result).await
}

/// `POST /bidrag/ansokningar/{application}/utbetalningar`
pub async fn add_payment(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<GrantApplicationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = GrantsPaymentInput {
        amount: form.get("amount").into(),
        due_on: form.get("due_on").into(),
    };
    let result = service::add_payment(&state.db, &Actor::of(&p), id, &input).await;
    after_application(&state, &p, id, result).await
}

/// `POST /bidrag/ansokningar/{application}/aterkrav`
pub async fn withdraw(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<GrantApplicationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = GrantsWithdrawalInput {
        claim_amount: form.get("claim_amount").into(),
        reason: form.get("reason").into(),
        decided_on: form.get("decided_on").into(),
    };
    let result = service::withdraw(&state.db, &state.pii.get(), &Actor::of(&p), id, &input).await;
    after_application(&state, &p, id, result).await
}

async fn step(
    state: &AppState,
    p: &Principal,
    payment: GrantPaymentId,
    step: Step,
) -> Result<Response, PageError> {
    let application = {
        let mut conn = state.db.pool().acquire().await.map_err(Error::from)?;
        store::payment(&mut conn, payment).await?.application_id
    };
    let result = service::step_payment(&state.db, &Actor::of(p), payment, step).await;
    after_application(state, p, application, result).await
}

/// `POST /bidrag/utbetalningar/{payment}/attestera`
pub async fn approve(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<GrantPaymentId>,
) -> Result<Response, PageError> {
    step(&state, &p, id, Step::Approve).await
}

/// `POST /bidrag/utbetalningar/{payment}/betala`
pub async fn pay(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<GrantPaymentId>,
) -> Result<Response, PageError> {
    step(&state, &p, id, Step::Pay).await
}
