//! What every request shares: the loaded rules (swapped whole on reload), the limits, the
//! pool and the metrics.

use std::sync::{Arc, RwLock};
use std::time::Duration;

use copydesk::checker::{Checker, CheckerOptions};
use copydesk::rules::LoadError;

use super::{lanes, metrics, pool};

/// What every request shares.
pub struct State {
    /// The loaded rules; a reload swaps in a new checker whole.
    pub checker: RwLock<Arc<Checker>>,
    /// What a reload loads again.
    pub options: CheckerOptions,
    pub token: Option<String>,
    pub allow_origin: Option<String>,
    pub max_body: usize,
    /// How long a client may take to send its request (headers, then body).
    pub read_timeout: Duration,
    pub pool: pool::Pool,
    pub metrics: metrics::Metrics,
    /// The connection cap.
    pub lanes: lanes::Lanes,
}

impl State {
    pub fn checker(&self) -> Arc<Checker> {
        self.checker.read().unwrap_or_else(std::sync::PoisonError::into_inner).clone()
    }

    /// Load the rules again; on failure the old ones stay and the errors come back.
    pub fn reload(&self) -> Result<usize, Vec<LoadError>> {
        let checker = Checker::new(&self.options)?;
        let count = checker.rules().rules.len();
        *self.checker.write().unwrap_or_else(std::sync::PoisonError::into_inner) = Arc::new(checker);
        Ok(count)
    }
}
