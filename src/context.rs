//! Template contexts, built directly as Tera values.
//!
//! Building them as JSON and converting (`Context::from_serialize`) cost a tenth of a build; Tera
//! values share maps and lists behind `Arc`, so what every page of a language has in common
//! (site, menu, assets, country names and links, the finder's list) is built once per language
//! in [`Shared`] and each page takes a cheap clone. The fields are documented, for theme authors,
//! in `themes/default/README.md`.

use rustc_hash::FxHashMap;

use tera::Value;

use crate::config::Language;
use crate::locale::{Date, LocaleStrings};
use crate::model::{Page, PageKind, SiteModel};
use crate::slug::encode_path;
use crate::theme::Theme;

/// A Tera map from `"key": value` pairs (each value anything `Into<tera::Value>`).
macro_rules! obj {
    (@one $key:literal) => { 1usize };
    ($($key:literal : $value:expr),* $(,)?) => {{
        // Sized for its keys: growing a map rehashes it, a few times per object otherwise.
        let mut map = tera::Map::with_capacity(0 $(+ $crate::context::obj!(@one $key))*);
        $( map.insert(tera::value::Key::from($key), tera::Value::from($value)); )*
        tera::Value::from(map)
    }};
}
pub(crate) use obj;

/// An empty list.
pub fn empty() -> Value {
    Value::from(Vec::<Value>::new())
}

/// What makes two instruments of one agreement show the same: their status, whether it is
/// verified, and the day a not-yet route becomes usable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InstrumentKey(crate::route::RouteStatus, bool, Option<crate::locale::Date>);

impl InstrumentKey {
    fn of(i: &crate::route::Instrument) -> InstrumentKey {
        InstrumentKey(i.status, i.unverified, i.from)
    }
}

/// What every page of one language shares.
pub struct LangShared {
    /// `{code, name, dir}` of the language.
    pub lang: Value,
    site: Value,
    assets: Value,
    /// The menu as seen from each top-level folder that has a menu item (its items marked
    /// current), and as seen from anywhere else (none marked).
    menus: FxHashMap<String, Value>,
    menu_elsewhere: Value,
    /// `{code, name, url}` of every known country.
    country_refs: FxHashMap<String, Value>,
    /// Countries with an agreement, sorted by their name in this language.
    pub countries_by_name: Vec<String>,
    /// `{title, url}` of the home page, first of every breadcrumb trail.
    home_crumb: Option<Value>,
    /// Title and `{title, url}` crumb of the route finder page, if the site has one.
    finder_crumb: Option<(String, Value)>,
    /// The route finder's context (also given to every route page).
    pub finder: Value,
    /// `{id, title, url, kind, status, unverified}` of every instrument of every route, by
    /// agreement: a route page lists a hundred of them, made once here instead.
    instruments: FxHashMap<String, Vec<(InstrumentKey, Value)>>,
    /// Which of the costlier context fields the theme's templates name at all.
    named: Named,
    /// The sentence of each agreement's status shortcode in this language (empty when no body
    /// uses one): made once per language, as a page may name the same agreement many times.
    status_sentences: FxHashMap<String, String>,
    /// Each country's contacts block for the end of route pages, rendered once per language
    /// (see [`LangShared::national_contacts_html`]): a route page repeats them for every
    /// nationality, and rendering them anew on each page doubled a large site's build.
    national_contacts: FxHashMap<String, String>,
}

/// Every agreement's status sentence in `lang`, when some body has a status shortcode.
fn status_sentences(
    model: &SiteModel,
    theme: &Theme,
    lang: &Language,
) -> FxHashMap<String, String> {
    let used = model
        .pages
        .iter()
        .flat_map(|p| p.versions.values())
        .any(|v| !v.body.statuses.is_empty());
    if !used {
        return FxHashMap::default();
    }
    model
        .agreements
        .iter()
        .map(|a| {
            let sentence = crate::domain_context::status_sentence(model, &theme.i18n, a, lang);
            (a.id.clone(), sentence)
        })
        .collect()
}

/// Context fields that take real work to make, and whether the theme names each one
/// ([`Theme::names`]): one it never names is left out (an empty list under `page`).
#[derive(Clone, Copy)]
struct Named {
    country: bool,
    agreement: bool,
    regions: bool,
    agreements_list: bool,
    finder: bool,
    breadcrumbs: bool,
    toc: bool,
    sources: bool,
    pages: bool,
    countries: bool,
    agreements: bool,
}

