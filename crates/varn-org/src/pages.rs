//! The organisation pages: administrations, departments, units and contact cards, the
//! import of a CSV/XLSX file, and the unit list as CSV. Changes are audited in the same
//! transaction as the change itself.

use askama::Template;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use varn_house::kernel::ids::{AdministrationId, DepartmentId, UnitId};
use varn_house::web::{uploaded_file, Choice};
use varn_house::web::{Path, Query, Upload};

use crate::domain::{AdministrationKind, ContactForm, NewAdministration, UnitForm, UnitFunction};
use crate::import::{self, ImportReport};
use crate::service;
use crate::store::{self, Administration, ContactCard, Department, Unit};
use varn_house::audit::Actor;
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::web::error::PageError;
use varn_house::web::AppState;
use varn_house::web::{notice, render, render_status, see_other, FormFields, NoticeQuery, Shell};

fn kind_choices(selected: Option<AdministrationKind>) -> Vec<Choice> {
    AdministrationKind::ALL
        .iter()
        .map(|k| Choice {
            value: k.as_str().into(),
            label: k.label().into(),
            selected: Some(*k) == selected,
        })
        .collect()
}

fn function_choices(selected: &[UnitFunction]) -> Vec<Choice> {
    UnitFunction::ALL
        .iter()
        .map(|f| Choice {
            value: f.as_str().into(),
            label: f.label().into(),
            selected: selected.contains(f),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "org/index.html")]
struct IndexPage {
    i: &'static Catalog,
    shell: Shell,
    administrations: Vec<Administration>,
    can_edit: bool,
    kinds: Vec<Choice>,
    problems: Vec<String>,
    form_code: String,
    form_name: String,
}

/// `GET /organisation`
pub async fn index(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    index_page(&state, &p, StatusCode::OK, q.klart.as_deref(), vec![], None).await
}

async fn index_page(
    state: &AppState,
    p: &Principal,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
    form: Option<&NewAdministration>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let administrations =
        store::list_administrations(&state.db, &p.scope(crate::perm::VIEW)).await?;
    let page = IndexPage {
        i: cat,
        shell: Shell::new(Some(p), cat.t("org.title"), "/organisation").with_notice(notice(done)),
        administrations,
        can_edit: p.has_any(crate::perm::EDIT),
        kinds: kind_choices(form.and_then(|f| AdministrationKind::parse(&f.kind))),
        problems,
        form_code: form.map(|f| f.code.clone()).unwrap_or_default(),
        form_name: form.map(|f| f.name.clone()).unwrap_or_default(),
    };
    Ok(render_status(status, &page))
}

/// `POST /organisation`: a new administration.
pub async fn create_administration(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    form: FormFields,
) -> Result<Response, PageError> {
    let new = NewAdministration {
        code: form.get("code").into(),
        name: form.get("name").into(),
        kind: form.get("kind").into(),
    };
    match crate::changed(
        &state,
        service::create_administration(&state.db, &Actor::of(&p), &new).await,
    )
    .await
    {
        Ok(id) => Ok(see_other(&format!(
            "/organisation/forvaltningar/{id}?klart=skapat"
        ))),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            index_page(
                &state,
                &p,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                e.sentences(),
                Some(&new),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "org/administration.html")]
struct AdministrationPage {
    i: &'static Catalog,
    shell: Shell,
    admin: Administration,
    departments: Vec<Department>,
    current: Vec<Unit>,
    ended: Vec<Unit>,
    contacts: Vec<ContactCard>,
    can_edit: bool,
    can_edit_contacts: bool,
    kinds: Vec<Choice>,
    functions: Vec<Choice>,
    problems: Vec<String>,
    today: String,
}

/// `GET /organisation/forvaltningar/{admin}`
pub async fn administration(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AdministrationId>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    administration_page(&state, &p, id, StatusCode::OK, q.klart.as_deref(), vec![]).await
}

async fn administration_page(
    state: &AppState,
    p: &Principal,
    id: AdministrationId,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let admin = store::get_administration(&state.db, id).await?;
    let units = store::list_units(&state.db, id).await?;
    let (current, ended): (Vec<_>, Vec<_>) = units.into_iter().partition(|u| u.current);
    let page = AdministrationPage {
        i: cat,
        shell: Shell::new(Some(p), admin.name.clone(), "/organisation").with_notice(notice(done)),
        kinds: kind_choices(Some(admin.kind)),
        functions: function_choices(&[]),
        departments: store::list_departments(&state.db, id).await?,
        contacts: store::list_contacts(&state.db, Some(id)).await?,
        can_edit: p.covers(crate::perm::EDIT, id),
        can_edit_contacts: p.covers(crate::perm::CONTACT_EDIT, id),
        admin,
        current,
        ended,
        problems,
        today: varn_house::db::today(),
    };
    Ok(render_status(status, &page))
}

/// Runs a change and its audit entry in one transaction; on bad input the page is shown
/// again with the problems, named by field.
macro_rules! change_or_show {
    ($state:expr, $p:expr, $admin:expr, $ok:expr, $body:expr) => {{
        let result: Result<(), Error> = async { $body }.await;
        match result {
            Ok(()) => Ok(see_other($ok)),
            Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
                administration_page(
                    $state,
                    $p,
                    $admin,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    None,
                    e.sentences(),
                )
                .await
            }
            Err(e) => Err(PageError(e)),
        }
    }};
}

/// `POST /organisation/forvaltningar/{admin}`: name and kind.
pub async fn update_administration(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AdministrationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    change_or_show!(
        &state,
        &p,
        id,
        &format!("/organisation/forvaltningar/{id}?klart=sparat"),
        {
            crate::changed(
                &state,
                service::update_administration(
                    &state.db,
                    &Actor::of(&p),
                    id,
                    Some(form.get("name")),
                    Some(form.get("kind")),
                )
                .await,
            )
            .await
        }
    )
}

/// `POST /organisation/forvaltningar/{admin}/avdelningar`
pub async fn create_department(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AdministrationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    change_or_show!(
        &state,
        &p,
        id,
        &format!("/organisation/forvaltningar/{id}?klart=skapat"),
        {
            crate::changed(
                &state,
                service::create_department(
                    &state.db,
                    &Actor::of(&p),
                    id,
                    form.get("code"),
                    form.get("name"),
                )
                .await,
            )
            .await
            .map(|_| ())
        }
    )
}

/// `POST /organisation/avdelningar/{department}`: rename.
pub async fn update_department(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(dept): Path<DepartmentId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let admin = store::department_administration(&state.db, dept).await?;
    change_or_show!(
        &state,
        &p,
        admin,
        &format!("/organisation/forvaltningar/{admin}?klart=sparat"),
        {
            crate::changed(
                &state,
                service::rename_department(&state.db, &Actor::of(&p), dept, form.get("name")).await,
            )
            .await
            .map(|_| ())
        }
    )
}

fn unit_form(form: &FormFields) -> Result<UnitForm, Error> {
    let cat = i18n::sv();
    let department_id =
        form.id("department_id").ok().flatten().ok_or_else(|| {
            Error::invalid(cat.t("field.department"), cat.t("validation.department"))
        })?;
    let headcount_text = form.get("headcount").trim().replace(' ', "");
    let headcount = if headcount_text.is_empty() {
        0
    } else {
        headcount_text
            .parse()
            .map_err(|_| Error::invalid(cat.t("field.headcount"), cat.t("validation.headcount")))?
    };
    Ok(UnitForm {
        department_id: DepartmentId::new(department_id),
        code: form.get("code").into(),
        name: form.get("name").into(),
        manager_name: form.get("manager_name").into(),
        manager_user_id: None,
        headcount,
        functions: form.all("functions"),
        valid_from: Some(form.get("valid_from").into()),
    })
}

/// `POST /organisation/forvaltningar/{admin}/enheter`
pub async fn create_unit(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AdministrationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    change_or_show!(
        &state,
        &p,
        id,
        &format!("/organisation/forvaltningar/{id}?klart=skapat"),
        {
            crate::changed(
                &state,
                service::create_unit(&state.db, &Actor::of(&p), id, &unit_form(&form)?).await,
            )
            .await
            .map(|_| ())
        }
    )
}

#[derive(Template)]
#[template(path = "org/unit.html")]
struct UnitPage {
    i: &'static Catalog,
    shell: Shell,
    unit: Unit,
    admin: Administration,
    departments: Vec<Department>,
    functions: Vec<Choice>,
    successors: Vec<Unit>,
    successor: Option<Unit>,
    can_edit: bool,
    problems: Vec<String>,
    today: String,
}

/// `GET /organisation/enheter/{unit}`
pub async fn unit(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<UnitId>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    unit_page(&state, &p, id, StatusCode::OK, q.klart.as_deref(), vec![]).await
}

async fn unit_page(
    state: &AppState,
    p: &Principal,
    id: UnitId,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let unit = store::get_unit(&state.db, id).await?;
    let admin = store::get_administration(&state.db, unit.administration_id).await?;
    let all = store::list_units(&state.db, unit.administration_id).await?;
    let successor = unit
        .successor_id
        .and_then(|s| all.iter().find(|u| u.id == s).cloned());
    let page = UnitPage {
        i: cat,
        shell: Shell::new(Some(p), unit.name.clone(), "/organisation").with_notice(notice(done)),
        functions: function_choices(&unit.functions),
        departments: store::list_departments(&state.db, unit.administration_id).await?,
        successors: all
            .into_iter()
            .filter(|u| u.current && u.id != id)
            .collect(),
        successor,
        can_edit: p.covers(crate::perm::EDIT, unit.administration_id),
        unit,
        admin,
        problems,
        today: varn_house::db::today(),
    };
    Ok(render_status(status, &page))
}

async fn unit_change(
    state: &AppState,
    p: &Principal,
    id: UnitId,
    done: &str,
    result: Result<(), Error>,
) -> Result<Response, PageError> {
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/organisation/enheter/{id}?klart={done}"
        ))),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            unit_page(
                state,
                p,
                id,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                e.sentences(),
            )
            .await
        }
        Err(e) => Err(PageError(e)),
    }
}

