//! The glossary of treaty terms: which words a translation must use for a term of the
//! original ("sentencing State" is "État de condamnation" in French, "veroordelende Staat" in
//! Dutch). Kept as a TOML table, `glossary.toml` in the site root or the theme folder (the
//! site's wins), one `[[term]]` per concept with one key per language code:
//!
//! ```toml
//! [[term]]
//! en = "sentencing State"
//! fr = "État de condamnation"
//! nl = "veroordelende Staat"
//! ```
//!
//! It is sent with every XLIFF and PO export, and `check` warns (W0006) where a `final`
//! translation's block lacks the glossary's term for a term its original block uses.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::config::SiteConfig;
use crate::diagnostic::Diagnostic;
use crate::translation::{State, segment};

/// The loaded glossary.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    /// Each concept, by language code.
    #[serde(default)]
    pub term: Vec<BTreeMap<String, String>>,
}

/// Where the glossary is: the site's own, else the theme's.
pub fn path(root: &Path, config: &SiteConfig) -> Option<PathBuf> {
    [
        root.join("glossary.toml"),
        root.join("themes")
            .join(&config.theme)
            .join("glossary.toml"),
    ]
    .into_iter()
    .find(|p| p.is_file())
}

/// Reads the glossary; `None` when there is none or it does not parse (`check` reports that).
pub fn load(root: &Path, config: &SiteConfig) -> Option<Glossary> {
    let text = std::fs::read_to_string(path(root, config)?).ok()?;
    toml::from_str(&text).ok()
}

impl Glossary {
    /// The (source term, target term) pairs for a pair of languages.
    pub fn pairs(&self, source: &str, target: &str) -> Vec<(String, String)> {
        self.term
            .iter()
            .filter_map(|t| Some((t.get(source)?.clone(), t.get(target)?.clone())))
            .collect()
    }
}

/// Warns where a `final` translation's block lacks the glossary term for one its original
/// block uses (blocks compared one for one; a translation whose blocks do not line up with
/// its original's is not judged). A glossary that does not parse is an error.
pub fn check(model: &crate::model::SiteModel, root: &Path, diagnostics: &mut Vec<Diagnostic>) {
    let Some(file) = path(root, &model.config) else {
        return;
    };
    let text = std::fs::read_to_string(&file).unwrap_or_default();
    let glossary: Glossary = match toml::from_str(&text) {
        Ok(g) => g,
        Err(e) => {
            let shown = crate::source::display(root, &file);
            diagnostics.push(crate::frontmatter::toml_error_diagnostic(
                &e,
                &shown,
                &text,
                0,
                &["term"],
                "E0218",
            ));
            return;
        }
    };
    let default = &model.config.default_language;
    for page in &model.pages {
        let original = &model.files[page.versions[default].file];
        for (lang, v) in &page.versions {
            if lang == default || v.translation != State::Final {
                continue;
            }
            let pairs = glossary.pairs(default, lang);
            if !pairs.is_empty() {
                check_file(original, &model.files[v.file], &pairs, diagnostics);
            }
        }
    }
}

fn body_blocks(text: &str) -> Option<(usize, Vec<segment::Block>)> {
    let split = crate::frontmatter::split(text, Path::new("")).ok()?;
    Some((split.body.start, segment::blocks(&text[split.body])))
}

fn check_file(
    original: &crate::source::SourceFile,
    translation: &crate::source::SourceFile,
    pairs: &[(String, String)],
    diagnostics: &mut Vec<Diagnostic>,
) {
    let (Some((_, ob)), Some((base, tb))) =
        (body_blocks(&original.text), body_blocks(&translation.text))
    else {
        return;
    };
    if !crate::translation::units::aligned(&ob, &tb) {
        return;
    }
    for (o, t) in ob.iter().zip(&tb) {
        let source = segment::join(&o.parts).to_lowercase();
        let target = segment::join(&t.parts).to_lowercase();
        for (term, wanted) in pairs {
            if source.contains(&term.to_lowercase()) && !target.contains(&wanted.to_lowercase()) {
                diagnostics.push(
                    Diagnostic::warning(
                        "W0006",
                        format!("the original says \"{term}\" here, and this final translation does not use the glossary's \"{wanted}\""),
                    )
                    .at(&translation.display_path, &translation.text, base + t.range.start..base + t.range.end)
                    .with_help(format!("use \"{wanted}\" for \"{term}\", or correct the glossary (glossary.toml)")),
                );
            }
        }
    }
}
