//! Sending the form (signed-in employees, and partners through a link), the receipt, and
//! following a form's status with the receipt code and no account.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use varn_house::kernel::ids::{AdministrationId, UnitId};
use varn_house::web::Query;

use crate::domain::{
    new_submission_key, normalise_receipt, receipt_for, Action, AgeBand, Concerns, Gender,
    PartnerLinkId, ReportForm, MAX_DESCRIPTION,
};
use crate::store::{self, ReceiptStatus};
use varn_house::audit::Actor;
use varn_house::auth::{Principal, Role, Scope};
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::kernel::text as guard;
use varn_house::kernel::text::{Flag, Segment};
use varn_house::web::error::PageError;
use varn_house::web::AppState;
use varn_house::web::Choice;
use varn_house::web::{render_status, ClientAddr, FormFields, Shell};
use varn_org as org;
use varn_taxonomy::{self as taxonomy, Vocabulary};

/// The outcome of a submission.
#[derive(Debug)]
pub enum Submitted {
    /// Stored (or stored before, under the same submission key): the receipt to keep.
    Stored { receipt: String },
    /// The PII guard found identifying text; nothing was stored.
    Flagged(Vec<Flag>),
}

/// Checks, guards and stores a form; shared by the page, the partner link and the API.
pub async fn submit(
    state: &AppState,
    actor: &Actor,
    form: &ReportForm,
    channel: &str,
    partner_link: Option<PartnerLinkId>,
) -> Result<Submitted, Error> {
    let key = if form.submission_key.trim().len() >= 16 {
        form.submission_key.trim().to_string()
    } else {
        new_submission_key()
    };
    {
        let mut conn = state.db.pool().acquire().await?;
        if store::by_submission_key(&mut conn, &key).await?.is_some() {
            return Ok(Submitted::Stored {
                receipt: receipt_for(&key),
            });
        }
    }
    let checked = form.check(&varn_house::db::today())?;
    let cat = i18n::sv();
    let flags = guard::check(
        &state.pii.get(),
        &[
            (cat.t("report.field_description"), &checked.description),
            (cat.t("report.field_area"), &checked.area),
        ],
    );
    if !flags.is_empty() {
        return Ok(Submitted::Flagged(flags));
    }
    crate::service::store_form(&state.db, actor, &checked, channel, partner_link, &key).await?;
    Ok(Submitted::Stored {
        receipt: receipt_for(&key),
    })
}

/// A checkbox or option with its state.
fn choices<T: Copy + PartialEq>(
    all: &[T],
    value: impl Fn(T) -> String,
    label: impl Fn(T) -> String,
    selected: impl Fn(T) -> bool,
) -> Vec<Choice> {
    all.iter()
        .map(|x| Choice {
            value: value(*x),
            label: label(*x),
            selected: selected(*x),
        })
        .collect()
}

