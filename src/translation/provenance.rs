//! Which version of its original a translation translates: `translation_of = "sha256:…"`, the
//! hash of the original's translatable text (title, description, body blocks, data texts), each
//! piece with its white space normalised so that reflowing a paragraph or adding a blank line
//! does not make every translation stale.
//!
//! A word count of what changed needs the old text, and a hash cannot give it back. So whenever
//! Homeward records a hash (`new translation`, `translations mark-current`, `translations
//! import`), it also keeps the original's segments at that hash in the translation memory,
//! `.homeward/translation-memory/HASH.txt` under the site root (one normalised segment per
//! line; commit the folder with the content). A stale translation whose old text is in the
//! memory is reported with the words that changed; one whose old text is not counts every word
//! of the original as changed, and says so.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::diagnostic::Diagnostic;
use crate::frontmatter;
use crate::translation::segment::{self, normalise};
use crate::translation::word_count;

/// Why a translation is out of date, for its notice and the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    /// Words of the current original in segments the translated version did not have.
    pub changed_words: usize,
    /// False when the old text was not in the translation memory (every word counted).
    pub measured: bool,
}

/// The original's translatable pieces in order (title, description, body blocks, data texts),
/// each normalised: what the hash covers and what the memory keeps.
pub fn segments(text: &str, file: &Path) -> Result<Vec<String>, Diagnostic> {
    let split = frontmatter::split(text, file)?;
    let raw = frontmatter::parse(text, &split, file)?;
    let mut out = Vec::new();
    out.push(normalise(
        raw.title.as_ref().map_or("", |t| t.get_ref().as_str()),
    ));
    out.push(normalise(raw.description.as_deref().unwrap_or("")));
    let body = &text[split.body.clone()];
    for b in segment::blocks(body) {
        out.push(normalise(&segment::join(&b.parts)));
    }
    for t in crate::model::data_texts(&raw) {
        out.push(normalise(&t));
    }
    Ok(out)
}

/// `sha256:` and the hex digest of the segments (each ended by a newline, which no normalised
/// segment contains, so two different lists never hash alike by running together).
pub fn hash(segments: &[String]) -> String {
    let mut h = Sha256::new();
    for s in segments {
        h.update(s.as_bytes());
        h.update(b"\n");
    }
    let digest = h.finalize();
    let mut out = String::from("sha256:");
    for byte in digest {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

/// Where the memory keeps the original's text at `hash`.
pub fn memory_path(root: &Path, hash: &str) -> PathBuf {
    let hex = hash.trim_start_matches("sha256:");
    root.join(".homeward")
        .join("translation-memory")
        .join(format!("{hex}.txt"))
}

/// Keeps the original's segments at their hash, so a later change can be measured in words.
pub fn remember(root: &Path, segments: &[String]) -> std::io::Result<()> {
    let path = memory_path(root, &hash(segments));
    if path.is_file() {
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut text = segments.join("\n");
    text.push('\n');
    std::fs::write(path, text)
}

/// The original's segments at `hash`, if the memory has them.
pub fn recall(root: &Path, hash: &str) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(memory_path(root, hash)).ok()?;
    Some(text.lines().map(str::to_string).collect())
}

/// Words of the current segments that the old ones did not have (as whole segments: a segment
/// edited by one word is a segment to retranslate, the way agencies quote a fuzzy match as
/// changed). Without the old text, every word counts.
pub fn changed_words(old: Option<&[String]>, now: &[String]) -> Stale {
    let Some(old) = old else {
        return Stale {
            changed_words: now.iter().map(|s| word_count(s)).sum(),
            measured: false,
        };
    };
    let mut pool: HashMap<&str, usize> = HashMap::new();
    for s in old {
        *pool.entry(s.as_str()).or_default() += 1;
    }
    let mut changed = 0;
    for s in now {
        match pool.get_mut(s.as_str()) {
            Some(n) if *n > 0 => *n -= 1,
            _ => changed += word_count(s),
        }
    }
    Stale {
        changed_words: changed,
        measured: true,
    }
}

/// Byte range of a top-level front-matter key's whole line (`translation_of = "…"\n`), if the
/// front matter has it. Only lines before the first `[table]` are top-level keys.
pub fn key_line(text: &str, key: &str) -> Option<std::ops::Range<usize>> {
    let split = frontmatter::split(text, Path::new("")).ok()?;
    let mut offset = split.front_matter.start;
    for line in text[split.front_matter].split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            return None;
        }
        if let Some(rest) = trimmed.strip_prefix(key)
            && rest.trim_start().starts_with('=')
        {
            return Some(offset..offset + line.len());
        }
        offset += line.len();
    }
    None
}

