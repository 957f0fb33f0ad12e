//! Rendering the model through the theme: every page in every language, route answer pages,
//! 404 pages and the language chooser.
//!
//! The context each template sees is documented in `themes/default/README.md`; this module is
//! its single source. Values are computed here (localised dates and names, statuses, URLs), so
//! templates only lay out. Pages render in parallel; the model and theme are shared read-only.

use std::path::PathBuf;

use rayon::prelude::*;
use serde_json::{Map, Value, json};

use crate::agreement::Agreement;
use crate::config::Language;
use crate::country::REGIONS;
use crate::diagnostic::Diagnostic;
use crate::locale::{Date, LocaleStrings};
use crate::map::{self, Relation};
use crate::model::{Page, PageKind, SiteModel};
use crate::route::Instrument;
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
    pub fn page(url: &str, html: String) -> Output {
        let mut path = url.trim_start_matches('/').to_string();
        if path.is_empty() || path.ends_with('/') {
            path.push_str("index.html");
        }
        Output {
            path,
            bytes: html.into_bytes(),
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
    page: usize,
) -> Result<Vec<Output>, Vec<Diagnostic>> {
    let mut outputs = Vec::new();
    let mut failures = Vec::new();
    for lang in &model.config.languages {
        match render_job(model, theme, &Job::Page(page), lang) {
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
        .filter_map(|(job, lang)| match render_job(model, theme, job, lang) {
            Ok(o) => sink.put(o).err().map(|d| (d, String::new())),
            Err(f) => Some(f),
        })
        .collect();
    let (write_errors, failures): (Vec<_>, Vec<_>) = failures
        .into_iter()
        .partition(|(d, _)| d.code.starts_with("E06"));
    diagnostics.extend(write_errors.into_iter().map(|(d, _)| d).take(1));
    diagnostics.extend(group_render_failures(failures));
    if model.config.root == crate::config::RootMode::LanguageChooser {
        match render_chooser(model, theme).and_then(|o| sink.put(o)) {
            Ok(()) => {}
            Err(d) => diagnostics.push(d),
        }
        // Static hosts look for /404.html: give them the default language's.
        let default = model.config.default_lang();
        match render_job(model, theme, &Job::NotFound, default) {
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
    job: &Job,
    lang: &Language,
) -> Result<Output, (Diagnostic, String)> {
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
            let context = page_context(model, theme, *i, lang);
            render(theme, &template, context, file)
                .map(|html| Output::page(model.url(*i, &lang.code), html))
                .map_err(|d| (d, file.display().to_string()))
        }
        Job::RoutePage(code) => {
            let context = route_page_context(model, theme, code, lang);
            let url = model.route_page_url(code, &lang.code);
            render(
                theme,
                "route.html",
                context,
                &PathBuf::from("content/routes/_index.md"),
            )
            .map(|html| Output::page(&url, html))
            .map_err(|d| (d, format!("the route page for {code}")))
        }
        Job::Search => {
            let url = crate::search::page_url(model, &lang.code);
            let title = theme_string(theme, lang, "search-title");
            let mut c = base_context(model, theme, lang, "search", title);
            generated_page(
                &mut c,
                model,
                lang,
                |l| crate::search::page_url(model, l),
                Vec::new(),
            );
            c.insert(
                "search".into(),
                json!({
                    "index_url": encode_path(&crate::search::index_url(model, &lang.code)),
                    "sections": crate::search::site_index(model, &lang.code),
                }),
            );
            render(theme, "search.html", c, &PathBuf::from("themes"))
                .map(|html| Output::page(&url, html))
                .map_err(|d| (d, "the search page".to_string()))
        }
        Job::NotFound => {
            let context = base_context(model, theme, lang, "404", String::new());
            let path = format!("{}404.html", model.config.language_prefix(&lang.code));
            render(theme, "404.html", context, &PathBuf::from("themes"))
                .map(|html| Output::page(&path, html))
                .map_err(|d| (d, "the 404 page".to_string()))
        }
    }
}

fn render_chooser(model: &SiteModel, theme: &Theme) -> Result<Output, Diagnostic> {
    let lang = model.config.default_lang();
    let context = base_context(model, theme, lang, "chooser", String::new());
    render(theme, "chooser.html", context, &PathBuf::from("themes"))
        .map(|html| Output::page("/", html))
}

fn render(
    theme: &Theme,
    template: &str,
    context: Map<String, Value>,
    file: &std::path::Path,
) -> Result<String, Diagnostic> {
    let context = tera::Context::from_serialize(&Value::Object(context)).map_err(|e| {
        Diagnostic::error("E0502", format!("cannot build the template context: {e}")).in_file(file)
    })?;
    theme.tera.render(template, &context).map_err(|e| {
        // Tera's report names the template the error is in (maybe a parent such as base.html).
        let report = e.to_string();
        let (template_file, text) = theme
            .template_files
            .iter()
            .find(|(name, _)| report.contains(&format!("--> {name}:")))
            .or_else(|| theme.template_files.get_key_value(template))
            .map(|(_, (f, t))| (f.clone(), t.as_str()))
            .unwrap_or_else(|| (PathBuf::from(template), ""));
        let _ = file;
        template_error(
            "E0502",
            &format!("template error in {template}"),
            &e,
            &template_file,
            text,
        )
    })
}

fn date_value(strings: &LocaleStrings, date: Option<Date>) -> Value {
    match date {
        Some(d) => json!({ "iso": d.to_string(), "display": strings.date(d) }),
        None => Value::Null,
    }
}

fn lang_value(lang: &Language) -> Value {
    json!({ "code": lang.code, "name": lang.name, "dir": lang.dir.as_str() })
}

/// The parts every template sees.
fn base_context(
    model: &SiteModel,
    theme: &Theme,
    lang: &Language,
    kind: &str,
    title: String,
) -> Map<String, Value> {
    let config = &model.config;
    let mut c = Map::new();
    c.insert("lang_code".into(), json!(lang.code));
    c.insert("lang".into(), lang_value(lang));
    c.insert(
        "site".into(),
        json!({
            "title": lang.title,
            "description": lang.description,
            "base_url": config.base_url,
            "default_language": config.default_language,
            "search_url": if theme.has("search.html") { encode_path(&crate::search::page_url(model, &lang.code)) } else { String::new() },
            "languages": config.languages.iter().map(|l| json!({
                "code": l.code, "name": l.name, "dir": l.dir.as_str(),
                "url": encode_path(&config.language_prefix(&l.code)),
            })).collect::<Vec<_>>(),
        }),
    );
    let menu: Vec<Value> = model
        .menu
        .iter()
        .map(|&i| {
            let p = &model.pages[i];
            json!({
                "title": model.version_for(p, &lang.code).title,
                "url": encode_path(model.url(i, &lang.code)),
                "section": p.section,
                "is_current": false,
            })
        })
        .collect();
    c.insert("menu".into(), Value::Array(menu));
    c.insert(
        "assets".into(),
        json!({
            "css": theme.asset_urls.get("style.css").cloned().unwrap_or_default(),
            "js": theme.asset_urls.get("homeward.js").cloned().unwrap_or_default(),
        }),
    );
    let prefix = config.language_prefix(&lang.code);
    let translations: Vec<Value> = config
        .languages
        .iter()
        .map(|l| {
            let url = match kind {
                "404" => format!("{}404.html", config.language_prefix(&l.code)),
                _ => config.language_prefix(&l.code),
            };
            json!({ "code": l.code, "name": l.name, "dir": l.dir.as_str(), "url": encode_path(&url),
                    "is_current": l.code == lang.code, "is_fallback": false })
        })
        .collect();
    c.insert(
        "page".into(),
        json!({
            "kind": kind,
            "title": title,
            "description": lang.description,
            "content": "",
            "content_lang": lang_value(lang),
            "is_fallback": false,
            "machine_translated": false,
            "url": encode_path(&prefix),
            "permalink": model.absolute_url(&prefix),
            "canonical": model.absolute_url(&prefix),
            "alternates": [],
            "translations": translations,
            "breadcrumbs": [],
            "toc": [],
            "sources": [],
            "pages": [],
            "countries": [],
            "agreements": [],
        }),
    );
    c
}

fn strings<'a>(model: &'a SiteModel, lang: &Language) -> &'a LocaleStrings {
    &model.locale[&lang.code]
}

fn country_ref(model: &SiteModel, code: &str, lang: &Language) -> Value {
    json!({
        "code": code,
        "name": strings(model, lang).country(code),
        "url": model.country_url(code, &lang.code).map(encode_path).unwrap_or_default(),
    })
}

fn agreement_title(model: &SiteModel, a: &Agreement, lang: &Language) -> (String, String) {
    match model.by_identity.get(&a.page) {
        Some(&i) => (
            model.version_for(&model.pages[i], &lang.code).title.clone(),
            encode_path(model.url(i, &lang.code)),
        ),
        None => (a.id.clone(), String::new()),
    }
}

/// "in-force" when any party has it in force with another, "signed" otherwise.
fn status_summary(a: &Agreement) -> &'static str {
    if !a.kind.is_transfer_route() {
        return "none";
    }
    let in_force = a
        .parties
        .iter()
        .filter(|p| {
            matches!(
                p.status(),
                crate::agreement::PartyStatus::InForce | crate::agreement::PartyStatus::Listed
            )
        })
        .count();
    if in_force >= 2 { "in-force" } else { "signed" }
}

