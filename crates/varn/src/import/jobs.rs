//! Imports under way or lately done, so that the person who started one can follow it on
//! its progress page. Kept in the app state (not a global), in this process: a progress
//! page is asked for by the process that runs the import (issue 19 moves it to the
//! database, for several processes).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::import::runner::Progress;

/// How many finished imports are remembered for their progress page.
const KEEP: usize = 50;

/// One import: its administration, who started it, and how far it has come.
#[derive(Debug, Clone)]
pub struct Job {
    pub administration: i64,
    pub user: i64,
    pub progress: Arc<Progress>,
}

/// The imports of this process, by id.
#[derive(Debug, Default)]
pub struct Jobs {
    jobs: Mutex<HashMap<String, Job>>,
}

impl Jobs {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Job>> {
        match self.jobs.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// Starts following an import; returns its id. Finished imports are forgotten once
    /// more than [`KEEP`] are remembered.
    pub fn start(&self, administration: i64, user: i64, progress: Arc<Progress>) -> String {
        let id = uuid::Uuid::new_v4().simple().to_string();
        let mut jobs = self.lock();
        if jobs.len() >= KEEP {
            jobs.retain(|_, j| !j.progress.is_finished());
        }
        jobs.insert(
            id.clone(),
            Job {
                administration,
                user,
                progress,
            },
        );
        id
    }

    /// How many imports are being written now.
    pub fn running(&self) -> usize {
        self.lock()
            .values()
            .filter(|j| !j.progress.is_finished())
            .count()
    }

    /// The import `id`, when it is of this administration and this person's.
    pub fn get(&self, id: &str, administration: i64, user: i64) -> Option<Arc<Progress>> {
        self.lock()
            .get(id)
            .filter(|j| j.administration == administration && j.user == user)
            .map(|j| j.progress.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_starter_follows_an_import_of_its_administration() {
        let jobs = Jobs::default();
        let id = jobs.start(1, 7, Arc::new(Progress::new(10)));
        assert!(jobs.get(&id, 1, 7).is_some());
        assert!(jobs.get(&id, 1, 8).is_none());
        assert!(jobs.get(&id, 2, 7).is_none());
        assert!(jobs.get("other", 1, 7).is_none());
    }
}
