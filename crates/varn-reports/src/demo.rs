//! Demo forms: a few years of anonymized information forms for some districts, most of
//! them assessed, written in our own words. Each has a fixed submission key, so loading
//! the demo again finds them and adds nothing.

use anyhow::Context;
use sqlx::AnyConnection;
use varn_house::kernel::ids::AdministrationId;

use crate::domain::{ReportForm, Status};
use crate::store;
use varn_house::audit::{self, Actor, Entry};

/// (description, environment, event type, place type, concerns, age band)
const STORIES: &[(&str, &str, &str, &str, &str, &str)] = &[
    ("Klistermärken med en vit makt-symbol satt på flera lyktstolpar längs gångvägen mot skolan.", "hogerextremism", "klistermarken", "offentlig_miljo", "none", ""),
    ("Under en lektion om demokrati sa en elev att våld mot politiker ibland är rätt. Eleven upprepade det efter lektionen.", "annat_oklart", "valdsbejakande_asikter", "skola", "individual", "15_17"),
    ("Affischer från en högerextrem organisation hade satts upp vid tunnelbaneuppgången under natten.", "hogerextremism", "affischer", "kollektivtrafik", "none", ""),
    ("En grupp ungdomar på fritidsgården visade filmer från en terrorattack och skrattade åt dem.", "ensamagerande", "valdsbejakande_asikter", "fritidsgard", "group", ""),
    ("Klotter med hot mot en folkgrupp upptäcktes på väggen vid idrottsplatsen.", "hogerextremism", "klotter", "offentlig_miljo", "none", ""),
    ("En besökare på biblioteket delade ut flygblad som uppmanade till väpnad kamp mot staten.", "vansterextremism", "affischer", "offentlig_miljo", "individual", "21_29"),
    ("Personal fick höra att en äldre tonåring försöker värva yngre till en grupp som tränar kampsport med tydligt våldsbudskap.", "hogerextremism", "rekrytering", "bostadsomrade", "individual", "18_20"),
    ("En förälder oroade sig för att barnet umgås på nätet i forum som hyllar skolattacker.", "ensamagerande", "oro_individ", "natet", "individual", "under_15"),
    ("Vid en demonstration utanför stadsdelsförvaltningen ropades hot mot tjänstepersoner.", "vansterextremism", "demonstration", "offentlig_miljo", "group", ""),
    ("En anställd på en förening berättade att styrelsen pressats att ge plats åt en talare som förespråkar våld.", "islamistisk_extremism", "otillaten_paverkan", "arbetsplats", "group", ""),
    ("Banderoll med budskap om raskrig hängdes upp på en bro över motorvägen.", "hogerextremism", "banderoll", "offentlig_miljo", "none", ""),
    ("En ungdom sa till fältassistenterna att han vill lämna ett gäng med extrema åsikter men är rädd.", "hogerextremism", "oro_individ", "offentlig_miljo", "individual", "15_17"),
    ("Sönderslagna fönster och en symbol sprayad på dörren till en lokal för religiös verksamhet.", "annat_oklart", "skadegorelse", "religios_lokal", "none", ""),
    ("En elev hade teckningar av vapen och namn på kända gärningsmän i sitt kollegieblock.", "ensamagerande", "oro_individ", "skola", "individual", "15_17"),
    ("Hotfulla kommentarer mot förvaltningens medarbetare publicerades i en lokal grupp på nätet.", "annat_oklart", "hot", "natet", "group", ""),
];

/// (administration code, how many forms, first year)
const PLAN: &[(&str, usize, i32)] = &[
    ("SOD", 30, 2023),
    ("ALV", 18, 2024),
    ("RIK", 8, 2025),
    ("SOF", 6, 2025),
];

async fn term(
    conn: &mut AnyConnection,
    vocabulary: &str,
    code: &str,
) -> anyhow::Result<Option<varn_taxonomy::TermId>> {
    Ok(sqlx::query_scalar("SELECT id FROM taxonomy_terms WHERE vocabulary = $1 AND code = $2 AND retired_version IS NULL")
        .bind(vocabulary)
        .bind(code)
        .fetch_optional(conn)
        .await?)
}

