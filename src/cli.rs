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
    Human,
    Short,
    Json,
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
        /// Files checked in parallel (default: all cores).
        #[arg(long)]
        jobs: Option<usize>,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// Show what copydesk reads in articles: the dateline, dates, numbers.
    Extract {
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<String>,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
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

/// Expand paths into inputs, sorted within each folder; problems are returned as messages.
fn collect_inputs(paths: &[String]) -> (Vec<Input>, Vec<(String, String)>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let path = PathBuf::from(p);
        if path.is_dir() {
            let mut found: Vec<PathBuf> = ignore::WalkBuilder::new(&path)
                .build()
                .filter_map(|e| e.ok())
                .filter(|e| e.file_type().is_some_and(|t| t.is_file()) && is_article(e.path()))
                .map(|e| e.into_path())
                .collect();
            found.sort();
            if found.is_empty() {
                errors.push((p.clone(), "folder holds no articles (.txt, .md, .markdown)".into()));
            }
            inputs.extend(found.into_iter().map(Input::File));
        } else if path.is_file() {
            inputs.push(Input::File(path));
        } else {
            errors.push((p.clone(), "no such file or folder".into()));
        }
    }
    (inputs, errors)
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

enum Outcome {
    Checked { text: String, json: Option<serde_json::Value>, summary: Summary, notes: String },
    Failed { path: String, message: String },
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
        Command::Check { paths, format, dateline, select, ignore, fail_on, jobs, read } => {
            let (mut set, config) = match load_rules(&cli, &io) {
                Ok(x) => x,
                Err(code) => return code,
            };
            set.filter(select, ignore);
            let fail_level: Severity = fail_on.map(Severity::from).or(config.fail_on).unwrap_or(Severity::Error);
            let opts = read.options(*dateline, config.dateline);
            check(&set, paths, *format, &opts, fail_level, *jobs, &io)
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

fn check(
    set: &RuleSet,
    paths: &[String],
    format: Format,
    opts: &IngestOptions,
    fail_level: Severity,
    jobs: Option<usize>,
    io: &Io,
) -> ExitCode {
    let (inputs, path_errors) = collect_inputs(paths);
    let human = io.human;
    let work = |input: &Input| -> Outcome {
        let article = match read_input(input, opts) {
            Ok(a) => a,
            Err(message) => return Outcome::Failed { path: input.name(), message },
        };
        let findings = engine::check(&article, set);
        let mut summary = Summary { files: 1, ..Summary::default() };
        summary.add(&findings);
        let notes = notes_text(&article);
        match format {
            Format::Json => {
                let mut json = report::file_json(&article, &findings);
                add_notes_json(&article, &mut json);
                Outcome::Checked { text: String::new(), json: Some(json), summary, notes }
            }
            Format::Short => Outcome::Checked { text: report::short(&article, &findings), json: None, summary, notes },
            Format::Human => {
                let text: String =
                    findings.iter().map(|f| report::render_finding(&article, f, human)).collect::<Vec<_>>().join("\n");
                Outcome::Checked { text, json: None, summary, notes }
            }
        }
    };
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs.unwrap_or(0)).build();
    let outcomes: Vec<Outcome> = match pool {
        Ok(pool) => pool.install(|| inputs.par_iter().map(work).collect()),
        Err(_) => inputs.iter().map(work).collect(),
    };
    let mut summary = Summary::default();
    let mut input_error = !path_errors.is_empty();
    let mut files_json = Vec::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut err = std::io::stderr().lock();
    for (path, message) in &path_errors {
        let _ = writeln!(err, "error: {path}: {message}");
        files_json.push(report::file_error_json(path, message));
    }
    for o in outcomes {
        match o {
            Outcome::Checked { text, json, summary: s, notes } => {
                let _ = write!(err, "{notes}");
                summary.merge(s);
                if let Some(j) = json {
                    files_json.push(j);
                }
                if !text.is_empty() {
                    let _ = write!(out, "{text}");
                    if format == Format::Human {
                        let _ = writeln!(out);
                    }
                }
            }
            Outcome::Failed { path, message } => {
                input_error = true;
                let _ = writeln!(err, "error: {path}: {message}");
                files_json.push(report::file_error_json(&path, &message));
            }
        }
    }
    match format {
        Format::Json => {
            let doc = report::report_json(files_json, summary);
            let _ = writeln!(out, "{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        }
        Format::Human => {
            let _ = writeln!(out, "{}", summary.line());
        }
        Format::Short => {}
    }
    if input_error {
        ExitCode::from(2)
    } else if summary.fails(fail_level) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn extract_cmd(paths: &[String], format: Format, opts: &IngestOptions) -> ExitCode {
    let (inputs, path_errors) = collect_inputs(paths);
    let mut failed = !path_errors.is_empty();
    for (p, m) in &path_errors {
        eprintln!("error: {p}: {m}");
    }
    let mut files = Vec::new();
    let mut out = std::io::stdout().lock();
    for input in &inputs {
        match read_input(input, opts) {
            Ok(a) => {
                eprint!("{}", notes_text(&a));
                let m = extract::extract(&a);
                if format == Format::Json {
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
    if format == Format::Json {
        let _ =
            writeln!(out, "{}", serde_json::to_string_pretty(&serde_json::json!({"files": files})).unwrap_or_default());
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}
