//! Fact checks: titles at dates their holders held no office, known events with other dates,
//! ages that do not fit birth dates.

use chrono::{Datelike, NaiveDate};

use super::dates::long_date;
use super::{Ctx, Hit, Related};
use crate::article::Span;
use crate::extract::{DateKind, DateMention, NumberKind};
use crate::rules::{FactMatch, Office};

/// Words right before a title that mean the person is not (yet, or any longer) in office, or
/// that make the title another one ("Vice President").
const NOT_IN_OFFICE: &[&str] = &[
    "former", "ex", "then", "late", "acting", "vice", "deputy", "future", "outgoing", "incoming", "elect", "interim",
    "past", "onetime", "one-time", "then-", "would-be",
];

/// Words that, right before a bare year, make it the time of the sentence ("in 2001", "since
/// 2017"). Without one the year is usually a label: "his 2001 Commission", "the 2008 campaign".
const YEAR_AS_TIME: &[&str] = &[
    "in",
    "since",
    "during",
    "until",
    "till",
    "through",
    "throughout",
    "from",
    "by",
    "of",
    "before",
    "after",
    "around",
    "early",
    "late",
    "mid",
    "and",
    "or",
    "to",
    "at",
];

/// The date a sentence speaks of: its own explicit date nearest to `at`, else the dateline.
/// Returns the date, its precision in characters of the TIMEX value (10 day, 7 month, 4 year),
/// and the mention it came from.
fn sentence_date<'a>(ctx: &'a Ctx, sentence: usize, at: usize) -> Option<(NaiveDate, usize, Option<&'a DateMention>)> {
    let best = ctx
        .m
        .dates
        .iter()
        .filter(|d| {
            d.sentence == sentence
                && d.invalid.is_none()
                && (matches!(d.kind, DateKind::Absolute | DateKind::Partial)
                    // "on Friday", "yesterday": a day of the news week is the sentence's date.
                    || d.kind == DateKind::Relative && d.date.is_some())
        })
        .filter_map(|d| {
            let v = d.value.as_deref()?;
            let (date, precision) = match v.len() {
                10 => (d.date?, 10),
                7 => (NaiveDate::from_ymd_opt(d.year?, d.month?, 1)?, 7),
                4 if v.chars().all(|c| c.is_ascii_digit()) => {
                    if !YEAR_AS_TIME.contains(&preceding_word(&ctx.article.text, d.span.start).as_str()) {
                        return None;
                    }
                    (NaiveDate::from_ymd_opt(d.year?, 1, 1)?, 4)
                }
                _ => return None,
            };
            Some((date, precision, d))
        })
        .min_by_key(|(_, _, d)| {
            // Prefer a date after the name (what the person did, when), then the nearest.
            if d.span.start >= at {
                d.span.start - at
            } else {
                (at - d.span.end) * 2
            }
        });
    if let Some((date, p, d)) = best {
        return Some((date, p, Some(d)));
    }
    ctx.article.dateline_date().map(|d| (d, 10, None))
}

