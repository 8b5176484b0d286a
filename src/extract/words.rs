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

/// One token: its span and kind in 8 bytes (a `u32` offset, and a length with the kind in its
/// top two bits), as a long article holds about one a word: 16 bytes each (the sentence index
/// kept in every token) made the tokens of a 16 MB article 51 MB. Articles are under 4 GiB
/// ([`crate::article::MAX_ARTICLE_BYTES`]); a token is under 1 GiB (a longer run of letters is
/// cut into tokens of that size). Which sentence a token is in, [`Tokens`] says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    start: u32,
    len_kind: u32,
}

/// Bits of `Token::len_kind` below the kind.
const KIND_SHIFT: u32 = 30;
/// The longest token, in bytes.
const MAX_TOKEN_LEN: usize = (1 << KIND_SHIFT) - 1;

impl Token {
    #[inline]
    fn new(start: usize, len: usize, kind: TokenKind) -> Token {
        let start = u32::try_from(start).expect("articles are under 4 GiB (Article::from_bytes says so)");
        debug_assert!(len <= MAX_TOKEN_LEN);
        Token { start, len_kind: len as u32 | (kind as u32) << KIND_SHIFT }
    }
    /// Its byte span in the article.
    #[inline]
    pub fn span(&self) -> Span {
        let start = self.start as usize;
        Span::new(start, start + (self.len_kind & MAX_TOKEN_LEN as u32) as usize)
    }
    #[inline]
    pub fn kind(&self) -> TokenKind {
        match self.len_kind >> KIND_SHIFT {
            0 => TokenKind::Word,
            1 => TokenKind::Number,
            _ => TokenKind::Punct,
        }
    }
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span().range()]
    }
}

/// The tokens of an article in text order, and where each sentence's tokens start: a token's
/// sentence is found from its index (`sentence_of`), not stored in every token.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    list: Vec<Token>,
    /// `firsts[s]`: the index of sentence `s`'s first token; one more entry, the token count.
    firsts: Vec<u32>,
}

impl std::ops::Deref for Tokens {
    type Target = [Token];
    fn deref(&self) -> &[Token] {
        &self.list
    }
}

impl Tokens {
    /// The indices of sentence `s`'s tokens (empty for a sentence past the last).
    #[inline]
    pub fn of_sentence(&self, s: usize) -> std::ops::Range<usize> {
        match (self.firsts.get(s), self.firsts.get(s + 1)) {
            (Some(&from), Some(&to)) => from as usize..to as usize,
            _ => self.list.len()..self.list.len(),
        }
    }
    /// The sentence of token `i` (the last sentence with a token at or before it).
    pub fn sentence_of(&self, i: usize) -> usize {
        // The first sentence whose first token is past `i`, less one; sentences without
        // tokens share their first index with the next one, and are skipped.
        self.firsts.partition_point(|&f| f as usize <= i) - 1
    }
    /// Whether token `i` exists and is in sentence `s`.
    #[inline]
    pub fn in_sentence(&self, i: usize, s: usize) -> bool {
        self.of_sentence(s).contains(&i)
    }
    /// How many sentences the tokens were read from.
    pub fn sentence_count(&self) -> usize {
        self.firsts.len().saturating_sub(1)
    }
    /// Each token with its sentence, in text order.
    pub fn with_sentences(&self) -> impl Iterator<Item = (usize, &Token)> + '_ {
        (0..self.sentence_count()).flat_map(move |s| self.list[self.of_sentence(s)].iter().map(move |t| (s, t)))
    }
}

/// Tokens of every sentence, in text order.
pub fn tokenize(article: &Article) -> Tokens {
    tokenize_visiting(article, |_, _, _, _| {})
}

/// [`tokenize`], handing each word and number to `visit` as it is read: its sentence, its
/// index, the token, and whether it is a run of ASCII letters alone (most words). Readers of
/// every token (the trigger words) then need no second pass over the tokens.
pub(crate) fn tokenize_visiting(article: &Article, mut visit: impl FnMut(usize, usize, &Token, bool)) -> Tokens {
    // About one token per five bytes of news copy.
    let mut list = Vec::with_capacity(article.text.len() / 5);
    let mut firsts = Vec::with_capacity(article.sentences.len() + 1);
    for (sentence, s) in article.sentences.iter().enumerate() {
        firsts.push(index32(list.len()));
        tokenize_span(&article.text, s.span, &mut list, &mut |i, t, letters| visit(sentence, i, t, letters));
    }
    firsts.push(index32(list.len()));
    list.shrink_to_fit();
    Tokens { list, firsts }
}

fn index32(i: usize) -> u32 {
    u32::try_from(i).expect("fewer tokens than bytes, and articles are under 4 GiB")
}

