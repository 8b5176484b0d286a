//! Ingest: bytes of one article -> [`Article`] with its dateline, paragraphs and sentences.
//!
//! Offsets everywhere are byte offsets into the file *as read*. Regions that are never checked
//! (front matter, code, HTML comments, the `date` header itself) are blanked to spaces in
//! [`Article::text`], which keeps every offset valid while hiding them from extraction.

mod blanked;
mod dateline;
mod ingest;
mod markdown;
mod segment;
mod tables;

use std::borrow::Cow;
use std::sync::OnceLock;

use chrono::NaiveDate;

pub use dateline::{Dateline, DatelineSource, PrintedDateline, UnreadableDateline};
pub use ingest::{
    Encoding, Format, IngestOptions, InputError, Note, DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_LINE_LENGTH,
    MAX_ARTICLE_BYTES,
};
pub use segment::Sentence;

use crate::span::{LineCol, LineIndex, Span};
use blanked::Blanked;
use ingest::Masked;

/// One article, ready for extraction.
#[derive(Clone, Debug)]
pub struct Article {
    pub path: String,
    /// The source (see [`Article::source`]) with unchecked regions blanked to spaces: same
    /// length, same offsets.
    pub text: String,
    /// What blanking replaced: the source is `text` with these put back. The source is not
    /// kept beside `text` (a second copy of a 16 MB article), only made when asked for.
    blanked: Blanked,
    source: OnceLock<String>,
    pub format: Format,
    /// The date the article is anchored to, if any.
    pub dateline: Option<Dateline>,
    /// The date written in metadata (`date` header line, front matter), if any.
    pub meta_date: Option<Dateline>,
    /// A metadata date line that is there but cannot be read (`date 2025-02-30`), if any.
    pub unreadable_dateline: Option<UnreadableDateline>,
    /// A dateline printed in the article's first lines, if any.
    pub printed: Option<PrintedDateline>,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    /// Markdown code: blocks (fenced or indented) and inline spans, in file order.
    pub code: Vec<Span>,
    /// Notes on how the article was read, in file order.
    pub notes: Vec<Note>,
    lines: LineIndex,
}

impl Article {
    /// Decode bytes and build an article.
    ///
    /// UTF-8 (with or without a byte order mark) is read as is. UTF-16 with a byte order mark,
    /// and files read with `--encoding latin1` or `windows-1252`, are decoded to UTF-8 first;
    /// their offsets (`start`/`end`) then index the decoded UTF-8 text, not the file's bytes.
    ///
    /// An empty or whitespace-only file is an article with nothing to check (see
    /// [`Article::is_blank`]), not an error.
    pub fn from_bytes(path: &str, bytes: &[u8], opts: &IngestOptions) -> Result<Article, InputError> {
        check_size(bytes.len(), opts)?;
        let (text, decoded_from) = decode(bytes, opts.encoding)?;
        if let Some(i) = text.find('\0') {
            return Err(InputError::Binary(i));
        }
        let mut a = Article::from_text(path, text, Format::from_path(path), opts);
        if let Some(enc) = decoded_from {
            a.notes.insert(
                0,
                Note {
                    span: Span::new(0, 0),
                    message: format!("decoded from {enc}; offsets refer to the decoded UTF-8 text"),
                },
            );
        }
        Ok(a)
    }

