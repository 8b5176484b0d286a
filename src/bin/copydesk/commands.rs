//! The commands other than `check` and `rules`: `extract`, `explain` and `test-rules`.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use copydesk::article::{Article, IngestOptions};
use copydesk::checker::{Checker, CheckerOptions};
use copydesk::engine;
use copydesk::extract;
use copydesk::report;
use copydesk::rules::{Rule, RuleSet};

use crate::args::{Cli, ExtractFormat};
use crate::inputs::{read_bytes, walk_inputs, Entry, STDIN_NAME};
use crate::output::Io;

/// The rules and config the global options name; load errors are printed.
pub(crate) fn load(options: &CheckerOptions, io: &Io) -> Result<Checker, ExitCode> {
    Checker::new(options).map_err(|errors| {
        io.load_errors(&errors);
        ExitCode::from(2)
    })
}

/// `copydesk explain RULE`.
pub fn explain(cli: &Cli, io: &Io, rule: &str) -> ExitCode {
    let checker = match load(&cli.checker_options(), io) {
        Ok(c) => c,
        Err(code) => return code,
    };
    match checker.rules().get(rule) {
        Some(r) => {
            let mut text = explain_text(r);
            // A fact rule is only as current as the records it reads.
            if r.id.starts_with("fact.") {
                text.push_str(&crate::facts::packs_text(&checker.rules().facts.packs));
            }
            // A reader that stops early (`| head`) is not an error: print! would panic.
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        None => {
            match checker.validate_rule_names(&[rule]).pop() {
                Some(unknown) => eprintln!("error: {unknown} (see `copydesk rules`)"),
                None => eprintln!("error: `{rule}` names several rules; explain takes one id (see `copydesk rules`)"),
            }
            ExitCode::from(2)
        }
    }
}

/// `copydesk test-rules [PATH...]`: the loaded rules' examples, or those of the rule files
/// given, run against what `check --rules PATH` would load (the built-in rules and the config
/// too), so a file is tested with the rules it will run beside.
pub fn test_rules(cli: &Cli, io: &Io, paths: &[PathBuf]) -> ExitCode {
    if paths.is_empty() {
        return match load(&cli.checker_options(), io) {
            Ok(checker) => run_rule_tests(checker.rules(), |_| true),
            Err(code) => code,
        };
    }
    // The files alone first, for the names their rules and facts are loaded under.
    let alone = CheckerOptions { default_rules: false, rule_paths: paths.to_vec(), ..CheckerOptions::default() };
    let sources: BTreeSet<String> = match load(&alone, io) {
        Ok(c) => c
            .rules()
            .rules
            .iter()
            .map(|r| &r.source)
            .chain(c.rules().tests.iter().map(|t| &t.source))
            .cloned()
            .collect(),
        Err(code) => return code,
    };
    let mut options = cli.checker_options();
    options.rule_paths.extend(paths.iter().cloned());
    match load(&options, io) {
        Ok(checker) => run_rule_tests(checker.rules(), |s| sources.contains(s)),
        Err(code) => code,
    }
}

fn explain_text(r: &Rule) -> String {
    let mut s = format!("{} ({}, {})\n\n", r.id, r.kind.name(), r.severity);
    s.push_str(&format!("Message: {}\n", r.message));
    if let Some(h) = &r.help {
        s.push_str(&format!("Help:    {h}\n"));
    }
    if let Some(l) = &r.link {
        s.push_str(&format!("Link:    {l}\n"));
    }
    if let Some(d) = &*r.description {
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

fn run_rule_tests(set: &RuleSet, wanted: impl Fn(&str) -> bool) -> ExitCode {
    let outcomes = engine::selftest::run_tests_from(set, wanted);
    let mut out = std::io::stdout().lock();
    // What was tested: each rule (or fact, or file) with its examples' results, in load order.
    let mut tested: Vec<(&str, usize, usize)> = Vec::new();
    for o in &outcomes {
        match tested.iter_mut().find(|(name, ..)| *name == o.rule) {
            Some(t) => t.1 += 1,
            None => tested.push((&o.rule, 1, 0)),
        }
        if !o.passed {
            tested.iter_mut().find(|(name, ..)| *name == o.rule).expect("just counted").2 += 1;
        }
    }
    let width = tested.iter().map(|(name, ..)| name.chars().count()).max().unwrap_or(0);
    for (name, n, failed) in &tested {
        let examples = if *n == 1 { "example" } else { "examples" };
        let verdict = if *failed == 0 { "ok".to_string() } else { format!("{failed} failed") };
        let _ = writeln!(out, "{name:<width$}  {n} {examples}, {verdict}");
    }
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

pub fn extract(paths: &[String], format: ExtractFormat, opts: &IngestOptions) -> ExitCode {
    let mut failed = false;
    // Written as each file is read, mention by mention: a huge article's report is never
    // held whole in memory.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut json = if format == ExtractFormat::Json { report::ExtractJsonWriter::start(&mut out).ok() } else { None };
    for entry in walk_inputs(paths, &[], STDIN_NAME) {
        let input = match entry {
            Entry::Input(i) => i,
            Entry::Problem(p, m) => {
                failed = true;
                eprintln!("error: {p}: {m}");
                continue;
            }
        };
        let article = read_bytes(&input, opts.max_file_size)
            .and_then(|bytes| Article::from_owned_bytes(&input.name(), bytes, opts).map_err(|e| e.to_string()));
        match article {
            Ok(a) => {
                eprint!("{}", report::notes_text(&a));
                let m = extract::extract(&a);
                let _ = match json.as_mut() {
                    Some(json) => json.file(&mut out, &a, &m),
                    None => report::write_extract_text(&mut out, &a, &m).and_then(|()| out.flush()),
                };
            }
            Err(message) => {
                failed = true;
                eprintln!("error: {}: {message}", input.name());
            }
        }
    }
    if let Some(json) = json {
        let _ = json.finish(&mut out);
    }
    let _ = out.flush();
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}
