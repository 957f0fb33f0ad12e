//! "Nothing changed" detection for `build`, the way make and cargo do it: a fingerprint of every
//! input (paths, sizes and modification times of the site's sources, the homeward binary itself,
//! the build options and today's date) and of the output folder's listing. When both match what
//! the last clean build recorded, the build writes nothing and returns at once.
//!
//! The output listing is part of it so a file deleted or edited in `public/` by hand is rebuilt.
//! A build that had warnings is never skipped, so its warnings are shown every time.

use std::path::Path;
use std::time::UNIX_EPOCH;

/// 64-bit FNV-1a over a stream of parts.
#[derive(Debug, Clone, Copy)]
struct Hasher(u64);

impl Hasher {
    fn new() -> Hasher {
        Hasher(0xcbf2_9ce4_8422_2325)
    }

    fn add(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        // A separator, so ("ab","c") and ("a","bc") differ.
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
    }

    /// Adds a folder's files as (path relative to it, size, modification time in ns since
    /// the epoch), in any order.
    fn add_entries(&mut self, mut entries: Vec<FileStamp>) {
        use rayon::prelude::*;
        entries.par_sort_unstable();
        for (path, len, modified) in entries {
            self.add(path.as_bytes());
            self.add(&len.to_le_bytes());
            self.add(&modified.to_le_bytes());
        }
    }

    fn hex(self) -> String {
        format!("{:016x}", self.0)
    }
}

/// The stamps of the files under `dir`, leaving out (at any depth) the entries whose name
/// `leave_out` accepts.
fn tree_stamps(dir: &Path, leave_out: impl Fn(&str) -> bool + Sync) -> Vec<FileStamp> {
    use rayon::prelude::*;
    let files: Vec<walkdir::DirEntry> = crate::source::walk(dir)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !leave_out(&e.file_name().to_string_lossy()))
        .flatten()
        .filter(|e| e.file_type().is_file())
        .collect();
    // One `stat` per file, side by side: on a 10,000-page site this is most of the cost.
    files
        .par_iter()
        .filter_map(|e| {
            // Relative to the folder, so `./public` and `/abs/public` fingerprint alike.
            let rel = e.path().strip_prefix(dir).unwrap_or(e.path());
            stamp(&rel.to_string_lossy(), &e.metadata().ok()?)
        })
        .collect()
}

/// One file of a folder as the fingerprint sees it: path relative to the folder, size, and
/// modification time (ns since the epoch).
pub type FileStamp = (String, u64, u128);

/// The stamp of a file at `rel` with this metadata; `None` when the system gives no
/// modification time.
pub fn stamp(rel: &str, meta: &std::fs::Metadata) -> Option<FileStamp> {
    let modified = meta
        .modified()
        .ok()?
        .duration_since(UNIX_EPOCH)
        .ok()?
        .as_nanos();
    Some((rel.to_string(), meta.len(), modified))
}

/// Fingerprint of an output folder from the stamps of the files written into it: the same
/// value [`outputs`] computes by walking the folder, without reading 10,000 folders again.
pub fn outputs_of(stamps: Vec<FileStamp>) -> String {
    let mut h = Hasher::new();
    h.add_entries(stamps);
    h.hex()
}

/// A short, stable fingerprint of some bytes (content-hashed asset names: `style.1a2b3c4d.css`).
/// Not for security.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut h = Hasher::new();
    h.add(bytes);
    h.hex()[..8].to_string()
}

/// The folders of a site whose files a build reads; `content` first.
const INPUT_FOLDERS: [&str; 5] = ["content", "themes", "templates", "static", "i18n"];

/// Everything a build reads but the content folder, stamped before any of it is read: a
/// cold build (no earlier output to compare with) takes the content's stamps from the read
/// itself ([`crate::source::ContentTree::stamps`]) instead of visiting 10,000 files twice.
pub struct InputsBeforeContent {
    /// The fingerprint so far: settings, homeward's version and binary, site.toml.
    head: Hasher,
    /// Stamps of the folders after `content`, in [`INPUT_FOLDERS`] order.
    others: Vec<Vec<FileStamp>>,
}

impl InputsBeforeContent {
    /// Stamps the inputs of the site at `root` other than its content.
    pub fn stamp(root: &Path, settings: &str) -> InputsBeforeContent {
        let mut head = Hasher::new();
        head.add(settings.as_bytes());
        head.add(env!("CARGO_PKG_VERSION").as_bytes());
        if let Ok(exe) = std::env::current_exe()
            && let Ok(meta) = std::fs::metadata(exe)
        {
            head.add(&meta.len().to_le_bytes());
            if let Ok(t) = meta
                .modified()
                .and_then(|m| m.duration_since(UNIX_EPOCH).map_err(std::io::Error::other))
            {
                head.add(&t.as_nanos().to_le_bytes());
            }
        }
        if let Ok(text) = std::fs::read(root.join("site.toml")) {
            head.add(&text);
        }
        let others = INPUT_FOLDERS[1..]
            .iter()
            .map(|dir| tree_stamps(&root.join(dir), |_| false))
            .collect();
        InputsBeforeContent { head, others }
    }

    /// The fingerprint of all inputs, given the stamps of every file in `content/` (editors'
    /// temporary files left out, as the build leaves them out).
    pub fn with_content(self, content: Vec<FileStamp>) -> String {
        let mut h = self.head;
        for (dir, stamps) in INPUT_FOLDERS
            .iter()
            .zip(std::iter::once(content).chain(self.others))
        {
            h.add(dir.as_bytes());
            h.add_entries(stamps);
        }
        h.hex()
    }
}

/// The stamps of the site's content files, as a build reads them (editors' temporary files
/// left out).
pub fn content_stamps(root: &Path) -> Vec<FileStamp> {
    tree_stamps(
        &root.join(INPUT_FOLDERS[0]),
        crate::source::is_editor_temporary,
    )
}

/// Fingerprint of an output folder's listing (without its marker file).
pub fn outputs(out: &Path, marker: &str) -> String {
    outputs_of(tree_stamps(out, |name| name == marker))
}

/// The fingerprints recorded in a marker file's text: (inputs, outputs).
pub fn recorded(marker_text: &str) -> Option<(String, String)> {
    let find = |key: &str| {
        marker_text
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .map(|v| v.trim().to_string())
    };
    Some((find("inputs:")?, find("outputs:")?))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fingerprint of everything a build reads, as a rebuild takes it.
    fn inputs(root: &Path, settings: &str) -> String {
        InputsBeforeContent::stamp(root, settings).with_content(content_stamps(root))
    }

    #[test]
    fn changes_when_a_source_changes() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content")).unwrap();
        std::fs::write(dir.path().join("site.toml"), "a").unwrap();
        std::fs::write(dir.path().join("content/a.md"), "x").unwrap();
        let first = inputs(dir.path(), "opts");
        assert_eq!(first, inputs(dir.path(), "opts"));
        assert_ne!(first, inputs(dir.path(), "other options"));
        std::fs::write(dir.path().join("content/a.md"), "xy").unwrap();
        assert_ne!(first, inputs(dir.path(), "opts"));
        let text = "marker\ninputs: 1234\noutputs: abcd\n";
        assert_eq!(recorded(text), Some(("1234".into(), "abcd".into())));
    }
}
