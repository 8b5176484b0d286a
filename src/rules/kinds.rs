//! The rule kinds: one declaration per kind, in [`kinds!`] below. Each names the kind as rule
//! files write it, describes it in a line, lists the placeholders its messages may use and
//! gives the type of its settings. From that the macro makes [`RuleKind`] (parsed from
//! `kind = "..."`, its error listing every kind), [`RuleKind::ALL`], and [`Settings`], the
//! typed settings of one rule. The check of each kind is registered in `checks/mod.rs`.

use std::sync::{Arc, OnceLock};

use aho_corasick::{AhoCorasick, MatchKind};
use serde::{Deserialize, Serialize};

use super::{expr, pattern};

/// The compiled settings of a `pattern` rule.
#[derive(Clone, Debug)]
pub struct PatternRule {
    pub pattern: pattern::Pattern,
    /// Without an assertion the rule fires on every match.
    pub assert: Option<expr::Assertion>,
}

/// Settings keys as a rule file gives them, with their values read and their shapes checked,
/// whatever the rule's kind. A kind's settings type takes the keys it owns from here.
#[derive(Default)]
pub(crate) struct GivenSettings {
    pub max_year_gap: Option<i64>,
    pub swap: Vec<(String, String)>,
    pub tokens: Vec<String>,
    pub either: Vec<(String, String)>,
    pub ignorecase: bool,
    /// Whether `pattern` is set, compiled or not.
    pub has_pattern: bool,
    /// A `pattern` rule's regex and assertion, compiled when the rule loads.
    pub pattern: Option<PatternRule>,
    /// A `pattern` rule's replacement template.
    pub replacement: Option<String>,
    /// `fix = "safe"`: the rule's fix may be applied unread (`check --fix`).
    pub fix_safe: bool,
}

/// The settings of one kind, built from the keys a rule gives.
pub(crate) trait KindSettings: Sized {
    /// The keys a rule of this kind may set, in the order error messages list them.
    const KEYS: &'static [&'static str] = &[];
    /// The kind's settings, or the required keys that are missing or empty. No keys and no
    /// settings means the rule failed to load for a reason already reported (a pattern that
    /// did not compile).
    fn build(given: GivenSettings) -> Result<Self, Vec<&'static str>>;
}

/// Settings of a kind that takes none.
#[derive(Clone, Debug, Default)]
pub struct NoSettings;

impl KindSettings for NoSettings {
    fn build(_: GivenSettings) -> Result<Self, Vec<&'static str>> {
        Ok(NoSettings)
    }
}

/// `year-mismatch`: how far a stated year may be from the dateline's and still be a slip.
#[derive(Clone, Debug, Default)]
pub struct YearMismatchSettings {
    pub max_year_gap: Option<i64>,
}

impl KindSettings for YearMismatchSettings {
    const KEYS: &'static [&'static str] = &["max-year-gap"];
    fn build(given: GivenSettings) -> Result<Self, Vec<&'static str>> {
        Ok(YearMismatchSettings { max_year_gap: given.max_year_gap })
    }
}

/// The literal phrases of a house-style rule, matched with one automaton built on first use.
#[derive(Clone, Debug)]
pub struct Phrases {
    pub phrases: Vec<String>,
    pub ignorecase: bool,
    automaton: OnceLock<AhoCorasick>,
}

impl Phrases {
    fn new(phrases: Vec<String>, ignorecase: bool) -> Self {
        Phrases { phrases, ignorecase, automaton: OnceLock::new() }
    }
    /// One automaton over the phrases; a match's pattern index is the phrase's index.
    pub fn automaton(&self) -> &AhoCorasick {
        self.automaton.get_or_init(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(self.ignorecase)
                .build(&self.phrases)
                .expect("literal phrases always build")
        })
    }
}

/// `substitution`: phrases to replace, each with its replacement.
#[derive(Clone, Debug)]
pub struct SubstitutionSettings {
    pub swap: Vec<(String, String)>,
    /// The phrases to replace, in the order of `swap`.
    pub phrases: Phrases,
    /// `fix = "safe"`: the swap may be applied unread.
    pub fix_safe: bool,
}

