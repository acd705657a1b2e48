//! Demo networks, meetings, a newsletter and the knowledge pages: the city's coordinator
//! network led by the central coordinator (every district's coordinator a member), the
//! safety and security network, the big-city and Nordic networks and the external reference
//! group; Södermalm's crime-prevention council, safety meetings and safety council with VBE
//! as a standing item (once missing); meetings of 2026 with attendance; one sent newsletter;
//! the guidance, the links and a symbol of the glossary. Wholly fictitious. Records are
//! found by name, so loading again changes nothing.

use std::collections::HashMap;

use sqlx::AnyConnection;

use crate::domain::{
    KnowledgePageId, KnowledgeSymbolId, NetworkId, NetworkMeetingId, NetworkMemberId,
    NewsletterIssueId,
};
use varn_house::db::{self, Db};
use varn_house::kernel::ids::{AdministrationId, UserId};
use varn_house::web::capability::DemoReport;

/// (administration, kind, name, purpose, standing item)
const NETWORKS: &[(&str, &str, &str, &str, bool)] = &[
    ("SLK", "city", "Stadens samordnarnätverk mot våldsbejakande extremism", "Samordnarna i förvaltningar och bolag möts varje månad under ledning av den centrala samordnaren.", true),
    ("SLK", "city", "Trygghetsnätverket", "Stadens nätverk för trygghet och säkerhet.", false),
    ("SLK", "national", "CVE:s storstadsnätverk", "Center mot våldsbejakande extremism samlar storstädernas samordnare.", false),
    ("SLK", "national", "CVE:s nätverk för socialtjänsten", "Samordnare och socialtjänst från kommuner i hela landet.", false),
    ("SLK", "nordic", "Nordic Safe Cities", "Nordiska städer som arbetar för trygga och inkluderande städer.", false),
    ("SLK", "reference", "Externa referensgruppen", "Civilsamhälle, trossamfund och forskare som ger råd om stadens arbete.", false),
    ("SOD", "forum", "Brottsförebyggande rådet Södermalm", "Det lokala brottsförebyggande rådet med polisen.", true),
    ("SOD", "forum", "Trygghetsmöte Södermalm", "Trygghetsmöte varannan vecka med polisen och fastighetsägarna.", true),
    ("SOD", "forum", "Trygghetsrådet Södermalm", "Trygghetsrådet sammanträder fem gånger om året.", true),
];

/// (network, date, agenda, VBE raised, minutes, present by e-mail, organisations)
type DemoMeeting = (
    &'static str,
    &'static str,
    &'static str,
    bool,
    &'static str,
    &'static [&'static str],
    &'static [(&'static str, i64)],
);

const MEETINGS: &[DemoMeeting] = &[
    (
        "Stadens samordnarnätverk mot våldsbejakande extremism",
        "2026-01-20",
        "Lägesbilder, enkäten, utbildningar",
        true,
        "Genomgång av vårens enkät och stadens gemensamma lägesbild.",
        &[
            "central@demo.example",
            "samordnare.sodermalm@demo.example",
            "samordnare.alvsjo@demo.example",
        ],
        &[],
    ),
    (
        "Stadens samordnarnätverk mot våldsbejakande extremism",
        "2026-02-17",
        "Handlingsplanerna inför T1",
        true,
        "Handlingsplanerna revideras; stöd från den centrala samordnaren.",
        &["central@demo.example", "samordnare.sodermalm@demo.example"],
        &[("CVE", 1)],
    ),
    (
        "Stadens samordnarnätverk mot våldsbejakande extremism",
        "2026-03-17",
        "Utbildningsinsatser",
        true,
        "Webbutbildningen följs upp per förvaltning.",
        &["central@demo.example", "samordnare.alvsjo@demo.example"],
        &[],
    ),
    (
        "Brottsförebyggande rådet Södermalm",
        "2026-02-05",
        "Trygghetsmätningen, klotter",
        true,
        "Ökat klotter med extremistiska symboler vid två skolor; polisen följer upp.",
        &["samordnare.sodermalm@demo.example"],
        &[("Polisen", 2), ("Fastighetsägarna", 1)],
    ),
    (
        "Brottsförebyggande rådet Södermalm",
        "2026-04-02",
        "Sommarens insatser",
        false,
        "",
        &["samordnare.sodermalm@demo.example"],
        &[("Polisen", 1)],
    ),
    (
        "Trygghetsmöte Södermalm",
        "2026-03-04",
        "Veckans händelser",
        true,
        "Inga nya tecken på organiserad rekrytering.",
        &["samordnare.sodermalm@demo.example"],
        &[("Polisen", 1)],
    ),
];

