//! Machine-readable companions of the pages: `sitemap.xml` with hreflang alternates,
//! `robots.txt`, and an Atom feed of the news section per language.
//!
//! Written by hand rather than through templates: the formats are small and fixed, and every
//! text value passes through one XML escaper.

use std::fmt::Write as _;

use crate::model::{PageKind, SiteModel};
use crate::render::Output;

/// Escapes text for XML content and attributes. Reads bytes and copies the runs between
/// the characters it replaces (all ASCII): the sitemap of a large site is tens of megabytes.
/// Blocks of 32 bytes with nothing to replace (most of a URL) are passed over with one test the
/// compiler turns into vector instructions.
pub fn xml_escape(s: &str) -> String {
    const BLOCK: usize = 32;
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut run_start = 0;
    let mut at = 0;
    while at < bytes.len() {
        let end = (at + BLOCK).min(bytes.len());
        let block = &bytes[at..end];
        if block.len() == BLOCK && !block.iter().fold(false, |any, &b| any | may_need_escape(b)) {
            at = end;
            continue;
        }
        for i in at..end {
            let replacement = match bytes[i] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                b'\'' => "&apos;",
                // Control characters other than tab and line ends are not allowed in XML 1.0.
                b @ 0..=0x1F if !matches!(b, b'\n' | b'\t' | b'\r') => "",
                _ => continue,
            };
            // `i` is on an ASCII byte, so both slices end on character boundaries.
            out.push_str(&s[run_start..i]);
            out.push_str(replacement);
            run_start = i + 1;
        }
        at = end;
    }
    out.push_str(&s[run_start..]);
    out
}

/// Whether [`xml_escape`] may change this byte (tab and line ends count: the block test is
/// kept to comparisons that vectorise).
fn may_need_escape(b: u8) -> bool {
    b < 0x20 || matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'')
}

/// The most a sitemap file may hold under the sitemap protocol (sitemaps.org): 50,000 URLs
/// and 50 MiB uncompressed. A file over either is rejected by search engines.
#[derive(Clone, Copy)]
struct SitemapLimits {
    urls: usize,
    bytes: usize,
}

const PROTOCOL_LIMITS: SitemapLimits = SitemapLimits {
    urls: 50_000,
    bytes: 50 * 1024 * 1024,
};

const URLSET_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
const URLSET_TAIL: &str = "</urlset>\n";

/// `sitemap.xml`: every page in every language that has its own text, with alternates. A
/// site too large for one file (a 50,000-page site in six languages has 300,000 URLs) gets
/// `sitemap-1.xml`, `sitemap-2.xml`... and `sitemap.xml` becomes their index, so `robots.txt`
/// and search consoles keep one address.
pub fn sitemap(model: &SiteModel) -> Vec<Output> {
    sitemap_within(model, PROTOCOL_LIMITS)
}

