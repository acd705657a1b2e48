//! The demo municipality's grants: a grant officer in Södermalm (bidrag.sodermalm@demo.example,
//! the demo password), and Södermalm's register with a few associations, their
//! applications, decisions, instalments and controls; one association also deals with
//! Älvsjö, which has a control on record. Wholly fictitious (the organisation numbers are
//! made up, with right check digits). Loading again changes nothing.

use anyhow::Context;
use varn_house::kernel::ids::AdministrationId;

use crate::domain::{GrantAssociationId, Step};
use crate::service::{
    self, GrantsApplicationInput, GrantsAssociationInput, GrantsControlInput, GrantsDecisionInput,
    GrantsPaymentInput,
};
use varn_house::audit::{self, Action, Actor, Entry};
use varn_house::auth::{password, Role};
use varn_house::db::Db;
use varn_house::web::capability::DemoReport;

/// The demo grant officer.
pub const GRANT_OFFICER: &str = "bidrag.sodermalm@demo.example";

async fn admin_id(db: &Db, code: &str) -> anyhow::Result<AdministrationId> {
    sqlx::query_scalar("SELECT id FROM administrations WHERE code = $1")
        .bind(code)
        .fetch_optional(db.pool())
        .await?
        .with_context(|| format!("no administration {code} in the demo"))
}

/// The grant officer's account and grant (the role is new with grants; the rest of the
/// demo's people come from `demo/municipality.toml`).
async fn officer(db: &Db, sod: AdministrationId, report: &mut DemoReport) -> anyhow::Result<()> {
    let actor = Actor::system("demo");
    let mut tx = db.begin_write().await?;
    let id = match varn_people::id_by_email(&mut tx, GRANT_OFFICER)
        .await
        .map_err(varn_org::demo::err)?
    {
        Some(id) => id,
        None => {
            let hash =
                password::hash(varn_house::web::capability::DEMO_PASSWORD.to_string()).await?;
            let id = varn_people::create(&mut tx, GRANT_OFFICER, "Maja Lindholm", Some(&hash))
                .await
                .map_err(varn_org::demo::err)?;
            audit::record(
                &mut tx,
                &actor,
                Entry::new(Action::Create, varn_people::Record::User, id).summary(GRANT_OFFICER),
            )
            .await?;
            report.created += 1;
            id
        }
    };
    let (gid, new) = varn_people::add_grant(&mut tx, id, Role::GrantOfficer, Some(sod), None)
        .await
        .map_err(varn_org::demo::err)?;
    if new {
        audit::record(
            &mut tx,
            &actor,
            Entry::new(Action::Create, varn_people::Record::RoleGrant, gid)
                .admin(Some(sod))
                .summary(Role::GrantOfficer.label()),
        )
        .await?;
        report.created += 1;
    }
    tx.commit().await?;
    Ok(())
}

fn association(org: &str, name: &str, kind: &str) -> GrantsAssociationInput {
    GrantsAssociationInput {
        org_number: org.into(),
        name: name.into(),
        kind: kind.into(),
        contact_role: "Ordförande".into(),
    }
}

fn err(e: varn_house::kernel::error::Error) -> anyhow::Error {
    anyhow::anyhow!("demo grants: {e:?}")
}

/// Creates the demo's grants once.
pub async fn load(db: &Db) -> anyhow::Result<DemoReport> {
    let mut report = DemoReport::default();
    let sod = admin_id(db, "SOD").await?;
    let alv = admin_id(db, "ALV").await?;
    officer(db, sod, &mut report).await?;
    let first = "802400-1235";
    let done: Option<GrantAssociationId> =
        sqlx::query_scalar("SELECT id FROM grant_associations WHERE org_number = $1")
            .bind(first)
            .fetch_optional(db.pool())
            .await?;
    if done.is_some() {
        return Ok(report);
    }
    let d = Seed {
        db,
        guard: varn_pii::Guard::default(),
        actor: Actor::system("demo"),
        sod,
        alv,
        // Last year, so that no date of the demo lies in the future whenever it is loaded.
        year: crate::domain::year_of(&varn_house::db::today()).unwrap_or(2026) - 1,
    };
    let (bk, kultur) = associations(&d, first).await?;
    report.created += 5;
    club_grant(&d, bk).await?;
    premises(&d, kultur).await?;
    report.created += 7;
    Ok(report)
}

/// What every step of the demo's grants needs: where, by whom and in which year.
struct Seed<'a> {
    db: &'a Db,
    guard: varn_pii::Guard,
    actor: Actor,
    sod: AdministrationId,
    alv: AdministrationId,
    year: i32,
}

impl Seed<'_> {
    /// The 15th of January of the demo's year.
    fn jan(&self) -> String {
        format!("{}-01-15", self.year)
    }

    /// The 1st of February of the demo's year.
    fn feb(&self) -> String {
        format!("{}-02-01", self.year)
    }
}

