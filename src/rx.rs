//! Built-in patterns: the regexes copydesk itself ships (date, number and dateline
//! recognizers), compiled for a fast start and searched only where they can match.
//!
//! Two costs shaped this module, both measured (docs/performance.md):
//!
//! - **Compiling.** A one-article run needs a dozen or two recognizers. Their patterns are in
//!   `patterns`, which build.rs compiles to NFA tables (build/nfa.rs); a short run rebuilds
//!   each NFA from its table (`table`) with no parsing, and a long run compiles the meta regex
//!   for its lazy DFA. Built-in patterns are searched only inside the sentences holding a word
//!   they need (see `extract::triggers`), so a prefilter has little left to skip; they are
//!   built without one.
//! - **Searching.** The regex crate's `Regex` searches from a start offset to the end of the
//!   text; `LazyRx::captures_in` searches byte ranges while still seeing the text around them,
//!   so `\b` at a range edge means what it means in the whole text, and compiles nothing when
//!   there is no range to search.
//!
//! A pattern is compiled as written; built-in patterns write their word boundaries and digits
//! ASCII-only, and `Rx::builtin` refuses one that does not (`unicode_class_at`):
//!
//! - `\b` is written `(?-u:\b)`: a Unicode `\b` makes the lazy DFA give up at the first
//!   non-ASCII byte (an em dash, a curly quote: most news copy) and fall back to a backtracker
//!   over the whole text. Every built-in `\b` sits beside ASCII digits or English words, where
//!   both kinds agree.
//! - `\d` is written `[0-9]`: a far smaller automaton, and a Unicode digit would not parse as a
//!   number anyway.
//!
//! Rule writers' `pattern` rules do not come here: `crate::rules::pattern` compiles them with
//! the `regex` crate, Unicode classes and all.

use regex_automata::meta::{self, Regex};
use regex_automata::nfa::thompson::{self, backtrack::BoundedBacktracker, pikevm::PikeVM};
use regex_automata::util::captures::Captures;
use regex_automata::util::iter::Searcher;
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input, Match};
use std::ops::Range;
use std::sync::OnceLock;

pub(crate) mod patterns;
mod table;

pub use patterns::unicode_class_at;
pub use table::Builtin;

/// Each built-in pattern with its NFA table, one static per `patterns::all` entry (build/nfa.rs).
pub(crate) mod builtin {
    use super::Builtin;
    include!(concat!(env!("OUT_DIR"), "/rx_builtin.rs"));
}

/// A compiled built-in pattern.
#[derive(Clone, Debug)]
pub struct Rx {
    engine: Engine,
    pattern: Box<str>,
}

/// How a pattern is searched: the meta regex for long runs; for a short run the NFA alone, as
/// the meta regex would search it with its lazy DFA off (the bounded backtracker where the
/// text fits, else the PikeVM), built by one compiler per thread. Building the meta regex
/// builds a compiler of its own each time, and setting up and freeing that compiler's tables
/// (some 400 KB written per pattern) was a fifth of compiling a recognizer.
#[derive(Clone, Debug)]
enum Engine {
    Meta(Regex),
    Nfa(std::sync::Arc<NfaEngine>),
}

type CacheFn = Box<dyn Fn() -> NfaCache + Send + Sync + std::panic::RefUnwindSafe + std::panic::UnwindSafe>;

struct NfaEngine {
    pikevm: PikeVM,
    backtrack: BoundedBacktracker,
    caches: Pool<NfaCache, CacheFn>,
}

/// A thread's scratch space for one recognizer. The PikeVM's is made on the first search the
/// backtracker cannot take: it is sized by the NFA's states and slots and zeroed (0.3 M
/// instructions over the recognizers of a 1.5 KB article), and an article's text nearly
/// always fits the backtracker.
struct NfaCache {
    pikevm: Option<regex_automata::nfa::thompson::pikevm::Cache>,
    backtrack: regex_automata::nfa::thompson::backtrack::Cache,
}

impl std::fmt::Debug for NfaEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NfaEngine").field("states", &self.pikevm.get_nfa().states().len()).finish()
    }
}

