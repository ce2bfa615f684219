//! The errors a command can end with, and the exit status each one maps to.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::config::ConfigError;
use crate::load::Invalid;
use crate::render::TemplateError;

/// Exit statuses, as `PRODUCT.md` promises them (the last two from `sysexits.h`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Success = 0,
    /// Anything not covered below (a broken template, say).
    Other = 1,
    /// The command line was wrong.
    Usage = 2,
    /// A case file is not valid.
    Data = 65,
    /// A file could not be read or written.
    Io = 74,
    /// The person stopped the program (Ctrl-C).
    Interrupted = 130,
}

impl Exit {
    /// Every status with what it means, for the man page.
    pub const ALL: [(Exit, &'static str); 6] = [
        (Exit::Success, "success"),
        (
            Exit::Other,
            "another failure: a broken template or config file, or advice from check --strict",
        ),
        (
            Exit::Usage,
            "a usage error: a wrong option, a name that matches several saved cases, prepare without a terminal",
        ),
        (Exit::Data, "a case file is not valid"),
        (
            Exit::Io,
            "a file could not be read or written, or there is no such case",
        ),
        (Exit::Interrupted, "stopped with Ctrl-C"),
    ];
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> ExitCode {
        ExitCode::from(e as u8)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Invalid(#[from] Invalid),
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{} already exists{}; nothing was written: add --force to replace {}",
        path.display(),
        match more { 0 => String::new(), 1 => " (and 1 more output)".into(), n => format!(" (and {n} more outputs)") },
        if *more == 0 { "it" } else { "them" }
    )]
    Exists {
        path: PathBuf,
        /// How many other outputs exist too.
        more: usize,
    },
    #[error("{}", crate::messages::no_such_case(name))]
    NoSuchCase {
        name: String,
        /// The saved case it was most likely meant to name.
        suggestion: Option<String>,
    },
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error("{0}")]
    Usage(String),
    #[error("{0}")]
    Other(String),
    #[error("the config file {0}")]
    Config(#[from] ConfigError),
}

impl Error {
    pub fn exit(&self) -> Exit {
        match self {
            Error::Invalid(_) => Exit::Data,
            Error::Read { .. }
            | Error::Write { .. }
            | Error::Exists { .. }
            | Error::NoSuchCase { .. } => Exit::Io,
            Error::Template(TemplateError::Read { .. }) => Exit::Io,
            Error::Template(TemplateError::Tera(_)) => Exit::Other,
            Error::Template(TemplateError::Pack(crate::law::PackError::Read { .. })) => Exit::Io,
            Error::Template(TemplateError::Pack(crate::law::PackError::Invalid { .. })) => {
                Exit::Other
            }
            Error::Usage(_) => Exit::Usage,
            Error::Other(_) | Error::Config(_) => Exit::Other,
        }
    }

    /// A next step for the person reading the error, where there is one.
    pub fn hint(&self) -> Option<String> {
        match self {
            Error::Invalid(e) => {
                let fields = e.problems.iter().filter(|p| !p.path.is_empty()).count();
                let what = match fields {
                    0 => "fix the file as said above",
                    1 => "fix the field named above",
                    _ => "fix the fields named above",
                };
                Some(format!("{what}; `complaint example` prints a complete, valid case"))
            }
            Error::Read { path, source } if source.kind() == std::io::ErrorKind::NotFound => {
                let name = path.display().to_string();
                let plain_name = !name.contains(['/', '\\']) && !name.ends_with(".json");
                plain_name.then(|| {
                    format!("there is no file {name}, nor a saved case of that name; `complaint list` shows your saved cases")
                })
            }
            Error::NoSuchCase { suggestion, .. } => {
                Some(crate::messages::no_such_case_hint(suggestion.as_deref()))
            }
            Error::Config(_) => Some(
                "fix that line (the format is in the README), or move the file away; `complaint config path` says where it is"
                    .into(),
            ),
            Error::Template(TemplateError::Tera(_)) => Some(
                "check the template named above, or run without --templates to use the built-in ones"
                    .into(),
            ),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_are_the_documented_numbers() {
        let codes = [
            Exit::Success,
            Exit::Other,
            Exit::Usage,
            Exit::Data,
            Exit::Io,
            Exit::Interrupted,
        ]
        .map(|e| e as u8);
        assert_eq!(codes, [0, 1, 2, 65, 74, 130]);
    }
}