/// Registers the three associations in Södermalm and the club in Älvsjö too, with Älvsjö's
/// yearly control; returns the club's and the culture association's ids.
async fn associations(
    d: &Seed<'_>,
    first: &str,
) -> anyhow::Result<(GrantAssociationId, GrantAssociationId)> {
    let bk = service::register(
        d.db,
        &d.guard,
        &d.actor,
        d.sod,
        &association(first, "Södermalms Bollklubb", "sports"),
    )
    .await
    .map_err(err)?;
    let kultur = service::register(
        d.db,
        &d.guard,
        &d.actor,
        d.sod,
        &association("802455-6675", "Kulturföreningen Mosaik", "culture"),
    )
    .await
    .map_err(err)?;
    service::register(
        d.db,
        &d.guard,
        &d.actor,
        d.sod,
        &association("802501-2348", "Studieförbundet Ringen", "study"),
    )
    .await
    .map_err(err)?;
    // The same association deals with Älvsjö, which made a yearly control of its own.
    service::register(
        d.db,
        &d.guard,
        &d.actor,
        d.alv,
        &association(first, "Södermalms Bollklubb", "sports"),
    )
    .await
    .map_err(err)?;
    service::control(
        d.db,
        &d.guard,
        &d.actor,
        d.alv,
        bk,
        &GrantsControlInput {
            kind: "yearly".into(),
            application_id: None,
            checked: "Årsredovisning och verksamhetsberättelse".into(),
            finding: "Inga avvikelser.".into(),
            controlled_on: d.jan(),
        },
    )
    .await
    .map_err(err)?;
    Ok((bk, kultur))
}

/// The club's grant: application, decision, two instalments (the first paid) and a VBE
/// control.
async fn club_grant(d: &Seed<'_>, bk: GrantAssociationId) -> anyhow::Result<()> {
    let year = d.year;
    let application = service::apply(
        d.db,
        &d.guard,
        &d.actor,
        d.sod,
        bk,
        &GrantsApplicationInput {
            kind: "grant".into(),
            period_from: format!("{year}-01-01"),
            period_to: format!("{year}-12-31"),
            purpose: "Träning för barn och unga två kvällar i veckan.".into(),
            amount: "60000".into(),
            declared_on: format!("{year}-01-10"),
            declared_by_role: "Ordförande".into(),
            received_on: format!("{year}-01-12"),
            ..Default::default()
        },
    )
    .await
    .map_err(err)?;
    service::decide(
        d.db,
        &d.guard,
        &varn_house::audit::Actor::system("demo"),
        application,
        &GrantsDecisionInput {
            outcome: "granted".into(),
            granted_amount: "50000".into(),
            reason: "Verksamheten når många unga i stadsdelen och uppfyller riktlinjerna.".into(),
            reference: format!("SOD {year}/117"),
            decided_on: d.jan(),
            conditions: "Redovisning av verksamheten efter halva året.".into(),
            follow_up_plan:
                "Kontroll under bidragstiden i juni och VBE-kontroll i den årliga uppföljningen."
                    .into(),
        },
    )
    .await
    .map_err(err)?;
    let first_payment = service::add_payment(
        d.db,
        &d.actor,
        application,
        &GrantsPaymentInput {
            amount: "25000".into(),
            due_on: d.feb(),
        },
    )
    .await
    .map_err(err)?;
    service::add_payment(
        d.db,
        &d.actor,
        application,
        &GrantsPaymentInput {
            amount: "25000".into(),
            due_on: format!("{year}-08-01"),
        },
    )
    .await
    .map_err(err)?;
    service::step_payment(d.db, &d.actor, first_payment, Step::Approve)
        .await
        .map_err(err)?;
    service::step_payment(d.db, &d.actor, first_payment, Step::Pay)
        .await
        .map_err(err)?;
    service::control(
        d.db,
        &d.guard,
        &d.actor,
        d.sod,
        bk,
        &GrantsControlInput {
            kind: "vbe".into(),
            application_id: Some(application),
            checked: "Föreningens webbplats, sociala medier och stadgar.".into(),
            finding: "Inget som strider mot demokrativillkoren.".into(),
            controlled_on: d.feb(),
        },
    )
    .await
    .map_err(err)?;
    Ok(())
}

/// The culture association's application for premises.
async fn premises(d: &Seed<'_>, kultur: GrantAssociationId) -> anyhow::Result<()> {
    let year = d.year;
    service::apply(
        d.db,
        &d.guard,
        &d.actor,
        d.sod,
        kultur,
        &GrantsApplicationInput {
            kind: "premises".into(),
            period_from: format!("{year}-03-01"),
            period_to: format!("{year}-05-31"),
            purpose: "Repetitioner inför vårens föreställning.".into(),
            premises: "Samlingssalen i kulturhuset".into(),
            times: "Tisdagar 18–21".into(),
            declared_on: format!("{year}-01-20"),
            declared_by_role: "Sekreterare".into(),
            received_on: format!("{year}-01-25"),
            ..Default::default()
        },
    )
    .await
    .map_err(err)?;
    Ok(())
}
