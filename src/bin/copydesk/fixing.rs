//! `check --fix`, `--unsafe-fixes` and `--diff`: each input's fixes applied by the library
//! (`copydesk::fix`), then, in input order, the file written atomically (a temporary file
//! beside it, renamed over it), the fixed stdin text printed, or a unified diff printed.

use std::io::Write;
use std::path::{Path, PathBuf};

use copydesk::checker::{CheckRequest, Checked, Checker};
use copydesk::fix::{fix_bytes, FixLevel};

use crate::inputs::Input;

/// What `--fix`, `--unsafe-fixes` and `--diff` ask for.
#[derive(Clone, Copy, Debug)]
pub struct FixMode {
    pub level: FixLevel,
    /// Print a diff instead of writing and reporting.
    pub diff: bool,
}

/// One input's fixes, to write or show in input order.
pub struct FileFix {
    /// The file to write; None for stdin (the fixed text goes to stdout).
    target: Option<PathBuf>,
    name: String,
    original: String,
    fixed: String,
    /// The bytes to write, in the file's encoding; None when nothing changed.
    bytes: Option<Vec<u8>>,
    applied: usize,
}

/// Fix one input's bytes: the last check (what is left) and what to write.
pub fn fix_input(
    checker: &Checker,
    bytes: &[u8],
    request: &CheckRequest,
    input: &Input,
    level: FixLevel,
) -> Result<(Checked, FileFix), String> {
    let (fixed, out) = fix_bytes(checker, bytes, request, level).map_err(|e| e.to_string())?;
    let target = match input {
        Input::File(p) => Some(p.clone()),
        Input::Stdin(_) => None,
    };
    let file = FileFix {
        target,
        name: request.path.to_string(),
        original: fixed.original,
        fixed: fixed.checked.article.source().to_string(),
        bytes: out,
        applied: fixed.applied,
    };
    Ok((fixed.checked, file))
}

impl FileFix {
    /// The name the input goes by in reports.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// Counts for the closing line.
#[derive(Default)]
pub struct Tally {
    findings: usize,
    files: usize,
}

impl Tally {
    pub fn changed(&self) -> bool {
        self.files > 0
    }

    /// "fixed 3 findings in 2 files" (or "would fix", for --diff) on stderr.
    pub fn report(&self, diff: bool) {
        let verb = if diff { "would fix" } else { "fixed" };
        let s = |n: usize| if n == 1 { "" } else { "s" };
        eprintln!("{verb} {} finding{} in {} file{}", self.findings, s(self.findings), self.files, s(self.files));
    }
}

/// Write, print or diff one input's fixes (in input order). Files that do not change are not
/// touched; stdin's text is printed whole, changed or not.
pub fn finish(file: &FileFix, mode: FixMode, out: &mut dyn Write, tally: &mut Tally) -> Result<(), String> {
    if file.bytes.is_some() {
        tally.findings += file.applied;
        tally.files += 1;
    }
    if mode.diff {
        if file.bytes.is_some() {
            out.write_all(unified_diff(&file.name, &file.original, &file.fixed).as_bytes())
                .map_err(|e| format!("cannot write the diff: {e}"))?;
        }
        return Ok(());
    }
    match (&file.target, &file.bytes) {
        (None, _) => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(file.fixed.as_bytes())
                .and_then(|()| stdout.flush())
                .map_err(|e| format!("cannot write: {e}"))
        }
        (Some(path), Some(bytes)) => write_atomic(path, bytes),
        (Some(_), None) => Ok(()),
    }
}

/// Write `bytes` to `path` through a temporary file beside it, renamed over it: a reader never
/// sees half a file, and the file keeps its permissions.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let cannot = |e: std::io::Error| format!("cannot write the fixed file: {e}");
    let name = path.file_name().ok_or_else(|| "not a file name".to_string())?;
    let tmp = path.with_file_name(format!(".{}.copydesk-fix-{}.tmp", name.to_string_lossy(), std::process::id()));
    let permissions = std::fs::metadata(path).map_err(cannot)?.permissions();
    let written = std::fs::File::create(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::set_permissions(&tmp, permissions))
        .and_then(|()| std::fs::rename(&tmp, path));
    written.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        cannot(e)
    })
}

/// A unified diff of one file, `--- NAME` / `+++ NAME` (as ruff writes it; `patch -p0`
/// applies it), three lines of context.
pub fn unified_diff(name: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new).unified_diff().context_radius(3).header(name, name).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diff_names_both_sides_and_the_changed_line() {
        let d = unified_diff("x.txt", "a\nb 2021\nc\n", "a\nb 2025\nc\n");
        assert_eq!(d, "--- x.txt\n+++ x.txt\n@@ -1,3 +1,3 @@\n a\n-b 2021\n+b 2025\n c\n");
    }

    #[test]
    fn atomic_write_replaces_the_file_and_leaves_no_temporary() {
        let dir = std::env::temp_dir().join(format!("copydesk-fix-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("a.txt");
        std::fs::write(&path, "old").unwrap();
        write_atomic(&path, b"new\r\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new\r\n");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
