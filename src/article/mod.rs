//! Ingest: bytes of one article -> [`Article`] with its dateline, paragraphs and sentences.
//!
//! Offsets everywhere are byte offsets into the file *as read*. Regions that are never checked
//! (front matter, code, HTML comments, the `date` header itself) are blanked to spaces in
//! [`Article::text`], which keeps every offset valid while hiding them from extraction.

mod dateline;
mod markdown;
mod segment;

use chrono::NaiveDate;
use serde::Serialize;

pub(crate) use dateline::nearest_year;
pub use dateline::{Dateline, DatelineSource, PrintedDateline};
pub use segment::Sentence;

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

/// What kind of file an article came from; decides which markup is masked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
}

impl Format {
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else {
            Format::Text
        }
    }
}

/// Why a file could not be read as an article.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum InputError {
    #[error("file is empty")]
    Empty,
    #[error("file looks binary (it holds NUL bytes)")]
    Binary,
    #[error("file is not valid UTF-8 (invalid byte at offset {0})")]
    NotUtf8(usize),
    #[error("file is {size} bytes, over the limit of {limit} bytes (raise it with --max-file-size)")]
    TooLarge { size: usize, limit: usize },
}

/// Options that change how an article is read.
#[derive(Clone, Debug, Default)]
pub struct IngestOptions {
    /// `--dateline`: overrides every dateline found in the file.
    pub dateline_override: Option<NaiveDate>,
    /// Used when the file has no dateline at all (project config `dateline`).
    pub dateline_default: Option<NaiveDate>,
}

/// One article, ready for extraction.
#[derive(Clone, Debug)]
pub struct Article {
    pub path: String,
    /// The file's text as read (after UTF-8 decoding; offsets index into it).
    pub source: String,
    /// `source` with unchecked regions blanked to spaces: same length, same offsets.
    pub text: String,
    pub format: Format,
    /// The date the article is anchored to, if any.
    pub dateline: Option<Dateline>,
    /// The date written in metadata (`date` header line, front matter), if any.
    pub meta_date: Option<Dateline>,
    /// A dateline printed in the article's first lines, if any.
    pub printed: Option<PrintedDateline>,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    line_starts: Vec<usize>,
}

/// A 1-based line and a 1-based column counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl Article {
    /// Decode bytes and build an article.
    pub fn from_bytes(path: &str, bytes: &[u8], opts: &IngestOptions) -> Result<Article, InputError> {
        if bytes.is_empty() {
            return Err(InputError::Empty);
        }
        if bytes.contains(&0) {
            return Err(InputError::Binary);
        }
        let text = std::str::from_utf8(bytes).map_err(|e| InputError::NotUtf8(e.valid_up_to()))?;
        if text.trim_start_matches('\u{feff}').trim().is_empty() {
            return Err(InputError::Empty);
        }
        Ok(Article::from_text(path, text.to_string(), Format::from_path(path), opts))
    }

    /// Build an article from text already decoded.
    pub fn from_text(path: &str, source: String, format: Format, opts: &IngestOptions) -> Article {
        let mut masked = source.clone().into_bytes();
        // A UTF-8 byte order mark is not text.
        if source.starts_with('\u{feff}') {
            blank(&mut masked, Span::new(0, 3));
        }
        let meta = dateline::read_metadata(&source, &mut masked);
        if format == Format::Markdown {
            markdown::mask(&source, &mut masked);
        }
        let text = String::from_utf8(masked).expect("blanking keeps UTF-8 valid");
        let line_starts = line_starts(&source);
        let paragraphs = segment::paragraphs(&text);
        let sentences = segment::sentences(&text, &paragraphs);
        let printed = dateline::find_printed(&text, &paragraphs, meta.as_ref().map(|d| d.date));
        let dateline = dateline::choose(opts, meta.as_ref(), printed.as_ref());
        Article {
            path: path.to_string(),
            source,
            text,
            format,
            dateline,
            meta_date: meta,
            printed,
            paragraphs,
            sentences,
            line_starts,
        }
    }

    /// The date the article is anchored to.
    pub fn dateline_date(&self) -> Option<NaiveDate> {
        self.dateline.as_ref().map(|d| d.date)
    }

    /// Line and column (both 1-based, column in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = offset.min(self.source.len());
        let line_idx = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line_idx];
        let column = self.source[start..floor_char_boundary(&self.source, offset)].chars().count() + 1;
        LineCol { line: line_idx + 1, column }
    }

    /// The text of a span in the checked text.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// Index of the sentence holding a byte offset.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.start <= offset).then_some(i)
    }

    /// Byte span of the line holding `offset` (without its line break).
    pub fn line_span(&self, offset: usize) -> Span {
        let lc = self.line_col(offset);
        let start = self.line_starts[lc.line - 1];
        let end = self.line_starts.get(lc.line).copied().unwrap_or(self.source.len());
        let trimmed = self.source[start..end].trim_end_matches(['\n', '\r']);
        Span::new(start, start + trimmed.len())
    }
}

/// Replace every byte of a span with a space, keeping line breaks so lines stay put.
pub(crate) fn blank(bytes: &mut [u8], span: Span) {
    let end = span.end.min(bytes.len());
    for b in &mut bytes[span.start..end] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
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

    fn art(s: &str) -> Article {
        Article::from_text("t.txt", s.to_string(), Format::Text, &IngestOptions::default())
    }

    #[test]
    fn line_col_counts_characters_and_all_line_ends() {
        let a = art("date 2025-01-01\r\nÉté x\rthird\n");
        assert_eq!(a.line_col(0), LineCol { line: 1, column: 1 });
        let x = a.source.find('x').unwrap();
        assert_eq!(a.line_col(x), LineCol { line: 2, column: 5 });
        let t = a.source.find("third").unwrap();
        assert_eq!(a.line_col(t), LineCol { line: 3, column: 1 });
    }

    #[test]
    fn rejects_empty_binary_and_bad_utf8() {
        let o = IngestOptions::default();
        assert_eq!(Article::from_bytes("a", b"", &o).unwrap_err(), InputError::Empty);
        assert_eq!(Article::from_bytes("a", b" \n\n", &o).unwrap_err(), InputError::Empty);
        assert_eq!(Article::from_bytes("a", b"ab\0c", &o).unwrap_err(), InputError::Binary);
        assert!(matches!(Article::from_bytes("a", b"ab\xffc", &o), Err(InputError::NotUtf8(2))));
    }
}
