//! Which sentences each recognizer needs to search.
//!
//! Every date and number recognizer needs a word of its own somewhere in a match: a month name,
//! "ago", a number word, a digit. One pass over the tokens marks, per sentence, which of those
//! words it holds; each recognizer then searches only the sentences that can feed it. Before
//! this, two dozen regexes each scanned the whole article, most finding nothing, and that was a
//! third of a check. Matches outside sentences were dropped anyway, so results do not change.

use std::ops::Range;

use super::vocab::{COUNT_WORDS, MONTH_INTRODUCERS};
use super::words::{Token, TokenKind, Tokens};
use super::wordset::ShapeFilter;
use crate::article::Article;
use crate::lexicon::{month_number, weekday};

bitflags::bitflags! {
    /// Kinds of trigger word: what a sentence holds that some recognizer needs.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub struct Trigger: u32 {
        /// A capitalised month name or abbreviation ("May" the modal too: a superset only costs a
        /// search). The month recognizers are case-sensitive.
        const MONTH = 1 << 0;
        /// A capitalised weekday name or abbreviation.
        const WEEKDAY = 1 << 1;
        /// Any token with an ASCII digit ("2025", "mid-2020", "Q3", "FY2024").
        const DIGIT = 1 << 2;
        /// Four digits: a year can be written there ("2025", "2025-09-18", "9/18/2025").
        const YEAR4 = 1 << 19;
        /// Digits with a letter right after them: "5th", "1990s", "'90s".
        const SUFFIXED = 1 << 20;
        /// A month name followed by a day: one or two digits ("Sept. 18", "May 5th").
        const MONTH_DAY = 1 << 21;
        /// A month name and day followed by a range word ("May 5-7", "June 26 and 27").
        const MONTH_DAY_RANGE = 1 << 25;
        /// A month name followed by four digits ("May 2025", "September of 2024").
        const MONTH_YEAR = 1 << 26;
        /// Digits joined to more digits by a hyphen or slash: "2025-09-18", "9/18/2025".
        const JOINED_DIGITS = 1 << 27;
        /// A month name with a number among the four tokens before it ("18 September", "the 18th
        /// of September").
        const MONTH_NUMBER_BEFORE = 1 << 22;
        /// A month name after a word that can introduce it alone ("in July", "until late July") or
        /// joined to one ("mid-July").
        const MONTH_INTRODUCED = 1 << 23;
        /// A part of the day after "this" or "last" ("this morning", "last night").
        const DAY_PART_NAMED = 1 << 24;
        /// morning, afternoon, evening, night.
        const DAY_PART = 1 << 3;
        const WEEKEND = 1 << 4;
        const HALF = 1 << 5;
        /// every, annually, yearly, monthly, weekly, daily.
        const SET = 1 << 6;
        /// hour(s), minute(s) after a count: "two hours", "90-minute".
        const CLOCK = 1 << 7;
        const SEASON = 1 << 8;
        /// today, yesterday, tomorrow, tonight, and week / month / year after this, last, next.
        const RELATIVE = 1 << 9;
        const AGO = 1 << 10;
        /// A unit of a duration (day, week, month, year, decade, century; singular or plural) after
        /// a count: "three years", "a decade", "30-day", "four-year-old".
        const UNIT = 1 << 11;
        /// now, currently, recently, present, past, future, soon, ...
        const REF = 1 << 12;
        const QUARTER = 1 << 13;
        const FISCAL = 1 << 14;
        /// A word that can start a number in words: "one" .. "ninety", "dozen".
        const NUMBER_WORD = 1 << 15;
        /// twice, double, doubled, tripled, quadrupled (and their tenses), times, -fold (every
        /// multiplier holds one).
        const MULTIPLIER = 1 << 16;
        /// half, halved, third(s), quarter(s), fifth, tenth.
        const FRACTION = 1 << 17;
        /// dozens, scores, hundreds, thousands, millions.
        const VAGUE = 1 << 18;
    }
}

/// The trigger words of each sentence of an article.
#[derive(Clone, Debug, Default)]
pub struct Triggers {
    /// One mask per sentence.
    masks: Vec<Trigger>,
    /// The byte range of each sentence.
    spans: Vec<Range<usize>>,
    /// All masks or'ed: what the whole article holds.
    any: Trigger,
    /// Per sentence: whether it ends without end punctuation (see `open_end`).
    open_end: Vec<bool>,
    /// Where each month or weekday name starts, with its bit, in text order; `None` when
    /// searches are to scan whole ranges (the reference the anchored searches are tested
    /// against).
    names: Option<Vec<(usize, Trigger)>>,
}

