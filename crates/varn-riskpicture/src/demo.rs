//! The demo's elevated risk picture: one episode of last year over the Järva districts, the
//! education and the social services administrations, lifted after ten weeks, with the
//! measures each took and the notices delivered. No text names anyone.

use crate::domain::RiskpictureEpisodeId;
use varn_house::db::Db;
use varn_house::kernel::ids::AdministrationId;
use varn_house::web::capability::DemoReport;

const CONCERNED: &[&str] = &["RIK", "SPT", "UTB", "SOF"];

/// (administration, month-day, kind, who, what)
const MEASURES: &[(&str, &str, &str, &str, &str)] = &[
    ("RIK", "09-16", "local_presence", "Fältassistenterna",
     "Förstärkt kvällsnärvaro vid centrum och fritidsgårdarna under sex veckor."),
    ("SPT", "09-17", "local_presence", "Fritidsgårdarna i stadsdelen",
     "Förlängda öppettider och fler vuxna på plats under helgerna."),
    ("UTB", "09-18", "school_information", "Utbildningsförvaltningens samordnare och rektorerna i området",
     "Riktad information till skolorna och fritidshemmen i området om tecken på rekrytering och vart personalen vänder sig."),
    ("UTB", "09-25", "parent_information", "Rektorerna i området",
     "Föräldramöten om propaganda i sociala medier, tillsammans med fältassistenterna."),
    ("SOF", "09-20", "knowledge_support", "VBE-teamet",
     "Kunskapsstöd till stadsdelarnas fältassistenter och fritidsledare om hur oro hanteras."),
    ("SOF", "10-05", "knowledge_exchange", "Socialförvaltningens samordnare",
     "Erfarenhetsutbyte med stadsdelarna om lärdomar från sociala insatsgrupper och avhopparverksamheten."),
];

pub async fn load(db: &Db) -> anyhow::Result<DemoReport> {
    let mut report = DemoReport::default();
    let found: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM risk_episodes")
        .fetch_one(db.pool())
        .await?;
    if found > 0 {
        return Ok(report);
    }
    let year = chrono::Datelike::year(&chrono::Utc::now().naive_utc()) - 1;
    let day = |md: &str| format!("{year:04}-{md}");
    let at = |md: &str| format!("{year:04}-{md}T08:00:00Z");
    let mut tx = db.begin_write().await?;
    let (admins, _) = varn_org::demo::ids(&mut tx).await?;
    let concerned: Vec<(&str, AdministrationId)> = CONCERNED
        .iter()
        .filter_map(|c| admins.get(*c).map(|id| (*c, AdministrationId::new(*id))))
        .collect();
    if concerned.is_empty() {
        return Ok(report);
    }
    let episode: RiskpictureEpisodeId = sqlx::query_scalar(
        "INSERT INTO risk_episodes (citywide, declared_on, reason, declared_by, created_at, lifted_on, lift_reason, lifted_by, lifted_at) \
         VALUES (0, $1, $2, 'demo', $3, $4, $5, 'demo', $6) RETURNING id",
    )
    .bind(day("09-15"))
    .bind("Polisen rapporterade ökad rekrytering av unga till en våldsbejakande miljö i Järvaområdet, med propaganda vid skolor och fritidsgårdar.")
    .bind(at("09-15"))
    .bind(day("11-28"))
    .bind("Den gemensamma lägesbilden med polisen visar att läget är tillbaka på normal nivå; de lokala insatserna fortsätter inom ordinarie arbete.")
    .bind(at("11-28"))
    .fetch_one(&mut *tx)
    .await?;
    report.created += 1;
    for (_, id) in &concerned {
        sqlx::query(
            "INSERT INTO risk_episode_administrations (episode_id, administration_id) VALUES ($1, $2)",
        )
        .bind(episode)
        .bind(*id)
        .execute(&mut *tx)
        .await?;
        for (kind, md) in [("declared", "09-15"), ("lifted", "11-28")] {
            sqlx::query(
                "INSERT INTO risk_notices (episode_id, administration_id, kind, created_at, attempts, delivered_at, recipients) \
                 VALUES ($1, $2, $3, $4, 1, $4, '')",
            )
            .bind(episode)
            .bind(*id)
            .bind(kind)
            .bind(at(md))
            .execute(&mut *tx)
            .await?;
        }
    }
    for (code, md, kind, who, what) in MEASURES {
        let Some((_, admin)) = concerned.iter().find(|(c, _)| c == code) else {
            continue;
        };
        sqlx::query(
            "INSERT INTO risk_measures (episode_id, administration_id, kind, taken_on, responsible, description, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 'demo', $7)",
        )
        .bind(episode)
        .bind(*admin)
        .bind(*kind)
        .bind(day(md))
        .bind(*who)
        .bind(*what)
        .bind(at(md))
        .execute(&mut *tx)
        .await?;
        report.created += 1;
    }
    tx.commit().await?;
    Ok(report)
}
