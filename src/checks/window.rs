//! Words around a mention: the one way checks split raw text into lower-case words (runs of
//! letters, digits, `-` and `'`), between two offsets or next to an offset in its sentence.
//! Other splits a check makes (on whitespace, on punctuation) are not word windows and stay
//! with the check.

use std::borrow::Cow;

use crate::checks::context::Ctx;
use crate::lexicon::lowercase;

/// A word of the text in lower case, borrowed when it already is.
pub(crate) type Word<'a> = Cow<'a, str>;

/// Called once per character of every window: ASCII, most of the text, is answered without
/// the Unicode tables.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '-' || c == '\''
    } else {
        c.is_alphanumeric()
    }
}

/// Lower-case words of a piece of text, in text order.
pub(crate) fn words(text: &str) -> Vec<Word<'_>> {
    iter_words(text).collect()
}

/// [`words`] one at a time, for a check that looks for one word and keeps none.
pub(crate) fn iter_words(text: &str) -> impl Iterator<Item = Word<'_>> {
    text.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).map(lowercase)
}

/// Lower-case words of the text between two offsets (none when `start >= end`).
pub(crate) fn words_between(text: &str, start: usize, end: usize) -> Vec<Word<'_>> {
    if start >= end {
        return vec![];
    }
    words(&text[start..end])
}

/// [`words_between`] one at a time, for a check that reads only the first few words.
pub(crate) fn iter_words_between(text: &str, start: usize, end: usize) -> impl Iterator<Item = Word<'_>> {
    let gap = if start >= end { "" } else { &text[start..end] };
    iter_words(gap)
}

/// The last `n` lower-case words of a piece of text, in text order. Only those words are read,
/// so a long text costs no more than a short one.
pub(crate) fn last_words(text: &str, n: usize) -> Vec<Word<'_>> {
    let mut w: Vec<Word> =
        text.rsplit(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).take(n).map(lowercase).collect();
    w.reverse();
    w
}

/// The run of `is_char` characters that ends `text`: the word touching a mention from the left,
/// as written, or "" when anything else stands there. Unlike [`last_words`], punctuation is not
/// skipped.
pub(crate) fn trailing_run(text: &str, is_char: impl Fn(char) -> bool) -> &str {
    let start = text.char_indices().rev().take_while(|&(_, c)| is_char(c)).last().map_or(text.len(), |(i, _)| i);
    &text[start..]
}

/// Lower-case words right before an offset in its sentence (at most `n`, in text order).
pub(crate) fn words_before<'a>(ctx: &Ctx<'a>, sentence: usize, offset: usize, n: usize) -> Vec<Word<'a>> {
    let s = ctx.article.sentences[sentence].span;
    let Some(text) = ctx.article.text.get(s.start..offset.max(s.start)) else { return vec![] };
    last_words(text, n)
}

/// Lower-case words right after an offset in its sentence (at most `n`).
pub(crate) fn words_after<'a>(ctx: &Ctx<'a>, sentence: usize, offset: usize, n: usize) -> Vec<Word<'a>> {
    iter_words_after(ctx, sentence, offset).take(n).collect()
}

/// [`words_after`] one at a time, for a check that stops at the first word that does not fit.
pub(crate) fn iter_words_after<'a>(ctx: &Ctx<'a>, sentence: usize, offset: usize) -> impl Iterator<Item = Word<'a>> {
    let s = ctx.article.sentences[sentence].span;
    iter_words(ctx.article.text.get(offset.min(s.end)..s.end).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_hyphens_and_apostrophes_and_lower_case() {
        assert_eq!(words("The 12-year war, O'Neil's (era)."), ["the", "12-year", "war", "o'neil's", "era"]);
        assert_eq!(words_between("a b c", 2, 2), Vec::<Word>::new());
        assert_eq!(last_words("from A to, the", 2), ["to", "the"]);
    }

    #[test]
    fn trailing_run_stops_at_the_first_other_character() {
        assert_eq!(trailing_run("said On", char::is_alphabetic), "On");
        assert_eq!(trailing_run("said on,", char::is_alphabetic), "");
        assert_eq!(trailing_run("the ex-", |c| c.is_alphabetic() || c == '-'), "ex-");
    }
}
