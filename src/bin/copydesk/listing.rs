//! `copydesk rules`: the loaded rules and facts, as text or JSON.

use std::io::Write;
use std::process::ExitCode;

use serde_json::{json, Value};

use copydesk::rules::{Event, Office, Person, RuleSet};

use crate::args::{Cli, ListFormat};
use crate::commands::load;
use crate::output::Io;

/// One line per loaded rule, then the facts: per file, how many offices, people and events it
/// gave; with `facts`, every entry. JSON holds both in full.
pub fn rules(cli: &Cli, io: &Io, facts: bool, format: ListFormat) -> ExitCode {
    let checker = match load(&cli.checker_options(), io) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let set = checker.rules();
    let text = match format {
        ListFormat::Text => listing_text(set, facts),
        ListFormat::Json => format!("{:#}\n", listing_json(set)),
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    ExitCode::SUCCESS
}

fn listing_text(set: &RuleSet, entries: bool) -> String {
    let mut s = String::new();
    // Columns as wide as their longest entry, so a long house id or kind keeps the table aligned.
    let id_width = set.rules.iter().map(|r| r.id.len()).max().unwrap_or(0).max(26);
    let kind_width = set.rules.iter().map(|r| r.kind.name().len()).max().unwrap_or(0).max(18);
    for r in &set.rules {
        let (id, kind, severity) = (&r.id, r.kind.name(), r.severity.to_string());
        s.push_str(&format!("{id:<id_width$} {kind:<kind_width$} {severity:<8} {}\n", r.source));
    }
    let f = &set.facts;
    if f.offices.is_empty() && f.people.is_empty() && f.events.is_empty() {
        return s;
    }
    let counts = [
        (["office term", "office terms"], f.offices.iter().map(|o| &o.source).collect::<Vec<_>>()),
        (["person", "people"], f.people.iter().map(|p| &p.source).collect()),
        (["event", "events"], f.events.iter().map(|e| &e.source).collect()),
    ];
    let total: Vec<String> = counts.iter().map(|(what, v)| format!("{} {}", v.len(), plural(*what, v.len()))).collect();
    s.push_str(&format!("\nfacts: {}\n", total.join(", ")));
    for (what, sources) in counts {
        let mut per_file: Vec<(&String, usize)> = Vec::new();
        for src in sources {
            match per_file.iter_mut().find(|(s, _)| *s == src) {
                Some(e) => e.1 += 1,
                None => per_file.push((src, 1)),
            }
        }
        for (src, n) in per_file {
            s.push_str(&format!("{n:>5} {:<13} {src}\n", plural(what, n)));
        }
    }
    s.push_str(&crate::facts::packs_text(&f.packs));
    if entries {
        s.push('\n');
        for o in &f.offices {
            let to = o.to.map_or_else(|| "now".to_string(), |d| d.to_string());
            s.push_str(&format!("office  {} as {}, {} to {to}  ({})\n", o.holder, o.title, o.from, o.source));
        }
        for p in &f.people {
            s.push_str(&format!("person  {}, born {}  ({})\n", p.name, p.born, p.source));
        }
        for e in &f.events {
            let figures: Vec<String> = e.figures.iter().map(|(k, v)| format!("{k} {v}")).collect();
            let figures = if figures.is_empty() { String::new() } else { format!(", {}", figures.join(", ")) };
            let tolerance = if e.tolerance > 0.0 { format!(" (± {})", e.tolerance) } else { String::new() };
            s.push_str(&format!("event   {}, {}{figures}{tolerance}  ({})\n", e.name, e.date, e.source));
        }
    }
    s
}

fn plural([one, many]: [&'static str; 2], n: usize) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

fn listing_json(set: &RuleSet) -> Value {
    let rules: Vec<Value> = set
        .rules
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "kind": r.kind.name(),
                "severity": r.severity.to_string(),
                "source": r.source,
                "description": r.description.as_deref().map(str::trim),
            })
        })
        .collect();
    let f = &set.facts;
    json!({
        "rules": rules,
        "facts": {
            "offices": f.offices.iter().map(office_json).collect::<Vec<_>>(),
            "people": f.people.iter().map(person_json).collect::<Vec<_>>(),
            "events": f.events.iter().map(event_json).collect::<Vec<_>>(),
            "packs": f.packs.iter().map(|p| json!({
                "path": p.path, "source": p.source, "commit": p.commit, "as_of": p.as_of.map(|d| d.to_string()),
            })).collect::<Vec<_>>(),
        },
    })
}

fn office_json(o: &Office) -> Value {
    json!({
        "title": o.title,
        "forms": o.forms,
        "holder": o.holder,
        "aliases": o.aliases,
        "from": o.from.to_string(),
        "to": o.to.map(|d| d.to_string()),
        "source": o.source,
    })
}

fn person_json(p: &Person) -> Value {
    json!({ "name": p.name, "aliases": p.aliases, "born": p.born.to_string(), "source": p.source })
}

fn event_json(e: &Event) -> Value {
    json!({
        "name": e.name,
        "aliases": e.aliases,
        "date": e.date.to_string(),
        "figures": e.figures,
        "tolerance": e.tolerance,
        "source": e.source,
    })
}
