//! Saved cases and the draft of the walk, in the data folder. Everything here is private:
//! files 0600 in folders 0700, written atomically.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::NaiveDate;

use crate::case::Case;
use crate::error::Error;
use crate::fsio::{self, Access};
use crate::load::{self, Invalid};
use crate::paths;
use crate::walk::Draft;

mod layout;

/// A case file in the data folder.
pub struct Saved {
    /// The name to use on the command line: the file name without `.json`.
    pub name: String,
    pub path: PathBuf,
    pub modified: Option<SystemTime>,
    pub case: Result<Case, Invalid>,
}

/// A folder from [`paths`], or an error saying how to name one.
fn need(dir: Option<PathBuf>) -> Result<PathBuf, Error> {
    dir.ok_or_else(|| Error::Other(crate::t!("no-data-folder", variable = paths::DATA_DIR_ENV)))
}

fn data_dir() -> Result<PathBuf, Error> {
    need(paths::data_dir())
}

fn cases_dir() -> Result<PathBuf, Error> {
    need(paths::cases_dir())
}

fn draft_path() -> Result<PathBuf, Error> {
    need(paths::draft_path())
}

/// The saved cases, most recently changed first. A missing folder is no cases.
pub fn list() -> Result<Vec<Saved>, Error> {
    let dir = cases_dir()?;
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(Error::Read { path: dir, source }),
    };
    let mut saved = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        // Only files: a folder or a pipe that happens to end in `.json` is not a case.
        if path.extension().is_none_or(|e| e != "json")
            || !std::fs::metadata(&path).is_ok_and(|m| m.is_file())
        {
            continue;
        }
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let bytes = std::fs::read(&path).map_err(|source| Error::Read {
            path: path.clone(),
            source,
        })?;
        saved.push(Saved {
            case: load::parse(&path.display().to_string(), &bytes),
            modified: entry.metadata().ok().and_then(|m| m.modified().ok()),
            name,
            path,
        });
    }
    saved.sort_by(|a, b| {
        b.modified
            .cmp(&a.modified)
            .then_with(|| a.name.cmp(&b.name))
    });
    Ok(saved)
}

/// A new, readable file name for a case: `megatel-ltd-2026-11-22.json`, then `-2`, `-3`...
pub fn new_case_path(company: &str, date: NaiveDate) -> Result<PathBuf, Error> {
    let dir = cases_dir()?;
    let mut stem = slug(company);
    if stem.is_empty() {
        stem = "case".into();
    }
    let base = format!("{stem}-{}", date.format("%Y-%m-%d"));
    let mut n = 1;
    loop {
        let name = if n == 1 {
            format!("{base}.json")
        } else {
            format!("{base}-{n}.json")
        };
        let path = dir.join(name);
        if !path.exists() {
            return Ok(path);
        }
        n += 1;
    }
}

/// Writes a case file, pretty-printed, private. `replace` allows overwriting.
/// Fields are written in the order of the case-file format, `schema_version` first.
pub fn write_case(path: &Path, case: &Case, replace: bool) -> Result<(), Error> {
    // Only the data folder is made here (private); a folder the user named must exist.
    let data = data_dir()?;
    if let Some(parent) = path.parent().filter(|p| p.starts_with(&data)) {
        fsio::create_private_dir(parent)?;
    }
    let text = case_json(case)?;
    fsio::write_atomic(path, text.as_bytes(), Access::Private, replace)
}

/// Changes a case file under an exclusive lock: reads it, lets `change` alter the case, and
/// writes it back whole. Parallel changes (two `log`s, `log` during `prepare --edit`) are
/// applied one after the other, so none is lost. The file stays what it was: a symbolic
/// link keeps pointing at it, a hard link keeps sharing it, and a file outside the data
/// folder keeps its permissions (saved cases stay private). A case
/// that would grow past the size limit is refused and left as it was.
pub fn update<T>(
    path: &Path,
    change: impl FnOnce(&mut Case) -> Result<T, Error>,
) -> Result<T, Error> {
    let read_err = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    // Through a symbolic link to the file itself, so the link survives the rewrite.
    let real = std::fs::canonicalize(path).map_err(read_err)?;
    let file = lock_current(&real).map_err(read_err)?;
    let bytes = read_limited(&file, path)?;
    let mut case = load::parse(&path.display().to_string(), &bytes)?;
    let out = change(&mut case)?;
    let text = kept_layout(&bytes, &case, path)?;
    if text.len() > load::MAX_FILE_BYTES {
        return Err(Error::Invalid(Invalid {
            source: path.display().to_string(),
            problems: vec![load::Problem {
                position: None,
                path: String::new(),
                message: crate::t!(
                    "store-too-big",
                    size = format!("{:.1}", text.len() as f64 / (1024.0 * 1024.0)),
                    limit = load::MAX_FILE_BYTES / (1024 * 1024)
                ),
            }],
        }));
    }
    // The loader is the one judge of a valid case: a change that breaks one is not written.
    load::parse(&path.display().to_string(), text.as_bytes())?;
    let meta = file.metadata().map_err(read_err)?;
    if links(&meta) > 1 {
        // A rename would leave the other names with the old case: rewrite it where it is.
        rewrite_in_place(&file, &real, text.as_bytes())?;
    } else {
        // Saved cases in the data folder stay private, as it promises; a case file of the
        // person's own elsewhere keeps the permissions they gave it.
        let in_data = data_dir()
            .ok()
            .and_then(|d| std::fs::canonicalize(d).ok())
            .is_some_and(|d| real.starts_with(d));
        let access = if in_data {
            Access::Private
        } else {
            kept_access(&meta)
        };
        fsio::write_atomic(&real, text.as_bytes(), access, true)?;
    }
    drop(file); // the lock goes with it, after the new case is in place
    Ok(out)
}