thread_local! {
    static COMPILER: thompson::Compiler = {
        let mut compiler = thompson::Compiler::new();
        compiler.configure(thompson::Config::new().shrink(false));
        compiler
    };
}

impl NfaEngine {
    fn new(pattern: &str) -> Result<NfaEngine, String> {
        let nfa = COMPILER.with(|c| c.build(pattern).map_err(|e| e.to_string()))?;
        NfaEngine::from_nfa(nfa)
    }

    fn from_nfa(nfa: thompson::NFA) -> Result<NfaEngine, String> {
        let pikevm = PikeVM::new_from_nfa(nfa.clone()).map_err(|e| e.to_string())?;
        let backtrack = BoundedBacktracker::new_from_nfa(nfa).map_err(|e| e.to_string())?;
        let bt = backtrack.clone();
        let create: CacheFn = Box::new(move || NfaCache { pikevm: None, backtrack: bt.create_cache() });
        Ok(NfaEngine { pikevm, backtrack, caches: Pool::new(create) })
    }

    /// The leftmost-first match in `input` and its groups, as the meta regex finds it.
    fn search(&self, input: &Input<'_>, caps: &mut Captures) {
        let mut cache = self.caches.get();
        let fits = !(input.get_earliest() && input.haystack().len() > 128)
            && input.get_span().len() <= self.backtrack.max_haystack_len();
        if fits {
            self.backtrack.try_search(&mut cache.backtrack, input, caps).expect("the text fits the backtracker");
        } else {
            let vm_cache = cache.pikevm.get_or_insert_with(|| self.pikevm.create_cache());
            self.pikevm.search(vm_cache, input, caps);
        }
    }
}

impl Engine {
    fn create_captures(&self) -> Captures {
        match self {
            Engine::Meta(re) => re.create_captures(),
            Engine::Nfa(e) => e.pikevm.create_captures(),
        }
    }

    fn search_captures(&self, input: &Input<'_>, caps: &mut Captures) {
        match self {
            Engine::Meta(re) => re.search_captures(input, caps),
            Engine::Nfa(e) => e.search(input, caps),
        }
    }

    fn search(&self, input: &Input<'_>) -> Option<Match> {
        match self {
            Engine::Meta(re) => re.search(input),
            Engine::Nfa(e) => {
                let mut caps = e.pikevm.create_captures();
                e.search(input, &mut caps);
                caps.get_match()
            }
        }
    }

    /// Every match in `input`, left to right, without overlaps, as the meta regex's
    /// `captures_iter` gives them.
    fn captures_iter<'r, 't>(&'r self, input: Input<'t>) -> impl Iterator<Item = Captures> + 'r
    where
        't: 'r,
    {
        let mut searcher = Searcher::new(input);
        let mut caps = self.create_captures();
        std::iter::from_fn(move || {
            let _ = searcher.advance(|input| {
                self.search_captures(input, &mut caps);
                Ok(caps.get_match())
            });
            caps.is_match().then(|| caps.clone())
        })
    }
}

impl Rx {
    /// Compile `pattern` as written.
    pub fn new(pattern: &str) -> Result<Rx, String> {
        Rx::build(pattern, crate::startup::short_run())
    }

    fn build(pattern: &str, short_run: bool) -> Result<Rx, String> {
        let engine = if short_run {
            Engine::Nfa(std::sync::Arc::new(NfaEngine::new(pattern)?))
        } else {
            let config = meta::Config::new().auto_prefilter(false).onepass(false);
            Engine::Meta(Regex::builder().configure(config).build(pattern).map_err(|e| e.to_string())?)
        };
        Ok(Rx { engine, pattern: pattern.into() })
    }

    /// A pattern copydesk ships, from its table: a short run rebuilds its NFA without parsing;
    /// a long one compiles the meta regex, whose lazy DFA searches faster (no table gives it).
    pub fn from_builtin(builtin: &'static Builtin) -> Rx {
        if crate::startup::short_run() {
            Rx::from_table(builtin)
        } else {
            Rx::builtin(builtin.pattern)
        }
    }

    fn from_table(builtin: &'static Builtin) -> Rx {
        let engine = builtin.nfa().and_then(NfaEngine::from_nfa).unwrap_or_else(|e| panic!("{e}"));
        Rx { engine: Engine::Nfa(std::sync::Arc::new(engine)), pattern: builtin.pattern.into() }
    }