/// The tokens of an article and their triggers, read in one pass: each word's bits are
/// looked up as the tokenizer reads it.
pub fn tokenize_with_triggers(article: &Article) -> (Tokens, Triggers) {
    let mut reader = Reader::new(article);
    let tokens =
        super::words::tokenize_visiting(article, |sentence, i, t, letters| reader.read(sentence, i, t, letters));
    let triggers = reader.finish(article, &tokens);
    (tokens, triggers)
}

/// Trigger bits gathered token by token.
struct Reader<'a> {
    text: &'a str,
    masks: Vec<Trigger>,
    /// Tokens whose bits need their neighbours, or that hold a name (sentence, token index,
    /// bits), in text order: read when all tokens are there.
    pending: Vec<(usize, usize, Trigger)>,
}

/// Bits that send a token to `Reader::pending`.
const NEEDS_NEIGHBOURS: Trigger =
    Trigger::MONTH.union(Trigger::WEEKDAY).union(Trigger::DAY_PART).union(Trigger::UNIT).union(Trigger::CLOCK);

impl<'a> Reader<'a> {
    fn new(article: &'a Article) -> Reader<'a> {
        Reader { text: &article.text, masks: vec![Trigger::empty(); article.sentences.len()], pending: Vec::new() }
    }

    /// Read token `i` of `sentence`; `letters`: it is ASCII letters alone.
    #[inline]
    fn read(&mut self, sentence: usize, i: usize, t: &Token, letters: bool) {
        let bits = match t.kind() {
            TokenKind::Number => number_bits(self.text, t),
            // What `word_bits` does with a word of letters alone, without looking again.
            TokenKind::Word if letters => part_bits(t.text(self.text)),
            TokenKind::Word => word_bits(t.text(self.text)),
            TokenKind::Punct => return,
        };
        if bits.intersects(NEEDS_NEIGHBOURS) {
            self.pending.push((sentence, i, bits));
        } else {
            self.masks[sentence] |= bits;
        }
    }

    /// The triggers, once every token is read.
    fn finish(self, article: &Article, tokens: &Tokens) -> Triggers {
        let Reader { text, mut masks, pending } = self;
        let mut names = Vec::new();
        for (sentence, i, mut bits) in pending {
            let t = &tokens[i];
            if bits.intersects(Trigger::MONTH | Trigger::WEEKDAY) {
                for (at, part) in parts(t.text(text)) {
                    let name = name_bits(part);
                    if !name.is_empty() {
                        names.push((t.span().start + at, name));
                    }
                }
            }
            if bits.intersects(Trigger::MONTH | Trigger::DAY_PART) {
                bits |= context_bits(text, tokens, i, bits);
            }
            if bits.intersects(Trigger::UNIT | Trigger::CLOCK) && !counted(text, tokens, i) {
                bits.remove(Trigger::UNIT | Trigger::CLOCK);
            }
            masks[sentence] |= bits;
        }
        let spans: Vec<Range<usize>> = article.sentences.iter().map(|s| s.span.start..s.span.end).collect();
        let any = masks.iter().fold(Trigger::empty(), |a, m| a | *m);
        let open_end = spans.iter().map(|r| open_end(&text[r.clone()])).collect();
        Triggers { masks, spans, any, open_end, names: Some(names) }
    }
}

/// The parts of a word (runs of ASCII letters and digits) with their offsets in the word.
fn parts(word: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = word.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while bytes.get(i).is_some_and(|b| !b.is_ascii_alphanumeric()) {
            i += 1;
        }
        let start = i;
        while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
            i += 1;
        }
        (i > start).then(|| (start, &word[start..i]))
    })
}

impl Triggers {
    /// The triggers of an article's tokens, read in a pass of their own (see
    /// [`tokenize_with_triggers`] for the pass that reads them as the tokenizer goes).
    pub fn new(article: &Article, tokens: &Tokens) -> Triggers {
        let mut reader = Reader::new(article);
        for sentence in 0..article.sentences.len() {
            for i in tokens.of_sentence(sentence) {
                reader.read(sentence, i, &tokens[i], false);
            }
        }
        reader.finish(article, tokens)
    }

    /// Every word in every sentence: searching with these is searching whole sentences, the
    /// reference the gating is tested against.
    #[cfg(test)]
    pub(crate) fn everything(article: &Article) -> Triggers {
        let masks = vec![Trigger::all(); article.sentences.len()];
        let spans = article.sentences.iter().map(|s| s.span.start..s.span.end).collect();
        let open_end = vec![false; article.sentences.len()];
        Triggers { masks, spans, any: Trigger::all(), open_end, names: None }
    }

