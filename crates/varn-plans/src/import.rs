//! Activities from a sheet (XLSX or CSV), the way coordinators keep them today. Columns are
//! found by their Swedish headings: Område, Aktivitet, Ansvarig, Ansvarig person, Andra
//! aktörer, Tidplan, Uppföljning, Indikator, Enhet. Every bad row and field is named; one
//! problem and nothing is imported.

use sqlx::AnyConnection;

use crate::domain::{FollowUp, PlanId};
use crate::input::ActivityInput;
use crate::store::{require_draft, ActivityValues};
use crate::write::insert_activity;
use varn_house::audit::{self, Actor, Entry};
use varn_house::i18n;
use varn_house::import::table as tabular;
use varn_house::import::table::cell;
use varn_house::kernel::check::Checker;
use varn_house::kernel::error::{Error, Result};

/// Reads and checks every row of a sheet. Pure.
pub fn read(bytes: &[u8]) -> Result<Vec<ActivityValues>> {
    let cat = i18n::sv();
    let table = tabular::read(bytes, tabular::Limits::PLAN_ACTIVITIES)?;
    let text_col = table.column(&["aktivitet", "åtgärd", "activity", "text"]);
    if text_col.is_none() {
        return Err(Error::invalid(
            cat.t("plans.field.text"),
            cat.t("plans.validation.no_text_column"),
        ));
    }
    let area_col = table.column(&["område", "omrade", "area"]);
    let resp_col = table.column(&["ansvarig", "ansvarig chef", "ansvarig aktör", "responsible"]);
    let person_col = table.column(&["ansvarig person", "person"]);
    let others_col = table.column(&["andra aktörer", "other actors", "other_actors"]);
    let sched_col = table.column(&["tidplan", "påbörjas", "schedule"]);
    let fu_col = table.column(&["uppföljning", "follow up", "follow_up"]);
    let ind_col = table.column(&["indikator", "indicator"]);
    let unit_col = table.column(&["enhet", "indikatorns enhet", "unit"]);
    let mut problems = Vec::new();
    let mut out = Vec::new();
    for cells in &table.rows {
        let row = &cells.line;
        let mut follow_up = FollowUp::from_text(cell(cells, fu_col));
        let indicator = cell(cells, ind_col).trim();
        if !indicator.is_empty() {
            follow_up.indicator = indicator.to_string();
        }
        follow_up.unit = cell(cells, unit_col).trim().to_string();
        let area = cell(cells, area_col).trim();
        let input = ActivityInput {
            area: if area_col.is_none() {
                "other".into()
            } else {
                area.to_string()
            },
            text: cell(cells, text_col).into(),
            responsible: cell(cells, resp_col).into(),
            unit_id: None,
            person: cell(cells, person_col).into(),
            other_actors: cell(cells, others_col).into(),
            schedule: cell(cells, sched_col).into(),
            follow_up,
            carry: None,
        };
        let mut c = Checker::for_row(*row);
        let values = input.check_into(&mut c);
        problems.extend(c.problems);
        out.extend(values);
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    if out.is_empty() {
        return Err(Error::invalid(cat.t("import.file"), cat.t("import.empty")));
    }
    Ok(out)
}

/// Adds every activity of a sheet to a draft, in the sheet's order; returns how many.
pub async fn import(
    tx: &mut AnyConnection,
    actor: &Actor,
    plan: PlanId,
    rows: &[ActivityValues],
) -> Result<usize> {
    let admin = require_draft(tx, plan).await?;
    for v in rows {
        insert_activity(tx, plan, v, None, None, "").await?;
    }
    audit::record(
        tx,
        actor,
        Entry::new(varn_house::audit::Action::Import, crate::Record::Plan, plan)
            .admin(Some(admin))
            .summary(format!("{} aktiviteter", rows.len())),
    )
    .await?;
    Ok(rows.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(rows: &[[&str; 5]]) -> Vec<u8> {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                ws.write_string(r as u32, c as u16, *v).expect("write");
            }
        }
        wb.save_to_buffer().expect("xlsx")
    }

    #[test]
    fn reads_a_sheet_with_the_seeds_columns() {
        let bytes = sheet(&[
            ["Område", "Aktivitet", "Ansvarig", "Tidplan", "Uppföljning"],
            [
                "Samverkan",
                "Nyhetsbrev till nämnderna",
                "Enhetschef",
                "4 ggr/år",
                "VB",
            ],
            [
                "kompetens",
                "Webbutbildning",
                "Respektive enhetschef",
                "Löpande",
                "Antal medarbetare som gått utbildningen (VB)",
            ],
        ]);
        let rows = read(&bytes);
        // "kompetens" is not an area name: the row and the field are named.
        let Err(Error::Invalid(problems)) = rows else {
            panic!("{rows:?}")
        };
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].row, Some(3));
        assert_eq!(problems[0].field, "Område");

        let bytes = sheet(&[
            ["Område", "Aktivitet", "Ansvarig", "Tidplan", "Uppföljning"],
            [
                "Samverkan",
                "Nyhetsbrev till nämnderna",
                "Enhetschef",
                "4 ggr/år",
                "VB",
            ],
            [
                "Kompetenshöjande insatser",
                "Webbutbildning",
                "Respektive enhetschef",
                "Löpande",
                "Antal medarbetare som gått utbildningen (VB)",
            ],
        ]);
        let rows = read(&bytes).expect("rows");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].schedule, "4 ggr/år");
        assert_eq!(rows[1].follow_up.points, ["VB"]);
        assert_eq!(
            rows[1].follow_up.indicator,
            "Antal medarbetare som gått utbildningen"
        );
    }

    #[test]
    fn a_row_without_text_is_named() {
        let bytes = sheet(&[
            ["Område", "Aktivitet", "Ansvarig", "Tidplan", "Uppföljning"],
            ["Övrigt", "", "Enhetschef", "Löpande", "T5"],
        ]);
        let Err(Error::Invalid(problems)) = read(&bytes) else {
            panic!("should fail")
        };
        let fields: Vec<(Option<usize>, &str)> =
            problems.iter().map(|p| (p.row, p.field.as_str())).collect();
        assert_eq!(fields, [(Some(2), "Aktivitet")]);
    }
}
