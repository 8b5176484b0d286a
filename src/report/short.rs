//! The short format: one line per finding, `path:line:col: severity[rule]: message`.

use std::io::{self, Write};

use crate::article::Article;
use crate::finding::Finding;

use super::emit::{Emitter, Rendered, Summary};

/// `path:line:col: severity[rule]: message`
pub fn short(article: &Article, findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let lc = article.line_col(f.span.start);
        out.push_str(&format!(
            "{}:{}:{}: {}[{}]: {}\n",
            article.path, lc.line, lc.column, f.severity, f.rule, f.message
        ));
    }
    out
}

/// Writes each file's lines as it comes; a file that could not be read writes nothing (the
/// caller's message on stderr says it), and there is no closing line.
pub struct ShortEmitter;

impl Emitter for ShortEmitter {
    fn render(&self, article: &Article, findings: &[Finding]) -> Rendered {
        Rendered::text(short(article, findings))
    }
    fn write(&mut self, rendered: Rendered, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(rendered.text.as_bytes())
    }
    fn failed(&mut self, _path: &str, _message: &str, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    fn finish(&mut self, _summary: &Summary, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}