    /// Where the month and weekday names of `kind` start (`Trigger::MONTH`, `Trigger::WEEKDAY` or both), in
    /// text order: a recognizer whose every match opens with such a name searches from these
    /// offsets only. `None`: search whole ranges.
    pub fn name_starts(&self, kind: Trigger) -> Option<Vec<usize>> {
        let names = self.names.as_ref()?;
        Some(names.iter().filter(|n| n.1.intersects(kind)).map(|n| n.0).collect())
    }

    /// Whether any sentence holds a word of `mask`.
    pub fn any(&self, mask: Trigger) -> bool {
        self.any.intersects(mask)
    }

    /// The byte ranges to search for a recognizer that needs a word of `mask`: the sentences
    /// holding one, each with the neighbours it runs into (sentences cut at a line break
    /// without end punctuation: "began in\nMay" in narrow copy, a dateline over three lines),
    /// since a match may cross such a cut. Consecutive sentences are searched as one range.
    pub fn ranges(&self, mask: Trigger) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = Vec::new();
        if !self.any(mask) {
            return out;
        }
        let n = self.masks.len();
        // The last sentence covered so far; each sentence is walked over at most twice.
        let mut covered: Option<usize> = None;
        for s in (0..n).filter(|&s| self.masks[s].intersects(mask)) {
            if covered.is_some_and(|c| s <= c) {
                continue;
            }
            let floor = covered.map_or(0, |c| c + 1);
            let mut first = s;
            while first > floor && self.open_end[first - 1] {
                first -= 1;
            }
            let mut last = s;
            while last + 1 < n && self.open_end[last] {
                last += 1;
            }
            match out.last_mut() {
                Some(range) if covered.is_some_and(|c| first <= c + 1) => range.end = self.spans[last].end,
                _ => out.push(self.spans[first].start..self.spans[last].end),
            }
            covered = Some(last);
        }
        out
    }
}

/// Whether a sentence ends without end punctuation (closing quotes and brackets aside): it was
/// cut at a line break, and a date or number may run on into the next line.
fn open_end(sentence: &str) -> bool {
    // Most sentences end in a letter, a digit or a lone full stop: no closer to trim.
    match sentence.as_bytes().last() {
        Some(b) if b.is_ascii_alphanumeric() => return true,
        Some(b'.') if !sentence.ends_with("..") => {
            return crate::lexicon::is_abbreviation(last_word(&sentence[..sentence.len() - 1]));
        }
        _ => {}
    }
    let end = sentence.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    if !end.ends_with(['.', '!', '?', '…']) {
        return true;
    }
    // A period after an abbreviation ("Sept.", "Mon.") ends no date: "Sept.\n18".
    end.ends_with('.') && crate::lexicon::is_abbreviation(last_word(end.trim_end_matches('.')))
}

/// The run of letters, digits and periods that ends `text`, walked back byte by byte over
/// ASCII and decoded only at a non-ASCII byte.
fn last_word(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut start = bytes.len();
    while start > 0 {
        let b = bytes[start - 1];
        if !b.is_ascii() {
            let rest = &text[..start];
            let from = rest.rsplit(|c: char| !c.is_alphanumeric() && c != '.').next().unwrap_or("");
            return &text[start - from.len()..];
        }
        if !(b.is_ascii_alphanumeric() || b == b'.') {
            break;
        }
        start -= 1;
    }
    &text[start..]
}

