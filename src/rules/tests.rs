use super::*;

#[test]
fn builtin_rules_load() {
    let set = RuleSet::builtin();
    assert!(set.get("date.year-mismatch").is_some());
    assert!(set.get("arith.sum").is_some());
}

#[test]
fn unknown_kind_points_at_the_kind() {
    let text = "[[rule]]\nid = \"x.y\"\nkind = \"no-such-kind\"\nmessage = \"m\"\n";
    let err = RuleSet::default().load_str("r.toml", text).unwrap_err();
    assert_eq!(err[0].line_col(), Some((3, 8)));
    assert!(err[0].message.contains("unknown variant"), "{}", err[0].message);
    assert!(err[0].message.contains("year-mismatch"));
}

#[test]
fn duplicate_ids_unknown_keys_and_placeholders() {
    let text = "[[rule]]\nid = \"a.b\"\nkind = \"existence\"\ntokens = [\"x\"]\nmessage = \"m {match}\"\n\n[[rule]]\nid = \"a.b\"\nkind = \"existence\"\ntokens = [\"x\"]\nmessage = \"{nope}\"\n";
    let err = RuleSet::default().load_str("r.toml", text).unwrap_err();
    assert_eq!(err.len(), 2);
    assert!(err[0].message.contains("duplicate rule id"));
    assert_eq!(err[0].line_col(), Some((8, 6)));
    assert!(err[1].message.contains("unknown placeholder `{nope}`"));
    let text = "[[rule]]\nid = \"a.b\"\nkind = \"existence\"\ntokens = [\"x\"]\nmessage = \"m\"\ncolour = 1\n";
    let err = RuleSet::default().load_str("r.toml", text).unwrap_err();
    assert_eq!(err[0].line_col().map(|x| x.0), Some(6));
}

/// Load one pattern rule with the given extra lines; return errors as (line, col, message).
fn pattern_errors(body: &str) -> Vec<(usize, usize, String)> {
    let text = format!("[[rule]]\nid = \"p.x\"\nkind = \"pattern\"\n{body}");
    match RuleSet::default().load_str("p.toml", &text) {
        Ok(()) => Vec::new(),
        Err(errs) => errs
            .iter()
            .map(|e| {
                let (l, c) = e.line_col().expect("errors point into the file");
                (l, c, e.message.clone())
            })
            .collect(),
    }
}

#[test]
fn pattern_rules_load_and_compile_once() {
    let text = "[[rule]]\nid = \"p.x\"\nkind = \"pattern\"\npattern = '(?P<a>{number}) and (?P<b>{number}) make (?P<total>{number})'\nassert = 'total == a + b'\nmessage = \"{a} + {b} is not {total} in {match}\"\n";
    let mut set = RuleSet::default();
    set.load_str("p.toml", text).unwrap();
    let Settings::Pattern(p) = &set.rules[0].settings else { panic!("compiled at load time") };
    let p = &p.rule;
    assert_eq!(p.pattern.captures.len(), 3);
    assert_eq!(p.assert.as_ref().unwrap().source, "total == a + b");
}

#[test]
fn pattern_errors_point_inside_the_strings() {
    // A regex syntax error: the bad repetition at offset 10 of the string (col 12 + 10).
    let e = pattern_errors("pattern = '{number} x{2,1}'\nmessage = \"m\"\n");
    assert_eq!((e[0].0, e[0].1), (4, 22), "{e:?}");
    assert!(e[0].2.contains("not a valid regex"), "{e:?}");
    // Too large to compile: points at the start of the pattern, and does not hang.
    let e = pattern_errors("pattern = '(a{1000}){1000}'\nmessage = \"m\"\n");
    assert_eq!((e[0].0, e[0].1), (4, 12), "{e:?}");
    assert!(e[0].2.contains("too large"), "{e:?}");
    // Unknown placeholder type.
    let e = pattern_errors("pattern = 'x {foo}'\nmessage = \"m\"\n");
    assert_eq!((e[0].0, e[0].1, e[0].2.as_str()), (4, 14, "unknown placeholder type `{foo}`"));
    // In a basic string, escapes are counted as written: `\\d` is two characters there.
    let e = pattern_errors("pattern = \"(?P<a>\\\\d+) {foo}\"\nmessage = \"m\"\n");
    assert_eq!((e[0].0, e[0].1), (4, 24), "{e:?}");
    // An assertion that does not parse: the end of `total == a +` (col 11 + 12).
    let e =
        pattern_errors("pattern = '(?P<a>{number}) (?P<total>{number})'\nassert = 'total == a +'\nmessage = \"m\"\n");
    assert_eq!((e[0].0, e[0].1), (5, 23), "{e:?}");
    assert!(e[0].2.starts_with("expected a value"), "{e:?}");
    // ... and in a multi-line literal string, on its own line.
    let e = pattern_errors(
        "pattern = '(?P<a>{number}) (?P<total>{number})'\nassert = '''\ntotal == a $ 1\n'''\nmessage = \"m\"\n",
    );
    assert_eq!((e[0].0, e[0].1), (6, 12), "{e:?}");
    // A name the pattern does not capture.
    let e = pattern_errors("pattern = '(?P<a>{number}) (?P<total>{number})'\nassert = 'totl == a'\nmessage = \"m\"\n");
    assert_eq!((e[0].0, e[0].1, e[0].2.as_str()), (5, 11, "`totl` is not a capture of the pattern"));
    // A type error: a date plus a name.
    let e = pattern_errors("pattern = '(?P<d>{date}) by (?P<who>{name})'\nassert = 'd + who == d'\nmessage = \"m\"\n");
    assert_eq!((e[0].0, e[0].1, e[0].2.as_str()), (5, 13, "`+` cannot combine a date and text"));
    // Message placeholders are the captures (and `match`).
    let e = pattern_errors("pattern = '(?P<a>{number})'\nmessage = \"{a} {match} {nope}\"\n");
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!((e[0].0, e[0].1, e[0].2.as_str()), (5, 24, "unknown placeholder `{nope}`"));
    // The pattern is required, and belongs to the pattern kind only.
    let e = pattern_errors("message = \"m\"\n");
    assert_eq!(e[0].2, "kind `pattern` needs a non-empty `pattern`");
    let e = pattern_errors("pattern = 'x'\nmessage = \"m\"\ntokens = [\"x\"]\n");
    assert_eq!((e[0].0, e[0].2.as_str()), (6, "`tokens` is not a setting of kind `pattern`"));
}

