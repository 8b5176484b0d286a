//! Adding one file's facts to `Facts`, in two steps: validation turns a rule file's tables
//! (as serde read them) into offices, people and events, with an error for each bad value;
//! insertion adds them, merging the same fact from another file and refusing overlapping terms
//! of one holder within the file. A shipped file's facts come from build-time statics
//! (`fact_statics`), proved valid by its tests, and take the insertion step alone.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use chrono::NaiveDate;
use foldhash::fast::RandomState as QuickHash;
use toml::Spanned;

use super::super::error::LoadError;
use super::super::fact_statics::{ShippedFacts, StaticEvent, StaticOffice, StaticPack, StaticPerson, Ymd};
use super::super::schema::{RawEvent, RawOffice, RawPack, RawPerson};
use super::super::toml_values::toml_date;
use super::{Event, Facts, Office, PackInfo, Person, FIGURE_WORDS};

impl Facts {
    /// Validate a file's fact tables and add them.
    pub(in crate::rules) fn add(
        &mut self,
        path: &str,
        pack: Option<RawPack>,
        offices: Vec<Spanned<RawOffice>>,
        people: Vec<Spanned<RawPerson>>,
        events: Vec<Spanned<RawEvent>>,
    ) -> Result<(), Vec<LoadError>> {
        let mut errors = Vec::new();
        let pack = pack.map(|p| PackInfo {
            path: path.to_string(),
            as_of: p.as_of.as_ref().and_then(|v| date_of(path, v, "as-of", &mut errors)),
            source: p.source,
            commit: p.commit,
        });
        let as_of = self.begin_file(pack, !offices.is_empty() || !people.is_empty());
        if !offices.is_empty() {
            let mut terms = NewTerms::after(&self.offices);
            for o in offices {
                let span = o.span();
                if let Some(office) = office_of(path, o.into_inner(), &span, as_of, &mut errors) {
                    terms.insert(path, office, span, &mut errors);
                }
            }
            terms.finish(&mut self.offices);
        }
        if !people.is_empty() {
            let mut known = NewPeople::after(&self.people);
            for p in people {
                if let Some(person) = person_of(path, p.into_inner(), as_of, &mut errors) {
                    known.insert(person, &mut self.people);
                }
            }
        }
        for e in events {
            if let Some(event) = event_of(path, e, &mut errors) {
                self.insert_event(event);
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Add a shipped file's facts from its statics: the insertion step of [`Facts::add`]
    /// alone. An error here means the statics and the file's tests disagree.
    pub(in crate::rules) fn add_shipped(&mut self, path: &str, facts: &ShippedFacts) -> Result<(), Vec<LoadError>> {
        let mut errors = Vec::new();
        let pack = facts.pack.as_ref().map(|p| p.info(path));
        let as_of = self.begin_file(pack, !facts.offices.is_empty() || !facts.people.is_empty());
        if !facts.offices.is_empty() {
            let mut terms = NewTerms::after(&self.offices);
            for o in facts.offices {
                let (office, span) = o.office(path, as_of);
                terms.insert(path, office, span, &mut errors);
            }
            terms.finish(&mut self.offices);
        }
        if !facts.people.is_empty() {
            let mut known = NewPeople::after(&self.people);
            for p in facts.people {
                known.insert(p.person(path, as_of), &mut self.people);
            }
        }
        for e in facts.events {
            self.insert_event(e.event(path));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Start a file: record its pack, and give its offices and people their places after
    /// a waiting pack's. A file of rules or events alone leaves a waiting pack waiting.
    /// Returns the pack's `as-of` day.
    fn begin_file(&mut self, pack: Option<PackInfo>, has_offices_or_people: bool) -> Option<NaiveDate> {
        self.event_names = OnceLock::new();
        if pack.is_none() && !has_offices_or_people {
            return None;
        }
        self.settle();
        let as_of = pack.as_ref().and_then(|p| p.as_of);
        self.packs.extend(pack);
        as_of
    }

    /// An event, unless the same one (name and date) is known already.
    fn insert_event(&mut self, event: Event) {
        if !self.events.iter().any(|x| x.name == event.name && x.date == event.date) {
            self.events.push(event);
        }
    }
}

/// The terms of one file on their way in, indexed by (title, holder) and by whole term, so a
/// pack of a thousand terms loads in linear time; foldhash, as SipHash was a third of loading
/// the shipped offices.
struct NewTerms {
    /// Each term of this file, and whether it is new (not the same fact from another file).
    this_file: Vec<(Office, bool)>,
    by_holder: HashMap<(String, String), Vec<usize>, QuickHash>,
    known: HashSet<TermKey, QuickHash>,
}

impl NewTerms {
    fn after(existing: &[Office]) -> Self {
        NewTerms {
            this_file: Vec::new(),
            by_holder: HashMap::default(),
            known: existing.iter().map(term_key).collect(),
        }
    }

    fn insert(&mut self, path: &str, office: Office, span: Range<usize>, errors: &mut Vec<LoadError>) {
        // Two different terms of one holder in one office must not overlap within a file.
        let holder_key = (office.title.clone(), office.holder.clone());
        let same_holder = self.by_holder.get(&holder_key).map_or(&[][..], Vec::as_slice);
        if let Some((other, _)) =
            same_holder.iter().map(|&i| &self.this_file[i]).find(|(x, _)| x != &office && overlaps(x, &office))
        {
            let message = format!(
                "term of {} as {} ({} to {}) overlaps another term ({} to {})",
                office.holder,
                office.title,
                office.from,
                fmt_to(office.to),
                other.from,
                fmt_to(other.to)
            );
            errors.push(
                LoadError::at(path, Some(span), message).with_help("merge the two terms into one, or fix the dates"),
            );
            return;
        }
        self.by_holder.entry(holder_key).or_default().push(self.this_file.len());
        // The same fact from another file (a newsroom pack repeating a shipped one) merges.
        let new = self.known.insert(term_key(&office));
        self.this_file.push((office, new));
    }

    fn finish(self, offices: &mut Vec<Office>) {
        offices.extend(self.this_file.into_iter().filter_map(|(office, new)| new.then_some(office)));
    }
}

/// The people known before a file, by name and birthday: the same person again merges.
struct NewPeople {
    known: HashSet<(String, NaiveDate), QuickHash>,
}

impl NewPeople {
    fn after(existing: &[Person]) -> Self {
        NewPeople { known: existing.iter().map(|x| (x.name.clone(), x.born)).collect() }
    }

    fn insert(&mut self, person: Person, people: &mut Vec<Person>) {
        if self.known.insert((person.name.clone(), person.born)) {
            people.push(person);
        }
    }
}

/// An `[[office]]` table as a term, or errors: dates that are not dates, a term that ends
/// before it starts, no title forms.
fn office_of(
    path: &str,
    o: RawOffice,
    span: &Range<usize>,
    as_of: Option<NaiveDate>,
    errors: &mut Vec<LoadError>,
) -> Option<Office> {
    let from = date_of(path, &o.from, "from", errors);
    let to = o.to.as_ref().and_then(|t| date_of(path, t, "to", errors));
    let from = from?;
    if let (Some(t), Some(ts)) = (to, o.to.as_ref()) {
        if t < from {
            let message = format!("term of {} as {} ends ({t}) before it starts ({from})", o.holder, o.title);
            errors
                .push(LoadError::at(path, Some(ts.span()), message).with_help("swap `from` and `to`, or fix the year"));
            return None;
        }
    }
    if o.forms.is_empty() {
        let message = format!("office `{}` needs at least one entry in `forms`", o.title);
        errors.push(LoadError::at(path, Some(span.clone()), message));
        return None;
    }
    Some(Office {
        title: o.title,
        forms: o.forms,
        holder: o.holder,
        aliases: o.aliases,
        surnames: o.surnames,
        state: o.state,
        district: o.district,
        party: o.party,
        caucus: o.caucus,
        from,
        to,
        as_of,
        source: path.to_string(),
    })
}

/// A `[[person]]` table as a person, or errors: dates that are not dates, a death before birth.
fn person_of(path: &str, p: RawPerson, as_of: Option<NaiveDate>, errors: &mut Vec<LoadError>) -> Option<Person> {
    let born = date_of(path, &p.born, "born", errors)?;
    let died = match &p.died {
        Some(d) => match date_of(path, d, "died", errors)? {
            d if d >= born => Some(d),
            _ => {
                errors.push(LoadError::at(path, Some(d.span()), "`died` is before `born`".to_string()));
                return None;
            }
        },
        None => None,
    };
    Some(Person { name: p.name, aliases: p.aliases, born, died, as_of, source: path.to_string() })
}

/// An `[[event]]` table as an event, or errors: a date that is not a date, a negative
/// tolerance, a figure no check reads.
fn event_of(path: &str, e: Spanned<RawEvent>, errors: &mut Vec<LoadError>) -> Option<Event> {
    let span = e.span();
    let e = e.into_inner();
    let date = date_of(path, &e.date, "date", errors)?;
    if e.tolerance.is_some_and(|t| t < 0.0 || !t.is_finite()) {
        errors.push(
            LoadError::at(path, Some(span), format!("event `{}` has a negative `tolerance`", e.name))
                .with_help("`tolerance` widens each figure to figure ± tolerance; write 0 or more"),
        );
        return None;
    }
    let before = errors.len();
    if let Some(f) = &e.figures {
        check_figure_keys(path, &e.name, f, errors);
    }
    if errors.len() > before {
        return None;
    }
    Some(Event {
        name: e.name,
        aliases: e.aliases,
        date,
        figures: e.figures.map(Spanned::into_inner).unwrap_or_default(),
        tolerance: e.tolerance.unwrap_or(0.0),
        source: path.to_string(),
    })
}

/// A figure key no check reads is an error, not a figure silently never compared.
fn check_figure_keys(path: &str, name: &str, figures: &Spanned<BTreeMap<String, f64>>, errors: &mut Vec<LoadError>) {
    for key in figures.get_ref().keys() {
        let k = key.to_lowercase();
        if FIGURE_WORDS.iter().any(|g| g.contains(&k.as_str())) {
            continue;
        }
        let usual: Vec<String> = FIGURE_WORDS.iter().map(|g| format!("`{}`", g[0])).collect();
        errors.push(
            LoadError::at(path, Some(figures.span()), format!("event `{name}`: no check reads a figure `{key}`"))
                .with_help(format!(
                    "fact.event-figure reads {} (or another word for one of them, like `deaths` or `wounded`)",
                    usual.join(", ")
                )),
        );
    }
}

/// A date build.rs wrote; one that does not exist fails the tests below first.
fn day(path: &str, (y, m, d): Ymd) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_else(|| panic!("{path}: no such day {y}-{m}-{d}"))
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_string()).collect()
}

impl StaticPack {
    fn info(&self, path: &str) -> PackInfo {
        PackInfo {
            path: path.to_string(),
            source: self.source.to_string(),
            commit: self.commit.map(str::to_string),
            as_of: self.as_of.map(|d| day(path, d)),
        }
    }
}

impl StaticOffice {
    /// The office, and the span of its table (for an overlap, which insertion finds).
    fn office(&self, path: &str, as_of: Option<NaiveDate>) -> (Office, Range<usize>) {
        let office = Office {
            title: self.title.to_string(),
            forms: strings(self.forms),
            holder: self.holder.to_string(),
            aliases: strings(self.aliases),
            surnames: strings(self.surnames),
            state: self.state.map(str::to_string),
            district: self.district,
            party: self.party.map(str::to_string),
            caucus: self.caucus.map(str::to_string),
            from: day(path, self.from),
            to: self.to.map(|d| day(path, d)),
            as_of,
            source: path.to_string(),
        };
        (office, self.span.0..self.span.1)
    }
}

impl StaticPerson {
    fn person(&self, path: &str, as_of: Option<NaiveDate>) -> Person {
        Person {
            name: self.name.to_string(),
            aliases: strings(self.aliases),
            born: day(path, self.born),
            died: self.died.map(|d| day(path, d)),
            as_of,
            source: path.to_string(),
        }
    }
}

impl StaticEvent {
    fn event(&self, path: &str) -> Event {
        let figures: BTreeMap<String, f64> =
            self.figures.unwrap_or_default().iter().map(|(k, v)| ((*k).to_string(), *v)).collect();
        Event {
            name: self.name.to_string(),
            aliases: strings(self.aliases),
            date: day(path, self.date),
            figures,
            tolerance: self.tolerance.unwrap_or(0.0),
            source: path.to_string(),
        }
    }
}

fn date_of(path: &str, v: &Spanned<toml::Value>, what: &str, errors: &mut Vec<LoadError>) -> Option<NaiveDate> {
    let d = toml_date(v.get_ref());
    if d.is_none() {
        errors.push(LoadError::at(path, Some(v.span()), format!("`{what}` must be a real date like 2009-01-20")));
    }
    d
}

fn fmt_to(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "now".into(), |d| d.to_string())
}

/// What makes two terms one fact: office, holder and dates.
type TermKey = (String, String, NaiveDate, Option<NaiveDate>);

fn term_key(o: &Office) -> TermKey {
    (o.title.clone(), o.holder.clone(), o.from, o.to)
}

fn overlaps(a: &Office, b: &Office) -> bool {
    let a_end = a.to.unwrap_or(NaiveDate::MAX);
    let b_end = b.to.unwrap_or(NaiveDate::MAX);
    a.from < b_end && b.from < a_end
}
