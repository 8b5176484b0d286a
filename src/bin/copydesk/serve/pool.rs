//! Checks run on tokio's blocking threads, at most `workers` at once, with at most `queue`
//! more waiting; past that a check is turned away at once (the caller answers 503), so a flood
//! of large drafts cannot make the server stop answering.

use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::Semaphore;

/// Texts longer than this many bytes are large checks.
pub const LARGE_TEXT: usize = 256 << 10;

/// How long past its time limit a check may take to stop before its caller is answered.
const GRACE: Duration = Duration::from_secs(10);

pub struct Pool {
    /// Checks running or waiting.
    admitted: Arc<Semaphore>,
    /// Checks running.
    running: Arc<Semaphore>,
    /// Large checks running: at most all workers but one, so a few long drafts never hold
    /// every worker and short checks always have one to run on.
    large: Arc<Semaphore>,
    time_limit: Duration,
    capacity: usize,
}

/// Why a check did not run to its end.
#[derive(Debug)]
pub enum Refused {
    /// Every worker busy and the queue full.
    Full,
    /// The check took longer than the time limit.
    TooSlow(Duration),
    /// The check panicked (a bug; the server goes on).
    Failed,
}

impl Pool {
    pub fn new(workers: usize, queue: usize, time_limit: Duration) -> Pool {
        Pool {
            admitted: Arc::new(Semaphore::new(workers + queue)),
            running: Arc::new(Semaphore::new(workers)),
            large: Arc::new(Semaphore::new(workers.saturating_sub(1).max(1))),
            time_limit,
            capacity: workers + queue,
        }
    }

    /// Run `work` on a blocking thread once a worker is free, passing it the instant its time
    /// limit ends: the check stops itself there (the library polls the deadline between
    /// rules), so its worker is free again when the caller is answered. Should a check not
    /// stop within a grace time after that (one stage of a check on a huge text), the caller
    /// is answered anyway; the thread then frees its worker only when it ends, so slow checks
    /// cannot pile up past the pool.
    /// A `large` check (a long text) first waits for a large-check lane.
    pub async fn run<T: Send + 'static>(
        &self,
        large: bool,
        work: impl FnOnce(Instant) -> T + Send + 'static,
    ) -> Result<T, Refused> {
        let admitted = self.admitted.clone().try_acquire_owned().map_err(|_| Refused::Full)?;
        let lane =
            if large { Some(self.large.clone().acquire_owned().await.map_err(|_| Refused::Failed)?) } else { None };
        let running = self.running.clone().acquire_owned().await.map_err(|_| Refused::Failed)?;
        let limit = self.time_limit;
        let handle = tokio::task::spawn_blocking(move || {
            let out = work(Instant::now() + limit);
            drop(running);
            drop(lane);
            drop(admitted);
            out
        });
        match tokio::time::timeout(limit + limit.max(GRACE), handle).await {
            Ok(Ok(out)) => Ok(out),
            Ok(Err(_)) => Err(Refused::Failed),
            Err(_) => Err(Refused::TooSlow(limit)),
        }
    }

    /// The longest one check may take.
    pub fn time_limit(&self) -> Duration {
        self.time_limit
    }

    /// Checks running or waiting now.
    pub fn in_flight(&self) -> usize {
        self.capacity - self.admitted.available_permits()
    }
}
