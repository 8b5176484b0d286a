//! Who owns a count: the names in the subject before it, a possessive right before it, the
//! modifiers of its subject ("the north hospital").

use std::cell::OnceCell;
use std::collections::HashSet;
use std::sync::LazyLock;

use crate::checks::context::Ctx;
use crate::lexicon::lowercase;

use crate::extract::vocab::REPORTING_VERBS;
use crate::extract::{NumberMention, Quantity};
use crate::lexicon::{month_number, weekday};

/// Words after which a name is a place or a source, not the count's owner.
const NOT_OWNER_AFTER: &[&str] =
    &["in", "at", "near", "across", "along", "outside", "inside", "throughout", "around", "from", "to", "for", "of"];

/// How many words before a count are searched for its owner.
const OWNER_WINDOW: usize = 40;

/// Capitalised words seen inside a sentence (not at its start) somewhere in the article: a
/// sentence-initial word is taken as a name only when it is one of these, or starts a run of
/// names ("Greenleaf Bank"). Few counts open their sentence, so an article is not read word by
/// word: each word asked about is looked for where it is written. A long one is read once into
/// a set instead, since each search may cross the whole text.
pub(crate) struct Names<'c> {
    text: &'c str,
    article: &'c crate::article::Article,
    set: OnceCell<HashSet<&'c str>>,
}

/// The longest text whose words are looked for where written rather than read into a set.
const SEARCHED_TEXT_MAX: usize = 64 * 1024;

impl<'c> Names<'c> {
    pub(crate) fn of(ctx: &'c Ctx) -> Self {
        Names { text: &ctx.article.text, article: ctx.article, set: OnceCell::new() }
    }

    /// Whether some whitespace-separated word of a sentence, cleaned, is `word`, a name word,
    /// and not the first word of its sentence unless the second is a name word too.
    fn contains(&self, word: &str) -> bool {
        if self.text.len() > SEARCHED_TEXT_MAX {
            return self.set.get_or_init(|| self.read()).contains(word);
        }
        self.written_as_name(word)
    }

    /// [`Names::contains`] by reading every sentence's words.
    fn read(&self) -> HashSet<&'c str> {
        let mut set = HashSet::new();
        let mut ws: Vec<&str> = Vec::new();
        for s in &self.article.sentences {
            ws.clear();
            ws.extend(self.text[s.span.start..s.span.end].split_whitespace().map(clean));
            // A run of names that opens a sentence ("Northway Air carried ...") names its first
            // word too.
            let opening_run = ws.len() > 1 && is_name_word(ws[0]) && is_name_word(ws[1]);
            for (i, w) in ws.iter().enumerate() {
                if (i > 0 || opening_run) && is_name_word(w) {
                    set.insert(*w);
                }
            }
        }
        set
    }

    /// [`Names::contains`] by reading only the places `word` is written: every word that
    /// could answer holds it there.
    fn written_as_name(&self, word: &str) -> bool {
        if !is_name_word(word) {
            return false;
        }
        let text = self.text;
        let finder = memchr::memmem::Finder::new(word);
        let mut from = 0;
        // Overlapping matches too: every place `word` is written is read.
        while let Some(k) = finder.find(&text.as_bytes()[from..]).map(|k| from + k) {
            from = k + 1;
            let Some(s) = self.article.sentence_at(k) else { continue };
            let span = self.article.sentences[s].span;
            if k + word.len() > span.end {
                continue; // no word of the sentence holds it whole
            }
            // The word holding it, within its sentence (split on whitespace, as `words` does).
            let start = text[span.start..k].rfind(char::is_whitespace).map_or(span.start, |i| {
                span.start + i + text[span.start + i..].chars().next().map_or(1, char::len_utf8)
            });
            let end = text[k..span.end].find(char::is_whitespace).map_or(span.end, |i| k + i);
            if clean(&text[start..end]) != word {
                continue;
            }
            let first = text[span.start..start].trim_start().is_empty();
            let second_is_name =
                || text[end..span.end].split_whitespace().next().is_some_and(|w| is_name_word(clean(w)));
            if !first || second_is_name() {
                return true;
            }
        }
        false
    }
}

fn clean(w: &str) -> &str {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w)
}

