//! Where a command's output goes, and in which format: `-o FILE`, `-o -` (standard output),
//! and the format a file's extension names when `--format` is not given.

use std::path::{Path, PathBuf};

use crate::cli::Format;
use crate::error::Error;
use crate::t;

/// The file extensions that name a format.
const BY_EXTENSION: [(&str, Format); 3] = [
    ("pdf", Format::Pdf),
    ("txt", Format::Text),
    ("text", Format::Text),
];

/// Where the output goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    Stdout,
    File(PathBuf),
}

/// The format and target of `--format` and `-o`: the format follows the file's extension
/// unless `--format` says otherwise, and a disagreement between them is an error.
pub(crate) fn resolve(
    format: Option<Format>,
    output: Option<PathBuf>,
) -> Result<(Format, Target), Error> {
    let target = match output {
        None => Target::Stdout,
        Some(p) if p.as_os_str() == "-" => Target::Stdout,
        Some(p) => Target::File(p),
    };
    let implied = match &target {
        Target::File(p) => implied_format(p),
        Target::Stdout => None,
    };
    match (format, implied, &target) {
        (Some(f), Some(i), Target::File(p)) if f != i => Err(Error::Usage(t!(
            "output-format-conflict",
            format = name(f),
            path = p.display().to_string(),
            implied = name(i)
        ))),
        (Some(f), _, _) => Ok((f, target)),
        (None, Some(i), _) => Ok((i, target)),
        (None, None, _) => Ok((Format::Text, target)),
    }
}

fn implied_format(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_string_lossy().to_lowercase();
    BY_EXTENSION
        .iter()
        .find(|(e, _)| *e == ext)
        .map(|(_, f)| *f)
}

fn name(format: Format) -> &'static str {
    match format {
        Format::Text => "text",
        Format::Pdf => "pdf",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_names_the_format_unless_told_otherwise() {
        let file = |s: &str| Some(PathBuf::from(s));
        assert_eq!(
            resolve(None, file("x.PDF")).unwrap(),
            (Format::Pdf, Target::File("x.PDF".into()))
        );
        assert_eq!(resolve(None, file("x.txt")).unwrap().0, Format::Text);
        assert_eq!(resolve(None, file("x")).unwrap().0, Format::Text);
        assert_eq!(
            resolve(Some(Format::Pdf), file("x.out")).unwrap().0,
            Format::Pdf
        );
        assert!(resolve(Some(Format::Text), file("x.pdf")).is_err());
        assert_eq!(resolve(None, file("-")).unwrap().1, Target::Stdout);
    }
}
