//! Storage of the taxonomy. Every edit publishes a new version; retired terms stay so
//! that old records keep their meaning.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::domain::{self, check_code, Term, TermId, Vocabulary};
use varn_house::audit::{self, Actor, Entry};
use varn_house::db::{self, Db};
use varn_house::i18n;
use varn_house::kernel::error::{Error, Result};

fn term_from_row(r: &AnyRow) -> Result<Term> {
    let vocabulary: String = r.try_get("vocabulary")?;
    Ok(Term {
        id: r.try_get("id")?,
        vocabulary: Vocabulary::parse(&vocabulary)
            .ok_or_else(|| anyhow::anyhow!("bad vocabulary {vocabulary}"))?,
        code: r.try_get("code")?,
        label: r.try_get("label")?,
        position: r.try_get("position")?,
        introduced_version: r.try_get("introduced_version")?,
        retired_version: r.try_get("retired_version")?,
        replaced_by: r.try_get("replaced_by")?,
    })
}

const SELECT: &str = "SELECT id, vocabulary, code, label, position, introduced_version, retired_version, replaced_by FROM taxonomy_terms";

/// Every term, retired ones too, in display order.
pub async fn all(db: &Db) -> Result<Vec<Term>> {
    let rows = sqlx::query(&format!(
        "{SELECT} ORDER BY vocabulary, retired_version IS NOT NULL, position, label"
    ))
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(term_from_row).collect()
}

/// The terms offered now in one vocabulary.
pub async fn active(db: &Db, vocabulary: Vocabulary) -> Result<Vec<Term>> {
    let rows = sqlx::query(&format!(
        "{SELECT} WHERE vocabulary = $1 AND retired_version IS NULL ORDER BY position, label"
    ))
    .bind(vocabulary.as_str())
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(term_from_row).collect()
}

