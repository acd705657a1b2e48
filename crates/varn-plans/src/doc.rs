//! The plan as a document, independent of the file format: the cover, the table of
//! contents, the sections (their Markdown turned into headings, paragraphs, lists and
//! tables) and the activity tables per area with the columns Aktivitet, Ansvarig, Tidplan,
//! Uppföljning, as [`varn_docs::Block`]s that the crate's Word and PDF writers draw.
//! Pure: no I/O. What a plan says lives here; how a document looks lives in `varn-docs`.

use varn_docs::{markdown, Block, Span};

use crate::store::Plan;
use crate::view;
use varn_house::i18n;

pub use varn_house::web::document::labels;

/// The plan as a Word file.
pub fn docx(plan: &Plan) -> anyhow::Result<Vec<u8>> {
    docx_with(plan, vec![])
}

/// The plan as a PDF file.
pub fn pdf(plan: &Plan) -> Vec<u8> {
    pdf_with(plan, vec![])
}

/// The plan as a Word file, with its appendices (the local situational picture …) last.
pub fn docx_with(plan: &Plan, appendix: Vec<Block>) -> anyhow::Result<Vec<u8>> {
    let blocks = blocks_with(plan, appendix);
    varn_docs::docx::render(&plan.title, &plan.administration, &blocks, &labels())
}

/// The plan as a PDF file, with its appendices last.
pub fn pdf_with(plan: &Plan, appendix: Vec<Block>) -> Vec<u8> {
    let blocks = blocks_with(plan, appendix);
    varn_docs::pdf::render(&plan.title, &plan.administration, &blocks, &labels())
}

/// The whole plan as blocks.
pub fn blocks(plan: &Plan) -> Vec<Block> {
    blocks_with(plan, vec![])
}

/// The whole plan as blocks, `appendix` after its own sections (each appendix begins with
/// a first-level heading, so the contents name it).
pub fn blocks_with(plan: &Plan, appendix: Vec<Block>) -> Vec<Block> {
    let cat = i18n::sv();
    let mut out = vec![
        Block::CoverLine(plan.administration.clone()),
        Block::Title(plan.title.clone()),
        Block::CoverLine(format!("{} {}", cat.t("plans.cover_period"), plan.period())),
    ];
    if !plan.dnr.is_empty() {
        out.push(Block::CoverLine(format!(
            "{} {}",
            cat.t("plans.cover_dnr"),
            plan.dnr
        )));
    }
    out.push(Block::CoverLine(plan.status.label().to_string()));
    // Both decisions, with their dates and references, as the published plan names them.
    if let Some(on) = &plan.decided_on {
        out.push(Block::CoverLine(cat.f(
            "plans.cover_decided",
            &[
                ("date", on),
                ("reference", plan.decision_ref.as_deref().unwrap_or("")),
            ],
        )));
    }
    if let Some(on) = &plan.approved_on {
        out.push(Block::CoverLine(cat.f(
            "plans.cover_approved",
            &[
                ("date", on),
                ("reference", plan.approval_ref.as_deref().unwrap_or("")),
            ],
        )));
    }
    out.push(Block::PageBreak);
    let mut body = Vec::new();
    for s in &plan.sections {
        body.push(Block::Heading(1, s.title.clone()));
        body.extend(markdown(&s.body));
        if s.key == ACTIVITY_SECTION {
            body.extend(activity_tables(plan));
        }
    }
    // A template without the activity section still gets every activity into the document.
    if !plan.sections.iter().any(|s| s.key == ACTIVITY_SECTION) {
        body.push(Block::Heading(1, cat.t("plans.activities").to_string()));
        body.extend(activity_tables(plan));
    }
    let carried = view::carried(plan);
    if !carried.is_empty() {
        body.push(Block::Heading(
            1,
            cat.t("plans.status_of_previous").to_string(),
        ));
        body.push(Block::Table {
            header: vec![
                cat.t("plans.col_activity").to_string(),
                cat.t("plans.col_previous").to_string(),
                cat.t("plans.col_carry").to_string(),
            ],
            rows: carried
                .iter()
                .map(|r| {
                    vec![
                        r.text.clone(),
                        r.previous.clone(),
                        r.carry_label().to_string(),
                    ]
                })
                .collect(),
        });
    }
    if !appendix.is_empty() {
        body.push(Block::PageBreak);
        body.extend(appendix);
    }
    let toc = body
        .iter()
        .filter_map(|b| match b {
            Block::Heading(level, text) if *level <= 2 => Some((*level, text.clone())),
            _ => None,
        })
        .collect();
    out.push(Block::Heading(1, cat.t("document.contents").to_string()));
    out.push(Block::Toc(toc));
    out.push(Block::PageBreak);
    out.extend(body);
    out
}

