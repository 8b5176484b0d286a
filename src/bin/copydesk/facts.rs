//! `copydesk facts import`: records in, a fact pack out. The importers are the library's
//! (`copydesk::facts_import`); this reads the files and writes the result.

use std::io::Write;
use std::process::ExitCode;

use copydesk::facts_import::{self, PackHeader};
use copydesk::rules::{PackInfo, RuleSet};

use crate::args::FactsCommand;
use crate::output::Io;

pub fn command(cmd: &FactsCommand, _io: &Io) -> ExitCode {
    let FactsCommand::Import { importer, files, output, source, commit, as_of } = cmd;
    let mut inputs = Vec::new();
    for f in files {
        match std::fs::read_to_string(f) {
            Ok(t) => inputs.push((f.display().to_string(), t)),
            Err(e) => {
                eprintln!("error: {}: {e}", f.display());
                return ExitCode::from(2);
            }
        }
    }
    let names: Vec<String> = files
        .iter()
        .map(|f| f.file_name().map_or_else(|| f.display().to_string(), |n| n.to_string_lossy().into_owned()))
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let header = PackHeader::for_import(importer, source.as_deref(), commit.as_deref(), *as_of, &names);
    let pack = match facts_import::import(importer, &inputs, header) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let text = pack.to_toml();
    // A pack the loader would refuse is an importer bug; say so rather than write it.
    if let Err(errors) = RuleSet::default().load_str("(imported pack)", &text) {
        for e in errors {
            eprintln!("error: the imported pack does not load: {e}");
        }
        return ExitCode::from(2);
    }
    let written = match output {
        Some(path) => std::fs::write(path, &text).map_err(|e| format!("{}: {e}", path.display())),
        None => std::io::stdout().lock().write_all(text.as_bytes()).map_err(|e| e.to_string()),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

/// One line per generated fact pack: its source, commit and as-of date.
pub fn packs_text(packs: &[PackInfo]) -> String {
    let mut s = String::new();
    for p in packs {
        let commit = p.commit.as_deref().map_or_else(String::new, |c| format!(", commit {c}"));
        let as_of = p.as_of.map_or_else(String::new, |d| format!(", as of {d}"));
        s.push_str(&format!("pack {}: {}{commit}{as_of}\n", p.path, p.source));
    }
    s
}
