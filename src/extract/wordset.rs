//! Fixed word lists as small hash tables, and lower-casing without allocating.
//!
//! The readers ask of nearly every word whether it is in a list of one or two hundred words.
//! `slice::contains` compared the word with every entry of its length (a `memcmp` call each);
//! a [`WordSet`] rejects most words by length and first byte, and otherwise hashes the word
//! once and compares it with the one or two entries of its slot.

/// A hasher for words read from an article: fast on short keys, seeded per process, so a
/// crafted article cannot make the tables of its own words degrade.
pub type FastHash = foldhash::fast::RandomState;
/// A hash set of an article's words, with [`FastHash`].
pub type FastSet<T> = std::collections::HashSet<T, FastHash>;
/// A hash map keyed by an article's words, with [`FastHash`].
pub type FastMap<K, V> = std::collections::HashMap<K, V, FastHash>;

/// Which (length, first letter, second letter) shapes a word list holds, letters either case:
/// most words of a text share no shape with any listed word and are ruled out before any
/// hashing. Words shorter than two bytes or of `LENGTHS` bytes or more are not told apart.
pub(crate) struct ShapeFilter<const LENGTHS: usize> {
    /// Per length and first letter, the second letters (as [`shape_bit`]s).
    seconds: [[u32; 27]; LENGTHS],
}

impl<const LENGTHS: usize> ShapeFilter<LENGTHS> {
    pub(crate) const fn new() -> Self {
        ShapeFilter { seconds: [[0; 27]; LENGTHS] }
    }

    /// Lets `word` (and every word of its shape) through.
    pub(crate) const fn insert(&mut self, word: &[u8]) {
        if word.len() >= 2 && word.len() < LENGTHS {
            self.seconds[word.len()][shape_index(word[0])] |= shape_bit(word[1]);
        }
    }

    /// Whether `word` may be a listed word: false only when no listed word has its shape.
    #[inline]
    pub(crate) fn may_hold(&self, word: &[u8]) -> bool {
        match *word {
            [first, second, ..] if word.len() < LENGTHS => {
                self.seconds[word.len()][shape_index(first)] & shape_bit(second) != 0
            }
            _ => true,
        }
    }
}

/// A byte's row in a [`ShapeFilter`]: an ASCII letter's place in the alphabet, either case;
/// 26 for any other byte.
const fn shape_index(b: u8) -> usize {
    match b {
        b'a'..=b'z' => (b - b'a') as usize,
        b'A'..=b'Z' => (b - b'A') as usize,
        _ => 26,
    }
}

/// A byte's bit in a [`ShapeFilter`]: its letter's place, either case; bit 26 for any other.
const fn shape_bit(b: u8) -> u32 {
    1 << shape_index(b)
}

/// A fixed set of words, built once from a list.
pub struct WordSet {
    words: &'static [&'static str],
    /// Index + 1 into `words`; 0 is an empty slot.
    slots: Box<[u16]>,
    mask: usize,
    /// Bit `n` set when some word is `n` bytes long (longer words share bit 63).
    lengths: u64,
    /// Bit `b` set when some word starts with byte `b`, either case.
    firsts: [u64; 4],
}

impl WordSet {
    /// The set of `words`. For [`WordSet::contains_lowercase`] the words must be lower case.
    pub fn new(words: &'static [&'static str]) -> WordSet {
        let size = (words.len() * 2).next_power_of_two().max(8);
        let mut set =
            WordSet { words, slots: vec![0; size].into_boxed_slice(), mask: size - 1, lengths: 0, firsts: [0; 4] };
        for (i, w) in words.iter().enumerate() {
            set.lengths |= length_bit(w.len());
            if let Some(&b) = w.as_bytes().first() {
                for b in [b, b.to_ascii_lowercase(), b.to_ascii_uppercase()] {
                    set.firsts[usize::from(b >> 6)] |= 1 << (b & 63);
                }
            }
            let mut s = hash(w.as_bytes(), false) as usize & set.mask;
            while set.slots[s] != 0 {
                s = (s + 1) & set.mask;
            }
            set.slots[s] = u16::try_from(i + 1).expect("a word list of fewer than 65,535 words");
        }
        set
    }

    /// Whether `word` is in the set, exactly as written.
    pub fn contains(&self, word: &str) -> bool {
        self.find(word.as_bytes(), false)
    }

    /// Whether `word` in lower case (`str::to_lowercase`) is in the set; an ASCII word is
    /// compared ignoring case, without building its lower case.
    pub fn contains_lowercase(&self, word: &str) -> bool {
        if word.is_ascii() {
            self.find(word.as_bytes(), true)
        } else {
            self.contains(&word.to_lowercase())
        }
    }

    fn find(&self, word: &[u8], fold: bool) -> bool {
        let Some(&first) = word.first() else { return self.words.contains(&"") };
        if self.lengths & length_bit(word.len()) == 0 || self.firsts[usize::from(first >> 6)] & (1 << (first & 63)) == 0
        {
            return false;
        }
        let mut s = hash(word, fold) as usize & self.mask;
        loop {
            let Some(i) = usize::from(self.slots[s]).checked_sub(1) else { return false };
            let entry = self.words[i].as_bytes();
            if if fold { entry.eq_ignore_ascii_case(word) } else { entry == word } {
                return true;
            }
            s = (s + 1) & self.mask;
        }
    }
}

fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

/// FNV-1a over the bytes, ASCII letters lowered when `fold`.
fn hash(bytes: &[u8], fold: bool) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        let b = if fold { b.to_ascii_lowercase() } else { b };
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    // The low bits pick the slot: fold the well-mixed high bits into them.
    h ^ (h >> 29)
}

/// Calls `f` with `word` in lower case (`str::to_lowercase`), built on the stack for a short
/// ASCII word and allocated only otherwise.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.len() <= buf.len() && word.is_ascii() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        f(std::str::from_utf8(lower).expect("ASCII"))
    } else {
        f(&word.to_lowercase())
    }
}

/// `word` in lower case (`str::to_lowercase`), written into `buf` (cleared first): an ASCII
/// word is copied and lowered in place, without allocating once `buf` has grown.
pub fn lowercase_into<'b>(word: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    push_lowercase(word, buf);
    buf
}

/// Appends `word` in lower case (`str::to_lowercase`) to `buf`.
pub fn push_lowercase(word: &str, buf: &mut String) {
    if word.is_ascii() {
        let from = buf.len();
        buf.push_str(word);
        buf[from..].make_ascii_lowercase();
    } else {
        buf.push_str(&word.to_lowercase());
    }
}

/// Whether `word` in lower case (`str::to_lowercase`) is `lower`, without building it for an
/// ASCII word.
pub fn lowercase_is(word: &str, lower: &str) -> bool {
    if word.is_ascii() {
        word.eq_ignore_ascii_case(lower) && !lower.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        word.to_lowercase() == lower
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: &[&str] = &["the", "and", "said", "thinks", "a", "über"];

    #[test]
    fn finds_exactly_the_listed_words() {
        let set = WordSet::new(WORDS);
        for w in WORDS {
            assert!(set.contains(w), "{w}");
        }
        for w in ["The", "an", "sai", "saidx", "", "thinking", "Über", "x"] {
            assert!(!set.contains(w), "{w}");
        }
    }

    #[test]
    fn lowercase_lookup_agrees_with_to_lowercase() {
        let set = WordSet::new(WORDS);
        // The Kelvin sign lowers to an ASCII k: the non-ASCII path must find "thinks".
        for w in ["THE", "Said", "thin\u{212A}s", "ÜBER", "Über", "An", "A", "Tha", "naïve", ""] {
            assert_eq!(set.contains_lowercase(w), WORDS.contains(&w.to_lowercase().as_str()), "{w}");
        }
    }

    #[test]
    fn lowercase_into_and_lowercase_is_agree_with_to_lowercase() {
        let mut buf = String::from("left over");
        for w in ["Said", "ÜBER", "thin\u{212A}s", "", "ΟΔΟΣ", "told", "TOLD"] {
            assert_eq!(lowercase_into(w, &mut buf), w.to_lowercase());
            for lower in ["said", "über", "thinks", "", "οδος", "told", "Told"] {
                assert_eq!(lowercase_is(w, lower), w.to_lowercase() == lower, "{w} {lower}");
            }
        }
    }

    #[test]
    fn a_shape_filter_passes_its_words_in_any_case_and_refuses_other_shapes() {
        let mut shapes = ShapeFilter::<8>::new();
        for w in ["said", "o'clock", "q1"] {
            shapes.insert(w.as_bytes());
        }
        for w in ["said", "SAID", "q1", "Q1", "O'CLOCK", "q", "a-much-longer-word"] {
            // Listed shapes in any case, and words too short or long to be told apart.
            assert!(shapes.may_hold(w.as_bytes()), "{w}");
        }
        for w in ["seid", "Sa", "sai", "qx"] {
            assert!(!shapes.may_hold(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn with_lowercase_matches_to_lowercase() {
        for w in ["Said", "ÜBER", "thin\u{212A}s", "", &"X".repeat(40)] {
            assert_eq!(with_lowercase(w, str::to_owned), w.to_lowercase());
        }
    }
}
