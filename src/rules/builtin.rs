//! The shipped rule files, embedded so `copydesk check FILE` works with no config.

/// (path, text) of each file in `rules/`. A test checks that every file there is listed.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("rules/dateline.toml", include_str!("../../rules/dateline.toml")),
    ("rules/dates.toml", include_str!("../../rules/dates.toml")),
    ("rules/arith.toml", include_str!("../../rules/arith.toml")),
    ("rules/facts.toml", include_str!("../../rules/facts.toml")),
    ("rules/offices.toml", include_str!("../../rules/offices.toml")),
    ("rules/people.toml", include_str!("../../rules/people.toml")),
    ("rules/events.toml", include_str!("../../rules/events.toml")),
    ("rules/us-congress.toml", include_str!("../../rules/us-congress.toml")),
    ("rules/suppression.toml", include_str!("../../rules/suppression.toml")),
    ("rules/person.toml", include_str!("../../rules/person.toml")),
];

#[cfg(test)]
mod tests {
    #[test]
    fn every_rule_file_is_embedded() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/rules");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(std::result::Result::ok)
            .map(|e| format!("rules/{}", e.file_name().to_string_lossy()))
            .filter(|p| p.ends_with(".toml"))
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = super::EMBEDDED.iter().map(|(p, _)| p.to_string()).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded, "add new rule files to EMBEDDED in src/rules/builtin.rs");
    }
}
