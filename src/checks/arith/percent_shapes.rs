//! More shapes of shares of one whole, read from structure: shares that hang on one verb with
//! the verb left out after the first ("The Greens took 36 percent, the Social Democrats 34
//! percent and ..."; "Europe accounted for 58 percent of sales, Asia for 31 percent ..."), a
//! winner's share without "of the vote" ("Jansen won with 47 percent."), and shares joined
//! under one vote verb ("Her rivals took 38 percent and 15 percent").

use crate::checks::context::Ctx;
use crate::checks::window::{words_before, words_between};
use crate::extract::NumberMention;
use crate::span::Span;

/// Verbs that give a holder its share of one whole.
#[rustfmt::skip]
const SHARE_VERBS: &[&str] = &[
    "took", "take", "takes", "won", "wins", "got", "gets", "received", "receives", "captured", "garnered", "polled",
    "secured", "supplied", "supplies", "provided", "provides", "generated", "generates", "represented",
    "represents", "held", "holds", "claimed", "claims", "comprised", "comprises", "carried", "carries", "handled",
    "earned", "drew", "attracted", "controls", "controlled", "owns", "owned",
];

/// Verbs that take their share after "for" or "up": "account for", "made up".
const SHARE_VERBS_WITH_PARTICLE: &[(&str, &str)] =
    &[("account", "for"), ("accounts", "for"), ("accounted", "for"), ("made", "up"), ("make", "up"), ("makes", "up")];

/// Words that cannot end a holder's name before an elided share.
#[rustfmt::skip]
const NOT_A_HOLDER: &[&str] = &[
    "and", "or", "but", "the", "a", "an", "of", "in", "at", "on", "with", "to", "from", "by", "than", "while",
    "whereas", "about", "nearly", "almost", "some", "around", "roughly", "over", "under", "up", "down",
];

/// Verbs that would open a clause of its own between two shares.
const CLAUSE_VERBS: &[&str] =
    &["is", "was", "were", "are", "has", "had", "have", "said", "says", "rose", "fell", "grew", "won", "took", "got"];

/// Whether the first share hangs on a share verb ("took 36 percent", "accounted for 58").
fn opens_with_share_verb(ctx: &Ctx, n: &NumberMention) -> bool {
    let before = words_before(ctx, n.sentence, n.span.start, 3);
    // "she took 61 percent": a pronoun points at a holder named before, whose share of another
    // whole ("Among women ...") may be meant.
    if before.iter().any(|w| matches!(&**w, "he" | "she" | "they" | "it" | "we")) {
        return false;
    }
    match &before[..] {
        [.., v, p] if SHARE_VERBS_WITH_PARTICLE.iter().any(|(a, b)| v == a && p == b) => true,
        [.., v] => SHARE_VERBS.contains(&&**v),
        [] => false,
    }
}

/// "The Greens took 36 percent, the Social Democrats 34 percent and the Liberals 37 percent":
/// the first share hangs on a share verb, and each later one follows its own holder with the
/// verb left out (no verb of its own between), so all are shares of the first one's whole.
pub(super) fn gapped_shares(ctx: &Ctx, members: &[&NumberMention]) -> bool {
    let text = &ctx.article.text;
    let Some((first, _)) = members.split_first() else { return false };
    if !opens_with_share_verb(ctx, first) {
        return false;
    }
    members.windows(2).all(|w| {
        let gap = &text[w[0].span.end..w[1].span.start];
        let words = words_between(text, w[0].span.end, w[1].span.start);
        let listed = gap.contains(',') || words.iter().any(|x| x == "and");
        let no_verb = !words.iter().any(|x| (x.ends_with("ed") && x.len() > 4) || CLAUSE_VERBS.contains(&&**x));
        // The holder right before the share: "the Social Democrats 34", "pensions for 25".
        let holder = words.iter().rev().find(|x| *x != "for");
        let named = holder.is_some_and(|h| !NOT_A_HOLDER.contains(&&**h) && h.chars().all(char::is_alphabetic));
        listed && no_verb && named
    })
}

