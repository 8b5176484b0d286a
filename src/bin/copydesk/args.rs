//! The command line's arguments (clap), and what they turn into for the library.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use copydesk::article::{Encoding, IngestOptions};
use copydesk::checker::{CheckRequest, CheckerOptions};
use copydesk::finding::Confidence;
use copydesk::rules::{Config, Severity};

#[derive(Parser, Debug)]
#[command(
    name = "copydesk",
    version,
    about = "Checks news articles for dates, totals and facts that contradict each other"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// The options every subcommand takes.
#[derive(clap::Args, Debug)]
pub struct GlobalArgs {
    /// Extra rule files or folders of rule files (repeatable).
    #[arg(long = "rules", global = true, value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// Do not load the built-in rules.
    #[arg(long, global = true)]
    pub no_default_rules: bool,
    /// Project config file (default: copydesk.toml found by walking up from the current folder).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Colour: auto (only on a terminal), always, never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

impl Cli {
    /// The command line of this process. `check`, which hooks and CI run once per file, is
    /// parsed by a parser of that subcommand alone: clap builds every subcommand's arguments
    /// before it parses, and the others were a sixth of an empty article's run. Whatever that
    /// parser does not accept (help, a mistake) goes to the full parser, so every message is
    /// the full parser's own.
    pub fn from_env() -> Result<Cli, clap::Error> {
        Cli::from_args(std::env::args_os().collect())
    }

    fn from_args(args: Vec<std::ffi::OsString>) -> Result<Cli, clap::Error> {
        if args.get(1).is_some_and(|a| a == "check") {
            let matches = check_only_command().try_get_matches_from(&args);
            if let Some(cli) = matches.ok().and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m).ok()) {
                return Ok(cli);
            }
        }
        Cli::try_parse_from(args)
    }
}

/// The full command with the `check` subcommand only (see [`Cli::from_env`]).
fn check_only_command() -> clap::Command {
    use clap::Args;
    let check = CheckArgs::augment_args(clap::Command::new("check"));
    GlobalArgs::augment_args(clap::Command::new("copydesk")).subcommand(check)
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// The report format of `check`: the library's own list, so a format is declared once.
pub use copydesk::report::OutputFormat as Format;

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub enum ExtractFormat {
    Human,
    Short,
    Json,
}

/// How `copydesk rules` lists.
#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub enum ListFormat {
    /// One line per rule, then the facts per file.
    Text,
    /// One JSON object: `rules` and `facts`, every field.
    Json,
}

/// What the paths of `check` hold.
#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub enum InputKind {
    /// Article files and folders of them.
    Files,
    /// A JSON Lines archive (or - for stdin): one article per line.
    Jsonl,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub enum FailOn {
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

/// `--min-confidence`: the weakest evidence a reported finding may have.
#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub enum MinConfidence {
    High,
    Medium,
}

