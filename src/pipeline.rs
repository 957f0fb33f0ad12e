//! The build, start to finish: configuration, sources, model, theme, rendering, output.
//!
//! `build`, `check` and `serve` all call [`run`]; `check` stops before writing. Every stage adds
//! its problems to one list, so a single run reports everything, and nothing is written unless
//! the whole build succeeded.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::{self, SiteConfig};
use crate::diagnostic::{self, Diagnostic};
use crate::i18n::I18n;
use crate::locale::Date;
use crate::model::{self, SiteModel};
use crate::output::{self, WriteReport};
use crate::render::{self, Output};
use crate::{feeds, map, opendata, source, theme};

/// What to build and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// Site root (holds `site.toml`).
    pub root: PathBuf,
    /// Output folder; `None` uses `output_dir` from site.toml.
    pub output: Option<PathBuf>,
    /// Overrides `base_url` (for previews).
    pub base_url: Option<String>,
    /// Include drafts.
    pub drafts: bool,
    /// Write into a folder Homeward did not create.
    pub force: bool,
    /// Write the output (false for `check`).
    pub write: bool,
    /// The date "today" for checks; `None` is the real date.
    pub today: Option<Date>,
}

impl Options {
    /// Options to build the site at `root` with its own settings.
    pub fn new(root: impl Into<PathBuf>) -> Options {
        Options {
            root: root.into(),
            output: None,
            base_url: None,
            drafts: false,
            force: false,
            write: true,
            today: None,
        }
    }
}

/// The result of a build or check.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Every problem found, sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// What was written (builds that succeeded only).
    pub written: Option<WriteReport>,
    /// Number of files the site consists of.
    pub files: usize,
    /// Where the site was written.
    pub output_dir: Option<PathBuf>,
}

