//! The structure of a stated change, whatever its word order: the old and new values (the
//! endpoints) and the change stated beside them.
//!
//! Endpoints are read from their markers: "from A to B", "to B from A", "at B, compared with
//! A", "B, down 20 percent from A". A change is tied to them only when it sits right before
//! ("rose 25 percent to B from A", "tripled, from A to B", "an increase of 12 percent, from A
//! to B") or right after ("..., a 25 percent decline", "..., a rise of 30 percent"), with no
//! clause boundary or other verb of change between, and when it is marked as a change itself:
//! a verb of change before it ("rose 25 percent", "fell by a quarter", "cut in half"), a change
//! noun after or before it ("a 40 percent drop", "a drop of 10 percent", "a threefold
//! increase"), or a change verb of its own ("halved", "more than doubled", "grew tenfold").

use super::CHANGE_NOUNS;
use crate::checks::context::Ctx;
use crate::checks::window::{iter_words_between, words_after, words_before, words_between, Word};
use crate::extract::{Bound, NumberKind};
use crate::span::Span;

#[rustfmt::skip]
pub(super) const UP_WORDS: &[&str] = &[
    "rose", "rise", "rises", "risen", "rising", "grew", "grown", "grow", "growth", "increased", "increase", "up",
    "gained", "gain", "climbed", "climb", "jumped", "jump", "surged", "surge", "soared", "expanded", "higher",
    "boost", "added", "hike", "doubled", "tripled", "quadrupled", "increases",
];

#[rustfmt::skip]
pub(super) const DOWN_WORDS: &[&str] = &[
    "fell", "fall", "fallen", "falling", "dropped", "drop", "declined", "decline", "decreased", "decrease", "down",
    "cut", "lost", "loss", "shrank", "shrunk", "slid", "slide", "slipped", "plunged", "reduction", "lower", "halved",
    "halving", "dip", "dipped", "slashed", "decreases",
];

/// Words that open another clause: a change across one of them belongs to another quantity.
#[rustfmt::skip]
const CLAUSE_BREAKS: &[&str] = &[
    "and", "but", "while", "whereas", "although", "though", "which", "who", "that", "after", "before", "when", "as",
    "with", "because", "or", "while", "said", "says",
];

