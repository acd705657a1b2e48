//! Demo plans: a previous and a current plan for Södermalm (calendar years) and Älvsjö
//! (May to April), with follow-up history, written in our own words. Loaded through the
//! same functions as the interface; idempotent: an administration that already has its
//! first demo plan is left alone.

use std::collections::BTreeMap;

use anyhow::Context;
use sqlx::AnyConnection;

use crate::domain::{ActivityId, Carry, FollowUp, Period, PlanId, Status};
use crate::lifecycle::{self, ReportValues};
use crate::store::{ActivityValues, PlanValues};
use crate::write;
use varn_house::audit::Actor;
use varn_house::kernel::ids::{AdministrationId, UnitId};

struct DemoPlan {
    admin: &'static str,
    coordinator: &'static str,
    manager: &'static str,
    title: &'static str,
    dnr: &'static str,
    periods: [(&'static str, &'static str); 2],
    sections: &'static [(&'static str, &'static str)],
    /// area, text, responsible, other actors, schedule, follow-up as written
    activities: &'static [(
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    )],
    /// Reports in the previous period: (activity index, point, status, comment, value, date)
    history: &'static [(
        usize,
        &'static str,
        Status,
        &'static str,
        &'static str,
        &'static str,
    )],
    /// Reports in the current period.
    current: &'static [(
        usize,
        &'static str,
        Status,
        &'static str,
        &'static str,
        &'static str,
    )],
    /// A new activity added when revising.
    added: (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    ),
    /// The index of an activity ended at the revision.
    ended: usize,
    /// Activities run by a unit: (activity index, unit code).
    units: &'static [(usize, &'static str)],
    current_approved: bool,
}

const SOD: DemoPlan = DemoPlan {
    admin: "SOD",
    coordinator: "samordnare.sodermalm@demo.example",
    manager: "chef.sodermalm@demo.example",
    title: "Södermalms handlingsplan mot våldsbejakande extremism",
    dnr: "SOD 2025/88",
    periods: [("2025-01-01", "2025-12-31"), ("2026-01-01", "2026-12-31")],
    sections: &[
        ("inledning", "Stadsdelsnämnden ansvarar för att arbetet mot våldsbejakande extremism finns med i det ordinarie arbetet. Samordnaren finns på avdelningen för social omsorg och håller ihop arbetet med skolor, fältgrupp och polis.\n\n- Samordnare: en tjänst på halvtid\n- Styrgrupp: avdelningscheferna"),
        ("lagesbild", "## Vad vi ser\n\nLägesbilden bygger på enkäten till cheferna, blanketterna som kommit in och samtal med lokalpolisen. Antalet blanketter är litet men har ökat något, och flera handlar om propaganda i skolmiljö."),
        ("analys", "Behovet av kunskap är störst hos nya medarbetare och i verksamheter som möter unga på kvällstid. Samverkan med polisen fungerar men behöver bli mer regelbunden.\n\n| Område | Prioritet |\n|---|---|\n| Kompetens | Hög |\n| Samverkan | Medel |"),
        ("aktiviteter", "Aktiviteterna nedan följer den gemensamma strukturen och följs upp vid T1, T2 och i verksamhetsberättelsen."),
        ("uppfoljning", "Planen följs upp i tertialrapporterna och revideras inför nästa år. Se också [stadens riktlinjer](https://start.stockholm/)."),
    ],
    activities: &[
        ("preventive", "Fältgruppen är ute på platser där unga samlas under kvällar och helger.", "Enhetschef Fältgruppen", "Polisen, fritidsgårdarna", "Löpande", "T1, T2, VB"),
        ("competence", "Alla nya medarbetare går stadens webbutbildning om våldsbejakande extremism.", "Respektive enhetschef", "", "2025-01-01 2025-12-31", "Antal medarbetare som har gått utbildningen när året är slut (VB)."),
        ("collaboration", "Samordnaren träffar lokalpolisen för att stämma av läget.", "Samordnaren", "Lokalpolisen", "4 ggr/år", "T1, T2, VB"),
        ("grants_premises", "Föreningar som hyr lokaler av förvaltningen får information om stadens villkor.", "Enhetschef Kultur och fritid", "", "Under hösten 2025", "VB"),
        ("preventing", "Socialtjänsten tar kontakt med stadens stöd för avhoppare när någon vill lämna en miljö.", "Enhetschef Barn och unga", "Avhopparverksamheten", "Löpande vid behov", "VB"),
        ("other", "Blanketten för avidentifierad information sprids till alla enheter.", "Samordnaren", "", "Våren 2025", "T1"),
    ],
    history: &[
        (0, "T1", Status::Ongoing, "Fältgruppen har varit ute tre kvällar i veckan.", "", "2025-04-25"),
        (2, "T1", Status::Ongoing, "Ett möte hållet, nästa i juni.", "1", "2025-04-28"),
        (5, "T1", Status::Done, "Blanketten finns nu på intranätet och har visats på APT.", "", "2025-04-29"),
        (0, "T2", Status::Ongoing, "Som planerat.", "", "2025-08-27"),
        (2, "T2", Status::Ongoing, "Två möten hållna.", "2", "2025-08-29"),
        (0, "VB", Status::Done, "Arbetet fortsätter nästa år.", "", "2026-01-20"),
        (1, "VB", Status::PartlyDone, "Drygt hälften av de nya har gått utbildningen.", "34", "2026-01-22"),
        (2, "VB", Status::Done, "Fyra möten under året.", "4", "2026-01-22"),
        (3, "VB", Status::Moved, "Informationen skjuts till våren.", "", "2026-01-23"),
        (4, "VB", Status::NotStarted, "Inget ärende under året.", "", "2026-01-23"),
    ],
    current: &[
        (0, "T1", Status::Ongoing, "Fler kvällspass i april.", "", "2026-04-27"),
        (2, "T1", Status::Ongoing, "Ett möte hållet.", "1", "2026-04-28"),
        (0, "T2", Status::Ongoing, "Som planerat.", "", "2026-08-26"),
    ],
    added: ("competence", "Chefer i ekonomiskt bistånd deltar i en workshop om radikalisering.", "Enhetschef Ekonomiskt bistånd", "Jobbtorg", "Våren 2026", "VB"),
    ended: 5,
    units: &[(0, "SOD-SOC-01")],
    current_approved: true,
};