fn agreement_summary(model: &SiteModel, a: &Agreement, lang: &Language) -> Value {
    let s = strings(model, lang);
    let (title, url) = agreement_title(model, a, lang);
    json!({
        "id": a.id, "title": title, "url": url, "kind": a.kind.as_str(),
        "is_transfer_route": a.kind.is_transfer_route(),
        "signed": date_value(s, a.signed),
        "status_summary": status_summary(a),
        "status": status_summary(a),
        "party_count": a.parties.len(),
    })
}

fn instrument_value(model: &SiteModel, i: &Instrument, lang: &Language) -> Value {
    let (title, url, kind) = match model.agreement(&i.agreement) {
        Some(a) => {
            let (t, u) = agreement_title(model, a, lang);
            (t, u, a.kind.as_str())
        }
        None => (i.agreement.clone(), String::new(), "other"),
    };
    json!({ "id": i.agreement, "title": title, "url": url, "kind": kind,
            "status": i.status.as_str(), "unverified": i.unverified })
}

fn page_context(
    model: &SiteModel,
    theme: &Theme,
    index: usize,
    lang: &Language,
) -> Map<String, Value> {
    let page = &model.pages[index];
    let config = &model.config;
    let s = strings(model, lang);
    let version = model.version_for(page, &lang.code);
    let is_fallback = version.lang != lang.code;
    let content_lang = config
        .language(&version.lang)
        .unwrap_or(config.default_lang());
    let mut c = base_context(
        model,
        theme,
        lang,
        page.kind.as_str(),
        version.title.clone(),
    );
    let url = model.url(index, &lang.code).to_string();

    // Menu: mark the current section.
    let top = page.section.split('/').next().unwrap_or("");
    if let Some(Value::Array(menu)) = c.get_mut("menu") {
        for (item, &mi) in menu.iter_mut().zip(&model.menu) {
            let section_top = model.pages[mi].section.split('/').next().unwrap_or("");
            item["is_current"] = json!(!top.is_empty() && section_top == top);
        }
    }

    let translations: Vec<Value> = config
        .languages
        .iter()
        .map(|l| {
            json!({
                "code": l.code, "name": l.name, "dir": l.dir.as_str(),
                "url": encode_path(model.url(index, &l.code)),
                "is_current": l.code == lang.code,
                "is_fallback": !page.versions.contains_key(&l.code),
            })
        })
        .collect();
    let mut alternates: Vec<Value> = config
        .languages
        .iter()
        .filter(|l| page.versions.contains_key(&l.code))
        .map(|l| json!({ "hreflang": l.code, "href": model.absolute_url(model.url(index, &l.code)) }))
        .collect();
    alternates.push(json!({ "hreflang": "x-default", "href": model.absolute_url(model.url(index, &config.default_language)) }));
    let canonical = if is_fallback {
        model.absolute_url(model.url(index, &config.default_language))
    } else {
        model.absolute_url(&url)
    };

    let content = version
        .body
        .resolve_links(|li| model.link_url(&version.body.links[li], &lang.code));
    let toc: Vec<Value> = version
        .body
        .headings
        .iter()
        .filter(|h| h.level == 2 || h.level == 3)
        .map(|h| json!({ "level": h.level, "id": h.id, "title": h.title }))
        .collect();
    let sources: Vec<Value> = version
        .sources
        .iter()
        .map(|src| json!({ "title": src.title, "url": src.url, "checked": date_value(s, src.checked) }))
        .collect();
    let pages: Vec<Value> = model
        .children
        .get(&index)
        .map(|children| {
            children
                .iter()
                .map(|&ci| {
                    let child = &model.pages[ci];
                    let cv = model.version_for(child, &lang.code);
                    json!({
                        "title": cv.title, "description": cv.description,
                        "url": encode_path(model.url(ci, &lang.code)),
                        "date": date_value(s, child.date),
                        "updated": date_value(s, cv.updated),
                        "is_fallback": cv.lang != lang.code,
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let breadcrumbs = breadcrumbs(model, page, lang);
    let countries: Vec<Value> = page
        .countries
        .iter()
        .map(|code| country_ref(model, code, lang))
        .collect();
    let agreements: Vec<Value> = page
        .agreements
        .iter()
        .filter_map(|id| model.agreement(id))
        .map(|a| agreement_summary(model, a, lang))
        .collect();
    let feed_url = (page.is_index() && page.section == "news").then(|| {
        encode_path(&format!(
            "{}news/atom.xml",
            config.language_prefix(&lang.code)
        ))
    });

    c.insert(
        "page".into(),
        json!({
            "kind": page.kind.as_str(),
            "title": version.title,
            "description": if version.description.is_empty() { lang.description.clone() } else { version.description.clone() },
            "content": content,
            "content_lang": lang_value(content_lang),
            "is_fallback": is_fallback,
            "machine_translated": version.machine_translated && !is_fallback,
            "date": date_value(s, page.date),
            "updated": date_value(s, version.updated),
            "url": encode_path(&url),
            "permalink": model.absolute_url(&url),
            "canonical": canonical,
            "alternates": alternates,
            "translations": translations,
            "breadcrumbs": breadcrumbs,
            "toc": toc,
            "sources": sources,
            "pages": pages,
            "countries": countries,
            "agreements": agreements,
            "feed_url": feed_url,
        }),
    );

    match page.kind {
        PageKind::Country => {
            if let Some(code) = &page.country {
                c.insert("country".into(), country_context(model, page, code, lang));
            }
        }
        PageKind::Agreement => {
            if let Some(a) = page.agreement.as_deref().and_then(|id| model.agreement(id)) {
                c.insert("agreement".into(), agreement_context(model, a, lang));
            }
        }
        PageKind::Countries => {
            c.insert("regions".into(), regions_context(model, lang));
        }
        PageKind::Agreements => {
            let mut list: Vec<Value> = model
                .agreements
                .iter()
                .map(|a| agreement_summary(model, a, lang))
                .collect();
            list.sort_by(|a, b| {
                let key = |v: &Value| {
                    (
                        v["is_transfer_route"].as_bool() == Some(false),
                        v["title"].as_str().unwrap_or("").to_lowercase(),
                    )
                };
                key(a).cmp(&key(b))
            });
            c.insert("agreements_list".into(), Value::Array(list));
        }
        PageKind::Routes => {
            c.insert("finder".into(), finder_context(model, lang));
        }
        _ => {}
    }
    c
}

fn breadcrumbs(model: &SiteModel, page: &Page, lang: &Language) -> Vec<Value> {
    let mut crumbs = Vec::new();
    if page.identity == "_index" {
        return crumbs;
    }
    if let Some(&home) = model.by_identity.get("_index") {
        crumbs.push(json!({ "title": model.version_for(&model.pages[home], &lang.code).title, "url": encode_path(model.url(home, &lang.code)) }));
    }
    let folders: Vec<&str> = page.section.split('/').filter(|s| !s.is_empty()).collect();
    let depth = if page.is_index() {
        folders.len().saturating_sub(1)
    } else {
        folders.len()
    };
    for n in 1..=depth {
        let identity = format!("{}/_index", folders[..n].join("/"));
        if let Some(&i) = model.by_identity.get(&identity) {
            crumbs.push(json!({ "title": model.version_for(&model.pages[i], &lang.code).title, "url": encode_path(model.url(i, &lang.code)) }));
        }
    }
    crumbs
}

fn country_context(model: &SiteModel, page: &Page, code: &str, lang: &Language) -> Value {
    let s = strings(model, lang);
    let region = model
        .registry
        .get(code)
        .map(|c| c.region.clone())
        .unwrap_or_default();
    let contacts: Vec<Value> = page
        .contacts
        .iter()
        .map(|c| json!({ "role": c.role, "name": c.name, "url": c.url, "email": c.email, "phone": c.phone,
                         "address": c.address, "source": c.source, "checked": date_value(s, c.checked) }))
        .collect();
    let agreements: Vec<Value> = model
        .agreements
        .iter()
        .filter_map(|a| a.party(code).map(|p| (a, p)))
        .map(|(a, p)| {
            let mut v = agreement_summary(model, a, lang);
            v["party"] = json!({
                "signed": date_value(s, p.signed), "ratified": date_value(s, p.ratified),
                "in_force": date_value(s, p.in_force), "denounced": date_value(s, p.denounced),
                "notes": p.notes, "unverified": p.is_unverified(), "status": p.status().as_str(),
            });
            v
        })
        .collect();
    let mut routes: Vec<Value> = Vec::new();
    let mut highlights = vec![(code.to_string(), Relation::This)];
    for partner in model.routes.partners_of(code) {
        let outbound: Vec<Value> = model
            .routes
            .between(partner, code)
            .iter()
            .map(|i| instrument_value(model, i, lang))
            .collect();
        let inbound: Vec<Value> = model
            .routes
            .between(code, partner)
            .iter()
            .map(|i| instrument_value(model, i, lang))
            .collect();
        let best = [
            model.routes.best(partner, code),
            model.routes.best(code, partner),
        ]
        .into_iter()
        .flatten()
        .min_by_key(|i| (i.status, i.unverified));
        let Some(best) = best else { continue };
        highlights.push((
            partner.to_string(),
            if best.status == crate::route::RouteStatus::InForce {
                Relation::InForce
            } else {
                Relation::Signed
            },
        ));
        routes.push(json!({
            "partner": country_ref(model, partner, lang),
            "status": best.status.as_str(),
            "unverified": best.unverified,
            "outbound": outbound,
            "inbound": inbound,
        }));
    }
    routes.sort_by(|a, b| {
        a["partner"]["name"]
            .as_str()
            .cmp(&b["partner"]["name"].as_str())
    });
    let name = s.country(code);
    json!({
        "code": code,
        "name": name,
        "region": { "code": region, "name": s.region_names.get(&region).cloned().unwrap_or_default() },
        "contacts": contacts,
        "agreements": agreements,
        "routes": routes,
        "route_page_url": encode_path(&model.route_page_url(code, &lang.code)),
        "map": { "svg": map::country_map(&highlights, &name), "legend_id": "map-legend" },
    })
}

fn agreement_context(model: &SiteModel, a: &Agreement, lang: &Language) -> Value {
    let s = strings(model, lang);
    let (title, url) = agreement_title(model, a, lang);
    let mut parties: Vec<Value> = a
        .parties
        .iter()
        .map(|p| {
            json!({
                "country": country_ref(model, &p.country, lang),
                "signed": date_value(s, p.signed), "ratified": date_value(s, p.ratified),
                "in_force": date_value(s, p.in_force), "denounced": date_value(s, p.denounced),
                "notes": p.notes, "unverified": p.is_unverified(), "status": p.status().as_str(),
            })
        })
        .collect();
    parties.sort_by(|x, y| {
        x["country"]["name"]
            .as_str()
            .cmp(&y["country"]["name"].as_str())
    });
    let in_force_count = a
        .parties
        .iter()
        .filter(|p| p.status() == crate::agreement::PartyStatus::InForce)
        .count();
    json!({
        "id": a.id, "title": title, "url": url, "kind": a.kind.as_str(),
        "is_transfer_route": a.kind.is_transfer_route(),
        "signed_place": a.signed_place,
        "signed": date_value(s, a.signed), "in_force": date_value(s, a.in_force),
        "text_url": a.text_url, "source": a.source, "source_title": a.source_title,
        "checked": date_value(s, a.checked),
        "parties_complete": a.parties_complete,
        "parties": parties,
        "party_count": a.parties.len(),
        "in_force_count": in_force_count,
    })
}

fn regions_context(model: &SiteModel, lang: &Language) -> Value {
    let s = strings(model, lang);
    let mut regions = Vec::new();
    for region in REGIONS {
        let mut countries: Vec<Value> = model
            .countries_with_agreements
            .iter()
            .filter(|c| model.registry.get(c).is_some_and(|i| i.region == *region))
            .map(|code| {
                let partners = model.routes.partners_of(code);
                let mut in_force = 0;
                let mut signed = 0;
                for p in &partners {
                    let best = [model.routes.best(p, code), model.routes.best(code, p)]
                        .into_iter()
                        .flatten()
                        .map(|i| i.status)
                        .min();
                    match best {
                        Some(crate::route::RouteStatus::InForce) => in_force += 1,
                        Some(crate::route::RouteStatus::Signed) => signed += 1,
                        None => {}
                    }
                }
                let mut v = country_ref(model, code, lang);
                v["in_force_count"] = json!(in_force);
                v["signed_count"] = json!(signed);
                v["route_page_url"] = json!(encode_path(&model.route_page_url(code, &lang.code)));
                v
            })
            .collect();
        if countries.is_empty() {
            continue;
        }
        countries.sort_by(|a, b| a["name"].as_str().cmp(&b["name"].as_str()));
        regions.push(json!({ "code": region, "name": s.region_names.get(*region).cloned().unwrap_or_default(), "countries": countries }));
    }
    Value::Array(regions)
}

fn finder_context(model: &SiteModel, lang: &Language) -> Value {
    let s = strings(model, lang);
    let mut countries: Vec<Value> = model
        .countries_with_agreements
        .iter()
        .map(|code| json!({ "code": code, "name": s.country(code), "route_page_url": encode_path(&model.route_page_url(code, &lang.code)) }))
        .collect();
    countries.sort_by(|a, b| a["name"].as_str().cmp(&b["name"].as_str()));
    json!({
        "countries": countries,
        "data_url": "/data/routes/{code}.json",
        "names_url": format!("/data/names.{}.json", lang.code),
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

/// Fills the page fields of a generated page (one with no content file): its URL in each
/// language, switcher, alternates and breadcrumbs (home first, then `crumbs`).
fn generated_page(
    c: &mut Map<String, Value>,
    model: &SiteModel,
    lang: &Language,
    url_in: impl Fn(&str) -> String,
    crumbs: Vec<Value>,
) {
    let url = url_in(&lang.code);
    let Some(Value::Object(page)) = c.get_mut("page") else {
        return;
    };
    page.insert("url".into(), json!(encode_path(&url)));
    page.insert("permalink".into(), json!(model.absolute_url(&url)));
    page.insert("canonical".into(), json!(model.absolute_url(&url)));
    page.insert(
        "translations".into(),
        Value::Array(
            model
                .config
                .languages
                .iter()
                .map(|l| {
                    json!({
                        "code": l.code, "name": l.name, "dir": l.dir.as_str(),
                        "url": encode_path(&url_in(&l.code)),
                        "is_current": l.code == lang.code, "is_fallback": false,
                    })
                })
                .collect(),
        ),
    );
    let mut alternates: Vec<Value> = model
        .config
        .languages
        .iter()
        .map(|l| json!({ "hreflang": l.code, "href": model.absolute_url(&url_in(&l.code)) }))
        .collect();
    alternates.push(json!({ "hreflang": "x-default", "href": model.absolute_url(&url_in(&model.config.default_language)) }));
    page.insert("alternates".into(), Value::Array(alternates));
    let mut all = Vec::new();
    if let Some(&home) = model.by_identity.get("_index") {
        all.push(json!({ "title": model.version_for(&model.pages[home], &lang.code).title, "url": encode_path(model.url(home, &lang.code)) }));
    }
    all.extend(crumbs);
    page.insert("breadcrumbs".into(), Value::Array(all));
}

fn route_page_context(
    model: &SiteModel,
    theme: &Theme,
    code: &str,
    lang: &Language,
) -> Map<String, Value> {
    let s = strings(model, lang);
    let finder_page = model.pages.iter().position(|p| p.kind == PageKind::Routes);
    let title = finder_page
        .map(|i| model.version_for(&model.pages[i], &lang.code).title.clone())
        .unwrap_or_default();
    let name = s.country(code);
    let mut c = base_context(model, theme, lang, "route", format!("{title}: {name}"));
    let mut crumbs = Vec::new();
    if let Some(i) = finder_page {
        crumbs.push(json!({ "title": title, "url": encode_path(model.url(i, &lang.code)) }));
    }
    generated_page(
        &mut c,
        model,
        lang,
        |l| model.route_page_url(code, l),
        crumbs,
    );
    let mut answers: Vec<Value> = model
        .countries_with_agreements
        .iter()
        .filter(|other| other.as_str() != code)
        .map(|other| {
            let instruments = model.routes.between(code, other);
            let best = instruments.first();
            json!({
                "national_of": country_ref(model, other, lang),
                "status": best.map_or("none", |i| i.status.as_str()),
                "unverified": best.is_some_and(|i| i.unverified),
                "instruments": instruments.iter().map(|i| instrument_value(model, i, lang)).collect::<Vec<_>>(),
            })
        })
        .collect();
    answers.sort_by(|a, b| {
        a["national_of"]["name"]
            .as_str()
            .cmp(&b["national_of"]["name"].as_str())
    });
    c.insert(
        "route".into(),
        json!({ "detained_in": country_ref(model, code, lang), "answers": answers }),
    );
    c.insert("finder".into(), finder_context(model, lang));
    c
}
