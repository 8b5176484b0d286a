//! Checking in parallel with output in input order: items go to a rayon pool in bounded
//! batches, results come back in order.

use rayon::prelude::*;

/// A pool of `jobs` threads (all cores when `None`).
pub fn pool(jobs: Option<usize>) -> Option<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new().num_threads(jobs.unwrap_or(0)).build().ok()
}

/// Items handed to the pool at once: enough to keep every thread busy, few enough that memory
/// stays bounded and output starts early.
fn batch_size(pool: Option<&rayon::ThreadPool>) -> usize {
    64 * pool.map_or(1, rayon::ThreadPool::current_num_threads).max(1)
}

/// Map `items` in parallel, batch by batch, handing each result to `sink` in input order.
/// At most one batch of items and results is held at a time. `shared` is lent to `f` (on every
/// thread) while a batch is mapped, then to `sink` while its results are taken.
pub fn ordered_map<C, T, R, F, S>(
    pool: Option<&rayon::ThreadPool>,
    items: impl Iterator<Item = T>,
    shared: &mut C,
    f: F,
    mut sink: S,
) where
    C: Sync + ?Sized,
    T: Send,
    R: Send,
    F: Fn(&C, T) -> R + Sync + Send,
    S: FnMut(&mut C, R),
{
    let size = batch_size(pool);
    let mut batch = Vec::with_capacity(size);
    let run = |batch: Vec<T>, shared: &mut C, sink: &mut S| {
        let results: Vec<R> = {
            let shared = &*shared;
            match pool {
                Some(p) => p.install(|| batch.into_par_iter().map(|t| f(shared, t)).collect()),
                None => batch.into_iter().map(|t| f(shared, t)).collect(),
            }
        };
        for r in results {
            sink(shared, r);
        }
    };
    for item in items {
        batch.push(item);
        if batch.len() == size {
            run(std::mem::replace(&mut batch, Vec::with_capacity(size)), shared, &mut sink);
        }
    }
    if !batch.is_empty() {
        run(batch, shared, &mut sink);
    }
}