fn tokenize_span(text: &str, span: Span, out: &mut Vec<Token>, visit: &mut impl FnMut(usize, &Token, bool)) {
    let s = &text[span.start..span.end];
    let bytes = s.as_bytes();
    // A byte cursor: news copy is nearly all ASCII, which is classified without decoding, and
    // looking ahead one or two characters is an index, not a cloned iterator.
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        // Whether the token is ASCII letters alone.
        let mut letters = false;
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
                // The common case first: a run of ASCII letters and digits, one table lookup a
                // byte; a word that goes on past it holds a joiner or a character outside ASCII.
                let mut seen = LETTER;
                while let Some(class) = bytes.get(i).map(|&c| ASCII_CLASS[usize::from(c)]).filter(|&k| k != 0) {
                    seen |= class;
                    i += 1;
                }
                let run_end = i;
                // Only a joiner, a period or a character outside ASCII can carry the word on.
                if bytes.get(i).is_some_and(|&c| !c.is_ascii() || matches!(c, b'\'' | b'-' | b'.')) {
                    i = word_end(s, i);
                }
                letters = seen == LETTER && i == run_end;
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
        let first = out.len();
        push_token(text, out, span.start + start, i - start, kind);
        if kind != TokenKind::Punct {
            if out.len() == first + 1 {
                visit(first, &out[first], letters);
            } else {
                // A token cut into pieces (over a gigabyte) is not read as letters alone.
                for (k, t) in out.iter().enumerate().skip(first) {
                    visit(k, t, false);
                }
            }
        }
    }
}

/// `ASCII_CLASS` of an ASCII letter.
const LETTER: u8 = 1;
/// `ASCII_CLASS` of an ASCII digit.
const DIGIT: u8 = 2;
/// Per byte: `LETTER`, `DIGIT`, or 0 for any other byte.
const ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Push a token, cut into tokens of at most [`MAX_TOKEN_LEN`] bytes when longer.
#[inline]
fn push_token(text: &str, out: &mut Vec<Token>, start: usize, len: usize, kind: TokenKind) {
    if len <= MAX_TOKEN_LEN {
        out.push(Token::new(start, len, kind));
    } else {
        push_cut(text, out, start, len, kind, MAX_TOKEN_LEN);
    }
}

/// Push a token as tokens of at most `max` bytes, cut on character boundaries.
fn push_cut(text: &str, out: &mut Vec<Token>, mut start: usize, mut len: usize, kind: TokenKind, max: usize) {
    while len > max {
        // A character is at most four bytes: a boundary is near.
        let cut = (1..=max).rev().find(|&n| text.is_char_boundary(start + n)).unwrap_or(max);
        out.push(Token::new(start, cut, kind));
        (start, len) = (start + cut, len - cut);
    }
    out.push(Token::new(start, len, kind));
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

/// Whether the text after an age runs into an obituary's hometown: " of" and one to three
/// capitalised words closed by a comma or the end ("Jane Doe, 71 of Lancaster, PA passed away"),
/// not a share of something ("12 of Main Street's shops").
pub fn runs_into_hometown(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(" of ") else { return false };
    let place = rest.split([',', '.', ';']).next().unwrap_or_default();
    let words: Vec<&str> = place.split(' ').collect();
    let closed = rest.len() > place.len() || rest.is_empty();
    closed
        && (1..=3).contains(&words.len())
        && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_numbers_and_abbreviations_whole() {
        let a = Article::plain("The U.S. said 1,204,311 people, 3.2 percent, didn't vote.");
        let toks: Vec<&str> = tokenize(&a).iter().map(|t| t.text(&a.text)).collect();
        assert_eq!(
            toks,
            vec!["The", "U.S", ".", "said", "1,204,311", "people", ",", "3.2", "percent", ",", "didn't", "vote", "."]
        );
    }

    #[test]
    fn tokens_know_their_sentence_and_kind() {
        let a = Article::plain("Prices rose 4 percent. \u{201c}\n\nThen they fell!");
        let toks = tokenize(&a);
        let by_sentence: Vec<(usize, &str, TokenKind)> =
            toks.with_sentences().map(|(s, t)| (s, t.text(&a.text), t.kind())).collect();
        assert_eq!(by_sentence[2], (0, "4", TokenKind::Number));
        assert_eq!(by_sentence[4], (0, ".", TokenKind::Punct));
        for (i, &(s, _, _)) in by_sentence.iter().enumerate() {
            assert_eq!(toks.sentence_of(i), s, "token {i}");
            assert!(toks.in_sentence(i, s) && toks.of_sentence(s).contains(&i));
        }
        assert_eq!(toks.sentence_count(), a.sentences.len());
        assert!(toks.of_sentence(a.sentences.len()).is_empty());
        assert!(!toks.in_sentence(toks.len(), by_sentence.last().unwrap().0));
    }

    #[test]
    fn a_token_past_its_length_limit_is_cut_on_character_boundaries() {
        let text = "a\u{e9}\u{e9}b";
        let mut out = Vec::new();
        push_cut(text, &mut out, 0, text.len(), TokenKind::Word, 2);
        let parts: Vec<&str> = out.iter().map(|t| t.text(text)).collect();
        assert_eq!(parts, ["a", "\u{e9}", "\u{e9}", "b"]);
        assert!(out.iter().all(|t| t.kind() == TokenKind::Word));
    }
}
