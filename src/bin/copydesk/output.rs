//! How the binary draws diagnostics on stdout and stderr: colour and width.

use std::io::{IsTerminal, Write};

use copydesk::report::{self, HumanOptions};
use copydesk::rules::LoadError;

use crate::args::ColorChoice;

/// How diagnostics are drawn on stdout and on stderr.
pub struct Io {
    pub human: HumanOptions,
    pub err_human: HumanOptions,
}

impl Io {
    pub fn new(choice: ColorChoice) -> Io {
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
