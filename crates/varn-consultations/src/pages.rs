//! The pages of consultations and the 24-hour routine: the start page (a coordinator's
//! consultations and requests with forms to record them; links to the figures for the
//! central coordinator and readers), a consultation, a request with its clock, warnings and
//! the first-contact form, the yearly 24-hour report and the city's suppressed figures.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use varn_house::kernel::ids::AdministrationId;

use crate::domain::{
    self, AgeBand, Channel, ConsultationId, ConsultationRequestId, Gender, Kind, Referral,
};
use crate::export::{self, Figures, Format};
use crate::perm;
use crate::report::{self, ConsultationCity, ConsultationYearRow};
use crate::service::{self, ConsultationContactInput, ConsultationInput, ConsultationRequestInput};
use crate::store::{ConsultationRecord, ConsultationRequest};
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::kernel::time::{local_iso, parse_stored, swedish};
use varn_house::web::error::PageError;
use varn_house::web::{
    after_post, notice, render_status, AppState, Choice, FormFields, Path, Query, Shell,
};
use varn_org::Administration;

/// The query of pages with a year and a notice.
#[derive(Debug, Default, serde::Deserialize)]
pub struct YearQuery {
    pub ar: Option<i32>,
    pub klart: Option<String>,
}

fn choices<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<Choice> {
    all.iter()
        .map(|v| Choice {
            value: code(*v).into(),
            label: label(*v).into(),
            selected: false,
        })
        .collect()
}

fn name_of(admins: &[Administration], id: AdministrationId) -> String {
    admins
        .iter()
        .find(|a| a.id == id)
        .map(|a| a.name.clone())
        .unwrap_or_default()
}

async fn all_admins(state: &AppState) -> Result<Vec<Administration>, Error> {
    varn_org::list_administrations(&state.db, &varn_house::auth::Scope::All).await
}

/// A consultation as the list shows it.
pub struct ConsultationLine {
    pub id: ConsultationId,
    pub held_on: String,
    pub asking: String,
    pub advisor: String,
    pub kind: &'static str,
}

/// A request as the list shows it.
pub struct RequestLine {
    pub id: ConsultationRequestId,
    pub reference: String,
    pub administration: String,
    pub received: String,
    pub status: String,
    pub late: bool,
}

fn request_status(r: &ConsultationRequest, now: chrono::NaiveDateTime) -> (String, bool) {
    let cat = i18n::sv();
    let (Some(received), Some(deadline)) =
        (parse_stored(&r.received_at), parse_stored(&r.deadline_at))
    else {
        return (String::new(), false);
    };
    match r.contact_at.as_deref().and_then(parse_stored) {
        Some(at) => {
            let within = at <= deadline;
            let key = if within {
                "consultations.met_within"
            } else {
                "consultations.met_late"
            };
            (
                cat.f(key, &[("time", &domain::hours_minutes(at - received))]),
                !within,
            )
        }
        None if deadline > now => (
            cat.f(
                "consultations.time_left",
                &[("time", &domain::hours_minutes(deadline - now))],
            ),
            false,
        ),
        None => (
            cat.f(
                "consultations.overdue",
                &[("time", &domain::hours_minutes(now - deadline))],
            ),
            true,
        ),
    }
}

#[derive(Template)]
#[template(path = "consultations/index.html")]
struct IndexPage {
    i: &'static Catalog,
    shell: Shell,
    can_edit: bool,
    can_city: bool,
    consultations: Vec<ConsultationLine>,
    requests: Vec<RequestLine>,
    own: Vec<Choice>,
    administrations: Vec<Choice>,
    /// The advising side: the social services.
    advisors: Vec<Choice>,
    /// How the clock works, with the configured warning hours.
    requests_intro: String,
    kinds: Vec<Choice>,
    referrals: Vec<Choice>,
    age_bands: Vec<Choice>,
    genders: Vec<Choice>,
    channels: Vec<Choice>,
    environments: Vec<Choice>,
    today: String,
    now_local: String,
    problems: Vec<String>,
    request_problems: Vec<String>,
    /// What was typed, given back with the problems.
    form: Echo,
}

/// A refused form's values, so nobody types them again.
#[derive(Debug, Default)]
pub struct Echo {
    pub administration: String,
    pub advisor: String,
    pub held_on: String,
    pub age_band: String,
    pub gender: String,
    pub environment: String,
    pub kind: String,
    pub advice: String,
    pub referrals: Vec<String>,
    pub consent: bool,
    pub outcome: String,
    pub follow_up_on: String,
    pub received_at: String,
    pub channel: String,
    pub note: String,
}