/// "Jansen won with 47 percent.", "Jansen won the runoff with 47 percent.": a winner's share,
/// which is a share of the vote. The race won may stand between, as a short noun phrase opened
/// by a determiner.
pub(super) fn won_with(ctx: &Ctx, n: &NumberMention) -> bool {
    const WIN: &[&str] = &["won", "elected", "re-elected", "reelected", "victory", "win", "re-election", "reelection"];
    let before = words_before(ctx, n.sentence, n.span.start, 6);
    let words: Vec<&str> = before.iter().map(|w| &**w).collect();
    let Some((&"with", rest)) = words.split_last() else { return false };
    if rest.last().is_some_and(|w| WIN.contains(w)) {
        return true;
    }
    // "won the Democratic primary with": the verb, a determiner, at most three words of the
    // race, in one stretch of text (no comma between).
    let Some(verb) = rest.iter().rposition(|w| matches!(*w, "won" | "win" | "wins")) else { return false };
    let race = &rest[verb + 1..];
    let start = ctx.article.sentences[n.sentence].span.start;
    let tail = ctx.article.text[start..n.span.start].rsplit_once(rest[verb]).map_or("", |(_, t)| t);
    // The race's head names a contest, not a place or a group it was won in ("won the state").
    const CONTESTS: &[&str] = &[
        "race",
        "election",
        "runoff",
        "run-off",
        "primary",
        "seat",
        "contest",
        "ballot",
        "vote",
        "nomination",
        "presidency",
        "mayoralty",
        "by-election",
        "byelection",
        "caucus",
        "caucuses",
        "referendum",
        "poll",
    ];
    matches!(race.first(), Some(&("the" | "a" | "her" | "his" | "their" | "its")))
        && (2..=4).contains(&race.len())
        && race.last().is_some_and(|w| CONTESTS.contains(w))
        && !tail.contains([',', ';', ':', '(', ')'])
}

/// "Her two rivals took 38 percent and 15 percent": shares joined by "and" or a comma after
/// the first one's vote verb are all given by that verb.
pub(super) fn coordinated_under_vote_verb(ctx: &Ctx, group: &[usize]) -> bool {
    let nums = &ctx.m.numbers;
    let Some(&first) = group.first() else { return false };
    let before = words_before(ctx, nums[first].sentence, nums[first].span.start, 1);
    let verb = before.first().is_some_and(|w| matches!(&**w, "took" | "won" | "received" | "got" | "polled"));
    verb && group.windows(2).all(|w| {
        let gap = words_between(&ctx.article.text, nums[w[0]].span.end, nums[w[1]].span.start);
        matches!(gap.iter().map(|x| &**x).collect::<Vec<_>>()[..], ["and"] | [])
    })
}

/// "Wind supplied 45 percent of the electricity last year, gas 33 percent and ...": one time
/// inside the shares, in the first share's clause, and none after them, belongs to all of them
/// when the verb is left out after the first (the time is left out with it).
pub(super) fn one_time_for_all(ctx: &Ctx, members: &[&NumberMention], span_all: Span) -> bool {
    let Some(first) = members.first() else { return false };
    let sentence = ctx.article.sentences[first.sentence].span;
    let inside: Vec<Span> =
        ctx.m.dates_near(span_all).iter().filter(|d| span_all.contains(d.span)).map(|d| d.span).collect();
    let tail = Span::new(span_all.end, sentence.end);
    let after = ctx.m.dates_near(tail).iter().any(|d| d.span.start >= tail.start && d.span.end <= tail.end);
    let before_second = members.get(1).is_some_and(|m| inside.iter().all(|d| d.end <= m.span.start));
    inside.len() == 1 && before_second && !after && gapped_shares(ctx, members)
}

/// Whether a split after a vote lede speaks of another time ("last time", "four years
/// earlier") or of the winner again ("He had won 58 percent"): then it is not the rest of the
/// lede's vote.
pub(super) fn another_time_or_the_winner(
    ctx: &Ctx,
    split: &[crate::checks::window::Word],
    first: &NumberMention,
) -> bool {
    let back = ["previous", "previously", "last", "earlier", "ago", "before", "former", "prior", "had", "again"];
    let before = words_before(ctx, first.sentence, first.span.start, 3);
    split.iter().any(|w| back.contains(&&**w))
        || before.iter().any(|w| matches!(&**w, "he" | "she" | "they" | "it" | "we" | "i"))
}

/// Whether a bracket that holds two or more shares of `current` closes before `next`: "(38
/// percent approve while 44 percent disapprove) and ... (36 percent approve ...)" answers two
/// questions, one per bracket. A share alone in its bracket ("Lee (52%) and Ames (45%)") is
/// one holder's, and the holders share one whole.
pub(super) fn closes_a_bracketed_split(ctx: &Ctx, current: &[usize], next: &NumberMention) -> bool {
    let nums = &ctx.m.numbers;
    let Some(&last) = current.last() else { return false };
    let text = &ctx.article.text;
    let prev = &nums[last];
    let sentence_start = ctx.article.sentences[prev.sentence].span.start.min(prev.span.start);
    if !text[prev.span.end..next.span.start.max(prev.span.end)].contains(')') {
        return false;
    }
    let Some(open) = text[sentence_start..prev.span.start].rfind('(').map(|k| sentence_start + k) else {
        return false;
    };
    // The bracket is still open at `prev` (no ")" between), and holds another share.
    !text[open..prev.span.start].contains(')') && current.iter().filter(|&&i| nums[i].span.start > open).count() >= 2
}

