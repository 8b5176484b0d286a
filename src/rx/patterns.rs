//! Every regex copydesk ships with, in one place: build.rs compiles each to an NFA table
//! (build/nfa.rs) and a run rebuilds the NFA from it without parsing (`rx::LazyRx::builtin`),
//! since compiling the recognizers was over half of a one-article process (docs/performance.md).
//!
//! This file is a module of both the crate (`rx::patterns`) and the build script, so it uses
//! nothing but `std`; the word lists it spells out come in as `WordLists`. A pattern's name is
//! the name of its entry in `rx::builtin`; what it reads is said where it is used.

/// The word lists the patterns spell out, which the trigger gate reads too (`extract::vocab`).
pub struct WordLists {
    pub count_words: &'static [&'static str],
    pub month_introducers: &'static [&'static str],
    pub weekday_relatives: &'static [&'static str],
}

/// Regex alternation for a month name as written in news copy, full or abbreviated (AP style
/// "Sept." and the common "Sep"). Longest forms first so the alternation prefers them.
pub const MONTH_RE: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)";

/// Regex alternation for a weekday, full or abbreviated.
pub const WEEKDAY_RE: &str =
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tues?\.|Wed\.|Thu(?:rs?)?\.|Fri\.|Sat\.|Sun\.)";

/// Regex alternation matching a run of number words (used to find candidates; `extract::numwords::parse`
/// reads them). It ends without a word boundary: built-in patterns add an ASCII one, rule
/// placeholders (`crate::rules::pattern`) a Unicode one, as their neighbours are.
pub const NUMBER_WORDS_RE: &str = r"(?i:(?:a\s+dozen|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:(?:[\s-]+|\s+and\s+)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen))*))";

/// Every built-in pattern as (name, pattern), in the order of `rx::builtin::ALL`. The crate
/// reads the tables; only its tests read the patterns from here.
#[cfg_attr(not(test), allow(dead_code))]
pub fn all(words: &WordLists) -> Vec<(&'static str, String)> {
    let mut all = date_patterns(words);
    all.extend(number_patterns());
    all.extend(dateline_patterns());
    all
}

