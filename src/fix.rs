//! Applying the findings' fixes to a text (`copydesk check --fix`, an editor's "fix all"):
//! check, apply the first allowed fix of each finding, check again, until nothing changes. The
//! text's line endings and encoding are kept; Markdown front matter, code and the metadata
//! header (everything the checks do not read) are never edited.

use crate::article::{Article, InputError};
use crate::checker::{CheckRequest, Checked, Checker};
use crate::finding::{apply_edits, edits_to_apply, Applicability, Edit, Finding};

/// Rounds of check-and-apply at most: edits never overlap, so one round applies nearly all,
/// and a fix that uncovers another is rare.
pub const MAX_ROUNDS: usize = 4;

/// Which fixes an automatic run applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixLevel {
    /// Only fixes a rule marks safe (`--fix`).
    Safe,
    /// Suggested fixes too, each finding's first alternative (`--fix --unsafe-fixes`).
    Suggested,
}

impl FixLevel {
    pub fn allows(self, a: Applicability) -> bool {
        self == FixLevel::Suggested || a == Applicability::Safe
    }
}

/// A text after its fixes.
#[derive(Clone, Debug)]
pub struct Fixed {
    /// The last check: the fixed text (`checked.article.source`) and the findings left in it.
    pub checked: Checked,
    /// Findings whose fix was applied, over all rounds.
    pub applied: usize,
    /// Whether the text differs from the one given.
    pub changed: bool,
    /// The text as given, before any fix.
    pub original: String,
}

/// Check `text` and apply its fixes at `level`, round after round (at most [`MAX_ROUNDS`]).
/// A finding whose fix was applied and that comes back unchanged (same rule, same message) is
/// not fixed again, so a fix that does not resolve its finding cannot repeat itself.
pub fn fix_text(checker: &Checker, text: String, request: &CheckRequest, level: FixLevel) -> Fixed {
    let original = text.clone();
    let mut checked = checker.check(text, request);
    let mut applied = 0;
    let mut done: Vec<(String, String)> = Vec::new();
    for _ in 0..MAX_ROUNDS {
        let fixable: Vec<Finding> = checked
            .findings
            .iter()
            .filter(|f| !done.iter().any(|(r, m)| *r == f.rule && *m == f.message))
            .filter(|f| f.fixes.first().is_some_and(|x| x.edits.iter().all(|e| editable(&checked.article, e))))
            .cloned()
            .collect();
        let edits = edits_to_apply(&fixable, level == FixLevel::Suggested);
        if edits.is_empty() {
            break;
        }
        let Ok(next) = apply_edits(checked.article.source(), &edits) else { break };
        for f in &fixable {
            let taken = f.fixes.first().is_some_and(|x| x.edits.first().is_some_and(|e| edits.contains(e)));
            if taken {
                applied += 1;
                done.push((f.rule.clone(), f.message.clone()));
            }
        }
        checked = checker.check(next, request);
    }
    let changed = checked.article.source() != original;
    Fixed { checked, applied, changed, original }
}

/// Whether an edit only touches text the checks read: not the metadata header, front matter,
/// Markdown code or a skipped long line (blanked in `text`, kept in `source`). An insertion is
/// judged with the characters on both sides of it.
fn editable(article: &Article, edit: &Edit) -> bool {
    let (source, text) = (article.source(), &article.text);
    let (mut start, mut end) = (edit.span.start, edit.span.end);
    if end > source.len() || !source.is_char_boundary(start) || !source.is_char_boundary(end) {
        return false;
    }
    if start == end {
        start = source[..start].char_indices().next_back().map_or(start, |(i, _)| i);
        end = source[end..].chars().next().map_or(end, |c| end + c.len_utf8());
    }
    source[start..end] == text[start..end]
}

/// The encoding a file was read in, to write it back in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Written {
    Utf8,
    Utf16 { little_endian: bool },
    Latin1,
    Windows1252,
}

/// Why fixed text could not be written back.
#[derive(Debug, thiserror::Error)]
pub enum FixError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("the fixed text cannot be written in {0}: a replacement has a character it lacks")]
    Encoding(&'static str),
    #[error("not fixed: the file's {0} does not read back to the same bytes, so writing it would change more than the fixes")]
    NotRoundTrip(&'static str),
}

/// A file's bytes after its fixes: the [`Fixed`] text, and the bytes to write (None when
/// nothing changed), in the file's own encoding, byte order mark and line endings kept.
pub fn fix_bytes(
    checker: &Checker,
    bytes: &[u8],
    request: &CheckRequest,
    level: FixLevel,
) -> Result<(Fixed, Option<Vec<u8>>), FixError> {
    // Decoding through the checker gives the text and its errors exactly as a check reads it.
    let first = checker.check_bytes(bytes, request)?;
    let written = encoding_of(bytes, request);
    let fixed = fix_text(checker, first.article.into_source(), request, level);
    if !fixed.changed {
        return Ok((fixed, None));
    }
    // Only a text that encodes back to the very bytes read may be written: the bytes no fix
    // touched must stay as they were.
    if encode(&fixed.original, written).ok().as_deref() != Some(bytes) {
        return Err(FixError::NotRoundTrip(written.name()));
    }
    let out = encode(fixed.checked.article.source(), written)?;
    Ok((fixed, Some(out)))
}

/// How `Article::from_bytes` decoded these bytes: UTF-16 by its byte order mark, UTF-8 when
/// valid, else the encoding the request names.
fn encoding_of(bytes: &[u8], request: &CheckRequest) -> Written {
    match bytes {
        [0xFF, 0xFE, ..] => Written::Utf16 { little_endian: true },
        [0xFE, 0xFF, ..] => Written::Utf16 { little_endian: false },
        _ if std::str::from_utf8(bytes).is_ok() => Written::Utf8,
        _ => match request.encoding {
            crate::article::Encoding::Latin1 => Written::Latin1,
            crate::article::Encoding::Windows1252 => Written::Windows1252,
            crate::article::Encoding::Utf8 => Written::Utf8,
        },
    }
}

impl Written {
    fn name(self) -> &'static str {
        match self {
            Written::Utf8 => "UTF-8",
            Written::Utf16 { .. } => "UTF-16",
            Written::Latin1 => "Latin-1",
            Written::Windows1252 => "Windows-1252",
        }
    }
}

