//! Reading names in sentences: runs of capitalised words, split into a title and a name, with
//! an age and a reporting verb beside them.

use std::sync::LazyLock;

use super::mention::{Age, PersonMention, Title};
use super::titles::{
    is_honorific, is_not_name_word, is_title_head, office_of, ABBREVIATIONS, NOT_CURRENT_BEFORE, PARTICLES, SUFFIXES,
};
use crate::article::Article;
use crate::extract::vocab::REPORTING_VERBS;
use crate::extract::words::{Token, TokenKind, Tokens, STOPWORDS};
use crate::extract::wordset::{lowercase_into, lowercase_is, with_lowercase, FastMap, FastSet, WordSet};
use crate::lexicon::{month_number, weekday};
use crate::span::{Span, SpanIndex};

/// One word of a run of capitalised words.
#[derive(Clone, Copy)]
struct Word<'t> {
    /// Index into the sentence's tokens.
    tok: usize,
    text: &'t str,
    /// The span, with a period that belongs to it ("Sen.", "F.").
    span: Span,
    /// Followed by "-elect" ("Gov.-elect").
    elect: bool,
}

/// Words that open a sentence or clause in capitals and are never part of a name.
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "As", "When", "After", "Before", "While",
    "Since", "By", "For", "From", "With", "To", "Of", "Under", "Like", "Unlike", "Although", "Though", "So",
    "Yet", "Then", "Now", "Meanwhile", "However", "Also", "Both", "Neither", "Former", "Ex", "Acting", "Late",
    "Outgoing", "Incoming", "Retired", "Interim", "Dear", "According", "Asked", "Told", "Said", "Says", "It",
    "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "Its", "This", "That", "These",
    "Those", "There", "Here", "What", "Who", "Why", "How", "Where", "Many", "Some", "Most", "All", "Several",
    "Each", "Every", "No", "Not", "Only", "Even", "Still", "Just", "Later", "Earlier", "Today", "Yesterday",
    "Tomorrow", "Last", "Next", "Other", "Another", "One", "Two", "Three", "Mostly", "Instead", "Once",
    "Despite", "Because", "Until", "During", "Against", "Without", "Through", "Over", "Among", "Between",
    "Police", "Officials", "Residents", "Witnesses", "Authorities", "Investigators", "Prosecutors",
];

static OPENER_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(OPENERS));
static PARTICLE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PARTICLES));
static REPORTING_VERB_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(REPORTING_VERBS));
// `words::is_stopword` as a set of its own, asked ignoring case (`contains_lowercase`) rather
// than of a lowered copy of each word.
static STOPWORD_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(STOPWORDS));
static NOT_CURRENT_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOT_CURRENT_BEFORE));
static ABBREVIATION_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(ABBREVIATIONS));

/// Whether a word in lower case is a stop word (`words::is_stopword`).
fn is_stopword_in_any_case(w: &str) -> bool {
    STOPWORD_SET.contains_lowercase(w)
}

/// Whether a word in lower case says a title is not held now ("former", "Acting").
fn is_not_current_in_any_case(w: &str) -> bool {
    NOT_CURRENT_SET.contains_lowercase(w)
}

/// A word without a possessive "'s" or "’s" ("Ruiz's" is "Ruiz").
fn strip_possessive(w: &str) -> &str {
    match w.as_bytes() {
        [.., b'\'', b's'] => &w[..w.len() - 2],
        [.., 0xE2, 0x80, 0x99, b's'] => &w[..w.len() - "’s".len()],
        _ => w,
    }
}

/// Whether a name suffix ("Jr", "III"): each is at most three bytes.
fn is_suffix(w: &str) -> bool {
    w.len() <= 3 && SUFFIXES.contains(&w)
}

fn is_particle(w: &str) -> bool {
    PARTICLE_SET.contains(w)
}