/// The file's text with a top-level front-matter key set to `value` (already TOML): its line
/// replaced where it exists, otherwise a new line after the last top-level key (before any
/// `[table]` and the comments introducing it). Nothing else in the file changes.
pub fn set_key(text: &str, key: &str, value: &str) -> String {
    // A file written with CRLF keeps CRLF on the line written.
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let line = format!("{key} = {value}{newline}");
    if let Some(range) = key_line(text, key) {
        let mut out = String::with_capacity(text.len() + line.len());
        out.push_str(&text[..range.start]);
        out.push_str(&line);
        out.push_str(&text[range.end..]);
        return out;
    }
    let Ok(split) = frontmatter::split(text, Path::new("")) else {
        return text.to_string();
    };
    // After the last top-level `key = value` line.
    let mut insert_at = split.front_matter.start;
    let mut offset = split.front_matter.start;
    for l in text[split.front_matter.clone()].split_inclusive('\n') {
        let trimmed = l.trim_start();
        if trimmed.starts_with('[') {
            break;
        }
        if !trimmed.is_empty() && !trimmed.starts_with('#') {
            insert_at = offset + l.len();
        }
        offset += l.len();
    }
    let mut out = String::with_capacity(text.len() + line.len());
    out.push_str(&text[..insert_at]);
    if !out.ends_with('\n') {
        out.push_str(newline);
    }
    out.push_str(&line);
    out.push_str(&text[insert_at..]);
    out
}

/// The TOML string for a value (basic quotes, escapes as TOML needs them).
pub fn toml_string(value: &str) -> String {
    toml::Value::String(value.to_string()).to_string()
}

/// Marks every translation whose `translation_of` is not its original's current hash as stale
/// and warns (W0008) at that line, with the language and the words of the original that
/// changed. A translation without `translation_of` is not judged (the report lists it).
pub fn check(model: &mut crate::model::SiteModel, root: &Path, diagnostics: &mut Vec<Diagnostic>) {
    for index in 0..model.pages.len() {
        check_page(model, index, root, diagnostics);
    }
}

/// [`check`] for one page (`serve` calls it after a body-only save of an original, which can
/// make its translations stale or current again).
pub fn check_page(
    model: &mut crate::model::SiteModel,
    index: usize,
    root: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let default = &model.config.default_language;
    let page = &model.pages[index];
    if !page.versions.values().any(|v| v.translation_of.is_some()) {
        return;
    }
    let original = &model.files[page.versions[default].file];
    let Ok(now) = segments(&original.text, &original.display_path) else {
        return;
    };
    let current = hash(&now);
    let mut found = Vec::new();
    for (lang, v) in &page.versions {
        let stale = match v.translation_of.as_deref() {
            Some(recorded) if recorded != current => {
                changed_words(recall(root, recorded).as_deref(), &now)
            }
            _ => {
                found.push((lang.clone(), None));
                continue;
            }
        };
        let file = &model.files[v.file];
        diagnostics.push(stale_warning(&original.display_path, file, lang, &stale));
        found.push((lang.clone(), Some(stale)));
    }
    for (lang, stale) in found {
        if let Some(v) = model.pages[index].versions.get_mut(&lang) {
            v.stale = stale;
        }
    }
}

fn stale_warning(
    original: &Path,
    file: &crate::source::SourceFile,
    lang: &str,
    stale: &Stale,
) -> Diagnostic {
    let span =
        key_line(&file.text, "translation_of").map_or(0..0, |r| r.start..r.end.saturating_sub(1));
    let how = if stale.measured {
        format!("{} words of the original changed", stale.changed_words)
    } else {
        format!(
            "its old text is not in the translation memory, so all {} words count as changed",
            stale.changed_words
        )
    };
    Diagnostic::warning(
        "W0008",
        format!(
            "this {lang} translation is of an older version of its original ({}); {how}",
            original.display()
        ),
    )
    .at(&file.display_path, &file.text, span)
    .with_help(format!(
        "bring the translation up to date (`homeward translations export --lang {lang} --only stale`), then run `homeward translations mark-current {}`",
        file.display_path.display()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segs(text: &str) -> Vec<String> {
        segments(text, Path::new("a.md")).unwrap()
    }

    #[test]
    fn whitespace_edits_keep_the_hash_and_word_edits_change_it() {
        let a = "+++\ntitle = \"T\"\n+++\nOne two\nthree.\n\nFour.\n";
        let b = "+++\ntitle = \"T\"\n+++\n\nOne   two three.\n\n\n\nFour.  \n";
        let c = "+++\ntitle = \"T\"\n+++\nOne two three.\n\nFive six.\n";
        assert_eq!(hash(&segs(a)), hash(&segs(b)));
        assert_ne!(hash(&segs(a)), hash(&segs(c)));
        let stale = changed_words(Some(&segs(a)), &segs(c));
        assert_eq!(stale.changed_words, 2);
        assert!(stale.measured);
    }

    #[test]
    fn non_translatable_front_matter_does_not_count() {
        let a = "+++\ntitle = \"T\"\nweight = 1\n+++\nBody.\n";
        let b = "+++\ntitle = \"T\"\nweight = 2\ndraft = false\n+++\nBody.\n";
        assert_eq!(hash(&segs(a)), hash(&segs(b)));
    }

    #[test]
    fn set_key_replaces_or_inserts_one_line() {
        let text = "+++\ntitle = \"T\"\n\n[[sources]]\ntitle = \"S\"\n+++\nBody\n";
        let once = set_key(text, "translation_of", "\"sha256:00\"");
        assert_eq!(
            once,
            "+++\ntitle = \"T\"\ntranslation_of = \"sha256:00\"\n\n[[sources]]\ntitle = \"S\"\n+++\nBody\n"
        );
        let twice = set_key(&once, "translation_of", "\"sha256:11\"");
        assert_eq!(twice, once.replace("00", "11"));
        let crlf = text.replace('\n', "\r\n");
        assert_eq!(
            set_key(&crlf, "translation_of", "\"sha256:00\""),
            once.replace('\n', "\r\n")
        );
    }
}
