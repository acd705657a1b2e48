//! Export of assessed forms as CSV or XLSX. Free text (description, area, notes) is
//! included only when asked for, and every export is audited with that choice.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Extension;
use varn_house::web::Query;

use crate::store::{self, InboxFilter, ReportDetail};
use varn_house::audit::{self, Actor, Entry};
use varn_house::auth::Principal;
use varn_house::i18n;
use varn_house::kernel::error::{Error, Result};
use varn_house::web::error::{ApiError, PageError};
use varn_house::web::AppState;

/// The columns, in order; the last three only with free text.
fn headers(free_text: bool) -> Vec<&'static str> {
    let cat = i18n::sv();
    let mut h: Vec<&'static str> = [
        "export.id",
        "export.administration",
        "export.unit",
        "export.occurred_from",
        "export.occurred_to",
        "export.submitted_at",
        "export.status",
        "export.assessed_at",
        "export.environments",
        "export.phenomena",
        "export.event_types",
        "export.place_type",
        "export.concerns",
        "export.age_band",
        "export.actions",
        "export.forwarded_to",
        "export.links",
    ]
    .iter()
    .map(|k| cat.t(k))
    .collect();
    if free_text {
        h.extend([
            cat.t("export.area"),
            cat.t("export.description"),
            cat.t("export.notes"),
        ]);
    }
    h
}

fn row(r: &ReportDetail, free_text: bool) -> Vec<String> {
    use varn_taxonomy::Vocabulary::*;
    let terms = |v| {
        let assessed: Vec<&str> = r
            .terms
            .iter()
            .filter(|t| t.vocabulary == v && t.source == "assessed")
            .map(|t| t.label.as_str())
            .collect();
        assessed.join("; ")
    };
    let mut out = vec![
        r.item.id.to_string(),
        r.item.administration.clone(),
        r.item.unit.clone().unwrap_or_default(),
        r.item.occurred_from.clone(),
        r.item.occurred_to.clone().unwrap_or_default(),
        varn_house::kernel::time::local_iso(&r.item.submitted_at),
        r.item.status_label.clone(),
        r.assessed_at
            .as_deref()
            .map(varn_house::kernel::time::local_iso)
            .unwrap_or_default(),
        terms(Environment),
        terms(Phenomenon),
        terms(EventType),
        r.place_type.clone().unwrap_or_default(),
        r.item.concerns.label().to_string(),
        r.age_band
            .map(|a| a.label().to_string())
            .unwrap_or_default(),
        r.actions
            .iter()
            .map(|a| a.label())
            .collect::<Vec<_>>()
            .join("; "),
        r.forwarded_to.clone(),
        r.links
            .iter()
            // An IA number reads as itself ("IA-2026-1234"); a linked form by its number.
            .map(|l| match l.kind.as_str() {
                "report" => format!("{} #{}", i18n::sv().t("inbox.link_report"), l.reference),
                _ => l.reference.clone(),
            })
            .collect::<Vec<_>>()
            .join("; "),
    ];
    if free_text {
        out.push(r.area.clone());
        out.push(r.description.clone());
        out.push(
            r.notes
                .iter()
                .map(|n| n.body.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
    out
}

/// The most forms one export holds.
pub const MAX_EXPORT: u32 = varn_house::kernel::paging::MAX_SIZE;

/// The assessed forms in scope that match the filter, each read whole.
pub async fn assessed(
    state: &AppState,
    p: &Principal,
    filter: &InboxFilter,
) -> Result<Vec<ReportDetail>> {
    // The export takes the filter's forms up to a bound, newest first.
    let all =
        varn_house::kernel::paging::Page::new(Some(1), Some(u64::from(MAX_EXPORT)), MAX_EXPORT);
    let (items, _) = store::inbox(&state.db, &p.scope(crate::perm::INBOX), filter, all).await?;
    let mut out = Vec::new();
    for item in items.into_iter().filter(|i| i.status.is_assessed()) {
        out.push(store::get(&state.db, item.id).await?);
    }
    Ok(out)
}

pub fn to_csv(reports: &[ReportDetail], free_text: bool) -> anyhow::Result<Vec<u8>> {
    let mut w = varn_house::export::Csv::with_delimiter(b';');
    w.row(headers(free_text))?;
    for r in reports {
        w.row(row(r, free_text))?;
    }
    w.finish()
}

pub fn to_xlsx(reports: &[ReportDetail], free_text: bool) -> anyhow::Result<Vec<u8>> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(i18n::sv().t("export.sheet"))?;
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (c, h) in headers(free_text).iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &bold)?;
    }
    for (r, report) in reports.iter().enumerate() {
        for (c, value) in row(report, free_text).iter().enumerate() {
            ws.write_string(r as u32 + 1, c as u16, value)?;
        }
    }
    ws.autofit();
    Ok(wb.save_to_buffer()?)
}

/// Reads `format` (csv or xlsx) and `free_text` from the query; the rest is the filter.
pub fn options(raw: &[(String, String)]) -> (bool, bool, InboxFilter) {
    let get = |k: &str| {
        raw.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let xlsx = get("format").as_deref() == Some("xlsx");
    let free_text = matches!(get("free_text").as_deref(), Some("1" | "true" | "on"));
    let filter = InboxFilter::from_pairs(raw);
    (xlsx, free_text, filter)
}

/// Builds the file and audits the export.
pub async fn file(state: &AppState, p: &Principal, raw: &[(String, String)]) -> Result<Response> {
    let (xlsx, free_text, filter) = options(raw);
    let reports = assessed(state, p, &filter).await?;
    let summary = i18n::sv().f(
        if free_text {
            "export.summary_free_text"
        } else {
            "export.summary"
        },
        &[
            ("n", &reports.len().to_string()),
            ("format", if xlsx { "Excel" } else { "CSV" }),
        ],
    );
    audit::record_now(
        &state.db,
        &Actor::of(p),
        Entry::new(varn_house::audit::Action::Export, crate::Record::Report, "").summary(summary),
    )
    .await?;
    let (bytes, mime, name) = if xlsx {
        (
            to_xlsx(&reports, free_text).map_err(Error::Internal)?,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "blanketter.xlsx",
        )
    } else {
        (
            to_csv(&reports, free_text).map_err(Error::Internal)?,
            "text/csv; charset=utf-8",
            "blanketter.csv",
        )
    };
    Ok((
        [
            (header::CONTENT_TYPE, mime.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

/// `GET /inkorg/export`
pub async fn page(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(raw): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    Ok(file(&state, &p, &raw).await?)
}

/// `GET /api/v1/reports/export`
#[utoipa::path(get, path = "/api/v1/reports/export", tag = "reports",
    params(("format" = Option<String>, Query, description = "csv (default) or xlsx"), ("free_text" = Option<bool>, Query, description = "include area, description and notes"), InboxFilter),
    responses((status = 200, description = "Assessed forms as CSV or XLSX")))]
pub async fn api(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(raw): Query<Vec<(String, String)>>,
) -> Result<Response, ApiError> {
    Ok(file(&state, &p, &raw).await?)
}