const GUIDANCE: &str = "## Så arbetar staden mot våldsbejakande extremism\n\nVarje förvaltning har en samordnare. Är du orolig för en person eller en händelse följer du **rutinen vid oro**.\n\n- Prata med din chef.\n- Kontakta förvaltningens samordnare (se kontaktlistan).\n- Skicka blanketten för avidentifierad information.\n\nKlotter och klistermärken med extremistiska symboler dokumenteras och anmäls; symbolordlistan hjälper dig att känna igen dem.";

const LINKS: &str = "## Länkar\n\n- [Center mot våldsbejakande extremism](https://www.cve.se)\n- [Nordic Safe Cities](https://nordicsafecities.org)\n- [Polisen – tips och anmälan](https://polisen.se)";

/// A 1×1 grey PNG, standing for a photograph of the symbol.
const SYMBOL_PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x3A, 0x7E, 0x9B,
    0x55, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x68, 0x00, 0x00, 0x00,
    0x82, 0x00, 0x81, 0x4C, 0x17, 0xD7, 0xDF, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    0x42, 0x60, 0x82,
];

/// Creates what is missing of the demo networks, meetings, newsletter and knowledge pages.
pub async fn load(db: &Db) -> anyhow::Result<DemoReport> {
    let mut report = DemoReport::default();
    let now = db::now();
    let users = coordinators(db).await?;
    let mut tx = db.begin_write().await?;
    let (admins, _) = varn_org::demo::ids(&mut tx).await?;
    let (networks, created) = load_networks(&mut tx, &admins, &now).await?;
    report.created += created;
    report.created += load_members(&mut tx, &users, &networks, &now).await?;
    report.created += load_meetings(&mut tx, &users, &networks, &now).await?;
    report.created += load_newsletter(&mut tx, &admins, &now).await?;
    report.created += load_pages(&mut tx, &now).await?;
    report.created += load_symbol(&mut tx, &now).await?;
    tx.commit().await?;
    Ok(report)
}

/// The coordinators and the central coordinator by e-mail: (user id, administration).
async fn coordinators(db: &Db) -> anyhow::Result<Users> {
    let mut users: Users = HashMap::new();
    for h in varn_people::holders(
        db,
        &[
            varn_house::auth::Role::Coordinator,
            varn_house::auth::Role::CentralCoordinator,
        ],
    )
    .await?
    {
        users
            .entry(h.email)
            .or_insert((h.user_id, h.administration_id));
    }
    Ok(users)
}

/// Users by e-mail: (user id, administration).
type Users = HashMap<String, (UserId, Option<AdministrationId>)>;

/// Networks by name: (network id, administration id).
type Networks = HashMap<&'static str, (NetworkId, AdministrationId)>;

