//! Human output: miette graphical diagnostics with labelled spans, drawn against the
//! article's own text (borrowed, never copied per finding).

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents, SourceCode,
    SourceSpan, SpanContents,
};

use crate::article::Article;
use crate::finding::{Applicability, Confidence, Finding};
use crate::rules::{LoadError, Severity};

use super::emit::{Emitter, Rendered, Summary};

/// How to draw diagnostics: colour only on a terminal; a fixed width makes tests stable.
#[derive(Clone, Copy, Debug)]
pub struct HumanOptions {
    pub color: bool,
    pub width: usize,
}

impl Default for HumanOptions {
    fn default() -> Self {
        HumanOptions { color: false, width: 100 }
    }
}

/// A named text borrowed for drawing, as miette's `NamedSource` reads an owned one.
struct BorrowedSource<'a> {
    name: &'a str,
    text: &'a str,
    /// Where the lines of `text` start (empty: not indexed, read from the start).
    line_starts: &'a [usize],
    /// The article `text` is the checked text of: where it blanked something, its source is
    /// drawn (made whole only then).
    article: Option<&'a Article>,
}

impl BorrowedSource<'_> {
    /// Whole lines around `span`, two more on each side than miette asks for: its first line,
    /// and the byte range. miette reads a span by scanning its input from the start, so given
    /// the whole article, drawing N findings cost N times the article's length.
    fn window(&self, span: &SourceSpan, before: usize, after: usize) -> (usize, usize, usize) {
        let starts = self.line_starts;
        if starts.is_empty() {
            return (0, 0, self.text.len());
        }
        let line_of = |offset: usize| starts.partition_point(|&s| s <= offset).saturating_sub(1);
        let first = line_of(span.offset()).saturating_sub(before + 2);
        let last = line_of(span.offset() + span.len()) + after + 3;
        (first, starts[first], starts.get(last).copied().unwrap_or(self.text.len()).max(starts[first]))
    }
}

impl SourceCode for BorrowedSource<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let (first_line, from, to) = self.window(span, context_lines_before, context_lines_after);
        let text = match self.article {
            Some(a) if a.is_blanked_in(crate::span::Span::new(from, to)) => a.source(),
            _ => self.text,
        };
        let within = SourceSpan::new((span.offset() - from).into(), span.len());
        let inner = text[from..to].read_span(&within, context_lines_before, context_lines_after)?;
        // Back to the article's offsets and lines: the window starts at line `first_line`. The
        // line count stays a count: miette draws two labels as one snippet when the first's
        // line plus its count reaches the second's, so far-apart labels draw apart.
        let offset = from + inner.span().offset();
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.to_string(),
            inner.data(),
            SourceSpan::new(offset.into(), inner.span().len()),
            first_line + inner.line(),
            char_column(text, offset),
            inner.line_count(),
        )))
    }
}

/// The 0-based column, in characters, of a byte offset: miette counts bytes, and its header
/// (`[path:line:col]`) must say what every other format says. Line ends are miette's and
/// [`crate::span::LineIndex`]'s: `\n`, `\r\n` and a lone `\r`.
fn char_column(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let line_start = text[..offset].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    text[line_start..offset].chars().count()
}

struct Diag<'a> {
    message: String,
    code: &'a str,
    severity: miette::Severity,
    help: Option<&'a str>,
    labels: Vec<LabeledSpan>,
    source: BorrowedSource<'a>,
}

impl fmt::Debug for Diag<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Diag<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diag<'_> {}

impl Diagnostic for Diag<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        (!self.code.is_empty()).then(|| Box::new(self.code) as Box<dyn fmt::Display>)
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help.map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.clone().into_iter()))
    }
}

fn handler(opts: HumanOptions) -> GraphicalReportHandler {
    let theme = if opts.color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    GraphicalReportHandler::new_themed(theme).with_width(opts.width).with_links(false)
}

fn render(diag: &Diag, opts: HumanOptions) -> String {
    let mut out = String::new();
    handler(opts).render_report(&mut out, diag).expect("rendering to a String cannot fail");
    out
}

