//! Facts a newsroom writes down: who held which office when, birth dates, known events.

use std::collections::{BTreeMap, HashMap};

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;
use foldhash::fast::RandomState as QuickHash;

use super::fact_list::{FactList, Waiting};
use super::fact_statics::ShippedFacts;
use super::name_index::Names;
use super::pack_probe::PackProbe;
use crate::span::Span;

// Adding a file's facts: validation, and the insertion shipped statics share.
#[path = "facts_load.rs"]
mod load;

/// The figures `fact.event-figure` reads, each a group of the words news copy counts it with.
/// An event's figure key is one of these words: `killed = 11` reads "killed 11 workers", "11
/// were killed", "left 11 dead" and "11 deaths". The first word of each group is its usual key.
pub const FIGURE_WORDS: &[&[&str]] = &[
    &["killed", "kill", "kills", "killing", "dead", "deaths", "died", "die", "fatalities", "lives", "victims"],
    &["injured", "injure", "injuring", "injuries", "wounded", "wounding", "hurt"],
    &["missing"],
    &["rescued", "saved", "survivors", "survived"],
];

/// One term of one holder in one office.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Office {
    pub title: String,
    pub forms: Vec<String>,
    pub holder: String,
    pub aliases: Vec<String>,
    /// Names after a title that find this term only when no other holder of the title at
    /// the date goes by them ("Sen. Scott").
    pub surnames: Vec<String>,
    pub state: Option<String>,
    pub district: Option<u32>,
    pub party: Option<String>,
    pub caucus: Option<String>,
    pub from: NaiveDate,
    /// None while the holder is still in office.
    pub to: Option<NaiveDate>,
    /// The day the record this term comes from was taken (a generated pack's `as-of`): a
    /// term still open that day may have ended or changed since.
    pub as_of: Option<NaiveDate>,
    pub source: String,
}

impl Office {
    /// Whether the term covers a day. The day a term ends belongs to the successor (US terms
    /// end at noon on January 20; the successor is in office that afternoon).
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.from <= day && self.to.is_none_or(|t| day <= t)
    }

    /// Whether the term was still open on its record's `as-of` day: its end is scheduled, not
    /// known, and nothing said after that day can be judged against it.
    pub fn open_at_snapshot(&self) -> bool {
        self.as_of.is_some_and(|a| self.from <= a && self.to.is_none_or(|t| t > a))
    }

    /// Whether a day falls after the record was taken, in a term open then.
    pub fn unknown_on(&self, day: NaiveDate) -> bool {
        self.open_at_snapshot() && self.as_of.is_some_and(|a| day > a)
    }

    /// " (record as of 2026-06-15)" for a term from a dated pack, for messages.
    pub fn record_note(&self) -> String {
        record_note(self.as_of)
    }
}

/// " (record as of DATE)" when a fact comes from a dated record, else nothing.
pub fn record_note(as_of: Option<NaiveDate>) -> String {
    as_of.map_or_else(String::new, |d| format!(" (record as of {d})"))
}

/// A generated pack's `[pack]` table: where its facts came from and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackInfo {
    pub path: String,
    pub source: String,
    pub commit: Option<String>,
    pub as_of: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub aliases: Vec<String>,
    pub born: NaiveDate,
    /// The day they died, for people the facts know to have died.
    pub died: Option<NaiveDate>,
    pub as_of: Option<NaiveDate>,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub name: String,
    pub aliases: Vec<String>,
    pub date: NaiveDate,
    pub figures: BTreeMap<String, f64>,
    pub tolerance: f64,
    pub source: String,
}