const ALV: DemoPlan = DemoPlan {
    admin: "ALV",
    coordinator: "samordnare.alvsjo@demo.example",
    manager: "samordnare.alvsjo@demo.example",
    title: "Älvsjös plan mot våldsbejakande extremism",
    dnr: "ALV 2025/41",
    periods: [("2025-05-01", "2026-04-30"), ("2026-05-01", "2027-04-30")],
    sections: &[
        ("inledning", "Planen gäller från maj till april så att den följer skolåret och föreningarnas säsong."),
        ("lagesbild", "Få händelser har rapporterats. Skolorna efterfrågar stöd i hur de ska tala med elever om propaganda på nätet."),
        ("analys", "Vi prioriterar stöd till skolorna och en tydligare väg för blanketterna."),
        ("aktiviteter", "Aktiviteterna är få och konkreta."),
        ("uppfoljning", "Uppföljning sker vid T1, T2 och i verksamhetsberättelsen."),
    ],
    activities: &[
        ("preventive", "Skolornas kuratorer får en halvdag om samtal med elever om extremism på nätet.", "Samordnaren", "Skolorna", "Under hösten 2025", "T2, VB"),
        ("collaboration", "Trygghetsrådet har läget som stående punkt.", "Samordnaren", "Polisen, bostadsbolagen", "5ggr/år", "T2 samt verksamhetsberättelse"),
        ("competence", "Cheferna går igenom rutinen vid oro på en ledningsdag.", "Avdelningschefer", "", "Klar 20251130", "VB"),
    ],
    history: &[
        (0, "T2", Status::Done, "Halvdagen hölls i oktober med tolv deltagare.", "12", "2025-08-30"),
        (1, "T2", Status::Ongoing, "Två möten hittills.", "2", "2025-08-30"),
        (1, "VB", Status::Done, "Fem möten hölls.", "5", "2026-01-25"),
        (2, "VB", Status::Done, "Genomfört på ledningsdagen i november.", "", "2026-01-25"),
    ],
    current: &[],
    added: ("other", "En kort film om blanketten tas fram för medarbetarna.", "Samordnaren", "Kommunikationsavdelningen", "2026-09-01 2026-12-15", "VB"),
    ended: 2,
    units: &[],
    current_approved: false,
};

