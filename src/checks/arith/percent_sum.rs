//! arith.percent-sum: percentages of one whole that add up past 100, or an exhaustive split
//! that misses it.
//!
//! A finding is licensed by shares of one whole that answer one choice (options of a vote or a
//! poll question) in one stretch of a sentence, with no different explicit whole ("of Democrats"
//! against "of Republicans") or scope ("in 2001" against "in 2005"). A share of another whole is
//! dropped before adding: the count's progress ("with 91 percent of ballots counted") and
//! turnout ("on a turnout of 64 percent"). Shares in one bracket ("(38 percent approve, 44
//! percent disapprove) and ... (36 percent approve ...)") split that bracket's question only;
//! shares after a view's verb with a subject of their own ("Republicans favor repeal (87%) and
//! Democrats oppose it (77%)") are shares of those subjects, different wholes.
//!
//! Confidence: high when the shares stand in one stretch of one sentence; medium when the
//! winner's share of the vote is joined from the sentence before the split.

use super::{decimals, CHANGE_NOUNS};
use crate::checks::context::{Ctx, Hit};
use crate::checks::window::{iter_words_after, words_after, words_before, words_between, Word};
use crate::checks::wording::{addition, fmt_num};
use crate::extract::{Bound, NumberKind, NumberMention};
use crate::finding::Confidence;
use crate::span::Span;

/// Words (besides the change nouns) right after a percentage that make it something other than a share of a group: a
/// change, a rate, a probability.
#[rustfmt::skip]
const NOT_SHARE_AFTER: &[&str] = &[
    "higher", "lower", "more", "less", "fewer", "effective", "contained", "complete", "completed", "chance",
    "probability", "likely", "stake", "interest", "rate", "tax", "discount", "capacity", "efficiency", "return",
    "above", "below", "over", "under", "annually", "inflation",
];

/// Words right before a percentage that make it a change or a comparison.
const NOT_SHARE_BEFORE: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "fell",
    "fallen",
    "grew",
    "grown",
    "increased",
    "decreased",
    "dropped",
    "declined",
    "climbed",
    "jumped",
    "gained",
    "lost",
    "up",
    "down",
    "by",
    "from",
    "to",
    "than",
    "between",
    "surged",
    "slipped",
    "plunged",
    "soared",
    "cut",
    "raised",
    "lowered",
    "margin",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "over",
    "under",
    "least",
];

/// "Obama led Romney 54 percent to 38 percent", "leads with 62 percent to 38 percent": two
/// shares joined by "to" alone after a verb of leading are a race's two sides, not a change.
fn lead_by_to(ctx: &Ctx, members: &[&NumberMention]) -> bool {
    let [a, b] = members else { return false };
    let joined = ctx.article.text[a.span.end..b.span.start].trim() == "to";
    let before = words_before(ctx, a.sentence, a.span.start, 4);
    let leads = before.iter().any(|w| {
        matches!(
            &**w,
            "led" | "leads" | "lead" | "leading" | "beat" | "beats" | "beating" | "trailed" | "trails" | "trailing"
        )
    });
    joined && leads
}

/// "leads Corey 56-41 percent", "disapprove 54 - 38 percent": a poll's two sides written as a
/// pair joined by a hyphen or a spaced dash, the percent word after the second only. Number
/// `i` is the first of such a pair when it is a bare count or figure of at most 100, the
/// number right after it is a percentage, and a verb of leading or of a poll's view stands
/// just before the pair (so "rose 10-15 percent", a range of a change, is never one).
fn margin_first_share(ctx: &Ctx, i: usize) -> bool {
    let nums = &ctx.m.numbers;
    let (n, Some(next)) = (&nums[i], nums.get(i + 1)) else { return false };
    let bare = matches!(n.kind, NumberKind::Count | NumberKind::Identifier) && n.value <= 100.0;
    // The pair is read first, the words before it only for a pair: most numbers are none.
    if !bare || next.kind != NumberKind::Percent || next.sentence != n.sentence {
        return false;
    }
    let joined = matches!(ctx.article.text[n.span.end..next.span.start].trim(), "-" | "–" | "to");
    if !joined {
        return false;
    }
    let before = words_before(ctx, n.sentence, n.span.start, 4);
    let poll_verb = before.iter().any(|w| {
        matches!(
            &**w,
            "leads"
                | "led"
                | "lead"
                | "leading"
                | "approve"
                | "approves"
                | "disapprove"
                | "disapproves"
                | "favor"
                | "oppose"
                | "support"
                | "split"
        )
    });
    joined && bare && next.kind == NumberKind::Percent && next.sentence == n.sentence && poll_verb
}

