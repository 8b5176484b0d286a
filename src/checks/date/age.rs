//! date.age: an age that disagrees with a birth year or date written for the same person.
//!
//! What licenses a finding: "born in/on DATE" and an age ("aged 78", "the 78-year-old",
//! "Kim, 78,", "at the age of 78", "died at 78", "She was 78.") in one sentence with no other
//! person named between them, or in a nearby sentence of the same paragraph that points back to
//! the one person of the birth sentence (a he/she subject or the same name). The age is read on
//! the dateline, or at death when its clause says the person died: on the death date written
//! there, between a news-week day ("on Sunday") and the dateline, or by the dateline when the
//! death has no date. An age beside another dated event ("in 1990, aged 40") is skipped.
//! An age and a birth date in different clauses are tied by their clauses' subjects
//! (`subject`); without a dateline, only an age at a death date written in full is read.
//!
//! Confidence: always high: the age and the birth date are tied to one person in the text.

use chrono::{Datelike, NaiveDate};

use crate::calendar::long_date;
use crate::checks::context::{Ctx, Hit};
use crate::checks::window::words;
use crate::extract::{DateKind, DateMention, NumberKind, NumberMention};
use crate::finding::Related;
use crate::span::Span;

mod nickname;
mod subject;

/// Whole years between two dates.
fn age_on(born: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - born.year();
    if (on.month(), on.day()) < (born.month(), born.day()) {
        age -= 1;
    }
    age
}

/// Whether a date is a birth date: "born in 1950", "born on May 12, 1950", "born May 12, 1950".
fn is_birth(text: &str, d: &DateMention) -> bool {
    if !(d.year_explicit && d.kind == DateKind::Absolute && d.year.is_some() && d.invalid.is_none()) {
        return false;
    }
    let before = crate::checks::window::last_words(&text[..d.span.start], 2);
    matches!(
        before.iter().rev().take(2).map(|w| &**w).collect::<Vec<_>>().as_slice(),
        ["born", ..] | ["in" | "on", "born"]
    )
}

/// The range of days the age speaks of, and how to name it in the finding.
struct OnWhen {
    from: NaiveDate,
    to: NaiveDate,
    /// An undated death: any age up to the one on the dateline.
    upto: bool,
    said: String,
}

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    // Without a dateline only an age at a fully dated death is read.
    let dct = ctx.article.dateline_date();
    let mut out = Vec::new();
    for b in ctx.m.dates.iter().filter(|d| is_birth(text, d)) {
        // The age in the birth date's own clause, and the one its subject is given elsewhere
        // ("Born on ..., Salcedo farmed until he was ninety" after "has died aged 111"): both
        // are the person's.
        let in_clause = age_for_birth(ctx, b).and_then(|age| Some((age, reference_period(ctx, b, age, dct)?)));
        let by_subject =
            subject::age_and_when(ctx, b).and_then(|(age, when)| Some((age, when_to_days(ctx, b, when, dct)?)));
        let by_subject = by_subject.filter(|(a, _)| in_clause.as_ref().is_none_or(|(c, _)| c.span != a.span));
        out.extend(in_clause.into_iter().chain(by_subject).filter_map(|(age, on)| judge(ctx, b, age, &on)));
    }
    out
}

/// A finding when age `age` cannot be that of someone born on `b` on the days `on`.
fn judge(ctx: &Ctx, b: &DateMention, age: &NumberMention, on: &OnWhen) -> Option<Hit> {
    let y = b.year.unwrap_or_default();
    let (lo, hi) = match b.date.filter(|_| b.value.as_deref().map(str::len) == Some(10)) {
        Some(born) => (age_on(born, on.from), age_on(born, on.to)),
        None => (on.from.year() - y - 1, on.to.year() - y),
    };
    let stated = age.value as i32;
    let lo = if on.upto { 0 } else { lo };
    if hi < 0 || (lo..=hi).contains(&stated) {
        return None;
    }
    let expected = match hi - lo {
        _ if on.upto => format!("at most {hi}"),
        0 => lo.to_string(),
        1 => format!("{lo} or {hi}"),
        _ => format!("{lo} to {hi}"),
    };
    let born = ctx.text(b.span).to_string();
    let same_sentence = age.sentence == b.sentence;
    let span = if same_sentence {
        Span::new(age.span.start.min(b.span.start), age.span.end.max(b.span.end))
    } else {
        age.span
    };
    let related = if same_sentence { vec![] } else { vec![Related { span: b.span, message: format!("born {born}") }] };
    Some(Hit {
        span,
        label: format!("born {born}: {expected} {}", on.said),
        vars: vec![
            ("stated", stated.to_string()),
            ("born", born.clone()),
            ("expected", expected.clone()),
            ("arithmetic", format!("born {born}, so {expected} {}", on.said)),
        ],
        related,
        ..Hit::default()
    })
}

