//! What an import produces: a pack of people and office terms with its header, and the errors
//! an input can raise.

use std::fmt;

use chrono::NaiveDate;

impl PackHeader {
    /// The header of an import from `files` (their names only, so the pack does not depend on
    /// the folder the records were read from), with the command that regenerates it.
    pub fn for_import(
        importer: &str,
        source: Option<&str>,
        commit: Option<&str>,
        as_of: Option<NaiveDate>,
        files: &[&str],
    ) -> PackHeader {
        let mut line = format!("copydesk facts import {importer}");
        if let Some(s) = source {
            line.push_str(&format!(" --source {s}"));
        }
        if let Some(c) = commit {
            line.push_str(&format!(" --commit {c}"));
        }
        if let Some(d) = as_of {
            line.push_str(&format!(" --as-of {d}"));
        }
        for f in files {
            line.push_str(&format!(" {f}"));
        }
        PackHeader {
            source: source.unwrap_or(importer).to_string(),
            commit: commit.map(String::from),
            as_of,
            command: Some(line),
        }
    }
}

/// Where a pack came from, written into its `[pack]` table.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PackHeader {
    pub source: String,
    pub commit: Option<String>,
    pub as_of: Option<NaiveDate>,
    /// The command that regenerates the file, written as a comment.
    pub command: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackPerson {
    pub name: String,
    pub aliases: Vec<String>,
    pub born: NaiveDate,
    pub died: Option<NaiveDate>,
}

/// One term of one holder, with the jurisdiction and party the record gives for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackOffice {
    pub title: String,
    pub forms: Vec<String>,
    pub holder: String,
    pub aliases: Vec<String>,
    pub surnames: Vec<String>,
    pub state: Option<String>,
    pub district: Option<u32>,
    pub party: Option<String>,
    pub caucus: Option<String>,
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
}

/// Everything one import produced.
#[derive(Clone, Debug, Default)]
pub struct Pack {
    pub header: PackHeader,
    pub people: Vec<PackPerson>,
    pub offices: Vec<PackOffice>,
}

/// An input that could not be read: the file, and where in it when known (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    pub file: String,
    pub line: Option<u64>,
    pub column: Option<u64>,
    pub message: String,
}

impl ImportError {
    pub fn new(file: &str, message: impl Into<String>) -> Self {
        ImportError { file: file.to_string(), line: None, column: None, message: message.into() }
    }

    pub fn at(file: &str, line: u64, column: u64, message: impl Into<String>) -> Self {
        ImportError { file: file.to_string(), line: Some(line), column: Some(column), message: message.into() }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "{}:{l}:{c}: {}", self.file, self.message),
            (Some(l), None) => write!(f, "{}:{l}: {}", self.file, self.message),
            _ => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for ImportError {}

/// A date written YYYY-MM-DD in an input.
pub(super) fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}