    /// [`Article::from_bytes`] on bytes it may keep: UTF-8 text (the usual case) becomes the
    /// article's source as it is, with no copy of it made (a copy is 16 MB on a 16 MB article).
    pub fn from_owned_bytes(path: &str, bytes: Vec<u8>, opts: &IngestOptions) -> Result<Article, InputError> {
        check_size(bytes.len(), opts)?;
        // What `decode` reads otherwise: UTF-16 by its byte order mark, and NUL bytes.
        if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || memchr::memchr(0, &bytes).is_some() {
            return Article::from_bytes(path, &bytes, opts);
        }
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Article::from_text(path, text, Format::from_path(path), opts)),
            Err(e) => Article::from_bytes(path, e.as_bytes(), opts),
        }
    }

    /// Build an article from text already decoded.
    pub fn from_text(path: &str, source: String, format: Format, opts: &IngestOptions) -> Article {
        let mut masked = Masked::new(&source);
        // A UTF-8 byte order mark is not text.
        if source.starts_with('\u{feff}') {
            masked.blank(Span::new(0, 3));
        }
        let (meta, unreadable_dateline) = dateline::read_metadata(&source, &mut masked);
        let mut notes = Vec::new();
        let code = if format == Format::Markdown {
            markdown::mask(&source, masked.bytes_mut(), &mut notes)
        } else {
            Vec::new()
        };
        let lines = LineIndex::new(&source);
        skip_long_lines(&source, lines.starts(), opts.max_line_length, &mut masked, &mut notes);
        skip_tables(&source, lines.starts(), &mut masked, &mut notes);
        note_invisible_characters(&source, &mut notes);
        let (text, blanked) = match masked.into_bytes() {
            None => (source, Blanked::default()),
            Some(bytes) => {
                let text = String::from_utf8(bytes).expect("blanking keeps UTF-8 valid");
                let blanked = Blanked::new(&source, &text);
                drop(source);
                (text, blanked)
            }
        };
        let paragraphs = segment::paragraphs(&text);
        // Made before the mentions, so trimming it to its length adds nothing to the peak.
        let sentences = crate::memory::trimmed(segment::sentences(&text, &paragraphs));
        let printed = dateline::find_printed(&text, &paragraphs, meta.as_ref().map(|d| d.date));
        let dateline = dateline::choose(opts, meta.as_ref(), printed.as_ref());
        Article {
            path: path.to_string(),
            text,
            blanked,
            source: OnceLock::new(),
            format,
            dateline,
            meta_date: meta,
            unreadable_dateline,
            printed,
            paragraphs,
            sentences,
            code,
            notes,
            lines,
        }
    }

    /// Whether the article holds nothing but white space (and maybe a byte order mark): it is
    /// checked, and has no findings, not even a missing dateline.
    pub fn is_blank(&self) -> bool {
        // What is not white space in `text` is in the source too: only an all-blank `text`
        // needs the source read.
        self.text.trim().is_empty() && self.source().trim_start_matches('\u{feff}').trim().is_empty()
    }

    /// The file's text as read (after UTF-8 decoding; offsets index into it). Made from `text`
    /// on first use when regions were blanked; [`Article::source_slice`] reads a part of it
    /// without making it whole.
    pub fn source(&self) -> &str {
        if self.blanked.spans.is_empty() {
            return &self.text;
        }
        self.source.get_or_init(|| self.blanked.restore(&self.text, Span::new(0, self.text.len())))
    }

    /// The source, owned.
    pub fn into_source(self) -> String {
        if self.blanked.spans.is_empty() {
            return self.text;
        }
        match self.source.into_inner() {
            Some(source) => source,
            None => self.blanked.restore(&self.text, Span::new(0, self.text.len())),
        }
    }

    /// The source's text of `span` (on character boundaries of the source), borrowed from
    /// `text` where nothing in it was blanked.
    pub fn source_slice(&self, span: Span) -> Cow<'_, str> {
        if let Some(source) = self.source.get() {
            return Cow::Borrowed(&source[span.range()]);
        }
        if self.blanked.overlaps(span) {
            Cow::Owned(self.blanked.restore(&self.text, span))
        } else {
            Cow::Borrowed(&self.text[span.range()])
        }
    }

    /// Whether the source holds `needle`, read without making the source whole: in `text`,
    /// or across a blanked region (with `needle`'s length of text around it).
    pub fn source_contains(&self, needle: &str) -> bool {
        if let Some(source) = self.source.get() {
            return source.contains(needle);
        }
        if self.text.contains(needle) {
            return true;
        }
        let len = self.text.len();
        self.blanked.spans.iter().any(|s| {
            let around = Span::new(s.start.saturating_sub(needle.len()), (s.end + needle.len()).min(len));
            self.blanked.restore(&self.text, around).contains(needle)
        })
    }

    /// Whether the source differs from `text` in `span`.
    pub fn is_blanked_in(&self, span: Span) -> bool {
        self.blanked.overlaps(span)
    }

    /// The date the article is anchored to.
    pub fn dateline_date(&self) -> Option<NaiveDate> {
        self.dateline.as_ref().map(|d| d.date)
    }

    /// Line and column (both 1-based, column in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = offset.min(self.text.len());
        let starts = self.lines.starts();
        let i = starts.partition_point(|&s| s <= offset).saturating_sub(1);
        let line = Span::new(starts[i], starts.get(i + 1).copied().unwrap_or(self.text.len()));
        if !self.blanked.overlaps(line) {
            return self.lines.line_col(&self.text, offset);
        }
        // Columns count the source's characters, which blanking changed on this line.
        let source = self.source_slice(line);
        let mut end = offset - line.start;
        while !source.is_char_boundary(end) {
            end -= 1;
        }
        LineCol { line: i + 1, column: source[..end].chars().count() + 1 }
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

    /// Where the lines of [`Article::source`] start, the first always 0.
    pub fn line_starts(&self) -> &[usize] {
        self.lines.starts()
    }

    /// Byte span of the line holding `offset` (without its line break).
    pub fn line_span(&self, offset: usize) -> Span {
        self.lines.line_span(&self.text, offset)
    }
}

