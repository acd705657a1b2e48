//! The coordinator's inbox: forms of the administrations in scope, filtered; one form with
//! its free text (each opening audited); the assessment workflow, classification from the
//! taxonomy, links to IA cases and other forms, and notes that pass the PII guard.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use varn_house::web::{Path, Query};

use crate::domain::{ReportId, Status};
use crate::service;
use crate::store::{self, InboxFilter, InboxItem, ReportDetail};
use varn_house::audit::{self, Actor, Entry};
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::paging::Page;
use varn_house::kernel::text as guard;
use varn_house::kernel::text::Flag;
use varn_house::web::error::PageError;
use varn_house::web::paging::Pager;
use varn_house::web::AppState;
use varn_house::web::Choice;
use varn_house::web::{notice, render_status, see_other, FormFields, NoticeQuery, Shell};
use varn_taxonomy::{self as taxonomy, Vocabulary};

#[derive(Template)]
#[template(path = "reports/inbox.html")]
struct InboxPage {
    i: &'static Catalog,
    shell: Shell,
    items: Vec<InboxItem>,
    pager: Pager,
    /// Each status with how many forms it holds under the other filters, and the link
    /// that shows them: (label, count, link, chosen).
    counts: Vec<(String, i64, String, bool)>,
    statuses: Vec<Choice>,
    environments: Vec<Choice>,
    event_types: Vec<Choice>,
    administrations: Vec<Choice>,
    from: String,
    to: String,
    /// The search as typed.
    q: String,
    sorts: Vec<Choice>,
    export_fields: Vec<(String, String)>,
}

/// The filter's fields, carried into the export form.
fn export_fields(raw: &[(String, String)]) -> Vec<(String, String)> {
    raw.iter()
        .filter(|(k, v)| !v.is_empty() && k != "free_text" && k != "format")
        .cloned()
        .collect()
}

/// `GET /inkorg`
pub async fn index(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(raw): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let f = InboxFilter::from_pairs(&raw);
    let scope = p.scope(crate::perm::INBOX);
    let paging = Page::new(f.page, f.per_page, store::INBOX_PAGE);
    let (items, total) = store::inbox(&state.db, &scope, &f, paging).await?;
    let pager = Pager::new("/inkorg", &raw, paging, total, "inbox.forms_plural");
    let counts = store::status_counts(&state.db, &scope, &f)
        .await?
        .into_iter()
        .map(|(status, n)| {
            (
                status.label().to_string(),
                n,
                varn_house::web::paging::with_field("/inkorg", &raw, "status", status.as_str()),
                f.status.as_deref() == Some(status.as_str()),
            )
        })
        .collect();
    let term_choices = |terms: Vec<taxonomy::Term>, sel: Option<taxonomy::TermId>| {
        terms
            .into_iter()
            .map(|t| Choice {
                value: t.id.to_string(),
                selected: sel == Some(t.id),
                label: t.label,
            })
            .collect()
    };
    let page = InboxPage {
        i: cat,
        shell: Shell::new(Some(&p), cat.t("inbox.title"), "/inkorg"),
        items,
        pager,
        counts,
        statuses: Status::ALL
            .iter()
            .map(|s| Choice {
                value: s.as_str().into(),
                label: s.label().into(),
                selected: f.status.as_deref() == Some(s.as_str()),
            })
            .collect(),
        environments: term_choices(
            taxonomy::active(&state.db, Vocabulary::Environment).await?,
            f.environment,
        ),
        event_types: term_choices(
            taxonomy::active(&state.db, Vocabulary::EventType).await?,
            f.event_type,
        ),
        administrations: varn_org::list_administrations(&state.db, &scope)
            .await?
            .into_iter()
            .map(|a| Choice {
                value: a.id.to_string(),
                selected: f.administration == Some(a.id),
                label: a.name,
            })
            .collect(),
        from: f.from.clone().unwrap_or_default(),
        to: f.to.clone().unwrap_or_default(),
        q: f.q.clone().unwrap_or_default(),
        sorts: store::SORTS
            .iter()
            .map(|(code, key, _)| Choice {
                value: code.to_string(),
                label: cat.t(key).to_string(),
                selected: f.sort.as_deref() == Some(*code),
            })
            .collect(),
        export_fields: export_fields(&raw),
    };
    Ok(render_status(StatusCode::OK, &page))
}

