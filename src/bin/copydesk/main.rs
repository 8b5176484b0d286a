//! The `copydesk` binary: argument parsing, reading inputs and all printing. The checking is
//! the library's (`copydesk::checker`).
//! Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, input or rule-file error.

mod archive;
mod args;
mod check;
mod commands;
mod inputs;
mod parallel;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

use copydesk::report::{self, HumanOptions};
use copydesk::rules::LoadError;

use args::{Cli, ColorChoice, Command};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
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
        Command::Check(args) => check::command(&cli, args, &io),
        Command::Extract { paths, format, dateline, read } => {
            commands::extract(paths, *format, &read.options(*dateline, None))
        }
        Command::Rules => commands::rules(&cli, &io),
        Command::Explain { rule } => commands::explain(&cli, &io, rule),
        Command::TestRules { paths } => commands::test_rules(&cli, &io, paths),
    }
}

/// How diagnostics are drawn on stdout and on stderr.
pub struct Io {
    pub human: HumanOptions,
    pub err_human: HumanOptions,
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

    /// Rule-file and config errors, drawn on stderr.
    pub fn load_errors(&self, errors: &[LoadError]) {
        let mut err = std::io::stderr().lock();
        for e in errors {
            let _ = write!(err, "{}", report::render_load_error(e, self.err_human));
        }
    }
}
