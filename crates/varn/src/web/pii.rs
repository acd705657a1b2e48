//! The PII guard as the app holds it: one guard shared by every request, which also knows
//! the municipality's own administrations, departments and units by name (so that
//! "Fältgruppen Södermalm" is a unit, not a person). When the organisation changes, the
//! guard is rebuilt from it and swapped in; requests under way keep the one they took.

use std::sync::{Arc, RwLock};

use crate::db::Db;

/// A cloneable handle to the current guard.
#[derive(Debug, Clone)]
pub struct Pii {
    current: Arc<RwLock<Arc<varn_pii::Guard>>>,
}

impl Default for Pii {
    fn default() -> Pii {
        Pii {
            current: Arc::new(RwLock::new(Arc::new(varn_pii::Guard::default()))),
        }
    }
}

impl Pii {
    /// The guard as it is now.
    pub fn get(&self) -> Arc<varn_pii::Guard> {
        match self.current.read() {
            Ok(g) => g.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Rebuilds the guard with the organisation's names as they are in the database.
    pub async fn refresh(&self, db: &Db) -> anyhow::Result<()> {
        let names = crate::org::place_names(db).await?;
        let guard = Arc::new(varn_pii::Guard::with_places(names));
        match self.current.write() {
            Ok(mut g) => *g = guard,
            Err(poisoned) => *poisoned.into_inner() = guard,
        }
        Ok(())
    }
}
