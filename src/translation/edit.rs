//! Writing translations' provenance: `homeward translations mark-current FILE` and the helpers
//! that import and `new translation` share. Only front-matter lines are changed, so a review
//! mark never disturbs the translated text.

use std::path::{Path, PathBuf};

use crate::config::SiteConfig;
use crate::diagnostic::Diagnostic;
use crate::translation::provenance;

/// A translation file and its original, both as paths under the root, with its language.
#[derive(Debug, Clone)]
pub struct Pair {
    /// `content/x.fr.md`.
    pub translation: PathBuf,
    /// `content/x.md`.
    pub original: PathBuf,
    /// `fr`.
    pub lang: String,
}

/// Finds the original of a translation file (`x.fr.md` → `x.md`); the file may be given
/// relative to the root or to the current folder.
pub fn pair(root: &Path, file: &Path, config: &SiteConfig) -> Result<Pair, Diagnostic> {
    let relative = if root.join(file).is_file() {
        file.to_path_buf()
    } else {
        file.strip_prefix(root).unwrap_or(file).to_path_buf()
    };
    if !root.join(&relative).is_file() {
        return Err(Diagnostic::error("E0720", "no such translation file")
            .in_file(file)
            .with_help("give the translation's path, such as content/guides/how-to-apply.fr.md"));
    }
    let name = relative
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".md").unwrap_or(&name);
    let Some((base, lang)) = stem
        .rsplit_once('.')
        .filter(|(_, l)| config.language(l).is_some() && *l != config.default_language)
    else {
        return Err(Diagnostic::error("E0720", "this file is not a translation")
            .in_file(&relative)
            .with_help(
                "give a file whose name ends in a language code of site.toml, such as `.fr.md`",
            ));
    };
    let original = relative.with_file_name(format!("{base}.md"));
    if !root.join(&original).is_file() {
        return Err(
            Diagnostic::error("E0720", "this translation has no original")
                .in_file(&relative)
                .with_help(format!("create {} first", original.display())),
        );
    }
    Ok(Pair {
        translation: relative,
        original,
        lang: lang.to_string(),
    })
}

/// Reads a file under the root, as a diagnostic on failure.
pub fn read(root: &Path, file: &Path) -> Result<String, Diagnostic> {
    std::fs::read_to_string(root.join(file)).map_err(|e| {
        Diagnostic::error("E0121", format!("cannot read this file: {e}"))
            .in_file(file)
            .with_help("check that the file exists, is UTF-8 and readable")
    })
}

/// Writes a file under the root, as a diagnostic on failure.
pub fn write(root: &Path, file: &Path, text: &str) -> Result<(), Diagnostic> {
    std::fs::write(root.join(file), text).map_err(|e| {
        Diagnostic::error("E0721", format!("cannot write this file: {e}"))
            .in_file(file)
            .with_help("check that the file is writable")
    })
}

/// The original's current segments and hash, remembered in the translation memory.
pub fn current(root: &Path, original: &Path) -> Result<(Vec<String>, String), Diagnostic> {
    let text = read(root, original)?;
    let segments = provenance::segments(&text, original)?;
    provenance::remember(root, &segments).map_err(|e| {
        Diagnostic::error("E0721", format!("cannot write the translation memory: {e}"))
            .in_file(&provenance::memory_path(root, &provenance::hash(&segments)))
            .with_help("check that `.homeward/` under the site root is writable")
    })?;
    let hash = provenance::hash(&segments);
    Ok((segments, hash))
}

/// Records that a translation now translates its original as it is (after a person checked
/// it against the original): sets `translation_of` to the original's hash. Returns the file
/// and whether it changed.
pub fn mark_current(
    root: &Path,
    file: &Path,
    config: &SiteConfig,
) -> Result<(PathBuf, bool), Diagnostic> {
    let pair = pair(root, file, config)?;
    let (_, hash) = current(root, &pair.original)?;
    let text = read(root, &pair.translation)?;
    let updated = provenance::set_key(&text, "translation_of", &provenance::toml_string(&hash));
    let changed = updated != text;
    if changed {
        write(root, &pair.translation, &updated)?;
    }
    Ok((pair.translation, changed))
}