impl KindSettings for SubstitutionSettings {
    const KEYS: &'static [&'static str] = &["swap", "ignorecase", "fix"];
    fn build(given: GivenSettings) -> Result<Self, Vec<&'static str>> {
        if given.swap.is_empty() {
            return Err(vec!["swap"]);
        }
        let phrases = Phrases::new(given.swap.iter().map(|(k, _)| k.clone()).collect(), given.ignorecase);
        Ok(SubstitutionSettings { swap: given.swap, phrases, fix_safe: given.fix_safe })
    }
}

/// `existence`: phrases to flag wherever they appear.
#[derive(Clone, Debug)]
pub struct ExistenceSettings {
    pub phrases: Phrases,
}

impl KindSettings for ExistenceSettings {
    const KEYS: &'static [&'static str] = &["tokens", "ignorecase"];
    fn build(given: GivenSettings) -> Result<Self, Vec<&'static str>> {
        if given.tokens.is_empty() {
            return Err(vec!["tokens"]);
        }
        Ok(ExistenceSettings { phrases: Phrases::new(given.tokens, given.ignorecase) })
    }
}

/// `consistency`: pairs of spellings of which an article may use only one.
#[derive(Clone, Debug)]
pub struct ConsistencySettings {
    pub either: Vec<(String, String)>,
    /// The spellings laid out as [a0, b0, a1, b1, ...]: pair i is phrases 2i and 2i+1.
    pub phrases: Phrases,
}

impl KindSettings for ConsistencySettings {
    const KEYS: &'static [&'static str] = &["either", "ignorecase"];
    fn build(given: GivenSettings) -> Result<Self, Vec<&'static str>> {
        if given.either.is_empty() {
            return Err(vec!["either"]);
        }
        let flat = given.either.iter().flat_map(|(a, b)| [a.clone(), b.clone()]).collect();
        Ok(ConsistencySettings { either: given.either, phrases: Phrases::new(flat, given.ignorecase) })
    }
}

/// `pattern`: the rule's compiled regex and assertion.
#[derive(Clone, Debug)]
pub struct PatternSettings {
    pub rule: Arc<PatternRule>,
    /// What a match is replaced with, its captures as placeholders (`{name}`, `{match}`).
    pub replacement: Option<String>,
    /// `fix = "safe"`: the replacement may be applied unread.
    pub fix_safe: bool,
}

impl KindSettings for PatternSettings {
    const KEYS: &'static [&'static str] = &["pattern", "assert", "ignorecase", "replacement", "fix"];
    fn build(given: GivenSettings) -> Result<Self, Vec<&'static str>> {
        match given.pattern {
            Some(p) => {
                Ok(PatternSettings { rule: Arc::new(p), replacement: given.replacement, fix_safe: given.fix_safe })
            }
            None if !given.has_pattern => Err(vec!["pattern"]),
            None => Err(vec![]),
        }
    }
}