/// Verbs that give a rival candidate a share of the same vote.
const RIVAL_SHARE_VERBS: &[&str] =
    &["got", "received", "obtained", "secured", "garnered", "garnering", "took", "had", "polled", "won", "came"];

/// "won 64 percent of the valid votes, while his challenger got 47 percent", "winning 58% of
/// the votes against 41.45% for Le Pen", "with 54 per cent of the vote (versus Penalosa's 41
/// per cent)": a share of the vote, then another without a whole of its own given to a rival
/// (by a verb of receiving, or "for"/a possessive name after a contrast word), is the same vote.
fn rival_after_vote_share(ctx: &Ctx, prev: &NumberMention, n: &NumberMention, between: &[Word]) -> bool {
    let of_the_vote = share_whole(ctx, prev).is_some_and(|w| {
        w.split(' ').any(|x| matches!(x, "vote" | "votes" | "ballots")) && !w.contains(" in ") && !w.contains(" among ")
    });
    if !of_the_vote || share_whole(ctx, n).is_some_and(|w| !w.contains("vote")) {
        return false;
    }
    // "who had 60 percent in 2019": a rival's share at another election.
    if ctx.m.dates[ctx.m.sentence_dates(n.sentence)].iter().any(|d| d.span.start >= n.span.end) {
        return false;
    }
    let after = words_after(ctx, n.sentence, n.span.end, 1);
    let text = &ctx.article.text;
    let capital_after =
        text[n.span.end..].trim_start().strip_prefix("for ").is_some_and(|r| r.starts_with(char::is_uppercase));
    let contrast = between.iter().any(|w| matches!(&**w, "against" | "versus" | "compared" | "while"));
    let receives = between.iter().any(|w| RIVAL_SHARE_VERBS.contains(&&**w));
    let possessive = between.last().is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"));
    (contrast && (capital_after || possessive || receives)) || (receives && after.first().is_none_or(|w| w != "of"))
}

/// Views a poll question offers in pairs: a share that approves and one that disapproves
/// answer one question, however long the first one's object ("44% approve of the job the
/// court is doing, while 58% disapprove").
const OPTION_PAIRS: &[(&str, &str)] = &[
    ("approve", "disapprove"),
    ("support", "oppose"),
    ("favor", "oppose"),
    ("favour", "oppose"),
    ("agree", "disagree"),
    ("satisfied", "dissatisfied"),
    ("trust", "distrust"),
];

/// Whether shares `a` and `b` are each followed by one option of a pair, the second after a
/// word that joins clauses ("while", "and", "but").
fn paired_options(ctx: &Ctx, a: &NumberMention, b: &NumberMention) -> bool {
    // "approve", "approves", "approved", "approving".
    let stem = |w: &str, base: &str| {
        w == base
            || w.strip_suffix('s') == Some(base)
            || w.strip_suffix('d') == Some(base)
            || w.strip_suffix("ing").is_some_and(|r| r == base || base.strip_suffix('e') == Some(r))
    };
    let is_option = |w: &str| OPTION_PAIRS.iter().any(|(p, q)| stem(w, p) || stem(w, q));
    // The option follows the share, past its whole ("44% of adults approve").
    let option = |n: &NumberMention| {
        iter_words_after(ctx, n.sentence, n.span.end).take(6).find(|w| is_option(w)).map(|w| w.to_string())
    };
    let (Some(x), Some(y)) = (option(a), option(b)) else { return false };
    // "while 46 percent", "and another 46 percent", "but only 40 percent".
    let joined = words_before(ctx, b.sentence, b.span.start, 2).iter().any(|w| matches!(&**w, "while" | "and" | "but"));
    joined && OPTION_PAIRS.iter().any(|(p, q)| stem(&x, p) && stem(&y, q) || stem(&x, q) && stem(&y, p))
}

