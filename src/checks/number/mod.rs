//! Number checks (`number.*`): one quantity stated twice, and ordinals written with the
//! wrong suffix.
//!
//! A number is only compared with another when the wording ties them together: a definite
//! restatement of the same noun, verb and subject.

pub(super) mod conflict;
pub(super) mod ordinal_suffix;
