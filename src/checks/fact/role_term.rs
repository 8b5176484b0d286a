//! fact.role-term: a title before a name at a date when the person did not hold the office.
//!
//! A title is held to the time of the clause or noun phrase it sits in (see `clause`): an event
//! noun phrase's own date ("the 1963 assassination of President X"), else a date of the title's
//! own clause (never one inside a relative clause, a clause after a time noun or reported
//! speech), else the dateline when the holder speaks or acts in the news of the day. Titles
//! marked as not current ("former", "then-", "-elect"), undated historical asides and
//! remembrances ("the funeral of President X") claim no date and are never flagged.
//!
//! Confidence: high when the holder is named in full after the title ("President Barack
//! Obama"); medium for a surname alone ("President Obama") or a name several holders share.

use chrono::{Datelike, NaiveDate};

use super::clause::{clause_at, clauses, event_phrase, verb_follows, EventKind, EventPhrase};
use super::{describe, name_confidence, period, preceding_word, sentence_date};
use crate::checks::context::{Ctx, Hit};
use crate::checks::predicate;
use crate::extract::DateMention;
use crate::finding::Related;
use crate::rules::{FactMatch, Office};
use crate::span::Span;

/// Words right before a title that mean the person is not (yet, or any longer) in office, or
/// that make the title another one ("Vice President").
const NOT_IN_OFFICE: &[&str] = &[
    "former", "ex", "then", "late", "acting", "vice", "deputy", "future", "outgoing", "incoming", "elect", "interim",
    "past", "onetime", "one-time", "then-", "would-be",
    // "state Sen. Smith": a state legislator, not a member of Congress.
    "state",
];

/// Whether a term overlaps the period a date names at its precision.
fn term_covers(o: &Office, date: NaiveDate, precision: usize) -> bool {
    let (start, end) = period(date, precision);
    // After a record's snapshot, a term open then may have ended or changed: not judged.
    o.from <= end && o.to.is_none_or(|t| t >= start) || o.unknown_on(end)
}

/// "Prime Minister May 10, 1940": the name is a month starting a date, not a holder.
fn name_is_a_date(name: &str, after: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    crate::lexicon::month_number(last).is_some() && after.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

/// Verbs right after a name that report what the person does in today's news: speech and
/// present or future tense. Narrative past ("spoke at the bridge") may be history.
#[rustfmt::skip]
const CURRENT_NEWS_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "announced", "announces", "will", "is", "has", "meets", "speaks", "warned",
    "warns", "urges", "calls", "signs", "visits", "plans", "wants", "vows", "insists", "added", "arrives",
    "orders", "rejects", "welcomes", "addresses", "expects", "hopes", "argues", "promises", "recalled", "recalls",
    "remembers", "noted", "notes",
];

/// Words before a title that make the mention an aside about another time ("signed by
/// President Nixon", "the accords that President Carter had brokered", "When President Obama
/// spoke").
#[rustfmt::skip]
const HISTORICAL_CONTEXT: &[&str] = &[
    "by", "under", "of", "from", "to", "with", "since", "during", "like", "as", "than", "that", "which", "when",
    "after", "before", "while", "once", "until", "whom", "whose",
];

/// Whether a title+name is the subject of a current-news verb in a sentence without decades or
/// other historical time words.
fn acts_in_current_news(ctx: &Ctx, sentence: usize, title_start: usize, name_end: usize) -> bool {
    let text = &ctx.article.text;
    let s = ctx.article.sentences[sentence].span;
    if ctx.m.dates[ctx.m.sentence_dates(sentence)].iter().any(|d| d.value.as_deref().is_some_and(|v| v.len() == 3)) {
        return false; // "in the 1980s"
    }
    let sentence_text = text[s.start..s.end].to_lowercase();
    if ["anniversary", " ago", "earlier", "at the time", "years later"].iter().any(|w| sentence_text.contains(w)) {
        return false;
    }
    let prev = preceding_word(text, title_start);
    if HISTORICAL_CONTEXT.contains(&prev.as_str()) || retrospective(ctx) {
        return false;
    }
    let after = &text[name_end..s.end];
    let after = after.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
    let next: String = after.chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
    // "President Obama, who ... , said" : skip a relative clause.
    let next = if next == "who" {
        after
            .split(',')
            .nth(1)
            .map(|rest| rest.trim_start().chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase())
            .unwrap_or_default()
    } else {
        next
    };
    CURRENT_NEWS_VERBS.contains(&next.as_str())
}

