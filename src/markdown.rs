//! Markdown to HTML, once per file.
//!
//! Each body is parsed once. Internal links (`@/agreements/x.md#anchor`) cannot be resolved yet
//! (the site model is not built, and the same body is shown in several language URL spaces when
//! a translation is missing), so they are written as numbered placeholders and resolved later by
//! [`RenderedMarkdown::resolve_links`], a plain string pass. Headings get stable, unique ids in the
//! page's own script. A body with raw HTML (or heading attributes) is checked whole, as a browser
//! would read it, by [`crate::sanitize`]; link and image addresses are checked as they are read.

use std::collections::HashSet;
use std::ops::Range;
use std::path::Path;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::diagnostic::Diagnostic;
use crate::slug::slugify;

const PLACEHOLDER: &str = "homeward-link:";

/// A heading of the body, for the table of contents and anchor checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 1–6.
    pub level: u8,
    /// The `id` attribute.
    pub id: String,
    /// The heading's text.
    pub title: String,
}

/// A link to another content file, waiting to be resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InternalLink {
    /// Target path relative to `content/` (`agreements/belgium-cambodia.md`).
    pub target: String,
    /// Anchor after `#`, if any.
    pub anchor: Option<String>,
    /// Byte range of the link in the whole file, for diagnostics.
    pub span: Range<usize>,
}

/// A body rendered to HTML with its internal links still symbolic.
#[derive(Debug, Clone, Default)]
pub struct RenderedMarkdown {
    /// HTML with placeholders for internal links.
    pub html: String,
    /// Internal links, indexed by placeholder number.
    pub links: Vec<InternalLink>,
    /// Headings in order.
    pub headings: Vec<Heading>,
    /// Links to other sites (`http://`, `https://`) with their place in the file, for
    /// `check --external-links`.
    pub external: Vec<(String, Range<usize>)>,
    /// Status shortcodes, indexed by placeholder number (see [`crate::shortcode`]).
    pub statuses: Vec<crate::shortcode::StatusShortcode>,
}

impl RenderedMarkdown {
    /// Replaces link placeholders with URLs given by `url_of(link index)`.
    pub fn resolve_links(&self, url_of: impl Fn(usize) -> String) -> String {
        if self.links.is_empty() {
            return self.html.clone();
        }
        // One searcher for every page of the build (`str::find` prepares its search afresh on
        // each call, and is called once per link of every page in every language).
        static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new(PLACEHOLDER));
        // A URL is longer than its placeholder: room for that, so the page is not copied
        // again as it grows.
        let mut out = String::with_capacity(self.html.len() + 64 + 128 * self.links.len());
        let mut rest = self.html.as_str();
        while let Some(pos) = FINDER.find(rest.as_bytes()) {
            out.push_str(&rest[..pos]);
            let after = &rest[pos + PLACEHOLDER.len()..];
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            match after[..digits].parse::<usize>() {
                Ok(index) if index < self.links.len() => out.push_str(&url_of(index)),
                _ => out.push_str(PLACEHOLDER),
            }
            rest = &after[digits..];
        }
        out.push_str(rest);
        out
    }
}

/// Renders a Markdown body. `body_offset` is where the body starts in the file's text, so
/// problems are reported at their real line.
pub fn render(
    text: &str,
    body_offset: usize,
    file: &Path,
    allow_unsafe_html: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> RenderedMarkdown {
    let (with_placeholders, statuses) =
        crate::shortcode::extract(text, body_offset, file, diagnostics);
    let body = with_placeholders.as_deref().unwrap_or(&text[body_offset..]);
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut links = Vec::new();
    let mut external = Vec::new();
    // Between one event per 8 and per 16 bytes of Markdown in the sites measured (lists and
    // tables make more): sized for the most once, the list is not copied as it grows (it was,
    // a dozen times per page). It lives only while the page is rendered.
    let mut events: Vec<Event> = Vec::with_capacity(body.len() / 8 + 16);
    let mut heading_starts: Vec<usize> = Vec::new();
    // Where the body's own HTML is (raw HTML, heading attributes), to point a problem the
    // HTML check finds at its line. Without any, the body is pulldown-cmark's escaped output.
    let mut raw_spans: Vec<Range<usize>> = Vec::new();
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let span = body_offset + range.start..body_offset + range.end;
        let event = match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = check_url(
                    dest_url,
                    "a",
                    &span,
                    file,
                    text,
                    allow_unsafe_html,
                    diagnostics,
                );
                if dest.starts_with("http://") || dest.starts_with("https://") {
                    external.push((dest.to_string(), span.clone()));
                }
                let dest = match dest.strip_prefix("@/") {
                    Some(target) => {
                        let (path, anchor) = match target.split_once('#') {
                            Some((p, a)) => (p.to_string(), Some(a.to_string())),
                            None => (target.to_string(), None),
                        };
                        links.push(InternalLink {
                            target: path,
                            anchor,
                            span: span.clone(),
                        });
                        CowStr::from(format!("{PLACEHOLDER}{}", links.len() - 1))
                    }
                    None => dest,
                };
                Event::Start(Tag::Link {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = check_url(
                    dest_url,
                    "img",
                    &span,
                    file,
                    text,
                    allow_unsafe_html,
                    diagnostics,
                );
                Event::Start(Tag::Image {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                })
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                raw_spans.push(span.clone());
                event
            }
            Event::Start(Tag::Heading { ref attrs, .. }) => {
                if !attrs.is_empty() {
                    raw_spans.push(span.clone());
                }
                heading_starts.push(events.len());
                event
            }
            other => other,
        };
        events.push(event);
    }
    let headings = assign_heading_ids(&mut events, &heading_starts);
    let events = stack_tables(events);
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    if !allow_unsafe_html && !raw_spans.is_empty() {
        check_html(&html, &raw_spans, file, text, diagnostics);
    }
    // Kept for the whole build: give back the slack of the guessed capacity.
    html.shrink_to_fit();
    RenderedMarkdown {
        html,
        links,
        headings,
        external,
        statuses,
    }
}

