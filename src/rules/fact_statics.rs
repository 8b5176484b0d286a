//! The fact tables of the shipped rule files as build/facts.rs wrote them: Rust statics, read
//! into facts at start-up by a plain loop, with no TOML parser and no serde. They enter `Facts`
//! through the same insertion as a file's validated tables (merging, overlaps, `as_of`,
//! `source`; `facts_load`); only the validation is skipped, and the tests below prove it would
//! pass: every shipped file loads through the TOML path to the same facts.

include!(concat!(env!("OUT_DIR"), "/fact_statics.rs"));

/// A date as (year, month, day).
pub(super) type Ymd = (i32, u32, u32);

/// The fact tables of one shipped file.
#[derive(Debug)]
pub(super) struct ShippedFacts {
    pub(super) pack: Option<StaticPack>,
    pub(super) offices: &'static [StaticOffice],
    pub(super) people: &'static [StaticPerson],
    pub(super) events: &'static [StaticEvent],
}

#[derive(Debug)]
pub(super) struct StaticPack {
    pub(super) source: &'static str,
    pub(super) commit: Option<&'static str>,
    pub(super) as_of: Option<Ymd>,
}

/// An `[[office]]` table, and the byte span of the table in its file.
#[derive(Debug)]
pub(super) struct StaticOffice {
    pub(super) title: &'static str,
    pub(super) forms: &'static [&'static str],
    pub(super) holder: &'static str,
    pub(super) aliases: &'static [&'static str],
    pub(super) surnames: &'static [&'static str],
    pub(super) state: Option<&'static str>,
    pub(super) district: Option<u32>,
    pub(super) party: Option<&'static str>,
    pub(super) caucus: Option<&'static str>,
    pub(super) from: Ymd,
    pub(super) to: Option<Ymd>,
    pub(super) span: (usize, usize),
}

#[derive(Debug)]
pub(super) struct StaticPerson {
    pub(super) name: &'static str,
    pub(super) aliases: &'static [&'static str],
    pub(super) born: Ymd,
    pub(super) died: Option<Ymd>,
}

#[derive(Debug)]
pub(super) struct StaticEvent {
    pub(super) name: &'static str,
    pub(super) aliases: &'static [&'static str],
    pub(super) date: Ymd,
    pub(super) figures: Option<&'static [(&'static str, f64)]>,
    pub(super) tolerance: Option<f64>,
}

/// The fact tables of a shipped file (`rules/NAME.toml`), if it has any.
pub(super) fn shipped(path: &str) -> Option<&'static ShippedFacts> {
    SHIPPED_FACTS.iter().find(|(p, _)| *p == path).map(|(_, f)| f)
}

#[cfg(test)]
mod tests {
    use super::super::builtin::EMBEDDED;
    use super::super::rule::RuleSet;
    use super::super::schema::RawFile;

    /// The facts of one shipped file loaded alone: from its TOML (validated), and from its
    /// statics (not validated). A shipped file that fails validation fails here, with its
    /// file, line and column; one whose statics say anything else fails the comparison.
    #[test]
    fn statics_load_as_the_toml_does() {
        for (path, text) in EMBEDDED {
            let from_toml = super::super::rule::toml_loaded(path, text);
            let mut from_statics = RuleSet::default();
            match super::shipped(path) {
                Some(statics) => from_statics.facts.add_shipped(path, statics).unwrap_or_else(|e| panic!("{}", e[0])),
                None => {
                    let raw: RawFile = toml::from_str(text).unwrap();
                    assert!(raw.pack.is_none() && raw.office.is_empty() && raw.person.is_empty());
                    assert!(raw.event.is_empty(), "{path}: facts but no statics");
                }
            }
            let facts = |s: &RuleSet| {
                let f = &s.facts;
                (f.offices.to_vec(), f.people.to_vec(), f.events.clone(), f.packs.to_vec())
            };
            assert!(facts(&from_toml) == facts(&from_statics), "{path}: the statics differ from the TOML");
        }
    }

    /// Facts from the statics merge with the facts before them as a file's would: the same
    /// fact twice is one fact, and each keeps the file it came from.
    #[test]
    fn statics_merge_like_a_file() {
        let (path, text) = EMBEDDED.iter().find(|(p, _)| *p == "rules/offices.toml").unwrap();
        let mut twice = RuleSet::default();
        twice.load_str("mine.toml", text).unwrap();
        let before = twice.facts.offices.len();
        twice.facts.add_shipped(path, super::shipped(path).unwrap()).unwrap_or_else(|e| panic!("{}", e[0]));
        assert_eq!(twice.facts.offices.len(), before);
        assert!(twice.facts.offices.iter().all(|o| o.source == "mine.toml"));
    }
}
