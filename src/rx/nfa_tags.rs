// The state tags of a built-in pattern's NFA table: written by build/nfa.rs, read by
// src/rx/table.rs. One file, included by both, so the writer and the reader cannot drift apart.
//
// Table layout (integers are LEB128 varints): anchored start, unanchored start, pattern start,
// group count and each group's name (length + 1 and UTF-8 bytes, 0 for none), state count and
// each state: its tag, then
//   RANGE: start byte, end byte, next; SPARSE: count and (start, end, next) each;
//   LOOK: `Look::as_repr`, next; UNION: count and alternates; BINARY_UNION: two alternates;
//   CAPTURE_START / CAPTURE_END: group index, next; FAIL, MATCH: nothing.
const RANGE: u8 = 0;
const SPARSE: u8 = 1;
const LOOK: u8 = 2;
const UNION: u8 = 3;
const BINARY_UNION: u8 = 4;
const CAPTURE_START: u8 = 5;
const CAPTURE_END: u8 = 6;
const FAIL: u8 = 7;
const MATCH: u8 = 8;