/// Writes a body's tables as the theme writes its own: inside a wrapper keyboard users can focus
/// and scroll, each data cell labelled with its column's name (`data-label`) and every part given
/// its table role, so that on a phone the stylesheet can show each row as a card with no column
/// out of sight, and screen readers still read a table.
fn stack_tables(events: Vec<Event>) -> Vec<Event> {
    if !events
        .iter()
        .any(|e| matches!(e, Event::Start(Tag::Table(_))))
    {
        return events;
    }
    let blank_rows = blank_rows(&events);
    let mut row = 0;
    let mut out = Vec::with_capacity(events.len());
    let mut alignments: Vec<pulldown_cmark::Alignment> = Vec::new();
    let mut labels: Vec<String> = Vec::new();
    let mut in_head = false;
    let mut in_cell = false;
    let mut cell = 0;
    let align = |alignments: &[pulldown_cmark::Alignment], cell: usize| match alignments.get(cell) {
        Some(pulldown_cmark::Alignment::Left) => " style=\"text-align: left\"",
        Some(pulldown_cmark::Alignment::Center) => " style=\"text-align: center\"",
        Some(pulldown_cmark::Alignment::Right) => " style=\"text-align: right\"",
        _ => "",
    };
    for event in events {
        let html = match &event {
            Event::Start(Tag::Table(a)) => {
                alignments = a.clone();
                labels.clear();
                CowStr::Borrowed(
                    "<div class=\"table-wrap\" tabindex=\"0\">\n<table class=\"stack\" role=\"table\">",
                )
            }
            Event::Start(Tag::TableHead) => {
                in_head = true;
                cell = 0;
                CowStr::Borrowed("<thead role=\"rowgroup\"><tr role=\"row\">")
            }
            Event::End(TagEnd::TableHead) => {
                in_head = false;
                CowStr::Borrowed("</tr></thead><tbody role=\"rowgroup\">\n")
            }
            Event::Start(Tag::TableRow) => {
                cell = 0;
                row += 1;
                CowStr::Borrowed(if blank_rows.get(row - 1) == Some(&true) {
                    "<tr role=\"row\" class=\"blank\">"
                } else {
                    "<tr role=\"row\">"
                })
            }
            Event::End(TagEnd::TableRow) => CowStr::Borrowed("</tr>\n"),
            Event::Start(Tag::TableCell) if in_head => {
                in_cell = true;
                labels.push(String::new());
                CowStr::from(format!(
                    "<th scope=\"col\" role=\"columnheader\"{}>",
                    align(&alignments, cell)
                ))
            }
            Event::Start(Tag::TableCell) => CowStr::from(format!(
                "<td role=\"cell\" data-label=\"{}\"{}>",
                crate::html::escape(labels.get(cell).map_or("", String::as_str).trim()),
                align(&alignments, cell)
            )),
            Event::End(TagEnd::TableCell) => {
                in_cell = false;
                cell += 1;
                CowStr::Borrowed(if in_head { "</th>" } else { "</td>" })
            }
            Event::End(TagEnd::Table) => CowStr::Borrowed("</tbody></table>\n</div>\n"),
            Event::Text(text) | Event::Code(text) if in_head && in_cell => {
                if let Some(label) = labels.last_mut() {
                    label.push_str(text);
                }
                out.push(event);
                continue;
            }
            _ => {
                out.push(event);
                continue;
            }
        };
        out.push(Event::Html(html));
    }
    out
}

