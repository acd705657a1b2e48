//! The follow-up table of a plan as CSV and XLSX: one row per activity and follow-up
//! point, with the latest report. Pure: built from a stored plan.

use crate::store::Plan;
use crate::view::{follow_up_rows, FollowUpRow};
use varn_house::i18n;

fn headers() -> Vec<&'static str> {
    let cat = i18n::sv();
    vec![
        cat.t("plans.col_area"),
        cat.t("plans.col_activity"),
        cat.t("plans.col_responsible"),
        cat.t("plans.col_schedule"),
        cat.t("plans.col_point"),
        cat.t("plans.col_deadline"),
        cat.t("plans.col_status"),
        cat.t("plans.col_comment"),
        cat.t("plans.indicator_label"),
        cat.t("plans.col_value"),
        cat.t("plans.col_by"),
    ]
}

fn cells(r: &FollowUpRow) -> Vec<String> {
    vec![
        r.activity.area.label().to_string(),
        r.activity.text.clone(),
        r.activity.responsible.clone(),
        r.activity.schedule.clone(),
        r.point.clone(),
        r.deadline.clone(),
        r.status.clone(),
        r.comment.clone(),
        r.indicator.clone(),
        r.value.clone(),
        r.reported.clone(),
    ]
}

fn rows(plan: &Plan) -> Vec<FollowUpRow> {
    follow_up_rows(plan, None, chrono::Utc::now().date_naive())
}

/// The follow-up table as CSV (UTF-8 with BOM, so that Excel reads å, ä and ö).
pub fn csv(plan: &Plan) -> anyhow::Result<Vec<u8>> {
    let mut w = varn_house::export::Csv::new();
    w.row(headers())?;
    for r in rows(plan) {
        w.row(cells(&r))?;
    }
    w.finish()
}

/// The follow-up table as an XLSX workbook with one sheet.
pub fn xlsx(plan: &Plan) -> anyhow::Result<Vec<u8>> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let ws = wb.add_worksheet();
    ws.set_name(i18n::sv().t("plans.followup"))?;
    for (c, h) in headers().iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &bold)?;
    }
    for (r, row) in rows(plan).iter().enumerate() {
        for (c, v) in cells(row).iter().enumerate() {
            ws.write_string(r as u32 + 1, c as u16, v)?;
        }
    }
    ws.autofit();
    Ok(wb.save_to_buffer()?)
}