impl Named {
    fn of(theme: &Theme) -> Named {
        Named {
            country: theme.names("country"),
            agreement: theme.names("agreement"),
            regions: theme.names("regions"),
            agreements_list: theme.names("agreements_list"),
            finder: theme.names("finder"),
            breadcrumbs: theme.names("breadcrumbs"),
            toc: theme.names("toc"),
            sources: theme.names("sources"),
            pages: theme.names("pages"),
            countries: theme.names("countries"),
            agreements: theme.names("agreements"),
        }
    }
}

/// Per-language parts of the context, built once per build.
pub struct Shared {
    langs: FxHashMap<String, LangShared>,
}

impl Shared {
    /// Builds the shared parts of every language.
    pub fn new(model: &SiteModel, theme: &Theme) -> Shared {
        // What the templates name is the same in every language: read once.
        let named = Named::of(theme);
        let langs = model
            .config
            .languages
            .iter()
            .map(|lang| {
                (
                    lang.code.clone(),
                    LangShared::new(model, theme, lang, named),
                )
            })
            .collect();
        Shared { langs }
    }

    /// The shared parts of a language. Every configured language has them.
    pub fn lang(&self, code: &str) -> &LangShared {
        &self.langs[code]
    }
}

impl LangShared {
    fn new(model: &SiteModel, theme: &Theme, lang: &Language, named: Named) -> LangShared {
        let config = &model.config;
        let s = strings(model, lang);
        let site = obj! {
            "title": lang.title.as_str(),
            "description": lang.description.as_str(),
            "base_url": config.base_url.as_str(),
            "default_language": config.default_language.as_str(),
            "search_url": if theme.has("search.html") { encode_path(&crate::search::page_url(model, &lang.code)) } else { String::new() },
            "languages": config.languages.iter().map(|l| obj! {
                "code": l.code.as_str(), "name": l.name.as_str(), "dir": l.dir.as_str(),
                "url": encode_path(&config.language_prefix(&l.code)),
            }).collect::<Vec<_>>(),
            "statements": crate::publish::statements::links(model, &lang.code),
        };
        let assets = obj! {
            "css": theme.asset_urls.get("style.css").cloned().unwrap_or_default(),
            "js": theme.asset_urls.get("homeward.js").cloned().unwrap_or_default(),
        };
        let menu_for = |current: &str| -> Value {
            let items: Vec<Value> = model
                .menu
                .iter()
                .map(|&i| {
                    let p = &model.pages[i];
                    let v = model.version_for(p, &lang.code);
                    obj! {
                        "title": v.title.as_str(),
                        "text_lang": text_lang(config, &v.lang, &lang.code),
                        "url": model.encoded_url(i, &lang.code).to_string(),
                        "section": p.section.as_str(),
                        "is_current": !current.is_empty() && top_folder(&p.section) == current,
                    }
                })
                .collect();
            Value::from(items)
        };
        let menus = model
            .menu
            .iter()
            .map(|&i| top_folder(&model.pages[i].section).to_string())
            .map(|top| (top.clone(), menu_for(&top)))
            .collect();
        let menu_elsewhere = menu_for("");
        let country_refs = model
            .registry
            .all()
            .map(|c| (c.alpha2.clone(), make_country_ref(model, &c.alpha2, lang)))
            .collect();
        let mut countries_by_name: Vec<(String, String)> = model
            .countries_with_agreements
            .iter()
            .map(|code| (s.country(code), code.clone()))
            .collect();
        countries_by_name.sort();
        let finder_page = model.pages.iter().position(|p| p.kind == PageKind::Routes);
        let finder_crumb = finder_page.map(|i| {
            let v = model.version_for(&model.pages[i], &lang.code);
            let title = v.title.clone();
            let crumb = obj! {
                "title": title.as_str(), "text_lang": text_lang(config, &v.lang, &lang.code),
                "url": model.encoded_url(i, &lang.code).to_string(),
            };
            (title, crumb)
        });
        let finder = obj! {
            "countries": countries_by_name.iter().map(|(name, code)| obj! {
                "code": code.as_str(), "name": name.as_str(),
                "route_page_url": encode_path(&model.route_page_url(code, &lang.code)),
            }).collect::<Vec<_>>(),
            "data_url": "/data/routes/{code}.json",
            "names_url": format!("/data/names.{}.json", lang.code),
            // Who to write to, fetched with the first answer: `opendata::contacts_file`.
            "contacts_url": format!("/data/contacts.{}.json", lang.code),
            // Where the home page's copy of the form goes without JavaScript.
            "page_url": finder_page
                .map(|i| model.encoded_url(i, &lang.code).to_string())
                .unwrap_or_default(),
        };
        let home_crumb = model.by_identity.get("_index").map(|&home| {
            let v = model.version_for(&model.pages[home], &lang.code);
            obj! {
                "title": v.title.as_str(),
                "text_lang": text_lang(config, &v.lang, &lang.code),
                "url": model.encoded_url(home, &lang.code).to_string(),
            }
        });
        let mut instruments: FxHashMap<String, Vec<_>> = Default::default();
        for i in model.routes.instruments() {
            // Most instruments repeat one already kept: looked up by `&str`, not by a new key.
            let known = match instruments.get_mut(&i.agreement) {
                Some(known) => known,
                None => instruments.entry(i.agreement.clone()).or_default(),
            };
            if !known.iter().any(|(key, _)| *key == InstrumentKey::of(i)) {
                let value = crate::domain_context::make_instrument_value(model, i, lang);
                known.push((InstrumentKey::of(i), value));
            }
        }
        let mut shared = LangShared {
            lang: lang_value(lang),
            instruments,
            named,
            site,
            assets,
            menus,
            menu_elsewhere,
            country_refs,
            countries_by_name: countries_by_name.into_iter().map(|(_, c)| c).collect(),
            home_crumb,
            finder_crumb,
            finder,
            status_sentences: status_sentences(model, theme, lang),
            national_contacts: FxHashMap::default(),
        };
        shared.national_contacts =
            crate::domain_context::national_contacts(model, theme, &shared, lang);
        shared
    }

