//! The written part of the situational picture (DOMAIN.md §6): per administration and
//! year, the coordinator's narrative in fixed sections (international, national, one per
//! environment of the taxonomy, local, sources, analysis), a draft until it is marked
//! final. A final picture is locked; reopening it makes it a draft again. Every step is
//! audited and kept as history; reading it is audited too. The narrative is about
//! phenomena, never about persons.

use serde::{Deserialize, Serialize};
use sqlx::Row;
use varn_house::kernel::ids::AdministrationId;

use crate::domain::SituationPictureId;
use varn_house::audit::{self, Actor, Entry};
use varn_house::db::{self, Db};
use varn_house::i18n;
use varn_house::kernel::error::{Error, Problem, Result};
use varn_taxonomy::domain::Vocabulary;

/// The longest text a section may hold, in characters.
pub const MAX_SECTION: usize = varn_house::kernel::text::MAX_FREE_TEXT;

/// Draft or final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = PictureStatus)]
pub enum Status {
    Draft,
    Final,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Final => "final",
        }
    }
    pub fn parse(s: &str) -> Status {
        if s == "final" {
            Status::Final
        } else {
            Status::Draft
        }
    }
    /// Utkast or Fastställd.
    pub fn label(self) -> &'static str {
        i18n::sv().t(match self {
            Status::Draft => "picture.status_draft",
            Status::Final => "picture.status_final",
        })
    }
}

/// One section of the narrative.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = PictureSection)]
pub struct Section {
    /// internationellt, nationellt, `miljo_<term code>`, lokalt, kallor, analys
    pub key: String,
    pub title: String,
    /// Markdown written by the coordinator.
    pub body: String,
}

/// A step in the picture's history.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Event {
    /// created, saved, finalized, reopened
    pub step: String,
    pub at: String,
    pub actor: String,
    /// The actor's name when an account has their address (the page shows it; the API
    /// keeps the address).
    #[serde(skip)]
    pub actor_name: String,
}

impl Event {
    /// When, as people read it: "1 mar 2026 kl. 11.15" (Swedish local time).
    pub fn when(&self) -> String {
        varn_house::kernel::time::swedish(&self.at)
    }

    pub fn step_label(&self) -> &'static str {
        let cat = i18n::sv();
        match self.step.as_str() {
            "created" => cat.t("picture.step_created"),
            "saved" => cat.t("picture.step_saved"),
            "finalized" => cat.t("picture.step_finalized"),
            _ => cat.t("picture.step_reopened"),
        }
    }
}

/// The narrative of one administration and year, as stored or (if nothing is written
/// yet) as an empty draft.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Narrative {
    /// None until something has been saved.
    pub id: Option<SituationPictureId>,
    pub administration_id: AdministrationId,
    pub year: i64,
    pub status: Status,
    pub sections: Vec<Section>,
    pub updated_by: String,
    pub updated_at: String,
    pub events: Vec<Event>,
}

/// The sections in order: key and title. Environments are the taxonomy's current ones.
pub async fn section_specs(db: &Db) -> Result<Vec<(String, String)>> {
    let cat = i18n::sv();
    let mut out = vec![
        (
            "internationellt".to_string(),
            cat.t("picture.section_international").to_string(),
        ),
        (
            "nationellt".to_string(),
            cat.t("picture.section_national").to_string(),
        ),
    ];
    for term in varn_taxonomy::active(db, Vocabulary::Environment).await? {
        out.push((format!("miljo_{}", term.code), term.label));
    }
    for (key, title) in [
        ("lokalt", "picture.section_local"),
        ("kallor", "picture.section_sources"),
        ("analys", "picture.section_analysis"),
    ] {
        out.push((key.to_string(), cat.t(title).to_string()));
    }
    Ok(out)
}

/// A year the picture can be written for, or not found.
pub fn check_year(year: i64) -> Result<i64> {
    if (1990..=2100).contains(&year) {
        Ok(year)
    } else {
        Err(Error::NotFound)
    }
}

async fn find(
    conn: &mut sqlx::AnyConnection,
    admin: AdministrationId,
    year: i64,
) -> Result<Option<(SituationPictureId, Status)>> {
    let row = sqlx::query(
        "SELECT id, status FROM situation_pictures WHERE administration_id = $1 AND year = $2",
    )
    .bind(admin)
    .bind(year)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(match row {
        Some(r) => Some((
            r.try_get("id")?,
            Status::parse(&r.try_get::<String, _>("status")?),
        )),
        None => None,
    })
}

