//! The library's entry point for front ends (the command line, a server, an editor): load the
//! rules and the project config once, then check texts. Everything comes back as data.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Instant;

use chrono::NaiveDate;

use crate::article::{
    Article, Encoding, Format, IngestOptions, InputError, DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_LINE_LENGTH,
};
use crate::engine;
use crate::finding::{Confidence, Finding};
use crate::rules::{closest_name, Config, LoadError, RuleSet, SeverityOverride};

/// What a [`Checker`] loads.
#[derive(Clone, Debug)]
pub struct CheckerOptions {
    /// Load the built-in rules (a config's `default-rules = false` turns them off too).
    pub default_rules: bool,
    /// Rule files, or folders whose `.toml` files are read in name order, after the config's
    /// own `rule-paths`.
    pub rule_paths: Vec<PathBuf>,
    /// The project config to read, if any (see [`Config::discover`] to find one).
    pub config: Option<PathBuf>,
    /// Drop findings of weaker evidence than this, over the config's `min-confidence`
    /// (neither given: every finding is kept).
    pub min_confidence: Option<Confidence>,
}

impl Default for CheckerOptions {
    fn default() -> Self {
        CheckerOptions { default_rules: true, rule_paths: Vec::new(), config: None, min_confidence: None }
    }
}

/// One text to check and how to read it.
#[derive(Clone, Debug)]
pub struct CheckRequest<'a> {
    /// The name findings carry; a `.md` or `.markdown` ending reads the text as Markdown
    /// unless `format` says otherwise.
    pub path: &'a str,
    pub format: Option<Format>,
    /// The date to anchor the article to, over what the text says (`--dateline`).
    pub dateline: Option<NaiveDate>,
    /// Only these rules (ids or dotted prefixes), when any are given.
    pub select: &'a [String],
    /// Skip these rules (ids or dotted prefixes).
    pub ignore: &'a [String],
    /// How to read bytes that are not UTF-8 ([`Checker::check_bytes`]).
    pub encoding: Encoding,
    /// The largest input read, in bytes ([`Checker::check_bytes`]).
    pub max_file_size: u64,
    /// Lines longer than this many bytes are not checked, with a note.
    pub max_line_length: usize,
}

impl Default for CheckRequest<'_> {
    fn default() -> Self {
        CheckRequest {
            path: "<text>",
            format: None,
            dateline: None,
            select: &[],
            ignore: &[],
            encoding: Encoding::Utf8,
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            max_line_length: DEFAULT_MAX_LINE_LENGTH,
        }
    }
}

/// A checked text: the article as read (text, dateline, notes, positions) and its findings.
#[derive(Clone, Debug)]
pub struct Checked {
    pub article: Article,
    pub findings: Vec<Finding>,
}

/// A rule name that names no loaded rule, with the closest one that does.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("no loaded rule is named `{name}` or starts with `{name}.`{}", did_you_mean(.suggestion.as_ref()))]
pub struct UnknownRuleName {
    pub name: String,
    pub suggestion: Option<String>,
}

fn did_you_mean(suggestion: Option<&String>) -> String {
    suggestion.map(|s| format!("; did you mean `{s}`?")).unwrap_or_default()
}

/// Why [`Checker::check_bytes_until`] has no findings to give.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CheckError {
    #[error(transparent)]
    Input(#[from] InputError),
    /// The deadline passed before the check ended; it stopped there.
    #[error("the check ran past its deadline and was stopped")]
    DeadlinePassed,
}

/// Rules and config, loaded once; checks any number of texts.
#[derive(Clone, Debug)]
pub struct Checker {
    rules: Rules,
    config: Config,
    /// Every loaded id and dotted prefix, before the config or a filter left any out.
    known: Vec<String>,
    /// Findings of weaker evidence are dropped before anyone sees or counts them.
    min_confidence: Confidence,
}