/// "The poll has the Liberals at 32 percent, the Conservatives at 30.9 percent and the NDP at
/// 17.5 percent": in a sentence about a poll or a vote, every share set after "at" beside a
/// capitalised holder is that holder's standing, one option of the same ballot.
fn poll_standings(ctx: &Ctx, members: &[&NumberMention]) -> bool {
    let sentence = crate::checks::window::words(ctx.text(ctx.article.sentences[members[0].sentence].span));
    let about_a_poll = sentence.iter().any(|w| {
        matches!(&**w, "poll" | "polls" | "polling" | "survey" | "ballot" | "tracking" | "voters" | "vote" | "election")
    });
    let text = &ctx.article.text;
    let standing = |n: &&NumberMention| {
        let before = text[..n.span.start].trim_end();
        let Some(lead) = before.strip_suffix("at") else { return false };
        let holder = lead.trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        holder.starts_with(char::is_uppercase)
    };
    about_a_poll && members.iter().all(standing)
}

/// A percentage's explicit whole: "47 percent of likely voters" -> "likely voters".
fn share_whole(ctx: &Ctx, n: &NumberMention) -> Option<String> {
    // Most shares have no "of" after them: their words are not collected.
    let mut after = iter_words_after(ctx, n.sentence, n.span.end).take(4);
    if after.next().as_deref() != Some("of") {
        return None;
    }
    let rest: Vec<Word> = after.collect();
    let whole: Vec<&str> = rest
        .iter()
        .map(|w| &**w)
        .filter(|w| !matches!(*w, "the" | "all" | "those"))
        .take_while(|w| !matches!(*w, "said" | "say" | "and" | "were" | "had" | "approved" | "backed" | "who"))
        .collect();
    (!whole.is_empty()).then(|| whole.join(" "))
}

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let nums = &ctx.m.numbers;
    let mut out = Vec::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    for (i, n) in nums.iter().enumerate() {
        if n.kind != NumberKind::Percent && !margin_first_share(ctx, i) {
            continue;
        }
        if let Some(&last) = current.last() {
            let prev: &NumberMention = &nums[last];
            // A new group starts at a new sentence, a semicolon, a new population ("among
            // men"), or after a long gap. The gap's words are only read within a sentence.
            let breaks = prev.sentence != n.sentence || {
                let between = &text[prev.span.end..n.span.start.max(prev.span.end)];
                let between_words = words_between(text, prev.span.end, n.span.start);
                let rival = rival_after_vote_share(ctx, prev, n, &between_words);
                between.contains(';')
                || between.contains(':')
                || between_words.iter().any(|w| {
                    matches!(&**w, "among" | "whereas") || !rival && matches!(&**w, "compared" | "against" | "versus")
                })
                || (between_words.len() > 8
                    && !(rival && between_words.len() <= 20)
                    && between_words.len() > 8 + own_whole_words(ctx, prev, i, between)
                    && !(between_words.len() <= 20
                        && (paired_options(ctx, prev, n) || candidates_chosen(ctx, &[prev, n]))))
                // A poll's pair ("leads 56-41 percent") is a split of its own.
                || margin_first_share(ctx, i)
                || current.first().is_some_and(|&f| current.len() >= 2 && margin_first_share(ctx, f))
                    || shapes::closes_a_bracketed_split(ctx, &current, n)
                    || shapes::holders_not_rivals(ctx, prev, n)
            };
            if breaks {
                groups.push(std::mem::take(&mut current));
            }
        }
        current.push(i);
    }
    groups.push(current);
    for g in groups.into_iter().filter(|g| !g.is_empty()) {
        // One share alone is only read against a winner's share in the sentence before ("won
        // with 54 percent of the vote. Her opponent took 49 percent.").
        let alone = g.len() == 1;
        let hit = (!alone).then(|| judge_shares(ctx, &g)).flatten().or_else(|| {
            let joined = vote_lede(ctx, &g).and_then(|p| judge_shares(ctx, &[&[p], &g[..]].concat()));
            joined.map(|hit| Hit { confidence: Confidence::Medium, ..hit })
        });
        out.extend(hit);
    }
    out
}

