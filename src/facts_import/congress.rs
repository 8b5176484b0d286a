//! The unitedstates/congress-legislators records: `legislators-current.yaml` (members of
//! Congress, every term with chamber, state, district and party) and `executive.yaml`
//! (presidents and vice presidents). Both files hold one list of people; the importer reads
//! either or both and tells them apart by the term types (`sen`, `rep`, `prez`, `viceprez`).

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;
use serde_saphyr::Spanned;

use super::names::{self, Names, RecordName};
use super::pack::{parse_date, ImportError, Pack, PackOffice, PackPerson};

#[derive(Deserialize)]
struct Record {
    name: RecordName,
    #[serde(default)]
    bio: Option<Bio>,
    /// Absent in a names record: one that only adds `aliases` to a person of the records.
    #[serde(default)]
    terms: Vec<Term>,
    /// Names the records do not hold ("FDR", "Teddy Roosevelt"), from a names file kept beside
    /// them: the record carrying them gives the person's first and last name and birthday.
    #[serde(default)]
    aliases: Vec<String>,
    /// The day the person died, which the records do not hold: kept in the names file too,
    /// so an age written after a death is read as the age they reached.
    #[serde(default)]
    died: Option<Spanned<String>>,
}

/// Extra names, and the death date, for one person of the records, matched by first + last
/// name and birthday.
struct ExtraNames {
    file: String,
    first_last: String,
    born: NaiveDate,
    aliases: Vec<String>,
    died: Option<NaiveDate>,
}

#[derive(Deserialize)]
struct Bio {
    #[serde(default)]
    birthday: Option<Spanned<String>>,
    #[serde(default)]
    gender: Option<String>,
}

#[derive(Deserialize)]
struct Term {
    #[serde(rename = "type")]
    kind: Spanned<String>,
    start: Spanned<String>,
    end: Spanned<String>,
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    district: Option<i64>,
    #[serde(default)]
    party: Option<String>,
    #[serde(default)]
    caucus: Option<String>,
    /// A party change inside one term: each part with its own dates and party.
    #[serde(default)]
    party_affiliations: Vec<Affiliation>,
}

#[derive(Deserialize)]
struct Affiliation {
    start: Spanned<String>,
    end: Spanned<String>,
    party: String,
    #[serde(default)]
    caucus: Option<String>,
}

/// Executive officers are kept from this year on, and earlier ones who share a surname with
/// one of them ("President Johnson" may be Andrew or Lyndon): a title with a surname is only
/// judged when every holder who goes by it is known. Earlier presidents named in today's news
/// ("President Jackson" of a university) would otherwise be read as the 19th-century ones.
const EXECUTIVE_SINCE: i32 = 1900;

/// Territories send a delegate (Puerto Rico a resident commissioner) to the House.
const TERRITORIES: &[&str] = &["AS", "DC", "GU", "MP", "PR", "VI"];

/// Two terms of one office this close together (the day between January 3 and 4) are one
/// continuous stretch in office.
const CONTINUOUS_GAP_DAYS: i64 = 7;

fn yaml_error(file: &str, e: &serde_saphyr::Error) -> ImportError {
    // The crate's message carries a rendered snippet after the first line; the position is
    // reported on its own.
    let text = e.to_string();
    let first = text.lines().next().unwrap_or("malformed YAML").trim();
    let first = first.strip_prefix("error: ").unwrap_or(first);
    // "line 3 column 11: expected ..." : the position is given apart.
    let message = match first.strip_prefix("line ").and_then(|r| r.split_once(": ")) {
        Some((_, rest)) => rest.to_string(),
        None => first.to_string(),
    };
    match e.location() {
        Some(l) => ImportError::at(file, l.line(), l.column(), message),
        None => ImportError::new(file, message),
    }
}

fn date_at(file: &str, s: &Spanned<String>, what: &str) -> Result<NaiveDate, ImportError> {
    parse_date(&s.value).ok_or_else(|| {
        let l = s.referenced;
        ImportError::at(
            file,
            l.line(),
            l.column(),
            format!("`{what}` must be a date like 2009-01-20, not `{}`", s.value),
        )
    })
}

