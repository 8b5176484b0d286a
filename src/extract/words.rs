//! A simple tokenizer over sentences, so extractors can look at the words around a mention.

use crate::article::{Article, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    pub sentence: usize,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span.start..self.span.end]
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
    // A cursor over (offset, char) with two characters of lookahead, without collecting the
    // sentence into a vector first.
    let mut chars = s.char_indices().peekable();
    let next_two = |it: &std::iter::Peekable<std::str::CharIndices>| {
        let mut ahead = it.clone();
        (ahead.next().map(|x| x.1), ahead.next().map(|x| x.1))
    };
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let kind;
        if c.is_ascii_digit() {
            kind = TokenKind::Number;
            // Digits with separators: "1,204,311", "3.2".
            while let Some(&(_, ch)) = chars.peek() {
                let separator = (ch == ',' || ch == '.') && next_two(&chars).1.is_some_and(|n| n.is_ascii_digit());
                if ch.is_ascii_digit() || separator {
                    chars.next();
                } else {
                    break;
                }
            }
        } else if c.is_alphabetic() {
            kind = TokenKind::Word;
            while let Some(&(_, ch)) = chars.peek() {
                let (_, after) = next_two(&chars);
                let next_alpha = after.is_some_and(|n| n.is_alphanumeric());
                let joiner = (ch == '\'' || ch == '’' || ch == '-') && next_alpha;
                // Dotted abbreviations: "U.S.", "a.m."
                let dotted = ch == '.' && next_alpha && {
                    let mut ahead = chars.clone();
                    ahead.next();
                    ahead.next();
                    ahead.next().is_none_or(|x| x.1 == '.')
                };
                if ch.is_alphanumeric() || joiner || dotted {
                    chars.next();
                } else {
                    break;
                }
            }
        } else {
            kind = TokenKind::Punct;
        }
        let end = chars.peek().map(|x| x.0).unwrap_or(s.len());
        out.push(Token { span: Span::new(span.start + start, span.start + end), kind, sentence });
    }
}

/// Lowercase content words of a text (for comparing what two sentences are about).
pub fn content_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| w.chars().count() >= 3 && !w.chars().all(|c| c.is_ascii_digit()))
        .map(|w| w.to_lowercase())
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .collect()
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