/// Offices, people and packs read like `Vec`s; a shipped pack among them is read only when a
/// text may name someone in it, or when a whole list is used (see `fact_list`).
#[derive(Clone, Debug, Default)]
pub struct Facts {
    pub offices: FactList<Office>,
    pub people: FactList<Person>,
    pub events: Vec<Event>,
    /// The generated packs loaded, in load order.
    pub packs: FactList<PackInfo>,
    /// Built on first use, after all files are loaded, each part only when a rule asks for it
    /// (most articles name no event and state no age).
    titles: OnceLock<NameAutomaton<TitleForm>>,
    people_names: OnceLock<NameAutomaton<Vec<usize>>>,
    event_names: OnceLock<NameAutomaton<usize>>,
    /// A shipped pack not read yet, and the same two indexes over the facts before it.
    pub(super) pending: Option<Arc<PendingPack>>,
    titles_before: OnceLock<NameAutomaton<TitleForm>>,
    people_before: OnceLock<NameAutomaton<Vec<usize>>>,
    /// The indices into `offices` of each holder's terms, in order, built on first use.
    holders: OnceLock<HashMap<String, Vec<usize>, QuickHash>>,
}

/// "President Donald Trump" found in a text, with every office term it may refer to.
#[derive(Clone, Debug)]
pub struct FactMatch {
    pub span: Span,
    pub title_span: Span,
    /// Indices into `Facts::offices` whose form and name (or alias) match.
    pub offices: Vec<usize>,
    /// Offices whose form matches and whose holder goes by the name only as a surname: they
    /// are meant only when one of them is held at the date.
    pub by_surname: Vec<usize>,
}

/// The offices a name after a title form finds: by a full name or alias, and by a surname.
#[derive(Clone, Debug, Default)]
struct NameTargets {
    full: Vec<usize>,
    by_surname: Vec<usize>,
}

/// The names that may follow one title form, each with the offices it may refer to, longest
/// first, and where to look for the ones a text can start with.
#[derive(Clone, Debug, Default)]
struct NamesAfterForm {
    names: Vec<(String, NameTargets)>,
    /// Indices into `names`, in order, by the first two bytes of the name: a "Rep." is
    /// followed by one of a thousand names, and comparing each cost more than the search.
    by_start: HashMap<[u8; 2], Vec<u32>, QuickHash>,
    /// Indices of the names shorter than two bytes, in order.
    short: Vec<u32>,
}

impl NamesAfterForm {
    fn new(names: Vec<(String, NameTargets)>) -> Self {
        let mut index = NamesAfterForm { names, ..NamesAfterForm::default() };
        for (i, (name, _)) in index.names.iter().enumerate() {
            let i = u32::try_from(i).expect("fewer than 2^32 names");
            match name.as_bytes() {
                [a, b, ..] => index.by_start.entry([*a, *b]).or_default().push(i),
                _ => index.short.push(i),
            }
        }
        index
    }

    /// The first name (longest first) that `rest` starts with, as a whole word.
    fn first_at(&self, rest: &str) -> Option<&(String, NameTargets)> {
        let starts = |&i: &u32| {
            let name = self.names[i as usize].0.as_str();
            rest.starts_with(name) && rest[name.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
        };
        let bucket = match rest.as_bytes() {
            [a, b, ..] => self.by_start.get(&[*a, *b]).and_then(|names| names.iter().find(|i| starts(i))),
            _ => None,
        };
        let short = self.short.iter().find(|i| starts(i));
        bucket.into_iter().chain(short).min().map(|&i| &self.names[i as usize])
    }
}

/// A title form, and the names after it, gathered the first time the form is found: a text
/// holds a few forms, and gathering every form's names up front cost a one-article process
/// more than its checks (ten thousand names with the Congress pack).
#[derive(Clone, Debug)]
struct TitleForm {
    form: String,
    names: OnceLock<NamesAfterForm>,
}

/// An index of names and, per pattern, what the name stands for: for a title form the
/// names that may follow it with their offices, longest first; for a person's name everyone
/// who goes by it ("Trudeau" is father and son); for an event's name the event.
#[derive(Clone, Debug)]
struct NameAutomaton<T> {
    automaton: Names,
    targets: Vec<T>,
}

fn automaton<P: AsRef<[u8]>>(patterns: &[P], ascii_case_insensitive: bool) -> Names {
    // A short run (crate::startup) indexes the names rather than build an automaton: building
    // one for the title forms alone cost a one-article process more than its checks.
    Names::new(patterns, ascii_case_insensitive)
}

/// Matches that start and end on word boundaries.
fn word_matches<'a>(index: &'a Names, text: &'a str) -> impl Iterator<Item = (usize, Span)> + 'a {
    word_matches_in(index, text, 0..text.len())
}

/// Matches inside `range` of `text` that start and end on word boundaries.
fn word_matches_in<'a>(
    index: &'a Names,
    text: &'a str,
    range: Range<usize>,
) -> impl Iterator<Item = (usize, Span)> + 'a {
    index.find_iter(text.as_bytes(), range).filter_map(move |m| {
        let before = text[..m.start].chars().next_back();
        let after = text[m.end..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        (boundary(before) && boundary(after)).then(|| (m.pattern, Span::new(m.start, m.end)))
    })
}

