//! Writing files so that a write either happens whole or not at all, only ever as a regular
//! file, and without temporary files that outlive a crash.
//!
//! Every temporary file is locked (an advisory lock, which the system drops when its process
//! ends, however it ends) for as long as it lives. The next write into the same folder
//! removes the temporary files nobody holds: those of a process that was killed.

use std::fs::File;
use std::io::Write;
use std::path::Path;

use crate::error::Error;

/// Who may read the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Readable by others too (0644): renderings.
    Shared,
    /// Readable by the owner only (0600): case files and drafts.
    Private,
    /// The permission bits an existing file had, kept when it is rewritten.
    Kept(u32),
}

/// The prefix and suffix of every temporary file this module makes.
const TEMP_PREFIX: &str = ".complaint-";
const TEMP_SUFFIX: &str = ".tmp";

/// Writes `bytes` to `path` through a temporary file in the same folder, synced and then
/// renamed over the target, so a crash leaves either the old file or the new one.
/// An existing file is kept, and `Error::Exists` returned, unless `replace` is set.
pub fn write_atomic(path: &Path, bytes: &[u8], access: Access, replace: bool) -> Result<(), Error> {
    let write_err = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    refuse_special(path)?;
    // Without `replace`, the final rename refuses an existing file, race-free; no look first.
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    sweep(dir);
    let mut tmp = locked_temp(dir, access).map_err(|e| write_err(without_temp_path(e, dir)))?;
    tmp.write_all(bytes).map_err(write_err)?;
    tmp.as_file().sync_all().map_err(write_err)?;
    if replace {
        tmp.persist(path).map_err(|e| write_err(e.error))?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                Error::Exists {
                    path: path.to_path_buf(),
                    more: 0,
                }
            } else {
                write_err(e.error)
            }
        })?;
    }
    Ok(())
}

/// A new temporary file in `dir`, locked, and still in place once the lock is held (a
/// [`sweep`] running at the same moment may have taken it; then another is made).
fn locked_temp(dir: &Path, access: Access) -> std::io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = match access {
            Access::Shared => 0o644,
            Access::Private => 0o600,
            Access::Kept(mode) => mode & 0o7777,
        };
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = access;
    loop {
        let tmp = builder.tempfile_in(dir)?;
        #[cfg(unix)]
        if let Access::Kept(mode) = access {
            // Exactly the old bits, whatever the umask.
            use std::os::unix::fs::PermissionsExt;
            tmp.as_file()
                .set_permissions(std::fs::Permissions::from_mode(mode & 0o7777))?;
        }
        tmp.as_file().lock()?;
        if same_file(tmp.as_file(), tmp.path()) {
            return Ok(tmp);
        }
    }
}

/// Whether `path` still names the open `file`.
pub fn same_file(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), std::fs::symlink_metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        path.exists()
    }
}

/// Removes the temporary files in `dir` left by processes that ended before renaming them
/// into place: the ones whose lock nobody holds. Failures are ignored: it is tidying.
pub fn sweep(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        let path = entry.path();
        if !std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
            continue;
        }
        let Ok(file) = File::open(&path) else {
            continue;
        };
        // Held: a live write. Free: its writer is gone, and the lock keeps a new writer
        // from taking the name until it is removed.
        if file.try_lock().is_ok() && same_file(&file, &path) {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// Refuses to write over anything but a regular file: a device, a folder, a pipe, or a
/// symbolic link (the file would replace the link, not what it points to).
fn refuse_special(path: &Path) -> Result<(), Error> {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(());
    };
    if meta.is_file() {
        return Ok(());
    }
    Err(not_a_file(path))
}

fn not_a_file(path: &Path) -> Error {
    let why = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => "reason-output-link",
        Ok(m) if m.is_dir() => "reason-output-folder",
        _ => "reason-output-special",
    };
    Error::Write {
        path: path.to_path_buf(),
        source: std::io::Error::other(crate::i18n::message(why, &[])),
    }
}

