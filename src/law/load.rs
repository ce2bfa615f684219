//! Reading packs: the embedded ones, or a file of the same name in the override folder.

use std::fmt;
use std::path::{Path, PathBuf};

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{Pack, Words};
use crate::case::{Jurisdiction, Language};

/// The embedded packs by jurisdiction code, as the binary reads them: `jurisdictions/*.toml`
/// as JSON (see build.rs).
const EMBEDDED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/jurisdictions.rs"));

/// A pack that cannot be used.
#[derive(Debug)]
pub enum PackError {
    /// The override file exists but cannot be read.
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The file is not a valid pack: where, and why.
    Invalid {
        file: String,
        /// 1-based line and column, where known.
        position: Option<(usize, usize)>,
        message: String,
    },
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::Read { path, source } => {
                write!(f, "cannot read the law pack {}: {source}", path.display())
            }
            PackError::Invalid {
                file,
                position,
                message,
            } => {
                write!(f, "{file}")?;
                if let Some((line, column)) = position {
                    write!(f, ":{line}:{column}")?;
                }
                write!(
                    f,
                    ": {}",
                    crate::t!("pack-invalid", message = message.as_str())
                )
            }
        }
    }
}

impl std::error::Error for PackError {}

/// Where packs come from: the embedded ones, each replaced by a file of the same name under
/// the override folder when there is one.
#[derive(Debug, Clone, Default)]
pub struct Packs {
    overrides: Option<PathBuf>,
}

impl Packs {
    pub fn new(overrides: Option<&Path>) -> Packs {
        Packs {
            overrides: overrides.map(Path::to_path_buf),
        }
    }

    /// Files in the override folder's `jurisdictions/` that replace no pack (likely typos),
    /// as `jurisdictions/NAME`.
    pub fn unknown_files(&self) -> Vec<String> {
        let Some(dir) = &self.overrides else {
            return Vec::new();
        };
        let Ok(entries) = std::fs::read_dir(dir.join("jurisdictions")) else {
            return Vec::new();
        };
        let mut unknown: Vec<String> = entries
            .filter_map(|e| e.ok())
            .map(|e| format!("jurisdictions/{}", e.file_name().to_string_lossy()))
            .filter(|name| !Jurisdiction::PACKS.iter().any(|j| j.pack_file() == *name))
            .collect();
        unknown.sort();
        unknown
    }

    /// The pack for `j`; `None` for [`Jurisdiction::None`].
    pub fn get(&self, j: Jurisdiction) -> Result<Option<Pack>, PackError> {
        let embedded = EMBEDDED.iter().find(|(code, _)| *code == j.code());
        let Some(embedded) = embedded.map(|(_, text)| *text) else {
            return Ok(None);
        };
        if let Some(dir) = &self.overrides {
            let path = dir.join(j.pack_file());
            match std::fs::read_to_string(&path) {
                Ok(text) => return parse(&path.display().to_string(), &text).map(Some),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(source) => return Err(PackError::Read { path, source }),
            }
        }
        // A built-in pack is checked whole, as written, by a unit test (every_embedded_pack_
        // parses_and_dates_its_rules): here it is only read, once, from its JSON.
        serde_json::from_str(embedded)
            .map(Some)
            .map_err(|e| PackError::Invalid {
                file: j.pack_file(),
                position: None,
                message: e.to_string(),
            })
    }
}

/// Parses one pack; a mistake is named with its line and column, and so is a text the
/// interface shows that lacks one of the interface's languages.
pub fn parse(file: &str, text: &str) -> Result<Pack, PackError> {
    let invalid = |span: Option<std::ops::Range<usize>>, message: String| PackError::Invalid {
        file: file.to_owned(),
        position: span.map(|span| position(text, span.start)),
        message,
    };
    let pack: Pack = toml::from_str(text)
        .map_err(|e| invalid(e.span(), e.message().trim_end().replace('\n', "; ")))?;
    let shown: Shown = toml::from_str(text)
        .map_err(|e| invalid(e.span(), e.message().trim_end().replace('\n', "; ")))?;
    match shown.untranslated() {
        Some((field, lang, span)) => Err(invalid(
            Some(span),
            crate::t!(
                "pack-untranslated",
                field = field,
                lang = lang.code(),
                langs = Language::ALL.map(Language::code).join(", ")
            ),
        )),
        None => Ok(pack),
    }
}

