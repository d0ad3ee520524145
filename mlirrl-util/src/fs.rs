//! Atomic file writes.

use std::{
    io::{self, Write},
    path::Path,
};

/// Writes `bytes` to `path` atomically: into a temporary file in the same
/// directory (`.NAME.<pid>.XXXXXX.tmp`, made by the `tempfile` crate),
/// flushed to disk, renamed over `path`, then the directory flushed, so a
/// reader or a crash sees the old file or the new one, never a part. The
/// parent directory is created if needed; temporary files beside `path`
/// whose writing process is gone (killed mid-write) are removed.
///
/// ```
/// let path = std::env::temp_dir().join(format!("mlirrl-util-doc-{}.txt", std::process::id()));
/// mlirrl_util::fs::write_atomic(&path, b"new").unwrap();
/// assert_eq!(std::fs::read(&path).unwrap(), b"new");
/// std::fs::remove_file(&path).unwrap();
/// ```
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path has no file name"))?;
    remove_stale_temporaries(dir, name);
    let prefix = format!(".{name}.{}.", std::process::id());
    let mut file = tempfile::Builder::new().prefix(&prefix).suffix(".tmp").tempfile_in(dir)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    // The rename is durable once the directory is.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Removes the temporary files of [`write_atomic`] for file `name` in
/// `dir` whose writing process no longer exists; those of live writers,
/// this process included, are left alone.
pub fn remove_stale_temporaries(dir: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let prefix = format!(".{name}.");
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(rest) = file.to_str().and_then(|f| f.strip_prefix(&prefix)) else { continue };
        if !rest.ends_with(".tmp") {
            continue;
        }
        let Some(pid) = rest.split('.').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        let alive = pid == std::process::id() || Path::new("/proc").join(pid.to_string()).exists();
        if !alive {
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
    fn temporaries_of_dead_writers_are_removed_live_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        // No process has pid 4194399 (above Linux's largest pid).
        let dead = dir.path().join(".f.json.4194399.abc123.tmp");
        let live = dir.path().join(format!(".f.json.{}.def456.tmp", std::process::id()));
        let other = dir.path().join(".g.json.4194399.abc123.tmp");
        for p in [&dead, &live, &other] {
            std::fs::write(p, b"part").unwrap();
        }
        write_atomic(&dir.path().join("f.json"), b"x").unwrap();
        assert!(!dead.exists());
        assert!(live.exists(), "a live writer's file is left alone");
        assert!(other.exists(), "another file's temporaries are not touched");
    }
}
