//! `site.toml`: the site's languages, base URL and theme, read and checked once.
//!
//! Everything later stages need to know about languages (their order, direction and title) is
//! settled here, so no other module parses language codes. Errors point into `site.toml` with a
//! line and column.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{Diagnostic, closest};
use crate::locale;

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic...).
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// What `/` shows: the default language's home page, or a page to choose a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum RootMode {
    /// The default language lives at the root; other languages under `/CODE/`.
    #[default]
    DefaultLanguage,
    /// Every language lives under `/CODE/`; `/` is a language chooser.
    LanguageChooser,
}

/// One configured language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// Canonical BCP 47 code (`en`, `fr`, `km`, `ar-EG`).
    pub code: String,
    /// The language's name in itself, for the language switcher.
    pub name: String,
    /// The site title in this language.
    pub title: String,
    /// The site description in this language.
    pub description: String,
    /// Writing direction.
    pub dir: Direction,
    /// The locale whose conventions format dates and name countries (`en-GB` writes
    /// "23 January 2026" where `en` writes "January 23, 2026"); the code by default.
    pub locale: String,
    /// The least reviewed translation this language publishes (`min_translation` in its
    /// table): a page below it is shown in the default language, marked as not translated.
    pub min_translation: crate::translation::State,
}

/// The checked site configuration.
#[derive(Debug, Clone)]
pub struct SiteConfig {
    /// Absolute base URL without a trailing slash.
    pub base_url: String,
    /// Code of the default language; `languages[0]` is that language.
    pub default_language: String,
    /// Name of the theme folder under `themes/`.
    pub theme: String,
    /// Output folder, relative to the root unless absolute.
    pub output_dir: PathBuf,
    /// What the root URL shows.
    pub root: RootMode,
    /// Whether raw `<script>`, event handlers and `javascript:` URLs are allowed in Markdown.
    pub allow_unsafe_html: bool,
    /// Largest content file accepted, in bytes.
    pub max_file_size: u64,
    /// Write `.gz` and `.br` copies of text files.
    pub compress: bool,
    /// Newest news items in each language's Atom feed (0: all). Feed readers fetch the whole
    /// file on every poll, so a feed of every item ever published wastes readers' data.
    pub feed_limit: usize,
    /// Languages, default first, then by code.
    pub languages: Vec<Language>,
    /// Where readers report a mistake (`[feedback]`).
    pub feedback: crate::publish::settings::Feedback,
    /// What `build` writes for static hosts, and whether to send HSTS (`[publish]`).
    pub publish: crate::publish::settings::Publish,
    /// Old addresses and where their pages are now (`[redirects]`), in order.
    pub redirects: Vec<crate::publish::settings::Redirect>,
}

impl SiteConfig {
    /// The default language.
    pub fn default_lang(&self) -> &Language {
        &self.languages[0]
    }