impl Facts {
    fn titles(&self) -> &NameAutomaton<TitleForm> {
        self.titles.get_or_init(|| title_index(&self.offices, &[]))
    }

    fn people_names(&self) -> &NameAutomaton<Vec<usize>> {
        self.people_names.get_or_init(|| people_index(&self.people))
    }

    /// The pack waiting to be read, unless it has been read already.
    fn waiting(&self) -> Option<&PackProbe> {
        self.pending.as_ref().filter(|p| !p.is_read()).map(|p| p.probe)
    }

    /// Leave a shipped pack of facts (see `pack_probe`) to be read when first needed, after
    /// the facts loaded so far. Loading anything else later reads it first.
    pub(super) fn defer(&mut self, path: &str, statics: &'static ShippedFacts, probe: &'static PackProbe) {
        self.settle();
        let pending = Arc::new(PendingPack::new(path.to_string(), statics, probe, self.clone()));
        let offices: Arc<dyn Waiting<Office>> = pending.clone();
        let people: Arc<dyn Waiting<Person>> = pending.clone();
        let packs: Arc<dyn Waiting<PackInfo>> = pending.clone();
        self.offices.pending = Some(offices);
        self.people.pending = Some(people);
        self.packs.pending = Some(packs);
        self.pending = Some(pending);
    }

    /// Read a waiting pack into the lists, and forget every index built so far.
    fn settle(&mut self) {
        self.offices.settle();
        self.people.settle();
        self.packs.settle();
        self.pending = None;
        self.titles = OnceLock::new();
        self.people_names = OnceLock::new();
        self.event_names = OnceLock::new();
        self.titles_before = OnceLock::new();
        self.people_before = OnceLock::new();
        self.holders = OnceLock::new();
    }

