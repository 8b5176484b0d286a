//! A list of names searched for leftmost-longest, non-overlapping matches, ready as soon as
//! the names are read.
//!
//! The matches are exactly those of an `aho_corasick` automaton built with
//! `MatchKind::LeftmostLongest` (and its `ascii_case_insensitive` option when asked): the
//! match starting first, the longest of those starting there, the first-listed name of those
//! as long, and the next search after its end. Building such an automaton for the few dozen
//! title forms, or the 1,500 names of the Congress pack, cost a one-article process more than
//! checking the article; this index is built in one pass over the names (grouped by their
//! first two bytes, each group longest first) and searched by trying, at each position whose
//! byte and next byte begin some name, the names of that group in order.
//!
//! An empty name is never matched: it would match everywhere and mean nothing.
//!
//! Searching is slower than an automaton's (a third to a half as fast on 3 MB of wire copy
//! with the Congress names and the event names; a fifteenth with the title forms, where the
//! automaton's SIMD prefilter applies): `Names` uses the index for a short run
//! (crate::startup) and the automaton for a long one, where building it is paid back.

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, MatchKind};
use foldhash::fast::RandomState as QuickHash;

/// Names to search for, as an index (quick to build) or an automaton (quick to search): the
/// same matches either way.
#[derive(Clone, Debug)]
pub(super) enum Names {
    Index(NameIndex),
    Automaton(AhoCorasick),
}

impl Names {
    /// Names for this run: an index for a short run, an automaton of the kind the crate picks
    /// by the number of names for a long one.
    pub(super) fn new<P: AsRef<[u8]>>(names: &[P], ascii_case_insensitive: bool) -> Names {
        if crate::startup::short_run() {
            Names::Index(NameIndex::new(names, ascii_case_insensitive))
        } else {
            Names::automaton(names, ascii_case_insensitive)
        }
    }

    pub(super) fn automaton<P: AsRef<[u8]>>(names: &[P], ascii_case_insensitive: bool) -> Names {
        // An empty name is left out, as the index leaves it out; its place is kept by a name
        // that cannot occur in text that is UTF-8.
        let names = names.iter().map(|n| if n.as_ref().is_empty() { &[0xff][..] } else { n.as_ref() });
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(ascii_case_insensitive)
            .build(names)
            .expect("names build an automaton");
        Names::Automaton(automaton)
    }

    /// The matches inside `range` of `haystack`, left to right, none overlapping another.
    pub(super) fn find_iter<'a>(
        &'a self,
        haystack: &'a [u8],
        range: Range<usize>,
    ) -> impl Iterator<Item = NameMatch> + 'a {
        let (index, automaton) = match self {
            Names::Index(i) => (Some(i.find_iter(haystack, range)), None),
            Names::Automaton(a) => {
                let matches = a.find_iter(aho_corasick::Input::new(haystack).range(range));
                (
                    None,
                    Some(matches.map(|m| NameMatch {
                        pattern: m.pattern().as_usize(),
                        start: m.start(),
                        end: m.end(),
                    })),
                )
            }
        };
        index.into_iter().flatten().chain(automaton.into_iter().flatten())
    }
}

/// One match: the index of the name in the list given to `NameIndex::new`, and where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct NameMatch {
    pub(super) pattern: usize,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// A name's place in `NameIndex::bytes`, with its index in the list.
#[derive(Clone, Copy, Debug)]
struct Entry {
    pattern: u32,
    start: u32,
    len: u32,
}

#[derive(Clone, Debug)]
pub(super) struct NameIndex {
    /// Every name, one after another.
    bytes: Vec<u8>,
    ascii_case_insensitive: bool,
    /// The first bytes of the names (both cases when the case is ignored), a bit per byte.
    starts: [u64; 4],
    /// The first two bytes of the names two bytes or longer (lower case when the case is
    /// ignored), a bit per pair: most positions a first byte lets through stop here.
    pairs: Box<[u64]>,
    /// The names by their key (`pair_key`, or `single_key` for a one-byte name), longest
    /// first, in list order among names as long.
    groups: HashMap<u32, Vec<Entry>, QuickHash>,
}

fn has(bits: &[u64], i: usize) -> bool {
    bits[i / 64] & (1 << (i % 64)) != 0
}

fn set(bits: &mut [u64], i: usize) {
    bits[i / 64] |= 1 << (i % 64);
}