/// The person mentions of an article and the lower-case words of its longer capitalised runs.
pub(super) fn mentions(article: &Article, tokens: &Tokens) -> (Vec<PersonMention>, FastSet<String>) {
    let text = &article.text;
    // Answered on the first question: many articles never ask.
    let lower_words = LowerWords { text, tokens, answers: std::cell::OnceCell::new() };
    let quotes = SpanIndex::new(quoted_spans(article));
    let mut out = Vec::new();
    let mut long = LongNameWords::default();
    // One buffer for every run of the article.
    let mut run = Vec::new();
    for (si, s) in article.sentences.iter().enumerate() {
        let toks = &tokens[tokens.of_sentence(si)];
        if is_headline(text, s.span, toks) {
            continue;
        }
        let mut i = 0;
        while i < toks.len() {
            if cannot_start_run(text, &toks[i]) || !read_run(text, toks, i, &mut run) {
                i += 1;
                continue;
            }
            i = run.last().map_or(i + 1, |w| w.tok + 1);
            let reader = RunReader { text, toks, lower_words: &lower_words, sentence: si };
            if let Some(mut m) = reader.person(&run, &mut long) {
                m.quoted = quotes.contains(m.name);
                out.push(m);
            }
        }
    }
    (out, long.words)
}

/// The lower-case words of the longer capitalised runs, each allocated once however often it is
/// read.
#[derive(Default)]
struct LongNameWords {
    words: FastSet<String>,
    lower: String,
}

impl LongNameWords {
    fn extend<'w>(&mut self, words: impl Iterator<Item = &'w str>) {
        for w in words {
            let lower = lowercase_into(w, &mut self.lower);
            if !self.words.contains(lower) {
                self.words.insert(lower.to_owned());
            }
        }
    }
}

/// Whether the first word of a sentence is written in lower case elsewhere in the article,
/// as a common word is ("Rescue workers ..." and "... the rescue"). Only a sentence's first
/// word is ever asked about, so those words are gathered and the article's lower-case words
/// walked once, on the first question, each rejected by its length and first byte unless
/// one of them shares both.
struct LowerWords<'a> {
    text: &'a str,
    tokens: &'a Tokens,
    /// The words that can be asked about, in lower case, and whether each is written so (a map:
    /// a long article has thousands of sentence openers).
    answers: std::cell::OnceCell<FastMap<String, bool>>,
}

impl LowerWords<'_> {
    fn contains(&self, lower: &str) -> bool {
        let answers = self.answers.get_or_init(|| self.answer(self.first_words()));
        match answers.get(lower) {
            Some(&written) => written,
            None => {
                let first = lower.as_bytes().first().copied();
                self.lower_case_words(move |len, b| len == lower.len() && first == Some(b)).any(|w| w == lower)
            }
        }
    }

    /// The words of the article that start with a lower-case letter, of those whose length and
    /// first byte `maybe` accepts (asked before the word is sliced out of the text).
    fn lower_case_words<'s>(&'s self, maybe: impl Fn(usize, u8) -> bool + 's) -> impl Iterator<Item = &'s str> + 's {
        let bytes = self.text.as_bytes();
        self.tokens.iter().filter(|t| t.kind() == TokenKind::Word).filter_map(move |t| {
            let span = t.span();
            let w =
                bytes.get(span.start).filter(|&&b| maybe(span.end - span.start, b)).map(|_| &self.text[span.range()]);
            w.filter(|w| starts_lowercase(w))
        })
    }

    /// The first word of each sentence in lower case (its possessive cut off, as a run's words
    /// have it), but for the openers, titles and stop words that are settled without asking;
    /// none of them known yet to be written in lower case.
    fn first_words(&self) -> FastMap<String, bool> {
        let mut out = FastMap::default();
        let mut lower = String::new();
        let sentences = (0..self.tokens.sentence_count()).map(|s| &self.tokens[self.tokens.of_sentence(s)]);
        for t in sentences.filter_map(|toks| toks.iter().find(|t| t.kind() != TokenKind::Punct)) {
            if t.kind() != TokenKind::Word {
                continue;
            }
            let w = t.text(self.text);
            if OPENER_SET.contains(w) {
                continue;
            }
            let stem = strip_possessive(w);
            if is_title_head(bare_title(stem).0) || is_stopword_in_any_case(stem) {
                continue;
            }
            let lower = lowercase_into(stem, &mut lower);
            if !out.contains_key(lower) {
                out.insert(lower.to_owned(), false);
            }
        }
        out
    }

    /// Marks each of `answers` written in lower case somewhere in the article.
    fn answer(&self, mut answers: FastMap<String, bool>) -> FastMap<String, bool> {
        // Words of the length (up to 15) and first byte (mod 32) of none of the answers are
        // rejected before they are sliced or hashed.
        let key = |len: usize, first: u8| (len.min(15), 1u32 << (first % 32));
        let mut firsts = [0u32; 16];
        for w in answers.keys() {
            let (len, bit) = key(w.len(), w.as_bytes().first().copied().unwrap_or(0));
            firsts[len] |= bit;
        }
        let mut left = answers.len();
        let maybe = |len: usize, first: u8| {
            let (len, bit) = key(len, first);
            firsts[len] & bit != 0
        };
        for w in self.lower_case_words(maybe) {
            if left == 0 {
                break;
            }
            if let Some(written) = answers.get_mut(w).filter(|written| !**written) {
                *written = true;
                left -= 1;
            }
        }
        answers
    }
}

