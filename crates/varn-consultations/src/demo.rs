//! The demo's consultations and 24-hour requests: the social services' coordinator advising
//! districts during the year, and requests in Södermalm: one met within the day, one met
//! late, and one whose clock runs as the demo is loaded. No text names anyone.

use chrono::Duration;

use crate::domain;
use varn_house::db::{self, Db};
use varn_house::web::capability::DemoReport;

/// (asking, advising, days ago, kind, referrals, consent, advice, outcome)
type Demo = (
    &'static str,
    &'static str,
    i64,
    &'static str,
    &'static str,
    bool,
    &'static str,
    &'static str,
);

const CONSULTATIONS: &[Demo] = &[
    ("SOD", "SOF", 40, "radicalisation", "vbe_team,relatives", true,
     "Fältassistenterna beskrev en ung person som delar våldsbejakande material i sociala medier. Rådet var att inleda samtal tillsammans med vårdnadshavare och att erbjuda kontakt med VBE-teamet.",
     "Kontakt etablerad med VBE-teamet."),
    ("SOD", "SOF", 20, "relative", "relatives", false,
     "En anhörig söker stöd kring ett familjemedlems engagemang i en extremistisk miljö. Hänvisning till anhörigstödet och information om sekretess.",
     ""),
    ("RIK", "SOF", 30, "leave", "defector,sig", true,
     "En person vill lämna en kriminell miljö. 24-timmarsrutinen följdes och första kontakt togs samma dag.",
     "Ärendet överlämnat till avhopparverksamheten."),
    ("RIK", "SOF", 12, "child", "vbe_team", false,
     "Ett barn växer upp i en miljö där våldsbejakande budskap förekommer. Rådet var att göra en orosanmälan enligt 14 kap. 1 § SoL.",
     "Orosanmälan gjord."),
    ("SPT", "SOF", 8, "returnee", "police,sig", true,
     "Återvändare från konfliktområde. Samverkan med polisen och SIG diskuterades; samtycke inhämtat.",
     ""),
    ("ALV", "SOF", 5, "other", "", false,
     "Rådgivning kring en skolas oro för en grupp elever. Rådet var att arbeta med värdegrundsfrågor på skolan.",
     ""),
];

/// (administration, hours ago received, hours to contact (None: still open), channel)
const REQUESTS: &[(&str, i64, Option<i64>, &str)] = &[
    ("SOD", 24 * 30, Some(6), "phone"),
    ("SOD", 24 * 14, Some(27), "police"),
    ("SOD", 3, None, "email"),
    ("RIK", 24 * 20, Some(2), "visit"),
];

pub async fn load(db: &Db) -> anyhow::Result<DemoReport> {
    let mut report = DemoReport::default();
    let found: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consultations")
        .fetch_one(db.pool())
        .await?;
    if found > 0 {
        return Ok(report);
    }
    let environment = varn_taxonomy::active(db, varn_taxonomy::Vocabulary::Environment)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .first()
        .map(|t| t.code.clone())
        .unwrap_or_default();
    let now = chrono::Utc::now().naive_utc();
    let mut tx = db.begin_write().await?;
    let (admins, _) = varn_org::demo::ids(&mut tx).await?;
    for (asking, advisor, days, kind, referrals, consent, advice, outcome) in CONSULTATIONS {
        let (Some(a), Some(b)) = (admins.get(*asking), admins.get(*advisor)) else {
            continue;
        };
        let held_on = (now - Duration::days(*days)).format("%Y-%m-%d").to_string();
        sqlx::query(
            "INSERT INTO consultations (administration_id, advisor_administration_id, held_on, age_band, gender, environment, kind, advice, referrals, consent, outcome, follow_up_on, created_by, created_at) \
             VALUES ($1, $2, $3, '15_17', '', $4, $5, $6, $7, $8, $9, NULL, 'demo', $10)",
        )
        .bind(*a)
        .bind(*b)
        .bind(held_on)
        .bind(&environment)
        .bind(*kind)
        .bind(*advice)
        .bind(*referrals)
        .bind(i64::from(*consent))
        .bind(*outcome)
        .bind(db::now())
        .execute(&mut *tx)
        .await?;
        report.created += 1;
    }
    for (n, (code, ago, contact, channel)) in REQUESTS.iter().enumerate() {
        let Some(admin) = admins.get(*code) else {
            continue;
        };
        let received = now - Duration::hours(*ago);
        let year = chrono::Datelike::year(&received);
        sqlx::query(
            "INSERT INTO first_contact_requests (administration_id, reference, received_at, deadline_at, channel, note, contact_at, contact_by, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, '', $6, $7, 'demo', $8)",
        )
        .bind(*admin)
        .bind(format!("24H-{year}-D{:03}", n + 1))
        .bind(domain::stored(received))
        .bind(domain::stored(domain::deadline(received)))
        .bind(*channel)
        .bind(contact.map(|h| domain::stored(received + Duration::hours(h))))
        .bind(contact.map(|_| "demo".to_string()))
        .bind(db::now())
        .execute(&mut *tx)
        .await?;
        report.created += 1;
    }
    tx.commit().await?;
    Ok(report)
}