fn term_choices(terms: &[taxonomy::Term], selected: &[taxonomy::TermId]) -> Vec<Choice> {
    terms
        .iter()
        .map(|t| Choice {
            value: t.id.to_string(),
            label: t.label.clone(),
            selected: selected.contains(&t.id),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "reports/form.html")]
pub struct FormPage {
    pub i: &'static Catalog,
    pub shell: Shell,
    pub action: String,
    pub partner: bool,
    pub submission_key: String,
    pub administrations: Vec<Choice>,
    pub units: Vec<Choice>,
    pub environments: Vec<Choice>,
    pub phenomena: Vec<Choice>,
    pub event_types: Vec<Choice>,
    pub place_types: Vec<Choice>,
    pub concerns: Vec<Choice>,
    pub age_bands: Vec<Choice>,
    pub genders: Vec<Choice>,
    pub actions: Vec<Choice>,
    pub occurred_from: String,
    pub occurred_to: String,
    pub area: String,
    pub description: String,
    pub max_description: usize,
    pub today: String,
    pub problems: Vec<String>,
    pub flags: Vec<Flag>,
    pub marked_description: Vec<Segment>,
    pub marked_area: Vec<Segment>,
}

/// Reads the form's fields from a page post.
pub fn form_from(fields: &FormFields) -> ReportForm {
    let ids = |key: &str| {
        fields
            .all(key)
            .iter()
            .filter_map(|v| v.trim().parse().ok())
            .collect::<Vec<taxonomy::TermId>>()
    };
    ReportForm {
        administration_id: fields
            .id("administration_id")
            .ok()
            .flatten()
            .map(AdministrationId::new),
        unit_id: fields.id("unit_id").ok().flatten().map(UnitId::new),
        occurred_from: fields.get("occurred_from").into(),
        occurred_to: fields.get("occurred_to").into(),
        area: fields.get("area").into(),
        place_type_id: fields
            .id("place_type_id")
            .ok()
            .flatten()
            .map(taxonomy::TermId::new),
        environments: ids("environments"),
        phenomena: ids("phenomena"),
        event_types: ids("event_types"),
        concerns: fields.get("concerns").into(),
        age_band: fields.get("age_band").into(),
        gender: fields.get("gender").into(),
        actions: fields.all("actions"),
        description: fields.get("description").into(),
        submission_key: fields.get("submission_key").into(),
    }
}

/// Builds the form page around `form` (empty for a new one) for a person or a partner link.
pub async fn form_page(
    state: &AppState,
    principal: Option<&Principal>,
    action: String,
    fixed_administration: Option<AdministrationId>,
    form: &ReportForm,
    problems: Vec<String>,
    flags: Vec<Flag>,
) -> Result<FormPage, Error> {
    let cat = i18n::sv();
    let db = &state.db;
    let own = principal
        .map(|p| p.scope(&Role::ALL))
        .unwrap_or(Scope::Only(vec![]));
    let all_admins = org::list_administrations(db, &Scope::All).await?;
    let default_admin = form
        .administration_id
        .or(fixed_administration)
        .or(match &own {
            Scope::Only(ids) => ids.first().copied(),
            Scope::All => None,
        });
    let administrations = all_admins
        .iter()
        .filter(|a| fixed_administration.is_none_or(|f| f == a.id))
        .map(|a| Choice {
            value: a.id.to_string(),
            label: a.name.clone(),
            selected: Some(a.id) == default_admin,
        })
        .collect();
    let mut units = Vec::new();
    if let (Some(p), Scope::Only(ids)) = (principal, &own) {
        let _ = p;
        for id in ids {
            for u in org::list_units(db, *id)
                .await?
                .into_iter()
                .filter(|u| u.current)
            {
                units.push(Choice {
                    value: u.id.to_string(),
                    selected: form.unit_id == Some(u.id),
                    label: u.name,
                });
            }
        }
    }
    let env = taxonomy::active(db, Vocabulary::Environment).await?;
    let phen = taxonomy::active(db, Vocabulary::Phenomenon).await?;
    let events = taxonomy::active(db, Vocabulary::EventType).await?;
    let places = taxonomy::active(db, Vocabulary::PlaceType).await?;
    let field_description = cat.t("report.field_description");
    let field_area = cat.t("report.field_area");
    Ok(FormPage {
        i: cat,
        shell: Shell::new(principal, cat.t("report.title"), "/blankett/ny"),
        action,
        partner: fixed_administration.is_some(),
        submission_key: if form.submission_key.trim().len() >= 16 {
            form.submission_key.clone()
        } else {
            new_submission_key()
        },
        administrations,
        units,
        environments: term_choices(&env, &form.environments),
        phenomena: term_choices(&phen, &form.phenomena),
        event_types: term_choices(&events, &form.event_types),
        place_types: term_choices(&places, &form.place_type_id.into_iter().collect::<Vec<_>>()),
        concerns: choices(
            Concerns::ALL,
            |c| c.as_str().into(),
            |c| c.label().into(),
            |c| c.as_str() == form.concerns,
        ),
        age_bands: choices(
            AgeBand::ALL,
            |c| c.as_str().into(),
            |c| c.label().into(),
            |c| c.as_str() == form.age_band,
        ),
        genders: choices(
            Gender::ALL,
            |c| c.as_str().into(),
            |c| c.label().into(),
            |c| c.as_str() == form.gender,
        ),
        actions: choices(
            Action::ALL,
            |c| c.as_str().into(),
            |c| c.label().into(),
            |c| form.actions.iter().any(|a| a == c.as_str()),
        ),
        occurred_from: form.occurred_from.clone(),
        occurred_to: form.occurred_to.clone(),
        area: form.area.clone(),
        description: form.description.clone(),
        max_description: MAX_DESCRIPTION,
        today: varn_house::db::today(),
        problems,
        marked_description: guard::segments(&form.description, field_description, &flags),
        marked_area: guard::segments(&form.area, field_area, &flags),
        // Each finding names its field as the form's label reads ("Vad har hänt?").
        flags: flags
            .into_iter()
            .map(|mut f| {
                if f.field == field_description {
                    f.field = cat.t("report.field_description_label").to_string();
                } else if f.field == field_area {
                    f.field = cat.t("report.field_area_label").to_string();
                }
                f
            })
            .collect(),
    })
}

/// `GET /blankett/ny`
pub async fn new_form(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    // Actions the person says are done, from the guide's checklist: `gjort=police_report`
    // once per action, or `gjort=police_report,told_manager`. Unknown codes are ignored.
    let mut actions: Vec<String> = Vec::new();
    for code in q
        .iter()
        .filter(|(k, _)| k == "gjort")
        .flat_map(|(_, v)| v.split(','))
    {
        if Action::parse(code).is_some() && !actions.iter().any(|a| a == code) {
            actions.push(code.to_string());
        }
    }
    let form = ReportForm {
        actions,
        ..ReportForm::default()
    };
    let page = form_page(
        &state,
        Some(&p),
        "/blankett".into(),
        None,
        &form,
        vec![],
        vec![],
    )
    .await?;
    Ok(render_status(StatusCode::OK, &page))
}

#[derive(Template)]
#[template(path = "reports/receipt.html")]
pub struct ReceiptPage {
    pub i: &'static Catalog,
    pub shell: Shell,
    pub receipt: String,
}

/// Answers a submission: the receipt, or the form again with the problems or the marks.
pub async fn answer(
    state: &AppState,
    principal: Option<&Principal>,
    action: String,
    fixed: Option<AdministrationId>,
    form: &ReportForm,
    result: Result<Submitted, Error>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    match result {
        Ok(Submitted::Stored { receipt }) => {
            let page = ReceiptPage {
                i: cat,
                shell: Shell::new(principal, cat.t("report.receipt_title"), "/blankett/ny"),
                receipt,
            };
            Ok(render_status(StatusCode::OK, &page))
        }
        Ok(Submitted::Flagged(flags)) => {
            let page = form_page(
                state,
                principal,
                action,
                fixed,
                form,
                vec![cat.t("report.flagged").to_string()],
                flags,
            )
            .await?;
            Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(Error::Invalid(problems)) => {
            let page = form_page(
                state,
                principal,
                action,
                fixed,
                form,
                problems.iter().map(|p| p.sentence()).collect(),
                vec![],
            )
            .await?;
            Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /blankett`
pub async fn create(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    fields: FormFields,
) -> Result<Response, PageError> {
    let form = form_from(&fields);
    let result = submit(&state, &Actor::of(&p), &form, "employee", None).await;
    answer(&state, Some(&p), "/blankett".into(), None, &form, result).await
}

#[derive(Template)]
#[template(path = "reports/status.html")]
struct StatusPage {
    i: &'static Catalog,
    shell: Shell,
    status: Option<ReceiptStatus>,
    asked: bool,
    message: Option<String>,
}

/// `GET /blankett/status`
pub async fn status_form(principal: Option<Extension<Principal>>) -> Response {
    let cat = i18n::sv();
    let p = principal.map(|Extension(p)| p);
    render_status(
        StatusCode::OK,
        &StatusPage {
            i: cat,
            shell: Shell::new(p.as_ref(), cat.t("report.status_title"), ""),
            status: None,
            asked: false,
            message: None,
        },
    )
}

/// `POST /blankett/status`: the same answer for a wrong code as for a code of no form.
pub async fn status(
    State(state): State<AppState>,
    principal: Option<Extension<Principal>>,
    ClientAddr(client): ClientAddr,
    fields: FormFields,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let p = principal.map(|Extension(p)| p);
    let shell = Shell::new(p.as_ref(), cat.t("report.status_title"), "");
    if !state.limiter.client_allowed("receipt", &client).await {
        let page = StatusPage {
            i: cat,
            shell,
            status: None,
            asked: true,
            message: Some(cat.t("report.status_too_many").into()),
        };
        return Ok(render_status(StatusCode::TOO_MANY_REQUESTS, &page));
    }
    let found =
        store::status_by_receipt(&state.db, &normalise_receipt(fields.get("receipt"))).await?;
    if found.is_none() {
        state.limiter.client_failed("receipt", &client).await;
    }
    let message = found
        .is_none()
        .then(|| cat.t("report.status_unknown").to_string());
    Ok(render_status(
        StatusCode::OK,
        &StatusPage {
            i: cat,
            shell,
            status: found,
            asked: true,
            message,
        },
    ))
}
