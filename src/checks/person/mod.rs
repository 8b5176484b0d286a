//! Person rules: one person named, titled and aged one way within an article. The mentions and
//! the links between them come from `extract::people`; these checks compare what is linked.

pub(super) mod age_conflict;
mod given_spelling;
pub(super) mod name_spelling;
mod spelling;
#[cfg(test)]
mod tests;
pub(super) mod title_conflict;

use crate::checks::context::Ctx;
use crate::extract::people::Person;

/// The name a person is introduced with: the words of their first full mention.
fn introduced_name(ctx: &Ctx, person: &Person) -> String {
    let people = ctx.people();
    person
        .mentions
        .iter()
        .map(|&i| &people.mentions[i])
        .find(|m| m.given.is_some())
        .map_or_else(|| person.surname.clone(), |m| ctx.text(m.name).to_string())
}
