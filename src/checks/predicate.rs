//! Where a coordinated predicate starts: a conjunction followed straight by a finite verb, with
//! the subject left out ("pulled 32 bodies, including 12 children, and are searching for
//! scores", "was appointed by X during the war then served under Y from 2001", "became prime
//! minister in 1980 after winning an election but abolished the office in 1987").
//!
//! Such a predicate is a new clause of the sentence's subject, with its own objects and its own
//! time: a figure or date in it is not part of a list, a prepositional phrase or a subordinate
//! clause that stands before the conjunction. The test reads the text as written: a verb must be
//! in lower case ("and Ned" is a name), and a conjunction followed by a noun phrase ("and 30
//! women") or by a word this table does not know is no predicate, so the reading only ever cuts
//! a stretch short.

/// Conjunctions that join predicates; "then" alone joins them in running narrative.
const JOINERS: &[&str] = &["and", "but", "or", "yet", "then"];

/// Adverbs that may stand between the conjunction and the verb: "and then served", "but later
/// abolished".
const LINKING_ADVERBS: &[&str] = &["then", "also", "later", "subsequently", "still", "now", "eventually", "finally"];

/// Pronouns that are a whole subject: "and it closed in 2011" is a clause of its own too.
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you"];

/// Finite verbs and auxiliaries that do not end in "-ed".
#[rustfmt::skip]
const FINITE_VERBS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might",
    "must", "did", "does", "do", "said", "says", "told", "took", "made", "met", "won", "lost", "gave", "left",
    "became", "ran", "went", "came", "saw", "sent", "led", "held", "put", "got", "chose", "wrote", "spoke",
    "began", "brought", "bought", "sold", "built", "kept", "paid", "fell", "rose", "struck", "drew", "beat",
    "fled", "fought", "found", "spent", "taught", "threw", "wore", "flew",
];

/// Words in "-ed" that are not past verbs.
const NOT_VERBS: &[&str] = &["hundred", "hundreds", "united", "need", "red", "bed", "seed", "speed", "indeed"];

/// Whether a word, as written, reads as a finite verb: lower case, and a common finite form or
/// a past form in "-ed".
fn is_finite_verb(word: &str) -> bool {
    if !word.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    FINITE_VERBS.contains(&word) || word.len() >= 5 && word.ends_with("ed") && !NOT_VERBS.contains(&word)
}

/// Words of a text as written, with their byte offsets.
fn written_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// Whether a text holds a finite verb as written: a title after one is no subject of its
/// clause ("was appointed by President X").
pub(crate) fn holds_finite_verb(text: &str) -> bool {
    written_words(text).any(|(_, w)| is_finite_verb(w))
}

/// The byte offset in `text` of the first conjunction that opens a predicate of its own: "and",
/// "but", "or", "yet" or "then", then at most a subject pronoun and one linking adverb, then a
/// finite verb.
pub(crate) fn coordinated_predicate(text: &str) -> Option<usize> {
    let words: Vec<(usize, &str)> = written_words(text).collect();
    words.iter().enumerate().find_map(|(i, &(at, w))| {
        if !JOINERS.contains(&w) {
            return None;
        }
        let mut k = i + 1;
        if words.get(k).is_some_and(|&(_, p)| SUBJECT_PRONOUNS.contains(&p)) {
            k += 1;
        }
        if words.get(k).is_some_and(|&(_, a)| LINKING_ADVERBS.contains(&a) && a != w) {
            k += 1;
        }
        words.get(k).is_some_and(|&(_, v)| is_finite_verb(v)).then_some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::coordinated_predicate;

    #[test]
    fn a_conjunction_before_a_finite_verb_opens_a_predicate() {
        let opens = [
            ("12 children, and are searching for scores", 13),
            ("during the war then served under", 15),
            ("winning an election but abolished the office", 20),
            ("the bill and then visited Moscow", 9),
            ("by farmers, and it closed in 2011", 12),
        ];
        for (text, at) in opens {
            assert_eq!(coordinated_predicate(text), Some(at), "{text}");
        }
        let lists = [
            "12 children and 30 women",
            "Reagan and Vice President Bush",
            "the port and Ned Kelly",
            "women and one hundred men",
            "children and the wounded",
        ];
        for text in lists {
            assert_eq!(coordinated_predicate(text), None, "{text}");
        }
    }
}