pub async fn get(conn: &mut AnyConnection, id: TermId) -> Result<Term> {
    let row = sqlx::query(&format!("{SELECT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(Error::NotFound)?;
    term_from_row(&row)
}

pub async fn current_version(db: &Db) -> Result<i64> {
    let v: Option<i64> = sqlx::query_scalar("SELECT MAX(version) FROM taxonomy_versions")
        .fetch_one(db.pool())
        .await?;
    Ok(v.unwrap_or(0))
}

async fn next_version(conn: &mut AnyConnection, actor: &Actor, note: &str) -> Result<i64> {
    db::serialise(conn, "taxonomy_versions").await?;
    let v: Option<i64> = sqlx::query_scalar("SELECT MAX(version) FROM taxonomy_versions")
        .fetch_one(&mut *conn)
        .await?;
    let next = v.unwrap_or(0) + 1;
    sqlx::query("INSERT INTO taxonomy_versions (version, published_at, published_by, note) VALUES ($1, $2, $3, $4)")
        .bind(next)
        .bind(db::now())
        .bind(&actor.label)
        .bind(note)
        .execute(conn)
        .await?;
    Ok(next)
}

async fn insert_term(
    conn: &mut AnyConnection,
    vocabulary: Vocabulary,
    code: &str,
    label: &str,
    version: i64,
) -> Result<TermId> {
    let exists: Option<TermId> =
        sqlx::query_scalar("SELECT id FROM taxonomy_terms WHERE vocabulary = $1 AND code = $2")
            .bind(vocabulary.as_str())
            .bind(code)
            .fetch_optional(&mut *conn)
            .await?;
    if exists.is_some() {
        return Err(Error::Conflict(
            i18n::sv().f("taxonomy.code_taken", &[("code", code)]),
        ));
    }
    let position: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM taxonomy_terms WHERE vocabulary = $1")
            .bind(vocabulary.as_str())
            .fetch_one(&mut *conn)
            .await?;
    let id: TermId = sqlx::query_scalar("INSERT INTO taxonomy_terms (vocabulary, code, label, position, introduced_version) VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(vocabulary.as_str())
        .bind(code)
        .bind(label)
        .bind(position)
        .bind(version)
        .fetch_one(conn)
        .await?;
    Ok(id)
}

fn check_label(label: &str) -> Result<String> {
    varn_house::kernel::check::required_text(label, 120)
        .map_err(|m| Error::invalid(i18n::sv().t("taxonomy.field_label"), m))
}

/// Adds a term, publishing a new version.
pub async fn add(
    db: &Db,
    actor: &Actor,
    vocabulary: Vocabulary,
    code: &str,
    label: &str,
) -> Result<TermId> {
    let code =
        check_code(code).map_err(|m| Error::invalid(i18n::sv().t("taxonomy.field_code"), m))?;
    let label = check_label(label)?;
    let mut tx = db.begin_write().await?;
    let version = next_version(&mut tx, actor, &format!("+ {code}")).await?;
    let id = insert_term(&mut tx, vocabulary, &code, &label, version).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(varn_house::audit::Action::Create, crate::Record::Term, id)
            .summary(format!("{} {code}: {label}", vocabulary.as_str())),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Renames a term: the old one is retired and points at a new term with the new name.
pub async fn rename(db: &Db, actor: &Actor, id: TermId, code: &str, label: &str) -> Result<TermId> {
    let code =
        check_code(code).map_err(|m| Error::invalid(i18n::sv().t("taxonomy.field_code"), m))?;
    let label = check_label(label)?;
    let mut tx = db.begin_write().await?;
    let old = get(&mut tx, id).await?;
    if !old.active() {
        return Err(Error::Conflict(
            i18n::sv().t("taxonomy.already_retired").into(),
        ));
    }
    let version = next_version(&mut tx, actor, &format!("{} → {code}", old.code)).await?;
    let new_id = insert_term(&mut tx, old.vocabulary, &code, &label, version).await?;
    sqlx::query("UPDATE taxonomy_terms SET retired_version = $1, replaced_by = $2 WHERE id = $3")
        .bind(version)
        .bind(new_id)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE taxonomy_terms SET position = $1 WHERE id = $2")
        .bind(old.position)
        .bind(new_id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(varn_house::audit::Action::Update, crate::Record::Term, id)
            .summary(format!("{} → {code}: {label}", old.code)),
    )
    .await?;
    tx.commit().await?;
    Ok(new_id)
}

/// Retires a term without a successor.
pub async fn retire(db: &Db, actor: &Actor, id: TermId) -> Result<()> {
    let mut tx = db.begin_write().await?;
    let old = get(&mut tx, id).await?;
    if !old.active() {
        return Err(Error::Conflict(
            i18n::sv().t("taxonomy.already_retired").into(),
        ));
    }
    let version = next_version(&mut tx, actor, &format!("- {}", old.code)).await?;
    sqlx::query("UPDATE taxonomy_terms SET retired_version = $1 WHERE id = $2")
        .bind(version)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(varn_house::audit::Action::End, crate::Record::Term, id).summary(old.code),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Fills an empty taxonomy with the starting terms (versions 1 and 2); does nothing otherwise.
pub async fn seed_if_empty(db: &Db) -> anyhow::Result<()> {
    if current_version(db)
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))?
        > 0
    {
        return Ok(());
    }
    let mut tx = db.begin_write().await?;
    for (version, note) in [(1, "Begrepp från 2016"), (2, "Nya namn på miljöerna 2024")] {
        sqlx::query("INSERT INTO taxonomy_versions (version, published_at, published_by, note) VALUES ($1, $2, 'system', $3)")
            .bind(version)
            .bind(db::now())
            .bind(note)
            .execute(&mut *tx)
            .await?;
    }
    for (version, vocabulary, code, label, replaces) in domain::seed() {
        let id = insert_term(&mut tx, vocabulary, code, label, version)
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        if let Some(old) = replaces {
            sqlx::query("UPDATE taxonomy_terms SET retired_version = $1, replaced_by = $2 WHERE vocabulary = $3 AND code = $4")
                .bind(version)
                .bind(id)
                .bind(vocabulary.as_str())
                .bind(old)
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}
