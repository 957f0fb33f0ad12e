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
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut run_start = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        let replacement = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&apos;",
            // Control characters other than tab and line ends are not allowed in XML 1.0.
            0..=0x1F if !matches!(b, b'\n' | b'\t' | b'\r') => "",
            _ => continue,
        };
        // `i` is on an ASCII byte, so both slices end on character boundaries.
        out.push_str(&s[run_start..i]);
        out.push_str(replacement);
        run_start = i + 1;
    }
    out.push_str(&s[run_start..]);
    out
}

/// `sitemap.xml`: every page in every language that has its own text, with alternates.
pub fn sitemap(model: &SiteModel) -> Output {
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
    let mut out = String::with_capacity(bound + 256);
    out.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for (i, page) in model.pages.iter().enumerate() {
        let langs: Vec<&str> = model
            .config
            .languages
            .iter()
            .filter(|l| page.versions.contains_key(&l.code))
            .map(|l| l.code.as_str())
            .collect();
        for lang in &langs {
            let _ = writeln!(
                out,
                "  <url>\n    <loc>{}</loc>",
                xml_escape(&model.absolute_page_url(i, lang))
            );
            let updated = page.versions[*lang].updated.or(page.date);
            if let Some(d) = updated {
                let _ = writeln!(out, "    <lastmod>{d}</lastmod>");
            }
            for alt in &langs {
                let _ = writeln!(
                    out,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    alt,
                    xml_escape(&model.absolute_page_url(i, alt))
                );
            }
            let _ = writeln!(
                out,
                "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n  </url>",
                xml_escape(&model.absolute_page_url(i, &model.config.default_language))
            );
        }
    }
    out.push_str("</urlset>\n");
    Output {
        path: "sitemap.xml".into(),
        bytes: out.into_bytes(),
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
pub fn atom_feeds(model: &SiteModel, put: &mut dyn FnMut(Output)) {
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
            let content = v.body.resolve_links(|li| {
                format!(
                    "{}{}",
                    model.config.base_url,
                    model.link_url(&v.body.links[li], &lang.code)
                )
            });
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
        fn xml_escape_agrees_with_the_reference(s in "(&|<|>|\"|'|\u{0}|\u{1F}|\n|\t|\r|a|é|ក|😀| ){0,30}") {
            proptest::prop_assert_eq!(xml_escape(&s), xml_escape_by_char(&s));
        }
    }

    #[test]
    fn xml_escape_replaces_markup_and_drops_controls() {
        assert_eq!(
            xml_escape("a<b>&\"c'\u{1}\n"),
            "a&lt;b&gt;&amp;&quot;c&apos;\n"
        );
    }
}