/// The date recognizers (`extract::dates`).
fn date_patterns(words: &WordLists) -> Vec<(&'static str, String)> {
    let num = num_or_word(words.count_words);
    let relatives = words.weekday_relatives.join("|");
    let introducers = words.month_introducers.join("|");
    vec![
        ("DATE_SHARED_YEAR", r"\A\s*(?:-|–|and|to|through|or)\s*[0-9]{1,2}(?:st|nd|rd|th)?,?\s+([0-9]{4})(?-u:\b)".into()),
        ("DATE_DAY_RANGE", format!(r"(?-u:\b)(?P<m>{MONTH_RE})\s+[0-9]{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|to|and|through)\s*(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(?P<y>[0-9]{{4}})(?-u:\b))?")),
        ("DATE_DAY_PART", r"(?i)(?-u:\b)(?:(?P<this>this)\s+(?P<part>morning|afternoon|evening)|(?P<last>last)\s+(?P<lpart>night|evening))(?-u:\b)".into()),
        ("DATE_WEEKEND", r"(?i)(?-u:\b)(?:(?P<rel>this|last|next|past|coming)\s+|the\s+)weekend(?-u:\b)".into()),
        ("DATE_HALF", r"(?i)(?-u:\b)(?P<h>first|second)\s+half\s+of\s+(?P<y>[0-9]{4})(?-u:\b)".into()),
        ("DATE_SET", r"(?i)(?-u:\b)(?:every\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?P<yearly>annually|yearly|every\s+year)|(?P<monthly>monthly|every\s+month)|(?P<weekly>weekly|every\s+week)|(?P<daily>daily|every\s+day)|every\s+(?P<n>[0-9]+)\s+(?P<u>days|weeks|months|years))(?-u:\b)".into()),
        ("DATE_CLOCK_DURATION", format!(r"(?i)(?-u:\b)(?P<n>{num})[\s-](?P<u>hours?|minutes?)(?-u:\b)")),
        ("DATE_BARE_SEASON", r"(?-u:\b)(?:in|In|during|During|by|until|since|early|late|the)\s+(?:the\s+)?(?P<s>spring|summer|autumn|winter)(?-u:\b)".into()),
        ("DATE_MDY", format!(r"(?-u:\b)(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?P<m>{MONTH_RE})\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:(?:,\s*|\s+)(?P<y>[0-9]{{4}})(?-u:\b))?")),
        ("DATE_DMY", format!(r"(?-u:\b)(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<d>[0-9]{{1,2}})(?P<ord>st|nd|rd|th)?\s+(?P<of>of\s+)?(?P<m>{MONTH_RE})(?:,?\s+(?P<y>[0-9]{{4}})(?-u:\b))?")),
        ("DATE_ISO", r"(?-u:\b)([0-9]{4})-([0-9]{2})-([0-9]{2})(?-u:\b)".into()),
        ("DATE_NUMERIC", r"(?-u:\b)([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})(?-u:\b)".into()),
        ("DATE_MONTH_YEAR", format!(r"(?-u:\b)(?:(?:early|mid|late)[- ])?(?P<m>{MONTH_RE})(?:\s+of)?,?\s+(?P<y>[0-9]{{4}})(?-u:\b)")),
        ("DATE_MONTH_ALONE", format!(r"(?-u:\b)(?P<pre>{introducers})(?P<sep>\s+|-)(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b)")),
        ("DATE_DECADE", r"(?-u:\b)(1[6-9][0-9]|20[0-9])0s(?-u:\b)|'([0-9])0s(?-u:\b)".into()),
        ("DATE_QUARTER", r"(?-u:\b)(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter(?:\s+of\s+(?P<y>[0-9]{4}))?(?-u:\b)|(?-u:\b)Q(?P<qn>[1-4])(?:\s+(?P<y2>[0-9]{4}))?(?-u:\b)".into()),
        ("DATE_SEASON", r"(?i)(?-u:\b)(?:(?P<rel>last|this|next)\s+)?(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<y>[0-9]{4}))?(?-u:\b)".into()),
        ("DATE_FISCAL", r"(?-u:\b)[Ff]iscal(?:\s+[Yy]ear)?\s+([0-9]{4})(?-u:\b)|(?-u:\b)FY\s?([0-9]{4})(?-u:\b)".into()),
        ("DATE_DAY_OF_MONTH", r"(?-u:\b)(?:on|by|until|since|On|By|Until|Since)\s+the\s+(?P<d>[0-9]{1,2})(?:st|nd|rd|th)(?-u:\b)".into()),
        ("DATE_WEEKDAY_ALONE", format!(r"(?-u:\b)(?:(?P<rel>{relatives})\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?P<part>morning|afternoon|evening|night))?(?-u:\b)")),
        ("DATE_RELATIVE_WORD", r"(?i)(?-u:\b)(?:(?P<simple>today|yesterday|tomorrow|tonight)|(?P<el>earlier|later)\s+this\s+(?P<elu>week|month|year)|(?P<rel>this|last|next|past|coming)\s+(?P<u>week|month|year))(?-u:\b)".into()),
        ("DATE_AGO", format!(r"(?i)(?-u:\b)(?P<n>{num})\s+(?P<u>days?|weeks?|months?|years?|decades?|centuries|century)\s+ago(?-u:\b)")),
        ("DATE_DURATION", format!(r"(?i)(?-u:\b)(?P<n>{num})(?P<sep>\s+|-)(?P<u>days?|weeks?|months?|years?|decades?|centuries|century)(?-u:\b)(?P<old>-old|\s+old)?")),
        ("DATE_REFS", r"(?-u:\b)(?:(?P<present>currently|nowadays|[Nn]ow|(?i:at|the)\s+present)|(?P<past>recently|formerly|in\s+the\s+past)|(?P<future>in\s+the\s+future|soon))(?-u:\b)".into()),
    ]
}

/// The pattern of a count: digits, a count word, or tens and units joined ("twenty-five").
fn num_or_word(count_words: &[&str]) -> String {
    let tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    let units = "one|two|three|four|five|six|seven|eight|nine";
    format!(r"(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+(?:\.[0-9]+)?|{}|(?:{tens})-(?:{units}))", count_words.join("|"))
}