/// The first and last day of the period a date names at its precision.
fn period(date: NaiveDate, precision: usize) -> (NaiveDate, NaiveDate) {
    match precision {
        4 => (date, NaiveDate::from_ymd_opt(date.year(), 12, 31).unwrap_or(date)),
        7 => {
            let next = if date.month() == 12 {
                NaiveDate::from_ymd_opt(date.year() + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(date.year(), date.month() + 1, 1)
            };
            (date, next.and_then(|n| n.pred_opt()).unwrap_or(date))
        }
        _ => (date, date),
    }
}

/// Whether a term overlaps the period a date names at its precision.
fn term_covers(o: &Office, date: NaiveDate, precision: usize) -> bool {
    let (start, end) = period(date, precision);
    o.from <= end && o.to.is_none_or(|t| t >= start)
}

/// "Prime Minister May 10, 1940": the name is a month starting a date, not a holder.
fn name_is_a_date(name: &str, after: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    crate::lexicon::month_number(last).is_some() && after.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

fn preceding_word(text: &str, start: usize) -> String {
    let before = text[..start].trim_end_matches([' ', '-']);
    before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic() || *c == '-')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<String>()
        .to_lowercase()
}

fn describe(date: NaiveDate, precision: usize) -> String {
    match precision {
        4 => format!("in {}", date.year()),
        7 => format!("in {} {}", crate::lexicon::month_name(date.month()), date.year()),
        _ => format!("on {}", long_date(date)),
    }
}

/// Verbs right after a name that report what the person does in today's news: speech and
/// present or future tense. Narrative past ("spoke at the bridge") may be history.
#[rustfmt::skip]
const CURRENT_NEWS_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "announced", "announces", "will", "is", "has", "meets", "speaks", "warned",
    "warns", "urges", "calls", "signs", "visits", "plans", "wants", "vows", "insists", "added", "arrives",
    "orders", "rejects", "welcomes", "addresses", "expects", "hopes", "argues", "promises",
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
    if HISTORICAL_CONTEXT.contains(&prev.as_str()) {
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

pub(super) fn role_term(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let facts = &ctx.rules.facts;
    let mut out = Vec::new();
    for fm in facts.find_titles(text) {
        let FactMatch { span, title_span, offices, .. } = fm;
        if name_is_a_date(&text[title_span.end..span.end], &text[span.end..]) {
            continue;
        }
        let prev = preceding_word(text, title_span.start);
        if NOT_IN_OFFICE.contains(&prev.as_str())
            || prev.ends_with("-elect")
            || text[title_span.end..].starts_with("-elect")
        {
            continue;
        }
        let before_title = &text[..title_span.start];
        if before_title.ends_with("then-")
            || before_title.ends_with("ex-")
            || before_title.ends_with("Then-")
            || before_title.ends_with("Ex-")
        {
            continue;
        }
        let Some(sentence) = ctx.article.sentence_at(span.start) else { continue };
        // "President Gerald Ford, then 61," marks the title as of another time.
        let after_name = text[span.end..].trim_start();
        if after_name.starts_with(", then") {
            continue;
        }
        let Some((date, precision, from)) = sentence_date(ctx, sentence, span.end) else { continue };
        // "awarded him the prize in 2002, citing the accords that President Carter had brokered":
        // a title in a subordinate clause after the sentence's date belongs to its own time.
        // A date after the title ("after President Trump said ... on September 18, 2021") still
        // dates what the holder did.
        let date_before_title = from.is_some_and(|d| d.span.end <= title_span.start);
        if HISTORICAL_CONTEXT.contains(&prev.as_str()) && (from.is_none() || date_before_title) {
            continue;
        }
        // With no date of its own, a sentence is held to the dateline only when the holder acts
        // in the news of the day ("President Obama said"). A title in a historical aside
        // ("signed by President Nixon", "under President Reagan", a decade named) describes the
        // office at the time and is standard usage.
        if from.is_none() && !acts_in_current_news(ctx, sentence, title_span.start, span.end) {
            continue;
        }
        let offices: Vec<&Office> = offices.iter().map(|&i| &facts.offices[i]).collect();
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
            continue;
        }
        // A bare year is weak evidence of when the sentence happens: "Biden used his speech to
        // link the fight in 1944 to Ukraine" names the topic's year. If the title fits the
        // dateline, say nothing rather than raise a false alarm.
        if precision == 4
            && from.is_some()
            && ctx.article.dateline_date().is_some_and(|dl| offices.iter().any(|o| o.covers(dl)))
        {
            continue;
        }
        let first = offices[0];
        // One alias may name several holders ("President Bush"): name them all.
        let mut holders: Vec<&str> = offices.iter().map(|o| o.holder.as_str()).collect();
        holders.dedup();
        let several = holders.len() > 1;
        let mut terms: Vec<String> = offices
            .iter()
            .map(|o| {
                let to = o.to.map(|t| t.to_string()).unwrap_or_else(|| "present".into());
                if several {
                    format!("{} {} to {to}", o.holder, o.from)
                } else {
                    format!("{} to {to}", o.from)
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
        let when = describe(date, precision);
        let mut related = Vec::new();
        match from {
            Some(d) => {
                related.push(Related { span: d.span, message: format!("the sentence's date: {}", ctx.text(d.span)) })
            }
            None => {
                if let Some(s) = ctx.article.dateline.as_ref().and_then(|d| d.span) {
                    related.push(Related { span: s, message: "the dateline".into() })
                }
            }
        }
        out.push(Hit {
            span,
            label: format!("not {} {when}", first.title),
            vars: vec![
                ("title", ctx.text(title_span).to_string()),
                ("name", name),
                ("date", when),
                ("terms", format!("in office {}", terms.join(" and "))),
            ],
            related,
        });
    }
    out
}

pub(super) fn event_date(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let facts = &ctx.rules.facts;
    let mut out = Vec::new();
    for &(ei, span) in ctx.events() {
        let e = &facts.events[ei];
        // The date must follow the name closely: "the fall of the Berlin Wall on Nov. 10, 1989".
        let Some(d) = ctx.m.dates_near(Span::new(span.end, span.end + 12)).iter().find(|d| {
            d.span.start >= span.end
                && d.span.start - span.end <= 12
                && text[span.end..d.span.start].split_whitespace().count() <= 2
                && d.kind == DateKind::Absolute
                && d.year_explicit
        }) else {
            continue;
        };
        let v = d.value.clone().unwrap_or_default();
        let want = crate::lexicon::iso_date(e.date);
        if v.len() > want.len() || want.starts_with(&v) || v.is_empty() {
            continue;
        }
        out.push(Hit {
            span: d.span,
            label: format!("{} was on {}", e.name, long_date(e.date)),
            vars: vec![
                ("event", e.name.clone()),
                ("stated", ctx.text(d.span).to_string()),
                ("date", long_date(e.date)),
            ],
            related: vec![Related { span, message: "the event named here".into() }],
        });
    }
    out
}

/// Whole years between two dates.
fn age_on(born: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - born.year();
    if (on.month(), on.day()) < (born.month(), born.day()) {
        age -= 1;
    }
    age
}

pub(super) fn person_age(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let facts = &ctx.rules.facts;
    let mut out = Vec::new();
    // Only an age written after a name is checked: without one, no name needs finding.
    if !ctx.m.numbers.iter().any(|n| n.kind == NumberKind::Age) {
        return out;
    }
    for (people, span) in facts.find_people(text) {
        // "Obama, 60, said": an age right after the name.
        let Some(n) = ctx
            .m
            .numbers
            .iter()
            .find(|n| n.kind == NumberKind::Age && n.span.start > span.end && n.span.start - span.end <= 3)
        else {
            continue;
        };
        let Some(sentence) = ctx.article.sentence_at(span.start) else { continue };
        let Some((date, precision, from)) = sentence_date(ctx, sentence, span.end) else { continue };
        // An age in apposition usually speaks of the dateline even when the sentence also names
        // an earlier date ("Hu Jintao, 80, has rarely been seen since October 2022"), and of the
        // sentence's date when it says "then 78". Either reading that fits is accepted.
        let mut periods = vec![period(date, precision)];
        if let (Some(_), Some(dl)) = (from, ctx.article.dateline_date()) {
            periods.push((dl, dl));
        }
        let stated = n.value as i32;
        let ages = |born: NaiveDate, (start, end): (NaiveDate, NaiveDate)| (age_on(born, start), age_on(born, end));
        let fits = people.iter().any(|&pi| {
            periods
                .iter()
                .any(|&pd| (ages(facts.people[pi].born, pd).0..=ages(facts.people[pi].born, pd).1).contains(&stated))
        });
        if fits {
            continue;
        }
        let p = &facts.people[people[0]];
        let (lo, hi) = ages(p.born, periods[0]);
        let age = if lo == hi { lo.to_string() } else { format!("{lo} or {hi}") };
        out.push(Hit {
            span: Span::new(span.start, n.span.end),
            label: format!("{} was {age}", p.name),
            vars: vec![
                ("name", p.name.clone()),
                ("stated", stated.to_string()),
                ("age", age),
                ("born", long_date(p.born)),
                ("date", describe(date, precision)),
            ],
            related: vec![],
        });
    }
    out
}

/// Words that name one kind of figure. A figure key matches a quantity whose verb or head noun
/// is the key itself or in the key's group, so `killed = 11` reads "killed 11 workers", "11
/// were killed", "left 11 dead" and "11 deaths".
const FIGURE_WORDS: &[&[&str]] = &[
    &["killed", "kill", "kills", "killing", "dead", "deaths", "died", "die", "fatalities", "lives", "victims"],
    &["injured", "injure", "injuring", "injuries", "wounded", "wounding", "hurt"],
    &["missing"],
    &["rescued", "saved", "survivors", "survived"],
];

fn figure_matches(key: &str, word: &str) -> bool {
    let (key, word) = (key.to_lowercase(), word.to_lowercase());
    key == word || FIGURE_WORDS.iter().any(|g| g.contains(&key.as_str()) && g.contains(&word.as_str()))
}

pub(super) fn event_figure(ctx: &Ctx) -> Vec<Hit> {
    let facts = &ctx.rules.facts;
    let mut out = Vec::new();
    for &(ei, span) in ctx.events() {
        let e = &facts.events[ei];
        if e.figures.is_empty() {
            continue;
        }
        let Some(sentence) = ctx.article.sentence_at(span.start) else { continue };
        // A figure counts only in the sentence that names the event: the next sentence may be
        // about something else ("Another blast last year killed 3").
        for q in &ctx.m.quantities {
            let n = &ctx.m.numbers[q.number];
            if n.sentence != sentence || n.kind != NumberKind::Count {
                continue;
            }
            let words = [q.verb.as_deref(), q.head.as_deref()];
            let Some((key, &want)) =
                e.figures.iter().find(|(k, _)| words.iter().flatten().any(|w| figure_matches(k, w)))
            else {
                continue;
            };
            let (lo, hi) = (want - e.tolerance, want + e.tolerance);
            // The stated number allows an interval ("more than 2,900"); any overlap is consistent.
            if n.low <= hi + 1e-9 && n.high >= lo - 1e-9 {
                continue;
            }
            let expected = if e.tolerance > 0.0 {
                format!("{} to {}", super::fmt_num(lo), super::fmt_num(hi))
            } else {
                super::fmt_num(want)
            };
            out.push(Hit {
                span: n.span,
                label: format!("{key}: {expected}"),
                vars: vec![
                    ("event", e.name.clone()),
                    ("figure", key.clone()),
                    ("stated", ctx.text(n.span).to_string()),
                    ("expected", expected),
                ],
                related: vec![Related { span, message: "the event named here".into() }],
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::article::{Article, Format, IngestOptions};
    use crate::rules::RuleSet;

    fn fired(text: &str) -> Vec<String> {
        let set = RuleSet::builtin();
        let a = Article::from_text("t", text.to_string(), Format::Text, &IngestOptions::default());
        crate::engine::check(&a, &set).into_iter().filter(|f| f.rule.starts_with("fact.")).map(|f| f.message).collect()
    }

    #[test]
    fn titles_marked_as_not_current_are_fine() {
        for title in ["Former President", "former President", "ex-President", "then-President", "Then-President"] {
            assert!(fired(&format!("date 2012-05-06\n\n{title} Bill Clinton spoke on Friday.")).is_empty(), "{title}");
        }
        assert!(fired("date 2008-11-06\n\nPresident-elect Barack Obama spoke on Wednesday.").is_empty());
        assert_eq!(fired("date 2012-05-06\n\nPresident Bill Clinton spoke on Friday.").len(), 1);
    }

    #[test]
    fn the_sentence_date_wins_over_the_dateline() {
        assert!(fired("date 2020-05-06\n\nPresident Bill Clinton spoke in Denver on May 5, 1998.").is_empty());
        let got = fired("date 1998-05-06\n\nPresident Bill Clinton spoke in Denver on May 5, 2010.");
        assert_eq!(got, ["Bill Clinton was not President on May 5, 2010: in office 1993-01-20 to 2001-01-20"]);
    }

    #[test]
    fn a_day_without_its_year_is_read_nearest_the_dateline() {
        let got = fired("date 2021-09-20\n\nChancellor Olaf Scholz is favored in the Sept. 26 election.");
        assert_eq!(got.len(), 1);
        assert!(got[0].contains("September 26, 2021"), "{}", got[0]);
    }

    #[test]
    fn event_figures_match_by_verb_or_noun_within_tolerance() {
        assert_eq!(fired("date 2020-04-21\n\nThe Deepwater Horizon explosion left 12 dead.").len(), 1);
        assert!(fired("date 2020-04-21\n\nThe Deepwater Horizon explosion left 11 dead and 17 injured.").is_empty());
        assert!(fired("date 2021-09-12\n\nThe September 11 attacks killed 2,977 people.").is_empty());
        // A count of something else in the sentence is not the toll.
        assert!(fired("date 2020-04-21\n\nThe Deepwater Horizon explosion spilled oil for 87 days.").is_empty());
    }
}