fn sitemap_within(model: &SiteModel, limits: SitemapLimits) -> Vec<Output> {
    // Sized once from an upper bound (every URL byte percent-encoded): growing a sitemap of
    // tens of megabytes by doubling copies it several times and holds two copies at once.
    // Pages never touched stay virtual.
    let url_bound =
        |i: usize, lang: &str| model.config.base_url.len() + 3 * model.url(i, lang).len();
    let bound: usize = model
        .pages
        .iter()
        .enumerate()
        .map(|(i, page)| {
            let per_url: usize = page.versions.keys().map(|l| url_bound(i, l) + 64).sum();
            (page.versions.len() + 2)
                * (per_url + url_bound(i, &model.config.default_language) + 128)
        })
        .sum();
    let mut files = Urlsets::new(limits, bound.min(limits.bytes) + 256);
    let mut entry = String::new();
    for (i, page) in model.pages.iter().enumerate() {
        let langs: Vec<&str> = model
            .config
            .languages
            .iter()
            .filter(|l| page.versions.contains_key(&l.code))
            .map(|l| l.code.as_str())
            .collect();
        // Each URL of the page, made and escaped once: every entry lists them all.
        let urls: Vec<(&str, String)> = langs
            .iter()
            .map(|lang| (*lang, xml_escape(&model.absolute_page_url(i, lang))))
            .collect();
        let default_url = xml_escape(&model.absolute_page_url(i, &model.config.default_language));
        for (lang, url) in &urls {
            entry.clear();
            let _ = writeln!(entry, "  <url>\n    <loc>{url}</loc>");
            let updated = page.versions[*lang].updated.or(page.date);
            if let Some(d) = updated {
                let _ = writeln!(entry, "    <lastmod>{d}</lastmod>");
            }
            for (alt, alt_url) in &urls {
                let _ = writeln!(
                    entry,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{alt}\" href=\"{alt_url}\"/>"
                );
            }
            let _ = writeln!(
                entry,
                "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{default_url}\"/>\n  </url>"
            );
            files.add(&entry);
        }
    }
    let parts = match <[String; 1]>::try_from(files.finish()) {
        Ok([only]) => {
            return vec![Output {
                path: "sitemap.xml".into(),
                bytes: only.into_bytes(),
            }];
        }
        Err(parts) => parts,
    };
    let names: Vec<String> = (1..=parts.len())
        .map(|n| format!("sitemap-{n}.xml"))
        .collect();
    let locations: Vec<String> = names
        .iter()
        .map(|name| model.absolute_url(&format!("/{name}")))
        .collect();
    let mut outputs = vec![Output {
        path: "sitemap.xml".into(),
        bytes: sitemap_index(&locations).into_bytes(),
    }];
    outputs.extend(names.into_iter().zip(parts).map(|(path, text)| Output {
        path,
        bytes: text.into_bytes(),
    }));
    outputs
}

/// A sitemap index listing the files at `locations` (absolute URLs).
fn sitemap_index(locations: &[String]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for loc in locations {
        let _ = writeln!(out, "  <sitemap><loc>{}</loc></sitemap>", xml_escape(loc));
    }
    out.push_str("</sitemapindex>\n");
    out
}

/// `<url>` entries gathered into as many `<urlset>` files as the limits require.
struct Urlsets {
    limits: SitemapLimits,
    capacity: usize,
    done: Vec<String>,
    current: String,
    count: usize,
}

impl Urlsets {
    fn new(limits: SitemapLimits, capacity: usize) -> Urlsets {
        Urlsets {
            limits,
            capacity,
            done: Vec::new(),
            current: Urlsets::open(capacity),
            count: 0,
        }
    }

    /// A new file, its head written.
    fn open(capacity: usize) -> String {
        let mut file = String::with_capacity(capacity);
        file.push_str(URLSET_HEAD);
        file
    }

    /// Adds one `<url>` entry, starting a new file first if this one would pass a limit.
    fn add(&mut self, entry: &str) {
        let too_many = self.count == self.limits.urls;
        let too_big = self.current.len() + entry.len() + URLSET_TAIL.len() > self.limits.bytes;
        if self.count > 0 && (too_many || too_big) {
            let mut full = std::mem::replace(&mut self.current, Urlsets::open(self.capacity));
            full.push_str(URLSET_TAIL);
            self.done.push(full);
            self.count = 0;
        }
        self.current.push_str(entry);
        self.count += 1;
    }

    /// The files, each closed; always at least one.
    fn finish(mut self) -> Vec<String> {
        self.current.push_str(URLSET_TAIL);
        self.done.push(self.current);
        self.done
    }
}

/// `robots.txt` pointing at the sitemap.
pub fn robots(model: &SiteModel) -> Output {
    Output {
        path: "robots.txt".into(),
        bytes: format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n",
            model.config.base_url
        )
        .into_bytes(),
    }
}

