//! The site as data: pages grouped by identity with their translations, countries, agreements,
//! derived routes, URLs and resolved links.
//!
//! Built once from the read sources and shared read-only by every renderer. All cross-checks
//! live here (duplicate URLs, broken links and anchors, unknown countries and agreements,
//! translations without an original). Nothing here knows about HTML or writes files.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;

use rayon::prelude::*;

use crate::agreement::{self, Agreement, SourceRef};
use crate::config::SiteConfig;
use crate::country::{CountryRegistry, REGIONS};
use crate::diagnostic::Diagnostic;
use crate::frontmatter::{self, RawFrontMatter, Split};
use crate::locale::{Date, LocaleStrings};
use crate::markdown::{self, RenderedMarkdown};
use crate::route::Routes;
use crate::slug;
use crate::source::{ContentTree, SourceFile};

/// What a page is, which decides its template and generated parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// `content/_index.md`.
    Home,
    /// A section's own page.
    Section,
    /// An ordinary page.
    Page,
    /// A page with a `[country]` table.
    Country,
    /// A page with an `[agreement]` table.
    Agreement,
    /// `content/countries/_index.md`: the directory.
    Countries,
    /// `content/agreements/_index.md`: the list.
    Agreements,
    /// `content/routes/_index.md`: the route finder.
    Routes,
}

impl PageKind {
    /// The name templates see, and the template file it picks (`country` → `country.html`).
    pub fn as_str(self) -> &'static str {
        match self {
            PageKind::Home => "home",
            PageKind::Section => "section",
            PageKind::Page => "page",
            PageKind::Country => "country",
            PageKind::Agreement => "agreement",
            PageKind::Countries => "countries",
            PageKind::Agreements => "agreements",
            PageKind::Routes => "routes",
        }
    }

    /// The template that renders this kind.
    pub fn template(self) -> &'static str {
        match self {
            PageKind::Home => "index.html",
            PageKind::Section => "section.html",
            PageKind::Page => "page.html",
            PageKind::Country => "country.html",
            PageKind::Agreement => "agreement.html",
            PageKind::Countries => "countries.html",
            PageKind::Agreements => "agreements.html",
            PageKind::Routes => "routes.html",
        }
    }
}

/// Where a fact comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Name of the document.
    pub title: String,
    /// Address.
    pub url: Option<String>,
    /// When last checked.
    pub checked: Option<Date>,
}

/// A contact office of a country (see [`crate::contact`]).
pub use crate::contact::Contact;

/// One language version of a page: one file.
#[derive(Debug, Clone)]
pub struct Version {
    /// Index of the file in [`SiteModel::files`].
    pub file: usize,
    /// Language code.
    pub lang: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub description: String,
    /// URL slug.
    pub slug: String,
    /// How far this translation is reviewed (`machine` for originals too: never shown there).
    pub translation: crate::translation::State,
    /// The hash of the original's text this translation translates, when recorded.
    pub translation_of: Option<String>,
    /// Set after the model is built when the original changed since (see
    /// `translation::provenance::check`).
    pub stale: Option<crate::translation::provenance::Stale>,
    /// Sources of the page's facts.
    pub sources: Vec<Source>,
    /// Last update of this version.
    pub updated: Option<Date>,
    /// The rendered body.
    pub body: RenderedMarkdown,
    /// Translations of the original's data texts, by the original's words (`[[texts]]`).
    pub texts: Vec<(String, String)>,
}

impl Version {
    /// This version's words for a text of the original's data tables, if it translates them.
    pub fn translated(&self, original: &str) -> Option<&str> {
        self.texts
            .iter()
            .find(|(words, _)| words == original)
            .map(|(_, text)| text.as_str())
    }
}

/// A page and all its translations.
#[derive(Debug, Clone)]
pub struct Page {
    /// `countries/cambodia`, `news/_index`, `_index`.
    pub identity: String,
    /// Section folder (`countries`; empty at the root).
    pub section: String,
    /// What it is.
    pub kind: PageKind,
    /// Template override from front matter.
    pub template: Option<String>,
    /// Listing order.
    pub weight: Option<i64>,
    /// Publication date.
    pub date: Option<Date>,
    /// Countries named in front matter (or the page's own country).
    pub countries: Vec<String>,
    /// Agreements named in front matter (or the page's own agreement).
    pub agreements: Vec<String>,
    /// The `[country]` code, for country pages.
    pub country: Option<String>,
    /// Contacts, for country pages.
    pub contacts: Vec<Contact>,
    /// The agreement id, for agreement pages.
    pub agreement: Option<String>,
    /// Versions by language; the default language is always present.
    pub versions: BTreeMap<String, Version>,
}

impl Page {
    /// True for a section's own page.
    pub fn is_index(&self) -> bool {
        self.identity == "_index" || self.identity.ends_with("/_index")
    }