/// The size limits: `--max-file-size`, and offsets that fit in 32 bits.
fn check_size(len: usize, opts: &IngestOptions) -> Result<(), InputError> {
    let size = len as u64;
    if size > opts.max_file_size {
        return Err(InputError::TooLarge { size, limit: opts.max_file_size });
    }
    if size > MAX_ARTICLE_BYTES {
        return Err(InputError::OverOffsetLimit { size });
    }
    Ok(())
}

/// Blank lines longer than `max` bytes, so extraction never sees them, with a note for each.
fn skip_long_lines(source: &str, starts: &[usize], max: usize, masked: &mut Masked, notes: &mut Vec<Note>) {
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(source.len());
        let line = source[start..end].trim_end_matches(['\n', '\r']);
        if line.len() > max {
            let span = Span::new(start, start + line.len());
            masked.blank(span);
            notes.push(Note {
                span,
                message: format!(
                    "line {} is {} bytes long, over the limit of {max} (raise it with --max-line-length); it was not checked",
                    i + 1,
                    line.len()
                ),
            });
        }
    }
}

/// Blank the tables laid out with spaces (see [`tables`]): figures in columns are not claims.
/// One note names the first table line and how many there are.
fn skip_tables(source: &str, starts: &[usize], masked: &mut Masked, notes: &mut Vec<Note>) {
    let spans = tables::table_spans(source, starts);
    let Some(&first) = spans.first() else { return };
    for &span in &spans {
        masked.blank(span);
    }
    let line = starts.partition_point(|&s| s <= first.start);
    let count = spans.len();
    notes.push(Note {
        span: first,
        message: format!(
            "line {line}{} read{} as a table (figures aligned with spaces); table figures were not checked",
            if count == 1 {
                String::new()
            } else {
                format!(" and {} more line{}", count - 1, if count == 2 { "" } else { "s" })
            },
            if count == 1 { "s" } else { "" }
        ),
    });
}

