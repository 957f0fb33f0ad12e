//! Reading what a built page loads: a small tag scanner, enough for the HTML Homeward's
//! templates and Markdown emit (quoted or bare attributes, raw-text `<script>` and `<style>`).
//! It looks only at the tags that load something, so a 10,000-page build pays little for it.

use super::csp::{Sources, hash, origin_of};

/// The elements that load something or hold inline code; every other tag is skipped at once.
const LOADING: &[&str] = &[
    "script", "style", "link", "img", "image", "source", "video", "audio", "track", "input",
    "iframe", "frame", "form", "use",
];

/// Scans a page (or an SVG file) for what it loads and for its inline code.
pub fn markup(sources: &mut Sources, text: &str, host: &str) {
    style_attributes(sources, text);
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(found) = memchr::memchr(b'<', &bytes[at..]) {
        let start = at + found + 1;
        let name_end = start
            + bytes[start..]
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .unwrap_or(bytes.len() - start);
        let name = &text[start..name_end];
        at = name_end;
        // Text (`a < b`), closing tags, comments and tags that load nothing.
        let Some(&name) = LOADING.iter().find(|n| n.eq_ignore_ascii_case(name)) else {
            continue;
        };
        let Some(close) = tag_end(bytes, name_end) else {
            break;
        };
        let attrs = &text[name_end..close];
        at = close + 1;
        match name {
            "script" | "style" => {
                let end = raw_text_end(text, at, name);
                if name == "style" {
                    sources.style_hashes.insert(hash(&text[at..end]));
                } else if attribute(attrs, "src").is_some() {
                    add(&mut sources.script, attrs, "src", host);
                } else {
                    sources.script_hashes.insert(hash(&text[at..end]));
                }
                at = end;
            }
            _ => element(sources, name, attrs, host),
        }
    }
}

/// Hashes every quoted `style="…"` attribute (on any element; written in lower case, as
/// Markdown and the templates write it: the browser tests catch any other). Text that shows such an
/// attribute is escaped (`style=&quot;`), so it is not taken for one.
fn style_attributes(sources: &mut Sources, text: &str) {
    let bytes = text.as_bytes();
    for i in memchr::memmem::find_iter(bytes, b"style=") {
        let after = i + 6;
        let attribute_start = i > 0 && bytes[i - 1].is_ascii_whitespace();
        if attribute_start && matches!(bytes.get(after), Some(b'"' | b'\'')) {
            let (value, _) = attribute_value(text, after);
            sources.style_attr_hashes.insert(hash(&decode(value)));
        }
    }
}

/// Records the sources of one element that is not a script or style.
fn element(sources: &mut Sources, name: &str, attrs: &str, host: &str) {
    match name {
        "link" => link(sources, attrs, host),
        "img" | "image" => {
            add(&mut sources.img, attrs, "src", host);
            add(&mut sources.img, attrs, "href", host);
            srcset(&mut sources.img, attrs, host);
        }
        "source" | "video" | "audio" | "track" => {
            add(&mut sources.media, attrs, "src", host);
            srcset(&mut sources.img, attrs, host);
            add(&mut sources.img, attrs, "poster", host);
        }
        "input" => add(&mut sources.img, attrs, "src", host),
        "iframe" | "frame" => add(&mut sources.frame, attrs, "src", host),
        "form" => {
            // A form without `action` submits to the page itself.
            let action = attribute(attrs, "action").unwrap_or_default();
            sources
                .form
                .insert(origin_of(&action, host).unwrap_or_else(|| "'self'".into()));
        }
        "use" => {
            // An SVG `<use>` of another file (the world map) is fetched like an image.
            if let Some(href) = attribute(attrs, "href").filter(|h| !h.starts_with('#')) {
                sources.img.extend(origin_of(&href, host));
            }
        }
        _ => {}
    }
}