    /// Identity of the section page this page is listed in: its folder's `_index` for a page,
    /// the folder above for a section; `None` for the home page.
    pub fn parent_identity(&self) -> Option<String> {
        if self.identity == "_index" {
            return None;
        }
        let folder = if self.is_index() {
            self.section.rsplit_once('/').map_or("", |(p, _)| p)
        } else {
            self.section.as_str()
        };
        Some(if folder.is_empty() {
            "_index".to_string()
        } else {
            format!("{folder}/_index")
        })
    }
}

/// The whole site.
#[derive(Debug)]
pub struct SiteModel {
    /// Configuration.
    pub config: SiteConfig,
    /// The source files (kept for diagnostics and for their text).
    pub files: Vec<SourceFile>,
    /// Pages, sorted by identity.
    pub pages: Vec<Page>,
    /// Page index by identity.
    pub by_identity: FxHashMap<String, usize>,
    /// Agreements sorted by id.
    pub agreements: Vec<Agreement>,
    /// Agreement index by id.
    pub agreement_index: FxHashMap<String, usize>,
    /// Indexes of the agreements each country is a party to, in `agreements` order: a
    /// country page lists its own without scanning every agreement of the site.
    pub agreements_by_country: FxHashMap<String, Vec<usize>>,
    /// Country page index by ISO code.
    pub country_pages: BTreeMap<String, usize>,
    /// Derived routes.
    pub routes: Routes,
    /// Every country with any agreement, by code.
    pub countries_with_agreements: BTreeSet<String>,
    /// Country registry.
    pub registry: CountryRegistry,
    /// Localised strings per language.
    pub locale: BTreeMap<String, LocaleStrings>,
    /// Root-relative URL of each page in each language: `urls[page][language index]`.
    pub urls: Vec<Vec<String>>,
    /// The same URLs percent-encoded, as links and feeds print them: encoded once, not on
    /// every page that links to them.
    pub encoded_urls: Vec<Vec<String>>,
    /// Children of each section page (by page index), sorted for listing.
    pub children: FxHashMap<usize, Vec<usize>>,
    /// Top-level sections for the menu, sorted.
    pub menu: Vec<usize>,
    /// Non-Markdown files of `content/`, relative paths.
    pub assets: BTreeSet<String>,
    /// Pages whose original file exists but could not be read or parsed (already reported):
    /// links to them are not reported again, so one typo is one error, not dozens.
    pub failed_pages: BTreeSet<String>,
}

struct ParsedFile {
    file: usize,
    split: Split,
    /// Boxed: the raw front matter is large, and moving it through the vectors and groups of
    /// a 10,000-file build showed up in profiles.
    front: Box<RawFrontMatter>,
    body: RenderedMarkdown,
}

