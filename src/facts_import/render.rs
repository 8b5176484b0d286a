//! A pack written as a fact file, byte for byte the same for the same pack.

use std::fmt::Write;

use super::pack::{Pack, PackOffice, PackPerson};

/// A TOML basic string.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list(items: &[String]) -> String {
    let q: Vec<String> = items.iter().map(|s| quoted(s)).collect();
    format!("[{}]", q.join(", "))
}

impl Pack {
    /// The pack as a fact file: people in name order, each followed by their terms in date
    /// order, so the file reads person by person and diffs stay local.
    pub fn to_toml(&self) -> String {
        pack(self)
    }
}

fn pack(p: &Pack) -> String {
    let mut s = String::new();
    let h = &p.header;
    s.push_str("# A fact pack generated from public records. Do not edit by hand: regenerate it.\n");
    if let Some(c) = &h.command {
        let _ = writeln!(s, "#   {c}");
    }
    s.push_str("# Terms still open on the `as-of` date end on their scheduled day; after that date they are not\n");
    s.push_str("# judged, since the record may have changed.\n\n[pack]\n");
    let _ = writeln!(s, "source = {}", quoted(&h.source));
    if let Some(c) = &h.commit {
        let _ = writeln!(s, "commit = {}", quoted(c));
    }
    if let Some(d) = h.as_of {
        let _ = writeln!(s, "as-of = {d}");
    }
    let mut people: Vec<&PackPerson> = p.people.iter().collect();
    people.sort_by(|a, b| (&a.name, a.born).cmp(&(&b.name, b.born)));
    let mut offices: Vec<&PackOffice> = p.offices.iter().collect();
    offices.sort_by(|a, b| (&a.holder, a.from, &a.title).cmp(&(&b.holder, b.from, &b.title)));
    // Each person, then their terms; terms of holders with no person entry (no birth date)
    // come after everyone.
    let mut written = vec![false; offices.len()];
    for person in people {
        person_table(&mut s, person);
        for (i, o) in offices.iter().enumerate().filter(|(_, o)| o.holder == person.name) {
            office_table(&mut s, o);
            written[i] = true;
        }
    }
    for (o, _) in offices.iter().zip(&written).filter(|(_, w)| !**w) {
        office_table(&mut s, o);
    }
    s
}

fn person_table(s: &mut String, p: &PackPerson) {
    let _ = write!(s, "\n[[person]]\nname = {}\n", quoted(&p.name));
    if !p.aliases.is_empty() {
        let _ = writeln!(s, "aliases = {}", list(&p.aliases));
    }
    let _ = writeln!(s, "born = {}", p.born);
    if let Some(died) = p.died {
        let _ = writeln!(s, "died = {died}");
    }
}

fn office_table(s: &mut String, o: &PackOffice) {
    let _ = write!(
        s,
        "\n[[office]]\ntitle = {}\nforms = {}\nholder = {}\n",
        quoted(&o.title),
        list(&o.forms),
        quoted(&o.holder)
    );
    if !o.aliases.is_empty() {
        let _ = writeln!(s, "aliases = {}", list(&o.aliases));
    }
    if !o.surnames.is_empty() {
        let _ = writeln!(s, "surnames = {}", list(&o.surnames));
    }
    if let Some(st) = &o.state {
        let _ = writeln!(s, "state = {}", quoted(st));
    }
    if let Some(d) = o.district {
        let _ = writeln!(s, "district = {d}");
    }
    if let Some(p) = &o.party {
        let _ = writeln!(s, "party = {}", quoted(p));
    }
    if let Some(c) = &o.caucus {
        let _ = writeln!(s, "caucus = {}", quoted(c));
    }
    let _ = writeln!(s, "from = {}", o.from);
    if let Some(t) = o.to {
        let _ = writeln!(s, "to = {t}");
    }
}
