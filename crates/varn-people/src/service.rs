//! The services of people that change them: creating a user with a first grant, changing a
//! user, adding and removing a grant, each checked and in one transaction with its audit
//! entry. The pages and the API call the same ones.

use crate::store::{self, NewGrant};
use varn_house::audit::{self, Actor, Entry};
use varn_house::auth::password;
use varn_house::db::Db;
use varn_house::i18n;
use varn_house::kernel::check::{is_email, required_text, Checker};
use varn_house::kernel::error::Error;
use varn_house::kernel::ids::UserId;

/// Creates a user with one grant and an optional password.
pub async fn create_user(
    db: &Db,
    actor: &Actor,
    email: &str,
    name: &str,
    password_text: &str,
    grant: &NewGrant,
) -> Result<UserId, Error> {
    let cat = i18n::sv();
    let mut c = Checker::default();
    let email = store::normalise_email(email);
    if !is_email(&email) {
        c.fail(cat.t("field.email"), cat.t("validation.email"));
    }
    let name = c.check(cat.t("field.name"), required_text(name, 200));
    if !password_text.is_empty() {
        c.check(
            cat.t("field.password"),
            password::check_strength(password_text),
        );
    }
    let Some(name) = name.filter(|_| c.problems.is_empty()) else {
        return Err(Error::Invalid(c.problems));
    };
    let hash = if password_text.is_empty() {
        None
    } else {
        Some(password::hash(password_text.to_string()).await?)
    };
    let mut tx = db.begin_write().await?;
    let role = store::check_grant(&mut tx, grant, None).await?;
    let id = store::create(&mut tx, &email, &name, hash.as_deref()).await?;
    store::add_grant(&mut tx, id, role, grant.administration_id, grant.unit_id).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(varn_house::audit::Action::Create, crate::Record::User, id)
            .admin(grant.administration_id)
            .summary(format!("{email} ({})", role.label())),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Changes a user's name, active flag and (when given) password.
pub async fn update_user(
    db: &Db,
    actor: &Actor,
    id: UserId,
    name: &str,
    active: bool,
    password_text: Option<&str>,
) -> Result<(), Error> {
    let cat = i18n::sv();
    let mut c = Checker::default();
    let name = c.check(cat.t("field.name"), required_text(name, 200));
    if let Some(pw) = password_text.filter(|p| !p.is_empty()) {
        c.check(cat.t("field.password"), password::check_strength(pw));
    }
    let Some(name) = name.filter(|_| c.problems.is_empty()) else {
        return Err(Error::Invalid(c.problems));
    };
    let hash = match password_text.filter(|p| !p.is_empty()) {
        Some(pw) => Some(password::hash(pw.to_string()).await?),
        None => None,
    };
    let mut tx = db.begin_write().await?;
    store::update(&mut tx, id, &name, active).await?;
    let mut summary = name.clone();
    if let Some(hash) = &hash {
        store::set_password(&mut tx, id, hash).await?;
        summary.push_str(&format!(" ({})", cat.t("people.password_set")));
    }
    if !active {
        summary.push_str(&format!(" ({})", cat.t("people.inactive")));
    }
    audit::record(
        &mut tx,
        actor,
        Entry::new(varn_house::audit::Action::Update, crate::Record::User, id).summary(summary),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Adds a grant to a user.
pub async fn grant(db: &Db, actor: &Actor, id: UserId, grant: &NewGrant) -> Result<i64, Error> {
    store::get(db, id).await?;
    let mut tx = db.begin_write().await?;
    let role = store::check_grant(&mut tx, grant, None).await?;
    store::refuse_self_grant(actor.user_id, id, role, None)?;
    let (grant_id, new) =
        store::add_grant(&mut tx, id, role, grant.administration_id, grant.unit_id).await?;
    if new {
        audit::record(
            &mut tx,
            actor,
            Entry::new(
                varn_house::audit::Action::Create,
                crate::Record::RoleGrant,
                grant_id,
            )
            .admin(grant.administration_id)
            .summary(format!("{} → {}", role.label(), id)),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(grant_id)
}

/// Removes a grant.
pub async fn ungrant(db: &Db, actor: &Actor, id: UserId, grant_id: i64) -> Result<(), Error> {
    let mut tx = db.begin_write().await?;
    let admin = store::remove_grant(&mut tx, id, grant_id).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            varn_house::audit::Action::Delete,
            crate::Record::RoleGrant,
            grant_id,
        )
        .admin(admin)
        .summary(id.to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
