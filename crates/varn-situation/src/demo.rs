//! Demo hate-crime statistics: a ten-year series for Södermalm and a shorter one for
//! Älvsjö. Södermalm's 2011, 2018, 2019 and 2020 figures are the ones its 2021 picture
//! reports; the other years are illustrative. Stored by (year, area, kind), so loading
//! again changes nothing. Also Södermalm's written picture for last year (final) and this
//! year (a draft), in our own words; a picture already there is left alone.

use sqlx::AnyConnection;

use crate::domain::{SituationPictureId, SourceImportId};
use varn_house::db;
use varn_house::kernel::ids::AdministrationId;

const SOD: &[(i64, i64)] = &[
    (2011, 11),
    (2012, 14),
    (2013, 17),
    (2014, 16),
    (2015, 22),
    (2016, 27),
    (2017, 33),
    (2018, 40),
    (2019, 25),
    (2020, 30),
];
const ALV: &[(i64, i64)] = &[(2017, 4), (2018, 6), (2019, 2), (2020, 5)];

/// Adds the figures that are missing; returns how many were added.
pub async fn load(conn: &mut AnyConnection) -> anyhow::Result<usize> {
    let mut added = 0;
    for (code, series) in [("SOD", SOD), ("ALV", ALV)] {
        let Some(admin) = sqlx::query_scalar::<_, AdministrationId>(
            "SELECT id FROM administrations WHERE code = $1",
        )
        .bind(code)
        .fetch_optional(&mut *conn)
        .await?
        else {
            continue;
        };
        for (year, count) in series {
            let done = sqlx::query(
                "INSERT INTO hate_crime_counts (administration_id, year, area, category, count, source, imported_by, imported_at) \
                 VALUES ($1, $2, '', 'hets_mot_folkgrupp', $3, 'demo', 'demo', $4) ON CONFLICT (administration_id, year, area, category) DO NOTHING",
            )
            .bind(admin)
            .bind(year)
            .bind(count)
            .bind(db::now())
            .execute(&mut *conn)
            .await?;
            added += done.rows_affected() as usize;
        }
    }
    added += load_pictures(conn).await?;
    added += load_sources(conn).await?;
    Ok(added)
}

/// IA event types, place types and areas of the demo rows (categories, never free text).
const IA_EVENTS: [&str; 4] = ["Klotter", "Hot", "Propaganda", "Skadegörelse"];
const IA_PLACES: [&str; 4] = ["Skola", "Fritidsgård", "Allmän plats", "Bibliotek"];
const AREAS: [&str; 4] = ["Medborgarplatsen", "Hornstull", "Mariatorget", "Skanstull"];
const IA_ENVIRONMENTS: [&str; 3] = [
    "hogerextremism",
    "vansterextremism",
    "islamistisk_extremism",
];
const GRAFFITI_CATEGORIES: [&str; 5] = ["nazi", "left_autonomous", "racist", "islamist", "other"];
const GRAFFITI_REPORTERS: [&str; 2] = ["Trafikkontorets app", "Skolfastigheter"];

/// Södermalm's other sources for 2022–2025: IA rows (about a third of the flagged ones
/// triaged as VBE, the newest left to triage), graffiti reports, concern reports by age band
/// and the police mapping, in our own words. Rows have keys, so loading again adds nothing.
async fn load_sources(conn: &mut AnyConnection) -> anyhow::Result<usize> {
    let Some(admin) = sqlx::query_scalar::<_, AdministrationId>(
        "SELECT id FROM administrations WHERE code = 'SOD'",
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(0);
    };
    let done: Option<SourceImportId> = sqlx::query_scalar(
        "SELECT id FROM source_imports WHERE administration_id = $1 AND file_name = 'demo-ia-export.xlsx'",
    )
    .bind(admin)
    .fetch_optional(&mut *conn)
    .await?;
    if done.is_some() {
        return Ok(0);
    }
    let mut environments = Vec::new();
    for code in IA_ENVIRONMENTS {
        environments.push(
            sqlx::query_scalar::<_, i64>(
                "SELECT id FROM taxonomy_terms WHERE vocabulary = 'environment' AND code = $1",
            )
            .bind(code)
            .fetch_one(&mut *conn)
            .await?,
        );
    }
    let now = db::now();
    let mut added = 0;
    added += load_ia(&mut *conn, admin, &now, &environments).await?;
    added += load_graffiti(&mut *conn, admin, &now).await?;
    added += load_concerns(&mut *conn, admin, &now).await?;
    added += load_police(&mut *conn, admin, &now).await?;
    Ok(added)
}

/// Records an import of a demo file: (source, file name, rows); returns its id.
async fn import(
    conn: &mut AnyConnection,
    admin: AdministrationId,
    now: &str,
    (source, file, rows): (&str, &str, i64),
) -> anyhow::Result<SourceImportId> {
    let id = varn_house::import::record(
        conn,
        varn_house::import::ImportRecord {
            admin,
            source,
            file_name: file,
            rows,
            imported_by: "samordnare.sodermalm@demo.example",
            imported_at: now,
        },
    )
    .await?;
    Ok(id)
}

