//! Writing the built site: into a staging folder, then swapped in whole.
//!
//! Only this module writes the site. A build that fails never reaches it, so the previous site
//! stays as it was. Files whose bytes did not change are hard-linked from the previous output
//! instead of rewritten (same inode, same modification time), so deploy tools and browsers see
//! them unchanged. The swap is an atomic exchange of two directory names where the system offers
//! it, so a server reading the folder never sees half a site. Homeward refuses to write into a
//! folder it did not create (unless forced), and never into the site's own sources.

use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::diagnostic::Diagnostic;
use crate::render::Output;

/// The file that marks a folder as Homeward's output.
pub const MARKER: &str = ".homeward-output";

/// What a publish did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteReport {
    /// Files written because they are new or changed.
    pub written: usize,
    /// Files kept as they were.
    pub unchanged: usize,
}

fn absolute(path: &Path) -> PathBuf {
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    // Resolve `..` (lexically), then symlinks of the existing part, so `public/../content` is
    // seen for what it is.
    let mut lexical = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                lexical.pop();
            }
            Component::CurDir => {}
            other => lexical.push(other),
        }
    }
    let path = lexical;
    let mut existing = path.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut resolved = existing.canonicalize().unwrap_or(existing);
    for name in rest.into_iter().rev() {
        resolved.push(name);
    }
    resolved
}

/// Refuses output folders where writing could destroy something: the file system root, the
/// home folder, the site root or anything above it, and the sources (`content/`, `themes/`,
/// `templates/`, `static/`). A non-empty folder without Homeward's marker needs `force`.
pub fn check_output_dir(root: &Path, output: &Path, force: bool) -> Result<PathBuf, Diagnostic> {
    let out = absolute(output);
    let root = absolute(root);
    let refuse = |why: &str| {
        Err(Diagnostic::error("E0601", format!("refusing to write the site into {}: {why}", out.display()))
            .with_help("choose an output folder of its own, such as `public/` (the default), with `--output` or `output_dir` in site.toml"))
    };
    if out.parent().is_none() {
        return refuse("it is the root of the file system");
    }
    if let Some(home) = std::env::var_os("HOME").map(PathBuf::from)
        && absolute(&home) == out
    {
        return refuse("it is your home folder");
    }
    if root.starts_with(&out) {
        return refuse("it contains the site's own sources");
    }
    for source in ["content", "themes", "templates", "static", "i18n"] {
        if out.starts_with(root.join(source)) {
            return refuse(&format!(
                "it is inside `{source}/`, which holds the site's sources"
            ));
        }
    }
    if out.is_file() {
        return refuse("it is a file");
    }
    if out.is_dir() && !out.join(MARKER).exists() && !force {
        let empty = std::fs::read_dir(&out)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !empty {
            return Err(Diagnostic::error("E0602", format!("{} exists and was not made by Homeward", out.display()))
                .with_help("Homeward replaces its output folder whole; to let it replace this one, run again with `--force`, or choose another folder"));
        }
    }
    Ok(out)
}

fn safe_relative(path: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    if p.components().all(|c| matches!(c, Component::Normal(_))) && !path.is_empty() {
        Some(p.to_path_buf())
    } else {
        None
    }
}

/// Writes `outputs` as the new content of `out` (already checked by [`check_output_dir`]).
pub fn publish(out: &Path, outputs: &[Output]) -> Result<WriteReport, Diagnostic> {
    let staging = Staging::begin(out)?;
    for o in outputs {
        staging.put_ref(o)?;
    }
    staging.commit()
}

/// A new output being written beside the old one; swapped in by [`Staging::commit`], removed
/// if dropped uncommitted (a failed build leaves no trace).
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    written: AtomicUsize,
    unchanged: AtomicUsize,
    paths: std::sync::Mutex<Vec<String>>,
    /// Folders of the staging tree made so far.
    folders: std::sync::Mutex<rustc_hash::FxHashSet<PathBuf>>,
    /// Stamps of the files written, for the output fingerprint (`None` once one is unknown).
    stamps: std::sync::Mutex<Option<Vec<crate::fingerprint::FileStamp>>>,
    /// False when there is no previous output to keep unchanged files from (a first build).
    has_previous: bool,
    committed: bool,
    /// Held while this build writes: tells later builds the folder is not left over.
    _lock: Option<std::fs::File>,
    compress: bool,
}