impl Echo {
    fn of(form: &FormFields) -> Echo {
        let g = |k: &str| form.get(k).to_string();
        Echo {
            administration: g("administration_id"),
            advisor: g("advisor_administration_id"),
            held_on: g("held_on"),
            age_band: g("age_band"),
            gender: g("gender"),
            environment: g("environment"),
            kind: g("kind"),
            advice: g("advice"),
            referrals: form.all("referrals"),
            consent: form.get("consent") == "on",
            outcome: g("outcome"),
            follow_up_on: g("follow_up_on"),
            received_at: g("received_at"),
            channel: g("channel"),
            note: g("note"),
        }
    }

    pub fn has_referral(&self, code: &str) -> bool {
        self.referrals.iter().any(|r| r == code)
    }
}

async fn index_page(
    state: &AppState,
    p: &Principal,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
    request_problems: Vec<String>,
    form: Echo,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let admins = all_admins(state).await?;
    let now = chrono::Utc::now().naive_utc();
    let can_edit = p.has_any(perm::EDIT);
    let (consultations, requests) = if can_edit {
        (
            service::list(state, p).await?,
            service::requests(state, p).await?,
        )
    } else {
        (vec![], vec![])
    };
    // The advising side is the social services; who is not its coordinator records only
    // their own administration's asking.
    let social = service::social_services(state).await?;
    let is_social = social.is_some_and(|s| p.covers(perm::EDIT, s));
    let advisors: Vec<Choice> = admins
        .iter()
        .filter(|a| Some(a.id) == social)
        .map(|a| Choice {
            value: a.id.to_string(),
            label: a.name.clone(),
            selected: false,
        })
        .collect();
    let own: Vec<Choice> = admins
        .iter()
        .filter(|a| p.covers(perm::EDIT, a.id))
        .map(|a| Choice {
            value: a.id.to_string(),
            label: a.name.clone(),
            selected: false,
        })
        .collect();
    let environments = varn_taxonomy::active(&state.db, varn_taxonomy::Vocabulary::Environment)
        .await?
        .into_iter()
        .map(|t| Choice {
            value: t.code,
            label: t.label,
            selected: false,
        })
        .collect();
    let page = IndexPage {
        i: cat,
        shell: Shell::new(Some(p), cat.t("consultations.title"), "/konsultationer")
            .with_notice(notice(done)),
        can_edit,
        can_city: p.has_any(perm::CITY),
        consultations: consultations
            .iter()
            .map(|c| ConsultationLine {
                id: c.id,
                held_on: c.held_on.clone(),
                asking: name_of(&admins, c.administration_id),
                advisor: name_of(&admins, c.advisor_administration_id),
                kind: c.kind.label(),
            })
            .collect(),
        requests: requests
            .iter()
            .map(|r| {
                let (status, late) = request_status(r, now);
                RequestLine {
                    id: r.id,
                    reference: r.reference.clone(),
                    administration: name_of(&admins, r.administration_id),
                    received: swedish(&r.received_at),
                    status,
                    late,
                }
            })
            .collect(),
        own,
        advisors,
        requests_intro: cat.f(
            "consultations.requests_intro",
            &[(
                "hours",
                &domain::hours_list(&state.config.first_contact_warning_hours),
            )],
        ),
        administrations: admins
            .iter()
            .filter(|a| is_social || p.covers(perm::EDIT, a.id))
            .map(|a| Choice {
                value: a.id.to_string(),
                label: a.name.clone(),
                selected: false,
            })
            .collect(),
        kinds: choices(Kind::ALL, Kind::code, Kind::label),
        referrals: choices(Referral::ALL, Referral::code, Referral::label),
        age_bands: choices(AgeBand::ALL, AgeBand::code, AgeBand::label),
        genders: choices(Gender::ALL, Gender::code, Gender::label),
        channels: choices(Channel::ALL, Channel::code, Channel::label),
        environments,
        today: varn_house::db::today(),
        now_local: local_iso(&varn_house::db::now()).replace(' ', "T"),
        problems,
        request_problems,
        form,
    };
    Ok(render_status(status, &page))
}

/// `GET /konsultationer`
pub async fn index(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    index_page(
        &state,
        &p,
        StatusCode::OK,
        q.klart.as_deref(),
        vec![],
        vec![],
        Echo::default(),
    )
    .await
}

fn id_field<T: std::str::FromStr>(form: &FormFields, key: &str) -> Option<T> {
    form.get(key).trim().parse().ok()
}

