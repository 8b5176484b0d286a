//! Importers that turn public records and newsroom lists into fact packs: TOML files of
//! `[[person]]` and `[[office]]` tables that the ordinary rule loader reads.
//!
//! This sits above `rules` (it reads YAML and CSV text, which the rules layer never does, and
//! needs no part of checking) and behind the `facts-import` feature, so a program that only
//! checks articles carries no YAML or CSV parser. Each importer reads its files into a
//! [`Pack`]; [`Pack::to_toml`] writes every pack the same way, in a fixed order, so an import
//! run twice gives the same bytes.

pub mod congress;
pub mod csv_list;
mod names;
mod render;

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

impl Pack {
    /// The pack as a fact file: people in name order, each followed by their terms in date
    /// order, so the file reads person by person and diffs stay local.
    pub fn to_toml(&self) -> String {
        render::pack(self)
    }
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

/// The importers by the name `copydesk facts import NAME` takes, with what each reads.
pub const IMPORTERS: &[(&str, &str)] = &[
    (
        "congress-legislators",
        "YAML files of the unitedstates/congress-legislators project (legislators-current.yaml, executive.yaml)",
    ),
    ("csv", "a CSV list of officials: name, aliases, title, jurisdiction, party, from, to, born"),
];

/// Run the importer `name` over `(path, text)` inputs.
pub fn import(name: &str, inputs: &[(String, String)], header: PackHeader) -> Result<Pack, ImportError> {
    let mut pack = match name {
        "congress-legislators" => congress::import(inputs)?,
        "csv" => csv_list::import(inputs)?,
        _ => {
            let names: Vec<&str> = IMPORTERS.iter().map(|(n, _)| *n).collect();
            return Err(ImportError::new(name, format!("no importer `{name}`; importers: {}", names.join(", "))));
        }
    };
    pack.header = header;
    Ok(pack)
}

/// A date written YYYY-MM-DD in an input.
fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests;