/// Builds the model. Problems are pushed to `diagnostics`; the model is still returned so a
/// check can report everything at once.
pub fn build(
    config: SiteConfig,
    tree: ContentTree,
    include_drafts: bool,
    today: Date,
    diagnostics: &mut Vec<Diagnostic>,
) -> SiteModel {
    let files = tree.files;
    let rejected: Vec<String> = tree
        .rejected
        .iter()
        .map(|path| link_identity(path, &config))
        .collect();
    let assets: BTreeSet<String> = tree.assets.into_iter().collect();
    let registry = CountryRegistry::builtin();
    let allow_unsafe = config.allow_unsafe_html;
    let parsed: Vec<(Option<ParsedFile>, Vec<Diagnostic>)> = files
        .par_iter()
        .enumerate()
        .map(|(index, file)| parse_file(index, file, allow_unsafe))
        .collect();
    let mut parsed_files = Vec::with_capacity(parsed.len());
    for (p, mut d) in parsed {
        diagnostics.append(&mut d);
        if let Some(p) = p {
            parsed_files.push(p);
        }
    }

    // Group by identity; the default language's file carries the data.
    let mut groups: BTreeMap<String, Vec<ParsedFile>> = BTreeMap::new();
    for p in parsed_files {
        groups.entry(files[p.file].identity()).or_default().push(p);
    }
    // Pages whose original exists but failed to parse: their translations are not orphans.
    let originals: BTreeSet<String> = files
        .iter()
        .filter(|f| f.lang == config.default_language)
        .map(SourceFile::identity)
        .chain(rejected)
        .collect();
    let parsed_originals: BTreeSet<&String> = groups
        .iter()
        .filter(|(_, g)| {
            g.iter()
                .any(|p| files[p.file].lang == config.default_language)
        })
        .map(|(identity, _)| identity)
        .collect();
    let failed_pages: BTreeSet<String> = originals
        .iter()
        .filter(|identity| !parsed_originals.contains(identity))
        .cloned()
        .collect();
    // An agreement file that did not parse hides its id: references to ids are only checked
    // once every agreement file reads.
    let agreement_ids_known = !failed_pages.iter().any(|i| i.starts_with("agreements/"));
    let mut pages = Vec::new();
    let mut agreements: Vec<Agreement> = Vec::new();
    let mut declared_ids: BTreeSet<String> = BTreeSet::new();
    for group in groups.values() {
        for p in group {
            if let Some(a) = &p.front.agreement {
                declared_ids.insert(a.get_ref().id.get_ref().clone());
            }
        }
    }
    // Pages are built side by side (each from its own files), then taken in identity order
    // with their agreements and problems, as a loop over the groups would give them.
    let built: Vec<(Option<Page>, Vec<Agreement>, Vec<Diagnostic>)> = groups
        .into_par_iter()
        .map(|(identity, group)| {
            let mut found_agreements = Vec::new();
            let mut found = Vec::new();
            let original_failed = !group
                .iter()
                .any(|p| files[p.file].lang == config.default_language)
                && originals.contains(&identity);
            let page = match original_failed {
                true => None,
                false => build_page(
                    &identity,
                    group,
                    &files,
                    &config,
                    &registry,
                    today,
                    include_drafts,
                    &mut found_agreements,
                    &mut found,
                ),
            };
            (page, found_agreements, found)
        })
        .collect();
    for (page, mut found_agreements, mut found) in built {
        pages.extend(page);
        agreements.append(&mut found_agreements);
        diagnostics.append(&mut found);
    }

    // Agreement ids are unique across files.
    agreements.sort_by(|a, b| a.id.cmp(&b.id).then(a.page.cmp(&b.page)));
    let mut unique: Vec<Agreement> = Vec::new();
    for a in agreements {
        if let Some(previous) = unique.last()
            && previous.id == a.id
        {
            let file = pages
                .iter()
                .find(|p: &&Page| p.identity == a.page)
                .map(|p| &files[p.versions[&config.default_language].file]);
            let d = Diagnostic::error(
                "E0209",
                format!("agreement id `{}` is used by two pages", a.id),
            );
            let d = match file {
                Some(f) => d.at(&f.display_path, &f.text, locate_value(&f.text, &a.id)),
                None => d.in_file(std::path::Path::new(&format!("content/{}.md", a.page))),
            };
            diagnostics.push(d.with_help(format!(
                "content/{}.md already uses it; give each agreement its own id",
                previous.page
            )));
            continue;
        }
        unique.push(a);
    }
    let agreements = unique;
    let agreement_index: FxHashMap<String, usize> = agreements
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.clone(), i))
        .collect();
    let mut agreements_by_country: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, a) in agreements.iter().enumerate() {
        for p in &a.parties {
            let list = agreements_by_country.entry(p.country.clone()).or_default();
            // A country named twice in one agreement is listed once, as `party` finds it.
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    let routes = Routes::derive(&agreements);
    let countries_with_agreements: BTreeSet<String> = agreements
        .iter()
        .flat_map(|a| a.parties.iter().map(|p| p.country.clone()))
        .collect();

    let by_identity: FxHashMap<String, usize> = pages
        .iter()
        .enumerate()
        .map(|(i, p)| (p.identity.clone(), i))
        .collect();
    let mut country_pages = BTreeMap::new();
    for (i, page) in pages.iter().enumerate() {
        if let Some(code) = &page.country
            && let Some(previous) = country_pages.insert(code.clone(), i)
        {
            diagnostics.push(
                Diagnostic::error("E0212", format!("two pages describe country {code}"))
                    .in_file(&files[page.versions[&config.default_language].file].display_path)
                    .with_help(format!(
                        "{} already has `code = \"{code}\"`; keep one page per country",
                        files[pages[previous].versions[&config.default_language].file]
                            .display_path
                            .display()
                    )),
            );
        }
    }

    // References from front matter.
    for page in &pages {
        let version = &page.versions[&config.default_language];
        let file = &files[version.file];
        let ids = agreement_ids_known.then_some(&declared_ids);
        check_references(page, file, &registry, ids, diagnostics);
    }

    let urls = compute_urls(&pages, &config, &files, diagnostics);
    let encoded_urls = urls
        .iter()
        .map(|by_lang| {
            by_lang
                .iter()
                .map(|u| crate::slug::encode_path(u))
                .collect()
        })
        .collect();
    let (children, menu) = structure(&pages, &by_identity, &config);

    let mut model = SiteModel {
        locale: BTreeMap::new(),
        config,
        files,
        pages,
        by_identity,
        agreements,
        agreement_index,
        agreements_by_country,
        country_pages,
        routes,
        countries_with_agreements,
        registry,
        urls,
        encoded_urls,
        children,
        menu,
        assets,
        failed_pages,
    };
    check_links(&model, diagnostics);
    model.locale = localise(&model);
    model
}

fn parse_file(
    index: usize,
    file: &SourceFile,
    allow_unsafe: bool,
) -> (Option<ParsedFile>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let split = match frontmatter::split(&file.text, &file.display_path) {
        Ok(s) => s,
        Err(d) => return (None, vec![d]),
    };
    let front = match frontmatter::parse(&file.text, &split, &file.display_path) {
        Ok(f) => f,
        Err(d) => return (None, vec![d]),
    };
    let body = markdown::render(
        &file.text,
        split.body.start,
        &file.display_path,
        allow_unsafe,
        &mut diagnostics,
    );
    (
        Some(ParsedFile {
            file: index,
            split,
            front: Box::new(front),
            body,
        }),
        diagnostics,
    )
}

#[allow(clippy::too_many_arguments)]
fn build_page(
    identity: &str,
    group: Vec<ParsedFile>,
    files: &[SourceFile],
    config: &SiteConfig,
    registry: &CountryRegistry,
    today: Date,
    include_drafts: bool,
    agreements: &mut Vec<Agreement>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Page> {
    let default_lang = &config.default_language;
    let Some(original) = group.iter().find(|p| &files[p.file].lang == default_lang) else {
        for p in &group {
            let file = &files[p.file];
            diagnostics.push(
                Diagnostic::error(
                    "E0111",
                    format!("this translation has no {default_lang} original"),
                )
                .in_file(&file.display_path)
                .with_help(format!(
                    "create {}.md in the default language ({default_lang}), or rename this file",
                    file.display_path
                        .to_string_lossy()
                        .trim_end_matches(".md")
                        .trim_end_matches(&format!(".{}", file.lang))
                )),
            );
        }
        return None;
    };
    if original.front.draft && !include_drafts {
        return None;
    }
    let file = &files[original.file];
    let front = &original.front;
    let src = SourceRef {
        file: &file.display_path,
        text: &file.text,
        base: original.split.front_matter.start,
    };
    let section = file.section.clone();
    let is_index = file.is_index();

    let date = front.date.as_ref().and_then(|d| {
        match frontmatter::date(d, src.file, src.text, src.base) {
            Ok(d) => Some(d),
            Err(e) => {
                diagnostics.push(e);
                None
            }
        }
    });
    let mut country = None;
    let mut contacts = Vec::new();
    if let Some(raw) = &front.country {
        let raw = raw.get_ref();
        let code = raw.code.get_ref();
        if registry.get(code).is_none() {
            let mut d = Diagnostic::error("E0201", format!("unknown country code `{code}`")).at(
                src.file,
                src.text,
                src.base + raw.code.span().start..src.base + raw.code.span().end,
            );
            if let Some(h) = registry.suggest(code) {
                d = d.with_help(h);
            }
            diagnostics.push(d);
        } else {
            country = Some(code.clone());
        }
        contacts.extend(
            raw.contacts
                .iter()
                .filter_map(|c| crate::contact::from_raw(c, &src, diagnostics)),
        );
    }
    let mut agreement_id = None;
    if let Some(raw) = &front.agreement
        && let Some(a) =
            agreement::from_raw(raw.get_ref(), identity, &src, registry, today, diagnostics)
    {
        agreement_id = Some(a.id.clone());
        agreements.push(a);
    }
    let kind = match (section.as_str(), is_index) {
        ("", true) => PageKind::Home,
        ("countries", true) => PageKind::Countries,
        ("agreements", true) => PageKind::Agreements,
        ("routes", true) => PageKind::Routes,
        (_, true) => PageKind::Section,
        _ if country.is_some() => PageKind::Country,
        _ if front.agreement.is_some() => PageKind::Agreement,
        _ => PageKind::Page,
    };
    let mut countries: Vec<String> = front
        .countries
        .iter()
        .flatten()
        .map(|c| c.get_ref().clone())
        .collect();
    if let Some(c) = &country
        && !countries.contains(c)
    {
        countries.insert(0, c.clone());
    }
    let mut agreement_ids: Vec<String> = front
        .agreements
        .iter()
        .flatten()
        .map(|c| c.get_ref().clone())
        .collect();
    if let Some(a) = &agreement_id
        && !agreement_ids.contains(a)
    {
        agreement_ids.insert(0, a.clone());
    }

    let template = front.template.as_ref().map(|t| t.get_ref().clone());
    let weight = front.weight;
    let original_file = original.file;
    let original_draft = original.front.draft;
    let data_texts = data_texts(front);
    let mut versions = BTreeMap::new();
    // The parsed files are consumed: each body moves into its version, never copied.
    for p in group {
        let f = &files[p.file];
        let is_original = p.file == original_file;
        check_texts(
            &p,
            f,
            is_original.then_some(default_lang.as_str()),
            &data_texts,
            diagnostics,
        );
        if !is_original {
            check_translation_keys(&p, f, diagnostics);
            if p.front.draft && !include_drafts {
                continue;
            }
            if !crate::translation::publishable(&p.front, config.language(&f.lang)) {
                continue;
            }
        }
        if !original_draft && !p.front.draft {
            check_placeholders(&p, f, diagnostics);
        }
        if let Some(v) = version(p, f, diagnostics) {
            versions.insert(f.lang.clone(), v);
        }
    }
    if !versions.contains_key(default_lang) {
        return None;
    }
    Some(Page {
        identity: identity.to_string(),
        section,
        kind,
        template,
        weight,
        date,
        countries,
        agreements: agreement_ids,
        country,
        contacts,
        agreement: agreement_id,
        versions,
    })
}

/// Template text is never published (E0108). A page begun with `homeward new` whose `draft`
/// line is gone before its placeholder sentences are replaced would tell families "One
/// sentence: what this agreement is..." on the site, in the feed and in the open data. Asked
/// only of files a build publishes (neither the file nor its original a draft), so that
/// `check --drafts` still previews a draft being written.
fn check_placeholders(p: &ParsedFile, f: &SourceFile, diagnostics: &mut Vec<Diagnostic>) {
    let found = crate::scaffold::placeholders_in(&f.text, p.split.front_matter.clone());
    for (span, sentence) in found {
        diagnostics.push(
            Diagnostic::error(
                "E0108",
                format!("the template's placeholder text is still here: \"{sentence}\""),
            )
            .at(&f.display_path, &f.text, span)
            .with_help(
                "replace it with the page's own words, or keep `draft = true` until the page is written",
            ),
        );
    }
}

/// The texts of an original's data tables that a translation may give in its own words: the
/// place of signature, the source's name and the parties' notes of an agreement, the names and
/// addresses of a country's contacts. Also what `homeward new translation` offers to translate.
pub fn data_texts(front: &frontmatter::RawFrontMatter) -> Vec<String> {
    let mut texts = Vec::new();
    if let Some(a) = &front.agreement {
        let a = a.get_ref();
        texts.extend(a.signed_place.iter().cloned());
        texts.extend(a.source_title.iter().cloned());
        texts.extend(a.parties.iter().filter_map(|p| p.notes.clone()));
    }
    if let Some(c) = &front.country {
        for contact in &c.get_ref().contacts {
            texts.push(contact.name.clone());
            texts.extend(contact.address.as_ref().map(frontmatter::RawAddress::text));
            texts.extend(contact.notes.iter().cloned());
        }
    }
    texts
}

/// `[[texts]]` translate the original's words, so they belong in translations, and each must
/// still match words the original has: otherwise the original was reworded since, and showing
/// the old translation would show a fact that may have changed.
fn check_texts(
    p: &ParsedFile,
    f: &SourceFile,
    original_lang: Option<&str>,
    data_texts: &[String],
    diagnostics: &mut Vec<Diagnostic>,
) {
    let base = p.split.front_matter.start;
    for t in &p.front.texts {
        let span = base + t.original.span().start..base + t.original.span().end;
        let words = t.original.get_ref();
        if let Some(lang) = original_lang {
            diagnostics.push(
                Diagnostic::error("E0215", "`texts` belongs in a translation, not in the original")
                    .at(&f.display_path, &f.text, span)
                    .with_help(format!("write the words themselves in the data table; in a translation, `[[texts]]` gives them in its own language (this file is the {lang} original)")),
            );
        } else if !data_texts.iter().any(|d| d == words) {
            let mut d = Diagnostic::warning(
                "W0004",
                "this translation is of words the original does not have (any more)",
            )
            .at(&f.display_path, &f.text, span);
            // A reworded text usually keeps the old words or most of them.
            let reworded = data_texts
                .iter()
                .map(String::as_str)
                .find(|now| now.contains(words.as_str()) || words.contains(now))
                .or_else(|| {
                    crate::diagnostic::closest(words, data_texts.iter().map(String::as_str))
                });
            d = match reworded {
                Some(now) => d.with_help(format!("the original now says \"{now}\": translate that and put it in `original`")),
                None => d.with_help("copy `original` exactly from the original's place of signature, source title, party notes or contacts, or remove this entry"),
            };
            diagnostics.push(d);
        }
    }
}

/// Data tables belong in the original only: a translation repeating them would let two files
/// disagree about a treaty's status.
fn check_translation_keys(p: &ParsedFile, f: &SourceFile, diagnostics: &mut Vec<Diagnostic>) {
    let base = p.split.front_matter.start;
    let mut refuse = |what: &str, span: std::ops::Range<usize>| {
        diagnostics.push(
            Diagnostic::error("E0213", format!("`{what}` belongs in the original, not in a translation"))
                .at(&f.display_path, &f.text, base + span.start..base + span.end)
                .with_help(format!("remove `{what}` here: translations take it from the default-language file, so the two can never disagree")),
        );
    };
    if let Some(c) = &p.front.country {
        refuse("country", c.span());
    }
    if let Some(a) = &p.front.agreement {
        refuse("agreement", a.span());
    }
    if let Some(d) = &p.front.date {
        refuse("date", d.span());
    }
}

fn version(p: ParsedFile, f: &SourceFile, diagnostics: &mut Vec<Diagnostic>) -> Option<Version> {
    let front = &p.front;
    let base = p.split.front_matter.start;
    let title_spanned = front.title.as_ref()?;
    let title = title_spanned.get_ref().trim().to_string();
    let slug = match &front.slug {
        Some(s) => {
            let value = s.get_ref();
            if let Err(why) = slug::check_custom_slug(value) {
                diagnostics.push(
                    Diagnostic::error("E0131", format!("unusable slug: {why}"))
                        .at(
                            &f.display_path,
                            &f.text,
                            base + s.span().start..base + s.span().end,
                        )
                        .with_help(
                            "use letters, digits and `-` only, e.g. `slug = \"belgium-cambodia\"`",
                        ),
                );
                return None;
            }
            value.clone()
        }
        None => {
            let s = slug::slugify(&title);
            if s.is_empty() { f.stem.clone() } else { s }
        }
    };
    let mut sources = Vec::new();
    for s in &front.sources {
        let checked = s.checked.as_ref().and_then(|d| {
            frontmatter::date(d, &f.display_path, &f.text, base)
                .map_err(|e| diagnostics.push(e))
                .ok()
        });
        sources.push(Source {
            title: s.title.clone(),
            url: s.url.clone(),
            checked,
        });
    }
    let updated = front.updated.as_ref().and_then(|d| {
        frontmatter::date(d, &f.display_path, &f.text, base)
            .map_err(|e| diagnostics.push(e))
            .ok()
    });
    Some(Version {
        file: p.file,
        lang: f.lang.clone(),
        title,
        description: front.description.clone().unwrap_or_default(),
        slug,
        translation: crate::translation::state_of(front, f, base, diagnostics),
        translation_of: front.translation_of.as_ref().map(|t| t.get_ref().clone()),
        stale: None,
        sources,
        updated,
        texts: front
            .texts
            .iter()
            .map(|t| (t.original.get_ref().clone(), t.text.clone()))
            .collect(),
        body: p.body,
    })
}

fn check_references(
    page: &Page,
    file: &SourceFile,
    registry: &CountryRegistry,
    agreements: Option<&BTreeSet<String>>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    // Spans are not kept past the front matter, so find the value in the text.
    let locate = |value: &str| {
        let needle = format!("\"{value}\"");
        file.text
            .find(&needle)
            .map_or(0..0, |i| i..i + needle.len())
    };
    for code in &page.countries {
        if registry.get(code).is_none() {
            let mut d = Diagnostic::error(
                "E0207",
                format!("unknown country `{code}` in `countries`"),
            )
            .at(&file.display_path, &file.text, locate(code));
            if let Some(h) = registry.suggest(code) {
                d = d.with_help(h);
            }
            diagnostics.push(d);
        }
    }
    let Some(agreements) = agreements else {
        return;
    };
    for id in &page.agreements {
        if !agreements.contains(id) {
            let known = agreements.iter().map(String::as_str);
            let help = match crate::diagnostic::closest(id, known) {
                Some(s) => format!("did you mean `{s}`?"),
                None => "use the `id` of an [agreement] table in content/agreements/".to_string(),
            };
            diagnostics.push(
                Diagnostic::error("E0206", format!("no agreement has the id `{id}`"))
                    .at(&file.display_path, &file.text, locate(id))
                    .with_help(help),
            );
        }
    }
}

/// Where a quoted value first appears in a file (spans are not kept past the front matter).
pub fn locate_value(text: &str, value: &str) -> std::ops::Range<usize> {
    let needle = format!("\"{value}\"");
    text.find(&needle).map_or(0..0, |i| i..i + needle.len())
}

/// Where a front-matter key's line starts (`title = ...`).
fn locate_key(text: &str, key: &str) -> std::ops::Range<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with(key) && trimmed[key.len()..].trim_start().starts_with('=') {
            return offset..offset + line.trim_end().len();
        }
        offset += line.len();
    }
    0..0
}