    /// Compile a pattern copydesk ships; a failure is a bug in copydesk, not in the input.
    /// A Unicode `\b` or `\d` in one is such a bug too (see the module doc).
    pub fn builtin(pattern: &str) -> Rx {
        if let Some(at) = unicode_class_at(pattern) {
            panic!("built-in regex {pattern}: Unicode class at byte {at}; write (?-u:\\b) and [0-9]");
        }
        Rx::new(pattern).unwrap_or_else(|e| panic!("bad built-in regex {pattern}: {e}"))
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.engine.search(&Input::new(text).earliest(true)).is_some()
    }

    /// The span of the leftmost match in `text`, without its groups.
    pub fn find(&self, text: &str) -> Option<Range<usize>> {
        self.engine.search(&Input::new(text)).map(|m| m.range())
    }

    /// The leftmost match in `text`, with its groups.
    pub fn captures<'t>(&self, text: &'t str) -> Option<Caps<'t>> {
        let mut caps = self.engine.create_captures();
        self.engine.search_captures(&Input::new(text), &mut caps);
        caps.is_match().then_some(Caps { text, caps })
    }

    /// Every match in `text`, left to right, without overlaps.
    pub fn captures_iter<'r, 't>(&'r self, text: &'t str) -> impl Iterator<Item = Caps<'t>> + 'r
    where
        't: 'r,
    {
        self.engine.captures_iter(Input::new(text)).map(move |caps| Caps { text, caps })
    }
}

/// A built-in pattern compiled on first use. Searching an empty list of ranges does not
/// compile it: most articles need only some of the recognizers.
pub struct LazyRx {
    source: Source,
    rx: OnceLock<Rx>,
}

/// Where a [`LazyRx`] comes from.
enum Source {
    Table(&'static Builtin),
    Init(fn() -> Rx),
}

impl LazyRx {
    /// A pattern of `rx::builtin`, built from its table.
    pub const fn builtin(builtin: &'static Builtin) -> LazyRx {
        LazyRx { source: Source::Table(builtin), rx: OnceLock::new() }
    }

    /// A pattern `init` compiles (patterns of tests and of `checks::suppress`).
    pub const fn new(init: fn() -> Rx) -> LazyRx {
        LazyRx { source: Source::Init(init), rx: OnceLock::new() }
    }

    fn get(&self) -> &Rx {
        self.rx.get_or_init(|| match self.source {
            Source::Table(builtin) => Rx::from_builtin(builtin),
            Source::Init(init) => init(),
        })
    }

    /// Every match that lies inside one of `ranges` (sorted, disjoint byte ranges of `text`),
    /// each range searched on its own with the text around it as context. No range, no
    /// compiling.
    pub fn captures_in<'r, 't>(
        &'r self,
        text: &'t str,
        ranges: &'r [Range<usize>],
    ) -> impl Iterator<Item = Caps<'t>> + 'r
    where
        't: 'r,
    {
        ranges.iter().flat_map(move |r| {
            self.get().engine.captures_iter(Input::new(text).range(r.clone())).map(move |caps| Caps { text, caps })
        })
    }