/// `POST /konsultationer`: a consultation.
pub async fn create(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = ConsultationInput {
        administration_id: id_field(&form, "administration_id"),
        advisor_administration_id: id_field(&form, "advisor_administration_id"),
        held_on: form.get("held_on").into(),
        age_band: form.get("age_band").into(),
        gender: form.get("gender").into(),
        environment: form.get("environment").into(),
        kind: form.get("kind").into(),
        advice: form.get("advice").into(),
        referrals: form.all("referrals"),
        consent: form.get("consent") == "on",
        outcome: form.get("outcome").into(),
        follow_up_on: form.get("follow_up_on").into(),
    };
    match service::create(&state, &p, &input).await {
        Ok(id) => Ok(varn_house::web::see_other(&format!(
            "/konsultationer/{id}?klart=skapat"
        ))),
        Err(e) => {
            after_post(Err::<(), _>(e), "", |status, problems| {
                index_page(&state, &p, status, None, problems, vec![], Echo::of(&form))
            })
            .await
        }
    }
}

#[derive(Template)]
#[template(path = "consultations/consultation.html")]
struct ConsultationPage {
    i: &'static Catalog,
    shell: Shell,
    c: ConsultationRecord,
    asking: String,
    advisor: String,
    environment: String,
    referrals: String,
}

/// `GET /konsultationer/{consultation}`
pub async fn consultation(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ConsultationId>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let c = service::read(&state, &p, id).await?;
    let admins = all_admins(&state).await?;
    let environment = varn_taxonomy::active(&state.db, varn_taxonomy::Vocabulary::Environment)
        .await?
        .into_iter()
        .find(|t| t.code == c.environment)
        .map(|t| t.label)
        .unwrap_or_else(|| c.environment.clone());
    let page = ConsultationPage {
        i: cat,
        shell: Shell::new(
            Some(&p),
            cat.f("consultations.consultation_title", &[("date", &c.held_on)]),
            "/konsultationer",
        )
        .with_notice(notice(q.klart.as_deref())),
        asking: name_of(&admins, c.administration_id),
        advisor: name_of(&admins, c.advisor_administration_id),
        environment,
        referrals: c
            .referrals
            .iter()
            .map(|r| r.label())
            .collect::<Vec<_>>()
            .join(", "),
        c,
    };
    Ok(render_status(StatusCode::OK, &page))
}

/// `POST /konsultationer/24h`: a request.
pub async fn create_request(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = ConsultationRequestInput {
        administration_id: id_field(&form, "administration_id"),
        received_at: form.get("received_at").into(),
        channel: form.get("channel").into(),
        note: form.get("note").into(),
    };
    match service::create_request(&state, &p, &input, chrono::Utc::now().naive_utc()).await {
        Ok((id, _)) => Ok(varn_house::web::see_other(&format!(
            "/konsultationer/24h/{id}?klart=skapat"
        ))),
        Err(e) => {
            after_post(Err::<(), _>(e), "", |status, problems| {
                index_page(&state, &p, status, None, vec![], problems, Echo::of(&form))
            })
            .await
        }
    }
}

/// A warning as the request's page shows it.
pub struct WarningLine {
    pub label: String,
    pub due: String,
    pub delivered: Option<String>,
    pub attempts: i64,
}

#[derive(Template)]
#[template(path = "consultations/request.html")]
struct RequestPage {
    i: &'static Catalog,
    shell: Shell,
    r: ConsultationRequest,
    administration: String,
    channel: &'static str,
    received: String,
    deadline: String,
    contact: Option<String>,
    status: String,
    late: bool,
    warnings: Vec<WarningLine>,
    now_local: String,
    problems: Vec<String>,
}

async fn request_page(
    state: &AppState,
    p: &Principal,
    id: ConsultationRequestId,
    status: StatusCode,
    done: Option<&str>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let (r, warnings) = service::request(state, p, id).await?;
    let admins = all_admins(state).await?;
    let (state_text, late) = request_status(&r, chrono::Utc::now().naive_utc());
    let page = RequestPage {
        i: cat,
        shell: Shell::new(
            Some(p),
            cat.f(
                "consultations.request_title",
                &[("reference", &r.reference)],
            ),
            "/konsultationer",
        )
        .with_notice(notice(done)),
        administration: name_of(&admins, r.administration_id),
        channel: r.channel.label(),
        received: swedish(&r.received_at),
        deadline: swedish(&r.deadline_at),
        contact: r.contact_at.as_deref().map(swedish),
        status: state_text,
        late,
        warnings: warnings
            .iter()
            .map(|w| WarningLine {
                label: w.kind.label(),
                due: swedish(&w.due_at),
                delivered: w.delivered_at.as_deref().map(swedish),
                attempts: w.attempts,
            })
            .collect(),
        now_local: local_iso(&varn_house::db::now()).replace(' ', "T"),
        problems,
        r,
    };
    Ok(render_status(status, &page))
}