fn activity(
    a: &(&str, &str, &str, &str, &str, &str),
    unit_id: Option<UnitId>,
    carry: Carry,
) -> anyhow::Result<ActivityValues> {
    Ok(ActivityValues {
        area: crate::domain::Area::parse(a.0).context("demo area")?,
        text: a.1.into(),
        responsible: a.2.into(),
        unit_id,
        person: String::new(),
        other_actors: a.3.into(),
        schedule: a.4.into(),
        follow_up: FollowUp {
            // The web training's figures count themselves (training offers them).
            measure: if a.1.contains("webbutbildning") {
                "training/course:WEBB-BAS:completed".into()
            } else {
                String::new()
            },
            ..FollowUp::from_text(a.5)
        },
        carry,
    })
}

fn err(e: varn_house::kernel::error::Error) -> anyhow::Error {
    anyhow::anyhow!("demo plan rejected: {e:?}")
}

async fn report(
    tx: &mut AnyConnection,
    by: &str,
    activity: ActivityId,
    r: &(usize, &str, Status, &str, &str, &str),
) -> anyhow::Result<()> {
    let v = ReportValues {
        point: r.1.into(),
        status: r.2,
        comment: r.3.into(),
        indicator_value: r.4.into(),
    };
    let id = lifecycle::report(tx, &Actor::system(by), activity, None, &v)
        .await
        .map_err(err)?;
    sqlx::query("UPDATE plan_followups SET reported_at = $1 WHERE id = $2")
        .bind(format!("{}T09:00:00Z", r.5))
        .bind(id)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

async fn ids(tx: &mut AnyConnection, plan: PlanId) -> anyhow::Result<Vec<ActivityId>> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM plan_activities WHERE plan_id = $1 ORDER BY position, id",
    )
    .bind(plan)
    .fetch_all(&mut *tx)
    .await?)
}

/// Creates one demo plan with its revision, unless its administration is missing or the
/// plan exists; returns how many plans were created.
async fn load_one(tx: &mut AnyConnection, d: &DemoPlan) -> anyhow::Result<usize> {
    let Some(admin): Option<AdministrationId> =
        sqlx::query_scalar("SELECT id FROM administrations WHERE code = $1")
            .bind(d.admin)
            .fetch_optional(&mut *tx)
            .await?
    else {
        return Ok(0);
    };
    let exists: Option<PlanId> = sqlx::query_scalar(
        "SELECT id FROM plans WHERE administration_id = $1 AND period_start = $2",
    )
    .bind(admin)
    .bind(d.periods[0].0)
    .fetch_optional(&mut *tx)
    .await?;
    if exists.is_some() {
        return Ok(0);
    }
    let first = create_first(tx, d, admin).await?;
    let units = activity_units(tx, d).await?;
    add_activities(tx, d, first, &units).await?;
    adopt_first(tx, d, first).await?;
    revise(tx, d, first, &units).await?;
    Ok(2)
}

/// Creates the plan of the first period, without activities.
async fn create_first(
    tx: &mut AnyConnection,
    d: &DemoPlan,
    admin: AdministrationId,
) -> anyhow::Result<PlanId> {
    let coordinator = Actor::system(d.coordinator);
    let sections: BTreeMap<String, String> = d
        .sections
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let values = PlanValues {
        title: d.title.into(),
        dnr: d.dnr.into(),
        city_goal: "Stockholm är en trygg och säker stad att bo och vistas i".into(),
        period: Period::parse(d.periods[0].0, d.periods[0].1).map_err(anyhow::Error::msg)?,
        next_revision: d.periods[0].1.into(),
        sections,
    };
    write::create_plan(tx, &coordinator, admin, &values, None)
        .await
        .map_err(err)
}

/// The units that run activities: unit id by activity index.
async fn activity_units(
    tx: &mut AnyConnection,
    d: &DemoPlan,
) -> anyhow::Result<BTreeMap<usize, UnitId>> {
    let mut units = BTreeMap::new();
    for (index, code) in d.units {
        let id: UnitId = sqlx::query_scalar("SELECT id FROM units WHERE code = $1")
            .bind(code)
            .fetch_one(&mut *tx)
            .await
            .context("demo unit")?;
        units.insert(*index, id);
    }
    Ok(units)
}

/// Adds the activities of the first period to the plan.
async fn add_activities(
    tx: &mut AnyConnection,
    d: &DemoPlan,
    first: PlanId,
    units: &BTreeMap<usize, UnitId>,
) -> anyhow::Result<()> {
    let coordinator = Actor::system(d.coordinator);
    for (index, a) in d.activities.iter().enumerate() {
        let unit = units.get(&index).copied();
        write::add_activity(tx, &coordinator, first, &activity(a, unit, Carry::New)?)
            .await
            .map_err(err)?;
    }
    Ok(())
}