    /// The rendered contacts block of `code` for the end of a route page, with `place` (the
    /// country of detention) filled in; `None` when the country has none to show.
    pub fn national_contacts_html(&self, code: &str, place: &str) -> Option<String> {
        let html = self.national_contacts.get(code)?;
        let mut escaped = Vec::with_capacity(place.len());
        // The escaping a template gives the same value, so the page is as it would have been.
        let _ = tera::escape_html(place, &mut escaped);
        Some(html.replace(
            crate::domain_context::PLACE_MARK,
            std::str::from_utf8(&escaped).unwrap_or(place),
        ))
    }

    /// The sentence a status shortcode of agreement `id` stands for (see [`crate::shortcode`]).
    pub fn status_sentence(&self, id: &str) -> &str {
        self.status_sentences.get(id).map_or("", String::as_str)
    }

    /// `{code, name, url}` of a country (url empty when the site has no page for it).
    pub fn country_ref(&self, model: &SiteModel, code: &str, lang: &Language) -> Value {
        self.country_refs
            .get(code)
            .cloned()
            .unwrap_or_else(|| make_country_ref(model, code, lang))
    }

    /// The template value of a route's instrument.
    pub fn instrument(
        &self,
        model: &SiteModel,
        i: &crate::route::Instrument,
        lang: &Language,
    ) -> Value {
        self.instruments
            .get(&i.agreement)
            .and_then(|known| known.iter().find(|(key, _)| *key == InstrumentKey::of(i)))
            .map(|(_, value)| value.clone())
            .unwrap_or_else(|| crate::domain_context::make_instrument_value(model, i, lang))
    }

    /// The menu with the items of `section`'s top-level folder marked current.
    fn menu_for(&self, section: &str) -> Value {
        self.menus
            .get(top_folder(section))
            .unwrap_or(&self.menu_elsewhere)
            .clone()
    }

    /// The home page crumb, first of every trail.
    pub fn home_crumb(&self) -> Option<Value> {
        self.home_crumb.clone()
    }

    /// The route finder's title and crumb, for the route answer pages under it.
    pub fn finder_crumb(&self) -> Option<(String, Value)> {
        self.finder_crumb.clone()
    }
}

fn top_folder(section: &str) -> &str {
    section.split('/').next().unwrap_or("")
}

fn make_country_ref(model: &SiteModel, code: &str, lang: &Language) -> Value {
    obj! {
        "code": code,
        "name": strings(model, lang).country(code),
        "url": model.country_url(code, &lang.code).map(encode_path).unwrap_or_default(),
    }
}