fn compute_urls(
    pages: &[Page],
    config: &SiteConfig,
    files: &[SourceFile],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Vec<String>> {
    let mut urls = Vec::with_capacity(pages.len());
    let mut seen: FxHashMap<String, usize> = FxHashMap::default();
    let mut reported: BTreeSet<(usize, usize)> = BTreeSet::new();
    for (index, page) in pages.iter().enumerate() {
        let default = &page.versions[&config.default_language];
        let mut per_lang = Vec::with_capacity(config.languages.len());
        for lang in &config.languages {
            let version = page.versions.get(&lang.code).unwrap_or(default);
            let mut url = config.language_prefix(&lang.code);
            if !page.section.is_empty() {
                url.push_str(&page.section);
                url.push('/');
            }
            if !page.is_index() {
                url.push_str(&version.slug);
                url.push('/');
            }
            if let Some(&other) = seen.get(&url) {
                if other != index && reported.insert((other, index)) {
                    let this_file = &files[version.file];
                    let other_page = &pages[other];
                    let other_file = &files[other_page
                        .versions
                        .get(&lang.code)
                        .unwrap_or(&other_page.versions[&config.default_language])
                        .file];
                    diagnostics.push(
                        Diagnostic::error("E0130", format!("two pages produce the same URL {url}"))
                            .at(
                                &this_file.display_path,
                                &this_file.text,
                                locate_key(&this_file.text, "title"),
                            )
                            .with_help(format!(
                                "{} has the same URL; give one of them another title or a `slug`",
                                other_file.display_path.display()
                            )),
                    );
                }
            } else {
                seen.insert(url.clone(), index);
            }
            per_lang.push(url);
        }
        urls.push(per_lang);
    }
    urls
}

fn sort_key(page: &Page, default_lang: &str) -> (i64, std::cmp::Reverse<Option<Date>>, String) {
    (
        page.weight.unwrap_or(i64::MAX),
        std::cmp::Reverse(page.date),
        page.versions[default_lang].title.to_lowercase(),
    )
}

fn structure(
    pages: &[Page],
    by_identity: &FxHashMap<String, usize>,
    config: &SiteConfig,
) -> (FxHashMap<usize, Vec<usize>>, Vec<usize>) {
    let mut children: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (i, page) in pages.iter().enumerate() {
        let Some(parent) = page.parent_identity() else {
            continue;
        };
        if let Some(&p) = by_identity.get(&parent) {
            children.entry(p).or_default().push(i);
        }
    }
    for list in children.values_mut() {
        list.sort_by_key(|&i| sort_key(&pages[i], &config.default_language));
    }
    let mut menu: Vec<usize> = pages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.is_index() && p.identity != "_index" && !p.section.contains('/'))
        .map(|(i, _)| i)
        .collect();
    menu.sort_by_key(|&i| sort_key(&pages[i], &config.default_language));
    (children, menu)
}

