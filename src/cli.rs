//! Command line: argument parsing and the glue between the library and the terminal.
//! Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, input or rule-file error.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use rayon::prelude::*;

use copydesk::article::{Article, Encoding, IngestOptions, InputError};
use copydesk::engine;
use copydesk::extract;
use copydesk::report::{self, HumanOptions, Summary};
use copydesk::rules::{Config, LoadError, RuleSet, Severity};

#[derive(Parser, Debug)]
#[command(
    name = "copydesk",
    version,
    about = "Checks news articles for dates, totals and facts that contradict each other"
)]
pub struct Cli {
    /// Extra rule files or folders of rule files (repeatable).
    #[arg(long = "rules", global = true, value_name = "PATH")]
    rules: Vec<PathBuf>,
    /// Do not load the built-in rules.
    #[arg(long, global = true)]
    no_default_rules: bool,
    /// Project config file (default: copydesk.toml found by walking up from the current folder).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Colour: auto (only on a terminal), always, never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    #[command(subcommand)]
    command: Command,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
enum Format {
    /// Diagnostics drawn against the source, for people.
    Human,
    /// One line per finding: path:line:col: severity[rule]: message.
    Short,
    /// One JSON report for the whole run.
    Json,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// JSON Lines: one finding per line, written as each file is done.
    Jsonl,
}

impl Format {
    /// Formats read by programs: never decorated, never a progress bar.
    fn is_machine(self) -> bool {
        !matches!(self, Format::Human | Format::Short)
    }
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
enum ExtractFormat {
    Human,
    Short,
    Json,
}

/// What the paths of `check` hold.
#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
enum InputKind {
    /// Article files and folders of them.
    Files,
    /// A JSON Lines archive (or - for stdin): one article per line.
    Jsonl,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
enum FailOn {
    Error,
    Warning,
    Info,
}

impl From<FailOn> for Severity {
    fn from(f: FailOn) -> Severity {
        match f {
            FailOn::Error => Severity::Error,
            FailOn::Warning => Severity::Warning,
            FailOn::Info => Severity::Info,
        }
    }
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check articles (files, folders, or - for stdin).
    Check {
        #[arg(value_name = "PATH", default_value = ".")]
        paths: Vec<String>,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// The date to anchor every article to, overriding what the files say (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        dateline: Option<NaiveDate>,
        /// Only these rules (ids or prefixes such as `date`), comma-separated or repeated.
        #[arg(long, value_delimiter = ',')]
        select: Vec<String>,
        /// Skip these rules (ids or prefixes), comma-separated or repeated.
        #[arg(long, value_delimiter = ',')]
        ignore: Vec<String>,
        /// Exit 1 when a finding is at or above this severity (default: error).
        #[arg(long, value_enum)]
        fail_on: Option<FailOn>,
        /// Files checked in parallel (default: all cores). Output order does not depend on it.
        #[arg(long)]
        jobs: Option<usize>,
        /// Only walk files matching this glob in folders (repeatable; `!PATTERN` excludes).
        #[arg(long = "glob", value_name = "PATTERN")]
        globs: Vec<String>,
        /// What the paths hold: article files, or a JSON Lines archive of articles.
        #[arg(long, value_enum, default_value_t = InputKind::Files)]
        input: InputKind,
        /// Archive field holding each article's id.
        #[arg(long, default_value = "id", value_name = "NAME")]
        id_field: String,
        /// Archive field holding each article's date (optional; it anchors that article).
        #[arg(long, default_value = "date", value_name = "NAME")]
        date_field: String,
        /// Archive field holding each article's text.
        #[arg(long, default_value = "text", value_name = "NAME")]
        text_field: String,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// Show what copydesk reads in articles: the dateline, dates, numbers.
    Extract {
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<String>,
        #[arg(long, value_enum, default_value_t = ExtractFormat::Human)]
        format: ExtractFormat,
        #[arg(long, value_parser = parse_date)]
        dateline: Option<NaiveDate>,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// List the loaded rules.
    Rules,
    /// Print what a rule checks, why, and its examples.
    Explain { rule: String },
    /// Run the examples that rules carry; with paths, the rules in those files alone.
    TestRules {
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
}

/// How input files are read: encoding and size limits.
#[derive(clap::Args, Debug)]
struct ReadArgs {
    /// How to read files that are not valid UTF-8 (UTF-8 files and files with a UTF-8 or UTF-16
    /// byte order mark are always read as such).
    #[arg(long, value_enum, default_value_t = EncodingArg::Utf8)]
    encoding: EncodingArg,
    /// The largest file read, in bytes (suffixes K, M, G: KiB, MiB, GiB).
    #[arg(long, value_name = "BYTES", value_parser = parse_size, default_value = "16M")]
    max_file_size: u64,
    /// Lines longer than this many bytes are not checked, with a note (suffixes K, M, G).
    #[arg(long, value_name = "BYTES", value_parser = parse_size, default_value = "1M")]
    max_line_length: u64,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
enum EncodingArg {
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    #[value(name = "latin1", alias = "iso-8859-1")]
    Latin1,
    #[value(name = "windows-1252", alias = "cp1252")]
    Windows1252,
}

impl ReadArgs {
    fn options(&self, dateline_override: Option<NaiveDate>, dateline_default: Option<NaiveDate>) -> IngestOptions {
        IngestOptions {
            dateline_override,
            dateline_default,
            encoding: match self.encoding {
                EncodingArg::Utf8 => Encoding::Utf8,
                EncodingArg::Latin1 => Encoding::Latin1,
                EncodingArg::Windows1252 => Encoding::Windows1252,
            },
            max_file_size: self.max_file_size,
            max_line_length: usize::try_from(self.max_line_length).unwrap_or(usize::MAX),
        }
    }
}

/// "4096", "64K", "16M", "1G" (binary multiples).
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let (digits, mult) = match t.char_indices().last() {
        Some((i, 'k' | 'K')) => (&t[..i], 1u64 << 10),
        Some((i, 'm' | 'M')) => (&t[..i], 1 << 20),
        Some((i, 'g' | 'G')) => (&t[..i], 1 << 30),
        _ => (t, 1),
    };
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("`{s}` is not a size like 4096, 64K or 16M"))
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("`{s}` is not a date like 2025-09-19"))
}

struct Io {
    human: HumanOptions,
    err_human: HumanOptions,
}

impl Io {
    fn new(choice: ColorChoice) -> Io {
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

    fn load_errors(&self, errors: &[LoadError]) {
        let mut err = std::io::stderr().lock();
        for e in errors {
            let _ = write!(err, "{}", report::render_load_error(e, self.err_human));
        }
    }
}

/// Read every rule file under a path (a file, or a folder of `.toml` files).
fn rule_files(path: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let err = |m: String| LoadError {
        path: path.display().to_string(),
        source_text: None,
        span: None,
        message: m,
        help: None,
    };
    if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| err(format!("cannot read folder: {e}")))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        Ok(files)
    } else if path.is_file() {
        Ok(vec![path.to_path_buf()])
    } else {
        Err(err("no such rule file or folder".into()))
    }
}

fn load_paths(set: &mut RuleSet, paths: &[PathBuf], errors: &mut Vec<LoadError>) {
    for p in paths {
        match rule_files(p) {
            Ok(files) => {
                for f in files {
                    let shown = f.display().to_string();
                    match std::fs::read_to_string(&f) {
                        Ok(text) => {
                            if let Err(mut e) = set.load_str(&shown, &text) {
                                errors.append(&mut e);
                            }
                        }
                        Err(e) => errors.push(LoadError {
                            path: shown,
                            source_text: None,
                            span: None,
                            message: format!("cannot read rule file: {e}"),
                            help: None,
                        }),
                    }
                }
            }
            Err(e) => errors.push(e),
        }
    }
}

/// Config, then built-in rules, config rule paths and --rules; overrides applied.
fn load_rules(cli: &Cli, io: &Io) -> Result<(RuleSet, Config), ExitCode> {
    let config_path = match &cli.config {
        Some(p) => Some(p.clone()),
        None => std::env::current_dir().ok().and_then(|d| Config::discover(&d)),
    };
    let config = match config_path {
        Some(p) => match Config::load(&p) {
            Ok(c) => c,
            Err(e) => {
                io.load_errors(&[e]);
                return Err(ExitCode::from(2));
            }
        },
        None => Config { default_rules: true, ..Config::default() },
    };
    let mut set = if cli.no_default_rules || !config.default_rules { RuleSet::default() } else { RuleSet::builtin() };
    let mut errors = Vec::new();
    load_paths(&mut set, &config.rule_paths, &mut errors);
    load_paths(&mut set, &cli.rules, &mut errors);
    if !errors.is_empty() {
        io.load_errors(&errors);
        return Err(ExitCode::from(2));
    }
    set.apply_overrides(&config.rules);
    Ok((set, config))
}

/// One input to check: a file path, or stdin.
enum Input {
    File(PathBuf),
    Stdin,
}

impl Input {
    fn name(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "<stdin>".into(),
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
enum Entry {
    Input(Input),
    Problem(String, String),
}

/// Expand paths into inputs lazily. Folders are walked with `ignore` (hidden files and
/// .gitignore'd files skipped), keeping only files that match `globs` (gitignore-style;
/// `!PATTERN` excludes) when any are given. Each folder's entries are read sorted by name,
/// depth first: the order of sorting every path, so output is deterministic, yet a folder of
/// millions of files is walked while it is checked instead of being listed in memory first.
fn walk_inputs<'a>(paths: &'a [String], globs: &'a [String]) -> impl Iterator<Item = Entry> + 'a {
    paths.iter().flat_map(move |p| -> Box<dyn Iterator<Item = Entry> + 'a> {
        if p == "-" {
            return Box::new(std::iter::once(Entry::Input(Input::Stdin)));
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
        walk.require_git(false).sort_by_file_name(|a, b| a.cmp(b));
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
            .filter_map(|e| e.ok())
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

fn read_input(input: &Input, opts: &IngestOptions) -> Result<Article, String> {
    let too_large = |size| InputError::TooLarge { size, limit: opts.max_file_size }.to_string();
    let cannot = |e: std::io::Error| format!("cannot read: {e}");
    // Never read more than the limit (and a byte): a huge file or endless stdin is refused early.
    let mut bytes = Vec::new();
    match input {
        Input::File(p) => {
            let size = std::fs::metadata(p).map_err(cannot)?.len();
            if size > opts.max_file_size {
                return Err(too_large(size));
            }
            std::fs::File::open(p)
                .and_then(|f| f.take(opts.max_file_size.saturating_add(1)).read_to_end(&mut bytes))
                .map_err(cannot)?;
        }
        Input::Stdin => {
            std::io::stdin().take(opts.max_file_size.saturating_add(1)).read_to_end(&mut bytes).map_err(cannot)?;
            if bytes.len() as u64 > opts.max_file_size {
                return Err(format!(
                    "input is over the limit of {} bytes (raise it with --max-file-size)",
                    opts.max_file_size
                ));
            }
        }
    }
    Article::from_bytes(&input.name(), &bytes, opts).map_err(|e| e.to_string())
}

/// `note: path:line:col: message` for each note on how the article was read.
fn notes_text(article: &Article) -> String {
    article
        .notes
        .iter()
        .map(|n| {
            let lc = article.line_col(n.span.start);
            format!("note: {}:{}:{}: {}\n", article.path, lc.line, lc.column, n.message)
        })
        .collect()
}

/// The notes of an article as JSON, added to its file object when there are any.
fn add_notes_json(article: &Article, json: &mut serde_json::Value) {
    if article.notes.is_empty() {
        return;
    }
    let notes: Vec<serde_json::Value> = article
        .notes
        .iter()
        .map(|n| {
            let lc = article.line_col(n.span.start);
            serde_json::json!({"line": lc.line, "column": lc.column, "start": n.span.start, "end": n.span.end, "message": n.message})
        })
        .collect();
    if let Some(obj) = json.as_object_mut() {
        obj.insert("notes".into(), serde_json::Value::Array(notes));
    }
}

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let io = Io::new(cli.color);
    match &cli.command {
        Command::Check {
            paths,
            format,
            dateline,
            select,
            ignore,
            fail_on,
            jobs,
            globs,
            input,
            id_field,
            date_field,
            text_field,
            read,
        } => {
            let (mut set, config) = match load_rules(&cli, &io) {
                Ok(x) => x,
                Err(code) => return code,
            };
            set.filter(select, ignore);
            let fail_level: Severity = fail_on.map(Severity::from).or(config.fail_on).unwrap_or(Severity::Error);
            let opts = read.options(*dateline, config.dateline);
            let run = Run { set: &set, opts: &opts, fail_level, jobs: *jobs };
            match input {
                InputKind::Files => check(&run, paths, globs, *format, &io),
                InputKind::Jsonl => {
                    let fields = Fields { id: id_field.clone(), date: date_field.clone(), text: text_field.clone() };
                    check_archive(&run, paths, *format, &fields)
                }
            }
        }
        Command::Extract { paths, format, dateline, read } => {
            let opts = read.options(*dateline, None);
            extract_cmd(paths, *format, &opts)
        }
        Command::Rules => {
            let Ok((set, _)) = load_rules(&cli, &io) else { return ExitCode::from(2) };
            let mut out = std::io::stdout().lock();
            for r in &set.rules {
                let _ = writeln!(out, "{:<26} {:<18} {:<8} {}", r.id, r.kind.name(), r.severity.to_string(), r.source);
            }
            ExitCode::SUCCESS
        }
        Command::Explain { rule } => {
            let Ok((set, _)) = load_rules(&cli, &io) else { return ExitCode::from(2) };
            match set.get(rule) {
                Some(r) => {
                    print!("{}", explain(r));
                    ExitCode::SUCCESS
                }
                None => {
                    eprintln!("error: no rule `{rule}` is loaded (see `copydesk rules`)");
                    ExitCode::from(2)
                }
            }
        }
        Command::TestRules { paths } => {
            let set = if paths.is_empty() {
                match load_rules(&cli, &io) {
                    Ok((s, _)) => s,
                    Err(code) => return code,
                }
            } else {
                let mut set = RuleSet::default();
                let mut errors = Vec::new();
                load_paths(&mut set, paths, &mut errors);
                if !errors.is_empty() {
                    io.load_errors(&errors);
                    return ExitCode::from(2);
                }
                set
            };
            test_rules(&set)
        }
    }
}

fn explain(r: &copydesk::rules::Rule) -> String {
    let mut s = format!("{} ({}, {})\n\n", r.id, r.kind.name(), r.severity);
    s.push_str(&format!("Message: {}\n", r.message));
    if let Some(h) = &r.help {
        s.push_str(&format!("Help:    {h}\n"));
    }
    if let Some(l) = &r.link {
        s.push_str(&format!("Link:    {l}\n"));
    }
    if let Some(d) = &r.description {
        s.push('\n');
        s.push_str(d.trim());
        s.push('\n');
    }
    if !r.tests.is_empty() {
        s.push_str("\nExamples:\n");
        for t in &r.tests {
            let verdict = if t.expect.contains(&r.id) { "flagged" } else { "not flagged" };
            let dl = t.dateline.map(|d| format!(" (dateline {d})")).unwrap_or_default();
            s.push_str(&format!("  [{verdict}]{dl}\n"));
            for line in t.text.lines().filter(|l| !l.trim().is_empty()) {
                s.push_str(&format!("    {line}\n"));
            }
        }
    }
    s.push_str(&format!("\nSource: {}\n", r.source));
    s
}

fn test_rules(set: &RuleSet) -> ExitCode {
    let outcomes = engine::run_tests(set);
    let mut out = std::io::stdout().lock();
    let failed: Vec<_> = outcomes.iter().filter(|o| !o.passed).collect();
    for o in &failed {
        let _ = writeln!(
            out,
            "FAIL {} test {} ({}): expected [{}], got [{}]\n     text: {}",
            o.rule,
            o.index,
            o.source,
            o.expected.join(", "),
            o.fired.join(", "),
            o.text.replace('\n', "\\n")
        );
    }
    let _ = writeln!(out, "{} passed, {} failed", outcomes.len() - failed.len(), failed.len());
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// What every check of a run shares.
struct Run<'a> {
    set: &'a RuleSet,
    opts: &'a IngestOptions,
    fail_level: Severity,
    jobs: Option<usize>,
}

impl Run<'_> {
    fn pool(&self) -> Option<rayon::ThreadPool> {
        rayon::ThreadPoolBuilder::new().num_threads(self.jobs.unwrap_or(0)).build().ok()
    }

    fn exit(&self, input_error: bool, summary: &Summary) -> ExitCode {
        if input_error {
            ExitCode::from(2)
        } else if summary.fails(self.fail_level) {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// Items handed to the pool at once: enough to keep every thread busy, few enough that memory
/// stays bounded and output starts early.
fn batch_size(pool: Option<&rayon::ThreadPool>) -> usize {
    64 * pool.map_or(1, |p| p.current_num_threads()).max(1)
}

/// Map `items` in parallel, batch by batch, handing each result to `sink` in input order.
/// At most one batch of items and results is held at a time.
fn ordered_map<T, R, F, S>(pool: Option<&rayon::ThreadPool>, items: impl Iterator<Item = T>, f: F, mut sink: S)
where
    T: Send,
    R: Send,
    F: Fn(T) -> R + Sync + Send,
    S: FnMut(R),
{
    let size = batch_size(pool);
    let mut batch = Vec::with_capacity(size);
    let run = |batch: Vec<T>, sink: &mut S| {
        let results: Vec<R> = match pool {
            Some(p) => p.install(|| batch.into_par_iter().map(&f).collect()),
            None => batch.into_iter().map(&f).collect(),
        };
        results.into_iter().for_each(&mut *sink);
    };
    for item in items {
        batch.push(item);
        if batch.len() == size {
            run(std::mem::replace(&mut batch, Vec::with_capacity(size)), &mut sink);
        }
    }
    if !batch.is_empty() {
        run(batch, &mut sink);
    }
}

/// A progress bar on stderr, only for people: a terminal, not CI, a human format, many files.
fn progress(format: Format, count: impl FnOnce() -> usize) -> Option<indicatif::ProgressBar> {
    let wanted = !format.is_machine() && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    let files = if wanted { count() } else { 0 };
    (files > PROGRESS_MIN_FILES).then(|| {
        let pb = indicatif::ProgressBar::new(files as u64);
        pb.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files  {elapsed} (eta {eta})")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        pb
    })
}

const PROGRESS_MIN_FILES: usize = 200;

/// What checking one file gives, before it is written.
enum Outcome {
    Checked {
        text: String,
        json: Option<serde_json::Value>,
        results: Vec<serde_json::Value>,
        summary: Summary,
        notes: String,
    },
    Failed {
        path: String,
        message: String,
    },
}

fn check(run: &Run, paths: &[String], globs: &[String], format: Format, io: &Io) -> ExitCode {
    let mut entries = walk_inputs(paths, globs);
    // Two entries ahead say whether a thread pool is worth starting.
    let head: Vec<Entry> = entries.by_ref().take(2).collect();
    let several = head.len() > 1;
    let entries = head.into_iter().chain(entries);
    let human = io.human;
    let set = run.set;
    // The bar needs a total: the folders are walked once more to count, only on a terminal.
    let bar = progress(format, || walk_inputs(paths, globs).filter(|e| matches!(e, Entry::Input(_))).count());
    let work = |entry: Entry| -> Outcome {
        let input = match entry {
            Entry::Input(i) => i,
            Entry::Problem(path, message) => return Outcome::Failed { path, message },
        };
        let input = &input;
        let article = match read_input(input, run.opts) {
            Ok(a) => a,
            Err(message) => return Outcome::Failed { path: input.name(), message },
        };
        let findings = engine::check(&article, set);
        let mut summary = Summary { files: 1, ..Summary::default() };
        summary.add(&findings);
        let (text, json, results) = match format {
            Format::Json => {
                let mut json = report::file_json(&article, &findings);
                add_notes_json(&article, &mut json);
                (String::new(), Some(json), Vec::new())
            }
            Format::Sarif => (String::new(), None, report::sarif_results(&article, &findings, set)),
            Format::Short => (report::short(&article, &findings), None, Vec::new()),
            Format::Github => (report::github(&article, &findings), None, Vec::new()),
            Format::Jsonl => (report::jsonl(&article, &findings), None, Vec::new()),
            Format::Human => {
                let mut text: String =
                    findings.iter().map(|f| report::render_finding(&article, f, human)).collect::<Vec<_>>().join("\n");
                if !text.is_empty() {
                    text.push('\n');
                }
                (text, None, Vec::new())
            }
        };
        if let Some(b) = &bar {
            b.inc(1);
        }
        Outcome::Checked { text, json, results, summary, notes: notes_text(&article) }
    };
    // One file needs no thread pool (starting one costs more than the check).
    let pool = if several { run.pool() } else { None };
    let mut summary = Summary::default();
    let mut input_error = false;
    let mut files_json = Vec::new();
    let mut results = Vec::new();
    let mut notifications = Vec::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    ordered_map(pool.as_ref(), entries, work, |o| match o {
        Outcome::Checked { text, json, results: r, summary: s, notes } => {
            if !notes.is_empty() {
                let _ = out.flush();
                eprint!("{notes}");
            }
            summary.merge(s);
            files_json.extend(json);
            results.extend(r);
            if !text.is_empty() {
                match &bar {
                    Some(b) => b.suspend(|| {
                        let _ = write!(out, "{text}");
                        let _ = out.flush();
                    }),
                    None => {
                        let _ = write!(out, "{text}");
                    }
                }
            }
        }
        Outcome::Failed { path, message } => {
            input_error = true;
            let _ = out.flush();
            failed(format, &path, &message, &mut files_json, &mut notifications, &mut out);
        }
    });
    // Stream: whatever a batch wrote is out before the next batch starts.
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    match format {
        Format::Json => {
            let doc = report::report_json(files_json, summary);
            let _ = writeln!(out, "{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        }
        Format::Sarif => {
            let doc = report::sarif_log(set, results, notifications);
            let _ = writeln!(out, "{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        }
        Format::Human => {
            let _ = writeln!(out, "{}", summary.line());
        }
        Format::Short | Format::Github | Format::Jsonl => {}
    }
    let _ = out.flush();
    run.exit(input_error, &summary)
}

/// A file that could not be checked: a message on stderr, and its entry in the report.
fn failed(
    format: Format,
    path: &str,
    message: &str,
    files_json: &mut Vec<serde_json::Value>,
    notifications: &mut Vec<serde_json::Value>,
    out: &mut dyn Write,
) {
    eprintln!("error: {path}: {message}");
    match format {
        Format::Json => files_json.push(report::file_error_json(path, message)),
        Format::Sarif => notifications.push(report::sarif_notification(path, message)),
        Format::Github => {
            let _ = write!(out, "{}", report::github_error(path, message));
        }
        Format::Jsonl => {
            let _ = write!(out, "{}", report::jsonl_error(path, message));
        }
        Format::Human | Format::Short => {}
    }
}

/// Field names of a JSON Lines archive.
struct Fields {
    id: String,
    date: String,
    text: String,
}

/// One archive line to check.
struct Record {
    line: usize,
    bytes: Vec<u8>,
}

/// Check one archive line; the result line (without its newline) and its counts.
fn check_record(run: &Run, fields: &Fields, rec: Record) -> (String, Summary, bool) {
    use serde_json::Value;
    let fail = |id: &Value, message: String| {
        (report::record_error_json(id, rec.line, &message).to_string(), Summary::default(), true)
    };
    let mut obj = match serde_json::from_slice::<Value>(&rec.bytes) {
        Ok(Value::Object(o)) => o,
        Ok(_) => return fail(&Value::Null, "line is not a JSON object".into()),
        Err(e) => return fail(&Value::Null, format!("line is not valid JSON: {e}")),
    };
    let id = obj.remove(&fields.id).unwrap_or(Value::Null);
    let text = match obj.remove(&fields.text) {
        Some(Value::String(t)) => t,
        Some(_) => return fail(&id, format!("field `{}` is not a string", fields.text)),
        None => return fail(&id, format!("no field `{}`", fields.text)),
    };
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return fail(&id, format!("field `{}` is empty", fields.text));
    }
    let date = match obj.get(&fields.date) {
        None | Some(Value::Null) => None,
        Some(Value::String(d)) => {
            // A date, or the date part of a timestamp.
            match d.get(..10).and_then(copydesk::lexicon::parse_iso_date) {
                Some(d) => Some(d),
                None => return fail(&id, format!("field `{}` is not a date like 2025-09-19: `{d}`", fields.date)),
            }
        }
        Some(_) => return fail(&id, format!("field `{}` is not a string", fields.date)),
    };
    let name = match &id {
        Value::String(s) => s.clone(),
        Value::Null => format!("line {}", rec.line),
        other => other.to_string(),
    };
    let opts = IngestOptions { dateline_override: date.or(run.opts.dateline_override), ..run.opts.clone() };
    let article = Article::from_text(&name, text, copydesk::article::Format::Text, &opts);
    let findings = engine::check(&article, run.set);
    let mut summary = Summary { files: 1, ..Summary::default() };
    summary.add(&findings);
    (report::record_json(&id, &article, &findings), summary, false)
}

/// Records of an archive, one per non-blank line; a read error ends them with a message.
struct Records<R> {
    reader: R,
    line: usize,
    error: std::rc::Rc<std::cell::RefCell<Option<String>>>,
}

impl<R: std::io::BufRead> Iterator for Records<R> {
    type Item = Record;
    fn next(&mut self) -> Option<Record> {
        loop {
            let mut bytes = Vec::new();
            match self.reader.read_until(b'\n', &mut bytes) {
                Ok(0) => return None,
                Ok(_) => {
                    self.line += 1;
                    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
                        continue;
                    }
                    return Some(Record { line: self.line, bytes });
                }
                Err(e) => {
                    *self.error.borrow_mut() = Some(format!("cannot read: {e}"));
                    return None;
                }
            }
        }
    }
}

/// `check --input jsonl`: one article per line in, one result line per article out, in input
/// order, in bounded batches (memory does not grow with the archive).
fn check_archive(run: &Run, paths: &[String], format: Format, fields: &Fields) -> ExitCode {
    if !matches!(format, Format::Human | Format::Jsonl) {
        eprintln!("error: --input jsonl writes JSON Lines results; --format must be jsonl");
        return ExitCode::from(2);
    }
    let pool = run.pool();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut summary = Summary::default();
    let mut input_error = false;
    let paths: Vec<String> = if paths == ["."] { vec!["-".into()] } else { paths.to_vec() };
    for path in &paths {
        let reader: Box<dyn std::io::BufRead> = if path == "-" {
            Box::new(std::io::BufReader::with_capacity(1 << 20, std::io::stdin()))
        } else {
            match std::fs::File::open(path) {
                Ok(f) => Box::new(std::io::BufReader::with_capacity(1 << 20, f)),
                Err(e) => {
                    eprintln!("error: {path}: cannot read: {e}");
                    input_error = true;
                    continue;
                }
            }
        };
        let error = std::rc::Rc::new(std::cell::RefCell::new(None));
        let records = Records { reader, line: 0, error: error.clone() };
        let mut bad = 0usize;
        ordered_map(
            pool.as_ref(),
            records,
            |rec| check_record(run, fields, rec),
            |(line, s, failed)| {
                summary.merge(s);
                if failed {
                    bad += 1;
                }
                let _ = out.write_all(line.as_bytes());
                let _ = out.write_all(b"\n");
            },
        );
        let _ = out.flush();
        if bad > 0 {
            input_error = true;
            eprintln!("error: {path}: {bad} line(s) could not be checked (see their \"error\" field)");
        }
        let read_error = error.borrow_mut().take();
        if let Some(e) = read_error {
            input_error = true;
            eprintln!("error: {path}: {e}");
        }
    }
    let _ = out.flush();
    run.exit(input_error, &summary)
}

fn extract_cmd(paths: &[String], format: ExtractFormat, opts: &IngestOptions) -> ExitCode {
    let mut failed = false;
    let mut files = Vec::new();
    let mut out = std::io::stdout().lock();
    for entry in walk_inputs(paths, &[]) {
        let input = match entry {
            Entry::Input(i) => i,
            Entry::Problem(p, m) => {
                failed = true;
                eprintln!("error: {p}: {m}");
                continue;
            }
        };
        let input = &input;
        match read_input(input, opts) {
            Ok(a) => {
                eprint!("{}", notes_text(&a));
                let m = extract::extract(&a);
                if format == ExtractFormat::Json {
                    files.push(report::extract_json(&a, &m));
                } else {
                    let _ = write!(out, "{}", report::extract_text(&a, &m));
                }
            }
            Err(message) => {
                failed = true;
                eprintln!("error: {}: {message}", input.name());
            }
        }
    }
    if format == ExtractFormat::Json {
        let _ =
            writeln!(out, "{}", serde_json::to_string_pretty(&serde_json::json!({"files": files})).unwrap_or_default());
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}