impl From<MinConfidence> for Confidence {
    fn from(m: MinConfidence) -> Confidence {
        match m {
            MinConfidence::High => Confidence::High,
            MinConfidence::Medium => Confidence::Medium,
        }
    }
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check articles (files, folders, or - for stdin).
    Check(Box<CheckArgs>),
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
    /// List the loaded rules and facts (how many offices, people and events, from which files).
    Rules {
        /// Also list every fact: each office term, person and event.
        #[arg(long, visible_alias = "verbose", short = 'v')]
        facts: bool,
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Print what a rule checks, why, and its examples.
    Explain { rule: String },
    /// Run the examples that rules and facts carry; with paths, those files' examples (with the
    /// built-in rules and config loaded, as `check --rules PATH` loads them).
    TestRules {
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Build fact packs from public records or a newsroom's own lists.
    #[command(subcommand)]
    Facts(FactsCommand),
    /// Run the language server over stdio, for editors (see docs/editors.md).
    #[cfg(feature = "lsp")]
    Lsp,
    /// Serve the HTTP API (/v1/check and friends) and the editors' page (GET /).
    #[cfg(feature = "serve")]
    Serve(Box<crate::serve::args::ServeArgs>),
}

#[derive(Subcommand, Debug)]
pub enum FactsCommand {
    /// Turn records into a fact file (TOML, on stdout or into -o FILE). Importers:
    /// `congress-legislators` (the project's YAML files), `csv` (columns name, aliases, title,
    /// jurisdiction, party, from, to, born).
    Import {
        /// Which importer reads the files.
        #[arg(value_name = "IMPORTER")]
        importer: String,
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// Write the pack here instead of stdout.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Where the records came from, written into the pack's header.
        #[arg(long, value_name = "TEXT")]
        source: Option<String>,
        /// The commit or version of the records.
        #[arg(long, value_name = "ID")]
        commit: Option<String>,
        /// The day the records were taken (YYYY-MM-DD): terms open then are not judged after it.
        #[arg(long, value_parser = parse_date)]
        as_of: Option<NaiveDate>,
    },
}

// No doc comment: clap would take it for the subcommand's about, over the variant's.
#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Files, folders, or - for stdin (default: the current folder, or stdin with
    /// --stdin-filename).
    #[arg(value_name = "PATH")]
    pub paths: Vec<String>,
    /// The name stdin goes by in reports; a .md or .markdown ending reads it as Markdown.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// The date to anchor every article to, overriding what the files say (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub dateline: Option<NaiveDate>,
    /// Only these rules (ids or prefixes such as `date`), comma-separated or repeated.
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,
    /// Skip these rules (ids or prefixes), comma-separated or repeated.
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Exit 1 when a finding is at or above this severity (default: error).
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Report only findings this sure or surer: high, or medium (every finding; the default).
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub min_confidence: Option<MinConfidence>,
    /// Files checked in parallel (default: all cores). Output order does not depend on it.
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Only walk files matching this glob in folders (repeatable; `!PATTERN` excludes).
    #[arg(long = "glob", value_name = "PATTERN")]
    pub globs: Vec<String>,
    /// What the paths hold: article files, or a JSON Lines archive of articles.
    #[arg(long, value_enum, default_value_t = InputKind::Files)]
    pub input: InputKind,
    /// Archive field holding each article's id.
    #[arg(long, default_value = "id", value_name = "NAME")]
    pub id_field: String,
    /// Archive field holding each article's date (optional; it anchors that article).
    #[arg(long, default_value = "date", value_name = "NAME")]
    pub date_field: String,
    /// Archive field holding each article's text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub text_field: String,
    /// Print findings only: no summary line, no notes on how files were read, no progress bar.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Write the report to FILE instead of stdout (whole: it appears when the run is done).
    #[arg(long, value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// Print how many findings each rule has (most first) instead of the findings.
    #[arg(long)]
    pub statistics: bool,
    /// Exit 0 even when there are findings (input, usage and rule-file errors still exit 2).
    #[arg(long)]
    pub exit_zero: bool,
    /// Draw the source lines under each finding in the human format (the default).
    #[arg(long, overrides_with = "no_source")]
    pub show_source: bool,
    /// Leave out the source lines in the human format: rule, location, message and help only.
    #[arg(long, overrides_with = "show_source")]
    pub no_source: bool,
    /// Apply safe fixes to the files in place (stdin: the fixed text goes to stdout and the
    /// report to stderr); the report then lists what is left.
    #[arg(long)]
    pub fix: bool,
    /// With --fix or --diff: apply suggested fixes too (each finding's first alternative).
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Print a unified diff of what --fix would change instead of writing or reporting.
    #[arg(long)]
    pub diff: bool,
    #[command(flatten)]
    pub read: ReadArgs,
}

/// How input files are read: encoding and size limits.
#[derive(clap::Args, Debug)]
pub struct ReadArgs {
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
pub enum EncodingArg {
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    #[value(name = "latin1", alias = "iso-8859-1")]
    Latin1,
    #[value(name = "windows-1252", alias = "cp1252")]
    Windows1252,
}

impl Cli {
    /// What the checker loads: `--config` or the `copydesk.toml` found by walking up from the
    /// current folder, the built-in rules unless `--no-default-rules`, and `--rules`. A config
    /// found in the current folder or below is named relative to it, as the user would.
    pub fn checker_options(&self) -> CheckerOptions {
        let discovered = || {
            let cwd = std::env::current_dir().ok()?;
            let found = Config::discover(&cwd)?;
            Some(found.strip_prefix(&cwd).map_or_else(|_| found.clone(), std::path::Path::to_path_buf))
        };
        let config = self.global.config.clone().or_else(discovered);
        CheckerOptions {
            default_rules: !self.global.no_default_rules,
            rule_paths: self.global.rules.clone(),
            config,
            min_confidence: None,
        }
    }
}

impl ReadArgs {
    /// How each input of `check` is read; its `path` is set per input.
    pub fn request(&self, dateline: Option<NaiveDate>) -> CheckRequest<'static> {
        let opts = self.options(dateline, None);
        CheckRequest {
            dateline: opts.dateline_override,
            encoding: opts.encoding,
            max_file_size: opts.max_file_size,
            max_line_length: opts.max_line_length,
            ..CheckRequest::default()
        }
    }

    pub fn options(&self, dateline_override: Option<NaiveDate>, dateline_default: Option<NaiveDate>) -> IngestOptions {
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

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::Parser;

    /// The `check`-only parser reads every command line as the full parser does, and leaves
    /// what it cannot read (help, mistakes) to the full parser.
    #[test]
    fn check_only_parser_agrees_with_the_full_parser() {
        let lines = [
            "copydesk check",
            "copydesk check a.txt b.md",
            "copydesk check --format json --color never a.txt",
            "copydesk --color always check --rules r.toml --no-default-rules -",
            "copydesk check --select date,arith --ignore date.weekday --fail-on warning x",
            "copydesk check --stdin-filename a.md --dateline 2025-09-18",
            "copydesk check --config c.toml --rules a --rules b x",
            "copydesk check --input jsonl --jobs 2 archive.jsonl",
            "copydesk check --format nope x",
            "copydesk check --help",
            "copydesk check --no-such-flag",
            "copydesk check --dateline 2025-13-01 x",
        ];
        for line in lines {
            let args: Vec<std::ffi::OsString> = line.split(' ').map(Into::into).collect();
            let ours = Cli::from_args(args.clone());
            let full = Cli::try_parse_from(args);
            match (ours, full) {
                (Ok(a), Ok(b)) => assert_eq!(format!("{a:?}"), format!("{b:?}"), "{line}"),
                (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{line}"),
                (a, b) => panic!("{line}: {a:?} vs {b:?}"),
            }
        }
    }
}
