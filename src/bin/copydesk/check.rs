//! `copydesk check` on files and folders: inputs walked, read and checked in parallel, each
//! file's report written in input order by the format's emitter.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use copydesk::checker::{CheckRequest, Checker};
use copydesk::report::{self, Emitter, OutputFormat, Rendered, Summary};
use copydesk::rules::Severity;

use crate::archive::{self, Fields};
use crate::args::{CheckArgs, Cli, InputKind};
use crate::inputs::{read_bytes, walk_inputs, Entry};
use crate::output::Io;
use crate::parallel::ordered_map;
use crate::run::Run;

/// `copydesk check`: load the rules and config, then check the files or the archive.
pub fn command(cli: &Cli, args: &CheckArgs, io: &Io) -> ExitCode {
    let mut checker = match Checker::new(&cli.checker_options()) {
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
    let run = Run { checker: &checker, request: args.read.request(args.dateline), fail_level, jobs: args.jobs };
    match args.input {
        InputKind::Files => check_files(&run, &args.paths, &args.globs, args.format.into(), io),
        InputKind::Jsonl => {
            let fields =
                Fields { id: args.id_field.clone(), date: args.date_field.clone(), text: args.text_field.clone() };
            archive::check_archive(&run, &args.paths, args.format, &fields)
        }
    }
}

/// A progress bar on stderr, only for people: a terminal, not CI, a human format, many files.
fn progress(format: OutputFormat, count: impl FnOnce() -> usize) -> Option<indicatif::ProgressBar> {
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

/// One input done, before it is written.
enum Done {
    Checked { rendered: Rendered, summary: Summary, notes: String },
    Failed { path: String, message: String },
}

/// Read, check and render one input (on any thread).
fn check_entry(run: &Run, emitter: &dyn Emitter, entry: Entry) -> Done {
    let input = match entry {
        Entry::Input(i) => i,
        Entry::Problem(path, message) => return Done::Failed { path, message },
    };
    let path = input.name();
    let checked = read_bytes(&input, run.request.max_file_size).and_then(|bytes| {
        let request = CheckRequest { path: &path, ..run.request.clone() };
        run.checker.check_bytes(&bytes, &request).map_err(|e| e.to_string())
    });
    match checked {
        Ok(c) => Done::Checked {
            rendered: emitter.render(&c.article, &c.findings),
            summary: Summary::of_file(&c.findings),
            notes: report::notes_text(&c.article),
        },
        Err(message) => Done::Failed { path, message },
    }
}

fn check_files(run: &Run, paths: &[String], globs: &[String], format: OutputFormat, io: &Io) -> ExitCode {
    let mut entries = walk_inputs(paths, globs);
    // Two entries ahead say whether a thread pool is worth starting.
    let head: Vec<Entry> = entries.by_ref().take(2).collect();
    let several = head.len() > 1;
    let entries = head.into_iter().chain(entries);
    // The bar needs a total: the folders are walked once more to count, only on a terminal.
    let bar = progress(format, || walk_inputs(paths, globs).filter(|e| matches!(e, Entry::Input(_))).count());
    let mut emitter = report::emitter(format, run.checker.rules(), io.human);
    // One file needs no thread pool (starting one costs more than the check).
    let pool = if several { run.pool() } else { None };
    let mut summary = Summary::default();
    let mut input_error = false;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let work = |emitter: &_, entry| {
        let done = check_entry(run, emitter, entry);
        if let Some(b) = &bar {
            if matches!(done, Done::Checked { .. }) {
                b.inc(1);
            }
        }
        done
    };
    ordered_map(pool.as_ref(), entries, &mut *emitter, work, |emitter, done| match done {
        Done::Checked { rendered, summary: s, notes } => {
            if !notes.is_empty() {
                let _ = out.flush();
                eprint!("{notes}");
            }
            summary.merge(s);
            if !rendered.has_text() {
                let _ = emitter.write(rendered, &mut out);
                return;
            }
            match &bar {
                Some(b) => b.suspend(|| {
                    let _ = emitter.write(rendered, &mut out);
                    let _ = out.flush();
                }),
                None => {
                    let _ = emitter.write(rendered, &mut out);
                }
            }
        }
        Done::Failed { path, message } => {
            input_error = true;
            let _ = out.flush();
            eprintln!("error: {path}: {message}");
            let _ = emitter.failed(&path, &message, &mut out);
        }
    });
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let _ = emitter.finish(&summary, &mut out);
    let _ = out.flush();
    run.exit(input_error, &summary)
}