macro_rules! kinds {
    ($(
        $kind:ident {
            name: $name:literal,
            description: $description:literal,
            variables: [$($var:literal),* $(,)?],
            settings: $settings:ty $(,)?
        }
    ),* $(,)?) => {
        /// The fixed set of rule kinds. Each built-in check is one kind; a rule file picks one.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum RuleKind {
            $(
                #[doc = $description]
                #[serde(rename = $name)]
                $kind,
            )*
        }

        impl RuleKind {
            /// Every kind, in declaration order.
            pub const ALL: &'static [RuleKind] = &[$(RuleKind::$kind),*];

            /// The kind as rule files write it: `year-mismatch`.
            pub fn name(self) -> &'static str {
                match self {
                    $(RuleKind::$kind => $name,)*
                }
            }

            /// What the kind checks, in a line.
            pub fn description(self) -> &'static str {
                match self {
                    $(RuleKind::$kind => $description,)*
                }
            }

            /// Placeholders a rule of this kind may use in `message` and `help`. For `pattern`
            /// rules they are the capture names of the rule's pattern (and `match`), so none
            /// are fixed here.
            pub fn variables(self) -> &'static [&'static str] {
                match self {
                    $(RuleKind::$kind => &[$($var),*],)*
                }
            }

            /// Settings keys that belong to this kind.
            pub fn settings_keys(self) -> &'static [&'static str] {
                match self {
                    $(RuleKind::$kind => <$settings as KindSettings>::KEYS,)*
                }
            }
        }

        /// The settings of one rule, typed by its kind.
        #[derive(Clone, Debug)]
        pub enum Settings {
            $($kind($settings),)*
        }

        impl Settings {
            /// Build the settings of a rule of `kind`, or name the required keys it lacks.
            pub(crate) fn build(kind: RuleKind, given: GivenSettings) -> Result<Settings, Vec<&'static str>> {
                match kind {
                    $(RuleKind::$kind => <$settings as KindSettings>::build(given).map(Settings::$kind),)*
                }
            }

            /// The kind these settings belong to.
            pub fn kind(&self) -> RuleKind {
                match self {
                    $(Settings::$kind(_) => RuleKind::$kind,)*
                }
            }
        }
    };
}

