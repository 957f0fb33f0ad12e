//! Reading `content/`: which files exist, their text, language and section.
//!
//! This is the only module that reads content files. It turns the folder into a list of
//! [`SourceFile`]s (Markdown) and [`Asset`]s (everything else beside them), reporting
//! unreadable files, invalid UTF-8, files over the size limit, symlink loops and unknown language
//! suffixes as diagnostics. A byte-order mark is dropped and CRLF line endings are accepted.
//! Editors' temporary and backup files are ignored so a half-saved swap file never breaks a build.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::SiteConfig;
use crate::diagnostic::{Diagnostic, Location};
use crate::fingerprint::FileStamp;

/// One Markdown file of the site, read and identified.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to `content/`, with `/` separators (`countries/cambodia.fr.md`).
    pub rel_path: String,
    /// Path as shown in messages (`content/countries/cambodia.fr.md`).
    pub display_path: PathBuf,
    /// The file's text, without a byte-order mark.
    pub text: String,
    /// Canonical language code of this file.
    pub lang: String,
    /// Section folder relative to `content/` (`countries`; empty for the root).
    pub section: String,
    /// File name without language suffix and extension (`cambodia`, `_index`).
    pub stem: String,
}

impl SourceFile {
    /// True for a section's own page (`_index.md`).
    pub fn is_index(&self) -> bool {
        self.stem == "_index"
    }

    /// The identity shared by all translations of a page: `countries/cambodia`.
    pub fn identity(&self) -> String {
        if self.section.is_empty() {
            self.stem.clone()
        } else {
            format!("{}/{}", self.section, self.stem)
        }
    }
}

/// Everything found in `content/`.
#[derive(Debug, Default)]
pub struct ContentTree {
    /// Markdown files, sorted by path.
    pub files: Vec<SourceFile>,
    /// Other files (images, PDFs), as paths relative to `content/`; copied as they are.
    pub assets: Vec<String>,
    /// Markdown files that could not be read (already reported), relative to `content/`.
    pub rejected: Vec<String>,
    /// The stamp (size, modification time) of every file read, taken as it was opened, for
    /// the build's fingerprint; `None` when a file's stamp is unknown.
    pub stamps: Option<Vec<FileStamp>>,
}

/// True for files editors leave behind while saving (swap files, backups, lock files).
pub fn is_editor_temporary(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.ends_with(".bak")
        || name.contains(".homeward-")
}

/// Reads every file under `content_dir`. Problems are collected, not fatal: a bad file is
/// reported and left out so the rest can still be checked.
pub fn read_content(
    root: &Path,
    content_dir: &Path,
    config: &SiteConfig,
    diagnostics: &mut Vec<Diagnostic>,
) -> ContentTree {
    let mut tree = ContentTree::default();
    if !content_dir.is_dir() {
        diagnostics.push(
            Diagnostic::error("E0100", "there is no content folder")
                .in_file(&display(root, content_dir))
                .with_help("create a `content/` folder with an `_index.md` for the home page"),
        );
        return tree;
    }
    let mut markdown: Vec<(PathBuf, String)> = Vec::new();
    let mut asset_stamps: Vec<Option<FileStamp>> = Vec::new();
    // Entries of one folder share their parent's path, so their paths sort as their names do;
    // comparing names (`sort_by_file_name`) parsed each path's last component anew on every
    // comparison, a fiftieth of a build's instructions at 10,000 pages.
    let real_root = canonical_root(root);
    let escapes = std::cell::RefCell::new(Vec::new());
    let walker = walk(content_dir)
        .sort_by(|a, b| a.path().as_os_str().cmp(b.path().as_os_str()))
        .into_iter()
        .filter_entry(|e| {
            if e.depth() > 0 && is_editor_temporary(&e.file_name().to_string_lossy()) {
                return false;
            }
            inside_or_noted(e, &real_root, &escapes)
        });
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().map(|p| display(root, p)).unwrap_or_default();
                let (code, message, help) = if e.loop_ancestor().is_some() {
                    (
                        "E0120",
                        "symbolic link loop in content".to_string(),
                        "remove the link that points back to one of its own parent folders",
                    )
                } else {
                    (
                        "E0121",
                        format!("cannot read this path: {e}"),
                        "check that the file exists and that you have permission to read it",
                    )
                };
                diagnostics.push(
                    Diagnostic::error(code, message)
                        .in_file(&path)
                        .with_help(help),
                );
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let abs = entry.path();
        let Ok(rel) = abs.strip_prefix(content_dir) else {
            continue;
        };
        let rel_path = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        if abs.extension().and_then(|e| e.to_str()) != Some("md") {
            asset_stamps.push(
                entry
                    .metadata()
                    .ok()
                    .and_then(|meta| crate::fingerprint::stamp(&rel_path, &meta)),
            );
            tree.assets.push(rel_path);
            continue;
        }
        markdown.push((abs.to_path_buf(), rel_path));
    }
    for (link, target) in escapes.into_inner() {
        diagnostics.push(link_out_of_root(root, &link, &target));
    }
    // Reading is most of this stage's time on a large site: files are read side by side, and
    // results (and problems) are kept in path order.
    let read: Vec<(Option<SourceFile>, Option<FileStamp>, Vec<Diagnostic>)> = markdown
        .par_iter()
        .map(|(abs, rel_path)| {
            let mut found = Vec::new();
            let (file, stamp) = read_stamped(abs, rel_path, display(root, abs), config, &mut found);
            (file, stamp, found)
        })
        .collect();
    let mut stamps = asset_stamps;
    for ((file, stamp, mut found), (_, rel_path)) in read.into_iter().zip(markdown) {
        diagnostics.append(&mut found);
        stamps.push(stamp);
        match file {
            Some(file) => tree.files.push(file),
            None => tree.rejected.push(rel_path),
        }
    }
    tree.stamps = stamps.into_iter().collect();
    tree
}