/// Finds or creates the networks; returns them by name and how many were created.
async fn load_networks(
    conn: &mut AnyConnection,
    admins: &HashMap<String, i64>,
    now: &str,
) -> anyhow::Result<(Networks, usize)> {
    let mut created = 0;
    let mut networks: Networks = HashMap::new();
    for (code, kind, name, purpose, standing) in NETWORKS {
        let Some(admin) = admins.get(*code).copied().map(AdministrationId::new) else {
            continue;
        };
        let found: Option<NetworkId> = sqlx::query_scalar(
            "SELECT id FROM networks WHERE administration_id = $1 AND name = $2",
        )
        .bind(admin)
        .bind(*name)
        .fetch_optional(&mut *conn)
        .await?;
        let id = match found {
            Some(id) => id,
            None => {
                created += 1;
                sqlx::query_scalar(
                    "INSERT INTO networks (administration_id, kind, name, purpose, standing_item, created_by, created_at) \
                     VALUES ($1, $2, $3, $4, $5, 'demo', $6) RETURNING id",
                )
                .bind(admin)
                .bind(*kind)
                .bind(*name)
                .bind(*purpose)
                .bind(i64::from(*standing))
                .bind(now)
                .fetch_one(&mut *conn)
                .await?
            }
        };
        networks.insert(name, (id, admin));
    }
    Ok((networks, created))
}

