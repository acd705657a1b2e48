//! A bounded pool for CPU work: parsing uploaded files, the PII guard over large texts,
//! rendering documents and charts. The work runs on tokio's blocking threads, never on the
//! async workers that answer requests, and at most as many pieces run at once as the
//! machine has cores; the rest wait their turn. So two big imports cannot stall
//! `/healthz`, and the memory that imports hold is bounded by their number.

use std::sync::Arc;

use tokio::sync::Semaphore;

use crate::kernel::error::Error;

/// The pool; cheap to clone, shared through the app state.
#[derive(Debug, Clone)]
pub struct Work {
    permits: Arc<Semaphore>,
}

impl Default for Work {
    fn default() -> Work {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        Work::new(cores.max(2))
    }
}

impl Work {
    /// A pool that runs at most `at_once` pieces of work at the same time.
    pub fn new(at_once: usize) -> Work {
        Work {
            permits: Arc::new(Semaphore::new(at_once.max(1))),
        }
    }

    /// Runs `f` off the async threads when a place is free. A panic inside is an internal
    /// error (logged with its reference, never shown).
    pub async fn run<T, F>(&self, f: F) -> Result<T, Error>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        let _permit = self
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| Error::Internal(anyhow::Error::new(e)))?;
        tokio::task::spawn_blocking(f)
            .await
            .map_err(|e| Error::Internal(anyhow::anyhow!("background work failed: {e}")))
    }

    /// Reads an uploaded table within its limits ([`crate::import::table::read`]).
    pub async fn read_table<B>(
        &self,
        bytes: B,
        limits: crate::import::table::Limits,
    ) -> Result<crate::import::table::Table, Error>
    where
        B: AsRef<[u8]> + Send + 'static,
    {
        self.try_run(move || crate::import::table::read(bytes.as_ref(), limits))
            .await
    }

    /// Runs fallible work, flattening its error.
    pub async fn try_run<T, F>(&self, f: F) -> Result<T, Error>
    where
        F: FnOnce() -> Result<T, Error> + Send + 'static,
        T: Send + 'static,
    {
        self.run(f).await?
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test]
    async fn no_more_than_the_limit_run_at_once() {
        let work = Work::new(2);
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let mut tasks = Vec::new();
        for _ in 0..8 {
            let (work, running, most) = (work.clone(), running.clone(), most.clone());
            tasks.push(tokio::spawn(async move {
                work.run(move || {
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    running.fetch_sub(1, Ordering::SeqCst);
                })
                .await
            }));
        }
        for t in tasks {
            t.await.expect("join").expect("work");
        }
        assert_eq!(most.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_panic_is_an_internal_error() {
        let work = Work::new(1);
        let result: Result<(), Error> = work.run(|| panic!("boom")).await;
        assert!(matches!(result, Err(Error::Internal(_))));
        // The pool still works afterwards.
        assert_eq!(work.run(|| 2).await.expect("work"), 2);
    }
}