    /// The matches `captures_in` finds, for a pattern whose every match starts at one of
    /// `starts` (sorted offsets; a superset does no harm): an anchored search at each start
    /// inside a range instead of a scan of the whole range. Leftmost-first matching finds the
    /// same matches, since the leftmost match after the previous one starts at the first
    /// start where an anchored search succeeds. Only the spans: the caller reads the groups
    /// back from the matched text, which spares the capture pass.
    pub fn find_at<'r>(
        &'r self,
        text: &'r str,
        ranges: &'r [Range<usize>],
        starts: Vec<usize>,
    ) -> impl Iterator<Item = Range<usize>> + 'r {
        anchored_walk(ranges, starts, move |span| {
            let m = self.get().engine.search(&Input::new(text).range(span).anchored(Anchored::Yes))?;
            Some((m.end(), m.range()))
        })
    }

    /// [`LazyRx::captures_at`] from `starts` when they are known, else [`LazyRx::captures_in`]:
    /// the same matches either way.
    pub fn captures_from<'t>(
        &self,
        text: &'t str,
        ranges: &[Range<usize>],
        starts: Option<Vec<usize>>,
    ) -> Vec<Caps<'t>> {
        match starts {
            Some(starts) => self.captures_at(text, ranges, starts).collect(),
            None => self.captures_in(text, ranges).collect(),
        }
    }

    /// The matches `captures_in` finds, with their groups, for a pattern whose every match
    /// starts at one of `starts` (sorted offsets; a superset does no harm): an anchored
    /// search at each start inside a range, as [`LazyRx::find_at`] does, instead of a scan of
    /// the whole range.
    pub fn captures_at<'r, 't>(
        &'r self,
        text: &'t str,
        ranges: &'r [Range<usize>],
        starts: Vec<usize>,
    ) -> impl Iterator<Item = Caps<'t>> + 'r
    where
        't: 'r,
    {
        // Made at the first search: no range, no compiling.
        let mut caps: Option<Captures> = None;
        anchored_walk(ranges, starts, move |span| {
            let engine = &self.get().engine;
            let caps = caps.get_or_insert_with(|| engine.create_captures());
            engine.search_captures(&Input::new(text).range(span).anchored(Anchored::Yes), caps);
            let m = caps.get_match()?;
            Some((m.end(), Caps { text, caps: caps.clone() }))
        })
    }
}

/// Run `search` (an anchored search of the span it is given, returning where its match ends
/// and what it found) at each of `starts` (sorted) that lies inside one of `ranges` (sorted,
/// disjoint) and past the end of the previous match, the span running to the end of its
/// range: the leftmost-first matches of the ranges, when every match starts at one of them.
fn anchored_walk<'r, T>(
    ranges: &'r [Range<usize>],
    starts: Vec<usize>,
    mut search: impl FnMut(Range<usize>) -> Option<(usize, T)> + 'r,
) -> impl Iterator<Item = T> + 'r {
    let (mut range, mut done) = (0, 0);
    starts.into_iter().filter_map(move |at| {
        while range < ranges.len() && ranges[range].end <= at {
            range += 1;
        }
        let r = ranges.get(range)?;
        if at < r.start || at < done {
            return None;
        }
        let (end, found) = search(at..r.end)?;
        done = end;
        Some(found)
    })
}

impl std::ops::Deref for LazyRx {
    type Target = Rx;
    fn deref(&self) -> &Rx {
        self.get()
    }
}

/// One match of an [`Rx`] and its groups, read like `regex::Captures`.
#[derive(Clone, Debug)]
pub struct Caps<'t> {
    text: &'t str,
    caps: Captures,
}

impl<'t> Caps<'t> {
    pub fn get(&self, group: usize) -> Option<Group<'t>> {
        self.caps.get_group(group).map(|s| Group { text: self.text, start: s.start, end: s.end })
    }

    pub fn name(&self, name: &str) -> Option<Group<'t>> {
        self.caps.get_group(self.index_of(name)?).map(|s| Group { text: self.text, start: s.start, end: s.end })
    }

    /// The index of a named group. A scan of the dozen names a built-in pattern has beats
    /// the hash lookup `get_group_by_name` does for every call.
    fn index_of(&self, name: &str) -> Option<usize> {
        let pattern = self.caps.pattern()?;
        self.caps.group_info().pattern_names(pattern).position(|n| n == Some(name))
    }
}

impl std::ops::Index<usize> for Caps<'_> {
    type Output = str;
    fn index(&self, group: usize) -> &str {
        let s = self.caps.get_group(group).unwrap_or_else(|| panic!("no group {group}"));
        &self.text[s.start..s.end]
    }
}

impl std::ops::Index<&str> for Caps<'_> {
    type Output = str;
    fn index(&self, name: &str) -> &str {
        let s = self.index_of(name).and_then(|i| self.caps.get_group(i)).unwrap_or_else(|| panic!("no group {name}"));
        &self.text[s.start..s.end]
    }
}