/// Markers between a new value and the old one that follows it ("to 450 from 600").
const NEW_THEN_OLD: &[&[&str]] = &[
    &["from"],
    &["compared", "with"],
    &["compared", "to"],
    &["up", "from"],
    &["down", "from"],
    &["against"],
    &["versus"],
    &["vs"],
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Direction {
    Up,
    Down,
}

pub(super) fn direction_of(words: &[Word]) -> Option<Direction> {
    words.iter().rev().find_map(|w| {
        if UP_WORDS.contains(&&**w) {
            Some(Direction::Up)
        } else if DOWN_WORDS.contains(&&**w) {
            Some(Direction::Down)
        } else {
            None
        }
    })
}

/// A change with its endpoints: indices into the numbers, the span to report, the direction
/// the wording gives.
pub(super) struct ChangeClaim {
    pub old: usize,
    pub new: usize,
    pub stated: usize,
    pub span: Span,
    pub direction: Option<Direction>,
}

/// Old and new values with the offsets of the structure that holds them ("from A to B").
struct Endpoints {
    old: usize,
    new: usize,
    first: usize,
    last: usize,
    start: usize,
    end: usize,
}

pub(super) fn claims(ctx: &Ctx) -> Vec<ChangeClaim> {
    let nums = &ctx.m.numbers;
    let mut out: Vec<ChangeClaim> = Vec::new();
    for i in 0..nums.len().saturating_sub(1) {
        // Every shape reads number i as an exact endpoint with a figure after it in its
        // sentence: most numbers are none, and are passed over before any text is read.
        let n = &nums[i];
        if n.bound != Bound::Exact || !endpoint_kind(n.kind) || nums[i + 1].sentence != n.sentence {
            continue;
        }
        if let Some(c) = new_change_old(ctx, i).or_else(|| shapes::value_noun_change_old(ctx, i)) {
            out.push(c);
            continue;
        }
        let Some(ep) = endpoints(ctx, i) else { continue };
        if out.iter().any(|c| c.old == ep.old && c.new == ep.new) {
            continue;
        }
        let stated = stated_before(ctx, &ep).or_else(|| stated_after(ctx, &ep));
        let Some((stated, direction)) = stated else { continue };
        let sn = &nums[stated];
        let start = verb_start(ctx, stated).min(ep.start);
        let end = ep.end.max(sn.span.end + noun_after_len(ctx, stated));
        out.push(ChangeClaim { old: ep.old, new: ep.new, stated, span: Span::new(start, end), direction });
        if let Some(amount) = restated_amount(ctx, stated, &ep) {
            let span = Span::new(verb_start(ctx, amount).min(ep.start), ep.end);
            out.push(ChangeClaim { old: ep.old, new: ep.new, stated: amount, span, direction: None });
        }
    }
    out
}

/// "rose $12 million, or 8 percent, to $162 million from $150 million": the amount that a
/// percent after ", or" restates is a change of the endpoints too, when it is in their own terms.
/// Its direction is left to the percent's claim (one finding for a wrong direction, not two).
fn restated_amount(ctx: &Ctx, stated: usize, ep: &Endpoints) -> Option<usize> {
    let nums = &ctx.m.numbers;
    if !matches!(nums[stated].kind, NumberKind::Percent) {
        return None;
    }
    restated_amount_direction(ctx, stated)?;
    let amount = stated - 1;
    let (an, old) = (&nums[amount], &nums[ep.old]);
    let same_terms = an.kind == old.kind && an.currency == old.currency && an.bound == Bound::Exact;
    (same_terms && shapes::plain_amount(ctx, amount)).then_some(amount)
}

/// Whether number k only places the claim in time: a counted span ("in the four weeks
/// ended ...", "the first seven months") or a year ("the 1986/87 season"). Such a number
/// stands in a time phrase between a change and its endpoints and is read with it
/// (`shapes::words_without_time`), not as a figure of the claim.
fn time_figure(ctx: &Ctx, k: usize) -> bool {
    let n = &ctx.m.numbers[k];
    if n.kind != NumberKind::Identifier {
        return false;
    }
    let digits = ctx.text(n.span);
    let year = digits.len() == 4 && digits.starts_with(['1', '2']) && digits.bytes().all(|b| b.is_ascii_digit());
    year || ctx.m.dates_near(n.span).iter().any(|d| d.span.start <= n.span.start && d.span.end >= n.span.end)
        || adjuncts::spoken_day(ctx, k)
}

/// The next number after k that is a figure of a claim (not a time figure), in any sentence.
fn next_figure(ctx: &Ctx, k: usize) -> Option<usize> {
    (k + 1..ctx.m.numbers.len()).find(|&j| !time_figure(ctx, j))
}

/// The number before k that is a figure of a claim (not a time figure).
fn prev_figure(ctx: &Ctx, k: usize) -> Option<usize> {
    (0..k).rev().find(|&j| !time_figure(ctx, j))
}

fn endpoint_kind(k: NumberKind) -> bool {
    matches!(k, NumberKind::Count | NumberKind::Money | NumberKind::Percent)
}

fn words_match<W: AsRef<str>>(words: &[W], phrase: &[&str]) -> bool {
    words.len() == phrase.len() && words.iter().zip(phrase).all(|(w, p)| w.as_ref() == *p)
}

/// Whether the text between two numbers holds a clause break: punctuation, or a word outside
/// the time phrases there (`words`, as `shapes::words_without_time` gives them: the "and" of
/// "between 2000 and 2010" and the "that" of "the quarter that ended Oct. 29" join no clauses).
fn breaks_clause(text: &str, words: &[String]) -> bool {
    text.contains([';', ':', '(', ')', '—', '–', '"', '“', '”'])
        || words.iter().any(|w| CLAUSE_BREAKS.contains(&w.as_str()))
}

/// The word right before number i in its sentence, with its start offset.
fn word_before(ctx: &Ctx, i: usize) -> Option<(String, usize)> {
    let n = &ctx.m.numbers[i];
    let toks = &ctx.m.tokens;
    let t = n.token.checked_sub(1)?;
    toks.in_sentence(t, n.sentence).then(|| (toks[t].text(&ctx.article.text).to_lowercase(), toks[t].span().start))
}

/// "from A to B", "to B from A", "at B, compared with A" for the numbers i and i + 1.
fn endpoints(ctx: &Ctx, i: usize) -> Option<Endpoints> {
    let (nums, text) = (&ctx.m.numbers, &ctx.article.text);
    // A per-unit restatement of the first value ("to $1.38 billion, or 70 cents a share, from")
    // is read past, with the words before it.
    let (skip, read_from) = adjuncts::after_restatement(ctx, i);
    let j = next_figure(ctx, skip)?;
    let (a, b) = (&nums[i], &nums[j]);
    if a.sentence != b.sentence || !endpoint_kind(a.kind) || a.kind != b.kind || a.currency != b.currency {
        return None;
    }
    if a.bound != Bound::Exact || b.bound != Bound::Exact {
        return None;
    }
    let (marker, marker_start) = word_before(ctx, i)?;
    // A time phrase may stand between ("from 14,000 last year to 16,800", "at 6.3 million in
    // 2023, compared with 5.4 million"), and the unit after the first value ("from 800 tonnes
    // to 720", "to 410 million cubic feet per day from").
    let noun_end = if skip == i { unit_end(ctx, i, b.span.start) } else { Some(read_from) };
    // Every reading below needs its marker words between the two values: the gap is only read
    // word by word when they are written there.
    let between = text.get(noun_end.unwrap_or(a.span.end)..b.span.start).unwrap_or("");
    let has = |w: &str| between.as_bytes().windows(w.len()).any(|x| x.eq_ignore_ascii_case(w.as_bytes()));
    let marked = match marker.as_str() {
        "from" => has("to") || has("from"),
        "to" | "at" => ["from", "compared", "against", "versus", "vs"].into_iter().any(has),
        _ => has("from"),
    };
    if !marked || shapes::scale_left_implicit(ctx, i, j) {
        return None;
    }
    // A bracketed short form of the unit may stand between ("barrels per day (bpd) from").
    let gap = shapes::without_short_forms(&text[read_from..b.span.start], &text[..read_from]);
    // The period of "vs." ends no clause.
    let gap = gap.replace("vs.", "vs");
    if gap.contains([';', ':', '(', ')', '—', '.']) {
        return None;
    }
    let mut words = shapes::words_without_time(ctx, noun_end.unwrap_or(a.span.end), b.span.start);
    if noun_end.is_none()
        && words.len() >= 2
        && !["up", "down", "compared"].contains(&&*words[0])
        && words[0].chars().all(char::is_alphabetic)
        // "from 2 per cent for 2016 and to 0.2 per cent": a word that joins clauses is no unit;
        // the second pair is another claim.
        && !CLAUSE_BREAKS.contains(&&*words[0])
    {
        words.remove(0);
    }
    // A unit over another ("tonnes per hectare").
    if words.len() >= 3 && words[0] == "per" && words[1].chars().all(char::is_alphabetic) {
        words.drain(..2);
    }
    let (old, new) = if marker == "from" && words_match(&words, &["to"]) {
        (i, j)
    } else if (marker == "to" || marker == "at") && NEW_THEN_OLD.iter().any(|p| words_match(&words, p)) {
        (j, i)
    } else if words_match(&words, &["up", "from"]) || words_match(&words, &["down", "from"]) {
        // "was $500 million, up from $400 million": "up from" marks the old value whatever
        // verb gives the new one.
        (j, i)
    } else {
        return None;
    };
    if nums[old].value <= 0.0 {
        return None;
    }
    Some(Endpoints { old, new, first: i, last: j, start: marker_start, end: b.span.end })
}

/// Where the counted noun phrase written right after number i ends ("410 million cubic feet"),
/// if it ends before offset `limit`.
fn unit_end(ctx: &Ctx, i: usize, limit: usize) -> Option<usize> {
    let n = &ctx.m.numbers[i];
    let text = &ctx.article.text;
    let noun = ctx.m.quantity_of(i).and_then(|q| q.noun_span)?;
    (noun.start >= n.span.end && noun.end < limit && text[n.span.end..noun.start].trim().is_empty()).then_some(noun.end)
}

/// "at B, down 20 percent from A": the change between the new and the old value.
fn new_change_old(ctx: &Ctx, i: usize) -> Option<ChangeClaim> {
    let (nums, text) = (&ctx.m.numbers, &ctx.article.text);
    let ci = next_figure(ctx, i)?;
    let bi = next_figure(ctx, ci)?;
    let (a, c, b) = (&nums[i], &nums[ci], &nums[bi]);
    if a.sentence != b.sentence || !endpoint_kind(a.kind) || a.kind != b.kind || a.currency != b.currency {
        return None;
    }
    if a.bound != Bound::Exact || b.bound != Bound::Exact || b.value <= 0.0 {
        return None;
    }
    // "at B, down 20 percent from A", "to B, up ...", and any B set off by a comma ("Revenue was
    // $118 million, up 25 percent from $109 million"): "up N percent from A" after a comma
    // speaks of the figure it follows.
    let (marker, marker_start) = word_before(ctx, i).unwrap_or_default();
    let at_or_to = marker == "at" || marker == "to";
    if !at_or_to && !text[a.span.end..c.span.start].contains(',') || shapes::scale_left_implicit(ctx, i, bi) {
        return None;
    }
    let start = if at_or_to { marker_start } else { a.span.start };
    // A direction has at most three words with its unit: a fourth is never needed.
    let mut first: Vec<Word> = iter_words_between(text, a.span.end, c.span.start).take(4).collect();
    if first.len() >= 2 && !["up", "down"].contains(&&*first[0]) {
        first.remove(0); // a unit word: "at 720 tonnes, down ..."
    }
    let direction = match first.iter().map(|w| &**w).collect::<Vec<_>>()[..] {
        ["up"] | ["up", "by"] => Direction::Up,
        ["down"] | ["down", "by"] => Direction::Down,
        _ => return None,
    };
    let from: Vec<Word> = iter_words_between(text, c.span.end, b.span.start).take(2).collect();
    if !words_match(&from, &["from"]) || !stated_kind(c.kind) {
        return None;
    }
    Some(ChangeClaim { old: bi, new: i, stated: ci, span: Span::new(start, b.span.end), direction: Some(direction) })
}

fn stated_kind(k: NumberKind) -> bool {
    matches!(k, NumberKind::Percent | NumberKind::PercentagePoints | NumberKind::Multiplier | NumberKind::Fraction)
}

/// The change right before the endpoints, in their clause.
fn stated_before(ctx: &Ctx, ep: &Endpoints) -> Option<(usize, Option<Direction>)> {
    let nums = &ctx.m.numbers;
    let c = prev_figure(ctx, ep.first)?;
    let cn = &nums[c];
    if cn.sentence != nums[ep.first].sentence || cn.span.end > ep.start {
        return None;
    }
    let gap = &ctx.article.text[cn.span.end..ep.start];
    let words = shapes::words_without_time(ctx, cn.span.end, ep.start);
    // The change's own noun may stand in the gap ("a 40 percent drop, from"), what changed
    // ("a 30 percent rise in ticket holders, from"), a time ("doubled in 2023, from") and a
    // participle that agrees with the change ("doubled, rising from"); no other word of change.
    let own_noun = words.first().is_some_and(|w| CHANGE_NOUNS.contains(&w.as_str()));
    let others = if own_noun { &words[1..] } else { &words[..] };
    let marked = marked_change(ctx, c).or_else(|| amount_after_change_verb(ctx, c, ep))?;
    // "a drop of 10 percent in visits": the change noun before the figure also takes "in X".
    let before = words_before(ctx, cn.sentence, cn.span.start, 2);
    let noun_of = before.len() == 2 && before[1] == "of" && CHANGE_NOUNS.contains(&&*before[0]);
    if breaks_clause(gap, &words) || !shapes::gap_keeps_change(others, marked, own_noun || noun_of) {
        return None;
    }
    // "rose by 2,000 in the month to 436,500, compared with 470,700 a year earlier": the change
    // spans a month, the endpoints a year; they are two comparisons.
    let gap_words = words_between(gap, 0, gap.len());
    let (old_period, old_dated) = old_value_period(ctx, ep.old);
    // "from 16.05 mln in the same period a year ago" compares the change's own span.
    let same = old_period.iter().any(|w| w == "same");
    // "jumped 49% in the quarter, to B from A a year earlier": a lag after the old value that
    // "from" marks shifts the change's own span back; it names no other span. ("..., compared
    // with A a year earlier" may be a second comparison, and keeps the guard.)
    let lagged = adjuncts::is_lag(&old_period) && word_before(ctx, ep.old).is_some_and(|(w, _)| w == "from");
    if let (Some(a), false) = (period_unit(&gap_words), same || lagged) {
        // "in the three months to June to 500 from 400 in 2019": a date of the old value's
        // own is another span than the change's.
        if period_unit(&old_period).is_some_and(|b| a != b) || (old_dated && period_unit(&old_period).is_none()) {
            return None;
        }
    }
    Some((c, marked))
}

/// The words that place the old value in time: those after it up to the next punctuation mark
/// or figure, at most six ("from 400 at the start of the decade", "from 400 a year earlier"),
/// and whether a date stands among them ("from 400 in 2019").
fn old_value_period<'a>(ctx: &Ctx<'a>, old: usize) -> (Vec<Word<'a>>, bool) {
    let n = &ctx.m.numbers[old];
    let sentence_end = ctx.article.sentences[n.sentence].span.end;
    // Read past a per-unit restatement ("from $1.91 billion, or $1.12, in the year-earlier period").
    let (skip, from) = adjuncts::after_restatement(ctx, old);
    let from = (from + usize::from(skip != old)).min(sentence_end);
    let next_figure = ctx.m.numbers.get(skip + 1).map_or(sentence_end, |m| m.span.start.clamp(from, sentence_end));
    // Six words are read: the first 200 bytes hold them.
    let mut stop = next_figure.min(from + 200);
    while !ctx.article.text.is_char_boundary(stop) {
        stop -= 1;
    }
    let text = &ctx.article.text[from..stop];
    // "--" is a typed dash ("from A a year ago -- but ...").
    let clause_end = text.find([',', ';', ':', '(', ')', '—']).into_iter().chain(text.find("--")).min();
    let clause = clause_end.map_or(text, |k| &text[..k]);
    let mut words = words_between(clause, 0, clause.len());
    words.truncate(6);
    let span = Span::new(from, from + clause.len());
    let dated = ctx.m.dates_near(span).iter().any(|d| d.span.start >= span.start && d.span.end <= span.end);
    (words, dated)
}

