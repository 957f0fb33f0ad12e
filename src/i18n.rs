//! Interface strings in every language, from the theme's Fluent files.
//!
//! Fluent gives each language its own plural rules (Arabic's six forms) and lets translators
//! reorder sentences. Every key of the default language must exist in every configured
//! language: a missing key is a build error that lists every missing key at once, per file.
//! Placeables are not wrapped in Unicode isolation marks, because strings end up in `<title>`,
//! attributes and tests where invisible characters surprise people; templates set `dir` instead.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rustc_hash::FxHashMap;
use unic_langid::LanguageIdentifier;

use crate::config::SiteConfig;
use crate::diagnostic::Diagnostic;

/// The loaded strings of every configured language.
pub struct I18n {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    /// Messages that take no argument, formatted once per language: a page asks for a dozen of
    /// them, and formatting each again on every page was a measurable share of rendering.
    fixed: FxHashMap<String, FxHashMap<String, String>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("languages", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// A value passed from a template to a string (`count=3`, `name="Cambodia"`).
#[derive(Debug, Clone)]
pub enum Arg {
    /// A number, which selects plural forms.
    Number(f64),
    /// Text.
    Text(String),
}

impl I18n {
    /// Loads `CODE.ftl` for every configured language, looking first in `site_dir` (the site's own
    /// `i18n/`), then in `theme_dir`.
    pub fn load(
        site_dir: &Path,
        theme_dir: &Path,
        root: &Path,
        config: &SiteConfig,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> I18n {
        let mut bundles = BTreeMap::new();
        let mut keys: BTreeMap<String, (PathBuf, BTreeSet<String>)> = BTreeMap::new();
        for lang in &config.languages {
            let name = format!("{}.ftl", lang.code);
            let path = [site_dir.join(&name), theme_dir.join(&name)]
                .into_iter()
                .find(|p| p.is_file());
            let shown =
                crate::source::display(root, &path.clone().unwrap_or(theme_dir.join(&name)));
            let Some(path) = path else {
                diagnostics.push(
                    Diagnostic::error(
                        "E0402",
                        format!("no interface strings for language `{}`", lang.code),
                    )
                    .in_file(&shown)
                    .with_help(format!(
                        "create {} with every key of {}.ftl translated",
                        shown.display(),
                        config.default_language
                    )),
                );
                continue;
            };
            if let Some(target) =
                crate::source::outside_root(&crate::source::canonical_root(root), &path)
            {
                diagnostics.push(crate::source::link_out_of_root(root, &path, &target));
                continue;
            }
            let text = match std::fs::read_to_string(&path) {
                Ok(t) => t,
                Err(e) => {
                    diagnostics.push(
                        Diagnostic::error("E0121", format!("cannot read this file: {e}"))
                            .in_file(&shown)
                            .with_help("check that the file exists, is UTF-8 and readable"),
                    );
                    continue;
                }
            };
            let resource = match FluentResource::try_new(text.clone()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        diagnostics.push(
                            Diagnostic::error("E0403", format!("Fluent syntax error: {}", e.kind))
                                .at(&shown, &text, e.pos.clone())
                                .with_help("a message is `key = text`; continuation lines are indented; see https://projectfluent.org/fluent/guide/"),
                        );
                    }
                    r
                }
            };
            let ids: BTreeSet<String> = resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect();
            keys.insert(lang.code.clone(), (shown.clone(), ids));
            let langid: LanguageIdentifier = lang.code.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            if let Err(errors) = bundle.add_resource(resource) {
                for e in errors {
                    diagnostics.push(
                        Diagnostic::error("E0403", format!("Fluent error: {e}"))
                            .in_file(&shown)
                            .with_help("each key may be defined once per file"),
                    );
                }
            }
            bundles.insert(lang.code.clone(), bundle);
        }
        if let Some((_, reference)) = keys.get(&config.default_language) {
            for (code, (file, have)) in &keys {
                let missing: Vec<&str> = reference.difference(have).map(String::as_str).collect();
                if !missing.is_empty() {
                    diagnostics.push(
                        Diagnostic::error(
                            "E0401",
                            format!(
                                "{} interface string{} missing in `{code}`: {}",
                                missing.len(),
                                if missing.len() == 1 { " is" } else { "s are" },
                                missing.join(", ")
                            ),
                        )
                        .in_file(file)
                        .with_help(format!(
                            "add each key to {} with its translation",
                            file.display()
                        )),
                    );
                }
            }
        }
        let fixed = bundles
            .iter()
            .map(|(code, bundle)| {
                let ids = keys
                    .get(code)
                    .map(|(_, ids)| ids.clone())
                    .unwrap_or_default();
                (code.clone(), format_fixed(bundle, ids))
            })
            .collect();
        I18n { bundles, fixed }
    }

    /// The text of a message that takes no arguments, formatted once when loaded.
    pub fn fixed(&self, lang: &str, key: &str) -> Option<&str> {
        self.fixed.get(lang)?.get(key).map(String::as_str)
    }

    /// Every message that takes no arguments, as (language, key, text): the template function
    /// keeps them as ready-made template values.
    pub fn fixed_messages(&self) -> impl Iterator<Item = (&str, &str, &str)> {
        self.fixed.iter().flat_map(|(lang, messages)| {
            messages
                .iter()
                .map(move |(key, text)| (lang.as_str(), key.as_str(), text.as_str()))
        })
    }

    /// The string `key` in `lang` with `args`; an error message when the key does not exist.
    pub fn translate(
        &self,
        lang: &str,
        key: &str,
        args: &[(String, Arg)],
    ) -> Result<String, String> {
        if args.is_empty()
            && let Some(text) = self.fixed(lang, key)
        {
            return Ok(text.to_string());
        }
        let bundle = self
            .bundles
            .get(lang)
            .ok_or_else(|| format!("no interface strings for language `{lang}`"))?;
        let message = bundle.get_message(key).ok_or_else(|| {
            format!("unknown interface string `{key}` (add it to the theme's i18n/{lang}.ftl)")
        })?;
        let pattern = message
            .value()
            .ok_or_else(|| format!("interface string `{key}` has no value"))?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Number(n) => fluent_args.set(name.clone(), FluentValue::from(*n)),
                Arg::Text(t) => fluent_args.set(name.clone(), FluentValue::from(t.clone())),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if let Some(e) = errors.first() {
            return Err(format!("interface string `{key}`: {e}"));
        }
        Ok(text.into_owned())
    }
}

/// Formats every message of a bundle that needs no argument (one that does fails without its
/// arguments and is left to be formatted on each call).
fn format_fixed(
    bundle: &FluentBundle<FluentResource>,
    ids: BTreeSet<String>,
) -> FxHashMap<String, String> {
    ids.into_iter()
        .filter_map(|id| {
            let pattern = bundle.get_message(&id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors);
            errors.is_empty().then(|| (id, text.into_owned()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(langs: &[&str]) -> SiteConfig {
        let mut toml = String::from("base_url = \"https://x.org\"\ndefault_language = \"en\"\n");
        for l in langs {
            toml.push_str(&format!("[languages.{l}]\nname = \"{l}\"\ntitle = \"t\"\n"));
        }
        crate::config::parse(&toml, Path::new("site.toml")).unwrap()
    }

    #[test]
    fn arabic_plurals_and_missing_keys() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("en.ftl"),
            "a = A\nb = { $count ->\n    [one] one\n   *[other] many\n}\nc = C\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("ar.ftl"),
            "b = { $count ->\n    [zero] صفر\n    [one] واحد\n    [two] اثنان\n    [few] قليل\n    [many] كثير\n   *[other] آخر\n}\n",
        )
        .unwrap();
        let mut d = Vec::new();
        let i = I18n::load(
            Path::new("/nonexistent"),
            dir.path(),
            dir.path(),
            &config(&["en", "ar"]),
            &mut d,
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].code, "E0401");
        assert!(d[0].message.contains("a, c"), "{}", d[0].message);
        let forms: Vec<String> = [0.0, 1.0, 2.0, 3.0, 11.0, 100.0]
            .iter()
            .map(|n| {
                i.translate("ar", "b", &[("count".into(), Arg::Number(*n))])
                    .unwrap()
            })
            .collect();
        assert_eq!(forms, ["صفر", "واحد", "اثنان", "قليل", "كثير", "آخر"]);
        assert!(i.translate("en", "zzz", &[]).is_err());
    }
}