/// A title line: no closing punctuation, and capitals on most of its longer words.
fn is_headline(text: &str, span: Span, toks: &[Token]) -> bool {
    let s = text[span.start..span.end].trim_end();
    if s.ends_with(['.', '?', '!', '"', '”', '\'', '’', ':']) {
        return false;
    }
    let (mut long, mut caps) = (0, 0);
    for w in toks.iter().filter(|t| t.kind() == TokenKind::Word).map(|t| t.text(text)).filter(|w| w.len() >= 4) {
        long += 1;
        caps += usize::from(starts_uppercase(w));
    }
    long >= 2 && caps * 2 >= long
}

/// Whether a word starts with an upper-case letter (`char::is_uppercase`), deciding an ASCII
/// first byte without decoding.
fn starts_uppercase(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.starts_with(|c: char| c.is_uppercase()),
    }
}

/// Whether a word starts with a lower-case letter (`char::is_lowercase`).
fn starts_lowercase(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        _ => w.starts_with(|c: char| c.is_lowercase()),
    }
}

/// Whether a word starts with a capital, or is a lower-case prefix joined to a capitalised word
/// ("then-Sen", "ex-Gov", "al-Assad").
fn is_capitalised(w: &str) -> bool {
    if starts_uppercase(w) {
        return true;
    }
    // The first hyphen, if it ends a prefix of at most four bytes.
    let head = &w.as_bytes()[..w.len().min(5)];
    head.iter().position(|&b| b == b'-').is_some_and(|k| starts_uppercase(&w[k + 1..]))
}

/// Whether a token cannot start a run (`is_capitalised` is false of it), decided from its
/// first bytes without slicing the text: not a word, or a word whose first byte is ASCII and
/// not a capital, with no hyphen in its first five bytes.
fn cannot_start_run(text: &str, t: &Token) -> bool {
    if t.kind() != TokenKind::Word {
        return true;
    }
    let span = t.span();
    let head = text.as_bytes().get(span.start..span.end.min(span.start + 5)).unwrap_or_default();
    head.first().is_some_and(|b| b.is_ascii() && !b.is_ascii_uppercase()) && !head.contains(&b'-')
}