    /// The terms held by any of `holders`, in the order of `offices`: what filtering every
    /// office by its holder gives, without reading every office for each name found.
    pub fn terms_of<'h>(&self, holders: impl IntoIterator<Item = &'h str>) -> Vec<&Office> {
        let index = self.holders.get_or_init(|| {
            let mut index: HashMap<String, Vec<usize>, QuickHash> = HashMap::default();
            for (i, o) in self.offices.iter().enumerate() {
                index.entry(o.holder.clone()).or_default().push(i);
            }
            index
        });
        let mut terms: Vec<usize> = holders.into_iter().filter_map(|h| index.get(h)).flatten().copied().collect();
        terms.sort_unstable();
        terms.dedup();
        terms.into_iter().map(|i| &self.offices[i]).collect()
    }

    fn event_names(&self) -> &NameAutomaton<usize> {
        self.event_names.get_or_init(|| {
            let (patterns, targets): (Vec<String>, Vec<usize>) = self
                .events
                .iter()
                .enumerate()
                .flat_map(|(i, e)| std::iter::once(&e.name).chain(&e.aliases).map(move |n| (n.clone(), i)))
                .unzip();
            NameAutomaton { automaton: automaton(&patterns, true), targets }
        })
    }

    /// Every "title name" written in a text.
    pub fn find_titles(&self, text: &str) -> Vec<FactMatch> {
        if let Some(probe) = self.waiting() {
            // The facts before a waiting pack, with the pack's forms: the same forms are found
            // as with the pack read, and unless one is followed by a name from the pack, the
            // same names after them.
            let before = self.titles_before.get_or_init(|| title_index(&self.offices.loaded, probe.forms));
            let hits: Vec<(usize, Span)> = word_matches(&before.automaton, text).collect();
            if !hits.iter().any(|(_, s)| probe.titled_at(text, s.start, s.end - s.start)) {
                return names_after_titles(before, &self.offices.loaded, text, hits);
            }
        } else if self.offices.is_empty() {
            return vec![];
        }
        let m = self.titles();
        names_after_titles(m, &self.offices, text, word_matches(&m.automaton, text))
    }

    /// Every known person's name or alias: (indices into `people` of everyone who goes by
    /// that name, span).
    pub fn find_people(&self, text: &str) -> Vec<(&[usize], Span)> {
        let m = match self.waiting() {
            // No name of the waiting pack anywhere: the same matches as with it read.
            Some(probe) if !probe.names_in(text) => {
                if self.people.loaded.is_empty() {
                    return vec![];
                }
                self.people_before.get_or_init(|| people_index(&self.people.loaded))
            }
            _ if self.people.is_empty() => return vec![],
            _ => self.people_names(),
        };
        word_matches(&m.automaton, text).map(|(p, s)| (&m.targets[p][..], s)).collect()
    }

    /// Every known event's name or alias inside `ranges` of `text` (sorted, disjoint), the
    /// text around them deciding word boundaries: (index into `events`, span).
    pub fn find_events_in(&self, text: &str, ranges: &[Range<usize>]) -> Vec<(usize, Span)> {
        if self.events.is_empty() || ranges.is_empty() {
            return vec![];
        }
        let m = self.event_names();
        ranges
            .iter()
            .flat_map(|r| word_matches_in(&m.automaton, text, r.clone()))
            .map(|(p, s)| (m.targets[p], s))
            .collect()
    }
}

/// The title forms of `offices` and `extra_forms`, their names to be gathered when found.
fn title_index(offices: &[Office], extra_forms: &[&str]) -> NameAutomaton<TitleForm> {
    // Titles are found in two steps: the few title forms with one small automaton, then the
    // names that may follow each form by comparison. A few dozen forms search far faster than
    // every "form name" pair (ten thousand patterns).
    // Sorted, each once, as a `BTreeSet` gave them, without building one.
    let mut patterns: Vec<&str> =
        offices.iter().flat_map(|o| o.forms.iter().map(String::as_str)).chain(extra_forms.iter().copied()).collect();
    patterns.sort_unstable();
    patterns.dedup();
    let targets = patterns.iter().map(|f| TitleForm { form: (*f).to_string(), names: OnceLock::new() }).collect();
    NameAutomaton { automaton: automaton(&patterns, false), targets }
}

/// The names that may follow `form`, longest first, each with the offices it may refer to.
fn names_after_form(offices: &[Office], form: &str) -> NamesAfterForm {
    let mut names: BTreeMap<&str, NameTargets> = BTreeMap::new();
    for (i, o) in offices.iter().enumerate().filter(|(_, o)| o.forms.iter().any(|f| f == form)) {
        for name in std::iter::once(&o.holder).chain(&o.aliases) {
            let e = &mut names.entry(name).or_default().full;
            if !e.contains(&i) {
                e.push(i);
            }
        }
        for name in &o.surnames {
            let e = &mut names.entry(name).or_default().by_surname;
            if !e.contains(&i) {
                e.push(i);
            }
        }
    }
    let mut names: Vec<(String, NameTargets)> = names.into_iter().map(|(n, t)| (n.to_string(), t)).collect();
    // Longest first, so "George W. Bush" wins over "George".
    names.sort_by_key(|n| std::cmp::Reverse(n.0.len()));
    NamesAfterForm::new(names)
}