/// The names in the subject before the count, and a possessive right before it, lowercase.
pub(super) fn owners(ctx: &Ctx, names: &Names, n: &NumberMention) -> Vec<String> {
    let s = ctx.article.sentences[n.sentence].span;
    // The subject sits within the few dozen words before the count.
    let before = &ctx.article.text[s.start..n.span.start.max(s.start)];
    let mut raw: Vec<&str> = before.split_whitespace().rev().take(OWNER_WINDOW).collect();
    raw.reverse();
    let at_start = raw.len() < OWNER_WINDOW;
    // Counting from the last reporting verb: a source is not an owner.
    // "told" and "according" mark a source too, though what follows them is an object or "to".
    let is_source_marker = |w: &str| {
        let w = lowercase(clean(w));
        REPORTING_VERBS.contains(&&*w) || matches!(&*w, "told" | "according")
    };
    let from = raw.iter().rposition(|w| is_source_marker(w)).map_or(0, |i| i + 1);
    let mut out = Vec::new();
    let mut after_preposition = false;
    for (i, w) in raw.iter().enumerate().skip(from) {
        let word = clean(w);
        let name = is_name_word(word)
            && (i > 0 || !at_start || names.contains(word) || raw.get(1).is_some_and(|n| is_name_word(clean(n))));
        if name && !after_preposition {
            out.push(word.to_lowercase());
        }
        if !name {
            after_preposition = NOT_OWNER_AFTER.contains(&&*lowercase(word));
        }
    }
    if let Some(last) = raw.last() {
        let t = last.trim_matches(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'));
        let stem = t.strip_suffix("'s").or_else(|| t.strip_suffix("’s")).or_else(|| t.strip_suffix("s'"));
        if let Some(stem) = stem {
            out.push(stem.to_lowercase());
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The words of the subject other than its head and its function words: "north" in "The north
/// hospital".
pub(super) fn subject_modifiers(q: &Quantity) -> Vec<String> {
    let (Some(subject), Some(head)) = (&q.subject, &q.subject_head) else { return vec![] };
    subject
        .split_whitespace()
        .map(|w| clean(w).to_lowercase())
        .filter(|w| {
            !w.is_empty()
                && **w != **head
                && !crate::extract::words::STOPWORDS.contains(&w.as_str())
                && !matches!(w.as_str(), "a" | "an" | "it" | "its" | "he" | "she" | "we" | "our")
        })
        .collect()
}

/// Whether a capitalised word is a name rather than a common word or a date.
fn is_name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && month_number(w).is_none()
        && weekday(w).is_none()
        && !is_stopword(w)
}

/// Whether a word is a stopword in any case, looked up without allocating for ASCII words.
fn is_stopword(w: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str>> =
        LazyLock::new(|| crate::extract::words::STOPWORDS.iter().copied().collect());
    crate::extract::wordset::with_lowercase(w, |l| SET.contains(l))
}

/// A possessive right before a count with the words that modify it: "the junior league's
/// $2,000 prize" -> ("league", ["junior"]).
pub(super) fn possessive_phrase(ctx: &Ctx, n: &NumberMention) -> Option<(String, Vec<String>)> {
    let s = ctx.article.sentences[n.sentence].span;
    let before = &ctx.article.text[s.start..n.span.start.max(s.start)];
    let mut raw: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    let last = raw.first()?.trim_matches(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'));
    let stem = last.strip_suffix("'s").or_else(|| last.strip_suffix("’s"))?.to_lowercase();
    raw.remove(0);
    let modifiers = raw
        .iter()
        .map(|w| clean(w).to_lowercase())
        .take_while(|w| !w.is_empty() && !crate::extract::words::STOPWORDS.contains(&w.as_str()))
        .collect();
    Some((stem, modifiers))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Format, IngestOptions};

    /// The two readings of [`Names::contains`] agree on every word of every corpus article
    /// (and on its lower-case, possessive and punctuated forms).
    #[test]
    fn words_looked_for_where_written_read_as_a_set_of_the_article() {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut texts =
            vec!["Northway Air carried 412,000. Greenleaf said so. \"Mr. Ames,\" Ames's aide said.".to_string()];
        for entry in std::fs::read_dir(&corpus).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                texts.push(std::fs::read_to_string(path).unwrap());
            }
        }
        for text in texts {
            let article = Article::from_text("t", text, Format::Text, &IngestOptions::default());
            let names = Names { text: &article.text, article: &article, set: OnceCell::new() };
            let set = names.read();
            for raw in article.text.split_whitespace() {
                for word in [raw, clean(raw), &raw.to_lowercase()] {
                    assert_eq!(names.written_as_name(word), set.contains(word), "{word:?} in {}", article.text);
                }
            }
        }
    }
}