/// How many words right after share `n` name its own whole ("76 per cent of the vote, ..."):
/// they belong to the share, not to the gap before the next one, `next`. Only when `next` is
/// a parallel holder's share of the vote: it closes its clause ("..., which won 36 per cent."),
/// so it sets no time or place of its own, its vote verb's subject has the head of the phrase
/// holding `n` ("the party of Adenauer, with 76 per cent ... the party of Brandt, which won") or
/// the clause between sets the two holders against each other ("routed the Civic Union, which").
fn own_whole_words(ctx: &Ctx, n: &NumberMention, next_index: usize, between: &str) -> usize {
    let next = &ctx.m.numbers[next_index];
    let s = ctx.article.sentences[next.sentence].span;
    let after_next = ctx.article.text[next.span.end.min(s.end)..s.end].trim_start();
    if !(after_next.is_empty() || after_next.starts_with([',', '.', ';', '!', '?'])) {
        return 0;
    }
    let Some(q) = ctx.m.quantity_of(next_index) else { return 0 };
    let voted = q.verb.as_deref().is_some_and(|v| VOTE_VERBS.contains(&v));
    let Some(holder) = q.subject_head.as_deref().filter(|_| voted) else { return 0 };
    // The phrase that holds `n`: from the clause's start to the comma before "with".
    let own = &ctx.article.text[s.start.max(ctx.article.sentences[n.sentence].span.start)..n.span.start];
    let own = own.trim_end().strip_suffix("with").unwrap_or(own).trim_end().trim_end_matches(',');
    let clause = own.rsplit([',', ';', ':']).next().unwrap_or("");
    // Or holders set against each other by the clause between ("routed the Civic Union, which
    // took").
    let parallel = crate::checks::window::words(clause).iter().any(|w| w == holder)
        || shapes::holders_rivals(ctx, n, next) == Some(true);
    // The share's own whole, up to its comma: "of the vote", "of the ballots cast".
    let phrase = between.split([',', ';', ':', '(', ')']).next().unwrap_or("");
    let whole = crate::checks::window::words(phrase);
    let of_the_vote = matches!(
        whole.iter().map(|w| &**w).collect::<Vec<_>>()[..],
        ["of", "the" | "all", "vote" | "votes" | "ballots"] | ["of", "the" | "all", "votes" | "ballots", "cast"]
    );
    if !parallel || !of_the_vote {
        return 0;
    }
    whole.len()
}

/// Verbs that give a holder its share of a vote: "Chen took 41 percent".
const VOTE_VERBS: &[&str] =
    &["took", "won", "received", "got", "garnered", "captured", "had", "polled", "secured", "with"];

/// The winner's share of the vote in the sentence before a split of the rest: "Ortiz was
/// re-elected with 54 percent of the vote. Chen took 41 percent and Walsh 12 percent." The
/// earlier sentence holds one share, of the vote; the split names each holder with a vote verb
/// or by name, and sets no place, time, group or other whole of its own.
fn vote_lede(ctx: &Ctx, group: &[usize]) -> Option<usize> {
    let nums = &ctx.m.numbers;
    let s = nums[group[0]].sentence;
    if s == 0 || group.iter().any(|&i| nums[i].sentence != s) {
        return None;
    }
    let lede: Vec<usize> = ctx.m.sentence_numbers(s - 1).filter(|&i| nums[i].kind == NumberKind::Percent).collect();
    let [p] = lede[..] else { return None };
    let whole = share_whole(ctx, &nums[p]);
    let of_the_vote =
        matches!(whole.as_deref(), Some("vote" | "votes" | "ballots" | "popular vote" | "ballots cast" | "votes cast"))
            || (whole.is_none() && shapes::won_with(ctx, &nums[p]));
    // The cheap tests first: only a split after a lede with one share of the vote reads its
    // own sentence's words.
    if !of_the_vote {
        return None;
    }
    let split = crate::checks::window::words(ctx.text(ctx.article.sentences[s].span));
    let own_scope = [
        "in",
        "among",
        "during",
        "of",
        "poll",
        "polls",
        "survey",
        "turnout",
        "than",
        "since",
        "each",
        "nationally",
        "nationwide",
        "statewide",
        "overall",
    ];
    if split.iter().any(|w| own_scope.contains(&&**w)) || !ctx.m.sentence_dates(s).is_empty() {
        return None;
    }
    // "He had won 58 percent last time": the winner's own share at another election.
    if shapes::another_time_or_the_winner(ctx, &split, &nums[group[0]]) {
        return None;
    }
    let named = group.iter().all(|&i| {
        let n = &nums[i];
        let before = words_before(ctx, n.sentence, n.span.start, 2);
        let capital = ctx.article.text[..n.span.start].trim_end().ends_with(|c: char| c.is_alphabetic())
            && ctx.article.text[..n.span.start]
                .trim_end()
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase));
        capital || before.iter().any(|w| VOTE_VERBS.contains(&&**w))
    }) || shapes::coordinated_under_vote_verb(ctx, group);
    (named && of_the_vote && !other_whole(ctx, &nums[p]) && ctx.m.sentence_dates(s - 1).is_empty()).then_some(p)
}

