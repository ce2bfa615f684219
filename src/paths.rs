//! Where `complaint` keeps its files, and what a `CASE` argument resolves to ([`crate::lookup`]
//! finds it).
//!
//! This is the only module that computes a path. Each folder can be moved with an
//! environment variable, which the tests use to stay out of the real home folder.

use std::path::{Path, PathBuf};

/// Overrides the data folder (saved cases and drafts).
pub const DATA_DIR_ENV: &str = "COMPLAINT_DATA_DIR";
/// Overrides the folder of the config file.
pub const CONFIG_DIR_ENV: &str = "COMPLAINT_CONFIG_DIR";

/// The folder for saved cases and drafts: `$COMPLAINT_DATA_DIR`, else the platform's data
/// folder (`~/.local/share/complaint` on Linux).
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "complaint").map(|p| p.data_dir().to_path_buf())
}

/// The config file: `$COMPLAINT_CONFIG_DIR/config.toml`, else in the platform's config
/// folder (`~/.config/complaint/config.toml` on Linux).
pub fn config_file() -> Option<PathBuf> {
    let dir = match std::env::var_os(CONFIG_DIR_ENV).filter(|d| !d.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => directories::ProjectDirs::from("", "", "complaint")?
            .config_dir()
            .to_path_buf(),
    };
    Some(dir.join("config.toml"))
}

/// Saved cases live here, one `NAME.json` each.
pub fn cases_dir() -> Option<PathBuf> {
    data_dir().map(|d| d.join("cases"))
}

/// The file of the saved case `name`.
pub fn saved_case(name: &str) -> Option<PathBuf> {
    cases_dir().map(|d| d.join(format!("{name}.json")))
}

/// The walk in progress, saved after every answer.
pub fn draft_path() -> Option<PathBuf> {
    data_dir().map(|d| d.join("draft.json"))
}

/// Where a `CASE` argument points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseSource {
    /// `-`: standard input.
    Stdin,
    /// A file.
    File(PathBuf),
}

impl CaseSource {
    /// How messages name the source.
    pub fn display_name(&self) -> String {
        match self {
            CaseSource::Stdin => "<stdin>".into(),
            CaseSource::File(p) => p.display().to_string(),
        }
    }

    /// The folder attachment paths are relative to.
    pub fn base_dir(&self) -> PathBuf {
        match self {
            CaseSource::Stdin => PathBuf::from("."),
            CaseSource::File(p) => p
                .parent()
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf),
        }
    }
}
