//! A name written with a nickname in quotation marks ('Richard Dennis “Dick” Black, 88,',
//! 'Earl "Glen" Moreland'): the name reader gives three mentions, which are one person; and the
//! nickname alone later ("Dick was born ...") is that person too.

use crate::checks::context::Ctx;
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
    let one_word = n.given.is_none() && !ctx.text(n.name).contains(' ');
    one_word
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

/// The one group before `at` whose nickname is `word` (lower case).
pub(super) fn by_nickname(ctx: &Ctx, word: &str, at: usize) -> Option<usize> {
    let all = &ctx.people().mentions;
    let end = all.partition_point(|x| x.name.start < at);
    let mut found = (0..end.saturating_sub(2))
        .filter(|&k| is_group(ctx, k) && ctx.text(all[k + 1].name).to_lowercase() == word)
        .map(|k| group_id(ctx, k));
    let first = found.next()?;
    found.next().is_none().then_some(first)
}
