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
    /// Also write `.gz` and `.br` copies of text files (or `compress = true` in site.toml).
    pub compress: bool,
    /// Request every link to another site and report broken ones (`check --external-links`).
    pub external_links: bool,
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
            compress: false,
            external_links: false,
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
    /// The route answers this build changes compared with the site already in the output
    /// folder (`None` when there was no site there to compare with).
    pub answer_changes: Option<crate::answer_changes::Report>,
    /// Entries into force the data announces for the coming days, for `check` to list.
    pub due_changes: Vec<crate::status_prose::DueChange>,
}

impl Outcome {
    /// True when an error was found.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// What a successful build keeps in memory for incremental rebuilds.
pub struct Built {
    /// The model.
    pub model: SiteModel,
    /// The loaded theme.
    pub theme: theme::Theme,
    /// The per-language parts of template contexts, kept for incremental re-renders (a
    /// body-only edit changes none of them).
    pub shared: crate::context::Shared,
}

/// Prints how long each stage took when `HOMEWARD_PROFILE` is set (for profiling by hand;
/// benchmarks measure the whole command).
struct StageClock {
    enabled: bool,
    last: std::time::Instant,
    last_cpu: f64,
}

/// CPU seconds (user and system, all threads) the process has used so far; 0 where the
/// platform does not say.
fn cpu_seconds() -> f64 {
    #[cfg(unix)]
    {
        // SAFETY: getrusage fills the zeroed struct it is given and reads nothing else.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } == 0 {
            let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
            return secs(usage.ru_utime) + secs(usage.ru_stime);
        }
    }
    0.0
}

impl StageClock {
    fn new() -> StageClock {
        StageClock {
            enabled: std::env::var_os("HOMEWARD_PROFILE").is_some(),
            last: std::time::Instant::now(),
            last_cpu: cpu_seconds(),
        }
    }

    fn lap(&mut self, stage: &str) {
        if self.enabled {
            // Peak resident memory so far, from the kernel (Linux only; blank elsewhere).
            let peak = std::fs::read_to_string("/proc/self/status")
                .ok()
                .and_then(|s| {
                    s.lines()
                        .find(|l| l.starts_with("VmHWM:"))
                        .map(|l| l[6..].trim().to_string())
                })
                .unwrap_or_default();
            let cpu = cpu_seconds();
            eprintln!(
                "  {stage:<12} {:>8.1} ms   cpu {:>8.1} ms   peak {peak}",
                self.last.elapsed().as_secs_f64() * 1000.0,
                (cpu - self.last_cpu) * 1000.0
            );
            self.last_cpu = cpu;
        }
        self.last = std::time::Instant::now();
    }
}