/// The age that belongs to the person born on `b`: in the birth sentence with no other person
/// named between, else in a sentence of the same paragraph up to two away that points back to
/// the one person of the birth sentence.
fn age_for_birth<'a>(ctx: &'a Ctx, b: &DateMention) -> Option<&'a NumberMention> {
    // Only the numbers of the sentences around the birth date: linear in the article.
    let lo = b.sentence.saturating_sub(1);
    let hi = (b.sentence + 2).min(ctx.article.sentences.len() - 1);
    let mut near = ctx.m.sentence_numbers(lo).start..ctx.m.sentence_numbers(hi).end;
    // Within a clause's reach of the birth date: a runaway sentence costs no more than a normal one.
    let numbers = &ctx.m.numbers;
    near.start = near.start.max(numbers.partition_point(|n| n.span.start + 300 < b.span.start));
    near.end = near.end.min(numbers.partition_point(|n| n.span.start <= b.span.end + 300)).max(near.start);
    let ages =
        || ctx.m.numbers[near.clone()].iter().filter(|n| n.kind == NumberKind::Age && !introduces_another(ctx, n));
    let same = ages().filter(|n| n.sentence == b.sentence && clause_between(ctx, n.span, b.span)).min_by_key(|n| {
        if n.span.end <= b.span.start {
            b.span.start - n.span.end
        } else {
            n.span.start - b.span.end
        }
    });
    if same.is_some() {
        return same;
    }
    let para = ctx.article.sentences[b.sentence].paragraph;
    ages().find(|n| {
        if n.sentence == b.sentence || n.sentence < lo || n.sentence > hi {
            return false;
        }
        if ctx.article.sentences[n.sentence].paragraph != para {
            return false;
        }
        let (first, second) = if n.sentence < b.sentence {
            (who(ctx, n.sentence, n.span.start), who(ctx, b.sentence, b.span.start))
        } else {
            (who(ctx, b.sentence, b.span.start), who(ctx, n.sentence, n.span.start))
        };
        let person = match (first, second) {
            (Who::Person(p), Who::Person(q)) if p == q => p,
            // "Richard S. Popovich, 80, ... Richard was born ...": the given name alone.
            (Who::Person(Some(p)), Who::Person(None) | Who::Nobody | Who::Many)
                if n.sentence < b.sentence && given_name_of(ctx, b, p) =>
            {
                Some(p)
            }
            (Who::Person(p), Who::Pronoun) => p,
            (Who::Pronoun, Who::Pronoun) => None,
            _ => return false,
        };
        // No one else named in the sentences between.
        let (a, z) = (n.sentence.min(b.sentence), n.sentence.max(b.sentence));
        (a + 1..z).all(|s| match who(ctx, s, usize::MAX) {
            Who::Person(p) => p == person && p.is_some(),
            Who::Many => false,
            Who::Pronoun | Who::Nobody => true,
        })
    })
}

/// Whether the sentence of birth date `b` opens with the given name of person `p` alone as its
/// subject ("Richard was born on ...").
fn given_name_of(ctx: &Ctx, b: &DateMention, p: usize) -> bool {
    let start = ctx.article.sentences[b.sentence].span.start;
    let opening = words(&ctx.article.text[start..b.span.start]);
    let subject = opening.len() >= 3 && opening[1] == "was" && opening[2] == "born";
    subject && ctx.people().persons.get(p).is_some_and(|person| person.given == opening[0])
}

