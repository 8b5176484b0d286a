//! Paragraphs and sentences, with byte spans. Rule based: news copy is full of periods that do
//! not end sentences ("Sept.", "U.S.", "Mr.", "a.m.", "George W. Bush", "3.2", "...").

use crate::lexicon;
use crate::span::Span;

/// One sentence and the paragraph it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
}

/// Paragraphs: runs of non-blank lines. A line ends at `\n`, `\r\n` or a lone `\r`.
pub(super) fn paragraphs(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0;
    let mut pos = 0;
    while pos < bytes.len() {
        let end = memchr::memchr2(b'\n', b'\r', &bytes[pos..]).map_or(bytes.len(), |k| pos + k);
        let line = &text[pos..end];
        let body = line.trim_start();
        if body.trim_end().is_empty() {
            if let Some(s) = start.take() {
                out.push(Span::new(s, last_end));
            }
        } else {
            // A list item ("- 64% support ...", "* ", "• ") is a paragraph of its own, even
            // with no blank line before it: its figures answer another question.
            if let Some(s) = start.filter(|_| starts_list_item(body)) {
                out.push(Span::new(s, last_end));
                start = None;
            }
            if start.is_none() {
                start = Some(pos + (line.len() - body.len()));
            }
            last_end = pos + line.trim_end().len();
        }
        pos = match bytes.get(end) {
            Some(b'\r') if bytes.get(end + 1) == Some(&b'\n') => end + 2,
            Some(_) => end + 1,
            None => end,
        };
    }
    if let Some(s) = start {
        out.push(Span::new(s, last_end));
    }
    out
}

/// Whether a line opens with a bullet and a space.
fn starts_list_item(body: &str) -> bool {
    ["- ", "* ", "• ", "· ", "▪ "].iter().any(|b| body.starts_with(b))
}

pub(super) fn sentences(text: &str, paragraphs: &[Span]) -> Vec<Sentence> {
    let mut out = Vec::new();
    // One buffer of cuts for every paragraph.
    let mut cuts = Vec::new();
    for (pi, p) in paragraphs.iter().enumerate() {
        let mut start = p.start;
        // A period before a line break yields two cuts ("visitors.\n 20"): one after the break,
        // one at the next word. Sorted, the gap between them trims away.
        cuts.clear();
        boundaries(text, *p, &mut cuts);
        cuts.sort_unstable();
        cuts.dedup();
        for cut in cuts.iter().copied().filter(|&c| c > p.start && c <= p.end) {
            push_trimmed(text, &mut out, start, cut, pi);
            start = cut;
        }
        push_trimmed(text, &mut out, start, p.end, pi);
    }
    out
}

fn push_trimmed(text: &str, out: &mut Vec<Sentence>, start: usize, end: usize, paragraph: usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let body = s.trim();
    if !body.is_empty() {
        out.push(Sentence { span: Span::new(start + lead, start + lead + body.len()), paragraph });
    }
}

const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»'];
const OPENERS: &[char] = &['"', '\'', '“', '‘', '(', '[', '«'];

/// Byte offsets inside a paragraph where a new sentence starts, added to `cuts`.
fn boundaries(text: &str, p: Span, cuts: &mut Vec<usize>) {
    let para = &text[p.start..p.end];
    let char_at = |at: usize| para[at..].chars().next();
    let mut pos = 0;
    // Only these characters can end a sentence: jump from one to the next.
    let common_only = memchr::memchr3(b'!', b'?', b'\r', para.as_bytes()).is_none();
    while let Some(off) = next_stop(para.as_bytes(), pos, common_only) {
        let c = char_at(off).unwrap_or('.');
        let after_c = off + c.len_utf8();
        // A line break inside a paragraph ends a sentence when the line reads as a unit of its
        // own (a title, a dateline) or already ended with terminal punctuation.
        if c == '\n' || c == '\r' {
            let line_start = para[..off].rfind(['\n', '\r']).map_or(0, |x| x + 1);
            let line = para[line_start..off].trim();
            let next = para[off..].trim_start();
            let ends_terminal = line.ends_with(['.', '!', '?', ':', '"', '”']);
            if !line.is_empty() && (ends_terminal || line.chars().count() < 60) && starts_sentence(next) {
                cuts.push(p.start + off + 1);
            }
            pos = after_c;
            continue;
        }
        // Swallow runs of terminal punctuation and closing quotes/brackets.
        let mut j = after_c;
        let mut ellipsis = c == '…';
        while let Some(ch) = char_at(j).filter(|ch| matches!(ch, '.' | '!' | '?' | '…')) {
            ellipsis |= ch == '.' || ch == '…';
            j += ch.len_utf8();
        }
        while let Some(ch) = char_at(j).filter(|ch| CLOSERS.contains(ch)) {
            j += ch.len_utf8();
        }
        pos = j;
        if !char_at(j).is_some_and(char::is_whitespace) {
            continue;
        }
        let rest = para[j..].trim_start();
        if !starts_sentence(rest) || ellipsis && c != '!' && c != '?' {
            continue;
        }
        // Only a lone period can follow an abbreviation.
        if c == '.' && j == after_c && is_abbreviation(&para[..off], rest) {
            continue;
        }
        cuts.push(p.start + j + (para[j..].len() - rest.len()));
    }
}

