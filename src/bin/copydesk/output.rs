//! How the binary draws diagnostics on stdout and stderr: colour and width.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use copydesk::report::{self, HumanOptions};
use copydesk::rules::LoadError;

use crate::args::ColorChoice;

/// How diagnostics are drawn on stdout and on stderr.
pub struct Io {
    pub human: HumanOptions,
    pub err_human: HumanOptions,
}

impl Io {
    pub fn new(choice: ColorChoice) -> Io {
        let color = |tty: bool| match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && std::env::var_os("NO_COLOR").is_none(),
        };
        let width = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()).unwrap_or(100);
        Io {
            human: HumanOptions { color: color(std::io::stdout().is_terminal()), width },
            err_human: HumanOptions { color: color(std::io::stderr().is_terminal()), width },
        }
    }

    /// Rule-file and config errors, drawn on stderr.
    pub fn load_errors(&self, errors: &[LoadError]) {
        let mut err = std::io::stderr().lock();
        for e in errors {
            let _ = write!(err, "{}", report::render_load_error(e, self.err_human));
        }
    }
}

/// Where `check` writes its report: stdout, or `--output-file`, written whole: into a
/// temporary file beside it, renamed over it when the run is done, so the file never holds half
/// a report.
pub enum ReportOut {
    Stdout(std::io::BufWriter<std::io::StdoutLock<'static>>),
    /// `check --fix` on stdin: stdout carries the fixed text, so the report goes here.
    Stderr(std::io::BufWriter<std::io::Stderr>),
    File {
        writer: std::io::BufWriter<std::fs::File>,
        tmp: PathBuf,
        dest: PathBuf,
    },
}

impl ReportOut {
    /// Stdout, or a temporary file beside `path` (an error names the path and why), written
    /// through a buffer of `buffer` bytes.
    pub fn open(path: Option<&Path>, buffer: usize) -> Result<ReportOut, String> {
        let Some(dest) = path else {
            return Ok(ReportOut::Stdout(std::io::BufWriter::with_capacity(buffer, std::io::stdout().lock())));
        };
        let shown = dest.display();
        if dest.is_dir() {
            return Err(format!("--output-file {shown}: is a folder"));
        }
        let name = dest.file_name().ok_or_else(|| format!("--output-file {shown}: not a file name"))?;
        let tmp = dest.with_file_name(format!(".{}.copydesk-{}.tmp", name.to_string_lossy(), std::process::id()));
        let file = std::fs::File::create(&tmp).map_err(|e| format!("--output-file {shown}: cannot write: {e}"))?;
        Ok(ReportOut::File { writer: std::io::BufWriter::with_capacity(buffer, file), tmp, dest: dest.to_path_buf() })
    }

    /// Flush the report; a file is renamed into place.
    pub fn commit(self) -> Result<(), String> {
        match self {
            ReportOut::Stdout(mut w) => {
                let _ = w.flush();
                Ok(())
            }
            ReportOut::Stderr(mut w) => {
                let _ = w.flush();
                Ok(())
            }
            ReportOut::File { writer, tmp, dest } => {
                let done = writer
                    .into_inner()
                    .map_err(std::io::IntoInnerError::into_error)
                    .and_then(|f| f.sync_all())
                    .and_then(|()| std::fs::rename(&tmp, &dest));
                done.map_err(|e| {
                    let _ = std::fs::remove_file(&tmp);
                    format!("--output-file {}: cannot write: {e}", dest.display())
                })
            }
        }
    }
}

impl Write for ReportOut {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            ReportOut::Stdout(w) => w.write(buf),
            ReportOut::Stderr(w) => w.write(buf),
            ReportOut::File { writer, .. } => writer.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            ReportOut::Stdout(w) => w.flush(),
            ReportOut::Stderr(w) => w.flush(),
            ReportOut::File { writer, .. } => writer.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_file_appears_whole_when_committed() {
        let dir = std::env::temp_dir().join(format!("copydesk-output-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let dest = dir.join("report.txt");
        let mut out = ReportOut::open(Some(&dest), 16).unwrap();
        out.write_all(b"first line\n").unwrap();
        out.flush().unwrap();
        assert!(!dest.exists(), "the report is not in place before the run is done");
        out.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&dest).unwrap(), "first line\n");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1, "no temporary file is left");
        assert!(ReportOut::open(Some(&dir), 16).is_err_and(|e| e.contains("is a folder")));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
