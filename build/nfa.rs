//! Compiles each built-in pattern (`src/rx/patterns.rs`) to a Thompson NFA exactly as
//! `src/rx.rs` configures its compiler, and writes the NFA's states as a compact table that
//! `src/rx/table.rs` replays into `thompson::Builder` at run time: a one-article process then
//! parses no built-in regex (parsing and translating them was a third of its instructions).
//! `rx::table`'s tests rebuild every table and require the NFA a fresh compile gives.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use regex_automata::nfa::thompson::{self, State, NFA};
use regex_automata::PatternID;

#[allow(dead_code)]
#[path = "../src/rx/patterns.rs"]
mod patterns;
#[allow(dead_code)]
#[path = "../src/extract/vocab.rs"]
mod vocab;

use vocab::{COUNT_WORDS, MONTH_INTRODUCERS, WEEKDAY_RELATIVES};

include!("../src/rx/nfa_tags.rs");

/// Write `rx_builtin.rs` into `out_dir`: one `Builtin` static per pattern and `ALL`, the list.
pub fn write_builtin_patterns(out_dir: &Path) {
    for file in ["src/rx/patterns.rs", "src/rx/nfa_tags.rs", "src/extract/vocab.rs", "build/nfa.rs"] {
        println!("cargo:rerun-if-changed={file}");
    }
    let mut compiler = thompson::Compiler::new();
    compiler.configure(thompson::Config::new().shrink(false));
    let mut out = String::from("// Written by build/nfa.rs from src/rx/patterns.rs.\n");
    let mut names = Vec::new();
    let words = patterns::WordLists {
        count_words: COUNT_WORDS,
        month_introducers: MONTH_INTRODUCERS,
        weekday_relatives: &WEEKDAY_RELATIVES,
    };
    for (name, pattern) in patterns::all(&words) {
        if let Some(at) = patterns::unicode_class_at(&pattern) {
            panic!("built-in regex {name}: Unicode class at byte {at}; write (?-u:\\b) and [0-9]");
        }
        let nfa = compiler.build(&pattern).unwrap_or_else(|e| panic!("bad built-in regex {name}: {e}"));
        let table = encode(&nfa);
        let _ = writeln!(
            out,
            "pub(crate) static {name}: Builtin = Builtin {{ name: {name:?}, pattern: {pattern:?}, nfa: &{table:?} }};"
        );
        names.push(name);
    }
    let _ = writeln!(out, "/// Every built-in pattern, in the order of `rx::patterns::all`.");
    let _ = writeln!(out, "#[cfg_attr(not(test), allow(dead_code))]");
    let _ = writeln!(out, "pub(crate) static ALL: &[&Builtin] = &[&{}];", names.join(", &"));
    fs::write(out_dir.join("rx_builtin.rs"), out).expect("OUT_DIR is writable");
}

fn varint(out: &mut Vec<u8>, v: usize) {
    let mut v = v as u64;
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// The table of `nfa` (layout in `src/rx/nfa_tags.rs`).
fn encode(nfa: &NFA) -> Vec<u8> {
    assert_eq!(nfa.pattern_len(), 1, "one pattern per built-in regex");
    let mut out = Vec::new();
    let pattern_start = nfa.start_pattern(PatternID::ZERO).expect("pattern 0 has a start");
    for id in [nfa.start_anchored(), nfa.start_unanchored(), pattern_start] {
        varint(&mut out, id.as_usize());
    }
    let names: Vec<Option<&str>> = nfa.group_info().pattern_names(PatternID::ZERO).collect();
    varint(&mut out, names.len());
    for name in names {
        varint(&mut out, name.map_or(0, |n| n.len() + 1));
        out.extend_from_slice(name.unwrap_or("").as_bytes());
    }
    varint(&mut out, nfa.states().len());
    for state in nfa.states() {
        encode_state(&mut out, state);
    }
    out
}

fn encode_state(out: &mut Vec<u8>, state: &State) {
    match state {
        State::ByteRange { trans } => {
            out.extend([RANGE, trans.start, trans.end]);
            varint(out, trans.next.as_usize());
        }
        State::Sparse(sparse) => {
            out.push(SPARSE);
            varint(out, sparse.transitions.len());
            for t in &sparse.transitions {
                out.extend([t.start, t.end]);
                varint(out, t.next.as_usize());
            }
        }
        State::Look { look, next } => {
            out.push(LOOK);
            varint(out, look.as_repr() as usize);
            varint(out, next.as_usize());
        }
        State::Union { alternates } => {
            out.push(UNION);
            varint(out, alternates.len());
            alternates.iter().for_each(|a| varint(out, a.as_usize()));
        }
        State::BinaryUnion { alt1, alt2 } => {
            out.push(BINARY_UNION);
            varint(out, alt1.as_usize());
            varint(out, alt2.as_usize());
        }
        // The group's first slot is even, its last odd (one pattern: slots 2g and 2g + 1).
        State::Capture { next, group_index, slot, .. } => {
            out.push(if slot.as_usize() % 2 == 0 { CAPTURE_START } else { CAPTURE_END });
            varint(out, group_index.as_usize());
            varint(out, next.as_usize());
        }
        State::Fail => out.push(FAIL),
        State::Match { .. } => out.push(MATCH),
        State::Dense(_) => panic!("the Thompson compiler writes no dense states"),
    }
}
