//! Short forms of given names that news copy writes for a person the records list under the
//! full form ("Bob" for Robert, "Bill" for William). The records give a `nickname` for some
//! people; for the others a short form is added only where the records leave no doubt whom it
//! names: the person is a member of Congress (a president's or vice president's names are the
//! record's and the hand-kept `rules/sources/known-names.yaml`: "Ron Reagan" and "Ted
//! Roosevelt" are their sons), the record gives no nickname of its own (a "James" known as
//! "Dan" is not "Jim") and no suffix (a "Jr." shares the short form with his father), and no other person of the pack goes by, or would be given, the same
//! name.

use std::collections::HashMap;

/// Given names and the short forms English-language copy writes for them. Kept small: a short
/// form that is a given name of its own in common use ("Will", "Ray") is left out, and so are
/// women's short forms, which copy rarely writes for a woman who does not choose them ("Liz",
/// "Kathy").
#[rustfmt::skip]
const SHORT_FORMS: &[(&str, &[&str])] = &[
    ("William", &["Bill"]), ("Robert", &["Bob"]), ("Richard", &["Dick"]), ("James", &["Jim"]),
    ("Thomas", &["Tom"]), ("Joseph", &["Joe"]), ("Michael", &["Mike"]), ("Charles", &["Chuck"]),
    ("Edward", &["Ed", "Ted"]), ("Theodore", &["Ted"]), ("Daniel", &["Dan"]), ("Christopher", &["Chris"]),
    ("Anthony", &["Tony"]), ("Steven", &["Steve"]), ("Stephen", &["Steve"]), ("Patrick", &["Pat"]),
    ("Timothy", &["Tim"]), ("Kenneth", &["Ken"]), ("Donald", &["Don"]), ("Ronald", &["Ron"]),
    ("Gerald", &["Jerry"]), ("Lawrence", &["Larry"]), ("Matthew", &["Matt"]), ("Benjamin", &["Ben"]),
    ("Nicholas", &["Nick"]), ("Samuel", &["Sam"]), ("Douglas", &["Doug"]), ("Gregory", &["Greg"]),
    ("Jeffrey", &["Jeff"]),
];

/// "Bob Casey" for a Robert Casey whose record names no nickname.
/// A "Jr." is left without: the short form is as likely his father's ("Bob Menendez" is the
/// former senator, not Rep. Robert Menendez Jr.).
pub(super) fn candidates(first: &str, last: &str, record_nickname: Option<&str>, suffix: Option<&str>) -> Vec<String> {
    if record_nickname.is_some() || suffix.is_some_and(|s| !s.trim().is_empty()) {
        return vec![];
    }
    SHORT_FORMS
        .iter()
        .find(|(full, _)| *full == first.trim())
        .map(|(_, shorts)| shorts.iter().map(|s| format!("{s} {}", last.trim())).collect())
        .unwrap_or_default()
}

/// The short-form names that name one person only: each person's candidates less those that
/// are another person's name or alias, or a candidate of two people.
pub(super) fn unambiguous(people: &[(String, Vec<String>, Vec<String>)]) -> Vec<Vec<String>> {
    let mut owners: HashMap<&str, usize> = HashMap::new();
    for (name, aliases, candidates) in people {
        for n in std::iter::once(name).chain(aliases).chain(candidates) {
            *owners.entry(n.as_str()).or_default() += 1;
        }
    }
    people
        .iter()
        .map(|(name, aliases, candidates)| {
            candidates
                .iter()
                .filter(|c| owners[c.as_str()] == 1 && *c != name && !aliases.contains(c))
                .cloned()
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms_only_where_the_record_leaves_no_doubt() {
        assert_eq!(candidates("Robert", "Latta", None, None), ["Bob Latta"]);
        assert!(candidates("James", "Smith", Some("Dan"), None).is_empty());
        assert!(candidates("Robert", "Menendez", None, Some("Jr.")).is_empty());
        assert!(candidates("Garland", "Barr", None, None).is_empty());
        let people = vec![
            ("Robert Lane".to_string(), vec![], vec!["Bob Lane".to_string()]),
            ("Bob Lane".to_string(), vec![], vec![]),
            ("William Hart".to_string(), vec![], vec!["Bill Hart".to_string()]),
        ];
        assert_eq!(unambiguous(&people), [vec![], vec![], vec!["Bill Hart".to_string()]]);
    }
}
