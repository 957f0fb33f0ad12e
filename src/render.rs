//! Rendering the model through the theme: every page in every language, route answer pages,
//! 404 pages and the language chooser.
//!
//! The context each template sees is documented in `themes/default/README.md`; this module is
//! its single source. Values are computed here (localised dates and names, statuses, URLs), so
//! templates only lay out. Pages render in parallel; the model and theme are shared read-only.

use std::path::PathBuf;

use rayon::prelude::*;

use crate::config::Language;
use crate::context::{self, Generated, Shared, obj};
use crate::diagnostic::Diagnostic;
use crate::model::{PageKind, SiteModel};
use crate::slug::encode_path;
use crate::theme::{Theme, template_error};

/// One file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Path relative to the output root, `/` separated (`fr/countries/cambodge/index.html`).
    pub path: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

impl Output {
    /// An output file from a root-relative URL (`/fr/x/` → `fr/x/index.html`).
    pub fn page(url: &str, html: impl Into<Vec<u8>>) -> Output {
        let mut path = url.trim_start_matches('/').to_string();
        if path.is_empty() || path.ends_with('/') {
            path.push_str("index.html");
        }
        Output {
            path,
            bytes: html.into(),
        }
    }
}

/// What one render job produces.
enum Job {
    Page(usize),
    RoutePage(String),
    Search,
    NotFound,
}

