//! Writing files so that a write either happens whole or not at all.

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
}

/// Writes `bytes` to `path` through a temporary file in the same folder, synced and then
/// renamed over the target, so a crash leaves either the old file or the new one.
/// An existing file is kept, and `Error::Exists` returned, unless `replace` is set.
pub fn write_atomic(path: &Path, bytes: &[u8], access: Access, replace: bool) -> Result<(), Error> {
    write(path, bytes, access, replace, true)
}

/// Like [`write_atomic`], but leaves flushing the data to disk to one call of
/// [`sync_filesystem`] at the end of a batch. The rename still makes each file appear whole
/// or not at all to every reader, and after an interrupted run; only a power cut before that
/// final flush can lose the newest outputs.
pub fn write_atomic_unsynced(
    path: &Path,
    bytes: &[u8],
    access: Access,
    replace: bool,
) -> Result<(), Error> {
    write(path, bytes, access, replace, false)
}

fn write(
    path: &Path,
    bytes: &[u8],
    access: Access,
    replace: bool,
    sync: bool,
) -> Result<(), Error> {
    let write_err = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    // Without `replace`, the final rename refuses an existing file, race-free; no look first.
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".complaint-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = match access {
            Access::Shared => 0o644,
            Access::Private => 0o600,
        };
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = access;
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(|e| write_err(without_temp_path(e, dir)))?;
    tmp.write_all(bytes).map_err(write_err)?;
    if sync {
        tmp.as_file().sync_all().map_err(write_err)?;
    }
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