/// Reads a whole form and writes the audit entry that says who read its free text.
pub async fn read_audited(state: &AppState, p: &Principal, id: ReportId) -> Result<ReportDetail> {
    let detail = store::get(&state.db, id).await?;
    audit::record_now(
        &state.db,
        &Actor::of(p),
        Entry::new(varn_house::audit::Action::Read, crate::Record::Report, id)
            .admin(Some(detail.item.administration_id)),
    )
    .await?;
    Ok(detail)
}

#[derive(Template)]
#[template(path = "reports/show.html")]
struct ShowPage {
    i: &'static Catalog,
    shell: Shell,
    r: ReportDetail,
    statuses: Vec<Choice>,
    environments: Vec<Choice>,
    phenomena: Vec<Choice>,
    event_types: Vec<Choice>,
    problems: Vec<String>,
    flags: Vec<Flag>,
    note: String,
    /// The note typed, cut at the guard's findings so the page can mark them.
    marked_note: Vec<guard::Segment>,
    /// Whether the reader may assess, link and note (a coordinator of the administration);
    /// the central coordinator reads only (DOMAIN.md §2).
    can_handle: bool,
}

impl ShowPage {
    fn sender_terms(&self, vocabulary: &str) -> String {
        let v = Vocabulary::parse(vocabulary);
        self.r
            .terms
            .iter()
            .filter(|t| Some(t.vocabulary) == v && t.source == "sender")
            .map(|t| t.label.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
    fn action_labels(&self) -> String {
        self.r
            .actions
            .iter()
            .map(|a| a.label())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// What a form page shows back after a post: problems, the guard's findings and the note typed.
#[derive(Debug, Default)]
struct Feedback {
    problems: Vec<String>,
    flags: Vec<Flag>,
    note: String,
}

async fn show_page(
    state: &AppState,
    p: &Principal,
    id: ReportId,
    status: StatusCode,
    done: Option<&str>,
    feedback: Feedback,
) -> Result<Response, PageError> {
    let Feedback {
        problems,
        flags,
        note,
    } = feedback;
    let cat = i18n::sv();
    let r = read_audited(state, p, id).await?;
    let assessed = |v: Vocabulary| {
        r.terms
            .iter()
            .filter(|t| t.vocabulary == v && t.source == "assessed")
            .map(|t| t.term_id)
            .collect::<Vec<_>>()
    };
    let choices = |terms: Vec<taxonomy::Term>, sel: Vec<taxonomy::TermId>| {
        terms
            .into_iter()
            .map(|t| Choice {
                value: t.id.to_string(),
                selected: sel.contains(&t.id),
                label: t.label,
            })
            .collect::<Vec<_>>()
    };
    let marked_note = guard::segments(&note, cat.t("inbox.field_note"), &flags);
    let page = ShowPage {
        marked_note,
        can_handle: p.has_any(crate::perm::HANDLE),
        i: cat,
        shell: Shell::new(
            Some(p),
            cat.f("inbox.form_title", &[("id", &id.to_string())]),
            "/inkorg",
        )
        .with_notice(notice(done)),
        statuses: Status::ALL
            .iter()
            .map(|s| Choice {
                value: s.as_str().into(),
                label: s.label().into(),
                selected: *s == r.item.status,
            })
            .collect(),
        environments: choices(
            taxonomy::active(&state.db, Vocabulary::Environment).await?,
            assessed(Vocabulary::Environment),
        ),
        phenomena: choices(
            taxonomy::active(&state.db, Vocabulary::Phenomenon).await?,
            assessed(Vocabulary::Phenomenon),
        ),
        event_types: choices(
            taxonomy::active(&state.db, Vocabulary::EventType).await?,
            assessed(Vocabulary::EventType),
        ),
        r,
        problems,
        flags,
        note,
    };
    Ok(render_status(status, &page))
}

/// `GET /inkorg/{report}`
pub async fn show(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ReportId>,
    Query(q): Query<NoticeQuery>,
) -> Result<Response, PageError> {
    show_page(
        &state,
        &p,
        id,
        StatusCode::OK,
        q.klart.as_deref(),
        Feedback::default(),
    )
    .await
}

async fn after(
    state: &AppState,
    p: &Principal,
    id: ReportId,
    result: Result<()>,
) -> Result<Response, PageError> {
    match result {
        Ok(()) => Ok(see_other(&format!("/inkorg/{id}?klart=sparat"))),
        Err(Error::Invalid(problems)) => {
            show_page(
                state,
                p,
                id,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                Feedback {
                    problems: problems.iter().map(|x| x.sentence()).collect(),
                    ..Feedback::default()
                },
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /inkorg/{report}/bedomning`
pub async fn assess_form(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ReportId>,
    fields: FormFields,
) -> Result<Response, PageError> {
    let terms = ["environments", "phenomena", "event_types"]
        .iter()
        .flat_map(|k| fields.all(k))
        .filter_map(|v| v.parse().ok())
        .collect();
    let result = service::assess(
        &state,
        &p,
        id,
        Some(fields.get("status")),
        Some(fields.get("forwarded_to")),
        Some(terms),
    )
    .await;
    after(&state, &p, id, result).await
}

/// `POST /inkorg/{report}/kopplingar`
pub async fn link_form(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ReportId>,
    fields: FormFields,
) -> Result<Response, PageError> {
    let result = service::link(&state, &p, id, fields.get("kind"), fields.get("reference")).await;
    after(&state, &p, id, result).await
}

/// `POST /inkorg/{report}/anteckningar`
pub async fn note_form(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<ReportId>,
    fields: FormFields,
) -> Result<Response, PageError> {
    match service::note(&state, &p, id, fields.get("note")).await {
        Ok(Ok(_)) => Ok(see_other(&format!(
            "/inkorg/{id}?klart=sparat#anteckningar"
        ))),
        Ok(Err(flags)) => {
            let message = i18n::sv().t("inbox.note_flagged").to_string();
            show_page(
                &state,
                &p,
                id,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                Feedback {
                    problems: vec![message],
                    flags,
                    note: fields.get("note").trim().to_string(),
                },
            )
            .await
        }
        Err(e) => after(&state, &p, id, Err(e)).await,
    }
}

/// What waits for a coordinator in the inbox: forms that are new, and forms under
/// assessment, within the administrations they handle.
pub async fn work(
    state: &AppState,
    p: &Principal,
) -> Result<Vec<varn_house::web::capability::WorkItem>> {
    if !p.has_any(crate::perm::HANDLE) {
        return Ok(vec![]);
    }
    let cat = i18n::sv();
    let scope = p.scope(crate::perm::HANDLE);
    let mut out = Vec::new();
    for (status, one, many) in [
        (Status::New, "inbox.work_new_one", "inbox.work_new_many"),
        (
            Status::UnderAssessment,
            "inbox.work_assessing_one",
            "inbox.work_assessing_many",
        ),
    ] {
        let filter = InboxFilter {
            status: Some(status.as_str().to_string()),
            ..InboxFilter::default()
        };
        let (_, total) =
            store::inbox(&state.db, &scope, &filter, Page::new(None, Some(1), 1)).await?;
        if total > 0 {
            out.push(varn_house::web::capability::WorkItem {
                text: cat.f(
                    if total == 1 { one } else { many },
                    &[("count", &total.to_string())],
                ),
                href: format!("/inkorg?status={}", status.as_str()),
            });
        }
    }
    Ok(out)
}