/// Target of an internal link path (`agreements/x.md`, `agreements/x.fr.md`) as a page identity.
pub fn link_identity(target: &str, config: &SiteConfig) -> String {
    // `strip_suffix` in a loop is `trim_end_matches(".md")` without preparing a substring
    // search on each call (one per link of every page in every language).
    let mut without_md = target.trim_start_matches('/');
    while let Some(shorter) = without_md.strip_suffix(".md") {
        without_md = shorter;
    }
    match without_md.rsplit_once('.') {
        Some((stem, lang)) if config.language(lang).is_some() => stem.to_string(),
        _ => without_md.to_string(),
    }
}

fn check_links(model: &SiteModel, diagnostics: &mut Vec<Diagnostic>) {
    // Pages side by side; problems kept in page order.
    let found: Vec<Vec<Diagnostic>> = model
        .pages
        .par_iter()
        .map(|page| {
            let mut found = Vec::new();
            for version in page.versions.values() {
                check_version_links(model, version, &mut found);
            }
            found
        })
        .collect();
    diagnostics.extend(found.into_iter().flatten());
}

/// Checks that each status shortcode of a version names an agreement the site has.
fn check_status_shortcodes(
    model: &SiteModel,
    version: &Version,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let file = &model.files[version.file];
    for shortcode in &version.body.statuses {
        if model.agreement(&shortcode.agreement).is_some() {
            continue;
        }
        let ids = model.agreements.iter().map(|a| a.id.as_str());
        let help = match crate::diagnostic::closest(&shortcode.agreement, ids) {
            Some(id) => format!("did you mean `{id}`?"),
            None => "use the `id` from the [agreement] table of an agreement page".to_string(),
        };
        diagnostics.push(
            Diagnostic::error(
                "E0312",
                format!("no agreement has the id `{}`", shortcode.agreement),
            )
            .at(&file.display_path, &file.text, shortcode.span.clone())
            .with_help(help),
        );
    }
}

