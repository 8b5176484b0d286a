//! Patterns of `pattern` rules: a regex whose placeholders (`{number}`, `{date}`, `{year}`,
//! `{percent}`, `{name}`) expand to fragments that match that type of value. A named capture
//! that holds exactly one placeholder takes its type; any other named capture is text.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::{LazyLock, Mutex};

use regex::{Regex, RegexBuilder};
use regex_syntax::ast::{self, Ast};

use super::expr::Type;
use crate::lexicon::{MONTH_RE, NUMBER_WORDS_RE};

/// The largest compiled program a pattern may have.
pub const SIZE_LIMIT: usize = 1 << 20;

/// The type a placeholder matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placeholder {
    Number,
    Date,
    Year,
    Percent,
    Name,
}

impl Placeholder {
    pub const ALL: &'static [(&'static str, Placeholder)] = &[
        ("number", Placeholder::Number),
        ("date", Placeholder::Date),
        ("year", Placeholder::Year),
        ("percent", Placeholder::Percent),
        ("name", Placeholder::Name),
    ];

    /// The type of the value it gives in an assertion.
    pub fn value_type(self) -> Type {
        match self {
            Placeholder::Number | Placeholder::Year | Placeholder::Percent => Type::Number,
            Placeholder::Date => Type::Date,
            Placeholder::Name => Type::Text,
        }
    }

    /// The regex the placeholder expands to.
    fn fragment(self) -> String {
        const DIGITS: &str = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)";
        let number = format!(r"\b(?:{DIGITS}(?:\s+(?i:million|billion|trillion|thousand))?\b|{NUMBER_WORDS_RE}\b)");
        match self {
            Placeholder::Number => number,
            Placeholder::Year => r"\b[0-9]{4}\b".to_string(),
            Placeholder::Percent => format!(r"{number}\s*(?:%|(?i:percent|per\s+cent)\b)"),
            Placeholder::Date => format!(
                r"(?-i:\b(?:{MONTH_RE}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+[0-9]{{4}}\b)?|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}(?:,?\s+[0-9]{{4}}\b)?|[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}\b|[0-9]{{1,2}}/[0-9]{{1,2}}/[0-9]{{4}}\b))"
            ),
            Placeholder::Name => {
                r"(?-i:\b\p{Lu}[\p{L}\p{M}'’\-]*(?:(?:[ \t]+\n?|\n)[ \t]*\p{Lu}[\p{L}\p{M}'’\-]*)*)".to_string()
            }
        }
    }
}

/// A named capture of a pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Capture {
    /// Interned so that findings can carry it as a message variable.
    pub name: &'static str,
    /// The placeholder it holds and the regex group name of that placeholder, or None for text.
    pub typed: Option<(Placeholder, String)>,
}

impl Capture {
    pub fn value_type(&self) -> Type {
        self.typed.as_ref().map_or(Type::Text, |(p, _)| p.value_type())
    }
}

/// A compiled pattern.
#[derive(Clone, Debug)]
pub struct Pattern {
    pub regex: Regex,
    pub captures: Vec<Capture>,
}

/// A pattern error at a byte range of the pattern as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatternError {
    pub span: Range<usize>,
    pub message: String,
    pub help: Option<String>,
}

/// Intern a capture name. Names are few and repeat across reloads, so the set stays small.
fn intern(s: &str) -> &'static str {
    static NAMES: LazyLock<Mutex<HashSet<&'static str>>> = LazyLock::new(Default::default);
    let mut set = NAMES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(n) = set.get(s) {
        return n;
    }
    let n: &'static str = Box::leak(s.to_string().into_boxed_str());
    set.insert(n);
    n
}