impl Staging {
    /// Creates the staging folder beside `out`.
    pub fn begin(out: &Path) -> Result<Staging, Diagnostic> {
        Staging::begin_with(out, false)
    }

    /// Like [`Staging::begin`]; with `compress`, every text file also gets `.gz` and `.br`
    /// copies for servers that serve pre-compressed files.
    pub fn begin_with(out: &Path, compress: bool) -> Result<Staging, Diagnostic> {
        let parent = out.parent().unwrap_or(Path::new("."));
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        std::fs::create_dir_all(parent).map_err(|e| io_error(parent, &e))?;
        let prefix = crate::claim::staging_prefix(&name);
        let dir = parent.join(format!("{prefix}{}", std::process::id()));
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(|e| io_error(&dir, &e))?;
        }
        let lock = crate::claim::claim(&dir, |p| std::fs::create_dir_all(p))
            .map_err(|e| io_error(&dir, &e))?;
        // Copies left by builds that were stopped (Ctrl-C, kill) before they could clean up.
        crate::claim::sweep_staging(parent, &prefix, &dir);
        Ok(Staging {
            _lock: lock,
            out: out.to_path_buf(),
            dir,
            written: AtomicUsize::new(0),
            unchanged: AtomicUsize::new(0),
            paths: std::sync::Mutex::new(Vec::new()),
            folders: std::sync::Mutex::new(rustc_hash::FxHashSet::default()),
            stamps: std::sync::Mutex::new(Some(Vec::new())),
            has_previous: out.is_dir(),
            committed: false,
            compress,
        })
    }

    /// Writes one file, or hard-links the previous one when its bytes are the same.
    pub fn put_ref(&self, o: &Output) -> Result<(), Diagnostic> {
        let rel = safe_relative(&o.path).ok_or_else(|| outside(&o.path))?;
        if let Ok(mut paths) = self.paths.lock() {
            paths.push(o.path.clone());
        }
        let target = self.dir.join(&rel);
        if let Some(parent) = target.parent() {
            // Many files share a folder: each is created once, not asked for again per file.
            let known = self.folders.lock().is_ok_and(|f| f.contains(parent));
            if !known {
                std::fs::create_dir_all(parent).map_err(|e| io_error(parent, &e))?;
                if let Ok(mut folders) = self.folders.lock() {
                    folders.insert(parent.to_path_buf());
                }
            }
        }
        let previous = self.out.join(&rel);
        let previous_meta = if self.has_previous {
            std::fs::metadata(&previous)
                .ok()
                .filter(|m| m.is_file() && m.len() == o.bytes.len() as u64)
        } else {
            None
        };
        let same = previous_meta.is_some() && std::fs::read(&previous).is_ok_and(|b| b == o.bytes);
        let rel_text = rel.to_string_lossy();
        let meta = match previous_meta {
            Some(meta) if same && std::fs::hard_link(&previous, &target).is_ok() => {
                self.unchanged.fetch_add(1, Ordering::Relaxed);
                Some(meta)
            }
            _ => {
                let meta = write_file(&target, &o.bytes)?;
                self.written.fetch_add(1, Ordering::Relaxed);
                meta
            }
        };
        self.stamp(&rel_text, meta.as_ref());
        if self.compress && is_compressible(&o.path) {
            for (extension, encode) in [("gz", gzip as fn(&[u8]) -> Vec<u8>), ("br", brotli)] {
                let with_ext = |p: &Path| {
                    let mut name = p.as_os_str().to_os_string();
                    name.push(".");
                    name.push(extension);
                    PathBuf::from(name)
                };
                let (copy, previous_copy) = (with_ext(&target), with_ext(&previous));
                // An unchanged file keeps its compressed copies too.
                let rel_copy = format!("{rel_text}.{extension}");
                if same
                    && previous_copy.is_file()
                    && std::fs::hard_link(&previous_copy, &copy).is_ok()
                {
                    self.stamp(&rel_copy, std::fs::metadata(&copy).ok().as_ref());
                    continue;
                }
                let meta = write_file(&copy, &encode(&o.bytes))?;
                self.stamp(&rel_copy, meta.as_ref());
            }
        }
        Ok(())
    }

    /// Notes a file's stamp for the output fingerprint; a file without one makes the
    /// fingerprint unknown (the next build then runs in full).
    fn stamp(&self, rel: &str, meta: Option<&std::fs::Metadata>) {
        if let Ok(mut stamps) = self.stamps.lock() {
            match meta.and_then(|m| crate::fingerprint::stamp(rel, m)) {
                Some(s) => {
                    if let Some(list) = stamps.as_mut() {
                        list.push(s);
                    }
                }
                None => *stamps = None,
            }
        }
    }

    /// Fingerprint of the files written so far, as [`crate::fingerprint::outputs`] will find
    /// them once the folder is in place (a rename keeps modification times); `None` if a
    /// file's stamp is unknown.
    pub fn outputs_fingerprint(&self) -> Option<String> {
        let stamps = self.stamps.lock().ok()?.clone()?;
        Some(crate::fingerprint::outputs_of(stamps))
    }

    /// Paths produced twice (two sources for one file).
    pub fn duplicates(&self) -> Vec<String> {
        duplicates(&self.paths)
    }

    /// Number of files put so far.
    pub fn count(&self) -> usize {
        self.paths.lock().map(|p| p.len()).unwrap_or(0)
    }

    /// Swaps the staging folder in place of the output.
    pub fn commit(mut self) -> Result<WriteReport, Diagnostic> {
        std::fs::write(
            self.dir.join(MARKER),
            b"This folder is written by homeward build. It is replaced whole on every build.\n",
        )
        .map_err(|e| io_error(&self.dir, &e))?;
        swap(&self.dir, &self.out)?;
        self.committed = true;
        // The staging name now holds the previous site.
        let _ = std::fs::remove_dir_all(&self.dir);
        Ok(WriteReport {
            written: self.written.load(Ordering::Relaxed),
            unchanged: self.unchanged.load(Ordering::Relaxed),
        })
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

impl crate::render::Sink for Staging {
    fn put(&self, output: Output) -> Result<(), Diagnostic> {
        self.put_ref(&output)
    }
}

/// Writes a new file and returns its metadata (from the open file: no second lookup by path),
/// `None` if the system does not give it.
fn write_file(path: &Path, bytes: &[u8]) -> Result<Option<std::fs::Metadata>, Diagnostic> {
    use std::io::Write;
    let mut file = std::fs::File::create(path).map_err(|e| io_error(path, &e))?;
    file.write_all(bytes).map_err(|e| io_error(path, &e))?;
    Ok(file.metadata().ok())
}

/// A sink that keeps nothing: `check` renders every page to find template errors, then drops
/// it.
#[derive(Default)]
pub struct Discard {
    paths: std::sync::Mutex<Vec<String>>,
}

impl Discard {
    /// Paths produced twice (two sources for one file).
    pub fn duplicates(&self) -> Vec<String> {
        duplicates(&self.paths)
    }

    /// Number of files produced.
    pub fn count(&self) -> usize {
        self.paths.lock().map(|p| p.len()).unwrap_or(0)
    }
}

impl crate::render::Sink for Discard {
    fn put(&self, output: Output) -> Result<(), Diagnostic> {
        if safe_relative(&output.path).is_none() {
            return Err(outside(&output.path));
        }
        if let Ok(mut paths) = self.paths.lock() {
            paths.push(output.path);
        }
        Ok(())
    }
}

/// Text formats worth pre-compressing (images and fonts are compressed already).
fn is_compressible(path: &str) -> bool {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    matches!(
        ext,
        "html" | "css" | "js" | "json" | "xml" | "svg" | "txt" | "csv" | "map"
    )
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 9,
        lgwin: 22,
        ..Default::default()
    };
    // Reading from a slice and writing into a Vec cannot fail.
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}