impl Checker {
    /// Read the config, then the built-in rules (unless turned off), the config's rule paths
    /// and `options.rule_paths` (a file named twice, by any path, is read once); the config's
    /// severity overrides are applied last, and a key of its `[rules]` that names no loaded
    /// rule is an error at that key. Every rule file is read even after one fails, so all
    /// their errors come back together.
    pub fn new(options: &CheckerOptions) -> Result<Checker, Vec<LoadError>> {
        let config = match &options.config {
            Some(path) => Config::load(path).map_err(|e| vec![e])?,
            None => Config { default_rules: true, ..Config::default() },
        };
        let builtin = options.default_rules && config.default_rules;
        let (rules, known) = if builtin && config.rule_paths.is_empty() && options.rule_paths.is_empty() {
            // The shipped rules alone: their names are known without building them, and a run
            // that checks no text with them (an empty article) never builds them.
            (Rules::builtin_when_asked(&config), owned(RuleSet::builtin_names()))
        } else {
            let mut rules = if builtin { RuleSet::builtin() } else { RuleSet::default() };
            let mut errors = Vec::new();
            let mut seen = HashSet::new();
            load_paths(&mut rules, &config.rule_paths, &mut seen, &mut errors);
            load_paths(&mut rules, &options.rule_paths, &mut seen, &mut errors);
            if !errors.is_empty() {
                return Err(errors);
            }
            let known = owned(rules.names());
            (Rules::built(rules), known)
        };
        let min_confidence = options.min_confidence.or(config.min_confidence).unwrap_or(Confidence::Medium);
        let mut checker = Checker { rules, config, known, min_confidence };
        let keys: Vec<&String> = checker.config.rules.keys().collect();
        let errors: Vec<LoadError> = checker
            .validate_rule_names(&keys)
            .into_iter()
            .map(|u| checker.config.rule_key_error(&u.name, format!("[rules]: {u}")))
            .collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        if let Some(rules) = checker.rules.set.get_mut() {
            rules.apply_overrides(&checker.config.rules);
        }
        Ok(checker)
    }

    /// The loaded rules, in load order.
    pub fn rules(&self) -> &RuleSet {
        self.rules.get()
    }

    /// The project config read (the default one when none was).
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The weakest evidence a finding may have to be reported.
    pub fn min_confidence(&self) -> Confidence {
        self.min_confidence
    }

    /// Keep only the rules matching `select` (if any) and not matching `ignore`, for every
    /// check from now on (a request's own `select`/`ignore` narrow one check further).
    pub fn filter(&mut self, select: &[String], ignore: &[String]) {
        match self.rules.set.get_mut() {
            Some(rules) => rules.filter(select, ignore),
            None => self.rules.filters.push((select.to_vec(), ignore.to_vec())),
        }
    }

    /// Check a text already decoded.
    pub fn check(&self, text: impl Into<String>, request: &CheckRequest) -> Checked {
        let format = request.format.unwrap_or_else(|| Format::from_path(request.path));
        let article = Article::from_text(request.path, text.into(), format, &self.ingest_options(request));
        self.check_article(article, request)
    }

    /// Decode bytes (see [`Article::from_bytes`]) and check them; binary or undecodable input
    /// is an error, empty input has no findings.
    pub fn check_bytes(&self, bytes: &[u8], request: &CheckRequest) -> Result<Checked, InputError> {
        let article = Article::from_bytes(request.path, bytes, &self.ingest_options(request))?;
        Ok(self.check_article(article, request))
    }

    /// [`Checker::check_bytes`] on bytes it may keep: UTF-8 becomes the article's text without
    /// a copy (see [`Article::from_owned_bytes`]).
    pub fn check_owned_bytes(&self, bytes: Vec<u8>, request: &CheckRequest) -> Result<Checked, InputError> {
        let article = Article::from_owned_bytes(request.path, bytes, &self.ingest_options(request))?;
        Ok(self.check_article(article, request))
    }

