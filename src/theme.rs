//! The theme: Tera templates, static files and the `t` function for interface strings.
//!
//! A site's own `templates/` and `static/` override the theme's files one by one. Stylesheets and
//! scripts get a content hash in their names (`style.1a2b3c4d.css`) so servers can cache them
//! forever; templates find the final names in `assets`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tera::{Kwargs, State, Tera};
use walkdir::WalkDir;

use crate::config::SiteConfig;
use crate::diagnostic::Diagnostic;
use crate::i18n::{Arg, I18n};

/// Templates every theme must have.
pub const REQUIRED_TEMPLATES: &[&str] = &["index.html", "section.html", "page.html", "404.html"];

/// A static file to copy into the output.
#[derive(Debug, Clone)]
pub struct StaticFile {
    /// Path in the output, relative to its root.
    pub output: String,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// A loaded theme.
pub struct Theme {
    /// The compiled templates with `t` registered.
    pub tera: Tera,
    /// Static files with their output names.
    pub static_files: Vec<StaticFile>,
    /// Source name (`style.css`) → output URL (`/style.1a2b3c4d.css`).
    pub asset_urls: BTreeMap<String, String>,
    /// Template name → the file it came from (as shown in messages) and its text.
    pub template_files: BTreeMap<String, (PathBuf, String)>,
    /// The interface strings, also for text the engine writes into bodies (status shortcodes).
    pub i18n: Arc<I18n>,
}

impl std::fmt::Debug for Theme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Theme")
            .field("templates", &self.template_files.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Theme {
    /// True when the theme has a template of that name.
    pub fn has(&self, name: &str) -> bool {
        self.template_files.contains_key(name)
    }

    /// True when some template's text contains `word`. A context field whose name no template
    /// contains cannot be read, so the builder may skip making it: a theme that shows no
    /// country table does not pay for one on every country page. (The test is on the text,
    /// not Tera's analysis of it: it can only err towards making a field nobody reads.)
    pub fn names(&self, word: &str) -> bool {
        self.template_files
            .values()
            .any(|(_, text)| text.contains(word))
    }
}

/// The files under one of the theme's or the site's folders, by their path in it. A link that
/// leads out of the site root is reported and its files left out (see
/// [`crate::source::outside_root`]).
fn files_under(
    root: &Path,
    dir: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> BTreeMap<String, PathBuf> {
    let mut out = BTreeMap::new();
    if !dir.is_dir() {
        return out;
    }
    let real_root = crate::source::canonical_root(root);
    let escapes = std::cell::RefCell::new(Vec::new());
    let walker = WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| crate::source::inside_or_noted(e, &real_root, &escapes));
    for entry in walker.flatten() {
        if !entry.file_type().is_file() {
            continue;
        }
        let name = entry.file_name().to_string_lossy();
        if crate::source::is_editor_temporary(&name) {
            continue;
        }
        if let Ok(rel) = entry.path().strip_prefix(dir) {
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.insert(rel, entry.path().to_path_buf());
        }
    }
    for (link, target) in escapes.into_inner() {
        diagnostics.push(crate::source::link_out_of_root(root, &link, &target));
    }
    out
}

/// Loads the theme named in the configuration, with the site's overrides.
pub fn load(
    root: &Path,
    config: &SiteConfig,
    i18n: Arc<I18n>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Theme> {
    let theme_dir = root.join("themes").join(&config.theme);
    if !theme_dir.is_dir() {
        diagnostics.push(
            Diagnostic::error("E0500", format!("theme `{}` not found", config.theme))
                .in_file(Path::new("site.toml"))
                .with_help(format!(
                    "create themes/{}/ or set `theme` in site.toml to a folder under themes/",
                    config.theme
                )),
        );
        return None;
    }
    let mut templates = files_under(root, &theme_dir.join("templates"), diagnostics);
    templates.extend(files_under(root, &root.join("templates"), diagnostics));
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    let mut template_files = BTreeMap::new();
    let mut sources = Vec::new();
    for (name, path) in &templates {
        let shown = crate::source::display(root, path);
        match std::fs::read_to_string(path) {
            Ok(text) => {
                template_files.insert(name.clone(), (shown.clone(), text.clone()));
                sources.push((name.clone(), text, shown));
            }
            Err(e) => diagnostics.push(
                Diagnostic::error("E0121", format!("cannot read this template: {e}"))
                    .in_file(&shown)
                    .with_help("templates must be readable UTF-8 files"),
            ),
        }
    }
    register_t(&mut tera, Arc::clone(&i18n));
    crate::publish::feedback::register(&mut tera, config.feedback.clone());
    if let Err(e) = tera.add_raw_templates(sources.iter().map(|(n, t, _)| (n.as_str(), t.as_str())))
    {
        // Tera stops at the first problem; its report names the template.
        let report = e.to_string();
        let culprit = sources
            .iter()
            .find(|(name, _, _)| {
                report.contains(&format!("--> {name}:")) || report.contains(&format!("'{name}'"))
            })
            .or(sources.first());
        let (text, shown) = culprit
            .map(|(_, t, s)| (t.as_str(), s.clone()))
            .unwrap_or(("", PathBuf::from("templates")));
        diagnostics.push(template_error("E0503", "template error", &e, &shown, text));
        return None;
    }
    for required in REQUIRED_TEMPLATES {
        if !template_files.contains_key(*required) {
            diagnostics.push(
                Diagnostic::error("E0501", format!("the theme has no `{required}` template"))
                    .in_file(&crate::source::display(root, &theme_dir.join("templates")))
                    .with_help(format!(
                        "add templates/{required} to the theme or to the site"
                    )),
            );
        }
    }
    let mut statics = files_under(root, &theme_dir.join("static"), diagnostics);
    statics.extend(files_under(root, &root.join("static"), diagnostics));
    let mut static_files = Vec::new();
    let mut asset_urls = BTreeMap::new();
    for (rel, path) in statics {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                diagnostics.push(
                    Diagnostic::error("E0121", format!("cannot read this static file: {e}"))
                        .in_file(&crate::source::display(root, &path))
                        .with_help("check the file's permissions"),
                );
                continue;
            }
        };
        let output = match rel.rsplit_once('.') {
            Some((stem, ext)) if ext == "css" || ext == "js" => {
                format!("{stem}.{}.{ext}", crate::fingerprint::content_hash(&bytes))
            }
            _ => rel.clone(),
        };
        asset_urls.insert(rel, format!("/{output}"));
        static_files.push(StaticFile { output, bytes });
    }
    Some(Theme {
        tera,
        static_files,
        asset_urls,
        template_files,
        i18n,
    })
}

/// Registers `t(key=..., ...)`: the interface string in the language of the page being
/// rendered (read from `lang_code` in the context), with Fluent arguments.
fn register_t(tera: &mut Tera, i18n: Arc<I18n>) {
    // Most calls name only a key (a country page makes hundreds of them): those are answered
    // with a template value made once, a shared string rather than a new one per call.
    let mut fixed: rustc_hash::FxHashMap<String, rustc_hash::FxHashMap<String, tera::Value>> =
        Default::default();
    for (lang, key, text) in i18n.fixed_messages() {
        fixed
            .entry(lang.to_string())
            .or_default()
            .insert(key.to_string(), tera::Value::from(text));
    }
    tera.register_function(
        "t",
        move |kwargs: Kwargs, state: &State| -> tera::TeraResult<tera::Value> {
            let key: &str = kwargs.must_get("key")?;
            // Read as a value, not a `String`: Tera makes a `String` argument with `format!`.
            let lang_value: tera::Value = state
                .get::<tera::Value>("lang_code")?
                .ok_or_else(|| tera::Error::message("`t` needs `lang_code` in the context"))?;
            let lang = match lang_value.as_str() {
                Some(code) => std::borrow::Cow::Borrowed(code),
                None => std::borrow::Cow::Owned(lang_value.to_string()),
            };
            if kwargs.iter().nth(1).is_none()
                && let Some(text) = fixed.get(lang.as_ref()).and_then(|m| m.get(key))
            {
                return Ok(text.clone());
            }
            let mut args = Vec::new();
            for (name, value) in kwargs.iter() {
                let name = name.to_string();
                if name == "key" {
                    continue;
                }
                let arg = match value.as_number() {
                    Some(tera::Number::Integer(i)) => Arg::Number(i as f64),
                    Some(tera::Number::Float(f)) => Arg::Number(f),
                    _ => Arg::Text(
                        value
                            .as_str()
                            .map_or_else(|| value.to_string(), str::to_string),
                    ),
                };
                args.push((name, arg));
            }
            i18n.translate(&lang, key, &args)
                .map(tera::Value::from)
                .map_err(tera::Error::message)
        },
    );
}

/// Turns a Tera error into a diagnostic, pointing at the template line when Tera gives one.
pub fn template_error(
    code: &'static str,
    what: &str,
    error: &tera::Error,
    file: &Path,
    text: &str,
) -> Diagnostic {
    let report = error.to_string();
    let mut message = format!("{what}: {}", first_line(&report));
    if let Some(source) = std::error::Error::source(error) {
        message.push_str(&format!(": {source}"));
    }
    let d = Diagnostic::error(code, message);
    let d = match line_col_in_report(&report) {
        Some((line, col)) => {
            let offset = offset_of(text, line, col);
            d.at(file, text, offset..offset + 1)
        }
        None => d.in_file(file),
    };
    d.with_help("check the template's `{{ }}` and `{% %}` tags: every block, for and if is closed, names are spelled as in the theme README")
}

fn first_line(s: &str) -> &str {
    s.lines().find(|l| !l.trim().is_empty()).unwrap_or(s).trim()
}

/// Finds `:LINE:COL` after a file name in Tera's report.
fn line_col_in_report(report: &str) -> Option<(usize, usize)> {
    for line in report.lines() {
        let Some(pos) = line.find("-->") else {
            continue;
        };
        let rest = line[pos + 3..].trim();
        let mut parts = rest.rsplitn(3, ':');
        let col = parts.next()?.trim().parse().ok()?;
        let line_no = parts.next()?.trim().parse().ok()?;
        return Some((line_no, col));
    }
    None
}

fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return offset
                + l.char_indices()
                    .nth(col.saturating_sub(1))
                    .map_or(0, |(b, _)| b);
        }
        offset += l.len();
    }
    offset.min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asset_hash_is_stable() {
        use crate::fingerprint::content_hash;
        assert_eq!(content_hash(b"body{}"), content_hash(b"body{}"));
        assert_ne!(content_hash(b"a"), content_hash(b"b"));
        assert_eq!(content_hash(b"").len(), 8);
    }

    #[test]
    fn syntax_error_points_at_template_line() {
        let text = "<p>\n{% if x %}\n<b>{{ y </b>\n";
        let mut t = Tera::default();
        let e = t.add_raw_template("a.html", text).unwrap_err();
        let d = template_error(
            "E0503",
            "template syntax error",
            &e,
            Path::new("themes/t/templates/a.html"),
            text,
        );
        let loc = d.location.clone().expect("location");
        assert!(loc.line >= 2, "{d:?}");
    }
}
