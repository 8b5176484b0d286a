//! Human output: miette graphical diagnostics with labelled spans.

use std::fmt;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode};

use crate::article::Article;
use crate::engine::Finding;
use crate::rules::{LoadError, Severity};

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

struct Diag {
    message: String,
    code: String,
    severity: miette::Severity,
    help: Option<String>,
    labels: Vec<LabeledSpan>,
    source: NamedSource<String>,
}

impl fmt::Debug for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diag {}

impl Diagnostic for Diag {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        (!self.code.is_empty()).then(|| Box::new(&self.code) as Box<dyn fmt::Display>)
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
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

/// One finding drawn against the article's source.
pub fn render_finding(article: &Article, f: &Finding, opts: HumanOptions) -> String {
    let mut labels = vec![LabeledSpan::new_primary_with_span(Some(f.label.clone()), (f.span.start, f.span.len()))];
    for r in &f.related {
        labels.push(LabeledSpan::new_with_span(Some(r.message.clone()), (r.span.start, r.span.len())));
    }
    let diag = Diag {
        message: f.message.clone(),
        code: f.rule.clone(),
        severity: match f.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        },
        help: f.help.clone(),
        labels,
        source: NamedSource::new(article.path.clone(), article.source.clone()),
    };
    render(&diag, opts)
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
        code: String::new(),
        severity: miette::Severity::Error,
        help: e.help.clone(),
        labels,
        source: NamedSource::new(e.path.clone(), e.source_text.clone().unwrap_or_default()),
    };
    render(&diag, opts)
}
