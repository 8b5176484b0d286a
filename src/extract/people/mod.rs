//! People named in an article: each mention of a name, with the title written before it and an
//! age beside it, and the person it refers to.
//!
//! A name of two or more words ("Sen. Maria Ruiz", "Tom Reyes, 52,") introduces a person,
//! keyed by first given name and surname. A later surname alone ("Ruiz said", "Ms. Ruiz", "the
//! 52-year-old Reyes") refers back to the one person introduced with that surname, and to no
//! one when two people share it: the checks only compare what is linked for certain.

mod read;
#[cfg(test)]
mod tests;
mod titles;

use std::collections::HashSet;

use crate::article::Article;
use crate::extract::words::Token;
use crate::span::Span;
pub use titles::Office;

/// A title written before a name.
#[derive(Clone, Debug)]
pub struct Title {
    pub span: Span,
    /// The office it names, when it is one of the offices held one at a time.
    pub office: Option<Office>,
    /// "former", "then-", "-elect", "acting": a title the person does not hold now.
    pub not_current: bool,
    /// A courtesy title ("Mr.", "Ms.", "Dr.") rather than an office.
    pub honorific: bool,
}

/// An age stated beside a name: "Jane Doe, 45,", "the 45-year-old Doe", "Doe, aged 45".
#[derive(Clone, Debug)]
pub struct Age {
    pub value: u32,
    pub span: Span,
}

/// One mention of a person's name.
#[derive(Clone, Debug)]
pub struct PersonMention {
    /// The name words, without the title.
    pub name: Span,
    /// The last word of the name (without "Jr." or "III").
    pub surname: Span,
    /// The first given name, when the name has more than a surname.
    pub given: Option<Span>,
    pub title: Option<Title>,
    pub age: Option<Age>,
    pub sentence: usize,
    /// A reporting verb right after the name or right before it ("Doe said", "said Doe").
    pub attributed: bool,
    /// Inside quotation marks: someone else's words.
    pub quoted: bool,
    /// The person it refers to (an index into [`People::persons`]), when certain.
    pub person: Option<usize>,
}

/// A person introduced by a name of two or more words.
#[derive(Clone, Debug)]
pub struct Person {
    /// Surname and first given name, lower case.
    pub surname: String,
    pub given: String,
    /// Indices into [`People::mentions`], in text order.
    pub mentions: Vec<usize>,
    /// Something beyond capital letters says this is a person: a title, an age, a reporting
    /// verb, an apposition ("Jane Doe, who ..."), or a later reference by surname that has one.
    pub evidence: bool,
}

/// Every person mention of an article and the people they refer to.
#[derive(Clone, Debug, Default)]
pub struct People {
    pub mentions: Vec<PersonMention>,
    pub persons: Vec<Person>,
    /// Lower-case words read inside names of two or more words, or inside runs of capitalised
    /// words that name an organisation or place.
    long_name_words: HashSet<String>,
}

impl People {
    /// Whether a word (any case) is part of some longer name in the article: "Kowalcyk" in
    /// "Kowalcyk Foundation" or "Piotr Kowalcyk" is not only a surname reference.
    pub fn in_longer_name(&self, word: &str) -> bool {
        self.long_name_words.contains(&word.to_lowercase())
    }

    /// The people introduced with this surname (lower case).
    pub fn with_surname<'a>(&'a self, surname: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.persons.iter().enumerate().filter(move |(_, p)| p.surname == surname).map(|(i, _)| i)
    }
}

/// Read the people of an article from its tokens.
pub fn extract(article: &Article, tokens: &[Token]) -> People {
    let (mentions, long_name_words) = read::mentions(article, tokens);
    let mut people = People { mentions, persons: Vec::new(), long_name_words };
    link(&article.text, &mut people);
    people
}

/// Give every full name its person and every surname reference the one person introduced with
/// that surname.
fn link(text: &str, people: &mut People) {
    let lower = |s: Span| text[s.start..s.end].to_lowercase();
    for i in 0..people.mentions.len() {
        let m = &people.mentions[i];
        let Some(given) = m.given else { continue };
        let (given, surname) = (lower(given), lower(m.surname));
        let found = people.persons.iter().position(|p| p.given == given && p.surname == surname);
        let p = found.unwrap_or_else(|| {
            people.persons.push(Person { surname, given, mentions: Vec::new(), evidence: false });
            people.persons.len() - 1
        });
        people.mentions[i].person = Some(p);
    }
    for i in 0..people.mentions.len() {
        if people.mentions[i].person.is_some() {
            continue;
        }
        let surname = lower(people.mentions[i].surname);
        let mut found = people.with_surname(&surname);
        if let (Some(p), None) = (found.next(), found.next()) {
            drop(found);
            people.mentions[i].person = Some(p);
        }
    }
    for (i, m) in people.mentions.iter().enumerate() {
        if let Some(p) = m.person {
            let person = &mut people.persons[p];
            person.mentions.push(i);
            person.evidence |= m.title.is_some() || m.age.is_some() || m.attributed;
        }
    }
}

/// Byte spans inside quotation marks, paragraph by paragraph (an unclosed quotation runs to
/// the paragraph's end).
fn quoted_spans(article: &Article) -> Vec<Span> {
    let mut out = Vec::new();
    for p in &article.paragraphs {
        let mut open: Option<usize> = None;
        for (k, c) in article.text[p.start..p.end].char_indices() {
            let at = p.start + k;
            match (c, open) {
                ('“', _) => open = Some(at),
                ('”' | '"', Some(from)) => {
                    out.push(Span::new(from, at + c.len_utf8()));
                    open = None;
                }
                ('"', None) => open = Some(at),
                _ => {}
            }
        }
        if let Some(from) = open {
            out.push(Span::new(from, p.end));
        }
    }
    out
}

/// The edit distance between two words, counting a swap of two neighbouring letters as one
/// edit (optimal string alignment).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for j in 0..=b.len() {
        d[0][j] = j;
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