fn pair_key(a: u8, b: u8) -> u32 {
    (u32::from(a) << 8) | u32::from(b)
}

fn single_key(a: u8) -> u32 {
    0x1_0000 | u32::from(a)
}

impl NameIndex {
    pub(super) fn new<P: AsRef<[u8]>>(names: &[P], ascii_case_insensitive: bool) -> NameIndex {
        let fold = |b: u8| if ascii_case_insensitive { b.to_ascii_lowercase() } else { b };
        let mut index = NameIndex {
            bytes: Vec::with_capacity(names.iter().map(|n| n.as_ref().len()).sum()),
            ascii_case_insensitive,
            starts: [0; 4],
            pairs: vec![0; 65536 / 64].into_boxed_slice(),
            groups: HashMap::with_capacity_and_hasher(names.len(), QuickHash::default()),
        };
        for (i, name) in names.iter().enumerate() {
            let name = name.as_ref();
            let Some(&first) = name.first() else { continue };
            let pattern = u32::try_from(i).expect("fewer than 2^32 names");
            let start = u32::try_from(index.bytes.len()).expect("names under 4 GB");
            let len = u32::try_from(name.len()).expect("names under 4 GB");
            index.bytes.extend_from_slice(name);
            set(&mut index.starts, usize::from(first));
            if ascii_case_insensitive {
                set(&mut index.starts, usize::from(first.to_ascii_uppercase()));
                set(&mut index.starts, usize::from(first.to_ascii_lowercase()));
            }
            let key = match name.get(1) {
                Some(&second) => {
                    let key = pair_key(fold(first), fold(second));
                    set(&mut index.pairs, key as usize);
                    key
                }
                None => single_key(fold(first)),
            };
            index.groups.entry(key).or_default().push(Entry { pattern, start, len });
        }
        for group in index.groups.values_mut() {
            // A stable sort: among names as long, the first listed wins, as in the automaton.
            group.sort_by_key(|e| std::cmp::Reverse(e.len));
        }
        index
    }

    fn name(&self, e: Entry) -> &[u8] {
        &self.bytes[e.start as usize..(e.start + e.len) as usize]
    }

    /// The first name of `group` that `text` starts with.
    fn first_prefix(&self, group: &[Entry], text: &[u8]) -> Option<Entry> {
        group.iter().copied().find(|&e| {
            let name = self.name(e);
            text.get(..name.len()).is_some_and(|t| {
                if self.ascii_case_insensitive {
                    t.eq_ignore_ascii_case(name)
                } else {
                    t == name
                }
            })
        })
    }

    /// The longest name starting at `at` and ending by `end`.
    fn longest_at(&self, haystack: &[u8], at: usize, end: usize) -> Option<NameMatch> {
        let fold = |b: u8| if self.ascii_case_insensitive { b.to_ascii_lowercase() } else { b };
        let first = fold(haystack[at]);
        let rest = &haystack[at..end];
        let pair = rest.get(1).map(|&b| pair_key(first, fold(b))).filter(|&k| has(&self.pairs, k as usize));
        let e = pair
            .and_then(|k| self.groups.get(&k))
            .and_then(|g| self.first_prefix(g, rest))
            .or_else(|| self.groups.get(&single_key(first)).and_then(|g| g.first().copied()))?;
        Some(NameMatch { pattern: e.pattern as usize, start: at, end: at + e.len as usize })
    }

    /// The first match inside `from..end` of `haystack`.
    fn find_from(&self, haystack: &[u8], from: usize, end: usize) -> Option<NameMatch> {
        (from..end)
            .filter(|&i| has(&self.starts, usize::from(haystack[i])))
            .find_map(|i| self.longest_at(haystack, i, end))
    }

    /// The matches inside `range` of `haystack`, left to right, none overlapping another: what
    /// an automaton's search of `Input::new(haystack).range(range)` finds.
    pub(super) fn find_iter<'a>(
        &'a self,
        haystack: &'a [u8],
        range: Range<usize>,
    ) -> impl Iterator<Item = NameMatch> + 'a {
        assert!(range.start <= range.end && range.end <= haystack.len(), "a range inside the text");
        let mut at = range.start;
        std::iter::from_fn(move || {
            let m = self.find_from(haystack, at, range.end)?;
            at = m.end;
            Some(m)
        })
    }
}

#[cfg(test)]
mod tests;
