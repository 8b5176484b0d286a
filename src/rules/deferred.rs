//! What a check never reads of a shipped rule file, read when first asked for.
//!
//! A one-article process loads the shipped rules from statics without their examples and
//! their rules' explain texts (build/rules.rs): they were most of what start-up read.
//! `test-rules`, `explain`, SARIF's rule descriptions, the language server's hovers and
//! `serve`'s rule pages read them through [`Deferred`], which loads the file's full tree once,
//! the first time one of them is read, and hands out the same values loading the full tree at
//! start-up gave.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::OnceLock;

/// A value loaded now, or a shipped one read from its file's full tree on first use. It reads
/// like the value: `rule.tests.iter()`, `rule.description.as_deref()`.
pub struct Deferred<T> {
    value: OnceLock<T>,
    /// For a shipped value: its file's index in `EMBEDDED` and its rule's index in the file.
    shipped: Option<(usize, usize)>,
}

/// A part of a shipped file a check does not read, and how to find it in the file's rules.
pub trait ShippedPart: Sized {
    fn read(file: usize, rule: usize) -> Self;
}

impl<T> Deferred<T> {
    pub fn new(value: T) -> Self {
        Deferred { value: OnceLock::from(value), shipped: None }
    }

    /// The part of rule `rule` of shipped file `file` (an index into `EMBEDDED`); the parts
    /// are read in `shipped_parts`.
    pub(super) fn shipped(file: usize, rule: usize) -> Self {
        Deferred { value: OnceLock::new(), shipped: Some((file, rule)) }
    }

    /// Whether the value is at hand without reading a file.
    #[cfg(test)]
    pub(super) fn is_read(&self) -> bool {
        self.value.get().is_some()
    }
}

impl<T: ShippedPart> Deref for Deferred<T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.value.get_or_init(|| {
            let (file, rule) = self.shipped.expect("a value not shipped is set when made");
            T::read(file, rule)
        })
    }
}

impl<T: ShippedPart> DerefMut for Deferred<T> {
    fn deref_mut(&mut self) -> &mut T {
        let _ = <Self as Deref>::deref(self);
        self.value.get_mut().expect("read just now")
    }
}

impl<'a, U> IntoIterator for &'a Deferred<Vec<U>>
where
    Vec<U>: ShippedPart,
{
    type Item = &'a U;
    type IntoIter = std::slice::Iter<'a, U>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<T: Clone> Clone for Deferred<T> {
    fn clone(&self) -> Self {
        Deferred { value: self.value.clone(), shipped: self.shipped }
    }
}

impl<T: Default> Default for Deferred<T> {
    fn default() -> Self {
        Deferred::new(T::default())
    }
}

impl<T: ShippedPart + fmt::Debug> fmt::Debug for Deferred<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}