/// The unit of time a phrase names ("in the month", "a year earlier"), if any.
fn period_unit(words: &[Word]) -> Option<&'static str> {
    const UNITS: &[&str] = &["day", "week", "month", "quarter", "year", "session", "season", "decade", "century"];
    words.iter().find_map(|w| UNITS.iter().copied().find(|u| w.trim_end_matches('s') == *u))
}

/// The change right after the endpoints: ", a 25 percent decline", ", a rise of 30 percent".
fn stated_after(ctx: &Ctx, ep: &Endpoints) -> Option<(usize, Option<Direction>)> {
    let nums = &ctx.m.numbers;
    // Past a per-unit restatement of the last value ("to $2.7 billion, or $3.15 a share, a rise of").
    let (skip, from) = adjuncts::after_restatement(ctx, ep.last);
    let c = next_figure(ctx, skip)?;
    let cn = &nums[c];
    if cn.sentence != nums[ep.last].sentence {
        return None;
    }
    let gap = &ctx.article.text[from..cn.span.start];
    // A time may close the endpoints first (", up from 400 a year earlier, an increase of").
    let words = shapes::words_without_time(ctx, from, cn.span.start);
    if !gap.contains(',') || gap.contains([';', ':', '(', ')', '—']) || words.len() > 5 {
        return None;
    }
    // ", a 25 percent decline", ", a rise of 30 percent", or ", up 25 percent" (the change's
    // own direction word).
    let direction_word =
        matches!(words.iter().map(|w| &**w).collect::<Vec<_>>()[..], ["up" | "down"] | ["up" | "down", "by"]);
    if words.iter().any(|w| CLAUSE_BREAKS.contains(&w.as_str()))
        || !(direction_word || words.iter().any(|w| matches!(w.as_str(), "a" | "an")))
    {
        return None;
    }
    Some((c, marked_change(ctx, c)?))
}