fn encode(text: &str, written: Written) -> Result<Vec<u8>, FixError> {
    match written {
        Written::Utf8 => Ok(text.as_bytes().to_vec()),
        Written::Utf16 { little_endian } => {
            let mut out = if little_endian { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
            for unit in text.encode_utf16() {
                out.extend(if little_endian { unit.to_le_bytes() } else { unit.to_be_bytes() });
            }
            Ok(out)
        }
        Written::Latin1 => {
            text.chars().map(|c| u8::try_from(u32::from(c)).map_err(|_| FixError::Encoding("Latin-1"))).collect()
        }
        Written::Windows1252 => {
            let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
            if unmappable {
                return Err(FixError::Encoding("Windows-1252"));
            }
            Ok(bytes.into_owned())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Encoding;
    use crate::checker::CheckerOptions;

    const ARTICLE: &str = "date 2025-09-19\n\nThe senator said on September 18, 2021, that the harbor bridge needed new money.\n\nThe senator spoke about the harbor bridge at a town meeting on September 18, arguing for money.\n";

    fn checker() -> Checker {
        Checker::new(&CheckerOptions::default()).unwrap()
    }

    #[test]
    fn suggested_fixes_need_the_suggested_level() {
        let c = checker();
        let safe = fix_text(&c, ARTICLE.into(), &CheckRequest::default(), FixLevel::Safe);
        assert!(!safe.changed);
        let fixed = fix_text(&c, ARTICLE.into(), &CheckRequest::default(), FixLevel::Suggested);
        assert!(fixed.changed);
        assert_eq!(fixed.applied, 1);
        assert_eq!(fixed.checked.article.source(), ARTICLE.replace("2021", "2025"));
        assert!(fixed.checked.findings.is_empty());
    }

    #[test]
    fn crlf_and_latin1_survive() {
        let c = checker();
        let crlf = format!("{}caf\u{e9}\r\n", ARTICLE.replace('\n', "\r\n"));
        let latin1: Vec<u8> = crlf.chars().map(|ch| u8::try_from(u32::from(ch)).unwrap()).collect();
        let request = CheckRequest { encoding: Encoding::Latin1, ..CheckRequest::default() };
        let (_, out) = fix_bytes(&c, &latin1, &request, FixLevel::Suggested).unwrap();
        let expected: Vec<u8> = crlf.replace("2021", "2025").chars().map(|ch| ch as u8).collect();
        assert_eq!(out.unwrap(), expected);
        let (_, unchanged) =
            fix_bytes(&c, b"date 2025-09-19\r\n\r\nAll is well.\r\n", &request, FixLevel::Suggested).unwrap();
        assert!(unchanged.is_none());
    }

    #[test]
    fn windows_1252_round_trips_even_its_undefined_bytes() {
        let bytes: Vec<u8> = (0x80..=0xFFu8).collect();
        let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
        assert_eq!(encode(&text, Written::Windows1252).unwrap(), bytes);
    }

    #[test]
    fn utf16_is_written_back_as_utf16() {
        let c = checker();
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(ARTICLE.encode_utf16().flat_map(u16::to_le_bytes));
        let (_, out) = fix_bytes(&c, &bytes, &CheckRequest::default(), FixLevel::Suggested).unwrap();
        let mut expected = vec![0xFF, 0xFE];
        expected.extend(ARTICLE.replace("2021", "2025").encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(out.unwrap(), expected);
    }

    #[test]
    fn markdown_code_and_front_matter_are_not_edited() {
        let c = checker();
        let md = "---\ndate: 2025-09-19\n---\n\nThe senator said on September 18, 2021, that the harbor bridge needed new money.\n\nThe senator spoke about the harbor bridge at a town meeting on September 18, arguing for money.\n\n```\nJune 31\n```\n";
        let request = CheckRequest { path: "a.md", ..CheckRequest::default() };
        let fixed = fix_text(&c, md.into(), &request, FixLevel::Suggested);
        assert_eq!(fixed.checked.article.source(), md.replace("2021,", "2025,"));
    }
}