/// The run of capitalised words (with the particles, initials' periods and ", Jr." inside a
/// name) starting at token `i`, into `run`; whether there is one.
fn read_run<'t>(text: &'t str, toks: &[Token], i: usize, run: &mut Vec<Word<'t>>) -> bool {
    let word = |j: usize| toks.get(j).filter(|t| t.kind() == TokenKind::Word).map(|t| t.text(text));
    run.clear();
    if !word(i).is_some_and(is_capitalised) {
        return false;
    }
    let mut j = i;
    while let Some(t) = toks.get(j) {
        if t.kind() == TokenKind::Punct {
            let Some(last) = run.last() else { break };
            let w = t.text(text);
            // A period right after an abbreviation, an initial or a word with periods ("U.S").
            let period_of_last = w == "."
                && last.span.end == t.span().start
                && (ABBREVIATION_SET.contains(bare_title(last.text).0)
                    || last.text.contains('.')
                    || is_one_char(last.text));
            if period_of_last {
                // "Gov.-elect Amy Stone": the suffix marks the title, which goes on.
                let elect = text[t.span().end..].strip_prefix("-elect ");
                if elect.is_some_and(|r| r.starts_with(|c: char| c.is_uppercase())) {
                    let last = run.last_mut().expect("joined");
                    last.span.end = t.span().end + "-elect".len();
                    last.elect = true;
                    j += 3;
                    continue;
                }
                // An initial's period before a name, or before a quoted nickname ('Patrick J.
                // “Pat”').
                let quote_then_name = || {
                    toks.get(j + 1).is_some_and(|q| matches!(q.text(text), "\"" | "“" | "‘"))
                        && word(j + 2).is_some_and(is_capitalised)
                };
                let brackets_then_name =
                    || toks.get(j + 1).is_some_and(|b| b.text(text) == "(") && maiden_in_brackets(text, toks, j + 1);
                if word(j + 1).is_some_and(is_capitalised) || quote_then_name() || brackets_then_name() {
                    run.last_mut().expect("joined").span.end = t.span().end;
                    j += 1;
                    continue;
                }
            }
            // A birth surname in brackets inside a name: "Florence E. (Broderick) Morton".
            if w == "(" && maiden_in_brackets(text, toks, j) {
                j += 3;
                continue;
            }
            if w == "," && word(j + 1).is_some_and(is_suffix) {
                j += 1;
                continue;
            }
            break;
        }
        if t.kind() != TokenKind::Word {
            break;
        }
        let w = t.text(text);
        // A particle needs a capitalised word after it, maybe after more particles ("van der Berg").
        let particle = || {
            !run.is_empty()
                && is_particle(w)
                && (j + 1..j + 4).map(word).find(|n| !n.is_some_and(is_particle)).flatten().is_some_and(is_capitalised)
        };
        if !(is_capitalised(w) || particle()) {
            break;
        }
        // "Ruiz's": the possessive is not part of the name.
        let stem = strip_possessive(w);
        run.push(Word {
            tok: j,
            text: stem,
            span: Span::new(t.span().start, t.span().start + stem.len()),
            elect: false,
        });
        j += 1;
    }
    // A suffix's period: "Jr."
    if let (Some(last), Some(t)) = (run.last_mut(), toks.get(j)) {
        if t.span().start == last.span.end && is_suffix(last.text) && t.text(text) == "." {
            last.span.end = t.span().end;
        }
    }
    !run.is_empty()
}

/// Whether the tokens from `j` read "( Word ) Word": one capitalised word with lower-case letters
/// in brackets, and a capitalised word right after them, as an obituary writes a birth surname.
fn maiden_in_brackets(text: &str, toks: &[Token], j: usize) -> bool {
    let at = |k: usize| toks.get(j + k);
    let word = |k: usize| at(k).filter(|t| t.kind() == TokenKind::Word).map(|t| t.text(text));
    let inner = word(1).is_some_and(|w| starts_uppercase(w) && w.chars().skip(1).any(char::is_lowercase));
    let closed = at(2).is_some_and(|t| t.text(text) == ")");
    let next = word(3).is_some_and(|w| {
        starts_uppercase(w) && !OPENER_SET.contains(w) && weekday(w).is_none() && month_number(w).is_none()
    });
    inner && closed && next && !word(1).is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()))
}

/// Whether a word is one character ("F" of "F. Scott"), counted without walking it whole.
fn is_one_char(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some() && chars.next().is_none()
}

/// What one run of capitalised words says about a person.
struct RunReader<'a> {
    text: &'a str,
    toks: &'a [Token],
    lower_words: &'a LowerWords<'a>,
    sentence: usize,
}

/// A title word without a "then-"/"ex-" prefix or an "-elect" suffix, and whether it had one.
fn bare_title(w: &str) -> (&str, bool) {
    if !w.as_bytes().contains(&b'-') {
        return (w, false);
    }
    let (w, pre) = match w.split_once('-') {
        Some((p, rest)) if rest.starts_with(|c: char| c.is_uppercase()) => (rest, !p.is_empty()),
        _ => (w, false),
    };
    match w.strip_suffix("-elect") {
        Some(head) => (head, true),
        None => (w, pre),
    }
}

