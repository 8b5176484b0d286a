//! Project config `copydesk.toml`: extra rule paths, rules turned off or re-levelled, defaults.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};
use toml::Spanned;

use super::error::LoadError;
use super::severity::{Confidence, Severity};
use super::toml_values::toml_date;

/// `"error"`, `"warning"`, `"info"` or `"off"` for one rule id or prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeverityOverride {
    Off,
    Level(Severity),
}

impl<'de> Deserialize<'de> for SeverityOverride {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(match s.as_str() {
            "off" => SeverityOverride::Off,
            "error" => SeverityOverride::Level(Severity::Error),
            "warning" => SeverityOverride::Level(Severity::Warning),
            "info" => SeverityOverride::Level(Severity::Info),
            other => {
                return Err(serde::de::Error::custom(format!(
                    "unknown severity `{other}`, expected one of `error`, `warning`, `info`, `off`"
                )))
            }
        })
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    #[serde(default)]
    rule_paths: Vec<String>,
    #[serde(default)]
    default_rules: Option<bool>,
    #[serde(default)]
    dateline: Option<Spanned<toml::Value>>,
    #[serde(default)]
    fail_on: Option<Severity>,
    #[serde(default)]
    min_confidence: Option<Confidence>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, SeverityOverride>,
}

/// A loaded project config. Paths are resolved against the config file's folder.
#[derive(Clone, Debug, Default)]
pub struct Config {
    pub path: Option<PathBuf>,
    pub rule_paths: Vec<PathBuf>,
    pub default_rules: bool,
    pub dateline: Option<NaiveDate>,
    pub fail_on: Option<Severity>,
    /// Findings of weaker evidence than this are dropped (`None`: keep every finding).
    pub min_confidence: Option<Confidence>,
    pub rules: BTreeMap<String, SeverityOverride>,
    /// Where each key of `rules` is written in the config, for errors that point at it.
    pub rule_spans: BTreeMap<String, Range<usize>>,
    /// The config's text, when it was read from a file, for drawing those errors.
    pub source_text: Option<String>,
}

pub const CONFIG_NAME: &str = "copydesk.toml";

impl Config {
    /// Walk up from `start` to find `copydesk.toml`.
    pub fn discover(start: &Path) -> Option<PathBuf> {
        let mut dir = Some(start);
        while let Some(d) = dir {
            let candidate = d.join(CONFIG_NAME);
            if candidate.is_file() {
                return Some(candidate);
            }
            dir = d.parent();
        }
        None
    }

    pub fn parse(path: &Path, text: &str) -> Result<Config, LoadError> {
        let shown = path.display().to_string();
        let raw: RawConfig = toml::from_str(text)
            .map_err(|e| LoadError::at(&shown, e.span(), e.message().trim().to_string()).with_source(text))?;
        let dateline = match &raw.dateline {
            None => None,
            Some(v) => Some(toml_date(v.get_ref()).ok_or_else(|| {
                LoadError::at(&shown, Some(v.span()), "`dateline` must be a date like 2025-09-19").with_source(text)
            })?),
        };
        let base = path.parent().unwrap_or(Path::new("."));
        let rule_spans = raw.rules.keys().map(|k| (k.get_ref().clone(), k.span())).collect();
        Ok(Config {
            path: Some(path.to_path_buf()),
            rule_paths: raw.rule_paths.iter().map(|p| base.join(p)).collect(),
            default_rules: raw.default_rules.unwrap_or(true),
            dateline,
            fail_on: raw.fail_on,
            min_confidence: raw.min_confidence,
            rules: raw.rules.into_iter().map(|(k, v)| (k.into_inner(), v)).collect(),
            rule_spans,
            source_text: Some(text.to_string()),
        })
    }

    /// An error at the key of `[rules]` that names `name` (the config file, line and column).
    pub fn rule_key_error(&self, name: &str, message: impl Into<String>) -> LoadError {
        let shown = self.path.as_ref().map_or_else(|| "copydesk.toml".into(), |p| p.display().to_string());
        let mut e = LoadError::at(&shown, self.rule_spans.get(name).cloned(), message);
        e.source_text.clone_from(&self.source_text);
        e
    }

    pub fn load(path: &Path) -> Result<Config, LoadError> {
        let text = std::fs::read_to_string(path).map_err(|e| LoadError {
            path: path.display().to_string(),
            source_text: None,
            span: None,
            message: format!("cannot read config: {e}"),
            help: None,
        })?;
        Config::parse(path, &text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_overrides_and_rejects_unknown_keys() {
        let c = Config::parse(
            Path::new("/x/copydesk.toml"),
            "rule-paths = [\"house\"]\nfail-on = \"warning\"\nmin-confidence = \"high\"\ndateline = 2025-01-02\n[rules]\n\"arith.sum\" = \"off\"\n\"date\" = \"info\"\n",
        )
        .unwrap();
        assert_eq!(c.rule_paths, vec![PathBuf::from("/x/house")]);
        assert_eq!(c.rules["arith.sum"], SeverityOverride::Off);
        assert_eq!(c.min_confidence, Some(Confidence::High));
        assert_eq!(c.rule_key_error("date", "x").line_col(), Some((7, 1)));
        let e = Config::parse(Path::new("c.toml"), "rulez = 1\n").unwrap_err();
        assert_eq!(e.line_col(), Some((1, 1)));
    }
}