/// "following the death of a 114-year-old woman": an age in an indefinite noun phrase brings
/// in someone new, not the person already named. Only an apposition (", a 78-year-old
/// teacher,") or a copula ("was a 78-year-old") gives it to someone named before.
fn introduces_another(ctx: &Ctx, n: &NumberMention) -> bool {
    let head = ctx.article.text[..n.span.start].trim_end();
    let Some(rest) = head.strip_suffix(" a").or_else(|| head.strip_suffix(" an")) else { return false };
    let rest = rest.trim_end();
    let previous = crate::checks::window::last_words(rest, 1);
    let linked = rest.ends_with([',', '(', '—', '–'])
        || previous.first().is_some_and(|w| {
            matches!(&**w, "is" | "was" | "were" | "be" | "been" | "became" | "becomes" | "remains" | "remained" | "as")
        });
    !linked
}

/// Who a sentence speaks of, up to an offset: one person named (by their index when known),
/// several, a he/she subject with no name, or no one.
enum Who {
    Person(Option<usize>),
    Many,
    Pronoun,
    Nobody,
}

/// The person mentions of sentence `s` (mentions are in text order).
fn sentence_mentions<'a>(ctx: &'a Ctx, s: usize) -> &'a [crate::extract::people::PersonMention] {
    let all = &ctx.people().mentions;
    &all[all.partition_point(|m| m.sentence() < s)..all.partition_point(|m| m.sentence() <= s)]
}

fn who(ctx: &Ctx, s: usize, upto: usize) -> Who {
    if ctx.article.sentences[s].span.len() > 1000 {
        return Who::Many; // a runaway sentence is no one's
    }
    let named: Vec<Option<usize>> = sentence_mentions(ctx, s)
        .iter()
        .filter(|m| m.name.start < upto && !names_a_place(ctx, m))
        .map(crate::extract::people::PersonMention::person)
        .collect();
    if let Some(&first) = named.first() {
        return if first.is_some() && named.iter().all(|&p| p == first) { Who::Person(first) } else { Who::Many };
    }
    let span = ctx.article.sentences[s].span;
    match words(&ctx.article.text[span.start..span.end]).first().map(|w| &**w) {
        Some("he" | "she") => Who::Pronoun,
        _ => Who::Nobody,
    }
}

/// Whether an age and a birth date in one sentence read as one person's: no semicolon, at most
/// two commas, no other person named and no "his"/"her"/"their" (a relative) between them.
fn clause_between(ctx: &Ctx, a: Span, b: Span) -> bool {
    let (start, end) = if a.end <= b.start { (a.end, b.start) } else { (b.end, a.start) };
    let text = &ctx.article.text;
    let gap = &text[start..end];
    // Commas and periods inside dates ("died on Aug. 9, 2019,") do not break the clause.
    let inside =
        || ctx.m.dates_near(Span::new(start, end)).iter().filter(|d| d.span.start >= start && d.span.end <= end);
    let in_dates: usize = inside().map(|d| ctx.text(d.span).matches(',').count()).sum();
    let dots: usize = inside().map(|d| ctx.text(d.span).matches('.').count()).sum();
    if gap.len() > 100
        || gap.contains(';')
        || gap.matches('.').count() > dots
        || gap.matches(',').count() > 2 + in_dates
    {
        return false;
    }
    let age_first = a.end <= b.start;
    // A possessive before the verb of death names a relative ("born in 1950, her mother died at
    // 78"); after it, the death's own circumstance ("died in her sleep on Monday, aged 95").
    let gap_words = words(gap);
    let death_at = (0..gap_words.len()).find(|&i| death_word(&gap_words, i)).unwrap_or(gap_words.len());
    if gap_words[..death_at].iter().any(|w| matches!(&**w, "his" | "her" | "their"))
        || (age_first && gap_words.iter().any(|w| w == "and"))
    {
        return false;
    }
    // "Born in 1952 in a coal town, the organizer Walter Pruitt died at 78": the first person
    // named after a fronted birth clause is the one it speaks of.
    let sentence_start = ctx.article.sentences.iter().find(|s| s.span.start <= b.start && b.start <= s.span.end);
    let fronted = !age_first
        && sentence_start.is_some_and(|s| words(&text[s.span.start..b.start]).first().is_some_and(|w| w == "born"));
    // The age's own name may stand between ("the 51-year-old Ruth Adair, born ..."): one right
    // after the age is its owner.
    let all = &ctx.people().mentions;
    let inside = &all[all.partition_point(|m| m.name.start < start)..all.partition_point(|m| m.name.start < end)];
    let owner = inside.iter().position(|m| m.name.start >= start && m.name.end <= end && !names_a_place(ctx, m));
    !inside.iter().enumerate().any(|(k, m)| {
        m.name.start >= start
            && m.name.end <= end
            && !(age_first && matches!(text[start..m.name.start].trim(), "" | "-year-old"))
            && !names_a_place(ctx, m)
            && !(fronted && Some(k) == owner)
    })
}

