//! How a file is read as an article: its format and encoding, the options, what can go wrong,
//! the notes on how it went, and the blanking of regions that are never checked.

use chrono::NaiveDate;
use serde::Serialize;

use crate::span::Span;

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
    #[error("file looks binary (it holds a NUL byte at offset {0})")]
    Binary(usize),
    #[error(
        "file looks like UTF-16 without a byte order mark (every other byte is NUL); save it as UTF-8, or as UTF-16 with a BOM"
    )]
    Utf16WithoutBom,
    #[error("file is not valid UTF-16 (unpaired surrogate at byte offset {0})")]
    BadUtf16(usize),
    #[error(
        "file is not valid UTF-8: byte 0x{byte:02X} at offset {offset} (line {line}, column {column}); for a legacy archive, try --encoding latin1 or --encoding windows-1252"
    )]
    NotUtf8 { offset: usize, byte: u8, line: usize, column: usize },
    #[error("file is {size} bytes, over the limit of {limit} bytes (raise it with --max-file-size)")]
    TooLarge { size: u64, limit: u64 },
    /// Offsets are kept in 32 bits (a token is 16 bytes, not 32), so no article reaches 4 GiB.
    #[error("file is {size} bytes; copydesk reads articles of up to {MAX_ARTICLE_BYTES} bytes (4 GiB)")]
    OverOffsetLimit { size: u64 },
}

/// The largest article read whatever `--max-file-size` says: offsets into it fit in a `u32`.
pub const MAX_ARTICLE_BYTES: u64 = u32::MAX as u64;

/// How to read a file that is not valid UTF-8. Files that are valid UTF-8, or start with a
/// UTF-8 or UTF-16 byte order mark, are always read as such.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Encoding {
    /// Reject it, naming the first invalid byte.
    #[default]
    Utf8,
    /// ISO 8859-1: every byte is the character of the same number.
    Latin1,
    /// Windows-1252: Latin-1 with curly quotes, dashes, € and more in 0x80-0x9F.
    Windows1252,
}

/// The largest file read by default (`--max-file-size`).
pub const DEFAULT_MAX_FILE_SIZE: u64 = 16 * 1024 * 1024;
/// The longest line considered for extraction by default (`--max-line-length`).
pub const DEFAULT_MAX_LINE_LENGTH: usize = 1024 * 1024;

/// Options that change how an article is read.
#[derive(Clone, Debug)]
pub struct IngestOptions {
    /// `--dateline`: overrides every dateline found in the file.
    pub dateline_override: Option<NaiveDate>,
    /// Used when the file has no dateline at all (project config `dateline`).
    pub dateline_default: Option<NaiveDate>,
    /// `--encoding`: how to read files that are not UTF-8.
    pub encoding: Encoding,
    /// `--max-file-size`: larger files are an input error.
    pub max_file_size: u64,
    /// `--max-line-length`: longer lines (in bytes) are skipped for extraction, with a note.
    pub max_line_length: usize,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            dateline_override: None,
            dateline_default: None,
            encoding: Encoding::Utf8,
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            max_line_length: DEFAULT_MAX_LINE_LENGTH,
        }
    }
}

/// Something about how an article was read that its reader should know: a line skipped for
/// extraction, the encoding it was decoded from, Markdown nested too deeply to parse.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Note {
    /// Where it applies (empty at 0 for the whole file).
    pub span: Span,
    pub message: String,
}

/// The source with regions blanked to spaces, copied when the first region is blanked: most
/// articles have none, and their checked text is then the source itself (no copy of it, no
/// second UTF-8 check, no comparison of the two).
pub(super) struct Masked<'a> {
    source: &'a str,
    bytes: Option<Vec<u8>>,
}

impl<'a> Masked<'a> {
    pub(super) fn new(source: &'a str) -> Masked<'a> {
        Masked { source, bytes: None }
    }

    /// Blank a span (see [`blank`]).
    pub(super) fn blank(&mut self, span: Span) {
        blank(self.bytes_mut(), span);
    }

    /// The masked bytes, copied from the source on first use.
    pub(super) fn bytes_mut(&mut self) -> &mut [u8] {
        let source = self.source;
        self.bytes.get_or_insert_with(|| source.as_bytes().to_vec())
    }

    /// The masked bytes, or `None` when nothing was blanked (the text is the source).
    pub(super) fn into_bytes(self) -> Option<Vec<u8>> {
        self.bytes
    }
}

/// Replace every byte of a span with a space, keeping line breaks so lines stay put.
pub(super) fn blank(bytes: &mut [u8], span: Span) {
    let end = span.end.min(bytes.len());
    for b in &mut bytes[span.start..end] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}
