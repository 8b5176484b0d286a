//! Whether a text could name anyone in a shipped fact pack, answered without reading the pack.
//!
//! build.rs lists, for each pack that holds only facts (`rules/us-congress.toml`: 773 terms,
//! 581 people), its title forms and the hashes of every "form name" and person name. Reading
//! and indexing such a pack is most of a one-article process's start-up, and most articles
//! name none of its people; `Facts` reads it the first time a text might (docs/performance.md).
//! The answer errs one way only: a hash collision reads the pack for nothing, never misses.

include!("name_hash.rs");

/// What build.rs wrote for one pack: its title forms, sorted; the sorted hashes of each
/// "form name" (a form, a space and a holder's name, alias or surname) and of each person's
/// name and alias; and bit sets of the first bytes and the lengths of the person names.
#[derive(Debug)]
pub(super) struct PackProbe {
    pub(super) forms: &'static [&'static str],
    pub(super) titled: &'static [u64],
    pub(super) max_titled: usize,
    pub(super) names: &'static [u64],
    pub(super) starts: [u64; 4],
    pub(super) lens: [u64; 4],
}

fn has(bits: &[u64; 4], i: usize) -> bool {
    i < 256 && bits[i / 64] & (1 << (i % 64)) != 0
}

impl PackProbe {
    /// Whether "form name" for a name of the pack starts at `start` of `text`, where a title
    /// form `form_len` bytes long was found.
    pub(super) fn titled_at(&self, text: &str, start: usize, form_len: usize) -> bool {
        let bytes = &text.as_bytes()[start..text.len().min(start + self.max_titled)];
        let mut h = NAME_HASH_START;
        for (i, &b) in bytes.iter().enumerate() {
            h = name_hash_step(h, b);
            if i > form_len && self.titled.binary_search(&h).is_ok() {
                return true;
            }
        }
        false
    }

    /// Whether a person's name or alias from the pack occurs anywhere in `text`, even inside a
    /// word: an occurrence that is not a whole word can still change which names an automaton
    /// over every name reports, so it counts too.
    pub(super) fn names_in(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        (0..bytes.len()).filter(|&s| has(&self.starts, usize::from(bytes[s]))).any(|s| {
            let mut h = NAME_HASH_START;
            bytes[s..bytes.len().min(s + 256)].iter().enumerate().any(|(i, &b)| {
                h = name_hash_step(h, b);
                has(&self.lens, i + 1) && self.names.binary_search(&h).is_ok()
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::compact::DEFERRED_PACKS;

    #[test]
    fn the_congress_pack_is_probed() {
        let (_, probe) = DEFERRED_PACKS.iter().find(|(p, _)| *p == "rules/us-congress.toml").expect("deferred");
        assert!(probe.forms.contains(&"Sen."));
        assert!(probe.names_in("a speech by Bernie Sanders on Monday"));
        assert!(probe.names_in("xBernie Sandersx"), "inside words too");
        assert!(!probe.names_in("Four NBA players were suspended"));
        let text = "Sen. Bernie Sanders said";
        assert!(probe.titled_at(text, 0, 4));
        assert!(!probe.titled_at("Sen. Nobody Here said", 0, 4));
    }
}