/// "Fife (55%) and Angus (60%) both voted No", "took 48 and 52 percent apiece": after the
/// last share, a word that gives each holder the same thing says each share is of its own whole.
/// "In each of these crises his score was 59 percent, 57 percent ..." gives one share per item
/// named before, each of its own whole, too.
fn each_holder_its_own(ctx: &Ctx, members: &[&NumberMention]) -> bool {
    let (first, last) = (members[0], members[members.len() - 1]);
    let after = words_after(ctx, last.sentence, last.span.end, 4);
    let opening = ctx.article.sentences[first.sentence].span.start.min(first.span.start);
    let before = crate::checks::window::words(&ctx.article.text[opening..first.span.start]);
    after.iter().any(|w| matches!(&**w, "both" | "each" | "apiece"))
        || before.windows(2).any(|w| w[0] == "each" && w[1] == "of")
}

/// "D 58% R 42% ALASKA D 65% R 22% ...": shares whose first few already make the whole, with
/// more after them, are several splits written one after another (a results table run into
/// one line), not one split past 100.
fn splits_run_together(ctx: &Ctx, members: &[&NumberMention]) -> bool {
    let mut sum = 0.0;
    let mut slack = 0.0;
    for (k, n) in members[..members.len() - 1].iter().enumerate() {
        sum += n.value;
        slack += 0.5 * 10f64.powi(-decimals(ctx, n));
        if k >= 1 && (sum - 100.0).abs() <= slack + 1e-9 {
            return true;
        }
    }
    false
}

/// Words that show percentages answer one choice: the options of a vote or a poll question.
#[rustfmt::skip]
const CHOICE_WORDS: &[&str] = &[
    "approved", "approve", "approves", "disapproved", "disapprove", "disapproves", "supported", "support",
    "supports", "opposed", "oppose", "opposes", "favored", "favor", "favour", "favoured", "backed", "backing",
    "backs", "against", "undecided", "unsure", "uncertain", "yes", "no", "agreed", "agree", "disagreed",
    "disagree", "satisfied", "dissatisfied", "voted", "voting", "vote", "votes", "ballots", "won", "received",
    "chose", "preferred", "prefer", "picked", "split", "remaining", "rest", "neutral", "undecideds", "trusted",
    "distrusted", "abstained", "leave", "remain", "likely", "unlikely",
];

/// Phrases that say a poll allowed several answers, so shares may add up past 100.
const MULTI_ANSWER_CUES: &[&str] = &[
    "more than one",
    "multiple answers",
    "multiple responses",
    "several answers",
    "could choose",
    "could pick",
    "could name",
    "could give",
    "could select",
    "could cite",
    "not mutually exclusive",
    "add up to more than",
    "all that apply",
    "would consider",
    "consider voting",
];

/// Participles in a share's whole that make it a measure of the count's progress, not a share
/// of the vote: "of precincts reporting", "of ballots counted", "of the votes were tallied". The
/// whole's noun alone ("of districts") is not enough: two shares of districts may split them.
const PROGRESS_WORDS: &[&str] = &["counted", "tallied", "reporting", "reported", "processed", "declared", "verified"];

