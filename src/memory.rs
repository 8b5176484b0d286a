//! Keeping an article's long lists at their length: a long article's mentions are most of
//! the memory a check holds.

/// `v` in an allocation of its length. A list grown by doubling holds up to half its memory
/// spare (25 MB of a 16 MB article's numbers held 15 MB), and `shrink_to_fit` does not give it
/// back: the allocator keeps a block shrunk by less than half in place. The copy briefly holds
/// both, so only a list made before the largest ones is trimmed.
pub(crate) fn trimmed<T>(v: Vec<T>) -> Vec<T> {
    if v.capacity() - v.len() <= v.len() / 16 {
        return v;
    }
    let mut out = Vec::with_capacity(v.len());
    out.extend(v);
    out
}