/// For every body row in order, whether all its cells are empty: the lines of a form to fill in
/// by hand (the tracking sheet). On a phone one such card is shown, not a dozen identical
/// ones; printed, every line is there.
/// (The header's cells are not in a `TableRow`, so every row here is a body row.)
fn blank_rows(events: &[Event]) -> Vec<bool> {
    events
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e, Event::Start(Tag::TableRow)))
        .map(|(i, _)| {
            events[i + 1..]
                .iter()
                .take_while(|e| !matches!(e, Event::End(TagEnd::TableRow)))
                .all(|e| {
                    matches!(
                        e,
                        Event::Start(Tag::TableCell) | Event::End(TagEnd::TableCell)
                    )
                })
        })
        .collect()
}

fn assign_heading_ids(events: &mut [Event], starts: &[usize]) -> Vec<Heading> {
    let mut used = HashSet::new();
    let mut headings = Vec::new();
    for &start in starts {
        let mut title = String::new();
        for e in &events[start + 1..] {
            match e {
                Event::End(TagEnd::Heading(_)) => break,
                Event::Text(t) | Event::Code(t) => title.push_str(t),
                _ => {}
            }
        }
        if let Event::Start(Tag::Heading { level, id, .. }) = &mut events[start] {
            let base = match id {
                Some(given) => given.to_string(),
                None => {
                    let s = slugify(&title);
                    if s.is_empty() {
                        "section".to_string()
                    } else {
                        s
                    }
                }
            };
            let mut unique = base.clone();
            let mut n = 1;
            while !used.insert(unique.clone()) {
                unique = format!("{base}-{n}");
                n += 1;
            }
            *id = Some(CowStr::from(unique.clone()));
            headings.push(Heading {
                level: heading_number(*level),
                id: unique,
                title: title.trim().to_string(),
            });
        }
    }
    headings
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Refuses a Markdown link or image address that runs code (`javascript:`) or embeds a page
/// (`data:` other than a raster picture in an image); `element` is `a` or `img`.
fn check_url<'a>(
    dest: CowStr<'a>,
    element: &str,
    span: &Range<usize>,
    file: &Path,
    text: &str,
    allow_unsafe_html: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> CowStr<'a> {
    let is_data = dest
        .trim_start()
        .get(..5)
        .is_some_and(|p| p.eq_ignore_ascii_case("data:"));
    let unsafe_data = is_data && !crate::sanitize::is_safe_url(element, &dest);
    if !allow_unsafe_html && (is_script_url(&dest) || unsafe_data) {
        diagnostics.push(
            Diagnostic::error("E0301", "a `javascript:` or `data:` link is not allowed")
                .at(file, text, span.clone())
                .with_help("link to a page or a web address instead; a site can opt in with `allow_unsafe_html = true` in site.toml"),
        );
        return CowStr::from("#");
    }
    dest
}

/// True for `javascript:` (and `vbscript:`) URLs, however they are spaced or cased.
pub fn is_script_url(url: &str) -> bool {
    // The first 12 characters that are not spaces or controls, lower-cased, up to the first
    // that is not ASCII (no scheme named below has one): no allocation per link.
    let mut compact = [0u8; 12];
    let mut len = 0;
    for c in url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take(12)
    {
        if !c.is_ascii() {
            break;
        }
        compact[len] = c.to_ascii_lowercase() as u8;
        len += 1;
    }
    let compact = &compact[..len];
    compact.starts_with(b"javascript:") || compact.starts_with(b"vbscript:")
}

/// Checks a body's final HTML (see [`crate::sanitize`]) and reports each problem at the first
/// place in the body's own HTML that names it, or at its first piece of HTML.
fn check_html(
    html: &str,
    raw_spans: &[Range<usize>],
    file: &Path,
    text: &str,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut used = Vec::new();
    for finding in crate::sanitize::findings(html) {
        let span = locate(text, raw_spans, &finding.needle, &mut used);
        diagnostics.push(
            Diagnostic::error(finding.code, finding.message)
                .at(file, text, span)
                .with_help("content may use plain HTML (details, abbr, sup, tables, links, images, id and class; see README, \"Safety of the output\"), but nothing that runs code or loads another page; remove it, or opt in with `allow_unsafe_html = true` in site.toml"),
        );
    }
}

