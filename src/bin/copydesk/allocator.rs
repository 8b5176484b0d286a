//! The allocator and when it gives memory back.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Inputs at least this long make freed pages go back to the system at once.
const LARGE_INPUT: usize = 1 << 20;

/// mimalloc keeps freed pages for a second (`purge_delay`, 1000 ms) before it gives them back,
/// and a long article frees a list as it makes the next (a copy trimmed, a sort's buffer): on a
/// 16 MB article `extract` peaked at 159 MB against a heap of 112 MB; purged at once, 107 MB.
/// Small inputs keep the delay: their pages are reused by the next article of an archive, and
/// a short run that purged at once spent its exit in `madvise` calls (25 for an empty article).
pub fn input_of_size(len: usize) {
    if len >= LARGE_INPUT {
        purge_freed_pages_at_once();
    }
}

fn purge_freed_pages_at_once() {
    // The option's index in the `mi_option_t` of the mimalloc that libmimalloc-sys 0.1.49
    // builds (v3); the `mimalloc` crate does not expose options without its `extended` feature.
    const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;
    extern "C" {
        fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
    }
    // SAFETY: a documented mimalloc entry point, linked in with the allocator; an option may
    // be set at any time.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 0) }
}