/// Whether the article's headline or lead says it looks back ("Today marks the 25th
/// anniversary of the quake"): its undated sentences tell the past event, titles and all.
fn retrospective(ctx: &Ctx) -> bool {
    ctx.article.paragraphs.iter().take(2).any(|p| {
        let lead = ctx.text(*p).to_lowercase();
        ["anniversary", "years ago", "on this day", "years since"].iter().any(|w| lead.contains(w))
    })
}

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let facts = &ctx.rules.facts;
    let mut out = Vec::new();
    for fm in facts.find_titles(&ctx.article.text) {
        // A surname alone ("Sen. Kim") may be a state senator or a former member the pack
        // does not hold: it finds a term to read, never an absence to report.
        if fm.offices.is_empty() {
            continue;
        }
        let Some((date, precision, from, event)) = date_of_title(ctx, &fm) else { continue };
        let offices: Vec<&Office> = fm.offices.iter().map(|&i| &facts.offices[i]).collect();
        let Some(date) = date_outside_terms(ctx, &offices, date, precision, from, event) else { continue };
        out.push(hit(ctx, &fm, &offices, date, precision, from));
    }
    out
}

/// The date a title is held to, its precision, the mention it came from and, for a title in an
/// event noun phrase, the event's kind.
type TitleDate<'a> = (NaiveDate, usize, Option<&'a DateMention>, Option<EventKind>);

/// The date a "title name" is held to: the date of the clause or event noun phrase it sits in,
/// or the dateline, with its precision and the mention it came from. None when the title is
/// not claimed for a date: marked as former or elect, in a historical aside, in an undated
/// event or a remembrance, or a month read as a name.
fn date_of_title<'a>(ctx: &'a Ctx, fm: &FactMatch) -> Option<TitleDate<'a>> {
    let text = &ctx.article.text;
    let (span, title_span) = (fm.span, fm.title_span);
    if name_is_a_date(&text[title_span.end..span.end], &text[span.end..]) {
        return None;
    }
    let prev = preceding_word(text, title_span.start);
    if NOT_IN_OFFICE.contains(&prev.as_str())
        || prev.ends_with("-elect")
        || text[title_span.end..].starts_with("-elect")
    {
        return None;
    }
    let before_title = &text[..title_span.start];
    if before_title.ends_with("then-")
        || before_title.ends_with("ex-")
        || before_title.ends_with("Then-")
        || before_title.ends_with("Ex-")
    {
        return None;
    }
    let sentence = ctx.article.sentence_at(span.start)?;
    // "President Gerald Ford, then 61," marks the title as of another time.
    let after_name = text[span.end..].trim_start();
    if after_name.starts_with(", then") {
        return None;
    }
    let s = ctx.article.sentences[sentence].span;
    // "the 1974 resignation of President Nixon": the title belongs to the event's time.
    // An undated body that lasts the term ("President X's government signed ...") acts in
    // its clause and is dated like a title there.
    if let Some(ev) = event_phrase(text, s, title_span, span.end) {
        match event_date(ctx, sentence, &ev) {
            Some(dated) => return Some(dated),
            None if ev.kind != EventKind::Period => return None,
            None => {}
        }
    }
    // Only a date in the title's own clause dates it: not one in a relative clause ("who took
    // office in 2005"), a clause after a time noun ("the day the border opened in 1989") or
    // reported speech ("said the vote was held in 2016").
    let date_spans: Vec<Span> = ctx.m.dates[ctx.m.sentence_dates(sentence)].iter().map(|d| d.span).collect();
    let segs = clauses(text, s, &date_spans);
    let own = clause_at(&segs, title_span.start);
    let others = other_actors(ctx, sentence, title_span, span);
    let nearer_person = |d: &DateMention| {
        let (from, to) =
            if d.span.start >= span.end { (span.end, d.span.start) } else { (d.span.end, title_span.start) };
        others.iter().any(|n| from <= n.start && n.end <= to)
    };
    // "was appointed by President X during the war then served under Y from 2001": a title
    // after its clause's verb is no subject of a predicate coordinated after it, so a date
    // there is that predicate's time, not the title's.
    let stretch_start = segs.iter().map(|&(at, _)| at).filter(|&at| at <= title_span.start).max().unwrap_or(s.start);
    let title_in_predicate = predicate::holds_finite_verb(&text[stretch_start..title_span.start]);
    let another_predicate = |d: &DateMention| {
        title_in_predicate
            && d.span.start >= span.end
            && predicate::coordinated_predicate(&text[span.end..d.span.start]).is_some()
    };
    let in_own_clause =
        |d: &DateMention| clause_at(&segs, d.span.start) == own && !nearer_person(d) && !another_predicate(d);
    let (date, precision, from) = sentence_date(ctx, sentence, span.end, &in_own_clause)?;
    // "awarded him the prize in 2002, citing the accords that President Carter had brokered":
    // a title in a subordinate clause after the sentence's date belongs to its own time.
    // A date after the title ("after President Trump said ... on September 18, 2021") still
    // dates what the holder did.
    let date_before_title = from.is_some_and(|d| d.span.end <= title_span.start);
    if HISTORICAL_CONTEXT.contains(&prev.as_str()) && (from.is_none() || date_before_title) {
        return None;
    }
    // With no date of its own, a sentence is held to the dateline only when the holder acts
    // in the news of the day ("President Obama said"). A title in a historical aside
    // ("signed by President Nixon", "under President Reagan", a decade named) describes the
    // office at the time and is standard usage.
    if from.is_none() && !acts_in_current_news(ctx, sentence, title_span.start, span.end) {
        return None;
    }
    Some((date, precision, from, None))
}