/// `POST /organisation/enheter/{unit}`
pub async fn update_unit(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<UnitId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let result = match unit_form(&form) {
        Ok(f) => {
            crate::changed(
                &state,
                service::update_unit(&state.db, &Actor::of(&p), id, &f).await,
            )
            .await
        }
        Err(e) => Err(e),
    };
    unit_change(&state, &p, id, "sparat", result).await
}

/// `POST /organisation/enheter/{unit}/avsluta`: the unit ends (merged, split or closed).
pub async fn end_unit(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<UnitId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let result = match form.id("successor_id") {
        Ok(successor) => {
            crate::changed(
                &state,
                service::end_unit(
                    &state.db,
                    &Actor::of(&p),
                    id,
                    form.get("valid_to"),
                    successor.map(UnitId::new),
                )
                .await,
            )
            .await
        }
        Err(_) => Err(Error::invalid(
            cat.t("field.successor"),
            cat.t("validation.successor"),
        )),
    };
    unit_change(&state, &p, id, "avslutat", result).await
}

/// `POST /organisation/forvaltningar/{admin}/kontakter`
pub async fn create_contact(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<AdministrationId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let card = ContactForm {
        name: form.get("name").into(),
        title: form.get("title").into(),
        phone: form.get("phone").into(),
        email: form.get("email").into(),
    };
    change_or_show!(
        &state,
        &p,
        id,
        &format!("/organisation/forvaltningar/{id}?klart=skapat#kontakter"),
        {
            service::create_contact(&state.db, &state.pii.get(), &Actor::of(&p), id, &card)
                .await
                .map(|_| ())
        }
    )
}