/// The localised strings (dates, names) of a language.
pub fn strings<'a>(model: &'a SiteModel, lang: &Language) -> &'a LocaleStrings {
    &model.locale[&lang.code]
}

/// `{iso, display}` of a date, or none.
pub fn date_value(strings: &LocaleStrings, date: Option<Date>) -> Value {
    match date {
        Some(d) => strings.date_value(d),
        None => Value::none(),
    }
}

/// `{state, stale}` of a translation shown as itself (none for originals and fallbacks): the
/// page's notice follows the state, and a stale translation links to its updated original
/// (`stale.date` is the original's `updated` date, when it has one).
fn translation_value(
    model: &SiteModel,
    page: &crate::model::Page,
    version: &crate::model::Version,
    is_fallback: bool,
) -> Value {
    if is_fallback || version.lang == model.config.default_language {
        return Value::none();
    }
    let original = &page.versions[&model.config.default_language];
    let stale = match &version.stale {
        Some(st) => {
            let index = model.by_identity.get(&page.identity).copied().unwrap_or(0);
            let strings = &model.locale[&version.lang];
            obj! {
                "date": date_value(strings, original.updated),
                "url": model.encoded_url(index, &model.config.default_language).to_string(),
                "lang": model.config.default_language.as_str(),
                "changed_words": st.changed_words,
            }
        }
        None => Value::none(),
    };
    obj! {
        "state": version.translation.as_str(),
        "stale": stale,
    }
}

/// `{code, dir}` of the language a text is written in when it is not the page's own (a title
/// that falls back to the default language), else none. Templates put it on the element that
/// holds the text, so a screen reader reads an English title with an English voice inside a
/// Khmer page, and the browser lays it out left to right inside an Arabic one (WCAG 3.1.2,
/// language of parts).
pub fn text_lang(config: &crate::config::SiteConfig, written_in: &str, page_lang: &str) -> Value {
    match other_language(config, written_in, page_lang) {
        Some(l) => obj! { "code": l.code.as_str(), "dir": l.dir.as_str() },
        None => Value::none(),
    }
}

/// The language a text is `written_in` when it is not the page's: what [`text_lang`] and the
/// finder's names file (`/data/names.LANG.json`) both mark.
pub fn other_language<'c>(
    config: &'c crate::config::SiteConfig,
    written_in: &str,
    page_lang: &str,
) -> Option<&'c Language> {
    config
        .language(written_in)
        .filter(|_| written_in != page_lang)
}

/// `{code, name, dir}` of a language.
pub fn lang_value(lang: &Language) -> Value {
    obj! { "code": lang.code.as_str(), "name": lang.name.as_str(), "dir": lang.dir.as_str() }
}

/// A context with the parts every template sees except `page`: `lang_code`, `lang`, `site`,
/// `menu` (the item of `section` marked current) and `assets`.
pub fn base(shared: &LangShared, lang: &Language, section: &str) -> tera::Context {
    let mut c = tera::Context::new();
    c.insert_value("lang_code", Value::from(lang.code.as_str()));
    c.insert_value("lang", shared.lang.clone());
    c.insert_value("site", shared.site.clone());
    c.insert_value("menu", shared.menu_for(section));
    c.insert_value("assets", shared.assets.clone());
    c
}

/// How a page without a content file (search, route answers, 404, chooser) is linked.
pub struct Generated<'a> {
    /// `page.kind`.
    pub kind: &'a str,
    /// `page.title`.
    pub title: String,
    /// Its root-relative URL.
    pub url: String,
    /// Its URL in another language (for the switcher).
    pub url_in: &'a dyn Fn(&str) -> String,
    /// With `hreflang` alternates and a breadcrumb trail (home, then `crumbs`): false for the
    /// 404 page and the chooser, which are not pages of the site's tree.
    pub linked: bool,
    /// Crumbs after home.
    pub crumbs: Vec<Value>,
}