/// The names of other titled people of the text who act in their clause: the subject of a verb
/// ("Gov. Mario Cuomo hired him"), the agent of a passive ("was hired by Gov. Mario Cuomo") or
/// the holder a term is served under ("served under President X from 2001"). A
/// date beyond such a person is bound to them, not to a title farther away; a titled object
/// ("favored to succeed Chancellor Angela Merkel in the Sept. 26 election") takes nothing.
/// Only names of the title's own sentence can stand between it and one of the sentence's
/// dates, so only they are read: all of the article's names per title grew with titles x names.
fn other_actors(ctx: &Ctx, sentence: usize, title_span: Span, span: Span) -> Vec<Span> {
    let text = &ctx.article.text;
    let mentions = &ctx.people().mentions;
    // Mentions are in text order, so a sentence's are one run.
    let from = mentions.partition_point(|m| m.sentence() < sentence);
    let to = mentions.partition_point(|m| m.sentence() <= sentence);
    mentions[from..to.max(from)]
        .iter()
        .filter(|m| m.name.end <= title_span.start || m.name.start >= span.end)
        .filter_map(|m| m.title.as_ref().filter(|t| !t.honorific).map(|t| (t.span.start, m.name)))
        // "served under President X from 2001-2005": the holder whose term the clause spans.
        .filter(|&(start, name)| {
            matches!(preceding_word(text, start).as_str(), "by" | "under") || verb_follows(text, name.end)
        })
        .map(|(_, name)| name)
        .collect()
}

/// The date of an event noun phrase holding a title: a date written in the phrase ("the 1963
/// assassination", "President Clinton's 2010 visit", "the visit of President X in 1995"). An
/// undated event or a remembrance claims the title for no date.
fn event_date<'a>(ctx: &'a Ctx, sentence: usize, ev: &EventPhrase) -> Option<TitleDate<'a>> {
    if ev.kind == EventKind::Honorific {
        return None;
    }
    let d = ctx.m.dates[ctx.m.sentence_dates(sentence)].iter().find(|d| {
        d.invalid.is_none() && ev.date_zones.iter().any(|z| z.start <= d.span.start && d.span.end <= z.end)
    })?;
    let (date, precision) = match d.value.as_deref()?.len() {
        10 => (d.date?, 10),
        7 => (NaiveDate::from_ymd_opt(d.year?, d.month?, 1)?, 7),
        4 => (NaiveDate::from_ymd_opt(d.year?, 1, 1)?, 4),
        _ => return None,
    };
    Some((date, precision, Some(d), Some(ev.kind)))
}