/// Each title form found, with the longest name after it that an office goes by.
fn names_after_titles(
    m: &NameAutomaton<TitleForm>,
    offices: &[Office],
    text: &str,
    hits: impl IntoIterator<Item = (usize, Span)>,
) -> Vec<FactMatch> {
    hits.into_iter()
        .filter_map(|(p, title_span)| {
            let rest = text[title_span.end..].strip_prefix(' ')?;
            let form = &m.targets[p];
            let names = form.names.get_or_init(|| names_after_form(offices, &form.form));
            let (name, targets) = names.first_at(rest)?;
            let span = Span::new(title_span.start, title_span.end + 1 + name.len());
            Some(FactMatch { span, title_span, offices: targets.full.clone(), by_surname: targets.by_surname.clone() })
        })
        .collect()
}

fn people_index(people: &[Person]) -> NameAutomaton<Vec<usize>> {
    let mut index: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, p) in people.iter().enumerate() {
        for name in std::iter::once(&p.name).chain(&p.aliases) {
            let e = index.entry(name.clone()).or_default();
            if !e.contains(&i) {
                e.push(i);
            }
        }
    }
    let (patterns, targets): (Vec<String>, Vec<Vec<usize>>) = index.into_iter().unzip();
    NameAutomaton { automaton: automaton(&patterns, false), targets }
}

/// A shipped pack not read yet, with the facts loaded before it.
pub(super) struct PendingPack {
    path: String,
    statics: &'static ShippedFacts,
    probe: &'static PackProbe,
    before: Facts,
    complete: OnceLock<Complete>,
}

/// What the lists hold once a waiting pack is read.
struct Complete {
    offices: Vec<Office>,
    people: Vec<Person>,
    packs: Vec<PackInfo>,
}

impl PendingPack {
    fn new(path: String, statics: &'static ShippedFacts, probe: &'static PackProbe, before: Facts) -> Self {
        PendingPack { path, statics, probe, before, complete: OnceLock::new() }
    }

    pub(super) fn is_read(&self) -> bool {
        self.complete.get().is_some()
    }

    /// The facts before the pack and the pack's, merged as loading it at start-up would.
    fn complete(&self) -> &Complete {
        self.complete.get_or_init(|| {
            let mut facts = self.before.clone();
            if let Err(e) = facts.add_shipped(&self.path, self.statics) {
                panic!("embedded fact pack {} does not load: {}", self.path, e[0]);
            }
            Complete {
                offices: Arc::unwrap_or_clone(facts.offices.loaded),
                people: Arc::unwrap_or_clone(facts.people.loaded),
                packs: Arc::unwrap_or_clone(facts.packs.loaded),
            }
        })
    }
}

impl Waiting<Office> for PendingPack {
    fn all(&self) -> &Vec<Office> {
        &self.complete().offices
    }
}

impl Waiting<Person> for PendingPack {
    fn all(&self) -> &Vec<Person> {
        &self.complete().people
    }
}

impl Waiting<PackInfo> for PendingPack {
    fn all(&self) -> &Vec<PackInfo> {
        &self.complete().packs
    }
}

impl std::fmt::Debug for PendingPack {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PendingPack({}, read: {})", self.path, self.is_read())
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::RuleSet;

    const OBAMA: &str = "[[office]]\ntitle = \"President of the United States\"\nforms = [\"President\"]\nholder = \"Barack Obama\"\nfrom = 2009-01-20\nto = 2017-01-20\n";