/// Checks the internal links of one language version: targets exist, anchors exist; and the
/// agreements its status shortcodes name.
pub fn check_version_links(
    model: &SiteModel,
    version: &Version,
    diagnostics: &mut Vec<Diagnostic>,
) {
    check_status_shortcodes(model, version, diagnostics);
    let file = &model.files[version.file];
    for link in &version.body.links {
        let identity = link_identity(&link.target, &model.config);
        if !link.target.ends_with(".md")
            && model.assets.contains(link.target.trim_start_matches('/'))
        {
            continue;
        }
        if model.failed_pages.contains(&identity) {
            continue; // the target's own error is reported
        }
        let Some(&target) = model.by_identity.get(&identity) else {
            let known = model.by_identity.keys().map(String::as_str);
            let help = match crate::diagnostic::closest(&identity, known) {
                Some(s) => format!("did you mean `@/{s}.md`?"),
                None => "link to a file under content/, e.g. `@/agreements/belgium-cambodia.md`"
                    .to_string(),
            };
            diagnostics.push(
                Diagnostic::error(
                    "E0140",
                    format!("link to a page that does not exist: @/{}", link.target),
                )
                .at(&file.display_path, &file.text, link.span.clone())
                .with_help(help),
            );
            continue;
        };
        if let Some(anchor) = &link.anchor {
            let target_page = &model.pages[target];
            let target_version = target_page
                .versions
                .get(&version.lang)
                .unwrap_or(&target_page.versions[&model.config.default_language]);
            if !anchor.is_empty()
                && !target_version.body.headings.iter().any(|h| &h.id == anchor)
                && !generated_anchor(target_page.kind, anchor)
            {
                let ids = target_version.body.headings.iter().map(|h| h.id.as_str());
                let help = match crate::diagnostic::closest(anchor, ids) {
                    Some(s) => format!("did you mean `#{s}`?"),
                    None => "link to a heading that exists on that page, or give the heading an id with `{#my-id}`".to_string(),
                };
                diagnostics.push(
                    Diagnostic::error(
                        "E0141",
                        format!("@/{} has no heading with the id `{anchor}`", link.target),
                    )
                    .at(&file.display_path, &file.text, link.span.clone())
                    .with_help(help),
                );
            }
        }
    }
}