/// The narrative of an administration and year (an empty draft when none is written).
pub async fn load(db: &Db, admin: AdministrationId, year: i64) -> Result<Narrative> {
    let specs = section_specs(db).await?;
    let row = sqlx::query(
        "SELECT id, status, updated_by, updated_at FROM situation_pictures WHERE administration_id = $1 AND year = $2",
    )
    .bind(admin)
    .bind(year)
    .fetch_optional(db.pool())
    .await?;
    let mut n = Narrative {
        id: None,
        administration_id: admin,
        year,
        status: Status::Draft,
        sections: specs
            .iter()
            .map(|(key, title)| Section {
                key: key.clone(),
                title: title.clone(),
                body: String::new(),
            })
            .collect(),
        updated_by: String::new(),
        updated_at: String::new(),
        events: vec![],
    };
    let Some(row) = row else {
        return Ok(n);
    };
    let id: SituationPictureId = row.try_get("id")?;
    n.id = Some(id);
    n.status = Status::parse(&row.try_get::<String, _>("status")?);
    n.updated_by = row.try_get("updated_by")?;
    n.updated_at = row.try_get("updated_at")?;
    let stored = sqlx::query(
        "SELECT section_key, title, body FROM situation_picture_sections WHERE picture_id = $1 ORDER BY section_key",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await?;
    for r in &stored {
        let key: String = r.try_get("section_key")?;
        let body: String = r.try_get("body")?;
        match n.sections.iter_mut().find(|s| s.key == key) {
            Some(s) => s.body = body,
            // An environment since renamed or retired keeps its text, before "Lokalt".
            None => {
                let at = n
                    .sections
                    .iter()
                    .position(|s| s.key == "lokalt")
                    .unwrap_or(n.sections.len());
                n.sections.insert(
                    at,
                    Section {
                        key,
                        title: r.try_get("title")?,
                        body,
                    },
                );
            }
        }
    }
    n.events = sqlx::query(
        "SELECT e.step, e.at, e.actor, COALESCE(who.name, e.actor) AS actor_name FROM situation_picture_events e \
         LEFT JOIN users who ON who.email = e.actor WHERE e.picture_id = $1 ORDER BY e.id",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await?
    .iter()
    .map(|r| {
        Ok(Event {
            step: r.try_get("step")?,
            at: r.try_get("at")?,
            actor: r.try_get("actor")?,
            actor_name: r.try_get("actor_name")?,
        })
    })
    .collect::<Result<_>>()?;
    Ok(n)
}

async fn event(
    conn: &mut sqlx::AnyConnection,
    picture: SituationPictureId,
    step: &str,
    actor: &Actor,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO situation_picture_events (picture_id, step, at, actor) VALUES ($1, $2, $3, $4)",
    )
    .bind(picture)
    .bind(step)
    .bind(db::now())
    .bind(&actor.label)
    .execute(conn)
    .await?;
    Ok(())
}

fn locked() -> Error {
    Error::Conflict(i18n::sv().t("picture.locked").to_string())
}

/// Saves the given sections' text (others keep theirs), creating the draft if needed.
/// Refused when the picture is final, and for a text the PII guard finds identifying (the
/// picture is about phenomena, never persons; the refusal names the section, never the text).
pub async fn save(
    db: &Db,
    guard: &varn_pii::Guard,
    actor: &Actor,
    admin: AdministrationId,
    year: i64,
    bodies: &[(String, String)],
) -> Result<()> {
    let mut tx = db.begin_write().await?;
    let found = find(&mut tx, admin, year).await?;
    if matches!(found, Some((_, Status::Final))) {
        return Err(locked());
    }
    let specs = sections_of(db, &mut tx, found.map(|(id, _)| id)).await?;
    check_sections(guard, &specs, bodies)?;
    let id = match found {
        Some((_, Status::Final)) => return Err(locked()),
        Some((id, Status::Draft)) => {
            touch_draft(&mut tx, actor, id).await?;
            id
        }
        None => create_draft(&mut tx, actor, admin, year).await?,
    };
    let (action, kind) = match found {
        Some(_) => (varn_house::audit::Action::Update, "saved"),
        None => (varn_house::audit::Action::Create, "created"),
    };
    recorded(&mut tx, actor, (id, admin, year), kind, action).await?;
    for (key, body) in bodies {
        let title = specs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, t)| t.as_str())
            .unwrap_or(key);
        sqlx::query(
            "INSERT INTO situation_picture_sections (picture_id, section_key, title, body) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (picture_id, section_key) DO UPDATE SET title = excluded.title, body = excluded.body",
        )
        .bind(id)
        .bind(key)
        .bind(title)
        .bind(body.replace("\r\n", "\n").trim_end())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The sections of today's structure, and those the picture already has (an environment
/// since renamed or retired keeps its text and can still be edited): (key, title).
async fn sections_of(
    db: &Db,
    conn: &mut sqlx::AnyConnection,
    picture: Option<SituationPictureId>,
) -> Result<Vec<(String, String)>> {
    let mut specs = section_specs(db).await?;
    if let Some(id) = picture {
        let stored = sqlx::query(
            "SELECT section_key, title FROM situation_picture_sections WHERE picture_id = $1 ORDER BY section_key",
        )
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        for r in &stored {
            let key: String = r.try_get("section_key")?;
            if !specs.iter().any(|(k, _)| *k == key) {
                specs.push((key, r.try_get("title")?));
            }
        }
    }
    Ok(specs)
}

/// Each text belongs to a known section, is not too long, and names nobody; the problems
/// name the section, never the text.
fn check_sections(
    guard: &varn_pii::Guard,
    specs: &[(String, String)],
    bodies: &[(String, String)],
) -> Result<()> {
    let cat = i18n::sv();
    let mut problems = Vec::new();
    for (key, body) in bodies {
        match specs.iter().find(|(k, _)| k == key) {
            None => problems.push(Problem::field(
                key.clone(),
                cat.t("picture.unknown_section"),
            )),
            Some((_, title)) if body.chars().count() > MAX_SECTION => problems.push(
                Problem::field(title.clone(), cat.t("picture.section_too_long")),
            ),
            Some((_, title)) => {
                for flag in varn_house::kernel::text::check(guard, &[(title.as_str(), body)]) {
                    problems.push(Problem::field(
                        title.clone(),
                        cat.f("picture.pii", &[("what", &flag.explanation)]),
                    ));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(problems))
    }
}

/// Marks a draft as changed now by `actor`.
async fn touch_draft(
    conn: &mut sqlx::AnyConnection,
    actor: &Actor,
    id: SituationPictureId,
) -> Result<()> {
    sqlx::query("UPDATE situation_pictures SET updated_by = $1, updated_at = $2 WHERE id = $3")
        .bind(&actor.label)
        .bind(db::now())
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Starts the year's draft; two people starting the same year at once: the second is
/// told, not failed.
async fn create_draft(
    conn: &mut sqlx::AnyConnection,
    actor: &Actor,
    admin: AdministrationId,
    year: i64,
) -> Result<SituationPictureId> {
    let created: Option<SituationPictureId> = sqlx::query_scalar(
        "INSERT INTO situation_pictures (administration_id, year, status, updated_by, updated_at) \
         VALUES ($1, $2, 'draft', $3, $4) ON CONFLICT (administration_id, year) DO NOTHING RETURNING id",
    )
    .bind(admin)
    .bind(year)
    .bind(&actor.label)
    .bind(db::now())
    .fetch_optional(&mut *conn)
    .await?;
    created.ok_or_else(|| Error::Conflict(i18n::sv().t("picture.started_meanwhile").into()))
}

/// Records what happened to picture `id` (of `admin`, `year`): its event and its audit
/// entry, in the caller's transaction.
async fn recorded(
    conn: &mut sqlx::AnyConnection,
    actor: &Actor,
    (id, admin, year): (SituationPictureId, AdministrationId, i64),
    kind: &str,
    action: varn_house::audit::Action,
) -> Result<()> {
    event(conn, id, kind, actor).await?;
    audit::record(
        conn,
        actor,
        Entry::new(action, crate::Record::Picture, id)
            .admin(Some(admin))
            .summary(year.to_string()),
    )
    .await?;
    Ok(())
}

/// Moves a picture from `from` to `to`, with its event and audit entry.
async fn step(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
    year: i64,
    from: Status,
    to: Status,
) -> Result<()> {
    let cat = i18n::sv();
    let mut tx = db.begin_write().await?;
    let id = match find(&mut tx, admin, year).await? {
        None => return Err(Error::Conflict(cat.t("picture.nothing_written").into())),
        Some((_, status)) if status != from => {
            return Err(Error::Conflict(
                cat.t(if to == Status::Final {
                    "picture.already_final"
                } else {
                    "picture.not_final"
                })
                .into(),
            ))
        }
        Some((id, _)) => id,
    };
    sqlx::query(
        "UPDATE situation_pictures SET status = $1, updated_by = $2, updated_at = $3 WHERE id = $4",
    )
    .bind(to.as_str())
    .bind(&actor.label)
    .bind(db::now())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    let (step, action) = if to == Status::Final {
        ("finalized", varn_house::audit::Action::Finalize)
    } else {
        ("reopened", varn_house::audit::Action::Reopen)
    };
    recorded(&mut tx, actor, (id, admin, year), step, action).await?;
    tx.commit().await?;
    Ok(())
}

/// Marks a draft final: it can no longer be edited.
pub async fn finalize(db: &Db, actor: &Actor, admin: AdministrationId, year: i64) -> Result<()> {
    step(db, actor, admin, year, Status::Draft, Status::Final).await
}

/// Makes a final picture a draft again, so that it can be corrected.
pub async fn reopen(db: &Db, actor: &Actor, admin: AdministrationId, year: i64) -> Result<()> {
    step(db, actor, admin, year, Status::Final, Status::Draft).await
}

/// Writes the read entry for a narrative that exists (the text is free text).
pub async fn record_read(db: &Db, actor: &Actor, n: &Narrative, how: &str) -> Result<()> {
    if let Some(id) = n.id {
        audit::record_now(
            db,
            actor,
            Entry::new(varn_house::audit::Action::Read, crate::Record::Picture, id)
                .admin(Some(n.administration_id))
                .summary(format!(
                    "{} {}",
                    n.year,
                    varn_house::i18n::sv().t(match how {
                        "docx" => "audit.read_as.docx",
                        "pdf" => "audit.read_as.pdf",
                        _ => "audit.read_as.page",
                    })
                )),
        )
        .await?;
    }
    Ok(())
}

/// The years an administration has a picture for, newest first, with their status.
pub async fn years(db: &Db, admin: AdministrationId) -> Result<Vec<(i64, Status)>> {
    sqlx::query("SELECT year, status FROM situation_pictures WHERE administration_id = $1 ORDER BY year DESC")
        .bind(admin)
        .fetch_all(db.pool())
        .await?
        .iter()
        .map(|r| Ok((r.try_get("year")?, Status::parse(&r.try_get::<String, _>("status")?))))
        .collect()
}

/// A short summary of a narrative for the plan: the analysis, or else the local
/// picture, cut at a word near `max` characters.
pub fn summary(n: &Narrative, max: usize) -> String {
    let text = ["analys", "lokalt"]
        .iter()
        .filter_map(|k| n.sections.iter().find(|s| s.key == *k))
        .map(|s| s.body.trim())
        .find(|b| !b.is_empty())
        .unwrap_or("");
    let plain: String = text
        .chars()
        .filter(|c| !matches!(c, '#' | '*' | '_' | '|' | '>'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if plain.chars().count() <= max {
        return plain;
    }
    let cut: String = plain.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map(|(a, _)| a).unwrap_or(&cut);
    format!("{cut} …")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn narrative(analysis: &str, local: &str) -> Narrative {
        Narrative {
            id: None,
            administration_id: AdministrationId::new(1),
            year: 2026,
            status: Status::Draft,
            sections: vec![
                Section {
                    key: "lokalt".into(),
                    title: "Lokalt".into(),
                    body: local.into(),
                },
                Section {
                    key: "analys".into(),
                    title: "Analys".into(),
                    body: analysis.into(),
                },
            ],
            updated_by: String::new(),
            updated_at: String::new(),
            events: vec![],
        }
    }

    #[test]
    fn the_summary_prefers_the_analysis_and_cuts_at_a_word() {
        assert_eq!(
            summary(&narrative("", "## Läget\n\nLugnt **i år**."), 100),
            "Läget Lugnt i år."
        );
        let s = summary(&narrative("ett två tre fyra fem sex", "x"), 12);
        assert_eq!(s, "ett två tre …");
        assert_eq!(check_year(1989).is_err(), check_year(2101).is_err());
        assert_eq!(Status::parse("final"), Status::Final);
    }
}
