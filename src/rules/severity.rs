//! How serious a rule's findings are, and how strong the evidence behind one is.

use std::fmt;

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// How strong the evidence behind a finding is. `High`: the claim and its contradiction are
/// tied in one structure (a sum in one sentence with "including", a date and its weekday side
/// by side). `Medium`: the check had to join mentions across sentences or guess a scope.
/// Each check documents what it calls high in its explain text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// Weaker evidence: joined across sentences, or a scope the text implies.
    Medium,
    /// The claim and its contradiction sit in one structure the text states outright.
    #[default]
    High,
}

impl Confidence {
    /// The name every format writes: `high` or `medium`.
    pub fn name(self) -> &'static str {
        match self {
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }

    /// SARIF's `rank` (0-100, how sure the tool is): high 90, medium 50.
    pub fn sarif_rank(self) -> f64 {
        match self {
            Confidence::Medium => 50.0,
            Confidence::High => 90.0,
        }
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