    #[test]
    fn same_fact_twice_merges() {
        let mut set = RuleSet::default();
        set.load_str("a.toml", OBAMA).unwrap();
        set.load_str("b.toml", OBAMA).unwrap();
        assert_eq!(set.facts.offices.len(), 1);
    }

    #[test]
    fn backwards_and_overlapping_terms_are_errors() {
        let bad = OBAMA.replace("to = 2017-01-20", "to = 2005-01-20");
        let e = RuleSet::default().load_str("a.toml", &bad).unwrap_err();
        assert!(e[0].message.contains("ends"), "{}", e[0].message);
        assert_eq!(e[0].line_col(), Some((6, 6)));
        let two = format!("{OBAMA}\n{}", OBAMA.replace("from = 2009-01-20", "from = 2010-01-20"));
        let e = RuleSet::default().load_str("a.toml", &two).unwrap_err();
        assert!(e[0].message.contains("overlaps"));
        // The error points at the second term's table, on line 8 of the joined file.
        assert_eq!(e[0].line_col().map(|(l, _)| l), Some(8));
        assert_eq!(e[0].to_string().split(':').take(2).collect::<Vec<_>>(), ["a.toml", "8"]);
    }

    #[test]
    fn overlap_is_per_file_and_per_holder() {
        // Another holder in the same office at the same time is a data question, not a schema
        // error (acting presidents, disputed terms), and is allowed.
        let other = OBAMA.replace("Barack Obama", "Joe Biden");
        RuleSet::default().load_str("a.toml", &format!("{OBAMA}\n{other}")).unwrap();
        // An overlapping term from another file is not an error either: packs are merged.
        let mut set = RuleSet::default();
        set.load_str("a.toml", OBAMA).unwrap();
        set.load_str("b.toml", &OBAMA.replace("from = 2009-01-20", "from = 2010-01-20")).unwrap();
        assert_eq!(set.facts.offices.len(), 2);
    }

    #[test]
    fn people_and_events_from_two_files_merge() {
        let text = "[[person]]\nname = \"Barack Obama\"\nborn = 1961-08-04\n\n[[event]]\nname = \"x\"\ndate = 2001-01-01\nfigures = { killed = 3 }\n";
        let mut set = RuleSet::default();
        set.load_str("a.toml", text).unwrap();
        set.load_str("b.toml", text).unwrap();
        assert_eq!((set.facts.people.len(), set.facts.events.len()), (1, 1));
    }

    #[test]
    fn a_death_date_is_read_and_checked_against_the_birth() {
        let person = "[[person]]\nname = \"Jane Roe\"\nborn = 1950-05-12\n";
        let mut set = RuleSet::default();
        set.load_str("a.toml", &format!("{person}died = 2020-01-02\n")).unwrap();
        assert_eq!(set.facts.people[0].died, chrono::NaiveDate::from_ymd_opt(2020, 1, 2));
        let e = RuleSet::default().load_str("a.toml", &format!("{person}died = 1940-01-02\n")).unwrap_err();
        assert_eq!((e[0].line_col(), e[0].message.as_str()), (Some((4, 8)), "`died` is before `born`"));
        let e = RuleSet::default().load_str("a.toml", &format!("{person}died = \"soon\"\n")).unwrap_err();
        assert_eq!(e[0].line_col(), Some((4, 8)));
    }

    #[test]
    fn bad_dates_point_at_the_value() {
        let e = RuleSet::default().load_str("a.toml", &OBAMA.replace("to = 2017-01-20", "to = \"soon\"")).unwrap_err();
        assert_eq!(e[0].line_col(), Some((6, 6)));
        let e = RuleSet::default()
            .load_str("a.toml", "[[event]]\nname = \"x\"\ndate = 2001-01-01\ntolerance = -2.0\n")
            .unwrap_err();
        assert!(e[0].message.contains("tolerance"), "{}", e[0].message);
    }
}