/// One note when zero-width or bidi characters sit inside words or numbers: they split what
/// they sit in ("4\u{200b}8" reads as 4 and 8), which can explain an odd finding.
fn note_invisible_characters(source: &str, notes: &mut Vec<Note>) {
    let mut first = None;
    let mut count = 0;
    // Every zero-width and bidi character is written with a lead byte E2 or EF in UTF-8: jump
    // from one such byte to the next instead of decoding every character.
    let bytes = source.as_bytes();
    let mut from = 0;
    while let Some(k) = memchr::memchr2(0xE2, 0xEF, &bytes[from..]) {
        let at = from + k;
        from = at + 1;
        let Some(c) = source[at..].chars().next().filter(|&c| segment::is_invisible(c)) else { continue };
        let prev = source[..at].chars().next_back();
        let next = source[at + c.len_utf8()..].chars().next();
        if prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric) {
            count += 1;
            first.get_or_insert(Span::new(at, at + c.len_utf8()));
        }
    }
    if let Some(span) = first {
        notes.push(Note {
            span,
            message: format!(
                "{count} zero-width or bidi character{} inside words or numbers (the first here); each splits what it sits in, so a zero-width space in \"48\" makes it read as 4 and 8",
                if count == 1 { "" } else { "s" }
            ),
        });
    }
}

/// Bytes to text: a UTF-16 or UTF-8 byte order mark decides, then UTF-8, then `encoding`.
/// Returns the text and, when it was not UTF-8, the name of the encoding it was decoded from.
fn decode(bytes: &[u8], encoding: Encoding) -> Result<(String, Option<&'static str>), InputError> {
    let utf16 = match bytes {
        [0xFF, 0xFE, ..] => Some((true, "UTF-16LE")),
        [0xFE, 0xFF, ..] => Some((false, "UTF-16BE")),
        _ => None,
    };
    if let Some((le, name)) = utf16 {
        return Ok((decode_utf16(bytes, le)?, Some(name)));
    }
    if let Some(i) = bytes.iter().position(|&b| b == 0) {
        // NUL in about every other byte: UTF-16 that lost its byte order mark.
        let nuls = bytes.iter().filter(|&&b| b == 0).count();
        if bytes.len() >= 4 && nuls * 3 >= bytes.len() {
            return Err(InputError::Utf16WithoutBom);
        }
        return Err(InputError::Binary(i));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), None)),
        Err(e) => {
            let offset = e.valid_up_to();
            let before = String::from_utf8_lossy(&bytes[..offset]);
            let lines = LineIndex::new(&before);
            let starts = lines.starts();
            let line_start = starts.last().copied().unwrap_or(0);
            let column = before[line_start..].chars().count() + 1;
            let err = InputError::NotUtf8 { offset, byte: bytes[offset], line: starts.len(), column };
            match encoding {
                Encoding::Utf8 => Err(err),
                // True Latin-1, not the Windows-1252 that the Encoding Standard reads for its label.
                Encoding::Latin1 => Ok((encoding_rs::mem::decode_latin1(bytes).into_owned(), Some("Latin-1"))),
                // Every byte has a character in Windows-1252 as the Encoding Standard defines it
                // (the five undefined bytes read as the control codes of the same number).
                Encoding::Windows1252 => {
                    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
                    Ok((text.into_owned(), Some("Windows-1252")))
                }
            }
        }
    }
}

/// UTF-16 after its byte order mark, to text; an unpaired surrogate, or an odd byte at the
/// end, is an error at its byte offset.
fn decode_utf16(bytes: &[u8], le: bool) -> Result<String, InputError> {
    use encoding_rs::DecoderResult;
    let encoding = if le { encoding_rs::UTF_16LE } else { encoding_rs::UTF_16BE };
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len());
    let mut at = 2;
    loop {
        let (result, read) = decoder.decode_to_string_without_replacement(&bytes[at..], &mut text, true);
        at += read;
        match result {
            DecoderResult::InputEmpty => return Ok(text),
            DecoderResult::OutputFull => text.reserve(bytes.len() - at + 4),
            DecoderResult::Malformed(bad, after) => {
                return Err(InputError::BadUtf16(at - bad as usize - after as usize))
            }
        }
    }
}