/// Nouns for a rate of another whole (the registered voters): "a turnout of 64 percent", "64
/// percent turnout".
const OTHER_RATES: &[&str] = &["turnout", "participation"];

/// Whether a percentage is a share of another whole than the vote or group the others split:
/// the progress of the count ("with 91 percent of ballots counted") or turnout. Such a share is
/// never one of the parts.
fn other_whole(ctx: &Ctx, n: &NumberMention) -> bool {
    let before = words_before(ctx, n.sentence, n.span.start, 3);
    if before.iter().any(|w| OTHER_RATES.contains(&&**w)) {
        return true;
    }
    // The words up to the next punctuation: "of the votes were counted" and "turnout".
    let s = ctx.article.sentences[n.sentence].span;
    let rest = &ctx.article.text[n.span.end.min(s.end)..s.end];
    let clause = rest.split([',', ';', ':', '.', '(', ')']).next().unwrap_or("");
    let after: Vec<Word> = crate::checks::window::words(clause).into_iter().take(7).collect();
    if after.first().is_some_and(|w| OTHER_RATES.contains(&&**w)) {
        return true;
    }
    // "with 99.9 percent reporting": the participle right after, in a "with" phrase.
    if before.last().is_some_and(|w| w == "with") && after.first().is_some_and(|w| PROGRESS_WORDS.contains(&&**w)) {
        return true;
    }
    after.first().map(|w| &**w) == Some("of")
        && after.iter().any(|w| PROGRESS_WORDS.contains(&&**w) || OTHER_RATES.contains(&&**w))
}