/// Opens `path` and locks it, until the lock is on the file the path names now (another
/// process may have renamed a new version over it while this one waited).
fn lock_current(path: &Path) -> std::io::Result<std::fs::File> {
    loop {
        let file = std::fs::File::open(path)?;
        file.lock()?;
        if fsio::same_file(&file, path) {
            return Ok(file);
        }
    }
}

fn read_limited(file: &std::fs::File, path: &Path) -> Result<Vec<u8>, Error> {
    use std::io::Read;
    let limit = load::MAX_FILE_BYTES as u64;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
    if bytes.len() as u64 > limit {
        return Err(Error::Invalid(load::too_large(
            &path.display().to_string(),
            bytes.len() as u64,
        )));
    }
    Ok(bytes)
}

fn rewrite_in_place(file: &std::fs::File, path: &Path, bytes: &[u8]) -> Result<(), Error> {
    use std::io::{Seek, Write};
    let err = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let mut out = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(err)?;
    if !fsio::same_file(file, path) {
        return Err(err(std::io::Error::other(crate::t!("reason-replaced"))));
    }
    out.set_len(0).map_err(err)?;
    out.seek(std::io::SeekFrom::Start(0)).map_err(err)?;
    out.write_all(bytes).map_err(err)?;
    out.sync_all().map_err(err)
}

#[cfg(unix)]
fn links(meta: &std::fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::nlink(meta)
}

#[cfg(not(unix))]
fn links(_: &std::fs::Metadata) -> u64 {
    1
}

#[cfg(unix)]
fn kept_access(meta: &std::fs::Metadata) -> Access {
    Access::Kept(std::os::unix::fs::PermissionsExt::mode(&meta.permissions()))
}

#[cfg(not(unix))]
fn kept_access(_: &std::fs::Metadata) -> Access {
    Access::Private
}

/// The changed case in the layout of the file it was read from (`bytes`): the person's key
/// order, indentation and line ends. Where that layout cannot be kept, or the result would
/// not read back as the same case, the format's own layout.
fn kept_layout(bytes: &[u8], case: &Case, path: &Path) -> Result<String, Error> {
    let canonical = case_json(case)?;
    let Some(kept) = layout::keep(bytes, &canonical) else {
        return Ok(canonical);
    };
    let reads_back = load::parse(&path.display().to_string(), kept.as_bytes())
        .ok()
        .and_then(|back| serde_json::to_value(back).ok())
        .is_some_and(|back| serde_json::to_value(case).is_ok_and(|now| now == back));
    Ok(if reads_back { kept } else { canonical })
}

/// A case as its file holds it: pretty-printed, in the order of the format, with a final
/// new line.
fn case_json(case: &Case) -> Result<String, Error> {
    let mut text = serde_json::to_string_pretty(case)
        .map_err(|e| Error::Other(format!("cannot write the case as JSON: {e}")))?;
    text.push('\n');
    Ok(text)
}

/// The draft of an interrupted walk, if there is one.
pub fn load_draft() -> Result<Option<Draft>, Error> {
    let path = draft_path()?;
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| {
            Error::Other(crate::t!(
                "draft-unreadable",
                path = path.display().to_string(),
                reason = e.to_string()
            ))
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(Error::Read { path, source }),
    }
}

pub fn save_draft(draft: &Draft) -> Result<(), Error> {
    let path = draft_path()?;
    fsio::create_private_dir(&data_dir()?)?;
    let text = serde_json::to_string_pretty(draft).unwrap_or_default();
    fsio::write_atomic(&path, text.as_bytes(), Access::Private, true)
}

pub fn remove_draft() -> Result<(), Error> {
    let path = draft_path()?;
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(Error::Write { path, source }),
    }
}

/// A file-name-safe form of a name: lowercase Latin letters, digits and dashes, with
/// Cyrillic transliterated ("ООО «МегаТел»" -> "ooo-megatel").
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let piece: &str = match c {
            'a'..='z' | '0'..='9' => {
                out.push(c);
                continue;
            }
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' | 'ё' | 'э' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' | 'й' => "i",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ы' => "y",
            'ю' => "yu",
            'я' => "ya",
            'ъ' | 'ь' => "",
            _ => "-",
        };
        out.push_str(piece);
    }
    out.split('-')
        .filter(|s| !s.is_empty())
        .take(6)
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slugs() {
        assert_eq!(slug("MegaTel Ltd."), "megatel-ltd");
        assert_eq!(slug("ООО «МегаТел»"), "ooo-megatel");
        assert_eq!(slug("«»"), "");
    }
}
