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
    let write_err = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    if !replace && path.exists() {
        return Err(Error::Exists {
            path: path.to_path_buf(),
            more: 0,
        });
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".complaint-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(write_err)?;
    tmp.write_all(bytes).map_err(write_err)?;
    set_access(tmp.as_file(), access).map_err(write_err)?;
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

#[cfg(unix)]
fn set_access(file: &std::fs::File, access: Access) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = match access {
        Access::Shared => 0o644,
        Access::Private => 0o600,
    };
    file.set_permissions(std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_access(_: &std::fs::File, _: Access) -> std::io::Result<()> {
    Ok(())
}
