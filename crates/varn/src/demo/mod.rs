//! The demo municipality: a realistic, wholly fictitious city with people in every role,
//! its forms, plans and situational pictures. Each capability loads its own part (its
//! `demo.rs`), in the order of `app::CAPABILITIES`. Loading is idempotent: a second run
//! finds everything in place and changes nothing.

use crate::db::Db;
use crate::web::capability::DemoReport;

pub use crate::people::demo::PASSWORD;

/// Creates or updates the demo municipality.
pub async fn load(db: &Db) -> anyhow::Result<DemoReport> {
    let mut report = DemoReport::default();
    for demo in crate::app::CAPABILITIES.iter().filter_map(|c| c.demo) {
        let part = demo(db).await?;
        report.created += part.created;
        report.updated += part.updated;
    }
    Ok(report)
}