/// Anchors that templates generate on domain pages (parties table, routes...).
fn generated_anchor(kind: PageKind, anchor: &str) -> bool {
    matches!(
        (kind, anchor),
        (PageKind::Agreement, "parties")
            | (
                PageKind::Country,
                "agreements" | "partners" | "how-to-apply" | "contacts" | "who-to-write-to" | "map"
            )
            | (_, "sources")
    )
}

fn localise(model: &SiteModel) -> BTreeMap<String, LocaleStrings> {
    let mut dates = BTreeSet::new();
    for page in &model.pages {
        dates.extend(page.date);
        dates.extend(page.contacts.iter().map(|c| c.checked));
        for v in page.versions.values() {
            dates.extend(v.updated);
            dates.extend(v.sources.iter().filter_map(|s| s.checked));
        }
    }
    for a in &model.agreements {
        dates.extend([a.signed, a.in_force, a.checked].into_iter().flatten());
        for p in &a.parties {
            dates.extend(
                [p.signed, p.ratified, p.in_force, p.denounced]
                    .into_iter()
                    .flatten(),
            );
        }
    }
    let countries: Vec<(&str, &str)> = model
        .registry
        .all()
        .map(|c| (c.alpha2.as_str(), c.english_name.as_str()))
        .collect();
    model
        .config
        .languages
        .par_iter()
        .map(|lang| {
            (
                lang.code.clone(),
                LocaleStrings::new(
                    &lang.locale,
                    countries.iter().copied(),
                    REGIONS,
                    dates.iter().copied(),
                ),
            )
        })
        .collect()
}

