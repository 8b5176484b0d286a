//! What blanking changed in an article's source, kept instead of a second copy of the source.

use crate::span::Span;

/// The regions of the source that blanking changed, with their original bytes.
#[derive(Clone, Debug, Default)]
pub(super) struct Blanked {
    /// Runs of changed bytes (close runs merged), in text order; on character boundaries.
    pub(super) spans: Vec<Span>,
    /// The source's bytes of every span, one after the other.
    original: Vec<u8>,
    /// Where each span's bytes start in `original`.
    at: Vec<usize>,
}

/// Changed runs closer than this are kept as one (the bytes between are kept too): a table's
/// blanked words are one region, not one per word.
const BLANKED_GAP: usize = 64;

impl Blanked {
    pub(super) fn new(source: &str, text: &str) -> Blanked {
        let (a, b) = (source.as_bytes(), text.as_bytes());
        let mut out = Blanked::default();
        let mut i = 0;
        while i < a.len() {
            // Equal 8-byte words are skipped whole: all but a few bytes of an article are equal.
            if i + 8 <= a.len() && a[i..i + 8] == b[i..i + 8] {
                i += 8;
                continue;
            }
            if a[i] == b[i] {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            let mut j = end;
            while j < a.len() && j < end + BLANKED_GAP {
                if a[j] != b[j] {
                    end = j + 1;
                }
                j += 1;
            }
            // A changed byte is a blanked character's, all of whose bytes changed: `start` and
            // `end` are character boundaries.
            out.at.push(out.original.len());
            out.original.extend_from_slice(&a[start..end]);
            out.spans.push(Span::new(start, end));
            i = end;
        }
        out
    }

    /// The index of the first span ending after `offset`.
    fn first_after(&self, offset: usize) -> usize {
        self.spans.partition_point(|s| s.end <= offset)
    }

    /// Whether a region touches `span` (an empty span: whether one holds its offset).
    pub(super) fn overlaps(&self, span: Span) -> bool {
        let i = self.first_after(span.start);
        self.spans.get(i).is_some_and(|s| s.start < span.end.max(span.start + 1))
    }

    /// The source's text of `span`: `text`'s with the original bytes put back.
    pub(super) fn restore(&self, text: &str, span: Span) -> String {
        let mut bytes = text.as_bytes()[span.range()].to_vec();
        for i in self.first_after(span.start)..self.spans.len() {
            let s = self.spans[i];
            if s.start >= span.end {
                break;
            }
            let (from, to) = (s.start.max(span.start), s.end.min(span.end));
            let original = &self.original[self.at[i] + (from - s.start)..self.at[i] + (to - s.start)];
            bytes[from - span.start..to - span.start].copy_from_slice(original);
        }
        String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restores_any_part_of_the_source() {
        let source = "date 2025-01-01\n\nÉté <!-- x --> and a tail  with   words";
        let mut masked = source.as_bytes().to_vec();
        for (from, to) in [(0, 15), (17, 24)] {
            for b in &mut masked[from..to] {
                *b = b' ';
            }
        }
        let text = String::from_utf8(masked).unwrap();
        let b = Blanked::new(source, &text);
        assert_eq!(b.spans.len(), 1, "close runs are one region: {:?}", b.spans);
        assert_eq!(b.restore(&text, Span::new(0, text.len())), source);
        for (from, to) in [(0, 4), (3, 20), (17, 19), (24, 30), (30, source.len())] {
            assert_eq!(b.restore(&text, Span::new(from, to)), &source[from..to], "{from}..{to}");
        }
        assert!(b.overlaps(Span::new(10, 10)) && b.overlaps(Span::new(23, 40)));
        assert!(!b.overlaps(Span::new(24, 40)) && !b.overlaps(Span::new(24, 24)));
        assert!(Blanked::new(&text, &text).spans.is_empty());
    }
}