kinds! {
    DatelineMissing {
        name: "dateline-missing",
        description: "The article has no dateline, so date checks that need one are skipped.",
        variables: ["seen"],
        settings: NoSettings,
    },
    DatelineInvalid {
        name: "dateline-invalid",
        description: "A date line is there but cannot be read (`date 2025-02-30`).",
        variables: ["line", "reason"],
        settings: NoSettings,
    },
    DatelineConflict {
        name: "dateline-conflict",
        description: "The metadata date and the printed dateline disagree by two days or more.",
        variables: ["meta", "printed", "offset"],
        settings: NoSettings,
    },
    DatelineOffset {
        name: "dateline-offset",
        description: "The printed dateline is one day off the metadata date (a time-zone offset).",
        variables: ["meta", "printed", "offset"],
        settings: NoSettings,
    },
    YearMismatch {
        name: "year-mismatch",
        description: "A full date whose year contradicts the dateline for the same event.",
        variables: ["stated", "expected", "evidence", "year", "dateline"],
        settings: YearMismatchSettings,
    },
    WeekdayMismatch {
        name: "weekday-mismatch",
        description: "A weekday that does not fall on its date.",
        variables: ["stated", "actual", "date", "note"],
        settings: NoSettings,
    },
    InvalidDate {
        name: "invalid-date",
        description: "A date that does not exist (June 31).",
        variables: ["stated", "reason"],
        settings: NoSettings,
    },
    AfterDateline {
        name: "after-dateline",
        description: "A past-tense event dated after the dateline.",
        variables: ["stated", "date", "dateline", "days", "reading"],
        settings: NoSettings,
    },
    RelativeMismatch {
        name: "relative-mismatch",
        description: "\"yesterday, Oct. 2\" in an article dated Oct. 4.",
        variables: ["relative", "means", "stated", "date"],
        settings: NoSettings,
    },
    DateOrder {
        name: "date-order",
        description: "An order the text states (\"before\", \"after\", \"from ... to\") that its dates contradict.",
        variables: ["first", "second", "claim", "order"],
        settings: NoSettings,
    },
    Duration {
        name: "duration",
        description: "A stated span of time that its dates contradict.",
        variables: ["stated", "actual", "arithmetic"],
        settings: NoSettings,
    },
    BirthAge {
        name: "birth-age",
        description: "An age beside a birth year or date that disagrees with it.",
        variables: ["stated", "born", "expected", "arithmetic"],
        settings: NoSettings,
    },
    PartsTotal {
        name: "parts-total",
        description: "Parts that must add up to a stated total.",
        variables: ["parts", "sum", "total", "arithmetic"],
        settings: NoSettings,
    },
    PercentSum {
        name: "percent-sum",
        description: "Percentages of one whole that add up past 100, or an exhaustive split that misses it.",
        variables: ["shares", "sum", "expected", "arithmetic"],
        settings: NoSettings,
    },
    Change {
        name: "change",
        description: "A stated change (\"a 20 percent rise\", \"tripled\") that its from/to numbers contradict.",
        variables: ["from", "to", "stated", "actual", "arithmetic"],
        settings: NoSettings,
    },
    PartWhole {
        name: "part-whole",
        description: "A part larger than its whole, or a whole shared out among holders whose shares do not fit it.",
        variables: ["parts", "sum", "whole", "arithmetic"],
        settings: NoSettings,
    },
    NumberConflict {
        name: "number-conflict",
        description: "The same quantity stated twice with different values.",
        variables: ["what", "first", "second", "first_line"],
        settings: NoSettings,
    },
    OrdinalSuffix {
        name: "ordinal-suffix",
        description: "An ordinal in digits with the wrong suffix (\"21th\", \"13rd\").",
        variables: ["stated", "expected"],
        settings: NoSettings,
    },
    RoleTerm {
        name: "role-term",
        description: "A title before a name at a date when the person did not hold the office.",
        variables: ["title", "name", "date", "terms", "record"],
        settings: NoSettings,
    },
    EventDate {
        name: "event-date",
        description: "A known event named with another date.",
        variables: ["event", "stated", "date"],
        settings: NoSettings,
    },
    PersonAge {
        name: "person-age",
        description: "An age beside a known person's name that does not fit the birth date.",
        variables: ["name", "stated", "age", "born", "date", "record"],
        settings: NoSettings,
    },
    EventFigure {
        name: "event-figure",
        description: "A known event's figure (a death toll) stated otherwise.",
        variables: ["event", "figure", "stated", "expected"],
        settings: NoSettings,
    },
    Substitution {
        name: "substitution",
        description: "House style: a word or phrase to replace with another.",
        variables: ["match", "replacement"],
        settings: SubstitutionSettings,
    },
    Existence {
        name: "existence",
        description: "Words or phrases to flag wherever they appear.",
        variables: ["match"],
        settings: ExistenceSettings,
    },
    Consistency {
        name: "consistency",
        description: "Two spellings of one name that must not both appear.",
        variables: ["match", "other", "first"],
        settings: ConsistencySettings,
    },
    Pattern {
        name: "pattern",
        description: "A regex with typed captures and an assertion over them (docs/pattern-rules.md).",
        variables: [],
        settings: PatternSettings,
    },
    SuppressionUnused {
        name: "suppression-unused",
        description: "A `copydesk-disable` directive that silenced nothing.",
        variables: ["directive", "rules"],
        settings: NoSettings,
    },
    SuppressionUnknownRule {
        name: "suppression-unknown-rule",
        description: "A `copydesk-disable` directive that names no loaded rule.",
        variables: ["directive", "rule", "suggestion"],
        settings: NoSettings,
    },
    Affiliation {
        name: "affiliation",
        description: "A party or state label beside a member of Congress that the record contradicts.",
        variables: ["name", "stated", "expected", "party", "state", "date", "record"],
        settings: NoSettings,
    },
    NameSpelling {
        name: "name-spelling",
        description: "A surname or given name written in a way close to an introduced person's (\"Kowalczyk ... Kowalcyk said\").",
        variables: ["variant", "name", "surname", "note"],
        settings: NoSettings,
    },
    TitleConflict {
        name: "title-conflict",
        description: "One person given two offices or ranks held one at a time (\"Sen. Ruiz\" and \"Rep. Ruiz\").",
        variables: ["name", "first", "second", "first_line"],
        settings: NoSettings,
    },
    AgeConflict {
        name: "age-conflict",
        description: "One person's age stated twice with different values.",
        variables: ["name", "first", "second", "first_line"],
        settings: NoSettings,
    },
}
