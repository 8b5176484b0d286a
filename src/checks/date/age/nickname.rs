//! A name written with a nickname of a word or two in quotation marks ('Richard Dennis “Dick” Black, 88,',
//! 'Earl "Glen" Moreland'): the name reader gives three mentions, which are one person; and the
//! nickname alone later ("Dick was born ...") is that person too. A short form of a given name
//! ("Jim" of James) is that name's call name.

use crate::checks::context::Ctx;
use crate::checks::window::words;
use crate::extract::people::PersonMention;

/// The id of a nickname group: past every person index, one per group (its first mention).
fn group_id(ctx: &Ctx, first: usize) -> usize {
    ctx.people().persons.len() + first
}

/// Whether mentions `k`, `k + 1`, `k + 2` read as name, quoted nickname, surname.
fn is_group(ctx: &Ctx, k: usize) -> bool {
    let all = &ctx.people().mentions;
    let (Some(a), Some(n), Some(z)) = (all.get(k), all.get(k + 1), all.get(k + 2)) else { return false };
    let text = &ctx.article.text;
    let (open, close) = (text.get(a.name.end..n.name.start), text.get(n.name.end..z.name.start));
    // One word, or two ('Robert E. "Veteran Bob" Matteson').
    let short = ctx.text(n.name).split(' ').count() <= 2;
    short
        && matches!(open.map(str::trim), Some("“" | "\"" | "‘" | "'"))
        && matches!(close.map(str::trim), Some("”" | "\"" | "’" | "'"))
}

/// The group mention `m` belongs to, if any.
pub(super) fn group_of(ctx: &Ctx, m: &PersonMention) -> Option<usize> {
    let all = &ctx.people().mentions;
    let i = all.partition_point(|x| x.name.start < m.name.start);
    (i.saturating_sub(2)..=i).find(|&k| is_group(ctx, k)).map(|k| group_id(ctx, k))
}

/// The group whose first mention introduced person `p` ('Richard Dennis' of 'Richard Dennis
/// “Dick” Black').
pub(super) fn group_of_person(ctx: &Ctx, p: usize) -> Option<usize> {
    let people = ctx.people();
    let first = *people.persons.get(p)?.mentions.first()?;
    is_group(ctx, first).then(|| group_id(ctx, first))
}

/// The one group before `at` whose nickname, or a word of whose name, is `word` (lower case):
/// "Margie" or "Margaret" after 'Margaret “Margie” Carter'.
pub(super) fn by_nickname(ctx: &Ctx, word: &str, at: usize) -> Option<usize> {
    let all = &ctx.people().mentions;
    let end = all.partition_point(|x| x.name.start < at);
    let named = |k: usize| {
        ctx.text(all[k + 1].name).to_lowercase() == word || words(ctx.text(all[k].name)).iter().any(|w| w == word)
    };
    let mut found = (0..end.saturating_sub(2)).filter(|&k| is_group(ctx, k) && named(k)).map(|k| group_id(ctx, k));
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// The usual short forms of given names, each with the full names it stands for.
#[rustfmt::skip]
const SHORT_FORMS: &[(&str, &[&str])] = &[
    ("al", &["albert", "alfred", "alan", "allen"]), ("andy", &["andrew"]), ("art", &["arthur"]),
    ("barb", &["barbara"]), ("ben", &["benjamin"]), ("betty", &["elizabeth"]), ("beth", &["elizabeth"]),
    ("bill", &["william"]), ("billy", &["william"]), ("bob", &["robert"]), ("bobby", &["robert"]),
    ("chuck", &["charles"]), ("charlie", &["charles"]), ("chris", &["christopher", "christine", "christina"]),
    ("dan", &["daniel"]), ("danny", &["daniel"]), ("dave", &["david"]), ("deb", &["deborah", "debra"]),
    ("debbie", &["deborah", "debra"]), ("dick", &["richard"]), ("don", &["donald"]), ("dot", &["dorothy"]),
    ("dottie", &["dorothy"]), ("doug", &["douglas"]), ("ed", &["edward", "edwin"]), ("eddie", &["edward"]),
    ("fran", &["frances", "francis"]), ("frank", &["francis", "franklin"]), ("fred", &["frederick"]),
    ("gene", &["eugene"]), ("greg", &["gregory"]), ("hank", &["henry"]), ("harry", &["harold", "henry"]),
    ("jack", &["john"]), ("jerry", &["gerald", "jerome"]), ("jim", &["james"]), ("jimmy", &["james"]),
    ("joe", &["joseph"]), ("joey", &["joseph"]), ("judy", &["judith"]), ("kathy", &["katherine", "kathleen", "catherine"]),
    ("ken", &["kenneth"]), ("larry", &["lawrence"]), ("liz", &["elizabeth"]), ("maggie", &["margaret"]),
    ("matt", &["matthew"]), ("meg", &["margaret"]), ("mike", &["michael"]), ("nick", &["nicholas"]),
    ("pam", &["pamela"]), ("pat", &["patricia", "patrick"]), ("peg", &["margaret"]), ("peggy", &["margaret"]),
    ("ray", &["raymond"]), ("rich", &["richard"]), ("rick", &["richard"]), ("rob", &["robert"]),
    ("ron", &["ronald"]), ("sam", &["samuel"]), ("steve", &["stephen", "steven"]), ("sue", &["susan"]),
    ("ted", &["edward", "theodore"]), ("tom", &["thomas"]), ("tommy", &["thomas"]), ("tony", &["anthony"]),
    ("walt", &["walter"]), ("will", &["william"]),
];

/// Whether `short` (lower case) is a usual short form of the given name `given` (lower case).
pub(super) fn is_short_form(short: &str, given: &str) -> bool {
    SHORT_FORMS.iter().any(|(s, full)| *s == short && full.contains(&given))
}
