//! Markdown: hide what is not prose (code, HTML and comments, link targets) from the checks.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{blank, Span};

/// Blank code blocks, inline code, HTML and link destinations in `masked`.
/// Parses the already-masked text so front matter is not read as Markdown.
pub(super) fn mask(_source: &str, masked: &mut [u8]) {
    let text = String::from_utf8(masked.to_vec()).expect("masked text is UTF-8");
    let mut spans = Vec::new();
    let mut in_code = None;
    for (event, range) in Parser::new_ext(&text, Options::empty()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code = Some(range.start),
            Event::End(TagEnd::CodeBlock) => {
                if let Some(start) = in_code.take() {
                    spans.push(Span::new(start, range.end));
                }
            }
            Event::Code(_) | Event::Html(_) | Event::InlineHtml(_) => spans.push(Span::new(range.start, range.end)),
            Event::Start(Tag::Link { .. }) | Event::Start(Tag::Image { .. }) => {
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
}
