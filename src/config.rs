//! The config file: the consumer's own details and defaults, typed once for every case.
//!
//! ```toml
//! [consumer]
//! name = "Anna Petrova"
//! address = "12 High Street, Leeds LS1 4AB"
//! email = "anna@example.org"
//! phone = "+44 7700 900123"
//!
//! [defaults]
//! language = "en"        # en, ru or he: the documents
//! interface = "ru"       # the questions and messages, whatever the case's language
//! paper = "a4"           # a4 or letter
//! response_days = 14
//! jurisdiction = "gb"   # ru, il, gb, eu, us or none
//! ```
//!
//! A case's own values always win; the config fills only what a case leaves out.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::case::{Case, Jurisdiction, Language, ResponseDays};

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub consumer: ConsumerDefaults,
    #[serde(default)]
    pub defaults: Defaults,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsumerDefaults {
    pub name: Option<String>,
    pub address: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    pub language: Option<Language>,
    /// The language the interface speaks, whatever the case's language.
    pub interface: Option<Language>,
    pub paper: Option<Paper>,
    pub response_days: Option<ResponseDays>,
    /// Whose consumer law letters rely on, for cases that do not say.
    pub jurisdiction: Option<Jurisdiction>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    A4,
    Letter,
}

/// A config file that cannot be used: where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: PathBuf,
    /// 1-based line and column, where known.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Reads the config at `path`; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<Option<Config>, ConfigError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(ConfigError {
                    path: path.to_path_buf(),
                    position: None,
                    message: crate::t!("config-unreadable", reason = crate::error::reason(&e)),
                });
            }
        };
        Config::parse(path, &text).map(Some)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
        toml::from_str(text).map_err(|e| {
            let position = e.span().map(|span| {
                let before = &text[..span.start.min(text.len())];
                let line = before.matches('\n').count() + 1;
                let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
                (line, column)
            });
            ConfigError {
                path: path.to_path_buf(),
                position,
                message: reword(e.message().trim_end()),
            }
        })
    }

    /// Fills what `case` leaves out from the config. The case's own values win.
    pub fn fill(&self, case: &mut Case) {
        let c = &self.consumer;
        for (field, value) in [
            (&mut case.consumer.address, &c.address),
            (&mut case.consumer.email, &c.email),
            (&mut case.consumer.phone, &c.phone),
        ] {
            if field.is_none() {
                field.clone_from(value);
            }
        }
        if case.language.is_none() {
            case.language = self.defaults.language;
        }
        if case.response_days.is_none() {
            case.response_days = self.defaults.response_days;
        }
        if case.jurisdiction.is_none() {
            case.jurisdiction = self.defaults.jurisdiction;
        }
    }
}

/// The parser's message, with "did you mean" for a misspelt key, as case files get.
fn reword(message: &str) -> String {
    match message.strip_prefix("unknown field `") {
        Some(rest) => {
            let (field, known) = crate::load::split_expected(rest);
            crate::load::unknown_field_message(field, &known)
        }
        None => message.replace('\n', "; "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_malformed_config_names_line_and_column() {
        let err = Config::parse(Path::new("config.toml"), "[consumer]\nname = Anna\n").unwrap_err();
        assert_eq!(err.position, Some((2, 8)));
        assert!(err.to_string().starts_with("config.toml:2:8: "), "{err}");
        let err =
            Config::parse(Path::new("c.toml"), "[defaults]\nlanguage = \"de\"\n").unwrap_err();
        assert!(err.to_string().contains("c.toml:2:12"), "{err}");
        let err = Config::parse(Path::new("c.toml"), "[consumer]\nnmae = \"A\"\n").unwrap_err();
        assert!(
            err.to_string()
                .contains("unknown field `nmae`, did you mean `name`?"),
            "{err}"
        );
    }

    #[test]
    fn the_case_wins_and_the_config_fills_the_rest() {
        let config = Config::parse(
            Path::new("c.toml"),
            "[consumer]\naddress = \"Config Street\"\nemail = \"config@example.org\"\n[defaults]\nlanguage = \"ru\"\nresponse_days = 20\n",
        )
        .unwrap();
        let json = r#"{"schema_version": 1, "consumer": {"name": "A", "email": "case@example.org"},
            "company": {"name": "C"}, "event": {"summary": "E"}, "goal": {"summary": "G"}}"#;
        let mut case = crate::load::parse("c", json.as_bytes()).unwrap();
        config.fill(&mut case);
        assert_eq!(case.consumer.email.as_deref(), Some("case@example.org"));
        assert_eq!(case.consumer.address.as_deref(), Some("Config Street"));
        assert_eq!(case.language, Some(Language::Ru));
        assert_eq!(case.response_days.map(|d| d.get()), Some(20));
    }
}