fn link(sources: &mut Sources, attrs: &str, host: &str) {
    let rel = attribute(attrs, "rel")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let rels: Vec<&str> = rel.split_ascii_whitespace().collect();
    let target = if rels.contains(&"stylesheet") {
        &mut sources.style
    } else if rels.iter().any(|r| r.ends_with("icon")) {
        &mut sources.img
    } else if rels.contains(&"manifest") {
        &mut sources.manifest
    } else if rels.contains(&"preload") || rels.contains(&"modulepreload") {
        match attribute(attrs, "as").unwrap_or_default().as_str() {
            "style" => &mut sources.style,
            "font" => &mut sources.font,
            "image" => &mut sources.img,
            "fetch" => &mut sources.connect,
            _ => &mut sources.script,
        }
    } else {
        // canonical, alternate (hreflang, feeds): addresses, not loads.
        return;
    };
    add(target, attrs, "href", host);
}

fn add(set: &mut std::collections::BTreeSet<String>, attrs: &str, name: &str, host: &str) {
    if let Some(value) = attribute(attrs, name) {
        set.extend(origin_of(&value, host));
    }
}

fn srcset(set: &mut std::collections::BTreeSet<String>, attrs: &str, host: &str) {
    if let Some(value) = attribute(attrs, "srcset") {
        for candidate in value.split(',') {
            if let Some(url) = candidate.split_whitespace().next() {
                set.extend(origin_of(url, host));
            }
        }
    }
}

/// Scans a stylesheet's `url(…)`s: fonts by their extension, anything else as an image.
pub fn stylesheet(sources: &mut Sources, text: &str, host: &str) {
    for (i, _) in text.match_indices("url(") {
        let rest = &text[i + 4..];
        let Some(end) = rest.find(')') else { break };
        let url = rest[..end].trim().trim_matches(['"', '\'']);
        let path = url
            .split(['?', '#'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let is_font = [".woff2", ".woff", ".ttf", ".otf", ".eot"]
            .iter()
            .any(|e| path.ends_with(e));
        let set = if is_font {
            &mut sources.font
        } else {
            &mut sources.img
        };
        set.extend(origin_of(url, host));
    }
    for (i, _) in text.match_indices("@import") {
        let rest = text[i + 7..].trim_start();
        let url = rest
            .trim_start_matches("url(")
            .split([')', ';', ' '])
            .next()
            .unwrap_or("")
            .trim_matches(['"', '\'']);
        sources.style.extend(origin_of(url, host));
    }
}

/// Scans a script: one that requests anything (`fetch`, `XMLHttpRequest`, `EventSource`,
/// `WebSocket`, `sendBeacon`) needs `connect-src`. Homeward's theme fetches only its own JSON;
/// a script that fetches from another host must name it, and its absolute URLs are added.
pub fn script(sources: &mut Sources, text: &str) {
    let requests = [
        "fetch(",
        "XMLHttpRequest",
        "EventSource",
        "WebSocket",
        "sendBeacon",
    ]
    .iter()
    .any(|w| text.contains(w));
    if !requests {
        return;
    }
    sources.connect.insert("'self'".into());
    for scheme in ["https://", "wss://"] {
        for (i, _) in text.match_indices(scheme) {
            let rest = &text[i + scheme.len()..];
            let host: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || ".-:".contains(*c))
                .collect();
            if host.contains('.') && !host.ends_with('.') {
                sources.connect.insert(format!("{scheme}{host}"));
            }
        }
    }
}

/// Where a tag's `>` is, skipping quoted attribute values.
fn tag_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut quote = None;
    for (i, &b) in bytes.iter().enumerate().skip(from) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if q == b => quote = None,
            (None, b'>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// Where the raw text of a `<script>` or `<style>` ends (its closing tag), or the end of text.
fn raw_text_end(text: &str, from: usize, name: &str) -> usize {
    let closing = format!("</{name}");
    let lower = &text[from..];
    memchr::memmem::find_iter(lower.as_bytes(), b"</")
        .find(|&i| {
            lower[i..].len() >= closing.len()
                && lower[i..i + closing.len()].eq_ignore_ascii_case(&closing)
        })
        .map_or(text.len(), |i| from + i)
}

/// The value of attribute `name` in a tag's attribute text, with character references the
/// templates emit decoded (a browser hashes the decoded value).
pub fn attribute(attrs: &str, name: &str) -> Option<String> {
    let bytes = attrs.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        let key_start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() && !b"=>/".contains(&bytes[i]) {
            i += 1;
        }
        let key = &attrs[key_start..i];
        let mut value = None;
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            let (v, next) = attribute_value(attrs, i);
            value = Some(v);
            i = next;
        }
        if key.eq_ignore_ascii_case(name) {
            return Some(decode(value.unwrap_or_default()));
        }
        if key.is_empty() {
            i += 1;
        }
    }
    None
}