impl SiteModel {
    /// Index of a language in `config.languages` (and in `urls[page]`).
    pub fn lang_index(&self, code: &str) -> usize {
        self.config
            .languages
            .iter()
            .position(|l| l.code == code)
            .unwrap_or(0)
    }

    /// URL of a page in a language.
    pub fn url(&self, page: usize, lang: &str) -> &str {
        &self.urls[page][self.lang_index(lang)]
    }

    /// The agreements a country is a party to, with its party entry, in id order.
    pub fn agreements_of<'a>(
        &'a self,
        code: &'a str,
    ) -> impl Iterator<Item = (&'a Agreement, &'a crate::agreement::Party)> + 'a {
        self.agreements_by_country
            .get(code)
            .into_iter()
            .flatten()
            .filter_map(move |&i| {
                let a = &self.agreements[i];
                a.party(code).map(|p| (a, p))
            })
    }

    /// [`SiteModel::url`] percent-encoded, for links.
    pub fn encoded_url(&self, page: usize, lang: &str) -> &str {
        &self.encoded_urls[page][self.lang_index(lang)]
    }

    /// The absolute, encoded URL of a page in a language (canonical links, feeds, sitemap).
    pub fn absolute_page_url(&self, page: usize, lang: &str) -> String {
        format!("{}{}", self.config.base_url, self.encoded_url(page, lang))
    }

    /// The version shown in a language: its own, or the default language's as a fallback.
    pub fn version_for<'a>(&self, page: &'a Page, lang: &str) -> &'a Version {
        page.versions
            .get(lang)
            .unwrap_or(&page.versions[&self.config.default_language])
    }

    /// URL of the page describing a country, if there is one.
    pub fn country_url(&self, code: &str, lang: &str) -> Option<&str> {
        self.country_pages.get(code).map(|&i| self.url(i, lang))
    }

    /// The contacts of a country, from its country page; empty when it has none (the route
    /// answers then say so and how to find one).
    pub fn contacts_of(&self, code: &str) -> &[Contact] {
        self.country_pages
            .get(code)
            .map_or(&[], |&i| self.pages[i].contacts.as_slice())
    }

    /// An agreement by id.
    pub fn agreement(&self, id: &str) -> Option<&Agreement> {
        self.agreement_index.get(id).map(|&i| &self.agreements[i])
    }

    /// An absolute URL (`https://site/fr/x/`) for a root-relative path, percent-encoded.
    pub fn absolute_url(&self, path: &str) -> String {
        format!("{}{}", self.config.base_url, crate::slug::encode_path(path))
    }

    /// Where an internal `@/` link points in a language: the target page's URL there (its
    /// translation or the fallback), or the content asset's path, with the anchor; encoded.
    pub fn link_url(&self, link: &crate::markdown::InternalLink, lang: &str) -> String {
        let identity = link_identity(&link.target, &self.config);
        let mut url = match self.by_identity.get(&identity) {
            Some(&i) => self.encoded_url(i, lang).to_string(),
            None => crate::slug::encode_path(&format!("/{}", link.target.trim_start_matches('/'))),
        };
        if let Some(anchor) = &link.anchor {
            url.push('#');
            url.push_str(&crate::slug::encode_path(anchor));
        }
        url
    }

    /// URL of the route answers page for people detained in `code`.
    pub fn route_page_url(&self, code: &str, lang: &str) -> String {
        format!(
            "{}routes/{}/",
            self.config.language_prefix(lang),
            code.to_lowercase()
        )
    }
}