/// An `io::Write` seen as the `fmt::Write` miette draws into, through a buffer (miette writes
/// a few bytes at a time), keeping the first I/O error (`fmt::Error` says only that there was
/// one).
struct FmtToIo<'a> {
    out: &'a mut dyn Write,
    buffer: String,
    error: Option<io::Error>,
}

/// How much drawing [`FmtToIo`] holds before writing it out.
const DRAWING_BUFFER: usize = 64 * 1024;

impl fmt::Write for FmtToIo<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.buffer.push_str(s);
        if self.buffer.len() >= DRAWING_BUFFER {
            self.write_out()?;
        }
        Ok(())
    }
}

impl<'a> FmtToIo<'a> {
    fn new(out: &'a mut dyn Write) -> FmtToIo<'a> {
        FmtToIo { out, buffer: String::with_capacity(DRAWING_BUFFER), error: None }
    }

    fn write_out(&mut self) -> fmt::Result {
        let written = self.out.write_all(self.buffer.as_bytes());
        self.buffer.clear();
        written.map_err(|e| {
            self.error.get_or_insert(e);
            fmt::Error
        })
    }

    /// What is left written out, or the I/O error behind a failed drawing.
    fn finish(mut self, drawn: fmt::Result) -> io::Result<()> {
        let drawn = drawn.and_then(|()| self.write_out());
        match (drawn, self.error) {
            (_, Some(e)) => Err(e),
            (Err(_), None) => Err(io::Error::other("drawing a finding failed")),
            (Ok(()), None) => Ok(()),
        }
    }
}

fn miette_severity(s: Severity) -> miette::Severity {
    match s {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Info => miette::Severity::Advice,
    }
}

/// A finding's header: its rule, and "(medium confidence)" after it when the evidence is
/// weaker (high, the usual case, adds nothing).
fn header(f: &Finding) -> Cow<'_, str> {
    match f.confidence {
        Confidence::High => Cow::Borrowed(&f.rule),
        Confidence::Medium => Cow::Owned(format!("{} (medium confidence)", f.rule)),
    }
}

/// One finding drawn against the article's source.
pub fn render_finding(article: &Article, f: &Finding, opts: HumanOptions) -> String {
    let mut out = String::new();
    draw_finding(article, f, opts, &mut out).expect("rendering to a String cannot fail");
    out
}

/// [`render_finding`] drawn straight into `out`: a finding whose labels are far apart draws
/// every line between them (megabytes in a long article), which is then never held.
fn draw_finding(article: &Article, f: &Finding, opts: HumanOptions, out: &mut impl fmt::Write) -> fmt::Result {
    let mut labels = vec![LabeledSpan::new_primary_with_span(Some(f.label.clone()), (f.span.start, f.span.len()))];
    for r in &f.related {
        labels.push(LabeledSpan::new_with_span(Some(r.message.clone()), (r.span.start, r.span.len())));
    }
    let code = header(f);
    let help = help_text(article, f);
    let diag = Diag {
        message: f.message.clone(),
        code: &code,
        severity: miette_severity(f.severity),
        help: help.as_deref(),
        labels,
        source: BorrowedSource {
            name: &article.path,
            text: &article.text,
            line_starts: article.line_starts(),
            article: Some(article),
        },
    };
    handler(opts).render_report(out, &diag)
}