fn attribute_value(attrs: &str, at: usize) -> (&str, usize) {
    let bytes = attrs.as_bytes();
    match bytes.get(at) {
        Some(&q @ (b'"' | b'\'')) => {
            let end = memchr::memchr(q, &bytes[at + 1..]).map_or(bytes.len(), |e| at + 1 + e);
            (&attrs[at + 1..end], (end + 1).min(bytes.len()))
        }
        _ => {
            let end = bytes[at..]
                .iter()
                .position(|b| b.is_ascii_whitespace())
                .map_or(bytes.len(), |e| at + e);
            (&attrs[at..end], end)
        }
    }
}

fn decode(value: &str) -> String {
    if !value.contains('&') {
        return value.to_string();
    }
    value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(html: &str) -> Sources {
        let mut s = Sources::default();
        markup(&mut s, html, "transfer.example.org");
        s
    }

    #[test]
    fn finds_sources_and_hashes_inline_code() {
        let s = scan(concat!(
            "<html><head><link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/style.1a2b3c4d.css\">",
            "<link rel=\"alternate\" hreflang=\"fr\" href=\"https://elsewhere.example/fr/\">",
            "<script src=\"/homeward.1a2b3c4d.js\" defer></script><script>alert(1)</script>",
            "<style>p{color:red}</style></head><body><p style=\"text-align: left\">x</p>",
            "<img src=\"https://img.example.net/a.png\" alt=\"\"><form action=\"/search/\"></form>",
            "<svg><use href=\"/maps/world.svg#world\"/></svg></body></html>",
        ));
        assert_eq!(s.script, ["'self'".to_string()].into());
        assert_eq!(s.script_hashes, [hash("alert(1)")].into());
        assert_eq!(s.style_hashes, [hash("p{color:red}")].into());
        assert_eq!(s.style_attr_hashes, [hash("text-align: left")].into());
        assert!(
            s.img.contains("data:")
                && s.img.contains("https://img.example.net")
                && s.img.contains("'self'")
        );
        assert_eq!(s.form, ["'self'".to_string()].into());
        assert!(s.connect.is_empty(), "a hreflang link loads nothing");
    }

    #[test]
    fn shown_code_is_not_inline_code() {
        let s = scan(
            "<pre><code>&lt;p style=&quot;color:red&quot;&gt; &lt;script&gt;x()&lt;/script&gt;</code></pre><p>a < b</p>",
        );
        assert_eq!(s, Sources::default(), "escaped markup loads nothing");
        let s = scan("<td\nstyle='text-align: right'>1</td><P STYLE=\"a&amp;b\">");
        assert_eq!(s.style_attr_hashes, [hash("text-align: right")].into());
    }

    #[test]
    fn a_script_that_fetches_needs_connect_src() {
        let mut s = Sources::default();
        script(&mut s, "fetch('/search/index.json')");
        assert_eq!(s.connect, ["'self'".to_string()].into());
        let mut s = Sources::default();
        script(&mut s, "document.body.hidden = false");
        assert!(s.connect.is_empty());
    }

    #[test]
    fn attributes_quoted_bare_and_escaped() {
        assert_eq!(
            attribute(" a=1 b='x y' c=\"&quot;q&quot;\"", "c").unwrap(),
            "\"q\""
        );
        assert_eq!(attribute(" a=1 b='x y'", "b").unwrap(), "x y");
        assert_eq!(attribute(" defer src=/x.js", "src").unwrap(), "/x.js");
        assert_eq!(attribute(" data-src=/x.js", "src"), None);
    }
}