    /// [`Checker::check_bytes`] that stops once `deadline` passes (a server's time limit):
    /// the clock is read between the stages of a check and between rules, never mid-rule.
    pub fn check_bytes_until(
        &self,
        bytes: &[u8],
        request: &CheckRequest,
        deadline: Instant,
    ) -> Result<Checked, CheckError> {
        let article = Article::from_bytes(request.path, bytes, &self.ingest_options(request))?;
        if Instant::now() >= deadline {
            return Err(CheckError::DeadlinePassed);
        }
        self.check_article_until(article, request, Some(deadline)).ok_or(CheckError::DeadlinePassed)
    }

    fn ingest_options(&self, request: &CheckRequest) -> IngestOptions {
        IngestOptions {
            dateline_override: request.dateline,
            dateline_default: self.config.dateline,
            encoding: request.encoding,
            max_file_size: request.max_file_size,
            max_line_length: request.max_line_length,
        }
    }

    fn check_article(&self, article: Article, request: &CheckRequest) -> Checked {
        let checked = self.check_article_until(article, request, None);
        checked.expect("a check with no deadline runs to its end")
    }

    fn check_article_until(
        &self,
        article: Article,
        request: &CheckRequest,
        deadline: Option<Instant>,
    ) -> Option<Checked> {
        // A blank text has no findings whatever the rules (the engine's first test): it is
        // not worth building them for.
        if article.is_blank() {
            return Some(Checked { article, findings: Vec::new() });
        }
        let rules = if request.select.is_empty() && request.ignore.is_empty() {
            Cow::Borrowed(self.rules())
        } else {
            let mut narrowed = self.rules().clone();
            narrowed.filter(request.select, request.ignore);
            Cow::Owned(narrowed)
        };
        let mut findings = engine::check_until(&article, &rules, deadline)?;
        findings.retain(|f| f.confidence >= self.min_confidence);
        Some(Checked { article, findings })
    }

    /// Each of `names` (rule ids or dotted prefixes, as `select`/`ignore` take them) that names
    /// no loaded rule, with the closest id or prefix that does. Rules the config turned off or
    /// a filter left out still count as loaded.
    pub fn validate_rule_names<S: AsRef<str>>(&self, names: &[S]) -> Vec<UnknownRuleName> {
        let known: Vec<&str> = self.known.iter().map(String::as_str).collect();
        names
            .iter()
            .map(AsRef::as_ref)
            .filter(|name| known.binary_search(name).is_err())
            .map(|name| UnknownRuleName { name: name.to_string(), suggestion: closest_name(name, &known) })
            .collect()
    }
}

fn owned(names: Vec<&str>) -> Vec<String> {
    names.into_iter().map(str::to_string).collect()
}

/// The checker's rules: built at load, or, for the shipped rules alone, when first needed.
#[derive(Clone, Debug)]
struct Rules {
    set: OnceLock<RuleSet>,
    /// What to do to the shipped rules once built: the config's overrides, then each filter
    /// asked for before, in order (the order a built set took them in).
    overrides: BTreeMap<String, SeverityOverride>,
    filters: Vec<(Vec<String>, Vec<String>)>,
}

impl Rules {
    fn built(set: RuleSet) -> Rules {
        Rules { set: OnceLock::from(set), overrides: BTreeMap::new(), filters: Vec::new() }
    }

    fn builtin_when_asked(config: &Config) -> Rules {
        Rules { set: OnceLock::new(), overrides: config.rules.clone(), filters: Vec::new() }
    }

    fn get(&self) -> &RuleSet {
        self.set.get_or_init(|| {
            let mut set = RuleSet::builtin();
            set.apply_overrides(&self.overrides);
            for (select, ignore) in &self.filters {
                set.filter(select, ignore);
            }
            set
        })
    }
}

/// The rule files under a path: the file itself, or a folder's `.toml` files in name order.
fn rule_files(path: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let err = |m: String| LoadError {
        path: path.display().to_string(),
        source_text: None,
        span: None,
        message: m,
        help: None,
    };
    if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| err(format!("cannot read folder: {e}")))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        Ok(files)
    } else if path.is_file() {
        Ok(vec![path.to_path_buf()])
    } else {
        Err(err("no such rule file or folder".into()))
    }
}

