//! Keeping an article's long lists at their length: a long article's mentions are most of
//! the memory a check holds.

/// `v` in an allocation of its length. A list grown by doubling holds up to half its memory
/// spare (25 MB of a 16 MB article's numbers held 15 MB). Shrunk where it lies: the allocator
/// keeps a block shrunk by less than half in place, and its spare end, never written, was
/// never resident; copied into a list of its length (what this did before), the copy held both
/// lists at once, and that was the 16 MB `extract`'s peak (103.2 MB against 100.7 MB shrunk,
/// non-LTO builds).
pub(crate) fn trimmed<T>(mut v: Vec<T>) -> Vec<T> {
    v.shrink_to_fit();
    v
}
