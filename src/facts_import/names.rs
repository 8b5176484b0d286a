//! The names a person goes by, built from a record's parts: the official name, first + last,
//! nickname + last ("Bernie Sanders"), first + middle initials + last ("George W. Bush"), each
//! with the suffix when there is one.

use serde::Deserialize;

/// A person's name as the congress-legislators records give it.
#[derive(Deserialize)]
pub(super) struct RecordName {
    pub(super) first: String,
    pub(super) last: String,
    #[serde(default)]
    pub(super) middle: Option<String>,
    #[serde(default)]
    pub(super) nickname: Option<String>,
    #[serde(default)]
    pub(super) suffix: Option<String>,
    #[serde(default)]
    pub(super) official_full: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Names {
    /// The name the person is listed under.
    pub name: String,
    /// Other full names, in a fixed order, without `name`.
    pub aliases: Vec<String>,
    pub last: String,
    /// First + middle initials + last, for telling apart two people listed under one name.
    pub with_initials: String,
    /// Short forms of the first name + last ("Bob Casey"), kept only where they name no one
    /// else (see `nicknames`).
    pub short_forms: Vec<String>,
}

/// "Herbert Walker" -> "H. W."; an initial stays as written.
fn initials(middle: &str) -> String {
    middle.split_whitespace().filter_map(|w| w.chars().next().map(|c| format!("{c}."))).collect::<Vec<_>>().join(" ")
}

/// "J.D." -> ["J. D.", "JD"]: the other ways initials are written.
fn initial_variants(given: &str) -> Vec<String> {
    let letters: Vec<&str> = given.split('.').filter(|s| !s.is_empty()).collect();
    if letters.len() < 2 || letters.iter().any(|l| l.chars().count() != 1) || !given.ends_with('.') {
        return vec![];
    }
    vec![letters.iter().map(|l| format!("{l}.")).collect::<Vec<_>>().join(" "), letters.concat()]
}

pub(super) fn from_record(n: &RecordName) -> Names {
    let (first, last) = (n.first.trim(), n.last.trim());
    let given = n.nickname.as_deref().map_or(first, str::trim);
    let name = n.official_full.clone().unwrap_or_else(|| format!("{given} {last}"));
    let mut bases = vec![format!("{first} {last}")];
    bases.push(format!("{given} {last}"));
    bases.extend(initial_variants(given).into_iter().map(|g| format!("{g} {last}")));
    let mut with_initials = format!("{first} {last}");
    if let Some(m) = n.middle.as_deref().map(str::trim).filter(|m| !m.is_empty()) {
        let i = initials(m);
        with_initials = format!("{first} {i} {last}");
        bases.push(with_initials.clone());
        // "George H.W. Bush" is written without the space as often as with it.
        if i.contains(' ') {
            bases.push(format!("{first} {} {last}", i.replace(' ', "")));
        }
        if m != i {
            bases.push(format!("{first} {m} {last}"));
        }
        if given != first {
            bases.push(format!("{given} {i} {last}"));
        }
    }
    let mut aliases = Vec::new();
    for b in &bases {
        aliases.push(b.clone());
        if let Some(s) = n.suffix.as_deref().map(str::trim) {
            aliases.push(format!("{b} {s}"));
            aliases.push(format!("{b}, {s}"));
        }
    }
    // The official name with its suffix written without the comma: "Angus S. King Jr.".
    if let Some(o) = &n.official_full {
        aliases.push(o.replace(", ", " "));
    }
    let mut seen = vec![name.clone()];
    aliases.retain(|a| {
        let new = !seen.contains(a);
        seen.push(a.clone());
        new
    });
    let short_forms = super::nicknames::candidates(first, last, n.nickname.as_deref(), n.suffix.as_deref());
    Names { name, aliases, last: last.to_string(), with_initials, short_forms }
}