/// Shares that are subjects of verbs of their own may overlap when the verbs differ or report
/// what people said or had ("62 percent backed the plan and 45 percent wanted a referendum":
/// one respondent can do both); one verb for all ("52 percent voted for Lee and 45 percent
/// voted for Ames") is one choice split.
/// "73 percent said they would vote for Lamont, while 39 percent said they would vote for
/// Stefanowski": each share, in its own clause, votes for or backs a different named candidate,
/// one answer to one question (who gets your vote) however the answer is reported.
fn candidates_chosen(ctx: &Ctx, members: &[&NumberMention]) -> bool {
    let text = &ctx.article.text;
    let candidate = |n: &&NumberMention| -> Option<String> {
        let s = ctx.article.sentences[n.sentence].span;
        let clause = text[n.span.end..s.end].split([',', ';']).next().unwrap_or("");
        let words: Vec<&str> = clause.split_whitespace().take(9).collect();
        let at = words.windows(2).position(|w| {
            matches!(w[0].to_lowercase().as_str(), "vote" | "voted" | "voting") && w[1].eq_ignore_ascii_case("for")
        })?;
        let name = words.get(at + 2)?;
        name.starts_with(char::is_uppercase).then(|| name.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
    };
    let names: Option<Vec<String>> = members.iter().map(candidate).collect();
    names.is_some_and(|ns| ns.windows(2).all(|w| w[0] != w[1]))
}

fn answers_may_overlap(ctx: &Ctx, members: &[&NumberMention]) -> bool {
    // "the remaining 20 percent" and "said yes ... said no" split one answer.
    let one_answer = members.iter().any(|n| {
        let before = words_before(ctx, n.sentence, n.span.start, 1);
        let after = words_after(ctx, n.sentence, n.span.end, 2);
        before.first().is_some_and(|w| w.eq_ignore_ascii_case("remaining"))
            || after.get(1).is_some_and(|w| matches!(w.to_lowercase().as_str(), "yes" | "no"))
    });
    if one_answer || candidates_chosen(ctx, members) {
        return false;
    }
    let verbs: Vec<String> = members
        .iter()
        .filter_map(|n| words_after(ctx, n.sentence, n.span.end, 1).first().map(|w| w.to_lowercase()))
        // Past forms only: a bare "support" after a share is as often a noun ("61 percent support").
        .filter(|w| super::sum::scope::acts(w) && (w.ends_with('d') || w.starts_with("ha")))
        .collect();
    let reported = |v: &String| matches!(v.as_str(), "said" | "say" | "says" | "had" | "has" | "have");
    // "approved" and "disapproved" answer one question.
    let question = |v: &str| ["dis", "un", "non"].iter().find_map(|p| v.strip_prefix(p)).unwrap_or(v).to_string();
    verbs.len() >= 2 && (verbs.windows(2).any(|w| question(&w[0]) != question(&w[1])) || verbs.iter().any(reported))
}

fn judge_shares(ctx: &Ctx, group: &[usize]) -> Option<Hit> {
    let nums = &ctx.m.numbers;
    // Shares that add up to no more than the whole, none of them "the remaining" ones, are
    // neither too many nor too few, whichever of them the readings below keep: most groups are.
    let at_most_whole = group.iter().map(|&i| nums[i].value.max(0.0)).sum::<f64>() <= 100.0;
    if at_most_whole && !group.iter().any(|&i| says_remaining(ctx, &nums[i])) {
        return None;
    }
    let members: Vec<&NumberMention> = group.iter().map(|&i| &nums[i]).filter(|n| !other_whole(ctx, n)).collect();
    if members.len() < 2 {
        return None;
    }
    for n in &members {
        // Changes, ranges and bounded figures are not shares to add up; nor is a ratio over
        // the whole ("earned 133 percent of its interest costs"): no share of one exceeds it.
        if !matches!(n.bound, Bound::Exact) || n.value > 100.0 {
            return None;
        }
        let before = words_before(ctx, n.sentence, n.span.start, 2);
        // "make up 55 percent" is a share, not a rise.
        let made_up = matches!(before.iter().map(|w| &**w).collect::<Vec<_>>()[..], ["make" | "made" | "makes", "up"]);
        if before.last().is_some_and(|w| NOT_SHARE_BEFORE.contains(&&**w)) && !made_up && !lead_by_to(ctx, &members) {
            return None;
        }
        let after = words_after(ctx, n.sentence, n.span.end, 1);
        if after.first().is_some_and(|w| NOT_SHARE_AFTER.contains(&&**w) || CHANGE_NOUNS.contains(&&**w)) {
            return None;
        }
    }
    if answers_may_overlap(ctx, &members)
        || shapes::views_of_different_groups(ctx, &members)
        || each_holder_its_own(ctx, &members)
        || splits_run_together(ctx, &members)
    {
        return None;
    }
    // Shares of different wholes ("62 percent of Democrats and 71 percent of Republicans")
    // are not parts of one thing.
    let wholes: Vec<String> = members.iter().filter_map(|n| share_whole(ctx, n)).collect();
    if wholes.windows(2).any(|w| w[0] != w[1]) {
        return None;
    }
    // Nor are shares in different places, years or groups: "62 percent in 2001 and 59
    // percent in 2005".
    let scopes: Vec<Vec<Word>> = members
        .iter()
        .filter_map(|n| {
            let after = words_after(ctx, n.sentence, n.span.end, 3);
            matches!(after.first().map(|w| &**w), Some("in" | "among" | "for" | "at" | "on" | "during"))
                .then(|| after[1..].to_vec())
        })
        .collect();
    if scopes.windows(2).any(|w| w[0] != w[1]) {
        return None;
    }
    let span_all = Span::new(members[0].span.start, members.last().unwrap().span.end);
    if ctx.m.dates_near(span_all).iter().any(|d| span_all.contains(d.span))
        && !shapes::one_time_for_all(ctx, &members, span_all)
    {
        return None;
    }
    // Shares only split one whole when they answer one choice: options of a vote or a poll
    // question ("approved ... disapproved", "backing Marsh ... backing Whitlock ... undecided",
    // "said yes ... said no"). Answers to separate items ("58 percent named costs and 44
    // percent named a job") may overlap, and do whenever several answers are allowed.
    let sentence_text = ctx.text(ctx.article.sentences[members[0].sentence].span).to_lowercase();
    if MULTI_ANSWER_CUES.iter().any(|c| sentence_text.contains(c)) {
        return None;
    }
    let names_an_option = members.iter().any(|n| {
        let after = words_after(ctx, n.sentence, n.span.end, 4);
        let before = words_before(ctx, n.sentence, n.span.start, 3);
        // A winner's share ("won the runoff with 52 percent") is one option of a vote.
        after.iter().chain(before.iter()).any(|w| CHOICE_WORDS.contains(&&**w)) || shapes::won_with(ctx, n)
    }) || shapes::gapped_shares(ctx, &members)
        || poll_standings(ctx, &members)
        || lead_by_to(ctx, &members)
        || members.first().is_some_and(|n| n.kind != NumberKind::Percent)
        || members.windows(2).all(|w| paired_options(ctx, w[0], w[1]));
    if !names_an_option {
        return None;
    }
    let sum: f64 = members.iter().map(|n| n.value).sum();
    // Each share may be rounded by half its last written digit.
    let slack: f64 = members.iter().map(|n| 0.5 * 10f64.powi(-decimals(ctx, n))).sum::<f64>() + 1e-9;
    let last = members.last().unwrap();
    let exhaustive = says_remaining(ctx, last);
    let too_many = sum > 100.0 + slack;
    let too_few = exhaustive && sum < 100.0 - slack;
    if !too_many && (!too_few || remainder_of_earlier_shares(ctx, group[0], sum, slack)) {
        return None;
    }
    let add = addition(members.iter().map(|n| n.value));
    let arithmetic = if too_many {
        format!("{} percent, more than the whole", add.equation)
    } else {
        format!("{} percent, but together they are the whole (100 percent)", add.equation)
    };
    Some(Hit {
        span: Span::new(members[0].span.start, last.span.end),
        label: format!("shares add up to {} percent", fmt_num(sum)),
        vars: vec![
            ("shares", add.list.clone()),
            ("sum", fmt_num(sum)),
            ("expected", "100".into()),
            ("arithmetic", arithmetic),
        ],
        related: vec![],
        fixes: remainder_fix(ctx, &members, exhaustive),
        ..Hit::default()
    })
}

/// Whether a share is what the others leave: "the remaining 12 percent", "the rest, 5 percent".
fn says_remaining(ctx: &Ctx, n: &NumberMention) -> bool {
    let before = words_before(ctx, n.sentence, n.span.start, 2);
    before.iter().any(|w| matches!(&**w, "remaining" | "rest"))
}

/// How many shares right before a group may still be the split's first ones.
const EARLIER_SHARES: usize = 3;

/// Whether "the remaining N percent" completes a split whose first shares stand before the
/// group, cut off from it by a long stretch of words: "made up 51 per cent of arrivals for the
/// quarter, ... followed by visitors with 48 per cent and the remaining 1 per cent". The
/// remainder is what every share named before it leaves, so when the shares right before the
/// group, in its paragraph, bring the sum to the whole, the split adds up.
fn remainder_of_earlier_shares(ctx: &Ctx, first: usize, sum: f64, slack: f64) -> bool {
    let nums = &ctx.m.numbers;
    let at = nums[first].span.start;
    let Some(paragraph) = ctx.article.paragraphs.iter().find(|p| p.start <= at && at < p.end) else { return false };
    let earlier = nums[..first]
        .iter()
        .rev()
        .take_while(|n| n.span.start >= paragraph.start)
        .filter(|n| n.kind == NumberKind::Percent && !other_whole(ctx, n))
        .take(EARLIER_SHARES);
    let mut total = sum;
    for n in earlier {
        total += n.value;
        if (total - 100.0).abs() <= slack + 0.5 * 10f64.powi(-decimals(ctx, n)) {
            return true;
        }
    }
    false
}

/// "the remaining 15 percent": the remainder is what the other shares leave of 100, written
/// over it. Shares without a remainder word leave no way to tell which one is wrong: no fix.
fn remainder_fix(ctx: &Ctx, members: &[&NumberMention], exhaustive: bool) -> Vec<crate::finding::Fix> {
    let Some((last, others)) = members.split_last().filter(|_| exhaustive) else { return vec![] };
    let rest = 100.0 - others.iter().map(|n| n.value).sum::<f64>();
    if rest <= 0.0 {
        return vec![];
    }
    let description = format!("write the remainder the other shares leave, {} percent", fmt_num(rest));
    crate::checks::fixes::number_fix(ctx, last.span, last.value, rest, description).into_iter().collect()
}

#[path = "percent_shapes.rs"]
mod shapes;

#[cfg(test)]
#[path = "percent_sum_tests.rs"]
mod matrix_tests;