/// The place of `needle` (ASCII, lower-case) in the body's HTML, case-insensitively: its first
/// occurrence not yet given to another problem, else the first piece of HTML.
fn locate(
    text: &str,
    raw_spans: &[Range<usize>],
    needle: &str,
    used: &mut Vec<usize>,
) -> Range<usize> {
    for span in raw_spans {
        let piece = text[span.clone()].to_ascii_lowercase();
        let mut from = 0;
        while let Some(pos) = piece[from..].find(needle) {
            let at = span.start + from + pos;
            if !used.contains(&at) {
                used.push(at);
                return at..at + needle.len();
            }
            from += pos + needle.len().max(1);
        }
    }
    raw_spans.first().cloned().unwrap_or(0..0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(body: &str) -> (RenderedMarkdown, Vec<Diagnostic>) {
        let mut d = Vec::new();
        let r = render(body, 0, Path::new("a.md"), false, &mut d);
        (r, d)
    }

    #[test]
    fn rows_with_every_cell_empty_are_marked_blank() {
        let (r, _) = md("| a | b |\n|---|---|\n| 1 | |\n| | |\n|  |   |\n\n| c |\n|---|\n| |\n");
        let rows: Vec<&str> = r
            .html
            .match_indices("<tr")
            .map(|(i, _)| &r.html[i..i + 40])
            .collect();
        assert_eq!(rows.len(), 6, "{}", r.html);
        // A header row is never blank (0, 4); a row with one filled cell is not blank (1).
        assert!(
            !rows[0].contains("blank") && !rows[1].contains("blank"),
            "{rows:?}"
        );
        assert!(
            rows[2].starts_with("<tr role=\"row\" class=\"blank\">"),
            "{rows:?}"
        );
        assert!(rows[3].contains("class=\"blank\""), "{rows:?}");
        assert!(!rows[4].contains("blank"), "{rows:?}");
        assert!(rows[5].contains("class=\"blank\""), "{rows:?}");
    }

    #[test]
    fn tables_footnotes_smart_punctuation() {
        let (r, d) = md(
            "| a | `b` & c |\n|---|:-:|\n| 1 | 2 |\n| 3 |\n\nSee[^1] \"quoted\".\n\n[^1]: note\n",
        );
        assert!(d.is_empty());
        assert!(
            r.html.contains(
                "<div class=\"table-wrap\" tabindex=\"0\">\n<table class=\"stack\" role=\"table\">"
            ),
            "{}",
            r.html
        );
        // Each data cell carries its column's name (text of the header, escaped), for phones.
        assert!(
            r.html.contains(
                "<tr role=\"row\"><td role=\"cell\" data-label=\"a\">1</td><td role=\"cell\" data-label=\"b &amp; c\" style=\"text-align: center\">2</td></tr>"
            ),
            "{}",
            r.html
        );
        assert!(
            r.html.contains("<th scope=\"col\" role=\"columnheader\" style=\"text-align: center\"><code>b</code> &amp; c</th>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("</tbody></table>\n</div>"));
        assert!(r.html.contains("footnote"));
        assert!(r.html.contains('“'));
    }

    #[test]
    fn heading_ids_are_unique_and_keep_script() {
        let (r, _) = md("## ការណែនាំ\n\n## ការណែនាំ\n\n## الخطوات\n\n## Steps {#custom}\n");
        let ids: Vec<_> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["ការណែនាំ", "ការណែនាំ-1", "الخطوات", "custom"]);
        assert!(r.html.contains("id=\"ការណែនាំ-1\""));
    }

    #[test]
    fn internal_links_become_placeholders_with_spans() {
        let text = "Intro\n\nSee [the treaty](@/agreements/be.md#parties).\n";
        let (r, _) = md(text);
        assert_eq!(r.links.len(), 1);
        assert_eq!(r.links[0].target, "agreements/be.md");
        assert_eq!(r.links[0].anchor.as_deref(), Some("parties"));
        assert!(text[r.links[0].span.clone()].starts_with("[the treaty]"));
        let html = r.resolve_links(|_| "/fr/accords/be/#parties".to_string());
        assert!(html.contains("href=\"/fr/accords/be/#parties\""), "{html}");
    }

    #[test]
    fn scripts_handlers_and_javascript_urls_are_refused() {
        let (_, d) = md("<script>alert(1)</script>\n");
        assert!(d.iter().any(|d| d.code == "E0302"));
        let (_, d) = md("<p onclick=\"x()\">a</p>\n");
        assert!(d.iter().any(|d| d.code == "E0303"));
        let (_, d) = md("[x]( JavaScript:alert(1))\n");
        assert!(d.iter().any(|d| d.code == "E0301"));
        let (_, d) = md("<p dir=\"rtl\" lang=\"ar\">نص</p>\n");
        assert!(d.is_empty());
    }

    #[test]
    fn script_urls_are_found_however_spaced_or_cased() {
        for url in [
            "javascript:alert(1)",
            " JavaScript:x",
            "java\tscript:x",
            "jav\u{0}ascript:x",
            "VBScript:x",
            "javascript:é",
        ] {
            assert!(is_script_url(url), "{url:?}");
        }
        for url in [
            "https://example.org",
            "jävascript:x",
            "javascrip",
            "/javascript:x",
            "",
        ] {
            assert!(!is_script_url(url), "{url:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "\\PC*") {
            let mut d = Vec::new();
            let r = render(&s, 0, Path::new("a.md"), false, &mut d);
            let _ = r.resolve_links(|i| format!("/x/{i}"));
        }
    }
}