/// Whether number c is written as a change, and in which direction: Some(direction) when it
/// is, None when it is not.
fn marked_change(ctx: &Ctx, c: usize) -> Option<Option<Direction>> {
    let cn = &ctx.m.numbers[c];
    let own = ctx.text(cn.span).to_lowercase();
    let before = words_before(ctx, cn.sentence, cn.span.start, 3);
    let after = words_after(ctx, cn.sentence, cn.span.end, 1);
    let noun_after = after.first().filter(|w| CHANGE_NOUNS.contains(&&***w));
    // "a rise of 30 percent": the noun and "of" right before.
    let noun_of =
        before.len() >= 2 && before[before.len() - 1] == "of" && CHANGE_NOUNS.contains(&&*before[before.len() - 2]);
    let by = before.last().is_some_and(|w| w == "by");
    let verb_before = direction_of(&before);
    let from_nouns =
        noun_after.map(|w| direction_of(std::slice::from_ref(w))).or(noun_of.then(|| direction_of(&before)));
    match cn.kind {
        NumberKind::Multiplier => {
            let verb_form = own.ends_with("ed") || own.ends_with("es") || own.ends_with("ing");
            let fold = own.ends_with("fold");
            if verb_form {
                Some(Some(Direction::Up))
            } else if let Some(d) = from_nouns {
                Some(d.or(Some(Direction::Up)))
            } else if (fold || by) && verb_before.is_some() {
                Some(verb_before)
            } else {
                None
            }
        }
        NumberKind::Fraction => {
            if own.starts_with("halv") {
                Some(Some(Direction::Down))
            } else if (by || before.last().is_some_and(|w| w == "in")) && verb_before.is_some() {
                Some(verb_before)
            } else {
                None
            }
        }
        NumberKind::Percent | NumberKind::PercentagePoints => {
            from_nouns.or(verb_before.map(Some)).or_else(|| restated_amount_direction(ctx, c).map(Some))
        }
        NumberKind::Count | NumberKind::Money => {
            if !shapes::plain_amount(ctx, c) {
                None
            } else if by && verb_before.is_some() {
                Some(verb_before)
            } else if noun_of {
                Some(direction_of(&before))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// "rose $12 million to $118 million from $109 million", "cut 800 jobs to 2,400 from 3,200": an
/// amount in the endpoints' own terms right after a verb of change, before endpoints that
/// follow at once. Its direction is not judged: a rank rises as its number falls ("moved up 2
/// spots to 7 from 9"), so only the size of the change is compared.
fn amount_after_change_verb(ctx: &Ctx, c: usize, ep: &Endpoints) -> Option<Option<Direction>> {
    let nums = &ctx.m.numbers;
    let (cn, old) = (&nums[c], &nums[ep.old]);
    let same_terms = matches!(cn.kind, NumberKind::Count | NumberKind::Money)
        && cn.kind == old.kind
        && cn.currency == old.currency
        && cn.bound == Bound::Exact;
    let before = words_before(ctx, cn.sentence, cn.span.start, 1);
    let verb = before.first().is_some_and(|w| crate::extract::vocab::CHANGE_VERBS.contains(&&**w));
    (same_terms && verb && shapes::plain_amount(ctx, c)).then_some(None)
}

/// "rose $12 million, or 11 percent, to ...": a percent set after ", or" beside an amount that a
/// verb of change takes restates that change in percent, in the verb's direction.
fn restated_amount_direction(ctx: &Ctx, c: usize) -> Option<Direction> {
    let nums = &ctx.m.numbers;
    let a = c.checked_sub(1)?;
    let (cn, an) = (&nums[c], &nums[a]);
    // The amount's unit may stand before the comma ("fell 5 mln dlrs, or 2 pct").
    let amount_end = unit_end(ctx, a, cn.span.start).unwrap_or(an.span.end);
    let joined = ctx.article.text[amount_end..cn.span.start].split_whitespace().collect::<String>() == ",or";
    if an.sentence != cn.sentence || !joined || !matches!(an.kind, NumberKind::Count | NumberKind::Money) {
        return None;
    }
    // "dropped by 300, or 12 percent": the verb may take the amount through "by".
    let mut verb = words_before(ctx, an.sentence, an.span.start, 2);
    if verb.last().is_some_and(|w| w == "by") {
        verb.pop();
    } else if verb.len() == 2 {
        verb.remove(0);
    }
    verb.last().filter(|w| crate::extract::vocab::CHANGE_VERBS.contains(&&***w)).and_then(|_| direction_of(&verb))
}

/// Where the span of a change starts: at its verb when one stands close before it ("fell 30
/// percent, from ...").
fn verb_start(ctx: &Ctx, c: usize) -> usize {
    let (toks, text) = (&ctx.m.tokens, &ctx.article.text);
    let cn = &ctx.m.numbers[c];
    (cn.token.saturating_sub(3)..cn.token)
        .find(|&k| {
            let w = toks[k].text(text).to_lowercase();
            toks.in_sentence(k, cn.sentence) && (UP_WORDS.contains(&w.as_str()) || DOWN_WORDS.contains(&w.as_str()))
        })
        .map_or(cn.span.start, |k| toks[k].span().start)
}

/// The length of a change noun right after the stated change, with the space before it.
fn noun_after_len(ctx: &Ctx, c: usize) -> usize {
    let cn = &ctx.m.numbers[c];
    let rest = &ctx.article.text[cn.span.end..ctx.article.sentences[cn.sentence].span.end];
    let trimmed = rest.trim_start();
    let word: String = trimmed.chars().take_while(|c| c.is_alphabetic()).collect();
    if CHANGE_NOUNS.contains(&word.to_lowercase().as_str()) {
        rest.len() - trimmed.len() + word.len()
    } else {
        0
    }
}

#[path = "change_adjuncts.rs"]
mod adjuncts;
#[path = "change_shapes.rs"]
mod shapes;
pub(super) use shapes::scale_written_once;