impl RunReader<'_> {
    fn person(&self, run: &[Word], long: &mut LongNameWords) -> Option<PersonMention> {
        let mut run = run;
        let text = self.text;
        let mut not_current = false;
        // Leading words that open a clause, dates, and a capitalised common word opening the
        // sentence ("Police", "Residents") are not part of a name.
        while let Some(first) = run.first() {
            if OPENER_SET.contains(first.text) || self.is_date_word(first) {
                not_current |= is_not_current_in_any_case(first.text);
                run = &run[1..];
                continue;
            }
            // "President" is a stop word of content, but a title before a name.
            if is_title_head(bare_title(first.text).0) {
                break;
            }
            let opens_sentence = first.tok == 0 || self.toks[..first.tok].iter().all(|t| t.kind() == TokenKind::Punct);
            let common = is_stopword_in_any_case(first.text)
                || opens_sentence && with_lowercase(first.text, |lower| self.lower_words.contains(lower));
            if !common {
                break;
            }
            run = &run[1..];
        }
        let title_end = title_end(run);
        let (title_words, mut name_words) = run.split_at(title_end);
        let mut suffix = None;
        while let [rest @ .., last] = name_words {
            if rest.is_empty() || !is_suffix(last.text) {
                break;
            }
            suffix = Some(Box::new(last.span));
            name_words = rest;
        }
        if name_words.is_empty() || name_words.iter().all(|w| is_particle(w.text)) {
            return None;
        }
        let multi = name_words.len() >= 2;
        if !name_words.iter().all(|w| is_name_word(w)) {
            if run.len() >= 2 {
                long.extend(run.iter().map(|w| w.text));
            }
            return None;
        }
        if multi {
            long.extend(name_words.iter().map(|w| w.text));
        }
        let first = run.first()?;
        let last = run.last()?;
        let surname = name_words.last()?;
        let given = name_words.first().filter(|_| multi).map(|w| w.span);
        let title = (!title_words.is_empty()).then(|| self.title(title_words, first.tok, not_current));
        let start = title.as_ref().map_or(name_words[0].span.start, |t| t.span.start);
        Some(PersonMention {
            name: Span::new(name_words[0].span.start, surname.span.end),
            surname: surname.span,
            given,
            suffix,
            age: age_before(text, start, title.is_none()).or_else(|| age_after(text, last.span.end)).map(Box::new),
            title: title.map(Box::new),
            sentence: u32::try_from(self.sentence).expect("fewer sentences than bytes, and articles are under 4 GiB"),
            attributed: self.attributed(first.tok, last.tok),
            quoted: false,
            person: None,
        })
    }

    /// A weekday, or a month that is not also a given name ("Jan", "May", "June") unless a
    /// day follows it.
    fn is_date_word(&self, w: &Word) -> bool {
        let day_follows = || {
            self.toks.get(w.tok + 1).is_some_and(|t| t.kind() == TokenKind::Number)
                || self.text[w.span.end..].trim_start_matches(['.', ' ']).starts_with(|c: char| c.is_ascii_digit())
        };
        let given_name = matches!(w.text, "Jan" | "May" | "June" | "April" | "August" | "Augusta");
        may_be_date_word(w.text)
            && (weekday(w.text).is_some() || (month_number(w.text).is_some() && (!given_name || day_follows())))
    }

    /// The title made of `words`, marked as not current by a word before it ("former Sen.",
    /// "then-Sen.") or "-elect" after it.
    fn title(&self, words: &[Word], first_tok: usize, not_current: bool) -> Title {
        let text = self.text;
        let span = Span::new(words[0].span.start, words[words.len() - 1].span.end);
        let bare: Vec<(&str, bool)> = words.iter().map(|w| bare_title(w.text)).collect();
        let previous = first_tok.checked_sub(1).and_then(|k| self.toks.get(k)).map(|t| t.text(text));
        let not_current = not_current
            || bare.iter().any(|(_, marked)| *marked)
            || words.iter().any(|w| w.elect)
            || previous.is_some_and(is_not_current_in_any_case)
            || text[span.end..].starts_with("-elect");
        let heads: Vec<&str> = bare.iter().map(|(w, _)| *w).collect();
        Title { span, office: office_of(&heads), not_current, honorific: heads.len() == 1 && is_honorific(heads[0]) }
    }

    /// A reporting verb right after the name or right before it.
    fn attributed(&self, first_tok: usize, last_tok: usize) -> bool {
        let is_verb = |k: usize| {
            self.toks.get(k).is_some_and(|t| {
                t.kind() == TokenKind::Word
                    && (REPORTING_VERB_SET.contains_lowercase(t.text(self.text))
                        || lowercase_is(t.text(self.text), "told"))
            })
        };
        let word = |k: usize, w: &str| self.toks.get(k).is_some_and(|t| t.text(self.text).eq_ignore_ascii_case(w));
        // "according to Kowalczyk" (not "according to Kowalczyk's ministry": the source is the
        // ministry).
        let possessive = self.toks.get(last_tok + 1).is_some_and(|t| matches!(t.text(self.text), "'s" | "’s"))
            || self
                .toks
                .get(last_tok)
                .is_some_and(|t| t.text(self.text).ends_with("'s") || t.text(self.text).ends_with("’s"));
        let according = first_tok >= 2 && word(first_tok - 2, "according") && word(first_tok - 1, "to") && !possessive;
        is_verb(last_tok + 1)
            || first_tok.checked_sub(1).is_some_and(is_verb)
            || according
            || self.after_relative_clause(last_tok).is_some_and(is_verb)
    }

    /// "Ann Roe, who chairs the board, said": the token after the comma that closes a relative
    /// clause right after the name, before any sentence end or quote, within a few dozen tokens.
    fn after_relative_clause(&self, last_tok: usize) -> Option<usize> {
        let text_at = |k: usize| self.toks.get(k).map(|t| t.text(self.text));
        if text_at(last_tok + 1) != Some(",") || !matches!(text_at(last_tok + 2), Some("who" | "whose")) {
            return None;
        }
        (last_tok + 3..(last_tok + 40).min(self.toks.len()))
            .take_while(|&k| !matches!(text_at(k), Some("." | "!" | "?" | ";" | "\"" | "“" | "”")))
            .find(|&k| text_at(k) == Some(","))
            .map(|k| k + 1)
    }
}

