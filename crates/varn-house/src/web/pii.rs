//! The PII guard as the app holds it: one guard shared by every request, which also knows
//! the municipality's own administrations, departments and units by name (so that
//! "Fältgruppen Södermalm" is a unit, not a person). When the organisation changes, it
//! tells the guard its names ([`Pii::learn`]); the guard is rebuilt and swapped in, and
//! requests under way keep the one they took.

use std::sync::{Arc, RwLock};

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

    /// Rebuilds the guard knowing these names of places and organisations.
    pub fn learn(&self, names: Vec<String>) {
        let guard = Arc::new(varn_pii::Guard::with_places(names));
        match self.current.write() {
            Ok(mut g) => *g = guard,
            Err(poisoned) => *poisoned.into_inner() = guard,
        }
    }
}