/// Every person and term in the inputs, with the executive officers before 1900 left out
/// unless a later one shares their surname.
pub fn import(inputs: &[(String, String)]) -> Result<Pack, ImportError> {
    let mut people = Vec::new();
    let mut extra = Vec::new();
    for (file, text) in inputs {
        let records: Vec<Record> = serde_saphyr::from_str(text).map_err(|e| yaml_error(file, &e))?;
        for r in records {
            if r.terms.is_empty() {
                extra.push(extra_names(file, r)?);
            } else {
                people.push(read_record(file, r)?);
            }
        }
    }
    add_extra_names(&mut people, &extra)?;
    let recent_surnames: Vec<String> =
        people.iter().filter(|p| p.executive && p.last_year >= EXECUTIVE_SINCE).map(|p| p.names.last.clone()).collect();
    people.retain(|p| !p.executive || p.last_year >= EXECUTIVE_SINCE || recent_surnames.contains(&p.names.last));
    // Two people listed under one name ("George Bush") are listed with their initials.
    let listed: Vec<String> = people.iter().map(|p| p.names.name.clone()).collect();
    for p in &mut people {
        if listed.iter().filter(|n| **n == p.names.name).count() > 1 {
            let shared = std::mem::replace(&mut p.names.name, p.names.with_initials.clone());
            p.names.aliases.retain(|a| *a != p.names.name);
            p.names.aliases.insert(0, shared);
        }
    }
    let named: Vec<_> = people
        .iter()
        .map(|p| {
            let short = if p.executive { vec![] } else { p.names.short_forms.clone() };
            (p.names.name.clone(), p.names.aliases.clone(), short)
        })
        .collect();
    for (p, short) in people.iter_mut().zip(super::nicknames::unambiguous(&named)) {
        p.names.aliases.extend(short);
    }
    Ok(build_pack(&people))
}

/// A record without terms: the names it adds, and whom to.
fn extra_names(file: &str, r: Record) -> Result<ExtraNames, ImportError> {
    let first_last = format!("{} {}", r.name.first.trim(), r.name.last.trim());
    let Some(b) = r.bio.as_ref().and_then(|b| b.birthday.as_ref()) else {
        return Err(ImportError::new(
            file,
            format!("{first_last} has no terms, and names without a birthday match no one"),
        ));
    };
    let born = date_at(file, b, "birthday")?;
    let died = r.died.as_ref().map(|d| died_at(file, d, born, &first_last)).transpose()?;
    if r.aliases.is_empty() && died.is_none() {
        let l = b.referenced;
        return Err(ImportError::at(
            file,
            l.line(),
            l.column(),
            format!("{first_last} has neither terms, aliases nor a death date"),
        ));
    }
    Ok(ExtraNames { file: file.to_string(), first_last, born, aliases: r.aliases, died })
}

/// A death date, which must not come before the birth.
fn died_at(file: &str, d: &Spanned<String>, born: NaiveDate, who: &str) -> Result<NaiveDate, ImportError> {
    let died = date_at(file, d, "died")?;
    if died < born {
        let l = d.referenced;
        return Err(ImportError::at(file, l.line(), l.column(), format!("{who} died before being born")));
    }
    Ok(died)
}

/// Add each names record's aliases to the one person of that first + last name and birthday,
/// after the names the record gives, in the file's order.
fn add_extra_names(people: &mut [Read], extra: &[ExtraNames]) -> Result<(), ImportError> {
    for x in extra {
        let goes_by = |p: &Read| p.names.name == x.first_last || p.names.aliases.contains(&x.first_last);
        let Some(p) = people.iter_mut().find(|p| p.born == Some(x.born) && goes_by(p)) else {
            return Err(ImportError::new(
                &x.file,
                format!("names for {} (born {}) match no person of the records", x.first_last, x.born),
            ));
        };
        for a in &x.aliases {
            if *a != p.names.name && !p.names.aliases.contains(a) {
                p.names.aliases.push(a.clone());
            }
        }
        p.died = x.died.or(p.died);
    }
    Ok(())
}

/// One person as read: names, birth date and terms.
struct Read {
    names: Names,
    born: Option<NaiveDate>,
    died: Option<NaiveDate>,
    gender: Option<String>,
    executive: bool,
    last_year: i32,
    terms: Vec<ReadTerm>,
}

#[derive(Clone, Debug, PartialEq)]
struct ReadTerm {
    kind: String,
    state: Option<String>,
    district: Option<u32>,
    party: Option<String>,
    caucus: Option<String>,
    from: NaiveDate,
    to: NaiveDate,
}

