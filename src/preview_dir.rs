//! The private folder `homeward serve` builds into.
//!
//! Each server builds a whole copy of the site (hundreds of megabytes for a large site) in the
//! system's temporary folder. Left behind, these copies fill a disk within days of editing, so:
//! a server removes its folder when it stops (Ctrl-C, `kill`, a closed terminal), and because a
//! server that is killed outright (SIGKILL, a crash, a power cut) cannot, every server that starts
//! first removes the folders of servers that no longer run.
//!
//! A server is known to run by a lock it holds on `homeward-serve-PID-PORT.lock` for its whole
//! life; the operating system releases that lock when the process ends, however it ends.

use std::fs::File;
use std::path::{Path, PathBuf};

/// What every preview entry's name starts with: the folder, its lock, its staging folders.
const PREFIX: &str = "homeward-serve-";

/// A preview folder this process owns; removed (with its lock) when dropped.
#[derive(Debug)]
pub struct PreviewDir {
    path: PathBuf,
    lock_path: PathBuf,
    /// Held open (and locked) for as long as the server runs.
    _lock: Option<File>,
}

impl PreviewDir {
    /// Claims a preview folder for this process in `temp`, after removing the folders of servers
    /// that no longer run. The folder itself is created by the first build.
    pub fn claim(temp: &Path, port: u16) -> std::io::Result<PreviewDir> {
        sweep_stale(temp);
        let key = format!("{PREFIX}{}-{port}", std::process::id());
        let lock_path = temp.join(format!("{key}.lock"));
        // Where the file system cannot lock, the server still runs; its folder is then never
        // swept (a lock that cannot be taken reads as held), only removed when it stops.
        let lock = crate::claim::claim(&lock_path, |p| File::create(p).map(drop))?;
        Ok(PreviewDir {
            path: temp.join(key),
            lock_path,
            _lock: lock,
        })
    }

    /// Where the site is built and served from.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for PreviewDir {
    fn drop(&mut self) {
        if let (Some(parent), Some(key)) = (self.path.parent(), self.path.file_name()) {
            remove_entries(parent, &key.to_string_lossy());
        }
        let _ = std::fs::remove_file(&self.lock_path);
    }
}

/// Removes the preview folders (and their staging folders and locks) of servers that no longer
/// run. Returns how many servers' leftovers were removed. Never fails: what cannot be read or
/// removed is left as it is.
pub fn sweep_stale(temp: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(temp) else {
        return 0;
    };
    let mut keys: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| key_of(&e.file_name().to_string_lossy()).map(str::to_string))
        .collect();
    keys.sort();
    keys.dedup();
    let own = format!("{PREFIX}{}-", std::process::id());
    let mut removed = 0;
    for key in keys {
        if key.starts_with(&own) || !is_stale(temp, &key) {
            continue;
        }
        remove_entries(temp, &key);
        let _ = std::fs::remove_file(temp.join(format!("{key}.lock")));
        removed += 1;
    }
    removed
}

/// The server a temporary-folder entry belongs to (`homeward-serve-PID-PORT`), if it is one of
/// ours: the folder itself, `KEY.lock`, or a staging folder `.KEY.homeward-staging-…`.
fn key_of(name: &str) -> Option<&str> {
    let name = name.strip_prefix('.').unwrap_or(name);
    let key = name
        .strip_suffix(".lock")
        .or_else(|| name.split_once(".homeward-staging-").map(|(key, _)| key))
        .unwrap_or(name);
    let rest = key.strip_prefix(PREFIX)?;
    let (pid, port) = rest.split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(pid) && digits(port)).then_some(key)
}

/// True when no running server holds the key's lock.
fn is_stale(temp: &Path, key: &str) -> bool {
    let lock_path = temp.join(format!("{key}.lock"));
    if lock_path.exists() {
        !crate::claim::is_held(&lock_path)
    } else {
        // Folders left by versions of Homeward that kept no lock: stale once their process is
        // gone, which only a system with /proc can tell.
        pid_gone(key)
    }
}

fn pid_gone(key: &str) -> bool {
    let Some(pid) = key
        .strip_prefix(PREFIX)
        .and_then(|rest| rest.split_once('-'))
        .map(|(pid, _)| pid)
    else {
        return false;
    };
    let proc_root = Path::new("/proc");
    proc_root.join("self").exists() && !proc_root.join(pid).exists()
}

/// Removes the key's preview folder and its staging folders (not its lock).
fn remove_entries(temp: &Path, key: &str) {
    let _ = std::fs::remove_dir_all(temp.join(key));
    let staging = format!(".{key}.homeward-staging-");
    if let Ok(entries) = std::fs::read_dir(temp) {
        for entry in entries.filter_map(|e| e.ok()) {
            if entry.file_name().to_string_lossy().starts_with(&staging) {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_preview_entries_give_their_server() {
        assert_eq!(
            key_of("homeward-serve-12-8080"),
            Some("homeward-serve-12-8080")
        );
        assert_eq!(
            key_of("homeward-serve-12-8080.lock"),
            Some("homeward-serve-12-8080")
        );
        assert_eq!(
            key_of(".homeward-serve-12-8080.homeward-staging-12.old"),
            Some("homeward-serve-12-8080")
        );
        assert_eq!(key_of("homeward-serve-notes"), None);
        assert_eq!(key_of("homeward-e2e"), None);
        assert_eq!(key_of("homeward-serve-12-"), None);
        assert_eq!(key_of("homeward-serve-12-8080.lock.claiming"), None);
    }

    #[test]
    fn a_held_lock_keeps_a_folder_and_a_free_one_does_not() {
        let temp = tempfile::tempdir().unwrap();
        let t = temp.path();
        // A server that is gone: a free lock, a folder and a staging folder.
        let gone = "homeward-serve-999999-1";
        std::fs::create_dir_all(t.join(gone).join("fr")).unwrap();
        std::fs::create_dir_all(t.join(format!(".{gone}.homeward-staging-999999"))).unwrap();
        File::create(t.join(format!("{gone}.lock"))).unwrap();
        // A server that runs: its lock is held (by this test).
        let alive = "homeward-serve-999998-2";
        std::fs::create_dir_all(t.join(alive)).unwrap();
        let alive_lock = File::create(t.join(format!("{alive}.lock"))).unwrap();
        alive_lock.lock().unwrap();
        // A server that is claiming its lock right now.
        File::create(t.join("homeward-serve-999997-3.lock.claiming")).unwrap();
        // Something else entirely.
        std::fs::create_dir_all(t.join("homeward-e2e")).unwrap();

        assert_eq!(sweep_stale(t), 1);
        let mut left: Vec<String> = std::fs::read_dir(t)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [
                "homeward-e2e",
                "homeward-serve-999997-3.lock.claiming",
                "homeward-serve-999998-2",
                "homeward-serve-999998-2.lock",
            ]
        );
    }

    #[test]
    fn a_claimed_folder_goes_when_dropped() {
        let temp = tempfile::tempdir().unwrap();
        let preview = PreviewDir::claim(temp.path(), 4000).unwrap();
        std::fs::create_dir_all(preview.path().join("en")).unwrap();
        let staging = temp.path().join(format!(
            ".{}.homeward-staging-1",
            preview.path().file_name().unwrap().to_string_lossy()
        ));
        std::fs::create_dir_all(&staging).unwrap();
        drop(preview);
        assert_eq!(std::fs::read_dir(temp.path()).unwrap().count(), 0);
    }
}
