//! Staging folders that a build holds, so that the next build can tell which ones were left
//! behind.
//!
//! A build writes the whole site into `.NAME.homeward-staging-PID` beside the output, then
//! swaps it in. A build stopped by Ctrl-C or `kill` cannot remove that folder, and since it is
//! hidden, editors never see the copies pile up. So a build holds a lock on its staging folder
//! for as long as it writes there (the system drops the lock when the process ends, however it
//! ends), and each build first removes the staging folders beside its output that nobody holds.

use std::fs::File;
use std::path::{Path, PathBuf};

/// What the staging folders of an output named `name` are called, up to the process number.
pub fn prefix(name: &str) -> String {
    format!(".{name}.homeward-staging-")
}

/// Creates `dir` (empty) and locks it. The folder is made under a name no sweep looks at,
/// locked, then renamed into place: a staging folder is never seen unlocked while its build
/// runs. Returns the open, locked folder; `None` where folders cannot be locked (then nothing
/// is swept either).
pub fn claim(dir: &Path) -> std::io::Result<Option<File>> {
    let Some(name) = dir.file_name() else {
        std::fs::create_dir_all(dir)?;
        return Ok(None);
    };
    let claiming: PathBuf = dir.with_file_name(format!("{}.claiming", name.to_string_lossy()));
    if claiming.exists() {
        std::fs::remove_dir_all(&claiming)?;
    }
    std::fs::create_dir_all(&claiming)?;
    let lock = lock_folder(&claiming);
    std::fs::rename(&claiming, dir)?;
    Ok(lock)
}

#[cfg(unix)]
fn lock_folder(dir: &Path) -> Option<File> {
    let folder = File::open(dir).ok()?;
    folder.try_lock().ok()?;
    Some(folder)
}

#[cfg(not(unix))]
fn lock_folder(_dir: &Path) -> Option<File> {
    None
}

/// Removes the staging folders in `parent` named with `prefix` that no running build holds,
/// except `own`. Returns how many were removed. Never fails: what cannot be read or removed is
/// left as it is.
pub fn sweep(parent: &Path, prefix: &str, own: &Path) -> usize {
    if !cfg!(unix) {
        return 0;
    }
    let Ok(entries) = std::fs::read_dir(parent) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.filter_map(|e| e.ok()) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !name.starts_with(prefix) || name.ends_with(".claiming") || entry.path() == own {
            continue;
        }
        let held = match File::open(entry.path()) {
            Ok(folder) => folder.try_lock().is_err(),
            Err(_) => true,
        };
        if !held && std::fs::remove_dir_all(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_claimed_folder_is_kept_and_a_left_one_is_removed() {
        let temp = tempfile::tempdir().unwrap();
        let parent = temp.path();
        let prefix = prefix("public");
        // Left by a build that was killed: nobody holds it.
        let left = parent.join(format!("{prefix}999999"));
        std::fs::create_dir_all(left.join("fr")).unwrap();
        std::fs::write(left.join("fr/index.html"), "old").unwrap();
        // Held by a build that runs (here: by this test).
        let running = parent.join(format!("{prefix}999998"));
        let held = claim(&running)
            .unwrap()
            .expect("folders can be locked here");
        // Ours.
        let own = parent.join(format!("{prefix}1"));
        let _own_lock = claim(&own).unwrap();
        // Not a staging folder.
        std::fs::create_dir_all(parent.join("public")).unwrap();

        assert_eq!(sweep(parent, &prefix, &own), 1);
        assert!(!left.exists());
        assert!(running.is_dir() && own.is_dir() && parent.join("public").is_dir());

        drop(held);
        assert_eq!(
            sweep(parent, &prefix, &own),
            1,
            "released when its build ends"
        );
        assert!(!running.exists());
    }
}
