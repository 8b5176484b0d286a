//! The connection cap. Each connection holds a place in the main lane while it is open; when
//! that is full (a flood of clients, or of slow ones holding their connections up to the read
//! timeout), a small overflow lane still answers /healthz and /metrics, with a short time to
//! send a request and no keep-alive, so a load balancer's probe gets an answer. Past both,
//! a new connection is closed at once.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::metrics::Connections;

/// How long an overflow connection may take to send its request head.
pub const OVERFLOW_READ_TIMEOUT: Duration = Duration::from_secs(2);

pub struct Lanes {
    main: Arc<Semaphore>,
    overflow: Arc<Semaphore>,
    main_size: usize,
    overflow_size: usize,
}

/// A connection's place in a lane; freed when this is dropped.
pub struct Lane {
    /// In the overflow lane: health and metrics only.
    pub overflow: bool,
    _place: OwnedSemaphorePermit,
}

impl Lanes {
    /// `max` connections in the main lane, an eighth as many (at least 16) in the overflow.
    pub fn new(max: usize) -> Lanes {
        let main_size = max.max(1);
        let overflow_size = (main_size / 8).max(16);
        Lanes {
            main: Arc::new(Semaphore::new(main_size)),
            overflow: Arc::new(Semaphore::new(overflow_size)),
            main_size,
            overflow_size,
        }
    }

    /// A place for a new connection, if either lane has one.
    pub fn admit(&self) -> Option<Lane> {
        if let Ok(place) = self.main.clone().try_acquire_owned() {
            return Some(Lane { overflow: false, _place: place });
        }
        self.overflow.clone().try_acquire_owned().ok().map(|place| Lane { overflow: true, _place: place })
    }

    pub fn open(&self) -> Connections {
        Connections {
            main: self.main_size - self.main.available_permits(),
            overflow: self.overflow_size - self.overflow.available_permits(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_overflow_takes_over_then_nothing() {
        let lanes = Lanes::new(2);
        let held: Vec<Lane> = (0..18).map(|_| lanes.admit().expect("a place")).collect();
        assert!(!held[1].overflow && held[2].overflow);
        assert!(lanes.admit().is_none(), "both lanes full");
        assert_eq!((lanes.open().main, lanes.open().overflow), (2, 16));
        drop(held);
        assert!(lanes.admit().is_some_and(|lane| !lane.overflow));
    }
}