/// The key of the template section under which the activity tables go.
const ACTIVITY_SECTION: &str = "aktiviteter";

/// One table per activity area, with the columns Aktivitet, Ansvarig, Tidplan, Uppföljning.
fn activity_tables(plan: &Plan) -> Vec<Block> {
    let cat = i18n::sv();
    let mut body = Vec::new();
    for area in view::areas(plan) {
        body.push(Block::Heading(2, area.title.to_string()));
        if area.rows.is_empty() {
            body.push(Block::Para(vec![Span::plain(cat.t("plans.no_activities"))]));
            continue;
        }
        body.push(Block::Table {
            header: vec![
                cat.t("plans.col_activity").to_string(),
                cat.t("plans.col_responsible").to_string(),
                cat.t("plans.col_schedule").to_string(),
                cat.t("plans.col_follow_up").to_string(),
            ],
            rows: area
                .rows
                .iter()
                .map(|r| {
                    let text = if r.other_actors.is_empty() {
                        r.text.clone()
                    } else {
                        format!(
                            "{} ({}: {})",
                            r.text,
                            cat.t("plans.other_actors_label"),
                            r.other_actors
                        )
                    };
                    vec![
                        text,
                        r.responsible.clone(),
                        r.schedule.clone(),
                        r.follow_up.clone(),
                    ]
                })
                .collect(),
        });
    }
    body
}

/// Reports of at most this many activities are short: a compact header on the first page
/// instead of a cover and a page of contents.
pub const SHORT_REPORT: usize = 20;

/// The follow-up report of a plan at one point, dated today (Stockholm).
pub fn follow_up_blocks(plan: &Plan, point: &crate::domain::Point) -> Vec<Block> {
    let today = varn_house::kernel::time::stockholm(chrono::Utc::now().naive_utc()).date();
    follow_up_blocks_on(plan, point, today)
}

/// The follow-up report of a plan at one point as of `today`: the administration, the
/// title, the plan and its period, the report date and a summary (how many activities
/// have reported, each status counted), then per area a table of the activities followed
/// up there with their latest status. A short report (at most [`SHORT_REPORT`] activities)
/// starts on its first page; a longer one gets a cover and a page of contents.
pub fn follow_up_blocks_on(
    plan: &Plan,
    point: &crate::domain::Point,
    today: chrono::NaiveDate,
) -> Vec<Block> {
    let cat = i18n::sv();
    let rows = view::follow_up_rows(plan, Some(point), today);
    let title = cat.f("plans.report_title", &[("point", &point.code())]);
    let period = format!("{} {}", cat.t("plans.cover_period"), plan.period());
    let date = cat.f(
        "plans.report_date",
        &[("date", &today.format("%Y-%m-%d").to_string())],
    );
    let summary = summary(&rows, &point.code());
    let short = rows.len() <= SHORT_REPORT;
    let mut body = Vec::new();
    if !short {
        body.push(Block::Heading(1, cat.t("plans.report_summary").to_string()));
        body.push(Block::Para(vec![Span::plain(&summary)]));
    }
    let area_level = if short { 2 } else { 1 };
    for area in crate::domain::Area::ALL {
        let in_area: Vec<_> = rows.iter().filter(|r| r.activity.area == area).collect();
        if in_area.is_empty() {
            continue;
        }
        body.push(Block::Heading(area_level, area.label().to_string()));
        body.push(Block::Table {
            header: vec![
                cat.t("plans.col_activity").to_string(),
                cat.t("plans.col_responsible").to_string(),
                cat.t("plans.col_status").to_string(),
                cat.t("plans.col_comment").to_string(),
                cat.t("plans.col_value").to_string(),
            ],
            rows: in_area
                .iter()
                .map(|r| {
                    // An activity reported per unit lists each unit's answer.
                    let mut comment = r.comment.clone();
                    for a in &r.unit_answers {
                        if !comment.is_empty() {
                            comment.push_str("; ");
                        }
                        comment.push_str(&format!("{}: {}", a.unit, a.status));
                        if !a.comment.is_empty() {
                            comment.push_str(&format!(" – {}", a.comment));
                        }
                    }
                    vec![
                        r.activity.text.clone(),
                        r.activity.responsible.clone(),
                        r.status.clone(),
                        comment,
                        r.value.clone(),
                    ]
                })
                .collect(),
        });
    }
    if short {
        let mut out = vec![
            Block::Para(vec![Span::plain(&plan.administration)]),
            Block::Heading(1, title),
            Block::Para(vec![Span::plain(format!("{} · {period}", plan.title))]),
            Block::Para(vec![Span::plain(&date)]),
            Block::Para(vec![Span::plain(&summary)]),
        ];
        if rows.is_empty() {
            out.push(Block::Para(vec![Span::plain(cat.t("plans.report_empty"))]));
        }
        out.extend(body);
        return out;
    }
    let toc = body
        .iter()
        .filter_map(|b| match b {
            Block::Heading(level, text) => Some((*level, text.clone())),
            _ => None,
        })
        .collect();
    let mut out = vec![
        Block::CoverLine(plan.administration.clone()),
        Block::Title(title),
        Block::CoverLine(plan.title.clone()),
        Block::CoverLine(period),
        Block::CoverLine(date),
        Block::PageBreak,
        Block::Heading(1, cat.t("document.contents").to_string()),
        Block::Toc(toc),
        Block::PageBreak,
    ];
    out.extend(body);
    out
}