/// One group of a match: offsets into the searched text.
#[derive(Clone, Copy, Debug)]
pub struct Group<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Group<'t> {
    pub fn start(&self) -> usize {
        self.start
    }
    pub fn end(&self) -> usize {
        self.end
    }
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
    pub fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
}

/// The guard each module with built-in patterns runs over a list of them.
#[cfg(test)]
pub(crate) mod guard {
    use super::{unicode_class_at, LazyRx};

    /// Text where ASCII and Unicode classes part ways: digits beyond ASCII, and letters beyond
    /// ASCII beside numbers and words.
    pub(crate) const TRICKY: &[&str] = &[
        "On May ٣, 2025, May 3, ٢٠٢٥ and May 3é, 2025; é2025-01-02, ٢٠٢٥-01-02, 5/6/٢٠٢٥, é5/6/2025.",
        "é5 million, ٥ million, five millioné, éfive percent, twentyé, é3 times, twice ٣ times, halfé.",
        "éthree days ago, ٣ days ago, 3 daysé ago, é10-year-old, fiveé hours, é1990s, the 1990sé, '٩0s.",
        "Q3é 2025, éQ3 2025, Q٣ 2025, fiscalé 2025, FY٢٠٢٥, éFY 2025, on the ٣rd, by the 3rdé, every ٣ days.",
        "last weekendé, this morningé, éyesterday, sinceé spring, in the springé, first half of ٢٠٢٥, nowé.",
        "date 2025-09-19é\ndate: ٢٠٢٥-09-19\nWASHINGTON, Sept. ٣ (AP) — Sept. 19, 2025é\nMonday, May 3, 2025é",
        "<!-- copydesk-disableé -->\ncopydesk-enableé x\n<!-- copydesk-disable-next-line date -->",
    ];