/// Verbs of a view a poll asks about, in the forms a group takes: "Republicans favor repeal".
#[rustfmt::skip]
const VIEW_VERBS: &[&str] = &[
    "favor", "favour", "favors", "favored", "oppose", "opposes", "opposed", "support", "supports", "supported",
    "approve", "approves", "approved", "disapprove", "disapproves", "disapproved", "back", "backs", "backed",
    "reject", "rejects", "rejected", "prefer", "prefers", "preferred", "agree", "agrees", "disagree", "disagrees",
];

/// Words that open a clause of their own before a share's subject.
const CLAUSE_OPENERS: &[&str] = &["and", "or", "but", "while", "whereas", "if", "that", "when", "although"];

/// The subject of the view a bracketed share follows in its own clause: "Democrats
/// overwhelmingly oppose it (77%)" -> "democrats". None when the share has no view verb of its own before it, or the
/// verb is shared with the share before ("favor (47%) or oppose (44%)": nothing between "or"
/// and the verb).
fn view_subject(ctx: &Ctx, from: usize, n: &NumberMention) -> Option<String> {
    let text = &ctx.article.text;
    // The share stands alone in brackets after the clause it measures.
    let bracketed = text[..n.span.start].trim_end().ends_with('(') && text[n.span.end..].trim_start().starts_with(')');
    if !bracketed {
        return None;
    }
    let words = words_between(text, from, n.span.start);
    let clause_start = words.iter().rposition(|w| CLAUSE_OPENERS.contains(&&**w)).map_or(0, |k| k + 1);
    let clause = &words[clause_start..];
    // The verb and at most two words of its object ("oppose it", "favor the repeal") before the
    // bracket.
    let verb = clause.iter().rposition(|w| VIEW_VERBS.contains(&&**w)).filter(|&v| clause.len() - v <= 3)?;
    let subject = clause[..verb].iter().rev().find(|w| !w.ends_with("ly") && !matches!(&***w, "also" | "still"))?;
    subject.chars().all(char::is_alphabetic).then(|| subject.to_string())
}

/// "Republicans favor repeal (87%) and Democrats oppose it (77%)": each share follows a view's
/// verb whose own subject names a group, so each is a share of that group, and the groups
/// differ. ("87 percent of Republicans" is the same structure spelt out; `share_whole` reads
/// that one.)
pub(super) fn views_of_different_groups(ctx: &Ctx, members: &[&NumberMention]) -> bool {
    let Some(first) = members.first() else { return false };
    let sentence_start = ctx.article.sentences[first.sentence].span.start.min(first.span.start);
    let mut from = sentence_start;
    let mut subjects = Vec::new();
    for n in members {
        let Some(subject) = view_subject(ctx, from, n) else { return false };
        subjects.push(subject);
        from = n.span.end;
    }
    subjects.windows(2).any(|w| w[0] != w[1])
}

/// Words of a clause between two holders' shares that make them rivals for one whole: a verb
/// of contest ("edged out", "trounced", "trailed") or a coordination of the holders.
#[rustfmt::skip]
const RIVALRY_WORDS: &[&str] = &[
    "beat", "beats", "beating", "defeated", "defeats", "defeating", "edged", "edges", "edging", "trounced",
    "trounces", "routed", "routs", "ousted", "ousts", "unseated", "unseats", "trailed", "trails", "trailing", "led",
    "leads", "leading", "topped", "tops", "outpolled", "outpolls", "outpaced", "outvoted", "overtook", "ahead",
    "behind", "finished", "and", "while", "whereas",
];

/// Whether two shares belong to two holders that the sentence does not set against each other:
/// "The party, with 40 percent of the vote, backs the president, who won 70 percent." The first
/// share stands in a phrase set off by commas, the second in a relative clause on another
/// holder; the main clause between them relates the holders in some other way than a contest
/// (backing, joining, naming), so the shares may be of two votes.
pub(super) fn holders_not_rivals(ctx: &Ctx, prev: &NumberMention, next: &NumberMention) -> bool {
    holders_rivals(ctx, prev, next) == Some(false)
}

/// For two shares in the shape above, whether the clause between sets their holders against
/// each other ("edged out the Liberal candidate, who took"); None for any other shape.
pub(super) fn holders_rivals(ctx: &Ctx, prev: &NumberMention, next: &NumberMention) -> Option<bool> {
    let text = &ctx.article.text;
    let between = &text[prev.span.end..next.span.start.max(prev.span.end)];
    let segments: Vec<&str> = between.split(',').collect();
    let [_, middle @ .., last] = &segments[..] else { return None };
    let relative = crate::checks::window::words(last).first().is_some_and(|w| matches!(&**w, "who" | "which" | "that"));
    let clause: Vec<_> = middle.iter().flat_map(|m| crate::checks::window::words(m)).collect();
    (relative && !clause.is_empty()).then(|| clause.iter().any(|w| RIVALRY_WORDS.contains(&&**w)))
}