/// The date the title is judged at, when no term of the offices covers it (nor any other
/// reading of a year-less date).
fn date_outside_terms(
    ctx: &Ctx,
    offices: &[&Office],
    date: NaiveDate,
    precision: usize,
    from: Option<&DateMention>,
    event: Option<EventKind>,
) -> Option<NaiveDate> {
    // A day written without its year ("the Sept. 26 election") may fall in the dateline's
    // year or the one before, whichever the extractor guessed; judge by the one nearest the
    // dateline and accept the title if it fits either.
    let mut date = date;
    let mut candidates = vec![date];
    if let (Some(d), Some(dl)) = (from, ctx.article.dateline_date()) {
        if !d.year_explicit && precision == 10 {
            if let Some(same_year) = date.with_year(dl.year()) {
                candidates.push(same_year);
                date = same_year;
            }
        }
    }
    // A year-less date in a paragraph about another year may mean that year.
    if let Some(d) = from.filter(|d| !d.year_explicit) {
        candidates.extend(d.context_years.iter().filter_map(|&y| date.with_year(y)));
    }
    if candidates.iter().any(|&c| offices.iter().any(|o| term_covers(o, c, precision))) {
        return None;
    }
    // "the 2008 election of President Obama": the title names the office the event led to.
    if event == Some(EventKind::Start) {
        let (start, end) = period(date, precision);
        let within = end.checked_add_signed(chrono::TimeDelta::days(366)).unwrap_or(end);
        if offices.iter().any(|o| o.from >= start && o.from <= within) {
            return None;
        }
    }
    // A date written in the event's own noun phrase is the event's date, not a topic's year.
    if event.is_some() {
        return Some(date);
    }
    // A bare year is weak evidence of when the sentence happens: "Biden used his speech to
    // link the fight in 1944 to Ukraine" names the topic's year. If the title fits the
    // dateline, say nothing rather than raise a false alarm.
    if precision == 4
        && from.is_some()
        && ctx.article.dateline_date().is_some_and(|dl| offices.iter().any(|o| o.covers(dl)))
    {
        return None;
    }
    Some(date)
}

fn hit(
    ctx: &Ctx,
    fm: &FactMatch,
    offices: &[&Office],
    date: NaiveDate,
    precision: usize,
    from: Option<&DateMention>,
) -> Hit {
    let (span, title_span) = (fm.span, fm.title_span);
    let first = offices[0];
    // One alias may name several holders ("President Bush"): name them all.
    let mut holders: Vec<&str> = offices.iter().map(|o| o.holder.as_str()).collect();
    holders.dedup();
    let several = holders.len() > 1;
    // Terms of one holder that follow each other (a House seat renumbered, a re-election)
    // read as one stretch.
    let mut spans: Vec<(&str, chrono::NaiveDate, Option<chrono::NaiveDate>)> = Vec::new();
    let mut sorted: Vec<&&Office> = offices.iter().collect();
    sorted.sort_by_key(|o| (o.holder.as_str(), o.from));
    for o in sorted {
        match spans.last_mut() {
            Some(last) if last.0 == o.holder && last.2.is_some_and(|t| (o.from - t).num_days() <= 7) => {
                last.2 = o.to.max(last.2).filter(|_| o.to.is_some());
            }
            _ => spans.push((o.holder.as_str(), o.from, o.to)),
        }
    }
    let mut terms: Vec<String> = spans
        .iter()
        .map(|(holder, from, to)| {
            let to = to.map_or_else(|| "present".into(), |t| t.to_string());
            if several {
                format!("{holder} {from} to {to}")
            } else {
                format!("{from} to {to}")
            }
        })
        .collect();
    terms.sort();
    terms.dedup();
    let name = if several {
        format!("{} ({})", ctx.text(Span::new(title_span.end, span.end)).trim(), holders.join(" or "))
    } else {
        first.holder.clone()
    };
    let written = ctx.text(Span::new(title_span.end, span.end)).trim();
    let confidence = name_confidence(written, &first.holder, holders.len());
    let when = describe(date, precision);
    let mut related = Vec::new();
    match from {
        Some(d) => {
            related.push(Related { span: d.span, message: format!("the sentence's date: {}", ctx.text(d.span)) });
        }
        None => {
            if let Some(s) = ctx.article.dateline.as_ref().and_then(|d| d.span) {
                related.push(Related { span: s, message: "the dateline".into() });
            }
        }
    }
    Hit {
        span,
        label: format!("not {} {when}", first.title),
        vars: vec![
            ("title", ctx.text(title_span).to_string()),
            ("name", name),
            ("date", when),
            ("terms", format!("in office {}", terms.join(" and "))),
            ("record", first.record_note()),
        ],
        related,
        confidence,
        fixes: super::role_fix::fixes(ctx, fm, offices, date, precision),
        evidence_date: from.map(|d| d.span),
    }
}

#[cfg(test)]
#[path = "role_term_tests.rs"]
mod matrix_tests;
