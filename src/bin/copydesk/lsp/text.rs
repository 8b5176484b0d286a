//! An open document's text and the position arithmetic of the protocol: LSP positions count
//! lines and code units (UTF-16 unless the client and server agreed on UTF-8 or UTF-32), the
//! library counts bytes.

use copydesk::span::{LineIndex, Span};
use lsp_types::{Position, PositionEncodingKind, Range, TextDocumentContentChangeEvent};

/// The unit positions count in, agreed at `initialize`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Utf32,
}

impl Encoding {
    /// The client's preference among those it offers (UTF-8 first: no counting needed), UTF-16
    /// when it offers none, as the protocol says.
    pub fn choose(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        let offered = offered.unwrap_or_default();
        let has = |k: &PositionEncodingKind| offered.iter().any(|o| o == k);
        if has(&PositionEncodingKind::UTF8) {
            Encoding::Utf8
        } else if has(&PositionEncodingKind::UTF16) || offered.is_empty() {
            Encoding::Utf16
        } else if has(&PositionEncodingKind::UTF32) {
            Encoding::Utf32
        } else {
            Encoding::Utf16
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
            Encoding::Utf32 => PositionEncodingKind::UTF32,
        }
    }

    fn units(self, c: char) -> u32 {
        match self {
            Encoding::Utf8 => c.len_utf8() as u32,
            Encoding::Utf16 => c.len_utf16() as u32,
            Encoding::Utf32 => 1,
        }
    }
}

/// A text with its line starts, converting between byte offsets and LSP positions.
#[derive(Clone, Debug)]
pub struct Lines<'a> {
    text: &'a str,
    index: LineIndex,
    encoding: Encoding,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str, encoding: Encoding) -> Lines<'a> {
        Lines { text, index: LineIndex::new(text), encoding }
    }

    /// The position of a byte offset (clamped to the text, and back to a character boundary).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let starts = self.index.starts();
        let line = starts.partition_point(|&s| s <= offset) - 1;
        let character = self.text[starts[line]..offset].chars().map(|c| self.encoding.units(c)).sum();
        Position { line: line as u32, character }
    }

    pub fn range(&self, span: Span) -> Range {
        Range { start: self.position(span.start), end: self.position(span.end) }
    }

    /// The byte offset of a position. A line past the end is the end of the text; a character
    /// past the end of its line is the line's end (before its line break), as the protocol asks.
    pub fn offset(&self, position: Position) -> usize {
        let starts = self.index.starts();
        let Some(&start) = starts.get(position.line as usize) else {
            return self.text.len();
        };
        let end = self.line_end(position.line as usize);
        let mut units = 0;
        for (i, c) in self.text[start..end].char_indices() {
            if units >= position.character {
                return start + i;
            }
            units += self.encoding.units(c);
        }
        end
    }

    /// The byte span of the 0-based `line`, without its line break.
    pub fn line_span(&self, line: usize) -> Span {
        let start = self.index.starts().get(line).copied().unwrap_or(self.text.len());
        Span::new(start, self.line_end(line).max(start))
    }

    /// The 0-based line holding a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.position(offset).line as usize
    }

    fn line_end(&self, line: usize) -> usize {
        let starts = self.index.starts();
        let next = starts.get(line + 1).copied().unwrap_or(self.text.len());
        let start = starts.get(line).copied().unwrap_or(self.text.len());
        start + self.text[start..next].trim_end_matches(['\n', '\r']).len()
    }
}

/// One open document.
#[derive(Clone, Debug)]
pub struct Document {
    pub text: String,
    pub version: i32,
    pub language: String,
}

impl Document {
    /// Apply `didChange` content changes in order: a change with a range replaces that range of
    /// the text as the earlier changes left it; one without replaces the whole text.
    pub fn apply(&mut self, changes: Vec<TextDocumentContentChangeEvent>, encoding: Encoding) {
        for change in changes {
            match change.range {
                None => self.text = change.text,
                Some(range) => {
                    let lines = Lines::new(&self.text, encoding);
                    let start = lines.offset(range.start);
                    let end = lines.offset(range.end).max(start);
                    self.text.replace_range(start..end, &change.text);
                }
            }
        }
    }

    /// The line break the document uses (its first), for inserted lines.
    pub fn line_break(&self) -> &'static str {
        match self.text.find(['\n', '\r']) {
            Some(i) if self.text[i..].starts_with("\r\n") => "\r\n",
            Some(i) if self.text.as_bytes()[i] == b'\r' => "\r",
            _ => "\n",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "a😀b\r\nsecond é line\nlast";

    #[test]
    fn positions_count_the_agreed_units() {
        let b = TEXT.find('b').unwrap();
        assert_eq!(Lines::new(TEXT, Encoding::Utf16).position(b), Position::new(0, 3));
        assert_eq!(Lines::new(TEXT, Encoding::Utf8).position(b), Position::new(0, 5));
        assert_eq!(Lines::new(TEXT, Encoding::Utf32).position(b), Position::new(0, 2));
        let l = TEXT.find("line").unwrap();
        assert_eq!(Lines::new(TEXT, Encoding::Utf16).position(l), Position::new(1, 9));
        assert_eq!(Lines::new(TEXT, Encoding::Utf8).position(l), Position::new(1, 10));
    }

    #[test]
    fn offsets_invert_positions() {
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            let lines = Lines::new(TEXT, enc);
            for (i, _) in TEXT.char_indices().filter(|(i, _)| !TEXT[..*i].ends_with('\r')) {
                assert_eq!(lines.offset(lines.position(i)), i, "{enc:?} at {i}");
            }
            // Past the line's end: the end of the line, before its break.
            assert_eq!(lines.offset(Position::new(0, 99)), TEXT.find('\r').unwrap());
            assert_eq!(lines.offset(Position::new(9, 0)), TEXT.len());
        }
    }

    #[test]
    fn incremental_changes_apply_in_order() {
        let mut doc = Document { text: TEXT.into(), version: 1, language: "plaintext".into() };
        let change = |l0, c0, l1, c1, text: &str| TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(l0, c0), Position::new(l1, c1))),
            range_length: None,
            text: text.into(),
        };
        doc.apply(vec![change(0, 1, 0, 3, "-"), change(1, 0, 1, 6, "2nd")], Encoding::Utf16);
        assert_eq!(doc.text, "a-b\r\n2nd é line\nlast");
        doc.apply(vec![change(2, 0, 2, 4, "end\nmore")], Encoding::Utf8);
        assert_eq!(doc.text, "a-b\r\n2nd é line\nend\nmore");
        assert_eq!(doc.line_break(), "\r\n");
    }
}