/// The `page` object of a generated page.
pub fn generated_page(
    model: &SiteModel,
    shared: &LangShared,
    lang: &Language,
    g: Generated<'_>,
) -> Value {
    let translations: Vec<Value> = model
        .config
        .languages
        .iter()
        .map(|l| {
            obj! {
                "code": l.code.as_str(), "name": l.name.as_str(), "dir": l.dir.as_str(),
                "url": encode_path(&(g.url_in)(&l.code)),
                "is_current": l.code == lang.code, "is_fallback": false,
            }
        })
        .collect();
    let (alternates, breadcrumbs) = if g.linked {
        let mut alternates: Vec<Value> = model
            .config
            .languages
            .iter()
            .map(|l| obj! { "hreflang": l.code.as_str(), "href": model.absolute_url(&(g.url_in)(&l.code)) })
            .collect();
        alternates.push(obj! { "hreflang": "x-default", "href": model.absolute_url(&(g.url_in)(&model.config.default_language)) });
        let mut crumbs: Vec<Value> = shared.home_crumb().into_iter().collect();
        crumbs.extend(g.crumbs);
        (Value::from(alternates), Value::from(crumbs))
    } else {
        (empty(), empty())
    };
    obj! {
        "kind": g.kind,
        "title": g.title,
        "description": lang.description.as_str(),
        "content": "",
        "content_lang": shared.lang.clone(),
        "is_fallback": false,
        "machine_translated": false,
        "translation": Value::none(),
        "url": encode_path(&g.url),
        "permalink": model.absolute_url(&g.url),
        "canonical": model.absolute_url(&g.url),
        "alternates": alternates,
        "translations": translations,
        "breadcrumbs": breadcrumbs,
        "toc": empty(),
        "sources": empty(),
        "pages": empty(),
        "countries": empty(),
        "agreements": empty(),
    }
}

