//! The content files as translation work sees them: each original with its translations,
//! front matter parsed. Read through `source` (the only reader of `content/`) and
//! `frontmatter`, like a build, but without the model: a translation left out of the build
//! (a draft, or below `min_translation`) is still work to report and exchange.

use std::collections::BTreeMap;
use std::path::Path;

use crate::config::SiteConfig;
use crate::diagnostic::Diagnostic;
use crate::frontmatter::{self, RawFrontMatter, Split};
use crate::source::{self, SourceFile};

/// One content file, split and parsed.
#[derive(Debug)]
pub struct Doc {
    /// The file.
    pub file: SourceFile,
    /// Where its front matter and body are.
    pub split: Split,
    /// Its front matter.
    pub front: RawFrontMatter,
}

impl Doc {
    /// The Markdown body.
    pub fn body(&self) -> &str {
        &self.file.text[self.split.body.clone()]
    }
}

/// An original and its translations by language.
#[derive(Debug)]
pub struct PageFiles {
    /// `guides/how-to-apply`.
    pub identity: String,
    /// The default-language file.
    pub original: Doc,
    /// Translations, by language code.
    pub translations: BTreeMap<String, Doc>,
}

/// Reads every content file; originals that are drafts are left out (nothing to translate
/// yet). Files that do not parse are errors: fix them first (`homeward check`).
pub fn load(root: &Path, config: &SiteConfig) -> Result<Vec<PageFiles>, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    let tree = source::read_content(root, &root.join("content"), config, &mut diagnostics);
    let mut originals: BTreeMap<String, Doc> = BTreeMap::new();
    let mut translations: BTreeMap<String, BTreeMap<String, Doc>> = BTreeMap::new();
    for file in tree.files {
        let parsed = frontmatter::split(&file.text, &file.display_path).and_then(|split| {
            frontmatter::parse(&file.text, &split, &file.display_path).map(|f| (split, f))
        });
        let (split, front) = match parsed {
            Ok(p) => p,
            Err(d) => {
                diagnostics.push(d);
                continue;
            }
        };
        let identity = file.identity();
        let lang = file.lang.clone();
        let doc = Doc { file, split, front };
        if lang == config.default_language {
            originals.insert(identity, doc);
        } else {
            translations.entry(identity).or_default().insert(lang, doc);
        }
    }
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(diagnostics);
    }
    Ok(originals
        .into_iter()
        .filter(|(_, o)| !o.front.draft)
        .map(|(identity, original)| PageFiles {
            translations: translations.remove(&identity).unwrap_or_default(),
            identity,
            original,
        })
        .collect())
}