#[cfg(test)]
impl Article {
    /// A plain-text article read with the default options: the setup of most unit tests.
    pub(crate) fn plain(text: impl Into<String>) -> Article {
        Article::from_text("t", text.into(), Format::Text, &IngestOptions::default())
    }
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
        let x = a.source().find('x').unwrap();
        assert_eq!(a.line_col(x), LineCol { line: 2, column: 5 });
        let t = a.source().find("third").unwrap();
        assert_eq!(a.line_col(t), LineCol { line: 3, column: 1 });
    }

    #[test]
    fn the_source_is_read_back_from_the_text_and_what_was_blanked() {
        let src = "date 2025-01-01\n\nCafé on May 5.\n\n<!-- Été copydesk-disable -->\n\nEnd.\n\nA paragraph far enough from what was blanked.\n";
        let a = Article::from_text("a.md", src.to_string(), Format::Markdown, &IngestOptions::default());
        assert!(a.text.len() == src.len() && a.text != src && !a.text.contains("copydesk"));
        let at = src.find("copydesk").unwrap();
        assert!(a.source_contains("copydesk-disable") && !a.source_contains("copydesk-enable"));
        assert_eq!(a.source_slice(Span::new(at, at + 8)), "copydesk");
        let far = src.find("far").unwrap();
        assert!(matches!(a.source_slice(Span::new(far, far + 3)), Cow::Borrowed("far")));
        assert_eq!(a.source_slice(Span::new(17, 22)), "Café");
        // Columns count the source's characters on a blanked line ("Été" is 5 bytes).
        assert_eq!(a.line_col(at), LineCol { line: 5, column: 10 });
        assert_eq!(a.line_col(src.find("End").unwrap()), LineCol { line: 7, column: 1 });
        assert_eq!(a.source(), src);
        assert_eq!(a.into_source(), src);
        assert_eq!(art("Plain.").into_source(), "Plain.");
    }

    #[test]
    fn reads_empty_and_rejects_binary_and_bad_utf8() {
        let o = IngestOptions::default();
        assert!(Article::from_bytes("a", b"", &o).unwrap().is_blank());
        assert!(Article::from_bytes("a", b"\xef\xbb\xbf \n\n", &o).unwrap().is_blank());
        assert!(!Article::from_bytes("a", b"x", &o).unwrap().is_blank());
        assert_eq!(Article::from_bytes("a", b"ab\0c", &o).unwrap_err(), InputError::Binary(2));
        assert_eq!(
            Article::from_bytes("a", b"x\r\nab\xffc", &o).unwrap_err(),
            InputError::NotUtf8 { offset: 5, byte: 0xFF, line: 2, column: 3 }
        );
        let e = Article::from_bytes("a", b"x\nab\xffc", &o).unwrap_err().to_string();
        assert!(e.contains("0xFF at offset 4 (line 2, column 3)") && e.contains("--encoding latin1"), "{e}");
        // UTF-16 that lost its byte order mark, and a valid-looking BOM with broken text.
        let lost: Vec<u8> = "date 2025".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(Article::from_bytes("a", &lost, &o).unwrap_err(), InputError::Utf16WithoutBom);
        assert_eq!(Article::from_bytes("a", b"\xff\xfeA\x00\x00\xdc", &o).unwrap_err(), InputError::BadUtf16(4));
        assert_eq!(Article::from_bytes("a", b"\xff\xfeA\x00B", &o).unwrap_err(), InputError::BadUtf16(4));
        // A NUL that decodes from UTF-16 is still binary.
        assert!(matches!(Article::from_bytes("a", b"\xff\xfeA\x00\x00\x00", &o), Err(InputError::Binary(_))));
    }

    #[test]
    fn invisible_characters_inside_words_get_one_note() {
        let a = art("date 2025-01-01\n\n\u{202e}Kil\u{200b}led 4\u{200b}8 people.\u{200b} ");
        assert_eq!(a.notes.len(), 1);
        assert!(a.notes[0].message.starts_with("2 zero-width"), "{}", a.notes[0].message);
        assert_eq!(a.line_col(a.notes[0].span.start), LineCol { line: 3, column: 5 });
        assert!(art("date 2025-01-01\n\nPlain text.").notes.is_empty());
    }

    #[test]
    fn owned_bytes_read_as_borrowed_ones_do() {
        let o = IngestOptions { encoding: Encoding::Latin1, ..IngestOptions::default() };
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("date 2025".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        for bytes in [&b"date 2025-01-01\n\nCaf\xc3\xa9 on May 5."[..], b"Caf\xe9 \x93x\x94", b"ab\0c", b"", &utf16] {
            let owned = Article::from_owned_bytes("a.txt", bytes.to_vec(), &o)
                .map(|a| (a.source().to_string(), a.text.clone(), a.notes.clone()));
            let borrowed = Article::from_bytes("a.txt", bytes, &o)
                .map(|a| (a.source().to_string(), a.text.clone(), a.notes.clone()));
            assert_eq!(owned, borrowed, "{bytes:?}");
        }
    }

    #[test]
    fn offsets_must_fit_in_32_bits() {
        let o = IngestOptions { max_file_size: u64::MAX, ..IngestOptions::default() };
        let over = MAX_ARTICLE_BYTES as usize + 1;
        assert_eq!(check_size(over, &o), Err(InputError::OverOffsetLimit { size: over as u64 }));
        assert_eq!(check_size(MAX_ARTICLE_BYTES as usize, &o), Ok(()));
    }

    #[test]
    fn size_limit() {
        let o = IngestOptions { max_file_size: 10, ..IngestOptions::default() };
        assert_eq!(
            Article::from_bytes("a", b"date 2025-01-01\n", &o).unwrap_err(),
            InputError::TooLarge { size: 16, limit: 10 }
        );
    }

    #[test]
    fn legacy_encodings_and_utf16_are_decoded() {
        let latin1 = b"date 2025-09-19\n\nCaf\xe9 \x93x\x94 on May 5.";
        let o = IngestOptions { encoding: Encoding::Latin1, ..IngestOptions::default() };
        let a = Article::from_bytes("a.txt", latin1, &o).unwrap();
        assert!(a.source().contains("Café \u{93}x\u{94}"));
        assert!(a.notes[0].message.starts_with("decoded from Latin-1"));
        let o = IngestOptions { encoding: Encoding::Windows1252, ..IngestOptions::default() };
        let a = Article::from_bytes("a.txt", latin1, &o).unwrap();
        assert!(a.source().contains("Café “x”"), "{}", a.source());
        // Valid UTF-8 is read as UTF-8 whatever --encoding says.
        let a = Article::from_bytes("a.txt", "date 2025-09-19\n\nCafé.".as_bytes(), &o).unwrap();
        assert!(a.source().contains("Café") && a.notes.is_empty());
        for (bom, le) in [([0xFF, 0xFE], true), ([0xFE, 0xFF], false)] {
            let mut bytes = bom.to_vec();
            for u in "date 2025-09-19\r\n\r\n😀 Été x".encode_utf16() {
                bytes.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            let a = Article::from_bytes("a.txt", &bytes, &IngestOptions::default()).unwrap();
            assert_eq!(a.dateline_date(), NaiveDate::from_ymd_opt(2025, 9, 19));
            let x = a.source().find('x').unwrap();
            assert_eq!(a.line_col(x), LineCol { line: 3, column: 7 });
        }
    }

    /// Windows-1252's characters for 0x80-0x9F; the five bytes it leaves undefined read as
    /// the control codes of the same number, as browsers do.
    const WINDOWS_1252_HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];

    #[test]
    fn every_high_byte_reads_as_latin1_or_windows_1252_says() {
        for b in 0x80..=0xFFu8 {
            let mut bytes = b"date 2025-09-19\n\nX".to_vec();
            bytes.extend([b, b' ', b'y', b'.']);
            let read = |encoding| {
                let o = IngestOptions { encoding, ..IngestOptions::default() };
                Article::from_bytes("a.txt", &bytes, &o).unwrap().into_source()
            };
            // Latin-1 proper: every byte is the character of the same number, controls included.
            assert!(read(Encoding::Latin1).ends_with(&format!("X{} y.", b as char)), "{b:#x}");
            let w = if b < 0xA0 { WINDOWS_1252_HIGH[(b - 0x80) as usize] } else { b as char };
            assert!(read(Encoding::Windows1252).ends_with(&format!("X{w} y.")), "{b:#x}");
        }
    }

    /// UTF-16 as it was read before `encoding_rs`: the reference the decoder must agree with.
    fn utf16_reference(bytes: &[u8], le: bool) -> Result<String, InputError> {
        let units = bytes[2..].chunks(2).map(|c| match (c, le) {
            ([a, b], true) => u16::from_le_bytes([*a, *b]),
            ([a, b], false) => u16::from_be_bytes([*a, *b]),
            _ => 0xD800,
        });
        let mut text = String::new();
        let mut at = 2;
        for c in char::decode_utf16(units) {
            let c = c.map_err(|_| InputError::BadUtf16(at))?;
            at += c.len_utf16() * 2;
            text.push(c);
        }
        Ok(text)
    }

    fn utf16_case(units: &[u16], odd: Option<u8>, le: bool) -> Vec<u8> {
        let mut bytes = if le { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
        for u in units {
            bytes.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        bytes.extend(odd);
        bytes
    }

    #[test]
    fn lone_surrogates_and_odd_bytes_in_utf16_are_errors_at_their_offset() {
        let o = IngestOptions::default();
        let a = u16::from(b'A');
        for le in [true, false] {
            for (units, odd, at) in [
                (&[a, 0xDC00, a][..], None, 4),
                (&[a, 0xD800, a][..], None, 4),
                (&[a, 0xD800][..], None, 4),
                (&[0xD800, 0xD800, 0xDC00][..], None, 2),
                (&[a, 0xD83D, 0xDE00, 0xDFFF][..], None, 8),
                (&[a][..], Some(b'B'), 4),
                (&[a, 0xD800][..], Some(b'B'), 4),
                (&[a, 0xD83D, 0xDE00][..], Some(0), 8),
            ] {
                let bytes = utf16_case(units, odd, le);
                assert_eq!(Article::from_bytes("a", &bytes, &o).unwrap_err(), InputError::BadUtf16(at), "{bytes:x?}");
                assert_eq!(utf16_reference(&bytes, le), Err(InputError::BadUtf16(at)), "{bytes:x?}");
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(crate::proptest_cases(256)))]
        #[test]
        fn utf16_reads_as_it_did(
            units in proptest::collection::vec(
                proptest::prop_oneof![0x20u16..0x7F, 0x80u16..0xD800, 0xD800u16..0xE000, 0xE000u16..=0xFFFF],
                1..12,
            ),
            odd in proptest::option::of(1u8..=255),
            le: bool,
        ) {
            let bytes = utf16_case(&units, odd, le);
            let ours = decode(&bytes, Encoding::Utf8).map(|(text, _)| text);
            proptest::prop_assert_eq!(ours, utf16_reference(&bytes, le));
        }
    }

    #[test]
    fn long_lines_are_skipped_with_a_note() {
        let o = IngestOptions { max_line_length: 20, ..IngestOptions::default() };
        let src = "date 2025-09-19\r\n\r\nA line well over twenty bytes, May 5, 2010.\r\nShort one.\r\n";
        let a = Article::from_bytes("a.txt", src.as_bytes(), &o).unwrap();
        assert_eq!(a.text.len(), a.source().len());
        assert!(!a.text.contains("May 5") && a.text.contains("Short one."));
        assert_eq!(a.notes.len(), 1);
        assert_eq!(a.line_col(a.notes[0].span.start), LineCol { line: 3, column: 1 });
        assert!(a.notes[0].message.starts_with("line 3 is 43 bytes long"), "{}", a.notes[0].message);
    }
}