/// The bits a month or day-part word earns from its neighbours in the sentence. Each month
/// recognizer needs one of these shapes around the month, so a sentence whose months have
/// none is not searched by it.
fn context_bits(text: &str, tokens: &[Token], i: usize, bits: Trigger) -> Trigger {
    // Neighbouring tokens count across sentence cuts: a date may run over a line break.
    let t = &tokens[i];
    let before = || tokens[i.saturating_sub(4)..i].iter().rev();
    // The previous word's last part: a word boundary falls after a hyphen ("early-early May").
    let previous_word = before()
        .next()
        .filter(|k| k.kind() == TokenKind::Word)
        .map(|k| k.text(text).rsplit(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or(""));
    let mut out = Trigger::empty();
    if bits.contains(Trigger::MONTH) {
        // What follows the month, past the period of an abbreviation: the day or the year.
        let mut j = i + 1;
        if tokens.get(j).is_some_and(|k| k.text(text) == ".") {
            j += 1;
        }
        if let Some(day) = tokens.get(j).filter(|k| k.kind() == TokenKind::Number) {
            let digits = day.text(text).bytes().take_while(u8::is_ascii_digit).count();
            if digits <= 2 {
                out |= Trigger::MONTH_DAY;
                if range_follows(&text[day.span().start + digits..]) {
                    out |= Trigger::MONTH_DAY_RANGE;
                }
            }
        }
        if tokens.get(j).is_some_and(|k| k.text(text).eq_ignore_ascii_case("of")) {
            j += 1;
        }
        if tokens.get(j).is_some_and(|k| k.text(text) == ",") {
            j += 1;
        }
        if tokens.get(j).is_some_and(|k| k.kind() == TokenKind::Number && four_digits(k.text(text))) {
            out |= Trigger::MONTH_YEAR;
        }
        // A number may hide in a joined word: "Sept-18 September".
        let numeric = |k: &Token| k.text(text).bytes().any(|b| b.is_ascii_digit());
        if before().any(numeric) {
            out |= Trigger::MONTH_NUMBER_BEFORE;
        }
        let introduced = previous_word.is_some_and(|w| {
            MONTH_INTRODUCERS.iter().any(|m| m.rsplit(' ').next().is_some_and(|last| w.eq_ignore_ascii_case(last)))
        });
        if introduced || t.text(text).contains('-') {
            out |= Trigger::MONTH_INTRODUCED;
        }
    }
    if bits.contains(Trigger::DAY_PART)
        && previous_word.is_some_and(|w| w.eq_ignore_ascii_case("this") || w.eq_ignore_ascii_case("last"))
    {
        out |= Trigger::DAY_PART_NAMED;
    }
    out
}

/// Whether the text after a day's digits reads as a range of days: an ordinal suffix, spaces,
/// then a dash or a range word, as the day-range recognizer needs.
fn range_follows(after_digits: &str) -> bool {
    let rest = ["st", "nd", "rd", "th"].iter().find_map(|s| after_digits.strip_prefix(s)).unwrap_or(after_digits);
    let rest = rest.trim_start();
    rest.starts_with(['-', '–']) || ["to", "and", "through"].iter().any(|w| rest.starts_with(w))
}

/// Four digits and no fifth: a year can be read there.
fn four_digits(number: &str) -> bool {
    let b = number.as_bytes();
    b.len() >= 4 && b[..4].iter().all(u8::is_ascii_digit) && !b.get(4).is_some_and(u8::is_ascii_digit)
}

/// Whether the unit word at `i` follows a count, as every duration does: a number or number
/// word right before it, the same joined by a hyphen, or a hyphen inside the word itself.
fn counted(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let count = |k: &Token| match k.kind() {
        TokenKind::Number => true,
        TokenKind::Word => {
            // The last part after a hyphen or other joiner: "twenty-five", "Sept-5".
            let last = k.text(text).rsplit(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or("");
            last.bytes().next().is_some_and(|b| b.is_ascii_digit())
                || COUNT_WORDS.iter().any(|w| last.eq_ignore_ascii_case(w))
        }
        TokenKind::Punct => false,
    };
    let previous = |k: usize| k.checked_sub(1).map(|p| &tokens[p]);
    t.text(text).contains('-')
        || previous(i).is_some_and(|p| count(p) || (p.text(text) == "-" && previous(i - 1).is_some_and(count)))
}

fn number_bits(text: &str, t: &Token) -> Trigger {
    let digits = t.text(text);
    let mut bits = Trigger::DIGIT;
    // Any run of four between separators: "2025.5" and "1,2025" hold a year to a word boundary.
    if has_run_of_four(digits.as_bytes()) {
        bits |= Trigger::YEAR4;
    }
    let after = &text.as_bytes()[t.span().end..];
    if after.first().is_some_and(u8::is_ascii_alphabetic) {
        bits |= Trigger::SUFFIXED;
    }
    if matches!(after, [b'-' | b'/', d, ..] if d.is_ascii_digit()) {
        bits |= Trigger::JOINED_DIGITS;
    }
    bits
}

/// Whether digits with separators (`,` and `.`) hold a run of exactly four digits between them.
fn has_run_of_four(digits: &[u8]) -> bool {
    let mut run = 0;
    for &b in digits {
        if b == b',' || b == b'.' {
            if run == 4 {
                return true;
            }
            run = 0;
        } else {
            run += 1;
        }
    }
    run == 4
}

/// The trigger bits of one word token; hyphenated and possessive words count each part
/// ("two-hour", "four-year-old", "year's"). Digits inside a word ("mid-2020") may hold any
/// digit form.
fn word_bits(word: &str) -> Trigger {
    let bytes = word.as_bytes();
    // Most words are ASCII letters alone: one part.
    if bytes.iter().all(u8::is_ascii_alphabetic) {
        return part_bits(word);
    }
    let digits = if bytes.iter().any(u8::is_ascii_digit) {
        Trigger::DIGIT | Trigger::YEAR4 | Trigger::SUFFIXED | Trigger::JOINED_DIGITS
    } else {
        Trigger::empty()
    };
    // Splitting on more than the tokenizer's joiners only adds harmless candidates.
    parts(word).fold(digits, |bits, (_, part)| bits | part_bits(part))
}

/// The bits of one part of a word: letters and digits.
#[inline]
fn part_bits(part: &str) -> Trigger {
    let bytes = part.as_bytes();
    // No trigger word is longer than ten letters.
    if bytes.len() < 2 || bytes.len() > 12 {
        return Trigger::empty();
    }
    let mut found = name_bits(part);
    // Most words share no first two letters and length with a trigger word: no hashing for them.
    if TRIGGER_SHAPES.may_hold(bytes) {
        found |= lookup(hash(bytes));
    }
    // "FY2024" is one token.
    if bytes[..2].eq_ignore_ascii_case(b"fy") {
        found |= Trigger::FISCAL;
    }
    found
}

/// The shapes (length up to 12, first two letters) of the trigger words.
const TRIGGER_SHAPES: ShapeFilter<13> = {
    let mut shapes = ShapeFilter::new();
    let mut i = 0;
    while i < TRIGGER_WORDS.len() {
        shapes.insert(TRIGGER_WORDS[i].0.as_bytes());
        i += 1;
    }
    shapes
};

/// `Trigger::MONTH` or `Trigger::WEEKDAY` for a month or weekday name as the (case-sensitive) recognizers
/// write it: the same lexicon decides.
#[inline]
fn name_bits(original: &str) -> Trigger {
    if !may_be_name(original.as_bytes()) {
        return Trigger::empty();
    }
    let mut bits = Trigger::empty();
    if month_number(original).is_some() {
        bits |= Trigger::MONTH;
    }
    if weekday(original).is_some() {
        bits |= Trigger::WEEKDAY;
    }
    bits
}

/// Whether a part of a word can be a month or weekday name: three to nine letters opening with
/// the first three of a month's or weekday's name, as every name and abbreviation that
/// `month_number` and `weekday` read does ("Sept", "Thurs"). Most capitalised words are
/// rejected here without comparing them with two dozen names.
#[inline]
fn may_be_name(b: &[u8]) -> bool {
    if !(3..=9).contains(&b.len()) {
        return false;
    }
    let rest = [b[1], b[2]];
    match b[0] {
        b'J' => matches!(&rest, b"an" | b"un" | b"ul"),
        b'F' => matches!(&rest, b"eb" | b"ri"),
        b'M' => matches!(&rest, b"ar" | b"ay" | b"on"),
        b'A' => matches!(&rest, b"pr" | b"ug"),
        b'S' => matches!(&rest, b"ep" | b"at" | b"un"),
        b'O' => &rest == b"ct",
        b'N' => &rest == b"ov",
        b'D' => &rest == b"ec",
        b'T' => matches!(&rest, b"ue" | b"hu"),
        b'W' => &rest == b"ed",
        _ => false,
    }
}

/// Every trigger word but month and weekday names (see `word_bits`), lower case, with its bits.
const TRIGGER_WORDS: &[(&str, Trigger)] = &[
    ("morning", Trigger::DAY_PART),
    ("afternoon", Trigger::DAY_PART),
    ("evening", Trigger::DAY_PART),
    ("night", Trigger::DAY_PART),
    ("weekend", Trigger::WEEKEND),
    ("half", Trigger::HALF.union(Trigger::FRACTION)),
    ("every", Trigger::SET),
    ("annually", Trigger::SET),
    ("yearly", Trigger::SET),
    ("monthly", Trigger::SET),
    ("weekly", Trigger::SET),
    ("daily", Trigger::SET),
    ("hour", Trigger::CLOCK),
    ("hours", Trigger::CLOCK),
    ("minute", Trigger::CLOCK),
    ("minutes", Trigger::CLOCK),
    ("spring", Trigger::SEASON),
    ("summer", Trigger::SEASON),
    ("fall", Trigger::SEASON),
    ("autumn", Trigger::SEASON),
    ("winter", Trigger::SEASON),
    ("today", Trigger::RELATIVE),
    ("yesterday", Trigger::RELATIVE),
    ("tomorrow", Trigger::RELATIVE),
    ("tonight", Trigger::RELATIVE),
    ("week", Trigger::RELATIVE.union(Trigger::UNIT)),
    ("month", Trigger::RELATIVE.union(Trigger::UNIT)),
    ("year", Trigger::RELATIVE.union(Trigger::UNIT)),
    ("day", Trigger::UNIT),
    ("days", Trigger::UNIT),
    ("weeks", Trigger::UNIT),
    ("months", Trigger::UNIT),
    ("years", Trigger::UNIT),
    ("decade", Trigger::UNIT),
    ("decades", Trigger::UNIT),
    ("century", Trigger::UNIT),
    ("centuries", Trigger::UNIT),
    ("ago", Trigger::AGO),
    ("now", Trigger::REF),
    ("nowadays", Trigger::REF),
    ("currently", Trigger::REF),
    ("present", Trigger::REF),
    ("recently", Trigger::REF),
    ("formerly", Trigger::REF),
    ("past", Trigger::REF),
    ("future", Trigger::REF),
    ("soon", Trigger::REF),
    ("quarter", Trigger::QUARTER.union(Trigger::FRACTION)),
    ("q1", Trigger::QUARTER),
    ("q2", Trigger::QUARTER),
    ("q3", Trigger::QUARTER),
    ("q4", Trigger::QUARTER),
    ("fiscal", Trigger::FISCAL),
    ("one", Trigger::NUMBER_WORD),
    ("two", Trigger::NUMBER_WORD),
    ("three", Trigger::NUMBER_WORD),
    ("four", Trigger::NUMBER_WORD),
    ("five", Trigger::NUMBER_WORD),
    ("six", Trigger::NUMBER_WORD),
    ("seven", Trigger::NUMBER_WORD),
    ("eight", Trigger::NUMBER_WORD),
    ("nine", Trigger::NUMBER_WORD),
    ("ten", Trigger::NUMBER_WORD),
    ("zero", Trigger::NUMBER_WORD),
    ("eleven", Trigger::NUMBER_WORD),
    ("twelve", Trigger::NUMBER_WORD),
    ("thirteen", Trigger::NUMBER_WORD),
    ("fourteen", Trigger::NUMBER_WORD),
    ("fifteen", Trigger::NUMBER_WORD),
    ("sixteen", Trigger::NUMBER_WORD),
    ("seventeen", Trigger::NUMBER_WORD),
    ("eighteen", Trigger::NUMBER_WORD),
    ("nineteen", Trigger::NUMBER_WORD),
    ("twenty", Trigger::NUMBER_WORD),
    ("thirty", Trigger::NUMBER_WORD),
    ("forty", Trigger::NUMBER_WORD),
    ("fifty", Trigger::NUMBER_WORD),
    ("sixty", Trigger::NUMBER_WORD),
    ("seventy", Trigger::NUMBER_WORD),
    ("eighty", Trigger::NUMBER_WORD),
    ("ninety", Trigger::NUMBER_WORD),
    ("dozen", Trigger::NUMBER_WORD),
    ("twice", Trigger::MULTIPLIER),
    ("double", Trigger::MULTIPLIER),
    ("doubled", Trigger::MULTIPLIER),
    ("tripled", Trigger::MULTIPLIER),
    ("quadrupled", Trigger::MULTIPLIER),
    ("doubles", Trigger::MULTIPLIER),
    ("doubling", Trigger::MULTIPLIER),
    ("triples", Trigger::MULTIPLIER),
    ("tripling", Trigger::MULTIPLIER),
    ("quadruples", Trigger::MULTIPLIER),
    ("quadrupling", Trigger::MULTIPLIER),
    ("fold", Trigger::MULTIPLIER),
    ("twofold", Trigger::MULTIPLIER),
    ("threefold", Trigger::MULTIPLIER),
    ("fourfold", Trigger::MULTIPLIER),
    ("fivefold", Trigger::MULTIPLIER),
    ("sixfold", Trigger::MULTIPLIER),
    ("sevenfold", Trigger::MULTIPLIER),
    ("eightfold", Trigger::MULTIPLIER),
    ("ninefold", Trigger::MULTIPLIER),
    ("tenfold", Trigger::MULTIPLIER),
    ("times", Trigger::MULTIPLIER),
    ("third", Trigger::FRACTION),
    ("thirds", Trigger::FRACTION),
    ("quarters", Trigger::FRACTION),
    ("fifth", Trigger::FRACTION),
    ("tenth", Trigger::FRACTION),
    ("halved", Trigger::FRACTION),
    ("halving", Trigger::FRACTION),
    ("dozens", Trigger::VAGUE),
    ("scores", Trigger::VAGUE),
    ("hundreds", Trigger::VAGUE),
    ("thousands", Trigger::VAGUE),
    ("millions", Trigger::VAGUE),
];

/// Trigger words in an open-addressing table of hashes: a lookup compares the one or two
/// entries of its slot's run; most parts are no trigger and stop at an empty slot. Entries
/// keep 32 bits of the hash, so the table (4 KiB) stays in the first-level cache. Two
/// words sharing a tag could only give a word bits it should not have, which wakes a
/// recognizer for nothing but never hides a match.
const SLOTS: usize = 512;
type Table = [(u32, Trigger); SLOTS];
static TABLE: std::sync::LazyLock<Box<Table>> = std::sync::LazyLock::new(|| {
    let mut table: Box<Table> = Box::new([(0, Trigger::empty()); SLOTS]);
    for (w, bits) in TRIGGER_WORDS {
        let h = hash(w.as_bytes());
        let mut i = slot(h);
        while !table[i].1.is_empty() {
            i = (i + 1) % SLOTS;
        }
        table[i] = (tag(h), *bits);
    }
    table
});

/// A hash of a part of at most 12 letters and digits, in lower case: the bytes are read as
/// two 64-bit numbers with a few (overlapping) loads and mixed with two multiplications,
/// instead of a multiplication per byte, whose chain of latencies was most of a lookup.
fn hash(part: &[u8]) -> u64 {
    let (head, tail) = part.split_at(part.len().min(8));
    (load(head) ^ load(tail).wrapping_mul(0x9e37_79b9_7f4a_7c15)).wrapping_mul(0xbf58_476d_1ce4_e5b9)
}

/// Up to eight letters and digits as one little-endian number, in lower case. Loads that
/// overlap read the same bytes into the same places, so or-ing them is harmless.
fn load(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let at = |i: usize, len: usize| bytes[i..i + len].iter().rev().fold(0u64, |x, &b| (x << 8) | u64::from(b));
    let packed = match n {
        0 => return 0,
        8 => u64::from_le_bytes(bytes.try_into().expect("eight bytes")),
        4..=7 => {
            let word = |i: usize| u64::from(u32::from_le_bytes(bytes[i..i + 4].try_into().expect("four bytes")));
            word(0) | word(n - 4) << (8 * (n - 4))
        }
        _ => at(0, n),
    };
    // Setting 0x20 lowers an ASCII letter and leaves a digit as it is.
    packed | 0x2020_2020_2020_2020 >> (8 * (8 - n))
}

fn slot(hash: u64) -> usize {
    (hash >> 55) as usize % SLOTS
}

fn tag(hash: u64) -> u32 {
    (hash >> 16) as u32
}

/// The bits of the trigger word with this hash, if any.
fn lookup(hash: u64) -> Trigger {
    let table = &**TABLE;
    let (mut i, t) = (slot(hash), tag(hash));
    loop {
        let (key, bits) = table[i];
        if bits.is_empty() || key == t {
            return bits;
        }
        i = (i + 1) % SLOTS;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_trigger_word_is_found_in_any_case() {
        for (w, bits) in TRIGGER_WORDS {
            for written in [w.to_string(), w.to_uppercase(), w[..1].to_uppercase() + &w[1..]] {
                assert_eq!(lookup(hash(written.as_bytes())) & *bits, *bits, "{written}");
            }
        }
        assert_eq!(lookup(hash(b"newsroom")), Trigger::empty());
    }

    #[test]
    fn every_month_and_weekday_name_passes_the_name_filter() {
        let abbreviations = [
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Mon", "Tues", "Tue",
            "Wed", "Thurs", "Thur", "Thu", "Fri", "Sat", "Sun",
        ];
        let months = (1..=12).map(crate::lexicon::month_name);
        let days = [
            chrono::Weekday::Mon,
            chrono::Weekday::Tue,
            chrono::Weekday::Wed,
            chrono::Weekday::Thu,
            chrono::Weekday::Fri,
            chrono::Weekday::Sat,
            chrono::Weekday::Sun,
        ]
        .map(crate::lexicon::weekday_name);
        for name in months.chain(days).chain(abbreviations) {
            assert!(!name_bits(name).is_empty(), "{name}");
        }
        assert_eq!(name_bits("Mayor"), Trigger::empty());
        assert_eq!(name_bits("Bank"), Trigger::empty());
    }

    #[test]
    fn parts_of_joined_words_count() {
        assert_eq!(
            word_bits("two-hour") & (Trigger::CLOCK | Trigger::NUMBER_WORD),
            Trigger::CLOCK | Trigger::NUMBER_WORD
        );
        assert_eq!(word_bits("year's") & Trigger::UNIT, Trigger::UNIT);
        assert_eq!(word_bits("mid-2020"), Trigger::DIGIT | Trigger::YEAR4 | Trigger::SUFFIXED | Trigger::JOINED_DIGITS);
        assert_eq!(word_bits("may"), Trigger::empty());
        assert_eq!(word_bits("May"), Trigger::MONTH);
        assert_eq!(word_bits("FY2024") & (Trigger::FISCAL | Trigger::DIGIT), Trigger::FISCAL | Trigger::DIGIT);
        assert_eq!(word_bits("Sept"), Trigger::MONTH);
        assert_eq!(word_bits("newsroom"), Trigger::empty());
        assert_eq!(word_bits("Thurs"), Trigger::WEEKDAY);
    }

    #[test]
    fn one_pass_reads_what_two_passes_read() {
        let text = "On Sept. 18, 2025, the four-year-old FY2024 plan ran two hours. Last night in mid-July \
                    it fell 30%.\n\nThe 1990s: every Monday, three decades ago, twice a year. Él dijo 5th.";
        let a = Article::plain(text);
        let (tokens, fused) = tokenize_with_triggers(&a);
        let apart = Triggers::new(&a, &crate::extract::words::tokenize(&a));
        assert_eq!(fused.masks, apart.masks);
        assert_eq!(fused.names, apart.names);
        assert_eq!(fused.open_end, apart.open_end);
        assert_eq!(tokens.len(), crate::extract::words::tokenize(&a).len());
    }

    /// An article of `text` and its triggers.
    fn read(text: &str) -> (Article, Triggers) {
        let a = Article::from_text(
            "t.txt",
            text.into(),
            crate::article::Format::Text,
            &crate::article::IngestOptions::default(),
        );
        let t = Triggers::new(&a, &crate::extract::words::tokenize(&a));
        (a, t)
    }

    fn ranges<'a>(a: &'a Article, t: &Triggers, mask: Trigger) -> Vec<&'a str> {
        t.ranges(mask).into_iter().map(|r| &a.text[r]).collect()
    }

    #[test]
    fn neighbouring_sentences_join_into_one_range() {
        let (a, t) =
            read("It rained on May 5. Then it stopped. Nobody knew why. In June it rained again. And in July.");
        assert_eq!(
            ranges(&a, &t, Trigger::MONTH),
            vec!["It rained on May 5.", "In June it rained again. And in July."]
        );
        assert!(t.ranges(Trigger::AGO).is_empty());
    }

    #[test]
    fn a_range_runs_into_lines_cut_without_end_punctuation() {
        // Short lines are cut into sentences; "in" and "May" still make one date.
        let (a, t) = read("It rained.\n\nThe strike began in\nMay and ended.\nNothing else.");
        assert_eq!(a.sentences.len(), 4, "the short line is a sentence of its own");
        assert_eq!(ranges(&a, &t, Trigger::MONTH_INTRODUCED), vec!["The strike began in\nMay and ended."]);
    }

    #[test]
    fn month_shapes_come_from_neighbouring_tokens() {
        let bits = |text: &str| read(text).1.any;
        let shapes = Trigger::MONTH_DAY
            | Trigger::MONTH_DAY_RANGE
            | Trigger::MONTH_YEAR
            | Trigger::MONTH_NUMBER_BEFORE
            | Trigger::MONTH_INTRODUCED;
        assert_eq!(bits("It opened Sept. 18 downtown.") & shapes, Trigger::MONTH_DAY);
        assert_eq!(bits("It opened Sept. 18, 2025, downtown.") & shapes, Trigger::MONTH_DAY);
        assert_eq!(bits("It ran May 5th-7th.") & shapes, Trigger::MONTH_DAY | Trigger::MONTH_DAY_RANGE);
        assert_eq!(bits("It ran June 26 and 27.") & shapes, Trigger::MONTH_DAY | Trigger::MONTH_DAY_RANGE);
        assert_eq!(bits("It opened September of 2024.") & shapes, Trigger::MONTH_YEAR);
        assert_eq!(bits("It opened Sept., 2024.") & shapes, Trigger::MONTH_YEAR);
        assert_eq!(bits("It sold 2024-09-18 and 9/18/2025.") & Trigger::JOINED_DIGITS, Trigger::JOINED_DIGITS);
        assert_eq!(bits("It sold 2024 - 9 and 9 / 18.") & Trigger::JOINED_DIGITS, Trigger::empty());
        assert_eq!(
            bits("It opened on the 18th of September.") & shapes,
            Trigger::MONTH_NUMBER_BEFORE | Trigger::MONTH_INTRODUCED
        );
        assert_eq!(bits("It opened in September.") & shapes, Trigger::MONTH_INTRODUCED);
        assert_eq!(bits("It opened mid-September.") & shapes, Trigger::MONTH_INTRODUCED);
        assert_eq!(bits("September was wet.") & shapes, Trigger::empty());
        assert_ne!(bits("It rained last night.") & Trigger::DAY_PART_NAMED, Trigger::empty());
        assert_ne!(bits("It took three years.") & Trigger::UNIT, Trigger::empty());
        assert_ne!(bits("A 30-day window.") & Trigger::UNIT, Trigger::empty());
        assert_ne!(bits("A four-year-old.") & Trigger::UNIT, Trigger::empty());
        assert_ne!(bits("It took a decade.") & Trigger::UNIT, Trigger::empty());
        assert_eq!(bits("It grew last year.") & Trigger::UNIT, Trigger::empty());
        assert_eq!(bits("It rained all night.") & Trigger::DAY_PART_NAMED, Trigger::empty());
    }
}