/// The number recognizers (`extract::numbers`).
fn number_patterns() -> Vec<(&'static str, String)> {
    vec![
        ("NUMBER_WORDS", format!(r"(?-u:\b)(?P<num>{NUMBER_WORDS_RE}(?-u:\b))(?P<scale>\s+(?:million|billion|trillion|thousand))?(?P<pct>\s+(?:percent(?-u:\b)|per\s+cent(?-u:\b)|percentage[\s-]+points?(?-u:\b)))?")),
        ("NUMBER_VAGUE", r"(?i)(?-u:\b)(dozens|scores|hundreds|thousands|tens of thousands|hundreds of thousands|millions)(?-u:\b)(?:\s+of)?".into()),
        ("NUMBER_MULTIPLIER", r"(?i)(?-u:\b)(?:(twice|double|doubled|doubles|doubling|tripled|triples|tripling|quadrupled|quadruples|quadrupling)|(two|three|four|five|six|seven|eight|nine|ten|[0-9]+)(?:\s+times|-?fold))(?-u:\b)".into()),
        ("NUMBER_FRACTION", r"(?i)(?-u:\b)(?:(half|halved|halving)|(?:a|one)\s+(third|quarter|fifth|tenth)|(two)\s+thirds|(three)\s+quarters)(?-u:\b)".into()),
    ]
}

/// The dateline and metadata recognizers (`article::dateline`).
fn dateline_patterns() -> Vec<(&'static str, String)> {
    vec![
        ("DATELINE_HEADER", r"\A\u{feff}?[ \t]*(?:(?i:date)(?:[ \t]*:[ \t]*(?P<v>[^ \t\r\n][^\r\n]*)|[ \t]+(?P<w>[0-9]+[-/.][0-9][^\r\n]*))|(?P<bare>[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt][0-9][^ \t\r\n]*)?)[ \t]*(?:\r?\n|\z))".into()),
        ("DATELINE_FRONT_KEY", r"(?m)^(date|published|pubDate|date_published)[ \t]*([:=])[ \t]*([^\r\n]*)".into()),
        ("DATELINE_DATE_LINE", format!(r"\A(?:{WEEKDAY_RE},?\s+)?(?:(?P<m1>{MONTH_RE})\s+(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>[0-9]{{4}})|(?P<d2>[0-9]{{1,2}})\s+(?P<m2>{MONTH_RE}),?\s+(?P<y2>[0-9]{{4}}))\s*\z")),
        ("DATELINE_WIRE_LINE", format!(r"\A[A-Z][A-Z.'\- ]{{1,40}}(?:,\s+[A-Z][A-Za-z.' ]{{1,40}})?(?:,\s+(?P<m>{MONTH_RE})\s+(?P<d>[0-9]{{1,2}})(?:,\s+(?P<y>[0-9]{{4}}))?)?\s*(?:\([A-Za-z ]{{1,20}}\))?\s*(?:—|–|--|-)")),
        ("DATELINE_CITYLESS_WIRE_LINE", format!(r"\A(?P<m>{MONTH_RE})\s+(?P<d>[0-9]{{1,2}})(?:,\s+(?P<y>[0-9]{{4}}))?\s*\([A-Za-z ]{{1,20}}\)\s*(?:—|–|--|-)")),
        ("DATELINE_ANY", format!(r"(?P<m>{MONTH_RE})\s+(?P<d>[0-9]{{1,2}}),?\s+(?P<y>[0-9]{{4}})(?-u:\b)")),
    ]
}

/// Where `pattern` has a word boundary or digit class with Unicode meaning: a `\b` or `\B`
/// not written `(?-u:\b)` / `(?-u:\B)`, or any `\d` or `\D` (written `[0-9]` / `[^0-9]`).
/// Escaped backslashes (`\\d`) are skipped. Built-in patterns may have none (`rx` module doc);
/// build.rs refuses one that does.
pub fn unicode_class_at(pattern: &str) -> Option<usize> {
    let b = pattern.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let ascii_only = b[..i].ends_with(b"(?-u:") && b.get(i + 2) == Some(&b')');
        match b.get(i + 1) {
            Some(b'd' | b'D') => return Some(i),
            Some(b'b' | b'B') if !ascii_only => return Some(i),
            _ => i += 2,
        }
    }
    None
}