fn read_record(file: &str, r: Record) -> Result<Read, ImportError> {
    let born = match r.bio.as_ref().and_then(|b| b.birthday.as_ref()) {
        Some(b) => Some(date_at(file, b, "birthday")?),
        None => None,
    };
    let mut terms = Vec::new();
    for t in &r.terms {
        let kind = t.kind.value.clone();
        if !matches!(kind.as_str(), "sen" | "rep" | "prez" | "viceprez") {
            let l = t.kind.referenced;
            return Err(ImportError::at(file, l.line(), l.column(), format!("unknown term type `{kind}`")));
        }
        let (from, to) = (date_at(file, &t.start, "start")?, date_at(file, &t.end, "end")?);
        let base = ReadTerm {
            kind,
            state: t.state.clone(),
            // At-large seats are district 0 in the record; a district is only worth keeping
            // where there are several.
            district: t.district.and_then(|d| u32::try_from(d).ok()).filter(|&d| d > 0),
            party: t.party.clone(),
            caucus: t.caucus.clone(),
            from,
            to,
        };
        if t.party_affiliations.is_empty() {
            terms.push(base);
            continue;
        }
        for a in &t.party_affiliations {
            let (from, to) = (date_at(file, &a.start, "start")?, date_at(file, &a.end, "end")?);
            terms.push(ReadTerm { party: Some(a.party.clone()), caucus: a.caucus.clone(), from, to, ..base.clone() });
        }
    }
    let executive = terms.iter().any(|t| t.kind == "prez" || t.kind == "viceprez");
    let last_year = terms.iter().map(|t| t.to.year()).max().unwrap_or(0);
    Ok(Read {
        names: names::from_record(&r.name),
        born,
        died: None,
        gender: r.bio.and_then(|b| b.gender),
        executive,
        last_year,
        terms,
    })
}

/// Consecutive terms in the same seat with the same party, merged into one stretch.
fn merge_terms(terms: &[ReadTerm]) -> Vec<ReadTerm> {
    let mut sorted = terms.to_vec();
    sorted.sort_by_key(|t| t.from);
    let mut out: Vec<ReadTerm> = Vec::new();
    for t in sorted {
        if let Some(prev) = out.last_mut() {
            let same_seat = prev.kind == t.kind
                && prev.state == t.state
                && prev.district == t.district
                && prev.party == t.party
                && prev.caucus == t.caucus;
            if same_seat && (t.from - prev.to).num_days() <= CONTINUOUS_GAP_DAYS {
                prev.to = prev.to.max(t.to);
                continue;
            }
        }
        out.push(t);
    }
    out
}

/// The title and the forms written before a name, by term type and jurisdiction.
fn title_and_forms(kind: &str, state: Option<&str>, gender: Option<&str>) -> (&'static str, Vec<&'static str>) {
    match kind {
        "sen" => ("U.S. Senator", vec!["Sen.", "Senator", "U.S. Sen.", "U.S. Senator", "US Sen."]),
        "rep" if state.is_some_and(|s| TERRITORIES.contains(&s)) => {
            ("Delegate to the U.S. House", vec!["Del.", "Delegate", "Rep.", "Resident Commissioner"])
        }
        "rep" => {
            let spoken = if gender == Some("F") { "Congresswoman" } else { "Congressman" };
            ("U.S. Representative", vec!["Rep.", "Representative", "U.S. Rep.", "US Rep.", spoken])
        }
        "prez" => (
            "President of the United States",
            vec!["President", "U.S. President", "US President", "American President", "United States President"],
        ),
        _ => (
            "Vice President of the United States",
            vec!["Vice President", "Vice-President", "U.S. Vice President", "US Vice President"],
        ),
    }
}

fn build_pack(people: &[Read]) -> Pack {
    // A surname alone names a president in a title ("President Obama"), and in the people
    // list when no other person in the pack shares it (not "Johnson", not "Bush").
    let unique_surname = |last: &str| people.iter().filter(|p| p.names.last == last).count() == 1;
    let mut pack = Pack::default();
    for p in people {
        let n = &p.names;
        if let Some(born) = p.born {
            let mut aliases = n.aliases.clone();
            if p.executive && unique_surname(&n.last) {
                aliases.push(n.last.clone());
            }
            pack.people.push(PackPerson { name: n.name.clone(), aliases, born, died: p.died });
        }
        for t in merge_terms(&p.terms) {
            let (title, forms) = title_and_forms(&t.kind, t.state.as_deref(), p.gender.as_deref());
            let executive = t.kind == "prez" || t.kind == "viceprez";
            let mut aliases = n.aliases.clone();
            let mut surnames = vec![n.last.clone()];
            if executive {
                aliases.append(&mut surnames);
            }
            pack.offices.push(PackOffice {
                title: title.to_string(),
                forms: forms.into_iter().map(String::from).collect(),
                holder: n.name.clone(),
                aliases,
                surnames,
                state: t.state,
                district: t.district,
                party: t.party,
                caucus: t.caucus,
                from: t.from,
                to: Some(t.to),
            });
        }
    }
    pack
}