/// The next byte at or after `from` that can end a sentence: a line break, `.`, `!`, `?` or
/// the first byte of `…`. A byte search: most of a paragraph is letters between them.
fn next_stop(bytes: &[u8], from: usize, common_only: bool) -> Option<usize> {
    // Most paragraphs hold no `!`, `?` or `\r` (`common_only`, decided once per paragraph);
    // the other three are then found with a vector search. Otherwise a table lookup per byte.
    const STOPS: [bool; 256] = {
        let mut t = [false; 256];
        let mut k = 0;
        let stops = [b'\n', b'\r', b'.', b'!', b'?', 0xE2];
        while k < stops.len() {
            t[stops[k] as usize] = true;
            k += 1;
        }
        t
    };
    let mut at = from;
    loop {
        let rest = bytes.get(at..)?;
        let k = if common_only {
            memchr::memchr3(b'.', b'\n', 0xE2, rest)?
        } else {
            rest.iter().position(|&b| STOPS[b as usize])?
        };
        let i = at + k;
        if bytes[i] != 0xE2 || bytes[i + 1..].starts_with(&[0x80, 0xA6]) {
            return Some(i);
        }
        at = i + 1;
    }
}

fn starts_sentence(rest: &str) -> bool {
    // Invisible format characters (bidi marks, zero-width spaces and joiners) do not hide a
    // sentence's first letter.
    let mut it = rest.chars().skip_while(|c| OPENERS.contains(c) || is_invisible(*c));
    // Letters without case (Arabic, Hebrew, CJK) can start a sentence too.
    matches!(it.next(), Some(c) if c.is_uppercase() || c.is_ascii_digit() || c.is_alphabetic() && !c.is_lowercase())
}

/// Zero-width and bidirectional format characters.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Whether the word before a period is an abbreviation or an initial, so the period does not
/// end the sentence.
fn is_abbreviation(before: &str, rest: &str) -> bool {
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || OPENERS.contains(&c))
        .map_or(0, |i| i + before[i..].chars().next().unwrap().len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // Initials: "W." in "George W. Bush", and dotted acronyms "U.S.", "a.m.".
    let mut letters = word.chars();
    if let (Some(first), None) = (letters.next(), letters.next()) {
        if first.is_uppercase() {
            return true;
        }
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        // "U.S." at the end of a sentence followed by a capitalised word is ambiguous; a time
        // ("p.m.") or a country acronym followed by a common sentence opener ends it.
        return !starts_with_sentence_opener(rest);
    }
    // "then-Sen.", "ex-Gov.": a title abbreviation after a prefix.
    let titled =
        word.rsplit_once('-').is_some_and(|(_, t)| t.starts_with(char::is_uppercase) && lexicon::is_abbreviation(t));
    titled
        || lexicon::is_abbreviation(word)
            && !(matches!(word, "etc" | "Inc" | "Co" | "Corp" | "Ltd" | "Jr" | "Sr")
                && starts_with_sentence_opener(rest))
}

/// Words that almost always begin a new sentence; they disambiguate "U.S. The ...".
fn starts_with_sentence_opener(rest: &str) -> bool {
    let w = &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())];
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "It"
            | "He"
            | "She"
            | "They"
            | "We"
            | "I"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "But"
            | "And"
            | "In"
            | "On"
            | "At"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "There"
            | "After"
            | "Before"
            | "When"
            | "While"
            | "According"
            | "Officials"
    )
}

#[cfg(test)]
mod tests {
    use crate::article::{Article, Format, IngestOptions};

    fn sents(s: &str) -> Vec<String> {
        let a = Article::from_text("t", s.to_string(), Format::Text, &IngestOptions::default());
        a.sentences.iter().map(|x| a.slice(x.span).to_string()).collect()
    }

    #[test]
    fn abbreviations_initials_decimals_survive() {
        let s = "On Sept. 19 the U.S. envoy met Mr. Smith at 9 a.m. in Kabul. President George W. Bush said 3.2 percent... then left. “It is over.” (He left.) Next one!";
        assert_eq!(
            sents(s),
            vec![
                "On Sept. 19 the U.S. envoy met Mr. Smith at 9 a.m. in Kabul.",
                "President George W. Bush said 3.2 percent... then left.",
                "“It is over.”",
                "(He left.)",
                "Next one!"
            ]
        );
    }

    #[test]
    fn acronym_then_sentence_opener_ends_sentence() {
        assert_eq!(sents("He went to the U.S. The trip was long."), vec!["He went to the U.S.", "The trip was long."]);
    }

    #[test]
    fn invisible_characters_do_not_hide_a_sentence_start() {
        assert_eq!(
            sents("It rained.\n\u{202e}Then it \u{200b}stopped. \u{200b}Done."),
            vec!["It rained.", "\u{202e}Then it \u{200b}stopped.", "\u{200b}Done."]
        );
    }

    #[test]
    fn a_bulleted_line_is_a_paragraph_of_its_own() {
        let s = "Results:\n- Most (61%) agree, 30 percent do not.\n* Half (50%) approve\nof it.\n-5 degrees";
        let a = Article::from_text("t", s.to_string(), Format::Text, &IngestOptions::default());
        let paragraphs: Vec<&str> = a.paragraphs.iter().map(|p| a.slice(*p)).collect();
        assert_eq!(
            paragraphs,
            vec!["Results:", "- Most (61%) agree, 30 percent do not.", "* Half (50%) approve\nof it.\n-5 degrees"]
        );
    }

    #[test]
    fn windows_line_ends_keep_paragraphs_whole() {
        let s = "It began in\r\nMay. It ended.\r\n\r\nNext paragraph.\rLast line.";
        let a = Article::from_text("t", s.to_string(), Format::Text, &IngestOptions::default());
        let paragraphs: Vec<&str> = a.paragraphs.iter().map(|p| a.slice(*p)).collect();
        assert_eq!(paragraphs, vec!["It began in\r\nMay. It ended.", "Next paragraph.\rLast line."]);
    }

    #[test]
    fn title_lines_are_their_own_sentences() {
        let s = "Storm hits coast\nDecember 28, 2004\nThe storm killed 12 people.";
        assert_eq!(sents(s).len(), 3);
    }
}
