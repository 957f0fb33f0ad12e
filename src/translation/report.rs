//! `homeward translations`: what each language lacks, in the terms a translation agency quotes
//! in (words new, changed, unchanged), so a ministry knows what to order and CI can enforce a
//! policy (`--fail-on stale|missing`).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::config::SiteConfig;
use crate::diagnostic::Diagnostic;
use crate::translation::site::{self, Doc, PageFiles};
use crate::translation::{State, provenance, strings, word_count};

/// A stale page: its file and the words of the original that changed.
#[derive(Debug, Clone, Serialize)]
pub struct StalePage {
    /// `content/x.fr.md`.
    pub file: String,
    /// Words of the original changed since it was translated.
    pub changed_words: usize,
    /// False when the old text was not in the translation memory (every word counted).
    pub measured: bool,
}

/// One language's state.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Language {
    /// Its code.
    pub lang: String,
    /// Pages of the default language (drafts left out).
    pub pages: usize,
    /// Originals with no published translation in this language.
    pub missing: Vec<String>,
    /// Translations of an older version of their original.
    pub stale: Vec<StalePage>,
    /// Translations that do not say which version they translate (`translation_of`).
    pub unknown_provenance: Vec<String>,
    /// Translations by review state (`machine`, `reviewed`, `final`).
    pub by_state: BTreeMap<String, usize>,
    /// Data texts of the originals with no `[[texts]]` entry in this language.
    pub texts_missing: usize,
    /// `[[texts]]` entries of words the original no longer has.
    pub texts_stale: usize,
    /// Interface strings of the default language this language's file lacks.
    pub strings_missing: Vec<String>,
    /// Interface strings identical to the default language's, not marked `# identical`.
    pub strings_identical: Vec<String>,
    /// Words of the originals with no translation at all.
    pub words_new: usize,
    /// Words of the originals changed since their translation.
    pub words_changed: usize,
    /// Words translated and still current.
    pub words_unchanged: usize,
}

/// The report for every language asked for.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Languages, in site.toml's order.
    pub languages: Vec<Language>,
}

/// Builds the report from the content files and the interface strings.
pub fn build(
    root: &Path,
    config: &SiteConfig,
    only: Option<&str>,
) -> Result<Report, Vec<Diagnostic>> {
    if let Some(lang) = only
        && (config.language(lang).is_none() || lang == config.default_language)
    {
        return Err(vec![
            Diagnostic::error("E0713", format!("`{lang}` is not a translated language"))
                .in_file(Path::new("site.toml"))
                .with_help("give a language of site.toml other than the default"),
        ]);
    }
    let pages = site::load(root, config)?;
    let default_strings = read_strings(root, config, &config.default_language);
    let mut report = Report::default();
    for l in config.languages.iter().skip(1) {
        if only.is_some_and(|o| o != l.code) {
            continue;
        }
        let mut lang = Language {
            lang: l.code.clone(),
            pages: pages.len(),
            ..Language::default()
        };
        for page in &pages {
            add_page(root, page, &mut lang);
        }
        compare_strings(
            &default_strings,
            &read_strings(root, config, &l.code),
            &mut lang,
        );
        report.languages.push(lang);
    }
    Ok(report)
}

fn read_strings(root: &Path, config: &SiteConfig, lang: &str) -> Vec<strings::Message> {
    let path = root.join(strings::file_for(root, config, lang));
    strings::messages(&std::fs::read_to_string(path).unwrap_or_default())
}

