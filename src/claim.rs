//! Files and folders a process holds for as long as it runs, so that the next process can tell
//! what a stopped one left behind.
//!
//! A build writes the whole site into `.NAME.homeward-staging-PID` beside the output, then
//! swaps it in; `serve` keeps a whole site in the temporary folder. A process stopped by Ctrl-C,
//! `kill` or a crash cannot remove these, and since they are hidden or out of sight, copies pile
//! up. So a process holds a lock on what it owns (the system drops the lock when the process
//! ends, however it ends), and whatever nobody holds can be removed.

use std::fs::File;
use std::path::Path;

/// What the staging folders of an output named `name` are called, up to the process number.
pub fn staging_prefix(name: &str) -> String {
    format!(".{name}.homeward-staging-")
}

/// Creates `path` with `create` and locks it. It is made under a name no sweep looks at
/// (`PATH.claiming`), locked, then renamed into place, so it is never seen unlocked while its
/// process runs. Returns the open, locked file or folder; `None` where the system cannot lock
/// it (it is then never removed as left behind: see [`is_held`]).
pub fn claim(
    path: &Path,
    create: impl FnOnce(&Path) -> std::io::Result<()>,
) -> std::io::Result<Option<File>> {
    let mut claiming = path.as_os_str().to_owned();
    claiming.push(".claiming");
    let claiming = Path::new(&claiming);
    if claiming.is_dir() {
        std::fs::remove_dir_all(claiming)?;
    }
    create(claiming)?;
    let lock = File::open(claiming)
        .ok()
        .filter(|held| held.try_lock().is_ok());
    std::fs::rename(claiming, path)?;
    Ok(lock)
}

/// True unless `path` can be locked now, that is unless no running process holds it. What
/// cannot be opened or locked at all reads as held, so nothing is removed on a guess.
pub fn is_held(path: &Path) -> bool {
    File::open(path).map_or(true, |f| f.try_lock().is_err())
}

/// Removes the staging folders in `parent` named with `prefix` that no running build holds,
/// except `own`. Returns how many were removed. Never fails: what cannot be read or removed is
/// left as it is.
pub fn sweep_staging(parent: &Path, prefix: &str, own: &Path) -> usize {
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
        if !is_held(&entry.path()) && std::fs::remove_dir_all(entry.path()).is_ok() {
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
        let prefix = staging_prefix("public");
        // Left by a build that was killed: nobody holds it.
        let left = parent.join(format!("{prefix}999999"));
        std::fs::create_dir_all(left.join("fr")).unwrap();
        std::fs::write(left.join("fr/index.html"), "old").unwrap();
        // Held by a build that runs (here: by this test).
        let running = parent.join(format!("{prefix}999998"));
        let held = claim(&running, |p| std::fs::create_dir_all(p))
            .unwrap()
            .expect("folders can be locked here");
        // Ours.
        let own = parent.join(format!("{prefix}1"));
        let _own_lock = claim(&own, |p| std::fs::create_dir_all(p)).unwrap();
        // Not a staging folder.
        std::fs::create_dir_all(parent.join("public")).unwrap();

        assert_eq!(sweep_staging(parent, &prefix, &own), 1);
        assert!(!left.exists());
        assert!(running.is_dir() && own.is_dir() && parent.join("public").is_dir());

        drop(held);
        assert_eq!(
            sweep_staging(parent, &prefix, &own),
            1,
            "released when its build ends"
        );
        assert!(!running.exists());
    }
}
