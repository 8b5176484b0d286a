//! GitHub Actions workflow commands: one annotation per finding.

use std::io::{self, Write};

use crate::article::Article;
use crate::finding::Finding;
use crate::rules::Severity;

use super::emit::{Emitter, Rendered, Summary};

/// Escape the data part of a workflow command (after `::`).
pub fn github_escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escape a property value of a workflow command (`file=`, `title=`...).
pub fn github_escape_property(s: &str) -> String {
    github_escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// GitHub Actions workflow commands, one line per finding:
/// `::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE`.
pub fn github(article: &Article, findings: &[Finding]) -> String {
    let mut out = String::new();
    let file = github_escape_property(&article.path);
    for f in findings {
        let s = article.line_col(f.span.start);
        let e = article.line_col(f.span.end);
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut message = f.message.clone();
        if let Some(h) = &f.help {
            message.push_str("\nHelp: ");
            message.push_str(h);
        }
        out.push_str(&format!(
            "::{command} file={file},line={},col={},endLine={},endColumn={},title={}::{}\n",
            s.line,
            s.column,
            e.line,
            e.column,
            github_escape_property(&f.rule),
            github_escape_data(&message)
        ));
    }
    out
}

/// A file that could not be read, as a workflow command.
pub fn github_error(path: &str, message: &str) -> String {
    format!("::error file={},title=copydesk::{}\n", github_escape_property(path), github_escape_data(message))
}

/// Writes each file's annotations as it comes, and an error annotation for a file that could
/// not be read.
pub struct GithubEmitter;

impl Emitter for GithubEmitter {
    fn render(&self, article: &Article, findings: &[Finding]) -> Rendered {
        Rendered::text(github(article, findings))
    }
    fn write(&mut self, rendered: Rendered, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(rendered.text.as_bytes())
    }
    fn failed(&mut self, path: &str, message: &str, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(github_error(path, message).as_bytes())
    }
    fn finish(&mut self, _summary: &Summary, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_escapes() {
        assert_eq!(github_escape_data("50% off\r\nnext"), "50%25 off%0D%0Anext");
        assert_eq!(github_escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
