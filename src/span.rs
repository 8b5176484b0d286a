//! Byte spans into an article's text, and the line/column positions findings are reported at.
//! Every layer (ingest, extraction, checks, reports) speaks in these.

use serde::Serialize;

/// A half-open byte range into the article's source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Spans sorted by start, for asking in O(log n) whether any of them overlaps or holds a span.
/// Replaces linear scans over all spans of an article, which made extraction quadratic.
#[derive(Clone, Debug, Default)]
pub struct SpanIndex {
    spans: Vec<Span>,
    /// `max_end[i]`: the largest end among `spans[..=i]`.
    max_end: Vec<usize>,
}

impl SpanIndex {
    pub fn new(spans: impl IntoIterator<Item = Span>) -> SpanIndex {
        let mut spans: Vec<Span> = spans.into_iter().collect();
        spans.sort_unstable();
        let mut max_end = Vec::with_capacity(spans.len());
        let mut m = 0;
        for s in &spans {
            m = m.max(s.end);
            max_end.push(m);
        }
        SpanIndex { spans, max_end }
    }

    /// Whether any span overlaps `s` (shares at least one byte with it).
    pub fn overlaps(&self, s: Span) -> bool {
        let i = self.spans.partition_point(|x| x.start < s.end);
        i > 0 && self.max_end[i - 1] > s.start
    }

    /// Whether any span contains `s`.
    pub fn contains(&self, s: Span) -> bool {
        let i = self.spans.partition_point(|x| x.start <= s.start);
        i > 0 && self.max_end[i - 1] >= s.end
    }

    /// Whether any span's start lies in `start..end`.
    pub fn starts_within(&self, start: usize, end: usize) -> bool {
        let i = self.spans.partition_point(|x| x.start < start);
        self.spans.get(i).is_some_and(|x| x.start < end)
    }
}

/// A 1-based line and a 1-based column counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Where the lines of a text start, for turning byte offsets into lines and columns.
#[derive(Clone, Debug, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Index the lines of `s`. `\n`, `\r\n` and a lone `\r` all end a line.
    pub fn new(s: &str) -> LineIndex {
        LineIndex { starts: line_starts(s) }
    }

    /// Start offsets of the lines, the first always 0.
    pub fn starts(&self) -> &[usize] {
        &self.starts
    }

    /// Line and column (both 1-based, column in characters) of a byte offset into `source`,
    /// the text this index was built from.
    pub fn line_col(&self, source: &str, offset: usize) -> LineCol {
        let offset = offset.min(source.len());
        let line_idx = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line_idx];
        let column = source[start..floor_char_boundary(source, offset)].chars().count() + 1;
        LineCol { line: line_idx + 1, column }
    }

    /// Byte span of the line of `source` holding `offset` (without its line break).
    pub fn line_span(&self, source: &str, offset: usize) -> Span {
        let lc = self.line_col(source, offset);
        let start = self.starts[lc.line - 1];
        let end = self.starts.get(lc.line).copied().unwrap_or(source.len());
        let trimmed = source[start..end].trim_end_matches(['\n', '\r']);
        Span::new(start, start + trimmed.len())
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Start offsets of lines. `\n`, `\r\n` and a lone `\r` all end a line.
fn line_starts(s: &str) -> Vec<usize> {
    let bytes = s.as_bytes();
    let mut starts = vec![0];
    // Most copy ends lines with \n alone, found by a fast byte search.
    if !s.contains('\r') {
        starts.extend(s.match_indices('\n').map(|(i, _)| i + 1));
        return starts;
    }
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => starts.push(i + 1),
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
            _ => {}
        }
        i += 1;
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_index_answers_like_a_scan() {
        let spans = [Span::new(0, 5), Span::new(2, 3), Span::new(10, 20), Span::new(12, 14)];
        let idx = SpanIndex::new(spans);
        for s in 0..25 {
            for e in s..25 {
                let q = Span::new(s, e);
                assert_eq!(idx.overlaps(q), spans.iter().any(|x| x.overlaps(q)), "{q:?}");
                assert_eq!(idx.contains(q), spans.iter().any(|x| x.contains(q)), "{q:?}");
                assert_eq!(idx.starts_within(s, e), spans.iter().any(|x| (s..e).contains(&x.start)), "{q:?}");
            }
        }
    }
}
