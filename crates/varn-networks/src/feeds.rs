//! What networks give plan indicators (`web::capability::Measures`): for each network an
//! administration takes part in, the meetings held and the meetings its people attended in
//! a period (`network:<id>:held`, `network:<id>:attended`), and the newsletter issues it
//! sent (`newsletter:sent`), so that "the coordinator takes part in the city's VBE network"
//! and "four newsletters a year" fill themselves at T1, T2 and VB. Figures stay inside the
//! administration (its own plan), so they are exact.

use crate::domain::NetworkId;
use crate::{newsletter, store};
use varn_house::db::Db;
use varn_house::i18n;
use varn_house::kernel::ids::AdministrationId;
use varn_house::web::capability::{Measure, MeasureList, MeasureValue, Period, ValueFuture};

/// The figures offered to `admin`: every network of the city (all coordinators take part in
/// them) and its own forums, and its newsletter.
pub fn measures(db: &Db, admin: AdministrationId) -> MeasureList<'_> {
    Box::pin(async move {
        let cat = i18n::sv();
        let mut out = Vec::new();
        for n in store::networks(db).await? {
            if n.kind.is_local() && n.administration_id != admin {
                continue;
            }
            for which in ["held", "attended"] {
                out.push(Measure {
                    reference: format!("network:{}:{which}", n.id),
                    label: cat.f(
                        &format!("networks.measure.{which}"),
                        &[("network", &n.name)],
                    ),
                    unit: cat.t("networks.measure_unit.meetings").to_string(),
                });
            }
        }
        out.push(Measure {
            reference: "newsletter:sent".into(),
            label: cat.t("networks.measure.newsletter").to_string(),
            unit: cat.t("networks.measure_unit.issues").to_string(),
        });
        Ok(out)
    })
}

/// The value of one of `measures` over the period.
pub fn measure_value<'a>(
    db: &'a Db,
    admin: AdministrationId,
    key: &'a str,
    period: Period<'a>,
) -> ValueFuture<'a> {
    Box::pin(async move {
        let cat = i18n::sv();
        let dates = [("from", period.from), ("to", period.to)];
        if key == "newsletter:sent" {
            let sent = newsletter::sent_in(db, admin, period.from, period.to).await?;
            return Ok(Some(MeasureValue {
                value: Some(sent),
                source: cat.f("networks.measure_source.newsletter", &dates),
            }));
        }
        let mut parts = key.splitn(3, ':');
        let (Some("network"), Some(id), Some(which)) = (parts.next(), parts.next(), parts.next())
        else {
            return Ok(None);
        };
        let Ok(id) = id.parse::<NetworkId>() else {
            return Ok(None);
        };
        let network = match store::network(db, id).await {
            Ok(n) => n,
            Err(varn_house::kernel::error::Error::NotFound) => return Ok(None),
            Err(e) => return Err(e),
        };
        if network.kind.is_local() && network.administration_id != admin {
            return Ok(None);
        }
        let (held, attended) =
            store::held_and_attended(db, id, admin, period.from, period.to).await?;
        let value = match which {
            "held" => held,
            "attended" => attended,
            _ => return Ok(None),
        };
        Ok(Some(MeasureValue {
            value: Some(value),
            source: cat.f(
                "networks.measure_source.meetings",
                &[
                    ("network", network.name.as_str()),
                    ("from", period.from),
                    ("to", period.to),
                    ("held", &held.to_string()),
                    ("attended", &attended.to_string()),
                ],
            ),
        }))
    })
}