/// Load every rule file under `paths` into `set`, collecting the errors. A file already in
/// `seen` (compared by canonical path: `./h.toml` is `h.toml`) is skipped.
fn load_paths(set: &mut RuleSet, paths: &[PathBuf], seen: &mut HashSet<PathBuf>, errors: &mut Vec<LoadError>) {
    for p in paths {
        let files = match rule_files(p) {
            Ok(files) => files,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        for f in files {
            if !seen.insert(std::fs::canonicalize(&f).unwrap_or_else(|_| f.clone())) {
                continue;
            }
            let shown = f.display().to_string();
            match std::fs::read_to_string(&f) {
                Ok(text) => {
                    if let Err(mut e) = set.load_str(&shown, &text) {
                        errors.append(&mut e);
                    }
                }
                Err(e) => errors.push(LoadError {
                    path: shown,
                    source_text: None,
                    span: None,
                    message: format!("cannot read rule file: {e}"),
                    help: None,
                }),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Severity;

    const STORY: &str = "WASHINGTON, Sept. 19, 2025 (AP) - The vote on Thursday, Sept. 18, 2024 passed.\n";

    fn checker() -> Checker {
        Checker::new(&CheckerOptions::default()).expect("built-in rules load")
    }

    fn suggestion(checker: &Checker, name: &str) -> Option<String> {
        let unknown = checker.validate_rule_names(&[name]);
        assert_eq!(unknown.len(), 1, "`{name}` is unknown");
        unknown[0].suggestion.clone()
    }

    #[test]
    fn unknown_names_get_the_nearest_known_one() {
        let c = checker();
        assert_eq!(suggestion(&c, "datee").as_deref(), Some("date"));
        assert_eq!(suggestion(&c, "arith.summ").as_deref(), Some("arith.sum"));
        assert_eq!(suggestion(&c, "date.yearmismatch").as_deref(), Some("date.year-mismatch"));
        assert_eq!(suggestion(&c, "zzzzzzzzzz"), None);
        let e = &c.validate_rule_names(&["datee"])[0];
        assert_eq!(e.to_string(), "no loaded rule is named `datee` or starts with `datee.`; did you mean `date`?");
    }

    #[test]
    fn ids_and_prefixes_are_known() {
        let c = checker();
        assert!(c.validate_rule_names(&["date", "date.year-mismatch", "arith", "arith.sum"]).is_empty());
        // A prefix is a whole dotted part, not any start of an id.
        assert_eq!(c.validate_rule_names(&["dat"]).len(), 1);
    }

    #[test]
    fn names_stay_known_after_the_config_or_a_filter_drops_their_rules() {
        let mut c = checker();
        c.filter(&["arith".to_string()], &[]);
        assert!(c.validate_rule_names(&["date.year-mismatch", "date"]).is_empty());
        assert_eq!(c.validate_rule_names(&["datee"]).len(), 1);
    }

    /// With the shipped rules alone, a blank text builds no rules, and the set built later is
    /// the one building it at load gave: the config's overrides first, then each filter.
    #[test]
    fn the_shipped_rules_are_built_when_a_text_needs_them() {
        let dir = std::env::temp_dir().join(format!("copydesk-checker-lazy-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("copydesk.toml"),
            "[rules]
\"arith.sum\" = \"off\"\ndate = \"info\"\n",
        )
        .unwrap();
        let options = CheckerOptions { config: Some(dir.join("copydesk.toml")), ..CheckerOptions::default() };
        let mut c = Checker::new(&options).unwrap();
        c.filter(&["arith".to_string(), "date".to_string()], &[]);
        c.filter(&[], &["arith.change".to_string()]);
        assert!(c.check(" \n\n", &CheckRequest::default()).findings.is_empty());
        assert!(c.rules.set.get().is_none(), "a blank text needs no rules");
        assert!(c.validate_rule_names(&["arith.sum", "arith.change", "person"]).is_empty(), "names stay known");
        let mut eager = RuleSet::builtin();
        eager.apply_overrides(&c.config.rules);
        eager.filter(&["arith".to_string(), "date".to_string()], &[]);
        eager.filter(&[], &["arith.change".to_string()]);
        assert_eq!(format!("{:?}", c.rules().rules), format!("{:?}", eager.rules));
        assert_eq!(c.rules().dropped, eager.dropped);
        assert!(c.rules().rules.iter().any(|r| r.id.starts_with("date.") && r.severity == Severity::Info));
        assert!(c.rules().get("arith.sum").is_none() && c.rules().get("arith.percent-sum").is_some());
        std::fs::remove_dir_all(dir).unwrap();
    }

    /// A scratch folder with a house rule file and a config that names it.
    fn house(dir: &str, rules_table: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("copydesk-checker-{dir}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let rule = "[[rule]]\nid = \"house.x\"\nkind = \"existence\"\nseverity = \"warning\"\nmessage = \"x\"\ntokens = [\"zzz\"]\n";
        std::fs::write(dir.join("h.toml"), rule).unwrap();
        std::fs::write(dir.join("copydesk.toml"), format!("rule-paths = [\"h.toml\"]\n\n[rules]\n{rules_table}"))
            .unwrap();
        dir
    }

    #[test]
    fn a_rule_file_named_twice_loads_once() {
        let dir = house("twice", "");
        let options = CheckerOptions {
            default_rules: false,
            rule_paths: vec![dir.join("h.toml"), dir.join(".").join("h.toml")],
            config: Some(dir.join("copydesk.toml")),
            min_confidence: None,
        };
        let c = Checker::new(&options).expect("loads once, with no duplicate id");
        assert_eq!(c.rules().rules.len(), 1);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn unknown_config_rule_names_point_at_their_key() {
        let dir = house("config", "\"house.x\" = \"info\"\n\"arith.summ\" = \"off\"\n");
        let config = Some(dir.join("copydesk.toml"));
        let errors = Checker::new(&CheckerOptions { config, ..CheckerOptions::default() }).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line_col(), Some((5, 1)));
        assert!(errors[0].message.ends_with("did you mean `arith.sum`?"), "{}", errors[0].message);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_check_gives_what_the_engine_gives() {
        let c = checker();
        let request = CheckRequest { path: "story.txt", ..CheckRequest::default() };
        let checked = c.check(STORY, &request);
        let article = Article::from_text("story.txt", STORY.into(), Format::Text, &IngestOptions::default());
        let expected = engine::check(&article, &RuleSet::builtin());
        assert!(!expected.is_empty(), "the story has a finding");
        assert_eq!(checked.findings, expected);
        assert_eq!(checked.article.path, "story.txt");
    }

    #[test]
    fn a_request_narrows_the_rules() {
        let c = checker();
        let all = c.check(STORY, &CheckRequest::default()).findings;
        let rule = all[0].rule.clone();
        let ignore = [rule.clone()];
        let narrowed = c.check(STORY, &CheckRequest { ignore: &ignore, ..CheckRequest::default() }).findings;
        assert!(narrowed.iter().all(|f| f.rule != rule));
        let select = [rule.clone()];
        let only = c.check(STORY, &CheckRequest { select: &select, ..CheckRequest::default() }).findings;
        assert!(!only.is_empty() && only.iter().all(|f| f.rule == rule));
        assert_eq!(c.rules().rules.len(), RuleSet::builtin().rules.len(), "the checker keeps its rules");
    }

    #[test]
    fn findings_below_the_minimum_confidence_are_dropped() {
        // One sum in one sentence (high), one whose parts follow in the next sentence (medium).
        let text = "date 2024-05-02\n\nThe storm killed 48 people, including 30 residents and 20 visitors.\n\n\
                    Three blasts killed 48 people. Nineteen died at the bus station, 17 at the market and 14 near the mosque.\n";
        let levels = |c: &Checker| -> Vec<Confidence> {
            c.check(text, &CheckRequest::default()).findings.iter().map(|f| f.confidence).collect()
        };
        assert_eq!(checker().min_confidence(), Confidence::Medium);
        assert_eq!(levels(&checker()), [Confidence::High, Confidence::Medium]);
        let high = CheckerOptions { min_confidence: Some(Confidence::High), ..CheckerOptions::default() };
        assert_eq!(levels(&Checker::new(&high).unwrap()), [Confidence::High]);
        // The config's `min-confidence`, and the option over it.
        let dir = std::env::temp_dir().join(format!("copydesk-checker-confidence-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("copydesk.toml"), "min-confidence = \"high\"\n").unwrap();
        let config = Some(dir.join("copydesk.toml"));
        let from_config = CheckerOptions { config: config.clone(), ..CheckerOptions::default() };
        assert_eq!(levels(&Checker::new(&from_config).unwrap()), [Confidence::High]);
        let over = CheckerOptions { config, min_confidence: Some(Confidence::Medium), ..CheckerOptions::default() };
        assert_eq!(levels(&Checker::new(&over).unwrap()).len(), 2);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn load_errors_come_back_as_data() {
        let options = CheckerOptions {
            default_rules: false,
            rule_paths: vec![PathBuf::from("no/such/rules.toml")],
            config: None,
            min_confidence: None,
        };
        let errors = Checker::new(&options).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].message, "no such rule file or folder");
        let errors =
            Checker::new(&CheckerOptions { config: Some("no/such/copydesk.toml".into()), ..options }).unwrap_err();
        assert!(errors[0].message.starts_with("cannot read config"), "{}", errors[0].message);
    }

    #[test]
    fn a_check_stops_at_its_deadline() {
        let c = checker();
        let passed = Instant::now();
        let stopped = c.check_bytes_until(STORY.as_bytes(), &CheckRequest::default(), passed);
        assert_eq!(stopped.unwrap_err(), CheckError::DeadlinePassed);
        let later = Instant::now() + std::time::Duration::from_secs(3600);
        let checked = c.check_bytes_until(STORY.as_bytes(), &CheckRequest::default(), later).expect("in time");
        assert_eq!(checked.findings, c.check(STORY, &CheckRequest::default()).findings);
        let binary = c.check_bytes_until(b"a\0b", &CheckRequest::default(), later).unwrap_err();
        assert_eq!(binary, CheckError::Input(InputError::Binary(1)));
        // A long text stops between rules, well before its check would end.
        let long = STORY.repeat(2_000);
        let started = Instant::now();
        let whole = c.check(long.as_str(), &CheckRequest::default());
        let full = started.elapsed();
        assert!(!whole.findings.is_empty());
        let started = Instant::now();
        let cut = c.check_bytes_until(long.as_bytes(), &CheckRequest::default(), started + full / 4);
        let stopped_after = started.elapsed();
        assert_eq!(cut.unwrap_err(), CheckError::DeadlinePassed);
        // Timed again after the cut run, so a machine busy during only one of them cannot fail it.
        let again = Instant::now();
        c.check(long.as_str(), &CheckRequest::default());
        let full = full.max(again.elapsed());
        assert!(stopped_after < full, "stopped after {stopped_after:?} of a {full:?} check");
    }

    #[test]
    fn bytes_are_decoded_or_refused() {
        let c = checker();
        assert!(c.check_bytes(b"", &CheckRequest::default()).expect("empty reads").findings.is_empty());
        assert!(c.check_bytes(b" \n\t\n", &CheckRequest::default()).expect("blank reads").findings.is_empty());
        assert_eq!(c.check_bytes(b"a\0b", &CheckRequest::default()).unwrap_err(), InputError::Binary(1));
        let checked = c.check_bytes(STORY.as_bytes(), &CheckRequest::default()).expect("UTF-8 reads");
        assert_eq!(checked.findings, c.check(STORY, &CheckRequest::default()).findings);
    }
}
