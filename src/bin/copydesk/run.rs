//! What every check of a `copydesk check` run shares, over files or an archive.

use std::process::ExitCode;

use copydesk::checker::{CheckRequest, Checker};
use copydesk::report::Summary;
use copydesk::rules::Severity;

use crate::fixing::FixMode;
use crate::parallel;

/// What every check of a run shares.
pub struct Run<'a> {
    pub checker: &'a Checker,
    /// How every input is read; each check sets its `path`.
    pub request: CheckRequest<'a>,
    pub fail_level: Severity,
    pub jobs: Option<usize>,
    /// `--quiet`: findings only, no notes or progress bar.
    pub quiet: bool,
    /// `--exit-zero`: findings do not fail the run (errors still do).
    pub exit_zero: bool,
    /// `--fix` / `--diff`: apply the findings' fixes.
    pub fix: Option<FixMode>,
}

impl Run<'_> {
    pub fn pool(&self) -> Option<rayon::ThreadPool> {
        parallel::pool(self.jobs)
    }

    pub fn exit(&self, input_error: bool, summary: &Summary) -> ExitCode {
        if input_error {
            ExitCode::from(2)
        } else if summary.fails(self.fail_level) && !self.exit_zero {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}
