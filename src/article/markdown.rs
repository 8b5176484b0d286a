//! Markdown: hide what is not prose (code, HTML and comments, link targets) from the checks.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::ingest::{blank, Note};
use crate::span::Span;

/// Deepest nesting of block quotes and list items parsed as Markdown. Deeper files are read as
/// plain text with a note: real articles nest a few levels, and the parser's work grows with
/// the depth of every line.
pub const MAX_DEPTH: usize = 100;

/// Blank code blocks, inline code, HTML and link destinations in `masked`, and return the
/// code (blocks, fenced or indented, and inline spans), where directives are only text.
/// Parses the already-masked text so front matter is not read as Markdown.
pub(super) fn mask(_source: &str, masked: &mut [u8], notes: &mut Vec<Note>) -> Vec<Span> {
    let text = String::from_utf8(masked.to_vec()).expect("masked text is UTF-8");
    if let Some((line_start, depth)) = too_deep(&text) {
        notes.push(Note {
            span: Span::new(line_start, line_start),
            message: format!(
                "Markdown nested {depth} levels deep (the limit is {MAX_DEPTH}); the file was read as plain text, so code and links in it are checked too"
            ),
        });
        return Vec::new();
    }
    let mut spans = Vec::new();
    let mut code = Vec::new();
    let mut in_code = None;
    for (event, range) in Parser::new_ext(&text, Options::empty()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code = Some(range.start),
            Event::End(TagEnd::CodeBlock) => {
                if let Some(start) = in_code.take() {
                    spans.push(Span::new(start, range.end));
                    code.push(Span::new(start, range.end));
                }
            }
            Event::Code(_) => {
                spans.push(Span::new(range.start, range.end));
                code.push(Span::new(range.start, range.end));
            }
            Event::Html(_) | Event::InlineHtml(_) => spans.push(Span::new(range.start, range.end)),
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => {
                // The destination sits after "](" at the end of the link's range.
                let s = &text[range.clone()];
                if let Some(i) = s.rfind("](") {
                    spans.push(Span::new(range.start + i + 1, range.end));
                }
            }
            _ => {}
        }
    }
    for s in spans {
        blank(masked, s);
    }
    code
}

/// The first line whose leading block markers (`>`, `-`, `*`, `+`, `1.`) nest deeper than
/// [`MAX_DEPTH`], with its depth. Indentation nests lists too: four spaces count as a level.
fn too_deep(text: &str) -> Option<(usize, usize)> {
    let mut off = 0;
    for line in text.split_inclusive('\n') {
        let start = off;
        off += line.len();
        let b = line.as_bytes();
        let (mut i, mut depth, mut spaces) = (0, 0, 0);
        while i < b.len() {
            match b[i] {
                b' ' if depth == 0 => spaces += 1,
                b' ' => {}
                b'\t' if depth == 0 => spaces += 4,
                b'\t' => {}
                b'>' => depth += 1,
                b'-' | b'*' | b'+' if b.get(i + 1).is_none_or(u8::is_ascii_whitespace) => depth += 1,
                b'0'..=b'9' => {
                    let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
                    if !matches!(b.get(i + digits), Some(b'.' | b')')) {
                        break;
                    }
                    i += digits;
                    depth += 1;
                }
                _ => break,
            }
            i += 1;
        }
        let depth = depth + spaces / 4;
        if depth > MAX_DEPTH {
            return Some((start, depth));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::article::{Article, Format, IngestOptions};

    #[test]
    fn code_html_comments_and_links_are_hidden() {
        let src = "---\ndate: 2025-01-02\n---\nSaid on May 5, 2010.\n\n```\nMay 6, 2010\n```\n\n    May 7, 2010\n\n<!-- May 8, 2010 -->\nSee `May 9, 2010` and [the report](http://x/2010/05/10).\n";
        let a = Article::from_text("a.md", src.to_string(), Format::Markdown, &IngestOptions::default());
        assert_eq!(a.text.len(), src.len());
        assert!(a.text.contains("May 5, 2010"));
        for hidden in ["May 6", "May 7", "May 8", "May 9", "2010/05/10"] {
            assert!(!a.text.contains(hidden), "{hidden} should be masked:\n{}", a.text);
        }
        assert!(a.text.contains("the report"));
    }

    #[test]
    fn deep_nesting_is_read_as_plain_text_with_a_note() {
        for body in [">".repeat(20_000), "- ".repeat(20_000), "1. ".repeat(20_000), "  ".repeat(500) + "- x"] {
            let src = format!("---\ndate: 2025-01-02\n---\nSaid on May 5, 2010, `May 9, 2010`.\n\n{body} x\n");
            let a = Article::from_text("a.md", src, Format::Markdown, &IngestOptions::default());
            assert_eq!(a.notes.len(), 1, "{:?}", a.notes);
            assert!(a.notes[0].message.starts_with("Markdown nested"), "{}", a.notes[0].message);
            assert!(a.text.contains("May 9, 2010") && !a.text.contains("date:"));
        }
        let a = Article::from_text("a.md", "> - > x\n".into(), Format::Markdown, &IngestOptions::default());
        assert!(a.notes.is_empty());
    }
}
