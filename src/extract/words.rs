//! A simple tokenizer over sentences, so extractors can look at the words around a mention.

use std::sync::LazyLock;

use super::wordset::WordSet;
use crate::article::Article;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// One token: its span, kind and sentence in 16 bytes (`u32` offsets and sentence index), as a
/// long article holds about one a word: 32 bytes each made the tokens of a 16 MB article
/// 100 MB. Articles are under 4 GiB ([`crate::article::MAX_ARTICLE_BYTES`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
    sentence: u32,
    pub kind: TokenKind,
}

impl Token {
    pub fn new(span: Span, kind: TokenKind, sentence: usize) -> Token {
        let narrow = |n: usize| u32::try_from(n).expect("articles are under 4 GiB (Article::from_bytes says so)");
        Token { start: narrow(span.start), end: narrow(span.end), sentence: narrow(sentence), kind }
    }
    /// Its byte span in the article.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
    /// The index of its sentence.
    #[inline]
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start as usize..self.end as usize]
    }
}

/// Tokens of every sentence, in text order.
pub fn tokenize(article: &Article) -> Vec<Token> {
    // About one token per five bytes of news copy.
    let mut out = Vec::with_capacity(article.text.len() / 5);
    for (si, s) in article.sentences.iter().enumerate() {
        tokenize_span(&article.text, s.span, si, &mut out);
    }
    out
}

fn tokenize_span(text: &str, span: Span, sentence: usize, out: &mut Vec<Token>) {
    let s = &text[span.start..span.end];
    let bytes = s.as_bytes();
    // A byte cursor: news copy is nearly all ASCII, which is classified without decoding, and
    // looking ahead one or two characters is an index, not a cloned iterator.
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        let kind = if b.is_ascii() {
            i += 1;
            // char::is_whitespace on ASCII: u8::is_ascii_whitespace and the vertical tab.
            if b.is_ascii_whitespace() || b == 0x0b {
                continue;
            }
            if b.is_ascii_digit() {
                // Digits with separators: "1,204,311", "3.2".
                while let Some(&d) = bytes.get(i) {
                    let separator = (d == b',' || d == b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
                    if d.is_ascii_digit() || separator {
                        i += 1;
                    } else {
                        break;
                    }
                }
                TokenKind::Number
            } else if b.is_ascii_alphabetic() {
                i = word_end(s, i);
                TokenKind::Word
            } else {
                TokenKind::Punct
            }
        } else {
            let c = s[i..].chars().next().expect("a character starts here");
            i += c.len_utf8();
            if c.is_whitespace() {
                continue;
            }
            if c.is_alphabetic() {
                i = word_end(s, i);
                TokenKind::Word
            } else {
                TokenKind::Punct
            }
        };
        out.push(Token::new(Span::new(span.start + start, span.start + i), kind, sentence));
    }
}

/// Where a word that has reached byte `i` ends: letters and digits, joined by an apostrophe
/// or a hyphen, and dotted abbreviations ("U.S.", "a.m.").
fn word_end(s: &str, mut i: usize) -> usize {
    let bytes = s.as_bytes();
    // The common case first: a run of ASCII letters and digits, one table lookup a byte.
    while bytes.get(i).is_some_and(|&b| ASCII_ALNUM[b as usize]) {
        i += 1;
    }
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        // Only an apostrophe, a hyphen or a period joins in ASCII; a space or a comma ends
        // the word at once.
        if b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.') {
            break;
        }
        let Some(ch) = char_at(s, i) else { break };
        let after_at = i + ch.len_utf8();
        let after = char_at(s, after_at);
        let next_alpha = after.is_some_and(char::is_alphanumeric);
        let joiner = (ch == '\'' || ch == '’' || ch == '-') && next_alpha;
        let dotted = ch == '.'
            && next_alpha
            && after.is_some_and(|a| char_at(s, after_at + a.len_utf8()).is_none_or(|x| x == '.'));
        if ch.is_alphanumeric() || joiner || dotted {
            i = after_at;
        } else {
            break;
        }
    }
    i
}

/// ASCII letters and digits, by byte.
const ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The character starting at byte `i` of `s`, decoding only outside ASCII.
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    match *s.as_bytes().get(i)? {
        b if b.is_ascii() => Some(b as char),
        _ => s[i..].chars().next(),
    }
}

/// Lowercase content words of a text (for comparing what two sentences are about).
pub fn content_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| w.chars().count() >= 3 && !w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_lowercase)
        .filter(|w| !is_stopword(w))
        .collect()
}

/// Whether a lower-case word is one of [`STOPWORDS`].
pub fn is_stopword(lower: &str) -> bool {
    static SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(STOPWORDS));
    SET.contains(lower)
}

/// Function words and words too common in news to say what a sentence is about.
pub const STOPWORDS: &[&str] = &[
    "the",
    "and",
    "for",
    "that",
    "this",
    "with",
    "from",
    "was",
    "were",
    "are",
    "has",
    "have",
    "had",
    "his",
    "her",
    "their",
    "its",
    "they",
    "them",
    "who",
    "whom",
    "which",
    "what",
    "when",
    "where",
    "will",
    "would",
    "could",
    "should",
    "said",
    "says",
    "say",
    "told",
    "also",
    "been",
    "being",
    "not",
    "but",
    "than",
    "then",
    "there",
    "these",
    "those",
    "into",
    "onto",
    "over",
    "after",
    "before",
    "during",
    "about",
    "more",
    "most",
    "some",
    "such",
    "only",
    "other",
    "all",
    "any",
    "can",
    "may",
    "one",
    "two",
    "our",
    "out",
    "him",
    "she",
    "you",
    "your",
    "did",
    "does",
    "per",
    "via",
    "yet",
    "while",
    "since",
    "until",
    "upon",
    "between",
    "among",
    "according",
    "last",
    "next",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "today",
    "yesterday",
    "tomorrow",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "sept",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "just",
    "very",
    "many",
    "much",
    "new",
    "time",
    "people",
    "because",
    "however",
    "both",
    "each",
    "again",
    "still",
    "even",
    "here",
    "how",
    "why",
    "now",
    "well",
    "made",
    "make",
    "get",
    "got",
    "stated",
    "statement",
    "reported",
    "added",
    "president",
    "minister",
    "official",
    "officials",
    "government",
    "state",
    "states",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Format, IngestOptions};

    #[test]
    fn tokens_keep_numbers_and_abbreviations_whole() {
        let a = Article::from_text(
            "t",
            "The U.S. said 1,204,311 people, 3.2 percent, didn't vote.".into(),
            Format::Text,
            &IngestOptions::default(),
        );
        let toks: Vec<&str> = tokenize(&a).iter().map(|t| t.text(&a.text)).collect();
        assert_eq!(
            toks,
            vec!["The", "U.S", ".", "said", "1,204,311", "people", ",", "3.2", "percent", ",", "didn't", "vote", "."]
        );
    }
}