/// Where the title of a run ends: after the last title word that has a name after it.
fn title_end(run: &[Word]) -> usize {
    let names_after = |k: usize| run[k + 1..].iter().any(|w| !is_suffix(w.text));
    (0..run.len()).rev().find(|&k| is_title_head(bare_title(run[k].text).0) && names_after(k)).map_or(0, |k| k + 1)
}

/// Whether a word can be part of a person's name.
fn is_name_word(w: &Word) -> bool {
    let t = w.text;
    if is_particle(t) {
        return true;
    }
    let (letters, lower_case, digits) = letter_counts(t);
    let initial = letters == 1 && w.span.end > w.span.start + t.len();
    let all_caps = letters > 1 && !lower_case;
    let given_name = matches!(t, "Jan" | "May" | "June" | "April" | "August" | "Augusta");
    let dated = || may_be_date_word(t) && ((month_number(t).is_some() && !given_name) || weekday(t).is_some());
    (letters >= 2 || initial) && !all_caps && !digits && !dated() && !is_not_name_word(t) && !is_stopword_in_any_case(t)
}

/// The letters of a word (`char::is_alphabetic`), whether one is lower case, and whether it
/// holds an ASCII digit, in one pass.
fn letter_counts(t: &str) -> (usize, bool, bool) {
    if t.is_ascii() {
        let b = t.as_bytes();
        let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
        (letters, b.iter().any(u8::is_ascii_lowercase), b.iter().any(u8::is_ascii_digit))
    } else {
        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
        (letters, t.chars().any(char::is_lowercase), t.chars().any(|c| c.is_ascii_digit()))
    }
}

