//! A list of facts that may end with a shipped pack not read yet.
//!
//! Start-up leaves a pack of facts alone (see `pack_probe`) until something needs it: a text
//! that may name one of its people, or any use of the whole list. The list reads like the
//! `Vec` it was: `facts.offices.len()`, `.iter()`, `[i]`. Reading the whole list reads the
//! pack first; indexing a fact loaded before the pack does not, since the pack's facts come
//! after them, in load order, as if the pack had been read at start-up.

use std::fmt;
use std::ops::{Deref, DerefMut, Index};
use std::sync::Arc;

/// A pack waiting to be read, as one list sees it: every fact of the list, the pack's after
/// those loaded before it, read on first call.
pub trait Waiting<T>: Send + Sync {
    fn all(&self) -> &Vec<T>;
}

/// Offices, people or packs: the facts loaded so far, and a pack waiting to be read.
pub struct FactList<T> {
    /// Every fact when nothing waits; else the facts loaded before the waiting pack. Shared,
    /// so that a waiting pack keeps the facts before it without a copy (a copy of the shipped
    /// offices and people was a tenth of building the rule set); a change copies them first.
    pub(super) loaded: Arc<Vec<T>>,
    pub(super) pending: Option<Arc<dyn Waiting<T>>>,
}

impl<T: Clone> FactList<T> {
    /// Take in the waiting pack's facts, if any, so that the list can change.
    pub(super) fn settle(&mut self) {
        if let Some(p) = self.pending.take() {
            self.loaded = Arc::new(p.all().clone());
        }
    }
}

impl<T> Deref for FactList<T> {
    type Target = Vec<T>;

    fn deref(&self) -> &Vec<T> {
        match &self.pending {
            None => self.loaded.as_ref(),
            Some(p) => p.all(),
        }
    }
}

impl<T: Clone> DerefMut for FactList<T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        self.settle();
        Arc::make_mut(&mut self.loaded)
    }
}

impl<T> Index<usize> for FactList<T> {
    type Output = T;

    fn index(&self, i: usize) -> &T {
        match self.loaded.get(i) {
            Some(x) => x,
            None => &self.deref()[i],
        }
    }
}

impl<'a, T> IntoIterator for &'a FactList<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<T> Default for FactList<T> {
    fn default() -> Self {
        FactList { loaded: Arc::new(Vec::new()), pending: None }
    }
}

impl<T: Clone> Clone for FactList<T> {
    fn clone(&self) -> Self {
        FactList { loaded: self.loaded.clone(), pending: self.pending.clone() }
    }
}

impl<T: fmt::Debug> fmt::Debug for FactList<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::super::builtin::EMBEDDED;
    use super::super::rule::RuleSet;

    /// Every shipped file loaded at once, none left waiting.
    fn read_at_start() -> RuleSet {
        let mut set = RuleSet::default();
        for (path, text) in EMBEDDED {
            set.load_str(&format!("builtin:{path}"), text).unwrap();
        }
        set
    }

    #[test]
    fn a_waiting_pack_reads_as_if_loaded_at_start() {
        let eager = read_at_start();
        let lazy = RuleSet::builtin();
        assert!(lazy.facts.pending.is_some(), "the Congress pack waits");
        let text = "Sen. Bernie Sanders and President Barack Obama met Joe Biden on Monday.";
        let titles = |s: &RuleSet| format!("{:?}", s.facts.find_titles(text));
        let people = |s: &RuleSet| format!("{:?}", s.facts.find_people(text));
        assert_eq!(titles(&eager), titles(&lazy));
        assert_eq!(people(&eager), people(&lazy));
        assert_eq!(format!("{:?}", eager.facts.offices), format!("{:?}", lazy.facts.offices));
        assert_eq!(format!("{:?}", eager.facts.people), format!("{:?}", lazy.facts.people));
        assert_eq!(format!("{:?}", eager.facts.packs), format!("{:?}", lazy.facts.packs));
        assert_eq!(format!("{:?}", eager.rules), format!("{:?}", lazy.rules));
        assert_eq!(format!("{:?}", eager.tests), format!("{:?}", lazy.tests));
    }

    #[test]
    fn a_text_naming_nobody_in_the_pack_leaves_it_unread() {
        let eager = read_at_start();
        let lazy = RuleSet::builtin();
        let text = "Prime Minister Tony Blair, 52, said on Monday that Ben Stokes of the Pistons was suspended.";
        let read = |s: &RuleSet| s.facts.pending.as_ref().unwrap().is_read();
        assert_eq!(format!("{:?}", eager.facts.find_titles(text)), format!("{:?}", lazy.facts.find_titles(text)));
        assert!(!read(&lazy), "titles");
        assert_eq!(format!("{:?}", eager.facts.find_people(text)), format!("{:?}", lazy.facts.find_people(text)));
        assert!(!read(&lazy), "people");
        let i = lazy.facts.find_titles(text)[0].offices[0];
        assert_eq!(lazy.facts.offices[i].holder, "Tony Blair");
        assert!(!read(&lazy), "nothing needed the pack");
        // Loading another file reads the pack first, so its facts keep their load order.
        let mut set = lazy.clone();
        set.load_str("a.toml", "[[person]]\nname = \"Jane Roe\"\nborn = 1970-01-01\n").unwrap();
        assert_eq!(set.facts.people.len(), eager.facts.people.len() + 1);
        assert_eq!(set.facts.people.last().unwrap().name, "Jane Roe");
    }
}