/// Reads and identifies one Markdown file (used by `serve` to re-read a single saved file).
pub fn read_markdown(
    abs: &Path,
    rel_path: &str,
    shown: PathBuf,
    config: &SiteConfig,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<SourceFile> {
    read_stamped(abs, rel_path, shown, config, diagnostics).0
}

/// The bytes as a `String` if they are UTF-8, else the bytes back. Checked with SIMD
/// (`simdutf8`): the standard library's check takes a byte at a time through Khmer and Lao
/// text, and was a twentieth of a build's instructions.
fn utf8_string(bytes: Vec<u8>) -> Result<String, Vec<u8>> {
    if simdutf8::basic::from_utf8(&bytes).is_err() {
        return Err(bytes);
    }
    // SAFETY: `simdutf8::basic::from_utf8` has just accepted these bytes as UTF-8.
    Ok(unsafe { String::from_utf8_unchecked(bytes) })
}

/// [`read_markdown`], with the file's stamp as it was when opened (`None` when it could not
/// be opened or has no modification time).
fn read_stamped(
    abs: &Path,
    rel_path: &str,
    shown: PathBuf,
    config: &SiteConfig,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Option<SourceFile>, Option<FileStamp>) {
    let cannot_read = |e: std::io::Error| {
        Diagnostic::error("E0121", format!("cannot read this file: {e}"))
            .in_file(&shown)
            .with_help("check that the file exists and that you have permission to read it")
    };
    // One open, one `fstat` and one `read` per file (not a lookup by path for the size, then
    // another inside `fs::read`): a 10,000-page site is read in a tenth of a second.
    let mut opened = match std::fs::File::open(abs) {
        Ok(f) => f,
        Err(e) => {
            diagnostics.push(cannot_read(e));
            return (None, None);
        }
    };
    let meta = opened.metadata();
    let stamp = meta
        .as_ref()
        .ok()
        .and_then(|m| crate::fingerprint::stamp(rel_path, m));
    let size = meta.map(|m| m.len()).unwrap_or(0);
    if size > config.max_file_size {
        diagnostics.push(
            Diagnostic::error(
                "E0122",
                format!(
                    "this file is {} bytes, over the limit of {} bytes",
                    size, config.max_file_size
                ),
            )
            .in_file(&shown)
            .with_help("split it into several pages, or raise `max_file_size` in site.toml"),
        );
        return (None, stamp);
    }
    let mut bytes = Vec::new();
    if let Err(e) = read_whole(&mut opened, usize::try_from(size).unwrap_or(0), &mut bytes) {
        diagnostics.push(cannot_read(e));
        return (None, stamp);
    }
    let mut text = match utf8_string(bytes) {
        Ok(t) => t,
        Err(bytes) => {
            // The slow check again, only for a file that is bad: it says where.
            let offset = std::str::from_utf8(&bytes).map_or_else(|e| e.valid_up_to(), |_| 0);
            let valid = String::from_utf8_lossy(&bytes[..offset]).into_owned();
            let mut d = Diagnostic::error(
                "E0123",
                format!("this file is not valid UTF-8 (first bad byte at offset {offset})"),
            )
            .with_help("save the file as UTF-8 in your editor (\"Save with encoding\" → UTF-8)");
            d.location = Some(Location::from_span(&shown, &valid, offset..offset));
            diagnostics.push(d);
            return (None, stamp);
        }
    };
    if let Some(stripped) = text.strip_prefix('\u{feff}') {
        text = stripped.to_string();
    }
    let file_name = rel_path.rsplit('/').next().unwrap_or(rel_path);
    let section = rel_path
        .rsplit_once('/')
        .map(|(dir, _)| dir.to_string())
        .unwrap_or_default();
    let base = file_name.trim_end_matches(".md");
    let (stem, lang) = match base.rsplit_once('.') {
        Some((stem, suffix)) if looks_like_language(suffix) => match config.language(suffix) {
            Some(l) => (stem.to_string(), l.code.clone()),
            None => {
                let known: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
                let mut d = Diagnostic::error(
                    "E0110",
                    format!("unknown language suffix `.{suffix}` in the file name"),
                )
                .in_file(&shown);
                d = match crate::diagnostic::closest(suffix, known.iter().copied()) {
                    Some(s) => d.with_help(format!(
                        "did you mean `.{s}`? Configured languages: {}",
                        known.join(", ")
                    )),
                    None => d.with_help(format!(
                        "add [languages.{suffix}] to site.toml, or rename the file; configured languages: {}",
                        known.join(", ")
                    )),
                };
                diagnostics.push(d);
                return (None, stamp);
            }
        },
        _ => (base.to_string(), config.default_language.clone()),
    };
    let file = SourceFile {
        rel_path: rel_path.to_string(),
        display_path: shown,
        text,
        lang,
        section,
        stem,
    };
    (Some(file), stamp)
}

/// Reads an open file to its end into `bytes`, given the size `fstat` gave: a read that
/// brings the file to exactly that size ends it, so the usual file takes one `read` (the
/// standard library's `read_to_end` asks for the size and position again, then reads once
/// more to see the end). The size is only a hint: a file that grew meanwhile is still read
/// whole, and one that shrank is read to its new end.
fn read_whole(file: &mut std::fs::File, size: usize, bytes: &mut Vec<u8>) -> std::io::Result<()> {
    use std::io::Read;
    // One byte more than the size, so a file that grew shows it.
    let room = size.saturating_add(1);
    bytes.resize(room, 0);
    let mut filled = 0;
    while filled < room {
        match file.read(&mut bytes[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
        if filled == size {
            break;
        }
    }
    bytes.truncate(filled);
    if filled == room {
        file.read_to_end(bytes)?;
    }
    Ok(())
}

/// For a walk's `filter_entry`: true to keep the entry; a link (or the walk's own top folder)
/// that leads out of the site is noted in `escapes` and skipped with everything under it.
pub fn inside_or_noted(
    entry: &walkdir::DirEntry,
    real_root: &Path,
    escapes: &std::cell::RefCell<Vec<(PathBuf, PathBuf)>>,
) -> bool {
    if entry.depth() > 0 && !entry.path_is_symlink() {
        return true;
    }
    match outside_root(real_root, entry.path()) {
        Some(target) => {
            escapes
                .borrow_mut()
                .push((entry.path().to_path_buf(), target));
            false
        }
        None => true,
    }
}

/// A walk of `dir` that follows symbolic links (a linked folder's files are part of the site).
/// Following costs a `stat` per entry, so a tree without links is walked without: a quick first
/// pass reads only the folders' listings to find out.
pub fn walk(dir: &Path) -> WalkDir {
    let has_links = WalkDir::new(dir)
        .into_iter()
        .any(|e| e.map_or(true, |e| e.path_is_symlink()));
    WalkDir::new(dir).follow_links(has_links)
}

/// Where a path really leads when that is outside the site root, else `None`.
///
/// Content often comes from contributors (a pull request): a symbolic link such as
/// `content/guides/notes.txt -> /etc/passwd` or `static/key -> ~/.ssh/id_rsa` would publish a
/// private file. Links that stay inside the root (a shared image folder) are fine. `root` must be
/// canonical ([`canonical_root`]). A path that cannot be resolved (a dangling link) is left to
/// the reader, which reports it as unreadable.
pub fn outside_root(root: &Path, path: &Path) -> Option<PathBuf> {
    let target = path.canonicalize().ok()?;
    (!target.starts_with(root)).then_some(target)
}

/// The site root with every link resolved, to compare with where files really are.
pub fn canonical_root(root: &Path) -> PathBuf {
    root.canonicalize().unwrap_or_else(|_| root.to_path_buf())
}

/// The error for a link out of the site: names the link and its target, and says how to fix it.
pub fn link_out_of_root(root: &Path, link: &Path, target: &Path) -> Diagnostic {
    let shown = display(root, link);
    Diagnostic::error(
        "E0124",
        format!(
            "`{}` is a symbolic link to `{}`, outside the site",
            shown.display(),
            target.display()
        ),
    )
    .in_file(&shown)
    .with_help("files outside the site's folder are never read or published: copy the file into the site instead of linking to it, or remove the link")
}

/// True when a file-name suffix is meant as a language (`fr`, `km`, `pt-BR`), as opposed to a
/// dot that is part of the name (`report.v2.md`).
fn looks_like_language(suffix: &str) -> bool {
    let first = suffix.split('-').next().unwrap_or("");
    (2..=3).contains(&first.len()) && first.chars().all(|c| c.is_ascii_alphabetic())
}

/// A path relative to the site root for messages, or the path itself outside it.
pub fn display(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// Reads the non-Markdown files `read_content` found (images, PDFs) as outputs at the same
/// relative path, so `@/guides/sheet.pdf` and relative links keep working. Unless
/// `allow_unsafe_html`, an asset a browser would run when opened (a page, a script, an SVG
/// with a script) is refused: it would be served from the site's own address.
pub fn read_assets<'a>(
    content_dir: &Path,
    assets: impl IntoIterator<Item = &'a String>,
    allow_unsafe_html: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<crate::render::Output> {
    let mut out = Vec::new();
    for rel in assets {
        let path = content_dir.join(rel);
        let shown = Path::new("content").join(rel);
        match std::fs::read(&path) {
            Ok(bytes) => {
                let refused = (!allow_unsafe_html)
                    .then(|| crate::sanitize::asset_finding(rel, &bytes))
                    .flatten();
                match refused {
                    Some(finding) => diagnostics.push(
                        Diagnostic::error(finding.code, finding.message)
                            .in_file(&shown)
                            .with_help("publish documents as PDF or Markdown and pictures as PNG, JPEG or an SVG without scripts; or opt in with `allow_unsafe_html = true` in site.toml"),
                    ),
                    None => out.push(crate::render::Output {
                        path: rel.clone(),
                        bytes,
                    }),
                }
            }
            Err(e) => diagnostics.push(
                Diagnostic::error("E0121", format!("cannot read this file: {e}"))
                    .in_file(&shown)
                    .with_help("check the file's permissions"),
            ),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `read_whole` on a file of `len` bytes, told it has `size`.
    fn read_told(len: usize, size: usize) -> Vec<u8> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("page.md");
        let text: Vec<u8> = (0..len).map(|i| b'a' + (i % 26) as u8).collect();
        std::fs::write(&path, &text).unwrap();
        let mut bytes = Vec::new();
        read_whole(&mut std::fs::File::open(&path).unwrap(), size, &mut bytes).unwrap();
        assert_eq!(bytes, text, "{len} bytes, told {size}");
        bytes
    }

    #[test]
    fn a_file_is_read_whole_whatever_size_it_was_said_to_have() {
        for len in [0, 1, 4095, 4096, 70_000] {
            read_told(len, len); // as fstat said
            read_told(len, len / 2); // it grew after fstat
            read_told(len, len + 10); // it shrank
            read_told(len, 0);
        }
    }
}
