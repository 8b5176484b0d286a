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
mod nicknames;
mod pack;
mod render;

pub use pack::{ImportError, Pack, PackHeader, PackOffice, PackPerson};

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

#[cfg(test)]
mod tests;