/// Reads `site.toml` at the root.
pub fn load_config(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<SiteConfig> {
    let path = root.join("site.toml");
    let shown = PathBuf::from("site.toml");
    if let Some(target) = source::outside_root(&source::canonical_root(root), &path) {
        diagnostics.push(source::link_out_of_root(root, &path, &target));
        return None;
    }
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

/// Reads everything and builds the model and theme; `None` when there are errors.
pub fn prepare(
    options: &Options,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(SiteModel, theme::Theme)> {
    prepare_stamped(options, diagnostics, &mut None)
}

/// [`prepare`], also giving the stamps of the content files as they were read (see
/// [`crate::source::ContentTree::stamps`]).
fn prepare_stamped(
    options: &Options,
    diagnostics: &mut Vec<Diagnostic>,
    content_stamps: &mut Option<Vec<crate::fingerprint::FileStamp>>,
) -> Option<(SiteModel, theme::Theme)> {
    let mut clock = StageClock::new();
    let root = &options.root;
    let mut config = load_config(root, diagnostics)?;
    crate::publish::settings::lint(&config.feedback, diagnostics);
    if let Some(url) = &options.base_url {
        config.base_url = url.trim_end_matches('/').to_string();
    }
    let today = options.today.unwrap_or_else(Date::today);
    let mut tree = source::read_content(root, &root.join("content"), &config, diagnostics);
    *content_stamps = tree.stamps.take();
    clock.lap("read");
    // The theme depends only on the configuration: it loads while the model is built.
    let theme_config = config.clone();
    let mut theme_diagnostics = Vec::new();
    let (model, theme) = rayon::join(
        || model::build(config, tree, options.drafts, today, diagnostics),
        || {
            let theme_dir = root.join("themes").join(&theme_config.theme);
            let i18n = Arc::new(I18n::load(
                &root.join("i18n"),
                &theme_dir.join("i18n"),
                root,
                &theme_config,
                &mut theme_diagnostics,
            ));
            theme::load(root, &theme_config, i18n, &mut theme_diagnostics)
        },
    );
    diagnostics.append(&mut theme_diagnostics);
    clock.lap("model+theme");
    let theme = theme?;
    let mut model = model;
    crate::translation::provenance::check(&mut model, root, diagnostics);
    crate::translation::glossary::check(&model, root, diagnostics);
    crate::translation::strings::check(root, &model.config, diagnostics);
    warn_about_staleness(&model, today, diagnostics);
    crate::status_prose::warn_contradictions(&model, &theme.i18n, diagnostics);
    warn_about_orphans(&model, diagnostics);
    render::check_template_overrides(&model, &theme, diagnostics);
    clock.lap("theme");
    if diagnostics.iter().any(Diagnostic::is_error) {
        return None;
    }
    Some((model, theme))
}

/// [`produce`] through the publishing scan, which reads what the pages load (for the
/// Content-Security-Policy) and writes `_headers` and `_redirects`: build and check do the same
/// work, so check reports what build would.
fn produce_scanned(
    options: &Options,
    model: &SiteModel,
    theme: &theme::Theme,
    shared: &crate::context::Shared,
    sink: &dyn render::Sink,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let scanning = crate::publish::Scanning::new(sink, &model.config);
    produce(options, model, theme, shared, &scanning, diagnostics);
    scanning.finish(&model.config, diagnostics);
}

/// Renders every output of the site into `sink`.
pub fn produce(
    options: &Options,
    model: &SiteModel,
    theme: &theme::Theme,
    shared: &crate::context::Shared,
    sink: &dyn render::Sink,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut clock = StageClock::new();
    let put = |o: Output, diagnostics: &mut Vec<Diagnostic>| {
        if let Err(d) = sink.put(o) {
            diagnostics.push(d);
        }
    };
    // Pages on one side, feeds, open data and search indexes on the other: each side is
    // parallel inside, and running them together fills the serial gaps of each (assembling
    // an index, writing the sitemap) with the other's work.
    let mut derived = Vec::new();
    let started = std::time::Instant::now();
    let profile = clock.enabled;
    rayon::join(
        || {
            render::render_pages(model, theme, shared, sink, diagnostics);
            if profile {
                eprintln!(
                    "    pages done at {:.1} ms",
                    started.elapsed().as_secs_f64() * 1e3
                );
            }
        },
        || {
            for o in feeds::sitemap(model) {
                put(o, &mut derived);
            }
            put(feeds::robots(model), &mut derived);
            feeds::atom_feeds(model, &theme.i18n, &mut |o| put(o, &mut derived));
            for o in opendata::outputs(model) {
                put(o, &mut derived);
            }
            if profile {
                eprintln!(
                    "    feeds and data done at {:.1} ms",
                    started.elapsed().as_secs_f64() * 1e3
                );
            }
            if theme.has("search.html") {
                crate::search::indexes(model, &mut |o| put(o, &mut derived));
            }
            if profile {
                eprintln!(
                    "    search done at {:.1} ms",
                    started.elapsed().as_secs_f64() * 1e3
                );
            }
        },
    );
    diagnostics.append(&mut derived);
    clock.lap("pages+feeds+data+search");
    put(
        Output {
            path: map::WORLD_URL.trim_start_matches('/').to_string(),
            bytes: map::world_svg().into_bytes(),
        },
        diagnostics,
    );
    for s in &theme.static_files {
        put(
            Output {
                path: s.output.clone(),
                bytes: s.bytes.clone(),
            },
            diagnostics,
        );
    }
    let assets = source::read_assets(
        &options.root.join("content"),
        &model.assets,
        model.config.allow_unsafe_html,
        diagnostics,
    );
    for asset in assets {
        put(asset, diagnostics);
    }
    clock.lap("static");
}

fn report_duplicates(duplicates: Vec<String>, diagnostics: &mut Vec<Diagnostic>) {
    for path in duplicates {
        diagnostics.push(
            Diagnostic::error("E0130", format!("two outputs would be written to {path}"))
                .with_help("a page, a static file or a content asset have the same path; rename one of them"),
        );
    }
}

/// Where the site goes: `--output`, else `output_dir` from site.toml, made absolute.
pub fn output_dir(options: &Options, config: &SiteConfig) -> PathBuf {
    let out = options
        .output
        .clone()
        .unwrap_or_else(|| options.root.join(&config.output_dir));
    let out = if out.is_absolute() {
        out
    } else {
        std::env::current_dir().unwrap_or_default().join(out)
    };
    // `./public` from the default `--root .` is shown and compared as `public`.
    out.components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect()
}

/// Builds (and, if `options.write`, writes) the site.
pub fn run(options: &Options) -> Outcome {
    run_with(options, false).0
}

/// [`run`] for a process that exits right after (the `build` and `check` commands): the model
/// is left for the system to reclaim at exit, instead of being freed an allocation at a time
/// (about 1% of a 10,000-page build).
pub fn run_then_exit(options: &Options) -> Outcome {
    let (outcome, built) = run_with(options, false);
    std::mem::forget(built);
    outcome
}

/// Like [`run`], and also returns the model and theme of a successful build (for `serve`).
pub fn run_keeping(options: &Options) -> (Outcome, Option<Built>) {
    run_with(options, true)
}

/// The options and date that change a build's result, for the fingerprint.
fn settings(options: &Options) -> String {
    format!(
        "{:?}|{}|{}|{}",
        options.base_url,
        options.drafts,
        options.compress,
        options.today.unwrap_or_else(Date::today),
    )
}

/// Whether a build can be skipped.
enum Freshness {
    /// The output was built from exactly these inputs and nobody touched it since: where it
    /// is and how many files it holds.
    UpToDate(PathBuf, usize),
    /// A build is needed; the fingerprint of its inputs, taken before anything is read (a file
    /// saved during the build then differs from the recorded fingerprint, so the next build
    /// runs again instead of keeping a stale page).
    Stale(String),
    /// A build is needed and there is no earlier one to compare with: the inputs but the
    /// content are stamped now, and the content as it is read.
    Cold(crate::fingerprint::InputsBeforeContent),
}

fn freshness(options: &Options) -> Freshness {
    let before_content =
        crate::fingerprint::InputsBeforeContent::stamp(&options.root, &settings(options));
    let mut ignored = Vec::new();
    let Some(config) = load_config(&options.root, &mut ignored) else {
        return Freshness::Cold(before_content);
    };
    let out = output_dir(options, &config);
    let Some((recorded_inputs, recorded_outputs)) =
        std::fs::read_to_string(out.join(output::MARKER))
            .ok()
            .and_then(|marker| crate::fingerprint::recorded(&marker))
    else {
        return Freshness::Cold(before_content);
    };
    let inputs = before_content.with_content(crate::fingerprint::content_stamps(&options.root));
    if recorded_inputs != inputs
        || recorded_outputs != crate::fingerprint::outputs(&out, output::MARKER)
    {
        return Freshness::Stale(inputs);
    }
    let files = walkdir::WalkDir::new(&out)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .count();
    Freshness::UpToDate(out, files.saturating_sub(1))
}

/// Records the fingerprints of a clean build in its output's marker file.
fn record(inputs: &str, outputs: &str, out: &Path) {
    let text = format!(
        "This folder is written by homeward build. It is replaced whole on every build.\ninputs: {inputs}\noutputs: {outputs}\n"
    );
    let _ = std::fs::write(out.join(output::MARKER), text);
}

fn run_with(options: &Options, keep: bool) -> (Outcome, Option<Built>) {
    let mut outcome = Outcome::default();
    let mut diagnostics = Vec::new();
    let mut built = None;
    let mut inputs = None;
    let mut cold = None;
    let mut clock = StageClock::new();
    if options.write && !keep {
        let fresh = freshness(options);
        clock.lap("fingerprint");
        match fresh {
            Freshness::UpToDate(out, files) => {
                outcome.written = Some(WriteReport {
                    written: 0,
                    unchanged: files,
                });
                outcome.files = files;
                outcome.output_dir = Some(out);
                return (outcome, None);
            }
            Freshness::Stale(fingerprint) => inputs = Some(fingerprint),
            Freshness::Cold(before_content) => cold = Some(before_content),
        }
    }
    let mut content_stamps = None;
    let prepared = prepare_stamped(options, &mut diagnostics, &mut content_stamps);
    if let (Some(before_content), Some(stamps)) = (cold, content_stamps) {
        inputs = Some(before_content.with_content(stamps));
    }
    if let Some((mut model, theme)) = prepared {
        outcome.due_changes =
            crate::status_prose::due_changes(&model, options.today.unwrap_or_else(Date::today));
        crate::links::lint(&model, &mut diagnostics);
        if options.external_links {
            crate::links::check(&model, &mut diagnostics);
        }
        if !keep {
            // Every check that points into a source file has run; rendering needs only the
            // parsed bodies, so the texts can go (a large site halves its memory).
            for file in &mut model.files {
                file.text = String::new();
            }
        }
        let shared = crate::context::Shared::new(&model, &theme);
        // `serve` rebuilds its own private copy: nobody reads a comparison with it.
        let answer_changes = if keep {
            None
        } else {
            crate::answer_changes::report(&model, output_dir(options, &model.config))
        };
        if options.write {
            let out = output_dir(options, &model.config);
            match output::check_output_dir(&options.root, &out, options.force).and_then(|out| {
                output::Staging::begin_with(&out, options.compress || model.config.compress)
                    .map(|s| (out, s))
            }) {
                Ok((out, staging)) => {
                    produce_scanned(options, &model, &theme, &shared, &staging, &mut diagnostics);
                    report_duplicates(staging.duplicates(), &mut diagnostics);
                    outcome.files = staging.count();
                    if diagnostics.iter().any(Diagnostic::is_error) {
                        drop(staging); // removes the staging folder; the old site stays
                    } else {
                        clock.lap("(build)");
                        let outputs = staging.outputs_fingerprint();
                        match staging.commit() {
                            Ok(report) => {
                                if let (Some(inputs), Some(outputs)) = (&inputs, &outputs)
                                    && diagnostics.is_empty()
                                {
                                    record(inputs, outputs, &out);
                                }
                                clock.lap("swap");
                                outcome.answer_changes = answer_changes;
                                outcome.written = Some(report);
                                outcome.output_dir = Some(out);
                                built = Some(Built {
                                    model,
                                    theme,
                                    shared,
                                });
                            }
                            Err(d) => diagnostics.push(d),
                        }
                    }
                }
                Err(d) => diagnostics.push(d),
            }
        } else {
            let sink = output::Discard::default();
            produce_scanned(options, &model, &theme, &shared, &sink, &mut diagnostics);
            report_duplicates(sink.duplicates(), &mut diagnostics);
            outcome.files = sink.count();
            outcome.answer_changes = answer_changes;
            built = Some(Built {
                model,
                theme,
                shared,
            });
        }
    }
    diagnostic::dedup(&mut diagnostics);
    outcome.diagnostics = diagnostics;
    (outcome, built)
}

/// Warns about pages a reader cannot reach: in no section listing (their folder has no
/// `_index.md`), not in the menu, and the target of no `@/` link.
fn warn_about_orphans(model: &SiteModel, diagnostics: &mut Vec<Diagnostic>) {
    use rayon::prelude::*;
    // Every page's links, side by side (a 10,000-page site has ~100,000).
    let linked: std::collections::HashSet<String> = model
        .pages
        .par_iter()
        .flat_map_iter(|page| page.versions.values())
        .flat_map_iter(|version| &version.body.links)
        .map(|link| crate::model::link_identity(&link.target, &model.config))
        .collect();
    for (i, page) in model.pages.iter().enumerate() {
        let listed = page
            .parent_identity()
            .is_none_or(|parent| model.by_identity.contains_key(&parent));
        if listed || model.menu.contains(&i) || linked.contains(&page.identity) {
            continue;
        }
        let file = &model.files[page.versions[&model.config.default_language].file];
        diagnostics.push(
            Diagnostic::warning("W0003", "no page links to this page, and no section lists it")
                .in_file(&file.display_path)
                .with_help("add an `_index.md` to its folder so the section lists it, or link to it with `@/...`"),
        );
    }
}

/// W0030 for every contact last checked over a year before `today`, at its country page.
fn warn_about_stale_contacts(model: &SiteModel, today: Date, diagnostics: &mut Vec<Diagnostic>) {
    for page in &model.pages {
        let file = &model.files[page.versions[&model.config.default_language].file];
        diagnostics.extend(
            page.contacts
                .iter()
                .filter_map(|c| crate::contact::stale(c, today, &file.display_path, &file.text)),
        );
    }
}

/// Warnings that never fail a build on their own: facts not checked for over a year, and
/// translations older than their original.
fn warn_about_staleness(model: &SiteModel, today: Date, diagnostics: &mut Vec<Diagnostic>) {
    warn_about_stale_contacts(model, today, diagnostics);
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
