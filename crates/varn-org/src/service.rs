//! The organisation's changes, each with its checks and its audit entry in one transaction.
//! Pages and the API both call these, so a rule lives in one place.

use crate::domain::{
    parse_date, AdministrationKind, Code, ContactForm, NewAdministration, UnitForm,
};
use crate::store;
use varn_house::audit::{self, Actor, Entry};
use varn_house::db::Db;
use varn_house::i18n;
use varn_house::kernel::check::{required_text, Checker};
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::ids::{AdministrationId, DepartmentId, UnitId};

pub async fn create_administration(
    db: &Db,
    actor: &Actor,
    new: &NewAdministration,
) -> Result<AdministrationId> {
    let input = new.check()?;
    let mut tx = db.begin_write().await?;
    let id = store::create_administration(&mut tx, &input).await?;
    let summary = format!("{} {}", input.code.as_str(), input.name);
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            varn_house::audit::Action::Create,
            crate::Record::Administration,
            id,
        )
        .admin(Some(id))
        .summary(summary),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Changes name and kind; `None` keeps the current value.
pub async fn update_administration(
    db: &Db,
    actor: &Actor,
    id: AdministrationId,
    name: Option<&str>,
    kind: Option<&str>,
) -> Result<()> {
    let cat = i18n::sv();
    let current = store::get_administration(db, id).await?;
    let mut c = Checker::default();
    let name = match name {
        Some(n) => c.check(cat.t("field.name"), required_text(n, 200)),
        None => Some(current.name),
    };
    let kind = match kind {
        Some(k) => c.check(
            cat.t("field.kind"),
            AdministrationKind::parse(k).ok_or(cat.t("validation.kind")),
        ),
        None => Some(current.kind),
    };
    let (Some(name), Some(kind)) = (name, kind) else {
        return c.finish();
    };
    let mut tx = db.begin_write().await?;
    store::update_administration(&mut tx, id, &name, kind).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            varn_house::audit::Action::Update,
            crate::Record::Administration,
            id,
        )
        .admin(Some(id))
        .summary(name),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn create_department(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
    code: &str,
    name: &str,
) -> Result<(DepartmentId, String, String)> {
    let cat = i18n::sv();
    let mut c = Checker::default();
    let code = c.check(cat.t("field.department_code"), Code::parse(code));
    let name = c.check(cat.t("field.department_name"), required_text(name, 200));
    let (Some(code), Some(name)) = (code, name) else {
        return Err(c.finish().err().unwrap_or(Error::NotFound));
    };
    let mut tx = db.begin_write().await?;
    let id = store::create_department(&mut tx, admin, code.as_str(), &name).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            varn_house::audit::Action::Create,
            crate::Record::Department,
            id,
        )
        .admin(Some(admin))
        .summary(format!("{} {name}", code.as_str())),
    )
    .await?;
    tx.commit().await?;
    Ok((id, code.as_str().to_string(), name))
}

/// Renames a department; returns its administration.
pub async fn rename_department(
    db: &Db,
    actor: &Actor,
    id: DepartmentId,
    name: &str,
) -> Result<AdministrationId> {
    let cat = i18n::sv();
    let admin = store::department_administration(db, id).await?;
    let name =
        required_text(name, 200).map_err(|m| Error::invalid(cat.t("field.department_name"), m))?;
    let mut tx = db.begin_write().await?;
    store::rename_department(&mut tx, id, &name).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            varn_house::audit::Action::Update,
            crate::Record::Department,
            id,
        )
        .admin(Some(admin))
        .summary(name),
    )
    .await?;
    tx.commit().await?;
    Ok(admin)
}

pub async fn create_unit(
    db: &Db,
    actor: &Actor,
    admin: AdministrationId,
    form: &UnitForm,
) -> Result<UnitId> {
    let input = form.check(None)?;
    let mut tx = db.begin_write().await?;
    store::check_department(&mut tx, input.department_id, admin).await?;
    let id = store::create_unit(&mut tx, &input).await?;
    let summary = format!("{} {}", input.code.as_str(), input.name);
    audit::record(
        &mut tx,
        actor,
        Entry::new(varn_house::audit::Action::Create, crate::Record::Unit, id)
            .admin(Some(admin))
            .summary(summary),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Replaces a current unit's values (the linked manager account stays).
pub async fn update_unit(db: &Db, actor: &Actor, id: UnitId, form: &UnitForm) -> Result<()> {
    let before = store::get_unit(db, id).await?;
    if !before.current {
        return Err(Error::Conflict(i18n::sv().t("conflict.unit_ended").into()));
    }
    let mut input = form.check(None)?;
    input.manager_user_id = before.manager_user_id;
    let mut tx = db.begin_write().await?;
    store::check_department(&mut tx, input.department_id, before.administration_id).await?;
    store::update_unit(&mut tx, id, &input).await?;
    let summary = format!("{} {}", input.code.as_str(), input.name);
    audit::record(
        &mut tx,
        actor,
        Entry::new(varn_house::audit::Action::Update, crate::Record::Unit, id)
            .admin(Some(before.administration_id))
            .summary(summary),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Ends a unit on `valid_to` (as typed), optionally naming the unit that takes over.
pub async fn end_unit(
    db: &Db,
    actor: &Actor,
    id: UnitId,
    valid_to: &str,
    successor: Option<UnitId>,
) -> Result<()> {
    let cat = i18n::sv();
    let valid_to = parse_date(valid_to).map_err(|m| Error::invalid(cat.t("field.valid_to"), m))?;
    let unit = store::get_unit(db, id).await?;
    let mut tx = db.begin_write().await?;
    store::end_unit(&mut tx, id, &valid_to, successor).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(varn_house::audit::Action::End, crate::Record::Unit, id)
            .admin(Some(unit.administration_id))
            .summary(format!("{} {valid_to}", unit.code)),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn create_contact(
    db: &Db,
    guard: &varn_pii::Guard,
    actor: &Actor,
    admin: AdministrationId,
    form: &ContactForm,
) -> Result<i64> {
    let card = form.check(guard)?;
    let mut tx = db.begin_write().await?;
    let id = store::create_contact(&mut tx, admin, &card).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            varn_house::audit::Action::Create,
            crate::Record::ContactCard,
            id,
        )
        .admin(Some(admin))
        .summary(card.name),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Deletes a contact card; returns its administration.
pub async fn delete_contact(db: &Db, actor: &Actor, id: i64) -> Result<AdministrationId> {
    let mut tx = db.begin_write().await?;
    let admin = store::delete_contact(&mut tx, id).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            varn_house::audit::Action::Delete,
            crate::Record::ContactCard,
            id,
        )
        .admin(Some(admin)),
    )
    .await?;
    tx.commit().await?;
    Ok(admin)
}
