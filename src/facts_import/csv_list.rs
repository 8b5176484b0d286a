//! A newsroom's own list of officials as CSV, one term per row, with a header row naming the
//! columns (in any order; `name` is required, the rest may be left out or empty):
//!
//! | column | what it holds |
//! | --- | --- |
//! | `name` | the name the person is listed under: "Jane Doe" |
//! | `aliases` | other names, separated by `;`: "Janet Doe; J. Doe" |
//! | `title` | the title written before the name: "Mayor", "Councilwoman" |
//! | `jurisdiction` | where: a U.S. state's postal code ("OH") or any place name ("Springfield") |
//! | `party` | the party for this term: "Democrat", "Republican", "Independent" |
//! | `from`, `to` | the term's first and last day, YYYY-MM-DD; `to` empty while in office |
//! | `born` | birth date, YYYY-MM-DD |
//! | `died` | the day the person died, YYYY-MM-DD, when they have |
//!
//! A row with a title needs `from`; a row with a birth date gives the person's age.

use std::collections::HashMap;

use super::pack::{parse_date, ImportError, Pack, PackOffice, PackPerson};

const COLUMNS: &[&str] = &["name", "aliases", "title", "jurisdiction", "party", "from", "to", "born", "died"];

/// Two-letter U.S. state and territory codes: a jurisdiction written so is kept as the term's
/// state, which `fact.affiliation` compares with state labels.
const STATE_CODES: &[&str] = &[
    "AK", "AL", "AR", "AS", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "GU", "HI", "IA", "ID", "IL", "IN", "KS",
    "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MP", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY",
    "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VI", "VT", "WA", "WI", "WV", "WY",
];

pub fn import(inputs: &[(String, String)]) -> Result<Pack, ImportError> {
    let mut pack = Pack::default();
    for (file, text) in inputs {
        read_file(file, text, &mut pack)?;
    }
    Ok(pack)
}

fn read_file(file: &str, text: &str, pack: &mut Pack) -> Result<(), ImportError> {
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(text.as_bytes());
    let header = reader.headers().map_err(|e| csv_error(file, &e))?.clone();
    let mut at: HashMap<&str, usize> = HashMap::new();
    for (i, h) in header.iter().enumerate() {
        let Some(c) = COLUMNS.iter().find(|c| c.eq_ignore_ascii_case(h)) else {
            return Err(ImportError::at(
                file,
                1,
                column_of(&header, i),
                format!("unknown column `{h}`; columns: {}", COLUMNS.join(", ")),
            ));
        };
        at.insert(c, i);
    }
    if !at.contains_key("name") {
        return Err(ImportError::at(file, 1, 1, "the header row needs a `name` column"));
    }
    for row in reader.records() {
        let row = row.map_err(|e| csv_error(file, &e))?;
        let line = row.position().map_or(0, csv::Position::line);
        let field = |c: &str| at.get(c).and_then(|&i| row.get(i)).unwrap_or("");
        let date = |c: &str| -> Result<Option<chrono::NaiveDate>, ImportError> {
            let v = field(c);
            if v.is_empty() {
                return Ok(None);
            }
            let col = at.get(c).map_or(1, |&i| column_of(&row, i));
            parse_date(v).map(Some).ok_or_else(|| {
                ImportError::at(file, line, col, format!("`{c}` must be a date like 2009-01-20, not `{v}`"))
            })
        };
        let name = field("name");
        if name.is_empty() {
            return Err(ImportError::at(file, line, 1, "a row needs a `name`"));
        }
        let aliases: Vec<String> =
            field("aliases").split(';').map(str::trim).filter(|a| !a.is_empty()).map(String::from).collect();
        if let Some(born) = date("born")? {
            let died = date("died")?;
            if let Some(d) = died.filter(|&d| d < born) {
                let col = at.get("died").map_or(1, |&i| column_of(&row, i));
                return Err(ImportError::at(
                    file,
                    line,
                    col,
                    format!("{name} died on {d}, before being born on {born}"),
                ));
            }
            if !pack.people.iter().any(|p| p.name == name && p.born == born) {
                pack.people.push(PackPerson { name: name.to_string(), aliases: aliases.clone(), born, died });
            }
        }
        let title = field("title");
        if title.is_empty() {
            continue;
        }
        let Some(from) = date("from")? else {
            let col = at.get("from").map_or(1, |&i| column_of(&row, i));
            return Err(ImportError::at(file, line, col, format!("the term of {name} as {title} needs a `from` date")));
        };
        let place = field("jurisdiction");
        let state = STATE_CODES.contains(&place).then(|| place.to_string());
        pack.offices.push(PackOffice {
            title: if place.is_empty() { title.to_string() } else { format!("{title} ({place})") },
            forms: vec![title.to_string()],
            holder: name.to_string(),
            surnames: name.rsplit(' ').next().filter(|s| *s != name).map(String::from).into_iter().collect(),
            aliases,
            state,
            district: None,
            party: Some(field("party")).filter(|p| !p.is_empty()).map(String::from),
            caucus: None,
            from,
            to: date("to")?,
        });
    }
    Ok(())
}

/// The 1-based character column where field `i` of a record starts, counting the commas and
/// quotes before it as written in simple CSV.
fn column_of(record: &impl RecordFields, i: usize) -> u64 {
    let before: usize = (0..i).map(|k| record.field_len(k) + 1).sum();
    before as u64 + 1
}

trait RecordFields {
    fn field_len(&self, i: usize) -> usize;
}

impl RecordFields for csv::StringRecord {
    fn field_len(&self, i: usize) -> usize {
        self.get(i).map_or(0, |f| f.chars().count())
    }
}

fn csv_error(file: &str, e: &csv::Error) -> ImportError {
    let line = e.position().map_or(0, csv::Position::line);
    ImportError::at(file, line, 1, e.to_string())
}