/// Whether a capitalised name is where something happened, not who: a name with no title right
/// after "in", "at", "near" ("born in 1950 in Leeds", "in West Virginia").
fn names_a_place(ctx: &Ctx, m: &crate::extract::people::PersonMention) -> bool {
    let before = crate::checks::window::last_words(&ctx.article.text[..m.name.start], 1);
    m.title.is_none()
        && (before.first().is_some_and(|w| matches!(&**w, "in" | "at" | "near")) || subject::in_dateline(ctx, m))
}

/// Where the subject of sentence `s` ends when it is the one person the sentence names, at its
/// start, with any apposition set off by commas after it ("Marguerite Olin, a sculptor known for
/// her herons, died ..."): the offset after the apposition's closing comma.
fn lone_subject_end(ctx: &Ctx, s: usize) -> Option<usize> {
    let Who::Person(Some(_)) = who(ctx, s, usize::MAX) else { return None };
    let span = ctx.article.sentences[s].span;
    let first = sentence_mentions(ctx, s).first()?;
    if !ctx.article.text[span.start..first.name.start].trim().is_empty() {
        return None;
    }
    let rest = &ctx.article.text[first.name.end..span.end];
    let Some(apposition) = rest.strip_prefix(',') else { return Some(first.name.end) };
    let close = apposition.find(',')?;
    Some(first.name.end + 1 + close + 1)
}

/// Words that say someone died ("passed away", "passed from this life").
fn death_word(w: &[crate::checks::window::Word], i: usize) -> bool {
    subject::death_word(w, i)
}

/// Where sentence `s` says someone died, and whether that someone is surely the person: nothing
/// between the sentence's person (its start, or `from` within it) and the verb names a relative,
/// a speaker or someone else ("said his brother died").
fn death_in(ctx: &Ctx, s: usize, from: usize) -> Option<bool> {
    let span = ctx.article.sentences[s].span;
    let from = from.clamp(span.start, span.end);
    let w = words(&ctx.article.text[from..span.end]);
    let at = (0..w.len()).find(|&i| death_word(&w, i))?;
    let other = w[..at].iter().any(|x| {
        matches!(&**x, "his" | "her" | "their" | "its" | "whose" | "said" | "says" | "told" | "after" | "when")
    });
    let named =
        sentence_mentions(ctx, s).iter().any(|m| m.name.start >= from && !names_a_place(ctx, m)) && from > span.start;
    Some(!other && !named)
}