/// The error of making a temporary file, said without the temporary file's name (which
/// means nothing to the person who asked for another file).
fn without_temp_path(e: std::io::Error, dir: &Path) -> std::io::Error {
    use std::io::{Error as IoError, ErrorKind};
    if e.kind() == ErrorKind::NotFound {
        return IoError::new(
            ErrorKind::NotFound,
            crate::t!("no-folder", path = dir.display().to_string()),
        );
    }
    let os = e
        .get_ref()
        .and_then(|inner| inner.source())
        .and_then(|source| source.downcast_ref::<IoError>())
        .and_then(IoError::raw_os_error)
        .or_else(|| e.raw_os_error());
    match os {
        Some(code) => IoError::from_raw_os_error(code),
        None => IoError::from(e.kind()),
    }
}

/// Flushes everything written to the filesystem that holds `dir` (once, after a batch).
pub fn sync_filesystem(dir: &Path) -> Result<(), Error> {
    let err = |source| Error::Write {
        path: dir.to_path_buf(),
        source,
    };
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        let folder = std::fs::File::open(dir).map_err(err)?;
        // SAFETY: syncfs takes an open file descriptor, which `folder` keeps open.
        if unsafe { libc::syncfs(folder.as_raw_fd()) } != 0 {
            return Err(err(std::io::Error::last_os_error()));
        }
    }
    #[cfg(all(unix, not(target_os = "linux")))]
    {
        let _ = err;
        // SAFETY: sync has no arguments and cannot fail.
        unsafe { libc::sync() };
    }
    #[cfg(not(unix))]
    let _ = err;
    Ok(())
}

/// Creates `dir` and its parents; the last one readable by the owner only (0700).
pub fn create_private_dir(dir: &Path) -> Result<(), Error> {
    let err = |source| Error::Write {
        path: dir.to_path_buf(),
        source,
    };
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(err)
}

/// The prefix and suffix of a case folder being filled, before it is moved into place.
const PART_SUFFIX: &str = ".part";

/// Writes `files` (name, bytes) as the folder `dir/name`, all together or not at all: they
/// are written into a new hidden folder beside it, which then takes the place of
/// `dir/name` in one step. An existing folder is replaced only with `replace`, or when it
/// holds none of the files; anything else it holds is kept (linked into the new folder).
/// A symbolic link or a file at `dir/name` is never written through or over.
pub fn write_folder(
    dir: &Path,
    name: &str,
    files: &[(String, Vec<u8>)],
    replace: bool,
) -> Result<(), Error> {
    let target = dir.join(name);
    let err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Write { path, source }
    };
    let existing = match std::fs::symlink_metadata(&target) {
        Ok(meta) if meta.is_dir() => true,
        Ok(_) => return Err(not_a_folder(&target)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
        Err(e) => return Err(err(&target)(e)),
    };
    let part = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(PART_SUFFIX)
        .tempdir_in(dir)
        .map_err(err(dir))?;
    for (file, bytes) in files {
        std::fs::write(part.path().join(file), bytes).map_err(err(&target.join(file)))?;
    }
    if !existing {
        return match std::fs::rename(part.path(), &target) {
            Ok(()) => Ok(()),
            // Made meanwhile, by another run: not replaced.
            Err(_) if target.exists() => Err(Error::Exists {
                path: target,
                more: 0,
            }),
            Err(e) => Err(err(&target)(e)),
        };
    }
    let ours: Vec<&str> = files.iter().map(|(f, _)| f.as_str()).collect();
    let held = keep_others(&target, part.path(), &ours, replace)?;
    exchange(part.path(), &target).map_err(err(&target))?;
    // The part folder now holds the old outputs (and links to what was kept).
    remove_listed(part.keep(), &held);
    Ok(())
}