    /// Assert that every pattern says its classes in ASCII; return what each finds in `TRICKY`,
    /// one line per pattern and text with a match: `NAME i: match | match`.
    pub(crate) fn walk(patterns: &[(&str, &LazyRx)]) -> Vec<String> {
        let mut found = Vec::new();
        for (name, rx) in patterns {
            assert_eq!(unicode_class_at(rx.as_str()), None, "{name}: {}", rx.as_str());
            for (i, text) in TRICKY.iter().enumerate() {
                let spans: Vec<_> = rx.captures_iter(text).map(|c| c.get(0).unwrap().as_str()).collect();
                if !spans.is_empty() {
                    found.push(format!("{name} {i}: {}", spans.join(" | ")));
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Searched = (Vec<Vec<Option<Range<usize>>>>, Option<Range<usize>>, bool, Vec<Option<Match>>);

    /// Every group of every match, the leftmost match, whether there is one, and an anchored
    /// search at every offset of a short text.
    fn searched_by(rx: &Rx, text: &str) -> Searched {
        let groups = rx
            .captures_iter(text)
            .map(|c| (0..c.caps.group_len()).map(|g| c.get(g).map(|g| g.range())).collect())
            .collect();
        let offsets = if text.len() < 1000 { 0..=text.len() } else { 0..=0 };
        let anchored =
            offsets.map(|at| rx.engine.search(&Input::new(text).range(at..).anchored(Anchored::Yes))).collect();
        (groups, rx.find(text), rx.is_match(text), anchored)
    }

    #[test]
    fn the_short_run_engine_finds_what_the_meta_regex_finds() {
        let patterns = [
            r"(?i)(?-u:\b)(?P<n>one|two|twenty(?:-one)?)\s+(?P<u>days?|weeks?)(?-u:\b)",
            r"(?-u:\b)(?P<m>Jan|May|Sept?)\.?\s+(?P<d>[0-9]{1,2})(?:,\s*(?P<y>[0-9]{4}))?(?-u:\b)",
            r"\A\u{feff}?[ \t]*(?i:date)[ \t]*:[ \t]*(?P<v>[^\r\n]*)",
            r"[0-9]*",
            r"(?m)^(date|published)[ \t]*([:=])[ \t]*([^\r\n]*)",
            r"(?i)(?-u:\b)(?:s|k)\w+",
        ];
        // Long enough that a search leaves the backtracker for the PikeVM.
        let long = guard::TRICKY.concat().repeat(40);
        let mut texts: Vec<&str> = guard::TRICKY.to_vec();
        texts.push(&long);
        texts.extend(["", "Date: May 5, 2025\nSept 30 and twenty-one weeks ago", "ſkate Kelvin \u{212a}ey 12 é3"]);
        for pattern in patterns {
            let (meta, nfa) = (Rx::build(pattern, false).unwrap(), Rx::build(pattern, true).unwrap());
            assert!(matches!((&meta.engine, &nfa.engine), (Engine::Meta(_), Engine::Nfa(_))));
            for text in &texts {
                assert_eq!(searched_by(&meta, text), searched_by(&nfa, text), "{pattern} in {text:?}");
            }
        }
    }

    #[test]
    fn every_builtin_table_finds_what_its_meta_regex_finds() {
        let long = guard::TRICKY.concat().repeat(40);
        let mut texts: Vec<&str> = guard::TRICKY.to_vec();
        texts.extend([long.as_str(), "", "Date: May 5, 2025\nWASHINGTON, Sept. 3 (AP) — twenty-one weeks ago"]);
        for table in builtin::ALL {
            let (meta, nfa) = (Rx::build(table.pattern, false).unwrap(), Rx::from_table(table));
            assert!(matches!((&meta.engine, &nfa.engine), (Engine::Meta(_), Engine::Nfa(_))));
            for text in &texts {
                assert_eq!(searched_by(&meta, text), searched_by(&nfa, text), "{} in {text:?}", table.name);
            }
        }
    }

    #[test]
    fn groups_read_like_the_regex_crate() {
        let rx = Rx::builtin(r"(?-u:\b)(?P<m>May)\s+([0-9]+)(?-u:\b)");
        let c = rx.captures("on May 5 or so").unwrap();
        assert_eq!((&c["m"], &c[2]), ("May", "5"));
        assert_eq!(c.get(0).unwrap().range(), 3..8);
        assert!(c.name("x").is_none());
    }

    #[test]
    fn a_range_sees_the_text_around_it() {
        static RX: LazyRx = LazyRx::new(|| Rx::builtin(r"(?-u:\b)[0-9]+(?-u:\b)"));
        let rx = &RX;
        // "12" inside "A12" is no match even when the range starts at the digits.
        let found: Vec<_> = rx.captures_in("A12 and 34", &[1..3, 8..10]).map(|c| c.get(0).unwrap().range()).collect();
        assert_eq!(found, vec![8..10]);
    }

    #[test]
    fn unicode_classes_are_found_where_written() {
        assert_eq!(unicode_class_at(r"(?-u:\b)[0-9]+(?-u:\B)x\\d\\b"), None);
        assert_eq!(unicode_class_at(r"a\b"), Some(1));
        assert_eq!(unicode_class_at(r"(?-u:\b\b)"), Some(5));
        assert_eq!(unicode_class_at(r"[\d,]"), Some(1));
        assert_eq!(unicode_class_at(r"x\D"), Some(1));
        assert_eq!(unicode_class_at(r"\\\d"), Some(2));
    }

    #[test]
    #[should_panic(expected = "Unicode class")]
    fn a_builtin_pattern_may_not_say_a_unicode_class() {
        Rx::builtin(r"\b[0-9]+");
    }

    #[test]
    fn new_compiles_the_pattern_as_written() {
        assert!(Rx::new(r"^\d$").unwrap().is_match("٣"));
        assert!(!Rx::new(r"^[0-9]$").unwrap().is_match("٣"));
        assert!(Rx::new(r"\b5").unwrap().find("é5").is_none());
        assert_eq!(Rx::new(r"(?-u:\b)5").unwrap().find("é5"), Some(2..3));
        assert_eq!(Rx::new(r"[\d]").unwrap().as_str(), r"[\d]");
    }

    #[test]
    fn ascii_word_boundaries_beside_non_ascii_text() {
        let rx = Rx::builtin(r"(?-u:\b)[0-9]{4}(?-u:\b)");
        let found: Vec<_> = rx.captures_iter("—2025— and é2026").map(|c| c.get(0).unwrap().as_str()).collect();
        assert_eq!(found, vec!["2025", "2026"]);
    }
}
