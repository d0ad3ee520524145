//! Atomic file writes.

use std::{
    io::{self, Write},
    path::Path,
    time::{Duration, SystemTime},
};

/// Writes `bytes` to `path` atomically: into a temporary file in the same
/// directory (`.NAME.<pid>.XXXXXX.tmp`, made by the `tempfile` crate),
/// flushed to disk, renamed over `path`, then the directory flushed, so a
/// reader or a crash sees the old file or the new one, never a part. The
/// parent directory is created if needed. The new file keeps the
/// permissions of the one it replaces (`0o644` for a new file), so files
/// shared between users stay readable.
///
/// ```
/// let path = std::env::temp_dir().join(format!("mlirrl-util-doc-{}.txt", std::process::id()));
/// mlirrl_util::fs::write_atomic(&path, b"new").unwrap();
/// assert_eq!(std::fs::read(&path).unwrap(), b"new");
/// std::fs::remove_file(&path).unwrap();
/// ```
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path has no file name"))?;
    let prefix = format!(".{name}.{}.", std::process::id());
    let mut file = tempfile::Builder::new().prefix(&prefix).suffix(".tmp").tempfile_in(dir)?;
    file.write_all(bytes)?;
    let permissions = std::fs::metadata(path)
        .map(|m| m.permissions())
        .unwrap_or_else(|_| std::fs::Permissions::from_mode(0o644));
    file.as_file().set_permissions(permissions)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    // The rename is durable once the directory is.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Temporaries younger than this are never removed: their writer may live
/// on another host or in another PID namespace sharing the directory.
const STALE_AFTER: Duration = Duration::from_secs(600);

/// Removes the temporary files [`write_atomic`] left for file `name` in
/// `dir` when their writer was killed mid-write: files named exactly
/// `.NAME.<pid>.XXXXXX.tmp` whose process no longer exists on this machine
/// and that are more than ten minutes old. For writers of large files
/// (checkpoints) that would otherwise leave their size behind at every kill.
pub fn remove_stale_temporaries(dir: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let prefix = format!(".{name}.");
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(rest) = file.to_str().and_then(|f| f.strip_prefix(&prefix)) else { continue };
        let Some(middle) = rest.strip_suffix(".tmp") else { continue };
        let Some((pid, random)) = middle.split_once('.') else { continue };
        let shaped = !pid.is_empty()
            && pid.bytes().all(|b| b.is_ascii_digit())
            && random.len() == 6
            && random.bytes().all(|b| b.is_ascii_alphanumeric());
        let Ok(pid) = pid.parse::<u32>() else { continue };
        if !shaped || pid == std::process::id() || Path::new("/proc").join(pid.to_string()).exists()
        {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_content_and_leaves_no_temporaries() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("f.json");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap()).unwrap().collect();
        assert_eq!(names.len(), 1, "only the file itself remains");
    }

    #[test]
    fn new_files_are_readable_and_replacements_keep_their_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shared.json");
        write_atomic(&path, b"one").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o644);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(mode(&path), 0o640);
    }

    #[test]
    fn only_old_temporaries_of_dead_writers_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        // No process has pid 4194399 (above Linux's largest pid).
        let dead = dir.path().join(".f.json.4194399.abc123.tmp");
        let young = dir.path().join(".f.json.4194399.xyz789.tmp");
        let live = dir.path().join(format!(".f.json.{}.def456.tmp", std::process::id()));
        let other = dir.path().join(".g.json.4194399.abc123.tmp");
        let odd = dir.path().join(".f.json.4194399.tmp");
        for p in [&dead, &young, &live, &other, &odd] {
            std::fs::write(p, b"part").unwrap();
        }
        let old = SystemTime::now() - Duration::from_secs(7200);
        for p in [&dead, &live, &other, &odd] {
            std::fs::File::options().write(true).open(p).unwrap().set_modified(old).unwrap();
        }
        remove_stale_temporaries(dir.path(), "f.json");
        assert!(!dead.exists());
        assert!(young.exists(), "a recent one may belong to a writer elsewhere");
        assert!(live.exists(), "a live writer's file is left alone");
        assert!(other.exists(), "another file's temporaries are not touched");
        assert!(odd.exists(), "names of another shape are not ours");
    }
}