/// "4 av 6 aktiviteter är rapporterade vid T1. Genomförd 2, Pågår 2. Inte rapporterade: 2."
pub fn summary(rows: &[view::FollowUpRow], point: &str) -> String {
    let cat = i18n::sv();
    let reported: Vec<_> = rows.iter().filter(|r| !r.status_code.is_empty()).collect();
    let mut out = cat.f(
        "plans.followup_summary",
        &[
            ("reported", &reported.len().to_string()),
            ("total", &rows.len().to_string()),
            ("point", point),
        ],
    );
    let counts: Vec<String> = crate::domain::Status::ALL
        .iter()
        .filter_map(|s| {
            let n = reported
                .iter()
                .filter(|r| r.status_code == s.as_str())
                .count();
            (n > 0).then(|| format!("{} {n}", s.label()))
        })
        .collect();
    if !counts.is_empty() {
        out.push(' ');
        out.push_str(&cat.f("plans.report_statuses", &[("counts", &counts.join(", "))]));
    }
    let missing = rows.len() - reported.len();
    if missing > 0 {
        out.push(' ');
        out.push_str(&cat.f("plans.report_missing", &[("count", &missing.to_string())]));
    }
    out
}

/// A sample plan for the document benchmark (`cargo bench -p varn --bench documents`) and tests.
#[doc(hidden)]
pub mod sample {
    use super::*;
    use crate::domain::{ActivityId, Area, Carry, FollowUp, PlanId, PlanStatus};
    use crate::schedule::ScheduleText;
    use crate::store::{Activity, Section};
    use varn_house::kernel::ids::AdministrationId;

    /// A plan of `n` activities, for the document benchmark.
    pub fn big_plan(n: usize) -> Plan {
        let schedules = ["2024-01-01 2024-12-31", "Löpande", "4 ggr/år", "Våren 2024"];
        Plan {
            id: PlanId::new(1),
            administration_id: AdministrationId::new(1),
            administration: "Provförvaltningen".into(),
            administration_code: "PRV".into(),
            template_version: 1,
            title: "Provplan".into(),
            dnr: "PRV 2024/1".into(),
            city_goal: String::new(),
            period_start: "2024-01-01".into(),
            period_end: "2024-12-31".into(),
            next_revision: "2024-12-31".into(),
            status: PlanStatus::Approved,
            decided_on: None,
            decision_ref: None,
            approved_on: None,
            approval_ref: None,
            previous_id: None,
            next_id: None,
            sections: vec![Section {
                key: "aktiviteter".into(),
                title: "Aktiviteter".into(),
                guidance: String::new(),
                body: "Text **med** lista:\n\n- ett\n- två\n".into(),
            }],
            activities: (0..n)
                .map(|i| Activity {
                    id: ActivityId::new(i as i64),
                    plan_id: PlanId::new(1),
                    position: i as i64,
                    area: Area::ALL[i % 6],
                    text: format!("Aktivitet nummer {i} som beskrivs med några fler ord så att raden bryts i tabellen."),
                    responsible: "Enhetschef för en enhet med långt namn".into(),
                    unit_id: None,
                    person: String::new(),
                    other_actors: String::new(),
                    schedule: ScheduleText::new(schedules[i % 4]),
                    follow_up: FollowUp::from_text("T1, T2, VB"),
                    carry: Carry::New,
                    carried_from: None,
                    previous_status: None,
                    previous_comment: String::new(),
                    reports: vec![],
                })
                .collect(),
            events: vec![],
        }
    }
}
