//! The errors a command can end with, and the exit status each one maps to.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::config::ConfigError;
use crate::i18n::MessagesError;
use crate::load::Invalid;
use crate::render::TemplateError;
use crate::t;

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
    #[error("{}", t!("error-read", path = path.display().to_string(), reason = reason(source)))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", t!("error-write", path = path.display().to_string(), reason = reason(source)))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", match more {
        0 => t!("error-exists", path = path.display().to_string()),
        n => t!("error-exists-more", path = path.display().to_string(), more = *n),
    })]
    Exists {
        path: PathBuf,
        /// How many other outputs exist too.
        more: usize,
    },
    #[error("{}", t!("error-no-such-case", name = name.as_str()))]
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
    #[error("{}", t!("error-config", problem = .0.to_string()))]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Messages(#[from] MessagesError),
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
            Error::Other(_) | Error::Config(_) | Error::Messages(_) => Exit::Other,
        }
    }

    /// A next step for the person reading the error, where there is one.
    pub fn hint(&self) -> Option<String> {
        match self {
            Error::Invalid(e) => {
                let fields = e.problems.iter().filter(|p| !p.path.is_empty()).count();
                Some(match fields {
                    0 => t!("hint-invalid-file"),
                    1 => t!("hint-invalid-field"),
                    _ => t!("hint-invalid-fields"),
                })
            }
            Error::Read { path, source } if source.kind() == std::io::ErrorKind::NotFound => {
                let name = path.display().to_string();
                let plain_name = !name.contains(['/', '\\']) && !name.ends_with(".json");
                plain_name.then(|| t!("hint-no-such-case", name = name))
            }
            Error::NoSuchCase { suggestion, .. } => Some(match suggestion {
                Some(s) => t!("hint-did-you-mean-case", suggestion = s.as_str()),
                None => t!("hint-list-cases"),
            }),
            Error::Config(_) => Some(t!("hint-config")),
            Error::Template(TemplateError::Tera(_)) => Some(t!("hint-template")),
            Error::Messages(_) => Some(t!("hint-messages")),
            _ => None,
        }
    }
}

/// Why a file could not be read or written, in the interface language: by the error's kind,
/// or our own words carried in the error; the system's text only for a rare kind.
pub fn reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    if e.raw_os_error().is_none()
        && let Some(words) = e.get_ref()
    {
        return words.to_string();
    }
    let id = match e.kind() {
        K::NotFound => "reason-not-found",
        K::PermissionDenied => "reason-permission",
        K::IsADirectory => "reason-directory",
        K::NotADirectory => "reason-not-a-folder",
        K::AlreadyExists => "reason-exists",
        K::ReadOnlyFilesystem => "reason-read-only",
        K::StorageFull => "reason-disk-full",
        K::QuotaExceeded => "reason-quota",
        K::FileTooLarge => "reason-too-large",
        K::InvalidData => "reason-not-text",
        K::ResourceBusy | K::ExecutableFileBusy => "reason-busy",
        K::InvalidFilename => "reason-name",
        _ => return e.to_string(),
    };
    t!(id)
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
