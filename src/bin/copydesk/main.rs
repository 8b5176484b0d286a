//! The `copydesk` binary: argument parsing, reading inputs and all printing. The checking is
//! the library's (`copydesk::checker`).
//! Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, input or rule-file error.

mod allocator;
mod archive;
mod args;
mod check;
mod commands;
mod facts;
mod fixing;
mod inputs;
mod listing;
#[cfg(feature = "lsp")]
mod lsp;
mod output;
mod parallel;
mod run;
#[cfg(feature = "serve")]
mod serve;

use std::process::ExitCode;

use args::{Cli, Command};
use output::Io;

fn main() -> ExitCode {
    if version_only() {
        println!("copydesk {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    let cli = match Cli::from_env() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let io = Io::new(cli.global.color);
    match &cli.command {
        Command::Check(args) => check::command(&cli, args, &io),
        Command::Extract { paths, format, dateline, read } => {
            commands::extract(paths, *format, &read.options(*dateline, None))
        }
        Command::Rules { facts, format } => listing::rules(&cli, &io, *facts, *format),
        Command::Explain { rule } => commands::explain(&cli, &io, rule),
        Command::TestRules { paths } => commands::test_rules(&cli, &io, paths),
        Command::Facts(f) => facts::command(f, &io),
        #[cfg(feature = "lsp")]
        Command::Lsp => lsp::command(&cli),
        #[cfg(feature = "serve")]
        Command::Serve(args) => serve::command(&cli, args, &io),
    }
}

/// Whether the whole command line is `--version` (or `-V`), answered as clap would answer it
/// but without building the parser: editors and hooks ask it at every start, and building
/// clap's command tree was most of that run's own work (docs/performance.md, "Start-up").
fn version_only() -> bool {
    let mut args = std::env::args_os().skip(1);
    match (args.next(), args.next()) {
        (Some(arg), None) => arg == "--version" || arg == "-V",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// The quick answer is clap's, word for word.
    #[test]
    fn version_line_is_the_one_clap_prints() {
        let quick = format!("copydesk {}\n", env!("CARGO_PKG_VERSION"));
        assert_eq!(super::args::Cli::command().render_version(), quick);
    }
}
