//! The demo's alarm chains: the city-wide chain for an extraordinary event that reaches the
//! city through the social emergency service (the service, then the official on duty, then
//! the central coordinator), and Södermalm's own chain. No event is started: the demo
//! leaves the clock nothing to escalate.

use crate::domain::{AlarmChainId, AlarmChainVersionId};
use varn_house::db::{self, Db};
use varn_house::kernel::ids::AdministrationId;
use varn_house::web::capability::DemoReport;

/// (role, e-mail, phone, contact card, wait in minutes)
type Step = (&'static str, &'static str, &'static str, &'static str, i64);

const CITY: &[Step] = &[
    ("social_emergency", "socialjouren@demo.example", "08-555 100 00",
     "Socialjouren, öppen dygnet runt alla dagar. Tar emot larmet, kontaktar sin enhetschef och direktören på berörd förvaltning.", 15),
    ("official_on_duty", "tib@demo.example", "08-555 100 10",
     "Tjänsteman i beredskap (TiB). Bedömer om stadens centrala krisledning behövs och informerar stadsdirektören.", 15),
    ("central_coordinator", "central@demo.example", "",
     "Stadens centrala samordnare mot våldsbejakande extremism. Samordnar förvaltningarnas insatser och lägesbild.", 30),
];

const SODERMALM: &[Step] = &[
    (
        "coordinator",
        "samordnare.sodermalm@demo.example",
        "08-555 200 20",
        "Stadsdelsförvaltningens samordnare mot våldsbejakande extremism.",
        15,
    ),
    (
        "head_of_administration",
        "direktor.sodermalm@demo.example",
        "08-555 200 00",
        "Stadsdelsdirektören. Avgör om det psykosociala omhändertagandet (POSOM) aktiveras.",
        30,
    ),
    (
        "communications",
        "kommunikation.sodermalm@demo.example",
        "",
        "Förvaltningens kommunikationsenhet: information till medarbetare, invånare och media.",
        30,
    ),
];

pub async fn load(db: &Db) -> anyhow::Result<DemoReport> {
    let mut report = DemoReport::default();
    let found: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM alarm_chains")
        .fetch_one(db.pool())
        .await?;
    if found > 0 {
        return Ok(report);
    }
    let mut tx = db.begin_write().await?;
    let (admins, _) = varn_org::demo::ids(&mut tx).await?;
    let chains: [(Option<AdministrationId>, &str, &[Step]); 2] = [
        (None, "Extraordinär händelse – via Socialjouren", CITY),
        (
            admins.get("SOD").copied().map(AdministrationId::new),
            "Södermalm – allvarlig händelse i stadsdelen",
            SODERMALM,
        ),
    ];
    for (admin, name, steps) in chains {
        if name.starts_with("Söder") && admin.is_none() {
            continue;
        }
        let chain: AlarmChainId = sqlx::query_scalar(
            "INSERT INTO alarm_chains (administration_id, name, created_by, created_at) VALUES ($1, $2, 'demo', $3) RETURNING id",
        )
        .bind(admin)
        .bind(name)
        .bind(db::now())
        .fetch_one(&mut *tx)
        .await?;
        let version: AlarmChainVersionId = sqlx::query_scalar(
            "INSERT INTO alarm_chain_versions (chain_id, version, created_by, created_at) VALUES ($1, 1, 'demo', $2) RETURNING id",
        )
        .bind(chain)
        .bind(db::now())
        .fetch_one(&mut *tx)
        .await?;
        for (i, (role, email, phone, contact, wait)) in steps.iter().enumerate() {
            sqlx::query(
                "INSERT INTO alarm_steps (version_id, position, role, email, phone, contact, wait_minutes) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(version)
            .bind(i as i64 + 1)
            .bind(*role)
            .bind(*email)
            .bind(*phone)
            .bind(*contact)
            .bind(*wait)
            .execute(&mut *tx)
            .await?;
        }
        report.created += 1;
    }
    tx.commit().await?;
    Ok(report)
}