fn existence_rules(ids: impl Iterator<Item = String>, message: &str) -> String {
    ids.map(|id| {
        format!("[[rule]]\nid = \"{id}\"\nkind = \"existence\"\ntokens = [\"t\"]\nmessage = \"{message}\"\n\n")
    })
    .collect()
}

#[test]
fn ten_thousand_rules_load_and_a_late_duplicate_is_found() {
    let mut text = existence_rules((0..10_000).map(|i| format!("r.n{i}")), "m {match}");
    let t = std::time::Instant::now();
    let mut set = RuleSet::default();
    set.load_str("many.toml", &text).unwrap();
    assert_eq!(set.rules.len(), 10_000);
    // Release builds take about 60 ms; this bound only catches a quadratic slide.
    assert!(t.elapsed() < std::time::Duration::from_secs(20), "{:?}", t.elapsed());
    text.push_str(&existence_rules(std::iter::once("r.n5".to_string()), "m"));
    let err = RuleSet::default().load_str("many.toml", &text).unwrap_err();
    assert_eq!(err.len(), 1);
    assert_eq!(err[0].line_col(), Some((60_002, 6)));
    assert!(err[0].help.as_ref().unwrap().contains("already defined in many.toml"));
}

#[test]
fn errors_per_file_are_capped() {
    let text = existence_rules((0..1000).map(|i| format!("r.n{i}")), "{nope}");
    let err = RuleSet::default().load_str("bad.toml", &text).unwrap_err();
    assert_eq!(err.len(), MAX_ERRORS_PER_FILE + 1);
    assert_eq!(err[0].line_col(), Some((5, 12)));
    assert_eq!(err.last().unwrap().to_string(), "bad.toml: ... and 980 more errors in this file");
}

#[test]
fn missing_fields_impossible_dates_and_deep_nesting_are_errors() {
    let cases = [
        ("[[rule]]\nkind = \"existence\"\ntokens = [\"a\"]\nmessage = \"m\"\n", (1, 1), "missing field `id`"),
        ("[[rule]]\nid = \"a.b\"\nkind = \"existence\"\ntokens = [\"a\"]\n", (1, 1), "missing field `message`"),
        ("[[event]]\nname = \"x\"\ndate = 2025-02-30\n", (3, 8), "invalid date"),
        ("[[rule]]\nid = \"a.b\"\nkind = \"existence\"\ntokens = [\"a\"]\nmessage = \"m\"\n[[rule.test]]\ntext = \"a\"\ndateline = 2025-02-30\nexpect = []\n", (8, 12), "invalid date"),
    ];
    for (text, at, msg) in cases {
        let err = RuleSet::default().load_str("r.toml", text).unwrap_err();
        assert_eq!(err[0].line_col(), Some(at), "{text}");
        assert!(err[0].message.starts_with(msg), "{}", err[0].message);
    }
    let deep = format!("x = {}{}\n", "[".repeat(20_000), "]".repeat(20_000));
    let err = RuleSet::default().load_str("r.toml", &deep).unwrap_err();
    assert!(err[0].message.contains("recurs"), "{}", err[0].message);
}

#[test]
fn selectors_take_prefixes() {
    assert!(id_matches("date.year-mismatch", "date"));
    assert!(id_matches("arith.sum", "arith.sum"));
    assert!(!id_matches("arith.summary", "arith.sum"));
}

#[test]
fn replacements_and_fix_levels_are_checked() {
    // An unknown placeholder in a replacement: at the placeholder (col 20).
    let e = pattern_errors("pattern = '(?P<n>{number}) per cent'\nmessage = \"m\"\nreplacement = '{n} {pc}'\n");
    assert_eq!((e[0].0, e[0].1, e[0].2.as_str()), (6, 20, "unknown placeholder `{pc}`"), "{e:?}");
    let e =
        pattern_errors("pattern = '(?P<n>{number}) per cent'\nmessage = \"m\"\nreplacement = '{n}%'\nfix = \"sure\"\n");
    assert_eq!((e[0].0, e[0].2.as_str()), (7, "unknown fix `sure`"), "{e:?}");
    let e = pattern_errors("pattern = '(?P<n>{number}) per cent'\nmessage = \"m\"\nfix = \"safe\"\n");
    assert!(e[0].2.contains("but the rule has none"), "{e:?}");
    // `replacement` belongs to pattern rules; `fix` to pattern and substitution rules.
    let text = "[[rule]]\nid = \"a.b\"\nkind = \"substitution\"\nswap = { \"per cent\" = \"percent\" }\nmessage = \"m\"\nfix = \"safe\"\nreplacement = \"x\"\n";
    let err = RuleSet::default().load_str("r.toml", text).unwrap_err();
    assert_eq!(err.len(), 1, "{err:?}");
    assert!(err[0].message.contains("`replacement` is not a setting of kind `substitution`"), "{}", err[0].message);
}