/// Imports the IA export: 96 incidents over four years, most assessed; returns the rows added.
async fn load_ia(
    conn: &mut AnyConnection,
    admin: AdministrationId,
    now: &str,
    environments: &[i64],
) -> anyhow::Result<usize> {
    let mut added = 0;
    let ia = import(conn, admin, now, ("ia", "demo-ia-export.xlsx", 96)).await?;
    for n in 0..96_i64 {
        let year = 2022 + n / 24;
        let month = 1 + (n * 5) % 12;
        let day = 1 + (n * 7) % 27;
        let flagged = n % 4 != 3;
        // The last year's newest flagged rows are left for the coordinator to triage.
        let (assessment, environment) = if !flagged || (year == 2025 && month >= 9) {
            (None, None)
        } else if n % 3 == 0 {
            (Some("vbe"), Some(environments[(n as usize / 3) % 3]))
        } else {
            (Some("not_vbe"), None)
        };
        sqlx::query(
            "INSERT INTO ia_incidents (administration_id, row_key, occurred_on, event_type, place_type, area, vbe_flag, \
             assessment, environment_id, assessed_by, assessed_at, import_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(admin)
        .bind(format!("IA-{year}-{:04}", 100 + n))
        .bind(format!("{year}-{month:02}-{day:02}"))
        .bind(IA_EVENTS[(n % 4) as usize])
        .bind(IA_PLACES[((n / 2) % 4) as usize])
        .bind(AREAS[((n / 3) % 4) as usize])
        .bind(i64::from(flagged))
        .bind(assessment)
        .bind(environment)
        .bind(assessment.map(|_| "samordnare.sodermalm@demo.example"))
        .bind(assessment.map(|_| now))
        .bind(ia)
        .execute(&mut *conn)
        .await?;
        added += 1;
    }
    // The rows are counted as an import counts them (situation::counts).
    crate::counts::count_import(&mut *conn, ia).await?;
    Ok(added)
}

/// Imports the graffiti file: 60 reports over four years; returns the rows added.
async fn load_graffiti(
    conn: &mut AnyConnection,
    admin: AdministrationId,
    now: &str,
) -> anyhow::Result<usize> {
    let mut added = 0;
    let graffiti = import(conn, admin, now, ("graffiti", "demo-klotter.csv", 60)).await?;
    for n in 0..60_i64 {
        let year = 2022 + n / 15;
        sqlx::query(
            "INSERT INTO graffiti_reports (administration_id, row_key, reported_on, category, area, reporter, import_id, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'samordnare.sodermalm@demo.example', $8)",
        )
        .bind(admin)
        .bind(format!("K-{year}-{n:03}"))
        .bind(format!("{year}-{:02}-{:02}", 1 + (n * 7) % 12, 1 + (n * 3) % 27))
        .bind(GRAFFITI_CATEGORIES[((n * n) % 5) as usize])
        .bind(AREAS[(n % 4) as usize])
        .bind(GRAFFITI_REPORTERS[(n % 2) as usize])
        .bind(graffiti)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        added += 1;
    }
    Ok(added)
}

/// The concern reports by year and age band; returns the rows added.
async fn load_concerns(
    conn: &mut AnyConnection,
    admin: AdministrationId,
    now: &str,
) -> anyhow::Result<usize> {
    let mut added = 0;
    for (year, counts) in [
        (2023, [1, 6, 2, 1]),
        (2024, [2, 9, 3, 0]),
        (2025, [1, 7, 4, 2]),
    ] {
        for (band, count) in crate::sources::AGE_BANDS.iter().zip(counts) {
            sqlx::query(
                "INSERT INTO concern_reports (administration_id, year, age_band, count, source, updated_by, updated_at) \
                 VALUES ($1, $2, $3, $4, 'demo', 'samordnare.sodermalm@demo.example', $5)",
            )
            .bind(admin)
            .bind(year)
            .bind(*band)
            .bind(count)
            .bind(now)
            .execute(&mut *conn)
            .await?;
            added += 1;
        }
    }
    Ok(added)
}

/// The police's mappings of 2024 and 2025; returns the rows added.
async fn load_police(
    conn: &mut AnyConnection,
    admin: AdministrationId,
    now: &str,
) -> anyhow::Result<usize> {
    let mut added = 0;
    for (year, narrative, with, without) in [
        (2024, "Kommunpolisen ser en ökning av propaganda i form av klistermärken längs gångstråken mot skolorna. Inga organiserade grupper har tagit plats i området, men aktivitet på nätet sprids lokalt.", 14, 2),
        (2025, "Läget är i stort oförändrat. Klottret har minskat kring tunnelbanan men ökat vid idrottsplatserna. Demonstrationerna har varit fredliga; två hölls utan tillstånd.", 17, 2),
    ] {
        sqlx::query(
            "INSERT INTO police_mappings (administration_id, year, narrative, with_permit, without_permit, updated_by, updated_at) \
             VALUES ($1, $2, $3, $4, $5, 'samordnare.sodermalm@demo.example', $6)",
        )
        .bind(admin)
        .bind(year)
        .bind(narrative)
        .bind(with)
        .bind(without)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        added += 1;
    }
    Ok(added)
}

/// (year, final?, [(section key, text)]) of Södermalm's written pictures.
type DemoPicture = (i64, bool, &'static [(&'static str, &'static str)]);

const SOD_PICTURES: &[DemoPicture] = &[
    (
        2025,
        true,
        &[
            ("internationellt", "Konflikterna i Mellanöstern och kriget i Ukraina präglar propagandan på nätet. Budskap som började i andra länder når unga här inom några timmar, ofta som korta filmer."),
            ("nationellt", "Terrorhotnivån ligger kvar på förhöjt hot. Säkerhetspolisen pekar på att allt yngre personer dras in i våldsbejakande miljöer via nätet och att ensamagerande är det mest sannolika hotet."),
            ("miljo_hogerextremism", "Klistermärken och affischer med vit makt-symboler har återkommit längs stråken mot skolorna, främst på östra delen av stadsdelsområdet."),
            ("miljo_vansterextremism", "Klotter med autonoma budskap förekommer på västra Södermalm. Miljön har inte synts i organiserad form under året."),
            ("miljo_islamistisk_extremism", "Inga händelser har rapporterats till förvaltningen. En förening har fått frågor om talare, vilket samordnaren har följt upp."),
            ("lokalt", "Antalet anmälningar om hets mot folkgrupp ligger kvar på en hög nivå. Blanketterna har ökat något, vilket vi tolkar som att fler medarbetare känner till rutinen snarare än att händelserna blivit fler."),
            ("kallor", "Lokalpolisens kartläggning, Brås statistik över anmälda brott, förvaltningens blanketter och enkäten till enheterna."),
            ("analys", "Propagandan i skolmiljön och på nätet är det som tydligast kräver insatser. Skolorna behöver stöd i att tala med elever om budskapen, och rutinen behöver påminnas om i fler verksamheter."),
        ],
    ),
    (
        2026,
        false,
        &[
            ("internationellt", "Den internationella propagandan fortsätter att spridas snabbt i sociala medier, och flera attacker i Europa har hyllats i forum där unga finns."),
            ("nationellt", "Hotbilden är oförändrad. Fler fall rör barn under 18 år, och myndigheterna lyfter skolornas roll i att tidigt se oro."),
            ("lokalt", "Under våren har fältassistenterna sett färre affischer men mer klotter. Uppgifterna från polisen för året är ännu inte kompletta."),
            ("analys", "Utkast: vi väntar in polisens kartläggning innan analysen skrivs klart."),
        ],
    ),
];

/// Adds Södermalm's written pictures that are missing; returns how many were added.
async fn load_pictures(conn: &mut AnyConnection) -> anyhow::Result<usize> {
    let Some(admin) = sqlx::query_scalar::<_, AdministrationId>(
        "SELECT id FROM administrations WHERE code = 'SOD'",
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(0);
    };
    let cat = varn_house::i18n::sv();
    let mut added = 0;
    for (year, is_final, sections) in SOD_PICTURES {
        let exists: Option<SituationPictureId> = sqlx::query_scalar(
            "SELECT id FROM situation_pictures WHERE administration_id = $1 AND year = $2",
        )
        .bind(admin)
        .bind(year)
        .fetch_optional(&mut *conn)
        .await?;
        if exists.is_some() {
            continue;
        }
        let now = db::now();
        let status = if *is_final { "final" } else { "draft" };
        let id: SituationPictureId = sqlx::query_scalar(
            "INSERT INTO situation_pictures (administration_id, year, status, updated_by, updated_at) \
             VALUES ($1, $2, $3, 'demo', $4) RETURNING id",
        )
        .bind(admin)
        .bind(year)
        .bind(status)
        .bind(&now)
        .fetch_one(&mut *conn)
        .await?;
        for (key, body) in *sections {
            let title = match key.strip_prefix("miljo_") {
                Some(code) => sqlx::query_scalar::<_, String>(
                    "SELECT label FROM taxonomy_terms WHERE vocabulary = 'environment' AND code = $1",
                )
                .bind(code)
                .fetch_optional(&mut *conn)
                .await?
                .unwrap_or_else(|| code.to_string()),
                None => cat
                    .t(match *key {
                        "internationellt" => "picture.section_international",
                        "nationellt" => "picture.section_national",
                        "lokalt" => "picture.section_local",
                        "kallor" => "picture.section_sources",
                        _ => "picture.section_analysis",
                    })
                    .to_string(),
            };
            sqlx::query(
                "INSERT INTO situation_picture_sections (picture_id, section_key, title, body) VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(key)
            .bind(title)
            .bind(body)
            .execute(&mut *conn)
            .await?;
        }
        let steps: &[&str] = if *is_final {
            &["created", "finalized"]
        } else {
            &["created"]
        };
        for step in steps {
            sqlx::query(
                "INSERT INTO situation_picture_events (picture_id, step, at, actor) VALUES ($1, $2, $3, 'demo')",
            )
            .bind(id)
            .bind(step)
            .bind(&now)
            .execute(&mut *conn)
            .await?;
        }
        added += 1;
    }
    Ok(added)
}