/// `GET /konsultationer/24h/{request}`
pub async fn request(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ConsultationRequestId>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    request_page(&state, &p, id, StatusCode::OK, q.klart.as_deref(), vec![]).await
}

/// `POST /konsultationer/24h/{request}/kontakt`: the first contact.
pub async fn contact(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ConsultationRequestId>,
    form: FormFields,
) -> Result<Response, PageError> {
    let input = ConsultationContactInput {
        contact_at: form.get("contact_at").into(),
    };
    let result =
        service::record_contact(&state, &p, id, &input, chrono::Utc::now().naive_utc()).await;
    after_post(
        result,
        &format!("/konsultationer/24h/{id}?klart=sparat"),
        |status, problems| request_page(&state, &p, id, status, None, problems),
    )
    .await
}

fn year_of(q: &YearQuery) -> i32 {
    q.ar.filter(|y| (2000..=2100).contains(y))
        .unwrap_or_else(|| chrono::Datelike::year(&chrono::Utc::now().naive_utc()))
}

#[derive(Template)]
#[template(path = "consultations/report.html")]
struct ReportPage {
    i: &'static Catalog,
    shell: Shell,
    year: i32,
    rows: Vec<ConsultationYearRow>,
}

fn file_response(
    result: varn_house::kernel::error::Result<(Vec<u8>, &'static str, String)>,
) -> Result<Response, PageError> {
    let (bytes, kind, name) = result?;
    Ok(varn_house::web::download(bytes, kind, &name))
}

/// `GET /konsultationer/24h/rapport.{csv,xlsx,docx,pdf}?ar=`: the 24-hour report as a file.
async fn report_file(
    state: &AppState,
    p: &Principal,
    q: &YearQuery,
    format: Format,
) -> Result<Response, PageError> {
    file_response(export::file(state, p, Figures::Report, year_of(q), format).await)
}

/// `GET /konsultationer/24h/rapport.csv?ar=`
pub async fn report_csv(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    report_file(&state, &p, &q, Format::Csv).await
}

/// `GET /konsultationer/24h/rapport.xlsx?ar=`
pub async fn report_xlsx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    report_file(&state, &p, &q, Format::Xlsx).await
}

/// `GET /konsultationer/24h/rapport.docx?ar=`
pub async fn report_docx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    report_file(&state, &p, &q, Format::Docx).await
}

/// `GET /konsultationer/24h/rapport.pdf?ar=`
pub async fn report_pdf(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    report_file(&state, &p, &q, Format::Pdf).await
}

/// `GET /konsultationer/stad.csv?ar=`: the city's figures, suppressed.
pub async fn city_csv(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    file_response(export::file(&state, &p, Figures::City, year_of(&q), Format::Csv).await)
}

/// `GET /konsultationer/stad.xlsx?ar=`: the city's figures, suppressed.
pub async fn city_xlsx(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    file_response(export::file(&state, &p, Figures::City, year_of(&q), Format::Xlsx).await)
}

/// `GET /konsultationer/24h/rapport?ar=`
pub async fn report(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let year = year_of(&q);
    let rows = report::year_report(
        &state.db,
        &p.scope(perm::REPORT),
        year,
        chrono::Utc::now().naive_utc(),
    )
    .await?;
    let page = ReportPage {
        i: cat,
        shell: Shell::new(
            Some(&p),
            cat.f("consultations.report_title", &[("year", &year.to_string())]),
            "/konsultationer",
        ),
        year,
        rows,
    };
    Ok(render_status(StatusCode::OK, &page))
}

#[derive(Template)]
#[template(path = "consultations/city.html")]
struct CityPage {
    i: &'static Catalog,
    shell: Shell,
    city: ConsultationCity,
}

/// `GET /konsultationer/stad?ar=`
pub async fn city(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(q): Query<YearQuery>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let year = year_of(&q);
    let city = report::city(&state.db, year).await?;
    let page = CityPage {
        i: cat,
        shell: Shell::new(
            Some(&p),
            cat.f("consultations.city_title", &[("year", &year.to_string())]),
            "/konsultationer",
        ),
        city,
    };
    Ok(render_status(StatusCode::OK, &page))
}
