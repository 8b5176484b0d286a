//! `copydesk check` on files and folders: inputs walked, read and checked in parallel, each
//! file's report written in input order by the format's emitter.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::ValueEnum;
use copydesk::checker::{CheckRequest, Checked, Checker, CheckerOptions};
use copydesk::fix::FixLevel;
use copydesk::report::{self, Emitter, HumanEmitter, OutputFormat, Rendered, StatisticsEmitter, Summary};
use copydesk::rules::Severity;

use crate::archive::{self, Fields};
use crate::args::{CheckArgs, Cli, Format, InputKind};
use crate::fixing::{finish, fix_input, FileFix, FixMode, Tally};
use crate::inputs::{read_bytes, walk_inputs, Entry, STDIN_NAME};
use crate::output::{Io, ReportOut};
use crate::parallel::ordered_map;
use crate::run::Run;

/// `copydesk check`: load the rules and config, then check the files or the archive.
pub fn command(cli: &Cli, args: &CheckArgs, io: &Io) -> ExitCode {
    let paths = match input_paths(args) {
        Ok(p) => p,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    if let Err(message) = usage(args) {
        eprintln!("error: {message}");
        return ExitCode::from(2);
    }
    let options = CheckerOptions { min_confidence: args.min_confidence.map(Into::into), ..cli.checker_options() };
    let mut checker = match Checker::new(&options) {
        Ok(c) => c,
        Err(errors) => {
            io.load_errors(&errors);
            return ExitCode::from(2);
        }
    };
    let unknown = [("--select", &args.select), ("--ignore", &args.ignore)]
        .into_iter()
        .flat_map(|(flag, names)| checker.validate_rule_names(names).into_iter().map(move |u| (flag, u)))
        .collect::<Vec<_>>();
    if !unknown.is_empty() {
        for (flag, u) in unknown {
            eprintln!("error: {flag}: {u} (see `copydesk rules`)");
        }
        return ExitCode::from(2);
    }
    checker.filter(&args.select, &args.ignore);
    let fail_level = args.fail_on.map(Severity::from).or(checker.config().fail_on).unwrap_or(Severity::Error);
    let run = Run {
        checker: &checker,
        request: args.read.request(args.dateline),
        fail_level,
        jobs: args.jobs,
        quiet: args.quiet,
        exit_zero: args.exit_zero,
        fix: fix_mode(args),
    };
    // Files' reports are drawn as they come; an archive's result lines in bulk.
    let buffer = if args.input == InputKind::Jsonl { 1 << 16 } else { 1 << 13 };
    // `--fix` on stdin prints the fixed text on stdout: the report goes to stderr.
    let fixes_stdin = args.fix && !args.diff && paths.iter().any(|p| p == "-");
    let opened = if fixes_stdin && args.output_file.is_none() {
        Ok(ReportOut::Stderr(std::io::BufWriter::with_capacity(buffer, std::io::stderr())))
    } else {
        ReportOut::open(args.output_file.as_deref(), buffer)
    };
    let mut out = match opened {
        Ok(o) => o,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let code = match args.input {
        InputKind::Files => check_files(&run, args, &paths, emitter(args, &checker, io), &mut out),
        InputKind::Jsonl => {
            let fields =
                Fields { id: args.id_field.clone(), date: args.date_field.clone(), text: args.text_field.clone() };
            archive::check_archive(&run, &paths, args.format, &fields, &mut out)
        }
    };
    // The process ends here: freeing the rules, facts and compiled recognizers one by one
    // would only delay the exit (a short run's start-up budget, docs/performance.md).
    std::mem::forget(checker);
    match out.commit() {
        Ok(()) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

/// The paths to read: those given, else stdin when `--stdin-filename` names it, else the
/// current folder. A stdin name with no stdin to name is a usage error, not ignored.
fn input_paths(args: &CheckArgs) -> Result<Vec<String>, String> {
    let Some(name) = &args.stdin_filename else {
        return Ok(if args.paths.is_empty() { vec![".".into()] } else { args.paths.clone() });
    };
    if args.input == InputKind::Jsonl {
        return Err(format!("--stdin-filename {name}: an archive (--input jsonl) names its articles by id"));
    }
    if args.paths.is_empty() {
        return Ok(vec!["-".into()]);
    }
    if args.paths.iter().any(|p| p == "-") {
        Ok(args.paths.clone())
    } else {
        Err(format!("--stdin-filename {name} names stdin, but no PATH is - (stdin)"))
    }
}

/// Options that cannot go together.
fn usage(args: &CheckArgs) -> Result<(), String> {
    if args.statistics && args.input == InputKind::Jsonl {
        return Err(
            "--statistics counts the findings of files; --input jsonl writes one result line per article".into()
        );
    }
    if (args.fix || args.diff) && args.input == InputKind::Jsonl {
        let flag = if args.fix { "--fix" } else { "--diff" };
        return Err(format!("{flag} edits article files; an archive (--input jsonl) cannot be fixed in place"));
    }
    if args.unsafe_fixes && !(args.fix || args.diff) {
        return Err("--unsafe-fixes says which fixes --fix or --diff apply; give one of them".into());
    }
    if args.statistics && !matches!(args.format, Format::Human | Format::Short | Format::Json) {
        let name = args.format.to_possible_value().map(|v| v.get_name().to_string()).unwrap_or_default();
        return Err(format!("--statistics prints counts per rule in the human, short or json format, not {name}"));
    }
    Ok(())
}

/// What `--fix`, `--unsafe-fixes` and `--diff` ask for, if anything.
fn fix_mode(args: &CheckArgs) -> Option<FixMode> {
    let level = if args.unsafe_fixes { FixLevel::Suggested } else { FixLevel::Safe };
    (args.fix || args.diff).then_some(FixMode { level, diff: args.diff })
}

/// The report's emitter: the format's own, counts per rule with `--statistics`, the human
/// format without source lines or summary line when asked.
fn emitter<'a>(args: &CheckArgs, checker: &'a Checker, io: &Io) -> Box<dyn Emitter + 'a> {
    let format = args.format;
    match format {
        OutputFormat::Json if args.statistics => Box::new(StatisticsEmitter::json()),
        _ if args.statistics => Box::new(StatisticsEmitter::text(format == OutputFormat::Human && !args.quiet)),
        OutputFormat::Human => {
            Box::new(HumanEmitter::new(io.human).with_source(!args.no_source).with_summary(!args.quiet))
        }
        _ => report::emitter(format, checker.rules(), io.human),
    }
}

/// A progress bar on stderr, only for people: a terminal, not CI, a human format, many files.
fn progress(format: OutputFormat, quiet: bool, count: impl FnOnce() -> usize) -> Option<indicatif::ProgressBar> {
    let wanted = !quiet && !format.is_machine() && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
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

/// One input done, before it is written.
enum Done {
    Checked {
        rendered: Rendered,
        summary: Summary,
        notes: String,
        fix: Option<FileFix>,
    },
    /// A run's only file, for an emitter that writes as it draws (nothing is rendered ahead).
    Streamed {
        checked: Box<Checked>,
        notes: String,
    },
    Failed {
        path: String,
        message: String,
    },
}

/// Read, check and render one input (on any thread); `alone` when it is the run's only one.
fn check_entry(run: &Run, emitter: &dyn Emitter, entry: Entry, alone: bool) -> Done {
    let input = match entry {
        Entry::Input(i) => i,
        Entry::Problem(path, message) => return Done::Failed { path, message },
    };
    let path = input.name();
    let checked = read_bytes(&input, run.request.max_file_size).and_then(|bytes| {
        if alone {
            copydesk::startup::expect_input_bytes(bytes.len());
        }
        let request = CheckRequest { path: &path, ..run.request.clone() };
        match run.fix {
            Some(mode) => fix_input(run.checker, &bytes, &request, &input, mode.level).map(|(c, f)| (c, Some(f))),
            None => run.checker.check_owned_bytes(bytes, &request).map(|c| (c, None)).map_err(|e| e.to_string()),
        }
    });
    match checked {
        Ok((c, None)) if alone && emitter.streams() => {
            let notes = if run.quiet { String::new() } else { report::notes_text(&c.article) };
            Done::Streamed { checked: Box::new(c), notes }
        }
        Ok((c, fix)) => Done::Checked {
            rendered: emitter.render(&c.article, &c.findings),
            summary: Summary::of_file(&c.findings),
            notes: if run.quiet { String::new() } else { report::notes_text(&c.article) },
            fix,
        },
        Err(message) => Done::Failed { path, message },
    }
}

fn check_files(
    run: &Run,
    args: &CheckArgs,
    paths: &[String],
    mut emitter: Box<dyn Emitter + '_>,
    out: &mut ReportOut,
) -> ExitCode {
    let globs = &args.globs;
    let stdin_name = args.stdin_filename.as_deref().unwrap_or(STDIN_NAME);
    let mut entries = walk_inputs(paths, globs, stdin_name);
    // Two entries ahead say whether a thread pool is worth starting.
    let head: Vec<Entry> = entries.by_ref().take(2).collect();
    let several = head.len() > 1;
    let entries = head.into_iter().chain(entries);
    // The bar needs a total: the folders are walked once more to count, only on a terminal.
    let count = || walk_inputs(paths, globs, stdin_name).filter(|e| matches!(e, Entry::Input(_))).count();
    let bar = progress(args.format, run.quiet, count);
    // One file needs no thread pool (starting one costs more than the check).
    let pool = if several { run.pool() } else { None };
    let mut summary = Summary::default();
    let mut input_error = false;
    let work = |emitter: &_, entry| {
        let done = check_entry(run, emitter, entry, !several);
        if let Some(b) = &bar {
            if matches!(done, Done::Checked { .. }) {
                b.inc(1);
            }
        }
        done
    };
    let mut tally = Tally::default();
    let diff = run.fix.is_some_and(|m| m.diff);
    ordered_map(pool.as_ref(), entries, &mut *emitter, work, |emitter, done| match done {
        Done::Checked { rendered, summary: s, notes, fix } => {
            if let (Some(file), Some(mode)) = (&fix, run.fix) {
                if let Err(message) = finish(file, mode, out, &mut tally) {
                    input_error = true;
                    let _ = out.flush();
                    eprintln!("error: {}: {message}", file.name());
                    return;
                }
                if mode.diff {
                    return;
                }
            }
            if !notes.is_empty() {
                let _ = out.flush();
                eprint!("{notes}");
            }
            summary.merge(s);
            if !rendered.has_text() {
                let _ = emitter.write(rendered, out);
                return;
            }
            match &bar {
                Some(b) => b.suspend(|| {
                    let _ = emitter.write(rendered, out);
                    let _ = out.flush();
                }),
                None => {
                    let _ = emitter.write(rendered, out);
                }
            }
        }
        Done::Streamed { checked, notes } => {
            if !notes.is_empty() {
                let _ = out.flush();
                eprint!("{notes}");
            }
            summary.merge(Summary::of_file(&checked.findings));
            let _ = emitter.checked(&checked.article, &checked.findings, out);
        }
        Done::Failed { path, message } => {
            input_error = true;
            let _ = out.flush();
            eprintln!("error: {path}: {message}");
            let _ = emitter.failed(&path, &message, out);
        }
    });
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    if !diff {
        let _ = emitter.finish(&summary, out);
    }
    let _ = out.flush();
    if run.fix.is_some() && !run.quiet {
        tally.report(diff);
    }
    if diff && !input_error {
        return if tally.changed() { ExitCode::from(1) } else { ExitCode::SUCCESS };
    }
    run.exit(input_error, &summary)
}