fn add_page(root: &Path, page: &PageFiles, lang: &mut Language) {
    let original = &page.original;
    let Ok(now) = provenance::segments(&original.file.text, &original.file.display_path) else {
        return;
    };
    let words: usize = now.iter().map(|s| word_count(s)).sum();
    let data = crate::model::data_texts(&original.front);
    let translation = page.translations.get(&lang.lang).filter(|t| !t.front.draft);
    let Some(t) = translation else {
        lang.missing
            .push(original.file.display_path.display().to_string());
        lang.words_new += words;
        lang.texts_missing += data.len();
        return;
    };
    count_texts(t, &data, lang);
    let state = t
        .front
        .translation
        .as_ref()
        .and_then(|s| State::parse(s.get_ref()))
        .unwrap_or_default();
    *lang.by_state.entry(state.to_string()).or_default() += 1;
    let file = t.file.display_path.display().to_string();
    match t.front.translation_of.as_ref().map(|h| h.get_ref()) {
        None => {
            lang.unknown_provenance.push(file);
            lang.words_unchanged += words;
        }
        Some(h) if *h == provenance::hash(&now) => lang.words_unchanged += words,
        Some(h) => {
            let stale = provenance::changed_words(provenance::recall(root, h).as_deref(), &now);
            lang.words_changed += stale.changed_words;
            lang.words_unchanged += words.saturating_sub(stale.changed_words);
            lang.stale.push(StalePage {
                file,
                changed_words: stale.changed_words,
                measured: stale.measured,
            });
        }
    }
}

fn count_texts(t: &Doc, data: &[String], lang: &mut Language) {
    let given: Vec<&str> = t
        .front
        .texts
        .iter()
        .map(|x| x.original.get_ref().as_str())
        .collect();
    lang.texts_missing += data.iter().filter(|d| !given.contains(&d.as_str())).count();
    lang.texts_stale += given
        .iter()
        .filter(|g| !data.iter().any(|d| d == *g))
        .count();
}

fn compare_strings(default: &[strings::Message], own: &[strings::Message], lang: &mut Language) {
    let by_key: BTreeMap<&str, &strings::Message> =
        own.iter().map(|m| (m.key.as_str(), m)).collect();
    for m in default {
        match by_key.get(m.key.as_str()) {
            None => lang.strings_missing.push(m.key.clone()),
            Some(o) if o.value == m.value && !o.intentionally_identical() => {
                lang.strings_identical.push(m.key.clone());
            }
            Some(_) => {}
        }
    }
}

impl Report {
    /// True when any translation is stale (for `--fail-on stale`).
    pub fn any_stale(&self) -> bool {
        self.languages
            .iter()
            .any(|l| !l.stale.is_empty() || l.texts_stale > 0)
    }

    /// True when anything is untranslated (for `--fail-on missing`).
    pub fn any_missing(&self) -> bool {
        self.languages.iter().any(|l| {
            !l.missing.is_empty()
                || l.texts_missing > 0
                || !l.strings_missing.is_empty()
                || !l.strings_identical.is_empty()
        })
    }

    /// The report as one JSON object.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }

    /// The report for people: a summary per language, then the lists.
    pub fn render_human(&self) -> String {
        let mut out = String::new();
        for l in &self.languages {
            let states: Vec<String> = l.by_state.iter().map(|(s, n)| format!("{n} {s}")).collect();
            let _ = writeln!(
                out,
                "{}: {} of {} pages translated ({}), {} missing, {} stale",
                l.lang,
                l.pages - l.missing.len(),
                l.pages,
                if states.is_empty() {
                    "none".into()
                } else {
                    states.join(", ")
                },
                l.missing.len(),
                l.stale.len()
            );
            let _ = writeln!(
                out,
                "  words: {} new, {} changed, {} unchanged",
                l.words_new, l.words_changed, l.words_unchanged
            );
            let _ = writeln!(
                out,
                "  data texts: {} missing, {} stale; interface strings: {} missing, {} identical to the default language's",
                l.texts_missing,
                l.texts_stale,
                l.strings_missing.len(),
                l.strings_identical.len()
            );
            list(&mut out, "missing", &l.missing);
            let stale: Vec<String> = l
                .stale
                .iter()
                .map(|s| {
                    let how = if s.measured {
                        ""
                    } else {
                        " (old text unknown: all words)"
                    };
                    format!("{} ({} words changed{how})", s.file, s.changed_words)
                })
                .collect();
            list(&mut out, "stale", &stale);
            list(&mut out, "no translation_of", &l.unknown_provenance);
            list(&mut out, "strings missing", &l.strings_missing);
            list(
                &mut out,
                "strings identical (mark `# identical` if meant)",
                &l.strings_identical,
            );
        }
        out
    }
}

fn list(out: &mut String, what: &str, items: &[String]) {
    for item in items {
        let _ = writeln!(out, "  {what}: {item}");
    }
}
