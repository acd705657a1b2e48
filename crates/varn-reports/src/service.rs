//! The services of the anonymized form: storing a checked and guarded form, the inbox's
//! assessment, links and notes, and partner links, each change in one write transaction
//! with its audit entry. The page and the API call the same ones.

use crate::domain::{
    CheckedReport, NewPartnerLink, PartnerLinkId, ReportId, ReportNoteId, Status, MAX_NOTE,
};
use crate::store::{self, PartnerLink};
use varn_house::audit::{self, Actor, Entry};
use varn_house::auth::Principal;
use varn_house::db::Db;
use varn_house::i18n;
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::ids::AdministrationId;
use varn_house::kernel::text as guard;
use varn_house::kernel::text::Flag;
use varn_house::web::AppState;
use varn_taxonomy as taxonomy;

/// Stores a checked form (the PII guard has passed it) under its submission key, with the
/// taxonomy version of now, and audits it; the form's id.
pub async fn store_form(
    db: &Db,
    actor: &Actor,
    checked: &CheckedReport,
    channel: &str,
    partner_link: Option<PartnerLinkId>,
    key: &str,
) -> Result<ReportId> {
    let version = taxonomy::current_version(db).await?;
    let mut tx = db.begin_write().await?;
    store::check_references(&mut tx, checked).await?;
    let id = store::insert(&mut tx, checked, channel, partner_link, key, version).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(varn_house::audit::Action::Create, crate::Record::Report, id)
            .admin(Some(checked.administration_id))
            .summary(varn_house::i18n::sv().t(&format!("report.channel.{channel}"))),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Moves a form in the workflow and replaces its classification; shared by page and API.
pub async fn assess(
    state: &AppState,
    p: &Principal,
    id: ReportId,
    status: Option<&str>,
    forwarded_to: Option<&str>,
    terms: Option<Vec<taxonomy::TermId>>,
) -> Result<()> {
    let cat = i18n::sv();
    let current = store::get(&state.db, id).await?;
    let status = match status {
        Some(s) => Status::parse(s).ok_or_else(|| {
            Error::invalid(cat.t("inbox.field_status"), cat.t("report.bad_choice"))
        })?,
        None => current.item.status,
    };
    let forwarded_to = forwarded_to
        .map(str::trim)
        .map(str::to_string)
        .unwrap_or(current.forwarded_to.clone());
    if status == Status::Forwarded && forwarded_to.is_empty() {
        return Err(Error::invalid(
            cat.t("inbox.field_forwarded_to"),
            cat.t("inbox.forwarded_needs_whom"),
        ));
    }
    if forwarded_to.chars().count() > 200 {
        return Err(Error::invalid(
            cat.t("inbox.field_forwarded_to"),
            cat.t("validation.too_long"),
        ));
    }
    if !guard::check(
        &state.pii.get(),
        &[(cat.t("inbox.field_forwarded_to"), &forwarded_to)],
    )
    .is_empty()
    {
        return Err(Error::invalid(
            cat.t("inbox.field_forwarded_to"),
            cat.t("inbox.forwarded_identifying"),
        ));
    }
    let mut tx = state.db.begin_write().await?;
    if let Some(terms) = &terms {
        for t in terms {
            if !store::classifies(&mut tx, *t).await? {
                return Err(Error::invalid(
                    cat.t("inbox.field_classification"),
                    cat.t("report.unknown_term"),
                ));
            }
        }
        store::classify(&mut tx, id, terms).await?;
    }
    store::set_status(&mut tx, id, status, &forwarded_to, &p.email).await?;
    audit::record(
        &mut tx,
        &Actor::of(p),
        Entry::new(varn_house::audit::Action::Update, crate::Record::Report, id)
            .admin(Some(current.item.administration_id))
            .summary(status.label()),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Adds a link to an IA case (`ia`) or another form (`report`); shared by page and API.
pub async fn link(
    state: &AppState,
    p: &Principal,
    id: ReportId,
    kind: &str,
    reference: &str,
) -> Result<()> {
    let cat = i18n::sv();
    let mut reference = reference.trim().to_string();
    let admin = store::administration_of(&state.db, id).await?;
    match kind {
        "ia" => {
            let prefix = &state.config.ia_number_prefix;
            match crate::domain::ia_number(&reference, prefix) {
                Some(number) => reference = number,
                None => {
                    return Err(Error::invalid(
                        cat.t("inbox.field_ia"),
                        cat.f("inbox.bad_ia", &[("prefix", prefix)]),
                    ))
                }
            }
        }
        "report" => {
            let other: ReportId = reference.trim_start_matches('#').parse().map_err(|_| {
                Error::invalid(cat.t("inbox.field_other"), cat.t("inbox.bad_other"))
            })?;
            let other_admin = store::administration_of(&state.db, other)
                .await
                .map_err(|_| {
                    Error::invalid(cat.t("inbox.field_other"), cat.t("inbox.bad_other"))
                })?;
            if other == id || !p.covers(crate::perm::INBOX, other_admin) {
                return Err(Error::invalid(
                    cat.t("inbox.field_other"),
                    cat.t("inbox.bad_other"),
                ));
            }
            reference = other.to_string();
        }
        _ => {
            return Err(Error::invalid(
                cat.t("inbox.field_link_kind"),
                cat.t("report.bad_choice"),
            ))
        }
    }
    let mut tx = state.db.begin_write().await?;
    let link = store::add_link(&mut tx, id, kind, &reference, &p.email).await?;
    audit::record(
        &mut tx,
        &Actor::of(p),
        Entry::new(varn_house::audit::Action::Create, crate::Record::Link, link)
            .admin(Some(admin))
            .summary(match kind {
                "ia" => reference.clone(),
                _ => format!("#{reference}"),
            }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Adds a note after the PII guard; `Ok(Err(flags))` when the guard stopped it.
pub async fn note(
    state: &AppState,
    p: &Principal,
    id: ReportId,
    body: &str,
) -> Result<std::result::Result<ReportNoteId, Vec<Flag>>> {
    let cat = i18n::sv();
    let body = body.trim();
    if body.is_empty() {
        return Err(Error::invalid(
            cat.t("inbox.field_note"),
            cat.t("validation.required"),
        ));
    }
    if body.chars().count() > MAX_NOTE {
        return Err(Error::invalid(
            cat.t("inbox.field_note"),
            cat.f("report.too_long", &[("max", &MAX_NOTE.to_string())]),
        ));
    }
    let flags = guard::check(&state.pii.get(), &[(cat.t("inbox.field_note"), body)]);
    if !flags.is_empty() {
        return Ok(Err(flags));
    }
    let admin = store::administration_of(&state.db, id).await?;
    let mut tx = state.db.begin_write().await?;
    let note = store::add_note(&mut tx, id, body, &p.email).await?;
    audit::record(
        &mut tx,
        &Actor::of(p),
        Entry::new(varn_house::audit::Action::Create, crate::Record::Note, note).admin(Some(admin)),
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(note))
}

/// Creates a partner link; returns it and its token (shown once).
pub async fn create_partner_link(
    db: &Db,
    guard: &varn_pii::Guard,
    actor: &Actor,
    administration: AdministrationId,
    new: &NewPartnerLink,
) -> Result<(PartnerLink, String)> {
    let cat = i18n::sv();
    let mut c = varn_house::kernel::check::Checker::default();
    let label = c.check(
        cat.t("partner.field_label"),
        varn_house::kernel::check::required_text(&new.label, 120),
    );
    // Other coordinators of the administration read the label, and the audit log keeps it.
    c.problems.extend(varn_house::kernel::text::problems(
        guard,
        None,
        &[(cat.t("partner.field_label"), &new.label)],
    ));
    if !(1..=365).contains(&new.days) {
        c.fail(cat.t("partner.field_days"), cat.t("partner.bad_days"));
    }
    if !(1..=1000).contains(&new.max_reports) {
        c.fail(cat.t("partner.field_max"), cat.t("partner.bad_max"));
    }
    let Some(label) = label.filter(|_| c.problems.is_empty()) else {
        return Err(Error::Invalid(c.problems));
    };
    let token = varn_house::auth::session::random_token();
    let expires = (chrono::Utc::now() + chrono::Duration::days(new.days))
        .format("%Y-%m-%d")
        .to_string();
    let mut tx = db.begin_write().await?;
    let id = store::insert_partner_link(
        &mut tx,
        administration,
        &token,
        &label,
        &expires,
        new.max_reports,
        &actor.label,
    )
    .await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            varn_house::audit::Action::Create,
            crate::Record::PartnerLink,
            id,
        )
        .admin(Some(administration))
        .summary(label),
    )
    .await?;
    tx.commit().await?;
    let link = store::partner_links(db, administration)
        .await?
        .into_iter()
        .find(|l| l.id == id)
        .ok_or(Error::NotFound)?;
    Ok((link, token))
}

/// Revokes a partner link; the administration it belongs to.
pub async fn revoke_partner_link(
    db: &Db,
    actor: &Actor,
    id: PartnerLinkId,
) -> Result<AdministrationId> {
    let mut tx = db.begin_write().await?;
    let admin = store::revoke_partner_link(&mut tx, id).await?;
    audit::record(
        &mut tx,
        actor,
        Entry::new(
            varn_house::audit::Action::End,
            crate::Record::PartnerLink,
            id,
        )
        .admin(Some(admin)),
    )
    .await?;
    tx.commit().await?;
    Ok(admin)
}
