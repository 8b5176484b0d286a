//! Report: findings -> text for people (miette), one line each (short), JSON, or the machine
//! formats (SARIF, GitHub workflow commands, JSON Lines). One [`Emitter`] per format, one file
//! each; [`emitter`] picks one from an [`OutputFormat`].
//! miette stays here, at the edge: the engine knows nothing of it.

mod emit;
mod extract;
mod finding_json;
mod github;
mod human;
mod json;
mod jsonl;
mod sarif;
mod short;
mod statistics;

use crate::rules::RuleSet;

pub use emit::{notes_text, Emitter, Rendered, Summary};
pub use extract::{extract_json, extract_text, write_extract_text, ExtractJsonWriter};
pub use finding_json::{finding_json, FindingJson};
pub use github::{github, github_error, github_escape_data, github_escape_property, GithubEmitter};
pub use human::{render_finding, render_finding_brief, render_load_error, HumanEmitter, HumanOptions};
pub use json::{file_error_json, file_json, load_error_json, report_json, JsonEmitter};
pub use jsonl::{jsonl, jsonl_error, record_error_json, record_json, JsonlEmitter};
pub use sarif::{path_uri, sarif_log, sarif_notification, sarif_results, SarifEmitter, SARIF_SCHEMA, SARIF_VERSION};
pub use short::{short, ShortEmitter};
pub use statistics::StatisticsEmitter;

/// The report formats of `copydesk check`. The CLI offers this list as it is (`--format`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum OutputFormat {
    /// Diagnostics drawn against the source, for people.
    Human,
    /// One line per finding: `path:line:col: severity[rule]: message`.
    Short,
    /// One JSON report for the whole run.
    Json,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// JSON Lines: one line per file, {"path", "dateline", "findings"}, as each file is done.
    Jsonl,
}

impl OutputFormat {
    /// Formats read by programs: never decorated, never a progress bar.
    pub fn is_machine(self) -> bool {
        !matches!(self, OutputFormat::Human | OutputFormat::Short)
    }
}

/// The emitter of a format. `rules` are the rules the run checks with (SARIF lists them);
/// `human` says how the human format draws.
pub fn emitter(format: OutputFormat, rules: &RuleSet, human: HumanOptions) -> Box<dyn Emitter + '_> {
    match format {
        OutputFormat::Human => Box::new(HumanEmitter::new(human)),
        OutputFormat::Short => Box::new(ShortEmitter),
        OutputFormat::Json => Box::new(JsonEmitter::default()),
        OutputFormat::Sarif => Box::new(SarifEmitter::new(rules)),
        OutputFormat::Github => Box::new(GithubEmitter),
        OutputFormat::Jsonl => Box::new(JsonlEmitter),
    }
}
