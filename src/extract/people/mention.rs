//! The types of person mentions: a mention's name, title and age, and the people they refer to.

use super::titles::Office;
use crate::extract::wordset::{with_lowercase, FastMap, FastSet};
use crate::span::Span;

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
    /// "Jr.", "III": a father and son of one name are two people. Boxed, as are the title
    /// and the age: most mentions have none, and a 16 MB article holds 87,000 mentions.
    pub suffix: Option<Box<Span>>,
    pub title: Option<Box<Title>>,
    pub age: Option<Box<Age>>,
    /// The sentence's index (`u32`: a mention holds two, and an article is under 4 GB).
    pub sentence: u32,
    /// A reporting verb right after the name or right before it ("Doe said", "said Doe").
    pub attributed: bool,
    /// Inside quotation marks: someone else's words.
    pub quoted: bool,
    /// The person it refers to (an index into [`People::persons`]), when certain.
    pub person: Option<u32>,
}

impl PersonMention {
    /// The index of its sentence in [`crate::article::Article::sentences`].
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }

    /// The person it refers to, an index into [`People::persons`], when certain.
    pub fn person(&self) -> Option<usize> {
        self.person.map(|p| p as usize)
    }
}

/// A person introduced by a name of two or more words.
#[derive(Clone, Debug)]
pub struct Person {
    /// Surname and first given name, lower case; the given name carries the suffix of the
    /// name ("john jr."), which tells a son from his father.
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
    long_name_words: FastSet<String>,
    /// The people of each surname, in `persons` order.
    by_surname: FastMap<String, Vec<usize>>,
}

impl People {
    pub(super) fn new(mentions: Vec<PersonMention>, long_name_words: FastSet<String>) -> Self {
        People { mentions, persons: Vec::new(), long_name_words, by_surname: FastMap::default() }
    }

    /// A new person of this surname and given name (both lower case), indexed by surname in
    /// `persons` order; its index.
    pub(super) fn add_person(&mut self, surname: &str, given: &str) -> usize {
        let p = self.persons.len();
        self.persons.push(Person {
            surname: surname.to_owned(),
            given: given.to_owned(),
            mentions: Vec::new(),
            evidence: false,
        });
        match self.by_surname.get_mut(surname) {
            Some(ps) => ps.push(p),
            None => {
                self.by_surname.insert(surname.to_owned(), vec![p]);
            }
        }
        p
    }

    /// Whether a word (any case) is part of some longer name in the article: "Kowalcyk" in
    /// "Kowalcyk Foundation" or "Piotr Kowalcyk" is not only a surname reference.
    pub fn in_longer_name(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.long_name_words.contains(w))
    }

    /// The people introduced with this surname (lower case).
    pub fn with_surname<'a>(&'a self, surname: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.by_surname.get(surname).into_iter().flatten().copied()
    }
}