/// Placeholders `{word}` of a pattern as (byte range, word), skipping escapes (`\{`, `\p{L}`)
/// and character classes.
fn find_placeholders(src: &str) -> Vec<(Range<usize>, &str)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut class_depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => {
                i += 1;
                // \p{..}, \P{..}, \x{..}, \u{..}, \U{..} carry a braced argument.
                if i < b.len() && matches!(b[i], b'p' | b'P' | b'x' | b'u' | b'U') && b.get(i + 1) == Some(&b'{') {
                    i += src[i..].find('}').unwrap_or(b.len() - i);
                }
                i += src[i..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            b'[' => {
                class_depth += 1;
                i += 1;
                // A `]` first in a class is literal.
                if b.get(i) == Some(&b'^') {
                    i += 1;
                }
                if class_depth == 1 && b.get(i) == Some(&b']') {
                    i += 1;
                }
                continue;
            }
            b']' if class_depth > 0 => class_depth -= 1,
            b'{' if class_depth == 0 => {
                let rest = &src[i + 1..];
                let len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
                let word = &rest[..len];
                if !word.is_empty() && !word.as_bytes()[0].is_ascii_digit() && rest[len..].starts_with('}') {
                    out.push((i..i + len + 2, word));
                    i += len + 2;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Named capture groups of a regex AST as (name, byte range of the group).
fn named_groups(ast: &Ast, out: &mut Vec<(String, Range<usize>)>) {
    match ast {
        Ast::Group(g) => {
            if let ast::GroupKind::CaptureName { name, .. } = &g.kind {
                out.push((name.name.clone(), g.span.start.offset..g.span.end.offset));
            }
            named_groups(&g.ast, out);
        }
        Ast::Repetition(r) => named_groups(&r.ast, out),
        Ast::Concat(c) => c.asts.iter().for_each(|a| named_groups(a, out)),
        Ast::Alternation(a) => a.asts.iter().for_each(|a| named_groups(a, out)),
        _ => {}
    }
}

/// Compile a pattern: check placeholders, check the regex syntax (errors point into `src`),
/// expand the placeholders and build the regex under [`SIZE_LIMIT`].
pub fn compile(src: &str, ignorecase: bool) -> Result<Pattern, PatternError> {
    let found = find_placeholders(src);
    let mut typed = Vec::new();
    for (range, word) in &found {
        match Placeholder::ALL.iter().find(|(n, _)| n == word) {
            Some((_, p)) => typed.push((range.clone(), *p)),
            None => {
                return Err(PatternError {
                    span: range.clone(),
                    message: format!("unknown placeholder type `{{{word}}}`"),
                    help: Some(format!(
                        "placeholders: {}; write `\\{{` for a literal brace",
                        Placeholder::ALL.iter().map(|(n, _)| format!("{{{n}}}")).collect::<Vec<_>>().join(", ")
                    )),
                })
            }
        }
    }
    // Check the syntax with each placeholder replaced by a group of the same length, so that
    // error offsets are offsets in what the rule writer wrote.
    let mut shadow = String::with_capacity(src.len());
    let mut expanded = String::with_capacity(src.len() + 256 * typed.len());
    let mut last = 0;
    for (k, (range, p)) in typed.iter().enumerate() {
        shadow.push_str(&src[last..range.start]);
        shadow.push_str("(?:");
        shadow.push_str(&"x".repeat(range.len() - 4));
        shadow.push(')');
        expanded.push_str(&src[last..range.start]);
        expanded.push_str(&format!("(?P<__cd{k}>{})", p.fragment()));
        last = range.end;
    }
    shadow.push_str(&src[last..]);
    expanded.push_str(&src[last..]);
    let ast = ast::parse::Parser::new().parse(&shadow).map_err(|e| PatternError {
        span: e.span().start.offset..e.span().end.offset.max(e.span().start.offset + 1),
        message: format!("the pattern is not a valid regex: {}", e.kind()),
        help: Some("patterns use the syntax of the Rust `regex` crate".into()),
    })?;
    let mut groups = Vec::new();
    named_groups(&ast, &mut groups);
    let mut captures = Vec::new();
    for (name, span) in groups {
        if name.starts_with("__") {
            return Err(PatternError {
                span,
                message: format!("capture names may not start with `__`: `{name}`"),
                help: None,
            });
        }
        let inside: Vec<usize> =
            (0..typed.len()).filter(|&k| typed[k].0.start >= span.start && typed[k].0.end <= span.end).collect();
        let typed_as = match inside.as_slice() {
            [k] => Some((typed[*k].1, format!("__cd{k}"))),
            _ => None,
        };
        captures.push(Capture { name: intern(&name), typed: typed_as });
    }
    let whole = 0..src.len().max(1);
    let regex = RegexBuilder::new(&expanded).case_insensitive(ignorecase).size_limit(SIZE_LIMIT).build().map_err(
        |e| match e {
            regex::Error::CompiledTooBig(limit) => PatternError {
                span: whole.clone(),
                message: format!("the pattern is too large: it compiles to more than {} KB", limit / 1024),
                help: Some("use smaller repetition counts (`{1000}` repeats what comes before 1,000 times)".into()),
            },
            e => PatternError {
                span: whole.clone(),
                message: format!(
                    "the pattern is not a valid regex: {}",
                    e.to_string().lines().last().unwrap_or("").trim_start_matches("error: ")
                ),
                help: None,
            },
        },
    )?;
    Ok(Pattern { regex, captures })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_skip_escapes_classes_and_counts() {
        let p = find_placeholders(r"(?P<a>{number}) \{x} [{y}] \p{Lu} a{2,3} {date}");
        let words: Vec<&str> = p.iter().map(|(_, w)| *w).collect();
        assert_eq!(words, vec!["number", "date"]);
        assert_eq!(p[0].0, 6..14);
    }

    #[test]
    fn captures_take_the_type_of_their_placeholder() {
        let p = compile(r"(?P<a>{number}) and (?P<b>about {percent}) by (?P<who>{name}) on (?P<x>\w+)", false).unwrap();
        let types: Vec<(&str, Type)> = p.captures.iter().map(|c| (c.name, c.value_type())).collect();
        assert_eq!(types, vec![("a", Type::Number), ("b", Type::Number), ("who", Type::Text), ("x", Type::Text)]);
    }

    #[test]
    fn errors_point_into_the_pattern() {
        let e = compile(r"(?P<a>{number}) and {foo}", false).unwrap_err();
        assert_eq!(e.span, 20..25);
        assert!(e.message.contains("`{foo}`"));
        let e = compile(r"(?P<a>{number} and (b", false).unwrap_err();
        assert_eq!(e.span.start, 19, "{e:?}");
        let e = compile(r"{number} x{2,1}", false).unwrap_err();
        assert_eq!(e.span.start, 10, "{e:?}");
        let e = compile(r"(a{1000}){1000}", false).unwrap_err();
        assert!(e.message.contains("too large"), "{e:?}");
        let e = compile(r"(?P<__cd0>x)", false).unwrap_err();
        assert!(e.message.contains("`__`"));
    }

    proptest::proptest! {
        #[test]
        fn compiling_never_panics(s in "[a-z(){}?P<>\\\\\\[\\]^:0-9,+*|.-]{0,30}") {
            let _ = compile(&s, false);
        }
    }

    /// A rule's pattern is compiled as written, by the `regex` crate: `\d` and `\b` keep their
    /// Unicode meaning, and so does the `\b` the placeholders end with. (Built-in patterns,
    /// `crate::rx`, are ASCII-only; rule patterns never went through them.)
    #[test]
    fn rule_patterns_keep_unicode_classes() {
        let p = compile(r"(?P<n>[\d]+) (?P<m>\d+)", false).unwrap();
        let c = p.regex.captures("٣٤ 5٦").unwrap();
        assert_eq!((&c["n"], &c["m"]), ("٣٤", "5٦"));
        let p = compile(r"\b(?P<n>\d+)", false).unwrap();
        assert!(p.regex.captures("é5").is_none());
        let p = compile("(?P<n>{number})", false).unwrap();
        assert!(p.regex.captures("twentyé").is_none());
        assert_eq!(&p.regex.captures("twenty é").unwrap()["n"], "twenty");
    }

    #[test]
    fn every_fragment_fits_the_size_limit_with_room() {
        let all = r"{number} {date} {year} {percent} {name} {number} {date} {percent} {name}";
        compile(all, true).unwrap();
    }
}
