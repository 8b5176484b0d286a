//! Rebuilds a built-in pattern's NFA from the table build.rs wrote (build/nfa.rs), through
//! `thompson::Builder`: the same states in the same order, so the same NFA a compile gives,
//! with no parsing. Layout in `nfa_tags.rs`.

use std::sync::Arc;

use regex_automata::nfa::thompson::{Builder, Transition, NFA};
use regex_automata::util::look::Look;
use regex_automata::util::primitives::StateID;

include!("nfa_tags.rs");

/// A built-in pattern: its name, the pattern as written, and its NFA table.
#[derive(Debug)]
pub struct Builtin {
    pub name: &'static str,
    pub pattern: &'static str,
    pub nfa: &'static [u8],
}

/// A reader of a table; a table build.rs wrote is well formed, so a short one is a bug.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> u8 {
        let b = self.bytes[self.at];
        self.at += 1;
        b
    }

    fn varint(&mut self) -> usize {
        let (mut v, mut shift) = (0usize, 0);
        loop {
            let b = self.byte();
            v |= usize::from(b & 0x7f) << shift;
            if b < 0x80 {
                return v;
            }
            shift += 7;
        }
    }

    fn id(&mut self) -> StateID {
        StateID::new(self.varint()).expect("a state id of a built-in table")
    }

    fn transition(&mut self) -> Transition {
        let (start, end) = (self.byte(), self.byte());
        Transition { start, end, next: self.id() }
    }
}

impl Builtin {
    /// The NFA of this pattern, as `thompson::Compiler` built it at build time.
    pub fn nfa(&self) -> Result<NFA, String> {
        self.replay().map_err(|e| format!("built-in regex {}: {e}", self.name))
    }

    fn replay(&self) -> Result<NFA, Box<regex_automata::nfa::thompson::BuildError>> {
        let mut r = Reader { bytes: self.nfa, at: 0 };
        let (anchored, unanchored, pattern_start) = (r.id(), r.id(), r.id());
        let names: Vec<Option<Arc<str>>> = (0..r.varint())
            .map(|_| {
                let len = r.varint();
                let name = (len > 0).then(|| std::str::from_utf8(&r.bytes[r.at..r.at + len - 1]).expect("UTF-8"));
                r.at += len.saturating_sub(1);
                name.map(Arc::from)
            })
            .collect();
        let mut b = Builder::new();
        b.set_utf8(true);
        b.start_pattern()?;
        for _ in 0..r.varint() {
            match r.byte() {
                RANGE => b.add_range(r.transition())?,
                SPARSE => b.add_sparse((0..r.varint()).map(|_| r.transition()).collect())?,
                LOOK => {
                    let look = u32::try_from(r.varint()).ok().and_then(Look::from_repr).expect("a look");
                    b.add_look(r.id(), look)?
                }
                UNION => b.add_union((0..r.varint()).map(|_| r.id()).collect())?,
                BINARY_UNION => b.add_union(vec![r.id(), r.id()])?,
                CAPTURE_START => {
                    let group = r.varint();
                    let name = names[group].clone();
                    b.add_capture_start(r.id(), group as u32, name)?
                }
                CAPTURE_END => {
                    let group = r.varint();
                    b.add_capture_end(r.id(), group as u32)?
                }
                FAIL => b.add_fail()?,
                MATCH => b.add_match()?,
                tag => panic!("unknown state tag {tag}"),
            };
        }
        b.finish_pattern(pattern_start)?;
        Ok(b.build(anchored, unanchored)?)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{builtin, patterns};
    use crate::extract::vocab::{COUNT_WORDS, MONTH_INTRODUCERS, WEEKDAY_RELATIVES};
    use regex_automata::nfa::thompson::{self, NFA};
    use regex_automata::PatternID;

    /// Everything about an NFA a search reads: its states and byte classes (`Debug`), its
    /// starts, groups and properties.
    fn described(nfa: &NFA) -> String {
        let names: Vec<_> = nfa.group_info().pattern_names(PatternID::ZERO).collect();
        format!(
            "{nfa:?} {:?} {:?} {:?} {names:?} {} {:?} {:?} {} {} {} {} {}",
            nfa.start_anchored(),
            nfa.start_unanchored(),
            nfa.start_pattern(PatternID::ZERO),
            nfa.group_info().slot_len(),
            nfa.look_set_any(),
            nfa.look_set_prefix_any(),
            nfa.has_capture(),
            nfa.has_empty(),
            nfa.is_utf8(),
            nfa.is_always_start_anchored(),
            nfa.memory_usage(),
        )
    }

    #[test]
    fn every_table_rebuilds_the_nfa_a_compile_gives() {
        let patterns = patterns::all(&patterns::WordLists {
            count_words: COUNT_WORDS,
            month_introducers: MONTH_INTRODUCERS,
            weekday_relatives: &WEEKDAY_RELATIVES,
        });
        assert_eq!(patterns.len(), builtin::ALL.len());
        let mut compiler = thompson::Compiler::new();
        compiler.configure(thompson::Config::new().shrink(false));
        for ((name, pattern), table) in patterns.iter().zip(builtin::ALL) {
            assert_eq!((*name, pattern.as_str()), (table.name, table.pattern));
            let fresh = compiler.build(pattern).unwrap();
            assert_eq!(described(&table.nfa().unwrap()), described(&fresh), "{name}");
        }
    }
}
