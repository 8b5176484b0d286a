//! The inputs of `check` and `extract`: paths expanded into files (folders walked with
//! `ignore`), and each read with a size limit.

use std::io::Read;
use std::path::{Path, PathBuf};

use copydesk::article::InputError;

/// One input to check: a file path, or stdin (with the name it goes by).
pub enum Input {
    File(PathBuf),
    Stdin(String),
}

/// The name stdin goes by when `--stdin-filename` does not name it.
pub const STDIN_NAME: &str = "<stdin>";

impl Input {
    /// The name every format gives the input: the path as given or walked, without the `./`
    /// that walking `.` puts before each file (SARIF's URIs never had it, so GitHub
    /// annotations and SARIF alerts named a file differently).
    pub fn name(&self) -> String {
        match self {
            Input::File(p) => p.strip_prefix(".").unwrap_or(p).display().to_string(),
            Input::Stdin(name) => name.clone(),
        }
    }
}

fn is_article(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "txt" | "md" | "markdown"))
}

/// What expanding the command line's paths gives, one at a time: a file to check, or a path
/// that gave none (with why).
pub enum Entry {
    Input(Input),
    Problem(String, String),
}

/// Expand paths into inputs lazily. Folders are walked with `ignore` (hidden files and
/// .gitignore'd files skipped), keeping only files that match `globs` (gitignore-style;
/// `!PATTERN` excludes) when any are given. Each folder's entries are read sorted by name,
/// depth first: the order of sorting every path, so output is deterministic, yet a folder of
/// millions of files is walked while it is checked instead of being listed in memory first.
/// `-` is stdin, named `stdin_name`.
pub fn walk_inputs<'a>(
    paths: &'a [String],
    globs: &'a [String],
    stdin_name: &'a str,
) -> impl Iterator<Item = Entry> + 'a {
    paths.iter().flat_map(move |p| -> Box<dyn Iterator<Item = Entry> + 'a> {
        if p == "-" {
            return Box::new(std::iter::once(Entry::Input(Input::Stdin(stdin_name.to_string()))));
        }
        let path = PathBuf::from(p);
        if path.is_file() {
            return Box::new(std::iter::once(Entry::Input(Input::File(path))));
        }
        if !path.is_dir() {
            return Box::new(std::iter::once(Entry::Problem(p.clone(), "no such file or folder".into())));
        }
        let mut problems = Vec::new();
        let mut walk = ignore::WalkBuilder::new(&path);
        walk.require_git(false).sort_by_file_name(std::cmp::Ord::cmp);
        if !globs.is_empty() {
            let mut ob = ignore::overrides::OverrideBuilder::new(&path);
            for g in globs {
                if let Err(e) = ob.add(g) {
                    problems.push(Entry::Problem(g.clone(), format!("bad --glob pattern: {e}")));
                }
            }
            // A filter rather than `overrides`: ignore's overrides win over .gitignore,
            // and `--glob '*.txt'` must not bring back files the folder ignores.
            match ob.build() {
                Ok(o) => {
                    walk.filter_entry(move |e| {
                        !o.matched(e.path(), e.file_type().is_some_and(|t| t.is_dir())).is_ignore()
                    });
                }
                Err(e) => problems.push(Entry::Problem(p.clone(), format!("bad --glob patterns: {e}"))),
            }
        }
        let found = std::rc::Rc::new(std::cell::Cell::new(false));
        let seen = found.clone();
        let files = walk
            .build()
            .filter_map(std::result::Result::ok)
            .filter(|e| e.file_type().is_some_and(|t| t.is_file()) && is_article(e.path()))
            .map(move |e| {
                seen.set(true);
                Entry::Input(Input::File(e.into_path()))
            });
        let none_found = std::iter::once_with(move || {
            let what = if globs.is_empty() { "" } else { " matching --glob" };
            (!found.get())
                .then(|| Entry::Problem(p.clone(), format!("folder holds no articles (.txt, .md, .markdown){what}")))
        })
        .flatten();
        Box::new(problems.into_iter().chain(files).chain(none_found))
    })
}

/// The bytes of an input, never more than `max_file_size` (and a byte): a huge file or an
/// endless stdin is refused early.
pub fn read_bytes(input: &Input, max_file_size: u64) -> Result<Vec<u8>, String> {
    let too_large = |size| InputError::TooLarge { size, limit: max_file_size }.to_string();
    let cannot = |e: std::io::Error| format!("cannot read: {e}");
    let mut bytes = Vec::new();
    match input {
        Input::File(p) => {
            let size = std::fs::metadata(p).map_err(cannot)?.len();
            if size > max_file_size {
                return Err(too_large(size));
            }
            crate::allocator::input_of_size(size as usize);
            std::fs::File::open(p)
                .and_then(|f| f.take(max_file_size.saturating_add(1)).read_to_end(&mut bytes))
                .map_err(cannot)?;
        }
        Input::Stdin(_) => {
            std::io::stdin().take(max_file_size.saturating_add(1)).read_to_end(&mut bytes).map_err(cannot)?;
            if bytes.len() as u64 > max_file_size {
                return Err(format!(
                    "input is over the limit of {max_file_size} bytes (raise it with --max-file-size)"
                ));
            }
            crate::allocator::input_of_size(bytes.len());
        }
    }
    Ok(bytes)
}
