//! Word lists that a recognizer and the trigger gate in front of it must agree on: a word the
//! recognizer reads but the gate does not know would make it miss a match.

/// Words that count a duration ("a decade", "twenty years"), in the order the count
/// recognizers try them; the triggers use the same list to tell a counted unit.
pub(crate) const COUNT_WORDS: &[&str] = &[
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
];

/// Words that introduce a month written alone ("in July", "until late July"), as written;
/// the triggers read the last word of each.
pub(crate) const MONTH_INTRODUCERS: &[&str] = &[
    "in",
    "In",
    "since",
    "Since",
    "by",
    "By",
    "until",
    "Until",
    "from",
    "From",
    "to",
    "through",
    "during",
    "During",
    "last",
    "Last",
    "this",
    "This",
    "next",
    "Next",
    "early",
    "Early",
    "late",
    "Late",
    "mid",
    "Mid",
    "and",
    "between",
    "Between",
    "before",
    "Before",
    "after",
    "After",
    "of",
    "or",
    "end of",
    "until early",
    "until late",
];

/// Words before a bare weekday that move it: "last Friday", "next Monday", "this Sunday".
pub(crate) const WEEKDAY_RELATIVES: [&str; 6] = ["last", "this", "next", "Last", "This", "Next"];

/// Verbs of speech that end a clause or noun phrase read backwards from a number ("officials
/// said 40 people").
pub(crate) const SPEECH_VERBS: &[&str] = &["said", "says", "say"];

/// Verbs that introduce a source's words ("the mayor said the vote was held", "noted the
/// minister"): what follows them may be reported speech, and the name before them is a
/// source, not the subject of a figure.
#[rustfmt::skip]
pub(crate) const REPORTING_VERBS: &[&str] = &[
    "said", "says", "recalled", "recalls", "noted", "notes", "added", "argued", "insisted",
    "stressed", "explained", "acknowledged", "admitted", "believes", "believed", "thinks", "thought",
    "remembered", "remembers", "warned", "announced", "declared", "wrote", "writes",
];

/// Verbs of change that take their amount as object ("rose $12 million to $118 million from $109
/// million", "cut 800 jobs to 2,400 from 3,200"): the amount is the change, not the low end of
/// a range, and `arith.change` compares it with the endpoints after it.
#[rustfmt::skip]
pub(crate) const CHANGE_VERBS: &[&str] = &[
    "rose", "grew", "increased", "gained", "climbed", "jumped", "surged", "soared", "added", "fell", "dropped",
    "declined", "decreased", "cut", "lost", "shrank", "slid", "slipped", "plunged", "dipped", "slashed",
];