    /// Looks a language up by code.
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// URL prefix of a language: `/` for the default language at the root, `/fr/` otherwise.
    pub fn language_prefix(&self, code: &str) -> String {
        if code == self.default_language && self.root == RootMode::DefaultLanguage {
            "/".to_string()
        } else {
            format!("/{code}/")
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    base_url: Spanned<String>,
    default_language: Spanned<String>,
    #[serde(default = "default_theme")]
    theme: String,
    output_dir: Option<String>,
    #[serde(default)]
    root: RootMode,
    #[serde(default)]
    allow_unsafe_html: bool,
    max_file_size: Option<u64>,
    #[serde(default)]
    compress: bool,
    feed_limit: Option<usize>,
    title: Option<String>,
    description: Option<String>,
    languages: BTreeMap<Spanned<String>, RawLanguage>,
    feedback: Option<Spanned<crate::publish::settings::RawFeedback>>,
    #[serde(default)]
    publish: crate::publish::settings::Publish,
    #[serde(default)]
    redirects: BTreeMap<Spanned<String>, Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    name: String,
    title: Option<String>,
    description: Option<String>,
    direction: Option<Direction>,
    locale: Option<Spanned<String>>,
    min_translation: Option<Spanned<String>>,
}

/// A language's `min_translation` (`machine` when not given); `None` after reporting an
/// unknown word.
fn min_translation(
    lang: &RawLanguage,
    display_path: &Path,
    text: &str,
    problems: &mut Vec<Diagnostic>,
) -> Option<crate::translation::State> {
    let Some(word) = &lang.min_translation else {
        return Some(crate::translation::State::Machine);
    };
    let state = crate::translation::State::parse(word.get_ref());
    if state.is_none() {
        problems.push(
            Diagnostic::error(
                "E0010",
                format!("unknown translation state `{}`", word.get_ref()),
            )
            .at(display_path, text, word.span())
            .with_help("write `min_translation = \"machine\"`, `\"reviewed\"` or `\"final\"`"),
        );
    }
    state
}

fn default_theme() -> String {
    "default".to_string()
}

/// News items per feed unless `feed_limit` says otherwise.
pub const DEFAULT_FEED_LIMIT: usize = 50;

const CONFIG_KEYS: &[&str] = &[
    "base_url",
    "default_language",
    "theme",
    "output_dir",
    "root",
    "allow_unsafe_html",
    "max_file_size",
    "compress",
    "feed_limit",
    "title",
    "description",
    "languages",
    "feedback",
    "publish",
    "redirects",
];
const LANGUAGE_KEYS: &[&str] = &[
    "name",
    "title",
    "description",
    "direction",
    "locale",
    "min_translation",
];

/// Reads and checks `site.toml`. `display_path` is how the file is named in messages.
pub fn parse(text: &str, display_path: &Path) -> Result<SiteConfig, Vec<Diagnostic>> {
    let raw: RawConfig = toml::from_str(text).map_err(|e| {
        vec![
            crate::frontmatter::toml_error_diagnostic(
                &e,
                display_path,
                text,
                0,
                CONFIG_KEYS,
                "E0002",
            )
            .with_help_if_none(format!(
                "site.toml keys are: {}; each [languages.CODE] table takes: {}",
                CONFIG_KEYS.join(", "),
                LANGUAGE_KEYS.join(", ")
            )),
        ]
    })?;
    let mut problems = Vec::new();
    let base_url = raw.base_url.get_ref().trim_end_matches('/').to_string();
    if !(base_url.starts_with("https://") || base_url.starts_with("http://")) {
        problems.push(
            Diagnostic::error("E0003", "`base_url` must be an absolute http(s) URL")
                .at(display_path, text, raw.base_url.span())
                .with_help("write it like `base_url = \"https://transfer.example.org\"`"),
        );
    }
    let mut languages: Vec<Language> = Vec::new();
    for (code, lang) in &raw.languages {
        let canonical = match locale::canonical_language_code(code.get_ref()) {
            Ok(c) => c,
            Err(why) => {
                problems.push(
                    Diagnostic::error(
                        "E0004",
                        format!("unknown language `{}` in site.toml: {why}", code.get_ref()),
                    )
                    .at(display_path, text, code.span())
                    .with_help("use a BCP 47 language code such as `en`, `fr`, `km`, `lo`, `ar`"),
                );
                continue;
            }
        };
        if languages.iter().any(|l| l.code == canonical) {
            problems.push(
                Diagnostic::error(
                    "E0005",
                    format!("language `{canonical}` is configured twice in site.toml"),
                )
                .at(display_path, text, code.span())
                .with_help("keep one [languages.CODE] table per language"),
            );
            continue;
        }
        let dir = lang
            .direction
            .unwrap_or_else(|| locale::default_direction(&canonical));
        let formats = match &lang.locale {
            None => canonical.clone(),
            Some(l) => match locale::canonical_locale(l.get_ref()) {
                Ok(c) if c.split('-').next() == canonical.split('-').next() => c,
                Ok(c) => {
                    problems.push(
                        Diagnostic::error(
                            "E0008",
                            format!("locale `{c}` is not a form of language `{canonical}`"),
                        )
                        .at(display_path, text, l.span())
                        .with_help(format!("give a regional form of the same language, such as `{canonical}-GB`, or remove `locale`")),
                    );
                    continue;
                }
                Err(why) => {
                    problems.push(
                        Diagnostic::error(
                            "E0008",
                            format!("unknown locale `{}`: {why}", l.get_ref()),
                        )
                        .at(display_path, text, l.span())
                        .with_help(format!("use a BCP 47 locale such as `{canonical}-GB`")),
                    );
                    continue;
                }
            },
        };
        let Some(min_translation) = min_translation(lang, display_path, text, &mut problems) else {
            continue;
        };
        languages.push(Language {
            min_translation,
            title: lang
                .title
                .clone()
                .or_else(|| raw.title.clone())
                .unwrap_or_default(),
            description: lang
                .description
                .clone()
                .or_else(|| raw.description.clone())
                .unwrap_or_default(),
            name: lang.name.clone(),
            code: canonical,
            dir,
            locale: formats,
        });
    }
    let default_language = locale::canonical_language_code(raw.default_language.get_ref())
        .unwrap_or_else(|_| raw.default_language.get_ref().clone());
    match languages.iter().position(|l| l.code == default_language) {
        Some(index) => {
            let default = languages.remove(index);
            languages.sort_by(|a, b| a.code.cmp(&b.code));
            languages.insert(0, default);
        }
        None => {
            let known: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
            let mut d = Diagnostic::error(
                "E0006",
                format!(
                    "default_language `{}` has no [languages.{}] table",
                    raw.default_language.get_ref(),
                    raw.default_language.get_ref()
                ),
            )
            .at(display_path, text, raw.default_language.span());
            d = match closest(raw.default_language.get_ref(), known.iter().copied()) {
                Some(s) => d.with_help(format!("did you mean `{s}`?")),
                None => d.with_help("add a [languages.CODE] table for the default language"),
            };
            problems.push(d);
        }
    }
    for lang in &languages {
        if lang.title.is_empty() {
            problems.push(
                Diagnostic::error(
                    "E0007",
                    format!("language `{}` has no site title", lang.code),
                )
                .in_file(display_path)
                .with_help(format!(
                    "add `title = \"...\"` to [languages.{}] (or a top-level `title`)",
                    lang.code
                )),
            );
        }
    }
    let (feedback, redirects) = crate::publish::settings::check(
        raw.feedback.as_ref(),
        &raw.redirects,
        display_path,
        text,
        &mut problems,
    );
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(SiteConfig {
        base_url,
        default_language,
        theme: raw.theme,
        output_dir: PathBuf::from(raw.output_dir.unwrap_or_else(|| "public".to_string())),
        root: raw.root,
        allow_unsafe_html: raw.allow_unsafe_html,
        max_file_size: raw.max_file_size.unwrap_or(4 * 1024 * 1024),
        compress: raw.compress,
        feed_limit: raw.feed_limit.unwrap_or(DEFAULT_FEED_LIMIT),
        languages,
        feedback,
        publish: raw.publish,
        redirects,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
base_url = "https://example.org/"
default_language = "en"
[languages.fr]
name = "Français"
title = "Site"
[languages.en]
name = "English"
title = "Site"
[languages.ar]
name = "العربية"
title = "موقع"
"#;

    #[test]
    fn orders_languages_and_knows_arabic_is_rtl() {
        let c = parse(GOOD, Path::new("site.toml")).unwrap();
        let codes: Vec<_> = c.languages.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["en", "ar", "fr"]);
        assert_eq!(c.language("ar").unwrap().dir, Direction::Rtl);
        assert_eq!(c.language("fr").unwrap().dir, Direction::Ltr);
        assert_eq!(c.base_url, "https://example.org");
        assert_eq!(c.language_prefix("en"), "/");
        assert_eq!(c.language_prefix("fr"), "/fr/");
    }

    #[test]
    fn rejects_unknown_and_duplicated_languages() {
        let bad = GOOD.replace("[languages.ar]", "[languages.EN]");
        let errs = parse(&bad, Path::new("site.toml")).unwrap_err();
        assert!(errs.iter().any(|d| d.code == "E0005"), "{errs:?}");
        let bad = GOOD.replace("[languages.ar]", "[languages.qqq-x]");
        let errs = parse(&bad, Path::new("site.toml")).unwrap_err();
        assert!(errs.iter().any(|d| d.code == "E0004"), "{errs:?}");
    }

    #[test]
    fn a_language_may_take_the_conventions_of_a_regional_locale() {
        let c = parse(GOOD, Path::new("site.toml")).unwrap();
        assert_eq!(
            c.language("en").unwrap().locale,
            "en",
            "the code by default"
        );
        let gb = GOOD.replace("[languages.en]\n", "[languages.en]\nlocale = \"en-GB\"\n");
        let c = parse(&gb, Path::new("site.toml")).unwrap();
        assert_eq!(c.language("en").unwrap().locale, "en-GB");
        assert_eq!(
            c.language("en").unwrap().code,
            "en",
            "URLs and lang keep the code"
        );
        // Unicode extensions choose conventions within the language (here its digits).
        let digits = GOOD.replace(
            "[languages.en]\n",
            "[languages.en]\nlocale = \"EN-u-NU-arab\"\n",
        );
        let c = parse(&digits, Path::new("site.toml")).unwrap();
        assert_eq!(c.language("en").unwrap().locale, "en-u-nu-arab");
        for bad in ["fr-BE", "qqq-x!", "fr-u-nu-khmr"] {
            let wrong = GOOD.replace(
                "[languages.en]\n",
                &format!("[languages.en]\nlocale = \"{bad}\"\n"),
            );
            let errs = parse(&wrong, Path::new("site.toml")).unwrap_err();
            assert_eq!(errs[0].code, "E0008", "{bad}: {errs:?}");
            assert_eq!(errs[0].location.as_ref().unwrap().line, 8, "{bad}");
        }
    }

    #[test]
    fn unknown_key_is_an_error_with_a_hint() {
        let bad = format!("{GOOD}\n");
        let bad = bad.replacen("default_language", "default_langauge", 1);
        let errs = parse(&bad, Path::new("site.toml")).unwrap_err();
        assert_eq!(errs[0].location.as_ref().unwrap().line, 3);
    }
}