/// The help line: the rule's help, then each fix with its replacement ("suggested fix: write
/// the year 2025: “2021” → “2025”; an insertion: insert “former ” before “President”).
fn help_text(article: &Article, f: &Finding) -> Option<String> {
    let mut lines: Vec<String> = f.help.iter().cloned().collect();
    for fix in &f.fixes {
        let kind = match fix.applicability {
            Applicability::Safe => "safe fix",
            Applicability::Suggested => "suggested fix",
        };
        let edits: Vec<String> = fix
            .edits
            .iter()
            .map(|e| {
                let old = if e.span.end <= article.text.len() { article.source_slice(e.span) } else { "".into() };
                if e.span.is_empty() {
                    let next = next_word(article, e.span.start);
                    format!("insert “{}” before “{next}”", e.replacement)
                } else {
                    format!("“{old}” → “{}”", e.replacement)
                }
            })
            .collect();
        lines.push(format!("{kind}: {}: {}", fix.description, edits.join(", ")));
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// The first word of the source at or after `offset`, read from its line when it has one.
fn next_word(article: &Article, offset: usize) -> String {
    let line = article.line_span(offset);
    let rest = article.source_slice(crate::span::Span::new(offset, line.end.max(offset)));
    match rest.split_whitespace().next() {
        Some(word) => word.to_string(),
        None => article.source()[offset..].split_whitespace().next().unwrap_or_default().to_string(),
    }
}

/// A rule-file error drawn against the rule file, naming file:line:col.
pub fn render_load_error(e: &LoadError, opts: HumanOptions) -> String {
    let message = match e.line_col() {
        Some((l, c)) => format!("{}:{}:{}: {}", e.path, l, c, e.message),
        None => format!("{}: {}", e.path, e.message),
    };
    let labels = match (&e.span, &e.source_text) {
        (Some(s), Some(_)) => {
            vec![LabeledSpan::new_primary_with_span(Some("here".into()), (s.start, s.end.saturating_sub(s.start)))]
        }
        _ => vec![],
    };
    let diag = Diag {
        message,
        code: "",
        severity: miette::Severity::Error,
        help: e.help.as_deref(),
        labels,
        source: BorrowedSource {
            name: &e.path,
            text: e.source_text.as_deref().unwrap_or_default(),
            line_starts: &[],
            article: None,
        },
    };
    render(&diag, opts)
}

/// One finding without its source lines: the rule, `path:line:col: message` and the help.
pub fn render_finding_brief(article: &Article, f: &Finding, opts: HumanOptions) -> String {
    let lc = article.line_col(f.span.start);
    let code = header(f);
    let help = help_text(article, f);
    let diag = Diag {
        message: format!("{}:{}:{}: {}", article.path, lc.line, lc.column, f.message),
        code: &code,
        severity: miette_severity(f.severity),
        help: help.as_deref(),
        labels: Vec::new(),
        source: BorrowedSource { name: &article.path, text: "", line_starts: &[], article: None },
    };
    render(&diag, opts)
}

/// Draws each file's findings as it comes, a blank line between them, and closes with the
/// summary line. A file that could not be read draws nothing (the caller's message says it).
pub struct HumanEmitter {
    opts: HumanOptions,
    source: bool,
    summary: bool,
}

impl HumanEmitter {
    pub fn new(opts: HumanOptions) -> HumanEmitter {
        HumanEmitter { opts, source: true, summary: true }
    }

    /// Whether each finding is drawn against its source lines (the default) or briefly.
    #[must_use]
    pub fn with_source(mut self, source: bool) -> HumanEmitter {
        self.source = source;
        self
    }

    /// Whether the run closes with the summary line (the default).
    #[must_use]
    pub fn with_summary(mut self, summary: bool) -> HumanEmitter {
        self.summary = summary;
        self
    }
}

impl Emitter for HumanEmitter {
    fn render(&self, article: &Article, findings: &[Finding]) -> Rendered {
        let draw = if self.source { render_finding } else { render_finding_brief };
        // Each drawing appended as it is made: every drawing kept and then joined held the
        // report twice (two 67 MB copies for a 16 MB article, whose far-apart related spans
        // draw every line between them).
        let mut text = String::new();
        for (i, f) in findings.iter().enumerate() {
            if i > 0 {
                text.push('\n');
            }
            text.push_str(&draw(article, f, self.opts));
        }
        if !text.is_empty() {
            text.push('\n');
        }
        Rendered::text(text)
    }
    fn write(&mut self, rendered: Rendered, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(rendered.text.as_bytes())
    }
    /// Each finding drawn straight into `out`, as [`render`](Emitter::render) lays them out.
    fn checked(&mut self, article: &Article, findings: &[Finding], out: &mut dyn Write) -> io::Result<()> {
        if !self.source {
            let rendered = self.render(article, findings);
            return self.write(rendered, out);
        }
        let mut to = FmtToIo::new(out);
        let mut drawn = Ok(());
        for (i, f) in findings.iter().enumerate() {
            if i > 0 {
                drawn = fmt::Write::write_str(&mut to, "\n");
            }
            drawn = drawn.and_then(|()| draw_finding(article, f, self.opts, &mut to));
            if drawn.is_err() {
                break;
            }
        }
        if !findings.is_empty() {
            drawn = drawn.and_then(|()| fmt::Write::write_str(&mut to, "\n"));
        }
        to.finish(drawn)
    }
    fn streams(&self) -> bool {
        self.source
    }
    fn failed(&mut self, _path: &str, _message: &str, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    fn finish(&mut self, summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        if !self.summary {
            return Ok(());
        }
        writeln!(out, "{}", summary.line())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findings_drawn_as_they_go_read_as_the_rendered_report() {
        let checker = crate::checker::Checker::new(&crate::checker::CheckerOptions::default()).unwrap();
        let text = "---\ndate: 2025-03-04\n---\nOn Sunday, March 4, 2025, the mayor spoke.\n\n\
                    <!-- a comment -->\n\nThe 3 firms and 4 others, 8 in all, agreed on Sunday, March 4, 2025.\n";
        let request = crate::checker::CheckRequest { path: "a.md", ..Default::default() };
        let c = checker.check(text, &request);
        assert!(c.findings.len() > 1, "{:?}", c.findings);
        let mut emitter = HumanEmitter::new(HumanOptions::default());
        let rendered = emitter.render(&c.article, &c.findings);
        let mut streamed = Vec::new();
        assert!(emitter.streams());
        emitter.checked(&c.article, &c.findings, &mut streamed).unwrap();
        assert_eq!(String::from_utf8(streamed).unwrap(), rendered.text);
        // The front matter's closing line, blanked in the checked text, is drawn as written.
        assert!(rendered.text.contains("│ ---\n"), "{}", rendered.text);
    }

    #[test]
    fn labels_far_apart_are_drawn_as_two_snippets_not_every_line_between() {
        let checker = crate::checker::Checker::new(&crate::checker::CheckerOptions::default()).unwrap();
        // Far down the article, so a line number mistaken for a count would join them.
        let filler = |from: usize, to: usize| -> String {
            (from..to).map(|i| format!("Filler paragraph number {i} says nothing.\n\n")).collect()
        };
        let text = format!(
            "date 2025-02-14\n\n{}Northway Air carried 412,000 passengers in January, the carrier said on \
             Friday.\n\n{}Northway carried 428,000 passengers in January, its chief financial officer told \
             analysts.\n",
            filler(0, 30),
            filler(30, 40)
        );
        let request = crate::checker::CheckRequest { path: "a.txt", ..Default::default() };
        let c = checker.check(&text, &request);
        let f = c.findings.iter().find(|f| !f.related.is_empty()).expect("a finding with a related span");
        let drawn = render_finding(&c.article, f, HumanOptions::default());
        assert_eq!(drawn.matches("╭─[").count(), 2, "{drawn}");
        assert!(!drawn.contains("Filler paragraph number 35"), "{drawn}");
    }

    #[test]
    fn columns_count_characters_after_any_line_end() {
        let text = "a\r\n“b” 🎉 x\ry";
        let x = text.find('x').unwrap();
        assert_eq!(char_column(text, x), 6);
        assert_eq!(char_column(text, text.find('y').unwrap()), 0);
        assert_eq!(char_column(text, 0), 0);
        // Inside a character: the character's own column.
        assert_eq!(char_column(text, text.find('🎉').unwrap() + 1), 4);
    }
}