/// 1-based line and column of the byte `at` in `text`.
fn position(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// Texts of a pack, with where they are.
type Spanned = toml::Spanned<Words>;

/// The texts of a pack the interface shows (in `law`, `next`, `check` and the notes), each
/// with its place in the file. Letter texts (`cite`, `ask`, `notice`, `penalty`, `after`,
/// `consequence`) are only needed in the languages a letter under the law is written in.
#[derive(Deserialize)]
struct Shown {
    name: Spanned,
    not_advice: Spanned,
    #[serde(default)]
    counts_from: BTreeMap<String, Spanned>,
    #[serde(default)]
    demand: Vec<ShownRule>,
    #[serde(default)]
    body: Vec<ShownBody>,
    delivery: Option<ShownText>,
    #[serde(default)]
    risk: Vec<ShownText>,
}

#[derive(Deserialize)]
struct ShownRule {
    note: Option<Spanned>,
}

#[derive(Deserialize)]
struct ShownBody {
    name: Spanned,
    needs: Spanned,
}

#[derive(Deserialize)]
struct ShownText {
    text: Spanned,
}

impl Shown {
    /// The first shown text without words in one of the interface languages: the field, as
    /// a reader of the file finds it, the language, and where the text is.
    fn untranslated(&self) -> Option<(String, Language, std::ops::Range<usize>)> {
        let nth = |table: &str, i: usize, field: &str| {
            crate::t!(
                "pack-field-nth",
                field = field,
                table = table,
                n = (i + 1).to_string()
            )
        };
        let mut texts: Vec<(String, &Spanned)> = vec![
            ("`name`".to_owned(), &self.name),
            ("`not_advice`".to_owned(), &self.not_advice),
        ];
        texts.extend(
            self.counts_from
                .iter()
                .map(|(k, w)| (format!("`counts_from.{k}`"), w)),
        );
        for (i, d) in self.demand.iter().enumerate() {
            texts.extend(d.note.iter().map(|w| (nth("demand", i, "note"), w)));
        }
        for (i, b) in self.body.iter().enumerate() {
            texts.push((nth("body", i, "name"), &b.name));
            texts.push((nth("body", i, "needs"), &b.needs));
        }
        texts.extend(
            self.delivery
                .iter()
                .map(|d| ("`delivery.text`".to_owned(), &d.text)),
        );
        for (i, r) in self.risk.iter().enumerate() {
            texts.push((nth("risk", i, "text"), &r.text));
        }
        texts.into_iter().find_map(|(field, w)| {
            Language::ALL
                .into_iter()
                .find(|l| {
                    w.get_ref()
                        .get(l.code())
                        .is_none_or(|t| t.trim().is_empty())
                })
                .map(|l| (field, l, w.span()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pack of `j` as written, in the source tree.
    fn written(j: Jurisdiction) -> String {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(j.pack_file());
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    #[test]
    fn every_embedded_pack_parses_and_dates_its_rules() {
        for j in Jurisdiction::PACKS {
            let text = written(j);
            let pack = parse(&j.pack_file(), &text).unwrap_or_else(|e| panic!("{e}"));
            // What the binary reads is the same pack.
            let read = Packs::new(None).get(j).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(read.as_ref(), Some(&pack), "{j}");
            let mut sources = pack.demands.iter().map(|d| d.source()).collect::<Vec<_>>();
            sources.extend(pack.bodies.iter().map(|b| b.source()));
            sources.extend(pack.risks.iter().map(|r| r.source()));
            sources.extend(pack.consequence.iter().map(|c| c.source()));
            sources.extend(pack.delivery.iter().map(|c| c.source()));
            assert!(!sources.is_empty(), "{j}");
            for s in sources {
                assert!(!s.source.trim().is_empty(), "{j}: a rule without a source");
                assert!(
                    crate::case::Date::parse(s.checked).is_some(),
                    "{j}: checked {:?}",
                    s.checked
                );
            }
            for d in &pack.demands {
                if let Some(from) = &d.from {
                    assert!(pack.counts_from.contains_key(from), "{j}: from {from}");
                }
            }
        }
    }

    #[test]
    fn a_text_the_interface_shows_must_be_in_every_interface_language() {
        let ru = written(Jurisdiction::Ru);
        let ru = ru.as_str();
        let he = ru
            .lines()
            .find(|l| l.starts_with("note.he = \"לפני פנייה"))
            .expect("the telecom note in Hebrew");
        let line = ru
            .lines()
            .position(|l| l.starts_with("note.en = \"A claim"))
            .unwrap()
            + 1;
        let err = parse("my/ru.toml", &ru.replace(&format!("{he}\n"), "")).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "my/ru.toml:{line}:1: not a valid law pack: `note` of [[demand]] number 2 has no `he` text: every text the interface shows needs one in each of its languages (en, ru, he)"
            )
        );
        // A letter's own words need only the languages its letters are written in.
        assert!(parse("my/ru.toml", ru).is_ok());
        let penalty = ru.lines().find(|l| l.starts_with("penalty.ru")).unwrap();
        assert!(parse("my/ru.toml", &ru.replace(&format!("{penalty}\n"), "")).is_ok());
    }

    #[test]
    fn a_broken_pack_is_named_with_line_and_column() {
        let err = parse("my/ru.toml", "[name]\nen = \"Russia\"\nnot_advice = 5 5\n").unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("my/ru.toml:3:"), "{text}");
    }
}
