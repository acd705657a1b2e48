//! Changing and removing a reported measure, and every measure of an episode as CSV.
//!
//! Only the administration that reported a measure changes or removes it (its
//! coordinators), and only while the state is in force: after the lifting the measures are
//! the record of the episode and stay as they were. Each change and removal is audited; the
//! changed text passes the PII guard like a new one. Another administration's measure
//! answers as a missing one.
//!
//! It must never change a measure after the lifting, nor write a CSV cell unneutralised.

use crate::domain::{RiskpictureEpisodeId, RiskpictureMeasureId};
use crate::service::{self, field, RiskpictureMeasureInput};
use crate::store::{self, MeasureChange, RiskpictureEpisode, RiskpictureMeasure};
use crate::{perm, Record};
use varn_house::audit::{Action, Actor, Entry};
use varn_house::auth::Principal;
use varn_house::export::Csv;
use varn_house::i18n;
use varn_house::kernel::check::Checker;
use varn_house::kernel::error::{Error, Result};
use varn_house::kernel::ids::AdministrationId;
use varn_house::web::AppState;

/// The measure `id` of `episode` when `p` coordinates the administration that reported it
/// and may read the episode; otherwise not found, as a missing one.
pub async fn own(
    state: &AppState,
    p: &Principal,
    episode: RiskpictureEpisodeId,
    id: RiskpictureMeasureId,
) -> Result<(RiskpictureEpisode, RiskpictureMeasure)> {
    let e = service::visible(state, p, episode).await?;
    let m = store::measure(&state.db, episode, id).await?;
    if !p.covers(perm::MEASURE, m.administration_id) {
        return Err(Error::NotFound);
    }
    Ok((e, m))
}

/// The measure for its edit page; the read of its text is audited.
pub async fn read(
    state: &AppState,
    p: &Principal,
    episode: RiskpictureEpisodeId,
    id: RiskpictureMeasureId,
) -> Result<(RiskpictureEpisode, RiskpictureMeasure)> {
    let (e, m) = own(state, p, episode, id).await?;
    varn_house::audit::record_now(
        &state.db,
        &Actor::of(p),
        Entry::new(Action::Read, Record::Measure, id).admin(Some(m.administration_id)),
    )
    .await
    .map_err(Error::Internal)?;
    Ok((e, m))
}

/// The refusal of a change after the lifting, naming the measure.
fn locked(lifted_on: &str) -> Error {
    Error::invalid(
        field("measure"),
        i18n::sv().f("riskpicture.measure_locked", &[("date", lifted_on)]),
    )
}

/// Changes a measure: the same checks as a new one (the date within the episode, who and
/// the description past the guard); its administration stays.
pub async fn edit(
    state: &AppState,
    p: &Principal,
    episode: RiskpictureEpisodeId,
    id: RiskpictureMeasureId,
    input: &RiskpictureMeasureInput,
) -> Result<()> {
    let (e, m) = own(state, p, episode, id).await?;
    if let Some(lifted_on) = &e.lifted_on {
        return Err(locked(lifted_on));
    }
    let mut c = Checker::default();
    let fields = service::measure_fields(state, &mut c, &e, input);
    c.finish()?;
    let Some((kind, taken_on, responsible, description)) = fields else {
        return Err(Error::Invalid(vec![]));
    };
    let change = MeasureChange {
        kind,
        taken_on,
        responsible,
        description,
    };
    if store::update_measure(&state.db, &Actor::of(p), &m, &change).await? {
        Ok(())
    } else {
        Err(Error::invalid(
            field("measure"),
            i18n::sv().t("riskpicture.locked_meanwhile"),
        ))
    }
}

/// Removes a measure while the state is in force.
pub async fn remove(
    state: &AppState,
    p: &Principal,
    episode: RiskpictureEpisodeId,
    id: RiskpictureMeasureId,
) -> Result<()> {
    let (e, m) = own(state, p, episode, id).await?;
    if let Some(lifted_on) = &e.lifted_on {
        return Err(locked(lifted_on));
    }
    if store::remove_measure(&state.db, &Actor::of(p), &m).await? {
        Ok(())
    } else {
        Err(Error::invalid(
            field("measure"),
            i18n::sv().t("riskpicture.locked_meanwhile"),
        ))
    }
}

/// Every measure of an episode as CSV rows: administration, measure, date, who,
/// description, reported at.
pub fn csv(
    measures: &[RiskpictureMeasure],
    name_of: impl Fn(AdministrationId) -> String,
) -> anyhow::Result<Vec<u8>> {
    let cat = i18n::sv();
    let mut csv = Csv::new();
    csv.row(
        [
            "field.administration",
            "field.kind",
            "field.taken_on",
            "field.responsible",
            "field.description",
            "col.reported_at",
        ]
        .iter()
        .map(|k| cat.t(&format!("riskpicture.{k}")).to_string()),
    )?;
    for m in measures {
        csv.row([
            name_of(m.administration_id),
            m.kind.label().to_string(),
            m.taken_on.clone(),
            m.responsible.clone(),
            m.description.clone(),
            varn_house::kernel::time::swedish(&m.created_at),
        ])?;
    }
    csv.finish()
}

/// Every measure of the episode as a CSV file for `p` (who may read the episode), audited
/// as an export: its bytes and file name.
pub async fn file(
    state: &AppState,
    p: &Principal,
    episode: RiskpictureEpisodeId,
) -> Result<(Vec<u8>, String)> {
    let e = service::visible(state, p, episode).await?;
    let measures = store::measures(&state.db, e.id).await?;
    let admins =
        varn_org::list_administrations(&state.db, &varn_house::kernel::scope::Scope::All).await?;
    let bytes = csv(&measures, |id| {
        admins
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.clone())
            .unwrap_or_default()
    })?;
    varn_house::audit::record_now(
        &state.db,
        &Actor::of(p),
        Entry::new(Action::Export, Record::Episode, e.id).summary("csv"),
    )
    .await
    .map_err(Error::Internal)?;
    Ok((
        bytes,
        format!("atgarder-forhojd-riskbild-{}.csv", e.declared_on),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::MeasureKind;

    #[test]
    fn the_csv_holds_every_measure_neutralised() {
        let m = RiskpictureMeasure {
            id: RiskpictureMeasureId::new(1),
            episode_id: RiskpictureEpisodeId::new(1),
            administration_id: AdministrationId::new(7),
            kind: MeasureKind::Other,
            taken_on: "2026-03-02".into(),
            responsible: "=Fältassistenterna".into(),
            description: "Information till skolorna".into(),
            created_at: "2026-03-02T10:00:00Z".into(),
        };
        let text =
            String::from_utf8(csv(&[m], |_| "Södermalm".into()).expect("csv")).expect("utf8");
        assert!(text.contains("Södermalm,"), "{text}");
        assert!(
            text.contains("2026-03-02,'=Fältassistenterna,Information till skolorna"),
            "{text}"
        );
    }
}