/// Adds the members that are missing: every coordinator in the city's network, Södermalm's
/// in its forums, and the forums' external organisations. Returns how many were created.
async fn load_members(
    conn: &mut AnyConnection,
    users: &Users,
    networks: &Networks,
    now: &str,
) -> anyhow::Result<usize> {
    let mut created = 0;
    let mut members: Vec<(&str, Option<UserId>, Option<&str>, &str)> = Vec::new();
    let city = "Stadens samordnarnätverk mot våldsbejakande extremism";
    for (email, (id, _)) in users {
        let role = if email == "central@demo.example" {
            "ordförande"
        } else {
            "samordnare"
        };
        members.push((city, Some(*id), None, role));
    }
    for forum in [
        "Brottsförebyggande rådet Södermalm",
        "Trygghetsmöte Södermalm",
        "Trygghetsrådet Södermalm",
    ] {
        if let Some((id, _)) = users.get("samordnare.sodermalm@demo.example") {
            members.push((forum, Some(*id), None, "samordnare"));
        }
        members.push((forum, None, Some("Polisen"), "kommunpolis"));
        members.push((forum, None, Some("Fastighetsägarna"), ""));
    }
    for (network, user, organisation, role) in members {
        let Some((nid, _)) = networks.get(network) else {
            continue;
        };
        let found: Option<NetworkMemberId> = sqlx::query_scalar(
            "SELECT id FROM network_members WHERE network_id = $1 AND (user_id = $2 OR organisation = $3)",
        )
        .bind(*nid)
        .bind(user)
        .bind(organisation)
        .fetch_optional(&mut *conn)
        .await?;
        if found.is_none() {
            created += 1;
            sqlx::query(
                "INSERT INTO network_members (network_id, user_id, organisation, member_role, created_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(*nid)
            .bind(user)
            .bind(organisation)
            .bind(role)
            .bind(now)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(created)
}

/// Creates the meetings that are missing, with their attendees and organisations; returns
/// how many were created.
async fn load_meetings(
    conn: &mut AnyConnection,
    users: &Users,
    networks: &Networks,
    now: &str,
) -> anyhow::Result<usize> {
    let mut created = 0;
    for (network, date, agenda, vbe, minutes, present, organisations) in MEETINGS {
        let Some((nid, admin)) = networks.get(network).copied() else {
            continue;
        };
        let found: Option<NetworkMeetingId> = sqlx::query_scalar(
            "SELECT id FROM network_meetings WHERE network_id = $1 AND held_on = $2",
        )
        .bind(nid)
        .bind(*date)
        .fetch_optional(&mut *conn)
        .await?;
        if found.is_some() {
            continue;
        }
        created += 1;
        let mid: NetworkMeetingId = sqlx::query_scalar(
            "INSERT INTO network_meetings (network_id, held_on, agenda, vbe_item, minutes, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, 'demo', $6, $6) RETURNING id",
        )
        .bind(nid)
        .bind(*date)
        .bind(*agenda)
        .bind(i64::from(*vbe))
        .bind(*minutes)
        .bind(now)
        .fetch_one(&mut *conn)
        .await?;
        for email in *present {
            let Some((uid, uadmin)) = users.get(*email).copied() else {
                continue;
            };
            sqlx::query(
                "INSERT INTO meeting_attendees (meeting_id, user_id, administration_id, guest) VALUES ($1, $2, $3, 0)",
            )
            .bind(mid)
            .bind(uid)
            .bind(uadmin.unwrap_or(admin))
            .execute(&mut *conn)
            .await?;
        }
        for (org, n) in *organisations {
            sqlx::query(
                "INSERT INTO meeting_organisations (meeting_id, organisation, attendees) VALUES ($1, $2, $3)",
            )
            .bind(mid)
            .bind(*org)
            .bind(*n)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(created)
}

/// Creates the sent winter newsletter if it is missing; returns how many were created.
async fn load_newsletter(
    conn: &mut AnyConnection,
    admins: &HashMap<String, i64>,
    now: &str,
) -> anyhow::Result<usize> {
    let Some(slk) = admins.get("SLK").copied() else {
        return Ok(0);
    };
    let title = "Nyhetsbrev mot våldsbejakande extremism – vinter 2026";
    let found: Option<NewsletterIssueId> =
        sqlx::query_scalar("SELECT id FROM newsletter_issues WHERE title = $1")
            .bind(title)
            .fetch_optional(&mut *conn)
            .await?;
    if found.is_some() {
        return Ok(0);
    }
    sqlx::query(
        "INSERT INTO newsletter_issues (administration_id, title, body, created_by, created_at, updated_at, sent_at, sent_by, recipients) \
         VALUES ($1, $2, $3, 'demo', $4, $4, '2026-02-20T09:00:00Z', 'demo', 24)",
    )
    .bind(slk)
    .bind(title)
    .bind("## I detta nummer\n\n- Enkäten 2026 öppnar i mars.\n- Nya webbutbildningen om vit makt-miljön.\n- Samordnarnätverket träffas den 17 mars.")
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(1)
}

/// Creates the guidance and links pages that are missing; returns how many were created.
async fn load_pages(conn: &mut AnyConnection, now: &str) -> anyhow::Result<usize> {
    let mut created = 0;
    for (slug, kind, title, body) in [
        (
            "vagledning",
            "guidance",
            "Vägledning för medarbetare",
            GUIDANCE,
        ),
        ("lankar", "links", "Länkar", LINKS),
    ] {
        let found: Option<KnowledgePageId> =
            sqlx::query_scalar("SELECT id FROM knowledge_pages WHERE slug = $1")
                .bind(slug)
                .fetch_optional(&mut *conn)
                .await?;
        if found.is_some() {
            continue;
        }
        created += 1;
        let id: KnowledgePageId = sqlx::query_scalar(
            "INSERT INTO knowledge_pages (slug, kind, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(slug)
        .bind(kind)
        .bind(now)
        .fetch_one(&mut *conn)
        .await?;
        sqlx::query(
            "INSERT INTO knowledge_versions (page_id, version, title, body, created_by, created_at) VALUES ($1, 1, $2, $3, 'demo', $4)",
        )
        .bind(id)
        .bind(title)
        .bind(body)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    }
    Ok(created)
}

/// Creates the glossary's Tyr rune if it is missing; returns how many were created.
async fn load_symbol(conn: &mut AnyConnection, now: &str) -> anyhow::Result<usize> {
    use base64::Engine;
    let symbol = "Tyr-runan";
    let found: Option<KnowledgeSymbolId> =
        sqlx::query_scalar("SELECT id FROM knowledge_symbols WHERE name = $1")
            .bind(symbol)
            .fetch_optional(&mut *conn)
            .await?;
    if found.is_some() {
        return Ok(0);
    }
    sqlx::query(
        "INSERT INTO knowledge_symbols (name, description, alt, image_type, image, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, 'image/png', $4, 'demo', $5, $5)",
    )
    .bind(symbol)
    .bind("En runa formad som en pil uppåt. Används i vit makt-miljön och syns ofta som klotter eller på klistermärken.")
    .bind("En runa formad som en pil som pekar uppåt, målad som klotter på en vägg.")
    .bind(base64::engine::general_purpose::STANDARD.encode(SYMBOL_PNG))
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(1)
}