fn duplicates(paths: &std::sync::Mutex<Vec<String>>) -> Vec<String> {
    let mut paths = paths.lock().map(|p| p.clone()).unwrap_or_default();
    paths.sort();
    let mut dups: Vec<String> = paths
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0].clone())
        .collect();
    dups.dedup();
    dups
}

fn outside(path: &str) -> Diagnostic {
    Diagnostic::error("E0603", format!("refusing to write outside the output folder: {path}"))
        .with_help("this is a bug in a theme or in Homeward: an output path must stay inside the output folder")
}

/// Puts `staging` in place of `out`; afterwards `staging` holds the previous output (if any).
fn swap(staging: &Path, out: &Path) -> Result<(), Diagnostic> {
    if !out.exists() {
        return std::fs::rename(staging, out).map_err(|e| io_error(out, &e));
    }
    if exchange(staging, out) {
        return Ok(());
    }
    // No atomic exchange here: move the old site aside, then the new one in.
    let aside = staging.with_extension("old");
    let _ = std::fs::remove_dir_all(&aside);
    std::fs::rename(out, &aside).map_err(|e| io_error(out, &e))?;
    if let Err(e) = std::fs::rename(staging, out) {
        let _ = std::fs::rename(&aside, out);
        return Err(io_error(out, &e));
    }
    std::fs::rename(&aside, staging).map_err(|e| io_error(staging, &e))
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> bool {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let (Ok(a), Ok(b)) = (
        CString::new(a.as_os_str().as_bytes()),
        CString::new(b.as_os_str().as_bytes()),
    ) else {
        return false;
    };
    // SAFETY: both pointers are valid NUL-terminated strings that outlive the call; renameat2
    // only reads them.
    unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        ) == 0
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> bool {
    false
}

fn io_error(path: &Path, e: &std::io::Error) -> Diagnostic {
    let help = if e.raw_os_error() == Some(libc::ENAMETOOLONG) {
        "a page's address is too long for a file name: shorten its title or set a shorter `slug`; the previous site was left in place"
    } else {
        "check that the disk has space and that you may write to the output folder; the previous site was left in place"
    };
    Diagnostic::error("E0604", format!("cannot write {}: {e}", path.display())).with_help(help)
}

/// Replaces a few files of an existing output in place, each atomically (temporary file and
/// rename in the same folder). Used by `serve` after a one-page change; a full build uses
/// [`publish`].
pub fn write_in_place(out: &Path, outputs: &[Output]) -> Result<WriteReport, Diagnostic> {
    let mut report = WriteReport::default();
    for o in outputs {
        let rel = safe_relative(&o.path).ok_or_else(|| {
            Diagnostic::error("E0603", format!("refusing to write outside the output folder: {}", o.path))
                .with_help("this is a bug in a theme or in Homeward: an output path must stay inside the output folder")
        })?;
        let target = out.join(&rel);
        if std::fs::read(&target).is_ok_and(|b| b == o.bytes) {
            report.unchanged += 1;
            continue;
        }
        let dir = target.parent().unwrap_or(out);
        std::fs::create_dir_all(dir).map_err(|e| io_error(dir, &e))?;
        let temp = dir.join(format!(".{}.homeward-tmp", std::process::id()));
        std::fs::write(&temp, &o.bytes).map_err(|e| io_error(&temp, &e))?;
        std::fs::rename(&temp, &target).map_err(|e| {
            let _ = std::fs::remove_file(&temp);
            io_error(&target, &e)
        })?;
        report.written += 1;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out(path: &str, text: &str) -> Output {
        Output {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn refuses_dangerous_folders() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("content")).unwrap();
        assert!(check_output_dir(root, Path::new("/"), true).is_err());
        assert!(check_output_dir(root, root, true).is_err());
        assert!(check_output_dir(root, &root.join("content"), true).is_err());
        assert!(check_output_dir(root, &root.join("public/../content/x"), true).is_err());
        assert!(check_output_dir(root, &root.join("public"), false).is_ok());
        std::fs::create_dir_all(root.join("mine")).unwrap();
        std::fs::write(root.join("mine/keep.txt"), "x").unwrap();
        assert_eq!(
            check_output_dir(root, &root.join("mine"), false)
                .unwrap_err()
                .code,
            "E0602"
        );
        assert!(check_output_dir(root, &root.join("mine"), true).is_ok());
    }

    #[test]
    fn publishes_replaces_and_keeps_unchanged_files() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let public = dir.path().join("public");
        let r = publish(&public, &[out("index.html", "a"), out("x/index.html", "b")]).unwrap();
        assert_eq!(r.written, 2);
        let inode = std::fs::metadata(public.join("index.html")).unwrap().ino();
        let r = publish(&public, &[out("index.html", "a"), out("y/index.html", "c")]).unwrap();
        assert_eq!(
            r,
            WriteReport {
                written: 1,
                unchanged: 1
            }
        );
        assert_eq!(
            std::fs::metadata(public.join("index.html")).unwrap().ino(),
            inode
        );
        assert!(
            !public.join("x").exists(),
            "outputs no longer produced are gone"
        );
        assert!(public.join(MARKER).exists());
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(
            leftovers.len(),
            1,
            "no staging folder left behind: {leftovers:?}"
        );
        assert!(publish(&public, &[out("../evil", "x")]).is_err());
        assert!(
            dir.path().join("public/index.html").exists(),
            "a refused publish leaves the site"
        );
    }
}
