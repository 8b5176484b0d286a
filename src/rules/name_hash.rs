// The FNV-1a hash of the names of a fact pack read on first use: build.rs hashes them, and
// src/rules/pack_probe.rs hashes text the same way. One file, included by both.
const NAME_HASH_START: u64 = 0xcbf2_9ce4_8422_2325;

fn name_hash_step(h: u64, byte: u8) -> u64 {
    (h ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
}
