//! Rule files: the TOML schema, the fixed set of rule kinds, loading and validation.
//!
//! A rule file holds `[[rule]]` tables. Each picks one built-in `kind`; shared fields (id,
//! message, severity, help, link, description, tests) live in one struct. Every load error
//! carries the file and the byte span it points at, so it can be shown as file:line:col.

mod builtin;
mod compact;
mod config;
mod deferred;
mod error;
pub mod expr;
mod fact_list;
mod facts;
mod hints;
mod kinds;
mod load;
mod name_index;
mod pack_probe;
pub mod pattern;
mod rule;
mod schema;
mod severity;
mod shipped_parts;
mod template;
mod toml_values;

pub use builtin::EMBEDDED;
pub use config::{Config, SeverityOverride};
pub use deferred::Deferred;
pub use error::{LoadError, MAX_ERRORS_PER_FILE};
pub use fact_list::FactList;
pub use facts::{record_note, Event, FactMatch, Facts, Office, PackInfo, Person, FIGURE_WORDS};
pub use kinds::{
    ConsistencySettings, ExistenceSettings, NoSettings, PatternRule, PatternSettings, Phrases, RuleKind, Settings,
    SubstitutionSettings, YearMismatchSettings,
};
pub use rule::{closest_name, id_matches, Rule, RuleSet, RuleTest, SetTest};
pub use severity::{Confidence, Severity};
pub use template::interpolate;

#[cfg(test)]
mod tests;
