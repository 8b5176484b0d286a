//! People named in an article: each mention of a name, with the title written before it and an
//! age beside it, and the person it refers to.
//!
//! A name of two or more words ("Sen. Maria Ruiz", "Tom Reyes, 52,") introduces a person,
//! keyed by first given name and surname. A later surname alone ("Ruiz said", "Ms. Ruiz", "the
//! 52-year-old Reyes") refers back to the one person introduced with that surname, and to no
//! one when two people share it: the checks only compare what is linked for certain.

mod mention;
mod read;
#[cfg(test)]
mod tests;
mod titles;

use crate::article::Article;
use crate::extract::words::Tokens;
use crate::extract::wordset::{lowercase_into, push_lowercase};
pub use mention::{Age, People, Person, PersonMention, Title};
pub use titles::Office;

/// Read the people of an article from its tokens.
pub fn extract(article: &Article, tokens: &Tokens) -> People {
    let (mentions, long_name_words) = read::mentions(article, tokens);
    let mut people = People::new(mentions, long_name_words);
    link(&article.text, &mut people);
    people
}

/// Give every full name its person and every surname reference the one person introduced with
/// that surname.
fn link(text: &str, people: &mut People) {
    // Lower-case names are built in reused buffers: only a new person's are kept.
    let (mut given, mut surname) = (String::new(), String::new());
    for i in 0..people.mentions.len() {
        let m = &people.mentions[i];
        let Some(given_span) = m.given else { continue };
        lowercase_into(&text[given_span.range()], &mut given);
        if let Some(s) = m.suffix.as_deref() {
            given.push(' ');
            push_lowercase(&text[s.range()], &mut given);
        }
        lowercase_into(&text[m.surname.range()], &mut surname);
        let known = people.with_surname(&surname).find(|&p| people.persons[p].given == given);
        let p = known.unwrap_or_else(|| people.add_person(&surname, &given));
        people.mentions[i].person = Some(index32(p));
    }
    for i in 0..people.mentions.len() {
        if people.mentions[i].person.is_some() {
            continue;
        }
        lowercase_into(&text[people.mentions[i].surname.range()], &mut surname);
        let mut found = people.with_surname(&surname);
        if let (Some(p), None) = (found.next(), found.next()) {
            drop(found);
            people.mentions[i].person = Some(index32(p));
        }
    }
    for (i, m) in people.mentions.iter().enumerate() {
        if let Some(p) = m.person() {
            let person = &mut people.persons[p];
            person.mentions.push(i);
            person.evidence |= m.title.is_some() || m.age.is_some() || m.attributed;
        }
    }
}

/// A person's index as stored in a mention: fewer people than bytes of text, and the text is
/// under 4 GB.
fn index32(p: usize) -> u32 {
    u32::try_from(p).expect("fewer people than bytes, and articles are under 4 GiB")
}

/// The edit distance between two words, counting a swap of two neighbouring letters as one
/// edit (optimal string alignment). Typographic forms of one mark count as the same letter:
/// "O'Callaghan" and "O’Callaghan" are one spelling, set by different keyboards.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().map(plain_mark).collect();
    let b: Vec<char> = b.chars().map(plain_mark).collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

/// The ASCII form of an apostrophe or hyphen written with a typographic character.
fn plain_mark(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{0060}' | '\u{00B4}' => '\'',
        '\u{2010}' | '\u{2011}' => '-',
        c => c,
    }
}