/// Adds the demo forms that are missing; returns how many were added.
pub async fn load(conn: &mut AnyConnection) -> anyhow::Result<usize> {
    let mut added = 0;
    let version: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM taxonomy_versions")
            .fetch_one(&mut *conn)
            .await?;
    for (code, count, first_year) in PLAN {
        let Some(admin) = sqlx::query_scalar::<_, AdministrationId>(
            "SELECT id FROM administrations WHERE code = $1",
        )
        .bind(code)
        .fetch_optional(&mut *conn)
        .await?
        else {
            continue;
        };
        for n in 0..*count {
            let key = format!("demo-report-{code}-{n:04}-fixed-key");
            if store::by_submission_key(conn, &key).await?.is_some() {
                continue;
            }
            let (text, env, event, place, concerns, age) =
                STORIES[(n * 7 + code.len()) % STORIES.len()];
            let year = first_year + (n as i32 * 3 / *count as i32).min(2026 - first_year);
            let month = 1 + (n * 5) % 10;
            let day = 1 + (n * 11) % 27;
            let form = ReportForm {
                administration_id: Some(admin),
                occurred_from: format!("{year}-{month:02}-{day:02}"),
                concerns: concerns.into(),
                age_band: age.into(),
                environments: term(conn, "environment", env).await?.into_iter().collect(),
                event_types: term(conn, "event_type", event).await?.into_iter().collect(),
                place_type_id: term(conn, "place_type", place).await?,
                actions: vec!["told_manager".into()],
                description: text.into(),
                ..Default::default()
            };
            let checked = form
                .check("2026-11-22")
                .map_err(|e| anyhow::anyhow!("demo form rejected: {e:?}"))?;
            let id = store::insert(conn, &checked, "employee", None, &key, version)
                .await
                .map_err(|e| anyhow::anyhow!("{e:?}"))?;
            let actor = Actor::system("demo");
            audit::record(
                conn,
                &actor,
                Entry::new(varn_house::audit::Action::Create, crate::Record::Report, id)
                    .admin(Some(admin))
                    .summary(varn_house::i18n::sv().t("report.channel.employee")),
            )
            .await?;
            // Older forms are assessed; about a third of them turned out not to be VBE.
            let status = match (year < 2026, n % 3) {
                (false, 0) => Status::New,
                (false, _) => Status::UnderAssessment,
                (true, 0) => Status::AssessedNotVbe,
                (true, 1) if n % 4 == 1 => Status::Forwarded,
                (true, _) => Status::AssessedVbe,
            };
            if status != Status::New {
                let forwarded = if status == Status::Forwarded {
                    "Polisen, kommunpolisen i området"
                } else {
                    ""
                };
                store::set_status(conn, id, status, forwarded, "demo")
                    .await
                    .map_err(|e| anyhow::anyhow!("{e:?}"))?;
                if status.is_assessed() {
                    let mut terms = checked.environments.clone();
                    terms.extend(&checked.event_types);
                    store::classify(conn, id, &terms)
                        .await
                        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
                }
                if n % 5 == 2 {
                    store::add_link(conn, id, "ia", &format!("IA-{year}-{:05}", 100 + n), "demo")
                        .await
                        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
                }
            }
            // A form arrives a day or a few after the event, and is assessed within the
            // week; the demo then reads like a real year, not like one day's arrivals.
            let occurred = chrono::NaiveDate::from_ymd_opt(year, month as u32, day as u32)
                .context("demo date")?;
            let at = |days: u64, hour: usize| {
                format!(
                    "{}T{:02}:{:02}:00Z",
                    occurred + chrono::Days::new(days),
                    7 + hour % 9,
                    (n * 13) % 60
                )
            };
            sqlx::query(
                "UPDATE reports SET submitted_at = $1, updated_at = $1, \
                 assessed_at = CASE WHEN assessed_at IS NULL THEN NULL ELSE $2 END WHERE id = $3",
            )
            .bind(at(1 + (n % 4) as u64, n))
            .bind(at(6 + (n % 3) as u64, n + 3))
            .bind(id)
            .execute(&mut *conn)
            .await?;
            added += 1;
        }
    }
    Ok(added)
}
