// The value tags of the compact rule tree: written by build.rs, read by src/rules/compact.rs.
// One file, included by both, so the writer and the reader cannot drift apart.
const STRING: u8 = 0;
const INTEGER: u8 = 1;
const FLOAT: u8 = 2;
const BOOLEAN: u8 = 3;
const DATETIME: u8 = 4;
const ARRAY: u8 = 5;
const TABLE: u8 = 6;