/// Decides and approves the first plan and reports on it over its period.
async fn adopt_first(tx: &mut AnyConnection, d: &DemoPlan, first: PlanId) -> anyhow::Result<()> {
    let coordinator = Actor::system(d.coordinator);
    let central = Actor::system("central@demo.example");
    let year = &d.periods[0].0[..4];
    lifecycle::decide(tx, &coordinator, first, &format!("{year}-02-18"), "§ 11")
        .await
        .map_err(err)?;
    lifecycle::approve(
        tx,
        &central,
        first,
        &format!("{year}-03-25"),
        &format!("KS {year}/214"),
    )
    .await
    .map_err(err)?;
    let first_ids = ids(tx, first).await?;
    for r in d.history {
        report(tx, d.manager, first_ids[r.0], r).await?;
    }
    Ok(())
}

/// Revises the first plan into the current one: one activity ends, the rest are kept with
/// their times moved, one is new; then it is decided, approved if the demo says so, and
/// reported on.
async fn revise(
    tx: &mut AnyConnection,
    d: &DemoPlan,
    first: PlanId,
    units: &BTreeMap<usize, UnitId>,
) -> anyhow::Result<()> {
    let coordinator = Actor::system(d.coordinator);
    let central = Actor::system("central@demo.example");
    let second = lifecycle::revise(tx, &coordinator, first)
        .await
        .map_err(err)?;
    let second_ids = ids(tx, second).await?;
    // The revision: one activity ends, the rest are kept, one is new.
    let ended = &d.activities[d.ended];
    write::update_activity(
        tx,
        &coordinator,
        second_ids[d.ended],
        &activity(ended, units.get(&d.ended).copied(), Carry::Ended)?,
    )
    .await
    .map_err(err)?;
    write::add_activity(
        tx,
        &coordinator,
        second,
        &activity(&d.added, None, Carry::New)?,
    )
    .await
    .map_err(err)?;
    move_kept_times(tx, d, &second_ids, units).await?;
    let year = &d.periods[0].0[..4];
    let next_year = &d.periods[1].0[..4];
    sqlx::query("UPDATE plans SET dnr = $1 WHERE id = $2")
        .bind(d.dnr.replace(year, next_year))
        .bind(second)
        .execute(&mut *tx)
        .await?;
    lifecycle::decide(
        tx,
        &coordinator,
        second,
        &format!("{next_year}-02-17"),
        "§ 9",
    )
    .await
    .map_err(err)?;
    if d.current_approved {
        lifecycle::approve(
            tx,
            &central,
            second,
            &format!("{next_year}-03-24"),
            &format!("KS {next_year}/188"),
        )
        .await
        .map_err(err)?;
    }
    for r in d.current {
        report(tx, d.manager, second_ids[r.0], r).await?;
    }
    Ok(())
}

/// Moves the kept activities' times to the new period, as the coordinator would write them
/// when revising ("Under hösten 2025" becomes "Under hösten 2026").
async fn move_kept_times(
    tx: &mut AnyConnection,
    d: &DemoPlan,
    second_ids: &[ActivityId],
    units: &BTreeMap<usize, UnitId>,
) -> anyhow::Result<()> {
    let coordinator = Actor::system(d.coordinator);
    let next_year = &d.periods[1].0[..4];
    let this_year = &d.periods[0].0[..4];
    for (i, a) in d.activities.iter().enumerate() {
        if i == d.ended || !a.4.contains(this_year) {
            continue;
        }
        let moved =
            a.4.replace(next_year, "\u{0}")
                .replace(this_year, next_year);
        let next = (next_year.parse::<i32>()? + 1).to_string();
        let moved = moved.replace('\u{0}', &next);
        let shifted = (a.0, a.1, a.2, a.3, moved.as_str(), a.5);
        write::update_activity(
            tx,
            &coordinator,
            second_ids[i],
            &activity(&shifted, units.get(&i).copied(), Carry::Kept)?,
        )
        .await
        .map_err(err)?;
    }
    Ok(())
}

/// Loads the demo plans; returns how many plans were created.
pub async fn load(tx: &mut AnyConnection) -> anyhow::Result<usize> {
    let mut created = 0;
    for d in [&SOD, &ALV] {
        created += load_one(tx, d).await?;
    }
    Ok(created)
}
