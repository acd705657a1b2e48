//! The audit log page with filters, and its CSV export. Coordinators and readers see the
//! entries of their own administrations (readers without summaries); administrators and
//! the central coordinator see all.

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Extension;
use varn_house::web::Query;

use varn_house::audit::{self as store, AuditEntry, Filter, PAGE_SIZE};
use varn_house::auth::Principal;
use varn_house::i18n::{self, Catalog};
use varn_house::kernel::error::Error;
use varn_house::web::error::PageError;
use varn_house::web::AppState;
use varn_house::web::Choice;
use varn_house::web::{render, Shell};
use varn_org as org;

#[derive(Template)]
#[template(path = "audit/index.html")]
struct AuditPage {
    i: &'static Catalog,
    shell: Shell,
    entries: Vec<AuditEntry>,
    filter: Filter,
    actions: Vec<Choice>,
    record_types: Vec<Choice>,
    administrations: Vec<Choice>,
    page: u32,
    has_next: bool,
    query: String,
    next_query: String,
    prev_query: String,
    /// Whether the summaries show (not for a reader, DOMAIN.md §2: never free text).
    summaries: bool,
    names: varn_people::Names,
}

impl AuditPage {
    fn action_label(&self, action: &str) -> &'static str {
        varn_house::audit::action_label(action)
    }
    fn record_label(&self, record_type: &str) -> &'static str {
        varn_house::audit::record_label(record_type)
    }
    /// The actor's name, or their address when no account has one (a system actor).
    fn actor_name(&self, e: &AuditEntry) -> String {
        self.names.of(&e.actor)
    }
}

fn query_string(filter: &Filter, page: u32) -> String {
    let mut s = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in [
        ("from", &filter.from),
        ("to", &filter.to),
        ("actor", &filter.actor),
        ("action", &filter.action),
        ("record_type", &filter.record_type),
    ] {
        if let Some(v) = v.as_deref().filter(|v| !v.is_empty()) {
            s.append_pair(k, v);
        }
    }
    if let Some(a) = filter.administration_id {
        s.append_pair("administration_id", &a.to_string());
    }
    if page > 1 {
        s.append_pair("page", &page.to_string());
    }
    s.finish()
}

/// Reads the filter from the query, treating an empty administration as none.
fn filter_from(raw: &[(String, String)]) -> Filter {
    let get = |k: &str| {
        raw.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
            .filter(|v| !v.trim().is_empty())
    };
    Filter {
        from: get("from"),
        to: get("to"),
        actor: get("actor"),
        action: get("action"),
        record_type: get("record_type"),
        administration_id: get("administration_id").and_then(|v| v.parse().ok()),
        page: get("page").and_then(|v| v.parse().ok()),
    }
}

/// `GET /logg`
pub async fn index(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(raw): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let cat = i18n::sv();
    let filter = filter_from(&raw);
    let scope = p.scope(crate::perm::READ);
    let page = varn_house::kernel::paging::Page::new(filter.page, None, PAGE_SIZE as u32).number();
    let mut entries = store::list(&state.db, &scope, &filter, Some(PAGE_SIZE + 1)).await?;
    // One more than a page tells whether there is a next page.
    let has_next = entries.len() as i64 > PAGE_SIZE;
    entries.truncate(PAGE_SIZE as usize);
    let summaries = crate::hide_free_text(&p, &mut entries);
    let names = crate::names(&state.db, &entries).await?;
    let choice = |value: &str, label: &str, current: &Option<String>| Choice {
        value: value.to_string(),
        label: label.to_string(),
        selected: current.as_deref() == Some(value),
    };
    let administrations = org::list_administrations(&state.db, &scope)
        .await?
        .into_iter()
        .map(|a| Choice {
            value: a.id.to_string(),
            selected: filter.administration_id == Some(a.id.get()),
            label: a.name,
        })
        .collect();
    let page_view = AuditPage {
        i: cat,
        shell: Shell::new(Some(&p), cat.t("audit.title"), "/logg"),
        entries,
        actions: varn_house::audit::Action::ALL
            .iter()
            .map(|a| {
                choice(
                    a.code(),
                    varn_house::audit::action_label(a.code()),
                    &filter.action,
                )
            })
            .collect(),
        record_types: state
            .capabilities
            .iter()
            .flat_map(|c| (c.records)())
            .map(|t| choice(t, varn_house::audit::record_label(t), &filter.record_type))
            .collect(),
        administrations,
        page,
        has_next,
        query: query_string(&filter, 1),
        next_query: query_string(&filter, page + 1),
        prev_query: query_string(&filter, page - 1),
        summaries,
        names,
        filter,
    };
    Ok(render(&page_view))
}

/// `GET /logg.csv`: the filtered entries, all pages.
pub async fn csv(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(raw): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let filter = filter_from(&raw);
    let mut entries = store::list(&state.db, &p.scope(crate::perm::READ), &filter, None).await?;
    crate::hide_free_text(&p, &mut entries);
    let names = crate::names(&state.db, &entries).await?;
    let bytes = store::to_csv(&entries, |a| names.of(a)).map_err(Error::Internal)?;
    Ok(csv_response(bytes))
}

pub fn csv_response(bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"granskningslogg.csv\"",
            ),
        ],
        bytes,
    )
        .into_response()
}