/// `POST /organisation/kontakter/{contact}/ta-bort`
pub async fn delete_contact(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let admin = service::delete_contact(&state.db, &Actor::of(&p), id).await?;
    Ok(see_other(&format!(
        "/organisation/forvaltningar/{admin}?klart=borttaget#kontakter"
    )))
}

#[derive(Template)]
#[template(path = "org/import.html")]
struct ImportPage {
    i: &'static Catalog,
    shell: Shell,
    report: Option<ImportReport>,
    problems: Vec<String>,
}

/// `GET /organisation/import`
pub async fn import_form(Extension(p): Extension<Principal>) -> Response {
    let cat = i18n::sv();
    render(&ImportPage {
        i: cat,
        shell: Shell::new(Some(&p), cat.t("import.title"), "/organisation"),
        report: None,
        problems: vec![],
    })
}

/// `POST /organisation/import` (multipart, CSRF token in the query).
pub async fn import(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    upload: Upload,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let shell = Shell::new(Some(&p), cat.t("import.title"), "/organisation");
    let result = match uploaded_file(upload).await {
        Ok(bytes) => {
            crate::changed(
                &state,
                import::import(&state.db, &state.work, &Actor::of(&p), bytes).await,
            )
            .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(report) => Ok(render(&ImportPage {
            i: cat,
            shell: shell.with_notice(notice(Some("importerat"))),
            report: Some(report),
            problems: vec![],
        })),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => Ok(render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ImportPage {
                i: cat,
                shell,
                report: None,
                problems: e.sentences(),
            },
        )),
        Err(e) => Err(e.into()),
    }
}

/// `GET /organisation/enheter.csv`: every unit in scope, in the import's columns.
pub async fn units_csv(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
) -> Result<Response, PageError> {
    let units = store::list_all_units(&state.db, &p.scope(crate::perm::VIEW)).await?;
    let bytes = units_to_csv(&units).map_err(Error::Internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"enheter.csv\"",
            ),
        ],
        bytes,
    )
        .into_response())
}

/// Units as CSV in the columns the import reads, so an export can be edited and read back.
pub fn units_to_csv(units: &[(String, Unit)]) -> anyhow::Result<Vec<u8>> {
    let mut w = varn_house::export::Csv::with_delimiter(b';');
    w.row([
        "förvaltning",
        "avdelningskod",
        "avdelning",
        "enhetskod",
        "enhet",
        "chef",
        "antal medarbetare",
        "funktioner",
        "giltig från",
        "giltig till",
    ])?;
    for (admin, u) in units {
        w.row([
            admin.as_str(),
            u.department_code.as_str(),
            u.department_name.as_str(),
            u.code.as_str(),
            u.name.as_str(),
            u.manager_name.as_str(),
            &u.headcount.to_string(),
            &u.function_labels(),
            u.valid_from.as_str(),
            u.valid_to.as_deref().unwrap_or(""),
        ])?;
    }
    w.finish()
}

/// `GET …/import/exempel.csv`: an example of the file the import takes.
pub async fn import_example() -> Result<Response, PageError> {
    let bytes = import::example_csv()?;
    Ok(varn_house::web::download(
        bytes,
        "text/csv; charset=utf-8",
        "exempel.csv",
    ))
}