/// The days the age speaks of: at death when the age's sentence (or a he/she sentence right
/// before a bare "She was 78.") says the person died, else the dateline. None when the age
/// sits beside another dated event or a death that may be someone else's.
fn reference_period(ctx: &Ctx, b: &DateMention, age: &NumberMention, dct: Option<NaiveDate>) -> Option<OnWhen> {
    let text = &ctx.article.text;
    let age_start = ctx.article.sentences[age.sentence].span.start;
    let opening = words(text.get(age_start..age.span.start).unwrap_or_default());
    // "She was 78." or "Born on Jan. 21, 1946, she was 78.": the pronoun may point back to a
    // death in the sentence before.
    let bare = opening.len() >= 2
        && matches!(
            opening[opening.len() - 2..].iter().map(|w| &**w).collect::<Vec<_>>().as_slice(),
            ["he" | "she", "was" | "is"]
        );
    // "She is 52." speaks of the dateline; "She was 78.", "Doe, born in 1950, was 40 when ..."
    // may be of the past.
    let past = opening.last().is_some_and(|w| w == "was");
    let mut from = if age.sentence == b.sentence { age.span.start.min(b.span.start) } else { age_start };
    // "Born in 1952 in Ohio, Walter Pruitt died ...": the death is told of the person named
    // after the fronted birth clause.
    if age.sentence == b.sentence && opening.first().is_some_and(|w| w == "born") {
        if let Some(owner) = sentence_mentions(ctx, b.sentence)
            .iter()
            .find(|m| m.name.start > b.span.end && m.name.end <= age.span.start && !names_a_place(ctx, m))
        {
            from = owner.name.end;
        }
    }
    let mut death = death_in(ctx, age.sentence, from).map(|sure| (age.sentence, sure));
    if death.is_none() && bare && age.sentence > 0 && age.sentence - 1 != b.sentence {
        let prev = age.sentence - 1;
        let p = ctx.article.sentences[prev].span;
        if matches!(words(&text[p.start..p.end]).first().map(|w| &**w), Some("he" | "she")) {
            death = death_in(ctx, prev, p.start).map(|sure| (prev, sure));
        } else if let Some(after_name) = lone_subject_end(ctx, prev) {
            death = death_in(ctx, prev, after_name).map(|sure| (prev, sure));
        }
    }
    let other = |s: usize| {
        ctx.m.dates[ctx.m.sentence_dates(s)]
            .iter()
            .filter(|d| d.span != b.span && d.invalid.is_none() && subject::places_on_calendar(d))
            .collect::<Vec<_>>()
    };
    let Some((ds, sure)) = death else {
        // Not a death: another date beside the age may be when it held. "was 40 when ..." and
        // "took up boxing at the age of 12" speak of an undated past moment: any age up to the
        // one on the dateline.
        if other(age.sentence).iter().any(|d| d.year_explicit) {
            return None;
        }
        let at_event = opening.last().is_some_and(|w| w == "at")
            || (opening.len() >= 2 && opening[opening.len() - 2] == "age" && opening[opening.len() - 1] == "of");
        return if past || at_event { by_dateline(b, dct) } else { dateline(dct) };
    };
    if !sure {
        return None;
    }
    match subject::death_date(ctx, &other(ds)) {
        // An undated death: at any time up to the dateline.
        Ok(None) => by_dateline(b, dct),
        Ok(Some(d)) => death_period(ctx, d, dct),
        Err(()) => None,
    }
}

/// The age on the dateline, when there is one.
fn dateline(dct: Option<NaiveDate>) -> Option<OnWhen> {
    dct.map(|t| OnWhen { from: t, to: t, upto: false, said: format!("on {} (the dateline)", long_date(t)) })
}

/// Any age from birth up to the one on the dateline, when there is one.
fn by_dateline(b: &DateMention, dct: Option<NaiveDate>) -> Option<OnWhen> {
    dct.map(|t| OnWhen { from: b.date.unwrap_or(t), to: t, upto: true, said: "by the dateline".into() })
}

/// The days a death date names: a full date; a month or year; a news-week day up to the dateline.
fn death_period(ctx: &Ctx, d: &DateMention, dct: Option<NaiveDate>) -> Option<OnWhen> {
    let said = format!("at death ({})", ctx.text(d.span));
    let v = d.value.as_deref()?;
    if d.kind == DateKind::Absolute && d.year_explicit {
        let y = d.year?;
        let (from, to) = match v.len() {
            10 => (d.date?, d.date?),
            7 => {
                let m = d.month?;
                let next =
                    if m == 12 { NaiveDate::from_ymd_opt(y + 1, 1, 1) } else { NaiveDate::from_ymd_opt(y, m + 1, 1) };
                (NaiveDate::from_ymd_opt(y, m, 1)?, next?.pred_opt()?)
            }
            4 => (NaiveDate::from_ymd_opt(y, 1, 1)?, NaiveDate::from_ymd_opt(y, 12, 31)?),
            _ => return None,
        };
        // A full date of death gives the age whatever the dateline says.
        return (v.len() == 10 || dct.is_none_or(|t| from <= t)).then_some(OnWhen { from, to, upto: false, said });
    }
    // "on Sunday", "yesterday", "on March 3": the day the text resolves, up to the dateline.
    let (date, dct) = (d.date?, dct?);
    Some(OnWhen { from: date.min(dct), to: dct, upto: false, said })
}

/// The days an age read by its clause's subject speaks of.
fn when_to_days(ctx: &Ctx, b: &DateMention, when: subject::When, dct: Option<NaiveDate>) -> Option<OnWhen> {
    match when {
        subject::When::Dateline => dateline(dct),
        subject::When::ByDateline => by_dateline(b, dct),
        subject::When::Death(d) => death_period(ctx, d, dct),
    }
}