/// The context of a content page (any kind) in a language.
pub fn page_context(
    model: &SiteModel,
    shared: &LangShared,
    index: usize,
    lang: &Language,
) -> tera::Context {
    let page = &model.pages[index];
    let config = &model.config;
    let s = strings(model, lang);
    let version = model.version_for(page, &lang.code);
    let is_fallback = version.lang != lang.code;
    let content_lang = config
        .language(&version.lang)
        .unwrap_or(config.default_lang());
    let mut c = base(shared, lang, &page.section);

    let translations: Vec<Value> = config
        .languages
        .iter()
        .map(|l| {
            obj! {
                "code": l.code.as_str(), "name": l.name.as_str(), "dir": l.dir.as_str(),
                "url": model.encoded_url(index, &l.code).to_string(),
                "is_current": l.code == lang.code,
                "is_fallback": !page.versions.contains_key(&l.code),
            }
        })
        .collect();
    let mut alternates: Vec<Value> = config
        .languages
        .iter()
        .filter(|l| page.versions.contains_key(&l.code))
        .map(|l| obj! { "hreflang": l.code.as_str(), "href": model.absolute_page_url(index, &l.code) })
        .collect();
    alternates.push(obj! { "hreflang": "x-default", "href": model.absolute_page_url(index, &config.default_language) });
    let canonical = if is_fallback {
        model.absolute_page_url(index, &config.default_language)
    } else {
        model.absolute_page_url(index, &lang.code)
    };

    let mut content = version
        .body
        .resolve_links(|li| model.link_url(&version.body.links[li], &lang.code));
    if !version.body.statuses.is_empty() {
        content = crate::shortcode::resolve(&content, |i| {
            shared
                .status_sentence(&version.body.statuses[i].agreement)
                .to_string()
        });
    }
    let named = shared.named;
    let toc: Vec<Value> = version
        .body
        .headings
        .iter()
        .filter(|h| named.toc && (h.level == 2 || h.level == 3))
        .map(|h| obj! { "level": h.level, "id": h.id.as_str(), "title": h.title.as_str() })
        .collect();
    // A source title the translation kept from the original is in the original's language:
    // marked, like the other texts a translation leaves in the original's words.
    let original_titles: Vec<&str> = page
        .versions
        .get(&config.default_language)
        .map(|o| o.sources.iter().map(|src| src.title.as_str()).collect())
        .unwrap_or_default();
    let original_lang = text_lang(config, &config.default_language, &lang.code);
    let sources: Vec<Value> = version
        .sources
        .iter()
        .filter(|_| named.sources)
        .map(|src| {
            let title_lang = if original_titles.contains(&src.title.as_str()) {
                original_lang.clone()
            } else {
                Value::none()
            };
            obj! { "title": src.title.as_str(), "title_lang": title_lang, "url": src.url.clone(), "checked": date_value(s, src.checked) }
        })
        .collect();
    let pages: Vec<Value> = model
        .children
        .get(&index)
        .filter(|_| named.pages)
        .map(|children| {
            children
                .iter()
                .map(|&ci| {
                    let child = &model.pages[ci];
                    let cv = model.version_for(child, &lang.code);
                    obj! {
                        "title": cv.title.as_str(), "description": cv.description.as_str(),
                        "url": model.encoded_url(ci, &lang.code).to_string(),
                        "date": date_value(s, child.date),
                        "updated": date_value(s, cv.updated),
                        "is_fallback": cv.lang != lang.code,
                        "text_lang": text_lang(config, &cv.lang, &lang.code),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let countries: Vec<Value> = page
        .countries
        .iter()
        .filter(|_| named.countries)
        .map(|code| shared.country_ref(model, code, lang))
        .collect();
    let agreements: Vec<Value> = page
        .agreements
        .iter()
        .filter(|_| named.agreements)
        .filter_map(|id| model.agreement(id))
        .map(|a| crate::domain_context::agreement_summary(model, a, lang))
        .collect();
    let feed_url = (page.is_index() && page.section == "news").then(|| {
        encode_path(&format!(
            "{}news/atom.xml",
            config.language_prefix(&lang.code)
        ))
    });
    let description = if version.description.is_empty() {
        lang.description.as_str()
    } else {
        version.description.as_str()
    };

    c.insert_value(
        "page",
        obj! {
            "kind": page.kind.as_str(),
            "title": version.title.as_str(),
            "description": description,
            "content": content,
            "content_lang": lang_value(content_lang),
            "is_fallback": is_fallback,
            "machine_translated": !is_fallback && version.lang != config.default_language
                && version.translation == crate::translation::State::Machine,
            "translation": translation_value(model, page, version, is_fallback),
            "date": date_value(s, page.date),
            "updated": date_value(s, version.updated),
            "url": model.encoded_url(index, &lang.code),
            "permalink": model.absolute_page_url(index, &lang.code),
            "canonical": canonical,
            "alternates": alternates,
            "translations": translations,
            "breadcrumbs": if named.breadcrumbs { breadcrumbs(model, shared, page, lang) } else { empty() },
            "toc": toc,
            "sources": sources,
            "pages": pages,
            "countries": countries,
            "agreements": agreements,
            "feed_url": feed_url,
        },
    );

    use crate::domain_context as domain;
    match page.kind {
        PageKind::Country if named.country => {
            if let Some(code) = &page.country {
                c.insert_value(
                    "country",
                    domain::country_context(model, shared, page, code, lang),
                );
            }
        }
        PageKind::Agreement if named.agreement => {
            if let Some(a) = page.agreement.as_deref().and_then(|id| model.agreement(id)) {
                c.insert_value(
                    "agreement",
                    domain::agreement_context(model, shared, a, lang),
                );
            }
        }
        PageKind::Countries if named.regions => {
            c.insert_value("regions", domain::regions_context(model, shared, lang));
        }
        PageKind::Agreements if named.agreements_list => {
            c.insert_value("agreements_list", domain::agreements_list(model, lang));
        }
        // The home page asks the family's question first: it carries the finder's form too.
        PageKind::Routes | PageKind::Home if named.finder => {
            c.insert_value("finder", shared.finder.clone());
        }
        _ => {}
    }
    c
}

fn breadcrumbs(model: &SiteModel, shared: &LangShared, page: &Page, lang: &Language) -> Value {
    let mut crumbs = Vec::new();
    if page.identity == "_index" {
        return empty();
    }
    crumbs.extend(shared.home_crumb());
    let folders: Vec<&str> = page.section.split('/').filter(|s| !s.is_empty()).collect();
    let depth = if page.is_index() {
        folders.len().saturating_sub(1)
    } else {
        folders.len()
    };
    for n in 1..=depth {
        let identity = format!("{}/_index", folders[..n].join("/"));
        if let Some(&i) = model.by_identity.get(&identity) {
            let v = model.version_for(&model.pages[i], &lang.code);
            crumbs.push(obj! {
                "title": v.title.as_str(),
                "text_lang": text_lang(&model.config, &v.lang, &lang.code),
                "url": model.encoded_url(i, &lang.code).to_string(),
            });
        }
    }
    Value::from(crumbs)
}