/// Checks `template = "..."` overrides before rendering, so a missing template is reported once,
/// at the line that names it.
pub fn check_template_overrides(
    model: &SiteModel,
    theme: &Theme,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for page in &model.pages {
        let Some(template) = &page.template else {
            continue;
        };
        if theme.has(template) {
            continue;
        }
        let file = &model.files[page.versions[&model.config.default_language].file];
        let offset = file.text.find(&format!("\"{template}\"")).unwrap_or(0);
        diagnostics.push(
            Diagnostic::error("E0501", format!("template `{template}` does not exist"))
                .at(
                    &file.display_path,
                    &file.text,
                    offset..offset + template.len() + 2,
                )
                .with_help(format!(
                    "use one of the theme's templates ({}) or add templates/{template} to the site",
                    theme
                        .template_files
                        .keys()
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
        );
    }
}

/// Renders one page in every language (for incremental rebuilds).
pub fn render_page_everywhere(
    model: &SiteModel,
    theme: &Theme,
    shared: &Shared,
    page: usize,
) -> Result<Vec<Output>, Vec<Diagnostic>> {
    let mut outputs = Vec::new();
    let mut failures = Vec::new();
    for lang in &model.config.languages {
        match render_job(model, theme, shared, &Job::Page(page), lang) {
            Ok(o) => outputs.push(o),
            Err(f) => failures.push(f),
        }
    }
    if failures.is_empty() {
        Ok(outputs)
    } else {
        Err(group_render_failures(failures))
    }
}

/// Renders every HTML page of the site.
pub fn render_pages(
    model: &SiteModel,
    theme: &Theme,
    shared: &Shared,
    sink: &dyn Sink,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut jobs: Vec<(Job, &Language)> = Vec::new();
    let has_finder = model.pages.iter().any(|p| p.kind == PageKind::Routes);
    for lang in &model.config.languages {
        for i in 0..model.pages.len() {
            jobs.push((Job::Page(i), lang));
        }
        if has_finder && theme.has("route.html") {
            for code in &model.countries_with_agreements {
                jobs.push((Job::RoutePage(code.clone()), lang));
            }
        }
        if theme.has("search.html") {
            jobs.push((Job::Search, lang));
        }
        jobs.push((Job::NotFound, lang));
    }
    // Each page goes to the sink as soon as it is rendered, so the site is never held whole
    // in memory.
    let failures: Vec<(Diagnostic, String)> = jobs
        .par_iter()
        .filter_map(
            |(job, lang)| match render_job(model, theme, shared, job, lang) {
                Ok(o) => sink.put(o).err().map(|d| (d, String::new())),
                Err(f) => Some(f),
            },
        )
        .collect();
    let (write_errors, failures): (Vec<_>, Vec<_>) = failures
        .into_iter()
        .partition(|(d, _)| d.code.starts_with("E06"));
    diagnostics.extend(write_errors.into_iter().map(|(d, _)| d).take(1));
    diagnostics.extend(group_render_failures(failures));
    if model.config.root == crate::config::RootMode::LanguageChooser {
        match render_chooser(model, shared, theme).and_then(|o| sink.put(o)) {
            Ok(()) => {}
            Err(d) => diagnostics.push(d),
        }
        // Static hosts look for /404.html: give them the default language's.
        let default = model.config.default_lang();
        match render_job(model, theme, shared, &Job::NotFound, default) {
            Ok(mut o) => {
                o.path = "404.html".to_string();
                if let Err(d) = sink.put(o) {
                    diagnostics.push(d);
                }
            }
            Err((d, _)) => diagnostics.push(d),
        }
    }
}

/// Where rendered files go: the staging folder of a build, or nowhere (for `check`).
pub trait Sink: Sync {
    /// Takes one output file.
    fn put(&self, output: Output) -> Result<(), Diagnostic>;
}

/// The same template mistake breaks every page that uses it: report it once, naming the first
/// page and how many others.
fn group_render_failures(mut failures: Vec<(Diagnostic, String)>) -> Vec<Diagnostic> {
    failures.sort_by(|a, b| a.1.cmp(&b.1));
    let mut grouped: Vec<(Diagnostic, Vec<String>)> = Vec::new();
    for (d, page) in failures {
        if d.code == "E0501" {
            continue; // reported by check_template_overrides
        }
        match grouped
            .iter_mut()
            .find(|(g, _)| g.code == d.code && g.message == d.message && g.location == d.location)
        {
            Some((_, pages)) => pages.push(page),
            None => grouped.push((d, vec![page])),
        }
    }
    grouped
        .into_iter()
        .map(|(mut d, pages)| {
            let others = pages.len() - 1;
            let also = if others > 0 { format!(" (and {others} other page{})", if others == 1 { "" } else { "s" }) } else { String::new() };
            d.help = Some(format!(
                "while rendering {}{also}; a variable may be misspelt or missing for this kind of page: the theme README lists every variable",
                pages[0]
            ));
            d
        })
        .collect()
}

fn render_job(
    model: &SiteModel,
    theme: &Theme,
    shared: &Shared,
    job: &Job,
    lang: &Language,
) -> Result<Output, (Diagnostic, String)> {
    let ls = shared.lang(&lang.code);
    match job {
        Job::Page(i) => {
            let page = &model.pages[*i];
            let template = page
                .template
                .clone()
                .unwrap_or_else(|| page.kind.template().to_string());
            let template = if theme.has(&template) || page.template.is_some() {
                template
            } else if page.is_index() {
                "section.html".to_string()
            } else {
                "page.html".to_string()
            };
            let version = model.version_for(page, &lang.code);
            let file = &model.files[version.file].display_path;
            if !theme.has(&template) {
                // Reported once, at the `template` line, by `check_template_overrides`.
                return Err((
                    Diagnostic::error("E0501", format!("template `{template}` does not exist")),
                    String::new(),
                ));
            }
            let context = context::page_context(model, ls, *i, lang);
            render(theme, &template, &context)
                .map(|html| Output::page(model.url(*i, &lang.code), html))
                .map_err(|d| (d, file.display().to_string()))
        }
        Job::RoutePage(code) => {
            let name = context::strings(model, lang).country(code);
            let (finder_title, crumbs) = match ls.finder_crumb() {
                Some((title, crumb)) => (title, vec![crumb]),
                None => (String::new(), Vec::new()),
            };
            let url_in = |l: &str| model.route_page_url(code, l);
            let title = format!("{finder_title}: {name}");
            let (mut c, url) = linked_context(model, ls, lang, "route", title, &url_in, crumbs);
            c.insert_value(
                "route",
                crate::domain_context::route_context(model, ls, code, lang),
            );
            c.insert_value("finder", ls.finder.clone());
            render(theme, "route.html", &c)
                .map(|html| Output::page(&url, html))
                .map_err(|d| (d, format!("the route page for {code}")))
        }
        Job::Search => {
            let url_in = |l: &str| crate::search::page_url(model, l);
            let title = theme_string(theme, lang, "search-title");
            let (mut c, url) =
                linked_context(model, ls, lang, "search", title, &url_in, Vec::new());
            c.insert_value(
                "search",
                obj! {
                    "index_url": encode_path(&crate::search::index_url(model, &lang.code)),
                    "sections": crate::search::site_index(model, &lang.code),
                },
            );
            render(theme, "search.html", &c)
                .map(|html| Output::page(&url, html))
                .map_err(|d| (d, "the search page".to_string()))
        }
        Job::NotFound => {
            let prefix = |l: &str| model.config.language_prefix(l);
            let url_in = |l: &str| format!("{}404.html", prefix(l));
            let c = generated_context(
                model,
                ls,
                lang,
                Generated {
                    kind: "404",
                    title: String::new(),
                    url: prefix(&lang.code),
                    url_in: &url_in,
                    linked: false,
                    crumbs: Vec::new(),
                },
            );
            render(theme, "404.html", &c)
                .map(|html| Output::page(&url_in(&lang.code), html))
                .map_err(|d| (d, "the 404 page".to_string()))
        }
    }
}

fn render_chooser(model: &SiteModel, shared: &Shared, theme: &Theme) -> Result<Output, Diagnostic> {
    let lang = model.config.default_lang();
    let ls = shared.lang(&lang.code);
    let url_in = |l: &str| model.config.language_prefix(l);
    let c = generated_context(
        model,
        ls,
        lang,
        Generated {
            kind: "chooser",
            title: String::new(),
            url: url_in(&lang.code),
            url_in: &url_in,
            linked: false,
            crumbs: Vec::new(),
        },
    );
    render(theme, "chooser.html", &c).map(|html| Output::page("/", html))
}

/// The context of a page with no content file: the common parts and its `page` object.
fn generated_context(
    model: &SiteModel,
    ls: &context::LangShared,
    lang: &Language,
    generated: Generated<'_>,
) -> tera::Context {
    let mut c = context::base(ls, lang, "");
    c.insert_value("page", context::generated_page(model, ls, lang, generated));
    c
}

/// The context of a generated page in the site's tree (with alternates and breadcrumbs), and
/// its URL.
fn linked_context(
    model: &SiteModel,
    ls: &context::LangShared,
    lang: &Language,
    kind: &str,
    title: String,
    url_in: &dyn Fn(&str) -> String,
    crumbs: Vec<tera::Value>,
) -> (tera::Context, String) {
    let url = url_in(&lang.code);
    let generated = Generated {
        kind,
        title,
        url: url.clone(),
        url_in,
        linked: true,
        crumbs,
    };
    (generated_context(model, ls, lang, generated), url)
}

/// Room reserved for a rendered page: most pages of the default theme fit, so the buffer is
/// not regrown (and its contents copied) a dozen times as Tera writes into it.
const PAGE_CAPACITY: usize = 16 * 1024;

/// Renders a template to bytes. Tera writes only `str`s, so the bytes are UTF-8; rendering
/// to a `String` would check that again for every page.
fn render(theme: &Theme, template: &str, context: &tera::Context) -> Result<Vec<u8>, Diagnostic> {
    let mut html = Vec::with_capacity(PAGE_CAPACITY);
    let rendered = theme.tera.render_to(template, context, &mut html);
    rendered.map(|()| html).map_err(|e| {
        // Tera's report names the template the error is in (maybe a parent such as base.html).
        let report = e.to_string();
        let (template_file, text) = theme
            .template_files
            .iter()
            .find(|(name, _)| report.contains(&format!("--> {name}:")))
            .or_else(|| theme.template_files.get_key_value(template))
            .map(|(_, (f, t))| (f.clone(), t.as_str()))
            .unwrap_or_else(|| (PathBuf::from(template), ""));
        template_error(
            "E0502",
            &format!("template error in {template}"),
            &e,
            &template_file,
            text,
        )
    })
}

/// The interface string `key` outside a template (titles of generated pages).
fn theme_string(theme: &Theme, lang: &Language, key: &str) -> String {
    let mut c = tera::Context::new();
    c.insert("lang_code", &lang.code);
    theme
        .tera
        .render_str(&format!("{{{{ t(key=\"{key}\") }}}}"), &c, false)
        .unwrap_or_else(|_| key.to_string())
}