/// One Atom feed of the `news` section per language, newest first, at most `feed_limit` items
/// (drafts are already out of the model), each handed to `put` as soon as it is written.
/// Entries without their own translation are in the default language and say so with
/// `xml:lang`.
pub fn atom_feeds(model: &SiteModel, i18n: &crate::i18n::I18n, put: &mut dyn FnMut(Output)) {
    let Some(&news) = model.by_identity.get("news/_index") else {
        return;
    };
    let mut items: Vec<usize> = model.children.get(&news).cloned().unwrap_or_default();
    items.retain(|&i| model.pages[i].kind != PageKind::Section && model.pages[i].date.is_some());
    items.sort_by(|&a, &b| {
        model.pages[b]
            .date
            .cmp(&model.pages[a].date)
            .then(model.pages[a].identity.cmp(&model.pages[b].identity))
    });
    if model.config.feed_limit > 0 {
        items.truncate(model.config.feed_limit);
    }
    for lang in &model.config.languages {
        let section = model.version_for(&model.pages[news], &lang.code);
        let feed_path = format!("{}news/atom.xml", model.config.language_prefix(&lang.code));
        let updated = items
            .iter()
            .filter_map(|&i| {
                let p = &model.pages[i];
                model.version_for(p, &lang.code).updated.or(p.date)
            })
            .max();
        let updated = updated.map_or_else(
            || "1970-01-01T00:00:00Z".to_string(),
            |d| format!("{d}T00:00:00Z"),
        );
        let mut out = String::new();
        let _ = write!(
            out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n  <title>{} – {}</title>\n  <id>{}</id>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n  <updated>{}</updated>\n  <author><name>{}</name></author>\n",
            lang.code,
            xml_escape(&lang.title),
            xml_escape(&section.title),
            xml_escape(&model.absolute_url(&feed_path)),
            xml_escape(&model.absolute_url(&feed_path)),
            xml_escape(&model.absolute_page_url(news, &lang.code)),
            updated,
            xml_escape(&lang.title),
        );
        for &i in &items {
            let page = &model.pages[i];
            let v = model.version_for(page, &lang.code);
            let url = model.absolute_page_url(i, &lang.code);
            let date = page
                .date
                .map_or_else(String::new, |d| format!("{d}T00:00:00Z"));
            let updated = v
                .updated
                .map_or_else(|| date.clone(), |d| format!("{d}T00:00:00Z"));
            let mut content = v.body.resolve_links(|li| {
                format!(
                    "{}{}",
                    model.config.base_url,
                    model.link_url(&v.body.links[li], &lang.code)
                )
            });
            if !v.body.statuses.is_empty() {
                content = crate::shortcode::resolve(&content, |i| {
                    model
                        .agreement(&v.body.statuses[i].agreement)
                        .map(|a| crate::domain_context::status_sentence(model, i18n, a, lang))
                        .unwrap_or_default()
                });
            }
            let _ = write!(
                out,
                "  <entry xml:lang=\"{}\">\n    <title>{}</title>\n    <id>{}</id>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n    <published>{}</published>\n    <updated>{}</updated>\n    <summary>{}</summary>\n    <content type=\"html\">{}</content>\n  </entry>\n",
                v.lang,
                xml_escape(&v.title),
                xml_escape(&url),
                xml_escape(&url),
                date,
                updated,
                xml_escape(&v.description),
                xml_escape(&content),
            );
        }
        out.push_str("</feed>\n");
        put(Output {
            path: feed_path.trim_start_matches('/').to_string(),
            bytes: out.into_bytes(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first, character-by-character version of [`xml_escape`], kept as its reference.
    fn xml_escape_by_char(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&apos;"),
                c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r') => {}
                c => out.push(c),
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn xml_escape_agrees_with_the_reference(s in "(&|<|>|\"|'|\u{0}|\u{1F}|\n|\t|\r|a|é|ក|😀| |abcdefghijklmnopqrstuvwxyz0123){0,40}") {
            proptest::prop_assert_eq!(xml_escape(&s), xml_escape_by_char(&s));
        }
    }

    fn entry(n: usize) -> String {
        format!("  <url>\n    <loc>https://x.org/{n}/</loc>\n  </url>\n")
    }

    /// The `<loc>`s of a sitemap file, checking that it parses and its root element.
    fn locs_of(xml: &str, root: &str) -> Vec<String> {
        let doc = roxmltree::Document::parse(xml).expect("sitemap file parses");
        assert_eq!(doc.root_element().tag_name().name(), root);
        doc.descendants()
            .filter(|n| n.has_tag_name("loc"))
            .filter_map(|n| n.text().map(str::to_string))
            .collect()
    }

    /// The `<loc>`s of a urlset file, checking that it stays within the limits.
    fn locs_within(file: &str, limits: SitemapLimits) -> Vec<String> {
        assert!(file.len() <= limits.bytes, "{} bytes", file.len());
        let locs = locs_of(file, "urlset");
        assert!(!locs.is_empty() && locs.len() <= limits.urls);
        locs
    }

    #[test]
    fn urlsets_split_at_the_url_limit_and_keep_every_entry_in_order() {
        let limits = SitemapLimits {
            urls: 3,
            bytes: 1 << 20,
        };
        let mut sets = Urlsets::new(limits, 0);
        for n in 0..7 {
            sets.add(&entry(n));
        }
        let files = sets.finish();
        assert_eq!(files.len(), 3);
        let all: Vec<String> = files.iter().flat_map(|f| locs_within(f, limits)).collect();
        let expected: Vec<String> = (0..7).map(|n| format!("https://x.org/{n}/")).collect();
        assert_eq!(all, expected);
    }

    #[test]
    fn urlsets_split_at_the_byte_limit() {
        let bytes = URLSET_HEAD.len() + URLSET_TAIL.len() + 2 * entry(0).len();
        let limits = SitemapLimits {
            urls: 50_000,
            bytes,
        };
        let mut sets = Urlsets::new(limits, 0);
        for n in 0..5 {
            sets.add(&entry(n));
        }
        let files = sets.finish();
        assert_eq!(files.len(), 3, "two entries fit in each file");
        for f in &files {
            locs_within(f, limits);
        }
        // A small site keeps one file, exactly as before.
        let mut one = Urlsets::new(PROTOCOL_LIMITS, 0);
        one.add(&entry(1));
        assert_eq!(
            one.finish(),
            [format!("{URLSET_HEAD}{}{URLSET_TAIL}", entry(1))]
        );
    }

    #[test]
    fn sitemap_index_lists_its_files() {
        let index = sitemap_index(&[
            "https://x.org/sitemap-1.xml".into(),
            "https://x.org/a&b.xml".into(),
        ]);
        let locs = locs_of(&index, "sitemapindex");
        assert_eq!(
            locs,
            ["https://x.org/sitemap-1.xml", "https://x.org/a&b.xml"]
        );
    }

    /// The shipped site's sitemap, split small, lists exactly the URLs of the single file.
    #[test]
    fn a_split_sitemap_is_an_index_of_files_holding_every_url() {
        let options = crate::pipeline::Options::new(env!("CARGO_MANIFEST_DIR"));
        let mut diagnostics = Vec::new();
        let (model, _) =
            crate::pipeline::prepare(&options, &mut diagnostics).expect("the shipped site builds");
        let whole = sitemap_within(&model, PROTOCOL_LIMITS);
        assert_eq!(whole.len(), 1);
        assert_eq!(whole[0].path, "sitemap.xml");
        let all_urls = locs_within(&String::from_utf8_lossy(&whole[0].bytes), PROTOCOL_LIMITS);
        assert!(all_urls.len() > 100, "{} URLs", all_urls.len());

        let small = SitemapLimits {
            urls: 40,
            bytes: 1 << 20,
        };
        let split = sitemap_within(&model, small);
        assert_eq!(split.len(), 1 + all_urls.len().div_ceil(40));
        assert_eq!(split[0].path, "sitemap.xml");
        let listed = locs_of(&String::from_utf8_lossy(&split[0].bytes), "sitemapindex");
        let files: Vec<String> = split[1..]
            .iter()
            .map(|o| model.absolute_url(&format!("/{}", o.path)))
            .collect();
        assert_eq!(listed, files);
        let rejoined: Vec<String> = split[1..]
            .iter()
            .flat_map(|o| locs_within(&String::from_utf8_lossy(&o.bytes), small))
            .collect();
        assert_eq!(rejoined, all_urls);
    }

    #[test]
    fn xml_escape_replaces_markup_and_drops_controls() {
        assert_eq!(
            xml_escape("a<b>&\"c'\u{1}\n"),
            "a&lt;b&gt;&amp;&quot;c&apos;\n"
        );
    }
}