/// Whether a word may be a month or weekday name (`lexicon::month_number`, `lexicon::weekday`):
/// every one starts with one of these capitals.
fn may_be_date_word(w: &str) -> bool {
    matches!(w.as_bytes().first(), Some(b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D' | b'T' | b'W'))
}

/// "the 45-year-old Doe": an age written right before a name (or its title), or, for a name
/// with no title, before a role noun in apposition to it ("the 29-year-old striker Kwame
/// Asante", "her 8-year-old son Leo"). At most two role words, none of them a function word or
/// a verb form, so neither "the 29-year-old son of John Smith" nor "the 19-year-old shot John
/// Smith" gives Smith an age.
fn age_before(text: &str, start: usize, role_words_allowed: bool) -> Option<Age> {
    let mut before = text[..start].trim_end();
    for _ in 0..=2 {
        if let Some(age) = year_old_at_end(before) {
            return Some(age);
        }
        let word_start = start_of_run(before, char::is_alphabetic);
        let word = &before[word_start..];
        if !(role_words_allowed && is_role_word(word) && before[..word_start].ends_with(' ')) {
            return None;
        }
        before = before[..word_start].trim_end();
    }
    None
}

/// A lowercase word that can be a role noun before a name: not a function word, and not shaped
/// like a verb (a past "-ed", a present "-s" other than "-ss", or a common irregular form).
fn is_role_word(word: &str) -> bool {
    word.len() > 1
        && word.starts_with(|c: char| c.is_lowercase())
        && !word.ends_with("ed")
        && (word.ends_with("ss") || !word.ends_with('s'))
        && !NOT_ROLE_WORDS.contains(&word)
        && !crate::extract::tense::is_irregular_past(word)
}

/// Function words and verb forms that end a run of role nouns (irregular past forms are
/// `tense::is_irregular_past`'s).
#[rustfmt::skip]
const NOT_ROLE_WORDS: &[&str] = &[
    "of", "and", "or", "with", "by", "for", "to", "from", "than", "as", "at", "in", "on", "the", "a", "an",
    "beat", "bit", "cut", "let", "set", "hurt", "will", "would", "can", "could", "may", "might", "must",
    "shall", "should", "have", "be", "been", "who", "whom", "that", "when", "while", "after", "before",
];

/// An age ending `before`: "... 45-year-old".
fn year_old_at_end(before: &str) -> Option<Age> {
    let digits_end = before.strip_suffix("-year-old")?.len();
    let digits_start = start_of_run(&before[..digits_end], |c| c.is_ascii_digit());
    let value = before[digits_start..digits_end].parse().ok()?;
    Some(Age { value, span: Span::new(digits_start, before.len()) })
}

/// Where the run of characters `keep` accepts that ends `text` starts (a byte offset on a
/// character boundary, whatever the character before it).
fn start_of_run(text: &str, keep: impl Fn(char) -> bool) -> usize {
    text.char_indices().rev().find(|&(_, c)| !keep(c)).map_or(0, |(k, c)| k + c.len_utf8())
}

/// "Jane Doe, 45,", "Doe, aged 45", "Doe, who is 45,": an age in apposition right after a name.
fn age_after(text: &str, end: usize) -> Option<Age> {
    let rest = text[end..].strip_prefix(", ")?;
    let prefixed = ["aged ", "age ", "who is "].iter().find_map(|p| rest.strip_prefix(p).map(|r| (*p, r)));
    let runs_on = prefixed.is_some_and(|(p, _)| p != "who is ");
    let (skip, rest) = match prefixed.map(|(_, r)| r) {
        Some(r) => (rest.len() - r.len(), r),
        None => (0, rest),
    };
    let digits = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
    if digits == 0 || digits > 3 {
        return None;
    }
    let after = &rest[digits..];
    if after.starts_with(['.', ',']) && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None; // "1.2 per cent"
    }
    // A closing comma or the sentence's end; "aged 45" may run on ("aged 45 from Perth"), and
    // an obituary's bare age may run into the hometown ("Jane Doe, 71 of Lancaster").
    let hometown = crate::extract::words::runs_into_hometown(after);
    if !(after.starts_with([',', ';', '.', ')']) || after.is_empty() || (runs_on && after.starts_with(' ')) || hometown)
    {
        return None;
    }
    let value: u32 = rest[..digits].parse().ok()?;
    let start = end + 2 + skip;
    (1..=120).contains(&value).then_some(Age { value, span: Span::new(start, start + digits) })
}

/// Byte spans inside quotation marks, paragraph by paragraph (an unclosed quotation runs to
/// the paragraph's end).
fn quoted_spans(article: &Article) -> Vec<Span> {
    let mut out = Vec::new();
    for p in &article.paragraphs {
        let mut open: Option<usize> = None;
        let bytes = &article.text.as_bytes()[p.start..p.end];
        // Only '"' and the curly quotes (E2 80 9C, E2 80 9D) matter: jump between their bytes.
        for k in memchr::memchr2_iter(b'"', 0xE2, bytes) {
            let at = p.start + k;
            let c = match (bytes[k], bytes.get(k + 1..k + 3)) {
                (b'"', _) => '"',
                (_, Some([0x80, 0x9C])) => '“',
                (_, Some([0x80, 0x9D])) => '”',
                _ => continue,
            };
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