impl Outcome {
    /// True when an error was found.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Everything a build produced in memory, before writing.
pub struct Built {
    /// The model (kept for `serve`).
    pub model: SiteModel,
    /// The loaded theme (kept for `serve`).
    pub theme: theme::Theme,
    /// All output files.
    pub outputs: Vec<Output>,
}

/// Reads `site.toml` at the root.
pub fn load_config(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<SiteConfig> {
    let path = root.join("site.toml");
    let shown = PathBuf::from("site.toml");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            diagnostics.push(
                Diagnostic::error("E0001", format!("cannot read site.toml: {e}"))
                    .in_file(&shown)
                    .with_help("run homeward in the site's folder, or pass `--root DIR`; the folder needs a site.toml"),
            );
            return None;
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    match config::parse(text, &shown) {
        Ok(c) => Some(c),
        Err(mut d) => {
            diagnostics.append(&mut d);
            None
        }
    }
}

/// Runs every stage up to (not including) writing.
pub fn render_site(options: &Options, diagnostics: &mut Vec<Diagnostic>) -> Option<Built> {
    let root = &options.root;
    let mut config = load_config(root, diagnostics)?;
    if let Some(url) = &options.base_url {
        config.base_url = url.trim_end_matches('/').to_string();
    }
    let today = options.today.unwrap_or_else(Date::today);
    let tree = source::read_content(root, &root.join("content"), &config, diagnostics);
    let model = model::build(config, tree, options.drafts, today, diagnostics);
    let theme_dir = root.join("themes").join(&model.config.theme);
    let i18n = Arc::new(I18n::load(
        &root.join("i18n"),
        &theme_dir.join("i18n"),
        root,
        &model.config,
        diagnostics,
    ));
    let theme = theme::load(root, &model.config, i18n, diagnostics)?;
    warn_about_staleness(&model, today, diagnostics);
    render::check_template_overrides(&model, &theme, diagnostics);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return None;
    }
    let mut outputs = render::render_pages(&model, &theme, diagnostics);
    outputs.push(feeds::sitemap(&model));
    outputs.push(feeds::robots(&model));
    outputs.extend(feeds::atom_feeds(&model));
    outputs.extend(opendata::outputs(&model));
    if theme.has("search.html") {
        outputs.extend(crate::search::indexes(&model));
    }
    outputs.push(Output {
        path: map::WORLD_URL.trim_start_matches('/').to_string(),
        bytes: map::world_svg().into_bytes(),
    });
    outputs.extend(theme.static_files.iter().map(|s| Output {
        path: s.output.clone(),
        bytes: s.bytes.clone(),
    }));
    for asset in source::read_assets(&root.join("content"), diagnostics) {
        outputs.push(asset);
    }
    outputs.sort_by(|a, b| a.path.cmp(&b.path));
    for pair in outputs.windows(2) {
        if pair[0].path == pair[1].path {
            diagnostics.push(
                Diagnostic::error("E0130", format!("two outputs would be written to {}", pair[0].path))
                    .with_help("a page, a static file or a content asset have the same path; rename one of them"),
            );
        }
    }
    if diagnostics.iter().any(Diagnostic::is_error) {
        return None;
    }
    Some(Built {
        model,
        theme,
        outputs,
    })
}

/// Where the site goes: `--output`, else `output_dir` from site.toml, made absolute.
pub fn output_dir(options: &Options, config: &SiteConfig) -> PathBuf {
    let out = options
        .output
        .clone()
        .unwrap_or_else(|| options.root.join(&config.output_dir));
    if out.is_absolute() {
        out
    } else {
        std::env::current_dir().unwrap_or_default().join(out)
    }
}

/// Writes a successful build (after checking the output folder is safe to replace).
pub fn write(options: &Options, built: &Built) -> Result<(PathBuf, WriteReport), Diagnostic> {
    let out = output_dir(options, &built.model.config);
    let out = output::check_output_dir(&options.root, &out, options.force)?;
    let report = output::publish(&out, &built.outputs)?;
    Ok((out, report))
}

/// Builds (and, if `options.write`, writes) the site.
pub fn run(options: &Options) -> Outcome {
    run_keeping(options).0
}

/// Like [`run`], and also returns the model and theme of a successful build (for `serve`).
pub fn run_keeping(options: &Options) -> (Outcome, Option<Built>) {
    let mut outcome = Outcome::default();
    let mut diagnostics = Vec::new();
    let mut built = render_site(options, &mut diagnostics);
    if let Some(b) = &built {
        outcome.files = b.outputs.len();
        if options.write {
            match write(options, b) {
                Ok((out, report)) => {
                    outcome.written = Some(report);
                    outcome.output_dir = Some(out);
                }
                Err(d) => {
                    diagnostics.push(d);
                    built = None;
                }
            }
        }
    }
    diagnostic::dedup(&mut diagnostics);
    outcome.diagnostics = diagnostics;
    if let Some(b) = &mut built {
        // The bytes are on disk now; keep only what a later incremental rebuild needs.
        b.outputs = Vec::new();
    }
    (outcome, built)
}

/// Warnings that never fail a build on their own: facts not checked for over a year, and
/// translations older than their original.
fn warn_about_staleness(model: &SiteModel, today: Date, diagnostics: &mut Vec<Diagnostic>) {
    for a in &model.agreements {
        if let Some(checked) = a.checked
            && checked.days_until(today) > 365
            && let Some(&i) = model.by_identity.get(&a.page)
        {
            let file = &model.files[model.pages[i].versions[&model.config.default_language].file];
            diagnostics.push(
                Diagnostic::warning(
                    "W0001",
                    format!(
                        "the status of `{}` was last checked on {checked}, over a year ago",
                        a.id
                    ),
                )
                .in_file(&file.display_path)
                .with_help("check the status against its source and update `checked`"),
            );
        }
    }
    for page in &model.pages {
        let original = &page.versions[&model.config.default_language];
        for v in page.versions.values() {
            if let (Some(o), Some(t)) = (original.updated, v.updated)
                && t < o
            {
                diagnostics.push(
                    Diagnostic::warning(
                        "W0002",
                        format!("this translation ({t}) is older than its original ({o})"),
                    )
                    .in_file(&model.files[v.file].display_path)
                    .with_help("bring the translation up to date and set its `updated` date"),
                );
            }
        }
    }
}