/// Removes the folder `dir` that held the files `names`: each by its name, which spares the
/// listing and look-ups of a removal of whatever a folder holds, unless something else
/// appeared in it meanwhile.
fn remove_listed(dir: std::path::PathBuf, names: &[std::ffi::OsString]) {
    for name in names {
        let _ = std::fs::remove_file(dir.join(name));
    }
    if std::fs::remove_dir(&dir).is_err() {
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// Links what `old` holds besides `ours` into `new`, so replacing the folder loses nothing;
/// refuses when `old` holds one of `ours` and `replace` is not set. Gives the names of all
/// that `old` holds.
fn keep_others(
    old: &Path,
    new: &Path,
    ours: &[&str],
    replace: bool,
) -> Result<Vec<std::ffi::OsString>, Error> {
    let err = |source| Error::Write {
        path: old.to_path_buf(),
        source,
    };
    let entries: Vec<_> = std::fs::read_dir(old)
        .map_err(err)?
        .collect::<Result<_, _>>()
        .map_err(err)?;
    let clashes: Vec<_> = entries
        .iter()
        .filter(|e| ours.iter().any(|o| e.file_name() == *o))
        .collect();
    if let (Some(first), false) = (clashes.first(), replace) {
        return Err(Error::Exists {
            path: first.path(),
            more: clashes.len() - 1,
        });
    }
    // Only files are replaced: a folder or a link of an output's name is someone's.
    if let Some(odd) = clashes
        .iter()
        .find(|e| !e.file_type().is_ok_and(|t| t.is_file()))
    {
        return Err(not_a_file(&odd.path()));
    }
    for entry in entries
        .iter()
        .filter(|e| !ours.iter().any(|o| e.file_name() == *o))
    {
        // The entry's type as the folder listing gave it: a link is not followed.
        if !entry.file_type().map_err(err)?.is_file() {
            return Err(Error::Write {
                path: entry.path(),
                source: std::io::Error::other(crate::t!("reason-foreign-file")),
            });
        }
        std::fs::hard_link(entry.path(), new.join(entry.file_name())).map_err(err)?;
    }
    Ok(entries.iter().map(|e| e.file_name()).collect())
}

/// Swaps two folders in one step where the system can (Linux); elsewhere in two renames.
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use std::ffi::CString;
        use std::os::unix::ffi::OsStrExt;
        let c = |p: &Path| CString::new(p.as_os_str().as_bytes()).map_err(std::io::Error::other);
        let (ca, cb) = (c(a)?, c(b)?);
        // SAFETY: both are valid NUL-terminated paths, relative to the working directory.
        let done = unsafe {
            libc::renameat2(
                libc::AT_FDCWD,
                ca.as_ptr(),
                libc::AT_FDCWD,
                cb.as_ptr(),
                libc::RENAME_EXCHANGE,
            )
        };
        if done == 0 {
            return Ok(());
        }
        let e = std::io::Error::last_os_error();
        if !matches!(e.raw_os_error(), Some(libc::EINVAL | libc::ENOSYS)) {
            return Err(e);
        }
    }
    let aside = a.with_extension("old");
    std::fs::rename(b, &aside)?;
    std::fs::rename(a, b)?;
    std::fs::rename(&aside, a)
}

fn not_a_folder(path: &Path) -> Error {
    Error::Write {
        path: path.to_path_buf(),
        source: std::io::Error::other(crate::t!("reason-output-folder-not-folder")),
    }
}

/// Removes what runs that were killed left in `dir`: folders being filled and temporary
/// files. Only for a folder this process holds locked ([`lock_folder`]), so no live run is
/// writing there.
pub fn sweep_folder(dir: &Path) {
    sweep(dir);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let stale = name.starts_with(TEMP_PREFIX)
            && (name.ends_with(PART_SUFFIX) || name.ends_with(".old"))
            && entry.file_type().is_ok_and(|t| t.is_dir());
        if stale {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// Locks `dir` for this process (until the returned file is dropped): two runs writing
/// into one folder take turns. Where folders cannot be opened as files, nothing is locked.
pub fn lock_folder(dir: &Path) -> Result<Option<File>, Error> {
    let err = |source| Error::Write {
        path: dir.to_path_buf(),
        source,
    };
    if cfg!(not(unix)) {
        return Ok(None);
    }
    let folder = File::open(dir).map_err(err)?;
    folder.lock().map_err(err)?;
    Ok(Some(folder))
}
